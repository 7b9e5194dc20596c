import { D as Xe, i as Go, g as ca, o as Rc, c as Jt, a as qt, b as Hc, d as ua, T as da, e as Vc, f as Lt, r as Uo, h as $t, p as Qo, j as nn, m as Bc, s as fa, k as Kr, E as Jo, l as Fc, n as nr, q as l, t as Vi, u as ha, v as ga, w as $o, x as jc, y as Kc, z as Yc, A as Bi, B as Xc, C as Nt, I as oo, F as va, G as Zc, H as Wc, J as qc, K as un, L as Ke, M as pa, N as Gc, O as ma, P as Uc, Q as Qc, R as Jc, S as $c, U as eu, V as tu, W as nu, X as Ft, Y as ru, Z as ou, _ as iu, $ as su, a0 as au, a1 as lu, a2 as cu, a3 as ya, a4 as Fi, a5 as Fn, a6 as uu, a7 as ei, a8 as du, a9 as ba, aa as ji, ab as Ve, ac as fu, ad as wa, ae as jt, af as hu, ag as Oo, ah as gu, ai as vu, aj as xn, ak as B, al as pu, am as mu, an as yu, ao as bu, ap as wu, aq as _a, ar as Hn, as as _u, at as xu, au as Eu, av as ti, aw as ni, ax as ue, ay as de, az as _, aA as K, aB as rr, aC as fe, aD as re, aE as q, aF as ie, aG as xa, aH as ge, aI as Ea, aJ as Io, aK as or, aL as Ze, aM as Be, aN as ku, aO as je, aP as Nu, aQ as Su } from "./svelte_runtime_entry-CVaAXr-z.js";
var Cu = "font-weight: bold", Mu = "font-weight: normal";
function Ki(e) {
  Xe ? console.warn(
    `%c[svelte] state_snapshot_uncloneable
%c${e ? `The following properties cannot be cloned with \`$state.snapshot\` — the return value contains the originals:

${e}` : "Value cannot be cloned with `$state.snapshot` — the original value was returned"}
https://svelte.dev/e/state_snapshot_uncloneable`,
    Cu,
    Mu
  ) : console.warn("https://svelte.dev/e/state_snapshot_uncloneable");
}
const Pu = [];
function vn(e, t = !1, n = !1) {
  if (Xe && !t) {
    const r = [], o = Zn(e, /* @__PURE__ */ new Map(), "", r, null, n);
    if (r.length === 1 && r[0] === "")
      Ki();
    else if (r.length > 0) {
      const i = r.length > 10 ? r.slice(0, 7) : r.slice(0, 10), s = r.length - i.length;
      let a = i.map((c) => `- <value>${c}`).join(`
`);
      s > 0 && (a += `
- ...and ${s} more`), Ki(a);
    }
    return o;
  }
  return Zn(e, /* @__PURE__ */ new Map(), "", Pu, null, n);
}
function Zn(e, t, n, r, o = null, i = !1) {
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
    if (Go(e)) {
      var a = (
        /** @type {Snapshot<any>} */
        Array(e.length)
      );
      t.set(e, a), o !== null && t.set(o, a);
      for (var c = 0; c < e.length; c += 1) {
        var u = e[c];
        c in e && (a[c] = Zn(u, t, Xe ? `${n}[${c}]` : n, r, null, i));
      }
      return a;
    }
    if (ca(e) === Rc) {
      a = {}, t.set(e, a), o !== null && t.set(o, a);
      for (var d in e)
        a[d] = Zn(
          // @ts-expect-error
          e[d],
          t,
          Xe ? `${n}.${d}` : n,
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
      return Zn(
        /** @type {T & { toJSON(): any } } */
        e.toJSON(),
        t,
        Xe ? `${n}.toJSON()` : n,
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
    return Xe && r.push(n), /** @type {Snapshot<T>} */
    e;
  }
}
function ka(e) {
  var t = document.createElement("template");
  return t.innerHTML = e.replaceAll("<!>", "<!---->"), t.content;
}
function En(e, t) {
  var n = (
    /** @type {Effect} */
    ua
  );
  n.nodes === null && (n.nodes = { start: e, end: t, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function te(e, t) {
  var n = (t & da) !== 0, r = (t & Vc) !== 0, o, i = !e.startsWith("<!>");
  return () => {
    o === void 0 && (o = ka(i ? e : "<!>" + e), n || (o = /** @type {TemplateNode} */
    qt(o)));
    var s = (
      /** @type {TemplateNode} */
      r || Hc ? document.importNode(o, !0) : o.cloneNode(!0)
    );
    if (n) {
      var a = (
        /** @type {TemplateNode} */
        qt(s)
      ), c = (
        /** @type {TemplateNode} */
        s.lastChild
      );
      En(a, c);
    } else
      En(s, s);
    return s;
  };
}
// @__NO_SIDE_EFFECTS__
function Ou(e, t, n = "svg") {
  var r = !e.startsWith("<!>"), o = (t & da) !== 0, i = `<${n}>${r ? e : "<!>" + e}</${n}>`, s;
  return () => {
    if (!s) {
      var a = (
        /** @type {DocumentFragment} */
        ka(i)
      ), c = (
        /** @type {Element} */
        qt(a)
      );
      if (o)
        for (s = document.createDocumentFragment(); qt(c); )
          s.appendChild(
            /** @type {TemplateNode} */
            qt(c)
          );
      else
        s = /** @type {Element} */
        qt(c);
    }
    var u = (
      /** @type {TemplateNode} */
      s.cloneNode(!0)
    );
    if (o) {
      var d = (
        /** @type {TemplateNode} */
        qt(u)
      ), h = (
        /** @type {TemplateNode} */
        u.lastChild
      );
      En(d, h);
    } else
      En(u, u);
    return u;
  };
}
// @__NO_SIDE_EFFECTS__
function Pe(e, t) {
  return /* @__PURE__ */ Ou(e, t, "svg");
}
function pn(e = "") {
  {
    var t = Jt(e + "");
    return En(t, t), t;
  }
}
function ke() {
  var e = document.createDocumentFragment(), t = document.createComment(""), n = Jt();
  return e.append(t, n), En(t, n), e;
}
function H(e, t) {
  e !== null && e.before(
    /** @type {Node} */
    t
  );
}
class ri {
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
      Lt
    );
    if (this.#e.has(t)) {
      var n = (
        /** @type {Key} */
        this.#e.get(t)
      ), r = this.#t.get(n);
      if (r)
        Uo(r), this.#r.delete(n);
      else {
        var o = this.#n.get(n);
        o && (this.#t.set(n, o.effect), this.#n.delete(n), o.fragment.lastChild.remove(), this.anchor.before(o.fragment), r = o.effect);
      }
      for (const [i, s] of this.#e) {
        if (this.#e.delete(i), i === t)
          break;
        const a = this.#n.get(s);
        a && ($t(a.effect), this.#n.delete(s));
      }
      for (const [i, s] of this.#t) {
        if (i === n || this.#r.has(i)) continue;
        const a = () => {
          if (Array.from(this.#e.values()).includes(i)) {
            var u = document.createDocumentFragment();
            Bc(s, u), u.append(Jt()), this.#n.set(i, { effect: s, fragment: u });
          } else
            $t(s);
          this.#r.delete(i), this.#t.delete(i);
        };
        this.#o || !r ? (this.#r.add(i), Qo(s, a, !1)) : a();
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
      n.includes(r) || ($t(o.effect), this.#n.delete(r));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(t, n) {
    var r = (
      /** @type {Batch} */
      Lt
    ), o = fa();
    if (n && !this.#t.has(t) && !this.#n.has(t))
      if (o) {
        var i = document.createDocumentFragment(), s = Jt();
        i.append(s), this.#n.set(t, {
          effect: nn(() => n(s)),
          fragment: i
        });
      } else
        this.#t.set(
          t,
          nn(() => n(this.anchor))
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
function We(e, t, ...n) {
  var r = new ri(e);
  Kr(() => {
    const o = t() ?? null;
    Xe && o == null && Fc(), r.ensure(o, o && ((i) => o(i, ...n)));
  }, Jo);
}
function se(e, t, n = !1) {
  var r = new ri(e), o = n ? Jo : 0;
  function i(s, a) {
    r.ensure(s, a);
  }
  Kr(() => {
    var s = !1;
    t((a, c = !0) => {
      s = !0, i(c, a);
    }), s || i(!1, null);
  }, o);
}
function Iu(e, t) {
  nr(() => {
    var n = t();
    for (var r in n) {
      var o = n[r];
      o ? e.style.setProperty(r, o) : e.style.removeProperty(r);
    }
  });
}
function Au(e, t, n) {
  for (var r = [], o = t.length, i, s = t.length, a = 0; a < o; a++) {
    let h = t[a];
    Qo(
      h,
      () => {
        if (i) {
          if (i.pending.delete(h), i.done.add(h), i.pending.size === 0) {
            var f = (
              /** @type {Set<EachOutroGroup>} */
              e.outrogroups
            );
            Ao($o(i.done)), f.delete(i), f.size === 0 && (e.outrogroups = null);
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
      Wc(d), d.append(u), e.items.clear();
    }
    Ao(t, !c);
  } else
    i = {
      pending: new Set(t),
      done: /* @__PURE__ */ new Set()
    }, (e.outrogroups ??= /* @__PURE__ */ new Set()).add(i);
}
function Ao(e, t = !0) {
  for (var n = 0; n < e.length; n++)
    $t(e[n], t);
}
var Yi;
function gt(e, t, n, r, o, i = null) {
  var s = e, a = /* @__PURE__ */ new Map(), c = (t & ha) !== 0;
  if (c) {
    var u = (
      /** @type {Element} */
      e
    );
    s = u.appendChild(Jt());
  }
  var d = null, h = ga(() => {
    var b = n();
    return Go(b) ? b : b == null ? [] : $o(b);
  }), f, g = !0;
  function v() {
    m.fallback = d, zu(m, f, s, t, r), d !== null && (f.length === 0 ? (d.f & Nt) === 0 ? Uo(d) : (d.f ^= Nt, jn(d, null, s)) : Qo(d, () => {
      d = null;
    }));
  }
  var p = Kr(() => {
    f = /** @type {V[]} */
    l(h);
    for (var b = f.length, N = /* @__PURE__ */ new Set(), w = (
      /** @type {Batch} */
      Lt
    ), x = fa(), S = 0; S < b; S += 1) {
      var O = f[S], z = r(O, S), A = g ? null : a.get(z);
      A ? (A.v && Vi(A.v, O), A.i && Vi(A.i, S), x && w.skipped_effects.delete(A.e)) : (A = Tu(
        a,
        g ? s : Yi ??= Jt(),
        O,
        z,
        S,
        o,
        t,
        n
      ), g || (A.e.f |= Nt), a.set(z, A)), N.add(z);
    }
    if (b === 0 && i && !d && (g ? d = nn(() => i(s)) : (d = nn(() => i(Yi ??= Jt())), d.f |= Nt)), !g)
      if (x) {
        for (const [F, X] of a)
          N.has(F) || w.skipped_effects.add(X.e);
        w.oncommit(v), w.ondiscard(() => {
        });
      } else
        v();
    l(h);
  }), m = { effect: p, items: a, outrogroups: null, fallback: d };
  g = !1;
}
function zu(e, t, n, r, o) {
  var i = (r & Zc) !== 0, s = t.length, a = e.items, c = e.effect.first, u, d = null, h, f = [], g = [], v, p, m, b;
  if (i)
    for (b = 0; b < s; b += 1)
      v = t[b], p = o(v, b), m = /** @type {EachItem} */
      a.get(p).e, (m.f & Nt) === 0 && (m.nodes?.a?.measure(), (h ??= /* @__PURE__ */ new Set()).add(m));
  for (b = 0; b < s; b += 1) {
    if (v = t[b], p = o(v, b), m = /** @type {EachItem} */
    a.get(p).e, e.outrogroups !== null)
      for (const X of e.outrogroups)
        X.pending.delete(m), X.done.delete(m);
    if ((m.f & Nt) !== 0)
      if (m.f ^= Nt, m === c)
        jn(m, null, n);
      else {
        var N = d ? d.next : c;
        m === e.effect.last && (e.effect.last = m.prev), m.prev && (m.prev.next = m.next), m.next && (m.next.prev = m.prev), Tt(e, d, m), Tt(e, m, N), jn(m, N, n), d = m, f = [], g = [], c = d.next;
        continue;
      }
    if ((m.f & oo) !== 0 && (Uo(m), i && (m.nodes?.a?.unfix(), (h ??= /* @__PURE__ */ new Set()).delete(m))), m !== c) {
      if (u !== void 0 && u.has(m)) {
        if (f.length < g.length) {
          var w = g[0], x;
          d = w.prev;
          var S = f[0], O = f[f.length - 1];
          for (x = 0; x < f.length; x += 1)
            jn(f[x], w, n);
          for (x = 0; x < g.length; x += 1)
            u.delete(g[x]);
          Tt(e, S.prev, O.next), Tt(e, d, S), Tt(e, O, w), c = w, d = O, b -= 1, f = [], g = [];
        } else
          u.delete(m), jn(m, c, n), Tt(e, m.prev, m.next), Tt(e, m, d === null ? e.effect.first : d.next), Tt(e, d, m), d = m;
        continue;
      }
      for (f = [], g = []; c !== null && c !== m; )
        (u ??= /* @__PURE__ */ new Set()).add(c), g.push(c), c = c.next;
      if (c === null)
        continue;
    }
    (m.f & Nt) === 0 && f.push(m), d = m, c = m.next;
  }
  if (e.outrogroups !== null) {
    for (const X of e.outrogroups)
      X.pending.size === 0 && (Ao($o(X.done)), e.outrogroups?.delete(X));
    e.outrogroups.size === 0 && (e.outrogroups = null);
  }
  if (c !== null || u !== void 0) {
    var z = [];
    if (u !== void 0)
      for (m of u)
        (m.f & oo) === 0 && z.push(m);
    for (; c !== null; )
      (c.f & oo) === 0 && c !== e.fallback && z.push(c), c = c.next;
    var A = z.length;
    if (A > 0) {
      var F = (r & ha) !== 0 && s === 0 ? n : null;
      if (i) {
        for (b = 0; b < A; b += 1)
          z[b].nodes?.a?.measure();
        for (b = 0; b < A; b += 1)
          z[b].nodes?.a?.fix();
      }
      Au(e, z, F);
    }
  }
  i && va(() => {
    if (h !== void 0)
      for (m of h)
        m.nodes?.a?.apply();
  });
}
function Tu(e, t, n, r, o, i, s, a) {
  var c = (s & jc) !== 0 ? (s & Kc) === 0 ? Yc(n, !1, !1) : Bi(n) : null, u = (s & Xc) !== 0 ? Bi(o) : null;
  return Xe && c && (c.trace = () => {
    a()[u?.v ?? o];
  }), {
    v: c,
    i: u,
    e: nn(() => (i(t, c ?? n, u ?? o, a), () => {
      e.delete(r);
    }))
  };
}
function jn(e, t, n) {
  if (e.nodes)
    for (var r = e.nodes.start, o = e.nodes.end, i = t && (t.f & Nt) === 0 ? (
      /** @type {EffectNodes} */
      t.nodes.start
    ) : n; r !== null; ) {
      var s = (
        /** @type {TemplateNode} */
        qc(r)
      );
      if (i.before(r), r === o)
        return;
      r = s;
    }
}
function Tt(e, t, n) {
  t === null ? e.effect.first = n : t.next = n, n === null ? e.effect.last = t : n.prev = t;
}
function Yr(e, t, n) {
  var r = new ri(e);
  Kr(() => {
    var o = t() ?? null;
    r.ensure(o, o && ((i) => n(i, o)));
  }, Jo);
}
function Te(e, t, n) {
  un(() => {
    var r = Ke(() => t(e, n?.()) || {});
    if (n && r?.update) {
      var o = !1, i = (
        /** @type {any} */
        {}
      );
      nr(() => {
        var s = n();
        pa(s), o && Gc(i, s) && (i = s, r.update(s));
      }), o = !0;
    }
    if (r?.destroy)
      return () => (
        /** @type {Function} */
        r.destroy()
      );
  });
}
function Du(e, t) {
  var n = void 0, r;
  ma(() => {
    n !== (n = t()) && (r && ($t(r), r = null), n && (r = nn(() => {
      un(() => (
        /** @type {(node: Element) => void} */
        n(e)
      ));
    })));
  });
}
function Na(e) {
  var t, n, r = "";
  if (typeof e == "string" || typeof e == "number") r += e;
  else if (typeof e == "object") if (Array.isArray(e)) {
    var o = e.length;
    for (t = 0; t < o; t++) e[t] && (n = Na(e[t])) && (r && (r += " "), r += n);
  } else for (n in e) e[n] && (r && (r += " "), r += n);
  return r;
}
function Lu() {
  for (var e, t, n = 0, r = "", o = arguments.length; n < o; n++) (e = arguments[n]) && (t = Na(e)) && (r && (r += " "), r += t);
  return r;
}
function Kt(e) {
  return typeof e == "object" ? Lu(e) : e ?? "";
}
const Xi = [...` 	
\r\f \v\uFEFF`];
function Ru(e, t, n) {
  var r = e == null ? "" : "" + e;
  if (t && (r = r ? r + " " + t : t), n) {
    for (var o in n)
      if (n[o])
        r = r ? r + " " + o : o;
      else if (r.length)
        for (var i = o.length, s = 0; (s = r.indexOf(o, s)) >= 0; ) {
          var a = s + i;
          (s === 0 || Xi.includes(r[s - 1])) && (a === r.length || Xi.includes(r[a])) ? r = (s === 0 ? "" : r.substring(0, s)) + r.substring(a + 1) : s = a;
        }
  }
  return r === "" ? null : r;
}
function Zi(e, t = !1) {
  var n = t ? " !important;" : ";", r = "";
  for (var o in e) {
    var i = e[o];
    i != null && i !== "" && (r += " " + o + ": " + i + n);
  }
  return r;
}
function io(e) {
  return e[0] !== "-" || e[1] !== "-" ? e.toLowerCase() : e;
}
function Hu(e, t) {
  if (t) {
    var n = "", r, o;
    if (Array.isArray(t) ? (r = t[0], o = t[1]) : r = t, e) {
      e = String(e).replaceAll(/\s*\/\*.*?\*\/\s*/g, "").trim();
      var i = !1, s = 0, a = !1, c = [];
      r && c.push(...Object.keys(r).map(io)), o && c.push(...Object.keys(o).map(io));
      var u = 0, d = -1;
      const p = e.length;
      for (var h = 0; h < p; h++) {
        var f = e[h];
        if (a ? f === "/" && e[h - 1] === "*" && (a = !1) : i ? i === f && (i = !1) : f === "/" && e[h + 1] === "*" ? a = !0 : f === '"' || f === "'" ? i = f : f === "(" ? s++ : f === ")" && s--, !a && i === !1 && s === 0) {
          if (f === ":" && d === -1)
            d = h;
          else if (f === ";" || h === p - 1) {
            if (d !== -1) {
              var g = io(e.substring(u, d).trim());
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
    return r && (n += Zi(r)), o && (n += Zi(o, !0)), n = n.trim(), n === "" ? null : n;
  }
  return e == null ? null : String(e);
}
function De(e, t, n, r, o, i) {
  var s = e.__className;
  if (s !== n || s === void 0) {
    var a = Ru(n, r, i);
    a == null ? e.removeAttribute("class") : t ? e.className = a : e.setAttribute("class", a), e.__className = n;
  } else if (i && o !== i)
    for (var c in i) {
      var u = !!i[c];
      (o == null || u !== !!o[c]) && e.classList.toggle(c, u);
    }
  return i;
}
function so(e, t = {}, n, r) {
  for (var o in n) {
    var i = n[o];
    t[o] !== i && (n[o] == null ? e.style.removeProperty(o) : e.style.setProperty(o, i, r));
  }
}
function Ne(e, t, n, r) {
  var o = e.__style;
  if (o !== t) {
    var i = Hu(t, r);
    i == null ? e.removeAttribute("style") : e.style.cssText = i, e.__style = t;
  } else r && (Array.isArray(r) ? (so(e, n?.[0], r[0]), so(e, n?.[1], r[1], "important")) : so(e, n, r));
  return r;
}
function zo(e, t, n = !1) {
  if (e.multiple) {
    if (t == null)
      return;
    if (!Go(t))
      return Uc();
    for (var r of e.options)
      r.selected = t.includes(Wi(r));
    return;
  }
  for (r of e.options) {
    var o = Wi(r);
    if (Qc(o, t)) {
      r.selected = !0;
      return;
    }
  }
  (!n || t !== void 0) && (e.selectedIndex = -1);
}
function Vu(e) {
  var t = new MutationObserver(() => {
    zo(e, e.__value);
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
  }), Jc(() => {
    t.disconnect();
  });
}
function Wi(e) {
  return "__value" in e ? e.__value : e.value;
}
const Rt = Symbol("class"), kt = Symbol("style"), Sa = Symbol("is custom element"), Ca = Symbol("is html");
function Bu(e, t) {
  t ? e.hasAttribute("selected") || e.setAttribute("selected", "") : e.removeAttribute("selected");
}
function Q(e, t, n, r) {
  var o = Ma(e);
  o[t] !== (o[t] = n) && (t === "loading" && (e[au] = n), n == null ? e.removeAttribute(t) : typeof n != "string" && Pa(e).includes(t) ? e[t] = n : e.setAttribute(t, n));
}
function Fu(e, t, n, r, o = !1, i = !1) {
  var s = Ma(e), a = s[Sa], c = !s[Ca], u = t || {}, d = e.tagName === "OPTION";
  for (var h in t)
    h in n || (n[h] = null);
  n.class ? n.class = Kt(n.class) : (r || n[Rt]) && (n.class = null), n[kt] && (n.style ??= null);
  var f = Pa(e);
  for (const w in n) {
    let x = n[w];
    if (d && w === "value" && x == null) {
      e.value = e.__value = "", u[w] = x;
      continue;
    }
    if (w === "class") {
      var g = e.namespaceURI === "http://www.w3.org/1999/xhtml";
      De(e, g, x, r, t?.[Rt], n[Rt]), u[w] = x, u[Rt] = n[Rt];
      continue;
    }
    if (w === "style") {
      Ne(e, x, t?.[kt], n[kt]), u[w] = x, u[kt] = n[kt];
      continue;
    }
    var v = u[w];
    if (!(x === v && !(x === void 0 && e.hasAttribute(w)))) {
      u[w] = x;
      var p = w[0] + w[1];
      if (p !== "$$")
        if (p === "on") {
          const S = {}, O = "$$" + w;
          let z = w.slice(2);
          var m = lu(z);
          if (tu(z) && (z = z.slice(0, -7), S.capture = !0), !m && v) {
            if (x != null) continue;
            e.removeEventListener(z, u[O], S), u[O] = null;
          }
          if (x != null)
            if (m)
              e[`__${z}`] = x, Ft([z]);
            else {
              let A = function(F) {
                u[w].call(this, F);
              };
              u[O] = nu(z, e, A, S);
            }
          else m && (e[`__${z}`] = void 0);
        } else if (w === "style")
          Q(e, w, x);
        else if (w === "autofocus")
          ru(
            /** @type {HTMLElement} */
            e,
            !!x
          );
        else if (!a && (w === "__value" || w === "value" && x != null))
          e.value = e.__value = x;
        else if (w === "selected" && d)
          Bu(
            /** @type {HTMLOptionElement} */
            e,
            x
          );
        else {
          var b = w;
          c || (b = ou(b));
          var N = b === "defaultValue" || b === "defaultChecked";
          if (x == null && !a && !N)
            if (s[w] = null, b === "value" || b === "checked") {
              let S = (
                /** @type {HTMLInputElement} */
                e
              );
              const O = t === void 0;
              if (b === "value") {
                let z = S.defaultValue;
                S.removeAttribute(b), S.defaultValue = z, S.value = S.__value = O ? z : null;
              } else {
                let z = S.defaultChecked;
                S.removeAttribute(b), S.defaultChecked = z, S.checked = O ? z : !1;
              }
            } else
              e.removeAttribute(w);
          else N || f.includes(b) && (a || typeof x != "string") ? (e[b] = x, b in s && (s[b] = iu)) : typeof x != "function" && Q(e, b, x);
        }
    }
  }
  return u;
}
function Yt(e, t, n = [], r = [], o = [], i, s = !1, a = !1) {
  $c(o, n, r, (c) => {
    var u = void 0, d = {}, h = e.nodeName === "SELECT", f = !1;
    if (ma(() => {
      var v = t(...c.map(l)), p = Fu(
        e,
        u,
        v,
        i,
        s,
        a
      );
      f && h && "value" in v && zo(
        /** @type {HTMLSelectElement} */
        e,
        v.value
      );
      for (let b of Object.getOwnPropertySymbols(d))
        v[b] || $t(d[b]);
      for (let b of Object.getOwnPropertySymbols(v)) {
        var m = v[b];
        b.description === eu && (!u || m !== u[b]) && (d[b] && $t(d[b]), d[b] = nn(() => Du(e, () => m))), p[b] = m;
      }
      u = p;
    }), h) {
      var g = (
        /** @type {HTMLSelectElement} */
        e
      );
      un(() => {
        zo(
          g,
          /** @type {Record<string | symbol, any>} */
          u.value,
          !0
        ), Vu(g);
      });
    }
    f = !0;
  });
}
function Ma(e) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    // @ts-expect-error
    e.__attributes ??= {
      [Sa]: e.nodeName.includes("-"),
      [Ca]: e.namespaceURI === su
    }
  );
}
var qi = /* @__PURE__ */ new Map();
function Pa(e) {
  var t = e.getAttribute("is") || e.nodeName, n = qi.get(t);
  if (n) return n;
  qi.set(t, n = []);
  for (var r, o = e, i = Element.prototype; i !== o; ) {
    r = cu(o);
    for (var s in r)
      r[s].set && n.push(s);
    o = ca(o);
  }
  return n;
}
function oi(e, t, n = t) {
  var r = /* @__PURE__ */ new WeakSet();
  ya(e, "input", async (o) => {
    Xe && e.type === "checkbox" && Fi();
    var i = o ? e.defaultValue : e.value;
    if (i = ao(e) ? lo(i) : i, n(i), Lt !== null && r.add(Lt), await Fn(), i !== (i = t())) {
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
  Ke(t) == null && e.value && (n(ao(e) ? lo(e.value) : e.value), Lt !== null && r.add(Lt)), nr(() => {
    Xe && e.type === "checkbox" && Fi();
    var o = t();
    if (e === document.activeElement) {
      var i = (
        /** @type {Batch} */
        uu ?? Lt
      );
      if (r.has(i))
        return;
    }
    ao(e) && o === lo(e.value) || e.type === "date" && !o && !e.value || o !== e.value && (e.value = o ?? "");
  });
}
function ju(e, t, n = t) {
  ya(e, "change", (r) => {
    var o = r ? e.defaultChecked : e.checked;
    n(o);
  }), // If we are hydrating and the value has since changed,
  // then use the update value from the input instead.
  // If defaultChecked is set, then checked == defaultChecked
  Ke(t) == null && n(e.checked), nr(() => {
    var r = t();
    e.checked = !!r;
  });
}
function ao(e) {
  var t = e.type;
  return t === "number" || t === "range";
}
function lo(e) {
  return e === "" ? null : +e;
}
class ii {
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
          ii.entries.set(n.target, n);
          for (var r of this.#e.get(n.target) || [])
            r(n);
        }
      }
    ));
  }
}
var Ku = /* @__PURE__ */ new ii({
  box: "border-box"
});
function Gi(e, t, n) {
  var r = Ku.observe(e, () => n(e[t]));
  un(() => (Ke(() => n(e[t])), r));
}
function Ui(e, t) {
  return e === t || e?.[ei] === t;
}
function zn(e = {}, t, n, r) {
  return un(() => {
    var o, i;
    return nr(() => {
      o = i, i = [], Ke(() => {
        e !== n(...i) && (t(e, ...i), o && Ui(n(...o), e) && t(null, ...o));
      });
    }), () => {
      va(() => {
        i && Ui(n(...i), e) && t(null, ...i);
      });
    };
  }), e;
}
function Yu(e = !1) {
  const t = (
    /** @type {ComponentContextLegacy} */
    du
  ), n = t.l.u;
  if (!n) return;
  let r = () => pa(t.s);
  if (e) {
    let o = 0, i = (
      /** @type {Record<string, any>} */
      {}
    );
    const s = wa(() => {
      let a = !1;
      const c = t.s;
      for (const u in c)
        c[u] !== i[u] && (i[u] = c[u], a = !0);
      return a && o++, o;
    });
    r = () => l(s);
  }
  n.b.length && ba(() => {
    Qi(t, r), ji(n.b);
  }), Ve(() => {
    const o = Ke(() => n.m.map(fu));
    return () => {
      for (const i of o)
        typeof i == "function" && i();
    };
  }), n.a.length && Ve(() => {
    Qi(t, r), ji(n.a);
  });
}
function Qi(e, t) {
  if (e.l.s)
    for (const n of e.l.s) l(n);
  t();
}
function Xu(e, t, n) {
  if (e == null)
    return t(void 0), jt;
  const r = Ke(
    () => e.subscribe(
      t,
      // @ts-expect-error
      n
    )
  );
  return r.unsubscribe ? () => r.unsubscribe() : r;
}
function Zu(e) {
  let t;
  return Xu(e, (n) => t = n)(), t;
}
let hr = !1;
function Wu(e) {
  var t = hr;
  try {
    return hr = !1, [e(), hr];
  } finally {
    hr = t;
  }
}
const qu = {
  get(e, t) {
    if (!e.exclude.includes(t))
      return e.props[t];
  },
  set(e, t) {
    return Xe && hu(`${e.name}.${String(t)}`), !1;
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
function Ot(e, t, n) {
  return new Proxy(
    Xe ? { props: e, exclude: t, name: n, other: {}, to_proxy: [] } : { props: e, exclude: t },
    qu
  );
}
const Gu = {
  get(e, t) {
    let n = e.props.length;
    for (; n--; ) {
      let r = e.props[n];
      if (Hn(r) && (r = r()), typeof r == "object" && r !== null && t in r) return r[t];
    }
  },
  set(e, t, n) {
    let r = e.props.length;
    for (; r--; ) {
      let o = e.props[r];
      Hn(o) && (o = o());
      const i = Oo(o, t);
      if (i && i.set)
        return i.set(n), !0;
    }
    return !1;
  },
  getOwnPropertyDescriptor(e, t) {
    let n = e.props.length;
    for (; n--; ) {
      let r = e.props[n];
      if (Hn(r) && (r = r()), typeof r == "object" && r !== null && t in r) {
        const o = Oo(r, t);
        return o && !o.configurable && (o.configurable = !0), o;
      }
    }
  },
  has(e, t) {
    if (t === ei || t === _a) return !1;
    for (let n of e.props)
      if (Hn(n) && (n = n()), n != null && t in n) return !0;
    return !1;
  },
  ownKeys(e) {
    const t = [];
    for (let n of e.props)
      if (Hn(n) && (n = n()), !!n) {
        for (const r in n)
          t.includes(r) || t.push(r);
        for (const r of Object.getOwnPropertySymbols(n))
          t.includes(r) || t.push(r);
      }
    return t;
  }
};
function Gt(...e) {
  return new Proxy({ props: e }, Gu);
}
function Z(e, t, n, r) {
  var o = !_u || (n & xu) !== 0, i = (n & mu) !== 0, s = (n & wu) !== 0, a = (
    /** @type {V} */
    r
  ), c = !0, u = () => (c && (c = !1, a = s ? Ke(
    /** @type {() => V} */
    r
  ) : (
    /** @type {V} */
    r
  )), a), d;
  if (i) {
    var h = ei in e || _a in e;
    d = Oo(e, t)?.set ?? (h && t in e ? (w) => e[t] = w : void 0);
  }
  var f, g = !1;
  i ? [f, g] = Wu(() => (
    /** @type {V} */
    e[t]
  )) : f = /** @type {V} */
  e[t], f === void 0 && r !== void 0 && (f = u(), d && (o && gu(t), d(f)));
  var v;
  if (o ? v = () => {
    var w = (
      /** @type {V} */
      e[t]
    );
    return w === void 0 ? u() : (c = !0, w);
  } : v = () => {
    var w = (
      /** @type {V} */
      e[t]
    );
    return w !== void 0 && (a = /** @type {V} */
    void 0), w === void 0 ? a : w;
  }, o && (n & vu) === 0)
    return v;
  if (d) {
    var p = e.$$legacy;
    return (
      /** @type {() => V} */
      (function(w, x) {
        return arguments.length > 0 ? ((!o || !x || p || g) && d(x ? v() : w), w) : v();
      })
    );
  }
  var m = !1, b = ((n & yu) !== 0 ? wa : ga)(() => (m = !1, v()));
  Xe && (b.label = t), i && l(b);
  var N = (
    /** @type {Effect} */
    ua
  );
  return (
    /** @type {() => V} */
    (function(w, x) {
      if (arguments.length > 0) {
        const S = x ? l(b) : o && i ? xn(w) : w;
        return B(b, S), m = !0, a !== void 0 && (a = S), w;
      }
      return bu && m || (N.f & pu) !== 0 ? b.v : l(b);
    })
  );
}
var Uu = { value: () => {
} };
function Xr() {
  for (var e = 0, t = arguments.length, n = {}, r; e < t; ++e) {
    if (!(r = arguments[e] + "") || r in n || /[\s.]/.test(r)) throw new Error("illegal type: " + r);
    n[r] = [];
  }
  return new wr(n);
}
function wr(e) {
  this._ = e;
}
function Qu(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var r = "", o = n.indexOf(".");
    if (o >= 0 && (r = n.slice(o + 1), n = n.slice(0, o)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: r };
  });
}
wr.prototype = Xr.prototype = {
  constructor: wr,
  on: function(e, t) {
    var n = this._, r = Qu(e + "", n), o, i = -1, s = r.length;
    if (arguments.length < 2) {
      for (; ++i < s; ) if ((o = (e = r[i]).type) && (o = Ju(n[o], e.name))) return o;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++i < s; )
      if (o = (e = r[i]).type) n[o] = Ji(n[o], e.name, t);
      else if (t == null) for (o in n) n[o] = Ji(n[o], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new wr(e);
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
function Ju(e, t) {
  for (var n = 0, r = e.length, o; n < r; ++n)
    if ((o = e[n]).name === t)
      return o.value;
}
function Ji(e, t, n) {
  for (var r = 0, o = e.length; r < o; ++r)
    if (e[r].name === t) {
      e[r] = Uu, e = e.slice(0, r).concat(e.slice(r + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var To = "http://www.w3.org/1999/xhtml", $i = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: To,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Zr(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), $i.hasOwnProperty(t) ? { space: $i[t], local: e } : e;
}
function $u(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === To && t.documentElement.namespaceURI === To ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function ed(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Oa(e) {
  var t = Zr(e);
  return (t.local ? ed : $u)(t);
}
function td() {
}
function si(e) {
  return e == null ? td : function() {
    return this.querySelector(e);
  };
}
function nd(e) {
  typeof e != "function" && (e = si(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = new Array(s), c, u, d = 0; d < s; ++d)
      (c = i[d]) && (u = e.call(c, c.__data__, d, i)) && ("__data__" in c && (u.__data__ = c.__data__), a[d] = u);
  return new qe(r, this._parents);
}
function rd(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function od() {
  return [];
}
function Ia(e) {
  return e == null ? od : function() {
    return this.querySelectorAll(e);
  };
}
function id(e) {
  return function() {
    return rd(e.apply(this, arguments));
  };
}
function sd(e) {
  typeof e == "function" ? e = id(e) : e = Ia(e);
  for (var t = this._groups, n = t.length, r = [], o = [], i = 0; i < n; ++i)
    for (var s = t[i], a = s.length, c, u = 0; u < a; ++u)
      (c = s[u]) && (r.push(e.call(c, c.__data__, u, s)), o.push(c));
  return new qe(r, o);
}
function Aa(e) {
  return function() {
    return this.matches(e);
  };
}
function za(e) {
  return function(t) {
    return t.matches(e);
  };
}
var ad = Array.prototype.find;
function ld(e) {
  return function() {
    return ad.call(this.children, e);
  };
}
function cd() {
  return this.firstElementChild;
}
function ud(e) {
  return this.select(e == null ? cd : ld(typeof e == "function" ? e : za(e)));
}
var dd = Array.prototype.filter;
function fd() {
  return Array.from(this.children);
}
function hd(e) {
  return function() {
    return dd.call(this.children, e);
  };
}
function gd(e) {
  return this.selectAll(e == null ? fd : hd(typeof e == "function" ? e : za(e)));
}
function vd(e) {
  typeof e != "function" && (e = Aa(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = [], c, u = 0; u < s; ++u)
      (c = i[u]) && e.call(c, c.__data__, u, i) && a.push(c);
  return new qe(r, this._parents);
}
function Ta(e) {
  return new Array(e.length);
}
function pd() {
  return new qe(this._enter || this._groups.map(Ta), this._parents);
}
function Sr(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
Sr.prototype = {
  constructor: Sr,
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
function md(e) {
  return function() {
    return e;
  };
}
function yd(e, t, n, r, o, i) {
  for (var s = 0, a, c = t.length, u = i.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = i[s], r[s] = a) : n[s] = new Sr(e, i[s]);
  for (; s < c; ++s)
    (a = t[s]) && (o[s] = a);
}
function bd(e, t, n, r, o, i, s) {
  var a, c, u = /* @__PURE__ */ new Map(), d = t.length, h = i.length, f = new Array(d), g;
  for (a = 0; a < d; ++a)
    (c = t[a]) && (f[a] = g = s.call(c, c.__data__, a, t) + "", u.has(g) ? o[a] = c : u.set(g, c));
  for (a = 0; a < h; ++a)
    g = s.call(e, i[a], a, i) + "", (c = u.get(g)) ? (r[a] = c, c.__data__ = i[a], u.delete(g)) : n[a] = new Sr(e, i[a]);
  for (a = 0; a < d; ++a)
    (c = t[a]) && u.get(f[a]) === c && (o[a] = c);
}
function wd(e) {
  return e.__data__;
}
function _d(e, t) {
  if (!arguments.length) return Array.from(this, wd);
  var n = t ? bd : yd, r = this._parents, o = this._groups;
  typeof e != "function" && (e = md(e));
  for (var i = o.length, s = new Array(i), a = new Array(i), c = new Array(i), u = 0; u < i; ++u) {
    var d = r[u], h = o[u], f = h.length, g = xd(e.call(d, d && d.__data__, u, r)), v = g.length, p = a[u] = new Array(v), m = s[u] = new Array(v), b = c[u] = new Array(f);
    n(d, h, p, m, b, g, t);
    for (var N = 0, w = 0, x, S; N < v; ++N)
      if (x = p[N]) {
        for (N >= w && (w = N + 1); !(S = m[w]) && ++w < v; ) ;
        x._next = S || null;
      }
  }
  return s = new qe(s, r), s._enter = a, s._exit = c, s;
}
function xd(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function Ed() {
  return new qe(this._exit || this._groups.map(Ta), this._parents);
}
function kd(e, t, n) {
  var r = this.enter(), o = this, i = this.exit();
  return typeof e == "function" ? (r = e(r), r && (r = r.selection())) : r = r.append(e + ""), t != null && (o = t(o), o && (o = o.selection())), n == null ? i.remove() : n(i), r && o ? r.merge(o).order() : o;
}
function Nd(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, r = t._groups, o = n.length, i = r.length, s = Math.min(o, i), a = new Array(o), c = 0; c < s; ++c)
    for (var u = n[c], d = r[c], h = u.length, f = a[c] = new Array(h), g, v = 0; v < h; ++v)
      (g = u[v] || d[v]) && (f[v] = g);
  for (; c < o; ++c)
    a[c] = n[c];
  return new qe(a, this._parents);
}
function Sd() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var r = e[t], o = r.length - 1, i = r[o], s; --o >= 0; )
      (s = r[o]) && (i && s.compareDocumentPosition(i) ^ 4 && i.parentNode.insertBefore(s, i), i = s);
  return this;
}
function Cd(e) {
  e || (e = Md);
  function t(h, f) {
    return h && f ? e(h.__data__, f.__data__) : !h - !f;
  }
  for (var n = this._groups, r = n.length, o = new Array(r), i = 0; i < r; ++i) {
    for (var s = n[i], a = s.length, c = o[i] = new Array(a), u, d = 0; d < a; ++d)
      (u = s[d]) && (c[d] = u);
    c.sort(t);
  }
  return new qe(o, this._parents).order();
}
function Md(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Pd() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Od() {
  return Array.from(this);
}
function Id() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var r = e[t], o = 0, i = r.length; o < i; ++o) {
      var s = r[o];
      if (s) return s;
    }
  return null;
}
function Ad() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function zd() {
  return !this.node();
}
function Td(e) {
  for (var t = this._groups, n = 0, r = t.length; n < r; ++n)
    for (var o = t[n], i = 0, s = o.length, a; i < s; ++i)
      (a = o[i]) && e.call(a, a.__data__, i, o);
  return this;
}
function Dd(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Ld(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Rd(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Hd(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Vd(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Bd(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Fd(e, t) {
  var n = Zr(e);
  if (arguments.length < 2) {
    var r = this.node();
    return n.local ? r.getAttributeNS(n.space, n.local) : r.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Ld : Dd : typeof t == "function" ? n.local ? Bd : Vd : n.local ? Hd : Rd)(n, t));
}
function Da(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function jd(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Kd(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Yd(e, t, n) {
  return function() {
    var r = t.apply(this, arguments);
    r == null ? this.style.removeProperty(e) : this.style.setProperty(e, r, n);
  };
}
function Xd(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? jd : typeof t == "function" ? Yd : Kd)(e, t, n ?? "")) : kn(this.node(), e);
}
function kn(e, t) {
  return e.style.getPropertyValue(t) || Da(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Zd(e) {
  return function() {
    delete this[e];
  };
}
function Wd(e, t) {
  return function() {
    this[e] = t;
  };
}
function qd(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Gd(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Zd : typeof t == "function" ? qd : Wd)(e, t)) : this.node()[e];
}
function La(e) {
  return e.trim().split(/^|\s+/);
}
function ai(e) {
  return e.classList || new Ra(e);
}
function Ra(e) {
  this._node = e, this._names = La(e.getAttribute("class") || "");
}
Ra.prototype = {
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
function Ha(e, t) {
  for (var n = ai(e), r = -1, o = t.length; ++r < o; ) n.add(t[r]);
}
function Va(e, t) {
  for (var n = ai(e), r = -1, o = t.length; ++r < o; ) n.remove(t[r]);
}
function Ud(e) {
  return function() {
    Ha(this, e);
  };
}
function Qd(e) {
  return function() {
    Va(this, e);
  };
}
function Jd(e, t) {
  return function() {
    (t.apply(this, arguments) ? Ha : Va)(this, e);
  };
}
function $d(e, t) {
  var n = La(e + "");
  if (arguments.length < 2) {
    for (var r = ai(this.node()), o = -1, i = n.length; ++o < i; ) if (!r.contains(n[o])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Jd : t ? Ud : Qd)(n, t));
}
function ef() {
  this.textContent = "";
}
function tf(e) {
  return function() {
    this.textContent = e;
  };
}
function nf(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function rf(e) {
  return arguments.length ? this.each(e == null ? ef : (typeof e == "function" ? nf : tf)(e)) : this.node().textContent;
}
function of() {
  this.innerHTML = "";
}
function sf(e) {
  return function() {
    this.innerHTML = e;
  };
}
function af(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function lf(e) {
  return arguments.length ? this.each(e == null ? of : (typeof e == "function" ? af : sf)(e)) : this.node().innerHTML;
}
function cf() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function uf() {
  return this.each(cf);
}
function df() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function ff() {
  return this.each(df);
}
function hf(e) {
  var t = typeof e == "function" ? e : Oa(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function gf() {
  return null;
}
function vf(e, t) {
  var n = typeof e == "function" ? e : Oa(e), r = t == null ? gf : typeof t == "function" ? t : si(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), r.apply(this, arguments) || null);
  });
}
function pf() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function mf() {
  return this.each(pf);
}
function yf() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function bf() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function wf(e) {
  return this.select(e ? bf : yf);
}
function _f(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function xf(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function Ef(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", r = t.indexOf(".");
    return r >= 0 && (n = t.slice(r + 1), t = t.slice(0, r)), { type: t, name: n };
  });
}
function kf(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, r = -1, o = t.length, i; n < o; ++n)
        i = t[n], (!e.type || i.type === e.type) && i.name === e.name ? this.removeEventListener(i.type, i.listener, i.options) : t[++r] = i;
      ++r ? t.length = r : delete this.__on;
    }
  };
}
function Nf(e, t, n) {
  return function() {
    var r = this.__on, o, i = xf(t);
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
function Sf(e, t, n) {
  var r = Ef(e + ""), o, i = r.length, s;
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
  for (a = t ? Nf : kf, o = 0; o < i; ++o) this.each(a(r[o], t, n));
  return this;
}
function Ba(e, t, n) {
  var r = Da(e), o = r.CustomEvent;
  typeof o == "function" ? o = new o(t, n) : (o = r.document.createEvent("Event"), n ? (o.initEvent(t, n.bubbles, n.cancelable), o.detail = n.detail) : o.initEvent(t, !1, !1)), e.dispatchEvent(o);
}
function Cf(e, t) {
  return function() {
    return Ba(this, e, t);
  };
}
function Mf(e, t) {
  return function() {
    return Ba(this, e, t.apply(this, arguments));
  };
}
function Pf(e, t) {
  return this.each((typeof t == "function" ? Mf : Cf)(e, t));
}
function* Of() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var r = e[t], o = 0, i = r.length, s; o < i; ++o)
      (s = r[o]) && (yield s);
}
var Fa = [null];
function qe(e, t) {
  this._groups = e, this._parents = t;
}
function ir() {
  return new qe([[document.documentElement]], Fa);
}
function If() {
  return this;
}
qe.prototype = ir.prototype = {
  constructor: qe,
  select: nd,
  selectAll: sd,
  selectChild: ud,
  selectChildren: gd,
  filter: vd,
  data: _d,
  enter: pd,
  exit: Ed,
  join: kd,
  merge: Nd,
  selection: If,
  order: Sd,
  sort: Cd,
  call: Pd,
  nodes: Od,
  node: Id,
  size: Ad,
  empty: zd,
  each: Td,
  attr: Fd,
  style: Xd,
  property: Gd,
  classed: $d,
  text: rf,
  html: lf,
  raise: uf,
  lower: ff,
  append: hf,
  insert: vf,
  remove: mf,
  clone: wf,
  datum: _f,
  on: Sf,
  dispatch: Pf,
  [Symbol.iterator]: Of
};
function Je(e) {
  return typeof e == "string" ? new qe([[document.querySelector(e)]], [document.documentElement]) : new qe([[e]], Fa);
}
var Af = 0;
function es() {
  this._ = "@" + (++Af).toString(36);
}
es.prototype = {
  constructor: es,
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
function zf(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function rt(e, t) {
  if (e = zf(e), t === void 0 && (t = e.currentTarget), t) {
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
const Tf = { passive: !1 }, qn = { capture: !0, passive: !1 };
function co(e) {
  e.stopImmediatePropagation();
}
function mn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function ja(e) {
  var t = e.document.documentElement, n = Je(e).on("dragstart.drag", mn, qn);
  "onselectstart" in t ? n.on("selectstart.drag", mn, qn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Ka(e, t) {
  var n = e.document.documentElement, r = Je(e).on("dragstart.drag", null);
  t && (r.on("click.drag", mn, qn), setTimeout(function() {
    r.on("click.drag", null);
  }, 0)), "onselectstart" in n ? r.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
var gr = (e) => () => e;
function Do(e, {
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
Do.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function Df(e) {
  return !e.ctrlKey && !e.button;
}
function Lf() {
  return this.parentNode;
}
function Rf(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Hf() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Vf() {
  var e = Df, t = Lf, n = Rf, r = Hf, o = {}, i = Xr("start", "drag", "end"), s = 0, a, c, u, d, h = 0;
  function f(x) {
    x.on("mousedown.drag", g).filter(r).on("touchstart.drag", m).on("touchmove.drag", b, Tf).on("touchend.drag touchcancel.drag", N).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function g(x, S) {
    if (!(d || !e.call(this, x, S))) {
      var O = w(this, t.call(this, x, S), x, S, "mouse");
      O && (Je(x.view).on("mousemove.drag", v, qn).on("mouseup.drag", p, qn), ja(x.view), co(x), u = !1, a = x.clientX, c = x.clientY, O("start", x));
    }
  }
  function v(x) {
    if (mn(x), !u) {
      var S = x.clientX - a, O = x.clientY - c;
      u = S * S + O * O > h;
    }
    o.mouse("drag", x);
  }
  function p(x) {
    Je(x.view).on("mousemove.drag mouseup.drag", null), Ka(x.view, u), mn(x), o.mouse("end", x);
  }
  function m(x, S) {
    if (e.call(this, x, S)) {
      var O = x.changedTouches, z = t.call(this, x, S), A = O.length, F, X;
      for (F = 0; F < A; ++F)
        (X = w(this, z, x, S, O[F].identifier, O[F])) && (co(x), X("start", x, O[F]));
    }
  }
  function b(x) {
    var S = x.changedTouches, O = S.length, z, A;
    for (z = 0; z < O; ++z)
      (A = o[S[z].identifier]) && (mn(x), A("drag", x, S[z]));
  }
  function N(x) {
    var S = x.changedTouches, O = S.length, z, A;
    for (d && clearTimeout(d), d = setTimeout(function() {
      d = null;
    }, 500), z = 0; z < O; ++z)
      (A = o[S[z].identifier]) && (co(x), A("end", x, S[z]));
  }
  function w(x, S, O, z, A, F) {
    var X = i.copy(), I = rt(F || O, S), M, P, y;
    if ((y = n.call(x, new Do("beforestart", {
      sourceEvent: O,
      target: f,
      identifier: A,
      active: s,
      x: I[0],
      y: I[1],
      dx: 0,
      dy: 0,
      dispatch: X
    }), z)) != null)
      return M = y.x - I[0] || 0, P = y.y - I[1] || 0, function E(k, C, L) {
        var R = I, V;
        switch (k) {
          case "start":
            o[A] = E, V = s++;
            break;
          case "end":
            delete o[A], --s;
          // falls through
          case "drag":
            I = rt(L || C, S), V = s;
            break;
        }
        X.call(
          k,
          x,
          new Do(k, {
            sourceEvent: C,
            subject: y,
            target: f,
            identifier: A,
            active: V,
            x: I[0] + M,
            y: I[1] + P,
            dx: I[0] - R[0],
            dy: I[1] - R[1],
            dispatch: X
          }),
          z
        );
      };
  }
  return f.filter = function(x) {
    return arguments.length ? (e = typeof x == "function" ? x : gr(!!x), f) : e;
  }, f.container = function(x) {
    return arguments.length ? (t = typeof x == "function" ? x : gr(x), f) : t;
  }, f.subject = function(x) {
    return arguments.length ? (n = typeof x == "function" ? x : gr(x), f) : n;
  }, f.touchable = function(x) {
    return arguments.length ? (r = typeof x == "function" ? x : gr(!!x), f) : r;
  }, f.on = function() {
    var x = i.on.apply(i, arguments);
    return x === i ? f : x;
  }, f.clickDistance = function(x) {
    return arguments.length ? (h = (x = +x) * x, f) : Math.sqrt(h);
  }, f;
}
function Tn(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function sr(e, t) {
  var n = Object.create(e.prototype);
  for (var r in t) n[r] = t[r];
  return n;
}
function Xt() {
}
var rn = 0.7, Nn = 1 / rn, yn = "\\s*([+-]?\\d+)\\s*", Gn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", ft = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Bf = /^#([0-9a-f]{3,8})$/, Ff = new RegExp(`^rgb\\(${yn},${yn},${yn}\\)$`), jf = new RegExp(`^rgb\\(${ft},${ft},${ft}\\)$`), Kf = new RegExp(`^rgba\\(${yn},${yn},${yn},${Gn}\\)$`), Yf = new RegExp(`^rgba\\(${ft},${ft},${ft},${Gn}\\)$`), Xf = new RegExp(`^hsl\\(${Gn},${ft},${ft}\\)$`), Zf = new RegExp(`^hsla\\(${Gn},${ft},${ft},${Gn}\\)$`), ts = {
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
Tn(Xt, on, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: ns,
  // Deprecated! Use color.formatHex.
  formatHex: ns,
  formatHex8: Wf,
  formatHsl: qf,
  formatRgb: rs,
  toString: rs
});
function ns() {
  return this.rgb().formatHex();
}
function Wf() {
  return this.rgb().formatHex8();
}
function qf() {
  return Ya(this).formatHsl();
}
function rs() {
  return this.rgb().formatRgb();
}
function on(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Bf.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? os(t) : n === 3 ? new Ae(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? vr(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? vr(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Ff.exec(e)) ? new Ae(t[1], t[2], t[3], 1) : (t = jf.exec(e)) ? new Ae(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Kf.exec(e)) ? vr(t[1], t[2], t[3], t[4]) : (t = Yf.exec(e)) ? vr(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Xf.exec(e)) ? as(t[1], t[2] / 100, t[3] / 100, 1) : (t = Zf.exec(e)) ? as(t[1], t[2] / 100, t[3] / 100, t[4]) : ts.hasOwnProperty(e) ? os(ts[e]) : e === "transparent" ? new Ae(NaN, NaN, NaN, 0) : null;
}
function os(e) {
  return new Ae(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function vr(e, t, n, r) {
  return r <= 0 && (e = t = n = NaN), new Ae(e, t, n, r);
}
function li(e) {
  return e instanceof Xt || (e = on(e)), e ? (e = e.rgb(), new Ae(e.r, e.g, e.b, e.opacity)) : new Ae();
}
function Lo(e, t, n, r) {
  return arguments.length === 1 ? li(e) : new Ae(e, t, n, r ?? 1);
}
function Ae(e, t, n, r) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +r;
}
Tn(Ae, Lo, sr(Xt, {
  brighter(e) {
    return e = e == null ? Nn : Math.pow(Nn, e), new Ae(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? rn : Math.pow(rn, e), new Ae(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Ae(en(this.r), en(this.g), en(this.b), Cr(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: is,
  // Deprecated! Use color.formatHex.
  formatHex: is,
  formatHex8: Gf,
  formatRgb: ss,
  toString: ss
}));
function is() {
  return `#${Ut(this.r)}${Ut(this.g)}${Ut(this.b)}`;
}
function Gf() {
  return `#${Ut(this.r)}${Ut(this.g)}${Ut(this.b)}${Ut((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function ss() {
  const e = Cr(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${en(this.r)}, ${en(this.g)}, ${en(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function Cr(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function en(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Ut(e) {
  return e = en(e), (e < 16 ? "0" : "") + e.toString(16);
}
function as(e, t, n, r) {
  return r <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new ot(e, t, n, r);
}
function Ya(e) {
  if (e instanceof ot) return new ot(e.h, e.s, e.l, e.opacity);
  if (e instanceof Xt || (e = on(e)), !e) return new ot();
  if (e instanceof ot) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, r = e.b / 255, o = Math.min(t, n, r), i = Math.max(t, n, r), s = NaN, a = i - o, c = (i + o) / 2;
  return a ? (t === i ? s = (n - r) / a + (n < r) * 6 : n === i ? s = (r - t) / a + 2 : s = (t - n) / a + 4, a /= c < 0.5 ? i + o : 2 - i - o, s *= 60) : a = c > 0 && c < 1 ? 0 : s, new ot(s, a, c, e.opacity);
}
function Uf(e, t, n, r) {
  return arguments.length === 1 ? Ya(e) : new ot(e, t, n, r ?? 1);
}
function ot(e, t, n, r) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
Tn(ot, Uf, sr(Xt, {
  brighter(e) {
    return e = e == null ? Nn : Math.pow(Nn, e), new ot(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? rn : Math.pow(rn, e), new ot(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, r = n + (n < 0.5 ? n : 1 - n) * t, o = 2 * n - r;
    return new Ae(
      uo(e >= 240 ? e - 240 : e + 120, o, r),
      uo(e, o, r),
      uo(e < 120 ? e + 240 : e - 120, o, r),
      this.opacity
    );
  },
  clamp() {
    return new ot(ls(this.h), pr(this.s), pr(this.l), Cr(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = Cr(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${ls(this.h)}, ${pr(this.s) * 100}%, ${pr(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function ls(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function pr(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function uo(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Xa = Math.PI / 180, Za = 180 / Math.PI, Mr = 18, Wa = 0.96422, qa = 1, Ga = 0.82521, Ua = 4 / 29, bn = 6 / 29, Qa = 3 * bn * bn, Qf = bn * bn * bn;
function Ja(e) {
  if (e instanceof ht) return new ht(e.l, e.a, e.b, e.opacity);
  if (e instanceof St) return $a(e);
  e instanceof Ae || (e = li(e));
  var t = vo(e.r), n = vo(e.g), r = vo(e.b), o = fo((0.2225045 * t + 0.7168786 * n + 0.0606169 * r) / qa), i, s;
  return t === n && n === r ? i = s = o : (i = fo((0.4360747 * t + 0.3850649 * n + 0.1430804 * r) / Wa), s = fo((0.0139322 * t + 0.0971045 * n + 0.7141733 * r) / Ga)), new ht(116 * o - 16, 500 * (i - o), 200 * (o - s), e.opacity);
}
function Jf(e, t, n, r) {
  return arguments.length === 1 ? Ja(e) : new ht(e, t, n, r ?? 1);
}
function ht(e, t, n, r) {
  this.l = +e, this.a = +t, this.b = +n, this.opacity = +r;
}
Tn(ht, Jf, sr(Xt, {
  brighter(e) {
    return new ht(this.l + Mr * (e ?? 1), this.a, this.b, this.opacity);
  },
  darker(e) {
    return new ht(this.l - Mr * (e ?? 1), this.a, this.b, this.opacity);
  },
  rgb() {
    var e = (this.l + 16) / 116, t = isNaN(this.a) ? e : e + this.a / 500, n = isNaN(this.b) ? e : e - this.b / 200;
    return t = Wa * ho(t), e = qa * ho(e), n = Ga * ho(n), new Ae(
      go(3.1338561 * t - 1.6168667 * e - 0.4906146 * n),
      go(-0.9787684 * t + 1.9161415 * e + 0.033454 * n),
      go(0.0719453 * t - 0.2289914 * e + 1.4052427 * n),
      this.opacity
    );
  }
}));
function fo(e) {
  return e > Qf ? Math.pow(e, 1 / 3) : e / Qa + Ua;
}
function ho(e) {
  return e > bn ? e * e * e : Qa * (e - Ua);
}
function go(e) {
  return 255 * (e <= 31308e-7 ? 12.92 * e : 1.055 * Math.pow(e, 1 / 2.4) - 0.055);
}
function vo(e) {
  return (e /= 255) <= 0.04045 ? e / 12.92 : Math.pow((e + 0.055) / 1.055, 2.4);
}
function $f(e) {
  if (e instanceof St) return new St(e.h, e.c, e.l, e.opacity);
  if (e instanceof ht || (e = Ja(e)), e.a === 0 && e.b === 0) return new St(NaN, 0 < e.l && e.l < 100 ? 0 : NaN, e.l, e.opacity);
  var t = Math.atan2(e.b, e.a) * Za;
  return new St(t < 0 ? t + 360 : t, Math.sqrt(e.a * e.a + e.b * e.b), e.l, e.opacity);
}
function eh(e, t, n, r) {
  return arguments.length === 1 ? $f(e) : new St(e, t, n, r ?? 1);
}
function St(e, t, n, r) {
  this.h = +e, this.c = +t, this.l = +n, this.opacity = +r;
}
function $a(e) {
  if (isNaN(e.h)) return new ht(e.l, 0, 0, e.opacity);
  var t = e.h * Xa;
  return new ht(e.l, Math.cos(t) * e.c, Math.sin(t) * e.c, e.opacity);
}
Tn(St, eh, sr(Xt, {
  brighter(e) {
    return new St(this.h, this.c, this.l + Mr * (e ?? 1), this.opacity);
  },
  darker(e) {
    return new St(this.h, this.c, this.l - Mr * (e ?? 1), this.opacity);
  },
  rgb() {
    return $a(this).rgb();
  }
}));
var el = -0.14861, ci = 1.78277, ui = -0.29227, Wr = -0.90649, Un = 1.97294, cs = Un * Wr, us = Un * ci, ds = ci * ui - Wr * el;
function th(e) {
  if (e instanceof tn) return new tn(e.h, e.s, e.l, e.opacity);
  e instanceof Ae || (e = li(e));
  var t = e.r / 255, n = e.g / 255, r = e.b / 255, o = (ds * r + cs * t - us * n) / (ds + cs - us), i = r - o, s = (Un * (n - o) - ui * i) / Wr, a = Math.sqrt(s * s + i * i) / (Un * o * (1 - o)), c = a ? Math.atan2(s, i) * Za - 120 : NaN;
  return new tn(c < 0 ? c + 360 : c, a, o, e.opacity);
}
function Ro(e, t, n, r) {
  return arguments.length === 1 ? th(e) : new tn(e, t, n, r ?? 1);
}
function tn(e, t, n, r) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
Tn(tn, Ro, sr(Xt, {
  brighter(e) {
    return e = e == null ? Nn : Math.pow(Nn, e), new tn(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? rn : Math.pow(rn, e), new tn(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = isNaN(this.h) ? 0 : (this.h + 120) * Xa, t = +this.l, n = isNaN(this.s) ? 0 : this.s * t * (1 - t), r = Math.cos(e), o = Math.sin(e);
    return new Ae(
      255 * (t + n * (el * r + ci * o)),
      255 * (t + n * (ui * r + Wr * o)),
      255 * (t + n * (Un * r)),
      this.opacity
    );
  }
}));
var qr = (e) => () => e;
function tl(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function nh(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(r) {
    return Math.pow(e + r * t, n);
  };
}
function rh(e, t) {
  var n = t - e;
  return n ? tl(e, n > 180 || n < -180 ? n - 360 * Math.round(n / 360) : n) : qr(isNaN(e) ? t : e);
}
function oh(e) {
  return (e = +e) == 1 ? wn : function(t, n) {
    return n - t ? nh(t, n, e) : qr(isNaN(t) ? n : t);
  };
}
function wn(e, t) {
  var n = t - e;
  return n ? tl(e, n) : qr(isNaN(e) ? t : e);
}
var Pr = (function e(t) {
  var n = oh(t);
  function r(o, i) {
    var s = n((o = Lo(o)).r, (i = Lo(i)).r), a = n(o.g, i.g), c = n(o.b, i.b), u = wn(o.opacity, i.opacity);
    return function(d) {
      return o.r = s(d), o.g = a(d), o.b = c(d), o.opacity = u(d), o + "";
    };
  }
  return r.gamma = e, r;
})(1);
function ih(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, r = t.slice(), o;
  return function(i) {
    for (o = 0; o < n; ++o) r[o] = e[o] * (1 - i) + t[o] * i;
    return r;
  };
}
function sh(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function ah(e, t) {
  var n = t ? t.length : 0, r = e ? Math.min(n, e.length) : 0, o = new Array(r), i = new Array(n), s;
  for (s = 0; s < r; ++s) o[s] = Wn(e[s], t[s]);
  for (; s < n; ++s) i[s] = t[s];
  return function(a) {
    for (s = 0; s < r; ++s) i[s] = o[s](a);
    return i;
  };
}
function lh(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(r) {
    return n.setTime(e * (1 - r) + t * r), n;
  };
}
function ut(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function ch(e, t) {
  var n = {}, r = {}, o;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (o in t)
    o in e ? n[o] = Wn(e[o], t[o]) : r[o] = t[o];
  return function(i) {
    for (o in n) r[o] = n[o](i);
    return r;
  };
}
var Ho = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, po = new RegExp(Ho.source, "g");
function uh(e) {
  return function() {
    return e;
  };
}
function dh(e) {
  return function(t) {
    return e(t) + "";
  };
}
function nl(e, t) {
  var n = Ho.lastIndex = po.lastIndex = 0, r, o, i, s = -1, a = [], c = [];
  for (e = e + "", t = t + ""; (r = Ho.exec(e)) && (o = po.exec(t)); )
    (i = o.index) > n && (i = t.slice(n, i), a[s] ? a[s] += i : a[++s] = i), (r = r[0]) === (o = o[0]) ? a[s] ? a[s] += o : a[++s] = o : (a[++s] = null, c.push({ i: s, x: ut(r, o) })), n = po.lastIndex;
  return n < t.length && (i = t.slice(n), a[s] ? a[s] += i : a[++s] = i), a.length < 2 ? c[0] ? dh(c[0].x) : uh(t) : (t = c.length, function(u) {
    for (var d = 0, h; d < t; ++d) a[(h = c[d]).i] = h.x(u);
    return a.join("");
  });
}
function Wn(e, t) {
  var n = typeof t, r;
  return t == null || n === "boolean" ? qr(t) : (n === "number" ? ut : n === "string" ? (r = on(t)) ? (t = r, Pr) : nl : t instanceof on ? Pr : t instanceof Date ? lh : sh(t) ? ih : Array.isArray(t) ? ah : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? ch : ut)(e, t);
}
var fs = 180 / Math.PI, Vo = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function rl(e, t, n, r, o, i) {
  var s, a, c;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (c = e * n + t * r) && (n -= e * c, r -= t * c), (a = Math.sqrt(n * n + r * r)) && (n /= a, r /= a, c /= a), e * r < t * n && (e = -e, t = -t, c = -c, s = -s), {
    translateX: o,
    translateY: i,
    rotate: Math.atan2(t, e) * fs,
    skewX: Math.atan(c) * fs,
    scaleX: s,
    scaleY: a
  };
}
var mr;
function fh(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Vo : rl(t.a, t.b, t.c, t.d, t.e, t.f);
}
function hh(e) {
  return e == null || (mr || (mr = document.createElementNS("http://www.w3.org/2000/svg", "g")), mr.setAttribute("transform", e), !(e = mr.transform.baseVal.consolidate())) ? Vo : (e = e.matrix, rl(e.a, e.b, e.c, e.d, e.e, e.f));
}
function ol(e, t, n, r) {
  function o(u) {
    return u.length ? u.pop() + " " : "";
  }
  function i(u, d, h, f, g, v) {
    if (u !== h || d !== f) {
      var p = g.push("translate(", null, t, null, n);
      v.push({ i: p - 4, x: ut(u, h) }, { i: p - 2, x: ut(d, f) });
    } else (h || f) && g.push("translate(" + h + t + f + n);
  }
  function s(u, d, h, f) {
    u !== d ? (u - d > 180 ? d += 360 : d - u > 180 && (u += 360), f.push({ i: h.push(o(h) + "rotate(", null, r) - 2, x: ut(u, d) })) : d && h.push(o(h) + "rotate(" + d + r);
  }
  function a(u, d, h, f) {
    u !== d ? f.push({ i: h.push(o(h) + "skewX(", null, r) - 2, x: ut(u, d) }) : d && h.push(o(h) + "skewX(" + d + r);
  }
  function c(u, d, h, f, g, v) {
    if (u !== h || d !== f) {
      var p = g.push(o(g) + "scale(", null, ",", null, ")");
      v.push({ i: p - 4, x: ut(u, h) }, { i: p - 2, x: ut(d, f) });
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
var gh = ol(fh, "px, ", "px)", "deg)"), vh = ol(hh, ", ", ")", ")"), ph = 1e-12;
function hs(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function mh(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function yh(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
var _r = (function e(t, n, r) {
  function o(i, s) {
    var a = i[0], c = i[1], u = i[2], d = s[0], h = s[1], f = s[2], g = d - a, v = h - c, p = g * g + v * v, m, b;
    if (p < ph)
      b = Math.log(f / u) / t, m = function(z) {
        return [
          a + z * g,
          c + z * v,
          u * Math.exp(t * z * b)
        ];
      };
    else {
      var N = Math.sqrt(p), w = (f * f - u * u + r * p) / (2 * u * n * N), x = (f * f - u * u - r * p) / (2 * f * n * N), S = Math.log(Math.sqrt(w * w + 1) - w), O = Math.log(Math.sqrt(x * x + 1) - x);
      b = (O - S) / t, m = function(z) {
        var A = z * b, F = hs(S), X = u / (n * N) * (F * yh(t * A + S) - mh(S));
        return [
          a + X * g,
          c + X * v,
          u * F / hs(t * A + S)
        ];
      };
    }
    return m.duration = Math.abs(b) * 1e3 * t / Math.SQRT2, m;
  }
  return o.rho = function(i) {
    var s = Math.max(1e-3, +i), a = s * s, c = a * a;
    return e(s, a, c);
  }, o;
})(Math.SQRT2, 2, 4);
function il(e) {
  return (function t(n) {
    n = +n;
    function r(o, i) {
      var s = e((o = Ro(o)).h, (i = Ro(i)).h), a = wn(o.s, i.s), c = wn(o.l, i.l), u = wn(o.opacity, i.opacity);
      return function(d) {
        return o.h = s(d), o.s = a(d), o.l = c(Math.pow(d, n)), o.opacity = u(d), o + "";
      };
    }
    return r.gamma = t, r;
  })(1);
}
il(rh);
il(wn);
var Sn = 0, Kn = 0, Vn = 0, sl = 1e3, Or, Yn, Ir = 0, sn = 0, Gr = 0, Qn = typeof performance == "object" && performance.now ? performance : Date, al = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function di() {
  return sn || (al(bh), sn = Qn.now() + Gr);
}
function bh() {
  sn = 0;
}
function Ar() {
  this._call = this._time = this._next = null;
}
Ar.prototype = ll.prototype = {
  constructor: Ar,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? di() : +n) + (t == null ? 0 : +t), !this._next && Yn !== this && (Yn ? Yn._next = this : Or = this, Yn = this), this._call = e, this._time = n, Bo();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Bo());
  }
};
function ll(e, t, n) {
  var r = new Ar();
  return r.restart(e, t, n), r;
}
function wh() {
  di(), ++Sn;
  for (var e = Or, t; e; )
    (t = sn - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --Sn;
}
function gs() {
  sn = (Ir = Qn.now()) + Gr, Sn = Kn = 0;
  try {
    wh();
  } finally {
    Sn = 0, xh(), sn = 0;
  }
}
function _h() {
  var e = Qn.now(), t = e - Ir;
  t > sl && (Gr -= t, Ir = e);
}
function xh() {
  for (var e, t = Or, n, r = 1 / 0; t; )
    t._call ? (r > t._time && (r = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Or = n);
  Yn = e, Bo(r);
}
function Bo(e) {
  if (!Sn) {
    Kn && (Kn = clearTimeout(Kn));
    var t = e - sn;
    t > 24 ? (e < 1 / 0 && (Kn = setTimeout(gs, Math.ceil(e - Qn.now() - Gr) + 1)), Vn && (Vn = clearInterval(Vn))) : (Vn || (Ir = Qn.now(), Vn = setInterval(_h, sl)), Sn = 1, al(gs));
  }
}
function vs(e, t, n) {
  var r = new Ar();
  return t = t == null ? 0 : +t, r.restart((o) => {
    r.stop(), e(o + t);
  }, t, n), r;
}
function Eh(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var fi = 3;
(function e(t) {
  t = +t;
  function n(r) {
    return Math.pow(r, t);
  }
  return n.exponent = e, n;
})(fi);
(function e(t) {
  t = +t;
  function n(r) {
    return 1 - Math.pow(1 - r, t);
  }
  return n.exponent = e, n;
})(fi);
(function e(t) {
  t = +t;
  function n(r) {
    return ((r *= 2) <= 1 ? Math.pow(r, t) : 2 - Math.pow(2 - r, t)) / 2;
  }
  return n.exponent = e, n;
})(fi);
function zr(e) {
  return (Math.pow(2, -10 * e) - 9765625e-10) * 1.0009775171065494;
}
var hi = 1.70158;
(function e(t) {
  t = +t;
  function n(r) {
    return (r = +r) * r * (t * (r - 1) + r);
  }
  return n.overshoot = e, n;
})(hi);
(function e(t) {
  t = +t;
  function n(r) {
    return --r * r * ((r + 1) * t + r) + 1;
  }
  return n.overshoot = e, n;
})(hi);
(function e(t) {
  t = +t;
  function n(r) {
    return ((r *= 2) < 1 ? r * r * ((t + 1) * r - t) : (r -= 2) * r * ((t + 1) * r + t) + 2) / 2;
  }
  return n.overshoot = e, n;
})(hi);
var Cn = 2 * Math.PI, gi = 1, vi = 0.3;
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= Cn);
  function o(i) {
    return t * zr(- --i) * Math.sin((r - i) / n);
  }
  return o.amplitude = function(i) {
    return e(i, n * Cn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(gi, vi);
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= Cn);
  function o(i) {
    return 1 - t * zr(i = +i) * Math.sin((i + r) / n);
  }
  return o.amplitude = function(i) {
    return e(i, n * Cn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(gi, vi);
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= Cn);
  function o(i) {
    return ((i = i * 2 - 1) < 0 ? t * zr(-i) * Math.sin((r - i) / n) : 2 - t * zr(i) * Math.sin((r + i) / n)) / 2;
  }
  return o.amplitude = function(i) {
    return e(i, n * Cn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(gi, vi);
var kh = Xr("start", "end", "cancel", "interrupt"), Nh = [], cl = 0, ps = 1, Fo = 2, xr = 3, ms = 4, jo = 5, Er = 6;
function Ur(e, t, n, r, o, i) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  Sh(e, n, {
    name: t,
    index: r,
    // For context during callback.
    group: o,
    // For context during callback.
    on: kh,
    tween: Nh,
    time: i.time,
    delay: i.delay,
    duration: i.duration,
    ease: i.ease,
    timer: null,
    state: cl
  });
}
function pi(e, t) {
  var n = st(e, t);
  if (n.state > cl) throw new Error("too late; already scheduled");
  return n;
}
function pt(e, t) {
  var n = st(e, t);
  if (n.state > xr) throw new Error("too late; already running");
  return n;
}
function st(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function Sh(e, t, n) {
  var r = e.__transition, o;
  r[t] = n, n.timer = ll(i, 0, n.time);
  function i(u) {
    n.state = ps, n.timer.restart(s, n.delay, n.time), n.delay <= u && s(u - n.delay);
  }
  function s(u) {
    var d, h, f, g;
    if (n.state !== ps) return c();
    for (d in r)
      if (g = r[d], g.name === n.name) {
        if (g.state === xr) return vs(s);
        g.state === ms ? (g.state = Er, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete r[d]) : +d < t && (g.state = Er, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete r[d]);
      }
    if (vs(function() {
      n.state === xr && (n.state = ms, n.timer.restart(a, n.delay, n.time), a(u));
    }), n.state = Fo, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Fo) {
      for (n.state = xr, o = new Array(f = n.tween.length), d = 0, h = -1; d < f; ++d)
        (g = n.tween[d].value.call(e, e.__data__, n.index, n.group)) && (o[++h] = g);
      o.length = h + 1;
    }
  }
  function a(u) {
    for (var d = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(c), n.state = jo, 1), h = -1, f = o.length; ++h < f; )
      o[h].call(e, d);
    n.state === jo && (n.on.call("end", e, e.__data__, n.index, n.group), c());
  }
  function c() {
    n.state = Er, n.timer.stop(), delete r[t];
    for (var u in r) return;
    delete e.__transition;
  }
}
function kr(e, t) {
  var n = e.__transition, r, o, i = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((r = n[s]).name !== t) {
        i = !1;
        continue;
      }
      o = r.state > Fo && r.state < jo, r.state = Er, r.timer.stop(), r.on.call(o ? "interrupt" : "cancel", e, e.__data__, r.index, r.group), delete n[s];
    }
    i && delete e.__transition;
  }
}
function Ch(e) {
  return this.each(function() {
    kr(this, e);
  });
}
function Mh(e, t) {
  var n, r;
  return function() {
    var o = pt(this, e), i = o.tween;
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
function Ph(e, t, n) {
  var r, o;
  if (typeof n != "function") throw new Error();
  return function() {
    var i = pt(this, e), s = i.tween;
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
function Oh(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var r = st(this.node(), n).tween, o = 0, i = r.length, s; o < i; ++o)
      if ((s = r[o]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? Mh : Ph)(n, e, t));
}
function mi(e, t, n) {
  var r = e._id;
  return e.each(function() {
    var o = pt(this, r);
    (o.value || (o.value = {}))[t] = n.apply(this, arguments);
  }), function(o) {
    return st(o, r).value[t];
  };
}
function ul(e, t) {
  var n;
  return (typeof t == "number" ? ut : t instanceof on ? Pr : (n = on(t)) ? (t = n, Pr) : nl)(e, t);
}
function Ih(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Ah(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function zh(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = this.getAttribute(e);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function Th(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function Dh(e, t, n) {
  var r, o, i;
  return function() {
    var s, a = n(this), c;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), c = a + "", s === c ? null : s === r && c === o ? i : (o = c, i = t(r = s, a)));
  };
}
function Lh(e, t, n) {
  var r, o, i;
  return function() {
    var s, a = n(this), c;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), c = a + "", s === c ? null : s === r && c === o ? i : (o = c, i = t(r = s, a)));
  };
}
function Rh(e, t) {
  var n = Zr(e), r = n === "transform" ? vh : ul;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Lh : Dh)(n, r, mi(this, "attr." + e, t)) : t == null ? (n.local ? Ah : Ih)(n) : (n.local ? Th : zh)(n, r, t));
}
function Hh(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Vh(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Bh(e, t) {
  var n, r;
  function o() {
    var i = t.apply(this, arguments);
    return i !== r && (n = (r = i) && Vh(e, i)), n;
  }
  return o._value = t, o;
}
function Fh(e, t) {
  var n, r;
  function o() {
    var i = t.apply(this, arguments);
    return i !== r && (n = (r = i) && Hh(e, i)), n;
  }
  return o._value = t, o;
}
function jh(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var r = Zr(e);
  return this.tween(n, (r.local ? Bh : Fh)(r, t));
}
function Kh(e, t) {
  return function() {
    pi(this, e).delay = +t.apply(this, arguments);
  };
}
function Yh(e, t) {
  return t = +t, function() {
    pi(this, e).delay = t;
  };
}
function Xh(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Kh : Yh)(t, e)) : st(this.node(), t).delay;
}
function Zh(e, t) {
  return function() {
    pt(this, e).duration = +t.apply(this, arguments);
  };
}
function Wh(e, t) {
  return t = +t, function() {
    pt(this, e).duration = t;
  };
}
function qh(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Zh : Wh)(t, e)) : st(this.node(), t).duration;
}
function Gh(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    pt(this, e).ease = t;
  };
}
function Uh(e) {
  var t = this._id;
  return arguments.length ? this.each(Gh(t, e)) : st(this.node(), t).ease;
}
function Qh(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    pt(this, e).ease = n;
  };
}
function Jh(e) {
  if (typeof e != "function") throw new Error();
  return this.each(Qh(this._id, e));
}
function $h(e) {
  typeof e != "function" && (e = Aa(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = [], c, u = 0; u < s; ++u)
      (c = i[u]) && e.call(c, c.__data__, u, i) && a.push(c);
  return new Pt(r, this._parents, this._name, this._id);
}
function eg(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, r = t.length, o = n.length, i = Math.min(r, o), s = new Array(r), a = 0; a < i; ++a)
    for (var c = t[a], u = n[a], d = c.length, h = s[a] = new Array(d), f, g = 0; g < d; ++g)
      (f = c[g] || u[g]) && (h[g] = f);
  for (; a < r; ++a)
    s[a] = t[a];
  return new Pt(s, this._parents, this._name, this._id);
}
function tg(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function ng(e, t, n) {
  var r, o, i = tg(t) ? pi : pt;
  return function() {
    var s = i(this, e), a = s.on;
    a !== r && (o = (r = a).copy()).on(t, n), s.on = o;
  };
}
function rg(e, t) {
  var n = this._id;
  return arguments.length < 2 ? st(this.node(), n).on.on(e) : this.each(ng(n, e, t));
}
function og(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function ig() {
  return this.on("end.remove", og(this._id));
}
function sg(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = si(e));
  for (var r = this._groups, o = r.length, i = new Array(o), s = 0; s < o; ++s)
    for (var a = r[s], c = a.length, u = i[s] = new Array(c), d, h, f = 0; f < c; ++f)
      (d = a[f]) && (h = e.call(d, d.__data__, f, a)) && ("__data__" in d && (h.__data__ = d.__data__), u[f] = h, Ur(u[f], t, n, f, u, st(d, n)));
  return new Pt(i, this._parents, t, n);
}
function ag(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Ia(e));
  for (var r = this._groups, o = r.length, i = [], s = [], a = 0; a < o; ++a)
    for (var c = r[a], u = c.length, d, h = 0; h < u; ++h)
      if (d = c[h]) {
        for (var f = e.call(d, d.__data__, h, c), g, v = st(d, n), p = 0, m = f.length; p < m; ++p)
          (g = f[p]) && Ur(g, t, n, p, f, v);
        i.push(f), s.push(d);
      }
  return new Pt(i, s, t, n);
}
var lg = ir.prototype.constructor;
function cg() {
  return new lg(this._groups, this._parents);
}
function ug(e, t) {
  var n, r, o;
  return function() {
    var i = kn(this, e), s = (this.style.removeProperty(e), kn(this, e));
    return i === s ? null : i === n && s === r ? o : o = t(n = i, r = s);
  };
}
function dl(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function dg(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = kn(this, e);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function fg(e, t, n) {
  var r, o, i;
  return function() {
    var s = kn(this, e), a = n(this), c = a + "";
    return a == null && (c = a = (this.style.removeProperty(e), kn(this, e))), s === c ? null : s === r && c === o ? i : (o = c, i = t(r = s, a));
  };
}
function hg(e, t) {
  var n, r, o, i = "style." + t, s = "end." + i, a;
  return function() {
    var c = pt(this, e), u = c.on, d = c.value[i] == null ? a || (a = dl(t)) : void 0;
    (u !== n || o !== d) && (r = (n = u).copy()).on(s, o = d), c.on = r;
  };
}
function gg(e, t, n) {
  var r = (e += "") == "transform" ? gh : ul;
  return t == null ? this.styleTween(e, ug(e, r)).on("end.style." + e, dl(e)) : typeof t == "function" ? this.styleTween(e, fg(e, r, mi(this, "style." + e, t))).each(hg(this._id, e)) : this.styleTween(e, dg(e, r, t), n).on("end.style." + e, null);
}
function vg(e, t, n) {
  return function(r) {
    this.style.setProperty(e, t.call(this, r), n);
  };
}
function pg(e, t, n) {
  var r, o;
  function i() {
    var s = t.apply(this, arguments);
    return s !== o && (r = (o = s) && vg(e, s, n)), r;
  }
  return i._value = t, i;
}
function mg(e, t, n) {
  var r = "style." + (e += "");
  if (arguments.length < 2) return (r = this.tween(r)) && r._value;
  if (t == null) return this.tween(r, null);
  if (typeof t != "function") throw new Error();
  return this.tween(r, pg(e, t, n ?? ""));
}
function yg(e) {
  return function() {
    this.textContent = e;
  };
}
function bg(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function wg(e) {
  return this.tween("text", typeof e == "function" ? bg(mi(this, "text", e)) : yg(e == null ? "" : e + ""));
}
function _g(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function xg(e) {
  var t, n;
  function r() {
    var o = e.apply(this, arguments);
    return o !== n && (t = (n = o) && _g(o)), t;
  }
  return r._value = e, r;
}
function Eg(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, xg(e));
}
function kg() {
  for (var e = this._name, t = this._id, n = fl(), r = this._groups, o = r.length, i = 0; i < o; ++i)
    for (var s = r[i], a = s.length, c, u = 0; u < a; ++u)
      if (c = s[u]) {
        var d = st(c, t);
        Ur(c, e, n, u, s, {
          time: d.time + d.delay + d.duration,
          delay: 0,
          duration: d.duration,
          ease: d.ease
        });
      }
  return new Pt(r, this._parents, e, n);
}
function Ng() {
  var e, t, n = this, r = n._id, o = n.size();
  return new Promise(function(i, s) {
    var a = { value: s }, c = { value: function() {
      --o === 0 && i();
    } };
    n.each(function() {
      var u = pt(this, r), d = u.on;
      d !== e && (t = (e = d).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(c)), u.on = t;
    }), o === 0 && i();
  });
}
var Sg = 0;
function Pt(e, t, n, r) {
  this._groups = e, this._parents = t, this._name = n, this._id = r;
}
function fl() {
  return ++Sg;
}
var Et = ir.prototype;
Pt.prototype = {
  constructor: Pt,
  select: sg,
  selectAll: ag,
  selectChild: Et.selectChild,
  selectChildren: Et.selectChildren,
  filter: $h,
  merge: eg,
  selection: cg,
  transition: kg,
  call: Et.call,
  nodes: Et.nodes,
  node: Et.node,
  size: Et.size,
  empty: Et.empty,
  each: Et.each,
  on: rg,
  attr: Rh,
  attrTween: jh,
  style: gg,
  styleTween: mg,
  text: wg,
  textTween: Eg,
  remove: ig,
  tween: Oh,
  delay: Xh,
  duration: qh,
  ease: Uh,
  easeVarying: Jh,
  end: Ng,
  [Symbol.iterator]: Et[Symbol.iterator]
};
var Cg = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: Eh
};
function Mg(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function Pg(e) {
  var t, n;
  e instanceof Pt ? (t = e._id, e = e._name) : (t = fl(), (n = Cg).time = di(), e = e == null ? null : e + "");
  for (var r = this._groups, o = r.length, i = 0; i < o; ++i)
    for (var s = r[i], a = s.length, c, u = 0; u < a; ++u)
      (c = s[u]) && Ur(c, e, t, u, s, n || Mg(c, t));
  return new Pt(r, this._parents, e, t);
}
ir.prototype.interrupt = Ch;
ir.prototype.transition = Pg;
var yr = (e) => () => e;
function Og(e, {
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
function Ct(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
Ct.prototype = {
  constructor: Ct,
  scale: function(e) {
    return e === 1 ? this : new Ct(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new Ct(this.k, this.x + this.k * e, this.y + this.k * t);
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
var Qr = new Ct(1, 0, 0);
hl.prototype = Ct.prototype;
function hl(e) {
  for (; !e.__zoom; ) if (!(e = e.parentNode)) return Qr;
  return e.__zoom;
}
function mo(e) {
  e.stopImmediatePropagation();
}
function Bn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Ig(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Ag() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function ys() {
  return this.__zoom || Qr;
}
function zg(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Tg() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Dg(e, t, n) {
  var r = e.invertX(t[0][0]) - n[0][0], o = e.invertX(t[1][0]) - n[1][0], i = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    o > r ? (r + o) / 2 : Math.min(0, r) || Math.max(0, o),
    s > i ? (i + s) / 2 : Math.min(0, i) || Math.max(0, s)
  );
}
function gl() {
  var e = Ig, t = Ag, n = Dg, r = zg, o = Tg, i = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, c = _r, u = Xr("start", "zoom", "end"), d, h, f, g = 500, v = 150, p = 0, m = 10;
  function b(y) {
    y.property("__zoom", ys).on("wheel.zoom", A, { passive: !1 }).on("mousedown.zoom", F).on("dblclick.zoom", X).filter(o).on("touchstart.zoom", I).on("touchmove.zoom", M).on("touchend.zoom touchcancel.zoom", P).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  b.transform = function(y, E, k, C) {
    var L = y.selection ? y.selection() : y;
    L.property("__zoom", ys), y !== L ? S(y, E, k, C) : L.interrupt().each(function() {
      O(this, arguments).event(C).start().zoom(null, typeof E == "function" ? E.apply(this, arguments) : E).end();
    });
  }, b.scaleBy = function(y, E, k, C) {
    b.scaleTo(y, function() {
      var L = this.__zoom.k, R = typeof E == "function" ? E.apply(this, arguments) : E;
      return L * R;
    }, k, C);
  }, b.scaleTo = function(y, E, k, C) {
    b.transform(y, function() {
      var L = t.apply(this, arguments), R = this.__zoom, V = k == null ? x(L) : typeof k == "function" ? k.apply(this, arguments) : k, Y = R.invert(V), ee = typeof E == "function" ? E.apply(this, arguments) : E;
      return n(w(N(R, ee), V, Y), L, s);
    }, k, C);
  }, b.translateBy = function(y, E, k, C) {
    b.transform(y, function() {
      return n(this.__zoom.translate(
        typeof E == "function" ? E.apply(this, arguments) : E,
        typeof k == "function" ? k.apply(this, arguments) : k
      ), t.apply(this, arguments), s);
    }, null, C);
  }, b.translateTo = function(y, E, k, C, L) {
    b.transform(y, function() {
      var R = t.apply(this, arguments), V = this.__zoom, Y = C == null ? x(R) : typeof C == "function" ? C.apply(this, arguments) : C;
      return n(Qr.translate(Y[0], Y[1]).scale(V.k).translate(
        typeof E == "function" ? -E.apply(this, arguments) : -E,
        typeof k == "function" ? -k.apply(this, arguments) : -k
      ), R, s);
    }, C, L);
  };
  function N(y, E) {
    return E = Math.max(i[0], Math.min(i[1], E)), E === y.k ? y : new Ct(E, y.x, y.y);
  }
  function w(y, E, k) {
    var C = E[0] - k[0] * y.k, L = E[1] - k[1] * y.k;
    return C === y.x && L === y.y ? y : new Ct(y.k, C, L);
  }
  function x(y) {
    return [(+y[0][0] + +y[1][0]) / 2, (+y[0][1] + +y[1][1]) / 2];
  }
  function S(y, E, k, C) {
    y.on("start.zoom", function() {
      O(this, arguments).event(C).start();
    }).on("interrupt.zoom end.zoom", function() {
      O(this, arguments).event(C).end();
    }).tween("zoom", function() {
      var L = this, R = arguments, V = O(L, R).event(C), Y = t.apply(L, R), ee = k == null ? x(Y) : typeof k == "function" ? k.apply(L, R) : k, T = Math.max(Y[1][0] - Y[0][0], Y[1][1] - Y[0][1]), D = L.__zoom, G = typeof E == "function" ? E.apply(L, R) : E, $ = c(D.invert(ee).concat(T / D.k), G.invert(ee).concat(T / G.k));
      return function(J) {
        if (J === 1) J = G;
        else {
          var ne = $(J), le = T / ne[2];
          J = new Ct(le, ee[0] - ne[0] * le, ee[1] - ne[1] * le);
        }
        V.zoom(null, J);
      };
    });
  }
  function O(y, E, k) {
    return !k && y.__zooming || new z(y, E);
  }
  function z(y, E) {
    this.that = y, this.args = E, this.active = 0, this.sourceEvent = null, this.extent = t.apply(y, E), this.taps = 0;
  }
  z.prototype = {
    event: function(y) {
      return y && (this.sourceEvent = y), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(y, E) {
      return this.mouse && y !== "mouse" && (this.mouse[1] = E.invert(this.mouse[0])), this.touch0 && y !== "touch" && (this.touch0[1] = E.invert(this.touch0[0])), this.touch1 && y !== "touch" && (this.touch1[1] = E.invert(this.touch1[0])), this.that.__zoom = E, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(y) {
      var E = Je(this.that).datum();
      u.call(
        y,
        this.that,
        new Og(y, {
          sourceEvent: this.sourceEvent,
          target: b,
          transform: this.that.__zoom,
          dispatch: u
        }),
        E
      );
    }
  };
  function A(y, ...E) {
    if (!e.apply(this, arguments)) return;
    var k = O(this, E).event(y), C = this.__zoom, L = Math.max(i[0], Math.min(i[1], C.k * Math.pow(2, r.apply(this, arguments)))), R = rt(y);
    if (k.wheel)
      (k.mouse[0][0] !== R[0] || k.mouse[0][1] !== R[1]) && (k.mouse[1] = C.invert(k.mouse[0] = R)), clearTimeout(k.wheel);
    else {
      if (C.k === L) return;
      k.mouse = [R, C.invert(R)], kr(this), k.start();
    }
    Bn(y), k.wheel = setTimeout(V, v), k.zoom("mouse", n(w(N(C, L), k.mouse[0], k.mouse[1]), k.extent, s));
    function V() {
      k.wheel = null, k.end();
    }
  }
  function F(y, ...E) {
    if (f || !e.apply(this, arguments)) return;
    var k = y.currentTarget, C = O(this, E, !0).event(y), L = Je(y.view).on("mousemove.zoom", ee, !0).on("mouseup.zoom", T, !0), R = rt(y, k), V = y.clientX, Y = y.clientY;
    ja(y.view), mo(y), C.mouse = [R, this.__zoom.invert(R)], kr(this), C.start();
    function ee(D) {
      if (Bn(D), !C.moved) {
        var G = D.clientX - V, $ = D.clientY - Y;
        C.moved = G * G + $ * $ > p;
      }
      C.event(D).zoom("mouse", n(w(C.that.__zoom, C.mouse[0] = rt(D, k), C.mouse[1]), C.extent, s));
    }
    function T(D) {
      L.on("mousemove.zoom mouseup.zoom", null), Ka(D.view, C.moved), Bn(D), C.event(D).end();
    }
  }
  function X(y, ...E) {
    if (e.apply(this, arguments)) {
      var k = this.__zoom, C = rt(y.changedTouches ? y.changedTouches[0] : y, this), L = k.invert(C), R = k.k * (y.shiftKey ? 0.5 : 2), V = n(w(N(k, R), C, L), t.apply(this, E), s);
      Bn(y), a > 0 ? Je(this).transition().duration(a).call(S, V, C, y) : Je(this).call(b.transform, V, C, y);
    }
  }
  function I(y, ...E) {
    if (e.apply(this, arguments)) {
      var k = y.touches, C = k.length, L = O(this, E, y.changedTouches.length === C).event(y), R, V, Y, ee;
      for (mo(y), V = 0; V < C; ++V)
        Y = k[V], ee = rt(Y, this), ee = [ee, this.__zoom.invert(ee), Y.identifier], L.touch0 ? !L.touch1 && L.touch0[2] !== ee[2] && (L.touch1 = ee, L.taps = 0) : (L.touch0 = ee, R = !0, L.taps = 1 + !!d);
      d && (d = clearTimeout(d)), R && (L.taps < 2 && (h = ee[0], d = setTimeout(function() {
        d = null;
      }, g)), kr(this), L.start());
    }
  }
  function M(y, ...E) {
    if (this.__zooming) {
      var k = O(this, E).event(y), C = y.changedTouches, L = C.length, R, V, Y, ee;
      for (Bn(y), R = 0; R < L; ++R)
        V = C[R], Y = rt(V, this), k.touch0 && k.touch0[2] === V.identifier ? k.touch0[0] = Y : k.touch1 && k.touch1[2] === V.identifier && (k.touch1[0] = Y);
      if (V = k.that.__zoom, k.touch1) {
        var T = k.touch0[0], D = k.touch0[1], G = k.touch1[0], $ = k.touch1[1], J = (J = G[0] - T[0]) * J + (J = G[1] - T[1]) * J, ne = (ne = $[0] - D[0]) * ne + (ne = $[1] - D[1]) * ne;
        V = N(V, Math.sqrt(J / ne)), Y = [(T[0] + G[0]) / 2, (T[1] + G[1]) / 2], ee = [(D[0] + $[0]) / 2, (D[1] + $[1]) / 2];
      } else if (k.touch0) Y = k.touch0[0], ee = k.touch0[1];
      else return;
      k.zoom("touch", n(w(V, Y, ee), k.extent, s));
    }
  }
  function P(y, ...E) {
    if (this.__zooming) {
      var k = O(this, E).event(y), C = y.changedTouches, L = C.length, R, V;
      for (mo(y), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), R = 0; R < L; ++R)
        V = C[R], k.touch0 && k.touch0[2] === V.identifier ? delete k.touch0 : k.touch1 && k.touch1[2] === V.identifier && delete k.touch1;
      if (k.touch1 && !k.touch0 && (k.touch0 = k.touch1, delete k.touch1), k.touch0) k.touch0[1] = this.__zoom.invert(k.touch0[0]);
      else if (k.end(), k.taps === 2 && (V = rt(V, this), Math.hypot(h[0] - V[0], h[1] - V[1]) < m)) {
        var Y = Je(this).on("dblclick.zoom");
        Y && Y.apply(this, arguments);
      }
    }
  }
  return b.wheelDelta = function(y) {
    return arguments.length ? (r = typeof y == "function" ? y : yr(+y), b) : r;
  }, b.filter = function(y) {
    return arguments.length ? (e = typeof y == "function" ? y : yr(!!y), b) : e;
  }, b.touchable = function(y) {
    return arguments.length ? (o = typeof y == "function" ? y : yr(!!y), b) : o;
  }, b.extent = function(y) {
    return arguments.length ? (t = typeof y == "function" ? y : yr([[+y[0][0], +y[0][1]], [+y[1][0], +y[1][1]]]), b) : t;
  }, b.scaleExtent = function(y) {
    return arguments.length ? (i[0] = +y[0], i[1] = +y[1], b) : [i[0], i[1]];
  }, b.translateExtent = function(y) {
    return arguments.length ? (s[0][0] = +y[0][0], s[1][0] = +y[1][0], s[0][1] = +y[0][1], s[1][1] = +y[1][1], b) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, b.constrain = function(y) {
    return arguments.length ? (n = y, b) : n;
  }, b.duration = function(y) {
    return arguments.length ? (a = +y, b) : a;
  }, b.interpolate = function(y) {
    return arguments.length ? (c = y, b) : c;
  }, b.on = function() {
    var y = u.on.apply(u, arguments);
    return y === u ? b : y;
  }, b.clickDistance = function(y) {
    return arguments.length ? (p = (y = +y) * y, b) : Math.sqrt(p);
  }, b.tapDistance = function(y) {
    return arguments.length ? (m = +y, b) : m;
  }, b;
}
const an = {
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
}, Ko = [
  [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
  [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
], vl = ["Enter", " ", "Escape"], Lg = {
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
var Mn;
(function(e) {
  e.Strict = "strict", e.Loose = "loose";
})(Mn || (Mn = {}));
var _n;
(function(e) {
  e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal";
})(_n || (_n = {}));
var Tr;
(function(e) {
  e.Partial = "partial", e.Full = "full";
})(Tr || (Tr = {}));
const Yo = {
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
var Ht;
(function(e) {
  e.Bezier = "default", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e.SimpleBezier = "simplebezier";
})(Ht || (Ht = {}));
var Dr;
(function(e) {
  e.Arrow = "arrow", e.ArrowClosed = "arrowclosed";
})(Dr || (Dr = {}));
var ae;
(function(e) {
  e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom";
})(ae || (ae = {}));
const bs = {
  [ae.Left]: ae.Right,
  [ae.Right]: ae.Left,
  [ae.Top]: ae.Bottom,
  [ae.Bottom]: ae.Top
}, pl = (e) => !!e && typeof e == "object" && "id" in e && "source" in e && "target" in e, Rg = (e) => !!e && typeof e == "object" && "id" in e && "position" in e && !("source" in e) && !("target" in e), yi = (e) => !!e && typeof e == "object" && "id" in e && "internals" in e && !("source" in e) && !("target" in e), ar = (e, t = [0, 0]) => {
  const { width: n, height: r } = mt(e), o = e.origin ?? t, i = n * o[0], s = r * o[1];
  return {
    x: e.position.x - i,
    y: e.position.y - s
  };
}, Hg = (e, t = { nodeOrigin: [0, 0] }) => {
  if (e.length === 0)
    return { x: 0, y: 0, width: 0, height: 0 };
  let n = !1;
  const r = e.reduce((o, i) => {
    const s = typeof i == "string";
    let a = !t.nodeLookup && !s ? i : void 0;
    return t.nodeLookup && (a = s ? t.nodeLookup.get(i) : yi(i) ? i : t.nodeLookup.get(i.id)), a ? (n = !0, Jr(o, Lr(a, t.nodeOrigin))) : o;
  }, { x: 1 / 0, y: 1 / 0, x2: -1 / 0, y2: -1 / 0 });
  return n ? $r(r) : { x: 0, y: 0, width: 0, height: 0 };
}, lr = (e, t = {}) => {
  let n = { x: 1 / 0, y: 1 / 0, x2: -1 / 0, y2: -1 / 0 }, r = !1;
  return e.forEach((o) => {
    (t.filter === void 0 || t.filter(o)) && (n = Jr(n, Lr(o)), r = !0);
  }), r ? $r(n) : { x: 0, y: 0, width: 0, height: 0 };
}, bi = (e, t, [n, r, o] = [0, 0, 1], i = !1, s = !1) => {
  const a = (t.x - n) / o, c = (t.y - r) / o, u = t.width / o, d = t.height / o, h = [];
  for (const f of e.values()) {
    const { measured: g, selectable: v = !0, hidden: p = !1 } = f;
    if (s && !v || p)
      continue;
    const m = g.width ?? f.width ?? f.initialWidth ?? 0, b = g.height ?? f.height ?? f.initialHeight ?? 0, { x: N, y: w } = f.internals.positionAbsolute, x = wl(a, c, u, d, N, w, m, b), S = m * b, O = i && x > 0;
    (!f.internals.handleBounds || O || x >= S || f.dragging) && h.push(f);
  }
  return h;
}, Vg = (e, t) => {
  const n = /* @__PURE__ */ new Set();
  return e.forEach((r) => {
    n.add(r.id);
  }), t.filter((r) => n.has(r.source) || n.has(r.target));
};
function Bg(e, t) {
  const n = /* @__PURE__ */ new Map(), r = t?.nodes ? new Set(t.nodes.map((o) => o.id)) : null;
  return e.forEach((o) => {
    let i;
    if (t?.includeHiddenNodes) {
      const { width: s, height: a } = mt(o);
      i = s > 0 && a > 0;
    } else
      i = !!(o.measured.width && o.measured.height && !o.hidden);
    i && (!r || r.has(o.id)) && n.set(o.id, o);
  }), n;
}
async function Fg({ nodes: e, width: t, height: n, panZoom: r, minZoom: o, maxZoom: i }, s) {
  if (e.size === 0)
    return !0;
  const a = Bg(e, s), c = lr(a), u = _i(c, t, n, s?.minZoom ?? o, s?.maxZoom ?? i, s?.padding ?? 0.1);
  return await r.setViewport(u, {
    duration: s?.duration,
    ease: s?.ease,
    interpolate: s?.interpolate
  }), !0;
}
function ml({ nodeId: e, nextPosition: t, nodeLookup: n, nodeOrigin: r = [0, 0], nodeExtent: o, onError: i }) {
  const s = n.get(e), a = s.parentId ? n.get(s.parentId) : void 0, { x: c, y: u } = a ? a.internals.positionAbsolute : { x: 0, y: 0 }, d = s.origin ?? r;
  let h = s.extent || o;
  if (s.extent === "parent" && !s.expandParent)
    if (!a)
      i?.("005", an.error005());
    else {
      const { width: g, height: v } = mt(a);
      g && v && (h = [
        [c, u],
        [c + g, u + v]
      ]);
    }
  else a && In(s.extent) && (h = [
    [s.extent[0][0] + c, s.extent[0][1] + u],
    [s.extent[1][0] + c, s.extent[1][1] + u]
  ]);
  const f = In(h) ? ln(t, h, s.measured) : t;
  return (s.measured.width === void 0 || s.measured.height === void 0) && i?.("015", an.error015()), {
    position: {
      x: f.x - c + (s.measured.width ?? 0) * d[0],
      y: f.y - u + (s.measured.height ?? 0) * d[1]
    },
    positionAbsolute: f
  };
}
async function jg({ nodesToRemove: e = [], edgesToRemove: t = [], nodes: n, edges: r, onBeforeDelete: o }) {
  const i = new Set(e.map((f) => f.id)), s = [];
  for (const f of n) {
    if (f.deletable === !1)
      continue;
    const g = i.has(f.id), v = !g && f.parentId && s.find((p) => p.id === f.parentId);
    (g || v) && s.push(f);
  }
  const a = new Set(t.map((f) => f.id)), c = r.filter((f) => f.deletable !== !1), d = Vg(s, c);
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
const Pn = (e, t = 0, n = 1) => Math.min(Math.max(e, t), n), ln = (e = { x: 0, y: 0 }, t, n) => ({
  x: Pn(e.x, t[0][0], t[1][0] - (n?.width ?? 0)),
  y: Pn(e.y, t[0][1], t[1][1] - (n?.height ?? 0))
});
function yl(e, t, n) {
  const { width: r, height: o } = mt(n), { x: i, y: s } = n.internals.positionAbsolute;
  return ln(e, [
    [i, s],
    [i + r, s + o]
  ], t);
}
const ws = (e, t, n) => e < t ? Pn(Math.abs(e - t), 1, t) / t : e > n ? -Pn(Math.abs(e - n), 1, t) / t : 0, wi = (e, t, n = 15, r = 40) => {
  const o = ws(e.x, r, t.width - r) * n, i = ws(e.y, r, t.height - r) * n;
  return [o, i];
}, Jr = (e, t) => ({
  x: Math.min(e.x, t.x),
  y: Math.min(e.y, t.y),
  x2: Math.max(e.x2, t.x2),
  y2: Math.max(e.y2, t.y2)
}), Xo = ({ x: e, y: t, width: n, height: r }) => ({
  x: e,
  y: t,
  x2: e + n,
  y2: t + r
}), $r = ({ x: e, y: t, x2: n, y2: r }) => ({
  x: e,
  y: t,
  width: n - e,
  height: r - t
}), Jn = (e, t = [0, 0]) => {
  const { x: n, y: r } = yi(e) ? e.internals.positionAbsolute : ar(e, t);
  return {
    x: n,
    y: r,
    width: e.measured?.width ?? e.width ?? e.initialWidth ?? 0,
    height: e.measured?.height ?? e.height ?? e.initialHeight ?? 0
  };
}, Lr = (e, t = [0, 0]) => {
  const { x: n, y: r } = yi(e) ? e.internals.positionAbsolute : ar(e, t);
  return {
    x: n,
    y: r,
    x2: n + (e.measured?.width ?? e.width ?? e.initialWidth ?? 0),
    y2: r + (e.measured?.height ?? e.height ?? e.initialHeight ?? 0)
  };
}, bl = (e, t) => $r(Jr(Xo(e), Xo(t))), wl = (e, t, n, r, o, i, s, a) => {
  const c = Math.max(0, Math.min(e + n, o + s) - Math.max(e, o)), u = Math.max(0, Math.min(t + r, i + a) - Math.max(t, i));
  return Math.ceil(c * u);
}, Rr = (e, t) => wl(e.x, e.y, e.width, e.height, t.x, t.y, t.width, t.height), _s = (e) => Mt(e.width) && Mt(e.height) && Mt(e.x) && Mt(e.y), Mt = (e) => !isNaN(e) && isFinite(e), _l = (e, t) => (n, r) => {
}, cr = (e, t = [1, 1]) => ({
  x: t[0] * Math.round(e.x / t[0]),
  y: t[1] * Math.round(e.y / t[1])
}), ur = ({ x: e, y: t }, [n, r, o], i = !1, s = [1, 1]) => {
  const a = {
    x: (e - n) / o,
    y: (t - r) / o
  };
  return i ? cr(a, s) : a;
}, On = ({ x: e, y: t }, [n, r, o]) => ({
  x: e * o + n,
  y: t * o + r
});
function gn(e, t) {
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
function Kg(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const r = gn(e, n), o = gn(e, t);
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
    const r = gn(e.top ?? e.y ?? 0, n), o = gn(e.bottom ?? e.y ?? 0, n), i = gn(e.left ?? e.x ?? 0, t), s = gn(e.right ?? e.x ?? 0, t);
    return { top: r, right: s, bottom: o, left: i, x: i + s, y: r + o };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function Yg(e, t, n, r, o, i) {
  const { x: s, y: a } = On(e, [t, n, r]), { x: c, y: u } = On({ x: e.x + e.width, y: e.y + e.height }, [t, n, r]), d = o - c, h = i - u;
  return {
    left: Math.floor(s),
    top: Math.floor(a),
    right: Math.floor(d),
    bottom: Math.floor(h)
  };
}
const _i = (e, t, n, r, o, i) => {
  const s = Kg(i, t, n), a = (t - s.x) / e.width, c = (n - s.y) / e.height, u = Math.min(a, c), d = Pn(u, r, o), h = e.x + e.width / 2, f = e.y + e.height / 2, g = t / 2 - h * d, v = n / 2 - f * d, p = Yg(e, g, v, d, t, n), m = {
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
}, $n = () => typeof navigator < "u" && navigator?.userAgent?.indexOf("Mac") >= 0;
function In(e) {
  return e != null && e !== "parent";
}
function mt(e) {
  return {
    width: e.measured?.width ?? e.width ?? e.initialWidth ?? 0,
    height: e.measured?.height ?? e.height ?? e.initialHeight ?? 0
  };
}
function xl(e) {
  return (e.measured?.width ?? e.width ?? e.initialWidth) !== void 0 && (e.measured?.height ?? e.height ?? e.initialHeight) !== void 0;
}
function Xg(e, t = { width: 0, height: 0 }, n, r, o) {
  const i = { ...e }, s = r.get(n);
  if (s) {
    const a = s.origin || o;
    i.x += s.internals.positionAbsolute.x - (t.width ?? 0) * a[0], i.y += s.internals.positionAbsolute.y - (t.height ?? 0) * a[1];
  }
  return i;
}
function Zg(e) {
  return { ...Lg, ...e || {} };
}
function Wg(e, t) {
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
function xs(e, t, n) {
  if (!n)
    return;
  const r = [];
  e.forEach((o, i) => {
    t?.has(i) || r.push(o);
  }), r.length && n(r);
}
function qg(e) {
  return e === null ? null : e ? "valid" : "invalid";
}
function yo(e, { snapGrid: t = [0, 0], snapToGrid: n = !1, transform: r, containerBounds: o }) {
  const { x: i, y: s } = it(e), a = ur({ x: i - (o?.left ?? 0), y: s - (o?.top ?? 0) }, r), { x: c, y: u } = n ? cr(a, t) : a;
  return {
    xSnapped: c,
    ySnapped: u,
    ...a
  };
}
const El = (e) => ({
  width: e.offsetWidth,
  height: e.offsetHeight
}), kl = (e) => e?.getRootNode?.() || window?.document, Gg = ["INPUT", "SELECT", "TEXTAREA"];
function Nl(e) {
  const t = e.composedPath?.()?.[0] || e.target;
  return t?.nodeType !== 1 ? !1 : Gg.includes(t.nodeName) || t.hasAttribute("contenteditable") || !!t.closest(".nokey");
}
const Sl = (e) => "clientX" in e, it = (e, t) => {
  const n = Sl(e), r = n ? e.clientX : e.touches?.[0].clientX, o = n ? e.clientY : e.touches?.[0].clientY;
  return {
    x: r - (t?.left ?? 0),
    y: o - (t?.top ?? 0)
  };
}, Es = (e, t, n, r, o) => {
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
      ...El(s)
    };
  });
};
function Ug({ sourceX: e, sourceY: t, targetX: n, targetY: r, sourceControlX: o, sourceControlY: i, targetControlX: s, targetControlY: a }) {
  const c = e * 0.125 + o * 0.375 + s * 0.375 + n * 0.125, u = t * 0.125 + i * 0.375 + a * 0.375 + r * 0.125, d = Math.abs(c - e), h = Math.abs(u - t);
  return [c, u, d, h];
}
function br(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function ks({ pos: e, x1: t, y1: n, x2: r, y2: o, c: i }) {
  switch (e) {
    case ae.Left:
      return [t - br(t - r, i), n];
    case ae.Right:
      return [t + br(r - t, i), n];
    case ae.Top:
      return [t, n - br(n - o, i)];
    case ae.Bottom:
      return [t, n + br(o - n, i)];
  }
}
function xi({ sourceX: e, sourceY: t, sourcePosition: n = ae.Bottom, targetX: r, targetY: o, targetPosition: i = ae.Top, curvature: s = 0.25 }) {
  const [a, c] = ks({
    pos: n,
    x1: e,
    y1: t,
    x2: r,
    y2: o,
    c: s
  }), [u, d] = ks({
    pos: i,
    x1: r,
    y1: o,
    x2: e,
    y2: t,
    c: s
  }), [h, f, g, v] = Ug({
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
function Cl({ sourceX: e, sourceY: t, targetX: n, targetY: r }) {
  const o = Math.abs(n - e) / 2, i = n < e ? n + o : n - o, s = Math.abs(r - t) / 2, a = r < t ? r + s : r - s;
  return [i, a, o, s];
}
function Qg({ sourceNode: e, targetNode: t, selected: n = !1, zIndex: r = 0, elevateOnSelect: o = !1, zIndexMode: i = "basic" }) {
  if (i === "manual")
    return r;
  const s = o && n ? r + 1e3 : r, a = Math.max(e.parentId || o && e.selected ? e.internals.z : 0, t.parentId || o && t.selected ? t.internals.z : 0);
  return s + a;
}
function Jg({ sourceNode: e, targetNode: t, width: n, height: r, transform: o }) {
  const i = Jr(Lr(e), Lr(t));
  i.x === i.x2 && (i.x2 += 1), i.y === i.y2 && (i.y2 += 1);
  const s = {
    x: -o[0] / o[2],
    y: -o[1] / o[2],
    width: n / o[2],
    height: r / o[2]
  };
  return Rr(s, $r(i)) > 0;
}
const $g = ({ source: e, sourceHandle: t, target: n, targetHandle: r }) => `xy-edge__${e}${t || ""}-${n}${r || ""}`, e0 = (e, t) => t.some((n) => n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)), t0 = (e, t, n = {}) => {
  if (!e.source || !e.target)
    return n.onError?.("006", an.error006()), t;
  const r = n.getEdgeId || $g;
  let o;
  return pl(e) ? o = { ...e } : o = {
    ...e,
    id: r(e)
  }, e0(o, t) ? t : (o.sourceHandle === null && delete o.sourceHandle, o.targetHandle === null && delete o.targetHandle, t.concat(o));
};
function Ml({ sourceX: e, sourceY: t, targetX: n, targetY: r }) {
  const [o, i, s, a] = Cl({
    sourceX: e,
    sourceY: t,
    targetX: n,
    targetY: r
  });
  return [`M ${e},${t}L ${n},${r}`, o, i, s, a];
}
const Ns = {
  [ae.Left]: { x: -1, y: 0 },
  [ae.Right]: { x: 1, y: 0 },
  [ae.Top]: { x: 0, y: -1 },
  [ae.Bottom]: { x: 0, y: 1 }
}, n0 = ({ source: e, sourcePosition: t = ae.Bottom, target: n }) => t === ae.Left || t === ae.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 }, Ss = (e, t) => Math.sqrt(Math.pow(t.x - e.x, 2) + Math.pow(t.y - e.y, 2));
function r0({ source: e, sourcePosition: t = ae.Bottom, target: n, targetPosition: r = ae.Top, center: o, offset: i, stepPosition: s }) {
  const a = Ns[t], c = Ns[r], u = { x: e.x + a.x * i, y: e.y + a.y * i }, d = { x: n.x + c.x * i, y: n.y + c.y * i }, h = n0({
    source: u,
    sourcePosition: t,
    target: d
  }), f = h.x !== 0 ? "x" : "y", g = h[f];
  let v = [], p, m;
  const b = { x: 0, y: 0 }, N = { x: 0, y: 0 }, [, , w, x] = Cl({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (a[f] * c[f] === -1) {
    f === "x" ? (p = o.x ?? u.x + (d.x - u.x) * s, m = o.y ?? (u.y + d.y) / 2) : (p = o.x ?? (u.x + d.x) / 2, m = o.y ?? u.y + (d.y - u.y) * s);
    const A = [
      { x: p, y: u.y },
      { x: p, y: d.y }
    ], F = [
      { x: u.x, y: m },
      { x: d.x, y: m }
    ];
    a[f] === g ? v = f === "x" ? A : F : v = f === "x" ? F : A;
  } else {
    const A = [{ x: u.x, y: d.y }], F = [{ x: d.x, y: u.y }];
    if (f === "x" ? v = a.x === g ? F : A : v = a.y === g ? A : F, t === r) {
      const y = Math.abs(e[f] - n[f]);
      if (y <= i) {
        const E = Math.min(i - 1, i - y);
        a[f] === g ? b[f] = (u[f] > e[f] ? -1 : 1) * E : N[f] = (d[f] > n[f] ? -1 : 1) * E;
      }
    }
    if (t !== r) {
      const y = f === "x" ? "y" : "x", E = a[f] === c[y], k = u[y] > d[y], C = u[y] < d[y];
      (a[f] === 1 && (!E && k || E && C) || a[f] !== 1 && (!E && C || E && k)) && (v = f === "x" ? A : F);
    }
    const X = { x: u.x + b.x, y: u.y + b.y }, I = { x: d.x + N.x, y: d.y + N.y }, M = Math.max(Math.abs(X.x - v[0].x), Math.abs(I.x - v[0].x)), P = Math.max(Math.abs(X.y - v[0].y), Math.abs(I.y - v[0].y));
    M >= P ? (p = (X.x + I.x) / 2, m = v[0].y) : (p = v[0].x, m = (X.y + I.y) / 2);
  }
  const S = { x: u.x + b.x, y: u.y + b.y }, O = { x: d.x + N.x, y: d.y + N.y };
  return [[
    e,
    // we only want to add the gapped source/target if they are different from the first/last point to avoid duplicates which can cause issues with the bends
    ...S.x !== v[0].x || S.y !== v[0].y ? [S] : [],
    ...v,
    ...O.x !== v[v.length - 1].x || O.y !== v[v.length - 1].y ? [O] : [],
    n
  ], p, m, w, x];
}
function o0(e, t, n, r) {
  const o = Math.min(Ss(e, t) / 2, Ss(t, n) / 2, r), { x: i, y: s } = t;
  if (e.x === i && i === n.x || e.y === s && s === n.y)
    return `L${i} ${s}`;
  if (e.y === s) {
    const u = e.x < n.x ? -1 : 1, d = e.y < n.y ? 1 : -1;
    return `L ${i + o * u},${s}Q ${i},${s} ${i},${s + o * d}`;
  }
  const a = e.x < n.x ? 1 : -1, c = e.y < n.y ? -1 : 1;
  return `L ${i},${s + o * c}Q ${i},${s} ${i + o * a},${s}`;
}
function Ei({ sourceX: e, sourceY: t, sourcePosition: n = ae.Bottom, targetX: r, targetY: o, targetPosition: i = ae.Top, borderRadius: s = 5, centerX: a, centerY: c, offset: u = 20, stepPosition: d = 0.5 }) {
  const [h, f, g, v, p] = r0({
    source: { x: e, y: t },
    sourcePosition: n,
    target: { x: r, y: o },
    targetPosition: i,
    center: { x: a, y: c },
    offset: u,
    stepPosition: d
  });
  let m = `M${h[0].x} ${h[0].y}`;
  for (let b = 1; b < h.length - 1; b++)
    m += o0(h[b - 1], h[b], h[b + 1], s);
  return m += `L${h[h.length - 1].x} ${h[h.length - 1].y}`, [m, f, g, v, p];
}
function Cs(e) {
  return e && !!(e.internals.handleBounds || e.handles?.length) && !!(e.measured.width || e.width || e.initialWidth);
}
function i0(e) {
  const { sourceNode: t, targetNode: n } = e;
  if (!Cs(t) || !Cs(n))
    return null;
  const r = t.internals.handleBounds || Ms(t.handles), o = n.internals.handleBounds || Ms(n.handles), i = Ps(r?.source ?? [], e.sourceHandle), s = Ps(
    // when connection type is loose we can define all handles as sources and connect source -> source
    e.connectionMode === Mn.Strict ? o?.target ?? [] : (o?.target ?? []).concat(o?.source ?? []),
    e.targetHandle
  );
  if (!i || !s)
    return e.onError?.("008", an.error008(i ? "target" : "source", {
      id: e.id,
      sourceHandle: e.sourceHandle,
      targetHandle: e.targetHandle
    })), null;
  const a = i?.position || ae.Bottom, c = s?.position || ae.Top, u = cn(t, i, a), d = cn(n, s, c);
  return {
    sourceX: u.x,
    sourceY: u.y,
    targetX: d.x,
    targetY: d.y,
    sourcePosition: a,
    targetPosition: c
  };
}
function Ms(e) {
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
function cn(e, t, n = ae.Left, r = !1) {
  const o = (t?.x ?? 0) + e.internals.positionAbsolute.x, i = (t?.y ?? 0) + e.internals.positionAbsolute.y, { width: s, height: a } = t ?? mt(e);
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
function Ps(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function Zo(e, t) {
  return e ? typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((r) => `${r}=${e[r]}`).join("&")}` : "";
}
function s0(e, { id: t, defaultColor: n, defaultMarkerStart: r, defaultMarkerEnd: o }) {
  const i = /* @__PURE__ */ new Set();
  return e.reduce((s, a) => ([a.markerStart || r, a.markerEnd || o].forEach((c) => {
    if (c && typeof c == "object") {
      const u = Zo(c, t);
      i.has(u) || (s.push({ id: u, color: c.color || n, ...c }), i.add(u));
    }
  }), s), []).sort((s, a) => s.id.localeCompare(a.id));
}
const Pl = 1e3, a0 = 10, ki = {
  nodeOrigin: [0, 0],
  nodeExtent: Ko,
  elevateNodesOnSelect: !0,
  zIndexMode: "basic",
  defaults: {}
}, l0 = {
  ...ki,
  checkEquality: !0
};
function Ni(e, t) {
  const n = { ...e };
  for (const r in t)
    t[r] !== void 0 && (n[r] = t[r]);
  return n;
}
function c0(e, t, n) {
  const r = Ni(ki, n);
  for (const o of e.values())
    if (o.parentId)
      Ci(o, e, t, r);
    else {
      const i = ar(o, r.nodeOrigin), s = In(o.extent) ? o.extent : r.nodeExtent, a = ln(i, s, mt(o));
      o.internals.positionAbsolute = a;
    }
}
function u0(e, t) {
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
function Si(e) {
  return e === "manual";
}
function d0(e, t, n, r = {}) {
  const o = Ni(l0, r), i = { i: 0 }, s = new Map(t), a = o?.elevateNodesOnSelect && !Si(o.zIndexMode) ? Pl : 0;
  let c = e.length > 0, u = !1;
  t.clear(), n.clear();
  for (const d of e) {
    let h = s.get(d.id);
    if (o.checkEquality && d === h?.internals.userNode)
      t.set(d.id, h);
    else {
      const f = ar(d, o.nodeOrigin), g = In(d.extent) ? d.extent : o.nodeExtent, v = ln(f, g, mt(d));
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
          handleBounds: u0(d, h),
          z: Ol(d, a, o.zIndexMode),
          userNode: d
        }
      }, t.set(d.id, h);
    }
    (h.measured === void 0 || h.measured.width === void 0 || h.measured.height === void 0) && !h.hidden && (c = !1), d.parentId && Ci(h, t, n, r, i), u ||= d.selected ?? !1;
  }
  return { nodesInitialized: c, hasSelectedNodes: u };
}
function f0(e, t) {
  if (!e.parentId)
    return;
  const n = t.get(e.parentId);
  n ? n.set(e.id, e) : t.set(e.parentId, /* @__PURE__ */ new Map([[e.id, e]]));
}
function Ci(e, t, n, r, o) {
  const { elevateNodesOnSelect: i, nodeOrigin: s, nodeExtent: a, zIndexMode: c } = Ni(ki, r), u = e.parentId, d = t.get(u);
  if (!d) {
    console.warn(`Parent node ${u} not found. Please make sure that parent nodes are in front of their child nodes in the nodes array.`);
    return;
  }
  f0(e, n), o && !d.parentId && d.internals.rootParentIndex === void 0 && c === "auto" && (d.internals.rootParentIndex = ++o.i, d.internals.z = d.internals.z + o.i * a0), o && d.internals.rootParentIndex !== void 0 && (o.i = d.internals.rootParentIndex);
  const h = i && !Si(c) ? Pl : 0, { x: f, y: g, z: v } = h0(e, d, s, a, h, c), { positionAbsolute: p } = e.internals, m = f !== p.x || g !== p.y;
  (m || v !== e.internals.z) && t.set(e.id, {
    ...e,
    internals: {
      ...e.internals,
      positionAbsolute: m ? { x: f, y: g } : p,
      z: v
    }
  });
}
function Ol(e, t, n) {
  const r = Mt(e.zIndex) ? e.zIndex : 0;
  return Si(n) ? r : r + (e.selected ? t : 0);
}
function h0(e, t, n, r, o, i) {
  const { x: s, y: a } = t.internals.positionAbsolute, c = mt(e), u = ar(e, n), d = In(e.extent) ? ln(u, e.extent, c) : u;
  let h = ln({ x: s + d.x, y: a + d.y }, r, c);
  e.extent === "parent" && (h = yl(h, c, t));
  const f = Ol(e, o, i), g = t.internals.z ?? 0;
  return {
    x: h.x,
    y: h.y,
    z: g >= f ? g + 1 : f
  };
}
function g0(e, t, n, r = [0, 0]) {
  const o = [], i = /* @__PURE__ */ new Map();
  for (const s of e) {
    const a = t.get(s.parentId);
    if (!a)
      continue;
    const c = i.get(s.parentId)?.expandedRect ?? Jn(a), u = bl(c, s.rect);
    i.set(s.parentId, { expandedRect: u, parent: a });
  }
  return i.size > 0 && i.forEach(({ expandedRect: s, parent: a }, c) => {
    const u = a.internals.positionAbsolute, d = mt(a), h = a.origin ?? r, f = s.x < u.x ? Math.round(Math.abs(u.x - s.x)) : 0, g = s.y < u.y ? Math.round(Math.abs(u.y - s.y)) : 0, v = Math.max(d.width, Math.round(s.width)), p = Math.max(d.height, Math.round(s.height)), m = (v - d.width) * h[0], b = (p - d.height) * h[1];
    (f > 0 || g > 0 || m || b) && (o.push({
      id: c,
      type: "position",
      position: {
        x: a.position.x - f + m,
        y: a.position.y - g + b
      }
    }), n.get(c)?.forEach((N) => {
      e.some((w) => w.id === N.id) || o.push({
        id: N.id,
        type: "position",
        position: {
          x: N.position.x + f,
          y: N.position.y + g
        }
      });
    })), (d.width < s.width || d.height < s.height || f || g) && o.push({
      id: c,
      type: "dimensions",
      setAttributes: !0,
      dimensions: {
        width: v + (f ? h[0] * f - m : 0),
        height: p + (g ? h[1] * g - b : 0)
      }
    });
  }), o;
}
function v0(e, t, n, r, o, i, s) {
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
    const p = El(g.nodeElement), m = v.measured.width !== p.width || v.measured.height !== p.height;
    if (!!(p.width && p.height && (m || !v.internals.handleBounds || g.force))) {
      const N = g.nodeElement.getBoundingClientRect(), w = In(v.extent) ? v.extent : i;
      let { positionAbsolute: x } = v.internals;
      if (v.parentId && v.extent === "parent") {
        const O = t.get(v.parentId);
        O && (x = yl(x, p, O));
      } else w && (x = ln(x, w, p));
      const S = {
        ...v,
        measured: p,
        internals: {
          ...v.internals,
          positionAbsolute: x,
          handleBounds: {
            source: Es("source", g.nodeElement, N, h, v.id),
            target: Es("target", g.nodeElement, N, h, v.id)
          }
        }
      };
      t.set(v.id, S), v.parentId && Ci(S, t, n, { nodeOrigin: o, zIndexMode: s }), c = !0, m && (u.push({
        id: v.id,
        type: "dimensions",
        dimensions: p
      }), v.expandParent && v.parentId && f.push({
        id: v.id,
        parentId: v.parentId,
        rect: Jn(S, o)
      }));
    }
  }
  if (f.length > 0) {
    const g = g0(f, t, n, o);
    u.push(...g);
  }
  return { changes: u, updatedInternals: c };
}
async function p0({ delta: e, panZoom: t, transform: n, translateExtent: r, width: o, height: i }) {
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
function Os(e, t, n, r, o, i) {
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
function m0(e, t, n) {
  e.clear(), t.clear();
  for (const r of n) {
    const { source: o, target: i, sourceHandle: s = null, targetHandle: a = null } = r, c = { edgeId: r.id, source: o, target: i, sourceHandle: s, targetHandle: a }, u = `${o}-${s}--${i}-${a}`, d = `${i}-${a}--${o}-${s}`;
    Os("source", c, d, e, o, s), Os("target", c, u, e, i, a), t.set(r.id, r);
  }
}
function Il(e, t) {
  if (!e.parentId)
    return !1;
  const n = t.get(e.parentId);
  return n ? n.selected ? !0 : Il(n, t) : !1;
}
function Is(e, t, n) {
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
function y0(e, t, n, r) {
  const o = /* @__PURE__ */ new Map();
  for (const [i, s] of e)
    if ((s.selected || s.id === r) && (!s.parentId || !Il(s, e)) && (s.draggable || t && typeof s.draggable > "u")) {
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
function bo({ nodeId: e, dragItems: t, nodeLookup: n, dragging: r = !0 }) {
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
function b0({ dragItems: e, snapGrid: t, x: n, y: r }) {
  const o = e.values().next().value;
  if (!o)
    return null;
  const i = {
    x: n - o.distance.x,
    y: r - o.distance.y
  }, s = cr(i, t);
  return {
    x: s.x - i.x,
    y: s.y - i.y
  };
}
function w0({ onNodeMouseDown: e, getStoreItems: t, onDragStart: n, onDrag: r, onDragStop: o }) {
  let i = { x: null, y: null }, s = 0, a = /* @__PURE__ */ new Map(), c = !1, u = { x: 0, y: 0 }, d = null, h = !1, f = null, g = !1, v = !1, p = null;
  function m({ noDragClassName: N, handleSelector: w, domNode: x, isSelectable: S, nodeId: O, nodeClickDistance: z = 0 }) {
    f = Je(x);
    function A({ x: M, y: P }) {
      const { nodeLookup: y, nodeExtent: E, snapGrid: k, snapToGrid: C, nodeOrigin: L, onNodeDrag: R, onSelectionDrag: V, onError: Y, updateNodePositions: ee } = t();
      i = { x: M, y: P };
      let T = !1;
      const D = a.size > 1, G = D && E ? Xo(lr(a)) : null, $ = D && C ? b0({
        dragItems: a,
        snapGrid: k,
        x: M,
        y: P
      }) : null;
      for (const [J, ne] of a) {
        if (!y.has(J))
          continue;
        let le = { x: M - ne.distance.x, y: P - ne.distance.y };
        C && (le = $ ? {
          x: Math.round(le.x + $.x),
          y: Math.round(le.y + $.y)
        } : cr(le, k));
        let ve = null;
        if (D && E && !ne.extent && G) {
          const { positionAbsolute: me } = ne.internals, we = me.x - G.x + E[0][0], Ce = me.x + ne.measured.width - G.x2 + E[1][0], Fe = me.y - G.y + E[0][1], Oe = me.y + ne.measured.height - G.y2 + E[1][1];
          ve = [
            [we, Fe],
            [Ce, Oe]
          ];
        }
        const { position: ce, positionAbsolute: Se } = ml({
          nodeId: J,
          nextPosition: le,
          nodeLookup: y,
          nodeExtent: ve || E,
          nodeOrigin: L,
          onError: Y
        });
        T = T || ne.position.x !== ce.x || ne.position.y !== ce.y, ne.position = ce, ne.internals.positionAbsolute = Se;
      }
      if (v = v || T, !!T && (ee(a, !0), p && (r || R || !O && V))) {
        const [J, ne] = bo({
          nodeId: O,
          dragItems: a,
          nodeLookup: y
        });
        r?.(p, a, J, ne), R?.(p, J, ne), O || V?.(p, ne);
      }
    }
    async function F() {
      if (!d)
        return;
      const { transform: M, panBy: P, autoPanSpeed: y, autoPanOnNodeDrag: E } = t();
      if (!E) {
        c = !1, cancelAnimationFrame(s);
        return;
      }
      const [k, C] = wi(u, d, y);
      (k !== 0 || C !== 0) && (i.x = (i.x ?? 0) - k / M[2], i.y = (i.y ?? 0) - C / M[2], await P({ x: k, y: C }) && A(i)), s = requestAnimationFrame(F);
    }
    function X(M) {
      const { nodeLookup: P, multiSelectionActive: y, nodesDraggable: E, transform: k, snapGrid: C, snapToGrid: L, selectNodesOnDrag: R, onNodeDragStart: V, onSelectionDragStart: Y, unselectNodesAndEdges: ee } = t();
      h = !0, (!R || !S) && !y && O && (P.get(O)?.selected || ee()), S && R && O && e?.(O);
      const T = yo(M.sourceEvent, { transform: k, snapGrid: C, snapToGrid: L, containerBounds: d });
      if (i = T, a = y0(P, E, T, O), a.size > 0 && (n || V || !O && Y)) {
        const [D, G] = bo({
          nodeId: O,
          dragItems: a,
          nodeLookup: P
        });
        n?.(M.sourceEvent, a, D, G), V?.(M.sourceEvent, D, G), O || Y?.(M.sourceEvent, G);
      }
    }
    const I = Vf().clickDistance(z).on("start", (M) => {
      const { domNode: P, nodeDragThreshold: y, transform: E, snapGrid: k, snapToGrid: C } = t();
      d = P?.getBoundingClientRect() || null, g = !1, v = !1, p = M.sourceEvent, y === 0 && X(M), i = yo(M.sourceEvent, { transform: E, snapGrid: k, snapToGrid: C, containerBounds: d }), u = it(M.sourceEvent, d);
    }).on("drag", (M) => {
      const { autoPanOnNodeDrag: P, transform: y, snapGrid: E, snapToGrid: k, nodeDragThreshold: C, nodeLookup: L } = t(), R = yo(M.sourceEvent, { transform: y, snapGrid: E, snapToGrid: k, containerBounds: d });
      if (p = M.sourceEvent, (M.sourceEvent.type === "touchmove" && M.sourceEvent.touches.length > 1 || // if user deletes a node while dragging, we need to abort the drag to prevent errors
      O && !L.has(O)) && (g = !0), !g) {
        if (!c && P && h && (c = !0, F()), !h) {
          const V = it(M.sourceEvent, d), Y = V.x - u.x, ee = V.y - u.y;
          Math.sqrt(Y * Y + ee * ee) > C && X(M);
        }
        (i.x !== R.xSnapped || i.y !== R.ySnapped) && a && h && (u = it(M.sourceEvent, d), A(R));
      }
    }).on("end", (M) => {
      if (!h || g) {
        g && a.size > 0 && t().updateNodePositions(a, !1);
        return;
      }
      if (c = !1, h = !1, cancelAnimationFrame(s), a.size > 0) {
        const { nodeLookup: P, updateNodePositions: y, onNodeDragStop: E, onSelectionDragStop: k } = t();
        if (v && (y(a, !1), v = !1), o || E || !O && k) {
          const [C, L] = bo({
            nodeId: O,
            dragItems: a,
            nodeLookup: P,
            dragging: !1
          });
          o?.(M.sourceEvent, a, C, L), E?.(M.sourceEvent, C, L), O || k?.(M.sourceEvent, L);
        }
      }
    }).filter((M) => {
      const P = M.target;
      return !M.button && (!N || !Is(P, `.${N}`, x)) && (!w || Is(P, w, x));
    });
    f.call(I);
  }
  function b() {
    f?.on(".drag", null);
  }
  return {
    update: m,
    destroy: b
  };
}
function _0(e, t, n) {
  const r = [], o = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const i of t.values())
    Rr(o, Jn(i)) > 0 && r.push(i);
  return r;
}
const x0 = 250;
function E0(e, t, n, r) {
  let o = [], i = 1 / 0;
  const s = _0(e, n, t + x0);
  for (const a of s) {
    const c = [...a.internals.handleBounds?.source ?? [], ...a.internals.handleBounds?.target ?? []];
    for (const u of c) {
      if (r.nodeId === u.nodeId && r.type === u.type && r.id === u.id)
        continue;
      const { x: d, y: h } = cn(a, u, u.position, !0), f = Math.sqrt(Math.pow(d - e.x, 2) + Math.pow(h - e.y, 2));
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
function Al(e, t, n, r, o, i = !1) {
  const s = r.get(e);
  if (!s)
    return null;
  const a = o === "strict" ? s.internals.handleBounds?.[t] : [...s.internals.handleBounds?.source ?? [], ...s.internals.handleBounds?.target ?? []], c = (n ? a?.find((u) => u.id === n) : a?.[0]) ?? null;
  return c && i ? { ...c, ...cn(s, c, c.position, !0) } : c;
}
function zl(e, t) {
  return e || (t?.classList.contains("target") ? "target" : t?.classList.contains("source") ? "source" : null);
}
function k0(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
const Tl = () => !0;
function N0(e, { connectionMode: t, connectionRadius: n, handleId: r, nodeId: o, edgeUpdaterType: i, isTarget: s, domNode: a, nodeLookup: c, lib: u, autoPanOnConnect: d, flowId: h, panBy: f, cancelConnection: g, onConnectStart: v, onConnect: p, onConnectEnd: m, isValidConnection: b = Tl, onReconnectEnd: N, updateConnection: w, getTransform: x, getFromHandle: S, autoPanSpeed: O, dragThreshold: z = 1, handleDomNode: A }) {
  const F = kl(e.target);
  let X = 0, I;
  const { x: M, y: P } = it(e), y = zl(i, A), E = a?.getBoundingClientRect();
  let k = !1;
  if (!E || !y)
    return;
  const C = Al(o, y, r, c, t);
  if (!C)
    return;
  let L = it(e, E), R = !1, V = null, Y = !1, ee = null;
  function T() {
    if (!d || !E)
      return;
    const [ce, Se] = wi(L, E, O);
    f({ x: ce, y: Se }), X = requestAnimationFrame(T);
  }
  const D = {
    ...C,
    nodeId: o,
    type: y,
    position: C.position
  }, G = c.get(o);
  let J = {
    inProgress: !0,
    isValid: null,
    from: cn(G, D, ae.Left, !0),
    fromHandle: D,
    fromPosition: D.position,
    fromNode: G,
    to: L,
    toHandle: null,
    toPosition: bs[D.position],
    toNode: null,
    pointer: L
  };
  function ne() {
    k = !0, w(J), v?.(e, { nodeId: o, handleId: r, handleType: y });
  }
  z === 0 && ne();
  function le(ce) {
    if (!k) {
      const { x: Oe, y: he } = it(ce), _e = Oe - M, Ie = he - P;
      if (!(_e * _e + Ie * Ie > z * z))
        return;
      ne();
    }
    if (!S() || !D) {
      ve(ce);
      return;
    }
    const Se = x();
    L = it(ce, E), I = E0(ur(L, Se, !1, [1, 1]), n, c, D), R || (T(), R = !0);
    const me = Dl(ce, {
      handle: I,
      connectionMode: t,
      fromNodeId: o,
      fromHandleId: r,
      fromType: s ? "target" : "source",
      isValidConnection: b,
      doc: F,
      lib: u,
      flowId: h,
      nodeLookup: c
    });
    ee = me.handleDomNode, V = me.connection, Y = k0(!!I, me.isValid);
    const we = c.get(o), Ce = we ? cn(we, D, ae.Left, !0) : J.from, Fe = {
      ...J,
      from: Ce,
      isValid: Y,
      to: me.toHandle && Y ? On({ x: me.toHandle.x, y: me.toHandle.y }, Se) : L,
      toHandle: me.toHandle,
      toPosition: Y && me.toHandle ? me.toHandle.position : bs[D.position],
      toNode: me.toHandle ? c.get(me.toHandle.nodeId) : null,
      pointer: L
    };
    w(Fe), J = Fe;
  }
  function ve(ce) {
    if (!("touches" in ce && ce.touches.length > 0)) {
      if (k) {
        (I || ee) && V && Y && p?.(V);
        const { inProgress: Se, ...me } = J, we = {
          ...me,
          toPosition: J.toHandle ? J.toPosition : null
        };
        m?.(ce, we), i && N?.(ce, we);
      }
      g(), cancelAnimationFrame(X), R = !1, Y = !1, V = null, ee = null, F.removeEventListener("mousemove", le), F.removeEventListener("mouseup", ve), F.removeEventListener("touchmove", le), F.removeEventListener("touchend", ve);
    }
  }
  F.addEventListener("mousemove", le), F.addEventListener("mouseup", ve), F.addEventListener("touchmove", le), F.addEventListener("touchend", ve);
}
function Dl(e, { handle: t, connectionMode: n, fromNodeId: r, fromHandleId: o, fromType: i, doc: s, lib: a, flowId: c, isValidConnection: u = Tl, nodeLookup: d }) {
  const h = i === "target", f = t ? s.querySelector(`.${a}-flow__handle[data-id="${c}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x: g, y: v } = it(e), p = s.elementFromPoint(g, v), m = p?.classList.contains(`${a}-flow__handle`) ? p : f, b = {
    handleDomNode: m,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (m) {
    const N = zl(void 0, m), w = m.getAttribute("data-nodeid"), x = m.getAttribute("data-handleid"), S = m.classList.contains("connectable"), O = m.classList.contains("connectableend");
    if (!w || !N)
      return b;
    const z = {
      source: h ? w : r,
      sourceHandle: h ? x : o,
      target: h ? r : w,
      targetHandle: h ? o : x
    };
    b.connection = z;
    const F = S && O && (n === Mn.Strict ? h && N === "source" || !h && N === "target" : w !== r || x !== o);
    b.isValid = F && u(z), b.toHandle = Al(w, N, x, d, n, !0);
  }
  return b;
}
const As = {
  onPointerDown: N0,
  isValid: Dl
};
function S0({ domNode: e, panZoom: t, getTransform: n, getViewScale: r }) {
  const o = Je(e);
  function i({ translateExtent: a, width: c, height: u, zoomStep: d = 1, pannable: h = !0, zoomable: f = !0, inversePan: g = !1 }) {
    const v = (w) => {
      if (w.sourceEvent.type !== "wheel" || !t)
        return;
      const x = n(), S = w.sourceEvent.ctrlKey && $n() ? 10 : 1, O = -w.sourceEvent.deltaY * (w.sourceEvent.deltaMode === 1 ? 0.05 : w.sourceEvent.deltaMode ? 1 : 2e-3) * d, z = x[2] * Math.pow(2, O * S);
      t.scaleTo(z);
    };
    let p = [0, 0];
    const m = (w) => {
      (w.sourceEvent.type === "mousedown" || w.sourceEvent.type === "touchstart") && (p = [
        w.sourceEvent.clientX ?? w.sourceEvent.touches[0].clientX,
        w.sourceEvent.clientY ?? w.sourceEvent.touches[0].clientY
      ]);
    }, b = (w) => {
      const x = n();
      if (w.sourceEvent.type !== "mousemove" && w.sourceEvent.type !== "touchmove" || !t)
        return;
      const S = [
        w.sourceEvent.clientX ?? w.sourceEvent.touches[0].clientX,
        w.sourceEvent.clientY ?? w.sourceEvent.touches[0].clientY
      ], O = [S[0] - p[0], S[1] - p[1]];
      p = S;
      const z = r() * Math.max(x[2], Math.log(x[2])) * (g ? -1 : 1), A = {
        x: x[0] - O[0] * z,
        y: x[1] - O[1] * z
      }, F = [
        [0, 0],
        [c, u]
      ];
      t.setViewportConstrained({
        x: A.x,
        y: A.y,
        zoom: x[2]
      }, F, a);
    }, N = gl().on("start", m).on("zoom", h ? b : null).on("zoom.wheel", f ? v : null);
    o.call(N, {});
  }
  function s() {
    o.on("zoom", null);
  }
  return {
    update: i,
    destroy: s,
    pointer: rt
  };
}
const eo = (e) => ({
  x: e.x,
  y: e.y,
  zoom: e.k
}), wo = ({ x: e, y: t, zoom: n }) => Qr.translate(e, t).scale(n), Dt = (e, t) => e.target.closest(`.${t}`), Ll = (e, t) => t === 2 && Array.isArray(e) && e.includes(2), C0 = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2, _o = (e, t = 0, n = C0, r = () => {
}) => {
  const o = typeof t == "number" && t > 0;
  return o || r(), o ? e.transition().duration(t).ease(n).on("end", r) : e;
}, Rl = (e) => {
  const t = e.ctrlKey && $n() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
};
function M0({ zoomPanValues: e, noWheelClassName: t, d3Selection: n, d3Zoom: r, panOnScrollMode: o, panOnScrollSpeed: i, zoomOnPinch: s, onPanZoomStart: a, onPanZoom: c, onPanZoomEnd: u }) {
  return (d) => {
    if (Dt(d, t))
      return d.ctrlKey && d.preventDefault(), !1;
    d.preventDefault(), d.stopImmediatePropagation();
    const h = n.property("__zoom").k || 1;
    if (d.ctrlKey && s) {
      const m = rt(d), b = Rl(d), N = h * Math.pow(2, b);
      r.scaleTo(n, N, m, d);
      return;
    }
    const f = d.deltaMode === 1 ? 20 : 1;
    let g = o === _n.Vertical ? 0 : d.deltaX * f, v = o === _n.Horizontal ? 0 : d.deltaY * f;
    !$n() && d.shiftKey && o !== _n.Vertical && (g = d.deltaY * f, v = 0), r.translateBy(
      n,
      -(g / h) * i,
      -(v / h) * i,
      // @ts-ignore
      { internal: !0 }
    );
    const p = eo(n.property("__zoom"));
    clearTimeout(e.panScrollTimeout), e.isPanScrolling ? c?.(d, p) : (e.isPanScrolling = !0, a?.(d, p)), e.panScrollTimeout = setTimeout(() => {
      u?.(d, p), e.isPanScrolling = !1;
    }, 150);
  };
}
function P0({ noWheelClassName: e, preventScrolling: t, d3ZoomHandler: n }) {
  return function(r, o) {
    const i = r.type === "wheel", s = !t && i && !r.ctrlKey, a = Dt(r, e);
    if (r.ctrlKey && i && a && r.preventDefault(), s || a)
      return null;
    r.preventDefault(), n.call(this, r, o);
  };
}
function O0({ zoomPanValues: e, onDraggingChange: t, onPanZoomStart: n }) {
  return (r) => {
    if (r.sourceEvent?.internal)
      return;
    const o = eo(r.transform);
    e.mouseButton = r.sourceEvent?.button || 0, e.isZoomingOrPanning = !0, e.prevViewport = o, r.sourceEvent?.type === "mousedown" && t(!0), n && n?.(r.sourceEvent, o);
  };
}
function I0({ zoomPanValues: e, panOnDrag: t, onPaneContextMenu: n, onTransformChange: r, onPanZoom: o }) {
  return (i) => {
    e.usedRightMouseButton = !!(n && Ll(t, e.mouseButton ?? 0)), i.sourceEvent?.sync || r([i.transform.x, i.transform.y, i.transform.k]), o && !i.sourceEvent?.internal && o?.(i.sourceEvent, eo(i.transform));
  };
}
function A0({ zoomPanValues: e, panOnDrag: t, panOnScroll: n, onDraggingChange: r, onPanZoomEnd: o, onPaneContextMenu: i }) {
  return (s) => {
    if (!s.sourceEvent?.internal && (e.isZoomingOrPanning = !1, i && Ll(t, e.mouseButton ?? 0) && !e.usedRightMouseButton && s.sourceEvent && i(s.sourceEvent), e.usedRightMouseButton = !1, r(!1), o)) {
      const a = eo(s.transform);
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
function z0({ panActivationKeyPressed: e, zoomActivationKeyPressed: t, zoomOnScroll: n, zoomOnPinch: r, panOnDrag: o, panOnScroll: i, zoomOnDoubleClick: s, userSelectionActive: a, noWheelClassName: c, noPanClassName: u, lib: d, connectionInProgress: h }) {
  return (f) => {
    const g = t || n, v = r && f.ctrlKey, p = f.type === "wheel";
    if (f.button === 1 && f.type === "mousedown" && (Dt(f, `${d}-flow__node`) || Dt(f, `${d}-flow__edge`) || Dt(f, `${d}-flow__selection`) || Dt(f, `${d}-flow__nodesselection`)))
      return !0;
    if (!o && !g && !i && !s && !r || a || h && !p || Dt(f, c) && p || Dt(f, u) && (!p || i && p && !t) || !r && f.ctrlKey && p)
      return !1;
    if (!r && f.type === "touchstart" && f.touches?.length > 1)
      return f.preventDefault(), !1;
    if (!g && !i && !v && p || !o && (f.type === "mousedown" || f.type === "touchstart") || Array.isArray(o) && !o.includes(f.button) && f.type === "mousedown")
      return !1;
    const m = Array.isArray(o) && o.includes(f.button) || !f.button || f.button <= 1;
    return (!f.ctrlKey || p || e) && m;
  };
}
function T0({ domNode: e, minZoom: t, maxZoom: n, translateExtent: r, viewport: o, onPanZoom: i, onPanZoomStart: s, onPanZoomEnd: a, onDraggingChange: c }) {
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
    const y = P[0];
    y && (h = [
      [0, 0],
      [y.contentRect.width, y.contentRect.height]
    ]);
  }) : null)?.observe(e);
  const g = gl().extent(() => h).scaleExtent([t, n]).translateExtent(r), v = Je(e).call(g);
  x({
    x: o.x,
    y: o.y,
    zoom: Pn(o.zoom, t, n)
  }, [
    [0, 0],
    [d.width, d.height]
  ], r);
  const p = v.on("wheel.zoom"), m = v.on("dblclick.zoom");
  g.wheelDelta(Rl);
  async function b(P, y) {
    return v ? new Promise((E) => {
      g?.interpolate(y?.interpolate === "linear" ? Wn : _r).transform(_o(v, y?.duration, y?.ease, () => E(!0)), P);
    }) : !1;
  }
  function N({ noWheelClassName: P, noPanClassName: y, onPaneContextMenu: E, userSelectionActive: k, panOnScroll: C, panOnDrag: L, panOnScrollMode: R, panOnScrollSpeed: V, preventScrolling: Y, zoomOnPinch: ee, zoomOnScroll: T, zoomOnDoubleClick: D, panActivationKeyPressed: G = !1, zoomActivationKeyPressed: $, lib: J, onTransformChange: ne, connectionInProgress: le, paneClickDistance: ve, selectionOnDrag: ce }) {
    k && !u.isZoomingOrPanning && w();
    const Se = C && !$ && !k;
    g.clickDistance(ce ? 1 / 0 : !Mt(ve) || ve < 0 ? 0 : ve);
    const me = Se ? M0({
      zoomPanValues: u,
      noWheelClassName: P,
      d3Selection: v,
      d3Zoom: g,
      panOnScrollMode: R,
      panOnScrollSpeed: V,
      zoomOnPinch: ee,
      onPanZoomStart: s,
      onPanZoom: i,
      onPanZoomEnd: a
    }) : P0({
      noWheelClassName: P,
      preventScrolling: Y,
      d3ZoomHandler: p
    });
    v.on("wheel.zoom", me, { passive: !1 });
    const we = O0({
      zoomPanValues: u,
      onDraggingChange: c,
      onPanZoomStart: s
    });
    g.on("start", we);
    const Ce = I0({
      zoomPanValues: u,
      panOnDrag: L,
      onPaneContextMenu: !!E,
      onPanZoom: i,
      onTransformChange: ne
    });
    g.on("zoom", Ce);
    const Fe = A0({
      zoomPanValues: u,
      panOnDrag: L,
      panOnScroll: C,
      onPaneContextMenu: E,
      onPanZoomEnd: a,
      onDraggingChange: c
    });
    g.on("end", Fe);
    const Oe = z0({
      panActivationKeyPressed: G,
      zoomActivationKeyPressed: $,
      panOnDrag: L,
      zoomOnScroll: T,
      panOnScroll: C,
      zoomOnDoubleClick: D,
      zoomOnPinch: ee,
      userSelectionActive: k,
      noPanClassName: y,
      noWheelClassName: P,
      lib: J,
      connectionInProgress: le
    });
    g.filter(Oe), D ? v.on("dblclick.zoom", m) : v.on("dblclick.zoom", null);
  }
  function w() {
    g.on("zoom", null);
  }
  async function x(P, y, E) {
    const k = wo(P), C = g?.constrain()(k, y, E);
    return C && await b(C), C;
  }
  async function S(P, y) {
    const E = wo(P);
    return await b(E, y), E;
  }
  function O(P) {
    if (v) {
      const y = wo(P), E = v.property("__zoom");
      (E.k !== P.zoom || E.x !== P.x || E.y !== P.y) && g?.transform(v, y, null, { sync: !0 });
    }
  }
  function z() {
    const P = v ? hl(v.node()) : { x: 0, y: 0, k: 1 };
    return { x: P.x, y: P.y, zoom: P.k };
  }
  async function A(P, y) {
    return v ? new Promise((E) => {
      g?.interpolate(y?.interpolate === "linear" ? Wn : _r).scaleTo(_o(v, y?.duration, y?.ease, () => E(!0)), P);
    }) : !1;
  }
  async function F(P, y) {
    return v ? new Promise((E) => {
      g?.interpolate(y?.interpolate === "linear" ? Wn : _r).scaleBy(_o(v, y?.duration, y?.ease, () => E(!0)), P);
    }) : !1;
  }
  function X(P) {
    g?.scaleExtent(P);
  }
  function I(P) {
    g?.translateExtent(P);
  }
  function M(P) {
    const y = !Mt(P) || P < 0 ? 0 : P;
    g?.clickDistance(y);
  }
  return {
    update: N,
    destroy: w,
    setViewport: S,
    setViewportConstrained: x,
    getViewport: z,
    scaleTo: A,
    scaleBy: F,
    setScaleExtent: X,
    setTranslateExtent: I,
    syncViewport: O,
    setClickDistance: M
  };
}
var zs;
(function(e) {
  e.Line = "line", e.Handle = "handle";
})(zs || (zs = {}));
const D0 = _l();
function L0(e, t, n = {}) {
  return t0(e, t, {
    ...n,
    onError: n.onError ?? D0
  });
}
function Mi() {
  const e = {};
  return [
    (t) => {
      if (t && !Eu(e))
        throw new Error(t);
      return ti(e);
    },
    (t) => ni(e, t)
  ];
}
const [R0, H0] = Mi(), [V0, B0] = Mi(), [F0, j0] = Mi();
var K0 = /* @__PURE__ */ te("<div><!></div>");
function Bt(e, t) {
  ue(t, !0);
  let n = Z(t, "id", 3, null), r = Z(t, "type", 3, "source"), o = Z(t, "position", 19, () => ae.Top), i = Z(t, "isConnectableStart", 3, !0), s = Z(t, "isConnectableEnd", 3, !0), a = /* @__PURE__ */ Ot(t, [
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
  const c = R0("Handle must be used within a Custom Node component"), u = V0("Handle must be used within a Custom Node component");
  let d = _(() => r() === "target"), h = _(() => t.isConnectable !== void 0 ? t.isConnectable : u.value), f = It(), g = _(() => f.ariaLabelConfig), v = null;
  ba(() => {
    if (t.onconnect || t.ondisconnect) {
      f.edges;
      let M = f.connectionLookup.get(`${c}-${r()}${n() ? `-${n()}` : ""}`);
      if (v && !Wg(M, v)) {
        const P = M ?? /* @__PURE__ */ new Map();
        xs(v, P, t.ondisconnect), xs(P, v, t.onconnect);
      }
      v = new Map(M);
    }
  });
  let p = _(() => {
    if (!f.connection.inProgress)
      return [!1, !1, !1, !1, null];
    const { fromHandle: M, toHandle: P, isValid: y } = f.connection, E = M && M.nodeId === c && M.type === r() && M.id === n(), k = P && P.nodeId === c && P.type === r() && P.id === n(), C = f.connectionMode === Mn.Strict ? M?.type !== r() : c !== M?.nodeId || n() !== M?.id;
    return [
      !0,
      E,
      k,
      C,
      k && y
    ];
  }), m = _(() => rr(l(p), 5)), b = _(() => l(m)[0]), N = _(() => l(m)[1]), w = _(() => l(m)[2]), x = _(() => l(m)[3]), S = _(() => l(m)[4]);
  function O(M) {
    const P = f.onbeforeconnect ? f.onbeforeconnect(M) : M;
    P && (f.addEdge(P), f.onconnect?.(M));
  }
  function z(M) {
    const P = Sl(M);
    M.currentTarget && (P && M.button === 0 || !P) && As.onPointerDown(M, {
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
      isValidConnection: t.isValidConnection || ((...y) => f.isValidConnection?.(...y) ?? !0),
      updateConnection: f.updateConnection,
      cancelConnection: f.cancelConnection,
      panBy: f.panBy,
      onConnect: O,
      onConnectStart: f.onconnectstart,
      onConnectEnd: (...y) => f.onconnectend?.(...y),
      getTransform: () => [f.viewport.x, f.viewport.y, f.viewport.zoom],
      getFromHandle: () => f.connection.fromHandle,
      dragThreshold: f.connectionDragThreshold,
      handleDomNode: M.currentTarget
    });
  }
  function A(M) {
    if (!c || !f.clickConnectStartHandle && !i())
      return;
    if (!f.clickConnectStartHandle) {
      f.onclickconnectstart?.(M, { nodeId: c, handleId: n(), handleType: r() }), f.clickConnectStartHandle = { nodeId: c, type: r(), id: n() };
      return;
    }
    const P = kl(M.target), y = t.isValidConnection ?? f.isValidConnection, { connectionMode: E, clickConnectStartHandle: k, flowId: C, nodeLookup: L } = f, { connection: R, isValid: V } = As.isValid(M, {
      handle: { nodeId: c, id: n(), type: r() },
      connectionMode: E,
      fromNodeId: k.nodeId,
      fromHandleId: k.id ?? null,
      fromType: k.type,
      isValidConnection: y,
      flowId: C,
      doc: P,
      lib: "svelte",
      nodeLookup: L
    });
    V && R && O(R);
    const Y = structuredClone(vn(f.connection));
    delete Y.inProgress, Y.toPosition = Y.toHandle ? Y.toHandle.position : null, f.onclickconnectend?.(M, Y), f.clickConnectStartHandle = null;
  }
  var F = K0(), X = () => {
  };
  Yt(F, () => ({
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
    onmousedown: z,
    ontouchstart: z,
    onclick: f.clickConnect ? A : void 0,
    onkeypress: X,
    style: t.style,
    role: "button",
    "aria-label": l(g)["handle.ariaLabel"],
    tabindex: "-1",
    ...a,
    [Rt]: {
      valid: l(S),
      connectingto: l(w),
      connectingfrom: l(N),
      source: !l(d),
      target: l(d),
      connectablestart: i(),
      connectableend: s(),
      connectable: l(h),
      connectionindicator: l(h) && (!l(b) || l(x)) && (l(b) || f.clickConnectStartHandle ? s() : i())
    }
  }));
  var I = K(F);
  We(I, () => t.children ?? jt), H(e, F), de();
}
var Y0 = /* @__PURE__ */ te("<!> <!>", 1);
function Hl(e, t) {
  ue(t, !0);
  let n = Z(t, "targetPosition", 19, () => ae.Top), r = Z(t, "sourcePosition", 19, () => ae.Bottom);
  var o = Y0(), i = fe(o);
  Bt(i, {
    type: "target",
    get position() {
      return n();
    }
  });
  var s = q(i), a = q(s);
  Bt(a, {
    type: "source",
    get position() {
      return r();
    }
  }), re(() => ie(s, ` ${t.data?.label ?? ""} `)), H(e, o), de();
}
var X0 = /* @__PURE__ */ te(" <!>", 1);
function Z0(e, t) {
  ue(t, !0);
  let n = Z(t, "data", 19, () => ({ label: "Node" })), r = Z(t, "sourcePosition", 19, () => ae.Bottom);
  var o = X0(), i = fe(o), s = q(i);
  Bt(s, {
    type: "source",
    get position() {
      return r();
    }
  }), re(() => ie(i, `${n()?.label ?? ""} `)), H(e, o), de();
}
var W0 = /* @__PURE__ */ te(" <!>", 1);
function q0(e, t) {
  ue(t, !0);
  let n = Z(t, "data", 19, () => ({ label: "Node" })), r = Z(t, "targetPosition", 19, () => ae.Top);
  var o = W0(), i = fe(o), s = q(i);
  Bt(s, {
    type: "target",
    get position() {
      return r();
    }
  }), re(() => ie(i, `${n()?.label ?? ""} `)), H(e, o), de();
}
function G0(e, t) {
}
function xo(e, t, n) {
  if (!n || !t)
    return;
  const r = n === "root" ? t : t.querySelector(`.svelte-flow__${n}`);
  r && r.appendChild(e);
}
function U0(e, t) {
  const n = _(It), r = _(() => l(n).domNode);
  let o;
  return l(r) ? xo(e, l(r), t) : o = xa(() => {
    Ve(() => {
      xo(e, l(r), t), o?.();
    });
  }), {
    async update(i) {
      xo(e, l(r), i);
    },
    destroy() {
      e.parentNode && e.parentNode.removeChild(e), o?.();
    }
  };
}
function Q0() {
  let e = ge(typeof window > "u");
  if (l(e)) {
    const t = xa(() => {
      Ve(() => {
        B(e, !1), t?.();
      });
    });
  }
  return {
    get value() {
      return l(e);
    }
  };
}
const Ts = (e) => Rg(e), J0 = (e) => pl(e);
function vt(e) {
  return e === void 0 ? void 0 : `${e}px`;
}
const Hr = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
var $0 = /* @__PURE__ */ te("<div><!></div>");
function Vl(e, t) {
  ue(t, !0);
  let n = Z(t, "x", 3, 0), r = Z(t, "y", 3, 0), o = Z(t, "selectEdgeOnClick", 3, !1), i = Z(t, "transparent", 3, !1), s = /* @__PURE__ */ Ot(t, [
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
  const a = It(), c = F0("EdgeLabel must be used within a Custom Edge component");
  let u = _(() => a.visible.edges.get(c)?.zIndex);
  var d = $0(), h = () => {
    o() && c && a.handleEdgeSelection(c);
  };
  Yt(
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
      [kt]: g
    }),
    [
      () => ({
        display: Q0().value ? "none" : void 0,
        cursor: o() ? "pointer" : void 0,
        transform: `translate(-50%, -50%) translate(${n() ?? ""}px,${r() ?? ""}px)`,
        "pointer-events": "all",
        width: vt(t.width),
        height: vt(t.height),
        "z-index": l(u)
      })
    ],
    void 0,
    void 0,
    "svelte-1wg91mu"
  );
  var f = K(d);
  We(f, () => t.children ?? jt), Te(d, (g, v) => U0?.(g, v), () => "edge-labels"), H(e, d), de();
}
var ev = /* @__PURE__ */ Pe("<path></path>"), tv = /* @__PURE__ */ Pe('<path fill="none"></path><!><!>', 1);
function dr(e, t) {
  let n = Z(t, "interactionWidth", 3, 20), r = /* @__PURE__ */ Ot(t, [
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
  var o = tv(), i = fe(o), s = q(i);
  {
    var a = (d) => {
      var h = ev();
      Yt(h, () => ({
        d: t.path,
        "stroke-opacity": 0,
        "stroke-width": n(),
        fill: "none",
        class: "svelte-flow__edge-interaction",
        ...r
      })), H(d, h);
    };
    se(s, (d) => {
      n() > 0 && d(a);
    });
  }
  var c = q(s);
  {
    var u = (d) => {
      Vl(d, {
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
          var g = pn();
          re(() => ie(g, t.label)), H(h, g);
        },
        $$slots: { default: !0 }
      });
    };
    se(c, (d) => {
      t.label && d(u);
    });
  }
  re(() => {
    Q(i, "id", t.id), Q(i, "d", t.path), De(i, 0, Kt(["svelte-flow__edge-path", t.class])), Q(i, "marker-start", t.markerStart), Q(i, "marker-end", t.markerEnd), Ne(i, t.style);
  }), H(e, o);
}
function Bl(e, t) {
  ue(t, !0);
  let n = _(() => xi({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition,
    curvature: t.pathOptions?.curvature
  })), r = _(() => rr(l(n), 3)), o = _(() => l(r)[0]), i = _(() => l(r)[1]), s = _(() => l(r)[2]);
  dr(e, {
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
function nv(e, t) {
  ue(t, !0);
  let n = _(() => Ei({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition
  })), r = _(() => rr(l(n), 3)), o = _(() => l(r)[0]), i = _(() => l(r)[1]), s = _(() => l(r)[2]);
  dr(e, {
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
function rv(e, t) {
  ue(t, !0);
  let n = _(() => Ml({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY
  })), r = _(() => rr(l(n), 3)), o = _(() => l(r)[0]), i = _(() => l(r)[1]), s = _(() => l(r)[2]);
  dr(e, {
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
function ov(e, t) {
  ue(t, !0);
  let n = _(() => Ei({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition,
    borderRadius: 0
  })), r = _(() => rr(l(n), 3)), o = _(() => l(r)[0]), i = _(() => l(r)[1]), s = _(() => l(r)[2]);
  dr(e, {
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
class iv {
  #e;
  #t;
  /**
   *
   * @param {() => T} fn
   * @param {(update: () => void) => void} onsubscribe
   */
  constructor(t, n) {
    this.#e = t, this.#t = Ea(n);
  }
  get current() {
    return this.#t(), this.#e();
  }
}
const sv = /\(.+\)/, av = /* @__PURE__ */ new Set(["all", "print", "screen", "and", "or", "not", "only"]);
class lv extends iv {
  /**
   * @param {string} query A media query string
   * @param {boolean} [fallback] Fallback value for the server
   */
  constructor(t, n) {
    let r = sv.test(t) || // we need to use `some` here because technically this `window.matchMedia('random,screen')` still returns true
    t.split(/[\s,]+/).some((i) => av.has(i.trim())) ? t : `(${t})`;
    const o = window.matchMedia(r);
    super(
      () => o.matches,
      (i) => Io(o, "change", i)
    );
  }
}
function cv(e, t, n, r) {
  const o = /* @__PURE__ */ new Map();
  return bi(e, { x: 0, y: 0, width: n, height: r }, t, !0).forEach((i) => {
    o.set(i.id, i);
  }), o;
}
function Ds(e) {
  const { edges: t, defaultEdgeOptions: n, nodeLookup: r, previousEdges: o, connectionMode: i, onerror: s, onlyRenderVisible: a, elevateEdgesOnSelect: c, zIndexMode: u } = e, d = /* @__PURE__ */ new Map();
  for (const h of t) {
    const f = r.get(h.source), g = r.get(h.target);
    if (!f || !g || f.hidden || g.hidden)
      continue;
    if (a) {
      const { visibleNodes: m, transform: b, width: N, height: w } = e;
      if (Jg({
        sourceNode: f,
        targetNode: g,
        width: N,
        height: w,
        transform: b
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
    const p = i0({
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
      zIndex: Qg({
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
const uv = _l(), Fl = {
  input: Z0,
  output: q0,
  default: Hl,
  group: G0
}, jl = {
  straight: rv,
  smoothstep: nv,
  default: Bl,
  step: ov
};
function dv(e, t, n, r, o, i) {
  if (t && !n && r && o) {
    const s = lr(i, {
      filter: (a) => !!((a.width || a.initialWidth) && (a.height || a.initialHeight))
    });
    return _i(s, r, o, 0.5, 2, 0.1);
  } else
    return n ?? { x: 0, y: 0, zoom: 1 };
}
function fv(e) {
  class t {
    #e = _(() => e.props.id ?? "1");
    get flowId() {
      return l(this.#e);
    }
    set flowId(r) {
      B(this.#e, r);
    }
    #t = ge(null);
    get domNode() {
      return l(this.#t);
    }
    set domNode(r) {
      B(this.#t, r);
    }
    #n = ge(null);
    get panZoom() {
      return l(this.#n);
    }
    set panZoom(r) {
      B(this.#n, r);
    }
    #r = ge(e.width ?? 0);
    get width() {
      return l(this.#r);
    }
    set width(r) {
      B(this.#r, r);
    }
    #o = ge(e.height ?? 0);
    get height() {
      return l(this.#o);
    }
    set height(r) {
      B(this.#o, r);
    }
    #i = ge(e.props.zIndexMode ?? "basic");
    get zIndexMode() {
      return l(this.#i);
    }
    set zIndexMode(r) {
      B(this.#i, r);
    }
    #s = _(() => {
      const { nodesInitialized: r } = d0(e.nodes, this.nodeLookup, this.parentLookup, {
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
      B(this.#s, r);
    }
    #a = _(() => this.panZoom !== null);
    get viewportInitialized() {
      return l(this.#a);
    }
    set viewportInitialized(r) {
      B(this.#a, r);
    }
    #l = _(() => (m0(this.connectionLookup, this.edgeLookup, e.edges), e.edges));
    get _edges() {
      return l(this.#l);
    }
    set _edges(r) {
      B(this.#l, r);
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
      B(this.#c, r);
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
      B(this.#u, r);
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
        const { viewport: p, width: m, height: b } = this, N = [p.x, p.y, p.zoom];
        f = cv(s, N, m, b), g = Ds({
          ...v,
          onlyRenderVisible: !0,
          visibleNodes: f,
          transform: N,
          width: m,
          height: b
        });
      } else
        f = this.nodeLookup, g = Ds(v);
      return this._prevVisibleEdges = g, { nodes: f, edges: g };
    });
    get visible() {
      return l(this.#d);
    }
    set visible(r) {
      B(this.#d, r);
    }
    #f = _(() => e.props.nodesDraggable ?? !0);
    get nodesDraggable() {
      return l(this.#f);
    }
    set nodesDraggable(r) {
      B(this.#f, r);
    }
    #h = _(() => e.props.nodesConnectable ?? !0);
    get nodesConnectable() {
      return l(this.#h);
    }
    set nodesConnectable(r) {
      B(this.#h, r);
    }
    #g = _(() => e.props.elementsSelectable ?? !0);
    get elementsSelectable() {
      return l(this.#g);
    }
    set elementsSelectable(r) {
      B(this.#g, r);
    }
    #v = _(() => e.props.nodesFocusable ?? !0);
    get nodesFocusable() {
      return l(this.#v);
    }
    set nodesFocusable(r) {
      B(this.#v, r);
    }
    #p = _(() => e.props.edgesFocusable ?? !0);
    get edgesFocusable() {
      return l(this.#p);
    }
    set edgesFocusable(r) {
      B(this.#p, r);
    }
    #m = _(() => e.props.disableKeyboardA11y ?? !1);
    get disableKeyboardA11y() {
      return l(this.#m);
    }
    set disableKeyboardA11y(r) {
      B(this.#m, r);
    }
    #y = _(() => e.props.minZoom ?? 0.5);
    get minZoom() {
      return l(this.#y);
    }
    set minZoom(r) {
      B(this.#y, r);
    }
    #b = _(() => e.props.maxZoom ?? 2);
    get maxZoom() {
      return l(this.#b);
    }
    set maxZoom(r) {
      B(this.#b, r);
    }
    #w = _(() => e.props.nodeOrigin ?? [0, 0]);
    get nodeOrigin() {
      return l(this.#w);
    }
    set nodeOrigin(r) {
      B(this.#w, r);
    }
    #_ = _(() => e.props.nodeExtent ?? Ko);
    get nodeExtent() {
      return l(this.#_);
    }
    set nodeExtent(r) {
      B(this.#_, r);
    }
    #x = _(() => e.props.translateExtent ?? Ko);
    get translateExtent() {
      return l(this.#x);
    }
    set translateExtent(r) {
      B(this.#x, r);
    }
    #E = _(() => e.props.defaultEdgeOptions ?? {});
    get defaultEdgeOptions() {
      return l(this.#E);
    }
    set defaultEdgeOptions(r) {
      B(this.#E, r);
    }
    #k = _(() => e.props.nodeDragThreshold ?? 1);
    get nodeDragThreshold() {
      return l(this.#k);
    }
    set nodeDragThreshold(r) {
      B(this.#k, r);
    }
    #N = _(() => e.props.autoPanOnNodeDrag ?? !0);
    get autoPanOnNodeDrag() {
      return l(this.#N);
    }
    set autoPanOnNodeDrag(r) {
      B(this.#N, r);
    }
    #S = _(() => e.props.autoPanOnConnect ?? !0);
    get autoPanOnConnect() {
      return l(this.#S);
    }
    set autoPanOnConnect(r) {
      B(this.#S, r);
    }
    #C = _(() => e.props.autoPanOnNodeFocus ?? !0);
    get autoPanOnNodeFocus() {
      return l(this.#C);
    }
    set autoPanOnNodeFocus(r) {
      B(this.#C, r);
    }
    #M = _(() => e.props.autoPanSpeed ?? 15);
    get autoPanSpeed() {
      return l(this.#M);
    }
    set autoPanSpeed(r) {
      B(this.#M, r);
    }
    #P = _(() => e.props.connectionDragThreshold ?? 1);
    get connectionDragThreshold() {
      return l(this.#P);
    }
    set connectionDragThreshold(r) {
      B(this.#P, r);
    }
    fitViewQueued = e.props.fitView ?? !1;
    fitViewOptions = e.props.fitViewOptions;
    fitViewResolver = null;
    #O = _(() => e.props.snapGrid ?? null);
    get snapGrid() {
      return l(this.#O);
    }
    set snapGrid(r) {
      B(this.#O, r);
    }
    #I = ge(!1);
    get dragging() {
      return l(this.#I);
    }
    set dragging(r) {
      B(this.#I, r);
    }
    #A = ge(null);
    get selectionRect() {
      return l(this.#A);
    }
    set selectionRect(r) {
      B(this.#A, r);
    }
    #z = ge(!1);
    get selectionKeyPressed() {
      return l(this.#z);
    }
    set selectionKeyPressed(r) {
      B(this.#z, r);
    }
    #T = ge(!1);
    get multiselectionKeyPressed() {
      return l(this.#T);
    }
    set multiselectionKeyPressed(r) {
      B(this.#T, r);
    }
    #D = ge(!1);
    get deleteKeyPressed() {
      return l(this.#D);
    }
    set deleteKeyPressed(r) {
      B(this.#D, r);
    }
    #L = ge(!1);
    get panActivationKeyPressed() {
      return l(this.#L);
    }
    set panActivationKeyPressed(r) {
      B(this.#L, r);
    }
    #R = ge(!1);
    get zoomActivationKeyPressed() {
      return l(this.#R);
    }
    set zoomActivationKeyPressed(r) {
      B(this.#R, r);
    }
    #H = ge(null);
    get selectionRectMode() {
      return l(this.#H);
    }
    set selectionRectMode(r) {
      B(this.#H, r);
    }
    #V = ge("");
    get ariaLiveMessage() {
      return l(this.#V);
    }
    set ariaLiveMessage(r) {
      B(this.#V, r);
    }
    #B = _(() => e.props.selectionMode ?? Tr.Partial);
    get selectionMode() {
      return l(this.#B);
    }
    set selectionMode(r) {
      B(this.#B, r);
    }
    #F = _(() => ({ ...Fl, ...e.props.nodeTypes }));
    get nodeTypes() {
      return l(this.#F);
    }
    set nodeTypes(r) {
      B(this.#F, r);
    }
    #j = _(() => ({ ...jl, ...e.props.edgeTypes }));
    get edgeTypes() {
      return l(this.#j);
    }
    set edgeTypes(r) {
      B(this.#j, r);
    }
    #K = _(() => e.props.noPanClass ?? "nopan");
    get noPanClass() {
      return l(this.#K);
    }
    set noPanClass(r) {
      B(this.#K, r);
    }
    #Y = _(() => e.props.noDragClass ?? "nodrag");
    get noDragClass() {
      return l(this.#Y);
    }
    set noDragClass(r) {
      B(this.#Y, r);
    }
    #X = _(() => e.props.noWheelClass ?? "nowheel");
    get noWheelClass() {
      return l(this.#X);
    }
    set noWheelClass(r) {
      B(this.#X, r);
    }
    #Z = _(() => Zg(e.props.ariaLabelConfig));
    get ariaLabelConfig() {
      return l(this.#Z);
    }
    set ariaLabelConfig(r) {
      B(this.#Z, r);
    }
    #W = ge(dv(this.nodesInitialized, e.props.fitView, e.props.initialViewport, this.width, this.height, this.nodeLookup));
    get _viewport() {
      return l(this.#W);
    }
    set _viewport(r) {
      B(this.#W, r);
    }
    get viewport() {
      return e.viewport ?? this._viewport;
    }
    set viewport(r) {
      e.viewport && (e.viewport = r), this._viewport = r;
    }
    #q = (
      // _connection is viewport independent and originating from XYHandle
      ge(Yo)
    );
    get _connection() {
      return l(this.#q);
    }
    set _connection(r) {
      B(this.#q, r);
    }
    #G = _(() => this._connection.inProgress ? {
      ...this._connection,
      to: ur(this._connection.to, [this.viewport.x, this.viewport.y, this.viewport.zoom])
    } : this._connection);
    get connection() {
      return l(this.#G);
    }
    set connection(r) {
      B(this.#G, r);
    }
    #U = _(() => e.props.connectionMode ?? Mn.Strict);
    get connectionMode() {
      return l(this.#U);
    }
    set connectionMode(r) {
      B(this.#U, r);
    }
    #Q = _(() => e.props.connectionRadius ?? 20);
    get connectionRadius() {
      return l(this.#Q);
    }
    set connectionRadius(r) {
      B(this.#Q, r);
    }
    #J = _(() => e.props.isValidConnection ?? (() => !0));
    get isValidConnection() {
      return l(this.#J);
    }
    set isValidConnection(r) {
      B(this.#J, r);
    }
    #$ = _(() => e.props.selectNodesOnDrag ?? !0);
    get selectNodesOnDrag() {
      return l(this.#$);
    }
    set selectNodesOnDrag(r) {
      B(this.#$, r);
    }
    #ee = _(() => e.props.defaultMarkerColor === void 0 ? "#b1b1b7" : e.props.defaultMarkerColor);
    get defaultMarkerColor() {
      return l(this.#ee);
    }
    set defaultMarkerColor(r) {
      B(this.#ee, r);
    }
    #te = _(() => s0(e.edges, {
      defaultColor: this.defaultMarkerColor,
      id: this.flowId,
      defaultMarkerStart: this.defaultEdgeOptions.markerStart,
      defaultMarkerEnd: this.defaultEdgeOptions.markerEnd
    }));
    get markers() {
      return l(this.#te);
    }
    set markers(r) {
      B(this.#te, r);
    }
    #ne = _(() => e.props.onlyRenderVisibleElements ?? !1);
    get onlyRenderVisibleElements() {
      return l(this.#ne);
    }
    set onlyRenderVisibleElements(r) {
      B(this.#ne, r);
    }
    #re = _(() => e.props.onflowerror ?? uv);
    get onerror() {
      return l(this.#re);
    }
    set onerror(r) {
      B(this.#re, r);
    }
    #oe = _(() => e.props.ondelete);
    get ondelete() {
      return l(this.#oe);
    }
    set ondelete(r) {
      B(this.#oe, r);
    }
    #ie = _(() => e.props.onbeforedelete);
    get onbeforedelete() {
      return l(this.#ie);
    }
    set onbeforedelete(r) {
      B(this.#ie, r);
    }
    #se = _(() => e.props.onbeforeconnect);
    get onbeforeconnect() {
      return l(this.#se);
    }
    set onbeforeconnect(r) {
      B(this.#se, r);
    }
    #ae = _(() => e.props.onconnect);
    get onconnect() {
      return l(this.#ae);
    }
    set onconnect(r) {
      B(this.#ae, r);
    }
    #le = _(() => e.props.onconnectstart);
    get onconnectstart() {
      return l(this.#le);
    }
    set onconnectstart(r) {
      B(this.#le, r);
    }
    #ce = _(() => e.props.onconnectend);
    get onconnectend() {
      return l(this.#ce);
    }
    set onconnectend(r) {
      B(this.#ce, r);
    }
    #ue = _(() => e.props.onbeforereconnect);
    get onbeforereconnect() {
      return l(this.#ue);
    }
    set onbeforereconnect(r) {
      B(this.#ue, r);
    }
    #de = _(() => e.props.onreconnect);
    get onreconnect() {
      return l(this.#de);
    }
    set onreconnect(r) {
      B(this.#de, r);
    }
    #fe = _(() => e.props.onreconnectstart);
    get onreconnectstart() {
      return l(this.#fe);
    }
    set onreconnectstart(r) {
      B(this.#fe, r);
    }
    #he = _(() => e.props.onreconnectend);
    get onreconnectend() {
      return l(this.#he);
    }
    set onreconnectend(r) {
      B(this.#he, r);
    }
    #ge = _(() => e.props.clickConnect ?? !0);
    get clickConnect() {
      return l(this.#ge);
    }
    set clickConnect(r) {
      B(this.#ge, r);
    }
    #ve = _(() => e.props.onclickconnectstart);
    get onclickconnectstart() {
      return l(this.#ve);
    }
    set onclickconnectstart(r) {
      B(this.#ve, r);
    }
    #pe = _(() => e.props.onclickconnectend);
    get onclickconnectend() {
      return l(this.#pe);
    }
    set onclickconnectend(r) {
      B(this.#pe, r);
    }
    #me = ge(null);
    get clickConnectStartHandle() {
      return l(this.#me);
    }
    set clickConnectStartHandle(r) {
      B(this.#me, r);
    }
    #ye = _(() => e.props.onselectiondrag);
    get onselectiondrag() {
      return l(this.#ye);
    }
    set onselectiondrag(r) {
      B(this.#ye, r);
    }
    #be = _(() => e.props.onselectiondragstart);
    get onselectiondragstart() {
      return l(this.#be);
    }
    set onselectiondragstart(r) {
      B(this.#be, r);
    }
    #we = _(() => e.props.onselectiondragstop);
    get onselectiondragstop() {
      return l(this.#we);
    }
    set onselectiondragstop(r) {
      B(this.#we, r);
    }
    resolveFitView = async () => {
      this.panZoom && (await Fg(
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
    _prefersDark = new lv("(prefers-color-scheme: dark)", e.props.colorModeSSR === "dark");
    #_e = _(() => e.props.colorMode === "system" ? this._prefersDark.current ? "dark" : "light" : e.props.colorMode ?? "light");
    get colorMode() {
      return l(this.#_e);
    }
    set colorMode(r) {
      B(this.#_e, r);
    }
    constructor() {
    }
    resetStoreValues() {
      this.dragging = !1, this.selectionRect = null, this.selectionRectMode = null, this.selectionKeyPressed = !1, this.multiselectionKeyPressed = !1, this.deleteKeyPressed = !1, this.panActivationKeyPressed = !1, this.zoomActivationKeyPressed = !1, this._connection = Yo, this.clickConnectStartHandle = null, this.viewport = e.props.initialViewport ?? { x: 0, y: 0, zoom: 1 }, this.ariaLiveMessage = "";
    }
  }
  return new t();
}
const hv = an.error001("svelte");
function It() {
  const e = ti(Vr);
  if (!e)
    throw new Error(hv);
  return e.getStore();
}
const Vr = Symbol();
function Wo(e) {
  const t = fv(e);
  function n(I) {
    t.nodeTypes = {
      ...Fl,
      ...I
    };
  }
  function r(I) {
    t.edgeTypes = {
      ...jl,
      ...I
    };
  }
  function o(I) {
    t.edges = L0(I, t.edges, { onError: t.onerror });
  }
  const i = (I, M = !1) => {
    t.nodes = t.nodes.map((P) => {
      if (t.connection.inProgress && t.connection.fromNode.id === P.id) {
        const E = t.nodeLookup.get(P.id);
        E && (t.connection = {
          ...t.connection,
          from: cn(E, t.connection.fromHandle, ae.Left, !0)
        });
      }
      const y = I.get(P.id);
      return y ? { ...P, position: y.position, dragging: M } : P;
    });
  };
  function s(I) {
    const { changes: M, updatedInternals: P } = v0(I, t.nodeLookup, t.parentLookup, t.domNode, t.nodeOrigin, t.nodeExtent, t.zIndexMode);
    if (!P)
      return;
    c0(t.nodeLookup, t.parentLookup, {
      nodeOrigin: t.nodeOrigin,
      nodeExtent: t.nodeExtent,
      zIndexMode: t.zIndexMode
    }), t.fitViewQueued && t.resolveFitView();
    const y = /* @__PURE__ */ new Map();
    for (const E of M) {
      const k = t.nodeLookup.get(E.id)?.internals.userNode;
      if (!k)
        continue;
      const C = { ...k };
      switch (E.type) {
        case "dimensions": {
          const L = { ...C.measured, ...E.dimensions };
          E.setAttributes && (C.width = E.dimensions?.width ?? C.width, C.height = E.dimensions?.height ?? C.height), C.measured = L;
          break;
        }
        case "position":
          C.position = E.position ?? C.position;
          break;
      }
      y.set(E.id, C);
    }
    t.nodes = t.nodes.map((E) => y.get(E.id) ?? E);
  }
  function a(I) {
    const M = t.fitViewResolver ?? Promise.withResolvers();
    return t.fitViewQueued = !0, t.fitViewOptions = I, t.fitViewResolver = M, t.nodes = [...t.nodes], M.promise;
  }
  async function c(I, M, P) {
    const y = typeof P?.zoom < "u" ? P.zoom : t.maxZoom, E = t.panZoom;
    return E ? (await E.setViewport({
      x: t.width / 2 - I * y,
      y: t.height / 2 - M * y,
      zoom: y
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
    const y = I.map((E) => (M ? M.has(E.id) : !0) && E.selected ? (P = !0, { ...E, selected: !1 }) : E);
    return [P, y];
  }
  function m(I) {
    const M = I?.nodes ? new Set(I.nodes.map((L) => L.id)) : null, [P, y] = p(t.nodes, M);
    P && (t.nodes = y);
    const E = I?.edges ? new Set(I.edges.map((L) => L.id)) : null, [k, C] = p(t.edges, E);
    k && (t.edges = C);
  }
  function b(I) {
    const M = t.multiselectionKeyPressed;
    t.nodes = t.nodes.map((P) => {
      const y = I.includes(P.id), E = M && P.selected || y;
      return !!P.selected !== E ? { ...P, selected: E } : P;
    }), M || m({ nodes: [] });
  }
  function N(I) {
    const M = t.multiselectionKeyPressed;
    t.edges = t.edges.map((P) => {
      const y = I.includes(P.id), E = M && P.selected || y;
      return !!P.selected !== E ? { ...P, selected: E } : P;
    }), M || m({ edges: [] });
  }
  function w(I, M, P) {
    const y = t.nodeLookup.get(I);
    if (!y) {
      t.onerror("012", an.error012(I));
      return;
    }
    t.selectionRect = null, t.selectionRectMode = null, y.selected ? (M || y.selected && t.multiselectionKeyPressed) && (m({ nodes: [y.internals.userNode], edges: [] }), requestAnimationFrame(() => P?.blur())) : b([I]);
  }
  function x(I) {
    const M = t.edgeLookup.get(I);
    if (!M) {
      t.onerror("016", an.error016(I));
      return;
    }
    (M.selectable || t.elementsSelectable && typeof M.selectable > "u") && (t.selectionRect = null, t.selectionRectMode = null, M.selected ? M.selected && t.multiselectionKeyPressed && m({ nodes: [], edges: [M] }) : N([I]));
  }
  function S(I, M) {
    const { nodeExtent: P, snapGrid: y, nodeOrigin: E, nodeLookup: k, nodesDraggable: C, onerror: L } = t, R = /* @__PURE__ */ new Map(), V = y?.[0] ?? 5, Y = y?.[1] ?? 5, ee = I.x * V * M, T = I.y * Y * M;
    for (const D of k.values()) {
      if (!(D.selected && (D.draggable || C && typeof D.draggable > "u")))
        continue;
      let $ = {
        x: D.internals.positionAbsolute.x + ee,
        y: D.internals.positionAbsolute.y + T
      };
      y && ($ = cr($, y));
      const { position: J, positionAbsolute: ne } = ml({
        nodeId: D.id,
        nextPosition: $,
        nodeLookup: k,
        nodeExtent: P,
        nodeOrigin: E,
        onError: L
      });
      D.position = J, D.internals.positionAbsolute = ne, R.set(D.id, D);
    }
    i(R);
  }
  function O(I) {
    return p0({
      delta: I,
      panZoom: t.panZoom,
      transform: [t.viewport.x, t.viewport.y, t.viewport.zoom],
      translateExtent: t.translateExtent,
      width: t.width,
      height: t.height
    });
  }
  const z = (I) => {
    t._connection = { ...I };
  };
  function A() {
    t._connection = Yo;
  }
  function F() {
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
    addSelectedNodes: b,
    addSelectedEdges: N,
    handleNodeSelection: w,
    handleEdgeSelection: x,
    moveSelectedNodes: S,
    panBy: O,
    updateConnection: z,
    cancelConnection: A,
    reset: F
  });
}
function gv(e, t) {
  const { minZoom: n, maxZoom: r, initialViewport: o, onPanZoomStart: i, onPanZoom: s, onPanZoomEnd: a, translateExtent: c, setPanZoomInstance: u, onDraggingChange: d, onTransformChange: h } = t, f = T0({
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
var vv = /* @__PURE__ */ te('<div class="svelte-flow__zoom svelte-flow__container"><!></div>');
function pv(e, t) {
  ue(t, !0);
  let n = Z(t, "store", 15), r = _(() => n().panActivationKeyPressed || t.panOnDrag), o = _(() => n().panActivationKeyPressed || t.panOnScroll);
  const { viewport: i } = n();
  let s = !1;
  Ve(() => {
    !s && n().viewportInitialized && (t.oninit?.(), s = !0);
  });
  var a = vv(), c = K(a);
  We(c, () => t.children), Te(a, (u, d) => gv?.(u, d), () => ({
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
  })), H(e, a), de();
}
function Ls(e, t) {
  return (n) => {
    n.target === t && e?.(n);
  };
}
function Rs(e) {
  return (t) => {
    const n = e.has(t.id);
    return !!t.selected !== n ? { ...t, selected: n } : t;
  };
}
function Hs(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
var mv = /* @__PURE__ */ te("<div><!></div>");
function yv(e, t) {
  ue(t, !0);
  let n = Z(t, "store", 15), r = Z(t, "panOnDrag", 3, !0), o = Z(t, "paneClickDistance", 3, 1), i = Z(t, "autoPanOnSelection", 3, !0), s, a = null, c = !1, u = /* @__PURE__ */ new Set(), d = /* @__PURE__ */ new Set(), h = _(() => n().panActivationKeyPressed || r()), f = _(() => n().selectionKeyPressed || !!n().selectionRect || t.selectionOnDrag && l(h) !== !0), g = _(() => n().elementsSelectable && (l(f) || n().selectionRectMode === "user")), v = !1, p = 0, m = { x: 0, y: 0 }, b = !1;
  function N(C) {
    if (C.pointerType === "touch" && l(h) !== !1 && !n().selectionKeyPressed || (a = s?.getBoundingClientRect(), !a)) return;
    const L = C.target === s, R = !L && !!C.target.closest(".nokey"), V = t.selectionOnDrag && L || n().selectionKeyPressed;
    if (R || !l(f) || !V || C.button !== 0 || !C.isPrimary)
      return;
    C.target?.setPointerCapture?.(C.pointerId), v = !1, b = !1;
    const { x: Y, y: ee } = it(C, a), T = ur({ x: Y, y: ee }, [
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
        x: Y,
        y: ee
      },
      !0
    ), L || (C.stopPropagation(), C.preventDefault());
  }
  function w(C, L) {
    if (n().selectionRect?.startX === void 0 || n().selectionRect.startY === void 0)
      return;
    const R = {
      x: n().selectionRect?.startX,
      y: n().selectionRect?.startY
    }, V = On(R, [
      n().viewport.x,
      n().viewport.y,
      n().viewport.zoom
    ]), Y = {
      startX: R.x,
      startY: R.y,
      x: C < V.x ? C : V.x,
      y: L < V.y ? L : V.y,
      width: Math.abs(C - V.x),
      height: Math.abs(L - V.y)
    }, ee = u, T = d;
    u = new Set(bi(
      n().nodeLookup,
      Y,
      [
        n().viewport.x,
        n().viewport.y,
        n().viewport.zoom
      ],
      n().selectionMode === Tr.Partial,
      !0
    ).map((G) => G.id));
    const D = n().defaultEdgeOptions.selectable ?? !0;
    d = /* @__PURE__ */ new Set();
    for (const G of u) {
      const $ = n().connectionLookup.get(G);
      if ($)
        for (const { edgeId: J } of $.values()) {
          const ne = n().edgeLookup.get(J);
          ne && (ne.selectable ?? D) && d.add(J);
        }
    }
    Hs(ee, u) || n(n().nodes = n().nodes.map(Rs(u)), !0), Hs(T, d) || n(n().edges = n().edges.map(Rs(d)), !0), n(n().selectionRectMode = "user", !0), n(n().selectionRect = Y, !0);
  }
  function x() {
    if (!i() || !a)
      return;
    const [C, L] = wi(m, a, n().autoPanSpeed);
    n().panBy({ x: C, y: L }).then((R) => {
      if (!v || !R) {
        p = requestAnimationFrame(x);
        return;
      }
      w(m.x, m.y), p = requestAnimationFrame(x);
    });
  }
  function S() {
    cancelAnimationFrame(p), p = 0, b = !1;
  }
  or(() => {
    typeof window < "u" && S();
  });
  function O(C) {
    if (!l(f) || !a || !n().selectionRect)
      return;
    const L = it(C, a);
    m = { x: L.x, y: L.y };
    const R = {
      x: n().selectionRect.startX,
      y: n().selectionRect.startY
    }, V = On(R, [
      n().viewport.x,
      n().viewport.y,
      n().viewport.zoom
    ]);
    if (!v) {
      const Y = n().selectionKeyPressed ? 0 : o();
      if (Math.hypot(L.x - V.x, L.y - V.y) <= Y)
        return;
      n().unselectNodesAndEdges(), t.onselectionstart?.(C);
    }
    v = !0, b || (x(), b = !0), w(L.x, L.y);
  }
  function z(C) {
    if (!l(g)) {
      C.target === s && n().connection.inProgress && (c = !0);
      return;
    }
    C.button === 0 && (C.target?.releasePointerCapture?.(C.pointerId), !v && C.target === s && I?.(C), n(n().selectionRect = null, !0), v && n(n().selectionRectMode = u.size > 0 ? "nodes" : null, !0), v && t.onselectionend?.(C), S());
  }
  function A(C) {
    C.target?.releasePointerCapture?.(C.pointerId), S();
  }
  const F = (C) => {
    if (Array.isArray(l(h)) && l(h).includes(2)) {
      C.preventDefault();
      return;
    }
    t.onpanecontextmenu?.({ event: C });
  }, X = (C) => {
    v && (C.stopPropagation(), v = !1);
  };
  function I(C) {
    if (v || n().connection.inProgress || c) {
      v = !1, c = !1;
      return;
    }
    t.onpaneclick?.({ event: C }), n().unselectNodesAndEdges(), n(n().selectionRectMode = null, !0), n(n().selectionRect = null, !0);
  }
  var M = mv();
  let P;
  var y = _(() => l(g) ? void 0 : Ls(I, s));
  M.__click = function(...C) {
    l(y)?.apply(this, C);
  }, M.__pointermove = function(...C) {
    (l(g) ? O : void 0)?.apply(this, C);
  }, M.__pointerup = z;
  var E = _(() => Ls(F, s));
  M.__contextmenu = function(...C) {
    l(E)?.apply(this, C);
  };
  var k = K(M);
  We(k, () => t.children), zn(M, (C) => s = C, () => s), re((C) => P = De(M, 1, "svelte-flow__pane svelte-flow__container", null, P, C), [
    () => ({
      draggable: r() === !0 || Array.isArray(r()) && r().includes(0),
      dragging: n().dragging,
      selection: l(f)
    })
  ]), Ze(
    "pointerdown",
    M,
    function(...C) {
      (l(g) ? N : void 0)?.apply(this, C);
    },
    !0
  ), Ze("pointercancel", M, function(...C) {
    (l(g) ? A : void 0)?.apply(this, C);
  }), Ze(
    "click",
    M,
    function(...C) {
      (l(g) ? X : void 0)?.apply(this, C);
    },
    !0
  ), H(e, M), de();
}
Ft(["click", "pointermove", "pointerup", "contextmenu"]);
var bv = /* @__PURE__ */ te('<div class="svelte-flow__viewport xyflow__viewport svelte-flow__container"><!></div>');
function wv(e, t) {
  ue(t, !0);
  var n = bv();
  let r;
  var o = K(n);
  We(o, () => t.children), re(() => r = Ne(n, "", r, {
    transform: `translate(${t.store.viewport.x ?? ""}px, ${t.store.viewport.y ?? ""}px) scale(${t.store.viewport.zoom ?? ""})`
  })), H(e, n), de();
}
function Kl(e, t) {
  const { store: n, onDrag: r, onDragStart: o, onDragStop: i, onNodeMouseDown: s } = t, a = w0({
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
var _v = /* @__PURE__ */ te('<div aria-live="assertive" aria-atomic="true" class="a11y-live-msg svelte-13pq11u"> </div>'), xv = /* @__PURE__ */ te('<div class="a11y-hidden svelte-13pq11u"> </div> <div class="a11y-hidden svelte-13pq11u"> </div> <!>', 1);
function Ev(e, t) {
  ue(t, !0);
  var n = xv(), r = fe(n), o = K(r), i = q(r, 2), s = K(i), a = q(i, 2);
  {
    var c = (u) => {
      var d = _v(), h = K(d);
      re(() => {
        Q(d, "id", `${kv}-${t.store.flowId}`), ie(h, t.store.ariaLiveMessage);
      }), H(u, d);
    };
    se(a, (u) => {
      t.store.disableKeyboardA11y || u(c);
    });
  }
  re(() => {
    Q(r, "id", `${Yl}-${t.store.flowId}`), ie(o, t.store.disableKeyboardA11y ? t.store.ariaLabelConfig["node.a11yDescription.default"] : t.store.ariaLabelConfig["node.a11yDescription.keyboardDisabled"]), Q(i, "id", `${Xl}-${t.store.flowId}`), ie(s, t.store.ariaLabelConfig["edge.a11yDescription.default"]);
  }), H(e, n), de();
}
const Yl = "svelte-flow__node-desc", Xl = "svelte-flow__edge-desc", kv = "svelte-flow__aria-live";
var Nv = /* @__PURE__ */ te("<div><!></div>");
function Sv(e, t) {
  ue(t, !0);
  let n = Z(t, "store", 15), r = _(() => Be(t.node.data, () => ({}), !0)), o = _(() => Be(t.node.selected, !1)), i = _(() => t.node.draggable), s = _(() => t.node.selectable), a = _(() => Be(t.node.deletable, !0)), c = _(() => t.node.connectable), u = _(() => t.node.focusable), d = _(() => Be(t.node.hidden, !1)), h = _(() => Be(t.node.dragging, !1)), f = _(() => Be(t.node.style, "")), g = _(() => t.node.class), v = _(() => Be(t.node.type, "default")), p = _(() => t.node.parentId), m = _(() => t.node.sourcePosition), b = _(() => t.node.targetPosition), N = _(() => Be(t.node.measured, () => ({ width: 0, height: 0 }), !0).width), w = _(() => Be(t.node.measured, () => ({ width: 0, height: 0 }), !0).height), x = _(() => t.node.initialWidth), S = _(() => t.node.initialHeight), O = _(() => t.node.width), z = _(() => t.node.height), A = _(() => t.node.dragHandle), F = _(() => Be(t.node.internals.z, 0)), X = _(() => t.node.internals.positionAbsolute.x), I = _(() => t.node.internals.positionAbsolute.y), M = _(() => t.node.internals.userNode), { id: P } = t.node, y = _(() => l(i) ?? n().nodesDraggable), E = _(() => l(s) ?? n().elementsSelectable), k = _(() => l(c) ?? n().nodesConnectable), C = _(() => xl(t.node)), L = _(() => !!t.node.internals.handleBounds), R = _(() => l(C) && l(L)), V = _(() => l(u) ?? n().nodesFocusable);
  function Y(he) {
    return n().parentLookup.has(he);
  }
  let ee = _(() => Y(P)), T = ge(null), D = null, G = l(v), $ = l(m), J = l(b), ne = _(() => n().nodeTypes[l(v)] ?? Hl), le = _(() => n().ariaLabelConfig), ve = {
    get value() {
      return l(k);
    }
  };
  H0(P), B0(ve);
  let ce = _(() => {
    const he = l(N) === void 0 ? l(O) ?? l(x) : l(O), _e = l(w) === void 0 ? l(z) ?? l(S) : l(z);
    if (!(he === void 0 && _e === void 0 && l(f) === void 0))
      return `${l(f)};${he ? `width:${vt(he)};` : ""}${_e ? `height:${vt(_e)};` : ""}`;
  });
  Ve(() => {
    (l(v) !== G || l(m) !== $ || l(b) !== J) && l(T) !== null && requestAnimationFrame(() => {
      l(T) !== null && n().updateNodeInternals(/* @__PURE__ */ new Map([[P, { id: P, nodeElement: l(T), force: !0 }]]));
    }), G = l(v), $ = l(m), J = l(b);
  }), Ve(() => {
    t.resizeObserver && (!l(R) || l(T) !== D) && (D && t.resizeObserver.unobserve(D), l(T) && t.resizeObserver.observe(l(T)), D = l(T));
  }), or(() => {
    D && t.resizeObserver?.unobserve(D);
  });
  function Se(he) {
    l(E) && (!n().selectNodesOnDrag || !l(y) || n().nodeDragThreshold > 0) && n().handleNodeSelection(P), t.onnodeclick?.({ node: l(M), event: he });
  }
  function me(he) {
    if (!(Nl(he) || n().disableKeyboardA11y))
      if (vl.includes(he.key) && l(E)) {
        const _e = he.key === "Escape";
        n().handleNodeSelection(P, _e, l(T));
      } else l(y) && t.node.selected && Object.prototype.hasOwnProperty.call(Hr, he.key) && (he.preventDefault(), n(
        n().ariaLiveMessage = l(le)["node.a11yDescription.ariaLiveMessage"]({
          direction: he.key.replace("Arrow", "").toLowerCase(),
          x: ~~t.node.internals.positionAbsolute.x,
          y: ~~t.node.internals.positionAbsolute.y
        }),
        !0
      ), n().moveSelectedNodes(Hr[he.key], he.shiftKey ? 4 : 1));
  }
  const we = () => {
    if (n().disableKeyboardA11y || !n().autoPanOnNodeFocus || !l(T)?.matches(":focus-visible"))
      return;
    const { width: he, height: _e, viewport: Ie } = n();
    bi(/* @__PURE__ */ new Map([[P, t.node]]), { x: 0, y: 0, width: he, height: _e }, [Ie.x, Ie.y, Ie.zoom], !0).length > 0 || n().setCenter(t.node.position.x + (t.node.measured.width ?? 0) / 2, t.node.position.y + (t.node.measured.height ?? 0) / 2, { zoom: Ie.zoom });
  };
  var Ce = ke(), Fe = fe(Ce);
  {
    var Oe = (he) => {
      var _e = Nv();
      Yt(_e, () => ({
        "data-id": P,
        class: [
          "svelte-flow__node",
          `svelte-flow__node-${l(v)}`,
          l(g)
        ],
        style: l(ce),
        onclick: Se,
        onpointerenter: t.onnodepointerenter ? (xe) => t.onnodepointerenter({ node: l(M), event: xe }) : void 0,
        onpointerleave: t.onnodepointerleave ? (xe) => t.onnodepointerleave({ node: l(M), event: xe }) : void 0,
        onpointermove: t.onnodepointermove ? (xe) => t.onnodepointermove({ node: l(M), event: xe }) : void 0,
        oncontextmenu: t.onnodecontextmenu ? (xe) => t.onnodecontextmenu({ node: l(M), event: xe }) : void 0,
        onkeydown: l(V) ? me : void 0,
        onfocus: l(V) ? we : void 0,
        tabIndex: l(V) ? 0 : void 0,
        role: t.node.ariaRole ?? (l(V) ? "group" : void 0),
        "aria-label": t.node.ariaLabel,
        "aria-roledescription": "node",
        "aria-describedby": n().disableKeyboardA11y ? void 0 : `${Yl}-${n().flowId}`,
        ...t.node.domAttributes,
        [Rt]: {
          dragging: l(h),
          selected: l(o),
          draggable: l(y),
          connectable: l(k),
          selectable: l(E),
          nopan: l(y),
          parent: l(ee)
        },
        [kt]: {
          "z-index": l(F),
          transform: `translate(${l(X) ?? ""}px, ${l(I) ?? ""}px)`,
          visibility: l(C) ? "visible" : "hidden"
        }
      }));
      var Ie = K(_e);
      Yr(Ie, () => l(ne), (xe, Ge) => {
        Ge(xe, {
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
            return l(b);
          },
          get zIndex() {
            return l(F);
          },
          get dragging() {
            return l(h);
          },
          get draggable() {
            return l(y);
          },
          get dragHandle() {
            return l(A);
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
            return l(z);
          }
        });
      }), Te(_e, (xe, Ge) => Kl?.(xe, Ge), () => ({
        nodeId: P,
        isSelectable: l(E),
        disabled: !l(y),
        handleSelector: l(A),
        noDragClass: n().noDragClass,
        nodeClickDistance: t.nodeClickDistance,
        onNodeMouseDown: n().handleNodeSelection,
        onDrag: (xe, Ge, yt, j) => {
          t.onnodedrag?.({ event: xe, targetNode: yt, nodes: j });
        },
        onDragStart: (xe, Ge, yt, j) => {
          t.onnodedragstart?.({ event: xe, targetNode: yt, nodes: j });
        },
        onDragStop: (xe, Ge, yt, j) => {
          t.onnodedragstop?.({ event: xe, targetNode: yt, nodes: j });
        },
        store: n()
      })), zn(_e, (xe) => B(T, xe), () => l(T)), H(he, _e);
    };
    se(Fe, (he) => {
      l(d) || he(Oe);
    });
  }
  H(e, Ce), de();
}
var Cv = /* @__PURE__ */ te('<div class="svelte-flow__nodes"></div>');
function Mv(e, t) {
  ue(t, !0);
  let n = Z(t, "store", 15);
  const r = typeof ResizeObserver > "u" ? null : new ResizeObserver((i) => {
    const s = /* @__PURE__ */ new Map();
    i.forEach((a) => {
      const c = a.target.getAttribute("data-id");
      s.set(c, { id: c, nodeElement: a.target, force: !0 });
    }), n().updateNodeInternals(s);
  });
  or(() => {
    r?.disconnect();
  });
  var o = Cv();
  gt(o, 21, () => n().visible.nodes.values(), (i) => i.id, (i, s) => {
    Sv(i, {
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
  }), H(e, o), de();
}
var Pv = /* @__PURE__ */ Pe('<svg class="svelte-flow__edge-wrapper"><g><!></g></svg>');
function Ov(e, t) {
  ue(t, !0);
  let n = _(() => t.edge.id), r = _(() => t.edge.source), o = _(() => t.edge.target), i = _(() => t.edge.sourceX), s = _(() => t.edge.sourceY), a = _(() => t.edge.targetX), c = _(() => t.edge.targetY), u = _(() => t.edge.sourcePosition), d = _(() => t.edge.targetPosition), h = _(() => Be(t.edge.animated, !1)), f = _(() => Be(t.edge.selected, !1)), g = _(() => t.edge.label), v = _(() => t.edge.labelStyle), p = _(() => Be(t.edge.data, () => ({}), !0)), m = _(() => t.edge.style), b = _(() => t.edge.interactionWidth), N = _(() => Be(t.edge.type, "default")), w = _(() => t.edge.sourceHandle), x = _(() => t.edge.targetHandle), S = _(() => t.edge.markerStart), O = _(() => t.edge.markerEnd), z = _(() => t.edge.selectable), A = _(() => t.edge.focusable), F = _(() => Be(t.edge.deletable, !0)), X = _(() => t.edge.hidden), I = _(() => t.edge.zIndex), M = _(() => t.edge.class), P = _(() => t.edge.ariaLabel);
  j0(l(n));
  let y = null, E = _(() => l(z) ?? t.store.elementsSelectable), k = _(() => l(A) ?? t.store.edgesFocusable), C = _(() => t.store.edgeTypes[l(N)] ?? Bl), L = _(() => l(S) ? `url('#${Zo(l(S), t.store.flowId)}')` : void 0), R = _(() => l(O) ? `url('#${Zo(l(O), t.store.flowId)}')` : void 0);
  function V($) {
    const J = t.store.edgeLookup.get(l(n));
    J && (l(E) && t.store.handleEdgeSelection(l(n)), t.onedgeclick?.({ event: $, edge: J }));
  }
  function Y($, J) {
    const ne = t.store.edgeLookup.get(l(n));
    ne && J({ event: $, edge: ne });
  }
  function ee($) {
    if (!t.store.disableKeyboardA11y && vl.includes($.key) && l(E)) {
      const { unselectNodesAndEdges: J, addSelectedEdges: ne } = t.store;
      $.key === "Escape" ? (y?.blur(), J({ edges: [t.edge] })) : ne([l(n)]);
    }
  }
  var T = ke(), D = fe(T);
  {
    var G = ($) => {
      var J = Pv();
      let ne;
      var le = K(J);
      Yt(le, () => ({
        class: ["svelte-flow__edge", l(M)],
        "data-id": l(n),
        onclick: V,
        oncontextmenu: t.onedgecontextmenu ? (ce) => {
          Y(ce, t.onedgecontextmenu);
        } : void 0,
        onpointerenter: t.onedgepointerenter ? (ce) => {
          Y(ce, t.onedgepointerenter);
        } : void 0,
        onpointerleave: t.onedgepointerleave ? (ce) => {
          Y(ce, t.onedgepointerleave);
        } : void 0,
        "aria-label": l(P) === null ? void 0 : l(P) ? l(P) : `Edge from ${l(r)} to ${l(o)}`,
        "aria-describedby": l(k) ? `${Xl}-${t.store.flowId}` : void 0,
        role: t.edge.ariaRole ?? (l(k) ? "group" : "img"),
        "aria-roledescription": "edge",
        onkeydown: l(k) ? ee : void 0,
        tabindex: l(k) ? 0 : void 0,
        ...t.edge.domAttributes,
        [Rt]: {
          animated: l(h),
          selected: l(f),
          selectable: l(E)
        }
      }));
      var ve = K(le);
      Yr(ve, () => l(C), (ce, Se) => {
        Se(ce, {
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
            return l(b);
          },
          get selectable() {
            return l(E);
          },
          get deletable() {
            return l(F);
          },
          get type() {
            return l(N);
          },
          get sourceHandleId() {
            return l(w);
          },
          get targetHandleId() {
            return l(x);
          },
          get markerStart() {
            return l(L);
          },
          get markerEnd() {
            return l(R);
          }
        });
      }), zn(le, (ce) => y = ce, () => y), re(() => ne = Ne(J, "", ne, { "z-index": l(I) })), H($, J);
    };
    se(D, ($) => {
      l(X) || $(G);
    });
  }
  H(e, T), de();
}
ku();
var Iv = /* @__PURE__ */ Pe("<defs></defs>");
function Av(e, t) {
  ue(t, !1);
  const n = It();
  Yu();
  var r = Iv();
  gt(r, 5, () => n.markers, (o) => o.id, (o, i) => {
    Lv(o, Gt(() => l(i)));
  }), H(e, r), de();
}
var zv = /* @__PURE__ */ Pe('<polyline class="arrow" fill="none" stroke-linecap="round" stroke-linejoin="round" points="-5,-4 0,0 -5,4"></polyline>'), Tv = /* @__PURE__ */ Pe('<polyline class="arrowclosed" stroke-linecap="round" stroke-linejoin="round" points="-5,-4 0,0 -5,4 -5,-4"></polyline>'), Dv = /* @__PURE__ */ Pe('<marker class="svelte-flow__arrowhead" viewBox="-10 -10 20 20" refX="0" refY="0"><!></marker>');
function Lv(e, t) {
  ue(t, !0);
  let n = Z(t, "width", 3, 12.5), r = Z(t, "height", 3, 12.5), o = Z(t, "markerUnits", 3, "strokeWidth"), i = Z(t, "orient", 3, "auto-start-reverse"), s = Z(t, "color", 3, "none");
  var a = Dv(), c = K(a);
  {
    var u = (h) => {
      var f = zv();
      let g;
      re(() => {
        Q(f, "stroke-width", t.strokeWidth), g = Ne(f, "", g, { stroke: s() });
      }), H(h, f);
    }, d = (h) => {
      var f = ke(), g = fe(f);
      {
        var v = (p) => {
          var m = Tv();
          let b;
          re(() => {
            Q(m, "stroke-width", t.strokeWidth), b = Ne(m, "", b, { stroke: s(), fill: s() });
          }), H(p, m);
        };
        se(
          g,
          (p) => {
            t.type === Dr.ArrowClosed && p(v);
          },
          !0
        );
      }
      H(h, f);
    };
    se(c, (h) => {
      t.type === Dr.Arrow ? h(u) : h(d, !1);
    });
  }
  re(() => {
    Q(a, "id", t.id), Q(a, "markerWidth", `${n()}`), Q(a, "markerHeight", `${r()}`), Q(a, "markerUnits", o()), Q(a, "orient", i());
  }), H(e, a), de();
}
var Rv = /* @__PURE__ */ te('<div class="svelte-flow__edges"><svg class="svelte-flow__marker"><!></svg> <!></div>');
function Hv(e, t) {
  ue(t, !0);
  let n = Z(t, "store", 15);
  var r = Rv(), o = K(r), i = K(o);
  Av(i, {});
  var s = q(o, 2);
  gt(s, 17, () => n().visible.edges.values(), (a) => a.id, (a, c) => {
    Ov(a, {
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
  }), H(e, r), de();
}
var Vv = /* @__PURE__ */ te('<div class="svelte-flow__selection svelte-1vr3gfi"></div>');
function Zl(e, t) {
  ue(t, !0);
  let n = Z(t, "x", 3, 0), r = Z(t, "y", 3, 0), o = Z(t, "width", 3, 0), i = Z(t, "height", 3, 0), s = Z(t, "isVisible", 3, !0);
  var a = ke(), c = fe(a);
  {
    var u = (d) => {
      var h = Vv();
      let f;
      re((g) => f = Ne(h, "", f, g), [
        () => ({
          width: typeof o() == "string" ? o() : vt(o()),
          height: typeof i() == "string" ? i() : vt(i()),
          transform: `translate(${n()}px, ${r()}px)`
        })
      ]), H(d, h);
    };
    se(c, (d) => {
      s() && d(u);
    });
  }
  H(e, a), de();
}
var Bv = /* @__PURE__ */ te("<div><!></div>");
function Fv(e, t) {
  ue(t, !0);
  let n = ge(void 0);
  Ve(() => {
    t.store.disableKeyboardA11y || l(n)?.focus({ preventScroll: !0 });
  });
  let r = _(() => {
    if (t.store.selectionRectMode === "nodes") {
      t.store.nodes;
      const d = lr(t.store.nodeLookup, { filter: (h) => !!h.selected });
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
    Object.prototype.hasOwnProperty.call(Hr, d.key) && (d.preventDefault(), t.store.moveSelectedNodes(Hr[d.key], d.shiftKey ? 4 : 1));
  }
  var a = ke(), c = fe(a);
  {
    var u = (d) => {
      var h = Bv();
      h.__contextmenu = o, h.__click = i, h.__keydown = function(...v) {
        (t.store.disableKeyboardA11y ? void 0 : s)?.apply(this, v);
      };
      let f;
      var g = K(h);
      Zl(g, { width: "100%", height: "100%", x: 0, y: 0 }), Te(h, (v, p) => Kl?.(v, p), () => ({
        disabled: !1,
        store: t.store,
        onDrag: (v, p, m, b) => {
          t.onnodedrag?.({ event: v, targetNode: null, nodes: b });
        },
        onDragStart: (v, p, m, b) => {
          t.onnodedragstart?.({ event: v, targetNode: null, nodes: b });
        },
        onDragStop: (v, p, m, b) => {
          t.onnodedragstop?.({ event: v, targetNode: null, nodes: b });
        }
      })), zn(h, (v) => B(n, v), () => l(n)), re(
        (v) => {
          De(h, 1, Kt(["svelte-flow__selection-wrapper", t.store.noPanClass]), "svelte-sf2y5e"), Q(h, "role", t.store.disableKeyboardA11y ? void 0 : "button"), Q(h, "tabindex", t.store.disableKeyboardA11y ? void 0 : -1), f = Ne(h, "", f, v);
        },
        [
          () => ({
            width: vt(l(r).width),
            height: vt(l(r).height),
            transform: `translate(${l(r).x ?? ""}px, ${l(r).y ?? ""}px)`
          })
        ]
      ), H(d, h);
    };
    se(c, (d) => {
      t.store.selectionRectMode === "nodes" && l(r) && Mt(l(r).x) && Mt(l(r).y) && d(u);
    });
  }
  H(e, a), de();
}
Ft(["contextmenu", "click", "keydown"]);
function jv(e) {
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
function ct(e, t) {
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
        enabled: b
      } = h;
      if (!g && !v && console.warn(
        "[svelte-put/shortcut] Trigger should have either `key` or `code`, a trigger missing both was detected! Check your configuration"
      ), b && (g || v)) {
        if (v && a.code !== v) continue;
        if (g && a.key !== g) continue;
        if (f === null || f === !1) {
          if (u !== 0) continue;
        } else if (f !== void 0 && f?.[0]?.length > 0) {
          const w = Array.isArray(f) ? f : [f];
          let x = !1;
          for (const S of w)
            if ((Array.isArray(S) ? S : [S]).reduce(
              (z, A) => z | jv(A),
              0
            ) === u) {
              x = !0;
              break;
            }
          if (!x) continue;
        }
        m && a.preventDefault();
        const N = {
          node: e,
          trigger: h,
          originalEvent: a
        };
        e.dispatchEvent(new CustomEvent("shortcut", { detail: N })), p?.(N);
      }
    }
  }
  let s;
  return n && (s = Io(e, o, i)), {
    update: (a) => {
      const { enabled: c = !0, type: u = "keydown" } = a;
      n && (!c || o !== u) ? s?.() : !n && c && (s = Io(e, u, i)), n = c, o = u, r = a.trigger;
    },
    destroy: () => {
      s?.();
    }
  };
}
function Wl() {
  const e = _(It), t = (i) => {
    const s = Ts(i) ? i : l(e).nodeLookup.get(i.id), a = s.parentId ? Xg(s.position, s.measured, s.parentId, l(e).nodeLookup, l(e).nodeOrigin) : s.position, c = {
      ...s,
      position: a,
      width: s.measured?.width ?? s.width,
      height: s.measured?.height ?? s.height
    };
    return Jn(c);
  };
  function n(i, s, a = { replace: !1 }) {
    l(e).nodes = Ke(() => l(e).nodes).map((c) => {
      if (c.id === i) {
        const u = typeof s == "function" ? s(c) : s;
        return a?.replace && Ts(u) ? u : { ...c, ...u };
      }
      return c;
    });
  }
  function r(i, s, a = { replace: !1 }) {
    l(e).edges = Ke(() => l(e).edges).map((c) => {
      if (c.id === i) {
        const u = typeof s == "function" ? s(c) : s;
        return a.replace && J0(u) ? u : { ...c, ...u };
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
    getNodes: (i) => i === void 0 ? l(e).nodes : Vs(l(e).nodeLookup, i),
    getEdge: (i) => l(e).edgeLookup.get(i),
    getEdges: (i) => i === void 0 ? l(e).edges : Vs(l(e).edgeLookup, i),
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
    getViewport: () => vn(l(e).viewport),
    setCenter: async (i, s, a) => l(e).setCenter(i, s, a),
    fitView: (i) => l(e).fitView(i),
    fitBounds: async (i, s) => {
      if (!l(e).panZoom)
        return !1;
      const a = _i(i, l(e).width, l(e).height, l(e).minZoom, l(e).maxZoom, s?.padding ?? 0.1);
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
      const c = _s(i), u = c ? i : t(i);
      return u ? (a || l(e).nodes).filter((d) => {
        const h = l(e).nodeLookup.get(d.id);
        if (!h || !c && d.id === i.id)
          return !1;
        const f = Jn(h), g = Rr(f, u);
        return s && g > 0 || g >= f.width * f.height || g >= u.width * u.height;
      }) : [];
    },
    isNodeIntersecting: (i, s, a = !0) => {
      const u = _s(i) ? i : t(i);
      if (!u)
        return !1;
      const d = Rr(u, s);
      return a && d > 0 || d >= s.width * s.height || d >= u.width * u.height;
    },
    deleteElements: async ({ nodes: i = [], edges: s = [] }) => {
      const { nodes: a, edges: c } = await jg({
        nodesToRemove: i,
        edgesToRemove: s,
        nodes: l(e).nodes,
        edges: l(e).edges,
        onBeforeDelete: l(e).onbeforedelete
      });
      return a && (l(e).nodes = Ke(() => l(e).nodes).filter((u) => !a.some(({ id: d }) => d === u.id))), c && (l(e).edges = Ke(() => l(e).edges).filter((u) => !c.some(({ id: d }) => d === u.id))), (a.length > 0 || c.length > 0) && l(e).ondelete?.({ nodes: a, edges: c }), { deletedNodes: a, deletedEdges: c };
    },
    screenToFlowPosition: (i, s = { snapToGrid: !0 }) => {
      if (!l(e).domNode)
        return i;
      const a = s.snapToGrid ? l(e).snapGrid : !1, { x: c, y: u, zoom: d } = l(e).viewport, { x: h, y: f } = l(e).domNode.getBoundingClientRect(), g = { x: i.x - h, y: i.y - f };
      return ur(g, [c, u, d], a !== null, a || [1, 1]);
    },
    /**
     *
     * @param position
     * @returns
     */
    flowToScreenPosition: (i) => {
      if (!l(e).domNode)
        return i;
      const { x: s, y: a, zoom: c } = l(e).viewport, { x: u, y: d } = l(e).domNode.getBoundingClientRect(), h = On(i, [s, a, c]);
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
    getNodesBounds: (i) => Hg(i, {
      nodeLookup: l(e).nodeLookup,
      nodeOrigin: l(e).nodeOrigin
    }),
    getHandleConnections: ({ type: i, id: s, nodeId: a }) => Array.from(l(e).connectionLookup.get(`${a}-${i}-${s ?? null}`)?.values() ?? [])
  };
}
function Vs(e, t) {
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
function Kv(e, t) {
  ue(t, !0);
  let n = Z(t, "store", 15), r = Z(t, "selectionKey", 3, "Shift"), o = Z(t, "multiSelectionKey", 19, () => $n() ? "Meta" : "Control"), i = Z(t, "deleteKey", 3, "Backspace"), s = Z(t, "panActivationKey", 3, " "), a = Z(t, "zoomActivationKey", 19, () => $n() ? "Meta" : "Control"), { deleteElements: c } = Wl();
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
    return (Array.isArray(p) ? p : [p]).map((N) => {
      const w = h(N);
      return {
        key: w,
        modifier: d(N),
        enabled: w !== null,
        callback: m
      };
    });
  }
  function g() {
    n(n().selectionRect = null, !0), n(n().selectionKeyPressed = !1, !0), n(n().multiselectionKeyPressed = !1, !0), n(n().deleteKeyPressed = !1, !0), n(n().panActivationKeyPressed = !1, !0), n(n().zoomActivationKeyPressed = !1, !0);
  }
  function v() {
    const p = n().nodes.filter((b) => b.selected), m = n().edges.filter((b) => b.selected);
    c({ nodes: p, edges: m });
  }
  Ze("blur", je, g), Ze("contextmenu", je, g), Te(je, (p, m) => ct?.(p, m), () => ({
    trigger: f(r(), () => n(n().selectionKeyPressed = !0, !0)),
    type: "keydown"
  })), Te(je, (p, m) => ct?.(p, m), () => ({
    trigger: f(r(), () => n(n().selectionKeyPressed = !1, !0)),
    type: "keyup"
  })), Te(je, (p, m) => ct?.(p, m), () => ({
    trigger: f(o(), () => {
      n(n().multiselectionKeyPressed = !0, !0);
    }),
    type: "keydown"
  })), Te(je, (p, m) => ct?.(p, m), () => ({
    trigger: f(o(), () => n(n().multiselectionKeyPressed = !1, !0)),
    type: "keyup"
  })), Te(je, (p, m) => ct?.(p, m), () => ({
    trigger: f(i(), (p) => {
      !(p.originalEvent.ctrlKey || p.originalEvent.metaKey || p.originalEvent.shiftKey) && !Nl(p.originalEvent) && (n(n().deleteKeyPressed = !0, !0), v());
    }),
    type: "keydown"
  })), Te(je, (p, m) => ct?.(p, m), () => ({
    trigger: f(i(), () => n(n().deleteKeyPressed = !1, !0)),
    type: "keyup"
  })), Te(je, (p, m) => ct?.(p, m), () => ({
    trigger: f(s(), () => n(n().panActivationKeyPressed = !0, !0)),
    type: "keydown"
  })), Te(je, (p, m) => ct?.(p, m), () => ({
    trigger: f(s(), () => n(n().panActivationKeyPressed = !1, !0)),
    type: "keyup"
  })), Te(je, (p, m) => ct?.(p, m), () => ({
    trigger: f(a(), () => n(n().zoomActivationKeyPressed = !0, !0)),
    type: "keydown"
  })), Te(je, (p, m) => ct?.(p, m), () => ({
    trigger: f(a(), () => n(n().zoomActivationKeyPressed = !1, !0)),
    type: "keyup"
  })), de();
}
var Yv = /* @__PURE__ */ Pe('<path fill="none" class="svelte-flow__connection-path"></path>'), Xv = /* @__PURE__ */ Pe('<svg class="svelte-flow__connectionline"><g><!></g></svg>');
function Zv(e, t) {
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
      case Ht.Bezier: {
        const [a] = xi(s);
        return a;
      }
      case Ht.Straight: {
        const [a] = Ml(s);
        return a;
      }
      case Ht.Step:
      case Ht.SmoothStep: {
        const [a] = Ei({
          ...s,
          borderRadius: t.type === Ht.Step ? 0 : void 0
        });
        return a;
      }
    }
  });
  var r = ke(), o = fe(r);
  {
    var i = (s) => {
      var a = Xv(), c = K(a), u = K(c);
      {
        var d = (f) => {
          var g = ke(), v = fe(g);
          Yr(v, () => t.LineComponent, (p, m) => {
            m(p, {});
          }), H(f, g);
        }, h = (f) => {
          var g = Yv();
          re(() => {
            Q(g, "d", l(n)), Ne(g, t.style);
          }), H(f, g);
        };
        se(u, (f) => {
          t.LineComponent ? f(d) : f(h, !1);
        });
      }
      re(
        (f) => {
          Q(a, "width", t.store.width), Q(a, "height", t.store.height), Ne(a, t.containerStyle), De(c, 0, f);
        },
        [
          () => Kt([
            "svelte-flow__connection",
            qg(t.store.connection.isValid)
          ])
        ]
      ), H(s, a);
    };
    se(o, (s) => {
      t.store.connection.inProgress && s(i);
    });
  }
  H(e, r), de();
}
var Wv = /* @__PURE__ */ te("<div><!></div>");
function er(e, t) {
  ue(t, !0);
  let n = Z(t, "position", 3, "top-right"), r = /* @__PURE__ */ Ot(t, [
    "$$slots",
    "$$events",
    "$$legacy",
    "position",
    "style",
    "class",
    "children"
  ]), o = _(() => `${n()}`.split("-"));
  var i = Wv();
  Yt(i, (a) => ({ class: a, style: t.style, ...r }), [
    () => [
      "svelte-flow__panel",
      t.class,
      ...l(o)
    ]
  ]);
  var s = K(i);
  We(s, () => t.children ?? jt), H(e, i), de();
}
var qv = /* @__PURE__ */ te('<a target="_blank" rel="noopener noreferrer" aria-label="Svelte Flow attribution">Svelte Flow</a>');
function Gv(e, t) {
  ue(t, !0);
  let n = Z(t, "position", 3, "bottom-right");
  const r = "https://svelteflow.dev?utm_source=attribution";
  var o = ke(), i = fe(o);
  {
    var s = (a) => {
      {
        let c = _(() => `Please only hide this attribution when you are subscribed to Svelte Flow Pro: ${r}`);
        er(a, {
          get position() {
            return n();
          },
          class: "svelte-flow__attribution",
          get "data-message"() {
            return l(c);
          },
          children: (u, d) => {
            var h = qv();
            re(() => Q(h, "href", r)), H(u, h);
          },
          $$slots: { default: !0 }
        });
      }
    };
    se(i, (a) => {
      t.proOptions?.hideAttribution || a(s);
    });
  }
  H(e, o), de();
}
var Uv = /* @__PURE__ */ te("<div><!></div>");
function Qv(e, t) {
  ue(t, !0);
  let n = Z(t, "domNode", 15), r = Z(t, "clientWidth", 15), o = Z(t, "clientHeight", 15), i = _(() => t.rest.class), s = _(() => Nu(t.rest, [
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
  var c = Uv();
  Yt(
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
      [kt]: d
    }),
    [
      () => ({
        width: vt(t.width),
        height: vt(t.height)
      })
    ],
    void 0,
    void 0,
    "svelte-mkap6j"
  );
  var u = K(c);
  We(u, () => t.children ?? jt), zn(c, (d) => n(d), () => n()), Gi(c, "clientHeight", o), Gi(c, "clientWidth", r), H(e, c), de();
}
var Jv = /* @__PURE__ */ te('<div class="svelte-flow__viewport-back svelte-flow__container"></div> <!> <div class="svelte-flow__edge-labels svelte-flow__container"></div> <!> <!> <!> <div class="svelte-flow__viewport-front svelte-flow__container"></div>', 1), $v = /* @__PURE__ */ te("<!> <!>", 1), ep = /* @__PURE__ */ te("<!> <!> <!> <!> <!>", 1);
function tp(e, t) {
  ue(t, !0);
  let n = Z(t, "paneClickDistance", 3, 1), r = Z(t, "nodeClickDistance", 3, 1), o = Z(t, "panOnScrollMode", 19, () => _n.Free), i = Z(t, "preventScrolling", 3, !0), s = Z(t, "zoomOnScroll", 3, !0), a = Z(t, "zoomOnDoubleClick", 3, !0), c = Z(t, "zoomOnPinch", 3, !0), u = Z(t, "panOnScroll", 3, !1), d = Z(t, "panOnScrollSpeed", 3, 0.5), h = Z(t, "panOnDrag", 3, !0), f = Z(t, "selectionOnDrag", 3, !1), g = Z(t, "autoPanOnSelection", 3, !0), v = Z(t, "connectionLineType", 19, () => Ht.Bezier), p = Z(t, "nodes", 31, () => xn([])), m = Z(t, "edges", 31, () => xn([])), b = Z(t, "viewport", 15, void 0), N = /* @__PURE__ */ Ot(t, [
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
  ]), w = Wo({
    props: N,
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
      return b();
    },
    set viewport(S) {
      b(S);
    }
  });
  const x = ti(Vr);
  x && x.setStore && x.setStore(w), ni(Vr, {
    provider: !1,
    getStore() {
      return w;
    }
  }), Ve(() => {
    const S = { nodes: w.selectedNodes, edges: w.selectedEdges };
    Ke(() => t.onselectionchange)?.(S);
    for (const O of w.selectionChangeHandlers.values())
      O(S);
  }), or(() => {
    x?.setStore(Wo({ width: 0, height: 0, nodes: [], edges: [], props: {} }));
  }), Qv(e, {
    get colorMode() {
      return w.colorMode;
    },
    get width() {
      return t.width;
    },
    get height() {
      return t.height;
    },
    get rest() {
      return N;
    },
    get domNode() {
      return w.domNode;
    },
    set domNode(S) {
      w.domNode = S;
    },
    get clientWidth() {
      return w.width;
    },
    set clientWidth(S) {
      w.width = S;
    },
    get clientHeight() {
      return w.height;
    },
    set clientHeight(S) {
      w.height = S;
    },
    children: (S, O) => {
      var z = ep(), A = fe(z);
      Kv(A, {
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
          return w;
        },
        set store(P) {
          w = P;
        }
      });
      var F = q(A, 2);
      pv(F, {
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
          return w;
        },
        set store(P) {
          w = P;
        },
        children: (P, y) => {
          yv(P, {
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
              return w;
            },
            set store(E) {
              w = E;
            },
            children: (E, k) => {
              var C = $v(), L = fe(C);
              wv(L, {
                get store() {
                  return w;
                },
                set store(V) {
                  w = V;
                },
                children: (V, Y) => {
                  var ee = Jv(), T = q(fe(ee), 2);
                  Hv(T, {
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
                      return w;
                    },
                    set store(J) {
                      w = J;
                    }
                  });
                  var D = q(T, 4);
                  Zv(D, {
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
                      return w;
                    },
                    set store(J) {
                      w = J;
                    }
                  });
                  var G = q(D, 2);
                  Mv(G, {
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
                      return w;
                    },
                    set store(J) {
                      w = J;
                    }
                  });
                  var $ = q(G, 2);
                  Fv($, {
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
                      return w;
                    },
                    set store(J) {
                      w = J;
                    }
                  }), H(V, ee);
                },
                $$slots: { default: !0 }
              });
              var R = q(L, 2);
              {
                let V = _(() => !!(w.selectionRect && w.selectionRectMode === "user")), Y = _(() => w.selectionRect?.width), ee = _(() => w.selectionRect?.height), T = _(() => w.selectionRect?.x), D = _(() => w.selectionRect?.y);
                Zl(R, {
                  get isVisible() {
                    return l(V);
                  },
                  get width() {
                    return l(Y);
                  },
                  get height() {
                    return l(ee);
                  },
                  get x() {
                    return l(T);
                  },
                  get y() {
                    return l(D);
                  }
                });
              }
              H(E, C);
            },
            $$slots: { default: !0 }
          });
        },
        $$slots: { default: !0 }
      });
      var X = q(F, 2);
      Gv(X, {
        get proOptions() {
          return t.proOptions;
        },
        get position() {
          return t.attributionPosition;
        }
      });
      var I = q(X, 2);
      Ev(I, {
        get store() {
          return w;
        }
      });
      var M = q(I, 2);
      We(M, () => t.children ?? jt), H(S, z);
    },
    $$slots: { default: !0 }
  }), de();
}
function np(e, t) {
  ue(t, !0);
  let n = ge(Wo({ props: {}, nodes: [], edges: [] }));
  ni(Vr, {
    provider: !0,
    getStore() {
      return l(n);
    },
    setStore: (i) => {
      B(n, i);
    }
  }), or(() => {
    l(n).reset();
  });
  var r = ke(), o = fe(r);
  We(o, () => t.children ?? jt), H(e, r), de();
}
var rp = /* @__PURE__ */ te("<button><!></button>");
function Qt(e, t) {
  let n = /* @__PURE__ */ Ot(t, [
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
  var r = rp();
  Yt(r, () => ({
    type: "button",
    onclick: t.onclick,
    class: ["svelte-flow__controls-button", t.class],
    ...n,
    [kt]: {
      "--xy-controls-button-background-color-props": t.bgColor,
      "--xy-controls-button-background-color-hover-props": t.bgColorHover,
      "--xy-controls-button-color-props": t.color,
      "--xy-controls-button-color-hover-props": t.colorHover,
      "--xy-controls-button-border-color-props": t.borderColor
    }
  }));
  var o = K(r);
  We(o, () => t.children ?? jt), H(e, r);
}
var op = /* @__PURE__ */ Pe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z"></path></svg>');
function ip(e) {
  var t = op();
  H(e, t);
}
var sp = /* @__PURE__ */ Pe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 5"><path d="M0 0h32v4.2H0z"></path></svg>');
function ap(e) {
  var t = sp();
  H(e, t);
}
var lp = /* @__PURE__ */ Pe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30"><path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z"></path></svg>');
function cp(e) {
  var t = lp();
  H(e, t);
}
var up = /* @__PURE__ */ Pe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 25 32"><path d="M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0 8 0 4.571 3.429 4.571 7.619v3.048H3.048A3.056 3.056 0 000 13.714v15.238A3.056 3.056 0 003.048 32h18.285a3.056 3.056 0 003.048-3.048V13.714a3.056 3.056 0 00-3.048-3.047zM12.19 24.533a3.056 3.056 0 01-3.047-3.047 3.056 3.056 0 013.047-3.048 3.056 3.056 0 013.048 3.048 3.056 3.056 0 01-3.048 3.047zm4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z"></path></svg>');
function dp(e) {
  var t = up();
  H(e, t);
}
var fp = /* @__PURE__ */ Pe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 25 32"><path d="M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047A3.056 3.056 0 000 13.714v15.238A3.056 3.056 0 003.048 32h18.285a3.056 3.056 0 003.048-3.048V13.714a3.056 3.056 0 00-3.048-3.047zM12.19 24.533a3.056 3.056 0 01-3.047-3.047 3.056 3.056 0 013.047-3.048 3.056 3.056 0 013.048 3.048 3.056 3.056 0 01-3.048 3.047z"></path></svg>');
function hp(e) {
  var t = fp();
  H(e, t);
}
var gp = /* @__PURE__ */ te("<!> <!>", 1), vp = /* @__PURE__ */ te("<!> <!> <!> <!> <!> <!>", 1);
function pp(e, t) {
  ue(t, !0);
  let n = Z(t, "position", 3, "bottom-left"), r = Z(t, "orientation", 3, "vertical"), o = Z(t, "showZoom", 3, !0), i = Z(t, "showFitView", 3, !0), s = Z(t, "showLock", 3, !0), a = /* @__PURE__ */ Ot(t, [
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
  ]), c = _(It);
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
  }, b = () => {
    l(c).fitView(t.fitViewOptions);
  }, N = () => {
    let w = !l(d);
    l(c).nodesDraggable = w, l(c).nodesConnectable = w, l(c).elementsSelectable = w;
  };
  {
    let w = _(() => [
      "svelte-flow__controls",
      l(v),
      t.class
    ]);
    er(e, Gt(
      {
        get class() {
          return l(w);
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
          var O = vp(), z = fe(O);
          {
            var A = (R) => {
              var V = ke(), Y = fe(V);
              We(Y, () => t.before), H(R, V);
            };
            se(z, (R) => {
              t.before && R(A);
            });
          }
          var F = q(z, 2);
          {
            var X = (R) => {
              var V = gp(), Y = fe(V);
              Qt(Y, Gt(
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
                    ip(T);
                  },
                  $$slots: { default: !0 }
                }
              ));
              var ee = q(Y, 2);
              Qt(ee, Gt(
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
                    ap(T);
                  },
                  $$slots: { default: !0 }
                }
              )), H(R, V);
            };
            se(F, (R) => {
              o() && R(X);
            });
          }
          var I = q(F, 2);
          {
            var M = (R) => {
              Qt(R, Gt(
                {
                  class: "svelte-flow__controls-fitview",
                  onclick: b,
                  get title() {
                    return l(g)["controls.fitView.ariaLabel"];
                  },
                  get "aria-label"() {
                    return l(g)["controls.fitView.ariaLabel"];
                  }
                },
                () => l(u),
                {
                  children: (V, Y) => {
                    cp(V);
                  },
                  $$slots: { default: !0 }
                }
              ));
            };
            se(I, (R) => {
              i() && R(M);
            });
          }
          var P = q(I, 2);
          {
            var y = (R) => {
              Qt(R, Gt(
                {
                  class: "svelte-flow__controls-interactive",
                  onclick: N,
                  get title() {
                    return l(g)["controls.interactive.ariaLabel"];
                  },
                  get "aria-label"() {
                    return l(g)["controls.interactive.ariaLabel"];
                  }
                },
                () => l(u),
                {
                  children: (V, Y) => {
                    var ee = ke(), T = fe(ee);
                    {
                      var D = ($) => {
                        hp($);
                      }, G = ($) => {
                        dp($);
                      };
                      se(T, ($) => {
                        l(d) ? $(D) : $(G, !1);
                      });
                    }
                    H(V, ee);
                  },
                  $$slots: { default: !0 }
                }
              ));
            };
            se(P, (R) => {
              s() && R(y);
            });
          }
          var E = q(P, 2);
          {
            var k = (R) => {
              var V = ke(), Y = fe(V);
              We(Y, () => t.children), H(R, V);
            };
            se(E, (R) => {
              t.children && R(k);
            });
          }
          var C = q(E, 2);
          {
            var L = (R) => {
              var V = ke(), Y = fe(V);
              We(Y, () => t.after), H(R, V);
            };
            se(C, (R) => {
              t.after && R(L);
            });
          }
          H(x, O);
        },
        $$slots: { default: !0 }
      }
    ));
  }
  de();
}
var Vt;
(function(e) {
  e.Lines = "lines", e.Dots = "dots", e.Cross = "cross";
})(Vt || (Vt = {}));
var mp = /* @__PURE__ */ Pe("<circle></circle>");
function yp(e, t) {
  var n = mp();
  re(() => {
    Q(n, "cx", t.radius), Q(n, "cy", t.radius), Q(n, "r", t.radius), De(n, 0, Kt(["svelte-flow__background-pattern", "dots", t.class]));
  }), H(e, n);
}
var bp = /* @__PURE__ */ Pe("<path></path>");
function wp(e, t) {
  ue(t, !0);
  var n = bp();
  re(() => {
    Q(n, "stroke-width", t.lineWidth), Q(n, "d", `M${t.dimensions[0] / 2} 0 V${t.dimensions[1]} M0 ${t.dimensions[1] / 2} H${t.dimensions[0]}`), De(n, 0, Kt([
      "svelte-flow__background-pattern",
      t.variant,
      t.class
    ]));
  }), H(e, n), de();
}
const _p = {
  [Vt.Dots]: 1,
  [Vt.Lines]: 1,
  [Vt.Cross]: 6
};
var xp = /* @__PURE__ */ Pe('<svg data-testid="svelte-flow__background"><pattern patternUnits="userSpaceOnUse"><!></pattern><rect x="0" y="0" width="100%" height="100%"></rect></svg>');
function Ep(e, t) {
  ue(t, !0);
  let n = Z(t, "variant", 19, () => Vt.Dots), r = Z(t, "gap", 3, 20), o = Z(t, "lineWidth", 3, 1), i = _(It), s = _(() => n() === Vt.Dots), a = _(() => n() === Vt.Cross), c = _(() => Array.isArray(r()) ? r() : [r(), r()]), u = _(() => `background-pattern-${l(i).flowId}-${t.id ?? ""}`), d = _(() => [
    l(c)[0] * l(i).viewport.zoom || 1,
    l(c)[1] * l(i).viewport.zoom || 1
  ]), h = _(() => (t.size ?? _p[n()]) * l(i).viewport.zoom), f = _(() => l(a) ? [l(h), l(h)] : l(d)), g = _(() => l(s) ? [l(h) / 2, l(h) / 2] : [
    l(f)[0] / 2,
    l(f)[1] / 2
  ]);
  var v = xp();
  let p;
  var m = K(v), b = K(m);
  {
    var N = (S) => {
      {
        let O = _(() => l(h) / 2);
        yp(S, {
          get radius() {
            return l(O);
          },
          get class() {
            return t.patternClass;
          }
        });
      }
    }, w = (S) => {
      wp(S, {
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
    se(b, (S) => {
      l(s) ? S(N) : S(w, !1);
    });
  }
  var x = q(m);
  re(() => {
    De(v, 0, Kt([
      "svelte-flow__background",
      "svelte-flow__container",
      t.class
    ])), p = Ne(v, "", p, {
      "--xy-background-color-props": t.bgColor,
      "--xy-background-pattern-color-props": t.patternColor
    }), Q(m, "id", l(u)), Q(m, "x", l(i).viewport.x % l(d)[0]), Q(m, "y", l(i).viewport.y % l(d)[1]), Q(m, "width", l(d)[0]), Q(m, "height", l(d)[1]), Q(m, "patternTransform", `translate(-${l(g)[0]},-${l(g)[1]})`), Q(x, "fill", `url(#${l(u)})`);
  }), H(e, v), de();
}
function kp(e) {
  const t = _(It), n = _(() => l(t).nodeLookup), r = _(() => l(t).nodes), o = _(() => (l(r), l(n).get(e)));
  return {
    get current() {
      return l(o);
    }
  };
}
var Np = /* @__PURE__ */ Pe("<rect></rect>");
function Sp(e, t) {
  ue(t, !0);
  let n = Z(t, "borderRadius", 3, 5), r = Z(t, "strokeWidth", 3, 2), o = _(() => kp(t.id)), i = _(() => {
    if (!l(o).current)
      return { width: 0, height: 0, x: 0, y: 0 };
    const { width: v, height: p } = mt(l(o).current);
    return {
      width: t.width ?? v,
      height: t.height ?? p,
      x: t.x ?? l(o).current.internals.positionAbsolute.x,
      y: t.y ?? l(o).current.internals.positionAbsolute.y
    };
  }), s = _(() => l(i).width), a = _(() => l(i).height), c = _(() => l(i).x), u = _(() => l(i).y);
  var d = ke(), h = fe(d);
  {
    var f = (v) => {
      const p = _(() => t.nodeComponent);
      var m = ke(), b = fe(m);
      Yr(b, () => l(p), (N, w) => {
        w(N, {
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
      }), H(v, m);
    }, g = (v) => {
      var p = Np();
      let m, b;
      re(() => {
        m = De(p, 0, Kt(["svelte-flow__minimap-node", t.class]), null, m, { selected: t.selected }), Q(p, "x", l(c)), Q(p, "y", l(u)), Q(p, "rx", n()), Q(p, "ry", n()), Q(p, "width", l(s)), Q(p, "height", l(a)), Q(p, "shape-rendering", t.shapeRendering), b = Ne(p, "", b, {
          fill: t.color,
          stroke: t.strokeColor,
          "stroke-width": r()
        });
      }), H(v, p);
    };
    se(h, (v) => {
      t.nodeComponent ? v(f) : v(g, !1);
    });
  }
  H(e, d), de();
}
function Cp(e, t) {
  const n = S0({
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
const Eo = (e) => e instanceof Function ? e : () => e;
var Mp = /* @__PURE__ */ Pe("<title> </title>"), Pp = /* @__PURE__ */ Pe('<svg class="svelte-flow__minimap-svg" role="img"><!><!><path class="svelte-flow__minimap-mask" fill-rule="evenodd" pointer-events="none"></path></svg>'), Op = /* @__PURE__ */ te('<svelte-css-wrapper style="display: contents"><!></svelte-css-wrapper>', 1);
function Ip(e, t) {
  ue(t, !0);
  let n = Z(t, "position", 3, "bottom-right"), r = Z(t, "nodeStrokeColor", 3, "transparent"), o = Z(t, "nodeClass", 3, ""), i = Z(t, "nodeBorderRadius", 3, 5), s = Z(t, "nodeStrokeWidth", 3, 2), a = Z(t, "width", 3, 200), c = Z(t, "height", 3, 150), u = Z(t, "pannable", 3, !0), d = Z(t, "zoomable", 3, !0), h = /* @__PURE__ */ Ot(t, [
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
  ]), f = _(It), g = _(() => l(f).ariaLabelConfig);
  const v = (
    // @ts-expect-error - TS doesn't know about chrome
    typeof window > "u" || window.chrome ? "crispEdges" : "geometricPrecision"
  );
  let p = _(() => `svelte-flow__minimap-desc-${l(f).flowId}`), m = _(() => ({
    x: -l(f).viewport.x / l(f).viewport.zoom,
    y: -l(f).viewport.y / l(f).viewport.zoom,
    width: l(f).width / l(f).viewport.zoom,
    height: l(f).height / l(f).viewport.zoom
  })), b = _(() => l(f).nodes.some((k) => !k.hidden)), N = _(() => l(b) ? bl(lr(l(f).nodeLookup, { filter: (k) => !k.hidden }), l(m)) : l(m)), w = _(() => l(N).width / a()), x = _(() => l(N).height / c()), S = _(() => Math.max(l(w), l(x))), O = _(() => l(S) * a()), z = _(() => l(S) * c()), A = _(() => 5 * l(S)), F = _(() => l(N).x - (l(O) - l(N).width) / 2 - l(A)), X = _(() => l(N).y - (l(z) - l(N).height) / 2 - l(A)), I = _(() => l(O) + l(A) * 2), M = _(() => l(z) + l(A) * 2);
  const P = () => l(S);
  var y = Op(), E = fe(y);
  {
    let k = _(() => ["svelte-flow__minimap", t.class]);
    Iu(E, () => ({ "--xy-minimap-background-color-props": t.bgColor })), er(E.lastChild, Gt(
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
        children: (C, L) => {
          var R = ke(), V = fe(R);
          {
            var Y = (ee) => {
              var T = Pp();
              let D;
              var G = K(T);
              {
                var $ = (le) => {
                  var ve = Mp(), ce = K(ve);
                  re(() => {
                    Q(ve, "id", l(p)), ie(ce, t.ariaLabel ?? l(g)["minimap.ariaLabel"]);
                  }), H(le, ve);
                };
                se(G, (le) => {
                  (t.ariaLabel ?? l(g)["minimap.ariaLabel"]) && le($);
                });
              }
              var J = q(G);
              gt(J, 17, () => l(f).nodes, (le) => le.id, (le, ve) => {
                const ce = _(() => l(f).nodeLookup.get(l(ve).id));
                var Se = ke(), me = fe(Se);
                {
                  var we = (Ce) => {
                    {
                      let Fe = _(() => t.nodeColor === void 0 ? void 0 : Eo(t.nodeColor)(l(ve))), Oe = _(() => Eo(r())(l(ve))), he = _(() => Eo(o())(l(ve)));
                      Sp(Ce, {
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
                          return l(Fe);
                        },
                        get borderRadius() {
                          return i();
                        },
                        get strokeColor() {
                          return l(Oe);
                        },
                        get strokeWidth() {
                          return s();
                        },
                        get shapeRendering() {
                          return v;
                        },
                        get class() {
                          return l(he);
                        }
                      });
                    }
                  };
                  se(me, (Ce) => {
                    l(ce) && xl(l(ce)) && !l(ce).hidden && Ce(we);
                  });
                }
                H(le, Se);
              });
              var ne = q(J);
              Te(T, (le, ve) => Cp?.(le, ve), () => ({
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
              })), re(() => {
                Q(T, "width", a()), Q(T, "height", c()), Q(T, "viewBox", `${l(F) ?? ""} ${l(X) ?? ""} ${l(I) ?? ""} ${l(M) ?? ""}`), Q(T, "aria-labelledby", l(p)), D = Ne(T, "", D, {
                  "--xy-minimap-mask-background-color-props": t.maskColor,
                  "--xy-minimap-mask-stroke-color-props": t.maskStrokeColor,
                  "--xy-minimap-mask-stroke-width-props": t.maskStrokeWidth ? t.maskStrokeWidth * l(S) : void 0
                }), Q(ne, "d", `M${l(F) - l(A)},${l(X) - l(A)}h${l(I) + l(A) * 2}v${l(M) + l(A) * 2}h${-l(I) - l(A) * 2}z
      M${l(m).x ?? ""},${l(m).y ?? ""}h${l(m).width ?? ""}v${l(m).height ?? ""}h${-l(m).width}z`);
              }), H(ee, T);
            };
            se(V, (ee) => {
              l(f).panZoom && ee(Y);
            });
          }
          H(C, R);
        },
        $$slots: { default: !0 }
      }
    ));
  }
  H(e, y), de();
}
const Ap = [
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
], Bs = {
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
Ap.reduce(
  (e, { color: t, primary: n, secondary: r }) => ({
    ...e,
    [t]: {
      primary: Bs[t][n],
      secondary: Bs[t][r]
    }
  }),
  {}
);
function zp(e) {
  let t;
  const n = Ea((o) => {
    let i = !1;
    const s = e.subscribe((a) => {
      t = a, i && o();
    });
    return i = !0, s;
  });
  function r() {
    return Su() ? (n(), t) : Zu(e);
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
const Tp = "__i18n__", Dp = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Lp = [
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
function Rp(e) {
  return typeof e == "string" && e.includes(Tp);
}
class Hp {
  #e;
  get shared() {
    return l(this.#e);
  }
  set shared(t) {
    B(this.#e, t, !0);
  }
  #t;
  get props() {
    return l(this.#t);
  }
  set props(t) {
    B(this.#t, t, !0);
  }
  #n;
  get i18n() {
    return l(this.#n);
  }
  set i18n(t) {
    B(this.#n, t, !0);
  }
  constructor(t, n) {
    this.#e = ge(xn({})), this.#t = ge(xn({})), this.#n = ge((r) => r), this.translatable_props = {}, this.last_update = null, this.shared_props = Lp, this.mounted = !1, this.registered_id = null, this.live_i18n = (r) => (this._i18n_from_store?.current, this.i18n(r));
    for (const r in t.shared_props)
      this.shared[r] = t.shared_props[r];
    for (const r in t.props)
      r !== "i18n_store" && (this.props[r] = t.props[r]);
    if (n)
      for (const r in n)
        this.props[r] === void 0 && (this.props[r] = n[r]);
    this.i18n = this.props.i18n ?? ((r) => r), this.i18n_store = t.props.i18n_store, this._i18n_from_store = this.i18n_store ? zp(this.i18n_store) : void 0;
    for (const r of Dp)
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
    ), this.registered_id = this.shared.id, this.last_shared_props = t.shared_props, this.last_props = t.props, Ve(() => {
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
      ), this.registered_id = r, Ke(() => {
        this.shared.id = r;
      });
    }), Ve(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), Ve(() => this.i18n_store ? this.i18n_store.subscribe(() => {
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
    return vn(this.props);
  }
  update(t) {
    this.set_data(t);
  }
  set_data(t) {
    for (const n in t) {
      const r = t[n], o = Rp(r) ? this._translate_and_store(this.shared_props.includes(n) ? "shared" : "props", n, r) : r;
      if (this.shared_props.includes(n)) {
        const i = n;
        this.shared[i] = o;
        continue;
      }
      this.props[n] = o;
    }
  }
  watch_for_change() {
    Ve(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var Vp = /* @__PURE__ */ te('<button class="fold svelte-1p2zvd"> </button>'), Bp = /* @__PURE__ */ te('<span class="fold svelte-1p2zvd"></span>'), Fp = /* @__PURE__ */ te('<span class="repeat svelte-1p2zvd"> </span>'), jp = /* @__PURE__ */ te('<div class="row svelte-1p2zvd"><!> <span class="lname svelte-1p2zvd"> </span> <span class="ltype svelte-1p2zvd"> </span> <!> <span class="detail svelte-1p2zvd"> </span> <span class="shape svelte-1p2zvd"> </span> <span class="params svelte-1p2zvd"> </span></div> <!>', 1);
function ql(e, t) {
  ue(t, !0);
  let n = xn({});
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
  var s = ke(), a = fe(s);
  gt(a, 17, () => t.layers, (c) => c.path, (c, u) => {
    const d = _(() => l(u).children.length > 0), h = _(() => n[l(u).path] ?? t.depth === 0);
    var f = jp(), g = fe(f);
    let v;
    var p = K(g);
    {
      var m = (k) => {
        var C = Vp();
        C.__click = () => n[l(u).path] = !l(h);
        var L = K(C);
        re(() => {
          Q(C, "aria-label", l(h) ? "fold" : "unfold"), ie(L, l(h) ? "▾" : "▸");
        }), H(k, C);
      }, b = (k) => {
        var C = Bp();
        H(k, C);
      };
      se(p, (k) => {
        l(d) ? k(m) : k(b, !1);
      });
    }
    var N = q(p, 2), w = K(N), x = q(N, 2), S = K(x), O = q(x, 2);
    {
      var z = (k) => {
        var C = Fp(), L = K(C);
        re(() => ie(L, `×${l(u).repeat ?? ""}`)), H(k, C);
      };
      se(O, (k) => {
        l(u).repeat > 1 && k(z);
      });
    }
    var A = q(O, 2), F = K(A), X = q(A, 2), I = K(X), M = q(X, 2), P = K(M), y = q(g, 2);
    {
      var E = (k) => {
        {
          let C = _(() => t.depth + 1);
          ql(k, {
            get layers() {
              return l(u).children;
            },
            get depth() {
              return l(C);
            }
          });
        }
      };
      se(y, (k) => {
        l(d) && l(h) && k(E);
      });
    }
    re(
      (k, C, L) => {
        Q(g, "data-layer", l(u).path), v = Ne(g, "", v, { "padding-left": `${t.depth * 12}px` }), ie(w, k), ie(S, l(u).type), ie(F, l(u).detail), ie(I, C), ie(P, L);
      },
      [
        () => i(l(u)),
        () => o(l(u)),
        () => l(u).params ? r(l(u).params * l(u).repeat) : ""
      ]
    ), H(c, f);
  }), H(e, s), de();
}
Ft(["click"]);
var Kp = /* @__PURE__ */ te('<input class="rename nodrag svelte-fi58hk" aria-label="node name"/>'), Yp = /* @__PURE__ */ te('<span class="name svelte-fi58hk" title="double-click to rename"> </span>'), Xp = /* @__PURE__ */ te('<button class="expand nodrag svelte-fi58hk"> </button>'), Zp = /* @__PURE__ */ te('<i class="svelte-fi58hk"> </i> ', 1), Wp = /* @__PURE__ */ te('<div><!> <span class="label svelte-fi58hk"><!></span></div>'), qp = /* @__PURE__ */ te('<div class="port out svelte-fi58hk"><span class="label svelte-fi58hk"><b class="svelte-fi58hk"> </b> </span> <!></div>'), Gp = /* @__PURE__ */ te('<div class="summary svelte-fi58hk"> </div>'), Up = /* @__PURE__ */ te('<div class="stats svelte-fi58hk"> </div>'), Qp = /* @__PURE__ */ te('<div class="message svelte-fi58hk" data-testid="node-message"> </div>'), Jp = /* @__PURE__ */ te('<div class="message warning svelte-fi58hk"> </div>'), $p = /* @__PURE__ */ te('<div class="layers nodrag nowheel svelte-fi58hk"><!></div>'), em = /* @__PURE__ */ te('<div><div class="header svelte-fi58hk"><!> <span class="block svelte-fi58hk"> </span> <!></div> <div class="ports svelte-fi58hk"><!> <!></div> <!> <!> <!> <!></div>');
function tm(e, t) {
  ue(t, !0);
  let n = Z(t, "selected", 3, !1), r = ge(!1), o = ge("");
  function i() {
    t.data.editable && (B(o, t.data.node.name, !0), B(r, !0));
  }
  function s(T) {
    T && l(o).trim() && l(o).trim() !== t.data.node.name && t.data.rename(t.data.node.id, l(o).trim()), B(r, !1);
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
  var p = em();
  let m, b;
  var N = K(p), w = K(N);
  {
    var x = (T) => {
      var D = Kp();
      D.__keydown = (G) => {
        G.stopPropagation(), G.key === "Enter" && s(!0), G.key === "Escape" && s(!1);
      }, un(() => oi(D, () => l(o), (G) => B(o, G))), Te(D, (G) => a?.(G)), Ze("blur", D, () => s(!0)), H(T, D);
    }, S = (T) => {
      var D = Yp();
      D.__dblclick = i;
      var G = K(D);
      re(() => ie(G, l(c).name)), H(T, D);
    };
    se(w, (T) => {
      l(r) ? T(x) : T(S, !1);
    });
  }
  var O = q(w, 2), z = K(O), A = q(O, 2);
  {
    var F = (T) => {
      var D = Xp();
      D.__click = ($) => {
        $.stopPropagation(), t.data.expand(l(c).id, !l(c).layers);
      };
      var G = K(D);
      re(() => {
        Q(D, "title", l(c).layers ? "hide the inner layers" : "show the inner layers"), Q(D, "aria-label", l(c).layers ? "collapse" : "expand"), ie(G, l(c).layers ? "−" : "+");
      }), H(T, D);
    };
    se(A, (T) => {
      l(c).expandable && T(F);
    });
  }
  var X = q(N, 2);
  let I;
  var M = K(X);
  gt(M, 19, () => l(c).inputs, (T) => T.handle, (T, D, G) => {
    var $ = Wp();
    let J, ne;
    var le = K($);
    {
      let we = _(() => l(D).ref ? "used" : "free"), Ce = _(() => l(D).error ? "#e53935" : g(l(D).accepts));
      Bt(le, {
        type: "target",
        get position() {
          return ae.Left;
        },
        get id() {
          return l(D).handle;
        },
        get class() {
          return `handle ${l(we) ?? ""}`;
        },
        get style() {
          return `background: ${l(Ce) ?? ""}`;
        },
        get isConnectable() {
          return t.data.editable;
        }
      });
    }
    var ve = q(le, 2), ce = K(ve);
    {
      var Se = (we) => {
        var Ce = pn();
        re(() => ie(Ce, `+ ${l(D).port ?? ""}`)), H(we, Ce);
      }, me = (we) => {
        var Ce = ke(), Fe = fe(Ce);
        {
          var Oe = (_e) => {
            var Ie = Zp(), xe = fe(Ie), Ge = K(xe), yt = q(xe);
            re(() => {
              ie(Ge, l(D).port), ie(yt, ` ${l(D).label ?? ""}`);
            }), H(_e, Ie);
          }, he = (_e) => {
            var Ie = pn();
            re(() => ie(Ie, l(D).label)), H(_e, Ie);
          };
          se(
            Fe,
            (_e) => {
              l(h) ? _e(Oe) : _e(he, !1);
            },
            !0
          );
        }
        H(we, Ce);
      };
      se(ce, (we) => {
        l(D).ref ? we(me, !1) : we(Se);
      });
    }
    re(
      (we) => {
        J = De($, 1, "port in svelte-fi58hk", null, J, { bad: !!l(D).error, empty: !l(D).ref }), Q($, "title", we), ne = Ne($, "", ne, { top: `${l(G) * 18}px` });
      },
      [
        () => l(D).error ?? `${l(D).port}${l(D).doc ? " (" + l(D).doc + ")" : ""}: ${l(D).accepts.join(" or ")}`
      ]
    ), H(T, $);
  });
  var P = q(M, 2);
  gt(P, 19, () => l(u), (T) => T.handle, (T, D, G) => {
    var $ = qp();
    let J;
    var ne = K($), le = K(ne), ve = K(le), ce = q(le), Se = q(ne, 2);
    {
      let me = _(() => l(D).handle === "o:*" ? "bundle" : "");
      Bt(Se, {
        type: "source",
        get position() {
          return ae.Right;
        },
        get id() {
          return l(D).handle;
        },
        get class() {
          return `handle ${l(me) ?? ""}`;
        },
        get style() {
          return `background: ${l(D).color ?? ""}`;
        },
        get isConnectable() {
          return t.data.editable;
        }
      });
    }
    re(() => {
      Q($, "title", l(D).title), J = Ne($, "", J, { top: `${l(G) * 18}px` }), ie(ve, l(D).label), ie(ce, ` ${l(D).text ?? ""}`);
    }), H(T, $);
  });
  var y = q(X, 2);
  {
    var E = (T) => {
      var D = Gp(), G = K(D);
      re(($) => ie(G, $), [() => l(c).summary.join(" · ")]), H(T, D);
    };
    se(y, (T) => {
      l(c).summary?.length && T(E);
    });
  }
  var k = q(y, 2);
  {
    var C = (T) => {
      var D = Up(), G = K(D);
      re(() => ie(G, l(c).stats.text)), H(T, D);
    };
    se(k, (T) => {
      l(c).stats && T(C);
    });
  }
  var L = q(k, 2);
  {
    var R = (T) => {
      var D = Qp(), G = K(D);
      re(() => ie(G, `${l(c).status === "blocked" ? "⏸" : "⚠"}
			${l(c).message ?? ""}`)), H(T, D);
    }, V = (T) => {
      var D = ke(), G = fe(D);
      {
        var $ = (J) => {
          var ne = Jp(), le = K(ne);
          re(() => ie(le, `△ ${l(c).warnings[0] ?? ""}`)), H(J, ne);
        };
        se(
          G,
          (J) => {
            l(c).warnings?.length && J($);
          },
          !0
        );
      }
      H(T, D);
    };
    se(L, (T) => {
      l(c).message ? T(R) : T(V, !1);
    });
  }
  var Y = q(L, 2);
  {
    var ee = (T) => {
      var D = $p(), G = K(D);
      ql(G, {
        get layers() {
          return l(c).layers;
        },
        depth: 0
      }), H(T, D);
    };
    se(Y, (T) => {
      l(c).layers && T(ee);
    });
  }
  re(() => {
    m = De(p, 1, "block-node svelte-fi58hk", null, m, {
      error: l(c).status === "error",
      blocked: l(c).status === "blocked",
      warn: l(c).status === "ok" && (l(c).warnings?.length ?? 0) > 0,
      selected: n(),
      expanded: !!l(c).layers
    }), Q(p, "data-node", l(c).id), Q(p, "data-status", l(c).status), Q(p, "title", l(v)), b = Ne(p, "", b, { "--fill": l(c).fill, "--border": l(c).border }), ie(z, l(c).block), I = Ne(X, "", I, { height: `${l(d) * 18}px` });
  }), H(e, p), de();
}
Ft(["keydown", "dblclick", "click"]);
var nm = /* @__PURE__ */ te('<div><div class="name svelte-1qloul1"> </div> <div class="sub"> </div> <div class="shape svelte-1qloul1"> </div> <!></div>');
function rm(e, t) {
  ue(t, !0);
  let n = Z(t, "selected", 3, !1);
  const r = _(() => t.data.node), o = _(() => l(r).outputs[0]);
  var i = nm();
  let s, a;
  var c = K(i), u = K(c), d = q(c, 2), h = K(d), f = q(d, 2), g = K(f), v = q(f, 2);
  {
    var p = (m) => {
      Bt(m, {
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
  re(() => {
    s = De(i, 1, "level-node svelte-1qloul1", null, s, { selected: n() }), Q(i, "data-node", l(r).id), Q(i, "title", `backbone level ${l(r).name ?? ""}: ${l(r).subtitle ?? ""}, ${l(o)?.shape_text ?? "" ?? ""}`), a = Ne(i, "", a, { "--fill": l(r).fill, "--border": l(r).border }), ie(u, l(r).name), ie(h, l(r).subtitle), ie(g, l(o)?.shape_text ?? "");
  }), H(e, i), de();
}
var om = /* @__PURE__ */ te('<input class="rename nodrag svelte-p4h0w2" aria-label="output key"/>'), im = /* @__PURE__ */ te('<div class="name svelte-p4h0w2" title="double-click to rename"> </div>'), sm = /* @__PURE__ */ te('<div><!> <!> <div class="sub svelte-p4h0w2"> </div></div>');
function am(e, t) {
  ue(t, !0);
  let n = Z(t, "selected", 3, !1);
  const r = _(() => t.data.node);
  let o = ge(!1), i = ge("");
  function s(b) {
    b && l(i).trim() && l(i).trim() !== l(r).name && t.data.rename(l(r).id, l(i).trim()), B(o, !1);
  }
  function a(b) {
    b.focus(), b.select();
  }
  var c = sm();
  let u, d;
  var h = K(c);
  {
    let b = _(() => l(r).ref ? "used" : "free");
    Bt(h, {
      type: "target",
      get position() {
        return ae.Left;
      },
      id: "i:0",
      get class() {
        return `handle ${l(b) ?? ""}`;
      },
      get isConnectable() {
        return t.data.editable;
      }
    });
  }
  var f = q(h, 2);
  {
    var g = (b) => {
      var N = om();
      N.__keydown = (w) => {
        w.stopPropagation(), w.key === "Enter" && s(!0), w.key === "Escape" && s(!1);
      }, un(() => oi(N, () => l(i), (w) => B(i, w))), Te(N, (w) => a?.(w)), Ze("blur", N, () => s(!0)), H(b, N);
    }, v = (b) => {
      var N = im();
      N.__dblclick = () => {
        t.data.editable && (B(i, l(r).name, !0), B(o, !0));
      };
      var w = K(N);
      re(() => ie(w, l(r).name)), H(b, N);
    };
    se(f, (b) => {
      l(o) ? b(g) : b(v, !1);
    });
  }
  var p = q(f, 2), m = K(p);
  re(() => {
    u = De(c, 1, "output-node svelte-p4h0w2", null, u, {
      selected: n(),
      error: l(r).status === "error",
      blocked: l(r).status === "blocked"
    }), Q(c, "data-node", l(r).id), Q(c, "data-status", l(r).status), Q(c, "title", l(r).message ? `⚠ ${l(r).message}` : `output ${l(r).name}: ${l(r).subtitle}`), d = Ne(c, "", d, { "--fill": l(r).fill, "--border": l(r).border }), ie(m, l(r).message ? "⚠ " + l(r).message : l(r).subtitle);
  }), H(e, c), de();
}
Ft(["keydown", "dblclick"]);
var lm = /* @__PURE__ */ te('<aside class="palette folded svelte-5mstgu" aria-label="palette"><button class="unfold svelte-5mstgu" title="show the palette" aria-label="show the palette"><span>›</span><span class="vertical svelte-5mstgu">Blocks</span></button></aside>'), cm = /* @__PURE__ */ te('<button class="item svelte-5mstgu" draggable="true"><span class="swatch svelte-5mstgu"></span> <span class="iname svelte-5mstgu"> </span> <span class="desc svelte-5mstgu"> </span></button>'), um = /* @__PURE__ */ te('<div class="group"><div class="title svelte-5mstgu"> </div> <!></div>'), dm = /* @__PURE__ */ te('<div class="group"><div class="title svelte-5mstgu">outputs</div> <button class="item svelte-5mstgu" draggable="true" data-block="__output__" title="a head output (logits, cls_logits, mask_logits, aux_...)"><span class="swatch svelte-5mstgu"></span> <span class="iname svelte-5mstgu">output</span> <span class="desc svelte-5mstgu">A head output: logits, boxes, masks or aux_&lt;name&gt;.</span></button></div>'), fm = /* @__PURE__ */ te('<div class="empty svelte-5mstgu"> </div>'), hm = /* @__PURE__ */ te('<aside class="palette svelte-5mstgu" aria-label="palette"><div class="top svelte-5mstgu"><input class="search svelte-5mstgu" type="search" placeholder="Search blocks" aria-label="search the palette"/> <button class="fold svelte-5mstgu" title="hide the palette (more room for the graph)" aria-label="hide the palette">‹</button></div> <label class="filter svelte-5mstgu"><input type="checkbox" class="svelte-5mstgu"/> </label> <div class="groups svelte-5mstgu"><!> <!> <!></div></aside>');
function gm(e, t) {
  ue(t, !0);
  let n = ge(""), r = ge(!0), o = ge(!1);
  const i = _(() => {
    const g = l(n).trim().toLowerCase(), v = t.entries.filter((m) => (!l(r) || m.tasks.length === 0 || m.tasks.includes(t.task)) && (!g || m.name.toLowerCase().includes(g) || m.role.toLowerCase().includes(g) || m.description.toLowerCase().includes(g))), p = [];
    for (const m of v) {
      let b = p.find((N) => N.role === m.role);
      b || (b = { role: m.role, title: m.role_title, items: [] }, p.push(b)), b.items.push(m);
    }
    return p;
  }), s = _(() => !l(n).trim() || "output".includes(l(n).trim().toLowerCase()));
  function a(g, v) {
    (g.key === "Enter" || g.key === " ") && (g.preventDefault(), g.stopPropagation(), t.onadd(v));
  }
  function c(g, v) {
    g.dataTransfer?.setData("application/x-head-block", v ?? "__output__"), g.dataTransfer?.setData("text/plain", v ?? "output"), g.dataTransfer && (g.dataTransfer.effectAllowed = "copy");
  }
  var u = ke(), d = fe(u);
  {
    var h = (g) => {
      var v = lm(), p = K(v);
      p.__click = () => B(o, !1), H(g, v);
    }, f = (g) => {
      var v = hm(), p = K(v), m = K(p), b = q(m, 2);
      b.__click = () => B(o, !0);
      var N = q(p, 2), w = K(N), x = q(w), S = q(N, 2), O = K(S);
      gt(O, 17, () => l(i), (I) => I.role, (I, M) => {
        var P = um(), y = K(P), E = K(y), k = q(y, 2);
        gt(k, 17, () => l(M).items, (C) => C.name, (C, L) => {
          var R = cm();
          R.__keydown = (G) => a(G, l(L).name), R.__click = () => t.onadd(l(L).name);
          let V;
          var Y = q(K(R), 2), ee = K(Y), T = q(Y, 2), D = K(T);
          re(
            (G) => {
              Q(R, "data-block", l(L).name), Q(R, "title", `${l(L).description ?? ""} inputs: ${G ?? ""}${l(L).multi_input ? " (several)" : ""} drag onto the canvas, or press Enter to add`), V = Ne(R, "", V, { "--fill": l(L).fill, "--border": l(L).border }), ie(ee, l(L).name), ie(D, l(L).description);
            },
            [() => l(L).accepts.join(" or ")]
          ), Ze("dragstart", R, (G) => c(G, l(L).name)), H(C, R);
        }), re(() => ie(E, l(M).title)), H(I, P);
      });
      var z = q(O, 2);
      {
        var A = (I) => {
          var M = dm(), P = q(K(M), 2);
          P.__keydown = (y) => a(y, null), P.__click = () => t.onadd(null), Ne(P, "", {}, { "--fill": "#fce4ec", "--border": "#d81b60" }), Ze("dragstart", P, (y) => c(y, null)), H(I, M);
        };
        se(z, (I) => {
          l(s) && I(A);
        });
      }
      var F = q(z, 2);
      {
        var X = (I) => {
          var M = fm(), P = K(M);
          re(() => ie(P, `No block matches "${l(n) ?? ""}".`)), H(I, M);
        };
        se(F, (I) => {
          l(i).length === 0 && !l(s) && I(X);
        });
      }
      re(() => ie(x, ` only what fits ${t.task ?? ""}`)), oi(m, () => l(n), (I) => B(n, I)), ju(w, () => l(r), (I) => B(r, I)), H(g, v);
    };
    se(d, (g) => {
      l(o) ? g(h) : g(f, !1);
    });
  }
  H(e, u), de();
}
Ft(["click", "keydown"]);
var vm = /* @__PURE__ */ te("<div> </div>"), pm = /* @__PURE__ */ te("<!> <!>", 1);
function mm(e, t) {
  ue(t, !0);
  let n = Z(t, "selected", 3, !1);
  const r = _(() => xi({
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
      x: m.reduce((b, N, w) => b + N * v[w][0], 0),
      y: m.reduce((b, N, w) => b + N * v[w][1], 0)
    };
  }), s = _(() => t.data ?? {}), a = _(() => l(s).error ? "#e53935" : l(s).waiting ? "#b0bec5" : l(s).color ?? "#90a4ae");
  var c = pm(), u = fe(c);
  {
    let f = _(() => l(a)), g = _(() => n() ? 3 : 1.8), v = _(() => l(s).error || l(s).waiting ? "stroke-dasharray: 6 4;" : "");
    dr(u, {
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
      Vl(f, {
        get x() {
          return l(i).x;
        },
        get y() {
          return l(i).y;
        },
        selectEdgeOnClick: !0,
        children: (g, v) => {
          var p = vm();
          let m;
          var b = K(p);
          re(() => {
            m = De(p, 1, "edge-label svelte-13myl97", null, m, { bad: !!l(s).error, selected: n() }), Q(p, "data-edge", t.id), Q(p, "title", l(s).error ? `⚠ ${l(s).error}` : `${l(s).ref}: ${l(s).label}`), ie(b, `${l(s).error ? "⚠ " : ""}${(l(s).label || "invalid") ?? ""}`);
          }), H(g, p);
        },
        $$slots: { default: !0 }
      });
    };
    se(d, (f) => {
      (l(s).label || l(s).error) && f(h);
    });
  }
  H(e, c), de();
}
function ym(e, t) {
  return (!t || t === "o:*" ? e.outputs : [e.outputs[Number(t.slice(2))]]).map((r) => r?.kind).filter((r) => !!r);
}
function bm(e, t) {
  if (!t || t === "o:*" || e.outputs.length <= 1) return e.name;
  const n = e.outputs[Number(t.slice(2))];
  return n && n.port ? `${e.name}.${n.port}` : e.name;
}
function wm(e, t, n) {
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
function _m(e, t) {
  const n = e.nodes.find((o) => o.id === t.source), r = e.nodes.find((o) => o.id === t.target);
  if (!n || !r) return "that port is not on the canvas";
  if (n.type === "output") return `output '${n.name}' is a sink; wires leave nodes and levels`;
  if (r.type === "level")
    return `level '${r.name}' comes from the backbone and takes no inputs`;
  if (n.id === r.id) return `cannot connect ${n.name} to itself`;
  if (r.type === "block") {
    const o = wm(e, r.id, n.id);
    if (o) {
      const u = o.map((d) => e.nodes.find((h) => h.id === d)?.name ?? d);
      return `cannot connect ${n.name} to ${r.name}: it would make a cycle ${[...u, r.name].join(" -> ")}`;
    }
    const i = r.inputs.find((u) => u.handle === t.targetHandle) ?? r.inputs[0], s = i?.accepts ?? [], c = ym(n, t.sourceHandle).find((u) => s.length && !s.includes(u));
    if (c) {
      const u = bm(n, t.sourceHandle), d = ["x", "levels", "inputs"].includes(i.port) ? `${r.name} takes` : `${r.name}'s input '${i.port}' takes`;
      return `cannot connect ${u} to ${r.name}: ${d} ${s.join(" or ")} inputs, got ${c}`;
    }
  }
  return null;
}
var Gl = Object.defineProperty, xm = (e, t, n) => t in e ? Gl(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, Em = (e, t) => {
  for (var n in t) Gl(e, n, { get: t[n], enumerable: !0 });
}, km = (e, t, n) => xm(e, t + "", n), Ul = {};
Em(Ul, { Graph: () => at, alg: () => Oi });
var Nm = Object.defineProperty, Ql = (e, t) => {
  for (var n in t) Nm(e, n, { get: t[n], enumerable: !0 });
}, Pi = class {
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
    let u = Xn(this._isDirected, o, i, s);
    if (u in this._edgeLabels) return c && (this._edgeLabels[u] = a), this;
    if (s !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
    this.setNode(o), this.setNode(i), this._edgeLabels[u] = c ? a : this._defaultEdgeLabelFn(o, i, s);
    let d = Sm(this._isDirected, o, i, s);
    return o = d.v, i = d.w, Object.freeze(d), this._edgeObjs[u] = d, Fs(this._preds[i], o), Fs(this._sucs[o], i), this._in[i][u] = d, this._out[o][u] = d, this._edgeCount++, this;
  }
  edge(e, t, n) {
    let r = arguments.length === 1 ? ko(this._isDirected, e) : Xn(this._isDirected, e, t, n);
    return this._edgeLabels[r];
  }
  edgeAsObj(e, t, n) {
    let r = arguments.length === 1 ? this.edge(e) : this.edge(e, t, n);
    return typeof r != "object" || r === null ? { label: r } : r;
  }
  hasEdge(e, t, n) {
    return (arguments.length === 1 ? ko(this._isDirected, e) : Xn(this._isDirected, e, t, n)) in this._edgeLabels;
  }
  removeEdge(e, t, n) {
    let r = arguments.length === 1 ? ko(this._isDirected, e) : Xn(this._isDirected, e, t, n), o = this._edgeObjs[r];
    if (o) {
      let i = o.v, s = o.w;
      delete this._edgeLabels[r], delete this._edgeObjs[r], js(this._preds[s], i), js(this._sucs[i], s), delete this._in[s][r], delete this._out[i][r], this._edgeCount--;
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
function Fs(e, t) {
  e[t] ? e[t]++ : e[t] = 1;
}
function js(e, t) {
  e[t] !== void 0 && !--e[t] && delete e[t];
}
function Xn(e, t, n, r) {
  let o = "" + t, i = "" + n;
  if (!e && o > i) {
    let s = o;
    o = i, i = s;
  }
  return o + "" + i + "" + (r === void 0 ? "\0" : r);
}
function Sm(e, t, n, r) {
  let o = "" + t, i = "" + n;
  if (!e && o > i) {
    let a = o;
    o = i, i = a;
  }
  let s = { v: o, w: i };
  return r && (s.name = r), s;
}
function ko(e, t) {
  return Xn(e, t.v, t.w, t.name);
}
var Cm = {};
Ql(Cm, { read: () => Im, write: () => Mm });
function Mm(e) {
  let t = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: Pm(e), edges: Om(e) }, n = e.graph();
  return n !== void 0 && (t.value = structuredClone(n)), t;
}
function Pm(e) {
  return e.nodes().map((t) => {
    let n = e.node(t), r = e.parent(t), o = { v: t };
    return n !== void 0 && (o.value = n), r !== void 0 && (o.parent = r), o;
  });
}
function Om(e) {
  return e.edges().map((t) => {
    let n = e.edge(t), r = { v: t.v, w: t.w };
    return t.name !== void 0 && (r.name = t.name), n !== void 0 && (r.value = n), r;
  });
}
function Im(e) {
  let t = new Pi(e.options);
  return e.value !== void 0 && t.setGraph(e.value), e.nodes.forEach((n) => {
    t.setNode(n.v, n.value), n.parent && t.setParent(n.v, n.parent);
  }), e.edges.forEach((n) => {
    t.setEdge({ v: n.v, w: n.w, name: n.name }, n.value);
  }), t;
}
var Oi = {};
Ql(Oi, { CycleException: () => Fr, bellmanFord: () => Jl, components: () => Tm, dijkstra: () => Br, dijkstraAll: () => Rm, findCycles: () => Hm, floydWarshall: () => Bm, isAcyclic: () => jm, postorder: () => Ym, preorder: () => Xm, prim: () => Zm, shortestPaths: () => Wm, tarjan: () => ec, topsort: () => tc });
var Am = () => 1;
function Jl(e, t, n, r) {
  return zm(e, String(t), n || Am, r || function(o) {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  });
}
function zm(e, t, n, r) {
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
function Tm(e) {
  let t = {}, n = [], r;
  function o(i) {
    var s, a;
    i in t || (t[i] = !0, r.push(i), (s = e.successors(i)) == null || s.forEach(o), (a = e.predecessors(i)) == null || a.forEach(o));
  }
  return e.nodes().forEach(function(i) {
    r = [], o(i), r.length && n.push(r);
  }), n;
}
var $l = class {
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
}, Dm = () => 1;
function Br(e, t, n, r) {
  let o = function(i) {
    var s;
    return (s = e.outEdges(i)) != null ? s : [];
  };
  return Lm(e, String(t), n || Dm, r || o);
}
function Lm(e, t, n, r) {
  let o = {}, i = new $l(), s, a, c = function(u) {
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
function Rm(e, t, n) {
  return e.nodes().reduce(function(r, o) {
    return r[o] = Br(e, o, t, n), r;
  }, {});
}
function ec(e) {
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
function Hm(e) {
  return ec(e).filter(function(t) {
    var n;
    let r = t[0];
    return r ? t.length > 1 || t.length === 1 && ((n = e.outEdges(r, r)) != null ? n : []).length > 0 : !1;
  });
}
var Vm = () => 1;
function Bm(e, t, n) {
  return Fm(e, t || Vm, n || function(r) {
    var o;
    return (o = e.outEdges(r)) != null ? o : [];
  });
}
function Fm(e, t, n) {
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
var Fr = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function tc(e) {
  let t = {}, n = {}, r = [];
  function o(i) {
    var s;
    if (i in n) throw new Fr();
    i in t || (n[i] = !0, t[i] = !0, (s = e.predecessors(i)) == null || s.forEach(o), delete n[i], r.push(i));
  }
  if (e.sinks().forEach(o), Object.keys(t).length !== e.nodeCount()) throw new Fr();
  return r;
}
function jm(e) {
  try {
    tc(e);
  } catch (t) {
    if (t instanceof Fr) return !1;
    throw t;
  }
  return !0;
}
function Km(e, t, n, r, o) {
  Array.isArray(t) || (t = [t]);
  let i = ((a) => {
    var c;
    return (c = e.isDirected() ? e.successors(a) : e.neighbors(a)) != null ? c : [];
  }), s = {};
  return t.forEach(function(a) {
    if (!e.hasNode(a)) throw new Error("Graph does not have node: " + a);
    o = nc(e, a, n === "post", s, i, r, o);
  }), o;
}
function nc(e, t, n, r, o, i, s) {
  return t in r || (r[t] = !0, n || (s = i(s, t)), o(t).forEach(function(a) {
    s = nc(e, a, n, r, o, i, s);
  }), n && (s = i(s, t))), s;
}
function rc(e, t, n) {
  return Km(e, t, n, function(r, o) {
    return r.push(o), r;
  }, []);
}
function Ym(e, t) {
  return rc(e, t, "post");
}
function Xm(e, t) {
  return rc(e, t, "pre");
}
function Zm(e, t) {
  var n;
  let r = new Pi(), o = {}, i = new $l(), s;
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
function Wm(e, t, n, r) {
  return qm(e, t, n, r ?? ((o) => {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  }));
}
function qm(e, t, n, r) {
  if (n === void 0) return Br(e, t, n, r);
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
    if (o) return Jl(e, t, n, r);
  }
  return Br(e, t, n, r);
}
var at = Pi;
function Dn(e, t, n, r) {
  let o = r;
  for (; e.hasNode(o); ) o = Ii(r);
  return n.dummy = t, e.setNode(o, n), o;
}
function Gm(e) {
  let t = new at().setGraph(e.graph());
  return e.nodes().forEach((n) => t.setNode(n, e.node(n))), e.edges().forEach((n) => {
    let r = t.edge(n.v, n.w) || { weight: 0, minlen: 1 }, o = e.edge(n);
    t.setEdge(n.v, n.w, { weight: r.weight + o.weight, minlen: Math.max(r.minlen, o.minlen) });
  }), t;
}
function oc(e) {
  let t = new at({ multigraph: e.isMultigraph() }).setGraph(e.graph());
  return e.nodes().forEach((n) => {
    e.children(n).length || t.setNode(n, e.node(n));
  }), e.edges().forEach((n) => {
    t.setEdge(n, e.edge(n));
  }), t;
}
function Ks(e, t) {
  let n = e.x, r = e.y, o = t.x - n, i = t.y - r, s = e.width / 2, a = e.height / 2;
  if (!o && !i) throw new Error("Not possible to find intersection inside of the rectangle");
  let c, u;
  return o === 0 || Math.abs(i) * s > Math.abs(o) * a ? (i < 0 && (a = -a), c = a * o / i, u = a) : (o < 0 && (s = -s), c = s, u = s * i / o), { x: n + c, y: r + u };
}
function fr(e) {
  let t = tr(sc(e) + 1).map(() => []);
  return e.nodes().forEach((n) => {
    let r = e.node(n), o = r.rank;
    o !== void 0 && (t[o] || (t[o] = []), t[o][r.order] = n);
  }), t;
}
function Um(e) {
  let t = e.nodes().map((r) => {
    let o = e.node(r).rank;
    return o === void 0 ? Number.MAX_VALUE : o;
  }), n = dt(Math.min, t);
  e.nodes().forEach((r) => {
    let o = e.node(r);
    Object.hasOwn(o, "rank") && (o.rank -= n);
  });
}
function Qm(e) {
  let t = e.nodes().map((s) => e.node(s).rank).filter((s) => s !== void 0), n = dt(Math.min, t), r = [];
  e.nodes().forEach((s) => {
    let a = e.node(s).rank - n;
    r[a] || (r[a] = []), r[a].push(s);
  });
  let o = 0, i = e.graph().nodeRankFactor;
  Array.from(r).forEach((s, a) => {
    s === void 0 && a % i !== 0 ? --o : s !== void 0 && o && s.forEach((c) => e.node(c).rank += o);
  });
}
function Ys(e, t, n, r) {
  let o = { width: 0, height: 0 };
  return arguments.length >= 4 && (o.rank = n, o.order = r), Dn(e, "border", o, t);
}
function Jm(e, t = ic) {
  let n = [];
  for (let r = 0; r < e.length; r += t) {
    let o = e.slice(r, r + t);
    n.push(o);
  }
  return n;
}
var ic = 65535;
function dt(e, t) {
  if (t.length > ic) {
    let n = Jm(t);
    return e(...n.map((r) => e(...r)));
  } else return e(...t);
}
function sc(e) {
  let t = e.nodes().map((n) => {
    let r = e.node(n).rank;
    return r === void 0 ? Number.MIN_VALUE : r;
  });
  return dt(Math.max, t);
}
function $m(e, t) {
  let n = { lhs: [], rhs: [] };
  return e.forEach((r) => {
    t(r) ? n.lhs.push(r) : n.rhs.push(r);
  }), n;
}
function ey(e, t) {
  let n = Date.now();
  try {
    return t();
  } finally {
    console.log(e + " time: " + (Date.now() - n) + "ms");
  }
}
function ac(e, t) {
  return t();
}
var ty = 0;
function Ii(e) {
  let t = ++ty;
  return e + ("" + t);
}
function tr(e, t, n = 1) {
  t == null && (t = e, e = 0);
  let r = (i) => i < t;
  n < 0 && (r = (i) => t < i);
  let o = [];
  for (let i = e; r(i); i += n) o.push(i);
  return o;
}
function jr(e, t) {
  let n = {};
  for (let r of t) e[r] !== void 0 && (n[r] = e[r]);
  return n;
}
function to(e, t) {
  let n;
  return typeof t == "string" ? n = (r) => r[t] : n = t, Object.entries(e).reduce((r, [o, i]) => (r[o] = n(i, o), r), {});
}
function ny(e, t) {
  return e.reduce((n, r, o) => (n[r] = t[o], n), {});
}
var no = "\0";
function lc(e, t, n) {
  var r, o, i, s, a, c;
  if (!(e && t && n && t.dummy === "edge" && n.dummy === "edge" && t.edgeObj && n.edgeObj && e[t.edgeObj.v] && e[n.edgeObj.v] && e[t.edgeObj.w] && e[n.edgeObj.w])) return 0;
  let u = !0;
  t.edgeObj.w === n.edgeObj.w && (u = !1);
  let d = u ? (o = (r = e[t.edgeObj.v]) == null ? void 0 : r.rank) != null ? o : NaN + 1 : (s = (i = e[t.edgeObj.w]) == null ? void 0 : i.rank) != null ? s : NaN - 1, h = Object.entries(e).find((p) => {
    var m, b;
    return ((m = p[1].edgeObj) == null ? void 0 : m.v) === t.edgeObj.v && ((b = p[1].edgeObj) == null ? void 0 : b.w) === t.edgeObj.w && p[1].rank === d;
  }), f = Object.entries(e).find((p) => {
    var m, b;
    return ((m = p[1].edgeObj) == null ? void 0 : m.v) === n.edgeObj.v && ((b = p[1].edgeObj) == null ? void 0 : b.w) === n.edgeObj.w && p[1].rank === d;
  });
  if (!h || !f) return 0;
  let g = (a = h[1].order) != null ? a : NaN, v = (c = f[1].order) != null ? c : NaN;
  return isNaN(g - v) ? 0 : g - v;
}
var ry = "3.1.3", oy = class {
  constructor() {
    km(this, "_sentinel");
    let e = {};
    e._next = e._prev = e, this._sentinel = e;
  }
  dequeue() {
    let e = this._sentinel, t = e._prev;
    if (t !== e) return Xs(t), t;
  }
  enqueue(e) {
    let t = this._sentinel;
    e._prev && e._next && Xs(e), e._next = t._next, t._next._prev = e, t._next = e, e._prev = t;
  }
  toString() {
    let e = [], t = this._sentinel, n = t._prev;
    for (; n !== t; ) e.push(JSON.stringify(n, iy)), n = n._prev;
    return "[" + e.join(", ") + "]";
  }
};
function Xs(e) {
  e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
}
function iy(e, t) {
  if (e !== "_next" && e !== "_prev") return t;
}
var sy = oy, ay = () => 1;
function ly(e, t) {
  if (e.nodeCount() <= 1) return [];
  let n = uy(e, t || ay);
  return cy(n.graph, n.buckets, n.zeroIdx).flatMap((r) => e.outEdges(r.v, r.w) || []);
}
function cy(e, t, n) {
  var r;
  let o = [], i = t[t.length - 1], s = t[0], a;
  for (; e.nodeCount(); ) {
    for (; a = s.dequeue(); ) No(e, t, n, a);
    for (; a = i.dequeue(); ) No(e, t, n, a);
    if (e.nodeCount()) {
      for (let c = t.length - 2; c > 0; --c) if (a = (r = t[c]) == null ? void 0 : r.dequeue(), a) {
        o = o.concat(No(e, t, n, a, !0) || []);
        break;
      }
    }
  }
  return o;
}
function No(e, t, n, r, o) {
  let i = [], s = o ? i : void 0;
  return (e.inEdges(r.v) || []).forEach((a) => {
    let c = e.edge(a), u = e.node(a.v);
    o && i.push({ v: a.v, w: a.w }), u.out -= c, qo(t, n, u);
  }), (e.outEdges(r.v) || []).forEach((a) => {
    let c = e.edge(a), u = a.w, d = e.node(u);
    d.in -= c, qo(t, n, d);
  }), e.removeNode(r.v), s;
}
function uy(e, t) {
  let n = new at(), r = 0, o = 0;
  e.nodes().forEach((a) => {
    n.setNode(a, { v: a, in: 0, out: 0 });
  }), e.edges().forEach((a) => {
    let c = n.edge(a.v, a.w) || 0, u = t(a), d = c + u;
    n.setEdge(a.v, a.w, d);
    let h = n.node(a.v), f = n.node(a.w);
    o = Math.max(o, h.out += u), r = Math.max(r, f.in += u);
  });
  let i = dy(o + r + 3).map(() => new sy()), s = r + 1;
  return n.nodes().forEach((a) => {
    qo(i, s, n.node(a));
  }), { graph: n, buckets: i, zeroIdx: s };
}
function qo(e, t, n) {
  var r, o, i;
  n.out ? n.in ? (i = e[n.out - n.in + t]) == null || i.enqueue(n) : (o = e[e.length - 1]) == null || o.enqueue(n) : (r = e[0]) == null || r.enqueue(n);
}
function dy(e) {
  let t = [];
  for (let n = 0; n < e; n++) t.push(n);
  return t;
}
function fy(e, t) {
  (e.graph().acyclicer === "greedy" ? ly(e, n(e)) : hy(e, t ?? null)).forEach((r) => {
    let o = e.edge(r);
    e.removeEdge(r), o.forwardName = r.name, o.reversed = !0, e.setEdge(r.w, r.v, o, Ii("rev"));
  });
  function n(r) {
    return (o) => r.edge(o).weight;
  }
}
function hy(e, t) {
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
      Object.hasOwn(r, d.w) || ((h = t.node(c)) == null ? void 0 : h.rank) > ((f = t.node(d.w)) == null ? void 0 : f.rank) && vy(e, d.w, d) ? n.push(d) : s(d.w);
    }), delete r[c]);
  }
  let a = i;
  return t && typeof t.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), n;
}
function gy(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.reversed) {
      e.removeEdge(t);
      let r = n.forwardName;
      delete n.reversed, delete n.forwardName, e.setEdge(t.w, t.v, n, r);
    }
  });
}
function vy(e, t, n) {
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
function py(e) {
  e.graph().dummyChains = [], e.edges().forEach((t) => my(e, t));
}
function my(e, t) {
  let n = t.v, r = e.node(n).rank, o = t.w, i = e.node(o).rank, s = t.name, a = e.edge(t), c = a.labelRank;
  if (i === r + 1) return;
  e.removeEdge(t);
  let u, d, h;
  for (h = 0, ++r; r < i; ++h, ++r) a.points = [], d = { width: 0, height: 0, edgeLabel: a, edgeObj: t, rank: r }, u = Dn(e, "edge", d, "_d"), r === c && (d.width = a.width, d.height = a.height, d.dummy = "edge-label", d.labelpos = a.labelpos), e.setEdge(n, u, { weight: a.weight }, s), h === 0 && e.graph().dummyChains.push(u), n = u;
  e.setEdge(n, o, { weight: a.weight }, s);
}
function yy(e) {
  e.graph().dummyChains.forEach((t) => {
    let n = e.node(t), r = n.edgeLabel, o;
    for (e.setEdge(n.edgeObj, r); n.dummy; ) o = e.successors(t)[0], e.removeNode(t), r.points.push({ x: n.x, y: n.y }), n.dummy === "edge-label" && (r.x = n.x, r.y = n.y, r.width = n.width, r.height = n.height), t = o, n = e.node(t);
  });
}
function Ai(e) {
  let t = {};
  function n(r) {
    let o = e.node(r);
    if (Object.hasOwn(t, r)) return o.rank;
    t[r] = !0;
    let i = e.outEdges(r), s = i ? i.map((c) => c == null ? Number.POSITIVE_INFINITY : n(c.w) - e.edge(c).minlen) : [], a = dt(Math.min, s);
    return a === Number.POSITIVE_INFINITY && (a = 0), o.rank = a;
  }
  e.sources().forEach(n);
}
function An(e, t) {
  return e.node(t.w).rank - e.node(t.v).rank - e.edge(t).minlen;
}
var cc = by;
function by(e) {
  let t = new at({ directed: !1 }), n = e.nodes();
  if (n.length === 0) throw new Error("Graph must have at least one node");
  let r = n[0], o = e.nodeCount();
  t.setNode(r, {});
  let i, s;
  for (; wy(t, e) < o && (i = _y(t, e), !!i); ) s = t.hasNode(i.v) ? An(e, i) : -An(e, i), xy(t, e, s);
  return t;
}
function wy(e, t) {
  function n(r) {
    let o = t.nodeEdges(r);
    o && o.forEach((i) => {
      let s = i.v, a = r === s ? i.w : s;
      !e.hasNode(a) && !An(t, i) && (e.setNode(a, {}), e.setEdge(r, a, {}), n(a));
    });
  }
  return e.nodes().forEach(n), e.nodeCount();
}
function _y(e, t) {
  return t.edges().reduce((n, r) => {
    let o = Number.POSITIVE_INFINITY;
    return e.hasNode(r.v) !== e.hasNode(r.w) && (o = An(t, r)), o < n[0] ? [o, r] : n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function xy(e, t, n) {
  e.nodes().forEach((r) => t.node(r).rank += n);
}
var { preorder: Ey, postorder: ky } = Oi, Ny = dn;
dn.initLowLimValues = Ti;
dn.initCutValues = zi;
dn.calcCutValue = uc;
dn.leaveEdge = fc;
dn.enterEdge = hc;
dn.exchangeEdges = gc;
function dn(e) {
  e = Gm(e), Ai(e);
  let t = cc(e);
  Ti(t), zi(t, e);
  let n, r;
  for (; n = fc(t); ) r = hc(t, e, n), gc(t, e, n, r);
}
function zi(e, t) {
  let n = ky(e, e.nodes());
  n = n.slice(0, n.length - 1), n.forEach((r) => Sy(e, t, r));
}
function Sy(e, t, n) {
  let r = e.node(n).parent, o = e.edge(n, r);
  o.cutvalue = uc(e, t, n);
}
function uc(e, t, n) {
  let r = e.node(n).parent, o = !0, i = t.edge(n, r), s = 0;
  i || (o = !1, i = t.edge(r, n)), s = i.weight;
  let a = t.nodeEdges(n);
  return a && a.forEach((c) => {
    let u = c.v === n, d = u ? c.w : c.v;
    if (d !== r) {
      let h = u === o, f = t.edge(c).weight;
      if (s += h ? f : -f, My(e, n, d)) {
        let g = e.edge(n, d).cutvalue;
        s += h ? -g : g;
      }
    }
  }), s;
}
function Ti(e, t) {
  arguments.length < 2 && (t = e.nodes()[0]), dc(e, {}, 1, t);
}
function dc(e, t, n, r, o) {
  let i = n, s = e.node(r);
  t[r] = !0;
  let a = e.neighbors(r);
  return a && a.forEach((c) => {
    Object.hasOwn(t, c) || (n = dc(e, t, n, c, r));
  }), s.low = i, s.lim = n++, o ? s.parent = o : delete s.parent, n;
}
function fc(e) {
  return e.edges().find((t) => e.edge(t).cutvalue < 0);
}
function hc(e, t, n) {
  let r = n.v, o = n.w;
  t.hasEdge(r, o) || (r = n.w, o = n.v);
  let i = e.node(r), s = e.node(o), a = i, c = !1;
  return i.lim > s.lim && (a = s, c = !0), t.edges().filter((u) => c === Zs(e, e.node(u.v), a) && c !== Zs(e, e.node(u.w), a)).reduce((u, d) => An(t, d) < An(t, u) ? d : u);
}
function gc(e, t, n, r) {
  let o = n.v, i = n.w;
  e.removeEdge(o, i), e.setEdge(r.v, r.w, {}), Ti(e), zi(e, t), Cy(e, t);
}
function Cy(e, t) {
  let n = e.nodes().find((o) => !e.node(o).parent);
  if (!n) return;
  let r = Ey(e, [n]);
  r = r.slice(1), r.forEach((o) => {
    let i = e.node(o).parent, s = t.edge(o, i), a = !1;
    s || (s = t.edge(i, o), a = !0), t.node(o).rank = t.node(i).rank + (a ? s.minlen : -s.minlen);
  });
}
function My(e, t, n) {
  return e.hasEdge(t, n);
}
function Zs(e, t, n) {
  return n.low <= t.lim && t.lim <= n.lim;
}
var Py = Oy;
function Oy(e) {
  let t = e.graph().ranker;
  if (typeof t == "function") return t(e);
  switch (t) {
    case "network-simplex":
      Ws(e);
      break;
    case "tight-tree":
      Ay(e);
      break;
    case "longest-path":
      Iy(e);
      break;
    case "none":
      break;
    default:
      Ws(e);
  }
}
var Iy = Ai;
function Ay(e) {
  Ai(e), cc(e);
}
function Ws(e) {
  Ny(e);
}
var zy = Ty;
function Ty(e) {
  let t = Ly(e), n = e.graph();
  Array.isArray(n.dummyChains) && n.dummyChains.forEach((r) => {
    let o = e.node(r), i = o.edgeObj, s = Dy(e, t, i.v, i.w), a = s.path, c = s.lca, u = 0, d = a[u], h = !0;
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
function Dy(e, t, n, r) {
  let o = [], i = [], s = Math.min(t[n].low, t[r].low), a = Math.max(t[n].lim, t[r].lim), c;
  c = n;
  do
    c = e.parent(c), o.push(c);
  while (c && (t[c].low > s || a > t[c].lim));
  let u = c, d = r;
  for (; (d = e.parent(d)) !== u; ) i.push(d);
  return { path: o.concat(i.reverse()), lca: u };
}
function Ly(e) {
  let t = {}, n = 0;
  function r(o) {
    let i = n;
    e.children(o).forEach(r), t[o] = { low: i, lim: n++ };
  }
  return e.children(no).forEach(r), t;
}
function Ry(e) {
  let t = Dn(e, "root", {}, "_root"), n = Hy(e), r = Object.values(n), o = dt(Math.max, r) - 1, i = 2 * o + 1;
  e.graph().nestingRoot = t, e.edges().forEach((a) => e.edge(a).minlen *= i);
  let s = Vy(e) + 1;
  e.children(no).forEach((a) => {
    vc(e, t, i, s, o, n, a);
  }), e.graph().nodeRankFactor = i;
}
function vc(e, t, n, r, o, i, s) {
  var a;
  let c = e.children(s);
  if (!c.length) {
    s !== t && e.setEdge(t, s, { weight: 0, minlen: n });
    return;
  }
  let u = Ys(e, "_bt"), d = Ys(e, "_bb"), h = e.node(s);
  e.setParent(u, s), h.borderTop = u, e.setParent(d, s), h.borderBottom = d, c.forEach((f) => {
    var g;
    vc(e, t, n, r, o, i, f);
    let v = e.node(f), p = v.borderTop ? v.borderTop : f, m = v.borderBottom ? v.borderBottom : f, b = v.borderTop ? r : 2 * r, N = p !== m ? 1 : o - ((g = i[s]) != null ? g : 0) + 1;
    e.setEdge(u, p, { weight: b, minlen: N, nestingEdge: !0 }), e.setEdge(m, d, { weight: b, minlen: N, nestingEdge: !0 });
  }), e.parent(s) || e.setEdge(t, u, { weight: 0, minlen: o + ((a = i[s]) != null ? a : 0) });
}
function Hy(e) {
  let t = {};
  function n(r, o) {
    let i = e.children(r);
    i && i.length && i.forEach((s) => n(s, o + 1)), t[r] = o;
  }
  return e.children(no).forEach((r) => n(r, 1)), t;
}
function Vy(e) {
  return e.edges().reduce((t, n) => t + e.edge(n).weight, 0);
}
function By(e) {
  let t = e.graph();
  e.removeNode(t.nestingRoot), delete t.nestingRoot, e.edges().forEach((n) => {
    e.edge(n).nestingEdge && e.removeEdge(n);
  });
}
var Fy = jy;
function jy(e) {
  function t(n) {
    let r = e.children(n), o = e.node(n);
    if (r.length && r.forEach(t), o && Object.hasOwn(o, "minRank")) {
      o.borderLeft = [], o.borderRight = [];
      for (let i = o.minRank, s = o.maxRank + 1; i < s; ++i) qs(e, "borderLeft", "_bl", n, o, i), qs(e, "borderRight", "_br", n, o, i);
    }
  }
  e.children(no).forEach(t);
}
function qs(e, t, n, r, o, i) {
  let s = { width: 0, height: 0, rank: i, borderType: t }, a = o[t][i - 1], c = Dn(e, "border", s, n);
  o[t][i] = c, e.setParent(c, r), a && e.setEdge(a, c, { weight: 1 });
}
function Ky(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "lr" || n === "rl") && pc(e);
}
function Yy(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "bt" || n === "rl") && Xy(e), (n === "lr" || n === "rl") && (Zy(e), pc(e));
}
function pc(e) {
  e.nodes().forEach((t) => Gs(e.node(t))), e.edges().forEach((t) => Gs(e.edge(t)));
}
function Gs(e) {
  let t = e.width;
  e.width = e.height, e.height = t;
}
function Xy(e) {
  e.nodes().forEach((t) => So(e.node(t))), e.edges().forEach((t) => {
    var n;
    let r = e.edge(t);
    (n = r.points) == null || n.forEach(So), Object.hasOwn(r, "y") && So(r);
  });
}
function So(e) {
  e.y = -e.y;
}
function Zy(e) {
  e.nodes().forEach((t) => Co(e.node(t))), e.edges().forEach((t) => {
    var n;
    let r = e.edge(t);
    (n = r.points) == null || n.forEach(Co), Object.hasOwn(r, "x") && Co(r);
  });
}
function Co(e) {
  let t = e.x;
  e.x = e.y, e.y = t;
}
function Wy(e, t = null) {
  let n = {}, r = e.nodes().filter((u) => !e.children(u).length), o = r.map((u) => e.node(u).rank), i = dt(Math.max, o), s = tr(i + 1).map(() => []);
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
    return lc(t, h, f);
  }
  return s;
}
function qy(e, t) {
  let n = 0;
  for (let r = 1; r < t.length; ++r) n += Gy(e, t[r - 1], t[r]);
  return n;
}
function Gy(e, t, n) {
  let r = ny(n, n.map((u, d) => d)), o = t.flatMap((u) => {
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
function Uy(e, t = []) {
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
function Qy(e, t) {
  let n = {};
  e.forEach((o, i) => {
    let s = { indegree: 0, in: [], out: [], vs: [o.v], i };
    o.barycenter !== void 0 && (s.barycenter = o.barycenter, s.weight = o.weight), n[o.v] = s;
  }), t.edges().forEach((o) => {
    let i = n[o.v], s = n[o.w];
    i !== void 0 && s !== void 0 && (s.indegree++, i.out.push(s));
  });
  let r = Object.values(n).filter((o) => !o.indegree);
  return Jy(r);
}
function Jy(e) {
  let t = [];
  function n(o) {
    return (i) => {
      i.merged || (i.barycenter === void 0 || o.barycenter === void 0 || i.barycenter >= o.barycenter) && $y(o, i);
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
  return t.filter((o) => !o.merged).map((o) => jr(o, ["vs", "i", "barycenter", "weight"]));
}
function $y(e, t) {
  let n = 0, r = 0;
  e.weight && (n += e.barycenter * e.weight, r += e.weight), t.weight && (n += t.barycenter * t.weight, r += t.weight), e.vs = t.vs.concat(e.vs), e.barycenter = n / r, e.weight = r, e.i = Math.min(t.i, e.i), t.merged = !0;
}
function eb(e, t, n, r, o) {
  let i = {}, s = null, a = null, c = o;
  typeof t == "boolean" ? (c = t, i = {}) : t && (i = t, s = n ?? null, a = r ?? null);
  let u = $m(e, (b) => Object.hasOwn(b, "barycenter")), d = u.lhs, h = u.rhs.sort((b, N) => N.i - b.i), f = [], g = 0, v = 0, p = 0;
  d.sort(tb(a, s, !!c));
  for (let [b, N] of Object.entries(i)) {
    let w = d.findIndex((x) => x.vs[0] === b);
    d.splice(w + 1, 0, N);
  }
  p = Us(f, h, p), d.forEach((b) => {
    p += b.vs.length, f.push(b.vs), g += b.barycenter * b.weight, v += b.weight, p = Us(f, h, p);
  });
  let m = { vs: f.flat(1) };
  return v && (m.barycenter = g / v, m.weight = v), m;
}
function Us(e, t, n) {
  let r;
  for (; t.length && (r = t[t.length - 1]).i <= n; ) t.pop(), e.push(r.vs), n++;
  return n;
}
function tb(e, t, n) {
  return (r, o) => {
    if (r.barycenter < o.barycenter) return -1;
    if (r.barycenter > o.barycenter) return 1;
    if (e && (typeof r.vs[0] == "string" || typeof o.vs[0] == "string")) {
      let i = e.node(r.vs[0]), s = e.node(o.vs[0]), a = lc(t, i, s);
      if (a !== 0) return a;
    }
    return n ? o.i - r.i : r.i - o.i;
  };
}
function mc(e, t, n, r, o) {
  var i, s, a, c, u, d, h, f, g, v, p;
  let m = null, b = o;
  typeof r == "boolean" ? (b = r, m = null) : r !== void 0 && (m = r);
  let N = e.children(t), w = e.node(t), x = w ? w.borderLeft : void 0, S = w ? w.borderRight : void 0, O = {};
  x && (N = N.filter((M) => M !== x && M !== S));
  let z = Uy(e, N);
  z.forEach((M) => {
    if (e.children(M.v).length) {
      let { result: P } = mc(e, M.v, n, m, b);
      O[M.v] = P, Object.hasOwn(P, "barycenter") && rb(M, P);
    }
  });
  let A = Qy(z, n);
  nb(A, O);
  let F = {}, X = !1;
  for (let M = 0; M < A.length; M++) for (let P = M + 1; P < A.length; P++) if (!(!A[M] || !A[P] || !((i = A[M]) != null && i.barycenter) || !((s = A[P]) != null && s.barycenter)) && ((a = A[M]) == null ? void 0 : a.barycenter) === A[P].barycenter) {
    let y = (u = (c = A[M]) == null ? void 0 : c.vs[0]) != null ? u : "", E = (h = (d = A[P]) == null ? void 0 : d.vs[0]) != null ? h : "", k = e.node(y), C = e.node(E);
    if (k.dummy === "edge" && C.dummy === "edge" && ((f = k.edgeObj) == null ? void 0 : f.v) === ((g = C.edgeObj) == null ? void 0 : g.v) && ((v = k.edgeObj) == null ? void 0 : v.w) === ((p = C.edgeObj) == null ? void 0 : p.w)) if (k.edgeLabel.reversed) {
      F[E] = A[M], A.splice(M, 1), M--;
      break;
    } else F[y] || (F[y] = A[P], A.splice(P, 1), P--);
    else X = !0;
  }
  let I = eb(A, F, m, e, b);
  if (x && S) {
    I.vs = [x, I.vs, S].flat(1);
    let M = e.predecessors(x);
    if (M && M.length) {
      let P = e.node(M[0]), y = e.predecessors(S), E = e.node(y[0]);
      Object.hasOwn(I, "barycenter") || (I.barycenter = 0, I.weight = 0), I.barycenter = (I.barycenter * I.weight + P.order + E.order) / (I.weight + 2), I.weight += 2;
    }
  }
  return Object.defineProperty(I, "result", { value: I, enumerable: !1, configurable: !0, writable: !0 }), Object.defineProperty(I, "usedBias", { value: X, enumerable: !1, configurable: !0, writable: !0 }), I;
}
function nb(e, t) {
  e.forEach((n) => {
    n.vs = n.vs.flatMap((r) => t[r] ? t[r].vs : r);
  });
}
function rb(e, t) {
  e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + t.barycenter * t.weight) / (e.weight + t.weight), e.weight += t.weight) : (e.barycenter = t.barycenter, e.weight = t.weight);
}
function ob(e, t, n, r) {
  r || (r = e.nodes());
  let o = ib(e), i = new at({ compound: !0 }).setGraph({ root: o }).setDefaultNodeLabel((s) => e.node(s));
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
function ib(e) {
  let t;
  for (; e.hasNode(t = Ii("_root")); ) ;
  return t;
}
function sb(e, t, n) {
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
function yc(e, t = {}, n = null) {
  if (typeof t.customOrder == "function") {
    t.customOrder(e, yc);
    return;
  }
  let r = sc(e), o = Qs(e, tr(1, r + 1), "inEdges"), i = Qs(e, tr(r - 1, -1, -1), "outEdges"), s = Wy(e, n);
  if (Js(e, s), t.disableOptimalOrderHeuristic) return;
  let a = Number.POSITIVE_INFINITY, c, u = t.constraints || [];
  for (let d = 0, h = 0; h < 4; ++d, ++h) {
    ab(d % 2 ? o : i, d % 4 >= 2, u, n), s = fr(e);
    let f = qy(e, s);
    f < a ? (h = 0, c = Object.assign({}, s), a = f) : f === a && (c = structuredClone(s));
  }
  Js(e, c);
}
function Qs(e, t, n) {
  let r = /* @__PURE__ */ new Map(), o = (i, s) => {
    r.has(i) || r.set(i, []), r.get(i).push(s);
  };
  for (let i of e.nodes()) {
    let s = e.node(i);
    if (typeof s.rank == "number" && o(s.rank, i), typeof s.minRank == "number" && typeof s.maxRank == "number") for (let a = s.minRank; a <= s.maxRank; a++) a !== s.rank && o(a, i);
  }
  return t.map(function(i) {
    return ob(e, i, n, r.get(i) || []);
  });
}
function ab(e, t, n, r) {
  let o = !0, i = new at();
  e.forEach(function(s) {
    n.forEach((d) => i.setEdge(d.left, d.right));
    let a = s.graph().root, { result: c, usedBias: u } = mc(s, a, i, r, o);
    t && u && (o = !o), c.vs.forEach((d, h) => s.node(d).order = h), sb(s, i, c.vs);
  });
}
function Js(e, t) {
  Object.values(t).forEach((n) => n.forEach((r, o) => e.node(r).order = o));
}
function lb(e, t) {
  let n = {};
  function r(o, i) {
    let s = 0, a = 0, c = o.length, u = i[i.length - 1];
    return i.forEach((d, h) => {
      let f = ub(e, d), g = f ? e.node(f).order : c;
      (f || d === u) && (i.slice(a, h + 1).forEach((v) => {
        let p = e.predecessors(v);
        p && p.forEach((m) => {
          let b = e.node(m), N = b.order;
          (N < s || g < N) && !(b.dummy && e.node(v).dummy) && bc(n, m, v);
        });
      }), a = h + 1, s = g);
    }), i;
  }
  return t.length && t.reduce(r), n;
}
function cb(e, t) {
  let n = {};
  function r(s) {
    var a;
    return ((a = e.node(s)) == null ? void 0 : a.dummy) === "border";
  }
  if (!e.nodes().some(r)) return n;
  function o(s, a, c, u, d) {
    tr(a, c).forEach((h) => {
      let f = s[h];
      if (f !== void 0 && e.node(f).dummy) {
        let g = e.predecessors(f);
        g && g.forEach((v) => {
          if (v === void 0) return;
          let p = e.node(v);
          p.dummy && (p.order < u || p.order > d) && bc(n, v, f);
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
function ub(e, t) {
  if (e.node(t).dummy) {
    let n = e.predecessors(t);
    if (n) return n.find((r) => e.node(r).dummy);
  }
}
function bc(e, t, n) {
  if (t > n) {
    let o = t;
    t = n, n = o;
  }
  let r = e[t];
  r || (e[t] = r = {}), r[n] = !0;
}
function db(e, t, n) {
  if (t > n) {
    let o = t;
    t = n, n = o;
  }
  let r = e[t];
  return r !== void 0 && Object.hasOwn(r, n);
}
function fb(e, t, n, r, o) {
  let i = {}, s = {}, a = {};
  return t.forEach((c) => {
    c.forEach((u, d) => {
      i[u] = u, s[u] = u, a[u] = d;
    });
  }), t.forEach((c) => {
    let u = -1, d = -1, h = !1, f = c, g = c.findIndex((v) => o?.includes(v) || $s(v, e, o));
    g > 0 && (f = [c[g], ...c.slice(0, g), ...c.slice(g + 1)], h = !0), f.forEach((v) => {
      var p;
      let m = r(v);
      if (m && m.length) {
        o != null && o.includes(v) && (m = m.filter((w) => $s(w, e, o)));
        let b = m.sort((w, x) => {
          let S = a[w], O = a[x];
          return (S !== void 0 ? S : 0) - (O !== void 0 ? O : 0);
        }), N = (b.length - 1) / 2;
        for (let w = Math.floor(N), x = Math.ceil(N); w <= x; ++w) {
          let S = b[w];
          if (S === void 0) continue;
          let O = a[S];
          if (O !== void 0 && s[v] === v && u < O && a[S] !== d && !db(n, v, S)) {
            let z = i[S];
            z !== void 0 && (s[S] = v, s[v] = i[v] = z, u = O, h && (u = -1, d = (p = a[S]) != null ? p : -1, h = !1));
          }
        }
      }
    });
  }), { root: i, align: s };
}
function hb(e, t, n, r, o = !1) {
  let i = {}, s = gb(e, t, n, o), a = o ? "borderLeft" : "borderRight";
  function c(g, v) {
    let p = s.nodes().slice(), m = {}, b = p.pop();
    for (; b; ) {
      if (m[b]) g(b);
      else {
        m[b] = !0, p.push(b);
        for (let N of v(b)) p.push(N);
      }
      b = p.pop();
    }
  }
  function u(g) {
    let v = s.inEdges(g);
    v ? i[g] = v.reduce((p, m) => {
      var b;
      let N = (b = i[m.v]) != null ? b : 0, w = s.edge(m);
      return Math.max(p, N + (w !== void 0 ? w : 0));
    }, 0) : i[g] = 0;
  }
  function d(g) {
    let v = s.outEdges(g), p = Number.POSITIVE_INFINITY;
    v && (p = v.reduce((b, N) => {
      let w = i[N.w], x = s.edge(N);
      return Math.min(b, (w !== void 0 ? w : 0) - (x !== void 0 ? x : 0));
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
function gb(e, t, n, r) {
  let o = new at(), i = e.graph(), s = bb(i.nodesep, i.edgesep, r);
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
function vb(e, t) {
  return Object.values(t).reduce((n, r) => {
    let o = Number.NEGATIVE_INFINITY, i = Number.POSITIVE_INFINITY;
    Object.entries(r).forEach(([a, c]) => {
      let u = wb(e, a) / 2;
      o = Math.max(c + u, o), i = Math.min(c - u, i);
    });
    let s = o - i;
    return s < n[0] && (n = [s, r]), n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function pb(e, t) {
  let n = Object.values(t), r = dt(Math.min, n), o = dt(Math.max, n);
  ["u", "d"].forEach((i) => {
    ["l", "r"].forEach((s) => {
      let a = i + s, c = e[a];
      if (!c || c === t) return;
      let u = Object.values(c), d = r - dt(Math.min, u);
      s !== "l" && (d = o - dt(Math.max, u)), d && (e[a] = to(c, (h) => h + d));
    });
  });
}
function mb(e, t = void 0) {
  let n = e.ul;
  return n ? to(n, (r, o) => {
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
function yb(e, t) {
  let n = fr(e), r = Object.assign(lb(e, n), cb(e, n)), o = {}, i;
  ["u", "d"].forEach((a) => {
    i = a === "u" ? n : Object.values(n).reverse(), ["l", "r"].forEach((c) => {
      c === "r" && (i = i.map((h) => Object.values(h).reverse()));
      let u = fb(e, i, r, (h) => (a === "u" ? e.predecessors(h) : e.successors(h)) || [], t), d = hb(e, i, u.root, u.align, c === "r");
      c === "r" && (d = to(d, (h) => -h)), o[a + c] = d;
    });
  });
  let s = vb(e, o);
  return pb(o, s), mb(o, e.graph().align);
}
function bb(e, t, n) {
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
function wb(e, t) {
  return e.node(t).width;
}
function $s(e, t, n) {
  var r;
  if (!n) return !1;
  let o = (r = t.node(e)) == null ? void 0 : r.edgeObj;
  if (!o || t.node(e).edgeLabel.reversed) return !1;
  let i = n.indexOf(o?.v), s = n.indexOf(o?.w);
  return i !== -1 && s !== -1 && i === (s + 1) % n.length || i === (s - 1) % n.length;
}
function _b(e, t) {
  e = oc(e), xb(e), Object.entries(yb(e, t)).forEach(([n, r]) => e.node(n).x = r);
}
function xb(e) {
  let t = fr(e), n = e.graph(), r = n.ranksep, o = n.rankalign, i = 0;
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
var ea = /* @__PURE__ */ new WeakMap();
function Eb(e, t = {}) {
  return wc(e, ac, t), e;
}
function ta(e, t, n) {
  let r = t;
  for (; r !== void 0; ) {
    let o = e.parent(r);
    if (o === n) return r;
    r = o;
  }
}
function wc(e, t, n) {
  var r;
  let o = e.nodes().filter((N) => e.children(N).length), i = {};
  o.forEach((N) => {
    let w = e.node(N);
    if (w && w.rankdir) {
      let x = new at({ multigraph: !0, compound: !0 });
      x.setGraph({ rankdir: w.rankdir });
      let S = e.children(N);
      S.forEach((y) => {
        let E = { ...e.node(y) };
        x.setNode(y, E);
        let k = e.parent(y);
        k && k !== N && S.includes(k) && x.setParent(y, k);
      });
      let O = /* @__PURE__ */ new Set();
      e.edges().forEach((y) => {
        let E = ta(e, y.v, N), k = ta(e, y.w, N);
        if (E === y.v && k === y.w) x.setEdge(y, { ...e.edge(y) });
        else if (E && k && E !== k) {
          let C = `${E}\0${k}`;
          O.has(C) || (O.add(C), x.setEdge(E, k, { ...e.edge(y) }));
        }
      }), wc(x, t, n);
      let z = sa(x);
      ra(z, t, n, null), oa(x, z);
      let A = 1 / 0, F = 1 / 0, X = -1 / 0, I = -1 / 0;
      x.nodes().forEach((y) => {
        if (y === N) return;
        let E = x.node(y);
        E && typeof E.x == "number" && typeof E.y == "number" && typeof E.width == "number" && typeof E.height == "number" && (A = Math.min(A, E.x - E.width / 2), X = Math.max(X, E.x + E.width / 2), F = Math.min(F, E.y - E.height / 2), I = Math.max(I, E.y + E.height / 2));
      }), (!isFinite(A) || !isFinite(F) || !isFinite(X) || !isFinite(I)) && (A = F = 0, X = I = 0);
      let M = X - A, P = I - F;
      i[N] = { minX: A, minY: F, maxX: X, maxY: I, width: M, height: P, offsetX: A, offsetY: F }, w._dagreClusterSubgraph = x;
    }
  });
  let s = [], a = (N) => {
    let w = [], x = (e.children(N) || []).filter((S) => S !== N);
    for (; x.length > 0; ) {
      let S = x.shift();
      w.push(S), (e.children(S) || []).filter((O) => O !== S).forEach((O) => x.push(O));
    }
    return w;
  }, c = /* @__PURE__ */ new Map();
  o.forEach((N) => {
    let w = e.node(N);
    w && w.rankdir && i[N] && c.set(N, (e.children(N) || []).filter((x) => x !== N));
  });
  let u = new Set([...c.values()].flat()), d = /* @__PURE__ */ new Map();
  c.forEach((N, w) => {
    u.has(w) || d.set(w, a(w));
  });
  let h = new Set([...d.values()].flat()), f = (N) => {
    for (let [w, x] of d) if (x.includes(N)) return w;
    return N;
  }, g = [];
  e.edges().forEach((N) => {
    (h.has(N.v) || h.has(N.w)) && g.push({ edge: N, label: e.edge(N) });
  });
  let v = /* @__PURE__ */ new Map();
  h.forEach((N) => {
    let w = e.parent(N);
    v.set(N, typeof w == "string" ? w : void 0);
  }), d.forEach((N, w) => {
    let x = e.node(w), S = [];
    N.forEach((A) => {
      let F = e.node(A);
      F && (S.push({ id: A, node: F, parent: v.get(A) }), e.removeNode(A));
    });
    let O = g.filter(({ edge: A }) => N.includes(A.v) || N.includes(A.w)), z = i[w];
    x && (s.push({ clusterId: w, subgraph: x._dagreClusterSubgraph, bounds: z, children: N, removedNodes: S, removedEdges: O }), x.width = z.width, x.height = z.height);
  });
  let p = /* @__PURE__ */ new Set();
  g.forEach(({ edge: N, label: w }) => {
    let x = f(N.v), S = f(N.w);
    if (x !== S && e.hasNode(x) && e.hasNode(S)) {
      let O = `${x}\0${S}`;
      p.has(O) || (p.add(O), e.setEdge(x, S, { ...w, width: 0, height: 0 }));
    }
  });
  let m = sa(e), b = ra(m, t, n, (r = ea.get(e)) != null ? r : null);
  ea.set(e, b), oa(e, m), p.forEach((N) => {
    let w = N.indexOf("\0"), x = N.slice(0, w), S = N.slice(w + 1);
    e.hasEdge(x, S) && e.removeEdge(x, S);
  }), s.forEach(({ clusterId: N, subgraph: w, bounds: x, removedNodes: S, removedEdges: O }) => {
    var z, A;
    let F = e.node(N), X = (z = F?.x) != null ? z : 0, I = (A = F?.y) != null ? A : 0, M = (x.minX + x.maxX) / 2, P = (x.minY + x.maxY) / 2;
    S.forEach(({ id: y, node: E, parent: k }) => {
      e.setNode(y, E), k !== void 0 && e.setParent(y, k);
    }), O.forEach(({ edge: y, label: E }) => {
      e.setEdge(y, E);
    }), w.nodes().forEach((y) => {
      if (y === N) return;
      let E = w.node(y), k = e.node(y);
      k && E && typeof E.x == "number" && typeof E.y == "number" && (k.x = X + (E.x - M), k.y = I + (E.y - P));
    }), na(e, w, X - M, I - P), delete F._dagreClusterSubgraph;
  }), o.forEach((N) => {
    var w, x;
    let S = e.node(N), O = i[N];
    if (S && S.rankdir && S._dagreClusterSubgraph && O) {
      let z = S._dagreClusterSubgraph, A = (w = S.x) != null ? w : 0, F = (x = S.y) != null ? x : 0, X = (O.minX + O.maxX) / 2, I = (O.minY + O.maxY) / 2;
      z.nodes().forEach((M) => {
        if (M === N) return;
        let P = z.node(M), y = e.node(M);
        if (y && P && typeof P.x == "number" && typeof P.y == "number") {
          let E = P.x - X, k = P.y - I;
          y.x = A + E, y.y = F + k;
        }
      }), na(e, z, A - X, F - I), delete S._dagreClusterSubgraph;
    }
  });
}
function na(e, t, n, r) {
  t.edges().forEach((o) => {
    if (!e.hasEdge(o)) return;
    let i = t.edge(o), s = e.edge(o);
    s.points = i.points.map((a) => ({ x: a.x + n, y: a.y + r })), Object.hasOwn(i, "x") && (s.x = i.x + n, s.y = i.y + r);
  });
}
function ra(e, t, n, r = null) {
  var o, i;
  let s = n?.useDynamic !== !1, a = s && (o = r?.graph) != null ? o : null, c = s && (i = r?.rawNodes) != null ? i : null;
  t("    makeSpaceForEdgeLabels", () => Ib(e)), t("    removeSelfEdges", () => Bb(e)), t("    acyclic", () => fy(e, a)), t("    nestingGraph.run", () => Ry(e)), t("    rank", () => Py(oc(e))), t("    injectEdgeLabelProxies", () => Ab(e)), t("    removeEmptyRanks", () => Qm(e)), t("    nestingGraph.cleanup", () => By(e)), t("    normalizeRanks", () => Um(e)), t("    assignRankMinMax", () => zb(e)), t("    removeEdgeLabelProxies", () => Tb(e)), t("    normalize.run", () => py(e)), t("    parentDummyChains", () => zy(e)), t("    addBorderSegments", () => Fy(e)), t("    order", () => yc(e, n, c)), t("    insertSelfEdges", () => Fb(e)), t("    adjustCoordinateSystem", () => Ky(e)), t("    position", () => _b(e, n.corePath)), t("    positionSelfEdges", () => jb(e));
  let u = JSON.parse(JSON.stringify(e._nodes));
  return t("    removeBorderNodes", () => Vb(e)), t("    normalize.undo", () => yy(e)), t("    fixupEdgeLabelCoords", () => Rb(e)), t("    undoCoordinateSystem", () => Yy(e)), t("    translateGraph", () => Db(e)), t("    assignNodeIntersects", () => Lb(e)), t("    reversePoints", () => Hb(e)), t("    acyclic.undo", () => gy(e)), { graph: e, rawNodes: u };
}
function oa(e, t) {
  e.nodes().forEach((n) => {
    let r = e.node(n), o = t.node(n);
    r && (r.x = o.x, r.y = o.y, r.order = o.order, r.rank = o.rank, t.children(n).length && (r.width = o.width, r.height = o.height));
  }), e.edges().forEach((n) => {
    let r = e.edge(n), o = t.edge(n);
    r.points = o.points, Object.hasOwn(o, "x") && (r.x = o.x, r.y = o.y);
  }), e.graph().width = t.graph().width, e.graph().height = t.graph().height;
}
var kb = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"], Nb = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" }, Sb = ["acyclicer", "ranker", "rankdir", "align", "rankalign"], Cb = ["width", "height", "rank"], ia = { width: 0, height: 0 }, Mb = ["minlen", "weight", "width", "height", "labeloffset"], Pb = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" }, Ob = ["labelpos"];
function sa(e) {
  let t = new at({ multigraph: !0, compound: !0 }), n = Po(e.graph());
  return t.setGraph(Object.assign({}, Nb, Mo(n, kb), jr(n, Sb))), e.nodes().forEach((r) => {
    let o = Po(e.node(r)), i = Mo(o, Cb);
    Object.keys(ia).forEach((a) => {
      i[a] === void 0 && (i[a] = ia[a]);
    }), t.setNode(r, i);
    let s = e.parent(r);
    s !== void 0 && t.setParent(r, s);
  }), e.edges().forEach((r) => {
    let o = Po(e.edge(r));
    t.setEdge(r, Object.assign({}, Pb, Mo(o, Mb), jr(o, Ob)));
  }), t;
}
function Ib(e) {
  let t = e.graph();
  t.ranksep /= 2, e.edges().forEach((n) => {
    var r;
    let o = e.edge(n);
    o.minlen *= 2, ((r = o.labelpos) != null ? r : "r").toLowerCase() !== "c" && (t.rankdir === "TB" || t.rankdir === "BT" ? o.width += o.labeloffset : o.height += o.labeloffset);
  });
}
function Ab(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.width && n.height) {
      let r = e.node(t.v), o = { rank: (e.node(t.w).rank - r.rank) / 2 + r.rank, e: t };
      Dn(e, "edge-proxy", o, "_ep");
    }
  });
}
function zb(e) {
  let t = 0;
  e.nodes().forEach((n) => {
    let r = e.node(n);
    r.borderTop && (r.minRank = e.node(r.borderTop).rank, r.maxRank = e.node(r.borderBottom).rank, t = Math.max(t, r.maxRank));
  }), e.graph().maxRank = t;
}
function Tb(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t);
    if (n.dummy === "edge-proxy") {
      let r = n;
      e.edge(r.e).labelRank = n.rank, e.removeNode(t);
    }
  });
}
function Db(e) {
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
function Lb(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) return;
    let n = e.edge(t), r = e.node(t.v), o = e.node(t.w), i, s;
    n.points ? (i = n.points[0], s = n.points[n.points.length - 1]) : (n.points = [], i = o, s = r), n.points.unshift(Ks(r, i)), n.points.push(Ks(o, s));
  });
}
function Rb(e) {
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
function Hb(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    n.reversed && n.points.reverse();
  });
}
function Vb(e) {
  e.nodes().forEach((t) => {
    if (e.children(t).length) {
      let n = e.node(t), r = e.node(n.borderTop), o = e.node(n.borderBottom), i = e.node(n.borderLeft[n.borderLeft.length - 1]), s = e.node(n.borderRight[n.borderRight.length - 1]);
      n.width = Math.abs(s.x - i.x), n.height = Math.abs(o.y - r.y), n.x = i.x + n.width / 2, n.y = r.y + n.height / 2;
    }
  }), e.nodes().forEach((t) => {
    e.node(t).dummy === "border" && e.removeNode(t);
  });
}
function Bb(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) {
      let n = e.node(t.v);
      n.selfEdges || (n.selfEdges = []), n.selfEdges.push({ e: t, label: e.edge(t) }), e.removeEdge(t);
    }
  });
}
function Fb(e) {
  fr(e).forEach((t) => {
    let n = 0;
    t.forEach((r, o) => {
      let i = e.node(r);
      typeof i.rank != "number" && (i.rank = 0), i.order = o + n, (i.selfEdges || []).forEach((s) => {
        Dn(e, "selfedge", { width: s.label.width, height: s.label.height, rank: i.rank, order: o + ++n, e: s.e, edgeLabel: s.label }, "_se"), (!Array.isArray(s.label.points) || s.label.points.length !== 7) && (s.label.points = [{ x: 0, y: -10 }, { x: 0, y: -10 }, { x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }, { x: 0, y: 0 }]);
      }), delete i.selfEdges;
    });
  });
}
function jb(e) {
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
function Mo(e, t) {
  return to(jr(e, t), Number);
}
function Po(e) {
  let t = {};
  return e && Object.entries(e).forEach(([n, r]) => {
    typeof n == "string" && (n = n.toLowerCase()), t[n] = r;
  }), t;
}
function Kb(e) {
  let t = fr(e), n = new at({ compound: !0, multigraph: !0 }).setGraph({});
  return e.nodes().forEach((r) => {
    n.setNode(r, { label: r }), n.setParent(r, "layer" + e.node(r).rank);
  }), e.edges().forEach((r) => n.setEdge(r.v, r.w, {}, r.name)), t.forEach((r, o) => {
    let i = "layer" + o;
    n.setNode(i, { rank: "same" }), r.reduce((s, a) => (n.setEdge(s, a, { style: "invis" }), a));
  }), n;
}
var Yb = { graphlib: Ul, version: ry, layout: Eb, debug: Kb, util: { time: ey, notime: ac } }, aa = Yb;
/*! For license information please see dagre.esm.js.LEGAL.txt */
const Xb = 236, Zb = 360, Wb = 150, qb = 160, Gb = 18;
function _c(e) {
  return e.reduce((t, n) => t + 1 + _c(n.children), 0);
}
function Nr(e) {
  if (e.type === "level") return { width: Wb, height: 58 };
  if (e.type === "output") return { width: qb, height: 48 };
  let n = 34 + Math.max(e.inputs.length, e.outputs.length + (e.bundle ? 1 : 0), 1) * Gb + 8;
  return e.summary?.length && (n += 16 * Math.min(2, Math.ceil(e.summary.length / 2))), e.stats && (n += 16), e.message && (n += 30), e.layers && (n += 12 + 17 * Math.min(_c(e.layers), 40)), { width: e.layers ? Zb : Xb, height: n };
}
function la(e, t = /* @__PURE__ */ new Map()) {
  const n = new aa.graphlib.Graph({ multigraph: !0 });
  n.setGraph({ rankdir: "LR", nodesep: 26, ranksep: 64, edgesep: 14, marginx: 20, marginy: 20 }), n.setDefaultEdgeLabel(() => ({}));
  for (const o of e.nodes) {
    const i = t.get(o.id) ?? Nr(o);
    n.setNode(o.id, { width: i.width, height: i.height });
  }
  for (const o of e.edges)
    n.hasNode(o.source) && n.hasNode(o.target) && n.setEdge(o.source, o.target, { width: 110, height: 18, labelpos: "c" }, o.id);
  aa.layout(n);
  const r = {};
  for (const o of n.nodes()) {
    const i = n.node(o);
    r[o] = { x: Math.round(i.x - i.width / 2), y: Math.round(i.y - i.height / 2) };
  }
  return Ub(e, r), r;
}
function Ub(e, t) {
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
var Qb = /* @__PURE__ */ te("<!> <!> <!>", 1), Jb = /* @__PURE__ */ te('<span class="partial svelte-pj8ljn" title="only the valid part is counted">(valid part)</span>'), $b = /* @__PURE__ */ te('<span class="ok svelte-pj8ljn">✓ valid</span>'), ew = /* @__PURE__ */ te('<span class="bad svelte-pj8ljn"> </span>'), tw = /* @__PURE__ */ te('<li><button class="svelte-pj8ljn"><b> </b> </button></li>'), nw = /* @__PURE__ */ te('<li class="more svelte-pj8ljn"> </li>'), rw = /* @__PURE__ */ te('<ul class="problems svelte-pj8ljn" data-testid="canvas-problems"><!> <!></ul>'), ow = /* @__PURE__ */ te('<ul class="problems svelte-pj8ljn" data-testid="canvas-problems"><li> </li></ul>'), iw = /* @__PURE__ */ te('<div data-testid="canvas-totals"><span class="design svelte-pj8ljn"> </span> <span class="sep svelte-pj8ljn">·</span> <span> </span> <span class="sep svelte-pj8ljn">·</span> <span> </span> <span class="sep svelte-pj8ljn">|</span> <span><b class="svelte-pj8ljn"> </b> blocks</span> <span><b class="svelte-pj8ljn"> </b> params</span> <span><b class="svelte-pj8ljn"> </b></span> <!> <span class="sep svelte-pj8ljn">|</span> <!></div> <!>', 1), sw = /* @__PURE__ */ te('<div data-testid="canvas-notice" role="alert"><span class="badge svelte-pj8ljn"> </span> <span class="text"> </span> <button aria-label="dismiss" class="svelte-pj8ljn">×</button></div>'), aw = /* @__PURE__ */ te("<!> <!> <!> <!> <!>", 1), lw = /* @__PURE__ */ te('<div class="head-canvas svelte-pj8ljn" role="application" aria-label="head canvas"><!> <div class="flow svelte-pj8ljn" role="region" aria-label="graph"><!></div></div>');
function cw(e, t) {
  ue(t, !0);
  const n = Wl(), r = 0.8, o = 80, i = { level: rm, block: tm, output: am }, s = { shape: mm };
  let a = ge([]), c = ge([]), u = ge(null), d = ge(null), h, f, g = !1, v = !1, p = null, m = 0, b = /* @__PURE__ */ new Map(), N = ge(0), w = null, x = null;
  const S = /* @__PURE__ */ new Map();
  let O = /* @__PURE__ */ new Map(), z = /* @__PURE__ */ new Map();
  const A = window;
  A.__head_canvas_mounts = (A.__head_canvas_mounts ?? 0) + 1;
  const F = A.__head_canvas_mounts;
  function X(j) {
    m += 1, j.seq = m;
    const U = `head-canvas:edit:${m}`;
    performance.mark(U), b.set(m, U), B(N, b.size, !0), t.emit("edit", j);
  }
  function I(j, U = "error") {
    B(d, { text: j, kind: U }, !0), clearTimeout(h), h = setTimeout(() => B(d, null), 8e3);
  }
  function M() {
    const j = /* @__PURE__ */ new Map();
    for (const U of l(a))
      U.measured?.width && U.measured?.height && j.set(U.id, { width: U.measured.width, height: U.measured.height });
    return j;
  }
  function P(j, U) {
    t.emit("expand", { id: j, expanded: U });
  }
  function y(j, U) {
    X({ op: "rename", node: j, name: U });
  }
  let E = null;
  function k(j) {
    E = `head-canvas:${j}:${performance.now()}`, performance.mark(E), t.emit(j);
  }
  function C(j, U, oe) {
    const be = U.edges.filter((Me) => Me.target === j.id).map((Me) => Me.source).map((Me) => oe.get(Me)).filter((Me) => Me !== void 0);
    if (be.length) {
      const Me = Math.max(...be.map((wt) => wt.x)) + 320, $e = be.reduce((wt, _t) => wt + _t.y, 0) / be.length;
      return { x: Math.round(Me), y: Math.round($e) };
    }
    const pe = f?.getBoundingClientRect(), Ue = pe ? n.screenToFlowPosition({ x: pe.left + pe.width / 2, y: pe.top + pe.height / 2 }) : { x: 0, y: 0 }, bt = Nr(j);
    return {
      x: Math.round(Ue.x - bt.width / 2),
      y: Math.round(Ue.y - bt.height / 2)
    };
  }
  function L(j) {
    j.answered !== null && b.has(j.answered) && performance.mark(`head-canvas:received:${j.answered}`);
    const oe = typeof j.canvas == "string" ? JSON.parse(j.canvas) : j.canvas, Ee = new Map(l(a).map((W) => [W.id, W])), be = new Map(l(c).map((W) => [W.id, W])), pe = oe.nodes.some((W) => W.position), Ue = oe.nodes.length === Ee.size && oe.nodes.every((W) => Ee.has(W.id)), bt = pe || Ue, Me = /* @__PURE__ */ new Map();
    for (const W of oe.nodes) {
      const ye = W.position ?? (bt ? Ee.get(W.id)?.position : void 0);
      ye && Me.set(W.id, ye);
    }
    const $e = {}, wt = oe.nodes.filter((W) => !Me.has(W.id));
    if (wt.length) {
      if (wt.length === oe.nodes.length || Me.size === 0)
        Object.assign($e, la(oe)), g = !1, v = !1;
      else
        for (const W of wt) $e[W.id] = C(W, oe, Me);
      for (const [W, ye] of Object.entries($e)) Me.set(W, ye);
    }
    for (const W of oe.nodes) {
      const ye = Me.get(W.id);
      if (W.position || $e[W.id] || !ye) continue;
      const He = S.get(W.id) ?? 0;
      He < 3 && ($e[W.id] = ye, S.set(W.id, He + 1));
    }
    const _t = j.selected ?? null, Le = _t !== x && _t !== null && !Ee.get(_t)?.selected;
    x = _t;
    const Zt = /* @__PURE__ */ new Map();
    B(a, oe.nodes.map((W) => {
      const ye = Ee.get(W.id), He = Me.get(W.id) ?? { x: 0, y: 0 }, nt = `${t.editable}|${JSON.stringify(W)}`, Wt = Le ? W.id === _t : ye?.selected ?? !1;
      return Zt.set(W.id, nt), ye && O.get(W.id) === nt && ye.position.x === He.x && ye.position.y === He.y && (ye.selected ?? !1) === Wt ? ye : {
        id: W.id,
        type: W.type,
        position: He,
        data: { node: W, expand: P, rename: y, editable: t.editable },
        selected: Wt,
        deletable: t.editable && W.type !== "level",
        connectable: t.editable,
        measured: ye?.measured,
        // what xyflow assumes before it has measured the node (large designs draw only
        // the nodes in view, and need the size of the others to know which those are)
        initialWidth: Nr(W).width,
        initialHeight: Nr(W).height,
        // An expanded block grows over its neighbours; it stays on top (above a selection).
        zIndex: W.layers ? 2e3 : 0,
        class: `kind-${W.type}`
      };
    }));
    const At = /* @__PURE__ */ new Map(), Qe = /* @__PURE__ */ new Map();
    for (const W of oe.edges)
      At.set(W.target, (At.get(W.target) ?? 0) + 1), Qe.set(W.source, (Qe.get(W.source) ?? 0) + 1);
    const et = (W) => (At.get(W.target) ?? 0) > 1 ? 0.28 : (Qe.get(W.source) ?? 0) > 1 ? 0.72 : 0.5;
    O = Zt;
    const tt = /* @__PURE__ */ new Map();
    if (B(c, oe.edges.map((W) => {
      const ye = `${t.editable}|${et(W)}|${JSON.stringify(W)}`;
      tt.set(W.id, ye);
      const He = be.get(W.id);
      return He && z.get(W.id) === ye ? He : {
        id: W.id,
        source: W.source,
        target: W.target,
        sourceHandle: W.source_handle,
        targetHandle: W.target_handle,
        type: "shape",
        selected: be.get(W.id)?.selected ?? !1,
        deletable: t.editable,
        data: {
          label: W.label,
          color: W.color,
          error: W.error,
          waiting: W.waiting,
          ref: W.ref,
          label_t: et(W)
        },
        class: W.error ? "bad-edge" : void 0
      };
    })), z = tt, B(u, oe), j.notice && I(j.notice, j.notice_kind === "info" ? "info" : "error"), t.editable && Object.keys($e).length && t.emit("edit", { op: "move", positions: $e, auto: !0 }), g || (g = !0, Fn().then(() => requestAnimationFrame(() => V()))), E && !(j.answered !== null && b.has(j.answered))) {
      const W = E;
      E = null, Fn().then(() => requestAnimationFrame(() => {
        performance.mark(W + ":painted"), performance.measure("head-canvas:history", W, W + ":painted");
      }));
    }
    const Re = j.answered;
    if (Re != null && b.has(Re)) {
      const W = b.get(Re);
      b.delete(Re), B(N, b.size, !0), Fn().then(() => requestAnimationFrame(() => {
        const ye = `head-canvas:painted:${Re}`;
        performance.mark(ye), performance.measure("head-canvas:edit", W, ye);
        const He = `head-canvas:received:${Re}`;
        performance.measure("head-canvas:edit:server", W, He), performance.measure("head-canvas:edit:draw", He, ye);
      }));
    }
  }
  Ve(() => {
    if (!f) return;
    let j = 0, U = 0;
    const oe = new ResizeObserver(([Ee]) => {
      const be = Ee.contentRect, pe = Math.abs(be.width - j) > 2 || Math.abs(be.height - U) > 2;
      j = be.width, U = be.height, pe && g && !v && requestAnimationFrame(() => V());
    });
    return oe.observe(f), () => oe.disconnect();
  });
  function R(j) {
    j && (v = !0);
  }
  Ve(() => {
    t.payload && t.payload !== w && (w = t.payload, L(t.payload));
  });
  function V() {
    const j = f?.querySelector(".svelte-flow")?.getBoundingClientRect();
    if (!j || !l(a).length) return;
    const U = n.getNodesBounds(l(a)), oe = 24, Ee = 64, be = Math.min((j.width - Ee - oe) / U.width, (j.height - 2 * oe) / U.height), pe = Math.max(r, Math.min(1, be)), Ue = be >= r ? Ee + (j.width - Ee - oe - U.width * pe) / 2 - U.x * pe : Ee - U.x * pe, bt = Math.max(oe - U.y * pe, (j.height - U.height * pe) / 2 - U.y * pe);
    n.setViewport({ x: Ue, y: bt, zoom: pe });
  }
  function Y(j, U) {
    if (!j || !j.startsWith(U)) return null;
    const oe = j.slice(U.length);
    return /^\d+$/.test(oe) ? Number(oe) : null;
  }
  function ee(j) {
    return l(u) ? (p = _m(l(u), j), p === null) : !1;
  }
  function T(j) {
    X({
      op: "connect",
      source: j.source,
      port: Y(j.sourceHandle, "o:"),
      target: j.target,
      slot: Y(j.targetHandle, "i:")
    });
  }
  function D(j, U) {
    U.toHandle && U.isValid === !1 && p && I(p);
  }
  async function G({ nodes: j, edges: U }) {
    const oe = j.map((pe) => pe.id).filter((pe) => !pe.startsWith("in:")), Ee = new Set(oe), be = U.filter((pe) => pe.selected && !Ee.has(pe.source) && !Ee.has(pe.target)).map((pe) => pe.id);
    return (oe.length || be.length) && X({ op: "delete", nodes: oe, edges: be }), !1;
  }
  function $({ nodes: j }) {
    const U = {};
    for (const oe of j) U[oe.id] = { x: Math.round(oe.position.x), y: Math.round(oe.position.y) };
    Object.keys(U).length && X({ op: "move", positions: U });
  }
  function J({ node: j }) {
    const U = j.data.node;
    t.emit("select", {
      index: U.id,
      value: { id: U.id, name: U.name, type: U.type, block: U.block ?? null },
      selected: !0
    });
  }
  function ne(j, U) {
    if (!t.editable) return;
    const oe = { x: Math.round(U.x), y: Math.round(U.y) };
    X(j ? { op: "add", block: j, position: oe } : { op: "add_output", position: oe });
  }
  function le(j) {
    const U = j.dataTransfer?.getData("application/x-head-block");
    if (!U) return;
    j.preventDefault();
    const oe = n.screenToFlowPosition({ x: j.clientX, y: j.clientY });
    ne(U === "__output__" ? null : U, { x: oe.x - 20, y: oe.y - 14 });
  }
  function ve(j) {
    j.dataTransfer?.types.includes("application/x-head-block") && (j.preventDefault(), j.dataTransfer.dropEffect = "copy");
  }
  function ce(j) {
    const U = f.querySelector(".svelte-flow").getBoundingClientRect(), oe = n.screenToFlowPosition({ x: U.left + U.width / 2, y: U.top + U.height / 2 }), Ee = { x: oe.x - 118, y: oe.y - 40 }, be = (pe) => l(a).some((Ue) => Math.abs(Ue.position.x - Ee.x) < 60 && Math.abs(Ue.position.y - pe) < 50);
    for (; be(Ee.y); ) Ee.y += 60;
    ne(j, Ee);
  }
  function Se() {
    l(u) && (X({ op: "move", positions: la(l(u), M()) }), Fn().then(() => setTimeout(() => n.fitView({ padding: 0.08, duration: 200 }), 60)));
  }
  let me = !1;
  function we(j) {
    me = !!f && f.contains(j.target);
  }
  function Ce(j) {
    const U = j.target;
    if (!(!!f && f.contains(U)) && !(me && (U === document.body || U === null)) || U?.closest?.("input, textarea, select, [contenteditable]") || !(j.ctrlKey || j.metaKey)) return;
    const be = j.key.toLowerCase();
    be === "z" && !j.shiftKey ? (j.preventDefault(), k("undo")) : (be === "z" && j.shiftKey || be === "y") && (j.preventDefault(), k("redo"));
  }
  function Fe(j) {
    const U = j.includes("/") ? j.split("/")[0] : j, oe = l(a).find((Ee) => Ee.id === U);
    oe && n.fitView({
      nodes: [{ id: oe.id }],
      padding: 0.6,
      duration: 250,
      maxZoom: 1.2
    });
  }
  const Oe = _(() => l(u)?.errors ?? []);
  var he = lw();
  Ze("pointerdown", je, we, !0), Ze("keydown", je, Ce);
  let _e;
  var Ie = K(he);
  {
    var xe = (j) => {
      {
        let U = _(() => l(u)?.task ?? "");
        gm(j, {
          get entries() {
            return t.palette;
          },
          get task() {
            return l(U);
          },
          onadd: ce
        });
      }
    };
    se(Ie, (j) => {
      t.editable && j(xe);
    });
  }
  var Ge = q(Ie, 2), yt = K(Ge);
  {
    let j = _(() => t.editable ? ["Delete", "Backspace"] : null), U = _(() => l(a).length > o);
    tp(yt, {
      get nodeTypes() {
        return i;
      },
      get edgeTypes() {
        return s;
      },
      minZoom: 0.1,
      maxZoom: 2.5,
      get deleteKey() {
        return l(j);
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
      isValidConnection: ee,
      onconnect: T,
      onconnectend: D,
      onbeforedelete: G,
      onnodedragstop: $,
      onnodeclick: J,
      onmovestart: R,
      get onlyRenderVisibleElements() {
        return l(U);
      },
      proOptions: { hideAttribution: !0 },
      defaultEdgeOptions: { type: "shape" },
      get nodes() {
        return l(a);
      },
      set nodes(oe) {
        B(a, oe);
      },
      get edges() {
        return l(c);
      },
      set edges(oe) {
        B(c, oe);
      },
      children: (oe, Ee) => {
        var be = aw(), pe = fe(be);
        Ep(pe, {
          gap: 18,
          size: 1.2,
          bgColor: "#f7f9fa",
          patternColor: "#d5dde2"
        });
        var Ue = q(pe, 2);
        pp(Ue, {
          position: "bottom-left",
          showLock: !1,
          children: (Le, Zt) => {
            var At = ke(), Qe = fe(At);
            {
              var et = (tt) => {
                var Re = Qb(), W = fe(Re);
                Qt(W, {
                  onclick: () => k("undo"),
                  title: "undo (ctrl-z)",
                  "aria-label": "undo",
                  children: (nt, Wt) => {
                    var zt = pn("↶");
                    H(nt, zt);
                  },
                  $$slots: { default: !0 }
                });
                var ye = q(W, 2);
                Qt(ye, {
                  onclick: () => k("redo"),
                  title: "redo (ctrl-shift-z)",
                  "aria-label": "redo",
                  children: (nt, Wt) => {
                    var zt = pn("↷");
                    H(nt, zt);
                  },
                  $$slots: { default: !0 }
                });
                var He = q(ye, 2);
                Qt(He, {
                  onclick: Se,
                  title: "lay the graph out again",
                  "aria-label": "auto-layout",
                  children: (nt, Wt) => {
                    var zt = pn("⇶");
                    H(nt, zt);
                  },
                  $$slots: { default: !0 }
                }), H(tt, Re);
              };
              se(Qe, (tt) => {
                t.editable && tt(et);
              });
            }
            H(Le, At);
          },
          $$slots: { default: !0 }
        });
        var bt = q(Ue, 2);
        Ip(bt, {
          position: "bottom-right",
          pannable: !0,
          zoomable: !0,
          width: 170,
          height: 110,
          nodeColor: (Le) => Le.data.node.status === "error" ? "#ef9a9a" : Le.data.node.fill,
          nodeStrokeColor: (Le) => Le.data.node.border,
          nodeStrokeWidth: 3
        });
        var Me = q(bt, 2);
        {
          var $e = (Le) => {
            er(Le, {
              position: "top-right",
              children: (Zt, At) => {
                var Qe = iw(), et = fe(Qe);
                let tt;
                var Re = K(et), W = K(Re), ye = q(Re, 4), He = K(ye), nt = q(ye, 4), Wt = K(nt), zt = q(nt, 4), xc = K(zt), Ec = K(xc), Di = q(zt, 2), kc = K(Di), Nc = K(kc), Li = q(Di, 2), Sc = K(Li), Cc = K(Sc), Ri = q(Li, 2);
                {
                  var Mc = (ze) => {
                    var Ye = Jb();
                    H(ze, Ye);
                  };
                  se(Ri, (ze) => {
                    l(u).totals.partial && ze(Mc);
                  });
                }
                var Pc = q(Ri, 4);
                {
                  var Oc = (ze) => {
                    var Ye = $b();
                    H(ze, Ye);
                  }, Ic = (ze) => {
                    var Ye = ew(), fn = K(Ye);
                    re(
                      (Ln) => {
                        Q(Ye, "title", l(u).message), ie(fn, `⚠ ${Ln ?? ""} problem${l(Oe).length > 1 ? "s" : ""}`);
                      },
                      [() => Math.max(l(Oe).length, 1)]
                    ), H(ze, Ye);
                  };
                  se(Pc, (ze) => {
                    l(u).valid ? ze(Oc) : ze(Ic, !1);
                  });
                }
                var Ac = q(et, 2);
                {
                  var zc = (ze) => {
                    var Ye = rw(), fn = K(Ye);
                    gt(fn, 17, () => l(Oe).slice(0, 4), (lt) => lt.id, (lt, xt) => {
                      var hn = tw(), ro = K(hn);
                      ro.__click = () => Fe(l(xt).id);
                      var Hi = K(ro), Dc = K(Hi), Lc = q(Hi);
                      re(() => {
                        Q(ro, "title", l(xt).message), ie(Dc, l(xt).id), ie(Lc, ` ${l(xt).message ?? ""}`);
                      }), H(lt, hn);
                    });
                    var Ln = q(fn, 2);
                    {
                      var Rn = (lt) => {
                        var xt = nw(), hn = K(xt);
                        re(() => ie(hn, `and ${l(Oe).length - 4} more`)), H(lt, xt);
                      };
                      se(Ln, (lt) => {
                        l(Oe).length > 4 && lt(Rn);
                      });
                    }
                    H(ze, Ye);
                  }, Tc = (ze) => {
                    var Ye = ke(), fn = fe(Ye);
                    {
                      var Ln = (Rn) => {
                        var lt = ow(), xt = K(lt), hn = K(xt);
                        re(() => ie(hn, l(u).message)), H(Rn, lt);
                      };
                      se(
                        fn,
                        (Rn) => {
                          !l(u).valid && l(u).message && Rn(Ln);
                        },
                        !0
                      );
                    }
                    H(ze, Ye);
                  };
                  se(Ac, (ze) => {
                    !l(u).valid && l(Oe).length ? ze(zc) : ze(Tc, !1);
                  });
                }
                re(() => {
                  tt = De(et, 1, "totals svelte-pj8ljn", null, tt, { invalid: !l(u).valid }), ie(W, l(u).name || "design"), ie(He, l(u).task), ie(Wt, `${l(u).image_size[0] ?? ""}×${l(u).image_size[1] ?? ""}`), ie(Ec, l(u).totals.nodes), ie(Nc, l(u).totals.params_text), ie(Cc, l(u).totals.flops_text);
                }), H(Zt, Qe);
              },
              $$slots: { default: !0 }
            });
          };
          se(Me, (Le) => {
            l(u) && Le($e);
          });
        }
        var wt = q(Me, 2);
        {
          var _t = (Le) => {
            er(Le, {
              position: "bottom-center",
              children: (Zt, At) => {
                var Qe = sw(), et = K(Qe), tt = K(et), Re = q(et, 2), W = K(Re), ye = q(Re, 2);
                ye.__click = () => B(d, null), re(() => {
                  De(Qe, 1, `notice ${l(d).kind ?? ""}`, "svelte-pj8ljn"), ie(tt, l(d).kind === "error" ? "!" : "i"), ie(W, l(d).text);
                }), H(Zt, Qe);
              },
              $$slots: { default: !0 }
            });
          };
          se(wt, (Le) => {
            l(d) && Le(_t);
          });
        }
        H(oe, be);
      },
      $$slots: { default: !0 }
    });
  }
  zn(he, (j) => f = j, () => f), re(() => {
    Q(he, "data-mount", F), Q(he, "data-pending", l(N) || void 0), _e = Ne(he, "", _e, { height: `${t.height ?? ""}px` });
  }), Ze("drop", Ge, le), Ze("dragover", Ge, ve), H(e, he), de();
}
Ft(["click"]);
var uw = /* @__PURE__ */ te('<span class="label svelte-49zqag"> </span>'), dw = /* @__PURE__ */ te('<div data-testid="head-canvas"><!> <!></div>');
function hw(e, t) {
  ue(t, !0);
  const n = ["edit", "undo", "redo", "expand"], r = /* @__PURE__ */ Ot(t, ["$$slots", "$$events", "$$legacy"]);
  class o extends Hp {
    palette_copy = null;
    async get_data() {
      const { palette: O, value: z, ...A } = this.props;
      return this.palette_copy ??= vn(O), {
        ...vn(A),
        palette: this.palette_copy,
        value: vn(z)
      };
    }
  }
  const i = new o(r);
  let s = Promise.resolve(), a = null, c = 0;
  Ve(() => {
    i.props.value !== a && (c += 1);
  });
  function u(S, O) {
    const z = i.shared.server;
    if (i.props.direct && z?.apply && n.includes(S)) {
      v += 1, s = s.then(() => d(z.apply, S, O)).finally(() => v -= 1);
      return;
    }
    i.dispatch(S, O);
  }
  async function d(S, O, z) {
    let A = null;
    const F = c;
    try {
      A = await S({ kind: O, edit: z ?? null });
    } catch {
      A = null;
    }
    if (!A || typeof A != "object" || !("payload" in A)) {
      i.dispatch(O, z);
      return;
    }
    A.payload && c === F && (i.props.value = A.payload, a = i.props.value), A.follow !== null && A.follow !== void 0 && p(A.follow);
  }
  const h = 200;
  let f, g = null, v = 0;
  function p(S) {
    g = S, clearTimeout(f), f = setTimeout(
      function O() {
        if (v > 0) {
          f = setTimeout(O, h);
          return;
        }
        i.dispatch("edited", g);
      },
      h
    );
  }
  var m = dw();
  let b;
  var N = K(m);
  {
    var w = (S) => {
      var O = uw(), z = K(O);
      re(() => ie(z, i.shared.label)), H(S, O);
    };
    se(N, (S) => {
      i.shared.show_label && i.shared.label && S(w);
    });
  }
  var x = q(N, 2);
  np(x, {
    children: (S, O) => {
      {
        let z = _(() => i.props.palette ?? []), A = _(() => i.shared.interactive !== !1), F = _(() => i.props.height ?? 640);
        cw(S, {
          get payload() {
            return i.props.value;
          },
          get palette() {
            return l(z);
          },
          get editable() {
            return l(A);
          },
          get height() {
            return l(F);
          },
          emit: u
        });
      }
    },
    $$slots: { default: !0 }
  }), re(() => {
    b = De(m, 1, "head-canvas-block svelte-49zqag", null, b, {
      hidden: i.shared.visible === !1,
      "hidden-block": i.shared.visible === "hidden"
    }), Q(m, "id", i.shared.elem_id || void 0);
  }), H(e, m), de();
}
export {
  hw as default
};
