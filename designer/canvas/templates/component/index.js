import { D as Ke, i as Yo, g as ia, o as zc, c as Xt, a as Ft, b as Tc, d as sa, T as aa, e as Dc, f as Ot, r as Xo, h as Zt, p as Zo, j as Gt, m as Lc, s as la, k as Rr, E as Wo, l as Rc, n as Gn, q as l, t as Di, u as ca, v as ua, w as qo, x as Hc, y as Vc, z as Bc, A as Li, B as Fc, C as yt, I as $r, F as da, G as jc, H as Kc, J as Yc, K as nn, L as Ve, M as fa, N as Xc, O as ha, P as Zc, Q as Wc, R as qc, S as Gc, U as Uc, V as Qc, W as Jc, X as Dt, Y as $c, Z as eu, _ as tu, $ as nu, a0 as ru, a1 as ou, a2 as iu, a3 as ga, a4 as Ri, a5 as Tn, a6 as su, a7 as Go, a8 as au, a9 as va, aa as Hi, ab as Be, ac as lu, ad as pa, ae as Lt, af as cu, ag as No, ah as uu, ai as du, aj as vn, ak as F, al as fu, am as hu, an as gu, ao as vu, ap as pu, aq as ma, ar as In, as as mu, at as yu, au as bu, av as Uo, aw as Qo, ax as ue, ay as de, az as _, aA as Y, aB as Un, aC as fe, aD as oe, aE as q, aF as ie, aG as ya, aH as ge, aI as ba, aJ as So, aK as Qn, aL as Ye, aM as Re, aN as wu, aO as He, aP as _u, aQ as xu } from "./svelte_runtime_entry-CVaAXr-z.js";
var Eu = "font-weight: bold", ku = "font-weight: normal";
function Vi(e) {
  Ke ? console.warn(
    `%c[svelte] state_snapshot_uncloneable
%c${e ? `The following properties cannot be cloned with \`$state.snapshot\` — the return value contains the originals:

${e}` : "Value cannot be cloned with `$state.snapshot` — the original value was returned"}
https://svelte.dev/e/state_snapshot_uncloneable`,
    Eu,
    ku
  ) : console.warn("https://svelte.dev/e/state_snapshot_uncloneable");
}
const Nu = [];
function Jo(e, t = !1, n = !1) {
  if (Ke && !t) {
    const r = [], o = Vn(e, /* @__PURE__ */ new Map(), "", r, null, n);
    if (r.length === 1 && r[0] === "")
      Vi();
    else if (r.length > 0) {
      const i = r.length > 10 ? r.slice(0, 7) : r.slice(0, 10), s = r.length - i.length;
      let a = i.map((c) => `- <value>${c}`).join(`
`);
      s > 0 && (a += `
- ...and ${s} more`), Vi(a);
    }
    return o;
  }
  return Vn(e, /* @__PURE__ */ new Map(), "", Nu, null, n);
}
function Vn(e, t, n, r, o = null, i = !1) {
  if (typeof e == "object" && e !== null) {
    var s = t.get(e);
    if (s !== void 0) return s;
    if (e instanceof Map) return (
      /** @type {Snapshot<T>} */
      new Map(e)
    );
    if (e instanceof Set) return (
      /** @type {Snapshot<T>} */
      new Set(e)
    );
    if (Yo(e)) {
      var a = (
        /** @type {Snapshot<any>} */
        Array(e.length)
      );
      t.set(e, a), o !== null && t.set(o, a);
      for (var c = 0; c < e.length; c += 1) {
        var u = e[c];
        c in e && (a[c] = Vn(u, t, Ke ? `${n}[${c}]` : n, r, null, i));
      }
      return a;
    }
    if (ia(e) === zc) {
      a = {}, t.set(e, a), o !== null && t.set(o, a);
      for (var d in e)
        a[d] = Vn(
          // @ts-expect-error
          e[d],
          t,
          Ke ? `${n}.${d}` : n,
          r,
          null,
          i
        );
      return a;
    }
    if (e instanceof Date)
      return (
        /** @type {Snapshot<T>} */
        structuredClone(e)
      );
    if (typeof /** @type {T & { toJSON?: any } } */
    e.toJSON == "function" && !i)
      return Vn(
        /** @type {T & { toJSON(): any } } */
        e.toJSON(),
        t,
        Ke ? `${n}.toJSON()` : n,
        r,
        // Associate the instance with the toJSON clone
        e
      );
  }
  if (e instanceof EventTarget)
    return (
      /** @type {Snapshot<T>} */
      e
    );
  try {
    return (
      /** @type {Snapshot<T>} */
      structuredClone(e)
    );
  } catch {
    return Ke && r.push(n), /** @type {Snapshot<T>} */
    e;
  }
}
function wa(e) {
  var t = document.createElement("template");
  return t.innerHTML = e.replaceAll("<!>", "<!---->"), t.content;
}
function pn(e, t) {
  var n = (
    /** @type {Effect} */
    sa
  );
  n.nodes === null && (n.nodes = { start: e, end: t, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function ee(e, t) {
  var n = (t & aa) !== 0, r = (t & Dc) !== 0, o, i = !e.startsWith("<!>");
  return () => {
    o === void 0 && (o = wa(i ? e : "<!>" + e), n || (o = /** @type {TemplateNode} */
    Ft(o)));
    var s = (
      /** @type {TemplateNode} */
      r || Tc ? document.importNode(o, !0) : o.cloneNode(!0)
    );
    if (n) {
      var a = (
        /** @type {TemplateNode} */
        Ft(s)
      ), c = (
        /** @type {TemplateNode} */
        s.lastChild
      );
      pn(a, c);
    } else
      pn(s, s);
    return s;
  };
}
// @__NO_SIDE_EFFECTS__
function Su(e, t, n = "svg") {
  var r = !e.startsWith("<!>"), o = (t & aa) !== 0, i = `<${n}>${r ? e : "<!>" + e}</${n}>`, s;
  return () => {
    if (!s) {
      var a = (
        /** @type {DocumentFragment} */
        wa(i)
      ), c = (
        /** @type {Element} */
        Ft(a)
      );
      if (o)
        for (s = document.createDocumentFragment(); Ft(c); )
          s.appendChild(
            /** @type {TemplateNode} */
            Ft(c)
          );
      else
        s = /** @type {Element} */
        Ft(c);
    }
    var u = (
      /** @type {TemplateNode} */
      s.cloneNode(!0)
    );
    if (o) {
      var d = (
        /** @type {TemplateNode} */
        Ft(u)
      ), h = (
        /** @type {TemplateNode} */
        u.lastChild
      );
      pn(d, h);
    } else
      pn(u, u);
    return u;
  };
}
// @__NO_SIDE_EFFECTS__
function Ce(e, t) {
  return /* @__PURE__ */ Su(e, t, "svg");
}
function cn(e = "") {
  {
    var t = Xt(e + "");
    return pn(t, t), t;
  }
}
function Se() {
  var e = document.createDocumentFragment(), t = document.createComment(""), n = Xt();
  return e.append(t, n), pn(t, n), e;
}
function R(e, t) {
  e !== null && e.before(
    /** @type {Node} */
    t
  );
}
class $o {
  /** @type {TemplateNode} */
  anchor;
  /** @type {Map<Batch, Key>} */
  #e = /* @__PURE__ */ new Map();
  /**
   * Map of keys to effects that are currently rendered in the DOM.
   * These effects are visible and actively part of the document tree.
   * Example:
   * ```
   * {#if condition}
   * 	foo
   * {:else}
   * 	bar
   * {/if}
   * ```
   * Can result in the entries `true->Effect` and `false->Effect`
   * @type {Map<Key, Effect>}
   */
  #t = /* @__PURE__ */ new Map();
  /**
   * Similar to #onscreen with respect to the keys, but contains branches that are not yet
   * in the DOM, because their insertion is deferred.
   * @type {Map<Key, Branch>}
   */
  #n = /* @__PURE__ */ new Map();
  /**
   * Keys of effects that are currently outroing
   * @type {Set<Key>}
   */
  #r = /* @__PURE__ */ new Set();
  /**
   * Whether to pause (i.e. outro) on change, or destroy immediately.
   * This is necessary for `<svelte:element>`
   */
  #o = !0;
  /**
   * @param {TemplateNode} anchor
   * @param {boolean} transition
   */
  constructor(t, n = !0) {
    this.anchor = t, this.#o = n;
  }
  #i = () => {
    var t = (
      /** @type {Batch} */
      Ot
    );
    if (this.#e.has(t)) {
      var n = (
        /** @type {Key} */
        this.#e.get(t)
      ), r = this.#t.get(n);
      if (r)
        Xo(r), this.#r.delete(n);
      else {
        var o = this.#n.get(n);
        o && (this.#t.set(n, o.effect), this.#n.delete(n), o.fragment.lastChild.remove(), this.anchor.before(o.fragment), r = o.effect);
      }
      for (const [i, s] of this.#e) {
        if (this.#e.delete(i), i === t)
          break;
        const a = this.#n.get(s);
        a && (Zt(a.effect), this.#n.delete(s));
      }
      for (const [i, s] of this.#t) {
        if (i === n || this.#r.has(i)) continue;
        const a = () => {
          if (Array.from(this.#e.values()).includes(i)) {
            var u = document.createDocumentFragment();
            Lc(s, u), u.append(Xt()), this.#n.set(i, { effect: s, fragment: u });
          } else
            Zt(s);
          this.#r.delete(i), this.#t.delete(i);
        };
        this.#o || !r ? (this.#r.add(i), Zo(s, a, !1)) : a();
      }
    }
  };
  /**
   * @param {Batch} batch
   */
  #s = (t) => {
    this.#e.delete(t);
    const n = Array.from(this.#e.values());
    for (const [r, o] of this.#n)
      n.includes(r) || (Zt(o.effect), this.#n.delete(r));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(t, n) {
    var r = (
      /** @type {Batch} */
      Ot
    ), o = la();
    if (n && !this.#t.has(t) && !this.#n.has(t))
      if (o) {
        var i = document.createDocumentFragment(), s = Xt();
        i.append(s), this.#n.set(t, {
          effect: Gt(() => n(s)),
          fragment: i
        });
      } else
        this.#t.set(
          t,
          Gt(() => n(this.anchor))
        );
    if (this.#e.set(r, t), o) {
      for (const [a, c] of this.#t)
        a === t ? r.skipped_effects.delete(c) : r.skipped_effects.add(c);
      for (const [a, c] of this.#n)
        a === t ? r.skipped_effects.delete(c.effect) : r.skipped_effects.add(c.effect);
      r.oncommit(this.#i), r.ondiscard(this.#s);
    } else
      this.#i();
  }
}
function Xe(e, t, ...n) {
  var r = new $o(e);
  Rr(() => {
    const o = t() ?? null;
    Ke && o == null && Rc(), r.ensure(o, o && ((i) => o(i, ...n)));
  }, Wo);
}
function se(e, t, n = !1) {
  var r = new $o(e), o = n ? Wo : 0;
  function i(s, a) {
    r.ensure(s, a);
  }
  Rr(() => {
    var s = !1;
    t((a, c = !0) => {
      s = !0, i(c, a);
    }), s || i(!1, null);
  }, o);
}
function Cu(e, t) {
  Gn(() => {
    var n = t();
    for (var r in n) {
      var o = n[r];
      o ? e.style.setProperty(r, o) : e.style.removeProperty(r);
    }
  });
}
function Mu(e, t, n) {
  for (var r = [], o = t.length, i, s = t.length, a = 0; a < o; a++) {
    let h = t[a];
    Zo(
      h,
      () => {
        if (i) {
          if (i.pending.delete(h), i.done.add(h), i.pending.size === 0) {
            var f = (
              /** @type {Set<EachOutroGroup>} */
              e.outrogroups
            );
            Co(qo(i.done)), f.delete(i), f.size === 0 && (e.outrogroups = null);
          }
        } else
          s -= 1;
      },
      !1
    );
  }
  if (s === 0) {
    var c = r.length === 0 && n !== null;
    if (c) {
      var u = (
        /** @type {Element} */
        n
      ), d = (
        /** @type {Element} */
        u.parentNode
      );
      Kc(d), d.append(u), e.items.clear();
    }
    Co(t, !c);
  } else
    i = {
      pending: new Set(t),
      done: /* @__PURE__ */ new Set()
    }, (e.outrogroups ??= /* @__PURE__ */ new Set()).add(i);
}
function Co(e, t = !0) {
  for (var n = 0; n < e.length; n++)
    Zt(e[n], t);
}
var Bi;
function lt(e, t, n, r, o, i = null) {
  var s = e, a = /* @__PURE__ */ new Map(), c = (t & ca) !== 0;
  if (c) {
    var u = (
      /** @type {Element} */
      e
    );
    s = u.appendChild(Xt());
  }
  var d = null, h = ua(() => {
    var w = n();
    return Yo(w) ? w : w == null ? [] : qo(w);
  }), f, g = !0;
  function v() {
    m.fallback = d, Pu(m, f, s, t, r), d !== null && (f.length === 0 ? (d.f & yt) === 0 ? Xo(d) : (d.f ^= yt, Dn(d, null, s)) : Zo(d, () => {
      d = null;
    }));
  }
  var p = Rr(() => {
    f = /** @type {V[]} */
    l(h);
    for (var w = f.length, C = /* @__PURE__ */ new Set(), y = (
      /** @type {Batch} */
      Ot
    ), x = la(), S = 0; S < w; S += 1) {
      var O = f[S], A = r(O, S), z = g ? null : a.get(A);
      z ? (z.v && Di(z.v, O), z.i && Di(z.i, S), x && y.skipped_effects.delete(z.e)) : (z = Ou(
        a,
        g ? s : Bi ??= Xt(),
        O,
        A,
        S,
        o,
        t,
        n
      ), g || (z.e.f |= yt), a.set(A, z)), C.add(A);
    }
    if (w === 0 && i && !d && (g ? d = Gt(() => i(s)) : (d = Gt(() => i(Bi ??= Xt())), d.f |= yt)), !g)
      if (x) {
        for (const [j, X] of a)
          C.has(j) || y.skipped_effects.add(X.e);
        y.oncommit(v), y.ondiscard(() => {
        });
      } else
        v();
    l(h);
  }), m = { effect: p, items: a, outrogroups: null, fallback: d };
  g = !1;
}
function Pu(e, t, n, r, o) {
  var i = (r & jc) !== 0, s = t.length, a = e.items, c = e.effect.first, u, d = null, h, f = [], g = [], v, p, m, w;
  if (i)
    for (w = 0; w < s; w += 1)
      v = t[w], p = o(v, w), m = /** @type {EachItem} */
      a.get(p).e, (m.f & yt) === 0 && (m.nodes?.a?.measure(), (h ??= /* @__PURE__ */ new Set()).add(m));
  for (w = 0; w < s; w += 1) {
    if (v = t[w], p = o(v, w), m = /** @type {EachItem} */
    a.get(p).e, e.outrogroups !== null)
      for (const X of e.outrogroups)
        X.pending.delete(m), X.done.delete(m);
    if ((m.f & yt) !== 0)
      if (m.f ^= yt, m === c)
        Dn(m, null, n);
      else {
        var C = d ? d.next : c;
        m === e.effect.last && (e.effect.last = m.prev), m.prev && (m.prev.next = m.next), m.next && (m.next.prev = m.prev), Mt(e, d, m), Mt(e, m, C), Dn(m, C, n), d = m, f = [], g = [], c = d.next;
        continue;
      }
    if ((m.f & $r) !== 0 && (Xo(m), i && (m.nodes?.a?.unfix(), (h ??= /* @__PURE__ */ new Set()).delete(m))), m !== c) {
      if (u !== void 0 && u.has(m)) {
        if (f.length < g.length) {
          var y = g[0], x;
          d = y.prev;
          var S = f[0], O = f[f.length - 1];
          for (x = 0; x < f.length; x += 1)
            Dn(f[x], y, n);
          for (x = 0; x < g.length; x += 1)
            u.delete(g[x]);
          Mt(e, S.prev, O.next), Mt(e, d, S), Mt(e, O, y), c = y, d = O, w -= 1, f = [], g = [];
        } else
          u.delete(m), Dn(m, c, n), Mt(e, m.prev, m.next), Mt(e, m, d === null ? e.effect.first : d.next), Mt(e, d, m), d = m;
        continue;
      }
      for (f = [], g = []; c !== null && c !== m; )
        (u ??= /* @__PURE__ */ new Set()).add(c), g.push(c), c = c.next;
      if (c === null)
        continue;
    }
    (m.f & yt) === 0 && f.push(m), d = m, c = m.next;
  }
  if (e.outrogroups !== null) {
    for (const X of e.outrogroups)
      X.pending.size === 0 && (Co(qo(X.done)), e.outrogroups?.delete(X));
    e.outrogroups.size === 0 && (e.outrogroups = null);
  }
  if (c !== null || u !== void 0) {
    var A = [];
    if (u !== void 0)
      for (m of u)
        (m.f & $r) === 0 && A.push(m);
    for (; c !== null; )
      (c.f & $r) === 0 && c !== e.fallback && A.push(c), c = c.next;
    var z = A.length;
    if (z > 0) {
      var j = (r & ca) !== 0 && s === 0 ? n : null;
      if (i) {
        for (w = 0; w < z; w += 1)
          A[w].nodes?.a?.measure();
        for (w = 0; w < z; w += 1)
          A[w].nodes?.a?.fix();
      }
      Mu(e, A, j);
    }
  }
  i && da(() => {
    if (h !== void 0)
      for (m of h)
        m.nodes?.a?.apply();
  });
}
function Ou(e, t, n, r, o, i, s, a) {
  var c = (s & Hc) !== 0 ? (s & Vc) === 0 ? Bc(n, !1, !1) : Li(n) : null, u = (s & Fc) !== 0 ? Li(o) : null;
  return Ke && c && (c.trace = () => {
    a()[u?.v ?? o];
  }), {
    v: c,
    i: u,
    e: Gt(() => (i(t, c ?? n, u ?? o, a), () => {
      e.delete(r);
    }))
  };
}
function Dn(e, t, n) {
  if (e.nodes)
    for (var r = e.nodes.start, o = e.nodes.end, i = t && (t.f & yt) === 0 ? (
      /** @type {EffectNodes} */
      t.nodes.start
    ) : n; r !== null; ) {
      var s = (
        /** @type {TemplateNode} */
        Yc(r)
      );
      if (i.before(r), r === o)
        return;
      r = s;
    }
}
function Mt(e, t, n) {
  t === null ? e.effect.first = n : t.next = n, n === null ? e.effect.last = t : n.prev = t;
}
function Hr(e, t, n) {
  var r = new $o(e);
  Rr(() => {
    var o = t() ?? null;
    r.ensure(o, o && ((i) => n(i, o)));
  }, Wo);
}
function Ae(e, t, n) {
  nn(() => {
    var r = Ve(() => t(e, n?.()) || {});
    if (n && r?.update) {
      var o = !1, i = (
        /** @type {any} */
        {}
      );
      Gn(() => {
        var s = n();
        fa(s), o && Xc(i, s) && (i = s, r.update(s));
      }), o = !0;
    }
    if (r?.destroy)
      return () => (
        /** @type {Function} */
        r.destroy()
      );
  });
}
function Iu(e, t) {
  var n = void 0, r;
  ha(() => {
    n !== (n = t()) && (r && (Zt(r), r = null), n && (r = Gt(() => {
      nn(() => (
        /** @type {(node: Element) => void} */
        n(e)
      ));
    })));
  });
}
function _a(e) {
  var t, n, r = "";
  if (typeof e == "string" || typeof e == "number") r += e;
  else if (typeof e == "object") if (Array.isArray(e)) {
    var o = e.length;
    for (t = 0; t < o; t++) e[t] && (n = _a(e[t])) && (r && (r += " "), r += n);
  } else for (n in e) e[n] && (r && (r += " "), r += n);
  return r;
}
function Au() {
  for (var e, t, n = 0, r = "", o = arguments.length; n < o; n++) (e = arguments[n]) && (t = _a(e)) && (r && (r += " "), r += t);
  return r;
}
function Rt(e) {
  return typeof e == "object" ? Au(e) : e ?? "";
}
const Fi = [...` 	
\r\f \v\uFEFF`];
function zu(e, t, n) {
  var r = e == null ? "" : "" + e;
  if (t && (r = r ? r + " " + t : t), n) {
    for (var o in n)
      if (n[o])
        r = r ? r + " " + o : o;
      else if (r.length)
        for (var i = o.length, s = 0; (s = r.indexOf(o, s)) >= 0; ) {
          var a = s + i;
          (s === 0 || Fi.includes(r[s - 1])) && (a === r.length || Fi.includes(r[a])) ? r = (s === 0 ? "" : r.substring(0, s)) + r.substring(a + 1) : s = a;
        }
  }
  return r === "" ? null : r;
}
function ji(e, t = !1) {
  var n = t ? " !important;" : ";", r = "";
  for (var o in e) {
    var i = e[o];
    i != null && i !== "" && (r += " " + o + ": " + i + n);
  }
  return r;
}
function eo(e) {
  return e[0] !== "-" || e[1] !== "-" ? e.toLowerCase() : e;
}
function Tu(e, t) {
  if (t) {
    var n = "", r, o;
    if (Array.isArray(t) ? (r = t[0], o = t[1]) : r = t, e) {
      e = String(e).replaceAll(/\s*\/\*.*?\*\/\s*/g, "").trim();
      var i = !1, s = 0, a = !1, c = [];
      r && c.push(...Object.keys(r).map(eo)), o && c.push(...Object.keys(o).map(eo));
      var u = 0, d = -1;
      const p = e.length;
      for (var h = 0; h < p; h++) {
        var f = e[h];
        if (a ? f === "/" && e[h - 1] === "*" && (a = !1) : i ? i === f && (i = !1) : f === "/" && e[h + 1] === "*" ? a = !0 : f === '"' || f === "'" ? i = f : f === "(" ? s++ : f === ")" && s--, !a && i === !1 && s === 0) {
          if (f === ":" && d === -1)
            d = h;
          else if (f === ";" || h === p - 1) {
            if (d !== -1) {
              var g = eo(e.substring(u, d).trim());
              if (!c.includes(g)) {
                f !== ";" && h++;
                var v = e.substring(u, h).trim();
                n += " " + v + ";";
              }
            }
            u = h + 1, d = -1;
          }
        }
      }
    }
    return r && (n += ji(r)), o && (n += ji(o, !0)), n = n.trim(), n === "" ? null : n;
  }
  return e == null ? null : String(e);
}
function ze(e, t, n, r, o, i) {
  var s = e.__className;
  if (s !== n || s === void 0) {
    var a = zu(n, r, i);
    a == null ? e.removeAttribute("class") : t ? e.className = a : e.setAttribute("class", a), e.__className = n;
  } else if (i && o !== i)
    for (var c in i) {
      var u = !!i[c];
      (o == null || u !== !!o[c]) && e.classList.toggle(c, u);
    }
  return i;
}
function to(e, t = {}, n, r) {
  for (var o in n) {
    var i = n[o];
    t[o] !== i && (n[o] == null ? e.style.removeProperty(o) : e.style.setProperty(o, i, r));
  }
}
function ke(e, t, n, r) {
  var o = e.__style;
  if (o !== t) {
    var i = Tu(t, r);
    i == null ? e.removeAttribute("style") : e.style.cssText = i, e.__style = t;
  } else r && (Array.isArray(r) ? (to(e, n?.[0], r[0]), to(e, n?.[1], r[1], "important")) : to(e, n, r));
  return r;
}
function Mo(e, t, n = !1) {
  if (e.multiple) {
    if (t == null)
      return;
    if (!Yo(t))
      return Zc();
    for (var r of e.options)
      r.selected = t.includes(Ki(r));
    return;
  }
  for (r of e.options) {
    var o = Ki(r);
    if (Wc(o, t)) {
      r.selected = !0;
      return;
    }
  }
  (!n || t !== void 0) && (e.selectedIndex = -1);
}
function Du(e) {
  var t = new MutationObserver(() => {
    Mo(e, e.__value);
  });
  t.observe(e, {
    // Listen to option element changes
    childList: !0,
    subtree: !0,
    // because of <optgroup>
    // Listen to option element value attribute changes
    // (doesn't get notified of select value changes,
    // because that property is not reflected as an attribute)
    attributes: !0,
    attributeFilter: ["value"]
  }), qc(() => {
    t.disconnect();
  });
}
function Ki(e) {
  return "__value" in e ? e.__value : e.value;
}
const It = Symbol("class"), mt = Symbol("style"), xa = Symbol("is custom element"), Ea = Symbol("is html");
function Lu(e, t) {
  t ? e.hasAttribute("selected") || e.setAttribute("selected", "") : e.removeAttribute("selected");
}
function Q(e, t, n, r) {
  var o = ka(e);
  o[t] !== (o[t] = n) && (t === "loading" && (e[ru] = n), n == null ? e.removeAttribute(t) : typeof n != "string" && Na(e).includes(t) ? e[t] = n : e.setAttribute(t, n));
}
function Ru(e, t, n, r, o = !1, i = !1) {
  var s = ka(e), a = s[xa], c = !s[Ea], u = t || {}, d = e.tagName === "OPTION";
  for (var h in t)
    h in n || (n[h] = null);
  n.class ? n.class = Rt(n.class) : (r || n[It]) && (n.class = null), n[mt] && (n.style ??= null);
  var f = Na(e);
  for (const y in n) {
    let x = n[y];
    if (d && y === "value" && x == null) {
      e.value = e.__value = "", u[y] = x;
      continue;
    }
    if (y === "class") {
      var g = e.namespaceURI === "http://www.w3.org/1999/xhtml";
      ze(e, g, x, r, t?.[It], n[It]), u[y] = x, u[It] = n[It];
      continue;
    }
    if (y === "style") {
      ke(e, x, t?.[mt], n[mt]), u[y] = x, u[mt] = n[mt];
      continue;
    }
    var v = u[y];
    if (!(x === v && !(x === void 0 && e.hasAttribute(y)))) {
      u[y] = x;
      var p = y[0] + y[1];
      if (p !== "$$")
        if (p === "on") {
          const S = {}, O = "$$" + y;
          let A = y.slice(2);
          var m = ou(A);
          if (Qc(A) && (A = A.slice(0, -7), S.capture = !0), !m && v) {
            if (x != null) continue;
            e.removeEventListener(A, u[O], S), u[O] = null;
          }
          if (x != null)
            if (m)
              e[`__${A}`] = x, Dt([A]);
            else {
              let z = function(j) {
                u[y].call(this, j);
              };
              u[O] = Jc(A, e, z, S);
            }
          else m && (e[`__${A}`] = void 0);
        } else if (y === "style")
          Q(e, y, x);
        else if (y === "autofocus")
          $c(
            /** @type {HTMLElement} */
            e,
            !!x
          );
        else if (!a && (y === "__value" || y === "value" && x != null))
          e.value = e.__value = x;
        else if (y === "selected" && d)
          Lu(
            /** @type {HTMLOptionElement} */
            e,
            x
          );
        else {
          var w = y;
          c || (w = eu(w));
          var C = w === "defaultValue" || w === "defaultChecked";
          if (x == null && !a && !C)
            if (s[y] = null, w === "value" || w === "checked") {
              let S = (
                /** @type {HTMLInputElement} */
                e
              );
              const O = t === void 0;
              if (w === "value") {
                let A = S.defaultValue;
                S.removeAttribute(w), S.defaultValue = A, S.value = S.__value = O ? A : null;
              } else {
                let A = S.defaultChecked;
                S.removeAttribute(w), S.defaultChecked = A, S.checked = O ? A : !1;
              }
            } else
              e.removeAttribute(y);
          else C || f.includes(w) && (a || typeof x != "string") ? (e[w] = x, w in s && (s[w] = tu)) : typeof x != "function" && Q(e, w, x);
        }
    }
  }
  return u;
}
function Ht(e, t, n = [], r = [], o = [], i, s = !1, a = !1) {
  Gc(o, n, r, (c) => {
    var u = void 0, d = {}, h = e.nodeName === "SELECT", f = !1;
    if (ha(() => {
      var v = t(...c.map(l)), p = Ru(
        e,
        u,
        v,
        i,
        s,
        a
      );
      f && h && "value" in v && Mo(
        /** @type {HTMLSelectElement} */
        e,
        v.value
      );
      for (let w of Object.getOwnPropertySymbols(d))
        v[w] || Zt(d[w]);
      for (let w of Object.getOwnPropertySymbols(v)) {
        var m = v[w];
        w.description === Uc && (!u || m !== u[w]) && (d[w] && Zt(d[w]), d[w] = Gt(() => Iu(e, () => m))), p[w] = m;
      }
      u = p;
    }), h) {
      var g = (
        /** @type {HTMLSelectElement} */
        e
      );
      nn(() => {
        Mo(
          g,
          /** @type {Record<string | symbol, any>} */
          u.value,
          !0
        ), Du(g);
      });
    }
    f = !0;
  });
}
function ka(e) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    // @ts-expect-error
    e.__attributes ??= {
      [xa]: e.nodeName.includes("-"),
      [Ea]: e.namespaceURI === nu
    }
  );
}
var Yi = /* @__PURE__ */ new Map();
function Na(e) {
  var t = e.getAttribute("is") || e.nodeName, n = Yi.get(t);
  if (n) return n;
  Yi.set(t, n = []);
  for (var r, o = e, i = Element.prototype; i !== o; ) {
    r = iu(o);
    for (var s in r)
      r[s].set && n.push(s);
    o = ia(o);
  }
  return n;
}
function ei(e, t, n = t) {
  var r = /* @__PURE__ */ new WeakSet();
  ga(e, "input", async (o) => {
    Ke && e.type === "checkbox" && Ri();
    var i = o ? e.defaultValue : e.value;
    if (i = no(e) ? ro(i) : i, n(i), Ot !== null && r.add(Ot), await Tn(), i !== (i = t())) {
      var s = e.selectionStart, a = e.selectionEnd, c = e.value.length;
      if (e.value = i ?? "", a !== null) {
        var u = e.value.length;
        s === a && a === c && u > c ? (e.selectionStart = u, e.selectionEnd = u) : (e.selectionStart = s, e.selectionEnd = Math.min(a, u));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  Ve(t) == null && e.value && (n(no(e) ? ro(e.value) : e.value), Ot !== null && r.add(Ot)), Gn(() => {
    Ke && e.type === "checkbox" && Ri();
    var o = t();
    if (e === document.activeElement) {
      var i = (
        /** @type {Batch} */
        su ?? Ot
      );
      if (r.has(i))
        return;
    }
    no(e) && o === ro(e.value) || e.type === "date" && !o && !e.value || o !== e.value && (e.value = o ?? "");
  });
}
function Hu(e, t, n = t) {
  ga(e, "change", (r) => {
    var o = r ? e.defaultChecked : e.checked;
    n(o);
  }), // If we are hydrating and the value has since changed,
  // then use the update value from the input instead.
  // If defaultChecked is set, then checked == defaultChecked
  Ve(t) == null && n(e.checked), Gn(() => {
    var r = t();
    e.checked = !!r;
  });
}
function no(e) {
  var t = e.type;
  return t === "number" || t === "range";
}
function ro(e) {
  return e === "" ? null : +e;
}
class ti {
  /** */
  #e = /* @__PURE__ */ new WeakMap();
  /** @type {ResizeObserver | undefined} */
  #t;
  /** @type {ResizeObserverOptions} */
  #n;
  /** @static */
  static entries = /* @__PURE__ */ new WeakMap();
  /** @param {ResizeObserverOptions} options */
  constructor(t) {
    this.#n = t;
  }
  /**
   * @param {Element} element
   * @param {(entry: ResizeObserverEntry) => any} listener
   */
  observe(t, n) {
    var r = this.#e.get(t) || /* @__PURE__ */ new Set();
    return r.add(n), this.#e.set(t, r), this.#r().observe(t, this.#n), () => {
      var o = this.#e.get(t);
      o.delete(n), o.size === 0 && (this.#e.delete(t), this.#t.unobserve(t));
    };
  }
  #r() {
    return this.#t ?? (this.#t = new ResizeObserver(
      /** @param {any} entries */
      (t) => {
        for (var n of t) {
          ti.entries.set(n.target, n);
          for (var r of this.#e.get(n.target) || [])
            r(n);
        }
      }
    ));
  }
}
var Vu = /* @__PURE__ */ new ti({
  box: "border-box"
});
function Xi(e, t, n) {
  var r = Vu.observe(e, () => n(e[t]));
  nn(() => (Ve(() => n(e[t])), r));
}
function Zi(e, t) {
  return e === t || e?.[Go] === t;
}
function Sn(e = {}, t, n, r) {
  return nn(() => {
    var o, i;
    return Gn(() => {
      o = i, i = [], Ve(() => {
        e !== n(...i) && (t(e, ...i), o && Zi(n(...o), e) && t(null, ...o));
      });
    }), () => {
      da(() => {
        i && Zi(n(...i), e) && t(null, ...i);
      });
    };
  }), e;
}
function Bu(e = !1) {
  const t = (
    /** @type {ComponentContextLegacy} */
    au
  ), n = t.l.u;
  if (!n) return;
  let r = () => fa(t.s);
  if (e) {
    let o = 0, i = (
      /** @type {Record<string, any>} */
      {}
    );
    const s = pa(() => {
      let a = !1;
      const c = t.s;
      for (const u in c)
        c[u] !== i[u] && (i[u] = c[u], a = !0);
      return a && o++, o;
    });
    r = () => l(s);
  }
  n.b.length && va(() => {
    Wi(t, r), Hi(n.b);
  }), Be(() => {
    const o = Ve(() => n.m.map(lu));
    return () => {
      for (const i of o)
        typeof i == "function" && i();
    };
  }), n.a.length && Be(() => {
    Wi(t, r), Hi(n.a);
  });
}
function Wi(e, t) {
  if (e.l.s)
    for (const n of e.l.s) l(n);
  t();
}
function Fu(e, t, n) {
  if (e == null)
    return t(void 0), Lt;
  const r = Ve(
    () => e.subscribe(
      t,
      // @ts-expect-error
      n
    )
  );
  return r.unsubscribe ? () => r.unsubscribe() : r;
}
function ju(e) {
  let t;
  return Fu(e, (n) => t = n)(), t;
}
let ar = !1;
function Ku(e) {
  var t = ar;
  try {
    return ar = !1, [e(), ar];
  } finally {
    ar = t;
  }
}
const Yu = {
  get(e, t) {
    if (!e.exclude.includes(t))
      return e.props[t];
  },
  set(e, t) {
    return Ke && cu(`${e.name}.${String(t)}`), !1;
  },
  getOwnPropertyDescriptor(e, t) {
    if (!e.exclude.includes(t) && t in e.props)
      return {
        enumerable: !0,
        configurable: !0,
        value: e.props[t]
      };
  },
  has(e, t) {
    return e.exclude.includes(t) ? !1 : t in e.props;
  },
  ownKeys(e) {
    return Reflect.ownKeys(e.props).filter((t) => !e.exclude.includes(t));
  }
};
// @__NO_SIDE_EFFECTS__
function Et(e, t, n) {
  return new Proxy(
    Ke ? { props: e, exclude: t, name: n, other: {}, to_proxy: [] } : { props: e, exclude: t },
    Yu
  );
}
const Xu = {
  get(e, t) {
    let n = e.props.length;
    for (; n--; ) {
      let r = e.props[n];
      if (In(r) && (r = r()), typeof r == "object" && r !== null && t in r) return r[t];
    }
  },
  set(e, t, n) {
    let r = e.props.length;
    for (; r--; ) {
      let o = e.props[r];
      In(o) && (o = o());
      const i = No(o, t);
      if (i && i.set)
        return i.set(n), !0;
    }
    return !1;
  },
  getOwnPropertyDescriptor(e, t) {
    let n = e.props.length;
    for (; n--; ) {
      let r = e.props[n];
      if (In(r) && (r = r()), typeof r == "object" && r !== null && t in r) {
        const o = No(r, t);
        return o && !o.configurable && (o.configurable = !0), o;
      }
    }
  },
  has(e, t) {
    if (t === Go || t === ma) return !1;
    for (let n of e.props)
      if (In(n) && (n = n()), n != null && t in n) return !0;
    return !1;
  },
  ownKeys(e) {
    const t = [];
    for (let n of e.props)
      if (In(n) && (n = n()), !!n) {
        for (const r in n)
          t.includes(r) || t.push(r);
        for (const r of Object.getOwnPropertySymbols(n))
          t.includes(r) || t.push(r);
      }
    return t;
  }
};
function jt(...e) {
  return new Proxy({ props: e }, Xu);
}
function W(e, t, n, r) {
  var o = !mu || (n & yu) !== 0, i = (n & hu) !== 0, s = (n & pu) !== 0, a = (
    /** @type {V} */
    r
  ), c = !0, u = () => (c && (c = !1, a = s ? Ve(
    /** @type {() => V} */
    r
  ) : (
    /** @type {V} */
    r
  )), a), d;
  if (i) {
    var h = Go in e || ma in e;
    d = No(e, t)?.set ?? (h && t in e ? (y) => e[t] = y : void 0);
  }
  var f, g = !1;
  i ? [f, g] = Ku(() => (
    /** @type {V} */
    e[t]
  )) : f = /** @type {V} */
  e[t], f === void 0 && r !== void 0 && (f = u(), d && (o && uu(t), d(f)));
  var v;
  if (o ? v = () => {
    var y = (
      /** @type {V} */
      e[t]
    );
    return y === void 0 ? u() : (c = !0, y);
  } : v = () => {
    var y = (
      /** @type {V} */
      e[t]
    );
    return y !== void 0 && (a = /** @type {V} */
    void 0), y === void 0 ? a : y;
  }, o && (n & du) === 0)
    return v;
  if (d) {
    var p = e.$$legacy;
    return (
      /** @type {() => V} */
      (function(y, x) {
        return arguments.length > 0 ? ((!o || !x || p || g) && d(x ? v() : y), y) : v();
      })
    );
  }
  var m = !1, w = ((n & gu) !== 0 ? pa : ua)(() => (m = !1, v()));
  Ke && (w.label = t), i && l(w);
  var C = (
    /** @type {Effect} */
    sa
  );
  return (
    /** @type {() => V} */
    (function(y, x) {
      if (arguments.length > 0) {
        const S = x ? l(w) : o && i ? vn(y) : y;
        return F(w, S), m = !0, a !== void 0 && (a = S), y;
      }
      return vu && m || (C.f & fu) !== 0 ? w.v : l(w);
    })
  );
}
var Zu = { value: () => {
} };
function Vr() {
  for (var e = 0, t = arguments.length, n = {}, r; e < t; ++e) {
    if (!(r = arguments[e] + "") || r in n || /[\s.]/.test(r)) throw new Error("illegal type: " + r);
    n[r] = [];
  }
  return new gr(n);
}
function gr(e) {
  this._ = e;
}
function Wu(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var r = "", o = n.indexOf(".");
    if (o >= 0 && (r = n.slice(o + 1), n = n.slice(0, o)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: r };
  });
}
gr.prototype = Vr.prototype = {
  constructor: gr,
  on: function(e, t) {
    var n = this._, r = Wu(e + "", n), o, i = -1, s = r.length;
    if (arguments.length < 2) {
      for (; ++i < s; ) if ((o = (e = r[i]).type) && (o = qu(n[o], e.name))) return o;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++i < s; )
      if (o = (e = r[i]).type) n[o] = qi(n[o], e.name, t);
      else if (t == null) for (o in n) n[o] = qi(n[o], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new gr(e);
  },
  call: function(e, t) {
    if ((o = arguments.length - 2) > 0) for (var n = new Array(o), r = 0, o, i; r < o; ++r) n[r] = arguments[r + 2];
    if (!this._.hasOwnProperty(e)) throw new Error("unknown type: " + e);
    for (i = this._[e], r = 0, o = i.length; r < o; ++r) i[r].value.apply(t, n);
  },
  apply: function(e, t, n) {
    if (!this._.hasOwnProperty(e)) throw new Error("unknown type: " + e);
    for (var r = this._[e], o = 0, i = r.length; o < i; ++o) r[o].value.apply(t, n);
  }
};
function qu(e, t) {
  for (var n = 0, r = e.length, o; n < r; ++n)
    if ((o = e[n]).name === t)
      return o.value;
}
function qi(e, t, n) {
  for (var r = 0, o = e.length; r < o; ++r)
    if (e[r].name === t) {
      e[r] = Zu, e = e.slice(0, r).concat(e.slice(r + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Po = "http://www.w3.org/1999/xhtml", Gi = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Po,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Br(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Gi.hasOwnProperty(t) ? { space: Gi[t], local: e } : e;
}
function Gu(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Po && t.documentElement.namespaceURI === Po ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Uu(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Sa(e) {
  var t = Br(e);
  return (t.local ? Uu : Gu)(t);
}
function Qu() {
}
function ni(e) {
  return e == null ? Qu : function() {
    return this.querySelector(e);
  };
}
function Ju(e) {
  typeof e != "function" && (e = ni(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = new Array(s), c, u, d = 0; d < s; ++d)
      (c = i[d]) && (u = e.call(c, c.__data__, d, i)) && ("__data__" in c && (u.__data__ = c.__data__), a[d] = u);
  return new Ze(r, this._parents);
}
function $u(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function ed() {
  return [];
}
function Ca(e) {
  return e == null ? ed : function() {
    return this.querySelectorAll(e);
  };
}
function td(e) {
  return function() {
    return $u(e.apply(this, arguments));
  };
}
function nd(e) {
  typeof e == "function" ? e = td(e) : e = Ca(e);
  for (var t = this._groups, n = t.length, r = [], o = [], i = 0; i < n; ++i)
    for (var s = t[i], a = s.length, c, u = 0; u < a; ++u)
      (c = s[u]) && (r.push(e.call(c, c.__data__, u, s)), o.push(c));
  return new Ze(r, o);
}
function Ma(e) {
  return function() {
    return this.matches(e);
  };
}
function Pa(e) {
  return function(t) {
    return t.matches(e);
  };
}
var rd = Array.prototype.find;
function od(e) {
  return function() {
    return rd.call(this.children, e);
  };
}
function id() {
  return this.firstElementChild;
}
function sd(e) {
  return this.select(e == null ? id : od(typeof e == "function" ? e : Pa(e)));
}
var ad = Array.prototype.filter;
function ld() {
  return Array.from(this.children);
}
function cd(e) {
  return function() {
    return ad.call(this.children, e);
  };
}
function ud(e) {
  return this.selectAll(e == null ? ld : cd(typeof e == "function" ? e : Pa(e)));
}
function dd(e) {
  typeof e != "function" && (e = Ma(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = [], c, u = 0; u < s; ++u)
      (c = i[u]) && e.call(c, c.__data__, u, i) && a.push(c);
  return new Ze(r, this._parents);
}
function Oa(e) {
  return new Array(e.length);
}
function fd() {
  return new Ze(this._enter || this._groups.map(Oa), this._parents);
}
function wr(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
wr.prototype = {
  constructor: wr,
  appendChild: function(e) {
    return this._parent.insertBefore(e, this._next);
  },
  insertBefore: function(e, t) {
    return this._parent.insertBefore(e, t);
  },
  querySelector: function(e) {
    return this._parent.querySelector(e);
  },
  querySelectorAll: function(e) {
    return this._parent.querySelectorAll(e);
  }
};
function hd(e) {
  return function() {
    return e;
  };
}
function gd(e, t, n, r, o, i) {
  for (var s = 0, a, c = t.length, u = i.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = i[s], r[s] = a) : n[s] = new wr(e, i[s]);
  for (; s < c; ++s)
    (a = t[s]) && (o[s] = a);
}
function vd(e, t, n, r, o, i, s) {
  var a, c, u = /* @__PURE__ */ new Map(), d = t.length, h = i.length, f = new Array(d), g;
  for (a = 0; a < d; ++a)
    (c = t[a]) && (f[a] = g = s.call(c, c.__data__, a, t) + "", u.has(g) ? o[a] = c : u.set(g, c));
  for (a = 0; a < h; ++a)
    g = s.call(e, i[a], a, i) + "", (c = u.get(g)) ? (r[a] = c, c.__data__ = i[a], u.delete(g)) : n[a] = new wr(e, i[a]);
  for (a = 0; a < d; ++a)
    (c = t[a]) && u.get(f[a]) === c && (o[a] = c);
}
function pd(e) {
  return e.__data__;
}
function md(e, t) {
  if (!arguments.length) return Array.from(this, pd);
  var n = t ? vd : gd, r = this._parents, o = this._groups;
  typeof e != "function" && (e = hd(e));
  for (var i = o.length, s = new Array(i), a = new Array(i), c = new Array(i), u = 0; u < i; ++u) {
    var d = r[u], h = o[u], f = h.length, g = yd(e.call(d, d && d.__data__, u, r)), v = g.length, p = a[u] = new Array(v), m = s[u] = new Array(v), w = c[u] = new Array(f);
    n(d, h, p, m, w, g, t);
    for (var C = 0, y = 0, x, S; C < v; ++C)
      if (x = p[C]) {
        for (C >= y && (y = C + 1); !(S = m[y]) && ++y < v; ) ;
        x._next = S || null;
      }
  }
  return s = new Ze(s, r), s._enter = a, s._exit = c, s;
}
function yd(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function bd() {
  return new Ze(this._exit || this._groups.map(Oa), this._parents);
}
function wd(e, t, n) {
  var r = this.enter(), o = this, i = this.exit();
  return typeof e == "function" ? (r = e(r), r && (r = r.selection())) : r = r.append(e + ""), t != null && (o = t(o), o && (o = o.selection())), n == null ? i.remove() : n(i), r && o ? r.merge(o).order() : o;
}
function _d(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, r = t._groups, o = n.length, i = r.length, s = Math.min(o, i), a = new Array(o), c = 0; c < s; ++c)
    for (var u = n[c], d = r[c], h = u.length, f = a[c] = new Array(h), g, v = 0; v < h; ++v)
      (g = u[v] || d[v]) && (f[v] = g);
  for (; c < o; ++c)
    a[c] = n[c];
  return new Ze(a, this._parents);
}
function xd() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var r = e[t], o = r.length - 1, i = r[o], s; --o >= 0; )
      (s = r[o]) && (i && s.compareDocumentPosition(i) ^ 4 && i.parentNode.insertBefore(s, i), i = s);
  return this;
}
function Ed(e) {
  e || (e = kd);
  function t(h, f) {
    return h && f ? e(h.__data__, f.__data__) : !h - !f;
  }
  for (var n = this._groups, r = n.length, o = new Array(r), i = 0; i < r; ++i) {
    for (var s = n[i], a = s.length, c = o[i] = new Array(a), u, d = 0; d < a; ++d)
      (u = s[d]) && (c[d] = u);
    c.sort(t);
  }
  return new Ze(o, this._parents).order();
}
function kd(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Nd() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Sd() {
  return Array.from(this);
}
function Cd() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var r = e[t], o = 0, i = r.length; o < i; ++o) {
      var s = r[o];
      if (s) return s;
    }
  return null;
}
function Md() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function Pd() {
  return !this.node();
}
function Od(e) {
  for (var t = this._groups, n = 0, r = t.length; n < r; ++n)
    for (var o = t[n], i = 0, s = o.length, a; i < s; ++i)
      (a = o[i]) && e.call(a, a.__data__, i, o);
  return this;
}
function Id(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Ad(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function zd(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Td(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Dd(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Ld(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Rd(e, t) {
  var n = Br(e);
  if (arguments.length < 2) {
    var r = this.node();
    return n.local ? r.getAttributeNS(n.space, n.local) : r.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Ad : Id : typeof t == "function" ? n.local ? Ld : Dd : n.local ? Td : zd)(n, t));
}
function Ia(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Hd(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Vd(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Bd(e, t, n) {
  return function() {
    var r = t.apply(this, arguments);
    r == null ? this.style.removeProperty(e) : this.style.setProperty(e, r, n);
  };
}
function Fd(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Hd : typeof t == "function" ? Bd : Vd)(e, t, n ?? "")) : mn(this.node(), e);
}
function mn(e, t) {
  return e.style.getPropertyValue(t) || Ia(e).getComputedStyle(e, null).getPropertyValue(t);
}
function jd(e) {
  return function() {
    delete this[e];
  };
}
function Kd(e, t) {
  return function() {
    this[e] = t;
  };
}
function Yd(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Xd(e, t) {
  return arguments.length > 1 ? this.each((t == null ? jd : typeof t == "function" ? Yd : Kd)(e, t)) : this.node()[e];
}
function Aa(e) {
  return e.trim().split(/^|\s+/);
}
function ri(e) {
  return e.classList || new za(e);
}
function za(e) {
  this._node = e, this._names = Aa(e.getAttribute("class") || "");
}
za.prototype = {
  add: function(e) {
    var t = this._names.indexOf(e);
    t < 0 && (this._names.push(e), this._node.setAttribute("class", this._names.join(" ")));
  },
  remove: function(e) {
    var t = this._names.indexOf(e);
    t >= 0 && (this._names.splice(t, 1), this._node.setAttribute("class", this._names.join(" ")));
  },
  contains: function(e) {
    return this._names.indexOf(e) >= 0;
  }
};
function Ta(e, t) {
  for (var n = ri(e), r = -1, o = t.length; ++r < o; ) n.add(t[r]);
}
function Da(e, t) {
  for (var n = ri(e), r = -1, o = t.length; ++r < o; ) n.remove(t[r]);
}
function Zd(e) {
  return function() {
    Ta(this, e);
  };
}
function Wd(e) {
  return function() {
    Da(this, e);
  };
}
function qd(e, t) {
  return function() {
    (t.apply(this, arguments) ? Ta : Da)(this, e);
  };
}
function Gd(e, t) {
  var n = Aa(e + "");
  if (arguments.length < 2) {
    for (var r = ri(this.node()), o = -1, i = n.length; ++o < i; ) if (!r.contains(n[o])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? qd : t ? Zd : Wd)(n, t));
}
function Ud() {
  this.textContent = "";
}
function Qd(e) {
  return function() {
    this.textContent = e;
  };
}
function Jd(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function $d(e) {
  return arguments.length ? this.each(e == null ? Ud : (typeof e == "function" ? Jd : Qd)(e)) : this.node().textContent;
}
function ef() {
  this.innerHTML = "";
}
function tf(e) {
  return function() {
    this.innerHTML = e;
  };
}
function nf(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function rf(e) {
  return arguments.length ? this.each(e == null ? ef : (typeof e == "function" ? nf : tf)(e)) : this.node().innerHTML;
}
function of() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function sf() {
  return this.each(of);
}
function af() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function lf() {
  return this.each(af);
}
function cf(e) {
  var t = typeof e == "function" ? e : Sa(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function uf() {
  return null;
}
function df(e, t) {
  var n = typeof e == "function" ? e : Sa(e), r = t == null ? uf : typeof t == "function" ? t : ni(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), r.apply(this, arguments) || null);
  });
}
function ff() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function hf() {
  return this.each(ff);
}
function gf() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function vf() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function pf(e) {
  return this.select(e ? vf : gf);
}
function mf(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function yf(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function bf(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", r = t.indexOf(".");
    return r >= 0 && (n = t.slice(r + 1), t = t.slice(0, r)), { type: t, name: n };
  });
}
function wf(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, r = -1, o = t.length, i; n < o; ++n)
        i = t[n], (!e.type || i.type === e.type) && i.name === e.name ? this.removeEventListener(i.type, i.listener, i.options) : t[++r] = i;
      ++r ? t.length = r : delete this.__on;
    }
  };
}
function _f(e, t, n) {
  return function() {
    var r = this.__on, o, i = yf(t);
    if (r) {
      for (var s = 0, a = r.length; s < a; ++s)
        if ((o = r[s]).type === e.type && o.name === e.name) {
          this.removeEventListener(o.type, o.listener, o.options), this.addEventListener(o.type, o.listener = i, o.options = n), o.value = t;
          return;
        }
    }
    this.addEventListener(e.type, i, n), o = { type: e.type, name: e.name, value: t, listener: i, options: n }, r ? r.push(o) : this.__on = [o];
  };
}
function xf(e, t, n) {
  var r = bf(e + ""), o, i = r.length, s;
  if (arguments.length < 2) {
    var a = this.node().__on;
    if (a) {
      for (var c = 0, u = a.length, d; c < u; ++c)
        for (o = 0, d = a[c]; o < i; ++o)
          if ((s = r[o]).type === d.type && s.name === d.name)
            return d.value;
    }
    return;
  }
  for (a = t ? _f : wf, o = 0; o < i; ++o) this.each(a(r[o], t, n));
  return this;
}
function La(e, t, n) {
  var r = Ia(e), o = r.CustomEvent;
  typeof o == "function" ? o = new o(t, n) : (o = r.document.createEvent("Event"), n ? (o.initEvent(t, n.bubbles, n.cancelable), o.detail = n.detail) : o.initEvent(t, !1, !1)), e.dispatchEvent(o);
}
function Ef(e, t) {
  return function() {
    return La(this, e, t);
  };
}
function kf(e, t) {
  return function() {
    return La(this, e, t.apply(this, arguments));
  };
}
function Nf(e, t) {
  return this.each((typeof t == "function" ? kf : Ef)(e, t));
}
function* Sf() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var r = e[t], o = 0, i = r.length, s; o < i; ++o)
      (s = r[o]) && (yield s);
}
var Ra = [null];
function Ze(e, t) {
  this._groups = e, this._parents = t;
}
function Jn() {
  return new Ze([[document.documentElement]], Ra);
}
function Cf() {
  return this;
}
Ze.prototype = Jn.prototype = {
  constructor: Ze,
  select: Ju,
  selectAll: nd,
  selectChild: sd,
  selectChildren: ud,
  filter: dd,
  data: md,
  enter: fd,
  exit: bd,
  join: wd,
  merge: _d,
  selection: Cf,
  order: xd,
  sort: Ed,
  call: Nd,
  nodes: Sd,
  node: Cd,
  size: Md,
  empty: Pd,
  each: Od,
  attr: Rd,
  style: Fd,
  property: Xd,
  classed: Gd,
  text: $d,
  html: rf,
  raise: sf,
  lower: lf,
  append: cf,
  insert: df,
  remove: hf,
  clone: pf,
  datum: mf,
  on: xf,
  dispatch: Nf,
  [Symbol.iterator]: Sf
};
function qe(e) {
  return typeof e == "string" ? new Ze([[document.querySelector(e)]], [document.documentElement]) : new Ze([[e]], Ra);
}
var Mf = 0;
function Ui() {
  this._ = "@" + (++Mf).toString(36);
}
Ui.prototype = {
  constructor: Ui,
  get: function(e) {
    for (var t = this._; !(t in e); ) if (!(e = e.parentNode)) return;
    return e[t];
  },
  set: function(e, t) {
    return e[this._] = t;
  },
  remove: function(e) {
    return this._ in e && delete e[this._];
  },
  toString: function() {
    return this._;
  }
};
function Pf(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function Ue(e, t) {
  if (e = Pf(e), t === void 0 && (t = e.currentTarget), t) {
    var n = t.ownerSVGElement || t;
    if (n.createSVGPoint) {
      var r = n.createSVGPoint();
      return r.x = e.clientX, r.y = e.clientY, r = r.matrixTransform(t.getScreenCTM().inverse()), [r.x, r.y];
    }
    if (t.getBoundingClientRect) {
      var o = t.getBoundingClientRect();
      return [e.clientX - o.left - t.clientLeft, e.clientY - o.top - t.clientTop];
    }
  }
  return [e.pageX, e.pageY];
}
const Of = { passive: !1 }, Fn = { capture: !0, passive: !1 };
function oo(e) {
  e.stopImmediatePropagation();
}
function un(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Ha(e) {
  var t = e.document.documentElement, n = qe(e).on("dragstart.drag", un, Fn);
  "onselectstart" in t ? n.on("selectstart.drag", un, Fn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Va(e, t) {
  var n = e.document.documentElement, r = qe(e).on("dragstart.drag", null);
  t && (r.on("click.drag", un, Fn), setTimeout(function() {
    r.on("click.drag", null);
  }, 0)), "onselectstart" in n ? r.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
var lr = (e) => () => e;
function Oo(e, {
  sourceEvent: t,
  subject: n,
  target: r,
  identifier: o,
  active: i,
  x: s,
  y: a,
  dx: c,
  dy: u,
  dispatch: d
}) {
  Object.defineProperties(this, {
    type: { value: e, enumerable: !0, configurable: !0 },
    sourceEvent: { value: t, enumerable: !0, configurable: !0 },
    subject: { value: n, enumerable: !0, configurable: !0 },
    target: { value: r, enumerable: !0, configurable: !0 },
    identifier: { value: o, enumerable: !0, configurable: !0 },
    active: { value: i, enumerable: !0, configurable: !0 },
    x: { value: s, enumerable: !0, configurable: !0 },
    y: { value: a, enumerable: !0, configurable: !0 },
    dx: { value: c, enumerable: !0, configurable: !0 },
    dy: { value: u, enumerable: !0, configurable: !0 },
    _: { value: d }
  });
}
Oo.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function If(e) {
  return !e.ctrlKey && !e.button;
}
function Af() {
  return this.parentNode;
}
function zf(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Tf() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Df() {
  var e = If, t = Af, n = zf, r = Tf, o = {}, i = Vr("start", "drag", "end"), s = 0, a, c, u, d, h = 0;
  function f(x) {
    x.on("mousedown.drag", g).filter(r).on("touchstart.drag", m).on("touchmove.drag", w, Of).on("touchend.drag touchcancel.drag", C).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function g(x, S) {
    if (!(d || !e.call(this, x, S))) {
      var O = y(this, t.call(this, x, S), x, S, "mouse");
      O && (qe(x.view).on("mousemove.drag", v, Fn).on("mouseup.drag", p, Fn), Ha(x.view), oo(x), u = !1, a = x.clientX, c = x.clientY, O("start", x));
    }
  }
  function v(x) {
    if (un(x), !u) {
      var S = x.clientX - a, O = x.clientY - c;
      u = S * S + O * O > h;
    }
    o.mouse("drag", x);
  }
  function p(x) {
    qe(x.view).on("mousemove.drag mouseup.drag", null), Va(x.view, u), un(x), o.mouse("end", x);
  }
  function m(x, S) {
    if (e.call(this, x, S)) {
      var O = x.changedTouches, A = t.call(this, x, S), z = O.length, j, X;
      for (j = 0; j < z; ++j)
        (X = y(this, A, x, S, O[j].identifier, O[j])) && (oo(x), X("start", x, O[j]));
    }
  }
  function w(x) {
    var S = x.changedTouches, O = S.length, A, z;
    for (A = 0; A < O; ++A)
      (z = o[S[A].identifier]) && (un(x), z("drag", x, S[A]));
  }
  function C(x) {
    var S = x.changedTouches, O = S.length, A, z;
    for (d && clearTimeout(d), d = setTimeout(function() {
      d = null;
    }, 500), A = 0; A < O; ++A)
      (z = o[S[A].identifier]) && (oo(x), z("end", x, S[A]));
  }
  function y(x, S, O, A, z, j) {
    var X = i.copy(), I = Ue(j || O, S), M, P, b;
    if ((b = n.call(x, new Oo("beforestart", {
      sourceEvent: O,
      target: f,
      identifier: z,
      active: s,
      x: I[0],
      y: I[1],
      dx: 0,
      dy: 0,
      dispatch: X
    }), A)) != null)
      return M = b.x - I[0] || 0, P = b.y - I[1] || 0, function E(k, N, L) {
        var H = I, B;
        switch (k) {
          case "start":
            o[z] = E, B = s++;
            break;
          case "end":
            delete o[z], --s;
          // falls through
          case "drag":
            I = Ue(L || N, S), B = s;
            break;
        }
        X.call(
          k,
          x,
          new Oo(k, {
            sourceEvent: N,
            subject: b,
            target: f,
            identifier: z,
            active: B,
            x: I[0] + M,
            y: I[1] + P,
            dx: I[0] - H[0],
            dy: I[1] - H[1],
            dispatch: X
          }),
          A
        );
      };
  }
  return f.filter = function(x) {
    return arguments.length ? (e = typeof x == "function" ? x : lr(!!x), f) : e;
  }, f.container = function(x) {
    return arguments.length ? (t = typeof x == "function" ? x : lr(x), f) : t;
  }, f.subject = function(x) {
    return arguments.length ? (n = typeof x == "function" ? x : lr(x), f) : n;
  }, f.touchable = function(x) {
    return arguments.length ? (r = typeof x == "function" ? x : lr(!!x), f) : r;
  }, f.on = function() {
    var x = i.on.apply(i, arguments);
    return x === i ? f : x;
  }, f.clickDistance = function(x) {
    return arguments.length ? (h = (x = +x) * x, f) : Math.sqrt(h);
  }, f;
}
function Cn(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function $n(e, t) {
  var n = Object.create(e.prototype);
  for (var r in t) n[r] = t[r];
  return n;
}
function Vt() {
}
var Ut = 0.7, yn = 1 / Ut, dn = "\\s*([+-]?\\d+)\\s*", jn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", st = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Lf = /^#([0-9a-f]{3,8})$/, Rf = new RegExp(`^rgb\\(${dn},${dn},${dn}\\)$`), Hf = new RegExp(`^rgb\\(${st},${st},${st}\\)$`), Vf = new RegExp(`^rgba\\(${dn},${dn},${dn},${jn}\\)$`), Bf = new RegExp(`^rgba\\(${st},${st},${st},${jn}\\)$`), Ff = new RegExp(`^hsl\\(${jn},${st},${st}\\)$`), jf = new RegExp(`^hsla\\(${jn},${st},${st},${jn}\\)$`), Qi = {
  aliceblue: 15792383,
  antiquewhite: 16444375,
  aqua: 65535,
  aquamarine: 8388564,
  azure: 15794175,
  beige: 16119260,
  bisque: 16770244,
  black: 0,
  blanchedalmond: 16772045,
  blue: 255,
  blueviolet: 9055202,
  brown: 10824234,
  burlywood: 14596231,
  cadetblue: 6266528,
  chartreuse: 8388352,
  chocolate: 13789470,
  coral: 16744272,
  cornflowerblue: 6591981,
  cornsilk: 16775388,
  crimson: 14423100,
  cyan: 65535,
  darkblue: 139,
  darkcyan: 35723,
  darkgoldenrod: 12092939,
  darkgray: 11119017,
  darkgreen: 25600,
  darkgrey: 11119017,
  darkkhaki: 12433259,
  darkmagenta: 9109643,
  darkolivegreen: 5597999,
  darkorange: 16747520,
  darkorchid: 10040012,
  darkred: 9109504,
  darksalmon: 15308410,
  darkseagreen: 9419919,
  darkslateblue: 4734347,
  darkslategray: 3100495,
  darkslategrey: 3100495,
  darkturquoise: 52945,
  darkviolet: 9699539,
  deeppink: 16716947,
  deepskyblue: 49151,
  dimgray: 6908265,
  dimgrey: 6908265,
  dodgerblue: 2003199,
  firebrick: 11674146,
  floralwhite: 16775920,
  forestgreen: 2263842,
  fuchsia: 16711935,
  gainsboro: 14474460,
  ghostwhite: 16316671,
  gold: 16766720,
  goldenrod: 14329120,
  gray: 8421504,
  green: 32768,
  greenyellow: 11403055,
  grey: 8421504,
  honeydew: 15794160,
  hotpink: 16738740,
  indianred: 13458524,
  indigo: 4915330,
  ivory: 16777200,
  khaki: 15787660,
  lavender: 15132410,
  lavenderblush: 16773365,
  lawngreen: 8190976,
  lemonchiffon: 16775885,
  lightblue: 11393254,
  lightcoral: 15761536,
  lightcyan: 14745599,
  lightgoldenrodyellow: 16448210,
  lightgray: 13882323,
  lightgreen: 9498256,
  lightgrey: 13882323,
  lightpink: 16758465,
  lightsalmon: 16752762,
  lightseagreen: 2142890,
  lightskyblue: 8900346,
  lightslategray: 7833753,
  lightslategrey: 7833753,
  lightsteelblue: 11584734,
  lightyellow: 16777184,
  lime: 65280,
  limegreen: 3329330,
  linen: 16445670,
  magenta: 16711935,
  maroon: 8388608,
  mediumaquamarine: 6737322,
  mediumblue: 205,
  mediumorchid: 12211667,
  mediumpurple: 9662683,
  mediumseagreen: 3978097,
  mediumslateblue: 8087790,
  mediumspringgreen: 64154,
  mediumturquoise: 4772300,
  mediumvioletred: 13047173,
  midnightblue: 1644912,
  mintcream: 16121850,
  mistyrose: 16770273,
  moccasin: 16770229,
  navajowhite: 16768685,
  navy: 128,
  oldlace: 16643558,
  olive: 8421376,
  olivedrab: 7048739,
  orange: 16753920,
  orangered: 16729344,
  orchid: 14315734,
  palegoldenrod: 15657130,
  palegreen: 10025880,
  paleturquoise: 11529966,
  palevioletred: 14381203,
  papayawhip: 16773077,
  peachpuff: 16767673,
  peru: 13468991,
  pink: 16761035,
  plum: 14524637,
  powderblue: 11591910,
  purple: 8388736,
  rebeccapurple: 6697881,
  red: 16711680,
  rosybrown: 12357519,
  royalblue: 4286945,
  saddlebrown: 9127187,
  salmon: 16416882,
  sandybrown: 16032864,
  seagreen: 3050327,
  seashell: 16774638,
  sienna: 10506797,
  silver: 12632256,
  skyblue: 8900331,
  slateblue: 6970061,
  slategray: 7372944,
  slategrey: 7372944,
  snow: 16775930,
  springgreen: 65407,
  steelblue: 4620980,
  tan: 13808780,
  teal: 32896,
  thistle: 14204888,
  tomato: 16737095,
  turquoise: 4251856,
  violet: 15631086,
  wheat: 16113331,
  white: 16777215,
  whitesmoke: 16119285,
  yellow: 16776960,
  yellowgreen: 10145074
};
Cn(Vt, Qt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: Ji,
  // Deprecated! Use color.formatHex.
  formatHex: Ji,
  formatHex8: Kf,
  formatHsl: Yf,
  formatRgb: $i,
  toString: $i
});
function Ji() {
  return this.rgb().formatHex();
}
function Kf() {
  return this.rgb().formatHex8();
}
function Yf() {
  return Ba(this).formatHsl();
}
function $i() {
  return this.rgb().formatRgb();
}
function Qt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Lf.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? es(t) : n === 3 ? new Oe(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? cr(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? cr(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Rf.exec(e)) ? new Oe(t[1], t[2], t[3], 1) : (t = Hf.exec(e)) ? new Oe(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Vf.exec(e)) ? cr(t[1], t[2], t[3], t[4]) : (t = Bf.exec(e)) ? cr(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Ff.exec(e)) ? rs(t[1], t[2] / 100, t[3] / 100, 1) : (t = jf.exec(e)) ? rs(t[1], t[2] / 100, t[3] / 100, t[4]) : Qi.hasOwnProperty(e) ? es(Qi[e]) : e === "transparent" ? new Oe(NaN, NaN, NaN, 0) : null;
}
function es(e) {
  return new Oe(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function cr(e, t, n, r) {
  return r <= 0 && (e = t = n = NaN), new Oe(e, t, n, r);
}
function oi(e) {
  return e instanceof Vt || (e = Qt(e)), e ? (e = e.rgb(), new Oe(e.r, e.g, e.b, e.opacity)) : new Oe();
}
function Io(e, t, n, r) {
  return arguments.length === 1 ? oi(e) : new Oe(e, t, n, r ?? 1);
}
function Oe(e, t, n, r) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +r;
}
Cn(Oe, Io, $n(Vt, {
  brighter(e) {
    return e = e == null ? yn : Math.pow(yn, e), new Oe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Ut : Math.pow(Ut, e), new Oe(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Oe(Wt(this.r), Wt(this.g), Wt(this.b), _r(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: ts,
  // Deprecated! Use color.formatHex.
  formatHex: ts,
  formatHex8: Xf,
  formatRgb: ns,
  toString: ns
}));
function ts() {
  return `#${Kt(this.r)}${Kt(this.g)}${Kt(this.b)}`;
}
function Xf() {
  return `#${Kt(this.r)}${Kt(this.g)}${Kt(this.b)}${Kt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function ns() {
  const e = _r(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Wt(this.r)}, ${Wt(this.g)}, ${Wt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function _r(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Wt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Kt(e) {
  return e = Wt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function rs(e, t, n, r) {
  return r <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Qe(e, t, n, r);
}
function Ba(e) {
  if (e instanceof Qe) return new Qe(e.h, e.s, e.l, e.opacity);
  if (e instanceof Vt || (e = Qt(e)), !e) return new Qe();
  if (e instanceof Qe) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, r = e.b / 255, o = Math.min(t, n, r), i = Math.max(t, n, r), s = NaN, a = i - o, c = (i + o) / 2;
  return a ? (t === i ? s = (n - r) / a + (n < r) * 6 : n === i ? s = (r - t) / a + 2 : s = (t - n) / a + 4, a /= c < 0.5 ? i + o : 2 - i - o, s *= 60) : a = c > 0 && c < 1 ? 0 : s, new Qe(s, a, c, e.opacity);
}
function Zf(e, t, n, r) {
  return arguments.length === 1 ? Ba(e) : new Qe(e, t, n, r ?? 1);
}
function Qe(e, t, n, r) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
Cn(Qe, Zf, $n(Vt, {
  brighter(e) {
    return e = e == null ? yn : Math.pow(yn, e), new Qe(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Ut : Math.pow(Ut, e), new Qe(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, r = n + (n < 0.5 ? n : 1 - n) * t, o = 2 * n - r;
    return new Oe(
      io(e >= 240 ? e - 240 : e + 120, o, r),
      io(e, o, r),
      io(e < 120 ? e + 240 : e - 120, o, r),
      this.opacity
    );
  },
  clamp() {
    return new Qe(os(this.h), ur(this.s), ur(this.l), _r(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = _r(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${os(this.h)}, ${ur(this.s) * 100}%, ${ur(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function os(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function ur(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function io(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Fa = Math.PI / 180, ja = 180 / Math.PI, xr = 18, Ka = 0.96422, Ya = 1, Xa = 0.82521, Za = 4 / 29, fn = 6 / 29, Wa = 3 * fn * fn, Wf = fn * fn * fn;
function qa(e) {
  if (e instanceof at) return new at(e.l, e.a, e.b, e.opacity);
  if (e instanceof bt) return Ga(e);
  e instanceof Oe || (e = oi(e));
  var t = co(e.r), n = co(e.g), r = co(e.b), o = so((0.2225045 * t + 0.7168786 * n + 0.0606169 * r) / Ya), i, s;
  return t === n && n === r ? i = s = o : (i = so((0.4360747 * t + 0.3850649 * n + 0.1430804 * r) / Ka), s = so((0.0139322 * t + 0.0971045 * n + 0.7141733 * r) / Xa)), new at(116 * o - 16, 500 * (i - o), 200 * (o - s), e.opacity);
}
function qf(e, t, n, r) {
  return arguments.length === 1 ? qa(e) : new at(e, t, n, r ?? 1);
}
function at(e, t, n, r) {
  this.l = +e, this.a = +t, this.b = +n, this.opacity = +r;
}
Cn(at, qf, $n(Vt, {
  brighter(e) {
    return new at(this.l + xr * (e ?? 1), this.a, this.b, this.opacity);
  },
  darker(e) {
    return new at(this.l - xr * (e ?? 1), this.a, this.b, this.opacity);
  },
  rgb() {
    var e = (this.l + 16) / 116, t = isNaN(this.a) ? e : e + this.a / 500, n = isNaN(this.b) ? e : e - this.b / 200;
    return t = Ka * ao(t), e = Ya * ao(e), n = Xa * ao(n), new Oe(
      lo(3.1338561 * t - 1.6168667 * e - 0.4906146 * n),
      lo(-0.9787684 * t + 1.9161415 * e + 0.033454 * n),
      lo(0.0719453 * t - 0.2289914 * e + 1.4052427 * n),
      this.opacity
    );
  }
}));
function so(e) {
  return e > Wf ? Math.pow(e, 1 / 3) : e / Wa + Za;
}
function ao(e) {
  return e > fn ? e * e * e : Wa * (e - Za);
}
function lo(e) {
  return 255 * (e <= 31308e-7 ? 12.92 * e : 1.055 * Math.pow(e, 1 / 2.4) - 0.055);
}
function co(e) {
  return (e /= 255) <= 0.04045 ? e / 12.92 : Math.pow((e + 0.055) / 1.055, 2.4);
}
function Gf(e) {
  if (e instanceof bt) return new bt(e.h, e.c, e.l, e.opacity);
  if (e instanceof at || (e = qa(e)), e.a === 0 && e.b === 0) return new bt(NaN, 0 < e.l && e.l < 100 ? 0 : NaN, e.l, e.opacity);
  var t = Math.atan2(e.b, e.a) * ja;
  return new bt(t < 0 ? t + 360 : t, Math.sqrt(e.a * e.a + e.b * e.b), e.l, e.opacity);
}
function Uf(e, t, n, r) {
  return arguments.length === 1 ? Gf(e) : new bt(e, t, n, r ?? 1);
}
function bt(e, t, n, r) {
  this.h = +e, this.c = +t, this.l = +n, this.opacity = +r;
}
function Ga(e) {
  if (isNaN(e.h)) return new at(e.l, 0, 0, e.opacity);
  var t = e.h * Fa;
  return new at(e.l, Math.cos(t) * e.c, Math.sin(t) * e.c, e.opacity);
}
Cn(bt, Uf, $n(Vt, {
  brighter(e) {
    return new bt(this.h, this.c, this.l + xr * (e ?? 1), this.opacity);
  },
  darker(e) {
    return new bt(this.h, this.c, this.l - xr * (e ?? 1), this.opacity);
  },
  rgb() {
    return Ga(this).rgb();
  }
}));
var Ua = -0.14861, ii = 1.78277, si = -0.29227, Fr = -0.90649, Kn = 1.97294, is = Kn * Fr, ss = Kn * ii, as = ii * si - Fr * Ua;
function Qf(e) {
  if (e instanceof qt) return new qt(e.h, e.s, e.l, e.opacity);
  e instanceof Oe || (e = oi(e));
  var t = e.r / 255, n = e.g / 255, r = e.b / 255, o = (as * r + is * t - ss * n) / (as + is - ss), i = r - o, s = (Kn * (n - o) - si * i) / Fr, a = Math.sqrt(s * s + i * i) / (Kn * o * (1 - o)), c = a ? Math.atan2(s, i) * ja - 120 : NaN;
  return new qt(c < 0 ? c + 360 : c, a, o, e.opacity);
}
function Ao(e, t, n, r) {
  return arguments.length === 1 ? Qf(e) : new qt(e, t, n, r ?? 1);
}
function qt(e, t, n, r) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
Cn(qt, Ao, $n(Vt, {
  brighter(e) {
    return e = e == null ? yn : Math.pow(yn, e), new qt(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Ut : Math.pow(Ut, e), new qt(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = isNaN(this.h) ? 0 : (this.h + 120) * Fa, t = +this.l, n = isNaN(this.s) ? 0 : this.s * t * (1 - t), r = Math.cos(e), o = Math.sin(e);
    return new Oe(
      255 * (t + n * (Ua * r + ii * o)),
      255 * (t + n * (si * r + Fr * o)),
      255 * (t + n * (Kn * r)),
      this.opacity
    );
  }
}));
var jr = (e) => () => e;
function Qa(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Jf(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(r) {
    return Math.pow(e + r * t, n);
  };
}
function $f(e, t) {
  var n = t - e;
  return n ? Qa(e, n > 180 || n < -180 ? n - 360 * Math.round(n / 360) : n) : jr(isNaN(e) ? t : e);
}
function eh(e) {
  return (e = +e) == 1 ? hn : function(t, n) {
    return n - t ? Jf(t, n, e) : jr(isNaN(t) ? n : t);
  };
}
function hn(e, t) {
  var n = t - e;
  return n ? Qa(e, n) : jr(isNaN(e) ? t : e);
}
var Er = (function e(t) {
  var n = eh(t);
  function r(o, i) {
    var s = n((o = Io(o)).r, (i = Io(i)).r), a = n(o.g, i.g), c = n(o.b, i.b), u = hn(o.opacity, i.opacity);
    return function(d) {
      return o.r = s(d), o.g = a(d), o.b = c(d), o.opacity = u(d), o + "";
    };
  }
  return r.gamma = e, r;
})(1);
function th(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, r = t.slice(), o;
  return function(i) {
    for (o = 0; o < n; ++o) r[o] = e[o] * (1 - i) + t[o] * i;
    return r;
  };
}
function nh(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function rh(e, t) {
  var n = t ? t.length : 0, r = e ? Math.min(n, e.length) : 0, o = new Array(r), i = new Array(n), s;
  for (s = 0; s < r; ++s) o[s] = Bn(e[s], t[s]);
  for (; s < n; ++s) i[s] = t[s];
  return function(a) {
    for (s = 0; s < r; ++s) i[s] = o[s](a);
    return i;
  };
}
function oh(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(r) {
    return n.setTime(e * (1 - r) + t * r), n;
  };
}
function ot(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function ih(e, t) {
  var n = {}, r = {}, o;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (o in t)
    o in e ? n[o] = Bn(e[o], t[o]) : r[o] = t[o];
  return function(i) {
    for (o in n) r[o] = n[o](i);
    return r;
  };
}
var zo = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, uo = new RegExp(zo.source, "g");
function sh(e) {
  return function() {
    return e;
  };
}
function ah(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Ja(e, t) {
  var n = zo.lastIndex = uo.lastIndex = 0, r, o, i, s = -1, a = [], c = [];
  for (e = e + "", t = t + ""; (r = zo.exec(e)) && (o = uo.exec(t)); )
    (i = o.index) > n && (i = t.slice(n, i), a[s] ? a[s] += i : a[++s] = i), (r = r[0]) === (o = o[0]) ? a[s] ? a[s] += o : a[++s] = o : (a[++s] = null, c.push({ i: s, x: ot(r, o) })), n = uo.lastIndex;
  return n < t.length && (i = t.slice(n), a[s] ? a[s] += i : a[++s] = i), a.length < 2 ? c[0] ? ah(c[0].x) : sh(t) : (t = c.length, function(u) {
    for (var d = 0, h; d < t; ++d) a[(h = c[d]).i] = h.x(u);
    return a.join("");
  });
}
function Bn(e, t) {
  var n = typeof t, r;
  return t == null || n === "boolean" ? jr(t) : (n === "number" ? ot : n === "string" ? (r = Qt(t)) ? (t = r, Er) : Ja : t instanceof Qt ? Er : t instanceof Date ? oh : nh(t) ? th : Array.isArray(t) ? rh : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? ih : ot)(e, t);
}
var ls = 180 / Math.PI, To = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function $a(e, t, n, r, o, i) {
  var s, a, c;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (c = e * n + t * r) && (n -= e * c, r -= t * c), (a = Math.sqrt(n * n + r * r)) && (n /= a, r /= a, c /= a), e * r < t * n && (e = -e, t = -t, c = -c, s = -s), {
    translateX: o,
    translateY: i,
    rotate: Math.atan2(t, e) * ls,
    skewX: Math.atan(c) * ls,
    scaleX: s,
    scaleY: a
  };
}
var dr;
function lh(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? To : $a(t.a, t.b, t.c, t.d, t.e, t.f);
}
function ch(e) {
  return e == null || (dr || (dr = document.createElementNS("http://www.w3.org/2000/svg", "g")), dr.setAttribute("transform", e), !(e = dr.transform.baseVal.consolidate())) ? To : (e = e.matrix, $a(e.a, e.b, e.c, e.d, e.e, e.f));
}
function el(e, t, n, r) {
  function o(u) {
    return u.length ? u.pop() + " " : "";
  }
  function i(u, d, h, f, g, v) {
    if (u !== h || d !== f) {
      var p = g.push("translate(", null, t, null, n);
      v.push({ i: p - 4, x: ot(u, h) }, { i: p - 2, x: ot(d, f) });
    } else (h || f) && g.push("translate(" + h + t + f + n);
  }
  function s(u, d, h, f) {
    u !== d ? (u - d > 180 ? d += 360 : d - u > 180 && (u += 360), f.push({ i: h.push(o(h) + "rotate(", null, r) - 2, x: ot(u, d) })) : d && h.push(o(h) + "rotate(" + d + r);
  }
  function a(u, d, h, f) {
    u !== d ? f.push({ i: h.push(o(h) + "skewX(", null, r) - 2, x: ot(u, d) }) : d && h.push(o(h) + "skewX(" + d + r);
  }
  function c(u, d, h, f, g, v) {
    if (u !== h || d !== f) {
      var p = g.push(o(g) + "scale(", null, ",", null, ")");
      v.push({ i: p - 4, x: ot(u, h) }, { i: p - 2, x: ot(d, f) });
    } else (h !== 1 || f !== 1) && g.push(o(g) + "scale(" + h + "," + f + ")");
  }
  return function(u, d) {
    var h = [], f = [];
    return u = e(u), d = e(d), i(u.translateX, u.translateY, d.translateX, d.translateY, h, f), s(u.rotate, d.rotate, h, f), a(u.skewX, d.skewX, h, f), c(u.scaleX, u.scaleY, d.scaleX, d.scaleY, h, f), u = d = null, function(g) {
      for (var v = -1, p = f.length, m; ++v < p; ) h[(m = f[v]).i] = m.x(g);
      return h.join("");
    };
  };
}
var uh = el(lh, "px, ", "px)", "deg)"), dh = el(ch, ", ", ")", ")"), fh = 1e-12;
function cs(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function hh(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function gh(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
var vr = (function e(t, n, r) {
  function o(i, s) {
    var a = i[0], c = i[1], u = i[2], d = s[0], h = s[1], f = s[2], g = d - a, v = h - c, p = g * g + v * v, m, w;
    if (p < fh)
      w = Math.log(f / u) / t, m = function(A) {
        return [
          a + A * g,
          c + A * v,
          u * Math.exp(t * A * w)
        ];
      };
    else {
      var C = Math.sqrt(p), y = (f * f - u * u + r * p) / (2 * u * n * C), x = (f * f - u * u - r * p) / (2 * f * n * C), S = Math.log(Math.sqrt(y * y + 1) - y), O = Math.log(Math.sqrt(x * x + 1) - x);
      w = (O - S) / t, m = function(A) {
        var z = A * w, j = cs(S), X = u / (n * C) * (j * gh(t * z + S) - hh(S));
        return [
          a + X * g,
          c + X * v,
          u * j / cs(t * z + S)
        ];
      };
    }
    return m.duration = Math.abs(w) * 1e3 * t / Math.SQRT2, m;
  }
  return o.rho = function(i) {
    var s = Math.max(1e-3, +i), a = s * s, c = a * a;
    return e(s, a, c);
  }, o;
})(Math.SQRT2, 2, 4);
function tl(e) {
  return (function t(n) {
    n = +n;
    function r(o, i) {
      var s = e((o = Ao(o)).h, (i = Ao(i)).h), a = hn(o.s, i.s), c = hn(o.l, i.l), u = hn(o.opacity, i.opacity);
      return function(d) {
        return o.h = s(d), o.s = a(d), o.l = c(Math.pow(d, n)), o.opacity = u(d), o + "";
      };
    }
    return r.gamma = t, r;
  })(1);
}
tl($f);
tl(hn);
var bn = 0, Ln = 0, An = 0, nl = 1e3, kr, Rn, Nr = 0, Jt = 0, Kr = 0, Yn = typeof performance == "object" && performance.now ? performance : Date, rl = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function ai() {
  return Jt || (rl(vh), Jt = Yn.now() + Kr);
}
function vh() {
  Jt = 0;
}
function Sr() {
  this._call = this._time = this._next = null;
}
Sr.prototype = ol.prototype = {
  constructor: Sr,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? ai() : +n) + (t == null ? 0 : +t), !this._next && Rn !== this && (Rn ? Rn._next = this : kr = this, Rn = this), this._call = e, this._time = n, Do();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Do());
  }
};
function ol(e, t, n) {
  var r = new Sr();
  return r.restart(e, t, n), r;
}
function ph() {
  ai(), ++bn;
  for (var e = kr, t; e; )
    (t = Jt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --bn;
}
function us() {
  Jt = (Nr = Yn.now()) + Kr, bn = Ln = 0;
  try {
    ph();
  } finally {
    bn = 0, yh(), Jt = 0;
  }
}
function mh() {
  var e = Yn.now(), t = e - Nr;
  t > nl && (Kr -= t, Nr = e);
}
function yh() {
  for (var e, t = kr, n, r = 1 / 0; t; )
    t._call ? (r > t._time && (r = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : kr = n);
  Rn = e, Do(r);
}
function Do(e) {
  if (!bn) {
    Ln && (Ln = clearTimeout(Ln));
    var t = e - Jt;
    t > 24 ? (e < 1 / 0 && (Ln = setTimeout(us, Math.ceil(e - Yn.now() - Kr) + 1)), An && (An = clearInterval(An))) : (An || (Nr = Yn.now(), An = setInterval(mh, nl)), bn = 1, rl(us));
  }
}
function ds(e, t, n) {
  var r = new Sr();
  return t = t == null ? 0 : +t, r.restart((o) => {
    r.stop(), e(o + t);
  }, t, n), r;
}
function bh(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var li = 3;
(function e(t) {
  t = +t;
  function n(r) {
    return Math.pow(r, t);
  }
  return n.exponent = e, n;
})(li);
(function e(t) {
  t = +t;
  function n(r) {
    return 1 - Math.pow(1 - r, t);
  }
  return n.exponent = e, n;
})(li);
(function e(t) {
  t = +t;
  function n(r) {
    return ((r *= 2) <= 1 ? Math.pow(r, t) : 2 - Math.pow(2 - r, t)) / 2;
  }
  return n.exponent = e, n;
})(li);
function Cr(e) {
  return (Math.pow(2, -10 * e) - 9765625e-10) * 1.0009775171065494;
}
var ci = 1.70158;
(function e(t) {
  t = +t;
  function n(r) {
    return (r = +r) * r * (t * (r - 1) + r);
  }
  return n.overshoot = e, n;
})(ci);
(function e(t) {
  t = +t;
  function n(r) {
    return --r * r * ((r + 1) * t + r) + 1;
  }
  return n.overshoot = e, n;
})(ci);
(function e(t) {
  t = +t;
  function n(r) {
    return ((r *= 2) < 1 ? r * r * ((t + 1) * r - t) : (r -= 2) * r * ((t + 1) * r + t) + 2) / 2;
  }
  return n.overshoot = e, n;
})(ci);
var wn = 2 * Math.PI, ui = 1, di = 0.3;
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= wn);
  function o(i) {
    return t * Cr(- --i) * Math.sin((r - i) / n);
  }
  return o.amplitude = function(i) {
    return e(i, n * wn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(ui, di);
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= wn);
  function o(i) {
    return 1 - t * Cr(i = +i) * Math.sin((i + r) / n);
  }
  return o.amplitude = function(i) {
    return e(i, n * wn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(ui, di);
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= wn);
  function o(i) {
    return ((i = i * 2 - 1) < 0 ? t * Cr(-i) * Math.sin((r - i) / n) : 2 - t * Cr(i) * Math.sin((r + i) / n)) / 2;
  }
  return o.amplitude = function(i) {
    return e(i, n * wn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(ui, di);
var wh = Vr("start", "end", "cancel", "interrupt"), _h = [], il = 0, fs = 1, Lo = 2, pr = 3, hs = 4, Ro = 5, mr = 6;
function Yr(e, t, n, r, o, i) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  xh(e, n, {
    name: t,
    index: r,
    // For context during callback.
    group: o,
    // For context during callback.
    on: wh,
    tween: _h,
    time: i.time,
    delay: i.delay,
    duration: i.duration,
    ease: i.ease,
    timer: null,
    state: il
  });
}
function fi(e, t) {
  var n = $e(e, t);
  if (n.state > il) throw new Error("too late; already scheduled");
  return n;
}
function ut(e, t) {
  var n = $e(e, t);
  if (n.state > pr) throw new Error("too late; already running");
  return n;
}
function $e(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function xh(e, t, n) {
  var r = e.__transition, o;
  r[t] = n, n.timer = ol(i, 0, n.time);
  function i(u) {
    n.state = fs, n.timer.restart(s, n.delay, n.time), n.delay <= u && s(u - n.delay);
  }
  function s(u) {
    var d, h, f, g;
    if (n.state !== fs) return c();
    for (d in r)
      if (g = r[d], g.name === n.name) {
        if (g.state === pr) return ds(s);
        g.state === hs ? (g.state = mr, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete r[d]) : +d < t && (g.state = mr, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete r[d]);
      }
    if (ds(function() {
      n.state === pr && (n.state = hs, n.timer.restart(a, n.delay, n.time), a(u));
    }), n.state = Lo, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Lo) {
      for (n.state = pr, o = new Array(f = n.tween.length), d = 0, h = -1; d < f; ++d)
        (g = n.tween[d].value.call(e, e.__data__, n.index, n.group)) && (o[++h] = g);
      o.length = h + 1;
    }
  }
  function a(u) {
    for (var d = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(c), n.state = Ro, 1), h = -1, f = o.length; ++h < f; )
      o[h].call(e, d);
    n.state === Ro && (n.on.call("end", e, e.__data__, n.index, n.group), c());
  }
  function c() {
    n.state = mr, n.timer.stop(), delete r[t];
    for (var u in r) return;
    delete e.__transition;
  }
}
function yr(e, t) {
  var n = e.__transition, r, o, i = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((r = n[s]).name !== t) {
        i = !1;
        continue;
      }
      o = r.state > Lo && r.state < Ro, r.state = mr, r.timer.stop(), r.on.call(o ? "interrupt" : "cancel", e, e.__data__, r.index, r.group), delete n[s];
    }
    i && delete e.__transition;
  }
}
function Eh(e) {
  return this.each(function() {
    yr(this, e);
  });
}
function kh(e, t) {
  var n, r;
  return function() {
    var o = ut(this, e), i = o.tween;
    if (i !== n) {
      r = n = i;
      for (var s = 0, a = r.length; s < a; ++s)
        if (r[s].name === t) {
          r = r.slice(), r.splice(s, 1);
          break;
        }
    }
    o.tween = r;
  };
}
function Nh(e, t, n) {
  var r, o;
  if (typeof n != "function") throw new Error();
  return function() {
    var i = ut(this, e), s = i.tween;
    if (s !== r) {
      o = (r = s).slice();
      for (var a = { name: t, value: n }, c = 0, u = o.length; c < u; ++c)
        if (o[c].name === t) {
          o[c] = a;
          break;
        }
      c === u && o.push(a);
    }
    i.tween = o;
  };
}
function Sh(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var r = $e(this.node(), n).tween, o = 0, i = r.length, s; o < i; ++o)
      if ((s = r[o]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? kh : Nh)(n, e, t));
}
function hi(e, t, n) {
  var r = e._id;
  return e.each(function() {
    var o = ut(this, r);
    (o.value || (o.value = {}))[t] = n.apply(this, arguments);
  }), function(o) {
    return $e(o, r).value[t];
  };
}
function sl(e, t) {
  var n;
  return (typeof t == "number" ? ot : t instanceof Qt ? Er : (n = Qt(t)) ? (t = n, Er) : Ja)(e, t);
}
function Ch(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Mh(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Ph(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = this.getAttribute(e);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function Oh(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function Ih(e, t, n) {
  var r, o, i;
  return function() {
    var s, a = n(this), c;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), c = a + "", s === c ? null : s === r && c === o ? i : (o = c, i = t(r = s, a)));
  };
}
function Ah(e, t, n) {
  var r, o, i;
  return function() {
    var s, a = n(this), c;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), c = a + "", s === c ? null : s === r && c === o ? i : (o = c, i = t(r = s, a)));
  };
}
function zh(e, t) {
  var n = Br(e), r = n === "transform" ? dh : sl;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Ah : Ih)(n, r, hi(this, "attr." + e, t)) : t == null ? (n.local ? Mh : Ch)(n) : (n.local ? Oh : Ph)(n, r, t));
}
function Th(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Dh(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Lh(e, t) {
  var n, r;
  function o() {
    var i = t.apply(this, arguments);
    return i !== r && (n = (r = i) && Dh(e, i)), n;
  }
  return o._value = t, o;
}
function Rh(e, t) {
  var n, r;
  function o() {
    var i = t.apply(this, arguments);
    return i !== r && (n = (r = i) && Th(e, i)), n;
  }
  return o._value = t, o;
}
function Hh(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var r = Br(e);
  return this.tween(n, (r.local ? Lh : Rh)(r, t));
}
function Vh(e, t) {
  return function() {
    fi(this, e).delay = +t.apply(this, arguments);
  };
}
function Bh(e, t) {
  return t = +t, function() {
    fi(this, e).delay = t;
  };
}
function Fh(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Vh : Bh)(t, e)) : $e(this.node(), t).delay;
}
function jh(e, t) {
  return function() {
    ut(this, e).duration = +t.apply(this, arguments);
  };
}
function Kh(e, t) {
  return t = +t, function() {
    ut(this, e).duration = t;
  };
}
function Yh(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? jh : Kh)(t, e)) : $e(this.node(), t).duration;
}
function Xh(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    ut(this, e).ease = t;
  };
}
function Zh(e) {
  var t = this._id;
  return arguments.length ? this.each(Xh(t, e)) : $e(this.node(), t).ease;
}
function Wh(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    ut(this, e).ease = n;
  };
}
function qh(e) {
  if (typeof e != "function") throw new Error();
  return this.each(Wh(this._id, e));
}
function Gh(e) {
  typeof e != "function" && (e = Ma(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = [], c, u = 0; u < s; ++u)
      (c = i[u]) && e.call(c, c.__data__, u, i) && a.push(c);
  return new xt(r, this._parents, this._name, this._id);
}
function Uh(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, r = t.length, o = n.length, i = Math.min(r, o), s = new Array(r), a = 0; a < i; ++a)
    for (var c = t[a], u = n[a], d = c.length, h = s[a] = new Array(d), f, g = 0; g < d; ++g)
      (f = c[g] || u[g]) && (h[g] = f);
  for (; a < r; ++a)
    s[a] = t[a];
  return new xt(s, this._parents, this._name, this._id);
}
function Qh(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Jh(e, t, n) {
  var r, o, i = Qh(t) ? fi : ut;
  return function() {
    var s = i(this, e), a = s.on;
    a !== r && (o = (r = a).copy()).on(t, n), s.on = o;
  };
}
function $h(e, t) {
  var n = this._id;
  return arguments.length < 2 ? $e(this.node(), n).on.on(e) : this.each(Jh(n, e, t));
}
function eg(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function tg() {
  return this.on("end.remove", eg(this._id));
}
function ng(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = ni(e));
  for (var r = this._groups, o = r.length, i = new Array(o), s = 0; s < o; ++s)
    for (var a = r[s], c = a.length, u = i[s] = new Array(c), d, h, f = 0; f < c; ++f)
      (d = a[f]) && (h = e.call(d, d.__data__, f, a)) && ("__data__" in d && (h.__data__ = d.__data__), u[f] = h, Yr(u[f], t, n, f, u, $e(d, n)));
  return new xt(i, this._parents, t, n);
}
function rg(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Ca(e));
  for (var r = this._groups, o = r.length, i = [], s = [], a = 0; a < o; ++a)
    for (var c = r[a], u = c.length, d, h = 0; h < u; ++h)
      if (d = c[h]) {
        for (var f = e.call(d, d.__data__, h, c), g, v = $e(d, n), p = 0, m = f.length; p < m; ++p)
          (g = f[p]) && Yr(g, t, n, p, f, v);
        i.push(f), s.push(d);
      }
  return new xt(i, s, t, n);
}
var og = Jn.prototype.constructor;
function ig() {
  return new og(this._groups, this._parents);
}
function sg(e, t) {
  var n, r, o;
  return function() {
    var i = mn(this, e), s = (this.style.removeProperty(e), mn(this, e));
    return i === s ? null : i === n && s === r ? o : o = t(n = i, r = s);
  };
}
function al(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function ag(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = mn(this, e);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function lg(e, t, n) {
  var r, o, i;
  return function() {
    var s = mn(this, e), a = n(this), c = a + "";
    return a == null && (c = a = (this.style.removeProperty(e), mn(this, e))), s === c ? null : s === r && c === o ? i : (o = c, i = t(r = s, a));
  };
}
function cg(e, t) {
  var n, r, o, i = "style." + t, s = "end." + i, a;
  return function() {
    var c = ut(this, e), u = c.on, d = c.value[i] == null ? a || (a = al(t)) : void 0;
    (u !== n || o !== d) && (r = (n = u).copy()).on(s, o = d), c.on = r;
  };
}
function ug(e, t, n) {
  var r = (e += "") == "transform" ? uh : sl;
  return t == null ? this.styleTween(e, sg(e, r)).on("end.style." + e, al(e)) : typeof t == "function" ? this.styleTween(e, lg(e, r, hi(this, "style." + e, t))).each(cg(this._id, e)) : this.styleTween(e, ag(e, r, t), n).on("end.style." + e, null);
}
function dg(e, t, n) {
  return function(r) {
    this.style.setProperty(e, t.call(this, r), n);
  };
}
function fg(e, t, n) {
  var r, o;
  function i() {
    var s = t.apply(this, arguments);
    return s !== o && (r = (o = s) && dg(e, s, n)), r;
  }
  return i._value = t, i;
}
function hg(e, t, n) {
  var r = "style." + (e += "");
  if (arguments.length < 2) return (r = this.tween(r)) && r._value;
  if (t == null) return this.tween(r, null);
  if (typeof t != "function") throw new Error();
  return this.tween(r, fg(e, t, n ?? ""));
}
function gg(e) {
  return function() {
    this.textContent = e;
  };
}
function vg(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function pg(e) {
  return this.tween("text", typeof e == "function" ? vg(hi(this, "text", e)) : gg(e == null ? "" : e + ""));
}
function mg(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function yg(e) {
  var t, n;
  function r() {
    var o = e.apply(this, arguments);
    return o !== n && (t = (n = o) && mg(o)), t;
  }
  return r._value = e, r;
}
function bg(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, yg(e));
}
function wg() {
  for (var e = this._name, t = this._id, n = ll(), r = this._groups, o = r.length, i = 0; i < o; ++i)
    for (var s = r[i], a = s.length, c, u = 0; u < a; ++u)
      if (c = s[u]) {
        var d = $e(c, t);
        Yr(c, e, n, u, s, {
          time: d.time + d.delay + d.duration,
          delay: 0,
          duration: d.duration,
          ease: d.ease
        });
      }
  return new xt(r, this._parents, e, n);
}
function _g() {
  var e, t, n = this, r = n._id, o = n.size();
  return new Promise(function(i, s) {
    var a = { value: s }, c = { value: function() {
      --o === 0 && i();
    } };
    n.each(function() {
      var u = ut(this, r), d = u.on;
      d !== e && (t = (e = d).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(c)), u.on = t;
    }), o === 0 && i();
  });
}
var xg = 0;
function xt(e, t, n, r) {
  this._groups = e, this._parents = t, this._name = n, this._id = r;
}
function ll() {
  return ++xg;
}
var pt = Jn.prototype;
xt.prototype = {
  constructor: xt,
  select: ng,
  selectAll: rg,
  selectChild: pt.selectChild,
  selectChildren: pt.selectChildren,
  filter: Gh,
  merge: Uh,
  selection: ig,
  transition: wg,
  call: pt.call,
  nodes: pt.nodes,
  node: pt.node,
  size: pt.size,
  empty: pt.empty,
  each: pt.each,
  on: $h,
  attr: zh,
  attrTween: Hh,
  style: ug,
  styleTween: hg,
  text: pg,
  textTween: bg,
  remove: tg,
  tween: Sh,
  delay: Fh,
  duration: Yh,
  ease: Zh,
  easeVarying: qh,
  end: _g,
  [Symbol.iterator]: pt[Symbol.iterator]
};
var Eg = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: bh
};
function kg(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function Ng(e) {
  var t, n;
  e instanceof xt ? (t = e._id, e = e._name) : (t = ll(), (n = Eg).time = ai(), e = e == null ? null : e + "");
  for (var r = this._groups, o = r.length, i = 0; i < o; ++i)
    for (var s = r[i], a = s.length, c, u = 0; u < a; ++u)
      (c = s[u]) && Yr(c, e, t, u, s, n || kg(c, t));
  return new xt(r, this._parents, e, t);
}
Jn.prototype.interrupt = Eh;
Jn.prototype.transition = Ng;
var fr = (e) => () => e;
function Sg(e, {
  sourceEvent: t,
  target: n,
  transform: r,
  dispatch: o
}) {
  Object.defineProperties(this, {
    type: { value: e, enumerable: !0, configurable: !0 },
    sourceEvent: { value: t, enumerable: !0, configurable: !0 },
    target: { value: n, enumerable: !0, configurable: !0 },
    transform: { value: r, enumerable: !0, configurable: !0 },
    _: { value: o }
  });
}
function wt(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
wt.prototype = {
  constructor: wt,
  scale: function(e) {
    return e === 1 ? this : new wt(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new wt(this.k, this.x + this.k * e, this.y + this.k * t);
  },
  apply: function(e) {
    return [e[0] * this.k + this.x, e[1] * this.k + this.y];
  },
  applyX: function(e) {
    return e * this.k + this.x;
  },
  applyY: function(e) {
    return e * this.k + this.y;
  },
  invert: function(e) {
    return [(e[0] - this.x) / this.k, (e[1] - this.y) / this.k];
  },
  invertX: function(e) {
    return (e - this.x) / this.k;
  },
  invertY: function(e) {
    return (e - this.y) / this.k;
  },
  rescaleX: function(e) {
    return e.copy().domain(e.range().map(this.invertX, this).map(e.invert, e));
  },
  rescaleY: function(e) {
    return e.copy().domain(e.range().map(this.invertY, this).map(e.invert, e));
  },
  toString: function() {
    return "translate(" + this.x + "," + this.y + ") scale(" + this.k + ")";
  }
};
var Xr = new wt(1, 0, 0);
cl.prototype = wt.prototype;
function cl(e) {
  for (; !e.__zoom; ) if (!(e = e.parentNode)) return Xr;
  return e.__zoom;
}
function fo(e) {
  e.stopImmediatePropagation();
}
function zn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Cg(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Mg() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function gs() {
  return this.__zoom || Xr;
}
function Pg(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Og() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Ig(e, t, n) {
  var r = e.invertX(t[0][0]) - n[0][0], o = e.invertX(t[1][0]) - n[1][0], i = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    o > r ? (r + o) / 2 : Math.min(0, r) || Math.max(0, o),
    s > i ? (i + s) / 2 : Math.min(0, i) || Math.max(0, s)
  );
}
function ul() {
  var e = Cg, t = Mg, n = Ig, r = Pg, o = Og, i = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, c = vr, u = Vr("start", "zoom", "end"), d, h, f, g = 500, v = 150, p = 0, m = 10;
  function w(b) {
    b.property("__zoom", gs).on("wheel.zoom", z, { passive: !1 }).on("mousedown.zoom", j).on("dblclick.zoom", X).filter(o).on("touchstart.zoom", I).on("touchmove.zoom", M).on("touchend.zoom touchcancel.zoom", P).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  w.transform = function(b, E, k, N) {
    var L = b.selection ? b.selection() : b;
    L.property("__zoom", gs), b !== L ? S(b, E, k, N) : L.interrupt().each(function() {
      O(this, arguments).event(N).start().zoom(null, typeof E == "function" ? E.apply(this, arguments) : E).end();
    });
  }, w.scaleBy = function(b, E, k, N) {
    w.scaleTo(b, function() {
      var L = this.__zoom.k, H = typeof E == "function" ? E.apply(this, arguments) : E;
      return L * H;
    }, k, N);
  }, w.scaleTo = function(b, E, k, N) {
    w.transform(b, function() {
      var L = t.apply(this, arguments), H = this.__zoom, B = k == null ? x(L) : typeof k == "function" ? k.apply(this, arguments) : k, Z = H.invert(B), te = typeof E == "function" ? E.apply(this, arguments) : E;
      return n(y(C(H, te), B, Z), L, s);
    }, k, N);
  }, w.translateBy = function(b, E, k, N) {
    w.transform(b, function() {
      return n(this.__zoom.translate(
        typeof E == "function" ? E.apply(this, arguments) : E,
        typeof k == "function" ? k.apply(this, arguments) : k
      ), t.apply(this, arguments), s);
    }, null, N);
  }, w.translateTo = function(b, E, k, N, L) {
    w.transform(b, function() {
      var H = t.apply(this, arguments), B = this.__zoom, Z = N == null ? x(H) : typeof N == "function" ? N.apply(this, arguments) : N;
      return n(Xr.translate(Z[0], Z[1]).scale(B.k).translate(
        typeof E == "function" ? -E.apply(this, arguments) : -E,
        typeof k == "function" ? -k.apply(this, arguments) : -k
      ), H, s);
    }, N, L);
  };
  function C(b, E) {
    return E = Math.max(i[0], Math.min(i[1], E)), E === b.k ? b : new wt(E, b.x, b.y);
  }
  function y(b, E, k) {
    var N = E[0] - k[0] * b.k, L = E[1] - k[1] * b.k;
    return N === b.x && L === b.y ? b : new wt(b.k, N, L);
  }
  function x(b) {
    return [(+b[0][0] + +b[1][0]) / 2, (+b[0][1] + +b[1][1]) / 2];
  }
  function S(b, E, k, N) {
    b.on("start.zoom", function() {
      O(this, arguments).event(N).start();
    }).on("interrupt.zoom end.zoom", function() {
      O(this, arguments).event(N).end();
    }).tween("zoom", function() {
      var L = this, H = arguments, B = O(L, H).event(N), Z = t.apply(L, H), te = k == null ? x(Z) : typeof k == "function" ? k.apply(L, H) : k, T = Math.max(Z[1][0] - Z[0][0], Z[1][1] - Z[0][1]), D = L.__zoom, U = typeof E == "function" ? E.apply(L, H) : E, $ = c(D.invert(te).concat(T / D.k), U.invert(te).concat(T / U.k));
      return function(J) {
        if (J === 1) J = U;
        else {
          var re = $(J), le = T / re[2];
          J = new wt(le, te[0] - re[0] * le, te[1] - re[1] * le);
        }
        B.zoom(null, J);
      };
    });
  }
  function O(b, E, k) {
    return !k && b.__zooming || new A(b, E);
  }
  function A(b, E) {
    this.that = b, this.args = E, this.active = 0, this.sourceEvent = null, this.extent = t.apply(b, E), this.taps = 0;
  }
  A.prototype = {
    event: function(b) {
      return b && (this.sourceEvent = b), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(b, E) {
      return this.mouse && b !== "mouse" && (this.mouse[1] = E.invert(this.mouse[0])), this.touch0 && b !== "touch" && (this.touch0[1] = E.invert(this.touch0[0])), this.touch1 && b !== "touch" && (this.touch1[1] = E.invert(this.touch1[0])), this.that.__zoom = E, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(b) {
      var E = qe(this.that).datum();
      u.call(
        b,
        this.that,
        new Sg(b, {
          sourceEvent: this.sourceEvent,
          target: w,
          transform: this.that.__zoom,
          dispatch: u
        }),
        E
      );
    }
  };
  function z(b, ...E) {
    if (!e.apply(this, arguments)) return;
    var k = O(this, E).event(b), N = this.__zoom, L = Math.max(i[0], Math.min(i[1], N.k * Math.pow(2, r.apply(this, arguments)))), H = Ue(b);
    if (k.wheel)
      (k.mouse[0][0] !== H[0] || k.mouse[0][1] !== H[1]) && (k.mouse[1] = N.invert(k.mouse[0] = H)), clearTimeout(k.wheel);
    else {
      if (N.k === L) return;
      k.mouse = [H, N.invert(H)], yr(this), k.start();
    }
    zn(b), k.wheel = setTimeout(B, v), k.zoom("mouse", n(y(C(N, L), k.mouse[0], k.mouse[1]), k.extent, s));
    function B() {
      k.wheel = null, k.end();
    }
  }
  function j(b, ...E) {
    if (f || !e.apply(this, arguments)) return;
    var k = b.currentTarget, N = O(this, E, !0).event(b), L = qe(b.view).on("mousemove.zoom", te, !0).on("mouseup.zoom", T, !0), H = Ue(b, k), B = b.clientX, Z = b.clientY;
    Ha(b.view), fo(b), N.mouse = [H, this.__zoom.invert(H)], yr(this), N.start();
    function te(D) {
      if (zn(D), !N.moved) {
        var U = D.clientX - B, $ = D.clientY - Z;
        N.moved = U * U + $ * $ > p;
      }
      N.event(D).zoom("mouse", n(y(N.that.__zoom, N.mouse[0] = Ue(D, k), N.mouse[1]), N.extent, s));
    }
    function T(D) {
      L.on("mousemove.zoom mouseup.zoom", null), Va(D.view, N.moved), zn(D), N.event(D).end();
    }
  }
  function X(b, ...E) {
    if (e.apply(this, arguments)) {
      var k = this.__zoom, N = Ue(b.changedTouches ? b.changedTouches[0] : b, this), L = k.invert(N), H = k.k * (b.shiftKey ? 0.5 : 2), B = n(y(C(k, H), N, L), t.apply(this, E), s);
      zn(b), a > 0 ? qe(this).transition().duration(a).call(S, B, N, b) : qe(this).call(w.transform, B, N, b);
    }
  }
  function I(b, ...E) {
    if (e.apply(this, arguments)) {
      var k = b.touches, N = k.length, L = O(this, E, b.changedTouches.length === N).event(b), H, B, Z, te;
      for (fo(b), B = 0; B < N; ++B)
        Z = k[B], te = Ue(Z, this), te = [te, this.__zoom.invert(te), Z.identifier], L.touch0 ? !L.touch1 && L.touch0[2] !== te[2] && (L.touch1 = te, L.taps = 0) : (L.touch0 = te, H = !0, L.taps = 1 + !!d);
      d && (d = clearTimeout(d)), H && (L.taps < 2 && (h = te[0], d = setTimeout(function() {
        d = null;
      }, g)), yr(this), L.start());
    }
  }
  function M(b, ...E) {
    if (this.__zooming) {
      var k = O(this, E).event(b), N = b.changedTouches, L = N.length, H, B, Z, te;
      for (zn(b), H = 0; H < L; ++H)
        B = N[H], Z = Ue(B, this), k.touch0 && k.touch0[2] === B.identifier ? k.touch0[0] = Z : k.touch1 && k.touch1[2] === B.identifier && (k.touch1[0] = Z);
      if (B = k.that.__zoom, k.touch1) {
        var T = k.touch0[0], D = k.touch0[1], U = k.touch1[0], $ = k.touch1[1], J = (J = U[0] - T[0]) * J + (J = U[1] - T[1]) * J, re = (re = $[0] - D[0]) * re + (re = $[1] - D[1]) * re;
        B = C(B, Math.sqrt(J / re)), Z = [(T[0] + U[0]) / 2, (T[1] + U[1]) / 2], te = [(D[0] + $[0]) / 2, (D[1] + $[1]) / 2];
      } else if (k.touch0) Z = k.touch0[0], te = k.touch0[1];
      else return;
      k.zoom("touch", n(y(B, Z, te), k.extent, s));
    }
  }
  function P(b, ...E) {
    if (this.__zooming) {
      var k = O(this, E).event(b), N = b.changedTouches, L = N.length, H, B;
      for (fo(b), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), H = 0; H < L; ++H)
        B = N[H], k.touch0 && k.touch0[2] === B.identifier ? delete k.touch0 : k.touch1 && k.touch1[2] === B.identifier && delete k.touch1;
      if (k.touch1 && !k.touch0 && (k.touch0 = k.touch1, delete k.touch1), k.touch0) k.touch0[1] = this.__zoom.invert(k.touch0[0]);
      else if (k.end(), k.taps === 2 && (B = Ue(B, this), Math.hypot(h[0] - B[0], h[1] - B[1]) < m)) {
        var Z = qe(this).on("dblclick.zoom");
        Z && Z.apply(this, arguments);
      }
    }
  }
  return w.wheelDelta = function(b) {
    return arguments.length ? (r = typeof b == "function" ? b : fr(+b), w) : r;
  }, w.filter = function(b) {
    return arguments.length ? (e = typeof b == "function" ? b : fr(!!b), w) : e;
  }, w.touchable = function(b) {
    return arguments.length ? (o = typeof b == "function" ? b : fr(!!b), w) : o;
  }, w.extent = function(b) {
    return arguments.length ? (t = typeof b == "function" ? b : fr([[+b[0][0], +b[0][1]], [+b[1][0], +b[1][1]]]), w) : t;
  }, w.scaleExtent = function(b) {
    return arguments.length ? (i[0] = +b[0], i[1] = +b[1], w) : [i[0], i[1]];
  }, w.translateExtent = function(b) {
    return arguments.length ? (s[0][0] = +b[0][0], s[1][0] = +b[1][0], s[0][1] = +b[0][1], s[1][1] = +b[1][1], w) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, w.constrain = function(b) {
    return arguments.length ? (n = b, w) : n;
  }, w.duration = function(b) {
    return arguments.length ? (a = +b, w) : a;
  }, w.interpolate = function(b) {
    return arguments.length ? (c = b, w) : c;
  }, w.on = function() {
    var b = u.on.apply(u, arguments);
    return b === u ? w : b;
  }, w.clickDistance = function(b) {
    return arguments.length ? (p = (b = +b) * b, w) : Math.sqrt(p);
  }, w.tapDistance = function(b) {
    return arguments.length ? (m = +b, w) : m;
  }, w;
}
const $t = {
  error001: (e = "react") => `Seems like you have not used ${e === "svelte" ? "SvelteFlowProvider" : "ReactFlowProvider"} as an ancestor. Help: https://${e}flow.dev/error#001`,
  error002: () => "It looks like you've created a new nodeTypes or edgeTypes object. If this wasn't on purpose please define the nodeTypes/edgeTypes outside of the component or memoize them.",
  error003: (e) => `Node type "${e}" not found. Using fallback type "default".`,
  error004: () => "The parent container needs a width and a height to render the graph.",
  error005: () => "Only child nodes can use a parent extent.",
  error006: () => "Can't create edge. An edge needs a source and a target.",
  error007: (e) => `The old edge with id=${e} does not exist.`,
  error009: (e) => `Marker type "${e}" doesn't exist.`,
  error008: (e, { id: t, sourceHandle: n, targetHandle: r }) => `Couldn't create edge for ${e} handle id: "${e === "source" ? n : r}", edge id: ${t}.`,
  error010: () => "Handle: No node id found. Make sure to only use a Handle inside a custom Node.",
  error011: (e) => `Edge type "${e}" not found. Using fallback type "default".`,
  error012: (e) => `Node with id "${e}" does not exist, it may have been removed. This can happen when a node is deleted before the "onNodeClick" handler is called.`,
  error013: (e = "react") => `It seems that you haven't loaded the styles. Please import '@xyflow/${e}/dist/style.css' or base.css to make sure everything is working properly.`,
  error014: () => "useNodeConnections: No node ID found. Call useNodeConnections inside a custom Node or provide a node ID.",
  error015: () => "It seems that you are trying to drag a node that is not initialized. Please use onNodesChange as explained in the docs.",
  error016: (e) => `Edge with id "${e}" does not exist, it may have been removed. This can happen when an edge is deleted before the "onEdgeClick" handler is called.`
}, Ho = [
  [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
  [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
], dl = ["Enter", " ", "Escape"], Ag = {
  "node.a11yDescription.default": "Press enter or space to select a node. Press delete to remove it and escape to cancel.",
  "node.a11yDescription.keyboardDisabled": "Press enter or space to select a node. You can then use the arrow keys to move the node around. Press delete to remove it and escape to cancel.",
  "node.a11yDescription.ariaLiveMessage": ({ direction: e, x: t, y: n }) => `Moved selected node ${e}. New position, x: ${t}, y: ${n}`,
  "edge.a11yDescription.default": "Press enter or space to select an edge. You can then press delete to remove it or escape to cancel.",
  // Control elements
  "controls.ariaLabel": "Control Panel",
  "controls.zoomIn.ariaLabel": "Zoom In",
  "controls.zoomOut.ariaLabel": "Zoom Out",
  "controls.fitView.ariaLabel": "Fit View",
  "controls.interactive.ariaLabel": "Toggle Interactivity",
  // Mini map
  "minimap.ariaLabel": "Mini Map",
  // Handle
  "handle.ariaLabel": "Handle"
};
var _n;
(function(e) {
  e.Strict = "strict", e.Loose = "loose";
})(_n || (_n = {}));
var gn;
(function(e) {
  e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal";
})(gn || (gn = {}));
var Mr;
(function(e) {
  e.Partial = "partial", e.Full = "full";
})(Mr || (Mr = {}));
const Vo = {
  inProgress: !1,
  isValid: null,
  from: null,
  fromHandle: null,
  fromPosition: null,
  fromNode: null,
  to: null,
  toHandle: null,
  toPosition: null,
  toNode: null,
  pointer: null
};
var At;
(function(e) {
  e.Bezier = "default", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e.SimpleBezier = "simplebezier";
})(At || (At = {}));
var Pr;
(function(e) {
  e.Arrow = "arrow", e.ArrowClosed = "arrowclosed";
})(Pr || (Pr = {}));
var ae;
(function(e) {
  e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom";
})(ae || (ae = {}));
const vs = {
  [ae.Left]: ae.Right,
  [ae.Right]: ae.Left,
  [ae.Top]: ae.Bottom,
  [ae.Bottom]: ae.Top
}, fl = (e) => !!e && typeof e == "object" && "id" in e && "source" in e && "target" in e, zg = (e) => !!e && typeof e == "object" && "id" in e && "position" in e && !("source" in e) && !("target" in e), gi = (e) => !!e && typeof e == "object" && "id" in e && "internals" in e && !("source" in e) && !("target" in e), er = (e, t = [0, 0]) => {
  const { width: n, height: r } = dt(e), o = e.origin ?? t, i = n * o[0], s = r * o[1];
  return {
    x: e.position.x - i,
    y: e.position.y - s
  };
}, Tg = (e, t = { nodeOrigin: [0, 0] }) => {
  if (e.length === 0)
    return { x: 0, y: 0, width: 0, height: 0 };
  let n = !1;
  const r = e.reduce((o, i) => {
    const s = typeof i == "string";
    let a = !t.nodeLookup && !s ? i : void 0;
    return t.nodeLookup && (a = s ? t.nodeLookup.get(i) : gi(i) ? i : t.nodeLookup.get(i.id)), a ? (n = !0, Zr(o, Or(a, t.nodeOrigin))) : o;
  }, { x: 1 / 0, y: 1 / 0, x2: -1 / 0, y2: -1 / 0 });
  return n ? Wr(r) : { x: 0, y: 0, width: 0, height: 0 };
}, tr = (e, t = {}) => {
  let n = { x: 1 / 0, y: 1 / 0, x2: -1 / 0, y2: -1 / 0 }, r = !1;
  return e.forEach((o) => {
    (t.filter === void 0 || t.filter(o)) && (n = Zr(n, Or(o)), r = !0);
  }), r ? Wr(n) : { x: 0, y: 0, width: 0, height: 0 };
}, vi = (e, t, [n, r, o] = [0, 0, 1], i = !1, s = !1) => {
  const a = (t.x - n) / o, c = (t.y - r) / o, u = t.width / o, d = t.height / o, h = [];
  for (const f of e.values()) {
    const { measured: g, selectable: v = !0, hidden: p = !1 } = f;
    if (s && !v || p)
      continue;
    const m = g.width ?? f.width ?? f.initialWidth ?? 0, w = g.height ?? f.height ?? f.initialHeight ?? 0, { x: C, y } = f.internals.positionAbsolute, x = pl(a, c, u, d, C, y, m, w), S = m * w, O = i && x > 0;
    (!f.internals.handleBounds || O || x >= S || f.dragging) && h.push(f);
  }
  return h;
}, Dg = (e, t) => {
  const n = /* @__PURE__ */ new Set();
  return e.forEach((r) => {
    n.add(r.id);
  }), t.filter((r) => n.has(r.source) || n.has(r.target));
};
function Lg(e, t) {
  const n = /* @__PURE__ */ new Map(), r = t?.nodes ? new Set(t.nodes.map((o) => o.id)) : null;
  return e.forEach((o) => {
    let i;
    if (t?.includeHiddenNodes) {
      const { width: s, height: a } = dt(o);
      i = s > 0 && a > 0;
    } else
      i = !!(o.measured.width && o.measured.height && !o.hidden);
    i && (!r || r.has(o.id)) && n.set(o.id, o);
  }), n;
}
async function Rg({ nodes: e, width: t, height: n, panZoom: r, minZoom: o, maxZoom: i }, s) {
  if (e.size === 0)
    return !0;
  const a = Lg(e, s), c = tr(a), u = mi(c, t, n, s?.minZoom ?? o, s?.maxZoom ?? i, s?.padding ?? 0.1);
  return await r.setViewport(u, {
    duration: s?.duration,
    ease: s?.ease,
    interpolate: s?.interpolate
  }), !0;
}
function hl({ nodeId: e, nextPosition: t, nodeLookup: n, nodeOrigin: r = [0, 0], nodeExtent: o, onError: i }) {
  const s = n.get(e), a = s.parentId ? n.get(s.parentId) : void 0, { x: c, y: u } = a ? a.internals.positionAbsolute : { x: 0, y: 0 }, d = s.origin ?? r;
  let h = s.extent || o;
  if (s.extent === "parent" && !s.expandParent)
    if (!a)
      i?.("005", $t.error005());
    else {
      const { width: g, height: v } = dt(a);
      g && v && (h = [
        [c, u],
        [c + g, u + v]
      ]);
    }
  else a && kn(s.extent) && (h = [
    [s.extent[0][0] + c, s.extent[0][1] + u],
    [s.extent[1][0] + c, s.extent[1][1] + u]
  ]);
  const f = kn(h) ? en(t, h, s.measured) : t;
  return (s.measured.width === void 0 || s.measured.height === void 0) && i?.("015", $t.error015()), {
    position: {
      x: f.x - c + (s.measured.width ?? 0) * d[0],
      y: f.y - u + (s.measured.height ?? 0) * d[1]
    },
    positionAbsolute: f
  };
}
async function Hg({ nodesToRemove: e = [], edgesToRemove: t = [], nodes: n, edges: r, onBeforeDelete: o }) {
  const i = new Set(e.map((f) => f.id)), s = [];
  for (const f of n) {
    if (f.deletable === !1)
      continue;
    const g = i.has(f.id), v = !g && f.parentId && s.find((p) => p.id === f.parentId);
    (g || v) && s.push(f);
  }
  const a = new Set(t.map((f) => f.id)), c = r.filter((f) => f.deletable !== !1), d = Dg(s, c);
  for (const f of c)
    a.has(f.id) && !d.find((v) => v.id === f.id) && d.push(f);
  if (!o)
    return {
      edges: d,
      nodes: s
    };
  const h = await o({
    nodes: s,
    edges: d
  });
  return typeof h == "boolean" ? h ? { edges: d, nodes: s } : { edges: [], nodes: [] } : h;
}
const xn = (e, t = 0, n = 1) => Math.min(Math.max(e, t), n), en = (e = { x: 0, y: 0 }, t, n) => ({
  x: xn(e.x, t[0][0], t[1][0] - (n?.width ?? 0)),
  y: xn(e.y, t[0][1], t[1][1] - (n?.height ?? 0))
});
function gl(e, t, n) {
  const { width: r, height: o } = dt(n), { x: i, y: s } = n.internals.positionAbsolute;
  return en(e, [
    [i, s],
    [i + r, s + o]
  ], t);
}
const ps = (e, t, n) => e < t ? xn(Math.abs(e - t), 1, t) / t : e > n ? -xn(Math.abs(e - n), 1, t) / t : 0, pi = (e, t, n = 15, r = 40) => {
  const o = ps(e.x, r, t.width - r) * n, i = ps(e.y, r, t.height - r) * n;
  return [o, i];
}, Zr = (e, t) => ({
  x: Math.min(e.x, t.x),
  y: Math.min(e.y, t.y),
  x2: Math.max(e.x2, t.x2),
  y2: Math.max(e.y2, t.y2)
}), Bo = ({ x: e, y: t, width: n, height: r }) => ({
  x: e,
  y: t,
  x2: e + n,
  y2: t + r
}), Wr = ({ x: e, y: t, x2: n, y2: r }) => ({
  x: e,
  y: t,
  width: n - e,
  height: r - t
}), Xn = (e, t = [0, 0]) => {
  const { x: n, y: r } = gi(e) ? e.internals.positionAbsolute : er(e, t);
  return {
    x: n,
    y: r,
    width: e.measured?.width ?? e.width ?? e.initialWidth ?? 0,
    height: e.measured?.height ?? e.height ?? e.initialHeight ?? 0
  };
}, Or = (e, t = [0, 0]) => {
  const { x: n, y: r } = gi(e) ? e.internals.positionAbsolute : er(e, t);
  return {
    x: n,
    y: r,
    x2: n + (e.measured?.width ?? e.width ?? e.initialWidth ?? 0),
    y2: r + (e.measured?.height ?? e.height ?? e.initialHeight ?? 0)
  };
}, vl = (e, t) => Wr(Zr(Bo(e), Bo(t))), pl = (e, t, n, r, o, i, s, a) => {
  const c = Math.max(0, Math.min(e + n, o + s) - Math.max(e, o)), u = Math.max(0, Math.min(t + r, i + a) - Math.max(t, i));
  return Math.ceil(c * u);
}, Ir = (e, t) => pl(e.x, e.y, e.width, e.height, t.x, t.y, t.width, t.height), ms = (e) => _t(e.width) && _t(e.height) && _t(e.x) && _t(e.y), _t = (e) => !isNaN(e) && isFinite(e), ml = (e, t) => (n, r) => {
}, nr = (e, t = [1, 1]) => ({
  x: t[0] * Math.round(e.x / t[0]),
  y: t[1] * Math.round(e.y / t[1])
}), rr = ({ x: e, y: t }, [n, r, o], i = !1, s = [1, 1]) => {
  const a = {
    x: (e - n) / o,
    y: (t - r) / o
  };
  return i ? nr(a, s) : a;
}, En = ({ x: e, y: t }, [n, r, o]) => ({
  x: e * o + n,
  y: t * o + r
});
function ln(e, t) {
  if (typeof e == "number")
    return Math.floor((t - t / (1 + e)) * 0.5);
  if (typeof e == "string" && e.endsWith("px")) {
    const n = parseFloat(e);
    if (!Number.isNaN(n))
      return Math.floor(n);
  }
  if (typeof e == "string" && e.endsWith("%")) {
    const n = parseFloat(e);
    if (!Number.isNaN(n))
      return Math.floor(t * n * 0.01);
  }
  return console.error(`The padding value "${e}" is invalid. Please provide a number or a string with a valid unit (px or %).`), 0;
}
function Vg(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const r = ln(e, n), o = ln(e, t);
    return {
      top: r,
      right: o,
      bottom: r,
      left: o,
      x: o * 2,
      y: r * 2
    };
  }
  if (typeof e == "object") {
    const r = ln(e.top ?? e.y ?? 0, n), o = ln(e.bottom ?? e.y ?? 0, n), i = ln(e.left ?? e.x ?? 0, t), s = ln(e.right ?? e.x ?? 0, t);
    return { top: r, right: s, bottom: o, left: i, x: i + s, y: r + o };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function Bg(e, t, n, r, o, i) {
  const { x: s, y: a } = En(e, [t, n, r]), { x: c, y: u } = En({ x: e.x + e.width, y: e.y + e.height }, [t, n, r]), d = o - c, h = i - u;
  return {
    left: Math.floor(s),
    top: Math.floor(a),
    right: Math.floor(d),
    bottom: Math.floor(h)
  };
}
const mi = (e, t, n, r, o, i) => {
  const s = Vg(i, t, n), a = (t - s.x) / e.width, c = (n - s.y) / e.height, u = Math.min(a, c), d = xn(u, r, o), h = e.x + e.width / 2, f = e.y + e.height / 2, g = t / 2 - h * d, v = n / 2 - f * d, p = Bg(e, g, v, d, t, n), m = {
    left: Math.min(p.left - s.left, 0),
    top: Math.min(p.top - s.top, 0),
    right: Math.min(p.right - s.right, 0),
    bottom: Math.min(p.bottom - s.bottom, 0)
  };
  return {
    x: g - m.left + m.right,
    y: v - m.top + m.bottom,
    zoom: d
  };
}, Zn = () => typeof navigator < "u" && navigator?.userAgent?.indexOf("Mac") >= 0;
function kn(e) {
  return e != null && e !== "parent";
}
function dt(e) {
  return {
    width: e.measured?.width ?? e.width ?? e.initialWidth ?? 0,
    height: e.measured?.height ?? e.height ?? e.initialHeight ?? 0
  };
}
function yl(e) {
  return (e.measured?.width ?? e.width ?? e.initialWidth) !== void 0 && (e.measured?.height ?? e.height ?? e.initialHeight) !== void 0;
}
function Fg(e, t = { width: 0, height: 0 }, n, r, o) {
  const i = { ...e }, s = r.get(n);
  if (s) {
    const a = s.origin || o;
    i.x += s.internals.positionAbsolute.x - (t.width ?? 0) * a[0], i.y += s.internals.positionAbsolute.y - (t.height ?? 0) * a[1];
  }
  return i;
}
function jg(e) {
  return { ...Ag, ...e || {} };
}
function Kg(e, t) {
  if (!e && !t)
    return !0;
  if (!e || !t || e.size !== t.size)
    return !1;
  if (!e.size && !t.size)
    return !0;
  for (const n of e.keys())
    if (!t.has(n))
      return !1;
  return !0;
}
function ys(e, t, n) {
  if (!n)
    return;
  const r = [];
  e.forEach((o, i) => {
    t?.has(i) || r.push(o);
  }), r.length && n(r);
}
function Yg(e) {
  return e === null ? null : e ? "valid" : "invalid";
}
function ho(e, { snapGrid: t = [0, 0], snapToGrid: n = !1, transform: r, containerBounds: o }) {
  const { x: i, y: s } = Je(e), a = rr({ x: i - (o?.left ?? 0), y: s - (o?.top ?? 0) }, r), { x: c, y: u } = n ? nr(a, t) : a;
  return {
    xSnapped: c,
    ySnapped: u,
    ...a
  };
}
const bl = (e) => ({
  width: e.offsetWidth,
  height: e.offsetHeight
}), wl = (e) => e?.getRootNode?.() || window?.document, Xg = ["INPUT", "SELECT", "TEXTAREA"];
function _l(e) {
  const t = e.composedPath?.()?.[0] || e.target;
  return t?.nodeType !== 1 ? !1 : Xg.includes(t.nodeName) || t.hasAttribute("contenteditable") || !!t.closest(".nokey");
}
const xl = (e) => "clientX" in e, Je = (e, t) => {
  const n = xl(e), r = n ? e.clientX : e.touches?.[0].clientX, o = n ? e.clientY : e.touches?.[0].clientY;
  return {
    x: r - (t?.left ?? 0),
    y: o - (t?.top ?? 0)
  };
}, bs = (e, t, n, r, o) => {
  const i = t.querySelectorAll(`.${e}`);
  return !i || !i.length ? null : Array.from(i).map((s) => {
    const a = s.getBoundingClientRect();
    return {
      id: s.getAttribute("data-handleid"),
      type: e,
      nodeId: o,
      position: s.getAttribute("data-handlepos"),
      x: (a.left - n.left) / r,
      y: (a.top - n.top) / r,
      ...bl(s)
    };
  });
};
function Zg({ sourceX: e, sourceY: t, targetX: n, targetY: r, sourceControlX: o, sourceControlY: i, targetControlX: s, targetControlY: a }) {
  const c = e * 0.125 + o * 0.375 + s * 0.375 + n * 0.125, u = t * 0.125 + i * 0.375 + a * 0.375 + r * 0.125, d = Math.abs(c - e), h = Math.abs(u - t);
  return [c, u, d, h];
}
function hr(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function ws({ pos: e, x1: t, y1: n, x2: r, y2: o, c: i }) {
  switch (e) {
    case ae.Left:
      return [t - hr(t - r, i), n];
    case ae.Right:
      return [t + hr(r - t, i), n];
    case ae.Top:
      return [t, n - hr(n - o, i)];
    case ae.Bottom:
      return [t, n + hr(o - n, i)];
  }
}
function yi({ sourceX: e, sourceY: t, sourcePosition: n = ae.Bottom, targetX: r, targetY: o, targetPosition: i = ae.Top, curvature: s = 0.25 }) {
  const [a, c] = ws({
    pos: n,
    x1: e,
    y1: t,
    x2: r,
    y2: o,
    c: s
  }), [u, d] = ws({
    pos: i,
    x1: r,
    y1: o,
    x2: e,
    y2: t,
    c: s
  }), [h, f, g, v] = Zg({
    sourceX: e,
    sourceY: t,
    targetX: r,
    targetY: o,
    sourceControlX: a,
    sourceControlY: c,
    targetControlX: u,
    targetControlY: d
  });
  return [
    `M${e},${t} C${a},${c} ${u},${d} ${r},${o}`,
    h,
    f,
    g,
    v
  ];
}
function El({ sourceX: e, sourceY: t, targetX: n, targetY: r }) {
  const o = Math.abs(n - e) / 2, i = n < e ? n + o : n - o, s = Math.abs(r - t) / 2, a = r < t ? r + s : r - s;
  return [i, a, o, s];
}
function Wg({ sourceNode: e, targetNode: t, selected: n = !1, zIndex: r = 0, elevateOnSelect: o = !1, zIndexMode: i = "basic" }) {
  if (i === "manual")
    return r;
  const s = o && n ? r + 1e3 : r, a = Math.max(e.parentId || o && e.selected ? e.internals.z : 0, t.parentId || o && t.selected ? t.internals.z : 0);
  return s + a;
}
function qg({ sourceNode: e, targetNode: t, width: n, height: r, transform: o }) {
  const i = Zr(Or(e), Or(t));
  i.x === i.x2 && (i.x2 += 1), i.y === i.y2 && (i.y2 += 1);
  const s = {
    x: -o[0] / o[2],
    y: -o[1] / o[2],
    width: n / o[2],
    height: r / o[2]
  };
  return Ir(s, Wr(i)) > 0;
}
const Gg = ({ source: e, sourceHandle: t, target: n, targetHandle: r }) => `xy-edge__${e}${t || ""}-${n}${r || ""}`, Ug = (e, t) => t.some((n) => n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)), Qg = (e, t, n = {}) => {
  if (!e.source || !e.target)
    return n.onError?.("006", $t.error006()), t;
  const r = n.getEdgeId || Gg;
  let o;
  return fl(e) ? o = { ...e } : o = {
    ...e,
    id: r(e)
  }, Ug(o, t) ? t : (o.sourceHandle === null && delete o.sourceHandle, o.targetHandle === null && delete o.targetHandle, t.concat(o));
};
function kl({ sourceX: e, sourceY: t, targetX: n, targetY: r }) {
  const [o, i, s, a] = El({
    sourceX: e,
    sourceY: t,
    targetX: n,
    targetY: r
  });
  return [`M ${e},${t}L ${n},${r}`, o, i, s, a];
}
const _s = {
  [ae.Left]: { x: -1, y: 0 },
  [ae.Right]: { x: 1, y: 0 },
  [ae.Top]: { x: 0, y: -1 },
  [ae.Bottom]: { x: 0, y: 1 }
}, Jg = ({ source: e, sourcePosition: t = ae.Bottom, target: n }) => t === ae.Left || t === ae.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 }, xs = (e, t) => Math.sqrt(Math.pow(t.x - e.x, 2) + Math.pow(t.y - e.y, 2));
function $g({ source: e, sourcePosition: t = ae.Bottom, target: n, targetPosition: r = ae.Top, center: o, offset: i, stepPosition: s }) {
  const a = _s[t], c = _s[r], u = { x: e.x + a.x * i, y: e.y + a.y * i }, d = { x: n.x + c.x * i, y: n.y + c.y * i }, h = Jg({
    source: u,
    sourcePosition: t,
    target: d
  }), f = h.x !== 0 ? "x" : "y", g = h[f];
  let v = [], p, m;
  const w = { x: 0, y: 0 }, C = { x: 0, y: 0 }, [, , y, x] = El({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (a[f] * c[f] === -1) {
    f === "x" ? (p = o.x ?? u.x + (d.x - u.x) * s, m = o.y ?? (u.y + d.y) / 2) : (p = o.x ?? (u.x + d.x) / 2, m = o.y ?? u.y + (d.y - u.y) * s);
    const z = [
      { x: p, y: u.y },
      { x: p, y: d.y }
    ], j = [
      { x: u.x, y: m },
      { x: d.x, y: m }
    ];
    a[f] === g ? v = f === "x" ? z : j : v = f === "x" ? j : z;
  } else {
    const z = [{ x: u.x, y: d.y }], j = [{ x: d.x, y: u.y }];
    if (f === "x" ? v = a.x === g ? j : z : v = a.y === g ? z : j, t === r) {
      const b = Math.abs(e[f] - n[f]);
      if (b <= i) {
        const E = Math.min(i - 1, i - b);
        a[f] === g ? w[f] = (u[f] > e[f] ? -1 : 1) * E : C[f] = (d[f] > n[f] ? -1 : 1) * E;
      }
    }
    if (t !== r) {
      const b = f === "x" ? "y" : "x", E = a[f] === c[b], k = u[b] > d[b], N = u[b] < d[b];
      (a[f] === 1 && (!E && k || E && N) || a[f] !== 1 && (!E && N || E && k)) && (v = f === "x" ? z : j);
    }
    const X = { x: u.x + w.x, y: u.y + w.y }, I = { x: d.x + C.x, y: d.y + C.y }, M = Math.max(Math.abs(X.x - v[0].x), Math.abs(I.x - v[0].x)), P = Math.max(Math.abs(X.y - v[0].y), Math.abs(I.y - v[0].y));
    M >= P ? (p = (X.x + I.x) / 2, m = v[0].y) : (p = v[0].x, m = (X.y + I.y) / 2);
  }
  const S = { x: u.x + w.x, y: u.y + w.y }, O = { x: d.x + C.x, y: d.y + C.y };
  return [[
    e,
    // we only want to add the gapped source/target if they are different from the first/last point to avoid duplicates which can cause issues with the bends
    ...S.x !== v[0].x || S.y !== v[0].y ? [S] : [],
    ...v,
    ...O.x !== v[v.length - 1].x || O.y !== v[v.length - 1].y ? [O] : [],
    n
  ], p, m, y, x];
}
function e0(e, t, n, r) {
  const o = Math.min(xs(e, t) / 2, xs(t, n) / 2, r), { x: i, y: s } = t;
  if (e.x === i && i === n.x || e.y === s && s === n.y)
    return `L${i} ${s}`;
  if (e.y === s) {
    const u = e.x < n.x ? -1 : 1, d = e.y < n.y ? 1 : -1;
    return `L ${i + o * u},${s}Q ${i},${s} ${i},${s + o * d}`;
  }
  const a = e.x < n.x ? 1 : -1, c = e.y < n.y ? -1 : 1;
  return `L ${i},${s + o * c}Q ${i},${s} ${i + o * a},${s}`;
}
function bi({ sourceX: e, sourceY: t, sourcePosition: n = ae.Bottom, targetX: r, targetY: o, targetPosition: i = ae.Top, borderRadius: s = 5, centerX: a, centerY: c, offset: u = 20, stepPosition: d = 0.5 }) {
  const [h, f, g, v, p] = $g({
    source: { x: e, y: t },
    sourcePosition: n,
    target: { x: r, y: o },
    targetPosition: i,
    center: { x: a, y: c },
    offset: u,
    stepPosition: d
  });
  let m = `M${h[0].x} ${h[0].y}`;
  for (let w = 1; w < h.length - 1; w++)
    m += e0(h[w - 1], h[w], h[w + 1], s);
  return m += `L${h[h.length - 1].x} ${h[h.length - 1].y}`, [m, f, g, v, p];
}
function Es(e) {
  return e && !!(e.internals.handleBounds || e.handles?.length) && !!(e.measured.width || e.width || e.initialWidth);
}
function t0(e) {
  const { sourceNode: t, targetNode: n } = e;
  if (!Es(t) || !Es(n))
    return null;
  const r = t.internals.handleBounds || ks(t.handles), o = n.internals.handleBounds || ks(n.handles), i = Ns(r?.source ?? [], e.sourceHandle), s = Ns(
    // when connection type is loose we can define all handles as sources and connect source -> source
    e.connectionMode === _n.Strict ? o?.target ?? [] : (o?.target ?? []).concat(o?.source ?? []),
    e.targetHandle
  );
  if (!i || !s)
    return e.onError?.("008", $t.error008(i ? "target" : "source", {
      id: e.id,
      sourceHandle: e.sourceHandle,
      targetHandle: e.targetHandle
    })), null;
  const a = i?.position || ae.Bottom, c = s?.position || ae.Top, u = tn(t, i, a), d = tn(n, s, c);
  return {
    sourceX: u.x,
    sourceY: u.y,
    targetX: d.x,
    targetY: d.y,
    sourcePosition: a,
    targetPosition: c
  };
}
function ks(e) {
  if (!e)
    return null;
  const t = [], n = [];
  for (const r of e)
    r.width = r.width ?? 1, r.height = r.height ?? 1, r.type === "source" ? t.push(r) : r.type === "target" && n.push(r);
  return {
    source: t,
    target: n
  };
}
function tn(e, t, n = ae.Left, r = !1) {
  const o = (t?.x ?? 0) + e.internals.positionAbsolute.x, i = (t?.y ?? 0) + e.internals.positionAbsolute.y, { width: s, height: a } = t ?? dt(e);
  if (r)
    return { x: o + s / 2, y: i + a / 2 };
  switch (t?.position ?? n) {
    case ae.Top:
      return { x: o + s / 2, y: i };
    case ae.Right:
      return { x: o + s, y: i + a / 2 };
    case ae.Bottom:
      return { x: o + s / 2, y: i + a };
    case ae.Left:
      return { x: o, y: i + a / 2 };
  }
}
function Ns(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function Fo(e, t) {
  return e ? typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((r) => `${r}=${e[r]}`).join("&")}` : "";
}
function n0(e, { id: t, defaultColor: n, defaultMarkerStart: r, defaultMarkerEnd: o }) {
  const i = /* @__PURE__ */ new Set();
  return e.reduce((s, a) => ([a.markerStart || r, a.markerEnd || o].forEach((c) => {
    if (c && typeof c == "object") {
      const u = Fo(c, t);
      i.has(u) || (s.push({ id: u, color: c.color || n, ...c }), i.add(u));
    }
  }), s), []).sort((s, a) => s.id.localeCompare(a.id));
}
const Nl = 1e3, r0 = 10, wi = {
  nodeOrigin: [0, 0],
  nodeExtent: Ho,
  elevateNodesOnSelect: !0,
  zIndexMode: "basic",
  defaults: {}
}, o0 = {
  ...wi,
  checkEquality: !0
};
function _i(e, t) {
  const n = { ...e };
  for (const r in t)
    t[r] !== void 0 && (n[r] = t[r]);
  return n;
}
function i0(e, t, n) {
  const r = _i(wi, n);
  for (const o of e.values())
    if (o.parentId)
      Ei(o, e, t, r);
    else {
      const i = er(o, r.nodeOrigin), s = kn(o.extent) ? o.extent : r.nodeExtent, a = en(i, s, dt(o));
      o.internals.positionAbsolute = a;
    }
}
function s0(e, t) {
  if (!e.handles)
    return e.measured ? t?.internals.handleBounds : void 0;
  const n = [], r = [];
  for (const o of e.handles) {
    const i = {
      id: o.id,
      width: o.width ?? 1,
      height: o.height ?? 1,
      nodeId: e.id,
      x: o.x,
      y: o.y,
      position: o.position,
      type: o.type
    };
    o.type === "source" ? n.push(i) : o.type === "target" && r.push(i);
  }
  return {
    source: n,
    target: r
  };
}
function xi(e) {
  return e === "manual";
}
function a0(e, t, n, r = {}) {
  const o = _i(o0, r), i = { i: 0 }, s = new Map(t), a = o?.elevateNodesOnSelect && !xi(o.zIndexMode) ? Nl : 0;
  let c = e.length > 0, u = !1;
  t.clear(), n.clear();
  for (const d of e) {
    let h = s.get(d.id);
    if (o.checkEquality && d === h?.internals.userNode)
      t.set(d.id, h);
    else {
      const f = er(d, o.nodeOrigin), g = kn(d.extent) ? d.extent : o.nodeExtent, v = en(f, g, dt(d));
      h = {
        ...o.defaults,
        ...d,
        measured: {
          width: d.measured?.width,
          height: d.measured?.height
        },
        internals: {
          positionAbsolute: v,
          // if user re-initializes the node or removes `measured` for whatever reason, we reset the handleBounds so that the node gets re-measured
          handleBounds: s0(d, h),
          z: Sl(d, a, o.zIndexMode),
          userNode: d
        }
      }, t.set(d.id, h);
    }
    (h.measured === void 0 || h.measured.width === void 0 || h.measured.height === void 0) && !h.hidden && (c = !1), d.parentId && Ei(h, t, n, r, i), u ||= d.selected ?? !1;
  }
  return { nodesInitialized: c, hasSelectedNodes: u };
}
function l0(e, t) {
  if (!e.parentId)
    return;
  const n = t.get(e.parentId);
  n ? n.set(e.id, e) : t.set(e.parentId, /* @__PURE__ */ new Map([[e.id, e]]));
}
function Ei(e, t, n, r, o) {
  const { elevateNodesOnSelect: i, nodeOrigin: s, nodeExtent: a, zIndexMode: c } = _i(wi, r), u = e.parentId, d = t.get(u);
  if (!d) {
    console.warn(`Parent node ${u} not found. Please make sure that parent nodes are in front of their child nodes in the nodes array.`);
    return;
  }
  l0(e, n), o && !d.parentId && d.internals.rootParentIndex === void 0 && c === "auto" && (d.internals.rootParentIndex = ++o.i, d.internals.z = d.internals.z + o.i * r0), o && d.internals.rootParentIndex !== void 0 && (o.i = d.internals.rootParentIndex);
  const h = i && !xi(c) ? Nl : 0, { x: f, y: g, z: v } = c0(e, d, s, a, h, c), { positionAbsolute: p } = e.internals, m = f !== p.x || g !== p.y;
  (m || v !== e.internals.z) && t.set(e.id, {
    ...e,
    internals: {
      ...e.internals,
      positionAbsolute: m ? { x: f, y: g } : p,
      z: v
    }
  });
}
function Sl(e, t, n) {
  const r = _t(e.zIndex) ? e.zIndex : 0;
  return xi(n) ? r : r + (e.selected ? t : 0);
}
function c0(e, t, n, r, o, i) {
  const { x: s, y: a } = t.internals.positionAbsolute, c = dt(e), u = er(e, n), d = kn(e.extent) ? en(u, e.extent, c) : u;
  let h = en({ x: s + d.x, y: a + d.y }, r, c);
  e.extent === "parent" && (h = gl(h, c, t));
  const f = Sl(e, o, i), g = t.internals.z ?? 0;
  return {
    x: h.x,
    y: h.y,
    z: g >= f ? g + 1 : f
  };
}
function u0(e, t, n, r = [0, 0]) {
  const o = [], i = /* @__PURE__ */ new Map();
  for (const s of e) {
    const a = t.get(s.parentId);
    if (!a)
      continue;
    const c = i.get(s.parentId)?.expandedRect ?? Xn(a), u = vl(c, s.rect);
    i.set(s.parentId, { expandedRect: u, parent: a });
  }
  return i.size > 0 && i.forEach(({ expandedRect: s, parent: a }, c) => {
    const u = a.internals.positionAbsolute, d = dt(a), h = a.origin ?? r, f = s.x < u.x ? Math.round(Math.abs(u.x - s.x)) : 0, g = s.y < u.y ? Math.round(Math.abs(u.y - s.y)) : 0, v = Math.max(d.width, Math.round(s.width)), p = Math.max(d.height, Math.round(s.height)), m = (v - d.width) * h[0], w = (p - d.height) * h[1];
    (f > 0 || g > 0 || m || w) && (o.push({
      id: c,
      type: "position",
      position: {
        x: a.position.x - f + m,
        y: a.position.y - g + w
      }
    }), n.get(c)?.forEach((C) => {
      e.some((y) => y.id === C.id) || o.push({
        id: C.id,
        type: "position",
        position: {
          x: C.position.x + f,
          y: C.position.y + g
        }
      });
    })), (d.width < s.width || d.height < s.height || f || g) && o.push({
      id: c,
      type: "dimensions",
      setAttributes: !0,
      dimensions: {
        width: v + (f ? h[0] * f - m : 0),
        height: p + (g ? h[1] * g - w : 0)
      }
    });
  }), o;
}
function d0(e, t, n, r, o, i, s) {
  const a = r?.querySelector(".xyflow__viewport");
  let c = !1;
  if (!a)
    return { changes: [], updatedInternals: c };
  const u = [], d = window.getComputedStyle(a), { m22: h } = new window.DOMMatrixReadOnly(d.transform), f = [];
  for (const g of e.values()) {
    const v = t.get(g.id);
    if (!v)
      continue;
    if (v.hidden) {
      t.set(v.id, {
        ...v,
        internals: {
          ...v.internals,
          handleBounds: void 0
        }
      }), c = !0;
      continue;
    }
    const p = bl(g.nodeElement), m = v.measured.width !== p.width || v.measured.height !== p.height;
    if (!!(p.width && p.height && (m || !v.internals.handleBounds || g.force))) {
      const C = g.nodeElement.getBoundingClientRect(), y = kn(v.extent) ? v.extent : i;
      let { positionAbsolute: x } = v.internals;
      if (v.parentId && v.extent === "parent") {
        const O = t.get(v.parentId);
        O && (x = gl(x, p, O));
      } else y && (x = en(x, y, p));
      const S = {
        ...v,
        measured: p,
        internals: {
          ...v.internals,
          positionAbsolute: x,
          handleBounds: {
            source: bs("source", g.nodeElement, C, h, v.id),
            target: bs("target", g.nodeElement, C, h, v.id)
          }
        }
      };
      t.set(v.id, S), v.parentId && Ei(S, t, n, { nodeOrigin: o, zIndexMode: s }), c = !0, m && (u.push({
        id: v.id,
        type: "dimensions",
        dimensions: p
      }), v.expandParent && v.parentId && f.push({
        id: v.id,
        parentId: v.parentId,
        rect: Xn(S, o)
      }));
    }
  }
  if (f.length > 0) {
    const g = u0(f, t, n, o);
    u.push(...g);
  }
  return { changes: u, updatedInternals: c };
}
async function f0({ delta: e, panZoom: t, transform: n, translateExtent: r, width: o, height: i }) {
  if (!t || !e.x && !e.y)
    return !1;
  const s = await t.setViewportConstrained({
    x: n[0] + e.x,
    y: n[1] + e.y,
    zoom: n[2]
  }, [
    [0, 0],
    [o, i]
  ], r);
  return !!s && (s.x !== n[0] || s.y !== n[1] || s.k !== n[2]);
}
function Ss(e, t, n, r, o, i) {
  let s = o;
  const a = r.get(s) || /* @__PURE__ */ new Map();
  r.set(s, a.set(n, t)), s = `${o}-${e}`;
  const c = r.get(s) || /* @__PURE__ */ new Map();
  if (r.set(s, c.set(n, t)), i) {
    s = `${o}-${e}-${i}`;
    const u = r.get(s) || /* @__PURE__ */ new Map();
    r.set(s, u.set(n, t));
  }
}
function h0(e, t, n) {
  e.clear(), t.clear();
  for (const r of n) {
    const { source: o, target: i, sourceHandle: s = null, targetHandle: a = null } = r, c = { edgeId: r.id, source: o, target: i, sourceHandle: s, targetHandle: a }, u = `${o}-${s}--${i}-${a}`, d = `${i}-${a}--${o}-${s}`;
    Ss("source", c, d, e, o, s), Ss("target", c, u, e, i, a), t.set(r.id, r);
  }
}
function Cl(e, t) {
  if (!e.parentId)
    return !1;
  const n = t.get(e.parentId);
  return n ? n.selected ? !0 : Cl(n, t) : !1;
}
function Cs(e, t, n) {
  let r = e;
  do {
    if (r?.matches?.(t))
      return !0;
    if (r === n)
      return !1;
    r = r?.parentElement;
  } while (r);
  return !1;
}
function g0(e, t, n, r) {
  const o = /* @__PURE__ */ new Map();
  for (const [i, s] of e)
    if ((s.selected || s.id === r) && (!s.parentId || !Cl(s, e)) && (s.draggable || t && typeof s.draggable > "u")) {
      const a = e.get(i);
      a && o.set(i, {
        id: i,
        position: a.position || { x: 0, y: 0 },
        distance: {
          x: n.x - a.internals.positionAbsolute.x,
          y: n.y - a.internals.positionAbsolute.y
        },
        extent: a.extent,
        parentId: a.parentId,
        origin: a.origin,
        expandParent: a.expandParent,
        internals: {
          positionAbsolute: a.internals.positionAbsolute || { x: 0, y: 0 }
        },
        measured: {
          width: a.measured.width ?? 0,
          height: a.measured.height ?? 0
        }
      });
    }
  return o;
}
function go({ nodeId: e, dragItems: t, nodeLookup: n, dragging: r = !0 }) {
  const o = [];
  for (const [s, a] of t) {
    const c = n.get(s)?.internals.userNode;
    c && o.push({
      ...c,
      position: a.position,
      dragging: r
    });
  }
  if (!e)
    return [o[0], o];
  const i = n.get(e)?.internals.userNode;
  return [
    i ? {
      ...i,
      position: t.get(e)?.position || i.position,
      dragging: r
    } : o[0],
    o
  ];
}
function v0({ dragItems: e, snapGrid: t, x: n, y: r }) {
  const o = e.values().next().value;
  if (!o)
    return null;
  const i = {
    x: n - o.distance.x,
    y: r - o.distance.y
  }, s = nr(i, t);
  return {
    x: s.x - i.x,
    y: s.y - i.y
  };
}
function p0({ onNodeMouseDown: e, getStoreItems: t, onDragStart: n, onDrag: r, onDragStop: o }) {
  let i = { x: null, y: null }, s = 0, a = /* @__PURE__ */ new Map(), c = !1, u = { x: 0, y: 0 }, d = null, h = !1, f = null, g = !1, v = !1, p = null;
  function m({ noDragClassName: C, handleSelector: y, domNode: x, isSelectable: S, nodeId: O, nodeClickDistance: A = 0 }) {
    f = qe(x);
    function z({ x: M, y: P }) {
      const { nodeLookup: b, nodeExtent: E, snapGrid: k, snapToGrid: N, nodeOrigin: L, onNodeDrag: H, onSelectionDrag: B, onError: Z, updateNodePositions: te } = t();
      i = { x: M, y: P };
      let T = !1;
      const D = a.size > 1, U = D && E ? Bo(tr(a)) : null, $ = D && N ? v0({
        dragItems: a,
        snapGrid: k,
        x: M,
        y: P
      }) : null;
      for (const [J, re] of a) {
        if (!b.has(J))
          continue;
        let le = { x: M - re.distance.x, y: P - re.distance.y };
        N && (le = $ ? {
          x: Math.round(le.x + $.x),
          y: Math.round(le.y + $.y)
        } : nr(le, k));
        let ve = null;
        if (D && E && !re.extent && U) {
          const { positionAbsolute: he } = re.internals, me = he.x - U.x + E[0][0], Ee = he.x + re.measured.width - U.x2 + E[1][0], Le = he.y - U.y + E[0][1], Fe = he.y + re.measured.height - U.y2 + E[1][1];
          ve = [
            [me, Le],
            [Ee, Fe]
          ];
        }
        const { position: ce, positionAbsolute: Ne } = hl({
          nodeId: J,
          nextPosition: le,
          nodeLookup: b,
          nodeExtent: ve || E,
          nodeOrigin: L,
          onError: Z
        });
        T = T || re.position.x !== ce.x || re.position.y !== ce.y, re.position = ce, re.internals.positionAbsolute = Ne;
      }
      if (v = v || T, !!T && (te(a, !0), p && (r || H || !O && B))) {
        const [J, re] = go({
          nodeId: O,
          dragItems: a,
          nodeLookup: b
        });
        r?.(p, a, J, re), H?.(p, J, re), O || B?.(p, re);
      }
    }
    async function j() {
      if (!d)
        return;
      const { transform: M, panBy: P, autoPanSpeed: b, autoPanOnNodeDrag: E } = t();
      if (!E) {
        c = !1, cancelAnimationFrame(s);
        return;
      }
      const [k, N] = pi(u, d, b);
      (k !== 0 || N !== 0) && (i.x = (i.x ?? 0) - k / M[2], i.y = (i.y ?? 0) - N / M[2], await P({ x: k, y: N }) && z(i)), s = requestAnimationFrame(j);
    }
    function X(M) {
      const { nodeLookup: P, multiSelectionActive: b, nodesDraggable: E, transform: k, snapGrid: N, snapToGrid: L, selectNodesOnDrag: H, onNodeDragStart: B, onSelectionDragStart: Z, unselectNodesAndEdges: te } = t();
      h = !0, (!H || !S) && !b && O && (P.get(O)?.selected || te()), S && H && O && e?.(O);
      const T = ho(M.sourceEvent, { transform: k, snapGrid: N, snapToGrid: L, containerBounds: d });
      if (i = T, a = g0(P, E, T, O), a.size > 0 && (n || B || !O && Z)) {
        const [D, U] = go({
          nodeId: O,
          dragItems: a,
          nodeLookup: P
        });
        n?.(M.sourceEvent, a, D, U), B?.(M.sourceEvent, D, U), O || Z?.(M.sourceEvent, U);
      }
    }
    const I = Df().clickDistance(A).on("start", (M) => {
      const { domNode: P, nodeDragThreshold: b, transform: E, snapGrid: k, snapToGrid: N } = t();
      d = P?.getBoundingClientRect() || null, g = !1, v = !1, p = M.sourceEvent, b === 0 && X(M), i = ho(M.sourceEvent, { transform: E, snapGrid: k, snapToGrid: N, containerBounds: d }), u = Je(M.sourceEvent, d);
    }).on("drag", (M) => {
      const { autoPanOnNodeDrag: P, transform: b, snapGrid: E, snapToGrid: k, nodeDragThreshold: N, nodeLookup: L } = t(), H = ho(M.sourceEvent, { transform: b, snapGrid: E, snapToGrid: k, containerBounds: d });
      if (p = M.sourceEvent, (M.sourceEvent.type === "touchmove" && M.sourceEvent.touches.length > 1 || // if user deletes a node while dragging, we need to abort the drag to prevent errors
      O && !L.has(O)) && (g = !0), !g) {
        if (!c && P && h && (c = !0, j()), !h) {
          const B = Je(M.sourceEvent, d), Z = B.x - u.x, te = B.y - u.y;
          Math.sqrt(Z * Z + te * te) > N && X(M);
        }
        (i.x !== H.xSnapped || i.y !== H.ySnapped) && a && h && (u = Je(M.sourceEvent, d), z(H));
      }
    }).on("end", (M) => {
      if (!h || g) {
        g && a.size > 0 && t().updateNodePositions(a, !1);
        return;
      }
      if (c = !1, h = !1, cancelAnimationFrame(s), a.size > 0) {
        const { nodeLookup: P, updateNodePositions: b, onNodeDragStop: E, onSelectionDragStop: k } = t();
        if (v && (b(a, !1), v = !1), o || E || !O && k) {
          const [N, L] = go({
            nodeId: O,
            dragItems: a,
            nodeLookup: P,
            dragging: !1
          });
          o?.(M.sourceEvent, a, N, L), E?.(M.sourceEvent, N, L), O || k?.(M.sourceEvent, L);
        }
      }
    }).filter((M) => {
      const P = M.target;
      return !M.button && (!C || !Cs(P, `.${C}`, x)) && (!y || Cs(P, y, x));
    });
    f.call(I);
  }
  function w() {
    f?.on(".drag", null);
  }
  return {
    update: m,
    destroy: w
  };
}
function m0(e, t, n) {
  const r = [], o = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const i of t.values())
    Ir(o, Xn(i)) > 0 && r.push(i);
  return r;
}
const y0 = 250;
function b0(e, t, n, r) {
  let o = [], i = 1 / 0;
  const s = m0(e, n, t + y0);
  for (const a of s) {
    const c = [...a.internals.handleBounds?.source ?? [], ...a.internals.handleBounds?.target ?? []];
    for (const u of c) {
      if (r.nodeId === u.nodeId && r.type === u.type && r.id === u.id)
        continue;
      const { x: d, y: h } = tn(a, u, u.position, !0), f = Math.sqrt(Math.pow(d - e.x, 2) + Math.pow(h - e.y, 2));
      f > t || (f < i ? (o = [{ ...u, x: d, y: h }], i = f) : f === i && o.push({ ...u, x: d, y: h }));
    }
  }
  if (!o.length)
    return null;
  if (o.length > 1) {
    const a = r.type === "source" ? "target" : "source";
    return o.find((c) => c.type === a) ?? o[0];
  }
  return o[0];
}
function Ml(e, t, n, r, o, i = !1) {
  const s = r.get(e);
  if (!s)
    return null;
  const a = o === "strict" ? s.internals.handleBounds?.[t] : [...s.internals.handleBounds?.source ?? [], ...s.internals.handleBounds?.target ?? []], c = (n ? a?.find((u) => u.id === n) : a?.[0]) ?? null;
  return c && i ? { ...c, ...tn(s, c, c.position, !0) } : c;
}
function Pl(e, t) {
  return e || (t?.classList.contains("target") ? "target" : t?.classList.contains("source") ? "source" : null);
}
function w0(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
const Ol = () => !0;
function _0(e, { connectionMode: t, connectionRadius: n, handleId: r, nodeId: o, edgeUpdaterType: i, isTarget: s, domNode: a, nodeLookup: c, lib: u, autoPanOnConnect: d, flowId: h, panBy: f, cancelConnection: g, onConnectStart: v, onConnect: p, onConnectEnd: m, isValidConnection: w = Ol, onReconnectEnd: C, updateConnection: y, getTransform: x, getFromHandle: S, autoPanSpeed: O, dragThreshold: A = 1, handleDomNode: z }) {
  const j = wl(e.target);
  let X = 0, I;
  const { x: M, y: P } = Je(e), b = Pl(i, z), E = a?.getBoundingClientRect();
  let k = !1;
  if (!E || !b)
    return;
  const N = Ml(o, b, r, c, t);
  if (!N)
    return;
  let L = Je(e, E), H = !1, B = null, Z = !1, te = null;
  function T() {
    if (!d || !E)
      return;
    const [ce, Ne] = pi(L, E, O);
    f({ x: ce, y: Ne }), X = requestAnimationFrame(T);
  }
  const D = {
    ...N,
    nodeId: o,
    type: b,
    position: N.position
  }, U = c.get(o);
  let J = {
    inProgress: !0,
    isValid: null,
    from: tn(U, D, ae.Left, !0),
    fromHandle: D,
    fromPosition: D.position,
    fromNode: U,
    to: L,
    toHandle: null,
    toPosition: vs[D.position],
    toNode: null,
    pointer: L
  };
  function re() {
    k = !0, y(J), v?.(e, { nodeId: o, handleId: r, handleType: b });
  }
  A === 0 && re();
  function le(ce) {
    if (!k) {
      const { x: Fe, y: pe } = Je(ce), xe = Fe - M, V = pe - P;
      if (!(xe * xe + V * V > A * A))
        return;
      re();
    }
    if (!S() || !D) {
      ve(ce);
      return;
    }
    const Ne = x();
    L = Je(ce, E), I = b0(rr(L, Ne, !1, [1, 1]), n, c, D), H || (T(), H = !0);
    const he = Il(ce, {
      handle: I,
      connectionMode: t,
      fromNodeId: o,
      fromHandleId: r,
      fromType: s ? "target" : "source",
      isValidConnection: w,
      doc: j,
      lib: u,
      flowId: h,
      nodeLookup: c
    });
    te = he.handleDomNode, B = he.connection, Z = w0(!!I, he.isValid);
    const me = c.get(o), Ee = me ? tn(me, D, ae.Left, !0) : J.from, Le = {
      ...J,
      from: Ee,
      isValid: Z,
      to: he.toHandle && Z ? En({ x: he.toHandle.x, y: he.toHandle.y }, Ne) : L,
      toHandle: he.toHandle,
      toPosition: Z && he.toHandle ? he.toHandle.position : vs[D.position],
      toNode: he.toHandle ? c.get(he.toHandle.nodeId) : null,
      pointer: L
    };
    y(Le), J = Le;
  }
  function ve(ce) {
    if (!("touches" in ce && ce.touches.length > 0)) {
      if (k) {
        (I || te) && B && Z && p?.(B);
        const { inProgress: Ne, ...he } = J, me = {
          ...he,
          toPosition: J.toHandle ? J.toPosition : null
        };
        m?.(ce, me), i && C?.(ce, me);
      }
      g(), cancelAnimationFrame(X), H = !1, Z = !1, B = null, te = null, j.removeEventListener("mousemove", le), j.removeEventListener("mouseup", ve), j.removeEventListener("touchmove", le), j.removeEventListener("touchend", ve);
    }
  }
  j.addEventListener("mousemove", le), j.addEventListener("mouseup", ve), j.addEventListener("touchmove", le), j.addEventListener("touchend", ve);
}
function Il(e, { handle: t, connectionMode: n, fromNodeId: r, fromHandleId: o, fromType: i, doc: s, lib: a, flowId: c, isValidConnection: u = Ol, nodeLookup: d }) {
  const h = i === "target", f = t ? s.querySelector(`.${a}-flow__handle[data-id="${c}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x: g, y: v } = Je(e), p = s.elementFromPoint(g, v), m = p?.classList.contains(`${a}-flow__handle`) ? p : f, w = {
    handleDomNode: m,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (m) {
    const C = Pl(void 0, m), y = m.getAttribute("data-nodeid"), x = m.getAttribute("data-handleid"), S = m.classList.contains("connectable"), O = m.classList.contains("connectableend");
    if (!y || !C)
      return w;
    const A = {
      source: h ? y : r,
      sourceHandle: h ? x : o,
      target: h ? r : y,
      targetHandle: h ? o : x
    };
    w.connection = A;
    const j = S && O && (n === _n.Strict ? h && C === "source" || !h && C === "target" : y !== r || x !== o);
    w.isValid = j && u(A), w.toHandle = Ml(y, C, x, d, n, !0);
  }
  return w;
}
const Ms = {
  onPointerDown: _0,
  isValid: Il
};
function x0({ domNode: e, panZoom: t, getTransform: n, getViewScale: r }) {
  const o = qe(e);
  function i({ translateExtent: a, width: c, height: u, zoomStep: d = 1, pannable: h = !0, zoomable: f = !0, inversePan: g = !1 }) {
    const v = (y) => {
      if (y.sourceEvent.type !== "wheel" || !t)
        return;
      const x = n(), S = y.sourceEvent.ctrlKey && Zn() ? 10 : 1, O = -y.sourceEvent.deltaY * (y.sourceEvent.deltaMode === 1 ? 0.05 : y.sourceEvent.deltaMode ? 1 : 2e-3) * d, A = x[2] * Math.pow(2, O * S);
      t.scaleTo(A);
    };
    let p = [0, 0];
    const m = (y) => {
      (y.sourceEvent.type === "mousedown" || y.sourceEvent.type === "touchstart") && (p = [
        y.sourceEvent.clientX ?? y.sourceEvent.touches[0].clientX,
        y.sourceEvent.clientY ?? y.sourceEvent.touches[0].clientY
      ]);
    }, w = (y) => {
      const x = n();
      if (y.sourceEvent.type !== "mousemove" && y.sourceEvent.type !== "touchmove" || !t)
        return;
      const S = [
        y.sourceEvent.clientX ?? y.sourceEvent.touches[0].clientX,
        y.sourceEvent.clientY ?? y.sourceEvent.touches[0].clientY
      ], O = [S[0] - p[0], S[1] - p[1]];
      p = S;
      const A = r() * Math.max(x[2], Math.log(x[2])) * (g ? -1 : 1), z = {
        x: x[0] - O[0] * A,
        y: x[1] - O[1] * A
      }, j = [
        [0, 0],
        [c, u]
      ];
      t.setViewportConstrained({
        x: z.x,
        y: z.y,
        zoom: x[2]
      }, j, a);
    }, C = ul().on("start", m).on("zoom", h ? w : null).on("zoom.wheel", f ? v : null);
    o.call(C, {});
  }
  function s() {
    o.on("zoom", null);
  }
  return {
    update: i,
    destroy: s,
    pointer: Ue
  };
}
const qr = (e) => ({
  x: e.x,
  y: e.y,
  zoom: e.k
}), vo = ({ x: e, y: t, zoom: n }) => Xr.translate(e, t).scale(n), Pt = (e, t) => e.target.closest(`.${t}`), Al = (e, t) => t === 2 && Array.isArray(e) && e.includes(2), E0 = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2, po = (e, t = 0, n = E0, r = () => {
}) => {
  const o = typeof t == "number" && t > 0;
  return o || r(), o ? e.transition().duration(t).ease(n).on("end", r) : e;
}, zl = (e) => {
  const t = e.ctrlKey && Zn() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
};
function k0({ zoomPanValues: e, noWheelClassName: t, d3Selection: n, d3Zoom: r, panOnScrollMode: o, panOnScrollSpeed: i, zoomOnPinch: s, onPanZoomStart: a, onPanZoom: c, onPanZoomEnd: u }) {
  return (d) => {
    if (Pt(d, t))
      return d.ctrlKey && d.preventDefault(), !1;
    d.preventDefault(), d.stopImmediatePropagation();
    const h = n.property("__zoom").k || 1;
    if (d.ctrlKey && s) {
      const m = Ue(d), w = zl(d), C = h * Math.pow(2, w);
      r.scaleTo(n, C, m, d);
      return;
    }
    const f = d.deltaMode === 1 ? 20 : 1;
    let g = o === gn.Vertical ? 0 : d.deltaX * f, v = o === gn.Horizontal ? 0 : d.deltaY * f;
    !Zn() && d.shiftKey && o !== gn.Vertical && (g = d.deltaY * f, v = 0), r.translateBy(
      n,
      -(g / h) * i,
      -(v / h) * i,
      // @ts-ignore
      { internal: !0 }
    );
    const p = qr(n.property("__zoom"));
    clearTimeout(e.panScrollTimeout), e.isPanScrolling ? c?.(d, p) : (e.isPanScrolling = !0, a?.(d, p)), e.panScrollTimeout = setTimeout(() => {
      u?.(d, p), e.isPanScrolling = !1;
    }, 150);
  };
}
function N0({ noWheelClassName: e, preventScrolling: t, d3ZoomHandler: n }) {
  return function(r, o) {
    const i = r.type === "wheel", s = !t && i && !r.ctrlKey, a = Pt(r, e);
    if (r.ctrlKey && i && a && r.preventDefault(), s || a)
      return null;
    r.preventDefault(), n.call(this, r, o);
  };
}
function S0({ zoomPanValues: e, onDraggingChange: t, onPanZoomStart: n }) {
  return (r) => {
    if (r.sourceEvent?.internal)
      return;
    const o = qr(r.transform);
    e.mouseButton = r.sourceEvent?.button || 0, e.isZoomingOrPanning = !0, e.prevViewport = o, r.sourceEvent?.type === "mousedown" && t(!0), n && n?.(r.sourceEvent, o);
  };
}
function C0({ zoomPanValues: e, panOnDrag: t, onPaneContextMenu: n, onTransformChange: r, onPanZoom: o }) {
  return (i) => {
    e.usedRightMouseButton = !!(n && Al(t, e.mouseButton ?? 0)), i.sourceEvent?.sync || r([i.transform.x, i.transform.y, i.transform.k]), o && !i.sourceEvent?.internal && o?.(i.sourceEvent, qr(i.transform));
  };
}
function M0({ zoomPanValues: e, panOnDrag: t, panOnScroll: n, onDraggingChange: r, onPanZoomEnd: o, onPaneContextMenu: i }) {
  return (s) => {
    if (!s.sourceEvent?.internal && (e.isZoomingOrPanning = !1, i && Al(t, e.mouseButton ?? 0) && !e.usedRightMouseButton && s.sourceEvent && i(s.sourceEvent), e.usedRightMouseButton = !1, r(!1), o)) {
      const a = qr(s.transform);
      e.prevViewport = a, clearTimeout(e.timerId), e.timerId = setTimeout(
        () => {
          o?.(s.sourceEvent, a);
        },
        // we need a setTimeout for panOnScroll to suppress multiple end events fired during scroll
        n ? 150 : 0
      );
    }
  };
}
function P0({ panActivationKeyPressed: e, zoomActivationKeyPressed: t, zoomOnScroll: n, zoomOnPinch: r, panOnDrag: o, panOnScroll: i, zoomOnDoubleClick: s, userSelectionActive: a, noWheelClassName: c, noPanClassName: u, lib: d, connectionInProgress: h }) {
  return (f) => {
    const g = t || n, v = r && f.ctrlKey, p = f.type === "wheel";
    if (f.button === 1 && f.type === "mousedown" && (Pt(f, `${d}-flow__node`) || Pt(f, `${d}-flow__edge`) || Pt(f, `${d}-flow__selection`) || Pt(f, `${d}-flow__nodesselection`)))
      return !0;
    if (!o && !g && !i && !s && !r || a || h && !p || Pt(f, c) && p || Pt(f, u) && (!p || i && p && !t) || !r && f.ctrlKey && p)
      return !1;
    if (!r && f.type === "touchstart" && f.touches?.length > 1)
      return f.preventDefault(), !1;
    if (!g && !i && !v && p || !o && (f.type === "mousedown" || f.type === "touchstart") || Array.isArray(o) && !o.includes(f.button) && f.type === "mousedown")
      return !1;
    const m = Array.isArray(o) && o.includes(f.button) || !f.button || f.button <= 1;
    return (!f.ctrlKey || p || e) && m;
  };
}
function O0({ domNode: e, minZoom: t, maxZoom: n, translateExtent: r, viewport: o, onPanZoom: i, onPanZoomStart: s, onPanZoomEnd: a, onDraggingChange: c }) {
  const u = {
    isZoomingOrPanning: !1,
    usedRightMouseButton: !1,
    prevViewport: {},
    mouseButton: 0,
    timerId: void 0,
    panScrollTimeout: void 0,
    isPanScrolling: !1
  }, d = e.getBoundingClientRect();
  let h = [
    [0, 0],
    [d.width, d.height]
  ];
  (typeof ResizeObserver < "u" ? new ResizeObserver((P) => {
    const b = P[0];
    b && (h = [
      [0, 0],
      [b.contentRect.width, b.contentRect.height]
    ]);
  }) : null)?.observe(e);
  const g = ul().extent(() => h).scaleExtent([t, n]).translateExtent(r), v = qe(e).call(g);
  x({
    x: o.x,
    y: o.y,
    zoom: xn(o.zoom, t, n)
  }, [
    [0, 0],
    [d.width, d.height]
  ], r);
  const p = v.on("wheel.zoom"), m = v.on("dblclick.zoom");
  g.wheelDelta(zl);
  async function w(P, b) {
    return v ? new Promise((E) => {
      g?.interpolate(b?.interpolate === "linear" ? Bn : vr).transform(po(v, b?.duration, b?.ease, () => E(!0)), P);
    }) : !1;
  }
  function C({ noWheelClassName: P, noPanClassName: b, onPaneContextMenu: E, userSelectionActive: k, panOnScroll: N, panOnDrag: L, panOnScrollMode: H, panOnScrollSpeed: B, preventScrolling: Z, zoomOnPinch: te, zoomOnScroll: T, zoomOnDoubleClick: D, panActivationKeyPressed: U = !1, zoomActivationKeyPressed: $, lib: J, onTransformChange: re, connectionInProgress: le, paneClickDistance: ve, selectionOnDrag: ce }) {
    k && !u.isZoomingOrPanning && y();
    const Ne = N && !$ && !k;
    g.clickDistance(ce ? 1 / 0 : !_t(ve) || ve < 0 ? 0 : ve);
    const he = Ne ? k0({
      zoomPanValues: u,
      noWheelClassName: P,
      d3Selection: v,
      d3Zoom: g,
      panOnScrollMode: H,
      panOnScrollSpeed: B,
      zoomOnPinch: te,
      onPanZoomStart: s,
      onPanZoom: i,
      onPanZoomEnd: a
    }) : N0({
      noWheelClassName: P,
      preventScrolling: Z,
      d3ZoomHandler: p
    });
    v.on("wheel.zoom", he, { passive: !1 });
    const me = S0({
      zoomPanValues: u,
      onDraggingChange: c,
      onPanZoomStart: s
    });
    g.on("start", me);
    const Ee = C0({
      zoomPanValues: u,
      panOnDrag: L,
      onPaneContextMenu: !!E,
      onPanZoom: i,
      onTransformChange: re
    });
    g.on("zoom", Ee);
    const Le = M0({
      zoomPanValues: u,
      panOnDrag: L,
      panOnScroll: N,
      onPaneContextMenu: E,
      onPanZoomEnd: a,
      onDraggingChange: c
    });
    g.on("end", Le);
    const Fe = P0({
      panActivationKeyPressed: U,
      zoomActivationKeyPressed: $,
      panOnDrag: L,
      zoomOnScroll: T,
      panOnScroll: N,
      zoomOnDoubleClick: D,
      zoomOnPinch: te,
      userSelectionActive: k,
      noPanClassName: b,
      noWheelClassName: P,
      lib: J,
      connectionInProgress: le
    });
    g.filter(Fe), D ? v.on("dblclick.zoom", m) : v.on("dblclick.zoom", null);
  }
  function y() {
    g.on("zoom", null);
  }
  async function x(P, b, E) {
    const k = vo(P), N = g?.constrain()(k, b, E);
    return N && await w(N), N;
  }
  async function S(P, b) {
    const E = vo(P);
    return await w(E, b), E;
  }
  function O(P) {
    if (v) {
      const b = vo(P), E = v.property("__zoom");
      (E.k !== P.zoom || E.x !== P.x || E.y !== P.y) && g?.transform(v, b, null, { sync: !0 });
    }
  }
  function A() {
    const P = v ? cl(v.node()) : { x: 0, y: 0, k: 1 };
    return { x: P.x, y: P.y, zoom: P.k };
  }
  async function z(P, b) {
    return v ? new Promise((E) => {
      g?.interpolate(b?.interpolate === "linear" ? Bn : vr).scaleTo(po(v, b?.duration, b?.ease, () => E(!0)), P);
    }) : !1;
  }
  async function j(P, b) {
    return v ? new Promise((E) => {
      g?.interpolate(b?.interpolate === "linear" ? Bn : vr).scaleBy(po(v, b?.duration, b?.ease, () => E(!0)), P);
    }) : !1;
  }
  function X(P) {
    g?.scaleExtent(P);
  }
  function I(P) {
    g?.translateExtent(P);
  }
  function M(P) {
    const b = !_t(P) || P < 0 ? 0 : P;
    g?.clickDistance(b);
  }
  return {
    update: C,
    destroy: y,
    setViewport: S,
    setViewportConstrained: x,
    getViewport: A,
    scaleTo: z,
    scaleBy: j,
    setScaleExtent: X,
    setTranslateExtent: I,
    syncViewport: O,
    setClickDistance: M
  };
}
var Ps;
(function(e) {
  e.Line = "line", e.Handle = "handle";
})(Ps || (Ps = {}));
const I0 = ml();
function A0(e, t, n = {}) {
  return Qg(e, t, {
    ...n,
    onError: n.onError ?? I0
  });
}
function ki() {
  const e = {};
  return [
    (t) => {
      if (t && !bu(e))
        throw new Error(t);
      return Uo(e);
    },
    (t) => Qo(e, t)
  ];
}
const [z0, T0] = ki(), [D0, L0] = ki(), [R0, H0] = ki();
var V0 = /* @__PURE__ */ ee("<div><!></div>");
function Tt(e, t) {
  ue(t, !0);
  let n = W(t, "id", 3, null), r = W(t, "type", 3, "source"), o = W(t, "position", 19, () => ae.Top), i = W(t, "isConnectableStart", 3, !0), s = W(t, "isConnectableEnd", 3, !0), a = /* @__PURE__ */ Et(t, [
    "$$slots",
    "$$events",
    "$$legacy",
    "id",
    "type",
    "position",
    "style",
    "class",
    "isConnectable",
    "isConnectableStart",
    "isConnectableEnd",
    "isValidConnection",
    "onconnect",
    "ondisconnect",
    "children"
  ]);
  const c = z0("Handle must be used within a Custom Node component"), u = D0("Handle must be used within a Custom Node component");
  let d = _(() => r() === "target"), h = _(() => t.isConnectable !== void 0 ? t.isConnectable : u.value), f = kt(), g = _(() => f.ariaLabelConfig), v = null;
  va(() => {
    if (t.onconnect || t.ondisconnect) {
      f.edges;
      let M = f.connectionLookup.get(`${c}-${r()}${n() ? `-${n()}` : ""}`);
      if (v && !Kg(M, v)) {
        const P = M ?? /* @__PURE__ */ new Map();
        ys(v, P, t.ondisconnect), ys(P, v, t.onconnect);
      }
      v = new Map(M);
    }
  });
  let p = _(() => {
    if (!f.connection.inProgress)
      return [!1, !1, !1, !1, null];
    const { fromHandle: M, toHandle: P, isValid: b } = f.connection, E = M && M.nodeId === c && M.type === r() && M.id === n(), k = P && P.nodeId === c && P.type === r() && P.id === n(), N = f.connectionMode === _n.Strict ? M?.type !== r() : c !== M?.nodeId || n() !== M?.id;
    return [
      !0,
      E,
      k,
      N,
      k && b
    ];
  }), m = _(() => Un(l(p), 5)), w = _(() => l(m)[0]), C = _(() => l(m)[1]), y = _(() => l(m)[2]), x = _(() => l(m)[3]), S = _(() => l(m)[4]);
  function O(M) {
    const P = f.onbeforeconnect ? f.onbeforeconnect(M) : M;
    P && (f.addEdge(P), f.onconnect?.(M));
  }
  function A(M) {
    const P = xl(M);
    M.currentTarget && (P && M.button === 0 || !P) && Ms.onPointerDown(M, {
      handleId: n(),
      nodeId: c,
      isTarget: l(d),
      connectionRadius: f.connectionRadius,
      domNode: f.domNode,
      nodeLookup: f.nodeLookup,
      connectionMode: f.connectionMode,
      lib: "svelte",
      autoPanOnConnect: f.autoPanOnConnect,
      autoPanSpeed: f.autoPanSpeed,
      flowId: f.flowId,
      isValidConnection: t.isValidConnection || ((...b) => f.isValidConnection?.(...b) ?? !0),
      updateConnection: f.updateConnection,
      cancelConnection: f.cancelConnection,
      panBy: f.panBy,
      onConnect: O,
      onConnectStart: f.onconnectstart,
      onConnectEnd: (...b) => f.onconnectend?.(...b),
      getTransform: () => [f.viewport.x, f.viewport.y, f.viewport.zoom],
      getFromHandle: () => f.connection.fromHandle,
      dragThreshold: f.connectionDragThreshold,
      handleDomNode: M.currentTarget
    });
  }
  function z(M) {
    if (!c || !f.clickConnectStartHandle && !i())
      return;
    if (!f.clickConnectStartHandle) {
      f.onclickconnectstart?.(M, { nodeId: c, handleId: n(), handleType: r() }), f.clickConnectStartHandle = { nodeId: c, type: r(), id: n() };
      return;
    }
    const P = wl(M.target), b = t.isValidConnection ?? f.isValidConnection, { connectionMode: E, clickConnectStartHandle: k, flowId: N, nodeLookup: L } = f, { connection: H, isValid: B } = Ms.isValid(M, {
      handle: { nodeId: c, id: n(), type: r() },
      connectionMode: E,
      fromNodeId: k.nodeId,
      fromHandleId: k.id ?? null,
      fromType: k.type,
      isValidConnection: b,
      flowId: N,
      doc: P,
      lib: "svelte",
      nodeLookup: L
    });
    B && H && O(H);
    const Z = structuredClone(Jo(f.connection));
    delete Z.inProgress, Z.toPosition = Z.toHandle ? Z.toHandle.position : null, f.onclickconnectend?.(M, Z), f.clickConnectStartHandle = null;
  }
  var j = V0(), X = () => {
  };
  Ht(j, () => ({
    "data-handleid": n(),
    "data-nodeid": c,
    "data-handlepos": o(),
    "data-id": `${f.flowId ?? ""}-${c ?? ""}-${n() ?? "null" ?? ""}-${r() ?? ""}`,
    class: [
      "svelte-flow__handle",
      `svelte-flow__handle-${o()}`,
      f.noDragClass,
      f.noPanClass,
      o(),
      t.class
    ],
    onmousedown: A,
    ontouchstart: A,
    onclick: f.clickConnect ? z : void 0,
    onkeypress: X,
    style: t.style,
    role: "button",
    "aria-label": l(g)["handle.ariaLabel"],
    tabindex: "-1",
    ...a,
    [It]: {
      valid: l(S),
      connectingto: l(y),
      connectingfrom: l(C),
      source: !l(d),
      target: l(d),
      connectablestart: i(),
      connectableend: s(),
      connectable: l(h),
      connectionindicator: l(h) && (!l(w) || l(x)) && (l(w) || f.clickConnectStartHandle ? s() : i())
    }
  }));
  var I = Y(j);
  Xe(I, () => t.children ?? Lt), R(e, j), de();
}
var B0 = /* @__PURE__ */ ee("<!> <!>", 1);
function Tl(e, t) {
  ue(t, !0);
  let n = W(t, "targetPosition", 19, () => ae.Top), r = W(t, "sourcePosition", 19, () => ae.Bottom);
  var o = B0(), i = fe(o);
  Tt(i, {
    type: "target",
    get position() {
      return n();
    }
  });
  var s = q(i), a = q(s);
  Tt(a, {
    type: "source",
    get position() {
      return r();
    }
  }), oe(() => ie(s, ` ${t.data?.label ?? ""} `)), R(e, o), de();
}
var F0 = /* @__PURE__ */ ee(" <!>", 1);
function j0(e, t) {
  ue(t, !0);
  let n = W(t, "data", 19, () => ({ label: "Node" })), r = W(t, "sourcePosition", 19, () => ae.Bottom);
  var o = F0(), i = fe(o), s = q(i);
  Tt(s, {
    type: "source",
    get position() {
      return r();
    }
  }), oe(() => ie(i, `${n()?.label ?? ""} `)), R(e, o), de();
}
var K0 = /* @__PURE__ */ ee(" <!>", 1);
function Y0(e, t) {
  ue(t, !0);
  let n = W(t, "data", 19, () => ({ label: "Node" })), r = W(t, "targetPosition", 19, () => ae.Top);
  var o = K0(), i = fe(o), s = q(i);
  Tt(s, {
    type: "target",
    get position() {
      return r();
    }
  }), oe(() => ie(i, `${n()?.label ?? ""} `)), R(e, o), de();
}
function X0(e, t) {
}
function mo(e, t, n) {
  if (!n || !t)
    return;
  const r = n === "root" ? t : t.querySelector(`.svelte-flow__${n}`);
  r && r.appendChild(e);
}
function Z0(e, t) {
  const n = _(kt), r = _(() => l(n).domNode);
  let o;
  return l(r) ? mo(e, l(r), t) : o = ya(() => {
    Be(() => {
      mo(e, l(r), t), o?.();
    });
  }), {
    async update(i) {
      mo(e, l(r), i);
    },
    destroy() {
      e.parentNode && e.parentNode.removeChild(e), o?.();
    }
  };
}
function W0() {
  let e = ge(typeof window > "u");
  if (l(e)) {
    const t = ya(() => {
      Be(() => {
        F(e, !1), t?.();
      });
    });
  }
  return {
    get value() {
      return l(e);
    }
  };
}
const Os = (e) => zg(e), q0 = (e) => fl(e);
function ct(e) {
  return e === void 0 ? void 0 : `${e}px`;
}
const Ar = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
var G0 = /* @__PURE__ */ ee("<div><!></div>");
function Dl(e, t) {
  ue(t, !0);
  let n = W(t, "x", 3, 0), r = W(t, "y", 3, 0), o = W(t, "selectEdgeOnClick", 3, !1), i = W(t, "transparent", 3, !1), s = /* @__PURE__ */ Et(t, [
    "$$slots",
    "$$events",
    "$$legacy",
    "x",
    "y",
    "width",
    "height",
    "selectEdgeOnClick",
    "transparent",
    "class",
    "children"
  ]);
  const a = kt(), c = R0("EdgeLabel must be used within a Custom Edge component");
  let u = _(() => a.visible.edges.get(c)?.zIndex);
  var d = G0(), h = () => {
    o() && c && a.handleEdgeSelection(c);
  };
  Ht(
    d,
    (g) => ({
      class: [
        "svelte-flow__edge-label",
        { transparent: i() },
        t.class
      ],
      tabindex: "-1",
      onclick: h,
      ...s,
      [mt]: g
    }),
    [
      () => ({
        display: W0().value ? "none" : void 0,
        cursor: o() ? "pointer" : void 0,
        transform: `translate(-50%, -50%) translate(${n() ?? ""}px,${r() ?? ""}px)`,
        "pointer-events": "all",
        width: ct(t.width),
        height: ct(t.height),
        "z-index": l(u)
      })
    ],
    void 0,
    void 0,
    "svelte-1wg91mu"
  );
  var f = Y(d);
  Xe(f, () => t.children ?? Lt), Ae(d, (g, v) => Z0?.(g, v), () => "edge-labels"), R(e, d), de();
}
var U0 = /* @__PURE__ */ Ce("<path></path>"), Q0 = /* @__PURE__ */ Ce('<path fill="none"></path><!><!>', 1);
function or(e, t) {
  let n = W(t, "interactionWidth", 3, 20), r = /* @__PURE__ */ Et(t, [
    "$$slots",
    "$$events",
    "$$legacy",
    "id",
    "path",
    "label",
    "labelX",
    "labelY",
    "labelStyle",
    "markerStart",
    "markerEnd",
    "style",
    "interactionWidth",
    "class"
  ]);
  var o = Q0(), i = fe(o), s = q(i);
  {
    var a = (d) => {
      var h = U0();
      Ht(h, () => ({
        d: t.path,
        "stroke-opacity": 0,
        "stroke-width": n(),
        fill: "none",
        class: "svelte-flow__edge-interaction",
        ...r
      })), R(d, h);
    };
    se(s, (d) => {
      n() > 0 && d(a);
    });
  }
  var c = q(s);
  {
    var u = (d) => {
      Dl(d, {
        get x() {
          return t.labelX;
        },
        get y() {
          return t.labelY;
        },
        get style() {
          return t.labelStyle;
        },
        selectEdgeOnClick: !0,
        children: (h, f) => {
          var g = cn();
          oe(() => ie(g, t.label)), R(h, g);
        },
        $$slots: { default: !0 }
      });
    };
    se(c, (d) => {
      t.label && d(u);
    });
  }
  oe(() => {
    Q(i, "id", t.id), Q(i, "d", t.path), ze(i, 0, Rt(["svelte-flow__edge-path", t.class])), Q(i, "marker-start", t.markerStart), Q(i, "marker-end", t.markerEnd), ke(i, t.style);
  }), R(e, o);
}
function Ll(e, t) {
  ue(t, !0);
  let n = _(() => yi({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition,
    curvature: t.pathOptions?.curvature
  })), r = _(() => Un(l(n), 3)), o = _(() => l(r)[0]), i = _(() => l(r)[1]), s = _(() => l(r)[2]);
  or(e, {
    get id() {
      return t.id;
    },
    get path() {
      return l(o);
    },
    get labelX() {
      return l(i);
    },
    get labelY() {
      return l(s);
    },
    get label() {
      return t.label;
    },
    get labelStyle() {
      return t.labelStyle;
    },
    get markerStart() {
      return t.markerStart;
    },
    get markerEnd() {
      return t.markerEnd;
    },
    get interactionWidth() {
      return t.interactionWidth;
    },
    get style() {
      return t.style;
    }
  }), de();
}
function J0(e, t) {
  ue(t, !0);
  let n = _(() => bi({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition
  })), r = _(() => Un(l(n), 3)), o = _(() => l(r)[0]), i = _(() => l(r)[1]), s = _(() => l(r)[2]);
  or(e, {
    get path() {
      return l(o);
    },
    get labelX() {
      return l(i);
    },
    get labelY() {
      return l(s);
    },
    get label() {
      return t.label;
    },
    get labelStyle() {
      return t.labelStyle;
    },
    get markerStart() {
      return t.markerStart;
    },
    get markerEnd() {
      return t.markerEnd;
    },
    get interactionWidth() {
      return t.interactionWidth;
    },
    get style() {
      return t.style;
    }
  }), de();
}
function $0(e, t) {
  ue(t, !0);
  let n = _(() => kl({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY
  })), r = _(() => Un(l(n), 3)), o = _(() => l(r)[0]), i = _(() => l(r)[1]), s = _(() => l(r)[2]);
  or(e, {
    get path() {
      return l(o);
    },
    get labelX() {
      return l(i);
    },
    get labelY() {
      return l(s);
    },
    get label() {
      return t.label;
    },
    get labelStyle() {
      return t.labelStyle;
    },
    get markerStart() {
      return t.markerStart;
    },
    get markerEnd() {
      return t.markerEnd;
    },
    get interactionWidth() {
      return t.interactionWidth;
    },
    get style() {
      return t.style;
    }
  }), de();
}
function ev(e, t) {
  ue(t, !0);
  let n = _(() => bi({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition,
    borderRadius: 0
  })), r = _(() => Un(l(n), 3)), o = _(() => l(r)[0]), i = _(() => l(r)[1]), s = _(() => l(r)[2]);
  or(e, {
    get path() {
      return l(o);
    },
    get labelX() {
      return l(i);
    },
    get labelY() {
      return l(s);
    },
    get label() {
      return t.label;
    },
    get labelStyle() {
      return t.labelStyle;
    },
    get markerStart() {
      return t.markerStart;
    },
    get markerEnd() {
      return t.markerEnd;
    },
    get interactionWidth() {
      return t.interactionWidth;
    },
    get style() {
      return t.style;
    }
  }), de();
}
class tv {
  #e;
  #t;
  /**
   *
   * @param {() => T} fn
   * @param {(update: () => void) => void} onsubscribe
   */
  constructor(t, n) {
    this.#e = t, this.#t = ba(n);
  }
  get current() {
    return this.#t(), this.#e();
  }
}
const nv = /\(.+\)/, rv = /* @__PURE__ */ new Set(["all", "print", "screen", "and", "or", "not", "only"]);
class ov extends tv {
  /**
   * @param {string} query A media query string
   * @param {boolean} [fallback] Fallback value for the server
   */
  constructor(t, n) {
    let r = nv.test(t) || // we need to use `some` here because technically this `window.matchMedia('random,screen')` still returns true
    t.split(/[\s,]+/).some((i) => rv.has(i.trim())) ? t : `(${t})`;
    const o = window.matchMedia(r);
    super(
      () => o.matches,
      (i) => So(o, "change", i)
    );
  }
}
function iv(e, t, n, r) {
  const o = /* @__PURE__ */ new Map();
  return vi(e, { x: 0, y: 0, width: n, height: r }, t, !0).forEach((i) => {
    o.set(i.id, i);
  }), o;
}
function Is(e) {
  const { edges: t, defaultEdgeOptions: n, nodeLookup: r, previousEdges: o, connectionMode: i, onerror: s, onlyRenderVisible: a, elevateEdgesOnSelect: c, zIndexMode: u } = e, d = /* @__PURE__ */ new Map();
  for (const h of t) {
    const f = r.get(h.source), g = r.get(h.target);
    if (!f || !g || f.hidden || g.hidden)
      continue;
    if (a) {
      const { visibleNodes: m, transform: w, width: C, height: y } = e;
      if (qg({
        sourceNode: f,
        targetNode: g,
        width: C,
        height: y,
        transform: w
      }))
        m.set(f.id, f), m.set(g.id, g);
      else
        continue;
    }
    const v = o.get(h.id);
    if (v && h === v.edge && f == v.sourceNode && g == v.targetNode) {
      d.set(h.id, v);
      continue;
    }
    const p = t0({
      id: h.id,
      sourceNode: f,
      targetNode: g,
      sourceHandle: h.sourceHandle || null,
      targetHandle: h.targetHandle || null,
      connectionMode: i,
      onError: s
    });
    p && d.set(h.id, {
      ...n,
      ...h,
      ...p,
      zIndex: Wg({
        selected: h.selected,
        zIndex: h.zIndex ?? n.zIndex,
        sourceNode: f,
        targetNode: g,
        elevateOnSelect: c,
        zIndexMode: u
      }),
      sourceNode: f,
      targetNode: g,
      edge: h
    });
  }
  return d;
}
const sv = ml(), Rl = {
  input: j0,
  output: Y0,
  default: Tl,
  group: X0
}, Hl = {
  straight: $0,
  smoothstep: J0,
  default: Ll,
  step: ev
};
function av(e, t, n, r, o, i) {
  if (t && !n && r && o) {
    const s = tr(i, {
      filter: (a) => !!((a.width || a.initialWidth) && (a.height || a.initialHeight))
    });
    return mi(s, r, o, 0.5, 2, 0.1);
  } else
    return n ?? { x: 0, y: 0, zoom: 1 };
}
function lv(e) {
  class t {
    #e = _(() => e.props.id ?? "1");
    get flowId() {
      return l(this.#e);
    }
    set flowId(r) {
      F(this.#e, r);
    }
    #t = ge(null);
    get domNode() {
      return l(this.#t);
    }
    set domNode(r) {
      F(this.#t, r);
    }
    #n = ge(null);
    get panZoom() {
      return l(this.#n);
    }
    set panZoom(r) {
      F(this.#n, r);
    }
    #r = ge(e.width ?? 0);
    get width() {
      return l(this.#r);
    }
    set width(r) {
      F(this.#r, r);
    }
    #o = ge(e.height ?? 0);
    get height() {
      return l(this.#o);
    }
    set height(r) {
      F(this.#o, r);
    }
    #i = ge(e.props.zIndexMode ?? "basic");
    get zIndexMode() {
      return l(this.#i);
    }
    set zIndexMode(r) {
      F(this.#i, r);
    }
    #s = _(() => {
      const { nodesInitialized: r } = a0(e.nodes, this.nodeLookup, this.parentLookup, {
        nodeExtent: this.nodeExtent,
        nodeOrigin: this.nodeOrigin,
        elevateNodesOnSelect: e.props.elevateNodesOnSelect ?? !0,
        checkEquality: !0,
        zIndexMode: this.zIndexMode
      });
      return this.fitViewQueued && r && (this.fitViewOptions?.duration ? this.resolveFitView() : queueMicrotask(() => {
        this.resolveFitView();
      })), r;
    });
    get nodesInitialized() {
      return l(this.#s);
    }
    set nodesInitialized(r) {
      F(this.#s, r);
    }
    #a = _(() => this.panZoom !== null);
    get viewportInitialized() {
      return l(this.#a);
    }
    set viewportInitialized(r) {
      F(this.#a, r);
    }
    #l = _(() => (h0(this.connectionLookup, this.edgeLookup, e.edges), e.edges));
    get _edges() {
      return l(this.#l);
    }
    set _edges(r) {
      F(this.#l, r);
    }
    get nodes() {
      return this.nodesInitialized, e.nodes;
    }
    set nodes(r) {
      e.nodes = r;
    }
    get edges() {
      return this._edges;
    }
    set edges(r) {
      e.edges = r;
    }
    _prevSelectedNodes = [];
    _prevSelectedNodeIds = /* @__PURE__ */ new Set();
    #c = _(() => {
      const r = this._prevSelectedNodeIds.size, o = /* @__PURE__ */ new Set(), i = this.nodes.filter((s) => (s.selected && (o.add(s.id), this._prevSelectedNodeIds.delete(s.id)), s.selected));
      return (r !== o.size || this._prevSelectedNodeIds.size > 0) && (this._prevSelectedNodes = i), this._prevSelectedNodeIds = o, this._prevSelectedNodes;
    });
    get selectedNodes() {
      return l(this.#c);
    }
    set selectedNodes(r) {
      F(this.#c, r);
    }
    _prevSelectedEdges = [];
    _prevSelectedEdgeIds = /* @__PURE__ */ new Set();
    #u = _(() => {
      const r = this._prevSelectedEdgeIds.size, o = /* @__PURE__ */ new Set(), i = this.edges.filter((s) => (s.selected && (o.add(s.id), this._prevSelectedEdgeIds.delete(s.id)), s.selected));
      return (r !== o.size || this._prevSelectedEdgeIds.size > 0) && (this._prevSelectedEdges = i), this._prevSelectedEdgeIds = o, this._prevSelectedEdges;
    });
    get selectedEdges() {
      return l(this.#u);
    }
    set selectedEdges(r) {
      F(this.#u, r);
    }
    selectionChangeHandlers = /* @__PURE__ */ new Map();
    nodeLookup = /* @__PURE__ */ new Map();
    parentLookup = /* @__PURE__ */ new Map();
    connectionLookup = /* @__PURE__ */ new Map();
    edgeLookup = /* @__PURE__ */ new Map();
    _prevVisibleEdges = /* @__PURE__ */ new Map();
    #d = _(() => {
      const {
        // We need to access this._nodes to trigger on changes
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
        nodes: r,
        _edges: o,
        _prevVisibleEdges: i,
        nodeLookup: s,
        connectionMode: a,
        onerror: c,
        onlyRenderVisibleElements: u,
        defaultEdgeOptions: d,
        zIndexMode: h
      } = this;
      let f, g;
      const v = {
        edges: o,
        defaultEdgeOptions: d,
        previousEdges: i,
        nodeLookup: s,
        connectionMode: a,
        elevateEdgesOnSelect: e.props.elevateEdgesOnSelect ?? !0,
        zIndexMode: h,
        onerror: c
      };
      if (u) {
        const { viewport: p, width: m, height: w } = this, C = [p.x, p.y, p.zoom];
        f = iv(s, C, m, w), g = Is({
          ...v,
          onlyRenderVisible: !0,
          visibleNodes: f,
          transform: C,
          width: m,
          height: w
        });
      } else
        f = this.nodeLookup, g = Is(v);
      return this._prevVisibleEdges = g, { nodes: f, edges: g };
    });
    get visible() {
      return l(this.#d);
    }
    set visible(r) {
      F(this.#d, r);
    }
    #f = _(() => e.props.nodesDraggable ?? !0);
    get nodesDraggable() {
      return l(this.#f);
    }
    set nodesDraggable(r) {
      F(this.#f, r);
    }
    #h = _(() => e.props.nodesConnectable ?? !0);
    get nodesConnectable() {
      return l(this.#h);
    }
    set nodesConnectable(r) {
      F(this.#h, r);
    }
    #g = _(() => e.props.elementsSelectable ?? !0);
    get elementsSelectable() {
      return l(this.#g);
    }
    set elementsSelectable(r) {
      F(this.#g, r);
    }
    #v = _(() => e.props.nodesFocusable ?? !0);
    get nodesFocusable() {
      return l(this.#v);
    }
    set nodesFocusable(r) {
      F(this.#v, r);
    }
    #p = _(() => e.props.edgesFocusable ?? !0);
    get edgesFocusable() {
      return l(this.#p);
    }
    set edgesFocusable(r) {
      F(this.#p, r);
    }
    #m = _(() => e.props.disableKeyboardA11y ?? !1);
    get disableKeyboardA11y() {
      return l(this.#m);
    }
    set disableKeyboardA11y(r) {
      F(this.#m, r);
    }
    #y = _(() => e.props.minZoom ?? 0.5);
    get minZoom() {
      return l(this.#y);
    }
    set minZoom(r) {
      F(this.#y, r);
    }
    #b = _(() => e.props.maxZoom ?? 2);
    get maxZoom() {
      return l(this.#b);
    }
    set maxZoom(r) {
      F(this.#b, r);
    }
    #w = _(() => e.props.nodeOrigin ?? [0, 0]);
    get nodeOrigin() {
      return l(this.#w);
    }
    set nodeOrigin(r) {
      F(this.#w, r);
    }
    #_ = _(() => e.props.nodeExtent ?? Ho);
    get nodeExtent() {
      return l(this.#_);
    }
    set nodeExtent(r) {
      F(this.#_, r);
    }
    #x = _(() => e.props.translateExtent ?? Ho);
    get translateExtent() {
      return l(this.#x);
    }
    set translateExtent(r) {
      F(this.#x, r);
    }
    #E = _(() => e.props.defaultEdgeOptions ?? {});
    get defaultEdgeOptions() {
      return l(this.#E);
    }
    set defaultEdgeOptions(r) {
      F(this.#E, r);
    }
    #k = _(() => e.props.nodeDragThreshold ?? 1);
    get nodeDragThreshold() {
      return l(this.#k);
    }
    set nodeDragThreshold(r) {
      F(this.#k, r);
    }
    #N = _(() => e.props.autoPanOnNodeDrag ?? !0);
    get autoPanOnNodeDrag() {
      return l(this.#N);
    }
    set autoPanOnNodeDrag(r) {
      F(this.#N, r);
    }
    #S = _(() => e.props.autoPanOnConnect ?? !0);
    get autoPanOnConnect() {
      return l(this.#S);
    }
    set autoPanOnConnect(r) {
      F(this.#S, r);
    }
    #C = _(() => e.props.autoPanOnNodeFocus ?? !0);
    get autoPanOnNodeFocus() {
      return l(this.#C);
    }
    set autoPanOnNodeFocus(r) {
      F(this.#C, r);
    }
    #M = _(() => e.props.autoPanSpeed ?? 15);
    get autoPanSpeed() {
      return l(this.#M);
    }
    set autoPanSpeed(r) {
      F(this.#M, r);
    }
    #P = _(() => e.props.connectionDragThreshold ?? 1);
    get connectionDragThreshold() {
      return l(this.#P);
    }
    set connectionDragThreshold(r) {
      F(this.#P, r);
    }
    fitViewQueued = e.props.fitView ?? !1;
    fitViewOptions = e.props.fitViewOptions;
    fitViewResolver = null;
    #O = _(() => e.props.snapGrid ?? null);
    get snapGrid() {
      return l(this.#O);
    }
    set snapGrid(r) {
      F(this.#O, r);
    }
    #I = ge(!1);
    get dragging() {
      return l(this.#I);
    }
    set dragging(r) {
      F(this.#I, r);
    }
    #A = ge(null);
    get selectionRect() {
      return l(this.#A);
    }
    set selectionRect(r) {
      F(this.#A, r);
    }
    #z = ge(!1);
    get selectionKeyPressed() {
      return l(this.#z);
    }
    set selectionKeyPressed(r) {
      F(this.#z, r);
    }
    #T = ge(!1);
    get multiselectionKeyPressed() {
      return l(this.#T);
    }
    set multiselectionKeyPressed(r) {
      F(this.#T, r);
    }
    #D = ge(!1);
    get deleteKeyPressed() {
      return l(this.#D);
    }
    set deleteKeyPressed(r) {
      F(this.#D, r);
    }
    #L = ge(!1);
    get panActivationKeyPressed() {
      return l(this.#L);
    }
    set panActivationKeyPressed(r) {
      F(this.#L, r);
    }
    #R = ge(!1);
    get zoomActivationKeyPressed() {
      return l(this.#R);
    }
    set zoomActivationKeyPressed(r) {
      F(this.#R, r);
    }
    #H = ge(null);
    get selectionRectMode() {
      return l(this.#H);
    }
    set selectionRectMode(r) {
      F(this.#H, r);
    }
    #V = ge("");
    get ariaLiveMessage() {
      return l(this.#V);
    }
    set ariaLiveMessage(r) {
      F(this.#V, r);
    }
    #B = _(() => e.props.selectionMode ?? Mr.Partial);
    get selectionMode() {
      return l(this.#B);
    }
    set selectionMode(r) {
      F(this.#B, r);
    }
    #F = _(() => ({ ...Rl, ...e.props.nodeTypes }));
    get nodeTypes() {
      return l(this.#F);
    }
    set nodeTypes(r) {
      F(this.#F, r);
    }
    #j = _(() => ({ ...Hl, ...e.props.edgeTypes }));
    get edgeTypes() {
      return l(this.#j);
    }
    set edgeTypes(r) {
      F(this.#j, r);
    }
    #K = _(() => e.props.noPanClass ?? "nopan");
    get noPanClass() {
      return l(this.#K);
    }
    set noPanClass(r) {
      F(this.#K, r);
    }
    #Y = _(() => e.props.noDragClass ?? "nodrag");
    get noDragClass() {
      return l(this.#Y);
    }
    set noDragClass(r) {
      F(this.#Y, r);
    }
    #X = _(() => e.props.noWheelClass ?? "nowheel");
    get noWheelClass() {
      return l(this.#X);
    }
    set noWheelClass(r) {
      F(this.#X, r);
    }
    #Z = _(() => jg(e.props.ariaLabelConfig));
    get ariaLabelConfig() {
      return l(this.#Z);
    }
    set ariaLabelConfig(r) {
      F(this.#Z, r);
    }
    #W = ge(av(this.nodesInitialized, e.props.fitView, e.props.initialViewport, this.width, this.height, this.nodeLookup));
    get _viewport() {
      return l(this.#W);
    }
    set _viewport(r) {
      F(this.#W, r);
    }
    get viewport() {
      return e.viewport ?? this._viewport;
    }
    set viewport(r) {
      e.viewport && (e.viewport = r), this._viewport = r;
    }
    #q = (
      // _connection is viewport independent and originating from XYHandle
      ge(Vo)
    );
    get _connection() {
      return l(this.#q);
    }
    set _connection(r) {
      F(this.#q, r);
    }
    #G = _(() => this._connection.inProgress ? {
      ...this._connection,
      to: rr(this._connection.to, [this.viewport.x, this.viewport.y, this.viewport.zoom])
    } : this._connection);
    get connection() {
      return l(this.#G);
    }
    set connection(r) {
      F(this.#G, r);
    }
    #U = _(() => e.props.connectionMode ?? _n.Strict);
    get connectionMode() {
      return l(this.#U);
    }
    set connectionMode(r) {
      F(this.#U, r);
    }
    #Q = _(() => e.props.connectionRadius ?? 20);
    get connectionRadius() {
      return l(this.#Q);
    }
    set connectionRadius(r) {
      F(this.#Q, r);
    }
    #J = _(() => e.props.isValidConnection ?? (() => !0));
    get isValidConnection() {
      return l(this.#J);
    }
    set isValidConnection(r) {
      F(this.#J, r);
    }
    #$ = _(() => e.props.selectNodesOnDrag ?? !0);
    get selectNodesOnDrag() {
      return l(this.#$);
    }
    set selectNodesOnDrag(r) {
      F(this.#$, r);
    }
    #ee = _(() => e.props.defaultMarkerColor === void 0 ? "#b1b1b7" : e.props.defaultMarkerColor);
    get defaultMarkerColor() {
      return l(this.#ee);
    }
    set defaultMarkerColor(r) {
      F(this.#ee, r);
    }
    #te = _(() => n0(e.edges, {
      defaultColor: this.defaultMarkerColor,
      id: this.flowId,
      defaultMarkerStart: this.defaultEdgeOptions.markerStart,
      defaultMarkerEnd: this.defaultEdgeOptions.markerEnd
    }));
    get markers() {
      return l(this.#te);
    }
    set markers(r) {
      F(this.#te, r);
    }
    #ne = _(() => e.props.onlyRenderVisibleElements ?? !1);
    get onlyRenderVisibleElements() {
      return l(this.#ne);
    }
    set onlyRenderVisibleElements(r) {
      F(this.#ne, r);
    }
    #re = _(() => e.props.onflowerror ?? sv);
    get onerror() {
      return l(this.#re);
    }
    set onerror(r) {
      F(this.#re, r);
    }
    #oe = _(() => e.props.ondelete);
    get ondelete() {
      return l(this.#oe);
    }
    set ondelete(r) {
      F(this.#oe, r);
    }
    #ie = _(() => e.props.onbeforedelete);
    get onbeforedelete() {
      return l(this.#ie);
    }
    set onbeforedelete(r) {
      F(this.#ie, r);
    }
    #se = _(() => e.props.onbeforeconnect);
    get onbeforeconnect() {
      return l(this.#se);
    }
    set onbeforeconnect(r) {
      F(this.#se, r);
    }
    #ae = _(() => e.props.onconnect);
    get onconnect() {
      return l(this.#ae);
    }
    set onconnect(r) {
      F(this.#ae, r);
    }
    #le = _(() => e.props.onconnectstart);
    get onconnectstart() {
      return l(this.#le);
    }
    set onconnectstart(r) {
      F(this.#le, r);
    }
    #ce = _(() => e.props.onconnectend);
    get onconnectend() {
      return l(this.#ce);
    }
    set onconnectend(r) {
      F(this.#ce, r);
    }
    #ue = _(() => e.props.onbeforereconnect);
    get onbeforereconnect() {
      return l(this.#ue);
    }
    set onbeforereconnect(r) {
      F(this.#ue, r);
    }
    #de = _(() => e.props.onreconnect);
    get onreconnect() {
      return l(this.#de);
    }
    set onreconnect(r) {
      F(this.#de, r);
    }
    #fe = _(() => e.props.onreconnectstart);
    get onreconnectstart() {
      return l(this.#fe);
    }
    set onreconnectstart(r) {
      F(this.#fe, r);
    }
    #he = _(() => e.props.onreconnectend);
    get onreconnectend() {
      return l(this.#he);
    }
    set onreconnectend(r) {
      F(this.#he, r);
    }
    #ge = _(() => e.props.clickConnect ?? !0);
    get clickConnect() {
      return l(this.#ge);
    }
    set clickConnect(r) {
      F(this.#ge, r);
    }
    #ve = _(() => e.props.onclickconnectstart);
    get onclickconnectstart() {
      return l(this.#ve);
    }
    set onclickconnectstart(r) {
      F(this.#ve, r);
    }
    #pe = _(() => e.props.onclickconnectend);
    get onclickconnectend() {
      return l(this.#pe);
    }
    set onclickconnectend(r) {
      F(this.#pe, r);
    }
    #me = ge(null);
    get clickConnectStartHandle() {
      return l(this.#me);
    }
    set clickConnectStartHandle(r) {
      F(this.#me, r);
    }
    #ye = _(() => e.props.onselectiondrag);
    get onselectiondrag() {
      return l(this.#ye);
    }
    set onselectiondrag(r) {
      F(this.#ye, r);
    }
    #be = _(() => e.props.onselectiondragstart);
    get onselectiondragstart() {
      return l(this.#be);
    }
    set onselectiondragstart(r) {
      F(this.#be, r);
    }
    #we = _(() => e.props.onselectiondragstop);
    get onselectiondragstop() {
      return l(this.#we);
    }
    set onselectiondragstop(r) {
      F(this.#we, r);
    }
    resolveFitView = async () => {
      this.panZoom && (await Rg(
        {
          nodes: this.nodeLookup,
          width: this.width,
          height: this.height,
          panZoom: this.panZoom,
          minZoom: this.minZoom,
          maxZoom: this.maxZoom
        },
        this.fitViewOptions
      ), this.fitViewResolver?.resolve(!0), this.fitViewQueued = !1, this.fitViewOptions = void 0, this.fitViewResolver = null);
    };
    _prefersDark = new ov("(prefers-color-scheme: dark)", e.props.colorModeSSR === "dark");
    #_e = _(() => e.props.colorMode === "system" ? this._prefersDark.current ? "dark" : "light" : e.props.colorMode ?? "light");
    get colorMode() {
      return l(this.#_e);
    }
    set colorMode(r) {
      F(this.#_e, r);
    }
    constructor() {
    }
    resetStoreValues() {
      this.dragging = !1, this.selectionRect = null, this.selectionRectMode = null, this.selectionKeyPressed = !1, this.multiselectionKeyPressed = !1, this.deleteKeyPressed = !1, this.panActivationKeyPressed = !1, this.zoomActivationKeyPressed = !1, this._connection = Vo, this.clickConnectStartHandle = null, this.viewport = e.props.initialViewport ?? { x: 0, y: 0, zoom: 1 }, this.ariaLiveMessage = "";
    }
  }
  return new t();
}
const cv = $t.error001("svelte");
function kt() {
  const e = Uo(zr);
  if (!e)
    throw new Error(cv);
  return e.getStore();
}
const zr = Symbol();
function jo(e) {
  const t = lv(e);
  function n(I) {
    t.nodeTypes = {
      ...Rl,
      ...I
    };
  }
  function r(I) {
    t.edgeTypes = {
      ...Hl,
      ...I
    };
  }
  function o(I) {
    t.edges = A0(I, t.edges, { onError: t.onerror });
  }
  const i = (I, M = !1) => {
    t.nodes = t.nodes.map((P) => {
      if (t.connection.inProgress && t.connection.fromNode.id === P.id) {
        const E = t.nodeLookup.get(P.id);
        E && (t.connection = {
          ...t.connection,
          from: tn(E, t.connection.fromHandle, ae.Left, !0)
        });
      }
      const b = I.get(P.id);
      return b ? { ...P, position: b.position, dragging: M } : P;
    });
  };
  function s(I) {
    const { changes: M, updatedInternals: P } = d0(I, t.nodeLookup, t.parentLookup, t.domNode, t.nodeOrigin, t.nodeExtent, t.zIndexMode);
    if (!P)
      return;
    i0(t.nodeLookup, t.parentLookup, {
      nodeOrigin: t.nodeOrigin,
      nodeExtent: t.nodeExtent,
      zIndexMode: t.zIndexMode
    }), t.fitViewQueued && t.resolveFitView();
    const b = /* @__PURE__ */ new Map();
    for (const E of M) {
      const k = t.nodeLookup.get(E.id)?.internals.userNode;
      if (!k)
        continue;
      const N = { ...k };
      switch (E.type) {
        case "dimensions": {
          const L = { ...N.measured, ...E.dimensions };
          E.setAttributes && (N.width = E.dimensions?.width ?? N.width, N.height = E.dimensions?.height ?? N.height), N.measured = L;
          break;
        }
        case "position":
          N.position = E.position ?? N.position;
          break;
      }
      b.set(E.id, N);
    }
    t.nodes = t.nodes.map((E) => b.get(E.id) ?? E);
  }
  function a(I) {
    const M = t.fitViewResolver ?? Promise.withResolvers();
    return t.fitViewQueued = !0, t.fitViewOptions = I, t.fitViewResolver = M, t.nodes = [...t.nodes], M.promise;
  }
  async function c(I, M, P) {
    const b = typeof P?.zoom < "u" ? P.zoom : t.maxZoom, E = t.panZoom;
    return E ? (await E.setViewport({
      x: t.width / 2 - I * b,
      y: t.height / 2 - M * b,
      zoom: b
    }, { duration: P?.duration, ease: P?.ease, interpolate: P?.interpolate }), !0) : !1;
  }
  async function u(I, M) {
    const P = t.panZoom;
    return P ? P.scaleBy(I, M) : !1;
  }
  async function d(I) {
    return u(1.2, I);
  }
  function h(I) {
    return u(1 / 1.2, I);
  }
  function f(I) {
    const M = t.panZoom;
    M && (M.setScaleExtent([I, t.maxZoom]), t.minZoom = I);
  }
  function g(I) {
    const M = t.panZoom;
    M && (M.setScaleExtent([t.minZoom, I]), t.maxZoom = I);
  }
  function v(I) {
    const M = t.panZoom;
    M && (M.setTranslateExtent(I), t.translateExtent = I);
  }
  function p(I, M = null) {
    let P = !1;
    const b = I.map((E) => (M ? M.has(E.id) : !0) && E.selected ? (P = !0, { ...E, selected: !1 }) : E);
    return [P, b];
  }
  function m(I) {
    const M = I?.nodes ? new Set(I.nodes.map((L) => L.id)) : null, [P, b] = p(t.nodes, M);
    P && (t.nodes = b);
    const E = I?.edges ? new Set(I.edges.map((L) => L.id)) : null, [k, N] = p(t.edges, E);
    k && (t.edges = N);
  }
  function w(I) {
    const M = t.multiselectionKeyPressed;
    t.nodes = t.nodes.map((P) => {
      const b = I.includes(P.id), E = M && P.selected || b;
      return !!P.selected !== E ? { ...P, selected: E } : P;
    }), M || m({ nodes: [] });
  }
  function C(I) {
    const M = t.multiselectionKeyPressed;
    t.edges = t.edges.map((P) => {
      const b = I.includes(P.id), E = M && P.selected || b;
      return !!P.selected !== E ? { ...P, selected: E } : P;
    }), M || m({ edges: [] });
  }
  function y(I, M, P) {
    const b = t.nodeLookup.get(I);
    if (!b) {
      t.onerror("012", $t.error012(I));
      return;
    }
    t.selectionRect = null, t.selectionRectMode = null, b.selected ? (M || b.selected && t.multiselectionKeyPressed) && (m({ nodes: [b.internals.userNode], edges: [] }), requestAnimationFrame(() => P?.blur())) : w([I]);
  }
  function x(I) {
    const M = t.edgeLookup.get(I);
    if (!M) {
      t.onerror("016", $t.error016(I));
      return;
    }
    (M.selectable || t.elementsSelectable && typeof M.selectable > "u") && (t.selectionRect = null, t.selectionRectMode = null, M.selected ? M.selected && t.multiselectionKeyPressed && m({ nodes: [], edges: [M] }) : C([I]));
  }
  function S(I, M) {
    const { nodeExtent: P, snapGrid: b, nodeOrigin: E, nodeLookup: k, nodesDraggable: N, onerror: L } = t, H = /* @__PURE__ */ new Map(), B = b?.[0] ?? 5, Z = b?.[1] ?? 5, te = I.x * B * M, T = I.y * Z * M;
    for (const D of k.values()) {
      if (!(D.selected && (D.draggable || N && typeof D.draggable > "u")))
        continue;
      let $ = {
        x: D.internals.positionAbsolute.x + te,
        y: D.internals.positionAbsolute.y + T
      };
      b && ($ = nr($, b));
      const { position: J, positionAbsolute: re } = hl({
        nodeId: D.id,
        nextPosition: $,
        nodeLookup: k,
        nodeExtent: P,
        nodeOrigin: E,
        onError: L
      });
      D.position = J, D.internals.positionAbsolute = re, H.set(D.id, D);
    }
    i(H);
  }
  function O(I) {
    return f0({
      delta: I,
      panZoom: t.panZoom,
      transform: [t.viewport.x, t.viewport.y, t.viewport.zoom],
      translateExtent: t.translateExtent,
      width: t.width,
      height: t.height
    });
  }
  const A = (I) => {
    t._connection = { ...I };
  };
  function z() {
    t._connection = Vo;
  }
  function j() {
    t.resetStoreValues(), m();
  }
  return Object.assign(t, {
    setNodeTypes: n,
    setEdgeTypes: r,
    addEdge: o,
    updateNodePositions: i,
    updateNodeInternals: s,
    zoomIn: d,
    zoomOut: h,
    fitView: a,
    setCenter: c,
    setMinZoom: f,
    setMaxZoom: g,
    setTranslateExtent: v,
    unselectNodesAndEdges: m,
    addSelectedNodes: w,
    addSelectedEdges: C,
    handleNodeSelection: y,
    handleEdgeSelection: x,
    moveSelectedNodes: S,
    panBy: O,
    updateConnection: A,
    cancelConnection: z,
    reset: j
  });
}
function uv(e, t) {
  const { minZoom: n, maxZoom: r, initialViewport: o, onPanZoomStart: i, onPanZoom: s, onPanZoomEnd: a, translateExtent: c, setPanZoomInstance: u, onDraggingChange: d, onTransformChange: h } = t, f = O0({
    domNode: e,
    minZoom: n,
    maxZoom: r,
    translateExtent: c,
    viewport: o,
    onPanZoom: s,
    onPanZoomStart: i,
    onPanZoomEnd: a,
    onDraggingChange: d
  }), g = f.getViewport();
  return (o.x !== g.x || o.y !== g.y || o.zoom !== g.zoom) && h([g.x, g.y, g.zoom]), u(f), f.update(t), {
    update(v) {
      f.update(v);
    }
  };
}
var dv = /* @__PURE__ */ ee('<div class="svelte-flow__zoom svelte-flow__container"><!></div>');
function fv(e, t) {
  ue(t, !0);
  let n = W(t, "store", 15), r = _(() => n().panActivationKeyPressed || t.panOnDrag), o = _(() => n().panActivationKeyPressed || t.panOnScroll);
  const { viewport: i } = n();
  let s = !1;
  Be(() => {
    !s && n().viewportInitialized && (t.oninit?.(), s = !0);
  });
  var a = dv(), c = Y(a);
  Xe(c, () => t.children), Ae(a, (u, d) => uv?.(u, d), () => ({
    viewport: n().viewport,
    minZoom: n().minZoom,
    maxZoom: n().maxZoom,
    initialViewport: i,
    onDraggingChange: (u) => {
      n(n().dragging = u, !0);
    },
    setPanZoomInstance: (u) => {
      n(n().panZoom = u, !0);
    },
    onPanZoomStart: t.onmovestart,
    onPanZoom: t.onmove,
    onPanZoomEnd: t.onmoveend,
    zoomOnScroll: t.zoomOnScroll,
    zoomOnDoubleClick: t.zoomOnDoubleClick,
    zoomOnPinch: t.zoomOnPinch,
    panOnScroll: l(o),
    panOnDrag: l(r),
    panOnScrollSpeed: t.panOnScrollSpeed,
    panOnScrollMode: t.panOnScrollMode,
    panActivationKeyPressed: n().panActivationKeyPressed,
    zoomActivationKeyPressed: n().zoomActivationKeyPressed,
    preventScrolling: typeof t.preventScrolling == "boolean" ? t.preventScrolling : !0,
    noPanClassName: n().noPanClass,
    noWheelClassName: n().noWheelClass,
    userSelectionActive: !!n().selectionRect,
    translateExtent: n().translateExtent,
    lib: "svelte",
    paneClickDistance: t.paneClickDistance,
    selectionOnDrag: t.selectionOnDrag,
    onTransformChange: (u) => {
      n(n().viewport = { x: u[0], y: u[1], zoom: u[2] }, !0);
    },
    connectionInProgress: n().connection.inProgress
  })), R(e, a), de();
}
function As(e, t) {
  return (n) => {
    n.target === t && e?.(n);
  };
}
function zs(e) {
  return (t) => {
    const n = e.has(t.id);
    return !!t.selected !== n ? { ...t, selected: n } : t;
  };
}
function Ts(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
var hv = /* @__PURE__ */ ee("<div><!></div>");
function gv(e, t) {
  ue(t, !0);
  let n = W(t, "store", 15), r = W(t, "panOnDrag", 3, !0), o = W(t, "paneClickDistance", 3, 1), i = W(t, "autoPanOnSelection", 3, !0), s, a = null, c = !1, u = /* @__PURE__ */ new Set(), d = /* @__PURE__ */ new Set(), h = _(() => n().panActivationKeyPressed || r()), f = _(() => n().selectionKeyPressed || !!n().selectionRect || t.selectionOnDrag && l(h) !== !0), g = _(() => n().elementsSelectable && (l(f) || n().selectionRectMode === "user")), v = !1, p = 0, m = { x: 0, y: 0 }, w = !1;
  function C(N) {
    if (N.pointerType === "touch" && l(h) !== !1 && !n().selectionKeyPressed || (a = s?.getBoundingClientRect(), !a)) return;
    const L = N.target === s, H = !L && !!N.target.closest(".nokey"), B = t.selectionOnDrag && L || n().selectionKeyPressed;
    if (H || !l(f) || !B || N.button !== 0 || !N.isPrimary)
      return;
    N.target?.setPointerCapture?.(N.pointerId), v = !1, w = !1;
    const { x: Z, y: te } = Je(N, a), T = rr({ x: Z, y: te }, [
      n().viewport.x,
      n().viewport.y,
      n().viewport.zoom
    ]);
    n(
      n().selectionRect = {
        width: 0,
        height: 0,
        startX: T.x,
        startY: T.y,
        x: Z,
        y: te
      },
      !0
    ), L || (N.stopPropagation(), N.preventDefault());
  }
  function y(N, L) {
    if (n().selectionRect?.startX === void 0 || n().selectionRect.startY === void 0)
      return;
    const H = {
      x: n().selectionRect?.startX,
      y: n().selectionRect?.startY
    }, B = En(H, [
      n().viewport.x,
      n().viewport.y,
      n().viewport.zoom
    ]), Z = {
      startX: H.x,
      startY: H.y,
      x: N < B.x ? N : B.x,
      y: L < B.y ? L : B.y,
      width: Math.abs(N - B.x),
      height: Math.abs(L - B.y)
    }, te = u, T = d;
    u = new Set(vi(
      n().nodeLookup,
      Z,
      [
        n().viewport.x,
        n().viewport.y,
        n().viewport.zoom
      ],
      n().selectionMode === Mr.Partial,
      !0
    ).map((U) => U.id));
    const D = n().defaultEdgeOptions.selectable ?? !0;
    d = /* @__PURE__ */ new Set();
    for (const U of u) {
      const $ = n().connectionLookup.get(U);
      if ($)
        for (const { edgeId: J } of $.values()) {
          const re = n().edgeLookup.get(J);
          re && (re.selectable ?? D) && d.add(J);
        }
    }
    Ts(te, u) || n(n().nodes = n().nodes.map(zs(u)), !0), Ts(T, d) || n(n().edges = n().edges.map(zs(d)), !0), n(n().selectionRectMode = "user", !0), n(n().selectionRect = Z, !0);
  }
  function x() {
    if (!i() || !a)
      return;
    const [N, L] = pi(m, a, n().autoPanSpeed);
    n().panBy({ x: N, y: L }).then((H) => {
      if (!v || !H) {
        p = requestAnimationFrame(x);
        return;
      }
      y(m.x, m.y), p = requestAnimationFrame(x);
    });
  }
  function S() {
    cancelAnimationFrame(p), p = 0, w = !1;
  }
  Qn(() => {
    typeof window < "u" && S();
  });
  function O(N) {
    if (!l(f) || !a || !n().selectionRect)
      return;
    const L = Je(N, a);
    m = { x: L.x, y: L.y };
    const H = {
      x: n().selectionRect.startX,
      y: n().selectionRect.startY
    }, B = En(H, [
      n().viewport.x,
      n().viewport.y,
      n().viewport.zoom
    ]);
    if (!v) {
      const Z = n().selectionKeyPressed ? 0 : o();
      if (Math.hypot(L.x - B.x, L.y - B.y) <= Z)
        return;
      n().unselectNodesAndEdges(), t.onselectionstart?.(N);
    }
    v = !0, w || (x(), w = !0), y(L.x, L.y);
  }
  function A(N) {
    if (!l(g)) {
      N.target === s && n().connection.inProgress && (c = !0);
      return;
    }
    N.button === 0 && (N.target?.releasePointerCapture?.(N.pointerId), !v && N.target === s && I?.(N), n(n().selectionRect = null, !0), v && n(n().selectionRectMode = u.size > 0 ? "nodes" : null, !0), v && t.onselectionend?.(N), S());
  }
  function z(N) {
    N.target?.releasePointerCapture?.(N.pointerId), S();
  }
  const j = (N) => {
    if (Array.isArray(l(h)) && l(h).includes(2)) {
      N.preventDefault();
      return;
    }
    t.onpanecontextmenu?.({ event: N });
  }, X = (N) => {
    v && (N.stopPropagation(), v = !1);
  };
  function I(N) {
    if (v || n().connection.inProgress || c) {
      v = !1, c = !1;
      return;
    }
    t.onpaneclick?.({ event: N }), n().unselectNodesAndEdges(), n(n().selectionRectMode = null, !0), n(n().selectionRect = null, !0);
  }
  var M = hv();
  let P;
  var b = _(() => l(g) ? void 0 : As(I, s));
  M.__click = function(...N) {
    l(b)?.apply(this, N);
  }, M.__pointermove = function(...N) {
    (l(g) ? O : void 0)?.apply(this, N);
  }, M.__pointerup = A;
  var E = _(() => As(j, s));
  M.__contextmenu = function(...N) {
    l(E)?.apply(this, N);
  };
  var k = Y(M);
  Xe(k, () => t.children), Sn(M, (N) => s = N, () => s), oe((N) => P = ze(M, 1, "svelte-flow__pane svelte-flow__container", null, P, N), [
    () => ({
      draggable: r() === !0 || Array.isArray(r()) && r().includes(0),
      dragging: n().dragging,
      selection: l(f)
    })
  ]), Ye(
    "pointerdown",
    M,
    function(...N) {
      (l(g) ? C : void 0)?.apply(this, N);
    },
    !0
  ), Ye("pointercancel", M, function(...N) {
    (l(g) ? z : void 0)?.apply(this, N);
  }), Ye(
    "click",
    M,
    function(...N) {
      (l(g) ? X : void 0)?.apply(this, N);
    },
    !0
  ), R(e, M), de();
}
Dt(["click", "pointermove", "pointerup", "contextmenu"]);
var vv = /* @__PURE__ */ ee('<div class="svelte-flow__viewport xyflow__viewport svelte-flow__container"><!></div>');
function pv(e, t) {
  ue(t, !0);
  var n = vv();
  let r;
  var o = Y(n);
  Xe(o, () => t.children), oe(() => r = ke(n, "", r, {
    transform: `translate(${t.store.viewport.x ?? ""}px, ${t.store.viewport.y ?? ""}px) scale(${t.store.viewport.zoom ?? ""})`
  })), R(e, n), de();
}
function Vl(e, t) {
  const { store: n, onDrag: r, onDragStart: o, onDragStop: i, onNodeMouseDown: s } = t, a = p0({
    onDrag: r,
    onDragStart: o,
    onDragStop: i,
    onNodeMouseDown: s,
    getStoreItems: () => {
      const { snapGrid: u, viewport: d } = n;
      return {
        nodes: n.nodes,
        nodeLookup: n.nodeLookup,
        edges: n.edges,
        nodeExtent: n.nodeExtent,
        snapGrid: u || [0, 0],
        snapToGrid: !!u,
        nodeOrigin: n.nodeOrigin,
        multiSelectionActive: n.multiselectionKeyPressed,
        domNode: n.domNode,
        transform: [d.x, d.y, d.zoom],
        autoPanOnNodeDrag: n.autoPanOnNodeDrag,
        nodesDraggable: n.nodesDraggable,
        selectNodesOnDrag: n.selectNodesOnDrag,
        nodeDragThreshold: n.nodeDragThreshold,
        unselectNodesAndEdges: n.unselectNodesAndEdges,
        updateNodePositions: n.updateNodePositions,
        onSelectionDrag: n.onselectiondrag,
        onSelectionDragStart: n.onselectiondragstart,
        onSelectionDragStop: n.onselectiondragstop,
        panBy: n.panBy
      };
    }
  });
  function c(u, d) {
    if (d.disabled) {
      a.destroy();
      return;
    }
    a.update({
      domNode: u,
      noDragClassName: d.noDragClass,
      handleSelector: d.handleSelector,
      nodeId: d.nodeId,
      isSelectable: d.isSelectable,
      nodeClickDistance: d.nodeClickDistance
    });
  }
  return c(e, t), {
    update(u) {
      c(e, u);
    },
    destroy() {
      a.destroy();
    }
  };
}
var mv = /* @__PURE__ */ ee('<div aria-live="assertive" aria-atomic="true" class="a11y-live-msg svelte-13pq11u"> </div>'), yv = /* @__PURE__ */ ee('<div class="a11y-hidden svelte-13pq11u"> </div> <div class="a11y-hidden svelte-13pq11u"> </div> <!>', 1);
function bv(e, t) {
  ue(t, !0);
  var n = yv(), r = fe(n), o = Y(r), i = q(r, 2), s = Y(i), a = q(i, 2);
  {
    var c = (u) => {
      var d = mv(), h = Y(d);
      oe(() => {
        Q(d, "id", `${wv}-${t.store.flowId}`), ie(h, t.store.ariaLiveMessage);
      }), R(u, d);
    };
    se(a, (u) => {
      t.store.disableKeyboardA11y || u(c);
    });
  }
  oe(() => {
    Q(r, "id", `${Bl}-${t.store.flowId}`), ie(o, t.store.disableKeyboardA11y ? t.store.ariaLabelConfig["node.a11yDescription.default"] : t.store.ariaLabelConfig["node.a11yDescription.keyboardDisabled"]), Q(i, "id", `${Fl}-${t.store.flowId}`), ie(s, t.store.ariaLabelConfig["edge.a11yDescription.default"]);
  }), R(e, n), de();
}
const Bl = "svelte-flow__node-desc", Fl = "svelte-flow__edge-desc", wv = "svelte-flow__aria-live";
var _v = /* @__PURE__ */ ee("<div><!></div>");
function xv(e, t) {
  ue(t, !0);
  let n = W(t, "store", 15), r = _(() => Re(t.node.data, () => ({}), !0)), o = _(() => Re(t.node.selected, !1)), i = _(() => t.node.draggable), s = _(() => t.node.selectable), a = _(() => Re(t.node.deletable, !0)), c = _(() => t.node.connectable), u = _(() => t.node.focusable), d = _(() => Re(t.node.hidden, !1)), h = _(() => Re(t.node.dragging, !1)), f = _(() => Re(t.node.style, "")), g = _(() => t.node.class), v = _(() => Re(t.node.type, "default")), p = _(() => t.node.parentId), m = _(() => t.node.sourcePosition), w = _(() => t.node.targetPosition), C = _(() => Re(t.node.measured, () => ({ width: 0, height: 0 }), !0).width), y = _(() => Re(t.node.measured, () => ({ width: 0, height: 0 }), !0).height), x = _(() => t.node.initialWidth), S = _(() => t.node.initialHeight), O = _(() => t.node.width), A = _(() => t.node.height), z = _(() => t.node.dragHandle), j = _(() => Re(t.node.internals.z, 0)), X = _(() => t.node.internals.positionAbsolute.x), I = _(() => t.node.internals.positionAbsolute.y), M = _(() => t.node.internals.userNode), { id: P } = t.node, b = _(() => l(i) ?? n().nodesDraggable), E = _(() => l(s) ?? n().elementsSelectable), k = _(() => l(c) ?? n().nodesConnectable), N = _(() => yl(t.node)), L = _(() => !!t.node.internals.handleBounds), H = _(() => l(N) && l(L)), B = _(() => l(u) ?? n().nodesFocusable);
  function Z(pe) {
    return n().parentLookup.has(pe);
  }
  let te = _(() => Z(P)), T = ge(null), D = null, U = l(v), $ = l(m), J = l(w), re = _(() => n().nodeTypes[l(v)] ?? Tl), le = _(() => n().ariaLabelConfig), ve = {
    get value() {
      return l(k);
    }
  };
  T0(P), L0(ve);
  let ce = _(() => {
    const pe = l(C) === void 0 ? l(O) ?? l(x) : l(O), xe = l(y) === void 0 ? l(A) ?? l(S) : l(A);
    if (!(pe === void 0 && xe === void 0 && l(f) === void 0))
      return `${l(f)};${pe ? `width:${ct(pe)};` : ""}${xe ? `height:${ct(xe)};` : ""}`;
  });
  Be(() => {
    (l(v) !== U || l(m) !== $ || l(w) !== J) && l(T) !== null && requestAnimationFrame(() => {
      l(T) !== null && n().updateNodeInternals(/* @__PURE__ */ new Map([[P, { id: P, nodeElement: l(T), force: !0 }]]));
    }), U = l(v), $ = l(m), J = l(w);
  }), Be(() => {
    t.resizeObserver && (!l(H) || l(T) !== D) && (D && t.resizeObserver.unobserve(D), l(T) && t.resizeObserver.observe(l(T)), D = l(T));
  }), Qn(() => {
    D && t.resizeObserver?.unobserve(D);
  });
  function Ne(pe) {
    l(E) && (!n().selectNodesOnDrag || !l(b) || n().nodeDragThreshold > 0) && n().handleNodeSelection(P), t.onnodeclick?.({ node: l(M), event: pe });
  }
  function he(pe) {
    if (!(_l(pe) || n().disableKeyboardA11y))
      if (dl.includes(pe.key) && l(E)) {
        const xe = pe.key === "Escape";
        n().handleNodeSelection(P, xe, l(T));
      } else l(b) && t.node.selected && Object.prototype.hasOwnProperty.call(Ar, pe.key) && (pe.preventDefault(), n(
        n().ariaLiveMessage = l(le)["node.a11yDescription.ariaLiveMessage"]({
          direction: pe.key.replace("Arrow", "").toLowerCase(),
          x: ~~t.node.internals.positionAbsolute.x,
          y: ~~t.node.internals.positionAbsolute.y
        }),
        !0
      ), n().moveSelectedNodes(Ar[pe.key], pe.shiftKey ? 4 : 1));
  }
  const me = () => {
    if (n().disableKeyboardA11y || !n().autoPanOnNodeFocus || !l(T)?.matches(":focus-visible"))
      return;
    const { width: pe, height: xe, viewport: V } = n();
    vi(/* @__PURE__ */ new Map([[P, t.node]]), { x: 0, y: 0, width: pe, height: xe }, [V.x, V.y, V.zoom], !0).length > 0 || n().setCenter(t.node.position.x + (t.node.measured.width ?? 0) / 2, t.node.position.y + (t.node.measured.height ?? 0) / 2, { zoom: V.zoom });
  };
  var Ee = Se(), Le = fe(Ee);
  {
    var Fe = (pe) => {
      var xe = _v();
      Ht(xe, () => ({
        "data-id": P,
        class: [
          "svelte-flow__node",
          `svelte-flow__node-${l(v)}`,
          l(g)
        ],
        style: l(ce),
        onclick: Ne,
        onpointerenter: t.onnodepointerenter ? (K) => t.onnodepointerenter({ node: l(M), event: K }) : void 0,
        onpointerleave: t.onnodepointerleave ? (K) => t.onnodepointerleave({ node: l(M), event: K }) : void 0,
        onpointermove: t.onnodepointermove ? (K) => t.onnodepointermove({ node: l(M), event: K }) : void 0,
        oncontextmenu: t.onnodecontextmenu ? (K) => t.onnodecontextmenu({ node: l(M), event: K }) : void 0,
        onkeydown: l(B) ? he : void 0,
        onfocus: l(B) ? me : void 0,
        tabIndex: l(B) ? 0 : void 0,
        role: t.node.ariaRole ?? (l(B) ? "group" : void 0),
        "aria-label": t.node.ariaLabel,
        "aria-roledescription": "node",
        "aria-describedby": n().disableKeyboardA11y ? void 0 : `${Bl}-${n().flowId}`,
        ...t.node.domAttributes,
        [It]: {
          dragging: l(h),
          selected: l(o),
          draggable: l(b),
          connectable: l(k),
          selectable: l(E),
          nopan: l(b),
          parent: l(te)
        },
        [mt]: {
          "z-index": l(j),
          transform: `translate(${l(X) ?? ""}px, ${l(I) ?? ""}px)`,
          visibility: l(N) ? "visible" : "hidden"
        }
      }));
      var V = Y(xe);
      Hr(V, () => l(re), (K, ne) => {
        ne(K, {
          get data() {
            return l(r);
          },
          get id() {
            return P;
          },
          get selected() {
            return l(o);
          },
          get selectable() {
            return l(E);
          },
          get deletable() {
            return l(a);
          },
          get sourcePosition() {
            return l(m);
          },
          get targetPosition() {
            return l(w);
          },
          get zIndex() {
            return l(j);
          },
          get dragging() {
            return l(h);
          },
          get draggable() {
            return l(b);
          },
          get dragHandle() {
            return l(z);
          },
          get parentId() {
            return l(p);
          },
          get type() {
            return l(v);
          },
          get isConnectable() {
            return l(k);
          },
          get positionAbsoluteX() {
            return l(X);
          },
          get positionAbsoluteY() {
            return l(I);
          },
          get width() {
            return l(O);
          },
          get height() {
            return l(A);
          }
        });
      }), Ae(xe, (K, ne) => Vl?.(K, ne), () => ({
        nodeId: P,
        isSelectable: l(E),
        disabled: !l(b),
        handleSelector: l(z),
        noDragClass: n().noDragClass,
        nodeClickDistance: t.nodeClickDistance,
        onNodeMouseDown: n().handleNodeSelection,
        onDrag: (K, ne, ye, we) => {
          t.onnodedrag?.({ event: K, targetNode: ye, nodes: we });
        },
        onDragStart: (K, ne, ye, we) => {
          t.onnodedragstart?.({ event: K, targetNode: ye, nodes: we });
        },
        onDragStop: (K, ne, ye, we) => {
          t.onnodedragstop?.({ event: K, targetNode: ye, nodes: we });
        },
        store: n()
      })), Sn(xe, (K) => F(T, K), () => l(T)), R(pe, xe);
    };
    se(Le, (pe) => {
      l(d) || pe(Fe);
    });
  }
  R(e, Ee), de();
}
var Ev = /* @__PURE__ */ ee('<div class="svelte-flow__nodes"></div>');
function kv(e, t) {
  ue(t, !0);
  let n = W(t, "store", 15);
  const r = typeof ResizeObserver > "u" ? null : new ResizeObserver((i) => {
    const s = /* @__PURE__ */ new Map();
    i.forEach((a) => {
      const c = a.target.getAttribute("data-id");
      s.set(c, { id: c, nodeElement: a.target, force: !0 });
    }), n().updateNodeInternals(s);
  });
  Qn(() => {
    r?.disconnect();
  });
  var o = Ev();
  lt(o, 21, () => n().visible.nodes.values(), (i) => i.id, (i, s) => {
    xv(i, {
      get node() {
        return l(s);
      },
      get resizeObserver() {
        return r;
      },
      get nodeClickDistance() {
        return t.nodeClickDistance;
      },
      get onnodeclick() {
        return t.onnodeclick;
      },
      get onnodepointerenter() {
        return t.onnodepointerenter;
      },
      get onnodepointermove() {
        return t.onnodepointermove;
      },
      get onnodepointerleave() {
        return t.onnodepointerleave;
      },
      get onnodedrag() {
        return t.onnodedrag;
      },
      get onnodedragstart() {
        return t.onnodedragstart;
      },
      get onnodedragstop() {
        return t.onnodedragstop;
      },
      get onnodecontextmenu() {
        return t.onnodecontextmenu;
      },
      get store() {
        return n();
      },
      set store(a) {
        n(a);
      }
    });
  }), R(e, o), de();
}
var Nv = /* @__PURE__ */ Ce('<svg class="svelte-flow__edge-wrapper"><g><!></g></svg>');
function Sv(e, t) {
  ue(t, !0);
  let n = _(() => t.edge.id), r = _(() => t.edge.source), o = _(() => t.edge.target), i = _(() => t.edge.sourceX), s = _(() => t.edge.sourceY), a = _(() => t.edge.targetX), c = _(() => t.edge.targetY), u = _(() => t.edge.sourcePosition), d = _(() => t.edge.targetPosition), h = _(() => Re(t.edge.animated, !1)), f = _(() => Re(t.edge.selected, !1)), g = _(() => t.edge.label), v = _(() => t.edge.labelStyle), p = _(() => Re(t.edge.data, () => ({}), !0)), m = _(() => t.edge.style), w = _(() => t.edge.interactionWidth), C = _(() => Re(t.edge.type, "default")), y = _(() => t.edge.sourceHandle), x = _(() => t.edge.targetHandle), S = _(() => t.edge.markerStart), O = _(() => t.edge.markerEnd), A = _(() => t.edge.selectable), z = _(() => t.edge.focusable), j = _(() => Re(t.edge.deletable, !0)), X = _(() => t.edge.hidden), I = _(() => t.edge.zIndex), M = _(() => t.edge.class), P = _(() => t.edge.ariaLabel);
  H0(l(n));
  let b = null, E = _(() => l(A) ?? t.store.elementsSelectable), k = _(() => l(z) ?? t.store.edgesFocusable), N = _(() => t.store.edgeTypes[l(C)] ?? Ll), L = _(() => l(S) ? `url('#${Fo(l(S), t.store.flowId)}')` : void 0), H = _(() => l(O) ? `url('#${Fo(l(O), t.store.flowId)}')` : void 0);
  function B($) {
    const J = t.store.edgeLookup.get(l(n));
    J && (l(E) && t.store.handleEdgeSelection(l(n)), t.onedgeclick?.({ event: $, edge: J }));
  }
  function Z($, J) {
    const re = t.store.edgeLookup.get(l(n));
    re && J({ event: $, edge: re });
  }
  function te($) {
    if (!t.store.disableKeyboardA11y && dl.includes($.key) && l(E)) {
      const { unselectNodesAndEdges: J, addSelectedEdges: re } = t.store;
      $.key === "Escape" ? (b?.blur(), J({ edges: [t.edge] })) : re([l(n)]);
    }
  }
  var T = Se(), D = fe(T);
  {
    var U = ($) => {
      var J = Nv();
      let re;
      var le = Y(J);
      Ht(le, () => ({
        class: ["svelte-flow__edge", l(M)],
        "data-id": l(n),
        onclick: B,
        oncontextmenu: t.onedgecontextmenu ? (ce) => {
          Z(ce, t.onedgecontextmenu);
        } : void 0,
        onpointerenter: t.onedgepointerenter ? (ce) => {
          Z(ce, t.onedgepointerenter);
        } : void 0,
        onpointerleave: t.onedgepointerleave ? (ce) => {
          Z(ce, t.onedgepointerleave);
        } : void 0,
        "aria-label": l(P) === null ? void 0 : l(P) ? l(P) : `Edge from ${l(r)} to ${l(o)}`,
        "aria-describedby": l(k) ? `${Fl}-${t.store.flowId}` : void 0,
        role: t.edge.ariaRole ?? (l(k) ? "group" : "img"),
        "aria-roledescription": "edge",
        onkeydown: l(k) ? te : void 0,
        tabindex: l(k) ? 0 : void 0,
        ...t.edge.domAttributes,
        [It]: {
          animated: l(h),
          selected: l(f),
          selectable: l(E)
        }
      }));
      var ve = Y(le);
      Hr(ve, () => l(N), (ce, Ne) => {
        Ne(ce, {
          get id() {
            return l(n);
          },
          get source() {
            return l(r);
          },
          get target() {
            return l(o);
          },
          get sourceX() {
            return l(i);
          },
          get sourceY() {
            return l(s);
          },
          get targetX() {
            return l(a);
          },
          get targetY() {
            return l(c);
          },
          get sourcePosition() {
            return l(u);
          },
          get targetPosition() {
            return l(d);
          },
          get animated() {
            return l(h);
          },
          get selected() {
            return l(f);
          },
          get label() {
            return l(g);
          },
          get labelStyle() {
            return l(v);
          },
          get data() {
            return l(p);
          },
          get style() {
            return l(m);
          },
          get interactionWidth() {
            return l(w);
          },
          get selectable() {
            return l(E);
          },
          get deletable() {
            return l(j);
          },
          get type() {
            return l(C);
          },
          get sourceHandleId() {
            return l(y);
          },
          get targetHandleId() {
            return l(x);
          },
          get markerStart() {
            return l(L);
          },
          get markerEnd() {
            return l(H);
          }
        });
      }), Sn(le, (ce) => b = ce, () => b), oe(() => re = ke(J, "", re, { "z-index": l(I) })), R($, J);
    };
    se(D, ($) => {
      l(X) || $(U);
    });
  }
  R(e, T), de();
}
wu();
var Cv = /* @__PURE__ */ Ce("<defs></defs>");
function Mv(e, t) {
  ue(t, !1);
  const n = kt();
  Bu();
  var r = Cv();
  lt(r, 5, () => n.markers, (o) => o.id, (o, i) => {
    Av(o, jt(() => l(i)));
  }), R(e, r), de();
}
var Pv = /* @__PURE__ */ Ce('<polyline class="arrow" fill="none" stroke-linecap="round" stroke-linejoin="round" points="-5,-4 0,0 -5,4"></polyline>'), Ov = /* @__PURE__ */ Ce('<polyline class="arrowclosed" stroke-linecap="round" stroke-linejoin="round" points="-5,-4 0,0 -5,4 -5,-4"></polyline>'), Iv = /* @__PURE__ */ Ce('<marker class="svelte-flow__arrowhead" viewBox="-10 -10 20 20" refX="0" refY="0"><!></marker>');
function Av(e, t) {
  ue(t, !0);
  let n = W(t, "width", 3, 12.5), r = W(t, "height", 3, 12.5), o = W(t, "markerUnits", 3, "strokeWidth"), i = W(t, "orient", 3, "auto-start-reverse"), s = W(t, "color", 3, "none");
  var a = Iv(), c = Y(a);
  {
    var u = (h) => {
      var f = Pv();
      let g;
      oe(() => {
        Q(f, "stroke-width", t.strokeWidth), g = ke(f, "", g, { stroke: s() });
      }), R(h, f);
    }, d = (h) => {
      var f = Se(), g = fe(f);
      {
        var v = (p) => {
          var m = Ov();
          let w;
          oe(() => {
            Q(m, "stroke-width", t.strokeWidth), w = ke(m, "", w, { stroke: s(), fill: s() });
          }), R(p, m);
        };
        se(
          g,
          (p) => {
            t.type === Pr.ArrowClosed && p(v);
          },
          !0
        );
      }
      R(h, f);
    };
    se(c, (h) => {
      t.type === Pr.Arrow ? h(u) : h(d, !1);
    });
  }
  oe(() => {
    Q(a, "id", t.id), Q(a, "markerWidth", `${n()}`), Q(a, "markerHeight", `${r()}`), Q(a, "markerUnits", o()), Q(a, "orient", i());
  }), R(e, a), de();
}
var zv = /* @__PURE__ */ ee('<div class="svelte-flow__edges"><svg class="svelte-flow__marker"><!></svg> <!></div>');
function Tv(e, t) {
  ue(t, !0);
  let n = W(t, "store", 15);
  var r = zv(), o = Y(r), i = Y(o);
  Mv(i, {});
  var s = q(o, 2);
  lt(s, 17, () => n().visible.edges.values(), (a) => a.id, (a, c) => {
    Sv(a, {
      get edge() {
        return l(c);
      },
      get onedgeclick() {
        return t.onedgeclick;
      },
      get onedgecontextmenu() {
        return t.onedgecontextmenu;
      },
      get onedgepointerenter() {
        return t.onedgepointerenter;
      },
      get onedgepointerleave() {
        return t.onedgepointerleave;
      },
      get store() {
        return n();
      },
      set store(u) {
        n(u);
      }
    });
  }), R(e, r), de();
}
var Dv = /* @__PURE__ */ ee('<div class="svelte-flow__selection svelte-1vr3gfi"></div>');
function jl(e, t) {
  ue(t, !0);
  let n = W(t, "x", 3, 0), r = W(t, "y", 3, 0), o = W(t, "width", 3, 0), i = W(t, "height", 3, 0), s = W(t, "isVisible", 3, !0);
  var a = Se(), c = fe(a);
  {
    var u = (d) => {
      var h = Dv();
      let f;
      oe((g) => f = ke(h, "", f, g), [
        () => ({
          width: typeof o() == "string" ? o() : ct(o()),
          height: typeof i() == "string" ? i() : ct(i()),
          transform: `translate(${n()}px, ${r()}px)`
        })
      ]), R(d, h);
    };
    se(c, (d) => {
      s() && d(u);
    });
  }
  R(e, a), de();
}
var Lv = /* @__PURE__ */ ee("<div><!></div>");
function Rv(e, t) {
  ue(t, !0);
  let n = ge(void 0);
  Be(() => {
    t.store.disableKeyboardA11y || l(n)?.focus({ preventScroll: !0 });
  });
  let r = _(() => {
    if (t.store.selectionRectMode === "nodes") {
      t.store.nodes;
      const d = tr(t.store.nodeLookup, { filter: (h) => !!h.selected });
      if (d.width > 0 && d.height > 0)
        return d;
    }
    return null;
  });
  function o(d) {
    const h = t.store.nodes.filter((f) => f.selected);
    t.onselectioncontextmenu?.({ nodes: h, event: d });
  }
  function i(d) {
    const h = t.store.nodes.filter((f) => f.selected);
    t.onselectionclick?.({ nodes: h, event: d });
  }
  function s(d) {
    Object.prototype.hasOwnProperty.call(Ar, d.key) && (d.preventDefault(), t.store.moveSelectedNodes(Ar[d.key], d.shiftKey ? 4 : 1));
  }
  var a = Se(), c = fe(a);
  {
    var u = (d) => {
      var h = Lv();
      h.__contextmenu = o, h.__click = i, h.__keydown = function(...v) {
        (t.store.disableKeyboardA11y ? void 0 : s)?.apply(this, v);
      };
      let f;
      var g = Y(h);
      jl(g, { width: "100%", height: "100%", x: 0, y: 0 }), Ae(h, (v, p) => Vl?.(v, p), () => ({
        disabled: !1,
        store: t.store,
        onDrag: (v, p, m, w) => {
          t.onnodedrag?.({ event: v, targetNode: null, nodes: w });
        },
        onDragStart: (v, p, m, w) => {
          t.onnodedragstart?.({ event: v, targetNode: null, nodes: w });
        },
        onDragStop: (v, p, m, w) => {
          t.onnodedragstop?.({ event: v, targetNode: null, nodes: w });
        }
      })), Sn(h, (v) => F(n, v), () => l(n)), oe(
        (v) => {
          ze(h, 1, Rt(["svelte-flow__selection-wrapper", t.store.noPanClass]), "svelte-sf2y5e"), Q(h, "role", t.store.disableKeyboardA11y ? void 0 : "button"), Q(h, "tabindex", t.store.disableKeyboardA11y ? void 0 : -1), f = ke(h, "", f, v);
        },
        [
          () => ({
            width: ct(l(r).width),
            height: ct(l(r).height),
            transform: `translate(${l(r).x ?? ""}px, ${l(r).y ?? ""}px)`
          })
        ]
      ), R(d, h);
    };
    se(c, (d) => {
      t.store.selectionRectMode === "nodes" && l(r) && _t(l(r).x) && _t(l(r).y) && d(u);
    });
  }
  R(e, a), de();
}
Dt(["contextmenu", "click", "keydown"]);
function Hv(e) {
  switch (e) {
    case "none":
      return 0;
    case "ctrl":
      return 8;
    case "shift":
      return 4;
    case "alt":
      return 2;
    case "meta":
      return 1;
  }
}
function rt(e, t) {
  let { enabled: n = !0, trigger: r, type: o = "keydown" } = t;
  function i(a) {
    const c = Array.isArray(r) ? r : [r], u = [a.metaKey, a.altKey, a.shiftKey, a.ctrlKey].reduce(
      (d, h, f) => h ? d | 1 << f : d,
      0
    );
    for (const d of c) {
      const h = {
        preventDefault: !1,
        enabled: !0,
        ...d
      }, {
        modifier: f,
        key: g,
        code: v,
        callback: p,
        preventDefault: m,
        enabled: w
      } = h;
      if (!g && !v && console.warn(
        "[svelte-put/shortcut] Trigger should have either `key` or `code`, a trigger missing both was detected! Check your configuration"
      ), w && (g || v)) {
        if (v && a.code !== v) continue;
        if (g && a.key !== g) continue;
        if (f === null || f === !1) {
          if (u !== 0) continue;
        } else if (f !== void 0 && f?.[0]?.length > 0) {
          const y = Array.isArray(f) ? f : [f];
          let x = !1;
          for (const S of y)
            if ((Array.isArray(S) ? S : [S]).reduce(
              (A, z) => A | Hv(z),
              0
            ) === u) {
              x = !0;
              break;
            }
          if (!x) continue;
        }
        m && a.preventDefault();
        const C = {
          node: e,
          trigger: h,
          originalEvent: a
        };
        e.dispatchEvent(new CustomEvent("shortcut", { detail: C })), p?.(C);
      }
    }
  }
  let s;
  return n && (s = So(e, o, i)), {
    update: (a) => {
      const { enabled: c = !0, type: u = "keydown" } = a;
      n && (!c || o !== u) ? s?.() : !n && c && (s = So(e, u, i)), n = c, o = u, r = a.trigger;
    },
    destroy: () => {
      s?.();
    }
  };
}
function Kl() {
  const e = _(kt), t = (i) => {
    const s = Os(i) ? i : l(e).nodeLookup.get(i.id), a = s.parentId ? Fg(s.position, s.measured, s.parentId, l(e).nodeLookup, l(e).nodeOrigin) : s.position, c = {
      ...s,
      position: a,
      width: s.measured?.width ?? s.width,
      height: s.measured?.height ?? s.height
    };
    return Xn(c);
  };
  function n(i, s, a = { replace: !1 }) {
    l(e).nodes = Ve(() => l(e).nodes).map((c) => {
      if (c.id === i) {
        const u = typeof s == "function" ? s(c) : s;
        return a?.replace && Os(u) ? u : { ...c, ...u };
      }
      return c;
    });
  }
  function r(i, s, a = { replace: !1 }) {
    l(e).edges = Ve(() => l(e).edges).map((c) => {
      if (c.id === i) {
        const u = typeof s == "function" ? s(c) : s;
        return a.replace && q0(u) ? u : { ...c, ...u };
      }
      return c;
    });
  }
  const o = (i) => l(e).nodeLookup.get(i);
  return {
    zoomIn: l(e).zoomIn,
    zoomOut: l(e).zoomOut,
    getInternalNode: o,
    getNode: (i) => o(i)?.internals.userNode,
    getNodes: (i) => i === void 0 ? l(e).nodes : Ds(l(e).nodeLookup, i),
    getEdge: (i) => l(e).edgeLookup.get(i),
    getEdges: (i) => i === void 0 ? l(e).edges : Ds(l(e).edgeLookup, i),
    setZoom: async (i, s) => {
      const a = l(e).panZoom;
      return a ? a.scaleTo(i, s) : !1;
    },
    getZoom: () => l(e).viewport.zoom,
    setViewport: async (i, s) => {
      const a = l(e).viewport;
      return l(e).panZoom ? (await l(e).panZoom.setViewport(
        {
          x: i.x ?? a.x,
          y: i.y ?? a.y,
          zoom: i.zoom ?? a.zoom
        },
        s
      ), !0) : !1;
    },
    getViewport: () => Jo(l(e).viewport),
    setCenter: async (i, s, a) => l(e).setCenter(i, s, a),
    fitView: (i) => l(e).fitView(i),
    fitBounds: async (i, s) => {
      if (!l(e).panZoom)
        return !1;
      const a = mi(i, l(e).width, l(e).height, l(e).minZoom, l(e).maxZoom, s?.padding ?? 0.1);
      return await l(e).panZoom.setViewport(a, {
        duration: s?.duration,
        ease: s?.ease,
        interpolate: s?.interpolate
      }), !0;
    },
    /**
     * Partial is defined as "the 2 nodes/areas are intersecting partially".
     * If a is contained in b or b is contained in a, they are both
     * considered fully intersecting.
     */
    getIntersectingNodes: (i, s = !0, a) => {
      const c = ms(i), u = c ? i : t(i);
      return u ? (a || l(e).nodes).filter((d) => {
        const h = l(e).nodeLookup.get(d.id);
        if (!h || !c && d.id === i.id)
          return !1;
        const f = Xn(h), g = Ir(f, u);
        return s && g > 0 || g >= f.width * f.height || g >= u.width * u.height;
      }) : [];
    },
    isNodeIntersecting: (i, s, a = !0) => {
      const u = ms(i) ? i : t(i);
      if (!u)
        return !1;
      const d = Ir(u, s);
      return a && d > 0 || d >= s.width * s.height || d >= u.width * u.height;
    },
    deleteElements: async ({ nodes: i = [], edges: s = [] }) => {
      const { nodes: a, edges: c } = await Hg({
        nodesToRemove: i,
        edgesToRemove: s,
        nodes: l(e).nodes,
        edges: l(e).edges,
        onBeforeDelete: l(e).onbeforedelete
      });
      return a && (l(e).nodes = Ve(() => l(e).nodes).filter((u) => !a.some(({ id: d }) => d === u.id))), c && (l(e).edges = Ve(() => l(e).edges).filter((u) => !c.some(({ id: d }) => d === u.id))), (a.length > 0 || c.length > 0) && l(e).ondelete?.({ nodes: a, edges: c }), { deletedNodes: a, deletedEdges: c };
    },
    screenToFlowPosition: (i, s = { snapToGrid: !0 }) => {
      if (!l(e).domNode)
        return i;
      const a = s.snapToGrid ? l(e).snapGrid : !1, { x: c, y: u, zoom: d } = l(e).viewport, { x: h, y: f } = l(e).domNode.getBoundingClientRect(), g = { x: i.x - h, y: i.y - f };
      return rr(g, [c, u, d], a !== null, a || [1, 1]);
    },
    /**
     *
     * @param position
     * @returns
     */
    flowToScreenPosition: (i) => {
      if (!l(e).domNode)
        return i;
      const { x: s, y: a, zoom: c } = l(e).viewport, { x: u, y: d } = l(e).domNode.getBoundingClientRect(), h = En(i, [s, a, c]);
      return { x: h.x + u, y: h.y + d };
    },
    toObject: () => structuredClone({
      nodes: [...l(e).nodes],
      edges: [...l(e).edges],
      viewport: { ...l(e).viewport }
    }),
    updateNode: n,
    updateNodeData: (i, s, a) => {
      const c = l(e).nodeLookup.get(i)?.internals.userNode;
      if (!c)
        return;
      const u = typeof s == "function" ? s(c) : s;
      n(i, (d) => ({
        ...d,
        data: a?.replace ? u : { ...d.data, ...u }
      }));
    },
    updateEdge: r,
    getNodesBounds: (i) => Tg(i, {
      nodeLookup: l(e).nodeLookup,
      nodeOrigin: l(e).nodeOrigin
    }),
    getHandleConnections: ({ type: i, id: s, nodeId: a }) => Array.from(l(e).connectionLookup.get(`${a}-${i}-${s ?? null}`)?.values() ?? [])
  };
}
function Ds(e, t) {
  const n = [];
  for (const r of t) {
    const o = e.get(r);
    if (o) {
      const i = "internals" in o ? o.internals?.userNode : o;
      n.push(i);
    }
  }
  return n;
}
function Vv(e, t) {
  ue(t, !0);
  let n = W(t, "store", 15), r = W(t, "selectionKey", 3, "Shift"), o = W(t, "multiSelectionKey", 19, () => Zn() ? "Meta" : "Control"), i = W(t, "deleteKey", 3, "Backspace"), s = W(t, "panActivationKey", 3, " "), a = W(t, "zoomActivationKey", 19, () => Zn() ? "Meta" : "Control"), { deleteElements: c } = Kl();
  function u(p) {
    return p !== null && typeof p == "object";
  }
  function d(p) {
    return u(p) ? p.modifier || [] : [];
  }
  function h(p) {
    return p == null ? "" : u(p) ? p.key : p;
  }
  function f(p, m) {
    return (Array.isArray(p) ? p : [p]).map((C) => {
      const y = h(C);
      return {
        key: y,
        modifier: d(C),
        enabled: y !== null,
        callback: m
      };
    });
  }
  function g() {
    n(n().selectionRect = null, !0), n(n().selectionKeyPressed = !1, !0), n(n().multiselectionKeyPressed = !1, !0), n(n().deleteKeyPressed = !1, !0), n(n().panActivationKeyPressed = !1, !0), n(n().zoomActivationKeyPressed = !1, !0);
  }
  function v() {
    const p = n().nodes.filter((w) => w.selected), m = n().edges.filter((w) => w.selected);
    c({ nodes: p, edges: m });
  }
  Ye("blur", He, g), Ye("contextmenu", He, g), Ae(He, (p, m) => rt?.(p, m), () => ({
    trigger: f(r(), () => n(n().selectionKeyPressed = !0, !0)),
    type: "keydown"
  })), Ae(He, (p, m) => rt?.(p, m), () => ({
    trigger: f(r(), () => n(n().selectionKeyPressed = !1, !0)),
    type: "keyup"
  })), Ae(He, (p, m) => rt?.(p, m), () => ({
    trigger: f(o(), () => {
      n(n().multiselectionKeyPressed = !0, !0);
    }),
    type: "keydown"
  })), Ae(He, (p, m) => rt?.(p, m), () => ({
    trigger: f(o(), () => n(n().multiselectionKeyPressed = !1, !0)),
    type: "keyup"
  })), Ae(He, (p, m) => rt?.(p, m), () => ({
    trigger: f(i(), (p) => {
      !(p.originalEvent.ctrlKey || p.originalEvent.metaKey || p.originalEvent.shiftKey) && !_l(p.originalEvent) && (n(n().deleteKeyPressed = !0, !0), v());
    }),
    type: "keydown"
  })), Ae(He, (p, m) => rt?.(p, m), () => ({
    trigger: f(i(), () => n(n().deleteKeyPressed = !1, !0)),
    type: "keyup"
  })), Ae(He, (p, m) => rt?.(p, m), () => ({
    trigger: f(s(), () => n(n().panActivationKeyPressed = !0, !0)),
    type: "keydown"
  })), Ae(He, (p, m) => rt?.(p, m), () => ({
    trigger: f(s(), () => n(n().panActivationKeyPressed = !1, !0)),
    type: "keyup"
  })), Ae(He, (p, m) => rt?.(p, m), () => ({
    trigger: f(a(), () => n(n().zoomActivationKeyPressed = !0, !0)),
    type: "keydown"
  })), Ae(He, (p, m) => rt?.(p, m), () => ({
    trigger: f(a(), () => n(n().zoomActivationKeyPressed = !1, !0)),
    type: "keyup"
  })), de();
}
var Bv = /* @__PURE__ */ Ce('<path fill="none" class="svelte-flow__connection-path"></path>'), Fv = /* @__PURE__ */ Ce('<svg class="svelte-flow__connectionline"><g><!></g></svg>');
function jv(e, t) {
  ue(t, !0);
  let n = _(() => {
    if (!t.store.connection.inProgress)
      return "";
    const s = {
      sourceX: t.store.connection.from.x,
      sourceY: t.store.connection.from.y,
      sourcePosition: t.store.connection.fromPosition,
      targetX: t.store.connection.to.x,
      targetY: t.store.connection.to.y,
      targetPosition: t.store.connection.toPosition
    };
    switch (t.type) {
      case At.Bezier: {
        const [a] = yi(s);
        return a;
      }
      case At.Straight: {
        const [a] = kl(s);
        return a;
      }
      case At.Step:
      case At.SmoothStep: {
        const [a] = bi({
          ...s,
          borderRadius: t.type === At.Step ? 0 : void 0
        });
        return a;
      }
    }
  });
  var r = Se(), o = fe(r);
  {
    var i = (s) => {
      var a = Fv(), c = Y(a), u = Y(c);
      {
        var d = (f) => {
          var g = Se(), v = fe(g);
          Hr(v, () => t.LineComponent, (p, m) => {
            m(p, {});
          }), R(f, g);
        }, h = (f) => {
          var g = Bv();
          oe(() => {
            Q(g, "d", l(n)), ke(g, t.style);
          }), R(f, g);
        };
        se(u, (f) => {
          t.LineComponent ? f(d) : f(h, !1);
        });
      }
      oe(
        (f) => {
          Q(a, "width", t.store.width), Q(a, "height", t.store.height), ke(a, t.containerStyle), ze(c, 0, f);
        },
        [
          () => Rt([
            "svelte-flow__connection",
            Yg(t.store.connection.isValid)
          ])
        ]
      ), R(s, a);
    };
    se(o, (s) => {
      t.store.connection.inProgress && s(i);
    });
  }
  R(e, r), de();
}
var Kv = /* @__PURE__ */ ee("<div><!></div>");
function Wn(e, t) {
  ue(t, !0);
  let n = W(t, "position", 3, "top-right"), r = /* @__PURE__ */ Et(t, [
    "$$slots",
    "$$events",
    "$$legacy",
    "position",
    "style",
    "class",
    "children"
  ]), o = _(() => `${n()}`.split("-"));
  var i = Kv();
  Ht(i, (a) => ({ class: a, style: t.style, ...r }), [
    () => [
      "svelte-flow__panel",
      t.class,
      ...l(o)
    ]
  ]);
  var s = Y(i);
  Xe(s, () => t.children ?? Lt), R(e, i), de();
}
var Yv = /* @__PURE__ */ ee('<a target="_blank" rel="noopener noreferrer" aria-label="Svelte Flow attribution">Svelte Flow</a>');
function Xv(e, t) {
  ue(t, !0);
  let n = W(t, "position", 3, "bottom-right");
  const r = "https://svelteflow.dev?utm_source=attribution";
  var o = Se(), i = fe(o);
  {
    var s = (a) => {
      {
        let c = _(() => `Please only hide this attribution when you are subscribed to Svelte Flow Pro: ${r}`);
        Wn(a, {
          get position() {
            return n();
          },
          class: "svelte-flow__attribution",
          get "data-message"() {
            return l(c);
          },
          children: (u, d) => {
            var h = Yv();
            oe(() => Q(h, "href", r)), R(u, h);
          },
          $$slots: { default: !0 }
        });
      }
    };
    se(i, (a) => {
      t.proOptions?.hideAttribution || a(s);
    });
  }
  R(e, o), de();
}
var Zv = /* @__PURE__ */ ee("<div><!></div>");
function Wv(e, t) {
  ue(t, !0);
  let n = W(t, "domNode", 15), r = W(t, "clientWidth", 15), o = W(t, "clientHeight", 15), i = _(() => t.rest.class), s = _(() => _u(t.rest, [
    "id",
    "class",
    "nodeTypes",
    "edgeTypes",
    "colorMode",
    "isValidConnection",
    "onmove",
    "onmovestart",
    "onmoveend",
    "onflowerror",
    "ondelete",
    "onbeforedelete",
    "onbeforeconnect",
    "onconnect",
    "onconnectstart",
    "onconnectend",
    "onbeforereconnect",
    "onreconnect",
    "onreconnectstart",
    "onreconnectend",
    "onclickconnectstart",
    "onclickconnectend",
    "oninit",
    "onselectionchange",
    "onselectiondragstart",
    "onselectiondrag",
    "onselectiondragstop",
    "onselectionstart",
    "onselectionend",
    "clickConnect",
    "fitView",
    "fitViewOptions",
    "nodeOrigin",
    "nodeDragThreshold",
    "connectionDragThreshold",
    "minZoom",
    "maxZoom",
    "initialViewport",
    "connectionRadius",
    "connectionMode",
    "selectionMode",
    "selectNodesOnDrag",
    "snapGrid",
    "defaultMarkerColor",
    "translateExtent",
    "nodeExtent",
    "onlyRenderVisibleElements",
    "autoPanOnConnect",
    "autoPanOnNodeDrag",
    "colorModeSSR",
    "defaultEdgeOptions",
    "elevateNodesOnSelect",
    "elevateEdgesOnSelect",
    "nodesDraggable",
    "autoPanOnNodeFocus",
    "nodesConnectable",
    "elementsSelectable",
    "nodesFocusable",
    "edgesFocusable",
    "disableKeyboardA11y",
    "noDragClass",
    "noPanClass",
    "noWheelClass",
    "ariaLabelConfig",
    "autoPanSpeed",
    "panOnScrollSpeed",
    "zIndexMode",
    "autoPanOnSelection"
  ]));
  function a(d) {
    d.currentTarget.scrollTo({ top: 0, left: 0, behavior: "auto" }), t.rest.onscroll && t.rest.onscroll(d);
  }
  var c = Zv();
  Ht(
    c,
    (d) => ({
      class: [
        "svelte-flow",
        "svelte-flow__container",
        t.colorMode,
        l(i)
      ],
      "data-testid": "svelte-flow__wrapper",
      role: "application",
      onscroll: a,
      ...l(s),
      [mt]: d
    }),
    [
      () => ({
        width: ct(t.width),
        height: ct(t.height)
      })
    ],
    void 0,
    void 0,
    "svelte-mkap6j"
  );
  var u = Y(c);
  Xe(u, () => t.children ?? Lt), Sn(c, (d) => n(d), () => n()), Xi(c, "clientHeight", o), Xi(c, "clientWidth", r), R(e, c), de();
}
var qv = /* @__PURE__ */ ee('<div class="svelte-flow__viewport-back svelte-flow__container"></div> <!> <div class="svelte-flow__edge-labels svelte-flow__container"></div> <!> <!> <!> <div class="svelte-flow__viewport-front svelte-flow__container"></div>', 1), Gv = /* @__PURE__ */ ee("<!> <!>", 1), Uv = /* @__PURE__ */ ee("<!> <!> <!> <!> <!>", 1);
function Qv(e, t) {
  ue(t, !0);
  let n = W(t, "paneClickDistance", 3, 1), r = W(t, "nodeClickDistance", 3, 1), o = W(t, "panOnScrollMode", 19, () => gn.Free), i = W(t, "preventScrolling", 3, !0), s = W(t, "zoomOnScroll", 3, !0), a = W(t, "zoomOnDoubleClick", 3, !0), c = W(t, "zoomOnPinch", 3, !0), u = W(t, "panOnScroll", 3, !1), d = W(t, "panOnScrollSpeed", 3, 0.5), h = W(t, "panOnDrag", 3, !0), f = W(t, "selectionOnDrag", 3, !1), g = W(t, "autoPanOnSelection", 3, !0), v = W(t, "connectionLineType", 19, () => At.Bezier), p = W(t, "nodes", 31, () => vn([])), m = W(t, "edges", 31, () => vn([])), w = W(t, "viewport", 15, void 0), C = /* @__PURE__ */ Et(t, [
    "$$slots",
    "$$events",
    "$$legacy",
    "width",
    "height",
    "proOptions",
    "selectionKey",
    "deleteKey",
    "panActivationKey",
    "multiSelectionKey",
    "zoomActivationKey",
    "paneClickDistance",
    "nodeClickDistance",
    "onmovestart",
    "onmoveend",
    "onmove",
    "oninit",
    "onnodeclick",
    "onnodecontextmenu",
    "onnodedrag",
    "onnodedragstart",
    "onnodedragstop",
    "onnodepointerenter",
    "onnodepointermove",
    "onnodepointerleave",
    "onselectionclick",
    "onselectioncontextmenu",
    "onselectionstart",
    "onselectionend",
    "onedgeclick",
    "onedgecontextmenu",
    "onedgepointerenter",
    "onedgepointerleave",
    "onpaneclick",
    "onpanecontextmenu",
    "panOnScrollMode",
    "preventScrolling",
    "zoomOnScroll",
    "zoomOnDoubleClick",
    "zoomOnPinch",
    "panOnScroll",
    "panOnScrollSpeed",
    "panOnDrag",
    "selectionOnDrag",
    "autoPanOnSelection",
    "connectionLineComponent",
    "connectionLineStyle",
    "connectionLineContainerStyle",
    "connectionLineType",
    "attributionPosition",
    "children",
    "nodes",
    "edges",
    "viewport"
  ]), y = jo({
    props: C,
    width: t.width,
    height: t.height,
    get nodes() {
      return p();
    },
    set nodes(S) {
      p(S);
    },
    get edges() {
      return m();
    },
    set edges(S) {
      m(S);
    },
    get viewport() {
      return w();
    },
    set viewport(S) {
      w(S);
    }
  });
  const x = Uo(zr);
  x && x.setStore && x.setStore(y), Qo(zr, {
    provider: !1,
    getStore() {
      return y;
    }
  }), Be(() => {
    const S = { nodes: y.selectedNodes, edges: y.selectedEdges };
    Ve(() => t.onselectionchange)?.(S);
    for (const O of y.selectionChangeHandlers.values())
      O(S);
  }), Qn(() => {
    x?.setStore(jo({ width: 0, height: 0, nodes: [], edges: [], props: {} }));
  }), Wv(e, {
    get colorMode() {
      return y.colorMode;
    },
    get width() {
      return t.width;
    },
    get height() {
      return t.height;
    },
    get rest() {
      return C;
    },
    get domNode() {
      return y.domNode;
    },
    set domNode(S) {
      y.domNode = S;
    },
    get clientWidth() {
      return y.width;
    },
    set clientWidth(S) {
      y.width = S;
    },
    get clientHeight() {
      return y.height;
    },
    set clientHeight(S) {
      y.height = S;
    },
    children: (S, O) => {
      var A = Uv(), z = fe(A);
      Vv(z, {
        get selectionKey() {
          return t.selectionKey;
        },
        get deleteKey() {
          return t.deleteKey;
        },
        get panActivationKey() {
          return t.panActivationKey;
        },
        get multiSelectionKey() {
          return t.multiSelectionKey;
        },
        get zoomActivationKey() {
          return t.zoomActivationKey;
        },
        get store() {
          return y;
        },
        set store(P) {
          y = P;
        }
      });
      var j = q(z, 2);
      fv(j, {
        get panOnScrollMode() {
          return o();
        },
        get preventScrolling() {
          return i();
        },
        get zoomOnScroll() {
          return s();
        },
        get zoomOnDoubleClick() {
          return a();
        },
        get zoomOnPinch() {
          return c();
        },
        get panOnScroll() {
          return u();
        },
        get panOnScrollSpeed() {
          return d();
        },
        get panOnDrag() {
          return h();
        },
        get paneClickDistance() {
          return n();
        },
        get selectionOnDrag() {
          return f();
        },
        get onmovestart() {
          return t.onmovestart;
        },
        get onmove() {
          return t.onmove;
        },
        get onmoveend() {
          return t.onmoveend;
        },
        get oninit() {
          return t.oninit;
        },
        get store() {
          return y;
        },
        set store(P) {
          y = P;
        },
        children: (P, b) => {
          gv(P, {
            get onpaneclick() {
              return t.onpaneclick;
            },
            get onpanecontextmenu() {
              return t.onpanecontextmenu;
            },
            get onselectionstart() {
              return t.onselectionstart;
            },
            get onselectionend() {
              return t.onselectionend;
            },
            get panOnDrag() {
              return h();
            },
            get paneClickDistance() {
              return n();
            },
            get selectionOnDrag() {
              return f();
            },
            get autoPanOnSelection() {
              return g();
            },
            get store() {
              return y;
            },
            set store(E) {
              y = E;
            },
            children: (E, k) => {
              var N = Gv(), L = fe(N);
              pv(L, {
                get store() {
                  return y;
                },
                set store(B) {
                  y = B;
                },
                children: (B, Z) => {
                  var te = qv(), T = q(fe(te), 2);
                  Tv(T, {
                    get onedgeclick() {
                      return t.onedgeclick;
                    },
                    get onedgecontextmenu() {
                      return t.onedgecontextmenu;
                    },
                    get onedgepointerenter() {
                      return t.onedgepointerenter;
                    },
                    get onedgepointerleave() {
                      return t.onedgepointerleave;
                    },
                    get store() {
                      return y;
                    },
                    set store(J) {
                      y = J;
                    }
                  });
                  var D = q(T, 4);
                  jv(D, {
                    get type() {
                      return v();
                    },
                    get LineComponent() {
                      return t.connectionLineComponent;
                    },
                    get containerStyle() {
                      return t.connectionLineContainerStyle;
                    },
                    get style() {
                      return t.connectionLineStyle;
                    },
                    get store() {
                      return y;
                    },
                    set store(J) {
                      y = J;
                    }
                  });
                  var U = q(D, 2);
                  kv(U, {
                    get nodeClickDistance() {
                      return r();
                    },
                    get onnodeclick() {
                      return t.onnodeclick;
                    },
                    get onnodecontextmenu() {
                      return t.onnodecontextmenu;
                    },
                    get onnodepointerenter() {
                      return t.onnodepointerenter;
                    },
                    get onnodepointermove() {
                      return t.onnodepointermove;
                    },
                    get onnodepointerleave() {
                      return t.onnodepointerleave;
                    },
                    get onnodedrag() {
                      return t.onnodedrag;
                    },
                    get onnodedragstart() {
                      return t.onnodedragstart;
                    },
                    get onnodedragstop() {
                      return t.onnodedragstop;
                    },
                    get store() {
                      return y;
                    },
                    set store(J) {
                      y = J;
                    }
                  });
                  var $ = q(U, 2);
                  Rv($, {
                    get onselectionclick() {
                      return t.onselectionclick;
                    },
                    get onselectioncontextmenu() {
                      return t.onselectioncontextmenu;
                    },
                    get onnodedrag() {
                      return t.onnodedrag;
                    },
                    get onnodedragstart() {
                      return t.onnodedragstart;
                    },
                    get onnodedragstop() {
                      return t.onnodedragstop;
                    },
                    get store() {
                      return y;
                    },
                    set store(J) {
                      y = J;
                    }
                  }), R(B, te);
                },
                $$slots: { default: !0 }
              });
              var H = q(L, 2);
              {
                let B = _(() => !!(y.selectionRect && y.selectionRectMode === "user")), Z = _(() => y.selectionRect?.width), te = _(() => y.selectionRect?.height), T = _(() => y.selectionRect?.x), D = _(() => y.selectionRect?.y);
                jl(H, {
                  get isVisible() {
                    return l(B);
                  },
                  get width() {
                    return l(Z);
                  },
                  get height() {
                    return l(te);
                  },
                  get x() {
                    return l(T);
                  },
                  get y() {
                    return l(D);
                  }
                });
              }
              R(E, N);
            },
            $$slots: { default: !0 }
          });
        },
        $$slots: { default: !0 }
      });
      var X = q(j, 2);
      Xv(X, {
        get proOptions() {
          return t.proOptions;
        },
        get position() {
          return t.attributionPosition;
        }
      });
      var I = q(X, 2);
      bv(I, {
        get store() {
          return y;
        }
      });
      var M = q(I, 2);
      Xe(M, () => t.children ?? Lt), R(S, A);
    },
    $$slots: { default: !0 }
  }), de();
}
function Jv(e, t) {
  ue(t, !0);
  let n = ge(jo({ props: {}, nodes: [], edges: [] }));
  Qo(zr, {
    provider: !0,
    getStore() {
      return l(n);
    },
    setStore: (i) => {
      F(n, i);
    }
  }), Qn(() => {
    l(n).reset();
  });
  var r = Se(), o = fe(r);
  Xe(o, () => t.children ?? Lt), R(e, r), de();
}
var $v = /* @__PURE__ */ ee("<button><!></button>");
function Yt(e, t) {
  let n = /* @__PURE__ */ Et(t, [
    "$$slots",
    "$$events",
    "$$legacy",
    "class",
    "bgColor",
    "bgColorHover",
    "color",
    "colorHover",
    "borderColor",
    "onclick",
    "children"
  ]);
  var r = $v();
  Ht(r, () => ({
    type: "button",
    onclick: t.onclick,
    class: ["svelte-flow__controls-button", t.class],
    ...n,
    [mt]: {
      "--xy-controls-button-background-color-props": t.bgColor,
      "--xy-controls-button-background-color-hover-props": t.bgColorHover,
      "--xy-controls-button-color-props": t.color,
      "--xy-controls-button-color-hover-props": t.colorHover,
      "--xy-controls-button-border-color-props": t.borderColor
    }
  }));
  var o = Y(r);
  Xe(o, () => t.children ?? Lt), R(e, r);
}
var ep = /* @__PURE__ */ Ce('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z"></path></svg>');
function tp(e) {
  var t = ep();
  R(e, t);
}
var np = /* @__PURE__ */ Ce('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 5"><path d="M0 0h32v4.2H0z"></path></svg>');
function rp(e) {
  var t = np();
  R(e, t);
}
var op = /* @__PURE__ */ Ce('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30"><path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z"></path></svg>');
function ip(e) {
  var t = op();
  R(e, t);
}
var sp = /* @__PURE__ */ Ce('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 25 32"><path d="M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0 8 0 4.571 3.429 4.571 7.619v3.048H3.048A3.056 3.056 0 000 13.714v15.238A3.056 3.056 0 003.048 32h18.285a3.056 3.056 0 003.048-3.048V13.714a3.056 3.056 0 00-3.048-3.047zM12.19 24.533a3.056 3.056 0 01-3.047-3.047 3.056 3.056 0 013.047-3.048 3.056 3.056 0 013.048 3.048 3.056 3.056 0 01-3.048 3.047zm4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z"></path></svg>');
function ap(e) {
  var t = sp();
  R(e, t);
}
var lp = /* @__PURE__ */ Ce('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 25 32"><path d="M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047A3.056 3.056 0 000 13.714v15.238A3.056 3.056 0 003.048 32h18.285a3.056 3.056 0 003.048-3.048V13.714a3.056 3.056 0 00-3.048-3.047zM12.19 24.533a3.056 3.056 0 01-3.047-3.047 3.056 3.056 0 013.047-3.048 3.056 3.056 0 013.048 3.048 3.056 3.056 0 01-3.048 3.047z"></path></svg>');
function cp(e) {
  var t = lp();
  R(e, t);
}
var up = /* @__PURE__ */ ee("<!> <!>", 1), dp = /* @__PURE__ */ ee("<!> <!> <!> <!> <!> <!>", 1);
function fp(e, t) {
  ue(t, !0);
  let n = W(t, "position", 3, "bottom-left"), r = W(t, "orientation", 3, "vertical"), o = W(t, "showZoom", 3, !0), i = W(t, "showFitView", 3, !0), s = W(t, "showLock", 3, !0), a = /* @__PURE__ */ Et(t, [
    "$$slots",
    "$$events",
    "$$legacy",
    "position",
    "orientation",
    "showZoom",
    "showFitView",
    "showLock",
    "style",
    "class",
    "buttonBgColor",
    "buttonBgColorHover",
    "buttonColor",
    "buttonColorHover",
    "buttonBorderColor",
    "fitViewOptions",
    "children",
    "before",
    "after"
  ]), c = _(kt);
  const u = _(() => ({
    bgColor: t.buttonBgColor,
    bgColorHover: t.buttonBgColorHover,
    color: t.buttonColor,
    colorHover: t.buttonColorHover,
    borderColor: t.buttonBorderColor
  }));
  let d = _(() => l(c).nodesDraggable || l(c).nodesConnectable || l(c).elementsSelectable), h = _(() => l(c).viewport.zoom <= l(c).minZoom), f = _(() => l(c).viewport.zoom >= l(c).maxZoom), g = _(() => l(c).ariaLabelConfig), v = _(() => r() === "horizontal" ? "horizontal" : "vertical");
  const p = () => {
    l(c).zoomIn();
  }, m = () => {
    l(c).zoomOut();
  }, w = () => {
    l(c).fitView(t.fitViewOptions);
  }, C = () => {
    let y = !l(d);
    l(c).nodesDraggable = y, l(c).nodesConnectable = y, l(c).elementsSelectable = y;
  };
  {
    let y = _(() => [
      "svelte-flow__controls",
      l(v),
      t.class
    ]);
    Wn(e, jt(
      {
        get class() {
          return l(y);
        },
        get position() {
          return n();
        },
        "data-testid": "svelte-flow__controls",
        get "aria-label"() {
          return l(g)["controls.ariaLabel"];
        },
        get style() {
          return t.style;
        }
      },
      () => a,
      {
        children: (x, S) => {
          var O = dp(), A = fe(O);
          {
            var z = (H) => {
              var B = Se(), Z = fe(B);
              Xe(Z, () => t.before), R(H, B);
            };
            se(A, (H) => {
              t.before && H(z);
            });
          }
          var j = q(A, 2);
          {
            var X = (H) => {
              var B = up(), Z = fe(B);
              Yt(Z, jt(
                {
                  onclick: p,
                  class: "svelte-flow__controls-zoomin",
                  get title() {
                    return l(g)["controls.zoomIn.ariaLabel"];
                  },
                  get "aria-label"() {
                    return l(g)["controls.zoomIn.ariaLabel"];
                  },
                  get disabled() {
                    return l(f);
                  }
                },
                () => l(u),
                {
                  children: (T, D) => {
                    tp(T);
                  },
                  $$slots: { default: !0 }
                }
              ));
              var te = q(Z, 2);
              Yt(te, jt(
                {
                  onclick: m,
                  class: "svelte-flow__controls-zoomout",
                  get title() {
                    return l(g)["controls.zoomOut.ariaLabel"];
                  },
                  get "aria-label"() {
                    return l(g)["controls.zoomOut.ariaLabel"];
                  },
                  get disabled() {
                    return l(h);
                  }
                },
                () => l(u),
                {
                  children: (T, D) => {
                    rp(T);
                  },
                  $$slots: { default: !0 }
                }
              )), R(H, B);
            };
            se(j, (H) => {
              o() && H(X);
            });
          }
          var I = q(j, 2);
          {
            var M = (H) => {
              Yt(H, jt(
                {
                  class: "svelte-flow__controls-fitview",
                  onclick: w,
                  get title() {
                    return l(g)["controls.fitView.ariaLabel"];
                  },
                  get "aria-label"() {
                    return l(g)["controls.fitView.ariaLabel"];
                  }
                },
                () => l(u),
                {
                  children: (B, Z) => {
                    ip(B);
                  },
                  $$slots: { default: !0 }
                }
              ));
            };
            se(I, (H) => {
              i() && H(M);
            });
          }
          var P = q(I, 2);
          {
            var b = (H) => {
              Yt(H, jt(
                {
                  class: "svelte-flow__controls-interactive",
                  onclick: C,
                  get title() {
                    return l(g)["controls.interactive.ariaLabel"];
                  },
                  get "aria-label"() {
                    return l(g)["controls.interactive.ariaLabel"];
                  }
                },
                () => l(u),
                {
                  children: (B, Z) => {
                    var te = Se(), T = fe(te);
                    {
                      var D = ($) => {
                        cp($);
                      }, U = ($) => {
                        ap($);
                      };
                      se(T, ($) => {
                        l(d) ? $(D) : $(U, !1);
                      });
                    }
                    R(B, te);
                  },
                  $$slots: { default: !0 }
                }
              ));
            };
            se(P, (H) => {
              s() && H(b);
            });
          }
          var E = q(P, 2);
          {
            var k = (H) => {
              var B = Se(), Z = fe(B);
              Xe(Z, () => t.children), R(H, B);
            };
            se(E, (H) => {
              t.children && H(k);
            });
          }
          var N = q(E, 2);
          {
            var L = (H) => {
              var B = Se(), Z = fe(B);
              Xe(Z, () => t.after), R(H, B);
            };
            se(N, (H) => {
              t.after && H(L);
            });
          }
          R(x, O);
        },
        $$slots: { default: !0 }
      }
    ));
  }
  de();
}
var zt;
(function(e) {
  e.Lines = "lines", e.Dots = "dots", e.Cross = "cross";
})(zt || (zt = {}));
var hp = /* @__PURE__ */ Ce("<circle></circle>");
function gp(e, t) {
  var n = hp();
  oe(() => {
    Q(n, "cx", t.radius), Q(n, "cy", t.radius), Q(n, "r", t.radius), ze(n, 0, Rt(["svelte-flow__background-pattern", "dots", t.class]));
  }), R(e, n);
}
var vp = /* @__PURE__ */ Ce("<path></path>");
function pp(e, t) {
  ue(t, !0);
  var n = vp();
  oe(() => {
    Q(n, "stroke-width", t.lineWidth), Q(n, "d", `M${t.dimensions[0] / 2} 0 V${t.dimensions[1]} M0 ${t.dimensions[1] / 2} H${t.dimensions[0]}`), ze(n, 0, Rt([
      "svelte-flow__background-pattern",
      t.variant,
      t.class
    ]));
  }), R(e, n), de();
}
const mp = {
  [zt.Dots]: 1,
  [zt.Lines]: 1,
  [zt.Cross]: 6
};
var yp = /* @__PURE__ */ Ce('<svg data-testid="svelte-flow__background"><pattern patternUnits="userSpaceOnUse"><!></pattern><rect x="0" y="0" width="100%" height="100%"></rect></svg>');
function bp(e, t) {
  ue(t, !0);
  let n = W(t, "variant", 19, () => zt.Dots), r = W(t, "gap", 3, 20), o = W(t, "lineWidth", 3, 1), i = _(kt), s = _(() => n() === zt.Dots), a = _(() => n() === zt.Cross), c = _(() => Array.isArray(r()) ? r() : [r(), r()]), u = _(() => `background-pattern-${l(i).flowId}-${t.id ?? ""}`), d = _(() => [
    l(c)[0] * l(i).viewport.zoom || 1,
    l(c)[1] * l(i).viewport.zoom || 1
  ]), h = _(() => (t.size ?? mp[n()]) * l(i).viewport.zoom), f = _(() => l(a) ? [l(h), l(h)] : l(d)), g = _(() => l(s) ? [l(h) / 2, l(h) / 2] : [
    l(f)[0] / 2,
    l(f)[1] / 2
  ]);
  var v = yp();
  let p;
  var m = Y(v), w = Y(m);
  {
    var C = (S) => {
      {
        let O = _(() => l(h) / 2);
        gp(S, {
          get radius() {
            return l(O);
          },
          get class() {
            return t.patternClass;
          }
        });
      }
    }, y = (S) => {
      pp(S, {
        get dimensions() {
          return l(f);
        },
        get variant() {
          return n();
        },
        get lineWidth() {
          return o();
        },
        get class() {
          return t.patternClass;
        }
      });
    };
    se(w, (S) => {
      l(s) ? S(C) : S(y, !1);
    });
  }
  var x = q(m);
  oe(() => {
    ze(v, 0, Rt([
      "svelte-flow__background",
      "svelte-flow__container",
      t.class
    ])), p = ke(v, "", p, {
      "--xy-background-color-props": t.bgColor,
      "--xy-background-pattern-color-props": t.patternColor
    }), Q(m, "id", l(u)), Q(m, "x", l(i).viewport.x % l(d)[0]), Q(m, "y", l(i).viewport.y % l(d)[1]), Q(m, "width", l(d)[0]), Q(m, "height", l(d)[1]), Q(m, "patternTransform", `translate(-${l(g)[0]},-${l(g)[1]})`), Q(x, "fill", `url(#${l(u)})`);
  }), R(e, v), de();
}
function wp(e) {
  const t = _(kt), n = _(() => l(t).nodeLookup), r = _(() => l(t).nodes), o = _(() => (l(r), l(n).get(e)));
  return {
    get current() {
      return l(o);
    }
  };
}
var _p = /* @__PURE__ */ Ce("<rect></rect>");
function xp(e, t) {
  ue(t, !0);
  let n = W(t, "borderRadius", 3, 5), r = W(t, "strokeWidth", 3, 2), o = _(() => wp(t.id)), i = _(() => {
    if (!l(o).current)
      return { width: 0, height: 0, x: 0, y: 0 };
    const { width: v, height: p } = dt(l(o).current);
    return {
      width: t.width ?? v,
      height: t.height ?? p,
      x: t.x ?? l(o).current.internals.positionAbsolute.x,
      y: t.y ?? l(o).current.internals.positionAbsolute.y
    };
  }), s = _(() => l(i).width), a = _(() => l(i).height), c = _(() => l(i).x), u = _(() => l(i).y);
  var d = Se(), h = fe(d);
  {
    var f = (v) => {
      const p = _(() => t.nodeComponent);
      var m = Se(), w = fe(m);
      Hr(w, () => l(p), (C, y) => {
        y(C, {
          get id() {
            return t.id;
          },
          get x() {
            return l(c);
          },
          get y() {
            return l(u);
          },
          get width() {
            return l(s);
          },
          get height() {
            return l(a);
          },
          get borderRadius() {
            return n();
          },
          get class() {
            return t.class;
          },
          get color() {
            return t.color;
          },
          get shapeRendering() {
            return t.shapeRendering;
          },
          get strokeColor() {
            return t.strokeColor;
          },
          get strokeWidth() {
            return r();
          },
          get selected() {
            return t.selected;
          }
        });
      }), R(v, m);
    }, g = (v) => {
      var p = _p();
      let m, w;
      oe(() => {
        m = ze(p, 0, Rt(["svelte-flow__minimap-node", t.class]), null, m, { selected: t.selected }), Q(p, "x", l(c)), Q(p, "y", l(u)), Q(p, "rx", n()), Q(p, "ry", n()), Q(p, "width", l(s)), Q(p, "height", l(a)), Q(p, "shape-rendering", t.shapeRendering), w = ke(p, "", w, {
          fill: t.color,
          stroke: t.strokeColor,
          "stroke-width": r()
        });
      }), R(v, p);
    };
    se(h, (v) => {
      t.nodeComponent ? v(f) : v(g, !1);
    });
  }
  R(e, d), de();
}
function Ep(e, t) {
  const n = x0({
    domNode: e,
    panZoom: t.panZoom,
    getTransform: () => {
      const { viewport: o } = t.store;
      return [o.x, o.y, o.zoom];
    },
    getViewScale: t.getViewScale
  });
  n.update({
    translateExtent: t.translateExtent,
    width: t.width,
    height: t.height,
    inversePan: t.inversePan,
    zoomStep: t.zoomStep,
    pannable: t.pannable,
    zoomable: t.zoomable
  });
  function r(o) {
    n.update({
      translateExtent: o.translateExtent,
      width: o.width,
      height: o.height,
      inversePan: o.inversePan,
      zoomStep: o.zoomStep,
      pannable: o.pannable,
      zoomable: o.zoomable
    });
  }
  return {
    update: r,
    destroy() {
      n.destroy();
    }
  };
}
const yo = (e) => e instanceof Function ? e : () => e;
var kp = /* @__PURE__ */ Ce("<title> </title>"), Np = /* @__PURE__ */ Ce('<svg class="svelte-flow__minimap-svg" role="img"><!><!><path class="svelte-flow__minimap-mask" fill-rule="evenodd" pointer-events="none"></path></svg>'), Sp = /* @__PURE__ */ ee('<svelte-css-wrapper style="display: contents"><!></svelte-css-wrapper>', 1);
function Cp(e, t) {
  ue(t, !0);
  let n = W(t, "position", 3, "bottom-right"), r = W(t, "nodeStrokeColor", 3, "transparent"), o = W(t, "nodeClass", 3, ""), i = W(t, "nodeBorderRadius", 3, 5), s = W(t, "nodeStrokeWidth", 3, 2), a = W(t, "width", 3, 200), c = W(t, "height", 3, 150), u = W(t, "pannable", 3, !0), d = W(t, "zoomable", 3, !0), h = /* @__PURE__ */ Et(t, [
    "$$slots",
    "$$events",
    "$$legacy",
    "position",
    "ariaLabel",
    "nodeStrokeColor",
    "nodeColor",
    "nodeClass",
    "nodeBorderRadius",
    "nodeStrokeWidth",
    "nodeComponent",
    "bgColor",
    "maskColor",
    "maskStrokeColor",
    "maskStrokeWidth",
    "width",
    "height",
    "pannable",
    "zoomable",
    "inversePan",
    "zoomStep",
    "class"
  ]), f = _(kt), g = _(() => l(f).ariaLabelConfig);
  const v = (
    // @ts-expect-error - TS doesn't know about chrome
    typeof window > "u" || window.chrome ? "crispEdges" : "geometricPrecision"
  );
  let p = _(() => `svelte-flow__minimap-desc-${l(f).flowId}`), m = _(() => ({
    x: -l(f).viewport.x / l(f).viewport.zoom,
    y: -l(f).viewport.y / l(f).viewport.zoom,
    width: l(f).width / l(f).viewport.zoom,
    height: l(f).height / l(f).viewport.zoom
  })), w = _(() => l(f).nodes.some((k) => !k.hidden)), C = _(() => l(w) ? vl(tr(l(f).nodeLookup, { filter: (k) => !k.hidden }), l(m)) : l(m)), y = _(() => l(C).width / a()), x = _(() => l(C).height / c()), S = _(() => Math.max(l(y), l(x))), O = _(() => l(S) * a()), A = _(() => l(S) * c()), z = _(() => 5 * l(S)), j = _(() => l(C).x - (l(O) - l(C).width) / 2 - l(z)), X = _(() => l(C).y - (l(A) - l(C).height) / 2 - l(z)), I = _(() => l(O) + l(z) * 2), M = _(() => l(A) + l(z) * 2);
  const P = () => l(S);
  var b = Sp(), E = fe(b);
  {
    let k = _(() => ["svelte-flow__minimap", t.class]);
    Cu(E, () => ({ "--xy-minimap-background-color-props": t.bgColor })), Wn(E.lastChild, jt(
      {
        get position() {
          return n();
        },
        get class() {
          return l(k);
        },
        "data-testid": "svelte-flow__minimap"
      },
      () => h,
      {
        children: (N, L) => {
          var H = Se(), B = fe(H);
          {
            var Z = (te) => {
              var T = Np();
              let D;
              var U = Y(T);
              {
                var $ = (le) => {
                  var ve = kp(), ce = Y(ve);
                  oe(() => {
                    Q(ve, "id", l(p)), ie(ce, t.ariaLabel ?? l(g)["minimap.ariaLabel"]);
                  }), R(le, ve);
                };
                se(U, (le) => {
                  (t.ariaLabel ?? l(g)["minimap.ariaLabel"]) && le($);
                });
              }
              var J = q(U);
              lt(J, 17, () => l(f).nodes, (le) => le.id, (le, ve) => {
                const ce = _(() => l(f).nodeLookup.get(l(ve).id));
                var Ne = Se(), he = fe(Ne);
                {
                  var me = (Ee) => {
                    {
                      let Le = _(() => t.nodeColor === void 0 ? void 0 : yo(t.nodeColor)(l(ve))), Fe = _(() => yo(r())(l(ve))), pe = _(() => yo(o())(l(ve)));
                      xp(Ee, {
                        get id() {
                          return l(ce).id;
                        },
                        get selected() {
                          return l(ce).selected;
                        },
                        get nodeComponent() {
                          return t.nodeComponent;
                        },
                        get color() {
                          return l(Le);
                        },
                        get borderRadius() {
                          return i();
                        },
                        get strokeColor() {
                          return l(Fe);
                        },
                        get strokeWidth() {
                          return s();
                        },
                        get shapeRendering() {
                          return v;
                        },
                        get class() {
                          return l(pe);
                        }
                      });
                    }
                  };
                  se(he, (Ee) => {
                    l(ce) && yl(l(ce)) && !l(ce).hidden && Ee(me);
                  });
                }
                R(le, Ne);
              });
              var re = q(J);
              Ae(T, (le, ve) => Ep?.(le, ve), () => ({
                store: l(f),
                panZoom: l(f).panZoom,
                getViewScale: P,
                translateExtent: l(f).translateExtent,
                width: l(f).width,
                height: l(f).height,
                inversePan: t.inversePan,
                zoomStep: t.zoomStep,
                pannable: u(),
                zoomable: d()
              })), oe(() => {
                Q(T, "width", a()), Q(T, "height", c()), Q(T, "viewBox", `${l(j) ?? ""} ${l(X) ?? ""} ${l(I) ?? ""} ${l(M) ?? ""}`), Q(T, "aria-labelledby", l(p)), D = ke(T, "", D, {
                  "--xy-minimap-mask-background-color-props": t.maskColor,
                  "--xy-minimap-mask-stroke-color-props": t.maskStrokeColor,
                  "--xy-minimap-mask-stroke-width-props": t.maskStrokeWidth ? t.maskStrokeWidth * l(S) : void 0
                }), Q(re, "d", `M${l(j) - l(z)},${l(X) - l(z)}h${l(I) + l(z) * 2}v${l(M) + l(z) * 2}h${-l(I) - l(z) * 2}z
      M${l(m).x ?? ""},${l(m).y ?? ""}h${l(m).width ?? ""}v${l(m).height ?? ""}h${-l(m).width}z`);
              }), R(te, T);
            };
            se(B, (te) => {
              l(f).panZoom && te(Z);
            });
          }
          R(N, H);
        },
        $$slots: { default: !0 }
      }
    ));
  }
  R(e, b), de();
}
const Mp = [
  { color: "red", primary: 600, secondary: 100 },
  { color: "green", primary: 600, secondary: 100 },
  { color: "blue", primary: 600, secondary: 100 },
  { color: "yellow", primary: 500, secondary: 100 },
  { color: "purple", primary: 600, secondary: 100 },
  { color: "teal", primary: 600, secondary: 100 },
  { color: "orange", primary: 600, secondary: 100 },
  { color: "cyan", primary: 600, secondary: 100 },
  { color: "lime", primary: 500, secondary: 100 },
  { color: "pink", primary: 600, secondary: 100 }
], Ls = {
  inherit: "inherit",
  current: "currentColor",
  transparent: "transparent",
  black: "#000",
  white: "#fff",
  slate: {
    50: "#f8fafc",
    100: "#f1f5f9",
    200: "#e2e8f0",
    300: "#cbd5e1",
    400: "#94a3b8",
    500: "#64748b",
    600: "#475569",
    700: "#334155",
    800: "#1e293b",
    900: "#0f172a",
    950: "#020617"
  },
  gray: {
    50: "#f9fafb",
    100: "#f3f4f6",
    200: "#e5e7eb",
    300: "#d1d5db",
    400: "#9ca3af",
    500: "#6b7280",
    600: "#4b5563",
    700: "#374151",
    800: "#1f2937",
    900: "#111827",
    950: "#030712"
  },
  zinc: {
    50: "#fafafa",
    100: "#f4f4f5",
    200: "#e4e4e7",
    300: "#d4d4d8",
    400: "#a1a1aa",
    500: "#71717a",
    600: "#52525b",
    700: "#3f3f46",
    800: "#27272a",
    900: "#18181b",
    950: "#09090b"
  },
  neutral: {
    50: "#fafafa",
    100: "#f5f5f5",
    200: "#e5e5e5",
    300: "#d4d4d4",
    400: "#a3a3a3",
    500: "#737373",
    600: "#525252",
    700: "#404040",
    800: "#262626",
    900: "#171717",
    950: "#0a0a0a"
  },
  stone: {
    50: "#fafaf9",
    100: "#f5f5f4",
    200: "#e7e5e4",
    300: "#d6d3d1",
    400: "#a8a29e",
    500: "#78716c",
    600: "#57534e",
    700: "#44403c",
    800: "#292524",
    900: "#1c1917",
    950: "#0c0a09"
  },
  red: {
    50: "#fef2f2",
    100: "#fee2e2",
    200: "#fecaca",
    300: "#fca5a5",
    400: "#f87171",
    500: "#ef4444",
    600: "#dc2626",
    700: "#b91c1c",
    800: "#991b1b",
    900: "#7f1d1d",
    950: "#450a0a"
  },
  orange: {
    50: "#fff7ed",
    100: "#ffedd5",
    200: "#fed7aa",
    300: "#fdba74",
    400: "#fb923c",
    500: "#f97316",
    600: "#ea580c",
    700: "#c2410c",
    800: "#9a3412",
    900: "#7c2d12",
    950: "#431407"
  },
  amber: {
    50: "#fffbeb",
    100: "#fef3c7",
    200: "#fde68a",
    300: "#fcd34d",
    400: "#fbbf24",
    500: "#f59e0b",
    600: "#d97706",
    700: "#b45309",
    800: "#92400e",
    900: "#78350f",
    950: "#451a03"
  },
  yellow: {
    50: "#fefce8",
    100: "#fef9c3",
    200: "#fef08a",
    300: "#fde047",
    400: "#facc15",
    500: "#eab308",
    600: "#ca8a04",
    700: "#a16207",
    800: "#854d0e",
    900: "#713f12",
    950: "#422006"
  },
  lime: {
    50: "#f7fee7",
    100: "#ecfccb",
    200: "#d9f99d",
    300: "#bef264",
    400: "#a3e635",
    500: "#84cc16",
    600: "#65a30d",
    700: "#4d7c0f",
    800: "#3f6212",
    900: "#365314",
    950: "#1a2e05"
  },
  green: {
    50: "#f0fdf4",
    100: "#dcfce7",
    200: "#bbf7d0",
    300: "#86efac",
    400: "#4ade80",
    500: "#22c55e",
    600: "#16a34a",
    700: "#15803d",
    800: "#166534",
    900: "#14532d",
    950: "#052e16"
  },
  emerald: {
    50: "#ecfdf5",
    100: "#d1fae5",
    200: "#a7f3d0",
    300: "#6ee7b7",
    400: "#34d399",
    500: "#10b981",
    600: "#059669",
    700: "#047857",
    800: "#065f46",
    900: "#064e3b",
    950: "#022c22"
  },
  teal: {
    50: "#f0fdfa",
    100: "#ccfbf1",
    200: "#99f6e4",
    300: "#5eead4",
    400: "#2dd4bf",
    500: "#14b8a6",
    600: "#0d9488",
    700: "#0f766e",
    800: "#115e59",
    900: "#134e4a",
    950: "#042f2e"
  },
  cyan: {
    50: "#ecfeff",
    100: "#cffafe",
    200: "#a5f3fc",
    300: "#67e8f9",
    400: "#22d3ee",
    500: "#06b6d4",
    600: "#0891b2",
    700: "#0e7490",
    800: "#155e75",
    900: "#164e63",
    950: "#083344"
  },
  sky: {
    50: "#f0f9ff",
    100: "#e0f2fe",
    200: "#bae6fd",
    300: "#7dd3fc",
    400: "#38bdf8",
    500: "#0ea5e9",
    600: "#0284c7",
    700: "#0369a1",
    800: "#075985",
    900: "#0c4a6e",
    950: "#082f49"
  },
  blue: {
    50: "#eff6ff",
    100: "#dbeafe",
    200: "#bfdbfe",
    300: "#93c5fd",
    400: "#60a5fa",
    500: "#3b82f6",
    600: "#2563eb",
    700: "#1d4ed8",
    800: "#1e40af",
    900: "#1e3a8a",
    950: "#172554"
  },
  indigo: {
    50: "#eef2ff",
    100: "#e0e7ff",
    200: "#c7d2fe",
    300: "#a5b4fc",
    400: "#818cf8",
    500: "#6366f1",
    600: "#4f46e5",
    700: "#4338ca",
    800: "#3730a3",
    900: "#312e81",
    950: "#1e1b4b"
  },
  violet: {
    50: "#f5f3ff",
    100: "#ede9fe",
    200: "#ddd6fe",
    300: "#c4b5fd",
    400: "#a78bfa",
    500: "#8b5cf6",
    600: "#7c3aed",
    700: "#6d28d9",
    800: "#5b21b6",
    900: "#4c1d95",
    950: "#2e1065"
  },
  purple: {
    50: "#faf5ff",
    100: "#f3e8ff",
    200: "#e9d5ff",
    300: "#d8b4fe",
    400: "#c084fc",
    500: "#a855f7",
    600: "#9333ea",
    700: "#7e22ce",
    800: "#6b21a8",
    900: "#581c87",
    950: "#3b0764"
  },
  fuchsia: {
    50: "#fdf4ff",
    100: "#fae8ff",
    200: "#f5d0fe",
    300: "#f0abfc",
    400: "#e879f9",
    500: "#d946ef",
    600: "#c026d3",
    700: "#a21caf",
    800: "#86198f",
    900: "#701a75",
    950: "#4a044e"
  },
  pink: {
    50: "#fdf2f8",
    100: "#fce7f3",
    200: "#fbcfe8",
    300: "#f9a8d4",
    400: "#f472b6",
    500: "#ec4899",
    600: "#db2777",
    700: "#be185d",
    800: "#9d174d",
    900: "#831843",
    950: "#500724"
  },
  rose: {
    50: "#fff1f2",
    100: "#ffe4e6",
    200: "#fecdd3",
    300: "#fda4af",
    400: "#fb7185",
    500: "#f43f5e",
    600: "#e11d48",
    700: "#be123c",
    800: "#9f1239",
    900: "#881337",
    950: "#4c0519"
  }
};
Mp.reduce(
  (e, { color: t, primary: n, secondary: r }) => ({
    ...e,
    [t]: {
      primary: Ls[t][n],
      secondary: Ls[t][r]
    }
  }),
  {}
);
function Pp(e) {
  let t;
  const n = ba((o) => {
    let i = !1;
    const s = e.subscribe((a) => {
      t = a, i && o();
    });
    return i = !0, s;
  });
  function r() {
    return xu() ? (n(), t) : ju(e);
  }
  return "set" in e ? {
    get current() {
      return r();
    },
    set current(o) {
      e.set(o);
    }
  } : {
    get current() {
      return r();
    }
  };
}
const Op = "__i18n__", Ip = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Ap = [
  "elem_id",
  "elem_classes",
  "visible",
  "interactive",
  "server_fns",
  "server",
  "id",
  "target",
  "theme_mode",
  "version",
  "root",
  "autoscroll",
  "max_file_size",
  "formatter",
  "client",
  "load_component",
  "scale",
  "min_width",
  "theme",
  "padding",
  "loading_status",
  "label",
  "show_label",
  "validation_error",
  "show_progress",
  "api_prefix",
  "container",
  "attached_events",
  "register_component",
  "unregister_component",
  "dispatcher"
];
function zp(e) {
  return typeof e == "string" && e.includes(Op);
}
class Tp {
  #e;
  get shared() {
    return l(this.#e);
  }
  set shared(t) {
    F(this.#e, t, !0);
  }
  #t;
  get props() {
    return l(this.#t);
  }
  set props(t) {
    F(this.#t, t, !0);
  }
  #n;
  get i18n() {
    return l(this.#n);
  }
  set i18n(t) {
    F(this.#n, t, !0);
  }
  constructor(t, n) {
    this.#e = ge(vn({})), this.#t = ge(vn({})), this.#n = ge((r) => r), this.translatable_props = {}, this.last_update = null, this.shared_props = Ap, this.mounted = !1, this.registered_id = null, this.live_i18n = (r) => (this._i18n_from_store?.current, this.i18n(r));
    for (const r in t.shared_props)
      this.shared[r] = t.shared_props[r];
    for (const r in t.props)
      r !== "i18n_store" && (this.props[r] = t.props[r]);
    if (n)
      for (const r in n)
        this.props[r] === void 0 && (this.props[r] = n[r]);
    this.i18n = this.props.i18n ?? ((r) => r), this.i18n_store = t.props.i18n_store, this._i18n_from_store = this.i18n_store ? Pp(this.i18n_store) : void 0;
    for (const r of Ip)
      this.shared[r] = this._translate_and_store(
        "shared",
        r,
        // @ts-ignore
        t.shared_props[r]
      ), this.props[r] = this._translate_and_store(
        "props",
        r,
        // @ts-ignore
        t.props[r]
      );
    this.load_component = this.shared.load_component, this.register_component = this.shared.register_component || (() => {
    }), this.unregister_component = this.shared.unregister_component || (() => {
    }), this.dispatcher = this.shared.dispatcher || (() => {
    }), this.set_data_callback = this.set_data.bind(this), this.get_data_callback = this.get_data.bind(this), this.register_component(
      this.shared.id,
      // @ts-ignore
      this.set_data_callback,
      this.get_data_callback
    ), this.registered_id = this.shared.id, this.last_shared_props = t.shared_props, this.last_props = t.props, Be(() => {
      const r = t.shared_props.id;
      if (this.last_shared_props !== t.shared_props) {
        for (const o in t.shared_props) {
          const i = t.shared_props[o];
          i !== void 0 && (this._is_i18n_managed(`shared.${o}`, i) || (this.shared[o] = i));
        }
        this.last_shared_props = t.shared_props;
      }
      if (this.last_props !== t.props) {
        for (const o in t.props) {
          if (o === "i18n_store") continue;
          const i = t.props[o];
          i !== void 0 && (this._is_i18n_managed(`props.${o}`, i) || (this.props[o] = i));
        }
        this.last_props = t.props;
      }
      this.registered_id !== null && this.registered_id !== r && this.unregister_component(this.registered_id, this.set_data_callback), this.register_component(
        r,
        // @ts-ignore
        this.set_data_callback,
        this.get_data_callback
      ), this.registered_id = r, Ve(() => {
        this.shared.id = r;
      });
    }), Be(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), Be(() => this.i18n_store ? this.i18n_store.subscribe(() => {
      for (const [o, i] of Object.entries(this.translatable_props)) {
        const [s, a] = o.split("."), c = this.i18n(i);
        s === "shared" ? this.shared[a] = c : this.props[a] = c;
      }
    }) : void 0);
  }
  // check if props are translatable
  _is_i18n_managed(t, n) {
    const r = this.translatable_props[t];
    return r ? n === r ? !0 : (delete this.translatable_props[t], !1) : !1;
  }
  _translate_and_store(t, n, r) {
    if (typeof r != "string") return r;
    const o = this.i18n(r);
    return o !== r && (this.translatable_props[`${t}.${n}`] = r), o;
  }
  dispatch(t, n) {
    this.dispatcher(this.shared.id, t, n);
  }
  async get_data() {
    return Jo(this.props);
  }
  update(t) {
    this.set_data(t);
  }
  set_data(t) {
    for (const n in t) {
      const r = t[n], o = zp(r) ? this._translate_and_store(this.shared_props.includes(n) ? "shared" : "props", n, r) : r;
      if (this.shared_props.includes(n)) {
        const i = n;
        this.shared[i] = o;
        continue;
      }
      this.props[n] = o;
    }
  }
  watch_for_change() {
    Be(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var Dp = /* @__PURE__ */ ee('<button class="fold svelte-1p2zvd"> </button>'), Lp = /* @__PURE__ */ ee('<span class="fold svelte-1p2zvd"></span>'), Rp = /* @__PURE__ */ ee('<span class="repeat svelte-1p2zvd"> </span>'), Hp = /* @__PURE__ */ ee('<div class="row svelte-1p2zvd"><!> <span class="lname svelte-1p2zvd"> </span> <span class="ltype svelte-1p2zvd"> </span> <!> <span class="detail svelte-1p2zvd"> </span> <span class="shape svelte-1p2zvd"> </span> <span class="params svelte-1p2zvd"> </span></div> <!>', 1);
function Yl(e, t) {
  ue(t, !0);
  let n = vn({});
  function r(c) {
    return c >= 1e6 ? `${+(c / 1e6).toPrecision(3)}M` : c >= 1e3 ? `${+(c / 1e3).toPrecision(3)}k` : `${c}`;
  }
  function o(c) {
    if (!c.shape) return "";
    const u = c.shape.slice(1).join("×");
    return c.shapes.length > 1 && new Set(c.shapes.map((d) => d.join())).size > 1 ? `${u} … (${c.shapes.length} calls)` : u;
  }
  function i(c) {
    return c.repeat <= 1 ? c.name : c.names.every((d) => /^\d+$/.test(d)) ? `${c.names[0]}–${c.names[c.names.length - 1]}` : c.names.join(", ");
  }
  var s = Se(), a = fe(s);
  lt(a, 17, () => t.layers, (c) => c.path, (c, u) => {
    const d = _(() => l(u).children.length > 0), h = _(() => n[l(u).path] ?? t.depth === 0);
    var f = Hp(), g = fe(f);
    let v;
    var p = Y(g);
    {
      var m = (k) => {
        var N = Dp();
        N.__click = () => n[l(u).path] = !l(h);
        var L = Y(N);
        oe(() => {
          Q(N, "aria-label", l(h) ? "fold" : "unfold"), ie(L, l(h) ? "▾" : "▸");
        }), R(k, N);
      }, w = (k) => {
        var N = Lp();
        R(k, N);
      };
      se(p, (k) => {
        l(d) ? k(m) : k(w, !1);
      });
    }
    var C = q(p, 2), y = Y(C), x = q(C, 2), S = Y(x), O = q(x, 2);
    {
      var A = (k) => {
        var N = Rp(), L = Y(N);
        oe(() => ie(L, `×${l(u).repeat ?? ""}`)), R(k, N);
      };
      se(O, (k) => {
        l(u).repeat > 1 && k(A);
      });
    }
    var z = q(O, 2), j = Y(z), X = q(z, 2), I = Y(X), M = q(X, 2), P = Y(M), b = q(g, 2);
    {
      var E = (k) => {
        {
          let N = _(() => t.depth + 1);
          Yl(k, {
            get layers() {
              return l(u).children;
            },
            get depth() {
              return l(N);
            }
          });
        }
      };
      se(b, (k) => {
        l(d) && l(h) && k(E);
      });
    }
    oe(
      (k, N, L) => {
        Q(g, "data-layer", l(u).path), v = ke(g, "", v, { "padding-left": `${t.depth * 12}px` }), ie(y, k), ie(S, l(u).type), ie(j, l(u).detail), ie(I, N), ie(P, L);
      },
      [
        () => i(l(u)),
        () => o(l(u)),
        () => l(u).params ? r(l(u).params * l(u).repeat) : ""
      ]
    ), R(c, f);
  }), R(e, s), de();
}
Dt(["click"]);
var Vp = /* @__PURE__ */ ee('<input class="rename nodrag svelte-fi58hk" aria-label="node name"/>'), Bp = /* @__PURE__ */ ee('<span class="name svelte-fi58hk" title="double-click to rename"> </span>'), Fp = /* @__PURE__ */ ee('<button class="expand nodrag svelte-fi58hk"> </button>'), jp = /* @__PURE__ */ ee('<i class="svelte-fi58hk"> </i> ', 1), Kp = /* @__PURE__ */ ee('<div><!> <span class="label svelte-fi58hk"><!></span></div>'), Yp = /* @__PURE__ */ ee('<div class="port out svelte-fi58hk"><span class="label svelte-fi58hk"><b class="svelte-fi58hk"> </b> </span> <!></div>'), Xp = /* @__PURE__ */ ee('<div class="summary svelte-fi58hk"> </div>'), Zp = /* @__PURE__ */ ee('<div class="stats svelte-fi58hk"> </div>'), Wp = /* @__PURE__ */ ee('<div class="message svelte-fi58hk" data-testid="node-message"> </div>'), qp = /* @__PURE__ */ ee('<div class="message warning svelte-fi58hk"> </div>'), Gp = /* @__PURE__ */ ee('<div class="layers nodrag nowheel svelte-fi58hk"><!></div>'), Up = /* @__PURE__ */ ee('<div><div class="header svelte-fi58hk"><!> <span class="block svelte-fi58hk"> </span> <!></div> <div class="ports svelte-fi58hk"><!> <!></div> <!> <!> <!> <!></div>');
function Qp(e, t) {
  ue(t, !0);
  let n = W(t, "selected", 3, !1), r = ge(!1), o = ge("");
  function i() {
    t.data.editable && (F(o, t.data.node.name, !0), F(r, !0));
  }
  function s(T) {
    T && l(o).trim() && l(o).trim() !== t.data.node.name && t.data.rename(t.data.node.id, l(o).trim()), F(r, !1);
  }
  function a(T) {
    T.focus(), T.select();
  }
  const c = _(() => t.data.node), u = _(() => [
    ...l(c).outputs.map((T) => ({
      handle: T.handle,
      label: T.port || "out",
      text: T.text,
      color: T.color,
      title: T.kind ? `${l(c).name}${T.port ? "." + T.port : ""}: ${T.kind} ${T.shape_text}` : `${l(c).name}.${T.port} (its tensor is known once the node's inputs are valid)`
    })),
    ...l(c).bundle ? [
      {
        handle: l(c).bundle.handle,
        label: l(c).bundle.label,
        text: "",
        color: l(c).outputs[0]?.color ?? "#90a4ae",
        title: l(c).outputs.length > 0 ? `all of ${l(c).name}'s outputs as one input` : `${l(c).name}'s output (known once its inputs are valid)`
      }
    ] : []
  ]), d = _(() => Math.max(l(c).inputs.length, l(u).length, 1)), h = _(() => new Set(l(c).inputs.map((T) => T.port)).size > 1), f = {
    map: "#1e88e5",
    vector: "#8e24aa",
    tokens: "#00897b",
    dense: "#ef6c00"
  };
  function g(T) {
    return T.length === 1 ? f[T[0]] : "#78909c";
  }
  const v = _(() => [
    `${l(c).name} (${l(c).block})`,
    l(c).description,
    ...l(c).details ?? [],
    l(c).stats?.text,
    l(c).message ? `⚠ ${l(c).message}` : "",
    ...(l(c).warnings ?? []).map((T) => `△ ${T}`)
  ].filter(Boolean).join(`
`));
  var p = Up();
  let m, w;
  var C = Y(p), y = Y(C);
  {
    var x = (T) => {
      var D = Vp();
      D.__keydown = (U) => {
        U.stopPropagation(), U.key === "Enter" && s(!0), U.key === "Escape" && s(!1);
      }, nn(() => ei(D, () => l(o), (U) => F(o, U))), Ae(D, (U) => a?.(U)), Ye("blur", D, () => s(!0)), R(T, D);
    }, S = (T) => {
      var D = Bp();
      D.__dblclick = i;
      var U = Y(D);
      oe(() => ie(U, l(c).name)), R(T, D);
    };
    se(y, (T) => {
      l(r) ? T(x) : T(S, !1);
    });
  }
  var O = q(y, 2), A = Y(O), z = q(O, 2);
  {
    var j = (T) => {
      var D = Fp();
      D.__click = ($) => {
        $.stopPropagation(), t.data.expand(l(c).id, !l(c).layers);
      };
      var U = Y(D);
      oe(() => {
        Q(D, "title", l(c).layers ? "hide the inner layers" : "show the inner layers"), Q(D, "aria-label", l(c).layers ? "collapse" : "expand"), ie(U, l(c).layers ? "−" : "+");
      }), R(T, D);
    };
    se(z, (T) => {
      l(c).expandable && T(j);
    });
  }
  var X = q(C, 2);
  let I;
  var M = Y(X);
  lt(M, 19, () => l(c).inputs, (T) => T.handle, (T, D, U) => {
    var $ = Kp();
    let J, re;
    var le = Y($);
    {
      let me = _(() => l(D).ref ? "used" : "free"), Ee = _(() => l(D).error ? "#e53935" : g(l(D).accepts));
      Tt(le, {
        type: "target",
        get position() {
          return ae.Left;
        },
        get id() {
          return l(D).handle;
        },
        get class() {
          return `handle ${l(me) ?? ""}`;
        },
        get style() {
          return `background: ${l(Ee) ?? ""}`;
        },
        get isConnectable() {
          return t.data.editable;
        }
      });
    }
    var ve = q(le, 2), ce = Y(ve);
    {
      var Ne = (me) => {
        var Ee = cn();
        oe(() => ie(Ee, `+ ${l(D).port ?? ""}`)), R(me, Ee);
      }, he = (me) => {
        var Ee = Se(), Le = fe(Ee);
        {
          var Fe = (xe) => {
            var V = jp(), K = fe(V), ne = Y(K), ye = q(K);
            oe(() => {
              ie(ne, l(D).port), ie(ye, ` ${l(D).label ?? ""}`);
            }), R(xe, V);
          }, pe = (xe) => {
            var V = cn();
            oe(() => ie(V, l(D).label)), R(xe, V);
          };
          se(
            Le,
            (xe) => {
              l(h) ? xe(Fe) : xe(pe, !1);
            },
            !0
          );
        }
        R(me, Ee);
      };
      se(ce, (me) => {
        l(D).ref ? me(he, !1) : me(Ne);
      });
    }
    oe(
      (me) => {
        J = ze($, 1, "port in svelte-fi58hk", null, J, { bad: !!l(D).error, empty: !l(D).ref }), Q($, "title", me), re = ke($, "", re, { top: `${l(U) * 18}px` });
      },
      [
        () => l(D).error ?? `${l(D).port}${l(D).doc ? " (" + l(D).doc + ")" : ""}: ${l(D).accepts.join(" or ")}`
      ]
    ), R(T, $);
  });
  var P = q(M, 2);
  lt(P, 19, () => l(u), (T) => T.handle, (T, D, U) => {
    var $ = Yp();
    let J;
    var re = Y($), le = Y(re), ve = Y(le), ce = q(le), Ne = q(re, 2);
    {
      let he = _(() => l(D).handle === "o:*" ? "bundle" : "");
      Tt(Ne, {
        type: "source",
        get position() {
          return ae.Right;
        },
        get id() {
          return l(D).handle;
        },
        get class() {
          return `handle ${l(he) ?? ""}`;
        },
        get style() {
          return `background: ${l(D).color ?? ""}`;
        },
        get isConnectable() {
          return t.data.editable;
        }
      });
    }
    oe(() => {
      Q($, "title", l(D).title), J = ke($, "", J, { top: `${l(U) * 18}px` }), ie(ve, l(D).label), ie(ce, ` ${l(D).text ?? ""}`);
    }), R(T, $);
  });
  var b = q(X, 2);
  {
    var E = (T) => {
      var D = Xp(), U = Y(D);
      oe(($) => ie(U, $), [() => l(c).summary.join(" · ")]), R(T, D);
    };
    se(b, (T) => {
      l(c).summary?.length && T(E);
    });
  }
  var k = q(b, 2);
  {
    var N = (T) => {
      var D = Zp(), U = Y(D);
      oe(() => ie(U, l(c).stats.text)), R(T, D);
    };
    se(k, (T) => {
      l(c).stats && T(N);
    });
  }
  var L = q(k, 2);
  {
    var H = (T) => {
      var D = Wp(), U = Y(D);
      oe(() => ie(U, `${l(c).status === "blocked" ? "⏸" : "⚠"}
			${l(c).message ?? ""}`)), R(T, D);
    }, B = (T) => {
      var D = Se(), U = fe(D);
      {
        var $ = (J) => {
          var re = qp(), le = Y(re);
          oe(() => ie(le, `△ ${l(c).warnings[0] ?? ""}`)), R(J, re);
        };
        se(
          U,
          (J) => {
            l(c).warnings?.length && J($);
          },
          !0
        );
      }
      R(T, D);
    };
    se(L, (T) => {
      l(c).message ? T(H) : T(B, !1);
    });
  }
  var Z = q(L, 2);
  {
    var te = (T) => {
      var D = Gp(), U = Y(D);
      Yl(U, {
        get layers() {
          return l(c).layers;
        },
        depth: 0
      }), R(T, D);
    };
    se(Z, (T) => {
      l(c).layers && T(te);
    });
  }
  oe(() => {
    m = ze(p, 1, "block-node svelte-fi58hk", null, m, {
      error: l(c).status === "error",
      blocked: l(c).status === "blocked",
      warn: l(c).status === "ok" && (l(c).warnings?.length ?? 0) > 0,
      selected: n(),
      expanded: !!l(c).layers
    }), Q(p, "data-node", l(c).id), Q(p, "data-status", l(c).status), Q(p, "title", l(v)), w = ke(p, "", w, { "--fill": l(c).fill, "--border": l(c).border }), ie(A, l(c).block), I = ke(X, "", I, { height: `${l(d) * 18}px` });
  }), R(e, p), de();
}
Dt(["keydown", "dblclick", "click"]);
var Jp = /* @__PURE__ */ ee('<div><div class="name svelte-1qloul1"> </div> <div class="sub"> </div> <div class="shape svelte-1qloul1"> </div> <!></div>');
function $p(e, t) {
  ue(t, !0);
  let n = W(t, "selected", 3, !1);
  const r = _(() => t.data.node), o = _(() => l(r).outputs[0]);
  var i = Jp();
  let s, a;
  var c = Y(i), u = Y(c), d = q(c, 2), h = Y(d), f = q(d, 2), g = Y(f), v = q(f, 2);
  {
    var p = (m) => {
      Tt(m, {
        type: "source",
        get position() {
          return ae.Right;
        },
        id: "o:0",
        class: "handle",
        get style() {
          return `background: ${l(o).color ?? ""}`;
        },
        get isConnectable() {
          return t.data.editable;
        }
      });
    };
    se(v, (m) => {
      l(o) && m(p);
    });
  }
  oe(() => {
    s = ze(i, 1, "level-node svelte-1qloul1", null, s, { selected: n() }), Q(i, "data-node", l(r).id), Q(i, "title", `backbone level ${l(r).name ?? ""}: ${l(r).subtitle ?? ""}, ${l(o)?.shape_text ?? "" ?? ""}`), a = ke(i, "", a, { "--fill": l(r).fill, "--border": l(r).border }), ie(u, l(r).name), ie(h, l(r).subtitle), ie(g, l(o)?.shape_text ?? "");
  }), R(e, i), de();
}
var em = /* @__PURE__ */ ee('<input class="rename nodrag svelte-p4h0w2" aria-label="output key"/>'), tm = /* @__PURE__ */ ee('<div class="name svelte-p4h0w2" title="double-click to rename"> </div>'), nm = /* @__PURE__ */ ee('<div><!> <!> <div class="sub svelte-p4h0w2"> </div></div>');
function rm(e, t) {
  ue(t, !0);
  let n = W(t, "selected", 3, !1);
  const r = _(() => t.data.node);
  let o = ge(!1), i = ge("");
  function s(w) {
    w && l(i).trim() && l(i).trim() !== l(r).name && t.data.rename(l(r).id, l(i).trim()), F(o, !1);
  }
  function a(w) {
    w.focus(), w.select();
  }
  var c = nm();
  let u, d;
  var h = Y(c);
  {
    let w = _(() => l(r).ref ? "used" : "free");
    Tt(h, {
      type: "target",
      get position() {
        return ae.Left;
      },
      id: "i:0",
      get class() {
        return `handle ${l(w) ?? ""}`;
      },
      get isConnectable() {
        return t.data.editable;
      }
    });
  }
  var f = q(h, 2);
  {
    var g = (w) => {
      var C = em();
      C.__keydown = (y) => {
        y.stopPropagation(), y.key === "Enter" && s(!0), y.key === "Escape" && s(!1);
      }, nn(() => ei(C, () => l(i), (y) => F(i, y))), Ae(C, (y) => a?.(y)), Ye("blur", C, () => s(!0)), R(w, C);
    }, v = (w) => {
      var C = tm();
      C.__dblclick = () => {
        t.data.editable && (F(i, l(r).name, !0), F(o, !0));
      };
      var y = Y(C);
      oe(() => ie(y, l(r).name)), R(w, C);
    };
    se(f, (w) => {
      l(o) ? w(g) : w(v, !1);
    });
  }
  var p = q(f, 2), m = Y(p);
  oe(() => {
    u = ze(c, 1, "output-node svelte-p4h0w2", null, u, {
      selected: n(),
      error: l(r).status === "error",
      blocked: l(r).status === "blocked"
    }), Q(c, "data-node", l(r).id), Q(c, "data-status", l(r).status), Q(c, "title", l(r).message ? `⚠ ${l(r).message}` : `output ${l(r).name}: ${l(r).subtitle}`), d = ke(c, "", d, { "--fill": l(r).fill, "--border": l(r).border }), ie(m, l(r).message ? "⚠ " + l(r).message : l(r).subtitle);
  }), R(e, c), de();
}
Dt(["keydown", "dblclick"]);
var om = /* @__PURE__ */ ee('<button class="item svelte-5mstgu" draggable="true"><span class="swatch svelte-5mstgu"></span> <span class="iname svelte-5mstgu"> </span> <span class="desc svelte-5mstgu"> </span></button>'), im = /* @__PURE__ */ ee('<div class="group"><div class="title svelte-5mstgu"> </div> <!></div>'), sm = /* @__PURE__ */ ee('<div class="group"><div class="title svelte-5mstgu">outputs</div> <button class="item svelte-5mstgu" draggable="true" data-block="__output__" title="a head output (logits, cls_logits, mask_logits, aux_...)"><span class="swatch svelte-5mstgu"></span> <span class="iname svelte-5mstgu">output</span> <span class="desc svelte-5mstgu">A head output: logits, boxes, masks or aux_&lt;name&gt;.</span></button></div>'), am = /* @__PURE__ */ ee('<div class="empty svelte-5mstgu"> </div>'), lm = /* @__PURE__ */ ee('<aside class="palette svelte-5mstgu" aria-label="blocks"><input class="search svelte-5mstgu" type="search" placeholder="Search blocks" aria-label="search blocks"/> <label class="filter svelte-5mstgu"><input type="checkbox" class="svelte-5mstgu"/> </label> <div class="groups svelte-5mstgu"><!> <!> <!></div></aside>');
function cm(e, t) {
  ue(t, !0);
  let n = ge(""), r = ge(!0);
  const o = _(() => {
    const y = l(n).trim().toLowerCase(), x = t.entries.filter((O) => (!l(r) || O.tasks.length === 0 || O.tasks.includes(t.task)) && (!y || O.name.toLowerCase().includes(y) || O.role.toLowerCase().includes(y) || O.description.toLowerCase().includes(y))), S = [];
    for (const O of x) {
      let A = S.find((z) => z.role === O.role);
      A || (A = { role: O.role, title: O.role_title, items: [] }, S.push(A)), A.items.push(O);
    }
    return S;
  }), i = _(() => !l(n).trim() || "output".includes(l(n).trim().toLowerCase()));
  function s(y, x) {
    (y.key === "Enter" || y.key === " ") && (y.preventDefault(), y.stopPropagation(), t.onadd(x));
  }
  function a(y, x) {
    y.dataTransfer?.setData("application/x-head-block", x ?? "__output__"), y.dataTransfer?.setData("text/plain", x ?? "output"), y.dataTransfer && (y.dataTransfer.effectAllowed = "copy");
  }
  var c = lm(), u = Y(c), d = q(u, 2), h = Y(d), f = q(h), g = q(d, 2), v = Y(g);
  lt(v, 17, () => l(o), (y) => y.role, (y, x) => {
    var S = im(), O = Y(S), A = Y(O), z = q(O, 2);
    lt(z, 17, () => l(x).items, (j) => j.name, (j, X) => {
      var I = om();
      I.__keydown = (N) => s(N, l(X).name), I.__click = () => t.onadd(l(X).name);
      let M;
      var P = q(Y(I), 2), b = Y(P), E = q(P, 2), k = Y(E);
      oe(
        (N) => {
          Q(I, "data-block", l(X).name), Q(I, "title", `${l(X).description ?? ""} inputs: ${N ?? ""}${l(X).multi_input ? " (several)" : ""} drag onto the canvas, or press Enter to add`), M = ke(I, "", M, { "--fill": l(X).fill, "--border": l(X).border }), ie(b, l(X).name), ie(k, l(X).description);
        },
        [() => l(X).accepts.join(" or ")]
      ), Ye("dragstart", I, (N) => a(N, l(X).name)), R(j, I);
    }), oe(() => ie(A, l(x).title)), R(y, S);
  });
  var p = q(v, 2);
  {
    var m = (y) => {
      var x = sm(), S = q(Y(x), 2);
      S.__keydown = (O) => s(O, null), S.__click = () => t.onadd(null), ke(S, "", {}, { "--fill": "#fce4ec", "--border": "#d81b60" }), Ye("dragstart", S, (O) => a(O, null)), R(y, x);
    };
    se(p, (y) => {
      l(i) && y(m);
    });
  }
  var w = q(p, 2);
  {
    var C = (y) => {
      var x = am(), S = Y(x);
      oe(() => ie(S, `No block matches "${l(n) ?? ""}".`)), R(y, x);
    };
    se(w, (y) => {
      l(o).length === 0 && !l(i) && y(C);
    });
  }
  oe(() => ie(f, ` ${t.task ?? ""} blocks only`)), ei(u, () => l(n), (y) => F(n, y)), Hu(h, () => l(r), (y) => F(r, y)), R(e, c), de();
}
Dt(["keydown", "click"]);
var um = /* @__PURE__ */ ee("<div> </div>"), dm = /* @__PURE__ */ ee("<!> <!>", 1);
function fm(e, t) {
  ue(t, !0);
  let n = W(t, "selected", 3, !1);
  const r = _(() => yi({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition
  }));
  function o(f) {
    return f >= 0 ? 0.5 * f : 0.25 * 25 * Math.sqrt(-f);
  }
  const i = _(() => {
    const f = t.targetX >= t.sourceX + 40 ? l(s).label_t ?? 0.5 : 0.5, g = o(t.targetX - t.sourceX), v = [
      [t.sourceX, t.sourceY],
      [t.sourceX + g, t.sourceY],
      [t.targetX - g, t.targetY],
      [t.targetX, t.targetY]
    ], p = 1 - f, m = [p * p * p, 3 * p * p * f, 3 * p * f * f, f * f * f];
    return {
      x: m.reduce((w, C, y) => w + C * v[y][0], 0),
      y: m.reduce((w, C, y) => w + C * v[y][1], 0)
    };
  }), s = _(() => t.data ?? {}), a = _(() => l(s).error ? "#e53935" : l(s).waiting ? "#b0bec5" : l(s).color ?? "#90a4ae");
  var c = dm(), u = fe(c);
  {
    let f = _(() => l(a)), g = _(() => n() ? 3 : 1.8), v = _(() => l(s).error || l(s).waiting ? "stroke-dasharray: 6 4;" : "");
    or(u, {
      get id() {
        return t.id;
      },
      get path() {
        return l(r)[0];
      },
      get style() {
        return `stroke: ${l(f) ?? ""}; stroke-width: ${l(g) ?? ""}px; ${l(v) ?? ""}`;
      }
    });
  }
  var d = q(u, 2);
  {
    var h = (f) => {
      Dl(f, {
        get x() {
          return l(i).x;
        },
        get y() {
          return l(i).y;
        },
        selectEdgeOnClick: !0,
        children: (g, v) => {
          var p = um();
          let m;
          var w = Y(p);
          oe(() => {
            m = ze(p, 1, "edge-label svelte-13myl97", null, m, { bad: !!l(s).error, selected: n() }), Q(p, "data-edge", t.id), Q(p, "title", l(s).error ? `⚠ ${l(s).error}` : `${l(s).ref}: ${l(s).label}`), ie(w, `${l(s).error ? "⚠ " : ""}${(l(s).label || "invalid") ?? ""}`);
          }), R(g, p);
        },
        $$slots: { default: !0 }
      });
    };
    se(d, (f) => {
      (l(s).label || l(s).error) && f(h);
    });
  }
  R(e, c), de();
}
function hm(e, t) {
  return (!t || t === "o:*" ? e.outputs : [e.outputs[Number(t.slice(2))]]).map((r) => r?.kind).filter((r) => !!r);
}
function gm(e, t) {
  if (!t || t === "o:*" || e.outputs.length <= 1) return e.name;
  const n = e.outputs[Number(t.slice(2))];
  return n && n.port ? `${e.name}.${n.port}` : e.name;
}
function vm(e, t, n) {
  const r = /* @__PURE__ */ new Map();
  for (const s of e.edges)
    r.has(s.source) || r.set(s.source, []), r.get(s.source).push(s.target);
  const o = /* @__PURE__ */ new Map([[t, ""]]), i = [t];
  for (; i.length; ) {
    const s = i.pop();
    for (const a of r.get(s) ?? [])
      if (!o.has(a)) {
        if (o.set(a, s), a === n) {
          const c = [n];
          for (; c[c.length - 1] !== t; ) c.push(o.get(c[c.length - 1]));
          return c.reverse();
        }
        i.push(a);
      }
  }
  return null;
}
function pm(e, t) {
  const n = e.nodes.find((o) => o.id === t.source), r = e.nodes.find((o) => o.id === t.target);
  if (!n || !r) return "that port is not on the canvas";
  if (n.type === "output") return `output '${n.name}' is a sink; wires leave nodes and levels`;
  if (r.type === "level")
    return `level '${r.name}' comes from the backbone and takes no inputs`;
  if (n.id === r.id) return `cannot connect ${n.name} to itself`;
  if (r.type === "block") {
    const o = vm(e, r.id, n.id);
    if (o) {
      const u = o.map((d) => e.nodes.find((h) => h.id === d)?.name ?? d);
      return `cannot connect ${n.name} to ${r.name}: it would make a cycle ${[...u, r.name].join(" -> ")}`;
    }
    const i = r.inputs.find((u) => u.handle === t.targetHandle) ?? r.inputs[0], s = i?.accepts ?? [], c = hm(n, t.sourceHandle).find((u) => s.length && !s.includes(u));
    if (c) {
      const u = gm(n, t.sourceHandle), d = ["x", "levels", "inputs"].includes(i.port) ? `${r.name} takes` : `${r.name}'s input '${i.port}' takes`;
      return `cannot connect ${u} to ${r.name}: ${d} ${s.join(" or ")} inputs, got ${c}`;
    }
  }
  return null;
}
var Xl = Object.defineProperty, mm = (e, t, n) => t in e ? Xl(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, ym = (e, t) => {
  for (var n in t) Xl(e, n, { get: t[n], enumerable: !0 });
}, bm = (e, t, n) => mm(e, t + "", n), Zl = {};
ym(Zl, { Graph: () => et, alg: () => Si });
var wm = Object.defineProperty, Wl = (e, t) => {
  for (var n in t) wm(e, n, { get: t[n], enumerable: !0 });
}, Ni = class {
  constructor(e) {
    this._isDirected = !0, this._isMultigraph = !1, this._isCompound = !1, this._nodes = {}, this._in = {}, this._preds = {}, this._out = {}, this._sucs = {}, this._edgeObjs = {}, this._edgeLabels = {}, this._nodeCount = 0, this._edgeCount = 0, this._defaultNodeLabelFn = () => {
    }, this._defaultEdgeLabelFn = () => {
    }, e && (this._isDirected = "directed" in e ? e.directed : !0, this._isMultigraph = "multigraph" in e ? e.multigraph : !1, this._isCompound = "compound" in e ? e.compound : !1), this._isCompound && (this._parent = {}, this._children = {}, this._children["\0"] = {});
  }
  isDirected() {
    return this._isDirected;
  }
  isMultigraph() {
    return this._isMultigraph;
  }
  isCompound() {
    return this._isCompound;
  }
  setGraph(e) {
    return this._label = e, this;
  }
  graph() {
    return this._label;
  }
  setDefaultNodeLabel(e) {
    return typeof e != "function" ? this._defaultNodeLabelFn = () => e : this._defaultNodeLabelFn = e, this;
  }
  nodeCount() {
    return this._nodeCount;
  }
  nodes() {
    return Object.keys(this._nodes);
  }
  sources() {
    return this.nodes().filter((e) => Object.keys(this._in[e]).length === 0);
  }
  sinks() {
    return this.nodes().filter((e) => Object.keys(this._out[e]).length === 0);
  }
  setNodes(e, t) {
    return e.forEach((n) => {
      t !== void 0 ? this.setNode(n, t) : this.setNode(n);
    }), this;
  }
  setNode(e, t) {
    return e in this._nodes ? (arguments.length > 1 && (this._nodes[e] = t), this) : (this._nodes[e] = arguments.length > 1 ? t : this._defaultNodeLabelFn(e), this._isCompound && (this._parent[e] = "\0", this._children[e] = {}, this._children["\0"][e] = !0), this._in[e] = {}, this._preds[e] = {}, this._out[e] = {}, this._sucs[e] = {}, ++this._nodeCount, this);
  }
  node(e) {
    return this._nodes[e];
  }
  hasNode(e) {
    return e in this._nodes;
  }
  removeNode(e) {
    if (e in this._nodes) {
      let t = (n) => this.removeEdge(this._edgeObjs[n]);
      delete this._nodes[e], this._isCompound && (this._removeFromParentsChildList(e), delete this._parent[e], this.children(e).forEach((n) => {
        this.setParent(n);
      }), delete this._children[e]), Object.keys(this._in[e]).forEach(t), delete this._in[e], delete this._preds[e], Object.keys(this._out[e]).forEach(t), delete this._out[e], delete this._sucs[e], --this._nodeCount;
    }
    return this;
  }
  setParent(e, t) {
    if (!this._isCompound) throw new Error("Cannot set parent in a non-compound graph");
    if (t === void 0) t = "\0";
    else {
      t += "";
      for (let n = t; n !== void 0; n = this.parent(n)) if (n === e) throw new Error("Setting " + t + " as parent of " + e + " would create a cycle");
      this.setNode(t);
    }
    return this.setNode(e), this._removeFromParentsChildList(e), this._parent[e] = t, this._children[t][e] = !0, this;
  }
  parent(e) {
    if (this._isCompound) {
      let t = this._parent[e];
      if (t !== "\0") return t;
    }
  }
  children(e = "\0") {
    if (this._isCompound) {
      let t = this._children[e];
      if (t) return Object.keys(t);
    } else {
      if (e === "\0") return this.nodes();
      if (this.hasNode(e)) return [];
    }
    return [];
  }
  predecessors(e) {
    let t = this._preds[e];
    if (t) return Object.keys(t);
  }
  successors(e) {
    let t = this._sucs[e];
    if (t) return Object.keys(t);
  }
  neighbors(e) {
    let t = this.predecessors(e);
    if (t) {
      let n = new Set(t), r = this.successors(e);
      if (r) for (let o of r) n.add(o);
      return Array.from(n.values());
    }
  }
  isLeaf(e) {
    var t;
    let n;
    return this.isDirected() ? n = this.successors(e) : n = this.neighbors(e), ((t = n?.length) != null ? t : 0) === 0;
  }
  filterNodes(e) {
    let t = new this.constructor({ directed: this._isDirected, multigraph: this._isMultigraph, compound: this._isCompound });
    t.setGraph(this.graph()), Object.entries(this._nodes).forEach(([o, i]) => {
      e(o) && t.setNode(o, i);
    }), Object.values(this._edgeObjs).forEach((o) => {
      t.hasNode(o.v) && t.hasNode(o.w) && t.setEdge(o, this.edge(o));
    });
    let n = {}, r = (o) => {
      let i = this.parent(o);
      return !i || t.hasNode(i) ? (n[o] = i, i) : i in n ? n[i] : r(i);
    };
    return this._isCompound && t.nodes().forEach((o) => t.setParent(o, r(o))), t;
  }
  setDefaultEdgeLabel(e) {
    return typeof e != "function" ? this._defaultEdgeLabelFn = () => e : this._defaultEdgeLabelFn = e, this;
  }
  edgeCount() {
    return this._edgeCount;
  }
  edges() {
    return Object.values(this._edgeObjs);
  }
  setPath(e, t) {
    return e.reduce((n, r) => (t !== void 0 ? this.setEdge(n, r, t) : this.setEdge(n, r), r)), this;
  }
  setEdge(e, t, n, r) {
    let o, i, s, a, c = !1;
    typeof e == "object" && e !== null && "v" in e ? (o = e.v, i = e.w, s = e.name, arguments.length === 2 && (a = t, c = !0)) : (o = e, i = t, s = r, arguments.length > 2 && (a = n, c = !0)), o = "" + o, i = "" + i, s !== void 0 && (s = "" + s);
    let u = Hn(this._isDirected, o, i, s);
    if (u in this._edgeLabels) return c && (this._edgeLabels[u] = a), this;
    if (s !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
    this.setNode(o), this.setNode(i), this._edgeLabels[u] = c ? a : this._defaultEdgeLabelFn(o, i, s);
    let d = _m(this._isDirected, o, i, s);
    return o = d.v, i = d.w, Object.freeze(d), this._edgeObjs[u] = d, Rs(this._preds[i], o), Rs(this._sucs[o], i), this._in[i][u] = d, this._out[o][u] = d, this._edgeCount++, this;
  }
  edge(e, t, n) {
    let r = arguments.length === 1 ? bo(this._isDirected, e) : Hn(this._isDirected, e, t, n);
    return this._edgeLabels[r];
  }
  edgeAsObj(e, t, n) {
    let r = arguments.length === 1 ? this.edge(e) : this.edge(e, t, n);
    return typeof r != "object" || r === null ? { label: r } : r;
  }
  hasEdge(e, t, n) {
    return (arguments.length === 1 ? bo(this._isDirected, e) : Hn(this._isDirected, e, t, n)) in this._edgeLabels;
  }
  removeEdge(e, t, n) {
    let r = arguments.length === 1 ? bo(this._isDirected, e) : Hn(this._isDirected, e, t, n), o = this._edgeObjs[r];
    if (o) {
      let i = o.v, s = o.w;
      delete this._edgeLabels[r], delete this._edgeObjs[r], Hs(this._preds[s], i), Hs(this._sucs[i], s), delete this._in[s][r], delete this._out[i][r], this._edgeCount--;
    }
    return this;
  }
  inEdges(e, t) {
    return this.isDirected() ? this.filterEdges(this._in[e], e, t) : this.nodeEdges(e, t);
  }
  outEdges(e, t) {
    return this.isDirected() ? this.filterEdges(this._out[e], e, t) : this.nodeEdges(e, t);
  }
  nodeEdges(e, t) {
    if (e in this._nodes) return this.filterEdges({ ...this._in[e], ...this._out[e] }, e, t);
  }
  _removeFromParentsChildList(e) {
    delete this._children[this._parent[e]][e];
  }
  filterEdges(e, t, n) {
    if (!e) return;
    let r = Object.values(e);
    return n ? r.filter((o) => o.v === t && o.w === n || o.v === n && o.w === t) : r;
  }
};
function Rs(e, t) {
  e[t] ? e[t]++ : e[t] = 1;
}
function Hs(e, t) {
  e[t] !== void 0 && !--e[t] && delete e[t];
}
function Hn(e, t, n, r) {
  let o = "" + t, i = "" + n;
  if (!e && o > i) {
    let s = o;
    o = i, i = s;
  }
  return o + "" + i + "" + (r === void 0 ? "\0" : r);
}
function _m(e, t, n, r) {
  let o = "" + t, i = "" + n;
  if (!e && o > i) {
    let a = o;
    o = i, i = a;
  }
  let s = { v: o, w: i };
  return r && (s.name = r), s;
}
function bo(e, t) {
  return Hn(e, t.v, t.w, t.name);
}
var xm = {};
Wl(xm, { read: () => Sm, write: () => Em });
function Em(e) {
  let t = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: km(e), edges: Nm(e) }, n = e.graph();
  return n !== void 0 && (t.value = structuredClone(n)), t;
}
function km(e) {
  return e.nodes().map((t) => {
    let n = e.node(t), r = e.parent(t), o = { v: t };
    return n !== void 0 && (o.value = n), r !== void 0 && (o.parent = r), o;
  });
}
function Nm(e) {
  return e.edges().map((t) => {
    let n = e.edge(t), r = { v: t.v, w: t.w };
    return t.name !== void 0 && (r.name = t.name), n !== void 0 && (r.value = n), r;
  });
}
function Sm(e) {
  let t = new Ni(e.options);
  return e.value !== void 0 && t.setGraph(e.value), e.nodes.forEach((n) => {
    t.setNode(n.v, n.value), n.parent && t.setParent(n.v, n.parent);
  }), e.edges.forEach((n) => {
    t.setEdge({ v: n.v, w: n.w, name: n.name }, n.value);
  }), t;
}
var Si = {};
Wl(Si, { CycleException: () => Dr, bellmanFord: () => ql, components: () => Pm, dijkstra: () => Tr, dijkstraAll: () => Am, findCycles: () => zm, floydWarshall: () => Dm, isAcyclic: () => Rm, postorder: () => Vm, preorder: () => Bm, prim: () => Fm, shortestPaths: () => jm, tarjan: () => Ul, topsort: () => Ql });
var Cm = () => 1;
function ql(e, t, n, r) {
  return Mm(e, String(t), n || Cm, r || function(o) {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  });
}
function Mm(e, t, n, r) {
  let o = {}, i, s = 0, a = e.nodes(), c = function(h) {
    let f = o[h.v], g = o[h.w];
    if (!f || !g) return;
    let v = n(h);
    f.distance + v < g.distance && (o[h.w] = { distance: f.distance + v, predecessor: h.v }, i = !0);
  }, u = function() {
    a.forEach(function(h) {
      r(h).forEach(function(f) {
        let g = f.v === h ? f.v : f.w, v = g === f.v ? f.w : f.v;
        c({ v: g, w: v });
      });
    });
  };
  a.forEach(function(h) {
    let f = h === t ? 0 : Number.POSITIVE_INFINITY;
    o[h] = { distance: f, predecessor: "" };
  });
  let d = a.length;
  for (let h = 1; h < d && (i = !1, s++, u(), !!i); h++) ;
  if (s === d - 1 && (i = !1, u(), i)) throw new Error("The graph contains a negative weight cycle");
  return o;
}
function Pm(e) {
  let t = {}, n = [], r;
  function o(i) {
    var s, a;
    i in t || (t[i] = !0, r.push(i), (s = e.successors(i)) == null || s.forEach(o), (a = e.predecessors(i)) == null || a.forEach(o));
  }
  return e.nodes().forEach(function(i) {
    r = [], o(i), r.length && n.push(r);
  }), n;
}
var Gl = class {
  constructor() {
    this._arr = [], this._keyIndices = {};
  }
  size() {
    return this._arr.length;
  }
  keys() {
    return this._arr.map((e) => e.key);
  }
  has(e) {
    return e in this._keyIndices;
  }
  priority(e) {
    let t = this._keyIndices[e];
    if (t !== void 0) return this._arr[t].priority;
  }
  min() {
    if (this.size() === 0) throw new Error("Queue underflow");
    return this._arr[0].key;
  }
  add(e, t) {
    let n = this._keyIndices, r = String(e);
    if (!(r in n)) {
      let o = this._arr, i = o.length;
      return n[r] = i, o.push({ key: r, priority: t }), this._decrease(i), !0;
    }
    return !1;
  }
  removeMin() {
    if (this.size() === 0) throw new Error("Queue underflow");
    this._swap(0, this._arr.length - 1);
    let e = this._arr.pop();
    return delete this._keyIndices[e.key], this._heapify(0), e.key;
  }
  decrease(e, t) {
    let n = this._keyIndices[e];
    if (n === void 0) throw new Error(`Key not found: ${e}`);
    let r = this._arr[n].priority;
    if (t > r) throw new Error(`New priority is greater than current priority. Key: ${e} Old: ${r} New: ${t}`);
    this._arr[n].priority = t, this._decrease(n);
  }
  _heapify(e) {
    let t = this._arr, n = 2 * e, r = n + 1, o = e;
    n < t.length && (o = t[n].priority < t[o].priority ? n : o, r < t.length && (o = t[r].priority < t[o].priority ? r : o), o !== e && (this._swap(e, o), this._heapify(o)));
  }
  _decrease(e) {
    let t = this._arr, n = t[e].priority, r;
    for (; e !== 0 && (r = e >> 1, !(t[r].priority < n)); ) this._swap(e, r), e = r;
  }
  _swap(e, t) {
    let n = this._arr, r = this._keyIndices, o = n[e], i = n[t];
    n[e] = i, n[t] = o, r[i.key] = e, r[o.key] = t;
  }
}, Om = () => 1;
function Tr(e, t, n, r) {
  let o = function(i) {
    var s;
    return (s = e.outEdges(i)) != null ? s : [];
  };
  return Im(e, String(t), n || Om, r || o);
}
function Im(e, t, n, r) {
  let o = {}, i = new Gl(), s, a, c = function(u) {
    let d = u.v !== s ? u.v : u.w, h = o[d];
    if (!h) return;
    let f = n(u), g = a.distance + f;
    if (f < 0) throw new Error("dijkstra does not allow negative edge weights. Bad edge: " + u + " Weight: " + f);
    g < h.distance && (h.distance = g, h.predecessor = s, i.decrease(d, g));
  };
  for (e.nodes().forEach(function(u) {
    let d = u === t ? 0 : Number.POSITIVE_INFINITY;
    o[u] = { distance: d, predecessor: "" }, i.add(u, d);
  }); i.size() > 0; ) {
    s = i.removeMin();
    let u = o[s];
    if (!u || u.distance === Number.POSITIVE_INFINITY) break;
    a = u, r(s).forEach(c);
  }
  return o;
}
function Am(e, t, n) {
  return e.nodes().reduce(function(r, o) {
    return r[o] = Tr(e, o, t, n), r;
  }, {});
}
function Ul(e) {
  let t = 0, n = [], r = {}, o = [];
  function i(s) {
    var a;
    let c = r[s] = { onStack: !0, lowlink: t, index: t++ };
    if (n.push(s), (a = e.successors(s)) == null || a.forEach(function(u) {
      if (u in r) {
        let d = r[u];
        d != null && d.onStack && (c.lowlink = Math.min(c.lowlink, d.index));
      } else {
        i(u);
        let d = r[u];
        d && (c.lowlink = Math.min(c.lowlink, d.lowlink));
      }
    }), c.lowlink === c.index) {
      let u = [], d;
      do {
        d = n.pop();
        let h = r[d];
        h && (h.onStack = !1), u.push(d);
      } while (s !== d);
      o.push(u);
    }
  }
  return e.nodes().forEach(function(s) {
    s in r || i(s);
  }), o;
}
function zm(e) {
  return Ul(e).filter(function(t) {
    var n;
    let r = t[0];
    return r ? t.length > 1 || t.length === 1 && ((n = e.outEdges(r, r)) != null ? n : []).length > 0 : !1;
  });
}
var Tm = () => 1;
function Dm(e, t, n) {
  return Lm(e, t || Tm, n || function(r) {
    var o;
    return (o = e.outEdges(r)) != null ? o : [];
  });
}
function Lm(e, t, n) {
  let r = {}, o = e.nodes();
  return o.forEach(function(i) {
    let s = {};
    r[i] = s, s[i] = { distance: 0, predecessor: "" }, o.forEach(function(a) {
      i !== a && (s[a] = { distance: Number.POSITIVE_INFINITY, predecessor: "" });
    }), n(i).forEach(function(a) {
      let c = a.v === i ? a.w : a.v, u = t(a);
      s[c] = { distance: u, predecessor: i };
    });
  }), o.forEach(function(i) {
    let s = r[i];
    s && o.forEach(function(a) {
      let c = r[a];
      c && o.forEach(function(u) {
        let d = c[i], h = s[u], f = c[u];
        if (d && h && f) {
          let g = d.distance + h.distance;
          g < f.distance && (f.distance = g, f.predecessor = h.predecessor);
        }
      });
    });
  }), r;
}
var Dr = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function Ql(e) {
  let t = {}, n = {}, r = [];
  function o(i) {
    var s;
    if (i in n) throw new Dr();
    i in t || (n[i] = !0, t[i] = !0, (s = e.predecessors(i)) == null || s.forEach(o), delete n[i], r.push(i));
  }
  if (e.sinks().forEach(o), Object.keys(t).length !== e.nodeCount()) throw new Dr();
  return r;
}
function Rm(e) {
  try {
    Ql(e);
  } catch (t) {
    if (t instanceof Dr) return !1;
    throw t;
  }
  return !0;
}
function Hm(e, t, n, r, o) {
  Array.isArray(t) || (t = [t]);
  let i = ((a) => {
    var c;
    return (c = e.isDirected() ? e.successors(a) : e.neighbors(a)) != null ? c : [];
  }), s = {};
  return t.forEach(function(a) {
    if (!e.hasNode(a)) throw new Error("Graph does not have node: " + a);
    o = Jl(e, a, n === "post", s, i, r, o);
  }), o;
}
function Jl(e, t, n, r, o, i, s) {
  return t in r || (r[t] = !0, n || (s = i(s, t)), o(t).forEach(function(a) {
    s = Jl(e, a, n, r, o, i, s);
  }), n && (s = i(s, t))), s;
}
function $l(e, t, n) {
  return Hm(e, t, n, function(r, o) {
    return r.push(o), r;
  }, []);
}
function Vm(e, t) {
  return $l(e, t, "post");
}
function Bm(e, t) {
  return $l(e, t, "pre");
}
function Fm(e, t) {
  var n;
  let r = new Ni(), o = {}, i = new Gl(), s;
  function a(d) {
    let h = d.v === s ? d.w : d.v, f = i.priority(h);
    if (f !== void 0) {
      let g = t(d);
      g < f && (o[h] = s, i.decrease(h, g));
    }
  }
  if (e.nodeCount() === 0) return r;
  e.nodes().forEach(function(d) {
    i.add(d, Number.POSITIVE_INFINITY), r.setNode(d);
  });
  let c = e.nodes()[0];
  c !== void 0 && i.decrease(c, 0);
  let u = !1;
  for (; i.size() > 0; ) {
    if (s = i.removeMin(), s in o) r.setEdge(s, o[s]);
    else {
      if (u) throw new Error("Input graph is not connected: " + e);
      u = !0;
    }
    (n = e.nodeEdges(s)) == null || n.forEach(a);
  }
  return r;
}
function jm(e, t, n, r) {
  return Km(e, t, n, r ?? ((o) => {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  }));
}
function Km(e, t, n, r) {
  if (n === void 0) return Tr(e, t, n, r);
  let o = !1, i = e.nodes();
  for (let s = 0; s < i.length; s++) {
    let a = i[s];
    if (a === void 0) continue;
    let c = r(a);
    for (let u = 0; u < c.length; u++) {
      let d = c[u];
      if (!d) continue;
      let h = d.v === a ? d.v : d.w, f = h === d.v ? d.w : d.v;
      n({ v: h, w: f }) < 0 && (o = !0);
    }
    if (o) return ql(e, t, n, r);
  }
  return Tr(e, t, n, r);
}
var et = Ni;
function Mn(e, t, n, r) {
  let o = r;
  for (; e.hasNode(o); ) o = Ci(r);
  return n.dummy = t, e.setNode(o, n), o;
}
function Ym(e) {
  let t = new et().setGraph(e.graph());
  return e.nodes().forEach((n) => t.setNode(n, e.node(n))), e.edges().forEach((n) => {
    let r = t.edge(n.v, n.w) || { weight: 0, minlen: 1 }, o = e.edge(n);
    t.setEdge(n.v, n.w, { weight: r.weight + o.weight, minlen: Math.max(r.minlen, o.minlen) });
  }), t;
}
function ec(e) {
  let t = new et({ multigraph: e.isMultigraph() }).setGraph(e.graph());
  return e.nodes().forEach((n) => {
    e.children(n).length || t.setNode(n, e.node(n));
  }), e.edges().forEach((n) => {
    t.setEdge(n, e.edge(n));
  }), t;
}
function Vs(e, t) {
  let n = e.x, r = e.y, o = t.x - n, i = t.y - r, s = e.width / 2, a = e.height / 2;
  if (!o && !i) throw new Error("Not possible to find intersection inside of the rectangle");
  let c, u;
  return o === 0 || Math.abs(i) * s > Math.abs(o) * a ? (i < 0 && (a = -a), c = a * o / i, u = a) : (o < 0 && (s = -s), c = s, u = s * i / o), { x: n + c, y: r + u };
}
function ir(e) {
  let t = qn(nc(e) + 1).map(() => []);
  return e.nodes().forEach((n) => {
    let r = e.node(n), o = r.rank;
    o !== void 0 && (t[o] || (t[o] = []), t[o][r.order] = n);
  }), t;
}
function Xm(e) {
  let t = e.nodes().map((r) => {
    let o = e.node(r).rank;
    return o === void 0 ? Number.MAX_VALUE : o;
  }), n = it(Math.min, t);
  e.nodes().forEach((r) => {
    let o = e.node(r);
    Object.hasOwn(o, "rank") && (o.rank -= n);
  });
}
function Zm(e) {
  let t = e.nodes().map((s) => e.node(s).rank).filter((s) => s !== void 0), n = it(Math.min, t), r = [];
  e.nodes().forEach((s) => {
    let a = e.node(s).rank - n;
    r[a] || (r[a] = []), r[a].push(s);
  });
  let o = 0, i = e.graph().nodeRankFactor;
  Array.from(r).forEach((s, a) => {
    s === void 0 && a % i !== 0 ? --o : s !== void 0 && o && s.forEach((c) => e.node(c).rank += o);
  });
}
function Bs(e, t, n, r) {
  let o = { width: 0, height: 0 };
  return arguments.length >= 4 && (o.rank = n, o.order = r), Mn(e, "border", o, t);
}
function Wm(e, t = tc) {
  let n = [];
  for (let r = 0; r < e.length; r += t) {
    let o = e.slice(r, r + t);
    n.push(o);
  }
  return n;
}
var tc = 65535;
function it(e, t) {
  if (t.length > tc) {
    let n = Wm(t);
    return e(...n.map((r) => e(...r)));
  } else return e(...t);
}
function nc(e) {
  let t = e.nodes().map((n) => {
    let r = e.node(n).rank;
    return r === void 0 ? Number.MIN_VALUE : r;
  });
  return it(Math.max, t);
}
function qm(e, t) {
  let n = { lhs: [], rhs: [] };
  return e.forEach((r) => {
    t(r) ? n.lhs.push(r) : n.rhs.push(r);
  }), n;
}
function Gm(e, t) {
  let n = Date.now();
  try {
    return t();
  } finally {
    console.log(e + " time: " + (Date.now() - n) + "ms");
  }
}
function rc(e, t) {
  return t();
}
var Um = 0;
function Ci(e) {
  let t = ++Um;
  return e + ("" + t);
}
function qn(e, t, n = 1) {
  t == null && (t = e, e = 0);
  let r = (i) => i < t;
  n < 0 && (r = (i) => t < i);
  let o = [];
  for (let i = e; r(i); i += n) o.push(i);
  return o;
}
function Lr(e, t) {
  let n = {};
  for (let r of t) e[r] !== void 0 && (n[r] = e[r]);
  return n;
}
function Gr(e, t) {
  let n;
  return typeof t == "string" ? n = (r) => r[t] : n = t, Object.entries(e).reduce((r, [o, i]) => (r[o] = n(i, o), r), {});
}
function Qm(e, t) {
  return e.reduce((n, r, o) => (n[r] = t[o], n), {});
}
var Ur = "\0";
function oc(e, t, n) {
  var r, o, i, s, a, c;
  if (!(e && t && n && t.dummy === "edge" && n.dummy === "edge" && t.edgeObj && n.edgeObj && e[t.edgeObj.v] && e[n.edgeObj.v] && e[t.edgeObj.w] && e[n.edgeObj.w])) return 0;
  let u = !0;
  t.edgeObj.w === n.edgeObj.w && (u = !1);
  let d = u ? (o = (r = e[t.edgeObj.v]) == null ? void 0 : r.rank) != null ? o : NaN + 1 : (s = (i = e[t.edgeObj.w]) == null ? void 0 : i.rank) != null ? s : NaN - 1, h = Object.entries(e).find((p) => {
    var m, w;
    return ((m = p[1].edgeObj) == null ? void 0 : m.v) === t.edgeObj.v && ((w = p[1].edgeObj) == null ? void 0 : w.w) === t.edgeObj.w && p[1].rank === d;
  }), f = Object.entries(e).find((p) => {
    var m, w;
    return ((m = p[1].edgeObj) == null ? void 0 : m.v) === n.edgeObj.v && ((w = p[1].edgeObj) == null ? void 0 : w.w) === n.edgeObj.w && p[1].rank === d;
  });
  if (!h || !f) return 0;
  let g = (a = h[1].order) != null ? a : NaN, v = (c = f[1].order) != null ? c : NaN;
  return isNaN(g - v) ? 0 : g - v;
}
var Jm = "3.1.3", $m = class {
  constructor() {
    bm(this, "_sentinel");
    let e = {};
    e._next = e._prev = e, this._sentinel = e;
  }
  dequeue() {
    let e = this._sentinel, t = e._prev;
    if (t !== e) return Fs(t), t;
  }
  enqueue(e) {
    let t = this._sentinel;
    e._prev && e._next && Fs(e), e._next = t._next, t._next._prev = e, t._next = e, e._prev = t;
  }
  toString() {
    let e = [], t = this._sentinel, n = t._prev;
    for (; n !== t; ) e.push(JSON.stringify(n, ey)), n = n._prev;
    return "[" + e.join(", ") + "]";
  }
};
function Fs(e) {
  e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
}
function ey(e, t) {
  if (e !== "_next" && e !== "_prev") return t;
}
var ty = $m, ny = () => 1;
function ry(e, t) {
  if (e.nodeCount() <= 1) return [];
  let n = iy(e, t || ny);
  return oy(n.graph, n.buckets, n.zeroIdx).flatMap((r) => e.outEdges(r.v, r.w) || []);
}
function oy(e, t, n) {
  var r;
  let o = [], i = t[t.length - 1], s = t[0], a;
  for (; e.nodeCount(); ) {
    for (; a = s.dequeue(); ) wo(e, t, n, a);
    for (; a = i.dequeue(); ) wo(e, t, n, a);
    if (e.nodeCount()) {
      for (let c = t.length - 2; c > 0; --c) if (a = (r = t[c]) == null ? void 0 : r.dequeue(), a) {
        o = o.concat(wo(e, t, n, a, !0) || []);
        break;
      }
    }
  }
  return o;
}
function wo(e, t, n, r, o) {
  let i = [], s = o ? i : void 0;
  return (e.inEdges(r.v) || []).forEach((a) => {
    let c = e.edge(a), u = e.node(a.v);
    o && i.push({ v: a.v, w: a.w }), u.out -= c, Ko(t, n, u);
  }), (e.outEdges(r.v) || []).forEach((a) => {
    let c = e.edge(a), u = a.w, d = e.node(u);
    d.in -= c, Ko(t, n, d);
  }), e.removeNode(r.v), s;
}
function iy(e, t) {
  let n = new et(), r = 0, o = 0;
  e.nodes().forEach((a) => {
    n.setNode(a, { v: a, in: 0, out: 0 });
  }), e.edges().forEach((a) => {
    let c = n.edge(a.v, a.w) || 0, u = t(a), d = c + u;
    n.setEdge(a.v, a.w, d);
    let h = n.node(a.v), f = n.node(a.w);
    o = Math.max(o, h.out += u), r = Math.max(r, f.in += u);
  });
  let i = sy(o + r + 3).map(() => new ty()), s = r + 1;
  return n.nodes().forEach((a) => {
    Ko(i, s, n.node(a));
  }), { graph: n, buckets: i, zeroIdx: s };
}
function Ko(e, t, n) {
  var r, o, i;
  n.out ? n.in ? (i = e[n.out - n.in + t]) == null || i.enqueue(n) : (o = e[e.length - 1]) == null || o.enqueue(n) : (r = e[0]) == null || r.enqueue(n);
}
function sy(e) {
  let t = [];
  for (let n = 0; n < e; n++) t.push(n);
  return t;
}
function ay(e, t) {
  (e.graph().acyclicer === "greedy" ? ry(e, n(e)) : ly(e, t ?? null)).forEach((r) => {
    let o = e.edge(r);
    e.removeEdge(r), o.forwardName = r.name, o.reversed = !0, e.setEdge(r.w, r.v, o, Ci("rev"));
  });
  function n(r) {
    return (o) => r.edge(o).weight;
  }
}
function ly(e, t) {
  let n = [], r = {}, o = {};
  function i(c) {
    Object.hasOwn(o, c) || (o[c] = !0, r[c] = !0, e.outEdges(c).forEach((u) => {
      Object.hasOwn(r, u.w) ? n.push(u) : i(u.w);
    }), delete r[c]);
  }
  function s(c) {
    var u;
    Object.hasOwn(o, c) || (o[c] = !0, r[c] = !0, (u = e.outEdges(c)) == null || u.forEach((d) => {
      var h, f;
      Object.hasOwn(r, d.w) || ((h = t.node(c)) == null ? void 0 : h.rank) > ((f = t.node(d.w)) == null ? void 0 : f.rank) && uy(e, d.w, d) ? n.push(d) : s(d.w);
    }), delete r[c]);
  }
  let a = i;
  return t && typeof t.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), n;
}
function cy(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.reversed) {
      e.removeEdge(t);
      let r = n.forwardName;
      delete n.reversed, delete n.forwardName, e.setEdge(t.w, t.v, n, r);
    }
  });
}
function uy(e, t, n) {
  let r = /* @__PURE__ */ new Set();
  function o(i) {
    var s;
    if (e.sources().includes(i)) return !0;
    r.add(i);
    for (let a of (s = e.inEdges(i)) != null ? s : []) if (!(a.v === n.v && a.w === n.w) && !r.has(a.v) && o(a.v)) return !0;
    return !1;
  }
  return o(t);
}
function dy(e) {
  e.graph().dummyChains = [], e.edges().forEach((t) => fy(e, t));
}
function fy(e, t) {
  let n = t.v, r = e.node(n).rank, o = t.w, i = e.node(o).rank, s = t.name, a = e.edge(t), c = a.labelRank;
  if (i === r + 1) return;
  e.removeEdge(t);
  let u, d, h;
  for (h = 0, ++r; r < i; ++h, ++r) a.points = [], d = { width: 0, height: 0, edgeLabel: a, edgeObj: t, rank: r }, u = Mn(e, "edge", d, "_d"), r === c && (d.width = a.width, d.height = a.height, d.dummy = "edge-label", d.labelpos = a.labelpos), e.setEdge(n, u, { weight: a.weight }, s), h === 0 && e.graph().dummyChains.push(u), n = u;
  e.setEdge(n, o, { weight: a.weight }, s);
}
function hy(e) {
  e.graph().dummyChains.forEach((t) => {
    let n = e.node(t), r = n.edgeLabel, o;
    for (e.setEdge(n.edgeObj, r); n.dummy; ) o = e.successors(t)[0], e.removeNode(t), r.points.push({ x: n.x, y: n.y }), n.dummy === "edge-label" && (r.x = n.x, r.y = n.y, r.width = n.width, r.height = n.height), t = o, n = e.node(t);
  });
}
function Mi(e) {
  let t = {};
  function n(r) {
    let o = e.node(r);
    if (Object.hasOwn(t, r)) return o.rank;
    t[r] = !0;
    let i = e.outEdges(r), s = i ? i.map((c) => c == null ? Number.POSITIVE_INFINITY : n(c.w) - e.edge(c).minlen) : [], a = it(Math.min, s);
    return a === Number.POSITIVE_INFINITY && (a = 0), o.rank = a;
  }
  e.sources().forEach(n);
}
function Nn(e, t) {
  return e.node(t.w).rank - e.node(t.v).rank - e.edge(t).minlen;
}
var ic = gy;
function gy(e) {
  let t = new et({ directed: !1 }), n = e.nodes();
  if (n.length === 0) throw new Error("Graph must have at least one node");
  let r = n[0], o = e.nodeCount();
  t.setNode(r, {});
  let i, s;
  for (; vy(t, e) < o && (i = py(t, e), !!i); ) s = t.hasNode(i.v) ? Nn(e, i) : -Nn(e, i), my(t, e, s);
  return t;
}
function vy(e, t) {
  function n(r) {
    let o = t.nodeEdges(r);
    o && o.forEach((i) => {
      let s = i.v, a = r === s ? i.w : s;
      !e.hasNode(a) && !Nn(t, i) && (e.setNode(a, {}), e.setEdge(r, a, {}), n(a));
    });
  }
  return e.nodes().forEach(n), e.nodeCount();
}
function py(e, t) {
  return t.edges().reduce((n, r) => {
    let o = Number.POSITIVE_INFINITY;
    return e.hasNode(r.v) !== e.hasNode(r.w) && (o = Nn(t, r)), o < n[0] ? [o, r] : n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function my(e, t, n) {
  e.nodes().forEach((r) => t.node(r).rank += n);
}
var { preorder: yy, postorder: by } = Si, wy = rn;
rn.initLowLimValues = Oi;
rn.initCutValues = Pi;
rn.calcCutValue = sc;
rn.leaveEdge = lc;
rn.enterEdge = cc;
rn.exchangeEdges = uc;
function rn(e) {
  e = Ym(e), Mi(e);
  let t = ic(e);
  Oi(t), Pi(t, e);
  let n, r;
  for (; n = lc(t); ) r = cc(t, e, n), uc(t, e, n, r);
}
function Pi(e, t) {
  let n = by(e, e.nodes());
  n = n.slice(0, n.length - 1), n.forEach((r) => _y(e, t, r));
}
function _y(e, t, n) {
  let r = e.node(n).parent, o = e.edge(n, r);
  o.cutvalue = sc(e, t, n);
}
function sc(e, t, n) {
  let r = e.node(n).parent, o = !0, i = t.edge(n, r), s = 0;
  i || (o = !1, i = t.edge(r, n)), s = i.weight;
  let a = t.nodeEdges(n);
  return a && a.forEach((c) => {
    let u = c.v === n, d = u ? c.w : c.v;
    if (d !== r) {
      let h = u === o, f = t.edge(c).weight;
      if (s += h ? f : -f, Ey(e, n, d)) {
        let g = e.edge(n, d).cutvalue;
        s += h ? -g : g;
      }
    }
  }), s;
}
function Oi(e, t) {
  arguments.length < 2 && (t = e.nodes()[0]), ac(e, {}, 1, t);
}
function ac(e, t, n, r, o) {
  let i = n, s = e.node(r);
  t[r] = !0;
  let a = e.neighbors(r);
  return a && a.forEach((c) => {
    Object.hasOwn(t, c) || (n = ac(e, t, n, c, r));
  }), s.low = i, s.lim = n++, o ? s.parent = o : delete s.parent, n;
}
function lc(e) {
  return e.edges().find((t) => e.edge(t).cutvalue < 0);
}
function cc(e, t, n) {
  let r = n.v, o = n.w;
  t.hasEdge(r, o) || (r = n.w, o = n.v);
  let i = e.node(r), s = e.node(o), a = i, c = !1;
  return i.lim > s.lim && (a = s, c = !0), t.edges().filter((u) => c === js(e, e.node(u.v), a) && c !== js(e, e.node(u.w), a)).reduce((u, d) => Nn(t, d) < Nn(t, u) ? d : u);
}
function uc(e, t, n, r) {
  let o = n.v, i = n.w;
  e.removeEdge(o, i), e.setEdge(r.v, r.w, {}), Oi(e), Pi(e, t), xy(e, t);
}
function xy(e, t) {
  let n = e.nodes().find((o) => !e.node(o).parent);
  if (!n) return;
  let r = yy(e, [n]);
  r = r.slice(1), r.forEach((o) => {
    let i = e.node(o).parent, s = t.edge(o, i), a = !1;
    s || (s = t.edge(i, o), a = !0), t.node(o).rank = t.node(i).rank + (a ? s.minlen : -s.minlen);
  });
}
function Ey(e, t, n) {
  return e.hasEdge(t, n);
}
function js(e, t, n) {
  return n.low <= t.lim && t.lim <= n.lim;
}
var ky = Ny;
function Ny(e) {
  let t = e.graph().ranker;
  if (typeof t == "function") return t(e);
  switch (t) {
    case "network-simplex":
      Ks(e);
      break;
    case "tight-tree":
      Cy(e);
      break;
    case "longest-path":
      Sy(e);
      break;
    case "none":
      break;
    default:
      Ks(e);
  }
}
var Sy = Mi;
function Cy(e) {
  Mi(e), ic(e);
}
function Ks(e) {
  wy(e);
}
var My = Py;
function Py(e) {
  let t = Iy(e), n = e.graph();
  Array.isArray(n.dummyChains) && n.dummyChains.forEach((r) => {
    let o = e.node(r), i = o.edgeObj, s = Oy(e, t, i.v, i.w), a = s.path, c = s.lca, u = 0, d = a[u], h = !0;
    for (; r !== i.w; ) {
      if (o = e.node(r), h) {
        for (; (d = a[u]) !== c && e.node(d).maxRank < o.rank; ) u++;
        d === c && (h = !1);
      }
      if (!h) {
        for (; u < a.length - 1 && e.node(a[u + 1]).minRank <= o.rank; ) u++;
        d = a[u];
      }
      d !== void 0 && e.setParent(r, d), r = e.successors(r)[0];
    }
  });
}
function Oy(e, t, n, r) {
  let o = [], i = [], s = Math.min(t[n].low, t[r].low), a = Math.max(t[n].lim, t[r].lim), c;
  c = n;
  do
    c = e.parent(c), o.push(c);
  while (c && (t[c].low > s || a > t[c].lim));
  let u = c, d = r;
  for (; (d = e.parent(d)) !== u; ) i.push(d);
  return { path: o.concat(i.reverse()), lca: u };
}
function Iy(e) {
  let t = {}, n = 0;
  function r(o) {
    let i = n;
    e.children(o).forEach(r), t[o] = { low: i, lim: n++ };
  }
  return e.children(Ur).forEach(r), t;
}
function Ay(e) {
  let t = Mn(e, "root", {}, "_root"), n = zy(e), r = Object.values(n), o = it(Math.max, r) - 1, i = 2 * o + 1;
  e.graph().nestingRoot = t, e.edges().forEach((a) => e.edge(a).minlen *= i);
  let s = Ty(e) + 1;
  e.children(Ur).forEach((a) => {
    dc(e, t, i, s, o, n, a);
  }), e.graph().nodeRankFactor = i;
}
function dc(e, t, n, r, o, i, s) {
  var a;
  let c = e.children(s);
  if (!c.length) {
    s !== t && e.setEdge(t, s, { weight: 0, minlen: n });
    return;
  }
  let u = Bs(e, "_bt"), d = Bs(e, "_bb"), h = e.node(s);
  e.setParent(u, s), h.borderTop = u, e.setParent(d, s), h.borderBottom = d, c.forEach((f) => {
    var g;
    dc(e, t, n, r, o, i, f);
    let v = e.node(f), p = v.borderTop ? v.borderTop : f, m = v.borderBottom ? v.borderBottom : f, w = v.borderTop ? r : 2 * r, C = p !== m ? 1 : o - ((g = i[s]) != null ? g : 0) + 1;
    e.setEdge(u, p, { weight: w, minlen: C, nestingEdge: !0 }), e.setEdge(m, d, { weight: w, minlen: C, nestingEdge: !0 });
  }), e.parent(s) || e.setEdge(t, u, { weight: 0, minlen: o + ((a = i[s]) != null ? a : 0) });
}
function zy(e) {
  let t = {};
  function n(r, o) {
    let i = e.children(r);
    i && i.length && i.forEach((s) => n(s, o + 1)), t[r] = o;
  }
  return e.children(Ur).forEach((r) => n(r, 1)), t;
}
function Ty(e) {
  return e.edges().reduce((t, n) => t + e.edge(n).weight, 0);
}
function Dy(e) {
  let t = e.graph();
  e.removeNode(t.nestingRoot), delete t.nestingRoot, e.edges().forEach((n) => {
    e.edge(n).nestingEdge && e.removeEdge(n);
  });
}
var Ly = Ry;
function Ry(e) {
  function t(n) {
    let r = e.children(n), o = e.node(n);
    if (r.length && r.forEach(t), o && Object.hasOwn(o, "minRank")) {
      o.borderLeft = [], o.borderRight = [];
      for (let i = o.minRank, s = o.maxRank + 1; i < s; ++i) Ys(e, "borderLeft", "_bl", n, o, i), Ys(e, "borderRight", "_br", n, o, i);
    }
  }
  e.children(Ur).forEach(t);
}
function Ys(e, t, n, r, o, i) {
  let s = { width: 0, height: 0, rank: i, borderType: t }, a = o[t][i - 1], c = Mn(e, "border", s, n);
  o[t][i] = c, e.setParent(c, r), a && e.setEdge(a, c, { weight: 1 });
}
function Hy(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "lr" || n === "rl") && fc(e);
}
function Vy(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "bt" || n === "rl") && By(e), (n === "lr" || n === "rl") && (Fy(e), fc(e));
}
function fc(e) {
  e.nodes().forEach((t) => Xs(e.node(t))), e.edges().forEach((t) => Xs(e.edge(t)));
}
function Xs(e) {
  let t = e.width;
  e.width = e.height, e.height = t;
}
function By(e) {
  e.nodes().forEach((t) => _o(e.node(t))), e.edges().forEach((t) => {
    var n;
    let r = e.edge(t);
    (n = r.points) == null || n.forEach(_o), Object.hasOwn(r, "y") && _o(r);
  });
}
function _o(e) {
  e.y = -e.y;
}
function Fy(e) {
  e.nodes().forEach((t) => xo(e.node(t))), e.edges().forEach((t) => {
    var n;
    let r = e.edge(t);
    (n = r.points) == null || n.forEach(xo), Object.hasOwn(r, "x") && xo(r);
  });
}
function xo(e) {
  let t = e.x;
  e.x = e.y, e.y = t;
}
function jy(e, t = null) {
  let n = {}, r = e.nodes().filter((u) => !e.children(u).length), o = r.map((u) => e.node(u).rank), i = it(Math.max, o), s = qn(i + 1).map(() => []);
  function a(u) {
    if (n[u]) return;
    n[u] = !0;
    let d = e.node(u);
    s[d.rank].push(u);
    let h = e.successors(u);
    h && [...h].sort((f, g) => c(f, g)).forEach(a);
  }
  r.sort((u, d) => e.node(u).rank - e.node(d).rank).forEach(a);
  function c(u, d) {
    let h = e.node(u), f = e.node(d);
    return oc(t, h, f);
  }
  return s;
}
function Ky(e, t) {
  let n = 0;
  for (let r = 1; r < t.length; ++r) n += Yy(e, t[r - 1], t[r]);
  return n;
}
function Yy(e, t, n) {
  let r = Qm(n, n.map((u, d) => d)), o = t.flatMap((u) => {
    let d = e.outEdges(u);
    return d ? d.map((h) => ({ pos: r[h.w], weight: e.edge(h).weight })).sort((h, f) => h.pos - f.pos) : [];
  }), i = 1;
  for (; i < n.length; ) i <<= 1;
  let s = 2 * i - 1;
  i -= 1;
  let a = new Array(s).fill(0), c = 0;
  return o.forEach((u) => {
    let d = u.pos + i;
    a[d] += u.weight;
    let h = 0;
    for (; d > 0; ) d % 2 && (h += a[d + 1]), d = d - 1 >> 1, a[d] += u.weight;
    c += u.weight * h;
  }), c;
}
function Xy(e, t = []) {
  return t.map((n) => {
    let r = e.inEdges(n);
    if (!r || !r.length) return { v: n };
    {
      let o = r.reduce((i, s) => {
        let a = e.edge(s), c = e.node(s.v);
        return { sum: i.sum + a.weight * c.order, weight: i.weight + a.weight };
      }, { sum: 0, weight: 0 });
      return { v: n, barycenter: o.sum / o.weight, weight: o.weight };
    }
  });
}
function Zy(e, t) {
  let n = {};
  e.forEach((o, i) => {
    let s = { indegree: 0, in: [], out: [], vs: [o.v], i };
    o.barycenter !== void 0 && (s.barycenter = o.barycenter, s.weight = o.weight), n[o.v] = s;
  }), t.edges().forEach((o) => {
    let i = n[o.v], s = n[o.w];
    i !== void 0 && s !== void 0 && (s.indegree++, i.out.push(s));
  });
  let r = Object.values(n).filter((o) => !o.indegree);
  return Wy(r);
}
function Wy(e) {
  let t = [];
  function n(o) {
    return (i) => {
      i.merged || (i.barycenter === void 0 || o.barycenter === void 0 || i.barycenter >= o.barycenter) && qy(o, i);
    };
  }
  function r(o) {
    return (i) => {
      i.in.push(o), --i.indegree === 0 && e.push(i);
    };
  }
  for (; e.length; ) {
    let o = e.pop();
    t.push(o), o.in.reverse().forEach(n(o)), o.out.forEach(r(o));
  }
  return t.filter((o) => !o.merged).map((o) => Lr(o, ["vs", "i", "barycenter", "weight"]));
}
function qy(e, t) {
  let n = 0, r = 0;
  e.weight && (n += e.barycenter * e.weight, r += e.weight), t.weight && (n += t.barycenter * t.weight, r += t.weight), e.vs = t.vs.concat(e.vs), e.barycenter = n / r, e.weight = r, e.i = Math.min(t.i, e.i), t.merged = !0;
}
function Gy(e, t, n, r, o) {
  let i = {}, s = null, a = null, c = o;
  typeof t == "boolean" ? (c = t, i = {}) : t && (i = t, s = n ?? null, a = r ?? null);
  let u = qm(e, (w) => Object.hasOwn(w, "barycenter")), d = u.lhs, h = u.rhs.sort((w, C) => C.i - w.i), f = [], g = 0, v = 0, p = 0;
  d.sort(Uy(a, s, !!c));
  for (let [w, C] of Object.entries(i)) {
    let y = d.findIndex((x) => x.vs[0] === w);
    d.splice(y + 1, 0, C);
  }
  p = Zs(f, h, p), d.forEach((w) => {
    p += w.vs.length, f.push(w.vs), g += w.barycenter * w.weight, v += w.weight, p = Zs(f, h, p);
  });
  let m = { vs: f.flat(1) };
  return v && (m.barycenter = g / v, m.weight = v), m;
}
function Zs(e, t, n) {
  let r;
  for (; t.length && (r = t[t.length - 1]).i <= n; ) t.pop(), e.push(r.vs), n++;
  return n;
}
function Uy(e, t, n) {
  return (r, o) => {
    if (r.barycenter < o.barycenter) return -1;
    if (r.barycenter > o.barycenter) return 1;
    if (e && (typeof r.vs[0] == "string" || typeof o.vs[0] == "string")) {
      let i = e.node(r.vs[0]), s = e.node(o.vs[0]), a = oc(t, i, s);
      if (a !== 0) return a;
    }
    return n ? o.i - r.i : r.i - o.i;
  };
}
function hc(e, t, n, r, o) {
  var i, s, a, c, u, d, h, f, g, v, p;
  let m = null, w = o;
  typeof r == "boolean" ? (w = r, m = null) : r !== void 0 && (m = r);
  let C = e.children(t), y = e.node(t), x = y ? y.borderLeft : void 0, S = y ? y.borderRight : void 0, O = {};
  x && (C = C.filter((M) => M !== x && M !== S));
  let A = Xy(e, C);
  A.forEach((M) => {
    if (e.children(M.v).length) {
      let { result: P } = hc(e, M.v, n, m, w);
      O[M.v] = P, Object.hasOwn(P, "barycenter") && Jy(M, P);
    }
  });
  let z = Zy(A, n);
  Qy(z, O);
  let j = {}, X = !1;
  for (let M = 0; M < z.length; M++) for (let P = M + 1; P < z.length; P++) if (!(!z[M] || !z[P] || !((i = z[M]) != null && i.barycenter) || !((s = z[P]) != null && s.barycenter)) && ((a = z[M]) == null ? void 0 : a.barycenter) === z[P].barycenter) {
    let b = (u = (c = z[M]) == null ? void 0 : c.vs[0]) != null ? u : "", E = (h = (d = z[P]) == null ? void 0 : d.vs[0]) != null ? h : "", k = e.node(b), N = e.node(E);
    if (k.dummy === "edge" && N.dummy === "edge" && ((f = k.edgeObj) == null ? void 0 : f.v) === ((g = N.edgeObj) == null ? void 0 : g.v) && ((v = k.edgeObj) == null ? void 0 : v.w) === ((p = N.edgeObj) == null ? void 0 : p.w)) if (k.edgeLabel.reversed) {
      j[E] = z[M], z.splice(M, 1), M--;
      break;
    } else j[b] || (j[b] = z[P], z.splice(P, 1), P--);
    else X = !0;
  }
  let I = Gy(z, j, m, e, w);
  if (x && S) {
    I.vs = [x, I.vs, S].flat(1);
    let M = e.predecessors(x);
    if (M && M.length) {
      let P = e.node(M[0]), b = e.predecessors(S), E = e.node(b[0]);
      Object.hasOwn(I, "barycenter") || (I.barycenter = 0, I.weight = 0), I.barycenter = (I.barycenter * I.weight + P.order + E.order) / (I.weight + 2), I.weight += 2;
    }
  }
  return Object.defineProperty(I, "result", { value: I, enumerable: !1, configurable: !0, writable: !0 }), Object.defineProperty(I, "usedBias", { value: X, enumerable: !1, configurable: !0, writable: !0 }), I;
}
function Qy(e, t) {
  e.forEach((n) => {
    n.vs = n.vs.flatMap((r) => t[r] ? t[r].vs : r);
  });
}
function Jy(e, t) {
  e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + t.barycenter * t.weight) / (e.weight + t.weight), e.weight += t.weight) : (e.barycenter = t.barycenter, e.weight = t.weight);
}
function $y(e, t, n, r) {
  r || (r = e.nodes());
  let o = eb(e), i = new et({ compound: !0 }).setGraph({ root: o }).setDefaultNodeLabel((s) => e.node(s));
  return r.forEach((s) => {
    let a = e.node(s), c = e.parent(s);
    if (a.rank === t || a.minRank <= t && t <= a.maxRank) {
      i.setNode(s), i.setParent(s, c || o);
      let u = e[n](s);
      u && u.forEach((d) => {
        let h = d.v === s ? d.w : d.v, f = i.edge(h, s), g = f !== void 0 ? f.weight : 0;
        i.setEdge(h, s, { weight: e.edge(d).weight + g });
      }), Object.hasOwn(a, "minRank") && i.setNode(s, { borderLeft: a.borderLeft[t], borderRight: a.borderRight[t] });
    }
  }), i;
}
function eb(e) {
  let t;
  for (; e.hasNode(t = Ci("_root")); ) ;
  return t;
}
function tb(e, t, n) {
  let r = {}, o;
  n.forEach((i) => {
    let s = e.parent(i), a, c;
    for (; s; ) {
      if (a = e.parent(s), a ? (c = r[a], r[a] = s) : (c = o, o = s), c && c !== s) {
        t.setEdge(c, s);
        return;
      }
      s = a;
    }
  });
}
function gc(e, t = {}, n = null) {
  if (typeof t.customOrder == "function") {
    t.customOrder(e, gc);
    return;
  }
  let r = nc(e), o = Ws(e, qn(1, r + 1), "inEdges"), i = Ws(e, qn(r - 1, -1, -1), "outEdges"), s = jy(e, n);
  if (qs(e, s), t.disableOptimalOrderHeuristic) return;
  let a = Number.POSITIVE_INFINITY, c, u = t.constraints || [];
  for (let d = 0, h = 0; h < 4; ++d, ++h) {
    nb(d % 2 ? o : i, d % 4 >= 2, u, n), s = ir(e);
    let f = Ky(e, s);
    f < a ? (h = 0, c = Object.assign({}, s), a = f) : f === a && (c = structuredClone(s));
  }
  qs(e, c);
}
function Ws(e, t, n) {
  let r = /* @__PURE__ */ new Map(), o = (i, s) => {
    r.has(i) || r.set(i, []), r.get(i).push(s);
  };
  for (let i of e.nodes()) {
    let s = e.node(i);
    if (typeof s.rank == "number" && o(s.rank, i), typeof s.minRank == "number" && typeof s.maxRank == "number") for (let a = s.minRank; a <= s.maxRank; a++) a !== s.rank && o(a, i);
  }
  return t.map(function(i) {
    return $y(e, i, n, r.get(i) || []);
  });
}
function nb(e, t, n, r) {
  let o = !0, i = new et();
  e.forEach(function(s) {
    n.forEach((d) => i.setEdge(d.left, d.right));
    let a = s.graph().root, { result: c, usedBias: u } = hc(s, a, i, r, o);
    t && u && (o = !o), c.vs.forEach((d, h) => s.node(d).order = h), tb(s, i, c.vs);
  });
}
function qs(e, t) {
  Object.values(t).forEach((n) => n.forEach((r, o) => e.node(r).order = o));
}
function rb(e, t) {
  let n = {};
  function r(o, i) {
    let s = 0, a = 0, c = o.length, u = i[i.length - 1];
    return i.forEach((d, h) => {
      let f = ib(e, d), g = f ? e.node(f).order : c;
      (f || d === u) && (i.slice(a, h + 1).forEach((v) => {
        let p = e.predecessors(v);
        p && p.forEach((m) => {
          let w = e.node(m), C = w.order;
          (C < s || g < C) && !(w.dummy && e.node(v).dummy) && vc(n, m, v);
        });
      }), a = h + 1, s = g);
    }), i;
  }
  return t.length && t.reduce(r), n;
}
function ob(e, t) {
  let n = {};
  function r(s) {
    var a;
    return ((a = e.node(s)) == null ? void 0 : a.dummy) === "border";
  }
  if (!e.nodes().some(r)) return n;
  function o(s, a, c, u, d) {
    qn(a, c).forEach((h) => {
      let f = s[h];
      if (f !== void 0 && e.node(f).dummy) {
        let g = e.predecessors(f);
        g && g.forEach((v) => {
          if (v === void 0) return;
          let p = e.node(v);
          p.dummy && (p.order < u || p.order > d) && vc(n, v, f);
        });
      }
    });
  }
  function i(s, a) {
    let c = -1, u = -1, d = 0;
    return a.forEach((h, f) => {
      if (r(h)) {
        let g = e.predecessors(h);
        if (g && g.length) {
          let v = g[0];
          if (v === void 0) return;
          u = e.node(v).order, o(a, d, f, c, u), d = f, c = u;
        }
      }
      o(a, d, a.length, u, s.length);
    }), a;
  }
  return t.length && t.reduce(i), n;
}
function ib(e, t) {
  if (e.node(t).dummy) {
    let n = e.predecessors(t);
    if (n) return n.find((r) => e.node(r).dummy);
  }
}
function vc(e, t, n) {
  if (t > n) {
    let o = t;
    t = n, n = o;
  }
  let r = e[t];
  r || (e[t] = r = {}), r[n] = !0;
}
function sb(e, t, n) {
  if (t > n) {
    let o = t;
    t = n, n = o;
  }
  let r = e[t];
  return r !== void 0 && Object.hasOwn(r, n);
}
function ab(e, t, n, r, o) {
  let i = {}, s = {}, a = {};
  return t.forEach((c) => {
    c.forEach((u, d) => {
      i[u] = u, s[u] = u, a[u] = d;
    });
  }), t.forEach((c) => {
    let u = -1, d = -1, h = !1, f = c, g = c.findIndex((v) => o?.includes(v) || Gs(v, e, o));
    g > 0 && (f = [c[g], ...c.slice(0, g), ...c.slice(g + 1)], h = !0), f.forEach((v) => {
      var p;
      let m = r(v);
      if (m && m.length) {
        o != null && o.includes(v) && (m = m.filter((y) => Gs(y, e, o)));
        let w = m.sort((y, x) => {
          let S = a[y], O = a[x];
          return (S !== void 0 ? S : 0) - (O !== void 0 ? O : 0);
        }), C = (w.length - 1) / 2;
        for (let y = Math.floor(C), x = Math.ceil(C); y <= x; ++y) {
          let S = w[y];
          if (S === void 0) continue;
          let O = a[S];
          if (O !== void 0 && s[v] === v && u < O && a[S] !== d && !sb(n, v, S)) {
            let A = i[S];
            A !== void 0 && (s[S] = v, s[v] = i[v] = A, u = O, h && (u = -1, d = (p = a[S]) != null ? p : -1, h = !1));
          }
        }
      }
    });
  }), { root: i, align: s };
}
function lb(e, t, n, r, o = !1) {
  let i = {}, s = cb(e, t, n, o), a = o ? "borderLeft" : "borderRight";
  function c(g, v) {
    let p = s.nodes().slice(), m = {}, w = p.pop();
    for (; w; ) {
      if (m[w]) g(w);
      else {
        m[w] = !0, p.push(w);
        for (let C of v(w)) p.push(C);
      }
      w = p.pop();
    }
  }
  function u(g) {
    let v = s.inEdges(g);
    v ? i[g] = v.reduce((p, m) => {
      var w;
      let C = (w = i[m.v]) != null ? w : 0, y = s.edge(m);
      return Math.max(p, C + (y !== void 0 ? y : 0));
    }, 0) : i[g] = 0;
  }
  function d(g) {
    let v = s.outEdges(g), p = Number.POSITIVE_INFINITY;
    v && (p = v.reduce((w, C) => {
      let y = i[C.w], x = s.edge(C);
      return Math.min(w, (y !== void 0 ? y : 0) - (x !== void 0 ? x : 0));
    }, Number.POSITIVE_INFINITY));
    let m = e.node(g);
    p !== Number.POSITIVE_INFINITY && m.borderType !== a && (i[g] = Math.max(i[g] !== void 0 ? i[g] : 0, p));
  }
  function h(g) {
    return s.predecessors(g) || [];
  }
  function f(g) {
    return s.successors(g) || [];
  }
  return c(u, h), c(d, f), Object.keys(r).forEach((g) => {
    var v;
    let p = n[g];
    p !== void 0 && (i[g] = (v = i[p]) != null ? v : 0);
  }), i;
}
function cb(e, t, n, r) {
  let o = new et(), i = e.graph(), s = gb(i.nodesep, i.edgesep, r);
  return t.forEach((a) => {
    let c;
    a.forEach((u) => {
      let d = n[u];
      if (d !== void 0) {
        if (o.setNode(d), c !== void 0) {
          let h = n[c];
          if (h !== void 0) {
            let f = o.edge(h, d);
            o.setEdge(h, d, Math.max(s(e, u, c), f || 0));
          }
        }
        c = u;
      }
    });
  }), o;
}
function ub(e, t) {
  return Object.values(t).reduce((n, r) => {
    let o = Number.NEGATIVE_INFINITY, i = Number.POSITIVE_INFINITY;
    Object.entries(r).forEach(([a, c]) => {
      let u = vb(e, a) / 2;
      o = Math.max(c + u, o), i = Math.min(c - u, i);
    });
    let s = o - i;
    return s < n[0] && (n = [s, r]), n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function db(e, t) {
  let n = Object.values(t), r = it(Math.min, n), o = it(Math.max, n);
  ["u", "d"].forEach((i) => {
    ["l", "r"].forEach((s) => {
      let a = i + s, c = e[a];
      if (!c || c === t) return;
      let u = Object.values(c), d = r - it(Math.min, u);
      s !== "l" && (d = o - it(Math.max, u)), d && (e[a] = Gr(c, (h) => h + d));
    });
  });
}
function fb(e, t = void 0) {
  let n = e.ul;
  return n ? Gr(n, (r, o) => {
    var i, s;
    if (t) {
      let c = t.toLowerCase(), u = e[c];
      if (u && u[o] !== void 0) return u[o];
    }
    let a = Object.values(e).map((c) => {
      let u = c[o];
      return u !== void 0 ? u : 0;
    }).sort((c, u) => c - u);
    return (((i = a[1]) != null ? i : 0) + ((s = a[2]) != null ? s : 0)) / 2;
  }) : {};
}
function hb(e, t) {
  let n = ir(e), r = Object.assign(rb(e, n), ob(e, n)), o = {}, i;
  ["u", "d"].forEach((a) => {
    i = a === "u" ? n : Object.values(n).reverse(), ["l", "r"].forEach((c) => {
      c === "r" && (i = i.map((h) => Object.values(h).reverse()));
      let u = ab(e, i, r, (h) => (a === "u" ? e.predecessors(h) : e.successors(h)) || [], t), d = lb(e, i, u.root, u.align, c === "r");
      c === "r" && (d = Gr(d, (h) => -h)), o[a + c] = d;
    });
  });
  let s = ub(e, o);
  return db(o, s), fb(o, e.graph().align);
}
function gb(e, t, n) {
  return (r, o, i) => {
    let s = r.node(o), a = r.node(i), c = 0, u;
    if (c += s.width / 2, Object.hasOwn(s, "labelpos")) switch (s.labelpos.toLowerCase()) {
      case "l":
        u = -s.width / 2;
        break;
      case "r":
        u = s.width / 2;
        break;
    }
    if (u && (c += n ? u : -u), u = void 0, c += (s.dummy ? t : e) / 2, c += (a.dummy ? t : e) / 2, c += a.width / 2, Object.hasOwn(a, "labelpos")) switch (a.labelpos.toLowerCase()) {
      case "l":
        u = a.width / 2;
        break;
      case "r":
        u = -a.width / 2;
        break;
    }
    return u && (c += n ? u : -u), c;
  };
}
function vb(e, t) {
  return e.node(t).width;
}
function Gs(e, t, n) {
  var r;
  if (!n) return !1;
  let o = (r = t.node(e)) == null ? void 0 : r.edgeObj;
  if (!o || t.node(e).edgeLabel.reversed) return !1;
  let i = n.indexOf(o?.v), s = n.indexOf(o?.w);
  return i !== -1 && s !== -1 && i === (s + 1) % n.length || i === (s - 1) % n.length;
}
function pb(e, t) {
  e = ec(e), mb(e), Object.entries(hb(e, t)).forEach(([n, r]) => e.node(n).x = r);
}
function mb(e) {
  let t = ir(e), n = e.graph(), r = n.ranksep, o = n.rankalign, i = 0;
  t.forEach((s) => {
    let a = s.reduce((c, u) => {
      var d;
      let h = (d = e.node(u).height) != null ? d : 0;
      return c > h ? c : h;
    }, 0);
    s.forEach((c) => {
      let u = e.node(c);
      o === "top" ? u.y = i + u.height / 2 : o === "bottom" ? u.y = i + a - u.height / 2 : u.y = i + a / 2;
    }), i += a + r;
  });
}
var Us = /* @__PURE__ */ new WeakMap();
function yb(e, t = {}) {
  return pc(e, rc, t), e;
}
function Qs(e, t, n) {
  let r = t;
  for (; r !== void 0; ) {
    let o = e.parent(r);
    if (o === n) return r;
    r = o;
  }
}
function pc(e, t, n) {
  var r;
  let o = e.nodes().filter((C) => e.children(C).length), i = {};
  o.forEach((C) => {
    let y = e.node(C);
    if (y && y.rankdir) {
      let x = new et({ multigraph: !0, compound: !0 });
      x.setGraph({ rankdir: y.rankdir });
      let S = e.children(C);
      S.forEach((b) => {
        let E = { ...e.node(b) };
        x.setNode(b, E);
        let k = e.parent(b);
        k && k !== C && S.includes(k) && x.setParent(b, k);
      });
      let O = /* @__PURE__ */ new Set();
      e.edges().forEach((b) => {
        let E = Qs(e, b.v, C), k = Qs(e, b.w, C);
        if (E === b.v && k === b.w) x.setEdge(b, { ...e.edge(b) });
        else if (E && k && E !== k) {
          let N = `${E}\0${k}`;
          O.has(N) || (O.add(N), x.setEdge(E, k, { ...e.edge(b) }));
        }
      }), pc(x, t, n);
      let A = na(x);
      $s(A, t, n, null), ea(x, A);
      let z = 1 / 0, j = 1 / 0, X = -1 / 0, I = -1 / 0;
      x.nodes().forEach((b) => {
        if (b === C) return;
        let E = x.node(b);
        E && typeof E.x == "number" && typeof E.y == "number" && typeof E.width == "number" && typeof E.height == "number" && (z = Math.min(z, E.x - E.width / 2), X = Math.max(X, E.x + E.width / 2), j = Math.min(j, E.y - E.height / 2), I = Math.max(I, E.y + E.height / 2));
      }), (!isFinite(z) || !isFinite(j) || !isFinite(X) || !isFinite(I)) && (z = j = 0, X = I = 0);
      let M = X - z, P = I - j;
      i[C] = { minX: z, minY: j, maxX: X, maxY: I, width: M, height: P, offsetX: z, offsetY: j }, y._dagreClusterSubgraph = x;
    }
  });
  let s = [], a = (C) => {
    let y = [], x = (e.children(C) || []).filter((S) => S !== C);
    for (; x.length > 0; ) {
      let S = x.shift();
      y.push(S), (e.children(S) || []).filter((O) => O !== S).forEach((O) => x.push(O));
    }
    return y;
  }, c = /* @__PURE__ */ new Map();
  o.forEach((C) => {
    let y = e.node(C);
    y && y.rankdir && i[C] && c.set(C, (e.children(C) || []).filter((x) => x !== C));
  });
  let u = new Set([...c.values()].flat()), d = /* @__PURE__ */ new Map();
  c.forEach((C, y) => {
    u.has(y) || d.set(y, a(y));
  });
  let h = new Set([...d.values()].flat()), f = (C) => {
    for (let [y, x] of d) if (x.includes(C)) return y;
    return C;
  }, g = [];
  e.edges().forEach((C) => {
    (h.has(C.v) || h.has(C.w)) && g.push({ edge: C, label: e.edge(C) });
  });
  let v = /* @__PURE__ */ new Map();
  h.forEach((C) => {
    let y = e.parent(C);
    v.set(C, typeof y == "string" ? y : void 0);
  }), d.forEach((C, y) => {
    let x = e.node(y), S = [];
    C.forEach((z) => {
      let j = e.node(z);
      j && (S.push({ id: z, node: j, parent: v.get(z) }), e.removeNode(z));
    });
    let O = g.filter(({ edge: z }) => C.includes(z.v) || C.includes(z.w)), A = i[y];
    x && (s.push({ clusterId: y, subgraph: x._dagreClusterSubgraph, bounds: A, children: C, removedNodes: S, removedEdges: O }), x.width = A.width, x.height = A.height);
  });
  let p = /* @__PURE__ */ new Set();
  g.forEach(({ edge: C, label: y }) => {
    let x = f(C.v), S = f(C.w);
    if (x !== S && e.hasNode(x) && e.hasNode(S)) {
      let O = `${x}\0${S}`;
      p.has(O) || (p.add(O), e.setEdge(x, S, { ...y, width: 0, height: 0 }));
    }
  });
  let m = na(e), w = $s(m, t, n, (r = Us.get(e)) != null ? r : null);
  Us.set(e, w), ea(e, m), p.forEach((C) => {
    let y = C.indexOf("\0"), x = C.slice(0, y), S = C.slice(y + 1);
    e.hasEdge(x, S) && e.removeEdge(x, S);
  }), s.forEach(({ clusterId: C, subgraph: y, bounds: x, removedNodes: S, removedEdges: O }) => {
    var A, z;
    let j = e.node(C), X = (A = j?.x) != null ? A : 0, I = (z = j?.y) != null ? z : 0, M = (x.minX + x.maxX) / 2, P = (x.minY + x.maxY) / 2;
    S.forEach(({ id: b, node: E, parent: k }) => {
      e.setNode(b, E), k !== void 0 && e.setParent(b, k);
    }), O.forEach(({ edge: b, label: E }) => {
      e.setEdge(b, E);
    }), y.nodes().forEach((b) => {
      if (b === C) return;
      let E = y.node(b), k = e.node(b);
      k && E && typeof E.x == "number" && typeof E.y == "number" && (k.x = X + (E.x - M), k.y = I + (E.y - P));
    }), Js(e, y, X - M, I - P), delete j._dagreClusterSubgraph;
  }), o.forEach((C) => {
    var y, x;
    let S = e.node(C), O = i[C];
    if (S && S.rankdir && S._dagreClusterSubgraph && O) {
      let A = S._dagreClusterSubgraph, z = (y = S.x) != null ? y : 0, j = (x = S.y) != null ? x : 0, X = (O.minX + O.maxX) / 2, I = (O.minY + O.maxY) / 2;
      A.nodes().forEach((M) => {
        if (M === C) return;
        let P = A.node(M), b = e.node(M);
        if (b && P && typeof P.x == "number" && typeof P.y == "number") {
          let E = P.x - X, k = P.y - I;
          b.x = z + E, b.y = j + k;
        }
      }), Js(e, A, z - X, j - I), delete S._dagreClusterSubgraph;
    }
  });
}
function Js(e, t, n, r) {
  t.edges().forEach((o) => {
    if (!e.hasEdge(o)) return;
    let i = t.edge(o), s = e.edge(o);
    s.points = i.points.map((a) => ({ x: a.x + n, y: a.y + r })), Object.hasOwn(i, "x") && (s.x = i.x + n, s.y = i.y + r);
  });
}
function $s(e, t, n, r = null) {
  var o, i;
  let s = n?.useDynamic !== !1, a = s && (o = r?.graph) != null ? o : null, c = s && (i = r?.rawNodes) != null ? i : null;
  t("    makeSpaceForEdgeLabels", () => Sb(e)), t("    removeSelfEdges", () => Db(e)), t("    acyclic", () => ay(e, a)), t("    nestingGraph.run", () => Ay(e)), t("    rank", () => ky(ec(e))), t("    injectEdgeLabelProxies", () => Cb(e)), t("    removeEmptyRanks", () => Zm(e)), t("    nestingGraph.cleanup", () => Dy(e)), t("    normalizeRanks", () => Xm(e)), t("    assignRankMinMax", () => Mb(e)), t("    removeEdgeLabelProxies", () => Pb(e)), t("    normalize.run", () => dy(e)), t("    parentDummyChains", () => My(e)), t("    addBorderSegments", () => Ly(e)), t("    order", () => gc(e, n, c)), t("    insertSelfEdges", () => Lb(e)), t("    adjustCoordinateSystem", () => Hy(e)), t("    position", () => pb(e, n.corePath)), t("    positionSelfEdges", () => Rb(e));
  let u = JSON.parse(JSON.stringify(e._nodes));
  return t("    removeBorderNodes", () => Tb(e)), t("    normalize.undo", () => hy(e)), t("    fixupEdgeLabelCoords", () => Ab(e)), t("    undoCoordinateSystem", () => Vy(e)), t("    translateGraph", () => Ob(e)), t("    assignNodeIntersects", () => Ib(e)), t("    reversePoints", () => zb(e)), t("    acyclic.undo", () => cy(e)), { graph: e, rawNodes: u };
}
function ea(e, t) {
  e.nodes().forEach((n) => {
    let r = e.node(n), o = t.node(n);
    r && (r.x = o.x, r.y = o.y, r.order = o.order, r.rank = o.rank, t.children(n).length && (r.width = o.width, r.height = o.height));
  }), e.edges().forEach((n) => {
    let r = e.edge(n), o = t.edge(n);
    r.points = o.points, Object.hasOwn(o, "x") && (r.x = o.x, r.y = o.y);
  }), e.graph().width = t.graph().width, e.graph().height = t.graph().height;
}
var bb = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"], wb = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" }, _b = ["acyclicer", "ranker", "rankdir", "align", "rankalign"], xb = ["width", "height", "rank"], ta = { width: 0, height: 0 }, Eb = ["minlen", "weight", "width", "height", "labeloffset"], kb = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" }, Nb = ["labelpos"];
function na(e) {
  let t = new et({ multigraph: !0, compound: !0 }), n = ko(e.graph());
  return t.setGraph(Object.assign({}, wb, Eo(n, bb), Lr(n, _b))), e.nodes().forEach((r) => {
    let o = ko(e.node(r)), i = Eo(o, xb);
    Object.keys(ta).forEach((a) => {
      i[a] === void 0 && (i[a] = ta[a]);
    }), t.setNode(r, i);
    let s = e.parent(r);
    s !== void 0 && t.setParent(r, s);
  }), e.edges().forEach((r) => {
    let o = ko(e.edge(r));
    t.setEdge(r, Object.assign({}, kb, Eo(o, Eb), Lr(o, Nb)));
  }), t;
}
function Sb(e) {
  let t = e.graph();
  t.ranksep /= 2, e.edges().forEach((n) => {
    var r;
    let o = e.edge(n);
    o.minlen *= 2, ((r = o.labelpos) != null ? r : "r").toLowerCase() !== "c" && (t.rankdir === "TB" || t.rankdir === "BT" ? o.width += o.labeloffset : o.height += o.labeloffset);
  });
}
function Cb(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.width && n.height) {
      let r = e.node(t.v), o = { rank: (e.node(t.w).rank - r.rank) / 2 + r.rank, e: t };
      Mn(e, "edge-proxy", o, "_ep");
    }
  });
}
function Mb(e) {
  let t = 0;
  e.nodes().forEach((n) => {
    let r = e.node(n);
    r.borderTop && (r.minRank = e.node(r.borderTop).rank, r.maxRank = e.node(r.borderBottom).rank, t = Math.max(t, r.maxRank));
  }), e.graph().maxRank = t;
}
function Pb(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t);
    if (n.dummy === "edge-proxy") {
      let r = n;
      e.edge(r.e).labelRank = n.rank, e.removeNode(t);
    }
  });
}
function Ob(e) {
  let t = Number.POSITIVE_INFINITY, n = 0, r = Number.POSITIVE_INFINITY, o = 0, i = e.graph(), s = i.marginx || 0, a = i.marginy || 0;
  function c(u) {
    let d = u.x, h = u.y, f = u.width, g = u.height;
    t = Math.min(t, d - f / 2), n = Math.max(n, d + f / 2), r = Math.min(r, h - g / 2), o = Math.max(o, h + g / 2);
  }
  e.nodes().forEach((u) => c(e.node(u))), e.edges().forEach((u) => {
    let d = e.edge(u);
    Object.hasOwn(d, "x") && c(d);
  }), t -= s, r -= a, e.nodes().forEach((u) => {
    let d = e.node(u);
    d.x -= t, d.y -= r;
  }), e.edges().forEach((u) => {
    let d = e.edge(u);
    d.points.forEach((h) => {
      h.x -= t, h.y -= r;
    }), Object.hasOwn(d, "x") && (d.x -= t), Object.hasOwn(d, "y") && (d.y -= r);
  }), i.width = n - t + s, i.height = o - r + a;
}
function Ib(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) return;
    let n = e.edge(t), r = e.node(t.v), o = e.node(t.w), i, s;
    n.points ? (i = n.points[0], s = n.points[n.points.length - 1]) : (n.points = [], i = o, s = r), n.points.unshift(Vs(r, i)), n.points.push(Vs(o, s));
  });
}
function Ab(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (Object.hasOwn(n, "x")) switch ((n.labelpos === "l" || n.labelpos === "r") && (n.width -= n.labeloffset), n.labelpos) {
      case "l":
        n.x -= n.width / 2 + n.labeloffset;
        break;
      case "r":
        n.x += n.width / 2 + n.labeloffset;
        break;
    }
  });
}
function zb(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    n.reversed && n.points.reverse();
  });
}
function Tb(e) {
  e.nodes().forEach((t) => {
    if (e.children(t).length) {
      let n = e.node(t), r = e.node(n.borderTop), o = e.node(n.borderBottom), i = e.node(n.borderLeft[n.borderLeft.length - 1]), s = e.node(n.borderRight[n.borderRight.length - 1]);
      n.width = Math.abs(s.x - i.x), n.height = Math.abs(o.y - r.y), n.x = i.x + n.width / 2, n.y = r.y + n.height / 2;
    }
  }), e.nodes().forEach((t) => {
    e.node(t).dummy === "border" && e.removeNode(t);
  });
}
function Db(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) {
      let n = e.node(t.v);
      n.selfEdges || (n.selfEdges = []), n.selfEdges.push({ e: t, label: e.edge(t) }), e.removeEdge(t);
    }
  });
}
function Lb(e) {
  ir(e).forEach((t) => {
    let n = 0;
    t.forEach((r, o) => {
      let i = e.node(r);
      typeof i.rank != "number" && (i.rank = 0), i.order = o + n, (i.selfEdges || []).forEach((s) => {
        Mn(e, "selfedge", { width: s.label.width, height: s.label.height, rank: i.rank, order: o + ++n, e: s.e, edgeLabel: s.label }, "_se"), (!Array.isArray(s.label.points) || s.label.points.length !== 7) && (s.label.points = [{ x: 0, y: -10 }, { x: 0, y: -10 }, { x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }, { x: 0, y: 0 }]);
      }), delete i.selfEdges;
    });
  });
}
function Rb(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t), r = (o) => typeof o == "number" && isFinite(o);
    if (n.dummy === "selfedge") {
      let o = n, i = e.node(o.e.v), s = r(i?.x) ? i.x : 0, a = r(i?.y) ? i.y : 0, c = r(i?.width) ? i.width : 0, u = r(i?.height) ? i.height : 0, d = r(n.x) ? n.x : s, h = r(n.y) ? n.y : a, f = c / 2, g = u / 2;
      o.edgeLabel.points = [{ x: d + f, y: h - g }, { x: d + f, y: h - g }, { x: d, y: h }, { x: d - f, y: h + g }, { x: d - f, y: h + g }, { x: d, y: h }, { x: d, y: h }], o.edgeLabel.x = d, o.edgeLabel.y = h, e.setEdge(o.e, o.edgeLabel), e.removeNode(t);
    } else n && Array.isArray(n.selfEdges) && n.selfEdges.forEach((o) => {
      if (!Array.isArray(o.label.points) || o.label.points.length !== 7) {
        let i = r(n.x) ? n.x : 0, s = r(n.y) ? n.y : 0, a = r(n.width) ? n.width : 0, c = r(n.height) ? n.height : 0, u = a / 2, d = c / 2;
        o.label.points = [{ x: i + u, y: s - d }, { x: i + u, y: s - d }, { x: i, y: s }, { x: i - u, y: s + d }, { x: i - u, y: s + d }, { x: i, y: s }, { x: i, y: s }];
      }
    });
  });
}
function Eo(e, t) {
  return Gr(Lr(e, t), Number);
}
function ko(e) {
  let t = {};
  return e && Object.entries(e).forEach(([n, r]) => {
    typeof n == "string" && (n = n.toLowerCase()), t[n] = r;
  }), t;
}
function Hb(e) {
  let t = ir(e), n = new et({ compound: !0, multigraph: !0 }).setGraph({});
  return e.nodes().forEach((r) => {
    n.setNode(r, { label: r }), n.setParent(r, "layer" + e.node(r).rank);
  }), e.edges().forEach((r) => n.setEdge(r.v, r.w, {}, r.name)), t.forEach((r, o) => {
    let i = "layer" + o;
    n.setNode(i, { rank: "same" }), r.reduce((s, a) => (n.setEdge(s, a, { style: "invis" }), a));
  }), n;
}
var Vb = { graphlib: Zl, version: Jm, layout: yb, debug: Hb, util: { time: Gm, notime: rc } }, ra = Vb;
/*! For license information please see dagre.esm.js.LEGAL.txt */
const Bb = 236, Fb = 360, jb = 150, Kb = 160, Yb = 18;
function mc(e) {
  return e.reduce((t, n) => t + 1 + mc(n.children), 0);
}
function br(e) {
  if (e.type === "level") return { width: jb, height: 58 };
  if (e.type === "output") return { width: Kb, height: 48 };
  let n = 34 + Math.max(e.inputs.length, e.outputs.length + (e.bundle ? 1 : 0), 1) * Yb + 8;
  return e.summary?.length && (n += 16 * Math.min(2, Math.ceil(e.summary.length / 2))), e.stats && (n += 16), e.message && (n += 30), e.layers && (n += 12 + 17 * Math.min(mc(e.layers), 40)), { width: e.layers ? Fb : Bb, height: n };
}
function oa(e, t = /* @__PURE__ */ new Map()) {
  const n = new ra.graphlib.Graph({ multigraph: !0 });
  n.setGraph({ rankdir: "LR", nodesep: 26, ranksep: 64, edgesep: 14, marginx: 20, marginy: 20 }), n.setDefaultEdgeLabel(() => ({}));
  for (const o of e.nodes) {
    const i = t.get(o.id) ?? br(o);
    n.setNode(o.id, { width: i.width, height: i.height });
  }
  for (const o of e.edges)
    n.hasNode(o.source) && n.hasNode(o.target) && n.setEdge(o.source, o.target, { width: 110, height: 18, labelpos: "c" }, o.id);
  ra.layout(n);
  const r = {};
  for (const o of n.nodes()) {
    const i = n.node(o);
    r[o] = { x: Math.round(i.x - i.width / 2), y: Math.round(i.y - i.height / 2) };
  }
  return Xb(e, r), r;
}
function Xb(e, t) {
  const n = /* @__PURE__ */ new Map();
  for (const i of e.edges) {
    const s = i.source_handle.startsWith("o:") ? Number(i.source_handle.slice(2)) : 0;
    n.set(i.target, { source: i.source, index: Number.isFinite(s) ? s : 0 });
  }
  const r = (i) => {
    if (i.type === "level") return [i.level?.stride ?? 0];
    const s = n.get(i.id);
    return s ? [t[s.source]?.y ?? 0, s.index] : [1 / 0, 0];
  }, o = /* @__PURE__ */ new Map();
  for (const i of e.nodes) {
    if (i.type !== "level" && i.type !== "output" || !t[i.id]) continue;
    const s = `${i.type}:${t[i.id].x}`;
    o.has(s) || o.set(s, []), o.get(s).push(i);
  }
  for (const i of o.values()) {
    const s = i.map((u) => t[u.id].y).sort((u, d) => u - d), a = new Map(i.map((u) => [u.id, r(u)]));
    [...i].sort((u, d) => {
      const h = a.get(u.id), f = a.get(d.id);
      return h[0] - f[0] || (h[1] ?? 0) - (f[1] ?? 0);
    }).forEach((u, d) => t[u.id] = { x: t[u.id].x, y: s[d] });
  }
}
var Zb = /* @__PURE__ */ ee("<!> <!> <!>", 1), Wb = /* @__PURE__ */ ee('<span class="partial svelte-pj8ljn" title="only the valid part is counted">(valid part)</span>'), qb = /* @__PURE__ */ ee('<span class="ok svelte-pj8ljn">✓ valid</span>'), Gb = /* @__PURE__ */ ee('<span class="bad svelte-pj8ljn"> </span>'), Ub = /* @__PURE__ */ ee('<li><button class="svelte-pj8ljn"><b> </b> </button></li>'), Qb = /* @__PURE__ */ ee('<li class="more svelte-pj8ljn"> </li>'), Jb = /* @__PURE__ */ ee('<ul class="problems svelte-pj8ljn" data-testid="canvas-problems"><!> <!></ul>'), $b = /* @__PURE__ */ ee('<ul class="problems svelte-pj8ljn" data-testid="canvas-problems"><li> </li></ul>'), ew = /* @__PURE__ */ ee('<div data-testid="canvas-totals"><span class="design svelte-pj8ljn"> </span> <span class="sep svelte-pj8ljn">·</span> <span> </span> <span class="sep svelte-pj8ljn">·</span> <span> </span> <span class="sep svelte-pj8ljn">|</span> <span><b class="svelte-pj8ljn"> </b> blocks</span> <span><b class="svelte-pj8ljn"> </b> params</span> <span><b class="svelte-pj8ljn"> </b></span> <!> <span class="sep svelte-pj8ljn">|</span> <!></div> <!>', 1), tw = /* @__PURE__ */ ee('<div data-testid="canvas-notice" role="alert"><span class="badge svelte-pj8ljn"> </span> <span class="text"> </span> <button aria-label="dismiss" class="svelte-pj8ljn">×</button></div>'), nw = /* @__PURE__ */ ee("<!> <!> <!> <!> <!>", 1), rw = /* @__PURE__ */ ee('<div class="head-canvas svelte-pj8ljn" role="application" aria-label="head canvas"><!> <div class="flow svelte-pj8ljn" role="region" aria-label="graph"><!></div></div>');
function ow(e, t) {
  ue(t, !0);
  const n = Kl(), r = 0.8, o = 80, i = { level: $p, block: Qp, output: rm }, s = { shape: fm };
  let a = ge([]), c = ge([]), u = ge(null), d = ge(null), h, f, g = !1, v = null, p = 0, m = /* @__PURE__ */ new Map(), w = ge(0), C = null, y = /* @__PURE__ */ new Map(), x = /* @__PURE__ */ new Map();
  const S = window;
  S.__head_canvas_mounts = (S.__head_canvas_mounts ?? 0) + 1;
  const O = S.__head_canvas_mounts;
  function A(V) {
    p += 1, V.seq = p;
    const K = `head-canvas:edit:${p}`;
    performance.mark(K), m.set(p, K), F(w, m.size, !0), t.emit("edit", V);
  }
  function z(V, K = "error") {
    F(d, { text: V, kind: K }, !0), clearTimeout(h), h = setTimeout(() => F(d, null), 8e3);
  }
  function j() {
    const V = /* @__PURE__ */ new Map();
    for (const K of l(a))
      K.measured?.width && K.measured?.height && V.set(K.id, { width: K.measured.width, height: K.measured.height });
    return V;
  }
  function X(V, K) {
    t.emit("expand", { id: V, expanded: K });
  }
  function I(V, K) {
    A({ op: "rename", node: V, name: K });
  }
  let M = null;
  function P(V) {
    M = `head-canvas:${V}:${performance.now()}`, performance.mark(M), t.emit(V);
  }
  function b(V, K, ne) {
    const we = K.edges.filter((Me) => Me.target === V.id).map((Me) => Me.source).map((Me) => ne.get(Me)).filter((Me) => Me !== void 0);
    if (we.length) {
      const Me = Math.max(...we.map((gt) => gt.x)) + 320, ht = we.reduce((gt, on) => gt + on.y, 0) / we.length;
      return { x: Math.round(Me), y: Math.round(ht) };
    }
    const be = f?.getBoundingClientRect(), We = be ? n.screenToFlowPosition({ x: be.left + be.width / 2, y: be.top + be.height / 2 }) : { x: 0, y: 0 }, ft = br(V);
    return {
      x: Math.round(We.x - ft.width / 2),
      y: Math.round(We.y - ft.height / 2)
    };
  }
  function E(V) {
    V.answered !== null && m.has(V.answered) && performance.mark(`head-canvas:received:${V.answered}`);
    const ne = typeof V.canvas == "string" ? JSON.parse(V.canvas) : V.canvas, ye = new Map(l(a).map((G) => [G.id, G])), we = new Map(l(c).map((G) => [G.id, G])), be = ne.nodes.some((G) => G.position), We = ne.nodes.length === ye.size && ne.nodes.every((G) => ye.has(G.id)), ft = be || We, Me = /* @__PURE__ */ new Map();
    for (const G of ne.nodes) {
      const _e = G.position ?? (ft ? ye.get(G.id)?.position : void 0);
      _e && Me.set(G.id, _e);
    }
    const ht = {}, gt = ne.nodes.filter((G) => !Me.has(G.id));
    if (gt.length) {
      if (gt.length === ne.nodes.length || Me.size === 0)
        Object.assign(ht, oa(ne));
      else
        for (const G of gt) ht[G.id] = b(G, ne, Me);
      for (const [G, _e] of Object.entries(ht)) Me.set(G, _e);
    }
    const on = /* @__PURE__ */ new Map();
    F(a, ne.nodes.map((G) => {
      const _e = ye.get(G.id), De = Me.get(G.id) ?? { x: 0, y: 0 }, tt = `${t.editable}|${JSON.stringify(G)}`;
      return on.set(G.id, tt), _e && y.get(G.id) === tt && _e.position.x === De.x && _e.position.y === De.y ? _e : {
        id: G.id,
        type: G.type,
        position: De,
        data: { node: G, expand: X, rename: I, editable: t.editable },
        selected: _e?.selected ?? !1,
        deletable: t.editable && G.type !== "level",
        connectable: t.editable,
        measured: _e?.measured,
        // what xyflow assumes before it has measured the node (large designs draw only
        // the nodes in view, and need the size of the others to know which those are)
        initialWidth: br(G).width,
        initialHeight: br(G).height,
        // An expanded block grows over its neighbours; it stays on top (above a selection).
        zIndex: G.layers ? 2e3 : 0,
        class: `kind-${G.type}`
      };
    }));
    const Pe = /* @__PURE__ */ new Map(), Nt = /* @__PURE__ */ new Map();
    for (const G of ne.edges)
      Pe.set(G.target, (Pe.get(G.target) ?? 0) + 1), Nt.set(G.source, (Nt.get(G.source) ?? 0) + 1);
    const Bt = (G) => (Pe.get(G.target) ?? 0) > 1 ? 0.28 : (Nt.get(G.source) ?? 0) > 1 ? 0.72 : 0.5;
    y = on;
    const Ge = /* @__PURE__ */ new Map();
    if (F(c, ne.edges.map((G) => {
      const _e = `${t.editable}|${Bt(G)}|${JSON.stringify(G)}`;
      Ge.set(G.id, _e);
      const De = we.get(G.id);
      return De && x.get(G.id) === _e ? De : {
        id: G.id,
        source: G.source,
        target: G.target,
        sourceHandle: G.source_handle,
        targetHandle: G.target_handle,
        type: "shape",
        selected: we.get(G.id)?.selected ?? !1,
        deletable: t.editable,
        data: {
          label: G.label,
          color: G.color,
          error: G.error,
          waiting: G.waiting,
          ref: G.ref,
          label_t: Bt(G)
        },
        class: G.error ? "bad-edge" : void 0
      };
    })), x = Ge, F(u, ne), V.notice && z(V.notice, V.notice_kind === "info" ? "info" : "error"), t.editable && Object.keys(ht).length && t.emit("edit", { op: "move", positions: ht, auto: !0 }), g || (g = !0, Tn().then(() => requestAnimationFrame(() => k()))), M && !(V.answered !== null && m.has(V.answered))) {
      const G = M;
      M = null, Tn().then(() => requestAnimationFrame(() => {
        performance.mark(G + ":painted"), performance.measure("head-canvas:history", G, G + ":painted");
      }));
    }
    const Te = V.answered;
    if (Te != null && m.has(Te)) {
      const G = m.get(Te);
      m.delete(Te), F(w, m.size, !0), Tn().then(() => requestAnimationFrame(() => {
        const _e = `head-canvas:painted:${Te}`;
        performance.mark(_e), performance.measure("head-canvas:edit", G, _e);
        const De = `head-canvas:received:${Te}`;
        performance.measure("head-canvas:edit:server", G, De), performance.measure("head-canvas:edit:draw", De, _e);
      }));
    }
  }
  Be(() => {
    t.payload && t.payload !== C && (C = t.payload, E(t.payload));
  });
  function k() {
    const V = f?.querySelector(".svelte-flow")?.getBoundingClientRect();
    if (!V || !l(a).length) return;
    const K = n.getNodesBounds(l(a)), ne = 24, ye = 64, we = Math.min((V.width - ye - ne) / K.width, (V.height - 2 * ne) / K.height), be = Math.max(r, Math.min(1, we)), We = we >= r ? ye + (V.width - ye - ne - K.width * be) / 2 - K.x * be : ye - K.x * be, ft = Math.max(ne - K.y * be, (V.height - K.height * be) / 2 - K.y * be);
    n.setViewport({ x: We, y: ft, zoom: be });
  }
  function N(V, K) {
    if (!V || !V.startsWith(K)) return null;
    const ne = V.slice(K.length);
    return /^\d+$/.test(ne) ? Number(ne) : null;
  }
  function L(V) {
    return l(u) ? (v = pm(l(u), V), v === null) : !1;
  }
  function H(V) {
    A({
      op: "connect",
      source: V.source,
      port: N(V.sourceHandle, "o:"),
      target: V.target,
      slot: N(V.targetHandle, "i:")
    });
  }
  function B(V, K) {
    K.toHandle && K.isValid === !1 && v && z(v);
  }
  async function Z({ nodes: V, edges: K }) {
    const ne = V.map((be) => be.id).filter((be) => !be.startsWith("in:")), ye = new Set(ne), we = K.filter((be) => be.selected && !ye.has(be.source) && !ye.has(be.target)).map((be) => be.id);
    return (ne.length || we.length) && A({ op: "delete", nodes: ne, edges: we }), !1;
  }
  function te({ nodes: V }) {
    const K = {};
    for (const ne of V) K[ne.id] = { x: Math.round(ne.position.x), y: Math.round(ne.position.y) };
    Object.keys(K).length && A({ op: "move", positions: K });
  }
  function T({ node: V }) {
    const K = V.data.node;
    t.emit("select", {
      index: K.id,
      value: { id: K.id, name: K.name, type: K.type, block: K.block ?? null },
      selected: !0
    });
  }
  function D(V, K) {
    if (!t.editable) return;
    const ne = { x: Math.round(K.x), y: Math.round(K.y) };
    A(V ? { op: "add", block: V, position: ne } : { op: "add_output", position: ne });
  }
  function U(V) {
    const K = V.dataTransfer?.getData("application/x-head-block");
    if (!K) return;
    V.preventDefault();
    const ne = n.screenToFlowPosition({ x: V.clientX, y: V.clientY });
    D(K === "__output__" ? null : K, { x: ne.x - 20, y: ne.y - 14 });
  }
  function $(V) {
    V.dataTransfer?.types.includes("application/x-head-block") && (V.preventDefault(), V.dataTransfer.dropEffect = "copy");
  }
  function J(V) {
    const K = f.querySelector(".svelte-flow").getBoundingClientRect(), ne = n.screenToFlowPosition({ x: K.left + K.width / 2, y: K.top + K.height / 2 }), ye = { x: ne.x - 118, y: ne.y - 40 }, we = (be) => l(a).some((We) => Math.abs(We.position.x - ye.x) < 60 && Math.abs(We.position.y - be) < 50);
    for (; we(ye.y); ) ye.y += 60;
    D(V, ye);
  }
  function re() {
    l(u) && (A({ op: "move", positions: oa(l(u), j()) }), Tn().then(() => setTimeout(() => n.fitView({ padding: 0.08, duration: 200 }), 60)));
  }
  let le = !1;
  function ve(V) {
    le = !!f && f.contains(V.target);
  }
  function ce(V) {
    const K = V.target;
    if (!(!!f && f.contains(K)) && !(le && (K === document.body || K === null)) || K?.closest?.("input, textarea, select, [contenteditable]") || !(V.ctrlKey || V.metaKey)) return;
    const we = V.key.toLowerCase();
    we === "z" && !V.shiftKey ? (V.preventDefault(), P("undo")) : (we === "z" && V.shiftKey || we === "y") && (V.preventDefault(), P("redo"));
  }
  function Ne(V) {
    const K = V.includes("/") ? V.split("/")[0] : V, ne = l(a).find((ye) => ye.id === K);
    ne && n.fitView({
      nodes: [{ id: ne.id }],
      padding: 0.6,
      duration: 250,
      maxZoom: 1.2
    });
  }
  const he = _(() => l(u)?.errors ?? []);
  var me = rw();
  Ye("pointerdown", He, ve, !0), Ye("keydown", He, ce);
  let Ee;
  var Le = Y(me);
  {
    var Fe = (V) => {
      {
        let K = _(() => l(u)?.task ?? "");
        cm(V, {
          get entries() {
            return t.palette;
          },
          get task() {
            return l(K);
          },
          onadd: J
        });
      }
    };
    se(Le, (V) => {
      t.editable && V(Fe);
    });
  }
  var pe = q(Le, 2), xe = Y(pe);
  {
    let V = _(() => t.editable ? ["Delete", "Backspace"] : null), K = _(() => l(a).length > o);
    Qv(xe, {
      get nodeTypes() {
        return i;
      },
      get edgeTypes() {
        return s;
      },
      minZoom: 0.1,
      maxZoom: 2.5,
      get deleteKey() {
        return l(V);
      },
      multiSelectionKey: ["Shift", "Meta", "Control"],
      selectionKey: "Shift",
      get nodesDraggable() {
        return t.editable;
      },
      get nodesConnectable() {
        return t.editable;
      },
      connectionRadius: 26,
      isValidConnection: L,
      onconnect: H,
      onconnectend: B,
      onbeforedelete: Z,
      onnodedragstop: te,
      onnodeclick: T,
      get onlyRenderVisibleElements() {
        return l(K);
      },
      proOptions: { hideAttribution: !0 },
      defaultEdgeOptions: { type: "shape" },
      get nodes() {
        return l(a);
      },
      set nodes(ne) {
        F(a, ne);
      },
      get edges() {
        return l(c);
      },
      set edges(ne) {
        F(c, ne);
      },
      children: (ne, ye) => {
        var we = nw(), be = fe(we);
        bp(be, {
          gap: 18,
          size: 1.2,
          bgColor: "#f7f9fa",
          patternColor: "#d5dde2"
        });
        var We = q(be, 2);
        fp(We, {
          position: "bottom-left",
          showLock: !1,
          children: (Pe, Nt) => {
            var Bt = Se(), Ge = fe(Bt);
            {
              var Te = (G) => {
                var _e = Zb(), De = fe(_e);
                Yt(De, {
                  onclick: () => P("undo"),
                  title: "undo (ctrl-z)",
                  "aria-label": "undo",
                  children: (St, sr) => {
                    var Ct = cn("↶");
                    R(St, Ct);
                  },
                  $$slots: { default: !0 }
                });
                var tt = q(De, 2);
                Yt(tt, {
                  onclick: () => P("redo"),
                  title: "redo (ctrl-shift-z)",
                  "aria-label": "redo",
                  children: (St, sr) => {
                    var Ct = cn("↷");
                    R(St, Ct);
                  },
                  $$slots: { default: !0 }
                });
                var Qr = q(tt, 2);
                Yt(Qr, {
                  onclick: re,
                  title: "lay the graph out again",
                  "aria-label": "auto-layout",
                  children: (St, sr) => {
                    var Ct = cn("⇶");
                    R(St, Ct);
                  },
                  $$slots: { default: !0 }
                }), R(G, _e);
              };
              se(Ge, (G) => {
                t.editable && G(Te);
              });
            }
            R(Pe, Bt);
          },
          $$slots: { default: !0 }
        });
        var ft = q(We, 2);
        Cp(ft, {
          position: "bottom-right",
          pannable: !0,
          zoomable: !0,
          width: 170,
          height: 110,
          nodeColor: (Pe) => Pe.data.node.status === "error" ? "#ef9a9a" : Pe.data.node.fill,
          nodeStrokeColor: (Pe) => Pe.data.node.border,
          nodeStrokeWidth: 3
        });
        var Me = q(ft, 2);
        {
          var ht = (Pe) => {
            Wn(Pe, {
              position: "top-right",
              children: (Nt, Bt) => {
                var Ge = ew(), Te = fe(Ge);
                let G;
                var _e = Y(Te), De = Y(_e), tt = q(_e, 4), Qr = Y(tt), St = q(tt, 4), sr = Y(St), Ct = q(St, 4), yc = Y(Ct), bc = Y(yc), Ii = q(Ct, 2), wc = Y(Ii), _c = Y(wc), Ai = q(Ii, 2), xc = Y(Ai), Ec = Y(xc), zi = q(Ai, 2);
                {
                  var kc = (Ie) => {
                    var je = Wb();
                    R(Ie, je);
                  };
                  se(zi, (Ie) => {
                    l(u).totals.partial && Ie(kc);
                  });
                }
                var Nc = q(zi, 4);
                {
                  var Sc = (Ie) => {
                    var je = qb();
                    R(Ie, je);
                  }, Cc = (Ie) => {
                    var je = Gb(), sn = Y(je);
                    oe(
                      (Pn) => {
                        Q(je, "title", l(u).message), ie(sn, `⚠ ${Pn ?? ""} problem${l(he).length > 1 ? "s" : ""}`);
                      },
                      [() => Math.max(l(he).length, 1)]
                    ), R(Ie, je);
                  };
                  se(Nc, (Ie) => {
                    l(u).valid ? Ie(Sc) : Ie(Cc, !1);
                  });
                }
                var Mc = q(Te, 2);
                {
                  var Pc = (Ie) => {
                    var je = Jb(), sn = Y(je);
                    lt(sn, 17, () => l(he).slice(0, 4), (nt) => nt.id, (nt, vt) => {
                      var an = Ub(), Jr = Y(an);
                      Jr.__click = () => Ne(l(vt).id);
                      var Ti = Y(Jr), Ic = Y(Ti), Ac = q(Ti);
                      oe(() => {
                        Q(Jr, "title", l(vt).message), ie(Ic, l(vt).id), ie(Ac, ` ${l(vt).message ?? ""}`);
                      }), R(nt, an);
                    });
                    var Pn = q(sn, 2);
                    {
                      var On = (nt) => {
                        var vt = Qb(), an = Y(vt);
                        oe(() => ie(an, `and ${l(he).length - 4} more`)), R(nt, vt);
                      };
                      se(Pn, (nt) => {
                        l(he).length > 4 && nt(On);
                      });
                    }
                    R(Ie, je);
                  }, Oc = (Ie) => {
                    var je = Se(), sn = fe(je);
                    {
                      var Pn = (On) => {
                        var nt = $b(), vt = Y(nt), an = Y(vt);
                        oe(() => ie(an, l(u).message)), R(On, nt);
                      };
                      se(
                        sn,
                        (On) => {
                          !l(u).valid && l(u).message && On(Pn);
                        },
                        !0
                      );
                    }
                    R(Ie, je);
                  };
                  se(Mc, (Ie) => {
                    !l(u).valid && l(he).length ? Ie(Pc) : Ie(Oc, !1);
                  });
                }
                oe(() => {
                  G = ze(Te, 1, "totals svelte-pj8ljn", null, G, { invalid: !l(u).valid }), ie(De, l(u).name || "design"), ie(Qr, l(u).task), ie(sr, `${l(u).image_size[0] ?? ""}×${l(u).image_size[1] ?? ""}`), ie(bc, l(u).totals.nodes), ie(_c, l(u).totals.params_text), ie(Ec, l(u).totals.flops_text);
                }), R(Nt, Ge);
              },
              $$slots: { default: !0 }
            });
          };
          se(Me, (Pe) => {
            l(u) && Pe(ht);
          });
        }
        var gt = q(Me, 2);
        {
          var on = (Pe) => {
            Wn(Pe, {
              position: "bottom-center",
              children: (Nt, Bt) => {
                var Ge = tw(), Te = Y(Ge), G = Y(Te), _e = q(Te, 2), De = Y(_e), tt = q(_e, 2);
                tt.__click = () => F(d, null), oe(() => {
                  ze(Ge, 1, `notice ${l(d).kind ?? ""}`, "svelte-pj8ljn"), ie(G, l(d).kind === "error" ? "!" : "i"), ie(De, l(d).text);
                }), R(Nt, Ge);
              },
              $$slots: { default: !0 }
            });
          };
          se(gt, (Pe) => {
            l(d) && Pe(on);
          });
        }
        R(ne, we);
      },
      $$slots: { default: !0 }
    });
  }
  Sn(me, (V) => f = V, () => f), oe(() => {
    Q(me, "data-mount", O), Q(me, "data-pending", l(w) || void 0), Ee = ke(me, "", Ee, { height: `${t.height ?? ""}px` });
  }), Ye("drop", pe, U), Ye("dragover", pe, $), R(e, me), de();
}
Dt(["click"]);
var iw = /* @__PURE__ */ ee('<span class="label svelte-49zqag"> </span>'), sw = /* @__PURE__ */ ee('<div data-testid="head-canvas"><!> <!></div>');
function lw(e, t) {
  ue(t, !0);
  const n = /* @__PURE__ */ Et(t, ["$$slots", "$$events", "$$legacy"]), r = new Tp(n);
  function o(d, h) {
    r.dispatch(d, h);
  }
  var i = sw();
  let s;
  var a = Y(i);
  {
    var c = (d) => {
      var h = iw(), f = Y(h);
      oe(() => ie(f, r.shared.label)), R(d, h);
    };
    se(a, (d) => {
      r.shared.show_label && r.shared.label && d(c);
    });
  }
  var u = q(a, 2);
  Jv(u, {
    children: (d, h) => {
      {
        let f = _(() => r.props.palette ?? []), g = _(() => r.shared.interactive !== !1), v = _(() => r.props.height ?? 640);
        ow(d, {
          get payload() {
            return r.props.value;
          },
          get palette() {
            return l(f);
          },
          get editable() {
            return l(g);
          },
          get height() {
            return l(v);
          },
          emit: o
        });
      }
    },
    $$slots: { default: !0 }
  }), oe(() => {
    s = ze(i, 1, "head-canvas-block svelte-49zqag", null, s, {
      hidden: r.shared.visible === !1,
      "hidden-block": r.shared.visible === "hidden"
    }), Q(i, "id", r.shared.elem_id || void 0);
  }), R(e, i), de();
}
export {
  lw as default
};
