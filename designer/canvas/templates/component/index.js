import { D as Xe, i as Wo, g as la, o as Lc, c as Qt, a as Wt, b as Rc, d as ca, T as ua, e as Hc, f as Dt, r as qo, h as Jt, p as Go, j as tn, m as Vc, s as da, k as Fr, E as Uo, l as Bc, n as er, q as l, t as Hi, u as fa, v as ha, w as Qo, x as Fc, y as jc, z as Kc, A as Vi, B as Yc, C as kt, I as no, F as ga, G as Xc, H as Zc, J as Wc, K as cn, L as je, M as va, N as qc, O as pa, P as Gc, Q as Uc, R as Qc, S as Jc, U as $c, V as eu, W as tu, X as Bt, Y as nu, Z as ru, _ as ou, $ as iu, a0 as su, a1 as au, a2 as lu, a3 as ma, a4 as Bi, a5 as Vn, a6 as cu, a7 as Jo, a8 as uu, a9 as ya, aa as Fi, ab as Be, ac as du, ad as ba, ae as Ft, af as fu, ag as Mo, ah as hu, ai as gu, aj as wn, ak as F, al as vu, am as pu, an as mu, ao as yu, ap as bu, aq as wa, ar as Ln, as as wu, at as _u, au as xu, av as $o, aw as ei, ax as ue, ay as de, az as w, aA as K, aB as tr, aC as fe, aD as re, aE as Z, aF as oe, aG as _a, aH as he, aI as xa, aJ as Po, aK as nr, aL as Ze, aM as Ve, aN as Eu, aO as Fe, aP as ku, aQ as Nu } from "./svelte_runtime_entry-CVaAXr-z.js";
var Su = "font-weight: bold", Cu = "font-weight: normal";
function ji(e) {
  Xe ? console.warn(
    `%c[svelte] state_snapshot_uncloneable
%c${e ? `The following properties cannot be cloned with \`$state.snapshot\` — the return value contains the originals:

${e}` : "Value cannot be cloned with `$state.snapshot` — the original value was returned"}
https://svelte.dev/e/state_snapshot_uncloneable`,
    Su,
    Cu
  ) : console.warn("https://svelte.dev/e/state_snapshot_uncloneable");
}
const Mu = [];
function ti(e, t = !1, n = !1) {
  if (Xe && !t) {
    const r = [], o = Yn(e, /* @__PURE__ */ new Map(), "", r, null, n);
    if (r.length === 1 && r[0] === "")
      ji();
    else if (r.length > 0) {
      const i = r.length > 10 ? r.slice(0, 7) : r.slice(0, 10), s = r.length - i.length;
      let a = i.map((c) => `- <value>${c}`).join(`
`);
      s > 0 && (a += `
- ...and ${s} more`), ji(a);
    }
    return o;
  }
  return Yn(e, /* @__PURE__ */ new Map(), "", Mu, null, n);
}
function Yn(e, t, n, r, o = null, i = !1) {
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
    if (Wo(e)) {
      var a = (
        /** @type {Snapshot<any>} */
        Array(e.length)
      );
      t.set(e, a), o !== null && t.set(o, a);
      for (var c = 0; c < e.length; c += 1) {
        var u = e[c];
        c in e && (a[c] = Yn(u, t, Xe ? `${n}[${c}]` : n, r, null, i));
      }
      return a;
    }
    if (la(e) === Lc) {
      a = {}, t.set(e, a), o !== null && t.set(o, a);
      for (var d in e)
        a[d] = Yn(
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
      return Yn(
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
function Ea(e) {
  var t = document.createElement("template");
  return t.innerHTML = e.replaceAll("<!>", "<!---->"), t.content;
}
function _n(e, t) {
  var n = (
    /** @type {Effect} */
    ca
  );
  n.nodes === null && (n.nodes = { start: e, end: t, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function te(e, t) {
  var n = (t & ua) !== 0, r = (t & Hc) !== 0, o, i = !e.startsWith("<!>");
  return () => {
    o === void 0 && (o = Ea(i ? e : "<!>" + e), n || (o = /** @type {TemplateNode} */
    Wt(o)));
    var s = (
      /** @type {TemplateNode} */
      r || Rc ? document.importNode(o, !0) : o.cloneNode(!0)
    );
    if (n) {
      var a = (
        /** @type {TemplateNode} */
        Wt(s)
      ), c = (
        /** @type {TemplateNode} */
        s.lastChild
      );
      _n(a, c);
    } else
      _n(s, s);
    return s;
  };
}
// @__NO_SIDE_EFFECTS__
function Pu(e, t, n = "svg") {
  var r = !e.startsWith("<!>"), o = (t & ua) !== 0, i = `<${n}>${r ? e : "<!>" + e}</${n}>`, s;
  return () => {
    if (!s) {
      var a = (
        /** @type {DocumentFragment} */
        Ea(i)
      ), c = (
        /** @type {Element} */
        Wt(a)
      );
      if (o)
        for (s = document.createDocumentFragment(); Wt(c); )
          s.appendChild(
            /** @type {TemplateNode} */
            Wt(c)
          );
      else
        s = /** @type {Element} */
        Wt(c);
    }
    var u = (
      /** @type {TemplateNode} */
      s.cloneNode(!0)
    );
    if (o) {
      var d = (
        /** @type {TemplateNode} */
        Wt(u)
      ), h = (
        /** @type {TemplateNode} */
        u.lastChild
      );
      _n(d, h);
    } else
      _n(u, u);
    return u;
  };
}
// @__NO_SIDE_EFFECTS__
function Me(e, t) {
  return /* @__PURE__ */ Pu(e, t, "svg");
}
function gn(e = "") {
  {
    var t = Qt(e + "");
    return _n(t, t), t;
  }
}
function Ne() {
  var e = document.createDocumentFragment(), t = document.createComment(""), n = Qt();
  return e.append(t, n), _n(t, n), e;
}
function H(e, t) {
  e !== null && e.before(
    /** @type {Node} */
    t
  );
}
class ni {
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
      Dt
    );
    if (this.#e.has(t)) {
      var n = (
        /** @type {Key} */
        this.#e.get(t)
      ), r = this.#t.get(n);
      if (r)
        qo(r), this.#r.delete(n);
      else {
        var o = this.#n.get(n);
        o && (this.#t.set(n, o.effect), this.#n.delete(n), o.fragment.lastChild.remove(), this.anchor.before(o.fragment), r = o.effect);
      }
      for (const [i, s] of this.#e) {
        if (this.#e.delete(i), i === t)
          break;
        const a = this.#n.get(s);
        a && (Jt(a.effect), this.#n.delete(s));
      }
      for (const [i, s] of this.#t) {
        if (i === n || this.#r.has(i)) continue;
        const a = () => {
          if (Array.from(this.#e.values()).includes(i)) {
            var u = document.createDocumentFragment();
            Vc(s, u), u.append(Qt()), this.#n.set(i, { effect: s, fragment: u });
          } else
            Jt(s);
          this.#r.delete(i), this.#t.delete(i);
        };
        this.#o || !r ? (this.#r.add(i), Go(s, a, !1)) : a();
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
      n.includes(r) || (Jt(o.effect), this.#n.delete(r));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(t, n) {
    var r = (
      /** @type {Batch} */
      Dt
    ), o = da();
    if (n && !this.#t.has(t) && !this.#n.has(t))
      if (o) {
        var i = document.createDocumentFragment(), s = Qt();
        i.append(s), this.#n.set(t, {
          effect: tn(() => n(s)),
          fragment: i
        });
      } else
        this.#t.set(
          t,
          tn(() => n(this.anchor))
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
  var r = new ni(e);
  Fr(() => {
    const o = t() ?? null;
    Xe && o == null && Bc(), r.ensure(o, o && ((i) => o(i, ...n)));
  }, Uo);
}
function se(e, t, n = !1) {
  var r = new ni(e), o = n ? Uo : 0;
  function i(s, a) {
    r.ensure(s, a);
  }
  Fr(() => {
    var s = !1;
    t((a, c = !0) => {
      s = !0, i(c, a);
    }), s || i(!1, null);
  }, o);
}
function Ou(e, t) {
  er(() => {
    var n = t();
    for (var r in n) {
      var o = n[r];
      o ? e.style.setProperty(r, o) : e.style.removeProperty(r);
    }
  });
}
function Iu(e, t, n) {
  for (var r = [], o = t.length, i, s = t.length, a = 0; a < o; a++) {
    let h = t[a];
    Go(
      h,
      () => {
        if (i) {
          if (i.pending.delete(h), i.done.add(h), i.pending.size === 0) {
            var f = (
              /** @type {Set<EachOutroGroup>} */
              e.outrogroups
            );
            Oo(Qo(i.done)), f.delete(i), f.size === 0 && (e.outrogroups = null);
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
      Zc(d), d.append(u), e.items.clear();
    }
    Oo(t, !c);
  } else
    i = {
      pending: new Set(t),
      done: /* @__PURE__ */ new Set()
    }, (e.outrogroups ??= /* @__PURE__ */ new Set()).add(i);
}
function Oo(e, t = !0) {
  for (var n = 0; n < e.length; n++)
    Jt(e[n], t);
}
var Ki;
function ht(e, t, n, r, o, i = null) {
  var s = e, a = /* @__PURE__ */ new Map(), c = (t & fa) !== 0;
  if (c) {
    var u = (
      /** @type {Element} */
      e
    );
    s = u.appendChild(Qt());
  }
  var d = null, h = ha(() => {
    var b = n();
    return Wo(b) ? b : b == null ? [] : Qo(b);
  }), f, g = !0;
  function v() {
    m.fallback = d, Au(m, f, s, t, r), d !== null && (f.length === 0 ? (d.f & kt) === 0 ? qo(d) : (d.f ^= kt, Bn(d, null, s)) : Go(d, () => {
      d = null;
    }));
  }
  var p = Fr(() => {
    f = /** @type {V[]} */
    l(h);
    for (var b = f.length, N = /* @__PURE__ */ new Set(), _ = (
      /** @type {Batch} */
      Dt
    ), x = da(), C = 0; C < b; C += 1) {
      var I = f[C], L = r(I, C), T = g ? null : a.get(L);
      T ? (T.v && Hi(T.v, I), T.i && Hi(T.i, C), x && _.skipped_effects.delete(T.e)) : (T = zu(
        a,
        g ? s : Ki ??= Qt(),
        I,
        L,
        C,
        o,
        t,
        n
      ), g || (T.e.f |= kt), a.set(L, T)), N.add(L);
    }
    if (b === 0 && i && !d && (g ? d = tn(() => i(s)) : (d = tn(() => i(Ki ??= Qt())), d.f |= kt)), !g)
      if (x) {
        for (const [B, W] of a)
          N.has(B) || _.skipped_effects.add(W.e);
        _.oncommit(v), _.ondiscard(() => {
        });
      } else
        v();
    l(h);
  }), m = { effect: p, items: a, outrogroups: null, fallback: d };
  g = !1;
}
function Au(e, t, n, r, o) {
  var i = (r & Xc) !== 0, s = t.length, a = e.items, c = e.effect.first, u, d = null, h, f = [], g = [], v, p, m, b;
  if (i)
    for (b = 0; b < s; b += 1)
      v = t[b], p = o(v, b), m = /** @type {EachItem} */
      a.get(p).e, (m.f & kt) === 0 && (m.nodes?.a?.measure(), (h ??= /* @__PURE__ */ new Set()).add(m));
  for (b = 0; b < s; b += 1) {
    if (v = t[b], p = o(v, b), m = /** @type {EachItem} */
    a.get(p).e, e.outrogroups !== null)
      for (const W of e.outrogroups)
        W.pending.delete(m), W.done.delete(m);
    if ((m.f & kt) !== 0)
      if (m.f ^= kt, m === c)
        Bn(m, null, n);
      else {
        var N = d ? d.next : c;
        m === e.effect.last && (e.effect.last = m.prev), m.prev && (m.prev.next = m.next), m.next && (m.next.prev = m.prev), zt(e, d, m), zt(e, m, N), Bn(m, N, n), d = m, f = [], g = [], c = d.next;
        continue;
      }
    if ((m.f & no) !== 0 && (qo(m), i && (m.nodes?.a?.unfix(), (h ??= /* @__PURE__ */ new Set()).delete(m))), m !== c) {
      if (u !== void 0 && u.has(m)) {
        if (f.length < g.length) {
          var _ = g[0], x;
          d = _.prev;
          var C = f[0], I = f[f.length - 1];
          for (x = 0; x < f.length; x += 1)
            Bn(f[x], _, n);
          for (x = 0; x < g.length; x += 1)
            u.delete(g[x]);
          zt(e, C.prev, I.next), zt(e, d, C), zt(e, I, _), c = _, d = I, b -= 1, f = [], g = [];
        } else
          u.delete(m), Bn(m, c, n), zt(e, m.prev, m.next), zt(e, m, d === null ? e.effect.first : d.next), zt(e, d, m), d = m;
        continue;
      }
      for (f = [], g = []; c !== null && c !== m; )
        (u ??= /* @__PURE__ */ new Set()).add(c), g.push(c), c = c.next;
      if (c === null)
        continue;
    }
    (m.f & kt) === 0 && f.push(m), d = m, c = m.next;
  }
  if (e.outrogroups !== null) {
    for (const W of e.outrogroups)
      W.pending.size === 0 && (Oo(Qo(W.done)), e.outrogroups?.delete(W));
    e.outrogroups.size === 0 && (e.outrogroups = null);
  }
  if (c !== null || u !== void 0) {
    var L = [];
    if (u !== void 0)
      for (m of u)
        (m.f & no) === 0 && L.push(m);
    for (; c !== null; )
      (c.f & no) === 0 && c !== e.fallback && L.push(c), c = c.next;
    var T = L.length;
    if (T > 0) {
      var B = (r & fa) !== 0 && s === 0 ? n : null;
      if (i) {
        for (b = 0; b < T; b += 1)
          L[b].nodes?.a?.measure();
        for (b = 0; b < T; b += 1)
          L[b].nodes?.a?.fix();
      }
      Iu(e, L, B);
    }
  }
  i && ga(() => {
    if (h !== void 0)
      for (m of h)
        m.nodes?.a?.apply();
  });
}
function zu(e, t, n, r, o, i, s, a) {
  var c = (s & Fc) !== 0 ? (s & jc) === 0 ? Kc(n, !1, !1) : Vi(n) : null, u = (s & Yc) !== 0 ? Vi(o) : null;
  return Xe && c && (c.trace = () => {
    a()[u?.v ?? o];
  }), {
    v: c,
    i: u,
    e: tn(() => (i(t, c ?? n, u ?? o, a), () => {
      e.delete(r);
    }))
  };
}
function Bn(e, t, n) {
  if (e.nodes)
    for (var r = e.nodes.start, o = e.nodes.end, i = t && (t.f & kt) === 0 ? (
      /** @type {EffectNodes} */
      t.nodes.start
    ) : n; r !== null; ) {
      var s = (
        /** @type {TemplateNode} */
        Wc(r)
      );
      if (i.before(r), r === o)
        return;
      r = s;
    }
}
function zt(e, t, n) {
  t === null ? e.effect.first = n : t.next = n, n === null ? e.effect.last = t : n.prev = t;
}
function jr(e, t, n) {
  var r = new ni(e);
  Fr(() => {
    var o = t() ?? null;
    r.ensure(o, o && ((i) => n(i, o)));
  }, Uo);
}
function De(e, t, n) {
  cn(() => {
    var r = je(() => t(e, n?.()) || {});
    if (n && r?.update) {
      var o = !1, i = (
        /** @type {any} */
        {}
      );
      er(() => {
        var s = n();
        va(s), o && qc(i, s) && (i = s, r.update(s));
      }), o = !0;
    }
    if (r?.destroy)
      return () => (
        /** @type {Function} */
        r.destroy()
      );
  });
}
function Tu(e, t) {
  var n = void 0, r;
  pa(() => {
    n !== (n = t()) && (r && (Jt(r), r = null), n && (r = tn(() => {
      cn(() => (
        /** @type {(node: Element) => void} */
        n(e)
      ));
    })));
  });
}
function ka(e) {
  var t, n, r = "";
  if (typeof e == "string" || typeof e == "number") r += e;
  else if (typeof e == "object") if (Array.isArray(e)) {
    var o = e.length;
    for (t = 0; t < o; t++) e[t] && (n = ka(e[t])) && (r && (r += " "), r += n);
  } else for (n in e) e[n] && (r && (r += " "), r += n);
  return r;
}
function Du() {
  for (var e, t, n = 0, r = "", o = arguments.length; n < o; n++) (e = arguments[n]) && (t = ka(e)) && (r && (r += " "), r += t);
  return r;
}
function jt(e) {
  return typeof e == "object" ? Du(e) : e ?? "";
}
const Yi = [...` 	
\r\f \v\uFEFF`];
function Lu(e, t, n) {
  var r = e == null ? "" : "" + e;
  if (t && (r = r ? r + " " + t : t), n) {
    for (var o in n)
      if (n[o])
        r = r ? r + " " + o : o;
      else if (r.length)
        for (var i = o.length, s = 0; (s = r.indexOf(o, s)) >= 0; ) {
          var a = s + i;
          (s === 0 || Yi.includes(r[s - 1])) && (a === r.length || Yi.includes(r[a])) ? r = (s === 0 ? "" : r.substring(0, s)) + r.substring(a + 1) : s = a;
        }
  }
  return r === "" ? null : r;
}
function Xi(e, t = !1) {
  var n = t ? " !important;" : ";", r = "";
  for (var o in e) {
    var i = e[o];
    i != null && i !== "" && (r += " " + o + ": " + i + n);
  }
  return r;
}
function ro(e) {
  return e[0] !== "-" || e[1] !== "-" ? e.toLowerCase() : e;
}
function Ru(e, t) {
  if (t) {
    var n = "", r, o;
    if (Array.isArray(t) ? (r = t[0], o = t[1]) : r = t, e) {
      e = String(e).replaceAll(/\s*\/\*.*?\*\/\s*/g, "").trim();
      var i = !1, s = 0, a = !1, c = [];
      r && c.push(...Object.keys(r).map(ro)), o && c.push(...Object.keys(o).map(ro));
      var u = 0, d = -1;
      const p = e.length;
      for (var h = 0; h < p; h++) {
        var f = e[h];
        if (a ? f === "/" && e[h - 1] === "*" && (a = !1) : i ? i === f && (i = !1) : f === "/" && e[h + 1] === "*" ? a = !0 : f === '"' || f === "'" ? i = f : f === "(" ? s++ : f === ")" && s--, !a && i === !1 && s === 0) {
          if (f === ":" && d === -1)
            d = h;
          else if (f === ";" || h === p - 1) {
            if (d !== -1) {
              var g = ro(e.substring(u, d).trim());
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
    return r && (n += Xi(r)), o && (n += Xi(o, !0)), n = n.trim(), n === "" ? null : n;
  }
  return e == null ? null : String(e);
}
function Le(e, t, n, r, o, i) {
  var s = e.__className;
  if (s !== n || s === void 0) {
    var a = Lu(n, r, i);
    a == null ? e.removeAttribute("class") : t ? e.className = a : e.setAttribute("class", a), e.__className = n;
  } else if (i && o !== i)
    for (var c in i) {
      var u = !!i[c];
      (o == null || u !== !!o[c]) && e.classList.toggle(c, u);
    }
  return i;
}
function oo(e, t = {}, n, r) {
  for (var o in n) {
    var i = n[o];
    t[o] !== i && (n[o] == null ? e.style.removeProperty(o) : e.style.setProperty(o, i, r));
  }
}
function Se(e, t, n, r) {
  var o = e.__style;
  if (o !== t) {
    var i = Ru(t, r);
    i == null ? e.removeAttribute("style") : e.style.cssText = i, e.__style = t;
  } else r && (Array.isArray(r) ? (oo(e, n?.[0], r[0]), oo(e, n?.[1], r[1], "important")) : oo(e, n, r));
  return r;
}
function Io(e, t, n = !1) {
  if (e.multiple) {
    if (t == null)
      return;
    if (!Wo(t))
      return Gc();
    for (var r of e.options)
      r.selected = t.includes(Zi(r));
    return;
  }
  for (r of e.options) {
    var o = Zi(r);
    if (Uc(o, t)) {
      r.selected = !0;
      return;
    }
  }
  (!n || t !== void 0) && (e.selectedIndex = -1);
}
function Hu(e) {
  var t = new MutationObserver(() => {
    Io(e, e.__value);
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
  }), Qc(() => {
    t.disconnect();
  });
}
function Zi(e) {
  return "__value" in e ? e.__value : e.value;
}
const Lt = Symbol("class"), Et = Symbol("style"), Na = Symbol("is custom element"), Sa = Symbol("is html");
function Vu(e, t) {
  t ? e.hasAttribute("selected") || e.setAttribute("selected", "") : e.removeAttribute("selected");
}
function J(e, t, n, r) {
  var o = Ca(e);
  o[t] !== (o[t] = n) && (t === "loading" && (e[su] = n), n == null ? e.removeAttribute(t) : typeof n != "string" && Ma(e).includes(t) ? e[t] = n : e.setAttribute(t, n));
}
function Bu(e, t, n, r, o = !1, i = !1) {
  var s = Ca(e), a = s[Na], c = !s[Sa], u = t || {}, d = e.tagName === "OPTION";
  for (var h in t)
    h in n || (n[h] = null);
  n.class ? n.class = jt(n.class) : (r || n[Lt]) && (n.class = null), n[Et] && (n.style ??= null);
  var f = Ma(e);
  for (const _ in n) {
    let x = n[_];
    if (d && _ === "value" && x == null) {
      e.value = e.__value = "", u[_] = x;
      continue;
    }
    if (_ === "class") {
      var g = e.namespaceURI === "http://www.w3.org/1999/xhtml";
      Le(e, g, x, r, t?.[Lt], n[Lt]), u[_] = x, u[Lt] = n[Lt];
      continue;
    }
    if (_ === "style") {
      Se(e, x, t?.[Et], n[Et]), u[_] = x, u[Et] = n[Et];
      continue;
    }
    var v = u[_];
    if (!(x === v && !(x === void 0 && e.hasAttribute(_)))) {
      u[_] = x;
      var p = _[0] + _[1];
      if (p !== "$$")
        if (p === "on") {
          const C = {}, I = "$$" + _;
          let L = _.slice(2);
          var m = au(L);
          if (eu(L) && (L = L.slice(0, -7), C.capture = !0), !m && v) {
            if (x != null) continue;
            e.removeEventListener(L, u[I], C), u[I] = null;
          }
          if (x != null)
            if (m)
              e[`__${L}`] = x, Bt([L]);
            else {
              let T = function(B) {
                u[_].call(this, B);
              };
              u[I] = tu(L, e, T, C);
            }
          else m && (e[`__${L}`] = void 0);
        } else if (_ === "style")
          J(e, _, x);
        else if (_ === "autofocus")
          nu(
            /** @type {HTMLElement} */
            e,
            !!x
          );
        else if (!a && (_ === "__value" || _ === "value" && x != null))
          e.value = e.__value = x;
        else if (_ === "selected" && d)
          Vu(
            /** @type {HTMLOptionElement} */
            e,
            x
          );
        else {
          var b = _;
          c || (b = ru(b));
          var N = b === "defaultValue" || b === "defaultChecked";
          if (x == null && !a && !N)
            if (s[_] = null, b === "value" || b === "checked") {
              let C = (
                /** @type {HTMLInputElement} */
                e
              );
              const I = t === void 0;
              if (b === "value") {
                let L = C.defaultValue;
                C.removeAttribute(b), C.defaultValue = L, C.value = C.__value = I ? L : null;
              } else {
                let L = C.defaultChecked;
                C.removeAttribute(b), C.defaultChecked = L, C.checked = I ? L : !1;
              }
            } else
              e.removeAttribute(_);
          else N || f.includes(b) && (a || typeof x != "string") ? (e[b] = x, b in s && (s[b] = ou)) : typeof x != "function" && J(e, b, x);
        }
    }
  }
  return u;
}
function Kt(e, t, n = [], r = [], o = [], i, s = !1, a = !1) {
  Jc(o, n, r, (c) => {
    var u = void 0, d = {}, h = e.nodeName === "SELECT", f = !1;
    if (pa(() => {
      var v = t(...c.map(l)), p = Bu(
        e,
        u,
        v,
        i,
        s,
        a
      );
      f && h && "value" in v && Io(
        /** @type {HTMLSelectElement} */
        e,
        v.value
      );
      for (let b of Object.getOwnPropertySymbols(d))
        v[b] || Jt(d[b]);
      for (let b of Object.getOwnPropertySymbols(v)) {
        var m = v[b];
        b.description === $c && (!u || m !== u[b]) && (d[b] && Jt(d[b]), d[b] = tn(() => Tu(e, () => m))), p[b] = m;
      }
      u = p;
    }), h) {
      var g = (
        /** @type {HTMLSelectElement} */
        e
      );
      cn(() => {
        Io(
          g,
          /** @type {Record<string | symbol, any>} */
          u.value,
          !0
        ), Hu(g);
      });
    }
    f = !0;
  });
}
function Ca(e) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    // @ts-expect-error
    e.__attributes ??= {
      [Na]: e.nodeName.includes("-"),
      [Sa]: e.namespaceURI === iu
    }
  );
}
var Wi = /* @__PURE__ */ new Map();
function Ma(e) {
  var t = e.getAttribute("is") || e.nodeName, n = Wi.get(t);
  if (n) return n;
  Wi.set(t, n = []);
  for (var r, o = e, i = Element.prototype; i !== o; ) {
    r = lu(o);
    for (var s in r)
      r[s].set && n.push(s);
    o = la(o);
  }
  return n;
}
function ri(e, t, n = t) {
  var r = /* @__PURE__ */ new WeakSet();
  ma(e, "input", async (o) => {
    Xe && e.type === "checkbox" && Bi();
    var i = o ? e.defaultValue : e.value;
    if (i = io(e) ? so(i) : i, n(i), Dt !== null && r.add(Dt), await Vn(), i !== (i = t())) {
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
  je(t) == null && e.value && (n(io(e) ? so(e.value) : e.value), Dt !== null && r.add(Dt)), er(() => {
    Xe && e.type === "checkbox" && Bi();
    var o = t();
    if (e === document.activeElement) {
      var i = (
        /** @type {Batch} */
        cu ?? Dt
      );
      if (r.has(i))
        return;
    }
    io(e) && o === so(e.value) || e.type === "date" && !o && !e.value || o !== e.value && (e.value = o ?? "");
  });
}
function Fu(e, t, n = t) {
  ma(e, "change", (r) => {
    var o = r ? e.defaultChecked : e.checked;
    n(o);
  }), // If we are hydrating and the value has since changed,
  // then use the update value from the input instead.
  // If defaultChecked is set, then checked == defaultChecked
  je(t) == null && n(e.checked), er(() => {
    var r = t();
    e.checked = !!r;
  });
}
function io(e) {
  var t = e.type;
  return t === "number" || t === "range";
}
function so(e) {
  return e === "" ? null : +e;
}
class oi {
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
          oi.entries.set(n.target, n);
          for (var r of this.#e.get(n.target) || [])
            r(n);
        }
      }
    ));
  }
}
var ju = /* @__PURE__ */ new oi({
  box: "border-box"
});
function qi(e, t, n) {
  var r = ju.observe(e, () => n(e[t]));
  cn(() => (je(() => n(e[t])), r));
}
function Gi(e, t) {
  return e === t || e?.[Jo] === t;
}
function In(e = {}, t, n, r) {
  return cn(() => {
    var o, i;
    return er(() => {
      o = i, i = [], je(() => {
        e !== n(...i) && (t(e, ...i), o && Gi(n(...o), e) && t(null, ...o));
      });
    }), () => {
      ga(() => {
        i && Gi(n(...i), e) && t(null, ...i);
      });
    };
  }), e;
}
function Ku(e = !1) {
  const t = (
    /** @type {ComponentContextLegacy} */
    uu
  ), n = t.l.u;
  if (!n) return;
  let r = () => va(t.s);
  if (e) {
    let o = 0, i = (
      /** @type {Record<string, any>} */
      {}
    );
    const s = ba(() => {
      let a = !1;
      const c = t.s;
      for (const u in c)
        c[u] !== i[u] && (i[u] = c[u], a = !0);
      return a && o++, o;
    });
    r = () => l(s);
  }
  n.b.length && ya(() => {
    Ui(t, r), Fi(n.b);
  }), Be(() => {
    const o = je(() => n.m.map(du));
    return () => {
      for (const i of o)
        typeof i == "function" && i();
    };
  }), n.a.length && Be(() => {
    Ui(t, r), Fi(n.a);
  });
}
function Ui(e, t) {
  if (e.l.s)
    for (const n of e.l.s) l(n);
  t();
}
function Yu(e, t, n) {
  if (e == null)
    return t(void 0), Ft;
  const r = je(
    () => e.subscribe(
      t,
      // @ts-expect-error
      n
    )
  );
  return r.unsubscribe ? () => r.unsubscribe() : r;
}
function Xu(e) {
  let t;
  return Yu(e, (n) => t = n)(), t;
}
let dr = !1;
function Zu(e) {
  var t = dr;
  try {
    return dr = !1, [e(), dr];
  } finally {
    dr = t;
  }
}
const Wu = {
  get(e, t) {
    if (!e.exclude.includes(t))
      return e.props[t];
  },
  set(e, t) {
    return Xe && fu(`${e.name}.${String(t)}`), !1;
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
function Pt(e, t, n) {
  return new Proxy(
    Xe ? { props: e, exclude: t, name: n, other: {}, to_proxy: [] } : { props: e, exclude: t },
    Wu
  );
}
const qu = {
  get(e, t) {
    let n = e.props.length;
    for (; n--; ) {
      let r = e.props[n];
      if (Ln(r) && (r = r()), typeof r == "object" && r !== null && t in r) return r[t];
    }
  },
  set(e, t, n) {
    let r = e.props.length;
    for (; r--; ) {
      let o = e.props[r];
      Ln(o) && (o = o());
      const i = Mo(o, t);
      if (i && i.set)
        return i.set(n), !0;
    }
    return !1;
  },
  getOwnPropertyDescriptor(e, t) {
    let n = e.props.length;
    for (; n--; ) {
      let r = e.props[n];
      if (Ln(r) && (r = r()), typeof r == "object" && r !== null && t in r) {
        const o = Mo(r, t);
        return o && !o.configurable && (o.configurable = !0), o;
      }
    }
  },
  has(e, t) {
    if (t === Jo || t === wa) return !1;
    for (let n of e.props)
      if (Ln(n) && (n = n()), n != null && t in n) return !0;
    return !1;
  },
  ownKeys(e) {
    const t = [];
    for (let n of e.props)
      if (Ln(n) && (n = n()), !!n) {
        for (const r in n)
          t.includes(r) || t.push(r);
        for (const r of Object.getOwnPropertySymbols(n))
          t.includes(r) || t.push(r);
      }
    return t;
  }
};
function qt(...e) {
  return new Proxy({ props: e }, qu);
}
function X(e, t, n, r) {
  var o = !wu || (n & _u) !== 0, i = (n & pu) !== 0, s = (n & bu) !== 0, a = (
    /** @type {V} */
    r
  ), c = !0, u = () => (c && (c = !1, a = s ? je(
    /** @type {() => V} */
    r
  ) : (
    /** @type {V} */
    r
  )), a), d;
  if (i) {
    var h = Jo in e || wa in e;
    d = Mo(e, t)?.set ?? (h && t in e ? (_) => e[t] = _ : void 0);
  }
  var f, g = !1;
  i ? [f, g] = Zu(() => (
    /** @type {V} */
    e[t]
  )) : f = /** @type {V} */
  e[t], f === void 0 && r !== void 0 && (f = u(), d && (o && hu(t), d(f)));
  var v;
  if (o ? v = () => {
    var _ = (
      /** @type {V} */
      e[t]
    );
    return _ === void 0 ? u() : (c = !0, _);
  } : v = () => {
    var _ = (
      /** @type {V} */
      e[t]
    );
    return _ !== void 0 && (a = /** @type {V} */
    void 0), _ === void 0 ? a : _;
  }, o && (n & gu) === 0)
    return v;
  if (d) {
    var p = e.$$legacy;
    return (
      /** @type {() => V} */
      (function(_, x) {
        return arguments.length > 0 ? ((!o || !x || p || g) && d(x ? v() : _), _) : v();
      })
    );
  }
  var m = !1, b = ((n & mu) !== 0 ? ba : ha)(() => (m = !1, v()));
  Xe && (b.label = t), i && l(b);
  var N = (
    /** @type {Effect} */
    ca
  );
  return (
    /** @type {() => V} */
    (function(_, x) {
      if (arguments.length > 0) {
        const C = x ? l(b) : o && i ? wn(_) : _;
        return F(b, C), m = !0, a !== void 0 && (a = C), _;
      }
      return yu && m || (N.f & vu) !== 0 ? b.v : l(b);
    })
  );
}
var Gu = { value: () => {
} };
function Kr() {
  for (var e = 0, t = arguments.length, n = {}, r; e < t; ++e) {
    if (!(r = arguments[e] + "") || r in n || /[\s.]/.test(r)) throw new Error("illegal type: " + r);
    n[r] = [];
  }
  return new yr(n);
}
function yr(e) {
  this._ = e;
}
function Uu(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var r = "", o = n.indexOf(".");
    if (o >= 0 && (r = n.slice(o + 1), n = n.slice(0, o)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: r };
  });
}
yr.prototype = Kr.prototype = {
  constructor: yr,
  on: function(e, t) {
    var n = this._, r = Uu(e + "", n), o, i = -1, s = r.length;
    if (arguments.length < 2) {
      for (; ++i < s; ) if ((o = (e = r[i]).type) && (o = Qu(n[o], e.name))) return o;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++i < s; )
      if (o = (e = r[i]).type) n[o] = Qi(n[o], e.name, t);
      else if (t == null) for (o in n) n[o] = Qi(n[o], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new yr(e);
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
function Qu(e, t) {
  for (var n = 0, r = e.length, o; n < r; ++n)
    if ((o = e[n]).name === t)
      return o.value;
}
function Qi(e, t, n) {
  for (var r = 0, o = e.length; r < o; ++r)
    if (e[r].name === t) {
      e[r] = Gu, e = e.slice(0, r).concat(e.slice(r + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var Ao = "http://www.w3.org/1999/xhtml", Ji = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: Ao,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Yr(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Ji.hasOwnProperty(t) ? { space: Ji[t], local: e } : e;
}
function Ju(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === Ao && t.documentElement.namespaceURI === Ao ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function $u(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function Pa(e) {
  var t = Yr(e);
  return (t.local ? $u : Ju)(t);
}
function ed() {
}
function ii(e) {
  return e == null ? ed : function() {
    return this.querySelector(e);
  };
}
function td(e) {
  typeof e != "function" && (e = ii(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = new Array(s), c, u, d = 0; d < s; ++d)
      (c = i[d]) && (u = e.call(c, c.__data__, d, i)) && ("__data__" in c && (u.__data__ = c.__data__), a[d] = u);
  return new qe(r, this._parents);
}
function nd(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function rd() {
  return [];
}
function Oa(e) {
  return e == null ? rd : function() {
    return this.querySelectorAll(e);
  };
}
function od(e) {
  return function() {
    return nd(e.apply(this, arguments));
  };
}
function id(e) {
  typeof e == "function" ? e = od(e) : e = Oa(e);
  for (var t = this._groups, n = t.length, r = [], o = [], i = 0; i < n; ++i)
    for (var s = t[i], a = s.length, c, u = 0; u < a; ++u)
      (c = s[u]) && (r.push(e.call(c, c.__data__, u, s)), o.push(c));
  return new qe(r, o);
}
function Ia(e) {
  return function() {
    return this.matches(e);
  };
}
function Aa(e) {
  return function(t) {
    return t.matches(e);
  };
}
var sd = Array.prototype.find;
function ad(e) {
  return function() {
    return sd.call(this.children, e);
  };
}
function ld() {
  return this.firstElementChild;
}
function cd(e) {
  return this.select(e == null ? ld : ad(typeof e == "function" ? e : Aa(e)));
}
var ud = Array.prototype.filter;
function dd() {
  return Array.from(this.children);
}
function fd(e) {
  return function() {
    return ud.call(this.children, e);
  };
}
function hd(e) {
  return this.selectAll(e == null ? dd : fd(typeof e == "function" ? e : Aa(e)));
}
function gd(e) {
  typeof e != "function" && (e = Ia(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = [], c, u = 0; u < s; ++u)
      (c = i[u]) && e.call(c, c.__data__, u, i) && a.push(c);
  return new qe(r, this._parents);
}
function za(e) {
  return new Array(e.length);
}
function vd() {
  return new qe(this._enter || this._groups.map(za), this._parents);
}
function kr(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
kr.prototype = {
  constructor: kr,
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
function pd(e) {
  return function() {
    return e;
  };
}
function md(e, t, n, r, o, i) {
  for (var s = 0, a, c = t.length, u = i.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = i[s], r[s] = a) : n[s] = new kr(e, i[s]);
  for (; s < c; ++s)
    (a = t[s]) && (o[s] = a);
}
function yd(e, t, n, r, o, i, s) {
  var a, c, u = /* @__PURE__ */ new Map(), d = t.length, h = i.length, f = new Array(d), g;
  for (a = 0; a < d; ++a)
    (c = t[a]) && (f[a] = g = s.call(c, c.__data__, a, t) + "", u.has(g) ? o[a] = c : u.set(g, c));
  for (a = 0; a < h; ++a)
    g = s.call(e, i[a], a, i) + "", (c = u.get(g)) ? (r[a] = c, c.__data__ = i[a], u.delete(g)) : n[a] = new kr(e, i[a]);
  for (a = 0; a < d; ++a)
    (c = t[a]) && u.get(f[a]) === c && (o[a] = c);
}
function bd(e) {
  return e.__data__;
}
function wd(e, t) {
  if (!arguments.length) return Array.from(this, bd);
  var n = t ? yd : md, r = this._parents, o = this._groups;
  typeof e != "function" && (e = pd(e));
  for (var i = o.length, s = new Array(i), a = new Array(i), c = new Array(i), u = 0; u < i; ++u) {
    var d = r[u], h = o[u], f = h.length, g = _d(e.call(d, d && d.__data__, u, r)), v = g.length, p = a[u] = new Array(v), m = s[u] = new Array(v), b = c[u] = new Array(f);
    n(d, h, p, m, b, g, t);
    for (var N = 0, _ = 0, x, C; N < v; ++N)
      if (x = p[N]) {
        for (N >= _ && (_ = N + 1); !(C = m[_]) && ++_ < v; ) ;
        x._next = C || null;
      }
  }
  return s = new qe(s, r), s._enter = a, s._exit = c, s;
}
function _d(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function xd() {
  return new qe(this._exit || this._groups.map(za), this._parents);
}
function Ed(e, t, n) {
  var r = this.enter(), o = this, i = this.exit();
  return typeof e == "function" ? (r = e(r), r && (r = r.selection())) : r = r.append(e + ""), t != null && (o = t(o), o && (o = o.selection())), n == null ? i.remove() : n(i), r && o ? r.merge(o).order() : o;
}
function kd(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, r = t._groups, o = n.length, i = r.length, s = Math.min(o, i), a = new Array(o), c = 0; c < s; ++c)
    for (var u = n[c], d = r[c], h = u.length, f = a[c] = new Array(h), g, v = 0; v < h; ++v)
      (g = u[v] || d[v]) && (f[v] = g);
  for (; c < o; ++c)
    a[c] = n[c];
  return new qe(a, this._parents);
}
function Nd() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var r = e[t], o = r.length - 1, i = r[o], s; --o >= 0; )
      (s = r[o]) && (i && s.compareDocumentPosition(i) ^ 4 && i.parentNode.insertBefore(s, i), i = s);
  return this;
}
function Sd(e) {
  e || (e = Cd);
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
function Cd(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function Md() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function Pd() {
  return Array.from(this);
}
function Od() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var r = e[t], o = 0, i = r.length; o < i; ++o) {
      var s = r[o];
      if (s) return s;
    }
  return null;
}
function Id() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function Ad() {
  return !this.node();
}
function zd(e) {
  for (var t = this._groups, n = 0, r = t.length; n < r; ++n)
    for (var o = t[n], i = 0, s = o.length, a; i < s; ++i)
      (a = o[i]) && e.call(a, a.__data__, i, o);
  return this;
}
function Td(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Dd(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Ld(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Rd(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Hd(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Vd(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Bd(e, t) {
  var n = Yr(e);
  if (arguments.length < 2) {
    var r = this.node();
    return n.local ? r.getAttributeNS(n.space, n.local) : r.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Dd : Td : typeof t == "function" ? n.local ? Vd : Hd : n.local ? Rd : Ld)(n, t));
}
function Ta(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Fd(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function jd(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Kd(e, t, n) {
  return function() {
    var r = t.apply(this, arguments);
    r == null ? this.style.removeProperty(e) : this.style.setProperty(e, r, n);
  };
}
function Yd(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Fd : typeof t == "function" ? Kd : jd)(e, t, n ?? "")) : xn(this.node(), e);
}
function xn(e, t) {
  return e.style.getPropertyValue(t) || Ta(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Xd(e) {
  return function() {
    delete this[e];
  };
}
function Zd(e, t) {
  return function() {
    this[e] = t;
  };
}
function Wd(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function qd(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Xd : typeof t == "function" ? Wd : Zd)(e, t)) : this.node()[e];
}
function Da(e) {
  return e.trim().split(/^|\s+/);
}
function si(e) {
  return e.classList || new La(e);
}
function La(e) {
  this._node = e, this._names = Da(e.getAttribute("class") || "");
}
La.prototype = {
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
function Ra(e, t) {
  for (var n = si(e), r = -1, o = t.length; ++r < o; ) n.add(t[r]);
}
function Ha(e, t) {
  for (var n = si(e), r = -1, o = t.length; ++r < o; ) n.remove(t[r]);
}
function Gd(e) {
  return function() {
    Ra(this, e);
  };
}
function Ud(e) {
  return function() {
    Ha(this, e);
  };
}
function Qd(e, t) {
  return function() {
    (t.apply(this, arguments) ? Ra : Ha)(this, e);
  };
}
function Jd(e, t) {
  var n = Da(e + "");
  if (arguments.length < 2) {
    for (var r = si(this.node()), o = -1, i = n.length; ++o < i; ) if (!r.contains(n[o])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Qd : t ? Gd : Ud)(n, t));
}
function $d() {
  this.textContent = "";
}
function ef(e) {
  return function() {
    this.textContent = e;
  };
}
function tf(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function nf(e) {
  return arguments.length ? this.each(e == null ? $d : (typeof e == "function" ? tf : ef)(e)) : this.node().textContent;
}
function rf() {
  this.innerHTML = "";
}
function of(e) {
  return function() {
    this.innerHTML = e;
  };
}
function sf(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function af(e) {
  return arguments.length ? this.each(e == null ? rf : (typeof e == "function" ? sf : of)(e)) : this.node().innerHTML;
}
function lf() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function cf() {
  return this.each(lf);
}
function uf() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function df() {
  return this.each(uf);
}
function ff(e) {
  var t = typeof e == "function" ? e : Pa(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function hf() {
  return null;
}
function gf(e, t) {
  var n = typeof e == "function" ? e : Pa(e), r = t == null ? hf : typeof t == "function" ? t : ii(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), r.apply(this, arguments) || null);
  });
}
function vf() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function pf() {
  return this.each(vf);
}
function mf() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function yf() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function bf(e) {
  return this.select(e ? yf : mf);
}
function wf(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function _f(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function xf(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", r = t.indexOf(".");
    return r >= 0 && (n = t.slice(r + 1), t = t.slice(0, r)), { type: t, name: n };
  });
}
function Ef(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, r = -1, o = t.length, i; n < o; ++n)
        i = t[n], (!e.type || i.type === e.type) && i.name === e.name ? this.removeEventListener(i.type, i.listener, i.options) : t[++r] = i;
      ++r ? t.length = r : delete this.__on;
    }
  };
}
function kf(e, t, n) {
  return function() {
    var r = this.__on, o, i = _f(t);
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
function Nf(e, t, n) {
  var r = xf(e + ""), o, i = r.length, s;
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
  for (a = t ? kf : Ef, o = 0; o < i; ++o) this.each(a(r[o], t, n));
  return this;
}
function Va(e, t, n) {
  var r = Ta(e), o = r.CustomEvent;
  typeof o == "function" ? o = new o(t, n) : (o = r.document.createEvent("Event"), n ? (o.initEvent(t, n.bubbles, n.cancelable), o.detail = n.detail) : o.initEvent(t, !1, !1)), e.dispatchEvent(o);
}
function Sf(e, t) {
  return function() {
    return Va(this, e, t);
  };
}
function Cf(e, t) {
  return function() {
    return Va(this, e, t.apply(this, arguments));
  };
}
function Mf(e, t) {
  return this.each((typeof t == "function" ? Cf : Sf)(e, t));
}
function* Pf() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var r = e[t], o = 0, i = r.length, s; o < i; ++o)
      (s = r[o]) && (yield s);
}
var Ba = [null];
function qe(e, t) {
  this._groups = e, this._parents = t;
}
function rr() {
  return new qe([[document.documentElement]], Ba);
}
function Of() {
  return this;
}
qe.prototype = rr.prototype = {
  constructor: qe,
  select: td,
  selectAll: id,
  selectChild: cd,
  selectChildren: hd,
  filter: gd,
  data: wd,
  enter: vd,
  exit: xd,
  join: Ed,
  merge: kd,
  selection: Of,
  order: Nd,
  sort: Sd,
  call: Md,
  nodes: Pd,
  node: Od,
  size: Id,
  empty: Ad,
  each: zd,
  attr: Bd,
  style: Yd,
  property: qd,
  classed: Jd,
  text: nf,
  html: af,
  raise: cf,
  lower: df,
  append: ff,
  insert: gf,
  remove: pf,
  clone: bf,
  datum: wf,
  on: Nf,
  dispatch: Mf,
  [Symbol.iterator]: Pf
};
function Qe(e) {
  return typeof e == "string" ? new qe([[document.querySelector(e)]], [document.documentElement]) : new qe([[e]], Ba);
}
var If = 0;
function $i() {
  this._ = "@" + (++If).toString(36);
}
$i.prototype = {
  constructor: $i,
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
function Af(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function tt(e, t) {
  if (e = Af(e), t === void 0 && (t = e.currentTarget), t) {
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
const zf = { passive: !1 }, Zn = { capture: !0, passive: !1 };
function ao(e) {
  e.stopImmediatePropagation();
}
function vn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Fa(e) {
  var t = e.document.documentElement, n = Qe(e).on("dragstart.drag", vn, Zn);
  "onselectstart" in t ? n.on("selectstart.drag", vn, Zn) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function ja(e, t) {
  var n = e.document.documentElement, r = Qe(e).on("dragstart.drag", null);
  t && (r.on("click.drag", vn, Zn), setTimeout(function() {
    r.on("click.drag", null);
  }, 0)), "onselectstart" in n ? r.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
var fr = (e) => () => e;
function zo(e, {
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
zo.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function Tf(e) {
  return !e.ctrlKey && !e.button;
}
function Df() {
  return this.parentNode;
}
function Lf(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Rf() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Hf() {
  var e = Tf, t = Df, n = Lf, r = Rf, o = {}, i = Kr("start", "drag", "end"), s = 0, a, c, u, d, h = 0;
  function f(x) {
    x.on("mousedown.drag", g).filter(r).on("touchstart.drag", m).on("touchmove.drag", b, zf).on("touchend.drag touchcancel.drag", N).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function g(x, C) {
    if (!(d || !e.call(this, x, C))) {
      var I = _(this, t.call(this, x, C), x, C, "mouse");
      I && (Qe(x.view).on("mousemove.drag", v, Zn).on("mouseup.drag", p, Zn), Fa(x.view), ao(x), u = !1, a = x.clientX, c = x.clientY, I("start", x));
    }
  }
  function v(x) {
    if (vn(x), !u) {
      var C = x.clientX - a, I = x.clientY - c;
      u = C * C + I * I > h;
    }
    o.mouse("drag", x);
  }
  function p(x) {
    Qe(x.view).on("mousemove.drag mouseup.drag", null), ja(x.view, u), vn(x), o.mouse("end", x);
  }
  function m(x, C) {
    if (e.call(this, x, C)) {
      var I = x.changedTouches, L = t.call(this, x, C), T = I.length, B, W;
      for (B = 0; B < T; ++B)
        (W = _(this, L, x, C, I[B].identifier, I[B])) && (ao(x), W("start", x, I[B]));
    }
  }
  function b(x) {
    var C = x.changedTouches, I = C.length, L, T;
    for (L = 0; L < I; ++L)
      (T = o[C[L].identifier]) && (vn(x), T("drag", x, C[L]));
  }
  function N(x) {
    var C = x.changedTouches, I = C.length, L, T;
    for (d && clearTimeout(d), d = setTimeout(function() {
      d = null;
    }, 500), L = 0; L < I; ++L)
      (T = o[C[L].identifier]) && (ao(x), T("end", x, C[L]));
  }
  function _(x, C, I, L, T, B) {
    var W = i.copy(), O = tt(B || I, C), M, P, y;
    if ((y = n.call(x, new zo("beforestart", {
      sourceEvent: I,
      target: f,
      identifier: T,
      active: s,
      x: O[0],
      y: O[1],
      dx: 0,
      dy: 0,
      dispatch: W
    }), L)) != null)
      return M = y.x - O[0] || 0, P = y.y - O[1] || 0, function E(k, S, D) {
        var R = O, V;
        switch (k) {
          case "start":
            o[T] = E, V = s++;
            break;
          case "end":
            delete o[T], --s;
          // falls through
          case "drag":
            O = tt(D || S, C), V = s;
            break;
        }
        W.call(
          k,
          x,
          new zo(k, {
            sourceEvent: S,
            subject: y,
            target: f,
            identifier: T,
            active: V,
            x: O[0] + M,
            y: O[1] + P,
            dx: O[0] - R[0],
            dy: O[1] - R[1],
            dispatch: W
          }),
          L
        );
      };
  }
  return f.filter = function(x) {
    return arguments.length ? (e = typeof x == "function" ? x : fr(!!x), f) : e;
  }, f.container = function(x) {
    return arguments.length ? (t = typeof x == "function" ? x : fr(x), f) : t;
  }, f.subject = function(x) {
    return arguments.length ? (n = typeof x == "function" ? x : fr(x), f) : n;
  }, f.touchable = function(x) {
    return arguments.length ? (r = typeof x == "function" ? x : fr(!!x), f) : r;
  }, f.on = function() {
    var x = i.on.apply(i, arguments);
    return x === i ? f : x;
  }, f.clickDistance = function(x) {
    return arguments.length ? (h = (x = +x) * x, f) : Math.sqrt(h);
  }, f;
}
function An(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function or(e, t) {
  var n = Object.create(e.prototype);
  for (var r in t) n[r] = t[r];
  return n;
}
function Yt() {
}
var nn = 0.7, En = 1 / nn, pn = "\\s*([+-]?\\d+)\\s*", Wn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", dt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Vf = /^#([0-9a-f]{3,8})$/, Bf = new RegExp(`^rgb\\(${pn},${pn},${pn}\\)$`), Ff = new RegExp(`^rgb\\(${dt},${dt},${dt}\\)$`), jf = new RegExp(`^rgba\\(${pn},${pn},${pn},${Wn}\\)$`), Kf = new RegExp(`^rgba\\(${dt},${dt},${dt},${Wn}\\)$`), Yf = new RegExp(`^hsl\\(${Wn},${dt},${dt}\\)$`), Xf = new RegExp(`^hsla\\(${Wn},${dt},${dt},${Wn}\\)$`), es = {
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
An(Yt, rn, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: ts,
  // Deprecated! Use color.formatHex.
  formatHex: ts,
  formatHex8: Zf,
  formatHsl: Wf,
  formatRgb: ns,
  toString: ns
});
function ts() {
  return this.rgb().formatHex();
}
function Zf() {
  return this.rgb().formatHex8();
}
function Wf() {
  return Ka(this).formatHsl();
}
function ns() {
  return this.rgb().formatRgb();
}
function rn(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Vf.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? rs(t) : n === 3 ? new Ae(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? hr(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? hr(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Bf.exec(e)) ? new Ae(t[1], t[2], t[3], 1) : (t = Ff.exec(e)) ? new Ae(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = jf.exec(e)) ? hr(t[1], t[2], t[3], t[4]) : (t = Kf.exec(e)) ? hr(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Yf.exec(e)) ? ss(t[1], t[2] / 100, t[3] / 100, 1) : (t = Xf.exec(e)) ? ss(t[1], t[2] / 100, t[3] / 100, t[4]) : es.hasOwnProperty(e) ? rs(es[e]) : e === "transparent" ? new Ae(NaN, NaN, NaN, 0) : null;
}
function rs(e) {
  return new Ae(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function hr(e, t, n, r) {
  return r <= 0 && (e = t = n = NaN), new Ae(e, t, n, r);
}
function ai(e) {
  return e instanceof Yt || (e = rn(e)), e ? (e = e.rgb(), new Ae(e.r, e.g, e.b, e.opacity)) : new Ae();
}
function To(e, t, n, r) {
  return arguments.length === 1 ? ai(e) : new Ae(e, t, n, r ?? 1);
}
function Ae(e, t, n, r) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +r;
}
An(Ae, To, or(Yt, {
  brighter(e) {
    return e = e == null ? En : Math.pow(En, e), new Ae(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? nn : Math.pow(nn, e), new Ae(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Ae($t(this.r), $t(this.g), $t(this.b), Nr(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: os,
  // Deprecated! Use color.formatHex.
  formatHex: os,
  formatHex8: qf,
  formatRgb: is,
  toString: is
}));
function os() {
  return `#${Gt(this.r)}${Gt(this.g)}${Gt(this.b)}`;
}
function qf() {
  return `#${Gt(this.r)}${Gt(this.g)}${Gt(this.b)}${Gt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function is() {
  const e = Nr(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${$t(this.r)}, ${$t(this.g)}, ${$t(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function Nr(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function $t(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Gt(e) {
  return e = $t(e), (e < 16 ? "0" : "") + e.toString(16);
}
function ss(e, t, n, r) {
  return r <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new nt(e, t, n, r);
}
function Ka(e) {
  if (e instanceof nt) return new nt(e.h, e.s, e.l, e.opacity);
  if (e instanceof Yt || (e = rn(e)), !e) return new nt();
  if (e instanceof nt) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, r = e.b / 255, o = Math.min(t, n, r), i = Math.max(t, n, r), s = NaN, a = i - o, c = (i + o) / 2;
  return a ? (t === i ? s = (n - r) / a + (n < r) * 6 : n === i ? s = (r - t) / a + 2 : s = (t - n) / a + 4, a /= c < 0.5 ? i + o : 2 - i - o, s *= 60) : a = c > 0 && c < 1 ? 0 : s, new nt(s, a, c, e.opacity);
}
function Gf(e, t, n, r) {
  return arguments.length === 1 ? Ka(e) : new nt(e, t, n, r ?? 1);
}
function nt(e, t, n, r) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
An(nt, Gf, or(Yt, {
  brighter(e) {
    return e = e == null ? En : Math.pow(En, e), new nt(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? nn : Math.pow(nn, e), new nt(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, r = n + (n < 0.5 ? n : 1 - n) * t, o = 2 * n - r;
    return new Ae(
      lo(e >= 240 ? e - 240 : e + 120, o, r),
      lo(e, o, r),
      lo(e < 120 ? e + 240 : e - 120, o, r),
      this.opacity
    );
  },
  clamp() {
    return new nt(as(this.h), gr(this.s), gr(this.l), Nr(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = Nr(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${as(this.h)}, ${gr(this.s) * 100}%, ${gr(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function as(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function gr(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function lo(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Ya = Math.PI / 180, Xa = 180 / Math.PI, Sr = 18, Za = 0.96422, Wa = 1, qa = 0.82521, Ga = 4 / 29, mn = 6 / 29, Ua = 3 * mn * mn, Uf = mn * mn * mn;
function Qa(e) {
  if (e instanceof ft) return new ft(e.l, e.a, e.b, e.opacity);
  if (e instanceof Nt) return Ja(e);
  e instanceof Ae || (e = ai(e));
  var t = ho(e.r), n = ho(e.g), r = ho(e.b), o = co((0.2225045 * t + 0.7168786 * n + 0.0606169 * r) / Wa), i, s;
  return t === n && n === r ? i = s = o : (i = co((0.4360747 * t + 0.3850649 * n + 0.1430804 * r) / Za), s = co((0.0139322 * t + 0.0971045 * n + 0.7141733 * r) / qa)), new ft(116 * o - 16, 500 * (i - o), 200 * (o - s), e.opacity);
}
function Qf(e, t, n, r) {
  return arguments.length === 1 ? Qa(e) : new ft(e, t, n, r ?? 1);
}
function ft(e, t, n, r) {
  this.l = +e, this.a = +t, this.b = +n, this.opacity = +r;
}
An(ft, Qf, or(Yt, {
  brighter(e) {
    return new ft(this.l + Sr * (e ?? 1), this.a, this.b, this.opacity);
  },
  darker(e) {
    return new ft(this.l - Sr * (e ?? 1), this.a, this.b, this.opacity);
  },
  rgb() {
    var e = (this.l + 16) / 116, t = isNaN(this.a) ? e : e + this.a / 500, n = isNaN(this.b) ? e : e - this.b / 200;
    return t = Za * uo(t), e = Wa * uo(e), n = qa * uo(n), new Ae(
      fo(3.1338561 * t - 1.6168667 * e - 0.4906146 * n),
      fo(-0.9787684 * t + 1.9161415 * e + 0.033454 * n),
      fo(0.0719453 * t - 0.2289914 * e + 1.4052427 * n),
      this.opacity
    );
  }
}));
function co(e) {
  return e > Uf ? Math.pow(e, 1 / 3) : e / Ua + Ga;
}
function uo(e) {
  return e > mn ? e * e * e : Ua * (e - Ga);
}
function fo(e) {
  return 255 * (e <= 31308e-7 ? 12.92 * e : 1.055 * Math.pow(e, 1 / 2.4) - 0.055);
}
function ho(e) {
  return (e /= 255) <= 0.04045 ? e / 12.92 : Math.pow((e + 0.055) / 1.055, 2.4);
}
function Jf(e) {
  if (e instanceof Nt) return new Nt(e.h, e.c, e.l, e.opacity);
  if (e instanceof ft || (e = Qa(e)), e.a === 0 && e.b === 0) return new Nt(NaN, 0 < e.l && e.l < 100 ? 0 : NaN, e.l, e.opacity);
  var t = Math.atan2(e.b, e.a) * Xa;
  return new Nt(t < 0 ? t + 360 : t, Math.sqrt(e.a * e.a + e.b * e.b), e.l, e.opacity);
}
function $f(e, t, n, r) {
  return arguments.length === 1 ? Jf(e) : new Nt(e, t, n, r ?? 1);
}
function Nt(e, t, n, r) {
  this.h = +e, this.c = +t, this.l = +n, this.opacity = +r;
}
function Ja(e) {
  if (isNaN(e.h)) return new ft(e.l, 0, 0, e.opacity);
  var t = e.h * Ya;
  return new ft(e.l, Math.cos(t) * e.c, Math.sin(t) * e.c, e.opacity);
}
An(Nt, $f, or(Yt, {
  brighter(e) {
    return new Nt(this.h, this.c, this.l + Sr * (e ?? 1), this.opacity);
  },
  darker(e) {
    return new Nt(this.h, this.c, this.l - Sr * (e ?? 1), this.opacity);
  },
  rgb() {
    return Ja(this).rgb();
  }
}));
var $a = -0.14861, li = 1.78277, ci = -0.29227, Xr = -0.90649, qn = 1.97294, ls = qn * Xr, cs = qn * li, us = li * ci - Xr * $a;
function eh(e) {
  if (e instanceof en) return new en(e.h, e.s, e.l, e.opacity);
  e instanceof Ae || (e = ai(e));
  var t = e.r / 255, n = e.g / 255, r = e.b / 255, o = (us * r + ls * t - cs * n) / (us + ls - cs), i = r - o, s = (qn * (n - o) - ci * i) / Xr, a = Math.sqrt(s * s + i * i) / (qn * o * (1 - o)), c = a ? Math.atan2(s, i) * Xa - 120 : NaN;
  return new en(c < 0 ? c + 360 : c, a, o, e.opacity);
}
function Do(e, t, n, r) {
  return arguments.length === 1 ? eh(e) : new en(e, t, n, r ?? 1);
}
function en(e, t, n, r) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
An(en, Do, or(Yt, {
  brighter(e) {
    return e = e == null ? En : Math.pow(En, e), new en(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? nn : Math.pow(nn, e), new en(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = isNaN(this.h) ? 0 : (this.h + 120) * Ya, t = +this.l, n = isNaN(this.s) ? 0 : this.s * t * (1 - t), r = Math.cos(e), o = Math.sin(e);
    return new Ae(
      255 * (t + n * ($a * r + li * o)),
      255 * (t + n * (ci * r + Xr * o)),
      255 * (t + n * (qn * r)),
      this.opacity
    );
  }
}));
var Zr = (e) => () => e;
function el(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function th(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(r) {
    return Math.pow(e + r * t, n);
  };
}
function nh(e, t) {
  var n = t - e;
  return n ? el(e, n > 180 || n < -180 ? n - 360 * Math.round(n / 360) : n) : Zr(isNaN(e) ? t : e);
}
function rh(e) {
  return (e = +e) == 1 ? yn : function(t, n) {
    return n - t ? th(t, n, e) : Zr(isNaN(t) ? n : t);
  };
}
function yn(e, t) {
  var n = t - e;
  return n ? el(e, n) : Zr(isNaN(e) ? t : e);
}
var Cr = (function e(t) {
  var n = rh(t);
  function r(o, i) {
    var s = n((o = To(o)).r, (i = To(i)).r), a = n(o.g, i.g), c = n(o.b, i.b), u = yn(o.opacity, i.opacity);
    return function(d) {
      return o.r = s(d), o.g = a(d), o.b = c(d), o.opacity = u(d), o + "";
    };
  }
  return r.gamma = e, r;
})(1);
function oh(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, r = t.slice(), o;
  return function(i) {
    for (o = 0; o < n; ++o) r[o] = e[o] * (1 - i) + t[o] * i;
    return r;
  };
}
function ih(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function sh(e, t) {
  var n = t ? t.length : 0, r = e ? Math.min(n, e.length) : 0, o = new Array(r), i = new Array(n), s;
  for (s = 0; s < r; ++s) o[s] = Xn(e[s], t[s]);
  for (; s < n; ++s) i[s] = t[s];
  return function(a) {
    for (s = 0; s < r; ++s) i[s] = o[s](a);
    return i;
  };
}
function ah(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(r) {
    return n.setTime(e * (1 - r) + t * r), n;
  };
}
function ct(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function lh(e, t) {
  var n = {}, r = {}, o;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (o in t)
    o in e ? n[o] = Xn(e[o], t[o]) : r[o] = t[o];
  return function(i) {
    for (o in n) r[o] = n[o](i);
    return r;
  };
}
var Lo = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, go = new RegExp(Lo.source, "g");
function ch(e) {
  return function() {
    return e;
  };
}
function uh(e) {
  return function(t) {
    return e(t) + "";
  };
}
function tl(e, t) {
  var n = Lo.lastIndex = go.lastIndex = 0, r, o, i, s = -1, a = [], c = [];
  for (e = e + "", t = t + ""; (r = Lo.exec(e)) && (o = go.exec(t)); )
    (i = o.index) > n && (i = t.slice(n, i), a[s] ? a[s] += i : a[++s] = i), (r = r[0]) === (o = o[0]) ? a[s] ? a[s] += o : a[++s] = o : (a[++s] = null, c.push({ i: s, x: ct(r, o) })), n = go.lastIndex;
  return n < t.length && (i = t.slice(n), a[s] ? a[s] += i : a[++s] = i), a.length < 2 ? c[0] ? uh(c[0].x) : ch(t) : (t = c.length, function(u) {
    for (var d = 0, h; d < t; ++d) a[(h = c[d]).i] = h.x(u);
    return a.join("");
  });
}
function Xn(e, t) {
  var n = typeof t, r;
  return t == null || n === "boolean" ? Zr(t) : (n === "number" ? ct : n === "string" ? (r = rn(t)) ? (t = r, Cr) : tl : t instanceof rn ? Cr : t instanceof Date ? ah : ih(t) ? oh : Array.isArray(t) ? sh : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? lh : ct)(e, t);
}
var ds = 180 / Math.PI, Ro = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function nl(e, t, n, r, o, i) {
  var s, a, c;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (c = e * n + t * r) && (n -= e * c, r -= t * c), (a = Math.sqrt(n * n + r * r)) && (n /= a, r /= a, c /= a), e * r < t * n && (e = -e, t = -t, c = -c, s = -s), {
    translateX: o,
    translateY: i,
    rotate: Math.atan2(t, e) * ds,
    skewX: Math.atan(c) * ds,
    scaleX: s,
    scaleY: a
  };
}
var vr;
function dh(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Ro : nl(t.a, t.b, t.c, t.d, t.e, t.f);
}
function fh(e) {
  return e == null || (vr || (vr = document.createElementNS("http://www.w3.org/2000/svg", "g")), vr.setAttribute("transform", e), !(e = vr.transform.baseVal.consolidate())) ? Ro : (e = e.matrix, nl(e.a, e.b, e.c, e.d, e.e, e.f));
}
function rl(e, t, n, r) {
  function o(u) {
    return u.length ? u.pop() + " " : "";
  }
  function i(u, d, h, f, g, v) {
    if (u !== h || d !== f) {
      var p = g.push("translate(", null, t, null, n);
      v.push({ i: p - 4, x: ct(u, h) }, { i: p - 2, x: ct(d, f) });
    } else (h || f) && g.push("translate(" + h + t + f + n);
  }
  function s(u, d, h, f) {
    u !== d ? (u - d > 180 ? d += 360 : d - u > 180 && (u += 360), f.push({ i: h.push(o(h) + "rotate(", null, r) - 2, x: ct(u, d) })) : d && h.push(o(h) + "rotate(" + d + r);
  }
  function a(u, d, h, f) {
    u !== d ? f.push({ i: h.push(o(h) + "skewX(", null, r) - 2, x: ct(u, d) }) : d && h.push(o(h) + "skewX(" + d + r);
  }
  function c(u, d, h, f, g, v) {
    if (u !== h || d !== f) {
      var p = g.push(o(g) + "scale(", null, ",", null, ")");
      v.push({ i: p - 4, x: ct(u, h) }, { i: p - 2, x: ct(d, f) });
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
var hh = rl(dh, "px, ", "px)", "deg)"), gh = rl(fh, ", ", ")", ")"), vh = 1e-12;
function fs(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function ph(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function mh(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
var br = (function e(t, n, r) {
  function o(i, s) {
    var a = i[0], c = i[1], u = i[2], d = s[0], h = s[1], f = s[2], g = d - a, v = h - c, p = g * g + v * v, m, b;
    if (p < vh)
      b = Math.log(f / u) / t, m = function(L) {
        return [
          a + L * g,
          c + L * v,
          u * Math.exp(t * L * b)
        ];
      };
    else {
      var N = Math.sqrt(p), _ = (f * f - u * u + r * p) / (2 * u * n * N), x = (f * f - u * u - r * p) / (2 * f * n * N), C = Math.log(Math.sqrt(_ * _ + 1) - _), I = Math.log(Math.sqrt(x * x + 1) - x);
      b = (I - C) / t, m = function(L) {
        var T = L * b, B = fs(C), W = u / (n * N) * (B * mh(t * T + C) - ph(C));
        return [
          a + W * g,
          c + W * v,
          u * B / fs(t * T + C)
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
function ol(e) {
  return (function t(n) {
    n = +n;
    function r(o, i) {
      var s = e((o = Do(o)).h, (i = Do(i)).h), a = yn(o.s, i.s), c = yn(o.l, i.l), u = yn(o.opacity, i.opacity);
      return function(d) {
        return o.h = s(d), o.s = a(d), o.l = c(Math.pow(d, n)), o.opacity = u(d), o + "";
      };
    }
    return r.gamma = t, r;
  })(1);
}
ol(nh);
ol(yn);
var kn = 0, Fn = 0, Rn = 0, il = 1e3, Mr, jn, Pr = 0, on = 0, Wr = 0, Gn = typeof performance == "object" && performance.now ? performance : Date, sl = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function ui() {
  return on || (sl(yh), on = Gn.now() + Wr);
}
function yh() {
  on = 0;
}
function Or() {
  this._call = this._time = this._next = null;
}
Or.prototype = al.prototype = {
  constructor: Or,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? ui() : +n) + (t == null ? 0 : +t), !this._next && jn !== this && (jn ? jn._next = this : Mr = this, jn = this), this._call = e, this._time = n, Ho();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Ho());
  }
};
function al(e, t, n) {
  var r = new Or();
  return r.restart(e, t, n), r;
}
function bh() {
  ui(), ++kn;
  for (var e = Mr, t; e; )
    (t = on - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --kn;
}
function hs() {
  on = (Pr = Gn.now()) + Wr, kn = Fn = 0;
  try {
    bh();
  } finally {
    kn = 0, _h(), on = 0;
  }
}
function wh() {
  var e = Gn.now(), t = e - Pr;
  t > il && (Wr -= t, Pr = e);
}
function _h() {
  for (var e, t = Mr, n, r = 1 / 0; t; )
    t._call ? (r > t._time && (r = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : Mr = n);
  jn = e, Ho(r);
}
function Ho(e) {
  if (!kn) {
    Fn && (Fn = clearTimeout(Fn));
    var t = e - on;
    t > 24 ? (e < 1 / 0 && (Fn = setTimeout(hs, Math.ceil(e - Gn.now() - Wr) + 1)), Rn && (Rn = clearInterval(Rn))) : (Rn || (Pr = Gn.now(), Rn = setInterval(wh, il)), kn = 1, sl(hs));
  }
}
function gs(e, t, n) {
  var r = new Or();
  return t = t == null ? 0 : +t, r.restart((o) => {
    r.stop(), e(o + t);
  }, t, n), r;
}
function xh(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var di = 3;
(function e(t) {
  t = +t;
  function n(r) {
    return Math.pow(r, t);
  }
  return n.exponent = e, n;
})(di);
(function e(t) {
  t = +t;
  function n(r) {
    return 1 - Math.pow(1 - r, t);
  }
  return n.exponent = e, n;
})(di);
(function e(t) {
  t = +t;
  function n(r) {
    return ((r *= 2) <= 1 ? Math.pow(r, t) : 2 - Math.pow(2 - r, t)) / 2;
  }
  return n.exponent = e, n;
})(di);
function Ir(e) {
  return (Math.pow(2, -10 * e) - 9765625e-10) * 1.0009775171065494;
}
var fi = 1.70158;
(function e(t) {
  t = +t;
  function n(r) {
    return (r = +r) * r * (t * (r - 1) + r);
  }
  return n.overshoot = e, n;
})(fi);
(function e(t) {
  t = +t;
  function n(r) {
    return --r * r * ((r + 1) * t + r) + 1;
  }
  return n.overshoot = e, n;
})(fi);
(function e(t) {
  t = +t;
  function n(r) {
    return ((r *= 2) < 1 ? r * r * ((t + 1) * r - t) : (r -= 2) * r * ((t + 1) * r + t) + 2) / 2;
  }
  return n.overshoot = e, n;
})(fi);
var Nn = 2 * Math.PI, hi = 1, gi = 0.3;
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= Nn);
  function o(i) {
    return t * Ir(- --i) * Math.sin((r - i) / n);
  }
  return o.amplitude = function(i) {
    return e(i, n * Nn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(hi, gi);
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= Nn);
  function o(i) {
    return 1 - t * Ir(i = +i) * Math.sin((i + r) / n);
  }
  return o.amplitude = function(i) {
    return e(i, n * Nn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(hi, gi);
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= Nn);
  function o(i) {
    return ((i = i * 2 - 1) < 0 ? t * Ir(-i) * Math.sin((r - i) / n) : 2 - t * Ir(i) * Math.sin((r + i) / n)) / 2;
  }
  return o.amplitude = function(i) {
    return e(i, n * Nn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(hi, gi);
var Eh = Kr("start", "end", "cancel", "interrupt"), kh = [], ll = 0, vs = 1, Vo = 2, wr = 3, ps = 4, Bo = 5, _r = 6;
function qr(e, t, n, r, o, i) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  Nh(e, n, {
    name: t,
    index: r,
    // For context during callback.
    group: o,
    // For context during callback.
    on: Eh,
    tween: kh,
    time: i.time,
    delay: i.delay,
    duration: i.duration,
    ease: i.ease,
    timer: null,
    state: ll
  });
}
function vi(e, t) {
  var n = ot(e, t);
  if (n.state > ll) throw new Error("too late; already scheduled");
  return n;
}
function vt(e, t) {
  var n = ot(e, t);
  if (n.state > wr) throw new Error("too late; already running");
  return n;
}
function ot(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function Nh(e, t, n) {
  var r = e.__transition, o;
  r[t] = n, n.timer = al(i, 0, n.time);
  function i(u) {
    n.state = vs, n.timer.restart(s, n.delay, n.time), n.delay <= u && s(u - n.delay);
  }
  function s(u) {
    var d, h, f, g;
    if (n.state !== vs) return c();
    for (d in r)
      if (g = r[d], g.name === n.name) {
        if (g.state === wr) return gs(s);
        g.state === ps ? (g.state = _r, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete r[d]) : +d < t && (g.state = _r, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete r[d]);
      }
    if (gs(function() {
      n.state === wr && (n.state = ps, n.timer.restart(a, n.delay, n.time), a(u));
    }), n.state = Vo, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Vo) {
      for (n.state = wr, o = new Array(f = n.tween.length), d = 0, h = -1; d < f; ++d)
        (g = n.tween[d].value.call(e, e.__data__, n.index, n.group)) && (o[++h] = g);
      o.length = h + 1;
    }
  }
  function a(u) {
    for (var d = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(c), n.state = Bo, 1), h = -1, f = o.length; ++h < f; )
      o[h].call(e, d);
    n.state === Bo && (n.on.call("end", e, e.__data__, n.index, n.group), c());
  }
  function c() {
    n.state = _r, n.timer.stop(), delete r[t];
    for (var u in r) return;
    delete e.__transition;
  }
}
function xr(e, t) {
  var n = e.__transition, r, o, i = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((r = n[s]).name !== t) {
        i = !1;
        continue;
      }
      o = r.state > Vo && r.state < Bo, r.state = _r, r.timer.stop(), r.on.call(o ? "interrupt" : "cancel", e, e.__data__, r.index, r.group), delete n[s];
    }
    i && delete e.__transition;
  }
}
function Sh(e) {
  return this.each(function() {
    xr(this, e);
  });
}
function Ch(e, t) {
  var n, r;
  return function() {
    var o = vt(this, e), i = o.tween;
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
function Mh(e, t, n) {
  var r, o;
  if (typeof n != "function") throw new Error();
  return function() {
    var i = vt(this, e), s = i.tween;
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
function Ph(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var r = ot(this.node(), n).tween, o = 0, i = r.length, s; o < i; ++o)
      if ((s = r[o]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? Ch : Mh)(n, e, t));
}
function pi(e, t, n) {
  var r = e._id;
  return e.each(function() {
    var o = vt(this, r);
    (o.value || (o.value = {}))[t] = n.apply(this, arguments);
  }), function(o) {
    return ot(o, r).value[t];
  };
}
function cl(e, t) {
  var n;
  return (typeof t == "number" ? ct : t instanceof rn ? Cr : (n = rn(t)) ? (t = n, Cr) : tl)(e, t);
}
function Oh(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Ih(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Ah(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = this.getAttribute(e);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function zh(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function Th(e, t, n) {
  var r, o, i;
  return function() {
    var s, a = n(this), c;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), c = a + "", s === c ? null : s === r && c === o ? i : (o = c, i = t(r = s, a)));
  };
}
function Dh(e, t, n) {
  var r, o, i;
  return function() {
    var s, a = n(this), c;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), c = a + "", s === c ? null : s === r && c === o ? i : (o = c, i = t(r = s, a)));
  };
}
function Lh(e, t) {
  var n = Yr(e), r = n === "transform" ? gh : cl;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Dh : Th)(n, r, pi(this, "attr." + e, t)) : t == null ? (n.local ? Ih : Oh)(n) : (n.local ? zh : Ah)(n, r, t));
}
function Rh(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Hh(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Vh(e, t) {
  var n, r;
  function o() {
    var i = t.apply(this, arguments);
    return i !== r && (n = (r = i) && Hh(e, i)), n;
  }
  return o._value = t, o;
}
function Bh(e, t) {
  var n, r;
  function o() {
    var i = t.apply(this, arguments);
    return i !== r && (n = (r = i) && Rh(e, i)), n;
  }
  return o._value = t, o;
}
function Fh(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var r = Yr(e);
  return this.tween(n, (r.local ? Vh : Bh)(r, t));
}
function jh(e, t) {
  return function() {
    vi(this, e).delay = +t.apply(this, arguments);
  };
}
function Kh(e, t) {
  return t = +t, function() {
    vi(this, e).delay = t;
  };
}
function Yh(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? jh : Kh)(t, e)) : ot(this.node(), t).delay;
}
function Xh(e, t) {
  return function() {
    vt(this, e).duration = +t.apply(this, arguments);
  };
}
function Zh(e, t) {
  return t = +t, function() {
    vt(this, e).duration = t;
  };
}
function Wh(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Xh : Zh)(t, e)) : ot(this.node(), t).duration;
}
function qh(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    vt(this, e).ease = t;
  };
}
function Gh(e) {
  var t = this._id;
  return arguments.length ? this.each(qh(t, e)) : ot(this.node(), t).ease;
}
function Uh(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    vt(this, e).ease = n;
  };
}
function Qh(e) {
  if (typeof e != "function") throw new Error();
  return this.each(Uh(this._id, e));
}
function Jh(e) {
  typeof e != "function" && (e = Ia(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = [], c, u = 0; u < s; ++u)
      (c = i[u]) && e.call(c, c.__data__, u, i) && a.push(c);
  return new Mt(r, this._parents, this._name, this._id);
}
function $h(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, r = t.length, o = n.length, i = Math.min(r, o), s = new Array(r), a = 0; a < i; ++a)
    for (var c = t[a], u = n[a], d = c.length, h = s[a] = new Array(d), f, g = 0; g < d; ++g)
      (f = c[g] || u[g]) && (h[g] = f);
  for (; a < r; ++a)
    s[a] = t[a];
  return new Mt(s, this._parents, this._name, this._id);
}
function eg(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function tg(e, t, n) {
  var r, o, i = eg(t) ? vi : vt;
  return function() {
    var s = i(this, e), a = s.on;
    a !== r && (o = (r = a).copy()).on(t, n), s.on = o;
  };
}
function ng(e, t) {
  var n = this._id;
  return arguments.length < 2 ? ot(this.node(), n).on.on(e) : this.each(tg(n, e, t));
}
function rg(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function og() {
  return this.on("end.remove", rg(this._id));
}
function ig(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = ii(e));
  for (var r = this._groups, o = r.length, i = new Array(o), s = 0; s < o; ++s)
    for (var a = r[s], c = a.length, u = i[s] = new Array(c), d, h, f = 0; f < c; ++f)
      (d = a[f]) && (h = e.call(d, d.__data__, f, a)) && ("__data__" in d && (h.__data__ = d.__data__), u[f] = h, qr(u[f], t, n, f, u, ot(d, n)));
  return new Mt(i, this._parents, t, n);
}
function sg(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Oa(e));
  for (var r = this._groups, o = r.length, i = [], s = [], a = 0; a < o; ++a)
    for (var c = r[a], u = c.length, d, h = 0; h < u; ++h)
      if (d = c[h]) {
        for (var f = e.call(d, d.__data__, h, c), g, v = ot(d, n), p = 0, m = f.length; p < m; ++p)
          (g = f[p]) && qr(g, t, n, p, f, v);
        i.push(f), s.push(d);
      }
  return new Mt(i, s, t, n);
}
var ag = rr.prototype.constructor;
function lg() {
  return new ag(this._groups, this._parents);
}
function cg(e, t) {
  var n, r, o;
  return function() {
    var i = xn(this, e), s = (this.style.removeProperty(e), xn(this, e));
    return i === s ? null : i === n && s === r ? o : o = t(n = i, r = s);
  };
}
function ul(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function ug(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = xn(this, e);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function dg(e, t, n) {
  var r, o, i;
  return function() {
    var s = xn(this, e), a = n(this), c = a + "";
    return a == null && (c = a = (this.style.removeProperty(e), xn(this, e))), s === c ? null : s === r && c === o ? i : (o = c, i = t(r = s, a));
  };
}
function fg(e, t) {
  var n, r, o, i = "style." + t, s = "end." + i, a;
  return function() {
    var c = vt(this, e), u = c.on, d = c.value[i] == null ? a || (a = ul(t)) : void 0;
    (u !== n || o !== d) && (r = (n = u).copy()).on(s, o = d), c.on = r;
  };
}
function hg(e, t, n) {
  var r = (e += "") == "transform" ? hh : cl;
  return t == null ? this.styleTween(e, cg(e, r)).on("end.style." + e, ul(e)) : typeof t == "function" ? this.styleTween(e, dg(e, r, pi(this, "style." + e, t))).each(fg(this._id, e)) : this.styleTween(e, ug(e, r, t), n).on("end.style." + e, null);
}
function gg(e, t, n) {
  return function(r) {
    this.style.setProperty(e, t.call(this, r), n);
  };
}
function vg(e, t, n) {
  var r, o;
  function i() {
    var s = t.apply(this, arguments);
    return s !== o && (r = (o = s) && gg(e, s, n)), r;
  }
  return i._value = t, i;
}
function pg(e, t, n) {
  var r = "style." + (e += "");
  if (arguments.length < 2) return (r = this.tween(r)) && r._value;
  if (t == null) return this.tween(r, null);
  if (typeof t != "function") throw new Error();
  return this.tween(r, vg(e, t, n ?? ""));
}
function mg(e) {
  return function() {
    this.textContent = e;
  };
}
function yg(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function bg(e) {
  return this.tween("text", typeof e == "function" ? yg(pi(this, "text", e)) : mg(e == null ? "" : e + ""));
}
function wg(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function _g(e) {
  var t, n;
  function r() {
    var o = e.apply(this, arguments);
    return o !== n && (t = (n = o) && wg(o)), t;
  }
  return r._value = e, r;
}
function xg(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, _g(e));
}
function Eg() {
  for (var e = this._name, t = this._id, n = dl(), r = this._groups, o = r.length, i = 0; i < o; ++i)
    for (var s = r[i], a = s.length, c, u = 0; u < a; ++u)
      if (c = s[u]) {
        var d = ot(c, t);
        qr(c, e, n, u, s, {
          time: d.time + d.delay + d.duration,
          delay: 0,
          duration: d.duration,
          ease: d.ease
        });
      }
  return new Mt(r, this._parents, e, n);
}
function kg() {
  var e, t, n = this, r = n._id, o = n.size();
  return new Promise(function(i, s) {
    var a = { value: s }, c = { value: function() {
      --o === 0 && i();
    } };
    n.each(function() {
      var u = vt(this, r), d = u.on;
      d !== e && (t = (e = d).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(c)), u.on = t;
    }), o === 0 && i();
  });
}
var Ng = 0;
function Mt(e, t, n, r) {
  this._groups = e, this._parents = t, this._name = n, this._id = r;
}
function dl() {
  return ++Ng;
}
var xt = rr.prototype;
Mt.prototype = {
  constructor: Mt,
  select: ig,
  selectAll: sg,
  selectChild: xt.selectChild,
  selectChildren: xt.selectChildren,
  filter: Jh,
  merge: $h,
  selection: lg,
  transition: Eg,
  call: xt.call,
  nodes: xt.nodes,
  node: xt.node,
  size: xt.size,
  empty: xt.empty,
  each: xt.each,
  on: ng,
  attr: Lh,
  attrTween: Fh,
  style: hg,
  styleTween: pg,
  text: bg,
  textTween: xg,
  remove: og,
  tween: Ph,
  delay: Yh,
  duration: Wh,
  ease: Gh,
  easeVarying: Qh,
  end: kg,
  [Symbol.iterator]: xt[Symbol.iterator]
};
var Sg = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: xh
};
function Cg(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function Mg(e) {
  var t, n;
  e instanceof Mt ? (t = e._id, e = e._name) : (t = dl(), (n = Sg).time = ui(), e = e == null ? null : e + "");
  for (var r = this._groups, o = r.length, i = 0; i < o; ++i)
    for (var s = r[i], a = s.length, c, u = 0; u < a; ++u)
      (c = s[u]) && qr(c, e, t, u, s, n || Cg(c, t));
  return new Mt(r, this._parents, e, t);
}
rr.prototype.interrupt = Sh;
rr.prototype.transition = Mg;
var pr = (e) => () => e;
function Pg(e, {
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
function St(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
St.prototype = {
  constructor: St,
  scale: function(e) {
    return e === 1 ? this : new St(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new St(this.k, this.x + this.k * e, this.y + this.k * t);
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
var Gr = new St(1, 0, 0);
fl.prototype = St.prototype;
function fl(e) {
  for (; !e.__zoom; ) if (!(e = e.parentNode)) return Gr;
  return e.__zoom;
}
function vo(e) {
  e.stopImmediatePropagation();
}
function Hn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Og(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function Ig() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function ms() {
  return this.__zoom || Gr;
}
function Ag(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function zg() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Tg(e, t, n) {
  var r = e.invertX(t[0][0]) - n[0][0], o = e.invertX(t[1][0]) - n[1][0], i = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    o > r ? (r + o) / 2 : Math.min(0, r) || Math.max(0, o),
    s > i ? (i + s) / 2 : Math.min(0, i) || Math.max(0, s)
  );
}
function hl() {
  var e = Og, t = Ig, n = Tg, r = Ag, o = zg, i = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, c = br, u = Kr("start", "zoom", "end"), d, h, f, g = 500, v = 150, p = 0, m = 10;
  function b(y) {
    y.property("__zoom", ms).on("wheel.zoom", T, { passive: !1 }).on("mousedown.zoom", B).on("dblclick.zoom", W).filter(o).on("touchstart.zoom", O).on("touchmove.zoom", M).on("touchend.zoom touchcancel.zoom", P).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  b.transform = function(y, E, k, S) {
    var D = y.selection ? y.selection() : y;
    D.property("__zoom", ms), y !== D ? C(y, E, k, S) : D.interrupt().each(function() {
      I(this, arguments).event(S).start().zoom(null, typeof E == "function" ? E.apply(this, arguments) : E).end();
    });
  }, b.scaleBy = function(y, E, k, S) {
    b.scaleTo(y, function() {
      var D = this.__zoom.k, R = typeof E == "function" ? E.apply(this, arguments) : E;
      return D * R;
    }, k, S);
  }, b.scaleTo = function(y, E, k, S) {
    b.transform(y, function() {
      var D = t.apply(this, arguments), R = this.__zoom, V = k == null ? x(D) : typeof k == "function" ? k.apply(this, arguments) : k, Y = R.invert(V), ee = typeof E == "function" ? E.apply(this, arguments) : E;
      return n(_(N(R, ee), V, Y), D, s);
    }, k, S);
  }, b.translateBy = function(y, E, k, S) {
    b.transform(y, function() {
      return n(this.__zoom.translate(
        typeof E == "function" ? E.apply(this, arguments) : E,
        typeof k == "function" ? k.apply(this, arguments) : k
      ), t.apply(this, arguments), s);
    }, null, S);
  }, b.translateTo = function(y, E, k, S, D) {
    b.transform(y, function() {
      var R = t.apply(this, arguments), V = this.__zoom, Y = S == null ? x(R) : typeof S == "function" ? S.apply(this, arguments) : S;
      return n(Gr.translate(Y[0], Y[1]).scale(V.k).translate(
        typeof E == "function" ? -E.apply(this, arguments) : -E,
        typeof k == "function" ? -k.apply(this, arguments) : -k
      ), R, s);
    }, S, D);
  };
  function N(y, E) {
    return E = Math.max(i[0], Math.min(i[1], E)), E === y.k ? y : new St(E, y.x, y.y);
  }
  function _(y, E, k) {
    var S = E[0] - k[0] * y.k, D = E[1] - k[1] * y.k;
    return S === y.x && D === y.y ? y : new St(y.k, S, D);
  }
  function x(y) {
    return [(+y[0][0] + +y[1][0]) / 2, (+y[0][1] + +y[1][1]) / 2];
  }
  function C(y, E, k, S) {
    y.on("start.zoom", function() {
      I(this, arguments).event(S).start();
    }).on("interrupt.zoom end.zoom", function() {
      I(this, arguments).event(S).end();
    }).tween("zoom", function() {
      var D = this, R = arguments, V = I(D, R).event(S), Y = t.apply(D, R), ee = k == null ? x(Y) : typeof k == "function" ? k.apply(D, R) : k, A = Math.max(Y[1][0] - Y[0][0], Y[1][1] - Y[0][1]), z = D.__zoom, q = typeof E == "function" ? E.apply(D, R) : E, $ = c(z.invert(ee).concat(A / z.k), q.invert(ee).concat(A / q.k));
      return function(Q) {
        if (Q === 1) Q = q;
        else {
          var ne = $(Q), le = A / ne[2];
          Q = new St(le, ee[0] - ne[0] * le, ee[1] - ne[1] * le);
        }
        V.zoom(null, Q);
      };
    });
  }
  function I(y, E, k) {
    return !k && y.__zooming || new L(y, E);
  }
  function L(y, E) {
    this.that = y, this.args = E, this.active = 0, this.sourceEvent = null, this.extent = t.apply(y, E), this.taps = 0;
  }
  L.prototype = {
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
      var E = Qe(this.that).datum();
      u.call(
        y,
        this.that,
        new Pg(y, {
          sourceEvent: this.sourceEvent,
          target: b,
          transform: this.that.__zoom,
          dispatch: u
        }),
        E
      );
    }
  };
  function T(y, ...E) {
    if (!e.apply(this, arguments)) return;
    var k = I(this, E).event(y), S = this.__zoom, D = Math.max(i[0], Math.min(i[1], S.k * Math.pow(2, r.apply(this, arguments)))), R = tt(y);
    if (k.wheel)
      (k.mouse[0][0] !== R[0] || k.mouse[0][1] !== R[1]) && (k.mouse[1] = S.invert(k.mouse[0] = R)), clearTimeout(k.wheel);
    else {
      if (S.k === D) return;
      k.mouse = [R, S.invert(R)], xr(this), k.start();
    }
    Hn(y), k.wheel = setTimeout(V, v), k.zoom("mouse", n(_(N(S, D), k.mouse[0], k.mouse[1]), k.extent, s));
    function V() {
      k.wheel = null, k.end();
    }
  }
  function B(y, ...E) {
    if (f || !e.apply(this, arguments)) return;
    var k = y.currentTarget, S = I(this, E, !0).event(y), D = Qe(y.view).on("mousemove.zoom", ee, !0).on("mouseup.zoom", A, !0), R = tt(y, k), V = y.clientX, Y = y.clientY;
    Fa(y.view), vo(y), S.mouse = [R, this.__zoom.invert(R)], xr(this), S.start();
    function ee(z) {
      if (Hn(z), !S.moved) {
        var q = z.clientX - V, $ = z.clientY - Y;
        S.moved = q * q + $ * $ > p;
      }
      S.event(z).zoom("mouse", n(_(S.that.__zoom, S.mouse[0] = tt(z, k), S.mouse[1]), S.extent, s));
    }
    function A(z) {
      D.on("mousemove.zoom mouseup.zoom", null), ja(z.view, S.moved), Hn(z), S.event(z).end();
    }
  }
  function W(y, ...E) {
    if (e.apply(this, arguments)) {
      var k = this.__zoom, S = tt(y.changedTouches ? y.changedTouches[0] : y, this), D = k.invert(S), R = k.k * (y.shiftKey ? 0.5 : 2), V = n(_(N(k, R), S, D), t.apply(this, E), s);
      Hn(y), a > 0 ? Qe(this).transition().duration(a).call(C, V, S, y) : Qe(this).call(b.transform, V, S, y);
    }
  }
  function O(y, ...E) {
    if (e.apply(this, arguments)) {
      var k = y.touches, S = k.length, D = I(this, E, y.changedTouches.length === S).event(y), R, V, Y, ee;
      for (vo(y), V = 0; V < S; ++V)
        Y = k[V], ee = tt(Y, this), ee = [ee, this.__zoom.invert(ee), Y.identifier], D.touch0 ? !D.touch1 && D.touch0[2] !== ee[2] && (D.touch1 = ee, D.taps = 0) : (D.touch0 = ee, R = !0, D.taps = 1 + !!d);
      d && (d = clearTimeout(d)), R && (D.taps < 2 && (h = ee[0], d = setTimeout(function() {
        d = null;
      }, g)), xr(this), D.start());
    }
  }
  function M(y, ...E) {
    if (this.__zooming) {
      var k = I(this, E).event(y), S = y.changedTouches, D = S.length, R, V, Y, ee;
      for (Hn(y), R = 0; R < D; ++R)
        V = S[R], Y = tt(V, this), k.touch0 && k.touch0[2] === V.identifier ? k.touch0[0] = Y : k.touch1 && k.touch1[2] === V.identifier && (k.touch1[0] = Y);
      if (V = k.that.__zoom, k.touch1) {
        var A = k.touch0[0], z = k.touch0[1], q = k.touch1[0], $ = k.touch1[1], Q = (Q = q[0] - A[0]) * Q + (Q = q[1] - A[1]) * Q, ne = (ne = $[0] - z[0]) * ne + (ne = $[1] - z[1]) * ne;
        V = N(V, Math.sqrt(Q / ne)), Y = [(A[0] + q[0]) / 2, (A[1] + q[1]) / 2], ee = [(z[0] + $[0]) / 2, (z[1] + $[1]) / 2];
      } else if (k.touch0) Y = k.touch0[0], ee = k.touch0[1];
      else return;
      k.zoom("touch", n(_(V, Y, ee), k.extent, s));
    }
  }
  function P(y, ...E) {
    if (this.__zooming) {
      var k = I(this, E).event(y), S = y.changedTouches, D = S.length, R, V;
      for (vo(y), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), R = 0; R < D; ++R)
        V = S[R], k.touch0 && k.touch0[2] === V.identifier ? delete k.touch0 : k.touch1 && k.touch1[2] === V.identifier && delete k.touch1;
      if (k.touch1 && !k.touch0 && (k.touch0 = k.touch1, delete k.touch1), k.touch0) k.touch0[1] = this.__zoom.invert(k.touch0[0]);
      else if (k.end(), k.taps === 2 && (V = tt(V, this), Math.hypot(h[0] - V[0], h[1] - V[1]) < m)) {
        var Y = Qe(this).on("dblclick.zoom");
        Y && Y.apply(this, arguments);
      }
    }
  }
  return b.wheelDelta = function(y) {
    return arguments.length ? (r = typeof y == "function" ? y : pr(+y), b) : r;
  }, b.filter = function(y) {
    return arguments.length ? (e = typeof y == "function" ? y : pr(!!y), b) : e;
  }, b.touchable = function(y) {
    return arguments.length ? (o = typeof y == "function" ? y : pr(!!y), b) : o;
  }, b.extent = function(y) {
    return arguments.length ? (t = typeof y == "function" ? y : pr([[+y[0][0], +y[0][1]], [+y[1][0], +y[1][1]]]), b) : t;
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
const sn = {
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
}, Fo = [
  [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
  [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
], gl = ["Enter", " ", "Escape"], Dg = {
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
var Sn;
(function(e) {
  e.Strict = "strict", e.Loose = "loose";
})(Sn || (Sn = {}));
var bn;
(function(e) {
  e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal";
})(bn || (bn = {}));
var Ar;
(function(e) {
  e.Partial = "partial", e.Full = "full";
})(Ar || (Ar = {}));
const jo = {
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
var Rt;
(function(e) {
  e.Bezier = "default", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e.SimpleBezier = "simplebezier";
})(Rt || (Rt = {}));
var zr;
(function(e) {
  e.Arrow = "arrow", e.ArrowClosed = "arrowclosed";
})(zr || (zr = {}));
var ae;
(function(e) {
  e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom";
})(ae || (ae = {}));
const ys = {
  [ae.Left]: ae.Right,
  [ae.Right]: ae.Left,
  [ae.Top]: ae.Bottom,
  [ae.Bottom]: ae.Top
}, vl = (e) => !!e && typeof e == "object" && "id" in e && "source" in e && "target" in e, Lg = (e) => !!e && typeof e == "object" && "id" in e && "position" in e && !("source" in e) && !("target" in e), mi = (e) => !!e && typeof e == "object" && "id" in e && "internals" in e && !("source" in e) && !("target" in e), ir = (e, t = [0, 0]) => {
  const { width: n, height: r } = pt(e), o = e.origin ?? t, i = n * o[0], s = r * o[1];
  return {
    x: e.position.x - i,
    y: e.position.y - s
  };
}, Rg = (e, t = { nodeOrigin: [0, 0] }) => {
  if (e.length === 0)
    return { x: 0, y: 0, width: 0, height: 0 };
  let n = !1;
  const r = e.reduce((o, i) => {
    const s = typeof i == "string";
    let a = !t.nodeLookup && !s ? i : void 0;
    return t.nodeLookup && (a = s ? t.nodeLookup.get(i) : mi(i) ? i : t.nodeLookup.get(i.id)), a ? (n = !0, Ur(o, Tr(a, t.nodeOrigin))) : o;
  }, { x: 1 / 0, y: 1 / 0, x2: -1 / 0, y2: -1 / 0 });
  return n ? Qr(r) : { x: 0, y: 0, width: 0, height: 0 };
}, sr = (e, t = {}) => {
  let n = { x: 1 / 0, y: 1 / 0, x2: -1 / 0, y2: -1 / 0 }, r = !1;
  return e.forEach((o) => {
    (t.filter === void 0 || t.filter(o)) && (n = Ur(n, Tr(o)), r = !0);
  }), r ? Qr(n) : { x: 0, y: 0, width: 0, height: 0 };
}, yi = (e, t, [n, r, o] = [0, 0, 1], i = !1, s = !1) => {
  const a = (t.x - n) / o, c = (t.y - r) / o, u = t.width / o, d = t.height / o, h = [];
  for (const f of e.values()) {
    const { measured: g, selectable: v = !0, hidden: p = !1 } = f;
    if (s && !v || p)
      continue;
    const m = g.width ?? f.width ?? f.initialWidth ?? 0, b = g.height ?? f.height ?? f.initialHeight ?? 0, { x: N, y: _ } = f.internals.positionAbsolute, x = bl(a, c, u, d, N, _, m, b), C = m * b, I = i && x > 0;
    (!f.internals.handleBounds || I || x >= C || f.dragging) && h.push(f);
  }
  return h;
}, Hg = (e, t) => {
  const n = /* @__PURE__ */ new Set();
  return e.forEach((r) => {
    n.add(r.id);
  }), t.filter((r) => n.has(r.source) || n.has(r.target));
};
function Vg(e, t) {
  const n = /* @__PURE__ */ new Map(), r = t?.nodes ? new Set(t.nodes.map((o) => o.id)) : null;
  return e.forEach((o) => {
    let i;
    if (t?.includeHiddenNodes) {
      const { width: s, height: a } = pt(o);
      i = s > 0 && a > 0;
    } else
      i = !!(o.measured.width && o.measured.height && !o.hidden);
    i && (!r || r.has(o.id)) && n.set(o.id, o);
  }), n;
}
async function Bg({ nodes: e, width: t, height: n, panZoom: r, minZoom: o, maxZoom: i }, s) {
  if (e.size === 0)
    return !0;
  const a = Vg(e, s), c = sr(a), u = wi(c, t, n, s?.minZoom ?? o, s?.maxZoom ?? i, s?.padding ?? 0.1);
  return await r.setViewport(u, {
    duration: s?.duration,
    ease: s?.ease,
    interpolate: s?.interpolate
  }), !0;
}
function pl({ nodeId: e, nextPosition: t, nodeLookup: n, nodeOrigin: r = [0, 0], nodeExtent: o, onError: i }) {
  const s = n.get(e), a = s.parentId ? n.get(s.parentId) : void 0, { x: c, y: u } = a ? a.internals.positionAbsolute : { x: 0, y: 0 }, d = s.origin ?? r;
  let h = s.extent || o;
  if (s.extent === "parent" && !s.expandParent)
    if (!a)
      i?.("005", sn.error005());
    else {
      const { width: g, height: v } = pt(a);
      g && v && (h = [
        [c, u],
        [c + g, u + v]
      ]);
    }
  else a && Pn(s.extent) && (h = [
    [s.extent[0][0] + c, s.extent[0][1] + u],
    [s.extent[1][0] + c, s.extent[1][1] + u]
  ]);
  const f = Pn(h) ? an(t, h, s.measured) : t;
  return (s.measured.width === void 0 || s.measured.height === void 0) && i?.("015", sn.error015()), {
    position: {
      x: f.x - c + (s.measured.width ?? 0) * d[0],
      y: f.y - u + (s.measured.height ?? 0) * d[1]
    },
    positionAbsolute: f
  };
}
async function Fg({ nodesToRemove: e = [], edgesToRemove: t = [], nodes: n, edges: r, onBeforeDelete: o }) {
  const i = new Set(e.map((f) => f.id)), s = [];
  for (const f of n) {
    if (f.deletable === !1)
      continue;
    const g = i.has(f.id), v = !g && f.parentId && s.find((p) => p.id === f.parentId);
    (g || v) && s.push(f);
  }
  const a = new Set(t.map((f) => f.id)), c = r.filter((f) => f.deletable !== !1), d = Hg(s, c);
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
const Cn = (e, t = 0, n = 1) => Math.min(Math.max(e, t), n), an = (e = { x: 0, y: 0 }, t, n) => ({
  x: Cn(e.x, t[0][0], t[1][0] - (n?.width ?? 0)),
  y: Cn(e.y, t[0][1], t[1][1] - (n?.height ?? 0))
});
function ml(e, t, n) {
  const { width: r, height: o } = pt(n), { x: i, y: s } = n.internals.positionAbsolute;
  return an(e, [
    [i, s],
    [i + r, s + o]
  ], t);
}
const bs = (e, t, n) => e < t ? Cn(Math.abs(e - t), 1, t) / t : e > n ? -Cn(Math.abs(e - n), 1, t) / t : 0, bi = (e, t, n = 15, r = 40) => {
  const o = bs(e.x, r, t.width - r) * n, i = bs(e.y, r, t.height - r) * n;
  return [o, i];
}, Ur = (e, t) => ({
  x: Math.min(e.x, t.x),
  y: Math.min(e.y, t.y),
  x2: Math.max(e.x2, t.x2),
  y2: Math.max(e.y2, t.y2)
}), Ko = ({ x: e, y: t, width: n, height: r }) => ({
  x: e,
  y: t,
  x2: e + n,
  y2: t + r
}), Qr = ({ x: e, y: t, x2: n, y2: r }) => ({
  x: e,
  y: t,
  width: n - e,
  height: r - t
}), Un = (e, t = [0, 0]) => {
  const { x: n, y: r } = mi(e) ? e.internals.positionAbsolute : ir(e, t);
  return {
    x: n,
    y: r,
    width: e.measured?.width ?? e.width ?? e.initialWidth ?? 0,
    height: e.measured?.height ?? e.height ?? e.initialHeight ?? 0
  };
}, Tr = (e, t = [0, 0]) => {
  const { x: n, y: r } = mi(e) ? e.internals.positionAbsolute : ir(e, t);
  return {
    x: n,
    y: r,
    x2: n + (e.measured?.width ?? e.width ?? e.initialWidth ?? 0),
    y2: r + (e.measured?.height ?? e.height ?? e.initialHeight ?? 0)
  };
}, yl = (e, t) => Qr(Ur(Ko(e), Ko(t))), bl = (e, t, n, r, o, i, s, a) => {
  const c = Math.max(0, Math.min(e + n, o + s) - Math.max(e, o)), u = Math.max(0, Math.min(t + r, i + a) - Math.max(t, i));
  return Math.ceil(c * u);
}, Dr = (e, t) => bl(e.x, e.y, e.width, e.height, t.x, t.y, t.width, t.height), ws = (e) => Ct(e.width) && Ct(e.height) && Ct(e.x) && Ct(e.y), Ct = (e) => !isNaN(e) && isFinite(e), wl = (e, t) => (n, r) => {
}, ar = (e, t = [1, 1]) => ({
  x: t[0] * Math.round(e.x / t[0]),
  y: t[1] * Math.round(e.y / t[1])
}), lr = ({ x: e, y: t }, [n, r, o], i = !1, s = [1, 1]) => {
  const a = {
    x: (e - n) / o,
    y: (t - r) / o
  };
  return i ? ar(a, s) : a;
}, Mn = ({ x: e, y: t }, [n, r, o]) => ({
  x: e * o + n,
  y: t * o + r
});
function hn(e, t) {
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
function jg(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const r = hn(e, n), o = hn(e, t);
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
    const r = hn(e.top ?? e.y ?? 0, n), o = hn(e.bottom ?? e.y ?? 0, n), i = hn(e.left ?? e.x ?? 0, t), s = hn(e.right ?? e.x ?? 0, t);
    return { top: r, right: s, bottom: o, left: i, x: i + s, y: r + o };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function Kg(e, t, n, r, o, i) {
  const { x: s, y: a } = Mn(e, [t, n, r]), { x: c, y: u } = Mn({ x: e.x + e.width, y: e.y + e.height }, [t, n, r]), d = o - c, h = i - u;
  return {
    left: Math.floor(s),
    top: Math.floor(a),
    right: Math.floor(d),
    bottom: Math.floor(h)
  };
}
const wi = (e, t, n, r, o, i) => {
  const s = jg(i, t, n), a = (t - s.x) / e.width, c = (n - s.y) / e.height, u = Math.min(a, c), d = Cn(u, r, o), h = e.x + e.width / 2, f = e.y + e.height / 2, g = t / 2 - h * d, v = n / 2 - f * d, p = Kg(e, g, v, d, t, n), m = {
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
}, Qn = () => typeof navigator < "u" && navigator?.userAgent?.indexOf("Mac") >= 0;
function Pn(e) {
  return e != null && e !== "parent";
}
function pt(e) {
  return {
    width: e.measured?.width ?? e.width ?? e.initialWidth ?? 0,
    height: e.measured?.height ?? e.height ?? e.initialHeight ?? 0
  };
}
function _l(e) {
  return (e.measured?.width ?? e.width ?? e.initialWidth) !== void 0 && (e.measured?.height ?? e.height ?? e.initialHeight) !== void 0;
}
function Yg(e, t = { width: 0, height: 0 }, n, r, o) {
  const i = { ...e }, s = r.get(n);
  if (s) {
    const a = s.origin || o;
    i.x += s.internals.positionAbsolute.x - (t.width ?? 0) * a[0], i.y += s.internals.positionAbsolute.y - (t.height ?? 0) * a[1];
  }
  return i;
}
function Xg(e) {
  return { ...Dg, ...e || {} };
}
function Zg(e, t) {
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
function _s(e, t, n) {
  if (!n)
    return;
  const r = [];
  e.forEach((o, i) => {
    t?.has(i) || r.push(o);
  }), r.length && n(r);
}
function Wg(e) {
  return e === null ? null : e ? "valid" : "invalid";
}
function po(e, { snapGrid: t = [0, 0], snapToGrid: n = !1, transform: r, containerBounds: o }) {
  const { x: i, y: s } = rt(e), a = lr({ x: i - (o?.left ?? 0), y: s - (o?.top ?? 0) }, r), { x: c, y: u } = n ? ar(a, t) : a;
  return {
    xSnapped: c,
    ySnapped: u,
    ...a
  };
}
const xl = (e) => ({
  width: e.offsetWidth,
  height: e.offsetHeight
}), El = (e) => e?.getRootNode?.() || window?.document, qg = ["INPUT", "SELECT", "TEXTAREA"];
function kl(e) {
  const t = e.composedPath?.()?.[0] || e.target;
  return t?.nodeType !== 1 ? !1 : qg.includes(t.nodeName) || t.hasAttribute("contenteditable") || !!t.closest(".nokey");
}
const Nl = (e) => "clientX" in e, rt = (e, t) => {
  const n = Nl(e), r = n ? e.clientX : e.touches?.[0].clientX, o = n ? e.clientY : e.touches?.[0].clientY;
  return {
    x: r - (t?.left ?? 0),
    y: o - (t?.top ?? 0)
  };
}, xs = (e, t, n, r, o) => {
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
      ...xl(s)
    };
  });
};
function Gg({ sourceX: e, sourceY: t, targetX: n, targetY: r, sourceControlX: o, sourceControlY: i, targetControlX: s, targetControlY: a }) {
  const c = e * 0.125 + o * 0.375 + s * 0.375 + n * 0.125, u = t * 0.125 + i * 0.375 + a * 0.375 + r * 0.125, d = Math.abs(c - e), h = Math.abs(u - t);
  return [c, u, d, h];
}
function mr(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function Es({ pos: e, x1: t, y1: n, x2: r, y2: o, c: i }) {
  switch (e) {
    case ae.Left:
      return [t - mr(t - r, i), n];
    case ae.Right:
      return [t + mr(r - t, i), n];
    case ae.Top:
      return [t, n - mr(n - o, i)];
    case ae.Bottom:
      return [t, n + mr(o - n, i)];
  }
}
function _i({ sourceX: e, sourceY: t, sourcePosition: n = ae.Bottom, targetX: r, targetY: o, targetPosition: i = ae.Top, curvature: s = 0.25 }) {
  const [a, c] = Es({
    pos: n,
    x1: e,
    y1: t,
    x2: r,
    y2: o,
    c: s
  }), [u, d] = Es({
    pos: i,
    x1: r,
    y1: o,
    x2: e,
    y2: t,
    c: s
  }), [h, f, g, v] = Gg({
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
function Sl({ sourceX: e, sourceY: t, targetX: n, targetY: r }) {
  const o = Math.abs(n - e) / 2, i = n < e ? n + o : n - o, s = Math.abs(r - t) / 2, a = r < t ? r + s : r - s;
  return [i, a, o, s];
}
function Ug({ sourceNode: e, targetNode: t, selected: n = !1, zIndex: r = 0, elevateOnSelect: o = !1, zIndexMode: i = "basic" }) {
  if (i === "manual")
    return r;
  const s = o && n ? r + 1e3 : r, a = Math.max(e.parentId || o && e.selected ? e.internals.z : 0, t.parentId || o && t.selected ? t.internals.z : 0);
  return s + a;
}
function Qg({ sourceNode: e, targetNode: t, width: n, height: r, transform: o }) {
  const i = Ur(Tr(e), Tr(t));
  i.x === i.x2 && (i.x2 += 1), i.y === i.y2 && (i.y2 += 1);
  const s = {
    x: -o[0] / o[2],
    y: -o[1] / o[2],
    width: n / o[2],
    height: r / o[2]
  };
  return Dr(s, Qr(i)) > 0;
}
const Jg = ({ source: e, sourceHandle: t, target: n, targetHandle: r }) => `xy-edge__${e}${t || ""}-${n}${r || ""}`, $g = (e, t) => t.some((n) => n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)), e0 = (e, t, n = {}) => {
  if (!e.source || !e.target)
    return n.onError?.("006", sn.error006()), t;
  const r = n.getEdgeId || Jg;
  let o;
  return vl(e) ? o = { ...e } : o = {
    ...e,
    id: r(e)
  }, $g(o, t) ? t : (o.sourceHandle === null && delete o.sourceHandle, o.targetHandle === null && delete o.targetHandle, t.concat(o));
};
function Cl({ sourceX: e, sourceY: t, targetX: n, targetY: r }) {
  const [o, i, s, a] = Sl({
    sourceX: e,
    sourceY: t,
    targetX: n,
    targetY: r
  });
  return [`M ${e},${t}L ${n},${r}`, o, i, s, a];
}
const ks = {
  [ae.Left]: { x: -1, y: 0 },
  [ae.Right]: { x: 1, y: 0 },
  [ae.Top]: { x: 0, y: -1 },
  [ae.Bottom]: { x: 0, y: 1 }
}, t0 = ({ source: e, sourcePosition: t = ae.Bottom, target: n }) => t === ae.Left || t === ae.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 }, Ns = (e, t) => Math.sqrt(Math.pow(t.x - e.x, 2) + Math.pow(t.y - e.y, 2));
function n0({ source: e, sourcePosition: t = ae.Bottom, target: n, targetPosition: r = ae.Top, center: o, offset: i, stepPosition: s }) {
  const a = ks[t], c = ks[r], u = { x: e.x + a.x * i, y: e.y + a.y * i }, d = { x: n.x + c.x * i, y: n.y + c.y * i }, h = t0({
    source: u,
    sourcePosition: t,
    target: d
  }), f = h.x !== 0 ? "x" : "y", g = h[f];
  let v = [], p, m;
  const b = { x: 0, y: 0 }, N = { x: 0, y: 0 }, [, , _, x] = Sl({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (a[f] * c[f] === -1) {
    f === "x" ? (p = o.x ?? u.x + (d.x - u.x) * s, m = o.y ?? (u.y + d.y) / 2) : (p = o.x ?? (u.x + d.x) / 2, m = o.y ?? u.y + (d.y - u.y) * s);
    const T = [
      { x: p, y: u.y },
      { x: p, y: d.y }
    ], B = [
      { x: u.x, y: m },
      { x: d.x, y: m }
    ];
    a[f] === g ? v = f === "x" ? T : B : v = f === "x" ? B : T;
  } else {
    const T = [{ x: u.x, y: d.y }], B = [{ x: d.x, y: u.y }];
    if (f === "x" ? v = a.x === g ? B : T : v = a.y === g ? T : B, t === r) {
      const y = Math.abs(e[f] - n[f]);
      if (y <= i) {
        const E = Math.min(i - 1, i - y);
        a[f] === g ? b[f] = (u[f] > e[f] ? -1 : 1) * E : N[f] = (d[f] > n[f] ? -1 : 1) * E;
      }
    }
    if (t !== r) {
      const y = f === "x" ? "y" : "x", E = a[f] === c[y], k = u[y] > d[y], S = u[y] < d[y];
      (a[f] === 1 && (!E && k || E && S) || a[f] !== 1 && (!E && S || E && k)) && (v = f === "x" ? T : B);
    }
    const W = { x: u.x + b.x, y: u.y + b.y }, O = { x: d.x + N.x, y: d.y + N.y }, M = Math.max(Math.abs(W.x - v[0].x), Math.abs(O.x - v[0].x)), P = Math.max(Math.abs(W.y - v[0].y), Math.abs(O.y - v[0].y));
    M >= P ? (p = (W.x + O.x) / 2, m = v[0].y) : (p = v[0].x, m = (W.y + O.y) / 2);
  }
  const C = { x: u.x + b.x, y: u.y + b.y }, I = { x: d.x + N.x, y: d.y + N.y };
  return [[
    e,
    // we only want to add the gapped source/target if they are different from the first/last point to avoid duplicates which can cause issues with the bends
    ...C.x !== v[0].x || C.y !== v[0].y ? [C] : [],
    ...v,
    ...I.x !== v[v.length - 1].x || I.y !== v[v.length - 1].y ? [I] : [],
    n
  ], p, m, _, x];
}
function r0(e, t, n, r) {
  const o = Math.min(Ns(e, t) / 2, Ns(t, n) / 2, r), { x: i, y: s } = t;
  if (e.x === i && i === n.x || e.y === s && s === n.y)
    return `L${i} ${s}`;
  if (e.y === s) {
    const u = e.x < n.x ? -1 : 1, d = e.y < n.y ? 1 : -1;
    return `L ${i + o * u},${s}Q ${i},${s} ${i},${s + o * d}`;
  }
  const a = e.x < n.x ? 1 : -1, c = e.y < n.y ? -1 : 1;
  return `L ${i},${s + o * c}Q ${i},${s} ${i + o * a},${s}`;
}
function xi({ sourceX: e, sourceY: t, sourcePosition: n = ae.Bottom, targetX: r, targetY: o, targetPosition: i = ae.Top, borderRadius: s = 5, centerX: a, centerY: c, offset: u = 20, stepPosition: d = 0.5 }) {
  const [h, f, g, v, p] = n0({
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
    m += r0(h[b - 1], h[b], h[b + 1], s);
  return m += `L${h[h.length - 1].x} ${h[h.length - 1].y}`, [m, f, g, v, p];
}
function Ss(e) {
  return e && !!(e.internals.handleBounds || e.handles?.length) && !!(e.measured.width || e.width || e.initialWidth);
}
function o0(e) {
  const { sourceNode: t, targetNode: n } = e;
  if (!Ss(t) || !Ss(n))
    return null;
  const r = t.internals.handleBounds || Cs(t.handles), o = n.internals.handleBounds || Cs(n.handles), i = Ms(r?.source ?? [], e.sourceHandle), s = Ms(
    // when connection type is loose we can define all handles as sources and connect source -> source
    e.connectionMode === Sn.Strict ? o?.target ?? [] : (o?.target ?? []).concat(o?.source ?? []),
    e.targetHandle
  );
  if (!i || !s)
    return e.onError?.("008", sn.error008(i ? "target" : "source", {
      id: e.id,
      sourceHandle: e.sourceHandle,
      targetHandle: e.targetHandle
    })), null;
  const a = i?.position || ae.Bottom, c = s?.position || ae.Top, u = ln(t, i, a), d = ln(n, s, c);
  return {
    sourceX: u.x,
    sourceY: u.y,
    targetX: d.x,
    targetY: d.y,
    sourcePosition: a,
    targetPosition: c
  };
}
function Cs(e) {
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
function ln(e, t, n = ae.Left, r = !1) {
  const o = (t?.x ?? 0) + e.internals.positionAbsolute.x, i = (t?.y ?? 0) + e.internals.positionAbsolute.y, { width: s, height: a } = t ?? pt(e);
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
function Ms(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function Yo(e, t) {
  return e ? typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((r) => `${r}=${e[r]}`).join("&")}` : "";
}
function i0(e, { id: t, defaultColor: n, defaultMarkerStart: r, defaultMarkerEnd: o }) {
  const i = /* @__PURE__ */ new Set();
  return e.reduce((s, a) => ([a.markerStart || r, a.markerEnd || o].forEach((c) => {
    if (c && typeof c == "object") {
      const u = Yo(c, t);
      i.has(u) || (s.push({ id: u, color: c.color || n, ...c }), i.add(u));
    }
  }), s), []).sort((s, a) => s.id.localeCompare(a.id));
}
const Ml = 1e3, s0 = 10, Ei = {
  nodeOrigin: [0, 0],
  nodeExtent: Fo,
  elevateNodesOnSelect: !0,
  zIndexMode: "basic",
  defaults: {}
}, a0 = {
  ...Ei,
  checkEquality: !0
};
function ki(e, t) {
  const n = { ...e };
  for (const r in t)
    t[r] !== void 0 && (n[r] = t[r]);
  return n;
}
function l0(e, t, n) {
  const r = ki(Ei, n);
  for (const o of e.values())
    if (o.parentId)
      Si(o, e, t, r);
    else {
      const i = ir(o, r.nodeOrigin), s = Pn(o.extent) ? o.extent : r.nodeExtent, a = an(i, s, pt(o));
      o.internals.positionAbsolute = a;
    }
}
function c0(e, t) {
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
function Ni(e) {
  return e === "manual";
}
function u0(e, t, n, r = {}) {
  const o = ki(a0, r), i = { i: 0 }, s = new Map(t), a = o?.elevateNodesOnSelect && !Ni(o.zIndexMode) ? Ml : 0;
  let c = e.length > 0, u = !1;
  t.clear(), n.clear();
  for (const d of e) {
    let h = s.get(d.id);
    if (o.checkEquality && d === h?.internals.userNode)
      t.set(d.id, h);
    else {
      const f = ir(d, o.nodeOrigin), g = Pn(d.extent) ? d.extent : o.nodeExtent, v = an(f, g, pt(d));
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
          handleBounds: c0(d, h),
          z: Pl(d, a, o.zIndexMode),
          userNode: d
        }
      }, t.set(d.id, h);
    }
    (h.measured === void 0 || h.measured.width === void 0 || h.measured.height === void 0) && !h.hidden && (c = !1), d.parentId && Si(h, t, n, r, i), u ||= d.selected ?? !1;
  }
  return { nodesInitialized: c, hasSelectedNodes: u };
}
function d0(e, t) {
  if (!e.parentId)
    return;
  const n = t.get(e.parentId);
  n ? n.set(e.id, e) : t.set(e.parentId, /* @__PURE__ */ new Map([[e.id, e]]));
}
function Si(e, t, n, r, o) {
  const { elevateNodesOnSelect: i, nodeOrigin: s, nodeExtent: a, zIndexMode: c } = ki(Ei, r), u = e.parentId, d = t.get(u);
  if (!d) {
    console.warn(`Parent node ${u} not found. Please make sure that parent nodes are in front of their child nodes in the nodes array.`);
    return;
  }
  d0(e, n), o && !d.parentId && d.internals.rootParentIndex === void 0 && c === "auto" && (d.internals.rootParentIndex = ++o.i, d.internals.z = d.internals.z + o.i * s0), o && d.internals.rootParentIndex !== void 0 && (o.i = d.internals.rootParentIndex);
  const h = i && !Ni(c) ? Ml : 0, { x: f, y: g, z: v } = f0(e, d, s, a, h, c), { positionAbsolute: p } = e.internals, m = f !== p.x || g !== p.y;
  (m || v !== e.internals.z) && t.set(e.id, {
    ...e,
    internals: {
      ...e.internals,
      positionAbsolute: m ? { x: f, y: g } : p,
      z: v
    }
  });
}
function Pl(e, t, n) {
  const r = Ct(e.zIndex) ? e.zIndex : 0;
  return Ni(n) ? r : r + (e.selected ? t : 0);
}
function f0(e, t, n, r, o, i) {
  const { x: s, y: a } = t.internals.positionAbsolute, c = pt(e), u = ir(e, n), d = Pn(e.extent) ? an(u, e.extent, c) : u;
  let h = an({ x: s + d.x, y: a + d.y }, r, c);
  e.extent === "parent" && (h = ml(h, c, t));
  const f = Pl(e, o, i), g = t.internals.z ?? 0;
  return {
    x: h.x,
    y: h.y,
    z: g >= f ? g + 1 : f
  };
}
function h0(e, t, n, r = [0, 0]) {
  const o = [], i = /* @__PURE__ */ new Map();
  for (const s of e) {
    const a = t.get(s.parentId);
    if (!a)
      continue;
    const c = i.get(s.parentId)?.expandedRect ?? Un(a), u = yl(c, s.rect);
    i.set(s.parentId, { expandedRect: u, parent: a });
  }
  return i.size > 0 && i.forEach(({ expandedRect: s, parent: a }, c) => {
    const u = a.internals.positionAbsolute, d = pt(a), h = a.origin ?? r, f = s.x < u.x ? Math.round(Math.abs(u.x - s.x)) : 0, g = s.y < u.y ? Math.round(Math.abs(u.y - s.y)) : 0, v = Math.max(d.width, Math.round(s.width)), p = Math.max(d.height, Math.round(s.height)), m = (v - d.width) * h[0], b = (p - d.height) * h[1];
    (f > 0 || g > 0 || m || b) && (o.push({
      id: c,
      type: "position",
      position: {
        x: a.position.x - f + m,
        y: a.position.y - g + b
      }
    }), n.get(c)?.forEach((N) => {
      e.some((_) => _.id === N.id) || o.push({
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
function g0(e, t, n, r, o, i, s) {
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
    const p = xl(g.nodeElement), m = v.measured.width !== p.width || v.measured.height !== p.height;
    if (!!(p.width && p.height && (m || !v.internals.handleBounds || g.force))) {
      const N = g.nodeElement.getBoundingClientRect(), _ = Pn(v.extent) ? v.extent : i;
      let { positionAbsolute: x } = v.internals;
      if (v.parentId && v.extent === "parent") {
        const I = t.get(v.parentId);
        I && (x = ml(x, p, I));
      } else _ && (x = an(x, _, p));
      const C = {
        ...v,
        measured: p,
        internals: {
          ...v.internals,
          positionAbsolute: x,
          handleBounds: {
            source: xs("source", g.nodeElement, N, h, v.id),
            target: xs("target", g.nodeElement, N, h, v.id)
          }
        }
      };
      t.set(v.id, C), v.parentId && Si(C, t, n, { nodeOrigin: o, zIndexMode: s }), c = !0, m && (u.push({
        id: v.id,
        type: "dimensions",
        dimensions: p
      }), v.expandParent && v.parentId && f.push({
        id: v.id,
        parentId: v.parentId,
        rect: Un(C, o)
      }));
    }
  }
  if (f.length > 0) {
    const g = h0(f, t, n, o);
    u.push(...g);
  }
  return { changes: u, updatedInternals: c };
}
async function v0({ delta: e, panZoom: t, transform: n, translateExtent: r, width: o, height: i }) {
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
function Ps(e, t, n, r, o, i) {
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
function p0(e, t, n) {
  e.clear(), t.clear();
  for (const r of n) {
    const { source: o, target: i, sourceHandle: s = null, targetHandle: a = null } = r, c = { edgeId: r.id, source: o, target: i, sourceHandle: s, targetHandle: a }, u = `${o}-${s}--${i}-${a}`, d = `${i}-${a}--${o}-${s}`;
    Ps("source", c, d, e, o, s), Ps("target", c, u, e, i, a), t.set(r.id, r);
  }
}
function Ol(e, t) {
  if (!e.parentId)
    return !1;
  const n = t.get(e.parentId);
  return n ? n.selected ? !0 : Ol(n, t) : !1;
}
function Os(e, t, n) {
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
function m0(e, t, n, r) {
  const o = /* @__PURE__ */ new Map();
  for (const [i, s] of e)
    if ((s.selected || s.id === r) && (!s.parentId || !Ol(s, e)) && (s.draggable || t && typeof s.draggable > "u")) {
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
function mo({ nodeId: e, dragItems: t, nodeLookup: n, dragging: r = !0 }) {
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
function y0({ dragItems: e, snapGrid: t, x: n, y: r }) {
  const o = e.values().next().value;
  if (!o)
    return null;
  const i = {
    x: n - o.distance.x,
    y: r - o.distance.y
  }, s = ar(i, t);
  return {
    x: s.x - i.x,
    y: s.y - i.y
  };
}
function b0({ onNodeMouseDown: e, getStoreItems: t, onDragStart: n, onDrag: r, onDragStop: o }) {
  let i = { x: null, y: null }, s = 0, a = /* @__PURE__ */ new Map(), c = !1, u = { x: 0, y: 0 }, d = null, h = !1, f = null, g = !1, v = !1, p = null;
  function m({ noDragClassName: N, handleSelector: _, domNode: x, isSelectable: C, nodeId: I, nodeClickDistance: L = 0 }) {
    f = Qe(x);
    function T({ x: M, y: P }) {
      const { nodeLookup: y, nodeExtent: E, snapGrid: k, snapToGrid: S, nodeOrigin: D, onNodeDrag: R, onSelectionDrag: V, onError: Y, updateNodePositions: ee } = t();
      i = { x: M, y: P };
      let A = !1;
      const z = a.size > 1, q = z && E ? Ko(sr(a)) : null, $ = z && S ? y0({
        dragItems: a,
        snapGrid: k,
        x: M,
        y: P
      }) : null;
      for (const [Q, ne] of a) {
        if (!y.has(Q))
          continue;
        let le = { x: M - ne.distance.x, y: P - ne.distance.y };
        S && (le = $ ? {
          x: Math.round(le.x + $.x),
          y: Math.round(le.y + $.y)
        } : ar(le, k));
        let ge = null;
        if (z && E && !ne.extent && q) {
          const { positionAbsolute: me } = ne.internals, _e = me.x - q.x + E[0][0], Ce = me.x + ne.measured.width - q.x2 + E[1][0], Pe = me.y - q.y + E[0][1], Ie = me.y + ne.measured.height - q.y2 + E[1][1];
          ge = [
            [_e, Pe],
            [Ce, Ie]
          ];
        }
        const { position: ce, positionAbsolute: ke } = pl({
          nodeId: Q,
          nextPosition: le,
          nodeLookup: y,
          nodeExtent: ge || E,
          nodeOrigin: D,
          onError: Y
        });
        A = A || ne.position.x !== ce.x || ne.position.y !== ce.y, ne.position = ce, ne.internals.positionAbsolute = ke;
      }
      if (v = v || A, !!A && (ee(a, !0), p && (r || R || !I && V))) {
        const [Q, ne] = mo({
          nodeId: I,
          dragItems: a,
          nodeLookup: y
        });
        r?.(p, a, Q, ne), R?.(p, Q, ne), I || V?.(p, ne);
      }
    }
    async function B() {
      if (!d)
        return;
      const { transform: M, panBy: P, autoPanSpeed: y, autoPanOnNodeDrag: E } = t();
      if (!E) {
        c = !1, cancelAnimationFrame(s);
        return;
      }
      const [k, S] = bi(u, d, y);
      (k !== 0 || S !== 0) && (i.x = (i.x ?? 0) - k / M[2], i.y = (i.y ?? 0) - S / M[2], await P({ x: k, y: S }) && T(i)), s = requestAnimationFrame(B);
    }
    function W(M) {
      const { nodeLookup: P, multiSelectionActive: y, nodesDraggable: E, transform: k, snapGrid: S, snapToGrid: D, selectNodesOnDrag: R, onNodeDragStart: V, onSelectionDragStart: Y, unselectNodesAndEdges: ee } = t();
      h = !0, (!R || !C) && !y && I && (P.get(I)?.selected || ee()), C && R && I && e?.(I);
      const A = po(M.sourceEvent, { transform: k, snapGrid: S, snapToGrid: D, containerBounds: d });
      if (i = A, a = m0(P, E, A, I), a.size > 0 && (n || V || !I && Y)) {
        const [z, q] = mo({
          nodeId: I,
          dragItems: a,
          nodeLookup: P
        });
        n?.(M.sourceEvent, a, z, q), V?.(M.sourceEvent, z, q), I || Y?.(M.sourceEvent, q);
      }
    }
    const O = Hf().clickDistance(L).on("start", (M) => {
      const { domNode: P, nodeDragThreshold: y, transform: E, snapGrid: k, snapToGrid: S } = t();
      d = P?.getBoundingClientRect() || null, g = !1, v = !1, p = M.sourceEvent, y === 0 && W(M), i = po(M.sourceEvent, { transform: E, snapGrid: k, snapToGrid: S, containerBounds: d }), u = rt(M.sourceEvent, d);
    }).on("drag", (M) => {
      const { autoPanOnNodeDrag: P, transform: y, snapGrid: E, snapToGrid: k, nodeDragThreshold: S, nodeLookup: D } = t(), R = po(M.sourceEvent, { transform: y, snapGrid: E, snapToGrid: k, containerBounds: d });
      if (p = M.sourceEvent, (M.sourceEvent.type === "touchmove" && M.sourceEvent.touches.length > 1 || // if user deletes a node while dragging, we need to abort the drag to prevent errors
      I && !D.has(I)) && (g = !0), !g) {
        if (!c && P && h && (c = !0, B()), !h) {
          const V = rt(M.sourceEvent, d), Y = V.x - u.x, ee = V.y - u.y;
          Math.sqrt(Y * Y + ee * ee) > S && W(M);
        }
        (i.x !== R.xSnapped || i.y !== R.ySnapped) && a && h && (u = rt(M.sourceEvent, d), T(R));
      }
    }).on("end", (M) => {
      if (!h || g) {
        g && a.size > 0 && t().updateNodePositions(a, !1);
        return;
      }
      if (c = !1, h = !1, cancelAnimationFrame(s), a.size > 0) {
        const { nodeLookup: P, updateNodePositions: y, onNodeDragStop: E, onSelectionDragStop: k } = t();
        if (v && (y(a, !1), v = !1), o || E || !I && k) {
          const [S, D] = mo({
            nodeId: I,
            dragItems: a,
            nodeLookup: P,
            dragging: !1
          });
          o?.(M.sourceEvent, a, S, D), E?.(M.sourceEvent, S, D), I || k?.(M.sourceEvent, D);
        }
      }
    }).filter((M) => {
      const P = M.target;
      return !M.button && (!N || !Os(P, `.${N}`, x)) && (!_ || Os(P, _, x));
    });
    f.call(O);
  }
  function b() {
    f?.on(".drag", null);
  }
  return {
    update: m,
    destroy: b
  };
}
function w0(e, t, n) {
  const r = [], o = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const i of t.values())
    Dr(o, Un(i)) > 0 && r.push(i);
  return r;
}
const _0 = 250;
function x0(e, t, n, r) {
  let o = [], i = 1 / 0;
  const s = w0(e, n, t + _0);
  for (const a of s) {
    const c = [...a.internals.handleBounds?.source ?? [], ...a.internals.handleBounds?.target ?? []];
    for (const u of c) {
      if (r.nodeId === u.nodeId && r.type === u.type && r.id === u.id)
        continue;
      const { x: d, y: h } = ln(a, u, u.position, !0), f = Math.sqrt(Math.pow(d - e.x, 2) + Math.pow(h - e.y, 2));
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
function Il(e, t, n, r, o, i = !1) {
  const s = r.get(e);
  if (!s)
    return null;
  const a = o === "strict" ? s.internals.handleBounds?.[t] : [...s.internals.handleBounds?.source ?? [], ...s.internals.handleBounds?.target ?? []], c = (n ? a?.find((u) => u.id === n) : a?.[0]) ?? null;
  return c && i ? { ...c, ...ln(s, c, c.position, !0) } : c;
}
function Al(e, t) {
  return e || (t?.classList.contains("target") ? "target" : t?.classList.contains("source") ? "source" : null);
}
function E0(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
const zl = () => !0;
function k0(e, { connectionMode: t, connectionRadius: n, handleId: r, nodeId: o, edgeUpdaterType: i, isTarget: s, domNode: a, nodeLookup: c, lib: u, autoPanOnConnect: d, flowId: h, panBy: f, cancelConnection: g, onConnectStart: v, onConnect: p, onConnectEnd: m, isValidConnection: b = zl, onReconnectEnd: N, updateConnection: _, getTransform: x, getFromHandle: C, autoPanSpeed: I, dragThreshold: L = 1, handleDomNode: T }) {
  const B = El(e.target);
  let W = 0, O;
  const { x: M, y: P } = rt(e), y = Al(i, T), E = a?.getBoundingClientRect();
  let k = !1;
  if (!E || !y)
    return;
  const S = Il(o, y, r, c, t);
  if (!S)
    return;
  let D = rt(e, E), R = !1, V = null, Y = !1, ee = null;
  function A() {
    if (!d || !E)
      return;
    const [ce, ke] = bi(D, E, I);
    f({ x: ce, y: ke }), W = requestAnimationFrame(A);
  }
  const z = {
    ...S,
    nodeId: o,
    type: y,
    position: S.position
  }, q = c.get(o);
  let Q = {
    inProgress: !0,
    isValid: null,
    from: ln(q, z, ae.Left, !0),
    fromHandle: z,
    fromPosition: z.position,
    fromNode: q,
    to: D,
    toHandle: null,
    toPosition: ys[z.position],
    toNode: null,
    pointer: D
  };
  function ne() {
    k = !0, _(Q), v?.(e, { nodeId: o, handleId: r, handleType: y });
  }
  L === 0 && ne();
  function le(ce) {
    if (!k) {
      const { x: Ie, y: ve } = rt(ce), xe = Ie - M, ze = ve - P;
      if (!(xe * xe + ze * ze > L * L))
        return;
      ne();
    }
    if (!C() || !z) {
      ge(ce);
      return;
    }
    const ke = x();
    D = rt(ce, E), O = x0(lr(D, ke, !1, [1, 1]), n, c, z), R || (A(), R = !0);
    const me = Tl(ce, {
      handle: O,
      connectionMode: t,
      fromNodeId: o,
      fromHandleId: r,
      fromType: s ? "target" : "source",
      isValidConnection: b,
      doc: B,
      lib: u,
      flowId: h,
      nodeLookup: c
    });
    ee = me.handleDomNode, V = me.connection, Y = E0(!!O, me.isValid);
    const _e = c.get(o), Ce = _e ? ln(_e, z, ae.Left, !0) : Q.from, Pe = {
      ...Q,
      from: Ce,
      isValid: Y,
      to: me.toHandle && Y ? Mn({ x: me.toHandle.x, y: me.toHandle.y }, ke) : D,
      toHandle: me.toHandle,
      toPosition: Y && me.toHandle ? me.toHandle.position : ys[z.position],
      toNode: me.toHandle ? c.get(me.toHandle.nodeId) : null,
      pointer: D
    };
    _(Pe), Q = Pe;
  }
  function ge(ce) {
    if (!("touches" in ce && ce.touches.length > 0)) {
      if (k) {
        (O || ee) && V && Y && p?.(V);
        const { inProgress: ke, ...me } = Q, _e = {
          ...me,
          toPosition: Q.toHandle ? Q.toPosition : null
        };
        m?.(ce, _e), i && N?.(ce, _e);
      }
      g(), cancelAnimationFrame(W), R = !1, Y = !1, V = null, ee = null, B.removeEventListener("mousemove", le), B.removeEventListener("mouseup", ge), B.removeEventListener("touchmove", le), B.removeEventListener("touchend", ge);
    }
  }
  B.addEventListener("mousemove", le), B.addEventListener("mouseup", ge), B.addEventListener("touchmove", le), B.addEventListener("touchend", ge);
}
function Tl(e, { handle: t, connectionMode: n, fromNodeId: r, fromHandleId: o, fromType: i, doc: s, lib: a, flowId: c, isValidConnection: u = zl, nodeLookup: d }) {
  const h = i === "target", f = t ? s.querySelector(`.${a}-flow__handle[data-id="${c}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x: g, y: v } = rt(e), p = s.elementFromPoint(g, v), m = p?.classList.contains(`${a}-flow__handle`) ? p : f, b = {
    handleDomNode: m,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (m) {
    const N = Al(void 0, m), _ = m.getAttribute("data-nodeid"), x = m.getAttribute("data-handleid"), C = m.classList.contains("connectable"), I = m.classList.contains("connectableend");
    if (!_ || !N)
      return b;
    const L = {
      source: h ? _ : r,
      sourceHandle: h ? x : o,
      target: h ? r : _,
      targetHandle: h ? o : x
    };
    b.connection = L;
    const B = C && I && (n === Sn.Strict ? h && N === "source" || !h && N === "target" : _ !== r || x !== o);
    b.isValid = B && u(L), b.toHandle = Il(_, N, x, d, n, !0);
  }
  return b;
}
const Is = {
  onPointerDown: k0,
  isValid: Tl
};
function N0({ domNode: e, panZoom: t, getTransform: n, getViewScale: r }) {
  const o = Qe(e);
  function i({ translateExtent: a, width: c, height: u, zoomStep: d = 1, pannable: h = !0, zoomable: f = !0, inversePan: g = !1 }) {
    const v = (_) => {
      if (_.sourceEvent.type !== "wheel" || !t)
        return;
      const x = n(), C = _.sourceEvent.ctrlKey && Qn() ? 10 : 1, I = -_.sourceEvent.deltaY * (_.sourceEvent.deltaMode === 1 ? 0.05 : _.sourceEvent.deltaMode ? 1 : 2e-3) * d, L = x[2] * Math.pow(2, I * C);
      t.scaleTo(L);
    };
    let p = [0, 0];
    const m = (_) => {
      (_.sourceEvent.type === "mousedown" || _.sourceEvent.type === "touchstart") && (p = [
        _.sourceEvent.clientX ?? _.sourceEvent.touches[0].clientX,
        _.sourceEvent.clientY ?? _.sourceEvent.touches[0].clientY
      ]);
    }, b = (_) => {
      const x = n();
      if (_.sourceEvent.type !== "mousemove" && _.sourceEvent.type !== "touchmove" || !t)
        return;
      const C = [
        _.sourceEvent.clientX ?? _.sourceEvent.touches[0].clientX,
        _.sourceEvent.clientY ?? _.sourceEvent.touches[0].clientY
      ], I = [C[0] - p[0], C[1] - p[1]];
      p = C;
      const L = r() * Math.max(x[2], Math.log(x[2])) * (g ? -1 : 1), T = {
        x: x[0] - I[0] * L,
        y: x[1] - I[1] * L
      }, B = [
        [0, 0],
        [c, u]
      ];
      t.setViewportConstrained({
        x: T.x,
        y: T.y,
        zoom: x[2]
      }, B, a);
    }, N = hl().on("start", m).on("zoom", h ? b : null).on("zoom.wheel", f ? v : null);
    o.call(N, {});
  }
  function s() {
    o.on("zoom", null);
  }
  return {
    update: i,
    destroy: s,
    pointer: tt
  };
}
const Jr = (e) => ({
  x: e.x,
  y: e.y,
  zoom: e.k
}), yo = ({ x: e, y: t, zoom: n }) => Gr.translate(e, t).scale(n), Tt = (e, t) => e.target.closest(`.${t}`), Dl = (e, t) => t === 2 && Array.isArray(e) && e.includes(2), S0 = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2, bo = (e, t = 0, n = S0, r = () => {
}) => {
  const o = typeof t == "number" && t > 0;
  return o || r(), o ? e.transition().duration(t).ease(n).on("end", r) : e;
}, Ll = (e) => {
  const t = e.ctrlKey && Qn() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
};
function C0({ zoomPanValues: e, noWheelClassName: t, d3Selection: n, d3Zoom: r, panOnScrollMode: o, panOnScrollSpeed: i, zoomOnPinch: s, onPanZoomStart: a, onPanZoom: c, onPanZoomEnd: u }) {
  return (d) => {
    if (Tt(d, t))
      return d.ctrlKey && d.preventDefault(), !1;
    d.preventDefault(), d.stopImmediatePropagation();
    const h = n.property("__zoom").k || 1;
    if (d.ctrlKey && s) {
      const m = tt(d), b = Ll(d), N = h * Math.pow(2, b);
      r.scaleTo(n, N, m, d);
      return;
    }
    const f = d.deltaMode === 1 ? 20 : 1;
    let g = o === bn.Vertical ? 0 : d.deltaX * f, v = o === bn.Horizontal ? 0 : d.deltaY * f;
    !Qn() && d.shiftKey && o !== bn.Vertical && (g = d.deltaY * f, v = 0), r.translateBy(
      n,
      -(g / h) * i,
      -(v / h) * i,
      // @ts-ignore
      { internal: !0 }
    );
    const p = Jr(n.property("__zoom"));
    clearTimeout(e.panScrollTimeout), e.isPanScrolling ? c?.(d, p) : (e.isPanScrolling = !0, a?.(d, p)), e.panScrollTimeout = setTimeout(() => {
      u?.(d, p), e.isPanScrolling = !1;
    }, 150);
  };
}
function M0({ noWheelClassName: e, preventScrolling: t, d3ZoomHandler: n }) {
  return function(r, o) {
    const i = r.type === "wheel", s = !t && i && !r.ctrlKey, a = Tt(r, e);
    if (r.ctrlKey && i && a && r.preventDefault(), s || a)
      return null;
    r.preventDefault(), n.call(this, r, o);
  };
}
function P0({ zoomPanValues: e, onDraggingChange: t, onPanZoomStart: n }) {
  return (r) => {
    if (r.sourceEvent?.internal)
      return;
    const o = Jr(r.transform);
    e.mouseButton = r.sourceEvent?.button || 0, e.isZoomingOrPanning = !0, e.prevViewport = o, r.sourceEvent?.type === "mousedown" && t(!0), n && n?.(r.sourceEvent, o);
  };
}
function O0({ zoomPanValues: e, panOnDrag: t, onPaneContextMenu: n, onTransformChange: r, onPanZoom: o }) {
  return (i) => {
    e.usedRightMouseButton = !!(n && Dl(t, e.mouseButton ?? 0)), i.sourceEvent?.sync || r([i.transform.x, i.transform.y, i.transform.k]), o && !i.sourceEvent?.internal && o?.(i.sourceEvent, Jr(i.transform));
  };
}
function I0({ zoomPanValues: e, panOnDrag: t, panOnScroll: n, onDraggingChange: r, onPanZoomEnd: o, onPaneContextMenu: i }) {
  return (s) => {
    if (!s.sourceEvent?.internal && (e.isZoomingOrPanning = !1, i && Dl(t, e.mouseButton ?? 0) && !e.usedRightMouseButton && s.sourceEvent && i(s.sourceEvent), e.usedRightMouseButton = !1, r(!1), o)) {
      const a = Jr(s.transform);
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
function A0({ panActivationKeyPressed: e, zoomActivationKeyPressed: t, zoomOnScroll: n, zoomOnPinch: r, panOnDrag: o, panOnScroll: i, zoomOnDoubleClick: s, userSelectionActive: a, noWheelClassName: c, noPanClassName: u, lib: d, connectionInProgress: h }) {
  return (f) => {
    const g = t || n, v = r && f.ctrlKey, p = f.type === "wheel";
    if (f.button === 1 && f.type === "mousedown" && (Tt(f, `${d}-flow__node`) || Tt(f, `${d}-flow__edge`) || Tt(f, `${d}-flow__selection`) || Tt(f, `${d}-flow__nodesselection`)))
      return !0;
    if (!o && !g && !i && !s && !r || a || h && !p || Tt(f, c) && p || Tt(f, u) && (!p || i && p && !t) || !r && f.ctrlKey && p)
      return !1;
    if (!r && f.type === "touchstart" && f.touches?.length > 1)
      return f.preventDefault(), !1;
    if (!g && !i && !v && p || !o && (f.type === "mousedown" || f.type === "touchstart") || Array.isArray(o) && !o.includes(f.button) && f.type === "mousedown")
      return !1;
    const m = Array.isArray(o) && o.includes(f.button) || !f.button || f.button <= 1;
    return (!f.ctrlKey || p || e) && m;
  };
}
function z0({ domNode: e, minZoom: t, maxZoom: n, translateExtent: r, viewport: o, onPanZoom: i, onPanZoomStart: s, onPanZoomEnd: a, onDraggingChange: c }) {
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
  const g = hl().extent(() => h).scaleExtent([t, n]).translateExtent(r), v = Qe(e).call(g);
  x({
    x: o.x,
    y: o.y,
    zoom: Cn(o.zoom, t, n)
  }, [
    [0, 0],
    [d.width, d.height]
  ], r);
  const p = v.on("wheel.zoom"), m = v.on("dblclick.zoom");
  g.wheelDelta(Ll);
  async function b(P, y) {
    return v ? new Promise((E) => {
      g?.interpolate(y?.interpolate === "linear" ? Xn : br).transform(bo(v, y?.duration, y?.ease, () => E(!0)), P);
    }) : !1;
  }
  function N({ noWheelClassName: P, noPanClassName: y, onPaneContextMenu: E, userSelectionActive: k, panOnScroll: S, panOnDrag: D, panOnScrollMode: R, panOnScrollSpeed: V, preventScrolling: Y, zoomOnPinch: ee, zoomOnScroll: A, zoomOnDoubleClick: z, panActivationKeyPressed: q = !1, zoomActivationKeyPressed: $, lib: Q, onTransformChange: ne, connectionInProgress: le, paneClickDistance: ge, selectionOnDrag: ce }) {
    k && !u.isZoomingOrPanning && _();
    const ke = S && !$ && !k;
    g.clickDistance(ce ? 1 / 0 : !Ct(ge) || ge < 0 ? 0 : ge);
    const me = ke ? C0({
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
    }) : M0({
      noWheelClassName: P,
      preventScrolling: Y,
      d3ZoomHandler: p
    });
    v.on("wheel.zoom", me, { passive: !1 });
    const _e = P0({
      zoomPanValues: u,
      onDraggingChange: c,
      onPanZoomStart: s
    });
    g.on("start", _e);
    const Ce = O0({
      zoomPanValues: u,
      panOnDrag: D,
      onPaneContextMenu: !!E,
      onPanZoom: i,
      onTransformChange: ne
    });
    g.on("zoom", Ce);
    const Pe = I0({
      zoomPanValues: u,
      panOnDrag: D,
      panOnScroll: S,
      onPaneContextMenu: E,
      onPanZoomEnd: a,
      onDraggingChange: c
    });
    g.on("end", Pe);
    const Ie = A0({
      panActivationKeyPressed: q,
      zoomActivationKeyPressed: $,
      panOnDrag: D,
      zoomOnScroll: A,
      panOnScroll: S,
      zoomOnDoubleClick: z,
      zoomOnPinch: ee,
      userSelectionActive: k,
      noPanClassName: y,
      noWheelClassName: P,
      lib: Q,
      connectionInProgress: le
    });
    g.filter(Ie), z ? v.on("dblclick.zoom", m) : v.on("dblclick.zoom", null);
  }
  function _() {
    g.on("zoom", null);
  }
  async function x(P, y, E) {
    const k = yo(P), S = g?.constrain()(k, y, E);
    return S && await b(S), S;
  }
  async function C(P, y) {
    const E = yo(P);
    return await b(E, y), E;
  }
  function I(P) {
    if (v) {
      const y = yo(P), E = v.property("__zoom");
      (E.k !== P.zoom || E.x !== P.x || E.y !== P.y) && g?.transform(v, y, null, { sync: !0 });
    }
  }
  function L() {
    const P = v ? fl(v.node()) : { x: 0, y: 0, k: 1 };
    return { x: P.x, y: P.y, zoom: P.k };
  }
  async function T(P, y) {
    return v ? new Promise((E) => {
      g?.interpolate(y?.interpolate === "linear" ? Xn : br).scaleTo(bo(v, y?.duration, y?.ease, () => E(!0)), P);
    }) : !1;
  }
  async function B(P, y) {
    return v ? new Promise((E) => {
      g?.interpolate(y?.interpolate === "linear" ? Xn : br).scaleBy(bo(v, y?.duration, y?.ease, () => E(!0)), P);
    }) : !1;
  }
  function W(P) {
    g?.scaleExtent(P);
  }
  function O(P) {
    g?.translateExtent(P);
  }
  function M(P) {
    const y = !Ct(P) || P < 0 ? 0 : P;
    g?.clickDistance(y);
  }
  return {
    update: N,
    destroy: _,
    setViewport: C,
    setViewportConstrained: x,
    getViewport: L,
    scaleTo: T,
    scaleBy: B,
    setScaleExtent: W,
    setTranslateExtent: O,
    syncViewport: I,
    setClickDistance: M
  };
}
var As;
(function(e) {
  e.Line = "line", e.Handle = "handle";
})(As || (As = {}));
const T0 = wl();
function D0(e, t, n = {}) {
  return e0(e, t, {
    ...n,
    onError: n.onError ?? T0
  });
}
function Ci() {
  const e = {};
  return [
    (t) => {
      if (t && !xu(e))
        throw new Error(t);
      return $o(e);
    },
    (t) => ei(e, t)
  ];
}
const [L0, R0] = Ci(), [H0, V0] = Ci(), [B0, F0] = Ci();
var j0 = /* @__PURE__ */ te("<div><!></div>");
function Vt(e, t) {
  ue(t, !0);
  let n = X(t, "id", 3, null), r = X(t, "type", 3, "source"), o = X(t, "position", 19, () => ae.Top), i = X(t, "isConnectableStart", 3, !0), s = X(t, "isConnectableEnd", 3, !0), a = /* @__PURE__ */ Pt(t, [
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
  const c = L0("Handle must be used within a Custom Node component"), u = H0("Handle must be used within a Custom Node component");
  let d = w(() => r() === "target"), h = w(() => t.isConnectable !== void 0 ? t.isConnectable : u.value), f = Ot(), g = w(() => f.ariaLabelConfig), v = null;
  ya(() => {
    if (t.onconnect || t.ondisconnect) {
      f.edges;
      let M = f.connectionLookup.get(`${c}-${r()}${n() ? `-${n()}` : ""}`);
      if (v && !Zg(M, v)) {
        const P = M ?? /* @__PURE__ */ new Map();
        _s(v, P, t.ondisconnect), _s(P, v, t.onconnect);
      }
      v = new Map(M);
    }
  });
  let p = w(() => {
    if (!f.connection.inProgress)
      return [!1, !1, !1, !1, null];
    const { fromHandle: M, toHandle: P, isValid: y } = f.connection, E = M && M.nodeId === c && M.type === r() && M.id === n(), k = P && P.nodeId === c && P.type === r() && P.id === n(), S = f.connectionMode === Sn.Strict ? M?.type !== r() : c !== M?.nodeId || n() !== M?.id;
    return [
      !0,
      E,
      k,
      S,
      k && y
    ];
  }), m = w(() => tr(l(p), 5)), b = w(() => l(m)[0]), N = w(() => l(m)[1]), _ = w(() => l(m)[2]), x = w(() => l(m)[3]), C = w(() => l(m)[4]);
  function I(M) {
    const P = f.onbeforeconnect ? f.onbeforeconnect(M) : M;
    P && (f.addEdge(P), f.onconnect?.(M));
  }
  function L(M) {
    const P = Nl(M);
    M.currentTarget && (P && M.button === 0 || !P) && Is.onPointerDown(M, {
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
      onConnect: I,
      onConnectStart: f.onconnectstart,
      onConnectEnd: (...y) => f.onconnectend?.(...y),
      getTransform: () => [f.viewport.x, f.viewport.y, f.viewport.zoom],
      getFromHandle: () => f.connection.fromHandle,
      dragThreshold: f.connectionDragThreshold,
      handleDomNode: M.currentTarget
    });
  }
  function T(M) {
    if (!c || !f.clickConnectStartHandle && !i())
      return;
    if (!f.clickConnectStartHandle) {
      f.onclickconnectstart?.(M, { nodeId: c, handleId: n(), handleType: r() }), f.clickConnectStartHandle = { nodeId: c, type: r(), id: n() };
      return;
    }
    const P = El(M.target), y = t.isValidConnection ?? f.isValidConnection, { connectionMode: E, clickConnectStartHandle: k, flowId: S, nodeLookup: D } = f, { connection: R, isValid: V } = Is.isValid(M, {
      handle: { nodeId: c, id: n(), type: r() },
      connectionMode: E,
      fromNodeId: k.nodeId,
      fromHandleId: k.id ?? null,
      fromType: k.type,
      isValidConnection: y,
      flowId: S,
      doc: P,
      lib: "svelte",
      nodeLookup: D
    });
    V && R && I(R);
    const Y = structuredClone(ti(f.connection));
    delete Y.inProgress, Y.toPosition = Y.toHandle ? Y.toHandle.position : null, f.onclickconnectend?.(M, Y), f.clickConnectStartHandle = null;
  }
  var B = j0(), W = () => {
  };
  Kt(B, () => ({
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
    onmousedown: L,
    ontouchstart: L,
    onclick: f.clickConnect ? T : void 0,
    onkeypress: W,
    style: t.style,
    role: "button",
    "aria-label": l(g)["handle.ariaLabel"],
    tabindex: "-1",
    ...a,
    [Lt]: {
      valid: l(C),
      connectingto: l(_),
      connectingfrom: l(N),
      source: !l(d),
      target: l(d),
      connectablestart: i(),
      connectableend: s(),
      connectable: l(h),
      connectionindicator: l(h) && (!l(b) || l(x)) && (l(b) || f.clickConnectStartHandle ? s() : i())
    }
  }));
  var O = K(B);
  We(O, () => t.children ?? Ft), H(e, B), de();
}
var K0 = /* @__PURE__ */ te("<!> <!>", 1);
function Rl(e, t) {
  ue(t, !0);
  let n = X(t, "targetPosition", 19, () => ae.Top), r = X(t, "sourcePosition", 19, () => ae.Bottom);
  var o = K0(), i = fe(o);
  Vt(i, {
    type: "target",
    get position() {
      return n();
    }
  });
  var s = Z(i), a = Z(s);
  Vt(a, {
    type: "source",
    get position() {
      return r();
    }
  }), re(() => oe(s, ` ${t.data?.label ?? ""} `)), H(e, o), de();
}
var Y0 = /* @__PURE__ */ te(" <!>", 1);
function X0(e, t) {
  ue(t, !0);
  let n = X(t, "data", 19, () => ({ label: "Node" })), r = X(t, "sourcePosition", 19, () => ae.Bottom);
  var o = Y0(), i = fe(o), s = Z(i);
  Vt(s, {
    type: "source",
    get position() {
      return r();
    }
  }), re(() => oe(i, `${n()?.label ?? ""} `)), H(e, o), de();
}
var Z0 = /* @__PURE__ */ te(" <!>", 1);
function W0(e, t) {
  ue(t, !0);
  let n = X(t, "data", 19, () => ({ label: "Node" })), r = X(t, "targetPosition", 19, () => ae.Top);
  var o = Z0(), i = fe(o), s = Z(i);
  Vt(s, {
    type: "target",
    get position() {
      return r();
    }
  }), re(() => oe(i, `${n()?.label ?? ""} `)), H(e, o), de();
}
function q0(e, t) {
}
function wo(e, t, n) {
  if (!n || !t)
    return;
  const r = n === "root" ? t : t.querySelector(`.svelte-flow__${n}`);
  r && r.appendChild(e);
}
function G0(e, t) {
  const n = w(Ot), r = w(() => l(n).domNode);
  let o;
  return l(r) ? wo(e, l(r), t) : o = _a(() => {
    Be(() => {
      wo(e, l(r), t), o?.();
    });
  }), {
    async update(i) {
      wo(e, l(r), i);
    },
    destroy() {
      e.parentNode && e.parentNode.removeChild(e), o?.();
    }
  };
}
function U0() {
  let e = he(typeof window > "u");
  if (l(e)) {
    const t = _a(() => {
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
const zs = (e) => Lg(e), Q0 = (e) => vl(e);
function gt(e) {
  return e === void 0 ? void 0 : `${e}px`;
}
const Lr = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
var J0 = /* @__PURE__ */ te("<div><!></div>");
function Hl(e, t) {
  ue(t, !0);
  let n = X(t, "x", 3, 0), r = X(t, "y", 3, 0), o = X(t, "selectEdgeOnClick", 3, !1), i = X(t, "transparent", 3, !1), s = /* @__PURE__ */ Pt(t, [
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
  const a = Ot(), c = B0("EdgeLabel must be used within a Custom Edge component");
  let u = w(() => a.visible.edges.get(c)?.zIndex);
  var d = J0(), h = () => {
    o() && c && a.handleEdgeSelection(c);
  };
  Kt(
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
      [Et]: g
    }),
    [
      () => ({
        display: U0().value ? "none" : void 0,
        cursor: o() ? "pointer" : void 0,
        transform: `translate(-50%, -50%) translate(${n() ?? ""}px,${r() ?? ""}px)`,
        "pointer-events": "all",
        width: gt(t.width),
        height: gt(t.height),
        "z-index": l(u)
      })
    ],
    void 0,
    void 0,
    "svelte-1wg91mu"
  );
  var f = K(d);
  We(f, () => t.children ?? Ft), De(d, (g, v) => G0?.(g, v), () => "edge-labels"), H(e, d), de();
}
var $0 = /* @__PURE__ */ Me("<path></path>"), ev = /* @__PURE__ */ Me('<path fill="none"></path><!><!>', 1);
function cr(e, t) {
  let n = X(t, "interactionWidth", 3, 20), r = /* @__PURE__ */ Pt(t, [
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
  var o = ev(), i = fe(o), s = Z(i);
  {
    var a = (d) => {
      var h = $0();
      Kt(h, () => ({
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
  var c = Z(s);
  {
    var u = (d) => {
      Hl(d, {
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
          var g = gn();
          re(() => oe(g, t.label)), H(h, g);
        },
        $$slots: { default: !0 }
      });
    };
    se(c, (d) => {
      t.label && d(u);
    });
  }
  re(() => {
    J(i, "id", t.id), J(i, "d", t.path), Le(i, 0, jt(["svelte-flow__edge-path", t.class])), J(i, "marker-start", t.markerStart), J(i, "marker-end", t.markerEnd), Se(i, t.style);
  }), H(e, o);
}
function Vl(e, t) {
  ue(t, !0);
  let n = w(() => _i({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition,
    curvature: t.pathOptions?.curvature
  })), r = w(() => tr(l(n), 3)), o = w(() => l(r)[0]), i = w(() => l(r)[1]), s = w(() => l(r)[2]);
  cr(e, {
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
function tv(e, t) {
  ue(t, !0);
  let n = w(() => xi({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition
  })), r = w(() => tr(l(n), 3)), o = w(() => l(r)[0]), i = w(() => l(r)[1]), s = w(() => l(r)[2]);
  cr(e, {
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
  let n = w(() => Cl({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY
  })), r = w(() => tr(l(n), 3)), o = w(() => l(r)[0]), i = w(() => l(r)[1]), s = w(() => l(r)[2]);
  cr(e, {
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
  let n = w(() => xi({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition,
    borderRadius: 0
  })), r = w(() => tr(l(n), 3)), o = w(() => l(r)[0]), i = w(() => l(r)[1]), s = w(() => l(r)[2]);
  cr(e, {
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
class ov {
  #e;
  #t;
  /**
   *
   * @param {() => T} fn
   * @param {(update: () => void) => void} onsubscribe
   */
  constructor(t, n) {
    this.#e = t, this.#t = xa(n);
  }
  get current() {
    return this.#t(), this.#e();
  }
}
const iv = /\(.+\)/, sv = /* @__PURE__ */ new Set(["all", "print", "screen", "and", "or", "not", "only"]);
class av extends ov {
  /**
   * @param {string} query A media query string
   * @param {boolean} [fallback] Fallback value for the server
   */
  constructor(t, n) {
    let r = iv.test(t) || // we need to use `some` here because technically this `window.matchMedia('random,screen')` still returns true
    t.split(/[\s,]+/).some((i) => sv.has(i.trim())) ? t : `(${t})`;
    const o = window.matchMedia(r);
    super(
      () => o.matches,
      (i) => Po(o, "change", i)
    );
  }
}
function lv(e, t, n, r) {
  const o = /* @__PURE__ */ new Map();
  return yi(e, { x: 0, y: 0, width: n, height: r }, t, !0).forEach((i) => {
    o.set(i.id, i);
  }), o;
}
function Ts(e) {
  const { edges: t, defaultEdgeOptions: n, nodeLookup: r, previousEdges: o, connectionMode: i, onerror: s, onlyRenderVisible: a, elevateEdgesOnSelect: c, zIndexMode: u } = e, d = /* @__PURE__ */ new Map();
  for (const h of t) {
    const f = r.get(h.source), g = r.get(h.target);
    if (!f || !g || f.hidden || g.hidden)
      continue;
    if (a) {
      const { visibleNodes: m, transform: b, width: N, height: _ } = e;
      if (Qg({
        sourceNode: f,
        targetNode: g,
        width: N,
        height: _,
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
    const p = o0({
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
      zIndex: Ug({
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
const cv = wl(), Bl = {
  input: X0,
  output: W0,
  default: Rl,
  group: q0
}, Fl = {
  straight: nv,
  smoothstep: tv,
  default: Vl,
  step: rv
};
function uv(e, t, n, r, o, i) {
  if (t && !n && r && o) {
    const s = sr(i, {
      filter: (a) => !!((a.width || a.initialWidth) && (a.height || a.initialHeight))
    });
    return wi(s, r, o, 0.5, 2, 0.1);
  } else
    return n ?? { x: 0, y: 0, zoom: 1 };
}
function dv(e) {
  class t {
    #e = w(() => e.props.id ?? "1");
    get flowId() {
      return l(this.#e);
    }
    set flowId(r) {
      F(this.#e, r);
    }
    #t = he(null);
    get domNode() {
      return l(this.#t);
    }
    set domNode(r) {
      F(this.#t, r);
    }
    #n = he(null);
    get panZoom() {
      return l(this.#n);
    }
    set panZoom(r) {
      F(this.#n, r);
    }
    #r = he(e.width ?? 0);
    get width() {
      return l(this.#r);
    }
    set width(r) {
      F(this.#r, r);
    }
    #o = he(e.height ?? 0);
    get height() {
      return l(this.#o);
    }
    set height(r) {
      F(this.#o, r);
    }
    #i = he(e.props.zIndexMode ?? "basic");
    get zIndexMode() {
      return l(this.#i);
    }
    set zIndexMode(r) {
      F(this.#i, r);
    }
    #s = w(() => {
      const { nodesInitialized: r } = u0(e.nodes, this.nodeLookup, this.parentLookup, {
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
    #a = w(() => this.panZoom !== null);
    get viewportInitialized() {
      return l(this.#a);
    }
    set viewportInitialized(r) {
      F(this.#a, r);
    }
    #l = w(() => (p0(this.connectionLookup, this.edgeLookup, e.edges), e.edges));
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
    #c = w(() => {
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
    #u = w(() => {
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
    #d = w(() => {
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
        f = lv(s, N, m, b), g = Ts({
          ...v,
          onlyRenderVisible: !0,
          visibleNodes: f,
          transform: N,
          width: m,
          height: b
        });
      } else
        f = this.nodeLookup, g = Ts(v);
      return this._prevVisibleEdges = g, { nodes: f, edges: g };
    });
    get visible() {
      return l(this.#d);
    }
    set visible(r) {
      F(this.#d, r);
    }
    #f = w(() => e.props.nodesDraggable ?? !0);
    get nodesDraggable() {
      return l(this.#f);
    }
    set nodesDraggable(r) {
      F(this.#f, r);
    }
    #h = w(() => e.props.nodesConnectable ?? !0);
    get nodesConnectable() {
      return l(this.#h);
    }
    set nodesConnectable(r) {
      F(this.#h, r);
    }
    #g = w(() => e.props.elementsSelectable ?? !0);
    get elementsSelectable() {
      return l(this.#g);
    }
    set elementsSelectable(r) {
      F(this.#g, r);
    }
    #v = w(() => e.props.nodesFocusable ?? !0);
    get nodesFocusable() {
      return l(this.#v);
    }
    set nodesFocusable(r) {
      F(this.#v, r);
    }
    #p = w(() => e.props.edgesFocusable ?? !0);
    get edgesFocusable() {
      return l(this.#p);
    }
    set edgesFocusable(r) {
      F(this.#p, r);
    }
    #m = w(() => e.props.disableKeyboardA11y ?? !1);
    get disableKeyboardA11y() {
      return l(this.#m);
    }
    set disableKeyboardA11y(r) {
      F(this.#m, r);
    }
    #y = w(() => e.props.minZoom ?? 0.5);
    get minZoom() {
      return l(this.#y);
    }
    set minZoom(r) {
      F(this.#y, r);
    }
    #b = w(() => e.props.maxZoom ?? 2);
    get maxZoom() {
      return l(this.#b);
    }
    set maxZoom(r) {
      F(this.#b, r);
    }
    #w = w(() => e.props.nodeOrigin ?? [0, 0]);
    get nodeOrigin() {
      return l(this.#w);
    }
    set nodeOrigin(r) {
      F(this.#w, r);
    }
    #_ = w(() => e.props.nodeExtent ?? Fo);
    get nodeExtent() {
      return l(this.#_);
    }
    set nodeExtent(r) {
      F(this.#_, r);
    }
    #x = w(() => e.props.translateExtent ?? Fo);
    get translateExtent() {
      return l(this.#x);
    }
    set translateExtent(r) {
      F(this.#x, r);
    }
    #E = w(() => e.props.defaultEdgeOptions ?? {});
    get defaultEdgeOptions() {
      return l(this.#E);
    }
    set defaultEdgeOptions(r) {
      F(this.#E, r);
    }
    #k = w(() => e.props.nodeDragThreshold ?? 1);
    get nodeDragThreshold() {
      return l(this.#k);
    }
    set nodeDragThreshold(r) {
      F(this.#k, r);
    }
    #N = w(() => e.props.autoPanOnNodeDrag ?? !0);
    get autoPanOnNodeDrag() {
      return l(this.#N);
    }
    set autoPanOnNodeDrag(r) {
      F(this.#N, r);
    }
    #S = w(() => e.props.autoPanOnConnect ?? !0);
    get autoPanOnConnect() {
      return l(this.#S);
    }
    set autoPanOnConnect(r) {
      F(this.#S, r);
    }
    #C = w(() => e.props.autoPanOnNodeFocus ?? !0);
    get autoPanOnNodeFocus() {
      return l(this.#C);
    }
    set autoPanOnNodeFocus(r) {
      F(this.#C, r);
    }
    #M = w(() => e.props.autoPanSpeed ?? 15);
    get autoPanSpeed() {
      return l(this.#M);
    }
    set autoPanSpeed(r) {
      F(this.#M, r);
    }
    #P = w(() => e.props.connectionDragThreshold ?? 1);
    get connectionDragThreshold() {
      return l(this.#P);
    }
    set connectionDragThreshold(r) {
      F(this.#P, r);
    }
    fitViewQueued = e.props.fitView ?? !1;
    fitViewOptions = e.props.fitViewOptions;
    fitViewResolver = null;
    #O = w(() => e.props.snapGrid ?? null);
    get snapGrid() {
      return l(this.#O);
    }
    set snapGrid(r) {
      F(this.#O, r);
    }
    #I = he(!1);
    get dragging() {
      return l(this.#I);
    }
    set dragging(r) {
      F(this.#I, r);
    }
    #A = he(null);
    get selectionRect() {
      return l(this.#A);
    }
    set selectionRect(r) {
      F(this.#A, r);
    }
    #z = he(!1);
    get selectionKeyPressed() {
      return l(this.#z);
    }
    set selectionKeyPressed(r) {
      F(this.#z, r);
    }
    #T = he(!1);
    get multiselectionKeyPressed() {
      return l(this.#T);
    }
    set multiselectionKeyPressed(r) {
      F(this.#T, r);
    }
    #D = he(!1);
    get deleteKeyPressed() {
      return l(this.#D);
    }
    set deleteKeyPressed(r) {
      F(this.#D, r);
    }
    #L = he(!1);
    get panActivationKeyPressed() {
      return l(this.#L);
    }
    set panActivationKeyPressed(r) {
      F(this.#L, r);
    }
    #R = he(!1);
    get zoomActivationKeyPressed() {
      return l(this.#R);
    }
    set zoomActivationKeyPressed(r) {
      F(this.#R, r);
    }
    #H = he(null);
    get selectionRectMode() {
      return l(this.#H);
    }
    set selectionRectMode(r) {
      F(this.#H, r);
    }
    #V = he("");
    get ariaLiveMessage() {
      return l(this.#V);
    }
    set ariaLiveMessage(r) {
      F(this.#V, r);
    }
    #B = w(() => e.props.selectionMode ?? Ar.Partial);
    get selectionMode() {
      return l(this.#B);
    }
    set selectionMode(r) {
      F(this.#B, r);
    }
    #F = w(() => ({ ...Bl, ...e.props.nodeTypes }));
    get nodeTypes() {
      return l(this.#F);
    }
    set nodeTypes(r) {
      F(this.#F, r);
    }
    #j = w(() => ({ ...Fl, ...e.props.edgeTypes }));
    get edgeTypes() {
      return l(this.#j);
    }
    set edgeTypes(r) {
      F(this.#j, r);
    }
    #K = w(() => e.props.noPanClass ?? "nopan");
    get noPanClass() {
      return l(this.#K);
    }
    set noPanClass(r) {
      F(this.#K, r);
    }
    #Y = w(() => e.props.noDragClass ?? "nodrag");
    get noDragClass() {
      return l(this.#Y);
    }
    set noDragClass(r) {
      F(this.#Y, r);
    }
    #X = w(() => e.props.noWheelClass ?? "nowheel");
    get noWheelClass() {
      return l(this.#X);
    }
    set noWheelClass(r) {
      F(this.#X, r);
    }
    #Z = w(() => Xg(e.props.ariaLabelConfig));
    get ariaLabelConfig() {
      return l(this.#Z);
    }
    set ariaLabelConfig(r) {
      F(this.#Z, r);
    }
    #W = he(uv(this.nodesInitialized, e.props.fitView, e.props.initialViewport, this.width, this.height, this.nodeLookup));
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
      he(jo)
    );
    get _connection() {
      return l(this.#q);
    }
    set _connection(r) {
      F(this.#q, r);
    }
    #G = w(() => this._connection.inProgress ? {
      ...this._connection,
      to: lr(this._connection.to, [this.viewport.x, this.viewport.y, this.viewport.zoom])
    } : this._connection);
    get connection() {
      return l(this.#G);
    }
    set connection(r) {
      F(this.#G, r);
    }
    #U = w(() => e.props.connectionMode ?? Sn.Strict);
    get connectionMode() {
      return l(this.#U);
    }
    set connectionMode(r) {
      F(this.#U, r);
    }
    #Q = w(() => e.props.connectionRadius ?? 20);
    get connectionRadius() {
      return l(this.#Q);
    }
    set connectionRadius(r) {
      F(this.#Q, r);
    }
    #J = w(() => e.props.isValidConnection ?? (() => !0));
    get isValidConnection() {
      return l(this.#J);
    }
    set isValidConnection(r) {
      F(this.#J, r);
    }
    #$ = w(() => e.props.selectNodesOnDrag ?? !0);
    get selectNodesOnDrag() {
      return l(this.#$);
    }
    set selectNodesOnDrag(r) {
      F(this.#$, r);
    }
    #ee = w(() => e.props.defaultMarkerColor === void 0 ? "#b1b1b7" : e.props.defaultMarkerColor);
    get defaultMarkerColor() {
      return l(this.#ee);
    }
    set defaultMarkerColor(r) {
      F(this.#ee, r);
    }
    #te = w(() => i0(e.edges, {
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
    #ne = w(() => e.props.onlyRenderVisibleElements ?? !1);
    get onlyRenderVisibleElements() {
      return l(this.#ne);
    }
    set onlyRenderVisibleElements(r) {
      F(this.#ne, r);
    }
    #re = w(() => e.props.onflowerror ?? cv);
    get onerror() {
      return l(this.#re);
    }
    set onerror(r) {
      F(this.#re, r);
    }
    #oe = w(() => e.props.ondelete);
    get ondelete() {
      return l(this.#oe);
    }
    set ondelete(r) {
      F(this.#oe, r);
    }
    #ie = w(() => e.props.onbeforedelete);
    get onbeforedelete() {
      return l(this.#ie);
    }
    set onbeforedelete(r) {
      F(this.#ie, r);
    }
    #se = w(() => e.props.onbeforeconnect);
    get onbeforeconnect() {
      return l(this.#se);
    }
    set onbeforeconnect(r) {
      F(this.#se, r);
    }
    #ae = w(() => e.props.onconnect);
    get onconnect() {
      return l(this.#ae);
    }
    set onconnect(r) {
      F(this.#ae, r);
    }
    #le = w(() => e.props.onconnectstart);
    get onconnectstart() {
      return l(this.#le);
    }
    set onconnectstart(r) {
      F(this.#le, r);
    }
    #ce = w(() => e.props.onconnectend);
    get onconnectend() {
      return l(this.#ce);
    }
    set onconnectend(r) {
      F(this.#ce, r);
    }
    #ue = w(() => e.props.onbeforereconnect);
    get onbeforereconnect() {
      return l(this.#ue);
    }
    set onbeforereconnect(r) {
      F(this.#ue, r);
    }
    #de = w(() => e.props.onreconnect);
    get onreconnect() {
      return l(this.#de);
    }
    set onreconnect(r) {
      F(this.#de, r);
    }
    #fe = w(() => e.props.onreconnectstart);
    get onreconnectstart() {
      return l(this.#fe);
    }
    set onreconnectstart(r) {
      F(this.#fe, r);
    }
    #he = w(() => e.props.onreconnectend);
    get onreconnectend() {
      return l(this.#he);
    }
    set onreconnectend(r) {
      F(this.#he, r);
    }
    #ge = w(() => e.props.clickConnect ?? !0);
    get clickConnect() {
      return l(this.#ge);
    }
    set clickConnect(r) {
      F(this.#ge, r);
    }
    #ve = w(() => e.props.onclickconnectstart);
    get onclickconnectstart() {
      return l(this.#ve);
    }
    set onclickconnectstart(r) {
      F(this.#ve, r);
    }
    #pe = w(() => e.props.onclickconnectend);
    get onclickconnectend() {
      return l(this.#pe);
    }
    set onclickconnectend(r) {
      F(this.#pe, r);
    }
    #me = he(null);
    get clickConnectStartHandle() {
      return l(this.#me);
    }
    set clickConnectStartHandle(r) {
      F(this.#me, r);
    }
    #ye = w(() => e.props.onselectiondrag);
    get onselectiondrag() {
      return l(this.#ye);
    }
    set onselectiondrag(r) {
      F(this.#ye, r);
    }
    #be = w(() => e.props.onselectiondragstart);
    get onselectiondragstart() {
      return l(this.#be);
    }
    set onselectiondragstart(r) {
      F(this.#be, r);
    }
    #we = w(() => e.props.onselectiondragstop);
    get onselectiondragstop() {
      return l(this.#we);
    }
    set onselectiondragstop(r) {
      F(this.#we, r);
    }
    resolveFitView = async () => {
      this.panZoom && (await Bg(
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
    _prefersDark = new av("(prefers-color-scheme: dark)", e.props.colorModeSSR === "dark");
    #_e = w(() => e.props.colorMode === "system" ? this._prefersDark.current ? "dark" : "light" : e.props.colorMode ?? "light");
    get colorMode() {
      return l(this.#_e);
    }
    set colorMode(r) {
      F(this.#_e, r);
    }
    constructor() {
    }
    resetStoreValues() {
      this.dragging = !1, this.selectionRect = null, this.selectionRectMode = null, this.selectionKeyPressed = !1, this.multiselectionKeyPressed = !1, this.deleteKeyPressed = !1, this.panActivationKeyPressed = !1, this.zoomActivationKeyPressed = !1, this._connection = jo, this.clickConnectStartHandle = null, this.viewport = e.props.initialViewport ?? { x: 0, y: 0, zoom: 1 }, this.ariaLiveMessage = "";
    }
  }
  return new t();
}
const fv = sn.error001("svelte");
function Ot() {
  const e = $o(Rr);
  if (!e)
    throw new Error(fv);
  return e.getStore();
}
const Rr = Symbol();
function Xo(e) {
  const t = dv(e);
  function n(O) {
    t.nodeTypes = {
      ...Bl,
      ...O
    };
  }
  function r(O) {
    t.edgeTypes = {
      ...Fl,
      ...O
    };
  }
  function o(O) {
    t.edges = D0(O, t.edges, { onError: t.onerror });
  }
  const i = (O, M = !1) => {
    t.nodes = t.nodes.map((P) => {
      if (t.connection.inProgress && t.connection.fromNode.id === P.id) {
        const E = t.nodeLookup.get(P.id);
        E && (t.connection = {
          ...t.connection,
          from: ln(E, t.connection.fromHandle, ae.Left, !0)
        });
      }
      const y = O.get(P.id);
      return y ? { ...P, position: y.position, dragging: M } : P;
    });
  };
  function s(O) {
    const { changes: M, updatedInternals: P } = g0(O, t.nodeLookup, t.parentLookup, t.domNode, t.nodeOrigin, t.nodeExtent, t.zIndexMode);
    if (!P)
      return;
    l0(t.nodeLookup, t.parentLookup, {
      nodeOrigin: t.nodeOrigin,
      nodeExtent: t.nodeExtent,
      zIndexMode: t.zIndexMode
    }), t.fitViewQueued && t.resolveFitView();
    const y = /* @__PURE__ */ new Map();
    for (const E of M) {
      const k = t.nodeLookup.get(E.id)?.internals.userNode;
      if (!k)
        continue;
      const S = { ...k };
      switch (E.type) {
        case "dimensions": {
          const D = { ...S.measured, ...E.dimensions };
          E.setAttributes && (S.width = E.dimensions?.width ?? S.width, S.height = E.dimensions?.height ?? S.height), S.measured = D;
          break;
        }
        case "position":
          S.position = E.position ?? S.position;
          break;
      }
      y.set(E.id, S);
    }
    t.nodes = t.nodes.map((E) => y.get(E.id) ?? E);
  }
  function a(O) {
    const M = t.fitViewResolver ?? Promise.withResolvers();
    return t.fitViewQueued = !0, t.fitViewOptions = O, t.fitViewResolver = M, t.nodes = [...t.nodes], M.promise;
  }
  async function c(O, M, P) {
    const y = typeof P?.zoom < "u" ? P.zoom : t.maxZoom, E = t.panZoom;
    return E ? (await E.setViewport({
      x: t.width / 2 - O * y,
      y: t.height / 2 - M * y,
      zoom: y
    }, { duration: P?.duration, ease: P?.ease, interpolate: P?.interpolate }), !0) : !1;
  }
  async function u(O, M) {
    const P = t.panZoom;
    return P ? P.scaleBy(O, M) : !1;
  }
  async function d(O) {
    return u(1.2, O);
  }
  function h(O) {
    return u(1 / 1.2, O);
  }
  function f(O) {
    const M = t.panZoom;
    M && (M.setScaleExtent([O, t.maxZoom]), t.minZoom = O);
  }
  function g(O) {
    const M = t.panZoom;
    M && (M.setScaleExtent([t.minZoom, O]), t.maxZoom = O);
  }
  function v(O) {
    const M = t.panZoom;
    M && (M.setTranslateExtent(O), t.translateExtent = O);
  }
  function p(O, M = null) {
    let P = !1;
    const y = O.map((E) => (M ? M.has(E.id) : !0) && E.selected ? (P = !0, { ...E, selected: !1 }) : E);
    return [P, y];
  }
  function m(O) {
    const M = O?.nodes ? new Set(O.nodes.map((D) => D.id)) : null, [P, y] = p(t.nodes, M);
    P && (t.nodes = y);
    const E = O?.edges ? new Set(O.edges.map((D) => D.id)) : null, [k, S] = p(t.edges, E);
    k && (t.edges = S);
  }
  function b(O) {
    const M = t.multiselectionKeyPressed;
    t.nodes = t.nodes.map((P) => {
      const y = O.includes(P.id), E = M && P.selected || y;
      return !!P.selected !== E ? { ...P, selected: E } : P;
    }), M || m({ nodes: [] });
  }
  function N(O) {
    const M = t.multiselectionKeyPressed;
    t.edges = t.edges.map((P) => {
      const y = O.includes(P.id), E = M && P.selected || y;
      return !!P.selected !== E ? { ...P, selected: E } : P;
    }), M || m({ edges: [] });
  }
  function _(O, M, P) {
    const y = t.nodeLookup.get(O);
    if (!y) {
      t.onerror("012", sn.error012(O));
      return;
    }
    t.selectionRect = null, t.selectionRectMode = null, y.selected ? (M || y.selected && t.multiselectionKeyPressed) && (m({ nodes: [y.internals.userNode], edges: [] }), requestAnimationFrame(() => P?.blur())) : b([O]);
  }
  function x(O) {
    const M = t.edgeLookup.get(O);
    if (!M) {
      t.onerror("016", sn.error016(O));
      return;
    }
    (M.selectable || t.elementsSelectable && typeof M.selectable > "u") && (t.selectionRect = null, t.selectionRectMode = null, M.selected ? M.selected && t.multiselectionKeyPressed && m({ nodes: [], edges: [M] }) : N([O]));
  }
  function C(O, M) {
    const { nodeExtent: P, snapGrid: y, nodeOrigin: E, nodeLookup: k, nodesDraggable: S, onerror: D } = t, R = /* @__PURE__ */ new Map(), V = y?.[0] ?? 5, Y = y?.[1] ?? 5, ee = O.x * V * M, A = O.y * Y * M;
    for (const z of k.values()) {
      if (!(z.selected && (z.draggable || S && typeof z.draggable > "u")))
        continue;
      let $ = {
        x: z.internals.positionAbsolute.x + ee,
        y: z.internals.positionAbsolute.y + A
      };
      y && ($ = ar($, y));
      const { position: Q, positionAbsolute: ne } = pl({
        nodeId: z.id,
        nextPosition: $,
        nodeLookup: k,
        nodeExtent: P,
        nodeOrigin: E,
        onError: D
      });
      z.position = Q, z.internals.positionAbsolute = ne, R.set(z.id, z);
    }
    i(R);
  }
  function I(O) {
    return v0({
      delta: O,
      panZoom: t.panZoom,
      transform: [t.viewport.x, t.viewport.y, t.viewport.zoom],
      translateExtent: t.translateExtent,
      width: t.width,
      height: t.height
    });
  }
  const L = (O) => {
    t._connection = { ...O };
  };
  function T() {
    t._connection = jo;
  }
  function B() {
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
    handleNodeSelection: _,
    handleEdgeSelection: x,
    moveSelectedNodes: C,
    panBy: I,
    updateConnection: L,
    cancelConnection: T,
    reset: B
  });
}
function hv(e, t) {
  const { minZoom: n, maxZoom: r, initialViewport: o, onPanZoomStart: i, onPanZoom: s, onPanZoomEnd: a, translateExtent: c, setPanZoomInstance: u, onDraggingChange: d, onTransformChange: h } = t, f = z0({
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
var gv = /* @__PURE__ */ te('<div class="svelte-flow__zoom svelte-flow__container"><!></div>');
function vv(e, t) {
  ue(t, !0);
  let n = X(t, "store", 15), r = w(() => n().panActivationKeyPressed || t.panOnDrag), o = w(() => n().panActivationKeyPressed || t.panOnScroll);
  const { viewport: i } = n();
  let s = !1;
  Be(() => {
    !s && n().viewportInitialized && (t.oninit?.(), s = !0);
  });
  var a = gv(), c = K(a);
  We(c, () => t.children), De(a, (u, d) => hv?.(u, d), () => ({
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
function Ds(e, t) {
  return (n) => {
    n.target === t && e?.(n);
  };
}
function Ls(e) {
  return (t) => {
    const n = e.has(t.id);
    return !!t.selected !== n ? { ...t, selected: n } : t;
  };
}
function Rs(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
var pv = /* @__PURE__ */ te("<div><!></div>");
function mv(e, t) {
  ue(t, !0);
  let n = X(t, "store", 15), r = X(t, "panOnDrag", 3, !0), o = X(t, "paneClickDistance", 3, 1), i = X(t, "autoPanOnSelection", 3, !0), s, a = null, c = !1, u = /* @__PURE__ */ new Set(), d = /* @__PURE__ */ new Set(), h = w(() => n().panActivationKeyPressed || r()), f = w(() => n().selectionKeyPressed || !!n().selectionRect || t.selectionOnDrag && l(h) !== !0), g = w(() => n().elementsSelectable && (l(f) || n().selectionRectMode === "user")), v = !1, p = 0, m = { x: 0, y: 0 }, b = !1;
  function N(S) {
    if (S.pointerType === "touch" && l(h) !== !1 && !n().selectionKeyPressed || (a = s?.getBoundingClientRect(), !a)) return;
    const D = S.target === s, R = !D && !!S.target.closest(".nokey"), V = t.selectionOnDrag && D || n().selectionKeyPressed;
    if (R || !l(f) || !V || S.button !== 0 || !S.isPrimary)
      return;
    S.target?.setPointerCapture?.(S.pointerId), v = !1, b = !1;
    const { x: Y, y: ee } = rt(S, a), A = lr({ x: Y, y: ee }, [
      n().viewport.x,
      n().viewport.y,
      n().viewport.zoom
    ]);
    n(
      n().selectionRect = {
        width: 0,
        height: 0,
        startX: A.x,
        startY: A.y,
        x: Y,
        y: ee
      },
      !0
    ), D || (S.stopPropagation(), S.preventDefault());
  }
  function _(S, D) {
    if (n().selectionRect?.startX === void 0 || n().selectionRect.startY === void 0)
      return;
    const R = {
      x: n().selectionRect?.startX,
      y: n().selectionRect?.startY
    }, V = Mn(R, [
      n().viewport.x,
      n().viewport.y,
      n().viewport.zoom
    ]), Y = {
      startX: R.x,
      startY: R.y,
      x: S < V.x ? S : V.x,
      y: D < V.y ? D : V.y,
      width: Math.abs(S - V.x),
      height: Math.abs(D - V.y)
    }, ee = u, A = d;
    u = new Set(yi(
      n().nodeLookup,
      Y,
      [
        n().viewport.x,
        n().viewport.y,
        n().viewport.zoom
      ],
      n().selectionMode === Ar.Partial,
      !0
    ).map((q) => q.id));
    const z = n().defaultEdgeOptions.selectable ?? !0;
    d = /* @__PURE__ */ new Set();
    for (const q of u) {
      const $ = n().connectionLookup.get(q);
      if ($)
        for (const { edgeId: Q } of $.values()) {
          const ne = n().edgeLookup.get(Q);
          ne && (ne.selectable ?? z) && d.add(Q);
        }
    }
    Rs(ee, u) || n(n().nodes = n().nodes.map(Ls(u)), !0), Rs(A, d) || n(n().edges = n().edges.map(Ls(d)), !0), n(n().selectionRectMode = "user", !0), n(n().selectionRect = Y, !0);
  }
  function x() {
    if (!i() || !a)
      return;
    const [S, D] = bi(m, a, n().autoPanSpeed);
    n().panBy({ x: S, y: D }).then((R) => {
      if (!v || !R) {
        p = requestAnimationFrame(x);
        return;
      }
      _(m.x, m.y), p = requestAnimationFrame(x);
    });
  }
  function C() {
    cancelAnimationFrame(p), p = 0, b = !1;
  }
  nr(() => {
    typeof window < "u" && C();
  });
  function I(S) {
    if (!l(f) || !a || !n().selectionRect)
      return;
    const D = rt(S, a);
    m = { x: D.x, y: D.y };
    const R = {
      x: n().selectionRect.startX,
      y: n().selectionRect.startY
    }, V = Mn(R, [
      n().viewport.x,
      n().viewport.y,
      n().viewport.zoom
    ]);
    if (!v) {
      const Y = n().selectionKeyPressed ? 0 : o();
      if (Math.hypot(D.x - V.x, D.y - V.y) <= Y)
        return;
      n().unselectNodesAndEdges(), t.onselectionstart?.(S);
    }
    v = !0, b || (x(), b = !0), _(D.x, D.y);
  }
  function L(S) {
    if (!l(g)) {
      S.target === s && n().connection.inProgress && (c = !0);
      return;
    }
    S.button === 0 && (S.target?.releasePointerCapture?.(S.pointerId), !v && S.target === s && O?.(S), n(n().selectionRect = null, !0), v && n(n().selectionRectMode = u.size > 0 ? "nodes" : null, !0), v && t.onselectionend?.(S), C());
  }
  function T(S) {
    S.target?.releasePointerCapture?.(S.pointerId), C();
  }
  const B = (S) => {
    if (Array.isArray(l(h)) && l(h).includes(2)) {
      S.preventDefault();
      return;
    }
    t.onpanecontextmenu?.({ event: S });
  }, W = (S) => {
    v && (S.stopPropagation(), v = !1);
  };
  function O(S) {
    if (v || n().connection.inProgress || c) {
      v = !1, c = !1;
      return;
    }
    t.onpaneclick?.({ event: S }), n().unselectNodesAndEdges(), n(n().selectionRectMode = null, !0), n(n().selectionRect = null, !0);
  }
  var M = pv();
  let P;
  var y = w(() => l(g) ? void 0 : Ds(O, s));
  M.__click = function(...S) {
    l(y)?.apply(this, S);
  }, M.__pointermove = function(...S) {
    (l(g) ? I : void 0)?.apply(this, S);
  }, M.__pointerup = L;
  var E = w(() => Ds(B, s));
  M.__contextmenu = function(...S) {
    l(E)?.apply(this, S);
  };
  var k = K(M);
  We(k, () => t.children), In(M, (S) => s = S, () => s), re((S) => P = Le(M, 1, "svelte-flow__pane svelte-flow__container", null, P, S), [
    () => ({
      draggable: r() === !0 || Array.isArray(r()) && r().includes(0),
      dragging: n().dragging,
      selection: l(f)
    })
  ]), Ze(
    "pointerdown",
    M,
    function(...S) {
      (l(g) ? N : void 0)?.apply(this, S);
    },
    !0
  ), Ze("pointercancel", M, function(...S) {
    (l(g) ? T : void 0)?.apply(this, S);
  }), Ze(
    "click",
    M,
    function(...S) {
      (l(g) ? W : void 0)?.apply(this, S);
    },
    !0
  ), H(e, M), de();
}
Bt(["click", "pointermove", "pointerup", "contextmenu"]);
var yv = /* @__PURE__ */ te('<div class="svelte-flow__viewport xyflow__viewport svelte-flow__container"><!></div>');
function bv(e, t) {
  ue(t, !0);
  var n = yv();
  let r;
  var o = K(n);
  We(o, () => t.children), re(() => r = Se(n, "", r, {
    transform: `translate(${t.store.viewport.x ?? ""}px, ${t.store.viewport.y ?? ""}px) scale(${t.store.viewport.zoom ?? ""})`
  })), H(e, n), de();
}
function jl(e, t) {
  const { store: n, onDrag: r, onDragStart: o, onDragStop: i, onNodeMouseDown: s } = t, a = b0({
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
var wv = /* @__PURE__ */ te('<div aria-live="assertive" aria-atomic="true" class="a11y-live-msg svelte-13pq11u"> </div>'), _v = /* @__PURE__ */ te('<div class="a11y-hidden svelte-13pq11u"> </div> <div class="a11y-hidden svelte-13pq11u"> </div> <!>', 1);
function xv(e, t) {
  ue(t, !0);
  var n = _v(), r = fe(n), o = K(r), i = Z(r, 2), s = K(i), a = Z(i, 2);
  {
    var c = (u) => {
      var d = wv(), h = K(d);
      re(() => {
        J(d, "id", `${Ev}-${t.store.flowId}`), oe(h, t.store.ariaLiveMessage);
      }), H(u, d);
    };
    se(a, (u) => {
      t.store.disableKeyboardA11y || u(c);
    });
  }
  re(() => {
    J(r, "id", `${Kl}-${t.store.flowId}`), oe(o, t.store.disableKeyboardA11y ? t.store.ariaLabelConfig["node.a11yDescription.default"] : t.store.ariaLabelConfig["node.a11yDescription.keyboardDisabled"]), J(i, "id", `${Yl}-${t.store.flowId}`), oe(s, t.store.ariaLabelConfig["edge.a11yDescription.default"]);
  }), H(e, n), de();
}
const Kl = "svelte-flow__node-desc", Yl = "svelte-flow__edge-desc", Ev = "svelte-flow__aria-live";
var kv = /* @__PURE__ */ te("<div><!></div>");
function Nv(e, t) {
  ue(t, !0);
  let n = X(t, "store", 15), r = w(() => Ve(t.node.data, () => ({}), !0)), o = w(() => Ve(t.node.selected, !1)), i = w(() => t.node.draggable), s = w(() => t.node.selectable), a = w(() => Ve(t.node.deletable, !0)), c = w(() => t.node.connectable), u = w(() => t.node.focusable), d = w(() => Ve(t.node.hidden, !1)), h = w(() => Ve(t.node.dragging, !1)), f = w(() => Ve(t.node.style, "")), g = w(() => t.node.class), v = w(() => Ve(t.node.type, "default")), p = w(() => t.node.parentId), m = w(() => t.node.sourcePosition), b = w(() => t.node.targetPosition), N = w(() => Ve(t.node.measured, () => ({ width: 0, height: 0 }), !0).width), _ = w(() => Ve(t.node.measured, () => ({ width: 0, height: 0 }), !0).height), x = w(() => t.node.initialWidth), C = w(() => t.node.initialHeight), I = w(() => t.node.width), L = w(() => t.node.height), T = w(() => t.node.dragHandle), B = w(() => Ve(t.node.internals.z, 0)), W = w(() => t.node.internals.positionAbsolute.x), O = w(() => t.node.internals.positionAbsolute.y), M = w(() => t.node.internals.userNode), { id: P } = t.node, y = w(() => l(i) ?? n().nodesDraggable), E = w(() => l(s) ?? n().elementsSelectable), k = w(() => l(c) ?? n().nodesConnectable), S = w(() => _l(t.node)), D = w(() => !!t.node.internals.handleBounds), R = w(() => l(S) && l(D)), V = w(() => l(u) ?? n().nodesFocusable);
  function Y(ve) {
    return n().parentLookup.has(ve);
  }
  let ee = w(() => Y(P)), A = he(null), z = null, q = l(v), $ = l(m), Q = l(b), ne = w(() => n().nodeTypes[l(v)] ?? Rl), le = w(() => n().ariaLabelConfig), ge = {
    get value() {
      return l(k);
    }
  };
  R0(P), V0(ge);
  let ce = w(() => {
    const ve = l(N) === void 0 ? l(I) ?? l(x) : l(I), xe = l(_) === void 0 ? l(L) ?? l(C) : l(L);
    if (!(ve === void 0 && xe === void 0 && l(f) === void 0))
      return `${l(f)};${ve ? `width:${gt(ve)};` : ""}${xe ? `height:${gt(xe)};` : ""}`;
  });
  Be(() => {
    (l(v) !== q || l(m) !== $ || l(b) !== Q) && l(A) !== null && requestAnimationFrame(() => {
      l(A) !== null && n().updateNodeInternals(/* @__PURE__ */ new Map([[P, { id: P, nodeElement: l(A), force: !0 }]]));
    }), q = l(v), $ = l(m), Q = l(b);
  }), Be(() => {
    t.resizeObserver && (!l(R) || l(A) !== z) && (z && t.resizeObserver.unobserve(z), l(A) && t.resizeObserver.observe(l(A)), z = l(A));
  }), nr(() => {
    z && t.resizeObserver?.unobserve(z);
  });
  function ke(ve) {
    l(E) && (!n().selectNodesOnDrag || !l(y) || n().nodeDragThreshold > 0) && n().handleNodeSelection(P), t.onnodeclick?.({ node: l(M), event: ve });
  }
  function me(ve) {
    if (!(kl(ve) || n().disableKeyboardA11y))
      if (gl.includes(ve.key) && l(E)) {
        const xe = ve.key === "Escape";
        n().handleNodeSelection(P, xe, l(A));
      } else l(y) && t.node.selected && Object.prototype.hasOwnProperty.call(Lr, ve.key) && (ve.preventDefault(), n(
        n().ariaLiveMessage = l(le)["node.a11yDescription.ariaLiveMessage"]({
          direction: ve.key.replace("Arrow", "").toLowerCase(),
          x: ~~t.node.internals.positionAbsolute.x,
          y: ~~t.node.internals.positionAbsolute.y
        }),
        !0
      ), n().moveSelectedNodes(Lr[ve.key], ve.shiftKey ? 4 : 1));
  }
  const _e = () => {
    if (n().disableKeyboardA11y || !n().autoPanOnNodeFocus || !l(A)?.matches(":focus-visible"))
      return;
    const { width: ve, height: xe, viewport: ze } = n();
    yi(/* @__PURE__ */ new Map([[P, t.node]]), { x: 0, y: 0, width: ve, height: xe }, [ze.x, ze.y, ze.zoom], !0).length > 0 || n().setCenter(t.node.position.x + (t.node.measured.width ?? 0) / 2, t.node.position.y + (t.node.measured.height ?? 0) / 2, { zoom: ze.zoom });
  };
  var Ce = Ne(), Pe = fe(Ce);
  {
    var Ie = (ve) => {
      var xe = kv();
      Kt(xe, () => ({
        "data-id": P,
        class: [
          "svelte-flow__node",
          `svelte-flow__node-${l(v)}`,
          l(g)
        ],
        style: l(ce),
        onclick: ke,
        onpointerenter: t.onnodepointerenter ? (ye) => t.onnodepointerenter({ node: l(M), event: ye }) : void 0,
        onpointerleave: t.onnodepointerleave ? (ye) => t.onnodepointerleave({ node: l(M), event: ye }) : void 0,
        onpointermove: t.onnodepointermove ? (ye) => t.onnodepointermove({ node: l(M), event: ye }) : void 0,
        oncontextmenu: t.onnodecontextmenu ? (ye) => t.onnodecontextmenu({ node: l(M), event: ye }) : void 0,
        onkeydown: l(V) ? me : void 0,
        onfocus: l(V) ? _e : void 0,
        tabIndex: l(V) ? 0 : void 0,
        role: t.node.ariaRole ?? (l(V) ? "group" : void 0),
        "aria-label": t.node.ariaLabel,
        "aria-roledescription": "node",
        "aria-describedby": n().disableKeyboardA11y ? void 0 : `${Kl}-${n().flowId}`,
        ...t.node.domAttributes,
        [Lt]: {
          dragging: l(h),
          selected: l(o),
          draggable: l(y),
          connectable: l(k),
          selectable: l(E),
          nopan: l(y),
          parent: l(ee)
        },
        [Et]: {
          "z-index": l(B),
          transform: `translate(${l(W) ?? ""}px, ${l(O) ?? ""}px)`,
          visibility: l(S) ? "visible" : "hidden"
        }
      }));
      var ze = K(xe);
      jr(ze, () => l(ne), (ye, st) => {
        st(ye, {
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
            return l(B);
          },
          get dragging() {
            return l(h);
          },
          get draggable() {
            return l(y);
          },
          get dragHandle() {
            return l(T);
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
            return l(W);
          },
          get positionAbsoluteY() {
            return l(O);
          },
          get width() {
            return l(I);
          },
          get height() {
            return l(L);
          }
        });
      }), De(xe, (ye, st) => jl?.(ye, st), () => ({
        nodeId: P,
        isSelectable: l(E),
        disabled: !l(y),
        handleSelector: l(T),
        noDragClass: n().noDragClass,
        nodeClickDistance: t.nodeClickDistance,
        onNodeMouseDown: n().handleNodeSelection,
        onDrag: (ye, st, j, G) => {
          t.onnodedrag?.({ event: ye, targetNode: j, nodes: G });
        },
        onDragStart: (ye, st, j, G) => {
          t.onnodedragstart?.({ event: ye, targetNode: j, nodes: G });
        },
        onDragStop: (ye, st, j, G) => {
          t.onnodedragstop?.({ event: ye, targetNode: j, nodes: G });
        },
        store: n()
      })), In(xe, (ye) => F(A, ye), () => l(A)), H(ve, xe);
    };
    se(Pe, (ve) => {
      l(d) || ve(Ie);
    });
  }
  H(e, Ce), de();
}
var Sv = /* @__PURE__ */ te('<div class="svelte-flow__nodes"></div>');
function Cv(e, t) {
  ue(t, !0);
  let n = X(t, "store", 15);
  const r = typeof ResizeObserver > "u" ? null : new ResizeObserver((i) => {
    const s = /* @__PURE__ */ new Map();
    i.forEach((a) => {
      const c = a.target.getAttribute("data-id");
      s.set(c, { id: c, nodeElement: a.target, force: !0 });
    }), n().updateNodeInternals(s);
  });
  nr(() => {
    r?.disconnect();
  });
  var o = Sv();
  ht(o, 21, () => n().visible.nodes.values(), (i) => i.id, (i, s) => {
    Nv(i, {
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
var Mv = /* @__PURE__ */ Me('<svg class="svelte-flow__edge-wrapper"><g><!></g></svg>');
function Pv(e, t) {
  ue(t, !0);
  let n = w(() => t.edge.id), r = w(() => t.edge.source), o = w(() => t.edge.target), i = w(() => t.edge.sourceX), s = w(() => t.edge.sourceY), a = w(() => t.edge.targetX), c = w(() => t.edge.targetY), u = w(() => t.edge.sourcePosition), d = w(() => t.edge.targetPosition), h = w(() => Ve(t.edge.animated, !1)), f = w(() => Ve(t.edge.selected, !1)), g = w(() => t.edge.label), v = w(() => t.edge.labelStyle), p = w(() => Ve(t.edge.data, () => ({}), !0)), m = w(() => t.edge.style), b = w(() => t.edge.interactionWidth), N = w(() => Ve(t.edge.type, "default")), _ = w(() => t.edge.sourceHandle), x = w(() => t.edge.targetHandle), C = w(() => t.edge.markerStart), I = w(() => t.edge.markerEnd), L = w(() => t.edge.selectable), T = w(() => t.edge.focusable), B = w(() => Ve(t.edge.deletable, !0)), W = w(() => t.edge.hidden), O = w(() => t.edge.zIndex), M = w(() => t.edge.class), P = w(() => t.edge.ariaLabel);
  F0(l(n));
  let y = null, E = w(() => l(L) ?? t.store.elementsSelectable), k = w(() => l(T) ?? t.store.edgesFocusable), S = w(() => t.store.edgeTypes[l(N)] ?? Vl), D = w(() => l(C) ? `url('#${Yo(l(C), t.store.flowId)}')` : void 0), R = w(() => l(I) ? `url('#${Yo(l(I), t.store.flowId)}')` : void 0);
  function V($) {
    const Q = t.store.edgeLookup.get(l(n));
    Q && (l(E) && t.store.handleEdgeSelection(l(n)), t.onedgeclick?.({ event: $, edge: Q }));
  }
  function Y($, Q) {
    const ne = t.store.edgeLookup.get(l(n));
    ne && Q({ event: $, edge: ne });
  }
  function ee($) {
    if (!t.store.disableKeyboardA11y && gl.includes($.key) && l(E)) {
      const { unselectNodesAndEdges: Q, addSelectedEdges: ne } = t.store;
      $.key === "Escape" ? (y?.blur(), Q({ edges: [t.edge] })) : ne([l(n)]);
    }
  }
  var A = Ne(), z = fe(A);
  {
    var q = ($) => {
      var Q = Mv();
      let ne;
      var le = K(Q);
      Kt(le, () => ({
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
        "aria-describedby": l(k) ? `${Yl}-${t.store.flowId}` : void 0,
        role: t.edge.ariaRole ?? (l(k) ? "group" : "img"),
        "aria-roledescription": "edge",
        onkeydown: l(k) ? ee : void 0,
        tabindex: l(k) ? 0 : void 0,
        ...t.edge.domAttributes,
        [Lt]: {
          animated: l(h),
          selected: l(f),
          selectable: l(E)
        }
      }));
      var ge = K(le);
      jr(ge, () => l(S), (ce, ke) => {
        ke(ce, {
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
            return l(B);
          },
          get type() {
            return l(N);
          },
          get sourceHandleId() {
            return l(_);
          },
          get targetHandleId() {
            return l(x);
          },
          get markerStart() {
            return l(D);
          },
          get markerEnd() {
            return l(R);
          }
        });
      }), In(le, (ce) => y = ce, () => y), re(() => ne = Se(Q, "", ne, { "z-index": l(O) })), H($, Q);
    };
    se(z, ($) => {
      l(W) || $(q);
    });
  }
  H(e, A), de();
}
Eu();
var Ov = /* @__PURE__ */ Me("<defs></defs>");
function Iv(e, t) {
  ue(t, !1);
  const n = Ot();
  Ku();
  var r = Ov();
  ht(r, 5, () => n.markers, (o) => o.id, (o, i) => {
    Dv(o, qt(() => l(i)));
  }), H(e, r), de();
}
var Av = /* @__PURE__ */ Me('<polyline class="arrow" fill="none" stroke-linecap="round" stroke-linejoin="round" points="-5,-4 0,0 -5,4"></polyline>'), zv = /* @__PURE__ */ Me('<polyline class="arrowclosed" stroke-linecap="round" stroke-linejoin="round" points="-5,-4 0,0 -5,4 -5,-4"></polyline>'), Tv = /* @__PURE__ */ Me('<marker class="svelte-flow__arrowhead" viewBox="-10 -10 20 20" refX="0" refY="0"><!></marker>');
function Dv(e, t) {
  ue(t, !0);
  let n = X(t, "width", 3, 12.5), r = X(t, "height", 3, 12.5), o = X(t, "markerUnits", 3, "strokeWidth"), i = X(t, "orient", 3, "auto-start-reverse"), s = X(t, "color", 3, "none");
  var a = Tv(), c = K(a);
  {
    var u = (h) => {
      var f = Av();
      let g;
      re(() => {
        J(f, "stroke-width", t.strokeWidth), g = Se(f, "", g, { stroke: s() });
      }), H(h, f);
    }, d = (h) => {
      var f = Ne(), g = fe(f);
      {
        var v = (p) => {
          var m = zv();
          let b;
          re(() => {
            J(m, "stroke-width", t.strokeWidth), b = Se(m, "", b, { stroke: s(), fill: s() });
          }), H(p, m);
        };
        se(
          g,
          (p) => {
            t.type === zr.ArrowClosed && p(v);
          },
          !0
        );
      }
      H(h, f);
    };
    se(c, (h) => {
      t.type === zr.Arrow ? h(u) : h(d, !1);
    });
  }
  re(() => {
    J(a, "id", t.id), J(a, "markerWidth", `${n()}`), J(a, "markerHeight", `${r()}`), J(a, "markerUnits", o()), J(a, "orient", i());
  }), H(e, a), de();
}
var Lv = /* @__PURE__ */ te('<div class="svelte-flow__edges"><svg class="svelte-flow__marker"><!></svg> <!></div>');
function Rv(e, t) {
  ue(t, !0);
  let n = X(t, "store", 15);
  var r = Lv(), o = K(r), i = K(o);
  Iv(i, {});
  var s = Z(o, 2);
  ht(s, 17, () => n().visible.edges.values(), (a) => a.id, (a, c) => {
    Pv(a, {
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
var Hv = /* @__PURE__ */ te('<div class="svelte-flow__selection svelte-1vr3gfi"></div>');
function Xl(e, t) {
  ue(t, !0);
  let n = X(t, "x", 3, 0), r = X(t, "y", 3, 0), o = X(t, "width", 3, 0), i = X(t, "height", 3, 0), s = X(t, "isVisible", 3, !0);
  var a = Ne(), c = fe(a);
  {
    var u = (d) => {
      var h = Hv();
      let f;
      re((g) => f = Se(h, "", f, g), [
        () => ({
          width: typeof o() == "string" ? o() : gt(o()),
          height: typeof i() == "string" ? i() : gt(i()),
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
var Vv = /* @__PURE__ */ te("<div><!></div>");
function Bv(e, t) {
  ue(t, !0);
  let n = he(void 0);
  Be(() => {
    t.store.disableKeyboardA11y || l(n)?.focus({ preventScroll: !0 });
  });
  let r = w(() => {
    if (t.store.selectionRectMode === "nodes") {
      t.store.nodes;
      const d = sr(t.store.nodeLookup, { filter: (h) => !!h.selected });
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
    Object.prototype.hasOwnProperty.call(Lr, d.key) && (d.preventDefault(), t.store.moveSelectedNodes(Lr[d.key], d.shiftKey ? 4 : 1));
  }
  var a = Ne(), c = fe(a);
  {
    var u = (d) => {
      var h = Vv();
      h.__contextmenu = o, h.__click = i, h.__keydown = function(...v) {
        (t.store.disableKeyboardA11y ? void 0 : s)?.apply(this, v);
      };
      let f;
      var g = K(h);
      Xl(g, { width: "100%", height: "100%", x: 0, y: 0 }), De(h, (v, p) => jl?.(v, p), () => ({
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
      })), In(h, (v) => F(n, v), () => l(n)), re(
        (v) => {
          Le(h, 1, jt(["svelte-flow__selection-wrapper", t.store.noPanClass]), "svelte-sf2y5e"), J(h, "role", t.store.disableKeyboardA11y ? void 0 : "button"), J(h, "tabindex", t.store.disableKeyboardA11y ? void 0 : -1), f = Se(h, "", f, v);
        },
        [
          () => ({
            width: gt(l(r).width),
            height: gt(l(r).height),
            transform: `translate(${l(r).x ?? ""}px, ${l(r).y ?? ""}px)`
          })
        ]
      ), H(d, h);
    };
    se(c, (d) => {
      t.store.selectionRectMode === "nodes" && l(r) && Ct(l(r).x) && Ct(l(r).y) && d(u);
    });
  }
  H(e, a), de();
}
Bt(["contextmenu", "click", "keydown"]);
function Fv(e) {
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
function lt(e, t) {
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
          const _ = Array.isArray(f) ? f : [f];
          let x = !1;
          for (const C of _)
            if ((Array.isArray(C) ? C : [C]).reduce(
              (L, T) => L | Fv(T),
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
  return n && (s = Po(e, o, i)), {
    update: (a) => {
      const { enabled: c = !0, type: u = "keydown" } = a;
      n && (!c || o !== u) ? s?.() : !n && c && (s = Po(e, u, i)), n = c, o = u, r = a.trigger;
    },
    destroy: () => {
      s?.();
    }
  };
}
function Zl() {
  const e = w(Ot), t = (i) => {
    const s = zs(i) ? i : l(e).nodeLookup.get(i.id), a = s.parentId ? Yg(s.position, s.measured, s.parentId, l(e).nodeLookup, l(e).nodeOrigin) : s.position, c = {
      ...s,
      position: a,
      width: s.measured?.width ?? s.width,
      height: s.measured?.height ?? s.height
    };
    return Un(c);
  };
  function n(i, s, a = { replace: !1 }) {
    l(e).nodes = je(() => l(e).nodes).map((c) => {
      if (c.id === i) {
        const u = typeof s == "function" ? s(c) : s;
        return a?.replace && zs(u) ? u : { ...c, ...u };
      }
      return c;
    });
  }
  function r(i, s, a = { replace: !1 }) {
    l(e).edges = je(() => l(e).edges).map((c) => {
      if (c.id === i) {
        const u = typeof s == "function" ? s(c) : s;
        return a.replace && Q0(u) ? u : { ...c, ...u };
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
    getNodes: (i) => i === void 0 ? l(e).nodes : Hs(l(e).nodeLookup, i),
    getEdge: (i) => l(e).edgeLookup.get(i),
    getEdges: (i) => i === void 0 ? l(e).edges : Hs(l(e).edgeLookup, i),
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
    getViewport: () => ti(l(e).viewport),
    setCenter: async (i, s, a) => l(e).setCenter(i, s, a),
    fitView: (i) => l(e).fitView(i),
    fitBounds: async (i, s) => {
      if (!l(e).panZoom)
        return !1;
      const a = wi(i, l(e).width, l(e).height, l(e).minZoom, l(e).maxZoom, s?.padding ?? 0.1);
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
      const c = ws(i), u = c ? i : t(i);
      return u ? (a || l(e).nodes).filter((d) => {
        const h = l(e).nodeLookup.get(d.id);
        if (!h || !c && d.id === i.id)
          return !1;
        const f = Un(h), g = Dr(f, u);
        return s && g > 0 || g >= f.width * f.height || g >= u.width * u.height;
      }) : [];
    },
    isNodeIntersecting: (i, s, a = !0) => {
      const u = ws(i) ? i : t(i);
      if (!u)
        return !1;
      const d = Dr(u, s);
      return a && d > 0 || d >= s.width * s.height || d >= u.width * u.height;
    },
    deleteElements: async ({ nodes: i = [], edges: s = [] }) => {
      const { nodes: a, edges: c } = await Fg({
        nodesToRemove: i,
        edgesToRemove: s,
        nodes: l(e).nodes,
        edges: l(e).edges,
        onBeforeDelete: l(e).onbeforedelete
      });
      return a && (l(e).nodes = je(() => l(e).nodes).filter((u) => !a.some(({ id: d }) => d === u.id))), c && (l(e).edges = je(() => l(e).edges).filter((u) => !c.some(({ id: d }) => d === u.id))), (a.length > 0 || c.length > 0) && l(e).ondelete?.({ nodes: a, edges: c }), { deletedNodes: a, deletedEdges: c };
    },
    screenToFlowPosition: (i, s = { snapToGrid: !0 }) => {
      if (!l(e).domNode)
        return i;
      const a = s.snapToGrid ? l(e).snapGrid : !1, { x: c, y: u, zoom: d } = l(e).viewport, { x: h, y: f } = l(e).domNode.getBoundingClientRect(), g = { x: i.x - h, y: i.y - f };
      return lr(g, [c, u, d], a !== null, a || [1, 1]);
    },
    /**
     *
     * @param position
     * @returns
     */
    flowToScreenPosition: (i) => {
      if (!l(e).domNode)
        return i;
      const { x: s, y: a, zoom: c } = l(e).viewport, { x: u, y: d } = l(e).domNode.getBoundingClientRect(), h = Mn(i, [s, a, c]);
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
    getNodesBounds: (i) => Rg(i, {
      nodeLookup: l(e).nodeLookup,
      nodeOrigin: l(e).nodeOrigin
    }),
    getHandleConnections: ({ type: i, id: s, nodeId: a }) => Array.from(l(e).connectionLookup.get(`${a}-${i}-${s ?? null}`)?.values() ?? [])
  };
}
function Hs(e, t) {
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
function jv(e, t) {
  ue(t, !0);
  let n = X(t, "store", 15), r = X(t, "selectionKey", 3, "Shift"), o = X(t, "multiSelectionKey", 19, () => Qn() ? "Meta" : "Control"), i = X(t, "deleteKey", 3, "Backspace"), s = X(t, "panActivationKey", 3, " "), a = X(t, "zoomActivationKey", 19, () => Qn() ? "Meta" : "Control"), { deleteElements: c } = Zl();
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
      const _ = h(N);
      return {
        key: _,
        modifier: d(N),
        enabled: _ !== null,
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
  Ze("blur", Fe, g), Ze("contextmenu", Fe, g), De(Fe, (p, m) => lt?.(p, m), () => ({
    trigger: f(r(), () => n(n().selectionKeyPressed = !0, !0)),
    type: "keydown"
  })), De(Fe, (p, m) => lt?.(p, m), () => ({
    trigger: f(r(), () => n(n().selectionKeyPressed = !1, !0)),
    type: "keyup"
  })), De(Fe, (p, m) => lt?.(p, m), () => ({
    trigger: f(o(), () => {
      n(n().multiselectionKeyPressed = !0, !0);
    }),
    type: "keydown"
  })), De(Fe, (p, m) => lt?.(p, m), () => ({
    trigger: f(o(), () => n(n().multiselectionKeyPressed = !1, !0)),
    type: "keyup"
  })), De(Fe, (p, m) => lt?.(p, m), () => ({
    trigger: f(i(), (p) => {
      !(p.originalEvent.ctrlKey || p.originalEvent.metaKey || p.originalEvent.shiftKey) && !kl(p.originalEvent) && (n(n().deleteKeyPressed = !0, !0), v());
    }),
    type: "keydown"
  })), De(Fe, (p, m) => lt?.(p, m), () => ({
    trigger: f(i(), () => n(n().deleteKeyPressed = !1, !0)),
    type: "keyup"
  })), De(Fe, (p, m) => lt?.(p, m), () => ({
    trigger: f(s(), () => n(n().panActivationKeyPressed = !0, !0)),
    type: "keydown"
  })), De(Fe, (p, m) => lt?.(p, m), () => ({
    trigger: f(s(), () => n(n().panActivationKeyPressed = !1, !0)),
    type: "keyup"
  })), De(Fe, (p, m) => lt?.(p, m), () => ({
    trigger: f(a(), () => n(n().zoomActivationKeyPressed = !0, !0)),
    type: "keydown"
  })), De(Fe, (p, m) => lt?.(p, m), () => ({
    trigger: f(a(), () => n(n().zoomActivationKeyPressed = !1, !0)),
    type: "keyup"
  })), de();
}
var Kv = /* @__PURE__ */ Me('<path fill="none" class="svelte-flow__connection-path"></path>'), Yv = /* @__PURE__ */ Me('<svg class="svelte-flow__connectionline"><g><!></g></svg>');
function Xv(e, t) {
  ue(t, !0);
  let n = w(() => {
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
      case Rt.Bezier: {
        const [a] = _i(s);
        return a;
      }
      case Rt.Straight: {
        const [a] = Cl(s);
        return a;
      }
      case Rt.Step:
      case Rt.SmoothStep: {
        const [a] = xi({
          ...s,
          borderRadius: t.type === Rt.Step ? 0 : void 0
        });
        return a;
      }
    }
  });
  var r = Ne(), o = fe(r);
  {
    var i = (s) => {
      var a = Yv(), c = K(a), u = K(c);
      {
        var d = (f) => {
          var g = Ne(), v = fe(g);
          jr(v, () => t.LineComponent, (p, m) => {
            m(p, {});
          }), H(f, g);
        }, h = (f) => {
          var g = Kv();
          re(() => {
            J(g, "d", l(n)), Se(g, t.style);
          }), H(f, g);
        };
        se(u, (f) => {
          t.LineComponent ? f(d) : f(h, !1);
        });
      }
      re(
        (f) => {
          J(a, "width", t.store.width), J(a, "height", t.store.height), Se(a, t.containerStyle), Le(c, 0, f);
        },
        [
          () => jt([
            "svelte-flow__connection",
            Wg(t.store.connection.isValid)
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
var Zv = /* @__PURE__ */ te("<div><!></div>");
function Jn(e, t) {
  ue(t, !0);
  let n = X(t, "position", 3, "top-right"), r = /* @__PURE__ */ Pt(t, [
    "$$slots",
    "$$events",
    "$$legacy",
    "position",
    "style",
    "class",
    "children"
  ]), o = w(() => `${n()}`.split("-"));
  var i = Zv();
  Kt(i, (a) => ({ class: a, style: t.style, ...r }), [
    () => [
      "svelte-flow__panel",
      t.class,
      ...l(o)
    ]
  ]);
  var s = K(i);
  We(s, () => t.children ?? Ft), H(e, i), de();
}
var Wv = /* @__PURE__ */ te('<a target="_blank" rel="noopener noreferrer" aria-label="Svelte Flow attribution">Svelte Flow</a>');
function qv(e, t) {
  ue(t, !0);
  let n = X(t, "position", 3, "bottom-right");
  const r = "https://svelteflow.dev?utm_source=attribution";
  var o = Ne(), i = fe(o);
  {
    var s = (a) => {
      {
        let c = w(() => `Please only hide this attribution when you are subscribed to Svelte Flow Pro: ${r}`);
        Jn(a, {
          get position() {
            return n();
          },
          class: "svelte-flow__attribution",
          get "data-message"() {
            return l(c);
          },
          children: (u, d) => {
            var h = Wv();
            re(() => J(h, "href", r)), H(u, h);
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
var Gv = /* @__PURE__ */ te("<div><!></div>");
function Uv(e, t) {
  ue(t, !0);
  let n = X(t, "domNode", 15), r = X(t, "clientWidth", 15), o = X(t, "clientHeight", 15), i = w(() => t.rest.class), s = w(() => ku(t.rest, [
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
  var c = Gv();
  Kt(
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
      [Et]: d
    }),
    [
      () => ({
        width: gt(t.width),
        height: gt(t.height)
      })
    ],
    void 0,
    void 0,
    "svelte-mkap6j"
  );
  var u = K(c);
  We(u, () => t.children ?? Ft), In(c, (d) => n(d), () => n()), qi(c, "clientHeight", o), qi(c, "clientWidth", r), H(e, c), de();
}
var Qv = /* @__PURE__ */ te('<div class="svelte-flow__viewport-back svelte-flow__container"></div> <!> <div class="svelte-flow__edge-labels svelte-flow__container"></div> <!> <!> <!> <div class="svelte-flow__viewport-front svelte-flow__container"></div>', 1), Jv = /* @__PURE__ */ te("<!> <!>", 1), $v = /* @__PURE__ */ te("<!> <!> <!> <!> <!>", 1);
function ep(e, t) {
  ue(t, !0);
  let n = X(t, "paneClickDistance", 3, 1), r = X(t, "nodeClickDistance", 3, 1), o = X(t, "panOnScrollMode", 19, () => bn.Free), i = X(t, "preventScrolling", 3, !0), s = X(t, "zoomOnScroll", 3, !0), a = X(t, "zoomOnDoubleClick", 3, !0), c = X(t, "zoomOnPinch", 3, !0), u = X(t, "panOnScroll", 3, !1), d = X(t, "panOnScrollSpeed", 3, 0.5), h = X(t, "panOnDrag", 3, !0), f = X(t, "selectionOnDrag", 3, !1), g = X(t, "autoPanOnSelection", 3, !0), v = X(t, "connectionLineType", 19, () => Rt.Bezier), p = X(t, "nodes", 31, () => wn([])), m = X(t, "edges", 31, () => wn([])), b = X(t, "viewport", 15, void 0), N = /* @__PURE__ */ Pt(t, [
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
  ]), _ = Xo({
    props: N,
    width: t.width,
    height: t.height,
    get nodes() {
      return p();
    },
    set nodes(C) {
      p(C);
    },
    get edges() {
      return m();
    },
    set edges(C) {
      m(C);
    },
    get viewport() {
      return b();
    },
    set viewport(C) {
      b(C);
    }
  });
  const x = $o(Rr);
  x && x.setStore && x.setStore(_), ei(Rr, {
    provider: !1,
    getStore() {
      return _;
    }
  }), Be(() => {
    const C = { nodes: _.selectedNodes, edges: _.selectedEdges };
    je(() => t.onselectionchange)?.(C);
    for (const I of _.selectionChangeHandlers.values())
      I(C);
  }), nr(() => {
    x?.setStore(Xo({ width: 0, height: 0, nodes: [], edges: [], props: {} }));
  }), Uv(e, {
    get colorMode() {
      return _.colorMode;
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
      return _.domNode;
    },
    set domNode(C) {
      _.domNode = C;
    },
    get clientWidth() {
      return _.width;
    },
    set clientWidth(C) {
      _.width = C;
    },
    get clientHeight() {
      return _.height;
    },
    set clientHeight(C) {
      _.height = C;
    },
    children: (C, I) => {
      var L = $v(), T = fe(L);
      jv(T, {
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
          return _;
        },
        set store(P) {
          _ = P;
        }
      });
      var B = Z(T, 2);
      vv(B, {
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
          return _;
        },
        set store(P) {
          _ = P;
        },
        children: (P, y) => {
          mv(P, {
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
              return _;
            },
            set store(E) {
              _ = E;
            },
            children: (E, k) => {
              var S = Jv(), D = fe(S);
              bv(D, {
                get store() {
                  return _;
                },
                set store(V) {
                  _ = V;
                },
                children: (V, Y) => {
                  var ee = Qv(), A = Z(fe(ee), 2);
                  Rv(A, {
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
                      return _;
                    },
                    set store(Q) {
                      _ = Q;
                    }
                  });
                  var z = Z(A, 4);
                  Xv(z, {
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
                      return _;
                    },
                    set store(Q) {
                      _ = Q;
                    }
                  });
                  var q = Z(z, 2);
                  Cv(q, {
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
                      return _;
                    },
                    set store(Q) {
                      _ = Q;
                    }
                  });
                  var $ = Z(q, 2);
                  Bv($, {
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
                      return _;
                    },
                    set store(Q) {
                      _ = Q;
                    }
                  }), H(V, ee);
                },
                $$slots: { default: !0 }
              });
              var R = Z(D, 2);
              {
                let V = w(() => !!(_.selectionRect && _.selectionRectMode === "user")), Y = w(() => _.selectionRect?.width), ee = w(() => _.selectionRect?.height), A = w(() => _.selectionRect?.x), z = w(() => _.selectionRect?.y);
                Xl(R, {
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
                    return l(A);
                  },
                  get y() {
                    return l(z);
                  }
                });
              }
              H(E, S);
            },
            $$slots: { default: !0 }
          });
        },
        $$slots: { default: !0 }
      });
      var W = Z(B, 2);
      qv(W, {
        get proOptions() {
          return t.proOptions;
        },
        get position() {
          return t.attributionPosition;
        }
      });
      var O = Z(W, 2);
      xv(O, {
        get store() {
          return _;
        }
      });
      var M = Z(O, 2);
      We(M, () => t.children ?? Ft), H(C, L);
    },
    $$slots: { default: !0 }
  }), de();
}
function tp(e, t) {
  ue(t, !0);
  let n = he(Xo({ props: {}, nodes: [], edges: [] }));
  ei(Rr, {
    provider: !0,
    getStore() {
      return l(n);
    },
    setStore: (i) => {
      F(n, i);
    }
  }), nr(() => {
    l(n).reset();
  });
  var r = Ne(), o = fe(r);
  We(o, () => t.children ?? Ft), H(e, r), de();
}
var np = /* @__PURE__ */ te("<button><!></button>");
function Ut(e, t) {
  let n = /* @__PURE__ */ Pt(t, [
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
  var r = np();
  Kt(r, () => ({
    type: "button",
    onclick: t.onclick,
    class: ["svelte-flow__controls-button", t.class],
    ...n,
    [Et]: {
      "--xy-controls-button-background-color-props": t.bgColor,
      "--xy-controls-button-background-color-hover-props": t.bgColorHover,
      "--xy-controls-button-color-props": t.color,
      "--xy-controls-button-color-hover-props": t.colorHover,
      "--xy-controls-button-border-color-props": t.borderColor
    }
  }));
  var o = K(r);
  We(o, () => t.children ?? Ft), H(e, r);
}
var rp = /* @__PURE__ */ Me('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z"></path></svg>');
function op(e) {
  var t = rp();
  H(e, t);
}
var ip = /* @__PURE__ */ Me('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 5"><path d="M0 0h32v4.2H0z"></path></svg>');
function sp(e) {
  var t = ip();
  H(e, t);
}
var ap = /* @__PURE__ */ Me('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30"><path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z"></path></svg>');
function lp(e) {
  var t = ap();
  H(e, t);
}
var cp = /* @__PURE__ */ Me('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 25 32"><path d="M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0 8 0 4.571 3.429 4.571 7.619v3.048H3.048A3.056 3.056 0 000 13.714v15.238A3.056 3.056 0 003.048 32h18.285a3.056 3.056 0 003.048-3.048V13.714a3.056 3.056 0 00-3.048-3.047zM12.19 24.533a3.056 3.056 0 01-3.047-3.047 3.056 3.056 0 013.047-3.048 3.056 3.056 0 013.048 3.048 3.056 3.056 0 01-3.048 3.047zm4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z"></path></svg>');
function up(e) {
  var t = cp();
  H(e, t);
}
var dp = /* @__PURE__ */ Me('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 25 32"><path d="M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047A3.056 3.056 0 000 13.714v15.238A3.056 3.056 0 003.048 32h18.285a3.056 3.056 0 003.048-3.048V13.714a3.056 3.056 0 00-3.048-3.047zM12.19 24.533a3.056 3.056 0 01-3.047-3.047 3.056 3.056 0 013.047-3.048 3.056 3.056 0 013.048 3.048 3.056 3.056 0 01-3.048 3.047z"></path></svg>');
function fp(e) {
  var t = dp();
  H(e, t);
}
var hp = /* @__PURE__ */ te("<!> <!>", 1), gp = /* @__PURE__ */ te("<!> <!> <!> <!> <!> <!>", 1);
function vp(e, t) {
  ue(t, !0);
  let n = X(t, "position", 3, "bottom-left"), r = X(t, "orientation", 3, "vertical"), o = X(t, "showZoom", 3, !0), i = X(t, "showFitView", 3, !0), s = X(t, "showLock", 3, !0), a = /* @__PURE__ */ Pt(t, [
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
  ]), c = w(Ot);
  const u = w(() => ({
    bgColor: t.buttonBgColor,
    bgColorHover: t.buttonBgColorHover,
    color: t.buttonColor,
    colorHover: t.buttonColorHover,
    borderColor: t.buttonBorderColor
  }));
  let d = w(() => l(c).nodesDraggable || l(c).nodesConnectable || l(c).elementsSelectable), h = w(() => l(c).viewport.zoom <= l(c).minZoom), f = w(() => l(c).viewport.zoom >= l(c).maxZoom), g = w(() => l(c).ariaLabelConfig), v = w(() => r() === "horizontal" ? "horizontal" : "vertical");
  const p = () => {
    l(c).zoomIn();
  }, m = () => {
    l(c).zoomOut();
  }, b = () => {
    l(c).fitView(t.fitViewOptions);
  }, N = () => {
    let _ = !l(d);
    l(c).nodesDraggable = _, l(c).nodesConnectable = _, l(c).elementsSelectable = _;
  };
  {
    let _ = w(() => [
      "svelte-flow__controls",
      l(v),
      t.class
    ]);
    Jn(e, qt(
      {
        get class() {
          return l(_);
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
        children: (x, C) => {
          var I = gp(), L = fe(I);
          {
            var T = (R) => {
              var V = Ne(), Y = fe(V);
              We(Y, () => t.before), H(R, V);
            };
            se(L, (R) => {
              t.before && R(T);
            });
          }
          var B = Z(L, 2);
          {
            var W = (R) => {
              var V = hp(), Y = fe(V);
              Ut(Y, qt(
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
                  children: (A, z) => {
                    op(A);
                  },
                  $$slots: { default: !0 }
                }
              ));
              var ee = Z(Y, 2);
              Ut(ee, qt(
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
                  children: (A, z) => {
                    sp(A);
                  },
                  $$slots: { default: !0 }
                }
              )), H(R, V);
            };
            se(B, (R) => {
              o() && R(W);
            });
          }
          var O = Z(B, 2);
          {
            var M = (R) => {
              Ut(R, qt(
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
                    lp(V);
                  },
                  $$slots: { default: !0 }
                }
              ));
            };
            se(O, (R) => {
              i() && R(M);
            });
          }
          var P = Z(O, 2);
          {
            var y = (R) => {
              Ut(R, qt(
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
                    var ee = Ne(), A = fe(ee);
                    {
                      var z = ($) => {
                        fp($);
                      }, q = ($) => {
                        up($);
                      };
                      se(A, ($) => {
                        l(d) ? $(z) : $(q, !1);
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
          var E = Z(P, 2);
          {
            var k = (R) => {
              var V = Ne(), Y = fe(V);
              We(Y, () => t.children), H(R, V);
            };
            se(E, (R) => {
              t.children && R(k);
            });
          }
          var S = Z(E, 2);
          {
            var D = (R) => {
              var V = Ne(), Y = fe(V);
              We(Y, () => t.after), H(R, V);
            };
            se(S, (R) => {
              t.after && R(D);
            });
          }
          H(x, I);
        },
        $$slots: { default: !0 }
      }
    ));
  }
  de();
}
var Ht;
(function(e) {
  e.Lines = "lines", e.Dots = "dots", e.Cross = "cross";
})(Ht || (Ht = {}));
var pp = /* @__PURE__ */ Me("<circle></circle>");
function mp(e, t) {
  var n = pp();
  re(() => {
    J(n, "cx", t.radius), J(n, "cy", t.radius), J(n, "r", t.radius), Le(n, 0, jt(["svelte-flow__background-pattern", "dots", t.class]));
  }), H(e, n);
}
var yp = /* @__PURE__ */ Me("<path></path>");
function bp(e, t) {
  ue(t, !0);
  var n = yp();
  re(() => {
    J(n, "stroke-width", t.lineWidth), J(n, "d", `M${t.dimensions[0] / 2} 0 V${t.dimensions[1]} M0 ${t.dimensions[1] / 2} H${t.dimensions[0]}`), Le(n, 0, jt([
      "svelte-flow__background-pattern",
      t.variant,
      t.class
    ]));
  }), H(e, n), de();
}
const wp = {
  [Ht.Dots]: 1,
  [Ht.Lines]: 1,
  [Ht.Cross]: 6
};
var _p = /* @__PURE__ */ Me('<svg data-testid="svelte-flow__background"><pattern patternUnits="userSpaceOnUse"><!></pattern><rect x="0" y="0" width="100%" height="100%"></rect></svg>');
function xp(e, t) {
  ue(t, !0);
  let n = X(t, "variant", 19, () => Ht.Dots), r = X(t, "gap", 3, 20), o = X(t, "lineWidth", 3, 1), i = w(Ot), s = w(() => n() === Ht.Dots), a = w(() => n() === Ht.Cross), c = w(() => Array.isArray(r()) ? r() : [r(), r()]), u = w(() => `background-pattern-${l(i).flowId}-${t.id ?? ""}`), d = w(() => [
    l(c)[0] * l(i).viewport.zoom || 1,
    l(c)[1] * l(i).viewport.zoom || 1
  ]), h = w(() => (t.size ?? wp[n()]) * l(i).viewport.zoom), f = w(() => l(a) ? [l(h), l(h)] : l(d)), g = w(() => l(s) ? [l(h) / 2, l(h) / 2] : [
    l(f)[0] / 2,
    l(f)[1] / 2
  ]);
  var v = _p();
  let p;
  var m = K(v), b = K(m);
  {
    var N = (C) => {
      {
        let I = w(() => l(h) / 2);
        mp(C, {
          get radius() {
            return l(I);
          },
          get class() {
            return t.patternClass;
          }
        });
      }
    }, _ = (C) => {
      bp(C, {
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
    se(b, (C) => {
      l(s) ? C(N) : C(_, !1);
    });
  }
  var x = Z(m);
  re(() => {
    Le(v, 0, jt([
      "svelte-flow__background",
      "svelte-flow__container",
      t.class
    ])), p = Se(v, "", p, {
      "--xy-background-color-props": t.bgColor,
      "--xy-background-pattern-color-props": t.patternColor
    }), J(m, "id", l(u)), J(m, "x", l(i).viewport.x % l(d)[0]), J(m, "y", l(i).viewport.y % l(d)[1]), J(m, "width", l(d)[0]), J(m, "height", l(d)[1]), J(m, "patternTransform", `translate(-${l(g)[0]},-${l(g)[1]})`), J(x, "fill", `url(#${l(u)})`);
  }), H(e, v), de();
}
function Ep(e) {
  const t = w(Ot), n = w(() => l(t).nodeLookup), r = w(() => l(t).nodes), o = w(() => (l(r), l(n).get(e)));
  return {
    get current() {
      return l(o);
    }
  };
}
var kp = /* @__PURE__ */ Me("<rect></rect>");
function Np(e, t) {
  ue(t, !0);
  let n = X(t, "borderRadius", 3, 5), r = X(t, "strokeWidth", 3, 2), o = w(() => Ep(t.id)), i = w(() => {
    if (!l(o).current)
      return { width: 0, height: 0, x: 0, y: 0 };
    const { width: v, height: p } = pt(l(o).current);
    return {
      width: t.width ?? v,
      height: t.height ?? p,
      x: t.x ?? l(o).current.internals.positionAbsolute.x,
      y: t.y ?? l(o).current.internals.positionAbsolute.y
    };
  }), s = w(() => l(i).width), a = w(() => l(i).height), c = w(() => l(i).x), u = w(() => l(i).y);
  var d = Ne(), h = fe(d);
  {
    var f = (v) => {
      const p = w(() => t.nodeComponent);
      var m = Ne(), b = fe(m);
      jr(b, () => l(p), (N, _) => {
        _(N, {
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
      var p = kp();
      let m, b;
      re(() => {
        m = Le(p, 0, jt(["svelte-flow__minimap-node", t.class]), null, m, { selected: t.selected }), J(p, "x", l(c)), J(p, "y", l(u)), J(p, "rx", n()), J(p, "ry", n()), J(p, "width", l(s)), J(p, "height", l(a)), J(p, "shape-rendering", t.shapeRendering), b = Se(p, "", b, {
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
function Sp(e, t) {
  const n = N0({
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
const _o = (e) => e instanceof Function ? e : () => e;
var Cp = /* @__PURE__ */ Me("<title> </title>"), Mp = /* @__PURE__ */ Me('<svg class="svelte-flow__minimap-svg" role="img"><!><!><path class="svelte-flow__minimap-mask" fill-rule="evenodd" pointer-events="none"></path></svg>'), Pp = /* @__PURE__ */ te('<svelte-css-wrapper style="display: contents"><!></svelte-css-wrapper>', 1);
function Op(e, t) {
  ue(t, !0);
  let n = X(t, "position", 3, "bottom-right"), r = X(t, "nodeStrokeColor", 3, "transparent"), o = X(t, "nodeClass", 3, ""), i = X(t, "nodeBorderRadius", 3, 5), s = X(t, "nodeStrokeWidth", 3, 2), a = X(t, "width", 3, 200), c = X(t, "height", 3, 150), u = X(t, "pannable", 3, !0), d = X(t, "zoomable", 3, !0), h = /* @__PURE__ */ Pt(t, [
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
  ]), f = w(Ot), g = w(() => l(f).ariaLabelConfig);
  const v = (
    // @ts-expect-error - TS doesn't know about chrome
    typeof window > "u" || window.chrome ? "crispEdges" : "geometricPrecision"
  );
  let p = w(() => `svelte-flow__minimap-desc-${l(f).flowId}`), m = w(() => ({
    x: -l(f).viewport.x / l(f).viewport.zoom,
    y: -l(f).viewport.y / l(f).viewport.zoom,
    width: l(f).width / l(f).viewport.zoom,
    height: l(f).height / l(f).viewport.zoom
  })), b = w(() => l(f).nodes.some((k) => !k.hidden)), N = w(() => l(b) ? yl(sr(l(f).nodeLookup, { filter: (k) => !k.hidden }), l(m)) : l(m)), _ = w(() => l(N).width / a()), x = w(() => l(N).height / c()), C = w(() => Math.max(l(_), l(x))), I = w(() => l(C) * a()), L = w(() => l(C) * c()), T = w(() => 5 * l(C)), B = w(() => l(N).x - (l(I) - l(N).width) / 2 - l(T)), W = w(() => l(N).y - (l(L) - l(N).height) / 2 - l(T)), O = w(() => l(I) + l(T) * 2), M = w(() => l(L) + l(T) * 2);
  const P = () => l(C);
  var y = Pp(), E = fe(y);
  {
    let k = w(() => ["svelte-flow__minimap", t.class]);
    Ou(E, () => ({ "--xy-minimap-background-color-props": t.bgColor })), Jn(E.lastChild, qt(
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
        children: (S, D) => {
          var R = Ne(), V = fe(R);
          {
            var Y = (ee) => {
              var A = Mp();
              let z;
              var q = K(A);
              {
                var $ = (le) => {
                  var ge = Cp(), ce = K(ge);
                  re(() => {
                    J(ge, "id", l(p)), oe(ce, t.ariaLabel ?? l(g)["minimap.ariaLabel"]);
                  }), H(le, ge);
                };
                se(q, (le) => {
                  (t.ariaLabel ?? l(g)["minimap.ariaLabel"]) && le($);
                });
              }
              var Q = Z(q);
              ht(Q, 17, () => l(f).nodes, (le) => le.id, (le, ge) => {
                const ce = w(() => l(f).nodeLookup.get(l(ge).id));
                var ke = Ne(), me = fe(ke);
                {
                  var _e = (Ce) => {
                    {
                      let Pe = w(() => t.nodeColor === void 0 ? void 0 : _o(t.nodeColor)(l(ge))), Ie = w(() => _o(r())(l(ge))), ve = w(() => _o(o())(l(ge)));
                      Np(Ce, {
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
                          return l(Pe);
                        },
                        get borderRadius() {
                          return i();
                        },
                        get strokeColor() {
                          return l(Ie);
                        },
                        get strokeWidth() {
                          return s();
                        },
                        get shapeRendering() {
                          return v;
                        },
                        get class() {
                          return l(ve);
                        }
                      });
                    }
                  };
                  se(me, (Ce) => {
                    l(ce) && _l(l(ce)) && !l(ce).hidden && Ce(_e);
                  });
                }
                H(le, ke);
              });
              var ne = Z(Q);
              De(A, (le, ge) => Sp?.(le, ge), () => ({
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
                J(A, "width", a()), J(A, "height", c()), J(A, "viewBox", `${l(B) ?? ""} ${l(W) ?? ""} ${l(O) ?? ""} ${l(M) ?? ""}`), J(A, "aria-labelledby", l(p)), z = Se(A, "", z, {
                  "--xy-minimap-mask-background-color-props": t.maskColor,
                  "--xy-minimap-mask-stroke-color-props": t.maskStrokeColor,
                  "--xy-minimap-mask-stroke-width-props": t.maskStrokeWidth ? t.maskStrokeWidth * l(C) : void 0
                }), J(ne, "d", `M${l(B) - l(T)},${l(W) - l(T)}h${l(O) + l(T) * 2}v${l(M) + l(T) * 2}h${-l(O) - l(T) * 2}z
      M${l(m).x ?? ""},${l(m).y ?? ""}h${l(m).width ?? ""}v${l(m).height ?? ""}h${-l(m).width}z`);
              }), H(ee, A);
            };
            se(V, (ee) => {
              l(f).panZoom && ee(Y);
            });
          }
          H(S, R);
        },
        $$slots: { default: !0 }
      }
    ));
  }
  H(e, y), de();
}
const Ip = [
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
], Vs = {
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
Ip.reduce(
  (e, { color: t, primary: n, secondary: r }) => ({
    ...e,
    [t]: {
      primary: Vs[t][n],
      secondary: Vs[t][r]
    }
  }),
  {}
);
function Ap(e) {
  let t;
  const n = xa((o) => {
    let i = !1;
    const s = e.subscribe((a) => {
      t = a, i && o();
    });
    return i = !0, s;
  });
  function r() {
    return Nu() ? (n(), t) : Xu(e);
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
const zp = "__i18n__", Tp = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Dp = [
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
function Lp(e) {
  return typeof e == "string" && e.includes(zp);
}
class Rp {
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
    this.#e = he(wn({})), this.#t = he(wn({})), this.#n = he((r) => r), this.translatable_props = {}, this.last_update = null, this.shared_props = Dp, this.mounted = !1, this.registered_id = null, this.live_i18n = (r) => (this._i18n_from_store?.current, this.i18n(r));
    for (const r in t.shared_props)
      this.shared[r] = t.shared_props[r];
    for (const r in t.props)
      r !== "i18n_store" && (this.props[r] = t.props[r]);
    if (n)
      for (const r in n)
        this.props[r] === void 0 && (this.props[r] = n[r]);
    this.i18n = this.props.i18n ?? ((r) => r), this.i18n_store = t.props.i18n_store, this._i18n_from_store = this.i18n_store ? Ap(this.i18n_store) : void 0;
    for (const r of Tp)
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
      ), this.registered_id = r, je(() => {
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
    return ti(this.props);
  }
  update(t) {
    this.set_data(t);
  }
  set_data(t) {
    for (const n in t) {
      const r = t[n], o = Lp(r) ? this._translate_and_store(this.shared_props.includes(n) ? "shared" : "props", n, r) : r;
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
var Hp = /* @__PURE__ */ te('<button class="fold svelte-1p2zvd"> </button>'), Vp = /* @__PURE__ */ te('<span class="fold svelte-1p2zvd"></span>'), Bp = /* @__PURE__ */ te('<span class="repeat svelte-1p2zvd"> </span>'), Fp = /* @__PURE__ */ te('<div class="row svelte-1p2zvd"><!> <span class="lname svelte-1p2zvd"> </span> <span class="ltype svelte-1p2zvd"> </span> <!> <span class="detail svelte-1p2zvd"> </span> <span class="shape svelte-1p2zvd"> </span> <span class="params svelte-1p2zvd"> </span></div> <!>', 1);
function Wl(e, t) {
  ue(t, !0);
  let n = wn({});
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
  var s = Ne(), a = fe(s);
  ht(a, 17, () => t.layers, (c) => c.path, (c, u) => {
    const d = w(() => l(u).children.length > 0), h = w(() => n[l(u).path] ?? t.depth === 0);
    var f = Fp(), g = fe(f);
    let v;
    var p = K(g);
    {
      var m = (k) => {
        var S = Hp();
        S.__click = () => n[l(u).path] = !l(h);
        var D = K(S);
        re(() => {
          J(S, "aria-label", l(h) ? "fold" : "unfold"), oe(D, l(h) ? "▾" : "▸");
        }), H(k, S);
      }, b = (k) => {
        var S = Vp();
        H(k, S);
      };
      se(p, (k) => {
        l(d) ? k(m) : k(b, !1);
      });
    }
    var N = Z(p, 2), _ = K(N), x = Z(N, 2), C = K(x), I = Z(x, 2);
    {
      var L = (k) => {
        var S = Bp(), D = K(S);
        re(() => oe(D, `×${l(u).repeat ?? ""}`)), H(k, S);
      };
      se(I, (k) => {
        l(u).repeat > 1 && k(L);
      });
    }
    var T = Z(I, 2), B = K(T), W = Z(T, 2), O = K(W), M = Z(W, 2), P = K(M), y = Z(g, 2);
    {
      var E = (k) => {
        {
          let S = w(() => t.depth + 1);
          Wl(k, {
            get layers() {
              return l(u).children;
            },
            get depth() {
              return l(S);
            }
          });
        }
      };
      se(y, (k) => {
        l(d) && l(h) && k(E);
      });
    }
    re(
      (k, S, D) => {
        J(g, "data-layer", l(u).path), v = Se(g, "", v, { "padding-left": `${t.depth * 12}px` }), oe(_, k), oe(C, l(u).type), oe(B, l(u).detail), oe(O, S), oe(P, D);
      },
      [
        () => i(l(u)),
        () => o(l(u)),
        () => l(u).params ? r(l(u).params * l(u).repeat) : ""
      ]
    ), H(c, f);
  }), H(e, s), de();
}
Bt(["click"]);
var jp = /* @__PURE__ */ te('<input class="rename nodrag svelte-fi58hk" aria-label="node name"/>'), Kp = /* @__PURE__ */ te('<span class="name svelte-fi58hk" title="double-click to rename"> </span>'), Yp = /* @__PURE__ */ te('<button class="expand nodrag svelte-fi58hk"> </button>'), Xp = /* @__PURE__ */ te('<i class="svelte-fi58hk"> </i> ', 1), Zp = /* @__PURE__ */ te('<div><!> <span class="label svelte-fi58hk"><!></span></div>'), Wp = /* @__PURE__ */ te('<div class="port out svelte-fi58hk"><span class="label svelte-fi58hk"><b class="svelte-fi58hk"> </b> </span> <!></div>'), qp = /* @__PURE__ */ te('<div class="summary svelte-fi58hk"> </div>'), Gp = /* @__PURE__ */ te('<div class="stats svelte-fi58hk"> </div>'), Up = /* @__PURE__ */ te('<div class="message svelte-fi58hk" data-testid="node-message"> </div>'), Qp = /* @__PURE__ */ te('<div class="message warning svelte-fi58hk"> </div>'), Jp = /* @__PURE__ */ te('<div class="layers nodrag nowheel svelte-fi58hk"><!></div>'), $p = /* @__PURE__ */ te('<div><div class="header svelte-fi58hk"><!> <span class="block svelte-fi58hk"> </span> <!></div> <div class="ports svelte-fi58hk"><!> <!></div> <!> <!> <!> <!></div>');
function em(e, t) {
  ue(t, !0);
  let n = X(t, "selected", 3, !1), r = he(!1), o = he("");
  function i() {
    t.data.editable && (F(o, t.data.node.name, !0), F(r, !0));
  }
  function s(A) {
    A && l(o).trim() && l(o).trim() !== t.data.node.name && t.data.rename(t.data.node.id, l(o).trim()), F(r, !1);
  }
  function a(A) {
    A.focus(), A.select();
  }
  const c = w(() => t.data.node), u = w(() => [
    ...l(c).outputs.map((A) => ({
      handle: A.handle,
      label: A.port || "out",
      text: A.text,
      color: A.color,
      title: A.kind ? `${l(c).name}${A.port ? "." + A.port : ""}: ${A.kind} ${A.shape_text}` : `${l(c).name}.${A.port} (its tensor is known once the node's inputs are valid)`
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
  ]), d = w(() => Math.max(l(c).inputs.length, l(u).length, 1)), h = w(() => new Set(l(c).inputs.map((A) => A.port)).size > 1), f = {
    map: "#1e88e5",
    vector: "#8e24aa",
    tokens: "#00897b",
    dense: "#ef6c00"
  };
  function g(A) {
    return A.length === 1 ? f[A[0]] : "#78909c";
  }
  const v = w(() => [
    `${l(c).name} (${l(c).block})`,
    l(c).description,
    ...l(c).details ?? [],
    l(c).stats?.text,
    l(c).message ? `⚠ ${l(c).message}` : "",
    ...(l(c).warnings ?? []).map((A) => `△ ${A}`)
  ].filter(Boolean).join(`
`));
  var p = $p();
  let m, b;
  var N = K(p), _ = K(N);
  {
    var x = (A) => {
      var z = jp();
      z.__keydown = (q) => {
        q.stopPropagation(), q.key === "Enter" && s(!0), q.key === "Escape" && s(!1);
      }, cn(() => ri(z, () => l(o), (q) => F(o, q))), De(z, (q) => a?.(q)), Ze("blur", z, () => s(!0)), H(A, z);
    }, C = (A) => {
      var z = Kp();
      z.__dblclick = i;
      var q = K(z);
      re(() => oe(q, l(c).name)), H(A, z);
    };
    se(_, (A) => {
      l(r) ? A(x) : A(C, !1);
    });
  }
  var I = Z(_, 2), L = K(I), T = Z(I, 2);
  {
    var B = (A) => {
      var z = Yp();
      z.__click = ($) => {
        $.stopPropagation(), t.data.expand(l(c).id, !l(c).layers);
      };
      var q = K(z);
      re(() => {
        J(z, "title", l(c).layers ? "hide the inner layers" : "show the inner layers"), J(z, "aria-label", l(c).layers ? "collapse" : "expand"), oe(q, l(c).layers ? "−" : "+");
      }), H(A, z);
    };
    se(T, (A) => {
      l(c).expandable && A(B);
    });
  }
  var W = Z(N, 2);
  let O;
  var M = K(W);
  ht(M, 19, () => l(c).inputs, (A) => A.handle, (A, z, q) => {
    var $ = Zp();
    let Q, ne;
    var le = K($);
    {
      let _e = w(() => l(z).ref ? "used" : "free"), Ce = w(() => l(z).error ? "#e53935" : g(l(z).accepts));
      Vt(le, {
        type: "target",
        get position() {
          return ae.Left;
        },
        get id() {
          return l(z).handle;
        },
        get class() {
          return `handle ${l(_e) ?? ""}`;
        },
        get style() {
          return `background: ${l(Ce) ?? ""}`;
        },
        get isConnectable() {
          return t.data.editable;
        }
      });
    }
    var ge = Z(le, 2), ce = K(ge);
    {
      var ke = (_e) => {
        var Ce = gn();
        re(() => oe(Ce, `+ ${l(z).port ?? ""}`)), H(_e, Ce);
      }, me = (_e) => {
        var Ce = Ne(), Pe = fe(Ce);
        {
          var Ie = (xe) => {
            var ze = Xp(), ye = fe(ze), st = K(ye), j = Z(ye);
            re(() => {
              oe(st, l(z).port), oe(j, ` ${l(z).label ?? ""}`);
            }), H(xe, ze);
          }, ve = (xe) => {
            var ze = gn();
            re(() => oe(ze, l(z).label)), H(xe, ze);
          };
          se(
            Pe,
            (xe) => {
              l(h) ? xe(Ie) : xe(ve, !1);
            },
            !0
          );
        }
        H(_e, Ce);
      };
      se(ce, (_e) => {
        l(z).ref ? _e(me, !1) : _e(ke);
      });
    }
    re(
      (_e) => {
        Q = Le($, 1, "port in svelte-fi58hk", null, Q, { bad: !!l(z).error, empty: !l(z).ref }), J($, "title", _e), ne = Se($, "", ne, { top: `${l(q) * 18}px` });
      },
      [
        () => l(z).error ?? `${l(z).port}${l(z).doc ? " (" + l(z).doc + ")" : ""}: ${l(z).accepts.join(" or ")}`
      ]
    ), H(A, $);
  });
  var P = Z(M, 2);
  ht(P, 19, () => l(u), (A) => A.handle, (A, z, q) => {
    var $ = Wp();
    let Q;
    var ne = K($), le = K(ne), ge = K(le), ce = Z(le), ke = Z(ne, 2);
    {
      let me = w(() => l(z).handle === "o:*" ? "bundle" : "");
      Vt(ke, {
        type: "source",
        get position() {
          return ae.Right;
        },
        get id() {
          return l(z).handle;
        },
        get class() {
          return `handle ${l(me) ?? ""}`;
        },
        get style() {
          return `background: ${l(z).color ?? ""}`;
        },
        get isConnectable() {
          return t.data.editable;
        }
      });
    }
    re(() => {
      J($, "title", l(z).title), Q = Se($, "", Q, { top: `${l(q) * 18}px` }), oe(ge, l(z).label), oe(ce, ` ${l(z).text ?? ""}`);
    }), H(A, $);
  });
  var y = Z(W, 2);
  {
    var E = (A) => {
      var z = qp(), q = K(z);
      re(($) => oe(q, $), [() => l(c).summary.join(" · ")]), H(A, z);
    };
    se(y, (A) => {
      l(c).summary?.length && A(E);
    });
  }
  var k = Z(y, 2);
  {
    var S = (A) => {
      var z = Gp(), q = K(z);
      re(() => oe(q, l(c).stats.text)), H(A, z);
    };
    se(k, (A) => {
      l(c).stats && A(S);
    });
  }
  var D = Z(k, 2);
  {
    var R = (A) => {
      var z = Up(), q = K(z);
      re(() => oe(q, `${l(c).status === "blocked" ? "⏸" : "⚠"}
			${l(c).message ?? ""}`)), H(A, z);
    }, V = (A) => {
      var z = Ne(), q = fe(z);
      {
        var $ = (Q) => {
          var ne = Qp(), le = K(ne);
          re(() => oe(le, `△ ${l(c).warnings[0] ?? ""}`)), H(Q, ne);
        };
        se(
          q,
          (Q) => {
            l(c).warnings?.length && Q($);
          },
          !0
        );
      }
      H(A, z);
    };
    se(D, (A) => {
      l(c).message ? A(R) : A(V, !1);
    });
  }
  var Y = Z(D, 2);
  {
    var ee = (A) => {
      var z = Jp(), q = K(z);
      Wl(q, {
        get layers() {
          return l(c).layers;
        },
        depth: 0
      }), H(A, z);
    };
    se(Y, (A) => {
      l(c).layers && A(ee);
    });
  }
  re(() => {
    m = Le(p, 1, "block-node svelte-fi58hk", null, m, {
      error: l(c).status === "error",
      blocked: l(c).status === "blocked",
      warn: l(c).status === "ok" && (l(c).warnings?.length ?? 0) > 0,
      selected: n(),
      expanded: !!l(c).layers
    }), J(p, "data-node", l(c).id), J(p, "data-status", l(c).status), J(p, "title", l(v)), b = Se(p, "", b, { "--fill": l(c).fill, "--border": l(c).border }), oe(L, l(c).block), O = Se(W, "", O, { height: `${l(d) * 18}px` });
  }), H(e, p), de();
}
Bt(["keydown", "dblclick", "click"]);
var tm = /* @__PURE__ */ te('<div><div class="name svelte-1qloul1"> </div> <div class="sub"> </div> <div class="shape svelte-1qloul1"> </div> <!></div>');
function nm(e, t) {
  ue(t, !0);
  let n = X(t, "selected", 3, !1);
  const r = w(() => t.data.node), o = w(() => l(r).outputs[0]);
  var i = tm();
  let s, a;
  var c = K(i), u = K(c), d = Z(c, 2), h = K(d), f = Z(d, 2), g = K(f), v = Z(f, 2);
  {
    var p = (m) => {
      Vt(m, {
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
    s = Le(i, 1, "level-node svelte-1qloul1", null, s, { selected: n() }), J(i, "data-node", l(r).id), J(i, "title", `backbone level ${l(r).name ?? ""}: ${l(r).subtitle ?? ""}, ${l(o)?.shape_text ?? "" ?? ""}`), a = Se(i, "", a, { "--fill": l(r).fill, "--border": l(r).border }), oe(u, l(r).name), oe(h, l(r).subtitle), oe(g, l(o)?.shape_text ?? "");
  }), H(e, i), de();
}
var rm = /* @__PURE__ */ te('<input class="rename nodrag svelte-p4h0w2" aria-label="output key"/>'), om = /* @__PURE__ */ te('<div class="name svelte-p4h0w2" title="double-click to rename"> </div>'), im = /* @__PURE__ */ te('<div><!> <!> <div class="sub svelte-p4h0w2"> </div></div>');
function sm(e, t) {
  ue(t, !0);
  let n = X(t, "selected", 3, !1);
  const r = w(() => t.data.node);
  let o = he(!1), i = he("");
  function s(b) {
    b && l(i).trim() && l(i).trim() !== l(r).name && t.data.rename(l(r).id, l(i).trim()), F(o, !1);
  }
  function a(b) {
    b.focus(), b.select();
  }
  var c = im();
  let u, d;
  var h = K(c);
  {
    let b = w(() => l(r).ref ? "used" : "free");
    Vt(h, {
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
  var f = Z(h, 2);
  {
    var g = (b) => {
      var N = rm();
      N.__keydown = (_) => {
        _.stopPropagation(), _.key === "Enter" && s(!0), _.key === "Escape" && s(!1);
      }, cn(() => ri(N, () => l(i), (_) => F(i, _))), De(N, (_) => a?.(_)), Ze("blur", N, () => s(!0)), H(b, N);
    }, v = (b) => {
      var N = om();
      N.__dblclick = () => {
        t.data.editable && (F(i, l(r).name, !0), F(o, !0));
      };
      var _ = K(N);
      re(() => oe(_, l(r).name)), H(b, N);
    };
    se(f, (b) => {
      l(o) ? b(g) : b(v, !1);
    });
  }
  var p = Z(f, 2), m = K(p);
  re(() => {
    u = Le(c, 1, "output-node svelte-p4h0w2", null, u, {
      selected: n(),
      error: l(r).status === "error",
      blocked: l(r).status === "blocked"
    }), J(c, "data-node", l(r).id), J(c, "data-status", l(r).status), J(c, "title", l(r).message ? `⚠ ${l(r).message}` : `output ${l(r).name}: ${l(r).subtitle}`), d = Se(c, "", d, { "--fill": l(r).fill, "--border": l(r).border }), oe(m, l(r).message ? "⚠ " + l(r).message : l(r).subtitle);
  }), H(e, c), de();
}
Bt(["keydown", "dblclick"]);
var am = /* @__PURE__ */ te('<aside class="palette folded svelte-5mstgu" aria-label="palette"><button class="unfold svelte-5mstgu" title="show the palette" aria-label="show the palette"><span>›</span><span class="vertical svelte-5mstgu">Blocks</span></button></aside>'), lm = /* @__PURE__ */ te('<button class="item svelte-5mstgu" draggable="true"><span class="swatch svelte-5mstgu"></span> <span class="iname svelte-5mstgu"> </span> <span class="desc svelte-5mstgu"> </span></button>'), cm = /* @__PURE__ */ te('<div class="group"><div class="title svelte-5mstgu"> </div> <!></div>'), um = /* @__PURE__ */ te('<div class="group"><div class="title svelte-5mstgu">outputs</div> <button class="item svelte-5mstgu" draggable="true" data-block="__output__" title="a head output (logits, cls_logits, mask_logits, aux_...)"><span class="swatch svelte-5mstgu"></span> <span class="iname svelte-5mstgu">output</span> <span class="desc svelte-5mstgu">A head output: logits, boxes, masks or aux_&lt;name&gt;.</span></button></div>'), dm = /* @__PURE__ */ te('<div class="empty svelte-5mstgu"> </div>'), fm = /* @__PURE__ */ te('<aside class="palette svelte-5mstgu" aria-label="palette"><div class="top svelte-5mstgu"><input class="search svelte-5mstgu" type="search" placeholder="Search blocks" aria-label="search the palette"/> <button class="fold svelte-5mstgu" title="hide the palette (more room for the graph)" aria-label="hide the palette">‹</button></div> <label class="filter svelte-5mstgu"><input type="checkbox" class="svelte-5mstgu"/> </label> <div class="groups svelte-5mstgu"><!> <!> <!></div></aside>');
function hm(e, t) {
  ue(t, !0);
  let n = he(""), r = he(!0), o = he(!1);
  const i = w(() => {
    const g = l(n).trim().toLowerCase(), v = t.entries.filter((m) => (!l(r) || m.tasks.length === 0 || m.tasks.includes(t.task)) && (!g || m.name.toLowerCase().includes(g) || m.role.toLowerCase().includes(g) || m.description.toLowerCase().includes(g))), p = [];
    for (const m of v) {
      let b = p.find((N) => N.role === m.role);
      b || (b = { role: m.role, title: m.role_title, items: [] }, p.push(b)), b.items.push(m);
    }
    return p;
  }), s = w(() => !l(n).trim() || "output".includes(l(n).trim().toLowerCase()));
  function a(g, v) {
    (g.key === "Enter" || g.key === " ") && (g.preventDefault(), g.stopPropagation(), t.onadd(v));
  }
  function c(g, v) {
    g.dataTransfer?.setData("application/x-head-block", v ?? "__output__"), g.dataTransfer?.setData("text/plain", v ?? "output"), g.dataTransfer && (g.dataTransfer.effectAllowed = "copy");
  }
  var u = Ne(), d = fe(u);
  {
    var h = (g) => {
      var v = am(), p = K(v);
      p.__click = () => F(o, !1), H(g, v);
    }, f = (g) => {
      var v = fm(), p = K(v), m = K(p), b = Z(m, 2);
      b.__click = () => F(o, !0);
      var N = Z(p, 2), _ = K(N), x = Z(_), C = Z(N, 2), I = K(C);
      ht(I, 17, () => l(i), (O) => O.role, (O, M) => {
        var P = cm(), y = K(P), E = K(y), k = Z(y, 2);
        ht(k, 17, () => l(M).items, (S) => S.name, (S, D) => {
          var R = lm();
          R.__keydown = (q) => a(q, l(D).name), R.__click = () => t.onadd(l(D).name);
          let V;
          var Y = Z(K(R), 2), ee = K(Y), A = Z(Y, 2), z = K(A);
          re(
            (q) => {
              J(R, "data-block", l(D).name), J(R, "title", `${l(D).description ?? ""} inputs: ${q ?? ""}${l(D).multi_input ? " (several)" : ""} drag onto the canvas, or press Enter to add`), V = Se(R, "", V, { "--fill": l(D).fill, "--border": l(D).border }), oe(ee, l(D).name), oe(z, l(D).description);
            },
            [() => l(D).accepts.join(" or ")]
          ), Ze("dragstart", R, (q) => c(q, l(D).name)), H(S, R);
        }), re(() => oe(E, l(M).title)), H(O, P);
      });
      var L = Z(I, 2);
      {
        var T = (O) => {
          var M = um(), P = Z(K(M), 2);
          P.__keydown = (y) => a(y, null), P.__click = () => t.onadd(null), Se(P, "", {}, { "--fill": "#fce4ec", "--border": "#d81b60" }), Ze("dragstart", P, (y) => c(y, null)), H(O, M);
        };
        se(L, (O) => {
          l(s) && O(T);
        });
      }
      var B = Z(L, 2);
      {
        var W = (O) => {
          var M = dm(), P = K(M);
          re(() => oe(P, `No block matches "${l(n) ?? ""}".`)), H(O, M);
        };
        se(B, (O) => {
          l(i).length === 0 && !l(s) && O(W);
        });
      }
      re(() => oe(x, ` only what fits ${t.task ?? ""}`)), ri(m, () => l(n), (O) => F(n, O)), Fu(_, () => l(r), (O) => F(r, O)), H(g, v);
    };
    se(d, (g) => {
      l(o) ? g(h) : g(f, !1);
    });
  }
  H(e, u), de();
}
Bt(["click", "keydown"]);
var gm = /* @__PURE__ */ te("<div> </div>"), vm = /* @__PURE__ */ te("<!> <!>", 1);
function pm(e, t) {
  ue(t, !0);
  let n = X(t, "selected", 3, !1);
  const r = w(() => _i({
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
  const i = w(() => {
    const f = t.targetX >= t.sourceX + 40 ? l(s).label_t ?? 0.5 : 0.5, g = o(t.targetX - t.sourceX), v = [
      [t.sourceX, t.sourceY],
      [t.sourceX + g, t.sourceY],
      [t.targetX - g, t.targetY],
      [t.targetX, t.targetY]
    ], p = 1 - f, m = [p * p * p, 3 * p * p * f, 3 * p * f * f, f * f * f];
    return {
      x: m.reduce((b, N, _) => b + N * v[_][0], 0),
      y: m.reduce((b, N, _) => b + N * v[_][1], 0)
    };
  }), s = w(() => t.data ?? {}), a = w(() => l(s).error ? "#e53935" : l(s).waiting ? "#b0bec5" : l(s).color ?? "#90a4ae");
  var c = vm(), u = fe(c);
  {
    let f = w(() => l(a)), g = w(() => n() ? 3 : 1.8), v = w(() => l(s).error || l(s).waiting ? "stroke-dasharray: 6 4;" : "");
    cr(u, {
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
  var d = Z(u, 2);
  {
    var h = (f) => {
      Hl(f, {
        get x() {
          return l(i).x;
        },
        get y() {
          return l(i).y;
        },
        selectEdgeOnClick: !0,
        children: (g, v) => {
          var p = gm();
          let m;
          var b = K(p);
          re(() => {
            m = Le(p, 1, "edge-label svelte-13myl97", null, m, { bad: !!l(s).error, selected: n() }), J(p, "data-edge", t.id), J(p, "title", l(s).error ? `⚠ ${l(s).error}` : `${l(s).ref}: ${l(s).label}`), oe(b, `${l(s).error ? "⚠ " : ""}${(l(s).label || "invalid") ?? ""}`);
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
function mm(e, t) {
  return (!t || t === "o:*" ? e.outputs : [e.outputs[Number(t.slice(2))]]).map((r) => r?.kind).filter((r) => !!r);
}
function ym(e, t) {
  if (!t || t === "o:*" || e.outputs.length <= 1) return e.name;
  const n = e.outputs[Number(t.slice(2))];
  return n && n.port ? `${e.name}.${n.port}` : e.name;
}
function bm(e, t, n) {
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
function wm(e, t) {
  const n = e.nodes.find((o) => o.id === t.source), r = e.nodes.find((o) => o.id === t.target);
  if (!n || !r) return "that port is not on the canvas";
  if (n.type === "output") return `output '${n.name}' is a sink; wires leave nodes and levels`;
  if (r.type === "level")
    return `level '${r.name}' comes from the backbone and takes no inputs`;
  if (n.id === r.id) return `cannot connect ${n.name} to itself`;
  if (r.type === "block") {
    const o = bm(e, r.id, n.id);
    if (o) {
      const u = o.map((d) => e.nodes.find((h) => h.id === d)?.name ?? d);
      return `cannot connect ${n.name} to ${r.name}: it would make a cycle ${[...u, r.name].join(" -> ")}`;
    }
    const i = r.inputs.find((u) => u.handle === t.targetHandle) ?? r.inputs[0], s = i?.accepts ?? [], c = mm(n, t.sourceHandle).find((u) => s.length && !s.includes(u));
    if (c) {
      const u = ym(n, t.sourceHandle), d = ["x", "levels", "inputs"].includes(i.port) ? `${r.name} takes` : `${r.name}'s input '${i.port}' takes`;
      return `cannot connect ${u} to ${r.name}: ${d} ${s.join(" or ")} inputs, got ${c}`;
    }
  }
  return null;
}
var ql = Object.defineProperty, _m = (e, t, n) => t in e ? ql(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, xm = (e, t) => {
  for (var n in t) ql(e, n, { get: t[n], enumerable: !0 });
}, Em = (e, t, n) => _m(e, t + "", n), Gl = {};
xm(Gl, { Graph: () => it, alg: () => Pi });
var km = Object.defineProperty, Ul = (e, t) => {
  for (var n in t) km(e, n, { get: t[n], enumerable: !0 });
}, Mi = class {
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
    let u = Kn(this._isDirected, o, i, s);
    if (u in this._edgeLabels) return c && (this._edgeLabels[u] = a), this;
    if (s !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
    this.setNode(o), this.setNode(i), this._edgeLabels[u] = c ? a : this._defaultEdgeLabelFn(o, i, s);
    let d = Nm(this._isDirected, o, i, s);
    return o = d.v, i = d.w, Object.freeze(d), this._edgeObjs[u] = d, Bs(this._preds[i], o), Bs(this._sucs[o], i), this._in[i][u] = d, this._out[o][u] = d, this._edgeCount++, this;
  }
  edge(e, t, n) {
    let r = arguments.length === 1 ? xo(this._isDirected, e) : Kn(this._isDirected, e, t, n);
    return this._edgeLabels[r];
  }
  edgeAsObj(e, t, n) {
    let r = arguments.length === 1 ? this.edge(e) : this.edge(e, t, n);
    return typeof r != "object" || r === null ? { label: r } : r;
  }
  hasEdge(e, t, n) {
    return (arguments.length === 1 ? xo(this._isDirected, e) : Kn(this._isDirected, e, t, n)) in this._edgeLabels;
  }
  removeEdge(e, t, n) {
    let r = arguments.length === 1 ? xo(this._isDirected, e) : Kn(this._isDirected, e, t, n), o = this._edgeObjs[r];
    if (o) {
      let i = o.v, s = o.w;
      delete this._edgeLabels[r], delete this._edgeObjs[r], Fs(this._preds[s], i), Fs(this._sucs[i], s), delete this._in[s][r], delete this._out[i][r], this._edgeCount--;
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
function Bs(e, t) {
  e[t] ? e[t]++ : e[t] = 1;
}
function Fs(e, t) {
  e[t] !== void 0 && !--e[t] && delete e[t];
}
function Kn(e, t, n, r) {
  let o = "" + t, i = "" + n;
  if (!e && o > i) {
    let s = o;
    o = i, i = s;
  }
  return o + "" + i + "" + (r === void 0 ? "\0" : r);
}
function Nm(e, t, n, r) {
  let o = "" + t, i = "" + n;
  if (!e && o > i) {
    let a = o;
    o = i, i = a;
  }
  let s = { v: o, w: i };
  return r && (s.name = r), s;
}
function xo(e, t) {
  return Kn(e, t.v, t.w, t.name);
}
var Sm = {};
Ul(Sm, { read: () => Om, write: () => Cm });
function Cm(e) {
  let t = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: Mm(e), edges: Pm(e) }, n = e.graph();
  return n !== void 0 && (t.value = structuredClone(n)), t;
}
function Mm(e) {
  return e.nodes().map((t) => {
    let n = e.node(t), r = e.parent(t), o = { v: t };
    return n !== void 0 && (o.value = n), r !== void 0 && (o.parent = r), o;
  });
}
function Pm(e) {
  return e.edges().map((t) => {
    let n = e.edge(t), r = { v: t.v, w: t.w };
    return t.name !== void 0 && (r.name = t.name), n !== void 0 && (r.value = n), r;
  });
}
function Om(e) {
  let t = new Mi(e.options);
  return e.value !== void 0 && t.setGraph(e.value), e.nodes.forEach((n) => {
    t.setNode(n.v, n.value), n.parent && t.setParent(n.v, n.parent);
  }), e.edges.forEach((n) => {
    t.setEdge({ v: n.v, w: n.w, name: n.name }, n.value);
  }), t;
}
var Pi = {};
Ul(Pi, { CycleException: () => Vr, bellmanFord: () => Ql, components: () => zm, dijkstra: () => Hr, dijkstraAll: () => Lm, findCycles: () => Rm, floydWarshall: () => Vm, isAcyclic: () => Fm, postorder: () => Km, preorder: () => Ym, prim: () => Xm, shortestPaths: () => Zm, tarjan: () => $l, topsort: () => ec });
var Im = () => 1;
function Ql(e, t, n, r) {
  return Am(e, String(t), n || Im, r || function(o) {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  });
}
function Am(e, t, n, r) {
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
function zm(e) {
  let t = {}, n = [], r;
  function o(i) {
    var s, a;
    i in t || (t[i] = !0, r.push(i), (s = e.successors(i)) == null || s.forEach(o), (a = e.predecessors(i)) == null || a.forEach(o));
  }
  return e.nodes().forEach(function(i) {
    r = [], o(i), r.length && n.push(r);
  }), n;
}
var Jl = class {
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
}, Tm = () => 1;
function Hr(e, t, n, r) {
  let o = function(i) {
    var s;
    return (s = e.outEdges(i)) != null ? s : [];
  };
  return Dm(e, String(t), n || Tm, r || o);
}
function Dm(e, t, n, r) {
  let o = {}, i = new Jl(), s, a, c = function(u) {
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
function Lm(e, t, n) {
  return e.nodes().reduce(function(r, o) {
    return r[o] = Hr(e, o, t, n), r;
  }, {});
}
function $l(e) {
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
function Rm(e) {
  return $l(e).filter(function(t) {
    var n;
    let r = t[0];
    return r ? t.length > 1 || t.length === 1 && ((n = e.outEdges(r, r)) != null ? n : []).length > 0 : !1;
  });
}
var Hm = () => 1;
function Vm(e, t, n) {
  return Bm(e, t || Hm, n || function(r) {
    var o;
    return (o = e.outEdges(r)) != null ? o : [];
  });
}
function Bm(e, t, n) {
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
var Vr = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function ec(e) {
  let t = {}, n = {}, r = [];
  function o(i) {
    var s;
    if (i in n) throw new Vr();
    i in t || (n[i] = !0, t[i] = !0, (s = e.predecessors(i)) == null || s.forEach(o), delete n[i], r.push(i));
  }
  if (e.sinks().forEach(o), Object.keys(t).length !== e.nodeCount()) throw new Vr();
  return r;
}
function Fm(e) {
  try {
    ec(e);
  } catch (t) {
    if (t instanceof Vr) return !1;
    throw t;
  }
  return !0;
}
function jm(e, t, n, r, o) {
  Array.isArray(t) || (t = [t]);
  let i = ((a) => {
    var c;
    return (c = e.isDirected() ? e.successors(a) : e.neighbors(a)) != null ? c : [];
  }), s = {};
  return t.forEach(function(a) {
    if (!e.hasNode(a)) throw new Error("Graph does not have node: " + a);
    o = tc(e, a, n === "post", s, i, r, o);
  }), o;
}
function tc(e, t, n, r, o, i, s) {
  return t in r || (r[t] = !0, n || (s = i(s, t)), o(t).forEach(function(a) {
    s = tc(e, a, n, r, o, i, s);
  }), n && (s = i(s, t))), s;
}
function nc(e, t, n) {
  return jm(e, t, n, function(r, o) {
    return r.push(o), r;
  }, []);
}
function Km(e, t) {
  return nc(e, t, "post");
}
function Ym(e, t) {
  return nc(e, t, "pre");
}
function Xm(e, t) {
  var n;
  let r = new Mi(), o = {}, i = new Jl(), s;
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
function Zm(e, t, n, r) {
  return Wm(e, t, n, r ?? ((o) => {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  }));
}
function Wm(e, t, n, r) {
  if (n === void 0) return Hr(e, t, n, r);
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
    if (o) return Ql(e, t, n, r);
  }
  return Hr(e, t, n, r);
}
var it = Mi;
function zn(e, t, n, r) {
  let o = r;
  for (; e.hasNode(o); ) o = Oi(r);
  return n.dummy = t, e.setNode(o, n), o;
}
function qm(e) {
  let t = new it().setGraph(e.graph());
  return e.nodes().forEach((n) => t.setNode(n, e.node(n))), e.edges().forEach((n) => {
    let r = t.edge(n.v, n.w) || { weight: 0, minlen: 1 }, o = e.edge(n);
    t.setEdge(n.v, n.w, { weight: r.weight + o.weight, minlen: Math.max(r.minlen, o.minlen) });
  }), t;
}
function rc(e) {
  let t = new it({ multigraph: e.isMultigraph() }).setGraph(e.graph());
  return e.nodes().forEach((n) => {
    e.children(n).length || t.setNode(n, e.node(n));
  }), e.edges().forEach((n) => {
    t.setEdge(n, e.edge(n));
  }), t;
}
function js(e, t) {
  let n = e.x, r = e.y, o = t.x - n, i = t.y - r, s = e.width / 2, a = e.height / 2;
  if (!o && !i) throw new Error("Not possible to find intersection inside of the rectangle");
  let c, u;
  return o === 0 || Math.abs(i) * s > Math.abs(o) * a ? (i < 0 && (a = -a), c = a * o / i, u = a) : (o < 0 && (s = -s), c = s, u = s * i / o), { x: n + c, y: r + u };
}
function ur(e) {
  let t = $n(ic(e) + 1).map(() => []);
  return e.nodes().forEach((n) => {
    let r = e.node(n), o = r.rank;
    o !== void 0 && (t[o] || (t[o] = []), t[o][r.order] = n);
  }), t;
}
function Gm(e) {
  let t = e.nodes().map((r) => {
    let o = e.node(r).rank;
    return o === void 0 ? Number.MAX_VALUE : o;
  }), n = ut(Math.min, t);
  e.nodes().forEach((r) => {
    let o = e.node(r);
    Object.hasOwn(o, "rank") && (o.rank -= n);
  });
}
function Um(e) {
  let t = e.nodes().map((s) => e.node(s).rank).filter((s) => s !== void 0), n = ut(Math.min, t), r = [];
  e.nodes().forEach((s) => {
    let a = e.node(s).rank - n;
    r[a] || (r[a] = []), r[a].push(s);
  });
  let o = 0, i = e.graph().nodeRankFactor;
  Array.from(r).forEach((s, a) => {
    s === void 0 && a % i !== 0 ? --o : s !== void 0 && o && s.forEach((c) => e.node(c).rank += o);
  });
}
function Ks(e, t, n, r) {
  let o = { width: 0, height: 0 };
  return arguments.length >= 4 && (o.rank = n, o.order = r), zn(e, "border", o, t);
}
function Qm(e, t = oc) {
  let n = [];
  for (let r = 0; r < e.length; r += t) {
    let o = e.slice(r, r + t);
    n.push(o);
  }
  return n;
}
var oc = 65535;
function ut(e, t) {
  if (t.length > oc) {
    let n = Qm(t);
    return e(...n.map((r) => e(...r)));
  } else return e(...t);
}
function ic(e) {
  let t = e.nodes().map((n) => {
    let r = e.node(n).rank;
    return r === void 0 ? Number.MIN_VALUE : r;
  });
  return ut(Math.max, t);
}
function Jm(e, t) {
  let n = { lhs: [], rhs: [] };
  return e.forEach((r) => {
    t(r) ? n.lhs.push(r) : n.rhs.push(r);
  }), n;
}
function $m(e, t) {
  let n = Date.now();
  try {
    return t();
  } finally {
    console.log(e + " time: " + (Date.now() - n) + "ms");
  }
}
function sc(e, t) {
  return t();
}
var ey = 0;
function Oi(e) {
  let t = ++ey;
  return e + ("" + t);
}
function $n(e, t, n = 1) {
  t == null && (t = e, e = 0);
  let r = (i) => i < t;
  n < 0 && (r = (i) => t < i);
  let o = [];
  for (let i = e; r(i); i += n) o.push(i);
  return o;
}
function Br(e, t) {
  let n = {};
  for (let r of t) e[r] !== void 0 && (n[r] = e[r]);
  return n;
}
function $r(e, t) {
  let n;
  return typeof t == "string" ? n = (r) => r[t] : n = t, Object.entries(e).reduce((r, [o, i]) => (r[o] = n(i, o), r), {});
}
function ty(e, t) {
  return e.reduce((n, r, o) => (n[r] = t[o], n), {});
}
var eo = "\0";
function ac(e, t, n) {
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
var ny = "3.1.3", ry = class {
  constructor() {
    Em(this, "_sentinel");
    let e = {};
    e._next = e._prev = e, this._sentinel = e;
  }
  dequeue() {
    let e = this._sentinel, t = e._prev;
    if (t !== e) return Ys(t), t;
  }
  enqueue(e) {
    let t = this._sentinel;
    e._prev && e._next && Ys(e), e._next = t._next, t._next._prev = e, t._next = e, e._prev = t;
  }
  toString() {
    let e = [], t = this._sentinel, n = t._prev;
    for (; n !== t; ) e.push(JSON.stringify(n, oy)), n = n._prev;
    return "[" + e.join(", ") + "]";
  }
};
function Ys(e) {
  e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
}
function oy(e, t) {
  if (e !== "_next" && e !== "_prev") return t;
}
var iy = ry, sy = () => 1;
function ay(e, t) {
  if (e.nodeCount() <= 1) return [];
  let n = cy(e, t || sy);
  return ly(n.graph, n.buckets, n.zeroIdx).flatMap((r) => e.outEdges(r.v, r.w) || []);
}
function ly(e, t, n) {
  var r;
  let o = [], i = t[t.length - 1], s = t[0], a;
  for (; e.nodeCount(); ) {
    for (; a = s.dequeue(); ) Eo(e, t, n, a);
    for (; a = i.dequeue(); ) Eo(e, t, n, a);
    if (e.nodeCount()) {
      for (let c = t.length - 2; c > 0; --c) if (a = (r = t[c]) == null ? void 0 : r.dequeue(), a) {
        o = o.concat(Eo(e, t, n, a, !0) || []);
        break;
      }
    }
  }
  return o;
}
function Eo(e, t, n, r, o) {
  let i = [], s = o ? i : void 0;
  return (e.inEdges(r.v) || []).forEach((a) => {
    let c = e.edge(a), u = e.node(a.v);
    o && i.push({ v: a.v, w: a.w }), u.out -= c, Zo(t, n, u);
  }), (e.outEdges(r.v) || []).forEach((a) => {
    let c = e.edge(a), u = a.w, d = e.node(u);
    d.in -= c, Zo(t, n, d);
  }), e.removeNode(r.v), s;
}
function cy(e, t) {
  let n = new it(), r = 0, o = 0;
  e.nodes().forEach((a) => {
    n.setNode(a, { v: a, in: 0, out: 0 });
  }), e.edges().forEach((a) => {
    let c = n.edge(a.v, a.w) || 0, u = t(a), d = c + u;
    n.setEdge(a.v, a.w, d);
    let h = n.node(a.v), f = n.node(a.w);
    o = Math.max(o, h.out += u), r = Math.max(r, f.in += u);
  });
  let i = uy(o + r + 3).map(() => new iy()), s = r + 1;
  return n.nodes().forEach((a) => {
    Zo(i, s, n.node(a));
  }), { graph: n, buckets: i, zeroIdx: s };
}
function Zo(e, t, n) {
  var r, o, i;
  n.out ? n.in ? (i = e[n.out - n.in + t]) == null || i.enqueue(n) : (o = e[e.length - 1]) == null || o.enqueue(n) : (r = e[0]) == null || r.enqueue(n);
}
function uy(e) {
  let t = [];
  for (let n = 0; n < e; n++) t.push(n);
  return t;
}
function dy(e, t) {
  (e.graph().acyclicer === "greedy" ? ay(e, n(e)) : fy(e, t ?? null)).forEach((r) => {
    let o = e.edge(r);
    e.removeEdge(r), o.forwardName = r.name, o.reversed = !0, e.setEdge(r.w, r.v, o, Oi("rev"));
  });
  function n(r) {
    return (o) => r.edge(o).weight;
  }
}
function fy(e, t) {
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
      Object.hasOwn(r, d.w) || ((h = t.node(c)) == null ? void 0 : h.rank) > ((f = t.node(d.w)) == null ? void 0 : f.rank) && gy(e, d.w, d) ? n.push(d) : s(d.w);
    }), delete r[c]);
  }
  let a = i;
  return t && typeof t.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), n;
}
function hy(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.reversed) {
      e.removeEdge(t);
      let r = n.forwardName;
      delete n.reversed, delete n.forwardName, e.setEdge(t.w, t.v, n, r);
    }
  });
}
function gy(e, t, n) {
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
function vy(e) {
  e.graph().dummyChains = [], e.edges().forEach((t) => py(e, t));
}
function py(e, t) {
  let n = t.v, r = e.node(n).rank, o = t.w, i = e.node(o).rank, s = t.name, a = e.edge(t), c = a.labelRank;
  if (i === r + 1) return;
  e.removeEdge(t);
  let u, d, h;
  for (h = 0, ++r; r < i; ++h, ++r) a.points = [], d = { width: 0, height: 0, edgeLabel: a, edgeObj: t, rank: r }, u = zn(e, "edge", d, "_d"), r === c && (d.width = a.width, d.height = a.height, d.dummy = "edge-label", d.labelpos = a.labelpos), e.setEdge(n, u, { weight: a.weight }, s), h === 0 && e.graph().dummyChains.push(u), n = u;
  e.setEdge(n, o, { weight: a.weight }, s);
}
function my(e) {
  e.graph().dummyChains.forEach((t) => {
    let n = e.node(t), r = n.edgeLabel, o;
    for (e.setEdge(n.edgeObj, r); n.dummy; ) o = e.successors(t)[0], e.removeNode(t), r.points.push({ x: n.x, y: n.y }), n.dummy === "edge-label" && (r.x = n.x, r.y = n.y, r.width = n.width, r.height = n.height), t = o, n = e.node(t);
  });
}
function Ii(e) {
  let t = {};
  function n(r) {
    let o = e.node(r);
    if (Object.hasOwn(t, r)) return o.rank;
    t[r] = !0;
    let i = e.outEdges(r), s = i ? i.map((c) => c == null ? Number.POSITIVE_INFINITY : n(c.w) - e.edge(c).minlen) : [], a = ut(Math.min, s);
    return a === Number.POSITIVE_INFINITY && (a = 0), o.rank = a;
  }
  e.sources().forEach(n);
}
function On(e, t) {
  return e.node(t.w).rank - e.node(t.v).rank - e.edge(t).minlen;
}
var lc = yy;
function yy(e) {
  let t = new it({ directed: !1 }), n = e.nodes();
  if (n.length === 0) throw new Error("Graph must have at least one node");
  let r = n[0], o = e.nodeCount();
  t.setNode(r, {});
  let i, s;
  for (; by(t, e) < o && (i = wy(t, e), !!i); ) s = t.hasNode(i.v) ? On(e, i) : -On(e, i), _y(t, e, s);
  return t;
}
function by(e, t) {
  function n(r) {
    let o = t.nodeEdges(r);
    o && o.forEach((i) => {
      let s = i.v, a = r === s ? i.w : s;
      !e.hasNode(a) && !On(t, i) && (e.setNode(a, {}), e.setEdge(r, a, {}), n(a));
    });
  }
  return e.nodes().forEach(n), e.nodeCount();
}
function wy(e, t) {
  return t.edges().reduce((n, r) => {
    let o = Number.POSITIVE_INFINITY;
    return e.hasNode(r.v) !== e.hasNode(r.w) && (o = On(t, r)), o < n[0] ? [o, r] : n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function _y(e, t, n) {
  e.nodes().forEach((r) => t.node(r).rank += n);
}
var { preorder: xy, postorder: Ey } = Pi, ky = un;
un.initLowLimValues = zi;
un.initCutValues = Ai;
un.calcCutValue = cc;
un.leaveEdge = dc;
un.enterEdge = fc;
un.exchangeEdges = hc;
function un(e) {
  e = qm(e), Ii(e);
  let t = lc(e);
  zi(t), Ai(t, e);
  let n, r;
  for (; n = dc(t); ) r = fc(t, e, n), hc(t, e, n, r);
}
function Ai(e, t) {
  let n = Ey(e, e.nodes());
  n = n.slice(0, n.length - 1), n.forEach((r) => Ny(e, t, r));
}
function Ny(e, t, n) {
  let r = e.node(n).parent, o = e.edge(n, r);
  o.cutvalue = cc(e, t, n);
}
function cc(e, t, n) {
  let r = e.node(n).parent, o = !0, i = t.edge(n, r), s = 0;
  i || (o = !1, i = t.edge(r, n)), s = i.weight;
  let a = t.nodeEdges(n);
  return a && a.forEach((c) => {
    let u = c.v === n, d = u ? c.w : c.v;
    if (d !== r) {
      let h = u === o, f = t.edge(c).weight;
      if (s += h ? f : -f, Cy(e, n, d)) {
        let g = e.edge(n, d).cutvalue;
        s += h ? -g : g;
      }
    }
  }), s;
}
function zi(e, t) {
  arguments.length < 2 && (t = e.nodes()[0]), uc(e, {}, 1, t);
}
function uc(e, t, n, r, o) {
  let i = n, s = e.node(r);
  t[r] = !0;
  let a = e.neighbors(r);
  return a && a.forEach((c) => {
    Object.hasOwn(t, c) || (n = uc(e, t, n, c, r));
  }), s.low = i, s.lim = n++, o ? s.parent = o : delete s.parent, n;
}
function dc(e) {
  return e.edges().find((t) => e.edge(t).cutvalue < 0);
}
function fc(e, t, n) {
  let r = n.v, o = n.w;
  t.hasEdge(r, o) || (r = n.w, o = n.v);
  let i = e.node(r), s = e.node(o), a = i, c = !1;
  return i.lim > s.lim && (a = s, c = !0), t.edges().filter((u) => c === Xs(e, e.node(u.v), a) && c !== Xs(e, e.node(u.w), a)).reduce((u, d) => On(t, d) < On(t, u) ? d : u);
}
function hc(e, t, n, r) {
  let o = n.v, i = n.w;
  e.removeEdge(o, i), e.setEdge(r.v, r.w, {}), zi(e), Ai(e, t), Sy(e, t);
}
function Sy(e, t) {
  let n = e.nodes().find((o) => !e.node(o).parent);
  if (!n) return;
  let r = xy(e, [n]);
  r = r.slice(1), r.forEach((o) => {
    let i = e.node(o).parent, s = t.edge(o, i), a = !1;
    s || (s = t.edge(i, o), a = !0), t.node(o).rank = t.node(i).rank + (a ? s.minlen : -s.minlen);
  });
}
function Cy(e, t, n) {
  return e.hasEdge(t, n);
}
function Xs(e, t, n) {
  return n.low <= t.lim && t.lim <= n.lim;
}
var My = Py;
function Py(e) {
  let t = e.graph().ranker;
  if (typeof t == "function") return t(e);
  switch (t) {
    case "network-simplex":
      Zs(e);
      break;
    case "tight-tree":
      Iy(e);
      break;
    case "longest-path":
      Oy(e);
      break;
    case "none":
      break;
    default:
      Zs(e);
  }
}
var Oy = Ii;
function Iy(e) {
  Ii(e), lc(e);
}
function Zs(e) {
  ky(e);
}
var Ay = zy;
function zy(e) {
  let t = Dy(e), n = e.graph();
  Array.isArray(n.dummyChains) && n.dummyChains.forEach((r) => {
    let o = e.node(r), i = o.edgeObj, s = Ty(e, t, i.v, i.w), a = s.path, c = s.lca, u = 0, d = a[u], h = !0;
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
function Ty(e, t, n, r) {
  let o = [], i = [], s = Math.min(t[n].low, t[r].low), a = Math.max(t[n].lim, t[r].lim), c;
  c = n;
  do
    c = e.parent(c), o.push(c);
  while (c && (t[c].low > s || a > t[c].lim));
  let u = c, d = r;
  for (; (d = e.parent(d)) !== u; ) i.push(d);
  return { path: o.concat(i.reverse()), lca: u };
}
function Dy(e) {
  let t = {}, n = 0;
  function r(o) {
    let i = n;
    e.children(o).forEach(r), t[o] = { low: i, lim: n++ };
  }
  return e.children(eo).forEach(r), t;
}
function Ly(e) {
  let t = zn(e, "root", {}, "_root"), n = Ry(e), r = Object.values(n), o = ut(Math.max, r) - 1, i = 2 * o + 1;
  e.graph().nestingRoot = t, e.edges().forEach((a) => e.edge(a).minlen *= i);
  let s = Hy(e) + 1;
  e.children(eo).forEach((a) => {
    gc(e, t, i, s, o, n, a);
  }), e.graph().nodeRankFactor = i;
}
function gc(e, t, n, r, o, i, s) {
  var a;
  let c = e.children(s);
  if (!c.length) {
    s !== t && e.setEdge(t, s, { weight: 0, minlen: n });
    return;
  }
  let u = Ks(e, "_bt"), d = Ks(e, "_bb"), h = e.node(s);
  e.setParent(u, s), h.borderTop = u, e.setParent(d, s), h.borderBottom = d, c.forEach((f) => {
    var g;
    gc(e, t, n, r, o, i, f);
    let v = e.node(f), p = v.borderTop ? v.borderTop : f, m = v.borderBottom ? v.borderBottom : f, b = v.borderTop ? r : 2 * r, N = p !== m ? 1 : o - ((g = i[s]) != null ? g : 0) + 1;
    e.setEdge(u, p, { weight: b, minlen: N, nestingEdge: !0 }), e.setEdge(m, d, { weight: b, minlen: N, nestingEdge: !0 });
  }), e.parent(s) || e.setEdge(t, u, { weight: 0, minlen: o + ((a = i[s]) != null ? a : 0) });
}
function Ry(e) {
  let t = {};
  function n(r, o) {
    let i = e.children(r);
    i && i.length && i.forEach((s) => n(s, o + 1)), t[r] = o;
  }
  return e.children(eo).forEach((r) => n(r, 1)), t;
}
function Hy(e) {
  return e.edges().reduce((t, n) => t + e.edge(n).weight, 0);
}
function Vy(e) {
  let t = e.graph();
  e.removeNode(t.nestingRoot), delete t.nestingRoot, e.edges().forEach((n) => {
    e.edge(n).nestingEdge && e.removeEdge(n);
  });
}
var By = Fy;
function Fy(e) {
  function t(n) {
    let r = e.children(n), o = e.node(n);
    if (r.length && r.forEach(t), o && Object.hasOwn(o, "minRank")) {
      o.borderLeft = [], o.borderRight = [];
      for (let i = o.minRank, s = o.maxRank + 1; i < s; ++i) Ws(e, "borderLeft", "_bl", n, o, i), Ws(e, "borderRight", "_br", n, o, i);
    }
  }
  e.children(eo).forEach(t);
}
function Ws(e, t, n, r, o, i) {
  let s = { width: 0, height: 0, rank: i, borderType: t }, a = o[t][i - 1], c = zn(e, "border", s, n);
  o[t][i] = c, e.setParent(c, r), a && e.setEdge(a, c, { weight: 1 });
}
function jy(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "lr" || n === "rl") && vc(e);
}
function Ky(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "bt" || n === "rl") && Yy(e), (n === "lr" || n === "rl") && (Xy(e), vc(e));
}
function vc(e) {
  e.nodes().forEach((t) => qs(e.node(t))), e.edges().forEach((t) => qs(e.edge(t)));
}
function qs(e) {
  let t = e.width;
  e.width = e.height, e.height = t;
}
function Yy(e) {
  e.nodes().forEach((t) => ko(e.node(t))), e.edges().forEach((t) => {
    var n;
    let r = e.edge(t);
    (n = r.points) == null || n.forEach(ko), Object.hasOwn(r, "y") && ko(r);
  });
}
function ko(e) {
  e.y = -e.y;
}
function Xy(e) {
  e.nodes().forEach((t) => No(e.node(t))), e.edges().forEach((t) => {
    var n;
    let r = e.edge(t);
    (n = r.points) == null || n.forEach(No), Object.hasOwn(r, "x") && No(r);
  });
}
function No(e) {
  let t = e.x;
  e.x = e.y, e.y = t;
}
function Zy(e, t = null) {
  let n = {}, r = e.nodes().filter((u) => !e.children(u).length), o = r.map((u) => e.node(u).rank), i = ut(Math.max, o), s = $n(i + 1).map(() => []);
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
    return ac(t, h, f);
  }
  return s;
}
function Wy(e, t) {
  let n = 0;
  for (let r = 1; r < t.length; ++r) n += qy(e, t[r - 1], t[r]);
  return n;
}
function qy(e, t, n) {
  let r = ty(n, n.map((u, d) => d)), o = t.flatMap((u) => {
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
function Gy(e, t = []) {
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
function Uy(e, t) {
  let n = {};
  e.forEach((o, i) => {
    let s = { indegree: 0, in: [], out: [], vs: [o.v], i };
    o.barycenter !== void 0 && (s.barycenter = o.barycenter, s.weight = o.weight), n[o.v] = s;
  }), t.edges().forEach((o) => {
    let i = n[o.v], s = n[o.w];
    i !== void 0 && s !== void 0 && (s.indegree++, i.out.push(s));
  });
  let r = Object.values(n).filter((o) => !o.indegree);
  return Qy(r);
}
function Qy(e) {
  let t = [];
  function n(o) {
    return (i) => {
      i.merged || (i.barycenter === void 0 || o.barycenter === void 0 || i.barycenter >= o.barycenter) && Jy(o, i);
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
  return t.filter((o) => !o.merged).map((o) => Br(o, ["vs", "i", "barycenter", "weight"]));
}
function Jy(e, t) {
  let n = 0, r = 0;
  e.weight && (n += e.barycenter * e.weight, r += e.weight), t.weight && (n += t.barycenter * t.weight, r += t.weight), e.vs = t.vs.concat(e.vs), e.barycenter = n / r, e.weight = r, e.i = Math.min(t.i, e.i), t.merged = !0;
}
function $y(e, t, n, r, o) {
  let i = {}, s = null, a = null, c = o;
  typeof t == "boolean" ? (c = t, i = {}) : t && (i = t, s = n ?? null, a = r ?? null);
  let u = Jm(e, (b) => Object.hasOwn(b, "barycenter")), d = u.lhs, h = u.rhs.sort((b, N) => N.i - b.i), f = [], g = 0, v = 0, p = 0;
  d.sort(eb(a, s, !!c));
  for (let [b, N] of Object.entries(i)) {
    let _ = d.findIndex((x) => x.vs[0] === b);
    d.splice(_ + 1, 0, N);
  }
  p = Gs(f, h, p), d.forEach((b) => {
    p += b.vs.length, f.push(b.vs), g += b.barycenter * b.weight, v += b.weight, p = Gs(f, h, p);
  });
  let m = { vs: f.flat(1) };
  return v && (m.barycenter = g / v, m.weight = v), m;
}
function Gs(e, t, n) {
  let r;
  for (; t.length && (r = t[t.length - 1]).i <= n; ) t.pop(), e.push(r.vs), n++;
  return n;
}
function eb(e, t, n) {
  return (r, o) => {
    if (r.barycenter < o.barycenter) return -1;
    if (r.barycenter > o.barycenter) return 1;
    if (e && (typeof r.vs[0] == "string" || typeof o.vs[0] == "string")) {
      let i = e.node(r.vs[0]), s = e.node(o.vs[0]), a = ac(t, i, s);
      if (a !== 0) return a;
    }
    return n ? o.i - r.i : r.i - o.i;
  };
}
function pc(e, t, n, r, o) {
  var i, s, a, c, u, d, h, f, g, v, p;
  let m = null, b = o;
  typeof r == "boolean" ? (b = r, m = null) : r !== void 0 && (m = r);
  let N = e.children(t), _ = e.node(t), x = _ ? _.borderLeft : void 0, C = _ ? _.borderRight : void 0, I = {};
  x && (N = N.filter((M) => M !== x && M !== C));
  let L = Gy(e, N);
  L.forEach((M) => {
    if (e.children(M.v).length) {
      let { result: P } = pc(e, M.v, n, m, b);
      I[M.v] = P, Object.hasOwn(P, "barycenter") && nb(M, P);
    }
  });
  let T = Uy(L, n);
  tb(T, I);
  let B = {}, W = !1;
  for (let M = 0; M < T.length; M++) for (let P = M + 1; P < T.length; P++) if (!(!T[M] || !T[P] || !((i = T[M]) != null && i.barycenter) || !((s = T[P]) != null && s.barycenter)) && ((a = T[M]) == null ? void 0 : a.barycenter) === T[P].barycenter) {
    let y = (u = (c = T[M]) == null ? void 0 : c.vs[0]) != null ? u : "", E = (h = (d = T[P]) == null ? void 0 : d.vs[0]) != null ? h : "", k = e.node(y), S = e.node(E);
    if (k.dummy === "edge" && S.dummy === "edge" && ((f = k.edgeObj) == null ? void 0 : f.v) === ((g = S.edgeObj) == null ? void 0 : g.v) && ((v = k.edgeObj) == null ? void 0 : v.w) === ((p = S.edgeObj) == null ? void 0 : p.w)) if (k.edgeLabel.reversed) {
      B[E] = T[M], T.splice(M, 1), M--;
      break;
    } else B[y] || (B[y] = T[P], T.splice(P, 1), P--);
    else W = !0;
  }
  let O = $y(T, B, m, e, b);
  if (x && C) {
    O.vs = [x, O.vs, C].flat(1);
    let M = e.predecessors(x);
    if (M && M.length) {
      let P = e.node(M[0]), y = e.predecessors(C), E = e.node(y[0]);
      Object.hasOwn(O, "barycenter") || (O.barycenter = 0, O.weight = 0), O.barycenter = (O.barycenter * O.weight + P.order + E.order) / (O.weight + 2), O.weight += 2;
    }
  }
  return Object.defineProperty(O, "result", { value: O, enumerable: !1, configurable: !0, writable: !0 }), Object.defineProperty(O, "usedBias", { value: W, enumerable: !1, configurable: !0, writable: !0 }), O;
}
function tb(e, t) {
  e.forEach((n) => {
    n.vs = n.vs.flatMap((r) => t[r] ? t[r].vs : r);
  });
}
function nb(e, t) {
  e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + t.barycenter * t.weight) / (e.weight + t.weight), e.weight += t.weight) : (e.barycenter = t.barycenter, e.weight = t.weight);
}
function rb(e, t, n, r) {
  r || (r = e.nodes());
  let o = ob(e), i = new it({ compound: !0 }).setGraph({ root: o }).setDefaultNodeLabel((s) => e.node(s));
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
function ob(e) {
  let t;
  for (; e.hasNode(t = Oi("_root")); ) ;
  return t;
}
function ib(e, t, n) {
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
function mc(e, t = {}, n = null) {
  if (typeof t.customOrder == "function") {
    t.customOrder(e, mc);
    return;
  }
  let r = ic(e), o = Us(e, $n(1, r + 1), "inEdges"), i = Us(e, $n(r - 1, -1, -1), "outEdges"), s = Zy(e, n);
  if (Qs(e, s), t.disableOptimalOrderHeuristic) return;
  let a = Number.POSITIVE_INFINITY, c, u = t.constraints || [];
  for (let d = 0, h = 0; h < 4; ++d, ++h) {
    sb(d % 2 ? o : i, d % 4 >= 2, u, n), s = ur(e);
    let f = Wy(e, s);
    f < a ? (h = 0, c = Object.assign({}, s), a = f) : f === a && (c = structuredClone(s));
  }
  Qs(e, c);
}
function Us(e, t, n) {
  let r = /* @__PURE__ */ new Map(), o = (i, s) => {
    r.has(i) || r.set(i, []), r.get(i).push(s);
  };
  for (let i of e.nodes()) {
    let s = e.node(i);
    if (typeof s.rank == "number" && o(s.rank, i), typeof s.minRank == "number" && typeof s.maxRank == "number") for (let a = s.minRank; a <= s.maxRank; a++) a !== s.rank && o(a, i);
  }
  return t.map(function(i) {
    return rb(e, i, n, r.get(i) || []);
  });
}
function sb(e, t, n, r) {
  let o = !0, i = new it();
  e.forEach(function(s) {
    n.forEach((d) => i.setEdge(d.left, d.right));
    let a = s.graph().root, { result: c, usedBias: u } = pc(s, a, i, r, o);
    t && u && (o = !o), c.vs.forEach((d, h) => s.node(d).order = h), ib(s, i, c.vs);
  });
}
function Qs(e, t) {
  Object.values(t).forEach((n) => n.forEach((r, o) => e.node(r).order = o));
}
function ab(e, t) {
  let n = {};
  function r(o, i) {
    let s = 0, a = 0, c = o.length, u = i[i.length - 1];
    return i.forEach((d, h) => {
      let f = cb(e, d), g = f ? e.node(f).order : c;
      (f || d === u) && (i.slice(a, h + 1).forEach((v) => {
        let p = e.predecessors(v);
        p && p.forEach((m) => {
          let b = e.node(m), N = b.order;
          (N < s || g < N) && !(b.dummy && e.node(v).dummy) && yc(n, m, v);
        });
      }), a = h + 1, s = g);
    }), i;
  }
  return t.length && t.reduce(r), n;
}
function lb(e, t) {
  let n = {};
  function r(s) {
    var a;
    return ((a = e.node(s)) == null ? void 0 : a.dummy) === "border";
  }
  if (!e.nodes().some(r)) return n;
  function o(s, a, c, u, d) {
    $n(a, c).forEach((h) => {
      let f = s[h];
      if (f !== void 0 && e.node(f).dummy) {
        let g = e.predecessors(f);
        g && g.forEach((v) => {
          if (v === void 0) return;
          let p = e.node(v);
          p.dummy && (p.order < u || p.order > d) && yc(n, v, f);
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
function cb(e, t) {
  if (e.node(t).dummy) {
    let n = e.predecessors(t);
    if (n) return n.find((r) => e.node(r).dummy);
  }
}
function yc(e, t, n) {
  if (t > n) {
    let o = t;
    t = n, n = o;
  }
  let r = e[t];
  r || (e[t] = r = {}), r[n] = !0;
}
function ub(e, t, n) {
  if (t > n) {
    let o = t;
    t = n, n = o;
  }
  let r = e[t];
  return r !== void 0 && Object.hasOwn(r, n);
}
function db(e, t, n, r, o) {
  let i = {}, s = {}, a = {};
  return t.forEach((c) => {
    c.forEach((u, d) => {
      i[u] = u, s[u] = u, a[u] = d;
    });
  }), t.forEach((c) => {
    let u = -1, d = -1, h = !1, f = c, g = c.findIndex((v) => o?.includes(v) || Js(v, e, o));
    g > 0 && (f = [c[g], ...c.slice(0, g), ...c.slice(g + 1)], h = !0), f.forEach((v) => {
      var p;
      let m = r(v);
      if (m && m.length) {
        o != null && o.includes(v) && (m = m.filter((_) => Js(_, e, o)));
        let b = m.sort((_, x) => {
          let C = a[_], I = a[x];
          return (C !== void 0 ? C : 0) - (I !== void 0 ? I : 0);
        }), N = (b.length - 1) / 2;
        for (let _ = Math.floor(N), x = Math.ceil(N); _ <= x; ++_) {
          let C = b[_];
          if (C === void 0) continue;
          let I = a[C];
          if (I !== void 0 && s[v] === v && u < I && a[C] !== d && !ub(n, v, C)) {
            let L = i[C];
            L !== void 0 && (s[C] = v, s[v] = i[v] = L, u = I, h && (u = -1, d = (p = a[C]) != null ? p : -1, h = !1));
          }
        }
      }
    });
  }), { root: i, align: s };
}
function fb(e, t, n, r, o = !1) {
  let i = {}, s = hb(e, t, n, o), a = o ? "borderLeft" : "borderRight";
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
      let N = (b = i[m.v]) != null ? b : 0, _ = s.edge(m);
      return Math.max(p, N + (_ !== void 0 ? _ : 0));
    }, 0) : i[g] = 0;
  }
  function d(g) {
    let v = s.outEdges(g), p = Number.POSITIVE_INFINITY;
    v && (p = v.reduce((b, N) => {
      let _ = i[N.w], x = s.edge(N);
      return Math.min(b, (_ !== void 0 ? _ : 0) - (x !== void 0 ? x : 0));
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
function hb(e, t, n, r) {
  let o = new it(), i = e.graph(), s = yb(i.nodesep, i.edgesep, r);
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
function gb(e, t) {
  return Object.values(t).reduce((n, r) => {
    let o = Number.NEGATIVE_INFINITY, i = Number.POSITIVE_INFINITY;
    Object.entries(r).forEach(([a, c]) => {
      let u = bb(e, a) / 2;
      o = Math.max(c + u, o), i = Math.min(c - u, i);
    });
    let s = o - i;
    return s < n[0] && (n = [s, r]), n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function vb(e, t) {
  let n = Object.values(t), r = ut(Math.min, n), o = ut(Math.max, n);
  ["u", "d"].forEach((i) => {
    ["l", "r"].forEach((s) => {
      let a = i + s, c = e[a];
      if (!c || c === t) return;
      let u = Object.values(c), d = r - ut(Math.min, u);
      s !== "l" && (d = o - ut(Math.max, u)), d && (e[a] = $r(c, (h) => h + d));
    });
  });
}
function pb(e, t = void 0) {
  let n = e.ul;
  return n ? $r(n, (r, o) => {
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
function mb(e, t) {
  let n = ur(e), r = Object.assign(ab(e, n), lb(e, n)), o = {}, i;
  ["u", "d"].forEach((a) => {
    i = a === "u" ? n : Object.values(n).reverse(), ["l", "r"].forEach((c) => {
      c === "r" && (i = i.map((h) => Object.values(h).reverse()));
      let u = db(e, i, r, (h) => (a === "u" ? e.predecessors(h) : e.successors(h)) || [], t), d = fb(e, i, u.root, u.align, c === "r");
      c === "r" && (d = $r(d, (h) => -h)), o[a + c] = d;
    });
  });
  let s = gb(e, o);
  return vb(o, s), pb(o, e.graph().align);
}
function yb(e, t, n) {
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
function bb(e, t) {
  return e.node(t).width;
}
function Js(e, t, n) {
  var r;
  if (!n) return !1;
  let o = (r = t.node(e)) == null ? void 0 : r.edgeObj;
  if (!o || t.node(e).edgeLabel.reversed) return !1;
  let i = n.indexOf(o?.v), s = n.indexOf(o?.w);
  return i !== -1 && s !== -1 && i === (s + 1) % n.length || i === (s - 1) % n.length;
}
function wb(e, t) {
  e = rc(e), _b(e), Object.entries(mb(e, t)).forEach(([n, r]) => e.node(n).x = r);
}
function _b(e) {
  let t = ur(e), n = e.graph(), r = n.ranksep, o = n.rankalign, i = 0;
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
var $s = /* @__PURE__ */ new WeakMap();
function xb(e, t = {}) {
  return bc(e, sc, t), e;
}
function ea(e, t, n) {
  let r = t;
  for (; r !== void 0; ) {
    let o = e.parent(r);
    if (o === n) return r;
    r = o;
  }
}
function bc(e, t, n) {
  var r;
  let o = e.nodes().filter((N) => e.children(N).length), i = {};
  o.forEach((N) => {
    let _ = e.node(N);
    if (_ && _.rankdir) {
      let x = new it({ multigraph: !0, compound: !0 });
      x.setGraph({ rankdir: _.rankdir });
      let C = e.children(N);
      C.forEach((y) => {
        let E = { ...e.node(y) };
        x.setNode(y, E);
        let k = e.parent(y);
        k && k !== N && C.includes(k) && x.setParent(y, k);
      });
      let I = /* @__PURE__ */ new Set();
      e.edges().forEach((y) => {
        let E = ea(e, y.v, N), k = ea(e, y.w, N);
        if (E === y.v && k === y.w) x.setEdge(y, { ...e.edge(y) });
        else if (E && k && E !== k) {
          let S = `${E}\0${k}`;
          I.has(S) || (I.add(S), x.setEdge(E, k, { ...e.edge(y) }));
        }
      }), bc(x, t, n);
      let L = ia(x);
      na(L, t, n, null), ra(x, L);
      let T = 1 / 0, B = 1 / 0, W = -1 / 0, O = -1 / 0;
      x.nodes().forEach((y) => {
        if (y === N) return;
        let E = x.node(y);
        E && typeof E.x == "number" && typeof E.y == "number" && typeof E.width == "number" && typeof E.height == "number" && (T = Math.min(T, E.x - E.width / 2), W = Math.max(W, E.x + E.width / 2), B = Math.min(B, E.y - E.height / 2), O = Math.max(O, E.y + E.height / 2));
      }), (!isFinite(T) || !isFinite(B) || !isFinite(W) || !isFinite(O)) && (T = B = 0, W = O = 0);
      let M = W - T, P = O - B;
      i[N] = { minX: T, minY: B, maxX: W, maxY: O, width: M, height: P, offsetX: T, offsetY: B }, _._dagreClusterSubgraph = x;
    }
  });
  let s = [], a = (N) => {
    let _ = [], x = (e.children(N) || []).filter((C) => C !== N);
    for (; x.length > 0; ) {
      let C = x.shift();
      _.push(C), (e.children(C) || []).filter((I) => I !== C).forEach((I) => x.push(I));
    }
    return _;
  }, c = /* @__PURE__ */ new Map();
  o.forEach((N) => {
    let _ = e.node(N);
    _ && _.rankdir && i[N] && c.set(N, (e.children(N) || []).filter((x) => x !== N));
  });
  let u = new Set([...c.values()].flat()), d = /* @__PURE__ */ new Map();
  c.forEach((N, _) => {
    u.has(_) || d.set(_, a(_));
  });
  let h = new Set([...d.values()].flat()), f = (N) => {
    for (let [_, x] of d) if (x.includes(N)) return _;
    return N;
  }, g = [];
  e.edges().forEach((N) => {
    (h.has(N.v) || h.has(N.w)) && g.push({ edge: N, label: e.edge(N) });
  });
  let v = /* @__PURE__ */ new Map();
  h.forEach((N) => {
    let _ = e.parent(N);
    v.set(N, typeof _ == "string" ? _ : void 0);
  }), d.forEach((N, _) => {
    let x = e.node(_), C = [];
    N.forEach((T) => {
      let B = e.node(T);
      B && (C.push({ id: T, node: B, parent: v.get(T) }), e.removeNode(T));
    });
    let I = g.filter(({ edge: T }) => N.includes(T.v) || N.includes(T.w)), L = i[_];
    x && (s.push({ clusterId: _, subgraph: x._dagreClusterSubgraph, bounds: L, children: N, removedNodes: C, removedEdges: I }), x.width = L.width, x.height = L.height);
  });
  let p = /* @__PURE__ */ new Set();
  g.forEach(({ edge: N, label: _ }) => {
    let x = f(N.v), C = f(N.w);
    if (x !== C && e.hasNode(x) && e.hasNode(C)) {
      let I = `${x}\0${C}`;
      p.has(I) || (p.add(I), e.setEdge(x, C, { ..._, width: 0, height: 0 }));
    }
  });
  let m = ia(e), b = na(m, t, n, (r = $s.get(e)) != null ? r : null);
  $s.set(e, b), ra(e, m), p.forEach((N) => {
    let _ = N.indexOf("\0"), x = N.slice(0, _), C = N.slice(_ + 1);
    e.hasEdge(x, C) && e.removeEdge(x, C);
  }), s.forEach(({ clusterId: N, subgraph: _, bounds: x, removedNodes: C, removedEdges: I }) => {
    var L, T;
    let B = e.node(N), W = (L = B?.x) != null ? L : 0, O = (T = B?.y) != null ? T : 0, M = (x.minX + x.maxX) / 2, P = (x.minY + x.maxY) / 2;
    C.forEach(({ id: y, node: E, parent: k }) => {
      e.setNode(y, E), k !== void 0 && e.setParent(y, k);
    }), I.forEach(({ edge: y, label: E }) => {
      e.setEdge(y, E);
    }), _.nodes().forEach((y) => {
      if (y === N) return;
      let E = _.node(y), k = e.node(y);
      k && E && typeof E.x == "number" && typeof E.y == "number" && (k.x = W + (E.x - M), k.y = O + (E.y - P));
    }), ta(e, _, W - M, O - P), delete B._dagreClusterSubgraph;
  }), o.forEach((N) => {
    var _, x;
    let C = e.node(N), I = i[N];
    if (C && C.rankdir && C._dagreClusterSubgraph && I) {
      let L = C._dagreClusterSubgraph, T = (_ = C.x) != null ? _ : 0, B = (x = C.y) != null ? x : 0, W = (I.minX + I.maxX) / 2, O = (I.minY + I.maxY) / 2;
      L.nodes().forEach((M) => {
        if (M === N) return;
        let P = L.node(M), y = e.node(M);
        if (y && P && typeof P.x == "number" && typeof P.y == "number") {
          let E = P.x - W, k = P.y - O;
          y.x = T + E, y.y = B + k;
        }
      }), ta(e, L, T - W, B - O), delete C._dagreClusterSubgraph;
    }
  });
}
function ta(e, t, n, r) {
  t.edges().forEach((o) => {
    if (!e.hasEdge(o)) return;
    let i = t.edge(o), s = e.edge(o);
    s.points = i.points.map((a) => ({ x: a.x + n, y: a.y + r })), Object.hasOwn(i, "x") && (s.x = i.x + n, s.y = i.y + r);
  });
}
function na(e, t, n, r = null) {
  var o, i;
  let s = n?.useDynamic !== !1, a = s && (o = r?.graph) != null ? o : null, c = s && (i = r?.rawNodes) != null ? i : null;
  t("    makeSpaceForEdgeLabels", () => Ob(e)), t("    removeSelfEdges", () => Vb(e)), t("    acyclic", () => dy(e, a)), t("    nestingGraph.run", () => Ly(e)), t("    rank", () => My(rc(e))), t("    injectEdgeLabelProxies", () => Ib(e)), t("    removeEmptyRanks", () => Um(e)), t("    nestingGraph.cleanup", () => Vy(e)), t("    normalizeRanks", () => Gm(e)), t("    assignRankMinMax", () => Ab(e)), t("    removeEdgeLabelProxies", () => zb(e)), t("    normalize.run", () => vy(e)), t("    parentDummyChains", () => Ay(e)), t("    addBorderSegments", () => By(e)), t("    order", () => mc(e, n, c)), t("    insertSelfEdges", () => Bb(e)), t("    adjustCoordinateSystem", () => jy(e)), t("    position", () => wb(e, n.corePath)), t("    positionSelfEdges", () => Fb(e));
  let u = JSON.parse(JSON.stringify(e._nodes));
  return t("    removeBorderNodes", () => Hb(e)), t("    normalize.undo", () => my(e)), t("    fixupEdgeLabelCoords", () => Lb(e)), t("    undoCoordinateSystem", () => Ky(e)), t("    translateGraph", () => Tb(e)), t("    assignNodeIntersects", () => Db(e)), t("    reversePoints", () => Rb(e)), t("    acyclic.undo", () => hy(e)), { graph: e, rawNodes: u };
}
function ra(e, t) {
  e.nodes().forEach((n) => {
    let r = e.node(n), o = t.node(n);
    r && (r.x = o.x, r.y = o.y, r.order = o.order, r.rank = o.rank, t.children(n).length && (r.width = o.width, r.height = o.height));
  }), e.edges().forEach((n) => {
    let r = e.edge(n), o = t.edge(n);
    r.points = o.points, Object.hasOwn(o, "x") && (r.x = o.x, r.y = o.y);
  }), e.graph().width = t.graph().width, e.graph().height = t.graph().height;
}
var Eb = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"], kb = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" }, Nb = ["acyclicer", "ranker", "rankdir", "align", "rankalign"], Sb = ["width", "height", "rank"], oa = { width: 0, height: 0 }, Cb = ["minlen", "weight", "width", "height", "labeloffset"], Mb = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" }, Pb = ["labelpos"];
function ia(e) {
  let t = new it({ multigraph: !0, compound: !0 }), n = Co(e.graph());
  return t.setGraph(Object.assign({}, kb, So(n, Eb), Br(n, Nb))), e.nodes().forEach((r) => {
    let o = Co(e.node(r)), i = So(o, Sb);
    Object.keys(oa).forEach((a) => {
      i[a] === void 0 && (i[a] = oa[a]);
    }), t.setNode(r, i);
    let s = e.parent(r);
    s !== void 0 && t.setParent(r, s);
  }), e.edges().forEach((r) => {
    let o = Co(e.edge(r));
    t.setEdge(r, Object.assign({}, Mb, So(o, Cb), Br(o, Pb)));
  }), t;
}
function Ob(e) {
  let t = e.graph();
  t.ranksep /= 2, e.edges().forEach((n) => {
    var r;
    let o = e.edge(n);
    o.minlen *= 2, ((r = o.labelpos) != null ? r : "r").toLowerCase() !== "c" && (t.rankdir === "TB" || t.rankdir === "BT" ? o.width += o.labeloffset : o.height += o.labeloffset);
  });
}
function Ib(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.width && n.height) {
      let r = e.node(t.v), o = { rank: (e.node(t.w).rank - r.rank) / 2 + r.rank, e: t };
      zn(e, "edge-proxy", o, "_ep");
    }
  });
}
function Ab(e) {
  let t = 0;
  e.nodes().forEach((n) => {
    let r = e.node(n);
    r.borderTop && (r.minRank = e.node(r.borderTop).rank, r.maxRank = e.node(r.borderBottom).rank, t = Math.max(t, r.maxRank));
  }), e.graph().maxRank = t;
}
function zb(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t);
    if (n.dummy === "edge-proxy") {
      let r = n;
      e.edge(r.e).labelRank = n.rank, e.removeNode(t);
    }
  });
}
function Tb(e) {
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
function Db(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) return;
    let n = e.edge(t), r = e.node(t.v), o = e.node(t.w), i, s;
    n.points ? (i = n.points[0], s = n.points[n.points.length - 1]) : (n.points = [], i = o, s = r), n.points.unshift(js(r, i)), n.points.push(js(o, s));
  });
}
function Lb(e) {
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
function Rb(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    n.reversed && n.points.reverse();
  });
}
function Hb(e) {
  e.nodes().forEach((t) => {
    if (e.children(t).length) {
      let n = e.node(t), r = e.node(n.borderTop), o = e.node(n.borderBottom), i = e.node(n.borderLeft[n.borderLeft.length - 1]), s = e.node(n.borderRight[n.borderRight.length - 1]);
      n.width = Math.abs(s.x - i.x), n.height = Math.abs(o.y - r.y), n.x = i.x + n.width / 2, n.y = r.y + n.height / 2;
    }
  }), e.nodes().forEach((t) => {
    e.node(t).dummy === "border" && e.removeNode(t);
  });
}
function Vb(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) {
      let n = e.node(t.v);
      n.selfEdges || (n.selfEdges = []), n.selfEdges.push({ e: t, label: e.edge(t) }), e.removeEdge(t);
    }
  });
}
function Bb(e) {
  ur(e).forEach((t) => {
    let n = 0;
    t.forEach((r, o) => {
      let i = e.node(r);
      typeof i.rank != "number" && (i.rank = 0), i.order = o + n, (i.selfEdges || []).forEach((s) => {
        zn(e, "selfedge", { width: s.label.width, height: s.label.height, rank: i.rank, order: o + ++n, e: s.e, edgeLabel: s.label }, "_se"), (!Array.isArray(s.label.points) || s.label.points.length !== 7) && (s.label.points = [{ x: 0, y: -10 }, { x: 0, y: -10 }, { x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }, { x: 0, y: 0 }]);
      }), delete i.selfEdges;
    });
  });
}
function Fb(e) {
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
function So(e, t) {
  return $r(Br(e, t), Number);
}
function Co(e) {
  let t = {};
  return e && Object.entries(e).forEach(([n, r]) => {
    typeof n == "string" && (n = n.toLowerCase()), t[n] = r;
  }), t;
}
function jb(e) {
  let t = ur(e), n = new it({ compound: !0, multigraph: !0 }).setGraph({});
  return e.nodes().forEach((r) => {
    n.setNode(r, { label: r }), n.setParent(r, "layer" + e.node(r).rank);
  }), e.edges().forEach((r) => n.setEdge(r.v, r.w, {}, r.name)), t.forEach((r, o) => {
    let i = "layer" + o;
    n.setNode(i, { rank: "same" }), r.reduce((s, a) => (n.setEdge(s, a, { style: "invis" }), a));
  }), n;
}
var Kb = { graphlib: Gl, version: ny, layout: xb, debug: jb, util: { time: $m, notime: sc } }, sa = Kb;
/*! For license information please see dagre.esm.js.LEGAL.txt */
const Yb = 236, Xb = 360, Zb = 150, Wb = 160, qb = 18;
function wc(e) {
  return e.reduce((t, n) => t + 1 + wc(n.children), 0);
}
function Er(e) {
  if (e.type === "level") return { width: Zb, height: 58 };
  if (e.type === "output") return { width: Wb, height: 48 };
  let n = 34 + Math.max(e.inputs.length, e.outputs.length + (e.bundle ? 1 : 0), 1) * qb + 8;
  return e.summary?.length && (n += 16 * Math.min(2, Math.ceil(e.summary.length / 2))), e.stats && (n += 16), e.message && (n += 30), e.layers && (n += 12 + 17 * Math.min(wc(e.layers), 40)), { width: e.layers ? Xb : Yb, height: n };
}
function aa(e, t = /* @__PURE__ */ new Map()) {
  const n = new sa.graphlib.Graph({ multigraph: !0 });
  n.setGraph({ rankdir: "LR", nodesep: 26, ranksep: 64, edgesep: 14, marginx: 20, marginy: 20 }), n.setDefaultEdgeLabel(() => ({}));
  for (const o of e.nodes) {
    const i = t.get(o.id) ?? Er(o);
    n.setNode(o.id, { width: i.width, height: i.height });
  }
  for (const o of e.edges)
    n.hasNode(o.source) && n.hasNode(o.target) && n.setEdge(o.source, o.target, { width: 110, height: 18, labelpos: "c" }, o.id);
  sa.layout(n);
  const r = {};
  for (const o of n.nodes()) {
    const i = n.node(o);
    r[o] = { x: Math.round(i.x - i.width / 2), y: Math.round(i.y - i.height / 2) };
  }
  return Gb(e, r), r;
}
function Gb(e, t) {
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
var Ub = /* @__PURE__ */ te("<!> <!> <!>", 1), Qb = /* @__PURE__ */ te('<span class="partial svelte-pj8ljn" title="only the valid part is counted">(valid part)</span>'), Jb = /* @__PURE__ */ te('<span class="ok svelte-pj8ljn">✓ valid</span>'), $b = /* @__PURE__ */ te('<span class="bad svelte-pj8ljn"> </span>'), ew = /* @__PURE__ */ te('<li><button class="svelte-pj8ljn"><b> </b> </button></li>'), tw = /* @__PURE__ */ te('<li class="more svelte-pj8ljn"> </li>'), nw = /* @__PURE__ */ te('<ul class="problems svelte-pj8ljn" data-testid="canvas-problems"><!> <!></ul>'), rw = /* @__PURE__ */ te('<ul class="problems svelte-pj8ljn" data-testid="canvas-problems"><li> </li></ul>'), ow = /* @__PURE__ */ te('<div data-testid="canvas-totals"><span class="design svelte-pj8ljn"> </span> <span class="sep svelte-pj8ljn">·</span> <span> </span> <span class="sep svelte-pj8ljn">·</span> <span> </span> <span class="sep svelte-pj8ljn">|</span> <span><b class="svelte-pj8ljn"> </b> blocks</span> <span><b class="svelte-pj8ljn"> </b> params</span> <span><b class="svelte-pj8ljn"> </b></span> <!> <span class="sep svelte-pj8ljn">|</span> <!></div> <!>', 1), iw = /* @__PURE__ */ te('<div data-testid="canvas-notice" role="alert"><span class="badge svelte-pj8ljn"> </span> <span class="text"> </span> <button aria-label="dismiss" class="svelte-pj8ljn">×</button></div>'), sw = /* @__PURE__ */ te("<!> <!> <!> <!> <!>", 1), aw = /* @__PURE__ */ te('<div class="head-canvas svelte-pj8ljn" role="application" aria-label="head canvas"><!> <div class="flow svelte-pj8ljn" role="region" aria-label="graph"><!></div></div>');
function lw(e, t) {
  ue(t, !0);
  const n = Zl(), r = 0.8, o = 80, i = { level: nm, block: em, output: sm }, s = { shape: pm };
  let a = he([]), c = he([]), u = he(null), d = he(null), h, f, g = !1, v = !1, p = null, m = 0, b = /* @__PURE__ */ new Map(), N = he(0), _ = null, x = null, C = /* @__PURE__ */ new Map(), I = /* @__PURE__ */ new Map();
  const L = window;
  L.__head_canvas_mounts = (L.__head_canvas_mounts ?? 0) + 1;
  const T = L.__head_canvas_mounts;
  function B(j) {
    m += 1, j.seq = m;
    const G = `head-canvas:edit:${m}`;
    performance.mark(G), b.set(m, G), F(N, b.size, !0), t.emit("edit", j);
  }
  function W(j, G = "error") {
    F(d, { text: j, kind: G }, !0), clearTimeout(h), h = setTimeout(() => F(d, null), 8e3);
  }
  function O() {
    const j = /* @__PURE__ */ new Map();
    for (const G of l(a))
      G.measured?.width && G.measured?.height && j.set(G.id, { width: G.measured.width, height: G.measured.height });
    return j;
  }
  function M(j, G) {
    t.emit("expand", { id: j, expanded: G });
  }
  function P(j, G) {
    B({ op: "rename", node: j, name: G });
  }
  let y = null;
  function E(j) {
    y = `head-canvas:${j}:${performance.now()}`, performance.mark(y), t.emit(j);
  }
  function k(j, G, ie) {
    const be = G.edges.filter((Oe) => Oe.target === j.id).map((Oe) => Oe.source).map((Oe) => ie.get(Oe)).filter((Oe) => Oe !== void 0);
    if (be.length) {
      const Oe = Math.max(...be.map((bt) => bt.x)) + 320, yt = be.reduce((bt, wt) => bt + wt.y, 0) / be.length;
      return { x: Math.round(Oe), y: Math.round(yt) };
    }
    const pe = f?.getBoundingClientRect(), Ge = pe ? n.screenToFlowPosition({ x: pe.left + pe.width / 2, y: pe.top + pe.height / 2 }) : { x: 0, y: 0 }, mt = Er(j);
    return {
      x: Math.round(Ge.x - mt.width / 2),
      y: Math.round(Ge.y - mt.height / 2)
    };
  }
  function S(j) {
    j.answered !== null && b.has(j.answered) && performance.mark(`head-canvas:received:${j.answered}`);
    const ie = typeof j.canvas == "string" ? JSON.parse(j.canvas) : j.canvas, Ee = new Map(l(a).map((U) => [U.id, U])), be = new Map(l(c).map((U) => [U.id, U])), pe = ie.nodes.some((U) => U.position), Ge = ie.nodes.length === Ee.size && ie.nodes.every((U) => Ee.has(U.id)), mt = pe || Ge, Oe = /* @__PURE__ */ new Map();
    for (const U of ie.nodes) {
      const we = U.position ?? (mt ? Ee.get(U.id)?.position : void 0);
      we && Oe.set(U.id, we);
    }
    const yt = {}, bt = ie.nodes.filter((U) => !Oe.has(U.id));
    if (bt.length) {
      if (bt.length === ie.nodes.length || Oe.size === 0)
        Object.assign(yt, aa(ie)), g = !1, v = !1;
      else
        for (const U of bt) yt[U.id] = k(U, ie, Oe);
      for (const [U, we] of Object.entries(yt)) Oe.set(U, we);
    }
    const wt = j.selected ?? null, Re = wt !== x && wt !== null && !Ee.get(wt)?.selected;
    x = wt;
    const Xt = /* @__PURE__ */ new Map();
    F(a, ie.nodes.map((U) => {
      const we = Ee.get(U.id), Ke = Oe.get(U.id) ?? { x: 0, y: 0 }, et = `${t.editable}|${JSON.stringify(U)}`, Zt = Re ? U.id === wt : we?.selected ?? !1;
      return Xt.set(U.id, et), we && C.get(U.id) === et && we.position.x === Ke.x && we.position.y === Ke.y && (we.selected ?? !1) === Zt ? we : {
        id: U.id,
        type: U.type,
        position: Ke,
        data: { node: U, expand: M, rename: P, editable: t.editable },
        selected: Zt,
        deletable: t.editable && U.type !== "level",
        connectable: t.editable,
        measured: we?.measured,
        // what xyflow assumes before it has measured the node (large designs draw only
        // the nodes in view, and need the size of the others to know which those are)
        initialWidth: Er(U).width,
        initialHeight: Er(U).height,
        // An expanded block grows over its neighbours; it stays on top (above a selection).
        zIndex: U.layers ? 2e3 : 0,
        class: `kind-${U.type}`
      };
    }));
    const It = /* @__PURE__ */ new Map(), Ue = /* @__PURE__ */ new Map();
    for (const U of ie.edges)
      It.set(U.target, (It.get(U.target) ?? 0) + 1), Ue.set(U.source, (Ue.get(U.source) ?? 0) + 1);
    const Je = (U) => (It.get(U.target) ?? 0) > 1 ? 0.28 : (Ue.get(U.source) ?? 0) > 1 ? 0.72 : 0.5;
    C = Xt;
    const $e = /* @__PURE__ */ new Map();
    if (F(c, ie.edges.map((U) => {
      const we = `${t.editable}|${Je(U)}|${JSON.stringify(U)}`;
      $e.set(U.id, we);
      const Ke = be.get(U.id);
      return Ke && I.get(U.id) === we ? Ke : {
        id: U.id,
        source: U.source,
        target: U.target,
        sourceHandle: U.source_handle,
        targetHandle: U.target_handle,
        type: "shape",
        selected: be.get(U.id)?.selected ?? !1,
        deletable: t.editable,
        data: {
          label: U.label,
          color: U.color,
          error: U.error,
          waiting: U.waiting,
          ref: U.ref,
          label_t: Je(U)
        },
        class: U.error ? "bad-edge" : void 0
      };
    })), I = $e, F(u, ie), j.notice && W(j.notice, j.notice_kind === "info" ? "info" : "error"), t.editable && Object.keys(yt).length && t.emit("edit", { op: "move", positions: yt, auto: !0 }), g || (g = !0, Vn().then(() => requestAnimationFrame(() => R()))), y && !(j.answered !== null && b.has(j.answered))) {
      const U = y;
      y = null, Vn().then(() => requestAnimationFrame(() => {
        performance.mark(U + ":painted"), performance.measure("head-canvas:history", U, U + ":painted");
      }));
    }
    const He = j.answered;
    if (He != null && b.has(He)) {
      const U = b.get(He);
      b.delete(He), F(N, b.size, !0), Vn().then(() => requestAnimationFrame(() => {
        const we = `head-canvas:painted:${He}`;
        performance.mark(we), performance.measure("head-canvas:edit", U, we);
        const Ke = `head-canvas:received:${He}`;
        performance.measure("head-canvas:edit:server", U, Ke), performance.measure("head-canvas:edit:draw", Ke, we);
      }));
    }
  }
  Be(() => {
    if (!f) return;
    let j = 0, G = 0;
    const ie = new ResizeObserver(([Ee]) => {
      const be = Ee.contentRect, pe = Math.abs(be.width - j) > 2 || Math.abs(be.height - G) > 2;
      j = be.width, G = be.height, pe && g && !v && requestAnimationFrame(() => R());
    });
    return ie.observe(f), () => ie.disconnect();
  });
  function D(j) {
    j && (v = !0);
  }
  Be(() => {
    t.payload && t.payload !== _ && (_ = t.payload, S(t.payload));
  });
  function R() {
    const j = f?.querySelector(".svelte-flow")?.getBoundingClientRect();
    if (!j || !l(a).length) return;
    const G = n.getNodesBounds(l(a)), ie = 24, Ee = 64, be = Math.min((j.width - Ee - ie) / G.width, (j.height - 2 * ie) / G.height), pe = Math.max(r, Math.min(1, be)), Ge = be >= r ? Ee + (j.width - Ee - ie - G.width * pe) / 2 - G.x * pe : Ee - G.x * pe, mt = Math.max(ie - G.y * pe, (j.height - G.height * pe) / 2 - G.y * pe);
    n.setViewport({ x: Ge, y: mt, zoom: pe });
  }
  function V(j, G) {
    if (!j || !j.startsWith(G)) return null;
    const ie = j.slice(G.length);
    return /^\d+$/.test(ie) ? Number(ie) : null;
  }
  function Y(j) {
    return l(u) ? (p = wm(l(u), j), p === null) : !1;
  }
  function ee(j) {
    B({
      op: "connect",
      source: j.source,
      port: V(j.sourceHandle, "o:"),
      target: j.target,
      slot: V(j.targetHandle, "i:")
    });
  }
  function A(j, G) {
    G.toHandle && G.isValid === !1 && p && W(p);
  }
  async function z({ nodes: j, edges: G }) {
    const ie = j.map((pe) => pe.id).filter((pe) => !pe.startsWith("in:")), Ee = new Set(ie), be = G.filter((pe) => pe.selected && !Ee.has(pe.source) && !Ee.has(pe.target)).map((pe) => pe.id);
    return (ie.length || be.length) && B({ op: "delete", nodes: ie, edges: be }), !1;
  }
  function q({ nodes: j }) {
    const G = {};
    for (const ie of j) G[ie.id] = { x: Math.round(ie.position.x), y: Math.round(ie.position.y) };
    Object.keys(G).length && B({ op: "move", positions: G });
  }
  function $({ node: j }) {
    const G = j.data.node;
    t.emit("select", {
      index: G.id,
      value: { id: G.id, name: G.name, type: G.type, block: G.block ?? null },
      selected: !0
    });
  }
  function Q(j, G) {
    if (!t.editable) return;
    const ie = { x: Math.round(G.x), y: Math.round(G.y) };
    B(j ? { op: "add", block: j, position: ie } : { op: "add_output", position: ie });
  }
  function ne(j) {
    const G = j.dataTransfer?.getData("application/x-head-block");
    if (!G) return;
    j.preventDefault();
    const ie = n.screenToFlowPosition({ x: j.clientX, y: j.clientY });
    Q(G === "__output__" ? null : G, { x: ie.x - 20, y: ie.y - 14 });
  }
  function le(j) {
    j.dataTransfer?.types.includes("application/x-head-block") && (j.preventDefault(), j.dataTransfer.dropEffect = "copy");
  }
  function ge(j) {
    const G = f.querySelector(".svelte-flow").getBoundingClientRect(), ie = n.screenToFlowPosition({ x: G.left + G.width / 2, y: G.top + G.height / 2 }), Ee = { x: ie.x - 118, y: ie.y - 40 }, be = (pe) => l(a).some((Ge) => Math.abs(Ge.position.x - Ee.x) < 60 && Math.abs(Ge.position.y - pe) < 50);
    for (; be(Ee.y); ) Ee.y += 60;
    Q(j, Ee);
  }
  function ce() {
    l(u) && (B({ op: "move", positions: aa(l(u), O()) }), Vn().then(() => setTimeout(() => n.fitView({ padding: 0.08, duration: 200 }), 60)));
  }
  let ke = !1;
  function me(j) {
    ke = !!f && f.contains(j.target);
  }
  function _e(j) {
    const G = j.target;
    if (!(!!f && f.contains(G)) && !(ke && (G === document.body || G === null)) || G?.closest?.("input, textarea, select, [contenteditable]") || !(j.ctrlKey || j.metaKey)) return;
    const be = j.key.toLowerCase();
    be === "z" && !j.shiftKey ? (j.preventDefault(), E("undo")) : (be === "z" && j.shiftKey || be === "y") && (j.preventDefault(), E("redo"));
  }
  function Ce(j) {
    const G = j.includes("/") ? j.split("/")[0] : j, ie = l(a).find((Ee) => Ee.id === G);
    ie && n.fitView({
      nodes: [{ id: ie.id }],
      padding: 0.6,
      duration: 250,
      maxZoom: 1.2
    });
  }
  const Pe = w(() => l(u)?.errors ?? []);
  var Ie = aw();
  Ze("pointerdown", Fe, me, !0), Ze("keydown", Fe, _e);
  let ve;
  var xe = K(Ie);
  {
    var ze = (j) => {
      {
        let G = w(() => l(u)?.task ?? "");
        hm(j, {
          get entries() {
            return t.palette;
          },
          get task() {
            return l(G);
          },
          onadd: ge
        });
      }
    };
    se(xe, (j) => {
      t.editable && j(ze);
    });
  }
  var ye = Z(xe, 2), st = K(ye);
  {
    let j = w(() => t.editable ? ["Delete", "Backspace"] : null), G = w(() => l(a).length > o);
    ep(st, {
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
      isValidConnection: Y,
      onconnect: ee,
      onconnectend: A,
      onbeforedelete: z,
      onnodedragstop: q,
      onnodeclick: $,
      onmovestart: D,
      get onlyRenderVisibleElements() {
        return l(G);
      },
      proOptions: { hideAttribution: !0 },
      defaultEdgeOptions: { type: "shape" },
      get nodes() {
        return l(a);
      },
      set nodes(ie) {
        F(a, ie);
      },
      get edges() {
        return l(c);
      },
      set edges(ie) {
        F(c, ie);
      },
      children: (ie, Ee) => {
        var be = sw(), pe = fe(be);
        xp(pe, {
          gap: 18,
          size: 1.2,
          bgColor: "#f7f9fa",
          patternColor: "#d5dde2"
        });
        var Ge = Z(pe, 2);
        vp(Ge, {
          position: "bottom-left",
          showLock: !1,
          children: (Re, Xt) => {
            var It = Ne(), Ue = fe(It);
            {
              var Je = ($e) => {
                var He = Ub(), U = fe(He);
                Ut(U, {
                  onclick: () => E("undo"),
                  title: "undo (ctrl-z)",
                  "aria-label": "undo",
                  children: (et, Zt) => {
                    var At = gn("↶");
                    H(et, At);
                  },
                  $$slots: { default: !0 }
                });
                var we = Z(U, 2);
                Ut(we, {
                  onclick: () => E("redo"),
                  title: "redo (ctrl-shift-z)",
                  "aria-label": "redo",
                  children: (et, Zt) => {
                    var At = gn("↷");
                    H(et, At);
                  },
                  $$slots: { default: !0 }
                });
                var Ke = Z(we, 2);
                Ut(Ke, {
                  onclick: ce,
                  title: "lay the graph out again",
                  "aria-label": "auto-layout",
                  children: (et, Zt) => {
                    var At = gn("⇶");
                    H(et, At);
                  },
                  $$slots: { default: !0 }
                }), H($e, He);
              };
              se(Ue, ($e) => {
                t.editable && $e(Je);
              });
            }
            H(Re, It);
          },
          $$slots: { default: !0 }
        });
        var mt = Z(Ge, 2);
        Op(mt, {
          position: "bottom-right",
          pannable: !0,
          zoomable: !0,
          width: 170,
          height: 110,
          nodeColor: (Re) => Re.data.node.status === "error" ? "#ef9a9a" : Re.data.node.fill,
          nodeStrokeColor: (Re) => Re.data.node.border,
          nodeStrokeWidth: 3
        });
        var Oe = Z(mt, 2);
        {
          var yt = (Re) => {
            Jn(Re, {
              position: "top-right",
              children: (Xt, It) => {
                var Ue = ow(), Je = fe(Ue);
                let $e;
                var He = K(Je), U = K(He), we = Z(He, 4), Ke = K(we), et = Z(we, 4), Zt = K(et), At = Z(et, 4), _c = K(At), xc = K(_c), Ti = Z(At, 2), Ec = K(Ti), kc = K(Ec), Di = Z(Ti, 2), Nc = K(Di), Sc = K(Nc), Li = Z(Di, 2);
                {
                  var Cc = (Te) => {
                    var Ye = Qb();
                    H(Te, Ye);
                  };
                  se(Li, (Te) => {
                    l(u).totals.partial && Te(Cc);
                  });
                }
                var Mc = Z(Li, 4);
                {
                  var Pc = (Te) => {
                    var Ye = Jb();
                    H(Te, Ye);
                  }, Oc = (Te) => {
                    var Ye = $b(), dn = K(Ye);
                    re(
                      (Tn) => {
                        J(Ye, "title", l(u).message), oe(dn, `⚠ ${Tn ?? ""} problem${l(Pe).length > 1 ? "s" : ""}`);
                      },
                      [() => Math.max(l(Pe).length, 1)]
                    ), H(Te, Ye);
                  };
                  se(Mc, (Te) => {
                    l(u).valid ? Te(Pc) : Te(Oc, !1);
                  });
                }
                var Ic = Z(Je, 2);
                {
                  var Ac = (Te) => {
                    var Ye = nw(), dn = K(Ye);
                    ht(dn, 17, () => l(Pe).slice(0, 4), (at) => at.id, (at, _t) => {
                      var fn = ew(), to = K(fn);
                      to.__click = () => Ce(l(_t).id);
                      var Ri = K(to), Tc = K(Ri), Dc = Z(Ri);
                      re(() => {
                        J(to, "title", l(_t).message), oe(Tc, l(_t).id), oe(Dc, ` ${l(_t).message ?? ""}`);
                      }), H(at, fn);
                    });
                    var Tn = Z(dn, 2);
                    {
                      var Dn = (at) => {
                        var _t = tw(), fn = K(_t);
                        re(() => oe(fn, `and ${l(Pe).length - 4} more`)), H(at, _t);
                      };
                      se(Tn, (at) => {
                        l(Pe).length > 4 && at(Dn);
                      });
                    }
                    H(Te, Ye);
                  }, zc = (Te) => {
                    var Ye = Ne(), dn = fe(Ye);
                    {
                      var Tn = (Dn) => {
                        var at = rw(), _t = K(at), fn = K(_t);
                        re(() => oe(fn, l(u).message)), H(Dn, at);
                      };
                      se(
                        dn,
                        (Dn) => {
                          !l(u).valid && l(u).message && Dn(Tn);
                        },
                        !0
                      );
                    }
                    H(Te, Ye);
                  };
                  se(Ic, (Te) => {
                    !l(u).valid && l(Pe).length ? Te(Ac) : Te(zc, !1);
                  });
                }
                re(() => {
                  $e = Le(Je, 1, "totals svelte-pj8ljn", null, $e, { invalid: !l(u).valid }), oe(U, l(u).name || "design"), oe(Ke, l(u).task), oe(Zt, `${l(u).image_size[0] ?? ""}×${l(u).image_size[1] ?? ""}`), oe(xc, l(u).totals.nodes), oe(kc, l(u).totals.params_text), oe(Sc, l(u).totals.flops_text);
                }), H(Xt, Ue);
              },
              $$slots: { default: !0 }
            });
          };
          se(Oe, (Re) => {
            l(u) && Re(yt);
          });
        }
        var bt = Z(Oe, 2);
        {
          var wt = (Re) => {
            Jn(Re, {
              position: "bottom-center",
              children: (Xt, It) => {
                var Ue = iw(), Je = K(Ue), $e = K(Je), He = Z(Je, 2), U = K(He), we = Z(He, 2);
                we.__click = () => F(d, null), re(() => {
                  Le(Ue, 1, `notice ${l(d).kind ?? ""}`, "svelte-pj8ljn"), oe($e, l(d).kind === "error" ? "!" : "i"), oe(U, l(d).text);
                }), H(Xt, Ue);
              },
              $$slots: { default: !0 }
            });
          };
          se(bt, (Re) => {
            l(d) && Re(wt);
          });
        }
        H(ie, be);
      },
      $$slots: { default: !0 }
    });
  }
  In(Ie, (j) => f = j, () => f), re(() => {
    J(Ie, "data-mount", T), J(Ie, "data-pending", l(N) || void 0), ve = Se(Ie, "", ve, { height: `${t.height ?? ""}px` });
  }), Ze("drop", ye, ne), Ze("dragover", ye, le), H(e, Ie), de();
}
Bt(["click"]);
var cw = /* @__PURE__ */ te('<span class="label svelte-49zqag"> </span>'), uw = /* @__PURE__ */ te('<div data-testid="head-canvas"><!> <!></div>');
function fw(e, t) {
  ue(t, !0);
  const n = /* @__PURE__ */ Pt(t, ["$$slots", "$$events", "$$legacy"]), r = new Rp(n);
  function o(d, h) {
    r.dispatch(d, h);
  }
  var i = uw();
  let s;
  var a = K(i);
  {
    var c = (d) => {
      var h = cw(), f = K(h);
      re(() => oe(f, r.shared.label)), H(d, h);
    };
    se(a, (d) => {
      r.shared.show_label && r.shared.label && d(c);
    });
  }
  var u = Z(a, 2);
  tp(u, {
    children: (d, h) => {
      {
        let f = w(() => r.props.palette ?? []), g = w(() => r.shared.interactive !== !1), v = w(() => r.props.height ?? 640);
        lw(d, {
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
  }), re(() => {
    s = Le(i, 1, "head-canvas-block svelte-49zqag", null, s, {
      hidden: r.shared.visible === !1,
      "hidden-block": r.shared.visible === "hidden"
    }), J(i, "id", r.shared.elem_id || void 0);
  }), H(e, i), de();
}
export {
  fw as default
};
