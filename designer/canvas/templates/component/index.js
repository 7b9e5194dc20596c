import { D as Ve, i as Lo, g as Us, o as Nc, c as Lt, a as At, b as Sc, d as Qs, T as Js, e as Cc, f as xt, r as Ro, h as Rt, p as Ho, j as Bt, m as Mc, s as $s, k as Pr, E as Vo, l as Pc, n as Vn, q as l, t as Si, u as ea, v as ta, w as Bo, x as Oc, y as Ic, z as Ac, A as Ci, B as zc, C as ct, I as Xr, F as na, G as Tc, H as Dc, J as Lc, K as Bn, L as De, M as ra, N as Rc, O as oa, P as Hc, Q as Vc, R as Bc, S as Fc, U as jc, V as Kc, W as Yc, X as Wt, Y as Xc, Z as Zc, _ as Wc, $ as qc, a0 as Gc, a1 as Uc, a2 as Qc, a3 as ia, a4 as Mi, a5 as ir, a6 as Jc, a7 as Fo, a8 as $c, a9 as sa, aa as Pi, ab as Le, ac as eu, ad as aa, ae as Ct, af as tu, ag as mo, ah as nu, ai as ru, aj as sn, ak as V, al as ou, am as iu, an as su, ao as au, ap as lu, aq as la, ar as xn, as as cu, at as uu, au as du, av as jo, aw as Ko, ax as ce, ay as ue, az as w, aA as K, aB as Fn, aC as he, aD as re, aE as Z, aF as ie, aG as ca, aH as me, aI as ua, aJ as yo, aK as jn, aL as Ze, aM as Ae, aN as fu, aO as Te, aP as hu, aQ as gu } from "./svelte_runtime_entry-CVaAXr-z.js";
var vu = "font-weight: bold", pu = "font-weight: normal";
function Oi(e) {
  Ve ? console.warn(
    `%c[svelte] state_snapshot_uncloneable
%c${e ? `The following properties cannot be cloned with \`$state.snapshot\` — the return value contains the originals:

${e}` : "Value cannot be cloned with `$state.snapshot` — the original value was returned"}
https://svelte.dev/e/state_snapshot_uncloneable`,
    vu,
    pu
  ) : console.warn("https://svelte.dev/e/state_snapshot_uncloneable");
}
const mu = [];
function Yo(e, t = !1, n = !1) {
  if (Ve && !t) {
    const r = [], o = Pn(e, /* @__PURE__ */ new Map(), "", r, null, n);
    if (r.length === 1 && r[0] === "")
      Oi();
    else if (r.length > 0) {
      const i = r.length > 10 ? r.slice(0, 7) : r.slice(0, 10), s = r.length - i.length;
      let a = i.map((c) => `- <value>${c}`).join(`
`);
      s > 0 && (a += `
- ...and ${s} more`), Oi(a);
    }
    return o;
  }
  return Pn(e, /* @__PURE__ */ new Map(), "", mu, null, n);
}
function Pn(e, t, n, r, o = null, i = !1) {
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
    if (Lo(e)) {
      var a = (
        /** @type {Snapshot<any>} */
        Array(e.length)
      );
      t.set(e, a), o !== null && t.set(o, a);
      for (var c = 0; c < e.length; c += 1) {
        var u = e[c];
        c in e && (a[c] = Pn(u, t, Ve ? `${n}[${c}]` : n, r, null, i));
      }
      return a;
    }
    if (Us(e) === Nc) {
      a = {}, t.set(e, a), o !== null && t.set(o, a);
      for (var d in e)
        a[d] = Pn(
          // @ts-expect-error
          e[d],
          t,
          Ve ? `${n}.${d}` : n,
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
      return Pn(
        /** @type {T & { toJSON(): any } } */
        e.toJSON(),
        t,
        Ve ? `${n}.toJSON()` : n,
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
    return Ve && r.push(n), /** @type {Snapshot<T>} */
    e;
  }
}
function da(e) {
  var t = document.createElement("template");
  return t.innerHTML = e.replaceAll("<!>", "<!---->"), t.content;
}
function an(e, t) {
  var n = (
    /** @type {Effect} */
    Qs
  );
  n.nodes === null && (n.nodes = { start: e, end: t, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function $(e, t) {
  var n = (t & Js) !== 0, r = (t & Cc) !== 0, o, i = !e.startsWith("<!>");
  return () => {
    o === void 0 && (o = da(i ? e : "<!>" + e), n || (o = /** @type {TemplateNode} */
    At(o)));
    var s = (
      /** @type {TemplateNode} */
      r || Sc ? document.importNode(o, !0) : o.cloneNode(!0)
    );
    if (n) {
      var a = (
        /** @type {TemplateNode} */
        At(s)
      ), c = (
        /** @type {TemplateNode} */
        s.lastChild
      );
      an(a, c);
    } else
      an(s, s);
    return s;
  };
}
// @__NO_SIDE_EFFECTS__
function yu(e, t, n = "svg") {
  var r = !e.startsWith("<!>"), o = (t & Js) !== 0, i = `<${n}>${r ? e : "<!>" + e}</${n}>`, s;
  return () => {
    if (!s) {
      var a = (
        /** @type {DocumentFragment} */
        da(i)
      ), c = (
        /** @type {Element} */
        At(a)
      );
      if (o)
        for (s = document.createDocumentFragment(); At(c); )
          s.appendChild(
            /** @type {TemplateNode} */
            At(c)
          );
      else
        s = /** @type {Element} */
        At(c);
    }
    var u = (
      /** @type {TemplateNode} */
      s.cloneNode(!0)
    );
    if (o) {
      var d = (
        /** @type {TemplateNode} */
        At(u)
      ), h = (
        /** @type {TemplateNode} */
        u.lastChild
      );
      an(d, h);
    } else
      an(u, u);
    return u;
  };
}
// @__NO_SIDE_EFFECTS__
function Ne(e, t) {
  return /* @__PURE__ */ yu(e, t, "svg");
}
function sr(e = "") {
  {
    var t = Lt(e + "");
    return an(t, t), t;
  }
}
function xe() {
  var e = document.createDocumentFragment(), t = document.createComment(""), n = Lt();
  return e.append(t, n), an(t, n), e;
}
function H(e, t) {
  e !== null && e.before(
    /** @type {Node} */
    t
  );
}
class Xo {
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
      xt
    );
    if (this.#e.has(t)) {
      var n = (
        /** @type {Key} */
        this.#e.get(t)
      ), r = this.#t.get(n);
      if (r)
        Ro(r), this.#r.delete(n);
      else {
        var o = this.#n.get(n);
        o && (this.#t.set(n, o.effect), this.#n.delete(n), o.fragment.lastChild.remove(), this.anchor.before(o.fragment), r = o.effect);
      }
      for (const [i, s] of this.#e) {
        if (this.#e.delete(i), i === t)
          break;
        const a = this.#n.get(s);
        a && (Rt(a.effect), this.#n.delete(s));
      }
      for (const [i, s] of this.#t) {
        if (i === n || this.#r.has(i)) continue;
        const a = () => {
          if (Array.from(this.#e.values()).includes(i)) {
            var u = document.createDocumentFragment();
            Mc(s, u), u.append(Lt()), this.#n.set(i, { effect: s, fragment: u });
          } else
            Rt(s);
          this.#r.delete(i), this.#t.delete(i);
        };
        this.#o || !r ? (this.#r.add(i), Ho(s, a, !1)) : a();
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
      n.includes(r) || (Rt(o.effect), this.#n.delete(r));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(t, n) {
    var r = (
      /** @type {Batch} */
      xt
    ), o = $s();
    if (n && !this.#t.has(t) && !this.#n.has(t))
      if (o) {
        var i = document.createDocumentFragment(), s = Lt();
        i.append(s), this.#n.set(t, {
          effect: Bt(() => n(s)),
          fragment: i
        });
      } else
        this.#t.set(
          t,
          Bt(() => n(this.anchor))
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
function Be(e, t, ...n) {
  var r = new Xo(e);
  Pr(() => {
    const o = t() ?? null;
    Ve && o == null && Pc(), r.ensure(o, o && ((i) => o(i, ...n)));
  }, Vo);
}
function ae(e, t, n = !1) {
  var r = new Xo(e), o = n ? Vo : 0;
  function i(s, a) {
    r.ensure(s, a);
  }
  Pr(() => {
    var s = !1;
    t((a, c = !0) => {
      s = !0, i(c, a);
    }), s || i(!1, null);
  }, o);
}
function bu(e, t) {
  Vn(() => {
    var n = t();
    for (var r in n) {
      var o = n[r];
      o ? e.style.setProperty(r, o) : e.style.removeProperty(r);
    }
  });
}
function wu(e, t, n) {
  for (var r = [], o = t.length, i, s = t.length, a = 0; a < o; a++) {
    let h = t[a];
    Ho(
      h,
      () => {
        if (i) {
          if (i.pending.delete(h), i.done.add(h), i.pending.size === 0) {
            var f = (
              /** @type {Set<EachOutroGroup>} */
              e.outrogroups
            );
            bo(Bo(i.done)), f.delete(i), f.size === 0 && (e.outrogroups = null);
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
      Dc(d), d.append(u), e.items.clear();
    }
    bo(t, !c);
  } else
    i = {
      pending: new Set(t),
      done: /* @__PURE__ */ new Set()
    }, (e.outrogroups ??= /* @__PURE__ */ new Set()).add(i);
}
function bo(e, t = !0) {
  for (var n = 0; n < e.length; n++)
    Rt(e[n], t);
}
var Ii;
function nt(e, t, n, r, o, i = null) {
  var s = e, a = /* @__PURE__ */ new Map(), c = (t & ea) !== 0;
  if (c) {
    var u = (
      /** @type {Element} */
      e
    );
    s = u.appendChild(Lt());
  }
  var d = null, h = ta(() => {
    var _ = n();
    return Lo(_) ? _ : _ == null ? [] : Bo(_);
  }), f, g = !0;
  function v() {
    y.fallback = d, _u(y, f, s, t, r), d !== null && (f.length === 0 ? (d.f & ct) === 0 ? Ro(d) : (d.f ^= ct, Nn(d, null, s)) : Ho(d, () => {
      d = null;
    }));
  }
  var p = Pr(() => {
    f = /** @type {V[]} */
    l(h);
    for (var _ = f.length, S = /* @__PURE__ */ new Set(), b = (
      /** @type {Batch} */
      xt
    ), x = $s(), C = 0; C < _; C += 1) {
      var O = f[C], T = r(O, C), A = g ? null : a.get(T);
      A ? (A.v && Si(A.v, O), A.i && Si(A.i, C), x && b.skipped_effects.delete(A.e)) : (A = xu(
        a,
        g ? s : Ii ??= Lt(),
        O,
        T,
        C,
        o,
        t,
        n
      ), g || (A.e.f |= ct), a.set(T, A)), S.add(T);
    }
    if (_ === 0 && i && !d && (g ? d = Bt(() => i(s)) : (d = Bt(() => i(Ii ??= Lt())), d.f |= ct)), !g)
      if (x) {
        for (const [R, X] of a)
          S.has(R) || b.skipped_effects.add(X.e);
        b.oncommit(v), b.ondiscard(() => {
        });
      } else
        v();
    l(h);
  }), y = { effect: p, items: a, outrogroups: null, fallback: d };
  g = !1;
}
function _u(e, t, n, r, o) {
  var i = (r & Tc) !== 0, s = t.length, a = e.items, c = e.effect.first, u, d = null, h, f = [], g = [], v, p, y, _;
  if (i)
    for (_ = 0; _ < s; _ += 1)
      v = t[_], p = o(v, _), y = /** @type {EachItem} */
      a.get(p).e, (y.f & ct) === 0 && (y.nodes?.a?.measure(), (h ??= /* @__PURE__ */ new Set()).add(y));
  for (_ = 0; _ < s; _ += 1) {
    if (v = t[_], p = o(v, _), y = /** @type {EachItem} */
    a.get(p).e, e.outrogroups !== null)
      for (const X of e.outrogroups)
        X.pending.delete(y), X.done.delete(y);
    if ((y.f & ct) !== 0)
      if (y.f ^= ct, y === c)
        Nn(y, null, n);
      else {
        var S = d ? d.next : c;
        y === e.effect.last && (e.effect.last = y.prev), y.prev && (y.prev.next = y.next), y.next && (y.next.prev = y.prev), wt(e, d, y), wt(e, y, S), Nn(y, S, n), d = y, f = [], g = [], c = d.next;
        continue;
      }
    if ((y.f & Xr) !== 0 && (Ro(y), i && (y.nodes?.a?.unfix(), (h ??= /* @__PURE__ */ new Set()).delete(y))), y !== c) {
      if (u !== void 0 && u.has(y)) {
        if (f.length < g.length) {
          var b = g[0], x;
          d = b.prev;
          var C = f[0], O = f[f.length - 1];
          for (x = 0; x < f.length; x += 1)
            Nn(f[x], b, n);
          for (x = 0; x < g.length; x += 1)
            u.delete(g[x]);
          wt(e, C.prev, O.next), wt(e, d, C), wt(e, O, b), c = b, d = O, _ -= 1, f = [], g = [];
        } else
          u.delete(y), Nn(y, c, n), wt(e, y.prev, y.next), wt(e, y, d === null ? e.effect.first : d.next), wt(e, d, y), d = y;
        continue;
      }
      for (f = [], g = []; c !== null && c !== y; )
        (u ??= /* @__PURE__ */ new Set()).add(c), g.push(c), c = c.next;
      if (c === null)
        continue;
    }
    (y.f & ct) === 0 && f.push(y), d = y, c = y.next;
  }
  if (e.outrogroups !== null) {
    for (const X of e.outrogroups)
      X.pending.size === 0 && (bo(Bo(X.done)), e.outrogroups?.delete(X));
    e.outrogroups.size === 0 && (e.outrogroups = null);
  }
  if (c !== null || u !== void 0) {
    var T = [];
    if (u !== void 0)
      for (y of u)
        (y.f & Xr) === 0 && T.push(y);
    for (; c !== null; )
      (c.f & Xr) === 0 && c !== e.fallback && T.push(c), c = c.next;
    var A = T.length;
    if (A > 0) {
      var R = (r & ea) !== 0 && s === 0 ? n : null;
      if (i) {
        for (_ = 0; _ < A; _ += 1)
          T[_].nodes?.a?.measure();
        for (_ = 0; _ < A; _ += 1)
          T[_].nodes?.a?.fix();
      }
      wu(e, T, R);
    }
  }
  i && na(() => {
    if (h !== void 0)
      for (y of h)
        y.nodes?.a?.apply();
  });
}
function xu(e, t, n, r, o, i, s, a) {
  var c = (s & Oc) !== 0 ? (s & Ic) === 0 ? Ac(n, !1, !1) : Ci(n) : null, u = (s & zc) !== 0 ? Ci(o) : null;
  return Ve && c && (c.trace = () => {
    a()[u?.v ?? o];
  }), {
    v: c,
    i: u,
    e: Bt(() => (i(t, c ?? n, u ?? o, a), () => {
      e.delete(r);
    }))
  };
}
function Nn(e, t, n) {
  if (e.nodes)
    for (var r = e.nodes.start, o = e.nodes.end, i = t && (t.f & ct) === 0 ? (
      /** @type {EffectNodes} */
      t.nodes.start
    ) : n; r !== null; ) {
      var s = (
        /** @type {TemplateNode} */
        Lc(r)
      );
      if (i.before(r), r === o)
        return;
      r = s;
    }
}
function wt(e, t, n) {
  t === null ? e.effect.first = n : t.next = n, n === null ? e.effect.last = t : n.prev = t;
}
function Or(e, t, n) {
  var r = new Xo(e);
  Pr(() => {
    var o = t() ?? null;
    r.ensure(o, o && ((i) => n(i, o)));
  }, Vo);
}
function ze(e, t, n) {
  Bn(() => {
    var r = De(() => t(e, n?.()) || {});
    if (n && r?.update) {
      var o = !1, i = (
        /** @type {any} */
        {}
      );
      Vn(() => {
        var s = n();
        ra(s), o && Rc(i, s) && (i = s, r.update(s));
      }), o = !0;
    }
    if (r?.destroy)
      return () => (
        /** @type {Function} */
        r.destroy()
      );
  });
}
function Eu(e, t) {
  var n = void 0, r;
  oa(() => {
    n !== (n = t()) && (r && (Rt(r), r = null), n && (r = Bt(() => {
      Bn(() => (
        /** @type {(node: Element) => void} */
        n(e)
      ));
    })));
  });
}
function fa(e) {
  var t, n, r = "";
  if (typeof e == "string" || typeof e == "number") r += e;
  else if (typeof e == "object") if (Array.isArray(e)) {
    var o = e.length;
    for (t = 0; t < o; t++) e[t] && (n = fa(e[t])) && (r && (r += " "), r += n);
  } else for (n in e) e[n] && (r && (r += " "), r += n);
  return r;
}
function ku() {
  for (var e, t, n = 0, r = "", o = arguments.length; n < o; n++) (e = arguments[n]) && (t = fa(e)) && (r && (r += " "), r += t);
  return r;
}
function Mt(e) {
  return typeof e == "object" ? ku(e) : e ?? "";
}
const Ai = [...` 	
\r\f \v\uFEFF`];
function Nu(e, t, n) {
  var r = e == null ? "" : "" + e;
  if (t && (r = r ? r + " " + t : t), n) {
    for (var o in n)
      if (n[o])
        r = r ? r + " " + o : o;
      else if (r.length)
        for (var i = o.length, s = 0; (s = r.indexOf(o, s)) >= 0; ) {
          var a = s + i;
          (s === 0 || Ai.includes(r[s - 1])) && (a === r.length || Ai.includes(r[a])) ? r = (s === 0 ? "" : r.substring(0, s)) + r.substring(a + 1) : s = a;
        }
  }
  return r === "" ? null : r;
}
function zi(e, t = !1) {
  var n = t ? " !important;" : ";", r = "";
  for (var o in e) {
    var i = e[o];
    i != null && i !== "" && (r += " " + o + ": " + i + n);
  }
  return r;
}
function Zr(e) {
  return e[0] !== "-" || e[1] !== "-" ? e.toLowerCase() : e;
}
function Su(e, t) {
  if (t) {
    var n = "", r, o;
    if (Array.isArray(t) ? (r = t[0], o = t[1]) : r = t, e) {
      e = String(e).replaceAll(/\s*\/\*.*?\*\/\s*/g, "").trim();
      var i = !1, s = 0, a = !1, c = [];
      r && c.push(...Object.keys(r).map(Zr)), o && c.push(...Object.keys(o).map(Zr));
      var u = 0, d = -1;
      const p = e.length;
      for (var h = 0; h < p; h++) {
        var f = e[h];
        if (a ? f === "/" && e[h - 1] === "*" && (a = !1) : i ? i === f && (i = !1) : f === "/" && e[h + 1] === "*" ? a = !0 : f === '"' || f === "'" ? i = f : f === "(" ? s++ : f === ")" && s--, !a && i === !1 && s === 0) {
          if (f === ":" && d === -1)
            d = h;
          else if (f === ";" || h === p - 1) {
            if (d !== -1) {
              var g = Zr(e.substring(u, d).trim());
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
    return r && (n += zi(r)), o && (n += zi(o, !0)), n = n.trim(), n === "" ? null : n;
  }
  return e == null ? null : String(e);
}
function Oe(e, t, n, r, o, i) {
  var s = e.__className;
  if (s !== n || s === void 0) {
    var a = Nu(n, r, i);
    a == null ? e.removeAttribute("class") : t ? e.className = a : e.setAttribute("class", a), e.__className = n;
  } else if (i && o !== i)
    for (var c in i) {
      var u = !!i[c];
      (o == null || u !== !!o[c]) && e.classList.toggle(c, u);
    }
  return i;
}
function Wr(e, t = {}, n, r) {
  for (var o in n) {
    var i = n[o];
    t[o] !== i && (n[o] == null ? e.style.removeProperty(o) : e.style.setProperty(o, i, r));
  }
}
function _e(e, t, n, r) {
  var o = e.__style;
  if (o !== t) {
    var i = Su(t, r);
    i == null ? e.removeAttribute("style") : e.style.cssText = i, e.__style = t;
  } else r && (Array.isArray(r) ? (Wr(e, n?.[0], r[0]), Wr(e, n?.[1], r[1], "important")) : Wr(e, n, r));
  return r;
}
function wo(e, t, n = !1) {
  if (e.multiple) {
    if (t == null)
      return;
    if (!Lo(t))
      return Hc();
    for (var r of e.options)
      r.selected = t.includes(Ti(r));
    return;
  }
  for (r of e.options) {
    var o = Ti(r);
    if (Vc(o, t)) {
      r.selected = !0;
      return;
    }
  }
  (!n || t !== void 0) && (e.selectedIndex = -1);
}
function Cu(e) {
  var t = new MutationObserver(() => {
    wo(e, e.__value);
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
  }), Bc(() => {
    t.disconnect();
  });
}
function Ti(e) {
  return "__value" in e ? e.__value : e.value;
}
const Et = Symbol("class"), lt = Symbol("style"), ha = Symbol("is custom element"), ga = Symbol("is html");
function Mu(e, t) {
  t ? e.hasAttribute("selected") || e.setAttribute("selected", "") : e.removeAttribute("selected");
}
function U(e, t, n, r) {
  var o = va(e);
  o[t] !== (o[t] = n) && (t === "loading" && (e[Gc] = n), n == null ? e.removeAttribute(t) : typeof n != "string" && pa(e).includes(t) ? e[t] = n : e.setAttribute(t, n));
}
function Pu(e, t, n, r, o = !1, i = !1) {
  var s = va(e), a = s[ha], c = !s[ga], u = t || {}, d = e.tagName === "OPTION";
  for (var h in t)
    h in n || (n[h] = null);
  n.class ? n.class = Mt(n.class) : (r || n[Et]) && (n.class = null), n[lt] && (n.style ??= null);
  var f = pa(e);
  for (const b in n) {
    let x = n[b];
    if (d && b === "value" && x == null) {
      e.value = e.__value = "", u[b] = x;
      continue;
    }
    if (b === "class") {
      var g = e.namespaceURI === "http://www.w3.org/1999/xhtml";
      Oe(e, g, x, r, t?.[Et], n[Et]), u[b] = x, u[Et] = n[Et];
      continue;
    }
    if (b === "style") {
      _e(e, x, t?.[lt], n[lt]), u[b] = x, u[lt] = n[lt];
      continue;
    }
    var v = u[b];
    if (!(x === v && !(x === void 0 && e.hasAttribute(b)))) {
      u[b] = x;
      var p = b[0] + b[1];
      if (p !== "$$")
        if (p === "on") {
          const C = {}, O = "$$" + b;
          let T = b.slice(2);
          var y = Uc(T);
          if (Kc(T) && (T = T.slice(0, -7), C.capture = !0), !y && v) {
            if (x != null) continue;
            e.removeEventListener(T, u[O], C), u[O] = null;
          }
          if (x != null)
            if (y)
              e[`__${T}`] = x, Wt([T]);
            else {
              let A = function(R) {
                u[b].call(this, R);
              };
              u[O] = Yc(T, e, A, C);
            }
          else y && (e[`__${T}`] = void 0);
        } else if (b === "style")
          U(e, b, x);
        else if (b === "autofocus")
          Xc(
            /** @type {HTMLElement} */
            e,
            !!x
          );
        else if (!a && (b === "__value" || b === "value" && x != null))
          e.value = e.__value = x;
        else if (b === "selected" && d)
          Mu(
            /** @type {HTMLOptionElement} */
            e,
            x
          );
        else {
          var _ = b;
          c || (_ = Zc(_));
          var S = _ === "defaultValue" || _ === "defaultChecked";
          if (x == null && !a && !S)
            if (s[b] = null, _ === "value" || _ === "checked") {
              let C = (
                /** @type {HTMLInputElement} */
                e
              );
              const O = t === void 0;
              if (_ === "value") {
                let T = C.defaultValue;
                C.removeAttribute(_), C.defaultValue = T, C.value = C.__value = O ? T : null;
              } else {
                let T = C.defaultChecked;
                C.removeAttribute(_), C.defaultChecked = T, C.checked = O ? T : !1;
              }
            } else
              e.removeAttribute(b);
          else S || f.includes(_) && (a || typeof x != "string") ? (e[_] = x, _ in s && (s[_] = Wc)) : typeof x != "function" && U(e, _, x);
        }
    }
  }
  return u;
}
function Pt(e, t, n = [], r = [], o = [], i, s = !1, a = !1) {
  Fc(o, n, r, (c) => {
    var u = void 0, d = {}, h = e.nodeName === "SELECT", f = !1;
    if (oa(() => {
      var v = t(...c.map(l)), p = Pu(
        e,
        u,
        v,
        i,
        s,
        a
      );
      f && h && "value" in v && wo(
        /** @type {HTMLSelectElement} */
        e,
        v.value
      );
      for (let _ of Object.getOwnPropertySymbols(d))
        v[_] || Rt(d[_]);
      for (let _ of Object.getOwnPropertySymbols(v)) {
        var y = v[_];
        _.description === jc && (!u || y !== u[_]) && (d[_] && Rt(d[_]), d[_] = Bt(() => Eu(e, () => y))), p[_] = y;
      }
      u = p;
    }), h) {
      var g = (
        /** @type {HTMLSelectElement} */
        e
      );
      Bn(() => {
        wo(
          g,
          /** @type {Record<string | symbol, any>} */
          u.value,
          !0
        ), Cu(g);
      });
    }
    f = !0;
  });
}
function va(e) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    // @ts-expect-error
    e.__attributes ??= {
      [ha]: e.nodeName.includes("-"),
      [ga]: e.namespaceURI === qc
    }
  );
}
var Di = /* @__PURE__ */ new Map();
function pa(e) {
  var t = e.getAttribute("is") || e.nodeName, n = Di.get(t);
  if (n) return n;
  Di.set(t, n = []);
  for (var r, o = e, i = Element.prototype; i !== o; ) {
    r = Qc(o);
    for (var s in r)
      r[s].set && n.push(s);
    o = Us(o);
  }
  return n;
}
function Ou(e, t, n = t) {
  var r = /* @__PURE__ */ new WeakSet();
  ia(e, "input", async (o) => {
    Ve && e.type === "checkbox" && Mi();
    var i = o ? e.defaultValue : e.value;
    if (i = qr(e) ? Gr(i) : i, n(i), xt !== null && r.add(xt), await ir(), i !== (i = t())) {
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
  De(t) == null && e.value && (n(qr(e) ? Gr(e.value) : e.value), xt !== null && r.add(xt)), Vn(() => {
    Ve && e.type === "checkbox" && Mi();
    var o = t();
    if (e === document.activeElement) {
      var i = (
        /** @type {Batch} */
        Jc ?? xt
      );
      if (r.has(i))
        return;
    }
    qr(e) && o === Gr(e.value) || e.type === "date" && !o && !e.value || o !== e.value && (e.value = o ?? "");
  });
}
function Iu(e, t, n = t) {
  ia(e, "change", (r) => {
    var o = r ? e.defaultChecked : e.checked;
    n(o);
  }), // If we are hydrating and the value has since changed,
  // then use the update value from the input instead.
  // If defaultChecked is set, then checked == defaultChecked
  De(t) == null && n(e.checked), Vn(() => {
    var r = t();
    e.checked = !!r;
  });
}
function qr(e) {
  var t = e.type;
  return t === "number" || t === "range";
}
function Gr(e) {
  return e === "" ? null : +e;
}
class Zo {
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
          Zo.entries.set(n.target, n);
          for (var r of this.#e.get(n.target) || [])
            r(n);
        }
      }
    ));
  }
}
var Au = /* @__PURE__ */ new Zo({
  box: "border-box"
});
function Li(e, t, n) {
  var r = Au.observe(e, () => n(e[t]));
  Bn(() => (De(() => n(e[t])), r));
}
function Ri(e, t) {
  return e === t || e?.[Fo] === t;
}
function mn(e = {}, t, n, r) {
  return Bn(() => {
    var o, i;
    return Vn(() => {
      o = i, i = [], De(() => {
        e !== n(...i) && (t(e, ...i), o && Ri(n(...o), e) && t(null, ...o));
      });
    }), () => {
      na(() => {
        i && Ri(n(...i), e) && t(null, ...i);
      });
    };
  }), e;
}
function zu(e = !1) {
  const t = (
    /** @type {ComponentContextLegacy} */
    $c
  ), n = t.l.u;
  if (!n) return;
  let r = () => ra(t.s);
  if (e) {
    let o = 0, i = (
      /** @type {Record<string, any>} */
      {}
    );
    const s = aa(() => {
      let a = !1;
      const c = t.s;
      for (const u in c)
        c[u] !== i[u] && (i[u] = c[u], a = !0);
      return a && o++, o;
    });
    r = () => l(s);
  }
  n.b.length && sa(() => {
    Hi(t, r), Pi(n.b);
  }), Le(() => {
    const o = De(() => n.m.map(eu));
    return () => {
      for (const i of o)
        typeof i == "function" && i();
    };
  }), n.a.length && Le(() => {
    Hi(t, r), Pi(n.a);
  });
}
function Hi(e, t) {
  if (e.l.s)
    for (const n of e.l.s) l(n);
  t();
}
function Tu(e, t, n) {
  if (e == null)
    return t(void 0), Ct;
  const r = De(
    () => e.subscribe(
      t,
      // @ts-expect-error
      n
    )
  );
  return r.unsubscribe ? () => r.unsubscribe() : r;
}
function Du(e) {
  let t;
  return Tu(e, (n) => t = n)(), t;
}
let Jn = !1;
function Lu(e) {
  var t = Jn;
  try {
    return Jn = !1, [e(), Jn];
  } finally {
    Jn = t;
  }
}
const Ru = {
  get(e, t) {
    if (!e.exclude.includes(t))
      return e.props[t];
  },
  set(e, t) {
    return Ve && tu(`${e.name}.${String(t)}`), !1;
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
function gt(e, t, n) {
  return new Proxy(
    Ve ? { props: e, exclude: t, name: n, other: {}, to_proxy: [] } : { props: e, exclude: t },
    Ru
  );
}
const Hu = {
  get(e, t) {
    let n = e.props.length;
    for (; n--; ) {
      let r = e.props[n];
      if (xn(r) && (r = r()), typeof r == "object" && r !== null && t in r) return r[t];
    }
  },
  set(e, t, n) {
    let r = e.props.length;
    for (; r--; ) {
      let o = e.props[r];
      xn(o) && (o = o());
      const i = mo(o, t);
      if (i && i.set)
        return i.set(n), !0;
    }
    return !1;
  },
  getOwnPropertyDescriptor(e, t) {
    let n = e.props.length;
    for (; n--; ) {
      let r = e.props[n];
      if (xn(r) && (r = r()), typeof r == "object" && r !== null && t in r) {
        const o = mo(r, t);
        return o && !o.configurable && (o.configurable = !0), o;
      }
    }
  },
  has(e, t) {
    if (t === Fo || t === la) return !1;
    for (let n of e.props)
      if (xn(n) && (n = n()), n != null && t in n) return !0;
    return !1;
  },
  ownKeys(e) {
    const t = [];
    for (let n of e.props)
      if (xn(n) && (n = n()), !!n) {
        for (const r in n)
          t.includes(r) || t.push(r);
        for (const r of Object.getOwnPropertySymbols(n))
          t.includes(r) || t.push(r);
      }
    return t;
  }
};
function zt(...e) {
  return new Proxy({ props: e }, Hu);
}
function Y(e, t, n, r) {
  var o = !cu || (n & uu) !== 0, i = (n & iu) !== 0, s = (n & lu) !== 0, a = (
    /** @type {V} */
    r
  ), c = !0, u = () => (c && (c = !1, a = s ? De(
    /** @type {() => V} */
    r
  ) : (
    /** @type {V} */
    r
  )), a), d;
  if (i) {
    var h = Fo in e || la in e;
    d = mo(e, t)?.set ?? (h && t in e ? (b) => e[t] = b : void 0);
  }
  var f, g = !1;
  i ? [f, g] = Lu(() => (
    /** @type {V} */
    e[t]
  )) : f = /** @type {V} */
  e[t], f === void 0 && r !== void 0 && (f = u(), d && (o && nu(t), d(f)));
  var v;
  if (o ? v = () => {
    var b = (
      /** @type {V} */
      e[t]
    );
    return b === void 0 ? u() : (c = !0, b);
  } : v = () => {
    var b = (
      /** @type {V} */
      e[t]
    );
    return b !== void 0 && (a = /** @type {V} */
    void 0), b === void 0 ? a : b;
  }, o && (n & ru) === 0)
    return v;
  if (d) {
    var p = e.$$legacy;
    return (
      /** @type {() => V} */
      (function(b, x) {
        return arguments.length > 0 ? ((!o || !x || p || g) && d(x ? v() : b), b) : v();
      })
    );
  }
  var y = !1, _ = ((n & su) !== 0 ? aa : ta)(() => (y = !1, v()));
  Ve && (_.label = t), i && l(_);
  var S = (
    /** @type {Effect} */
    Qs
  );
  return (
    /** @type {() => V} */
    (function(b, x) {
      if (arguments.length > 0) {
        const C = x ? l(_) : o && i ? sn(b) : b;
        return V(_, C), y = !0, a !== void 0 && (a = C), b;
      }
      return au && y || (S.f & ou) !== 0 ? _.v : l(_);
    })
  );
}
var Vu = { value: () => {
} };
function Ir() {
  for (var e = 0, t = arguments.length, n = {}, r; e < t; ++e) {
    if (!(r = arguments[e] + "") || r in n || /[\s.]/.test(r)) throw new Error("illegal type: " + r);
    n[r] = [];
  }
  return new ar(n);
}
function ar(e) {
  this._ = e;
}
function Bu(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var r = "", o = n.indexOf(".");
    if (o >= 0 && (r = n.slice(o + 1), n = n.slice(0, o)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: r };
  });
}
ar.prototype = Ir.prototype = {
  constructor: ar,
  on: function(e, t) {
    var n = this._, r = Bu(e + "", n), o, i = -1, s = r.length;
    if (arguments.length < 2) {
      for (; ++i < s; ) if ((o = (e = r[i]).type) && (o = Fu(n[o], e.name))) return o;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++i < s; )
      if (o = (e = r[i]).type) n[o] = Vi(n[o], e.name, t);
      else if (t == null) for (o in n) n[o] = Vi(n[o], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new ar(e);
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
function Fu(e, t) {
  for (var n = 0, r = e.length, o; n < r; ++n)
    if ((o = e[n]).name === t)
      return o.value;
}
function Vi(e, t, n) {
  for (var r = 0, o = e.length; r < o; ++r)
    if (e[r].name === t) {
      e[r] = Vu, e = e.slice(0, r).concat(e.slice(r + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var _o = "http://www.w3.org/1999/xhtml", Bi = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: _o,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Ar(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Bi.hasOwnProperty(t) ? { space: Bi[t], local: e } : e;
}
function ju(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === _o && t.documentElement.namespaceURI === _o ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Ku(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function ma(e) {
  var t = Ar(e);
  return (t.local ? Ku : ju)(t);
}
function Yu() {
}
function Wo(e) {
  return e == null ? Yu : function() {
    return this.querySelector(e);
  };
}
function Xu(e) {
  typeof e != "function" && (e = Wo(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = new Array(s), c, u, d = 0; d < s; ++d)
      (c = i[d]) && (u = e.call(c, c.__data__, d, i)) && ("__data__" in c && (u.__data__ = c.__data__), a[d] = u);
  return new Fe(r, this._parents);
}
function Zu(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Wu() {
  return [];
}
function ya(e) {
  return e == null ? Wu : function() {
    return this.querySelectorAll(e);
  };
}
function qu(e) {
  return function() {
    return Zu(e.apply(this, arguments));
  };
}
function Gu(e) {
  typeof e == "function" ? e = qu(e) : e = ya(e);
  for (var t = this._groups, n = t.length, r = [], o = [], i = 0; i < n; ++i)
    for (var s = t[i], a = s.length, c, u = 0; u < a; ++u)
      (c = s[u]) && (r.push(e.call(c, c.__data__, u, s)), o.push(c));
  return new Fe(r, o);
}
function ba(e) {
  return function() {
    return this.matches(e);
  };
}
function wa(e) {
  return function(t) {
    return t.matches(e);
  };
}
var Uu = Array.prototype.find;
function Qu(e) {
  return function() {
    return Uu.call(this.children, e);
  };
}
function Ju() {
  return this.firstElementChild;
}
function $u(e) {
  return this.select(e == null ? Ju : Qu(typeof e == "function" ? e : wa(e)));
}
var ed = Array.prototype.filter;
function td() {
  return Array.from(this.children);
}
function nd(e) {
  return function() {
    return ed.call(this.children, e);
  };
}
function rd(e) {
  return this.selectAll(e == null ? td : nd(typeof e == "function" ? e : wa(e)));
}
function od(e) {
  typeof e != "function" && (e = ba(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = [], c, u = 0; u < s; ++u)
      (c = i[u]) && e.call(c, c.__data__, u, i) && a.push(c);
  return new Fe(r, this._parents);
}
function _a(e) {
  return new Array(e.length);
}
function id() {
  return new Fe(this._enter || this._groups.map(_a), this._parents);
}
function fr(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
fr.prototype = {
  constructor: fr,
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
function sd(e) {
  return function() {
    return e;
  };
}
function ad(e, t, n, r, o, i) {
  for (var s = 0, a, c = t.length, u = i.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = i[s], r[s] = a) : n[s] = new fr(e, i[s]);
  for (; s < c; ++s)
    (a = t[s]) && (o[s] = a);
}
function ld(e, t, n, r, o, i, s) {
  var a, c, u = /* @__PURE__ */ new Map(), d = t.length, h = i.length, f = new Array(d), g;
  for (a = 0; a < d; ++a)
    (c = t[a]) && (f[a] = g = s.call(c, c.__data__, a, t) + "", u.has(g) ? o[a] = c : u.set(g, c));
  for (a = 0; a < h; ++a)
    g = s.call(e, i[a], a, i) + "", (c = u.get(g)) ? (r[a] = c, c.__data__ = i[a], u.delete(g)) : n[a] = new fr(e, i[a]);
  for (a = 0; a < d; ++a)
    (c = t[a]) && u.get(f[a]) === c && (o[a] = c);
}
function cd(e) {
  return e.__data__;
}
function ud(e, t) {
  if (!arguments.length) return Array.from(this, cd);
  var n = t ? ld : ad, r = this._parents, o = this._groups;
  typeof e != "function" && (e = sd(e));
  for (var i = o.length, s = new Array(i), a = new Array(i), c = new Array(i), u = 0; u < i; ++u) {
    var d = r[u], h = o[u], f = h.length, g = dd(e.call(d, d && d.__data__, u, r)), v = g.length, p = a[u] = new Array(v), y = s[u] = new Array(v), _ = c[u] = new Array(f);
    n(d, h, p, y, _, g, t);
    for (var S = 0, b = 0, x, C; S < v; ++S)
      if (x = p[S]) {
        for (S >= b && (b = S + 1); !(C = y[b]) && ++b < v; ) ;
        x._next = C || null;
      }
  }
  return s = new Fe(s, r), s._enter = a, s._exit = c, s;
}
function dd(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function fd() {
  return new Fe(this._exit || this._groups.map(_a), this._parents);
}
function hd(e, t, n) {
  var r = this.enter(), o = this, i = this.exit();
  return typeof e == "function" ? (r = e(r), r && (r = r.selection())) : r = r.append(e + ""), t != null && (o = t(o), o && (o = o.selection())), n == null ? i.remove() : n(i), r && o ? r.merge(o).order() : o;
}
function gd(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, r = t._groups, o = n.length, i = r.length, s = Math.min(o, i), a = new Array(o), c = 0; c < s; ++c)
    for (var u = n[c], d = r[c], h = u.length, f = a[c] = new Array(h), g, v = 0; v < h; ++v)
      (g = u[v] || d[v]) && (f[v] = g);
  for (; c < o; ++c)
    a[c] = n[c];
  return new Fe(a, this._parents);
}
function vd() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var r = e[t], o = r.length - 1, i = r[o], s; --o >= 0; )
      (s = r[o]) && (i && s.compareDocumentPosition(i) ^ 4 && i.parentNode.insertBefore(s, i), i = s);
  return this;
}
function pd(e) {
  e || (e = md);
  function t(h, f) {
    return h && f ? e(h.__data__, f.__data__) : !h - !f;
  }
  for (var n = this._groups, r = n.length, o = new Array(r), i = 0; i < r; ++i) {
    for (var s = n[i], a = s.length, c = o[i] = new Array(a), u, d = 0; d < a; ++d)
      (u = s[d]) && (c[d] = u);
    c.sort(t);
  }
  return new Fe(o, this._parents).order();
}
function md(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function yd() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function bd() {
  return Array.from(this);
}
function wd() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var r = e[t], o = 0, i = r.length; o < i; ++o) {
      var s = r[o];
      if (s) return s;
    }
  return null;
}
function _d() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function xd() {
  return !this.node();
}
function Ed(e) {
  for (var t = this._groups, n = 0, r = t.length; n < r; ++n)
    for (var o = t[n], i = 0, s = o.length, a; i < s; ++i)
      (a = o[i]) && e.call(a, a.__data__, i, o);
  return this;
}
function kd(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Nd(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Sd(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Cd(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Md(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Pd(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function Od(e, t) {
  var n = Ar(e);
  if (arguments.length < 2) {
    var r = this.node();
    return n.local ? r.getAttributeNS(n.space, n.local) : r.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Nd : kd : typeof t == "function" ? n.local ? Pd : Md : n.local ? Cd : Sd)(n, t));
}
function xa(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Id(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Ad(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function zd(e, t, n) {
  return function() {
    var r = t.apply(this, arguments);
    r == null ? this.style.removeProperty(e) : this.style.setProperty(e, r, n);
  };
}
function Td(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Id : typeof t == "function" ? zd : Ad)(e, t, n ?? "")) : ln(this.node(), e);
}
function ln(e, t) {
  return e.style.getPropertyValue(t) || xa(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Dd(e) {
  return function() {
    delete this[e];
  };
}
function Ld(e, t) {
  return function() {
    this[e] = t;
  };
}
function Rd(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Hd(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Dd : typeof t == "function" ? Rd : Ld)(e, t)) : this.node()[e];
}
function Ea(e) {
  return e.trim().split(/^|\s+/);
}
function qo(e) {
  return e.classList || new ka(e);
}
function ka(e) {
  this._node = e, this._names = Ea(e.getAttribute("class") || "");
}
ka.prototype = {
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
function Na(e, t) {
  for (var n = qo(e), r = -1, o = t.length; ++r < o; ) n.add(t[r]);
}
function Sa(e, t) {
  for (var n = qo(e), r = -1, o = t.length; ++r < o; ) n.remove(t[r]);
}
function Vd(e) {
  return function() {
    Na(this, e);
  };
}
function Bd(e) {
  return function() {
    Sa(this, e);
  };
}
function Fd(e, t) {
  return function() {
    (t.apply(this, arguments) ? Na : Sa)(this, e);
  };
}
function jd(e, t) {
  var n = Ea(e + "");
  if (arguments.length < 2) {
    for (var r = qo(this.node()), o = -1, i = n.length; ++o < i; ) if (!r.contains(n[o])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Fd : t ? Vd : Bd)(n, t));
}
function Kd() {
  this.textContent = "";
}
function Yd(e) {
  return function() {
    this.textContent = e;
  };
}
function Xd(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Zd(e) {
  return arguments.length ? this.each(e == null ? Kd : (typeof e == "function" ? Xd : Yd)(e)) : this.node().textContent;
}
function Wd() {
  this.innerHTML = "";
}
function qd(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Gd(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function Ud(e) {
  return arguments.length ? this.each(e == null ? Wd : (typeof e == "function" ? Gd : qd)(e)) : this.node().innerHTML;
}
function Qd() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function Jd() {
  return this.each(Qd);
}
function $d() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function ef() {
  return this.each($d);
}
function tf(e) {
  var t = typeof e == "function" ? e : ma(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function nf() {
  return null;
}
function rf(e, t) {
  var n = typeof e == "function" ? e : ma(e), r = t == null ? nf : typeof t == "function" ? t : Wo(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), r.apply(this, arguments) || null);
  });
}
function of() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function sf() {
  return this.each(of);
}
function af() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function lf() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function cf(e) {
  return this.select(e ? lf : af);
}
function uf(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function df(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function ff(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", r = t.indexOf(".");
    return r >= 0 && (n = t.slice(r + 1), t = t.slice(0, r)), { type: t, name: n };
  });
}
function hf(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, r = -1, o = t.length, i; n < o; ++n)
        i = t[n], (!e.type || i.type === e.type) && i.name === e.name ? this.removeEventListener(i.type, i.listener, i.options) : t[++r] = i;
      ++r ? t.length = r : delete this.__on;
    }
  };
}
function gf(e, t, n) {
  return function() {
    var r = this.__on, o, i = df(t);
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
function vf(e, t, n) {
  var r = ff(e + ""), o, i = r.length, s;
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
  for (a = t ? gf : hf, o = 0; o < i; ++o) this.each(a(r[o], t, n));
  return this;
}
function Ca(e, t, n) {
  var r = xa(e), o = r.CustomEvent;
  typeof o == "function" ? o = new o(t, n) : (o = r.document.createEvent("Event"), n ? (o.initEvent(t, n.bubbles, n.cancelable), o.detail = n.detail) : o.initEvent(t, !1, !1)), e.dispatchEvent(o);
}
function pf(e, t) {
  return function() {
    return Ca(this, e, t);
  };
}
function mf(e, t) {
  return function() {
    return Ca(this, e, t.apply(this, arguments));
  };
}
function yf(e, t) {
  return this.each((typeof t == "function" ? mf : pf)(e, t));
}
function* bf() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var r = e[t], o = 0, i = r.length, s; o < i; ++o)
      (s = r[o]) && (yield s);
}
var Ma = [null];
function Fe(e, t) {
  this._groups = e, this._parents = t;
}
function Kn() {
  return new Fe([[document.documentElement]], Ma);
}
function wf() {
  return this;
}
Fe.prototype = Kn.prototype = {
  constructor: Fe,
  select: Xu,
  selectAll: Gu,
  selectChild: $u,
  selectChildren: rd,
  filter: od,
  data: ud,
  enter: id,
  exit: fd,
  join: hd,
  merge: gd,
  selection: wf,
  order: vd,
  sort: pd,
  call: yd,
  nodes: bd,
  node: wd,
  size: _d,
  empty: xd,
  each: Ed,
  attr: Od,
  style: Td,
  property: Hd,
  classed: jd,
  text: Zd,
  html: Ud,
  raise: Jd,
  lower: ef,
  append: tf,
  insert: rf,
  remove: sf,
  clone: cf,
  datum: uf,
  on: vf,
  dispatch: yf,
  [Symbol.iterator]: bf
};
function je(e) {
  return typeof e == "string" ? new Fe([[document.querySelector(e)]], [document.documentElement]) : new Fe([[e]], Ma);
}
var _f = 0;
function Fi() {
  this._ = "@" + (++_f).toString(36);
}
Fi.prototype = {
  constructor: Fi,
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
function xf(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function Ye(e, t) {
  if (e = xf(e), t === void 0 && (t = e.currentTarget), t) {
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
const Ef = { passive: !1 }, In = { capture: !0, passive: !1 };
function Ur(e) {
  e.stopImmediatePropagation();
}
function en(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Pa(e) {
  var t = e.document.documentElement, n = je(e).on("dragstart.drag", en, In);
  "onselectstart" in t ? n.on("selectstart.drag", en, In) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Oa(e, t) {
  var n = e.document.documentElement, r = je(e).on("dragstart.drag", null);
  t && (r.on("click.drag", en, In), setTimeout(function() {
    r.on("click.drag", null);
  }, 0)), "onselectstart" in n ? r.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
var $n = (e) => () => e;
function xo(e, {
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
xo.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function kf(e) {
  return !e.ctrlKey && !e.button;
}
function Nf() {
  return this.parentNode;
}
function Sf(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Cf() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Mf() {
  var e = kf, t = Nf, n = Sf, r = Cf, o = {}, i = Ir("start", "drag", "end"), s = 0, a, c, u, d, h = 0;
  function f(x) {
    x.on("mousedown.drag", g).filter(r).on("touchstart.drag", y).on("touchmove.drag", _, Ef).on("touchend.drag touchcancel.drag", S).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function g(x, C) {
    if (!(d || !e.call(this, x, C))) {
      var O = b(this, t.call(this, x, C), x, C, "mouse");
      O && (je(x.view).on("mousemove.drag", v, In).on("mouseup.drag", p, In), Pa(x.view), Ur(x), u = !1, a = x.clientX, c = x.clientY, O("start", x));
    }
  }
  function v(x) {
    if (en(x), !u) {
      var C = x.clientX - a, O = x.clientY - c;
      u = C * C + O * O > h;
    }
    o.mouse("drag", x);
  }
  function p(x) {
    je(x.view).on("mousemove.drag mouseup.drag", null), Oa(x.view, u), en(x), o.mouse("end", x);
  }
  function y(x, C) {
    if (e.call(this, x, C)) {
      var O = x.changedTouches, T = t.call(this, x, C), A = O.length, R, X;
      for (R = 0; R < A; ++R)
        (X = b(this, T, x, C, O[R].identifier, O[R])) && (Ur(x), X("start", x, O[R]));
    }
  }
  function _(x) {
    var C = x.changedTouches, O = C.length, T, A;
    for (T = 0; T < O; ++T)
      (A = o[C[T].identifier]) && (en(x), A("drag", x, C[T]));
  }
  function S(x) {
    var C = x.changedTouches, O = C.length, T, A;
    for (d && clearTimeout(d), d = setTimeout(function() {
      d = null;
    }, 500), T = 0; T < O; ++T)
      (A = o[C[T].identifier]) && (Ur(x), A("end", x, C[T]));
  }
  function b(x, C, O, T, A, R) {
    var X = i.copy(), I = Ye(R || O, C), M, P, m;
    if ((m = n.call(x, new xo("beforestart", {
      sourceEvent: O,
      target: f,
      identifier: A,
      active: s,
      x: I[0],
      y: I[1],
      dx: 0,
      dy: 0,
      dispatch: X
    }), T)) != null)
      return M = m.x - I[0] || 0, P = m.y - I[1] || 0, function N(E, k, z) {
        var D = I, L;
        switch (E) {
          case "start":
            o[A] = N, L = s++;
            break;
          case "end":
            delete o[A], --s;
          // falls through
          case "drag":
            I = Ye(z || k, C), L = s;
            break;
        }
        X.call(
          E,
          x,
          new xo(E, {
            sourceEvent: k,
            subject: m,
            target: f,
            identifier: A,
            active: L,
            x: I[0] + M,
            y: I[1] + P,
            dx: I[0] - D[0],
            dy: I[1] - D[1],
            dispatch: X
          }),
          T
        );
      };
  }
  return f.filter = function(x) {
    return arguments.length ? (e = typeof x == "function" ? x : $n(!!x), f) : e;
  }, f.container = function(x) {
    return arguments.length ? (t = typeof x == "function" ? x : $n(x), f) : t;
  }, f.subject = function(x) {
    return arguments.length ? (n = typeof x == "function" ? x : $n(x), f) : n;
  }, f.touchable = function(x) {
    return arguments.length ? (r = typeof x == "function" ? x : $n(!!x), f) : r;
  }, f.on = function() {
    var x = i.on.apply(i, arguments);
    return x === i ? f : x;
  }, f.clickDistance = function(x) {
    return arguments.length ? (h = (x = +x) * x, f) : Math.sqrt(h);
  }, f;
}
function yn(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function Yn(e, t) {
  var n = Object.create(e.prototype);
  for (var r in t) n[r] = t[r];
  return n;
}
function Ot() {
}
var Ft = 0.7, cn = 1 / Ft, tn = "\\s*([+-]?\\d+)\\s*", An = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", et = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Pf = /^#([0-9a-f]{3,8})$/, Of = new RegExp(`^rgb\\(${tn},${tn},${tn}\\)$`), If = new RegExp(`^rgb\\(${et},${et},${et}\\)$`), Af = new RegExp(`^rgba\\(${tn},${tn},${tn},${An}\\)$`), zf = new RegExp(`^rgba\\(${et},${et},${et},${An}\\)$`), Tf = new RegExp(`^hsl\\(${An},${et},${et}\\)$`), Df = new RegExp(`^hsla\\(${An},${et},${et},${An}\\)$`), ji = {
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
yn(Ot, jt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: Ki,
  // Deprecated! Use color.formatHex.
  formatHex: Ki,
  formatHex8: Lf,
  formatHsl: Rf,
  formatRgb: Yi,
  toString: Yi
});
function Ki() {
  return this.rgb().formatHex();
}
function Lf() {
  return this.rgb().formatHex8();
}
function Rf() {
  return Ia(this).formatHsl();
}
function Yi() {
  return this.rgb().formatRgb();
}
function jt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Pf.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? Xi(t) : n === 3 ? new Me(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? er(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? er(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = Of.exec(e)) ? new Me(t[1], t[2], t[3], 1) : (t = If.exec(e)) ? new Me(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Af.exec(e)) ? er(t[1], t[2], t[3], t[4]) : (t = zf.exec(e)) ? er(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Tf.exec(e)) ? qi(t[1], t[2] / 100, t[3] / 100, 1) : (t = Df.exec(e)) ? qi(t[1], t[2] / 100, t[3] / 100, t[4]) : ji.hasOwnProperty(e) ? Xi(ji[e]) : e === "transparent" ? new Me(NaN, NaN, NaN, 0) : null;
}
function Xi(e) {
  return new Me(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function er(e, t, n, r) {
  return r <= 0 && (e = t = n = NaN), new Me(e, t, n, r);
}
function Go(e) {
  return e instanceof Ot || (e = jt(e)), e ? (e = e.rgb(), new Me(e.r, e.g, e.b, e.opacity)) : new Me();
}
function Eo(e, t, n, r) {
  return arguments.length === 1 ? Go(e) : new Me(e, t, n, r ?? 1);
}
function Me(e, t, n, r) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +r;
}
yn(Me, Eo, Yn(Ot, {
  brighter(e) {
    return e = e == null ? cn : Math.pow(cn, e), new Me(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Ft : Math.pow(Ft, e), new Me(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Me(Ht(this.r), Ht(this.g), Ht(this.b), hr(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: Zi,
  // Deprecated! Use color.formatHex.
  formatHex: Zi,
  formatHex8: Hf,
  formatRgb: Wi,
  toString: Wi
}));
function Zi() {
  return `#${Tt(this.r)}${Tt(this.g)}${Tt(this.b)}`;
}
function Hf() {
  return `#${Tt(this.r)}${Tt(this.g)}${Tt(this.b)}${Tt((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Wi() {
  const e = hr(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${Ht(this.r)}, ${Ht(this.g)}, ${Ht(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function hr(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function Ht(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Tt(e) {
  return e = Ht(e), (e < 16 ? "0" : "") + e.toString(16);
}
function qi(e, t, n, r) {
  return r <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new Xe(e, t, n, r);
}
function Ia(e) {
  if (e instanceof Xe) return new Xe(e.h, e.s, e.l, e.opacity);
  if (e instanceof Ot || (e = jt(e)), !e) return new Xe();
  if (e instanceof Xe) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, r = e.b / 255, o = Math.min(t, n, r), i = Math.max(t, n, r), s = NaN, a = i - o, c = (i + o) / 2;
  return a ? (t === i ? s = (n - r) / a + (n < r) * 6 : n === i ? s = (r - t) / a + 2 : s = (t - n) / a + 4, a /= c < 0.5 ? i + o : 2 - i - o, s *= 60) : a = c > 0 && c < 1 ? 0 : s, new Xe(s, a, c, e.opacity);
}
function Vf(e, t, n, r) {
  return arguments.length === 1 ? Ia(e) : new Xe(e, t, n, r ?? 1);
}
function Xe(e, t, n, r) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
yn(Xe, Vf, Yn(Ot, {
  brighter(e) {
    return e = e == null ? cn : Math.pow(cn, e), new Xe(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Ft : Math.pow(Ft, e), new Xe(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, r = n + (n < 0.5 ? n : 1 - n) * t, o = 2 * n - r;
    return new Me(
      Qr(e >= 240 ? e - 240 : e + 120, o, r),
      Qr(e, o, r),
      Qr(e < 120 ? e + 240 : e - 120, o, r),
      this.opacity
    );
  },
  clamp() {
    return new Xe(Gi(this.h), tr(this.s), tr(this.l), hr(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = hr(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${Gi(this.h)}, ${tr(this.s) * 100}%, ${tr(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function Gi(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function tr(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function Qr(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const Aa = Math.PI / 180, za = 180 / Math.PI, gr = 18, Ta = 0.96422, Da = 1, La = 0.82521, Ra = 4 / 29, nn = 6 / 29, Ha = 3 * nn * nn, Bf = nn * nn * nn;
function Va(e) {
  if (e instanceof tt) return new tt(e.l, e.a, e.b, e.opacity);
  if (e instanceof ut) return Ba(e);
  e instanceof Me || (e = Go(e));
  var t = to(e.r), n = to(e.g), r = to(e.b), o = Jr((0.2225045 * t + 0.7168786 * n + 0.0606169 * r) / Da), i, s;
  return t === n && n === r ? i = s = o : (i = Jr((0.4360747 * t + 0.3850649 * n + 0.1430804 * r) / Ta), s = Jr((0.0139322 * t + 0.0971045 * n + 0.7141733 * r) / La)), new tt(116 * o - 16, 500 * (i - o), 200 * (o - s), e.opacity);
}
function Ff(e, t, n, r) {
  return arguments.length === 1 ? Va(e) : new tt(e, t, n, r ?? 1);
}
function tt(e, t, n, r) {
  this.l = +e, this.a = +t, this.b = +n, this.opacity = +r;
}
yn(tt, Ff, Yn(Ot, {
  brighter(e) {
    return new tt(this.l + gr * (e ?? 1), this.a, this.b, this.opacity);
  },
  darker(e) {
    return new tt(this.l - gr * (e ?? 1), this.a, this.b, this.opacity);
  },
  rgb() {
    var e = (this.l + 16) / 116, t = isNaN(this.a) ? e : e + this.a / 500, n = isNaN(this.b) ? e : e - this.b / 200;
    return t = Ta * $r(t), e = Da * $r(e), n = La * $r(n), new Me(
      eo(3.1338561 * t - 1.6168667 * e - 0.4906146 * n),
      eo(-0.9787684 * t + 1.9161415 * e + 0.033454 * n),
      eo(0.0719453 * t - 0.2289914 * e + 1.4052427 * n),
      this.opacity
    );
  }
}));
function Jr(e) {
  return e > Bf ? Math.pow(e, 1 / 3) : e / Ha + Ra;
}
function $r(e) {
  return e > nn ? e * e * e : Ha * (e - Ra);
}
function eo(e) {
  return 255 * (e <= 31308e-7 ? 12.92 * e : 1.055 * Math.pow(e, 1 / 2.4) - 0.055);
}
function to(e) {
  return (e /= 255) <= 0.04045 ? e / 12.92 : Math.pow((e + 0.055) / 1.055, 2.4);
}
function jf(e) {
  if (e instanceof ut) return new ut(e.h, e.c, e.l, e.opacity);
  if (e instanceof tt || (e = Va(e)), e.a === 0 && e.b === 0) return new ut(NaN, 0 < e.l && e.l < 100 ? 0 : NaN, e.l, e.opacity);
  var t = Math.atan2(e.b, e.a) * za;
  return new ut(t < 0 ? t + 360 : t, Math.sqrt(e.a * e.a + e.b * e.b), e.l, e.opacity);
}
function Kf(e, t, n, r) {
  return arguments.length === 1 ? jf(e) : new ut(e, t, n, r ?? 1);
}
function ut(e, t, n, r) {
  this.h = +e, this.c = +t, this.l = +n, this.opacity = +r;
}
function Ba(e) {
  if (isNaN(e.h)) return new tt(e.l, 0, 0, e.opacity);
  var t = e.h * Aa;
  return new tt(e.l, Math.cos(t) * e.c, Math.sin(t) * e.c, e.opacity);
}
yn(ut, Kf, Yn(Ot, {
  brighter(e) {
    return new ut(this.h, this.c, this.l + gr * (e ?? 1), this.opacity);
  },
  darker(e) {
    return new ut(this.h, this.c, this.l - gr * (e ?? 1), this.opacity);
  },
  rgb() {
    return Ba(this).rgb();
  }
}));
var Fa = -0.14861, Uo = 1.78277, Qo = -0.29227, zr = -0.90649, zn = 1.97294, Ui = zn * zr, Qi = zn * Uo, Ji = Uo * Qo - zr * Fa;
function Yf(e) {
  if (e instanceof Vt) return new Vt(e.h, e.s, e.l, e.opacity);
  e instanceof Me || (e = Go(e));
  var t = e.r / 255, n = e.g / 255, r = e.b / 255, o = (Ji * r + Ui * t - Qi * n) / (Ji + Ui - Qi), i = r - o, s = (zn * (n - o) - Qo * i) / zr, a = Math.sqrt(s * s + i * i) / (zn * o * (1 - o)), c = a ? Math.atan2(s, i) * za - 120 : NaN;
  return new Vt(c < 0 ? c + 360 : c, a, o, e.opacity);
}
function ko(e, t, n, r) {
  return arguments.length === 1 ? Yf(e) : new Vt(e, t, n, r ?? 1);
}
function Vt(e, t, n, r) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
yn(Vt, ko, Yn(Ot, {
  brighter(e) {
    return e = e == null ? cn : Math.pow(cn, e), new Vt(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Ft : Math.pow(Ft, e), new Vt(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = isNaN(this.h) ? 0 : (this.h + 120) * Aa, t = +this.l, n = isNaN(this.s) ? 0 : this.s * t * (1 - t), r = Math.cos(e), o = Math.sin(e);
    return new Me(
      255 * (t + n * (Fa * r + Uo * o)),
      255 * (t + n * (Qo * r + zr * o)),
      255 * (t + n * (zn * r)),
      this.opacity
    );
  }
}));
var Tr = (e) => () => e;
function ja(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function Xf(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(r) {
    return Math.pow(e + r * t, n);
  };
}
function Zf(e, t) {
  var n = t - e;
  return n ? ja(e, n > 180 || n < -180 ? n - 360 * Math.round(n / 360) : n) : Tr(isNaN(e) ? t : e);
}
function Wf(e) {
  return (e = +e) == 1 ? rn : function(t, n) {
    return n - t ? Xf(t, n, e) : Tr(isNaN(t) ? n : t);
  };
}
function rn(e, t) {
  var n = t - e;
  return n ? ja(e, n) : Tr(isNaN(e) ? t : e);
}
var vr = (function e(t) {
  var n = Wf(t);
  function r(o, i) {
    var s = n((o = Eo(o)).r, (i = Eo(i)).r), a = n(o.g, i.g), c = n(o.b, i.b), u = rn(o.opacity, i.opacity);
    return function(d) {
      return o.r = s(d), o.g = a(d), o.b = c(d), o.opacity = u(d), o + "";
    };
  }
  return r.gamma = e, r;
})(1);
function qf(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, r = t.slice(), o;
  return function(i) {
    for (o = 0; o < n; ++o) r[o] = e[o] * (1 - i) + t[o] * i;
    return r;
  };
}
function Gf(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function Uf(e, t) {
  var n = t ? t.length : 0, r = e ? Math.min(n, e.length) : 0, o = new Array(r), i = new Array(n), s;
  for (s = 0; s < r; ++s) o[s] = On(e[s], t[s]);
  for (; s < n; ++s) i[s] = t[s];
  return function(a) {
    for (s = 0; s < r; ++s) i[s] = o[s](a);
    return i;
  };
}
function Qf(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(r) {
    return n.setTime(e * (1 - r) + t * r), n;
  };
}
function Je(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function Jf(e, t) {
  var n = {}, r = {}, o;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (o in t)
    o in e ? n[o] = On(e[o], t[o]) : r[o] = t[o];
  return function(i) {
    for (o in n) r[o] = n[o](i);
    return r;
  };
}
var No = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, no = new RegExp(No.source, "g");
function $f(e) {
  return function() {
    return e;
  };
}
function eh(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Ka(e, t) {
  var n = No.lastIndex = no.lastIndex = 0, r, o, i, s = -1, a = [], c = [];
  for (e = e + "", t = t + ""; (r = No.exec(e)) && (o = no.exec(t)); )
    (i = o.index) > n && (i = t.slice(n, i), a[s] ? a[s] += i : a[++s] = i), (r = r[0]) === (o = o[0]) ? a[s] ? a[s] += o : a[++s] = o : (a[++s] = null, c.push({ i: s, x: Je(r, o) })), n = no.lastIndex;
  return n < t.length && (i = t.slice(n), a[s] ? a[s] += i : a[++s] = i), a.length < 2 ? c[0] ? eh(c[0].x) : $f(t) : (t = c.length, function(u) {
    for (var d = 0, h; d < t; ++d) a[(h = c[d]).i] = h.x(u);
    return a.join("");
  });
}
function On(e, t) {
  var n = typeof t, r;
  return t == null || n === "boolean" ? Tr(t) : (n === "number" ? Je : n === "string" ? (r = jt(t)) ? (t = r, vr) : Ka : t instanceof jt ? vr : t instanceof Date ? Qf : Gf(t) ? qf : Array.isArray(t) ? Uf : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? Jf : Je)(e, t);
}
var $i = 180 / Math.PI, So = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function Ya(e, t, n, r, o, i) {
  var s, a, c;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (c = e * n + t * r) && (n -= e * c, r -= t * c), (a = Math.sqrt(n * n + r * r)) && (n /= a, r /= a, c /= a), e * r < t * n && (e = -e, t = -t, c = -c, s = -s), {
    translateX: o,
    translateY: i,
    rotate: Math.atan2(t, e) * $i,
    skewX: Math.atan(c) * $i,
    scaleX: s,
    scaleY: a
  };
}
var nr;
function th(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? So : Ya(t.a, t.b, t.c, t.d, t.e, t.f);
}
function nh(e) {
  return e == null || (nr || (nr = document.createElementNS("http://www.w3.org/2000/svg", "g")), nr.setAttribute("transform", e), !(e = nr.transform.baseVal.consolidate())) ? So : (e = e.matrix, Ya(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Xa(e, t, n, r) {
  function o(u) {
    return u.length ? u.pop() + " " : "";
  }
  function i(u, d, h, f, g, v) {
    if (u !== h || d !== f) {
      var p = g.push("translate(", null, t, null, n);
      v.push({ i: p - 4, x: Je(u, h) }, { i: p - 2, x: Je(d, f) });
    } else (h || f) && g.push("translate(" + h + t + f + n);
  }
  function s(u, d, h, f) {
    u !== d ? (u - d > 180 ? d += 360 : d - u > 180 && (u += 360), f.push({ i: h.push(o(h) + "rotate(", null, r) - 2, x: Je(u, d) })) : d && h.push(o(h) + "rotate(" + d + r);
  }
  function a(u, d, h, f) {
    u !== d ? f.push({ i: h.push(o(h) + "skewX(", null, r) - 2, x: Je(u, d) }) : d && h.push(o(h) + "skewX(" + d + r);
  }
  function c(u, d, h, f, g, v) {
    if (u !== h || d !== f) {
      var p = g.push(o(g) + "scale(", null, ",", null, ")");
      v.push({ i: p - 4, x: Je(u, h) }, { i: p - 2, x: Je(d, f) });
    } else (h !== 1 || f !== 1) && g.push(o(g) + "scale(" + h + "," + f + ")");
  }
  return function(u, d) {
    var h = [], f = [];
    return u = e(u), d = e(d), i(u.translateX, u.translateY, d.translateX, d.translateY, h, f), s(u.rotate, d.rotate, h, f), a(u.skewX, d.skewX, h, f), c(u.scaleX, u.scaleY, d.scaleX, d.scaleY, h, f), u = d = null, function(g) {
      for (var v = -1, p = f.length, y; ++v < p; ) h[(y = f[v]).i] = y.x(g);
      return h.join("");
    };
  };
}
var rh = Xa(th, "px, ", "px)", "deg)"), oh = Xa(nh, ", ", ")", ")"), ih = 1e-12;
function es(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function sh(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function ah(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
var lr = (function e(t, n, r) {
  function o(i, s) {
    var a = i[0], c = i[1], u = i[2], d = s[0], h = s[1], f = s[2], g = d - a, v = h - c, p = g * g + v * v, y, _;
    if (p < ih)
      _ = Math.log(f / u) / t, y = function(T) {
        return [
          a + T * g,
          c + T * v,
          u * Math.exp(t * T * _)
        ];
      };
    else {
      var S = Math.sqrt(p), b = (f * f - u * u + r * p) / (2 * u * n * S), x = (f * f - u * u - r * p) / (2 * f * n * S), C = Math.log(Math.sqrt(b * b + 1) - b), O = Math.log(Math.sqrt(x * x + 1) - x);
      _ = (O - C) / t, y = function(T) {
        var A = T * _, R = es(C), X = u / (n * S) * (R * ah(t * A + C) - sh(C));
        return [
          a + X * g,
          c + X * v,
          u * R / es(t * A + C)
        ];
      };
    }
    return y.duration = Math.abs(_) * 1e3 * t / Math.SQRT2, y;
  }
  return o.rho = function(i) {
    var s = Math.max(1e-3, +i), a = s * s, c = a * a;
    return e(s, a, c);
  }, o;
})(Math.SQRT2, 2, 4);
function Za(e) {
  return (function t(n) {
    n = +n;
    function r(o, i) {
      var s = e((o = ko(o)).h, (i = ko(i)).h), a = rn(o.s, i.s), c = rn(o.l, i.l), u = rn(o.opacity, i.opacity);
      return function(d) {
        return o.h = s(d), o.s = a(d), o.l = c(Math.pow(d, n)), o.opacity = u(d), o + "";
      };
    }
    return r.gamma = t, r;
  })(1);
}
Za(Zf);
Za(rn);
var un = 0, Sn = 0, En = 0, Wa = 1e3, pr, Cn, mr = 0, Kt = 0, Dr = 0, Tn = typeof performance == "object" && performance.now ? performance : Date, qa = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function Jo() {
  return Kt || (qa(lh), Kt = Tn.now() + Dr);
}
function lh() {
  Kt = 0;
}
function yr() {
  this._call = this._time = this._next = null;
}
yr.prototype = Ga.prototype = {
  constructor: yr,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? Jo() : +n) + (t == null ? 0 : +t), !this._next && Cn !== this && (Cn ? Cn._next = this : pr = this, Cn = this), this._call = e, this._time = n, Co();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Co());
  }
};
function Ga(e, t, n) {
  var r = new yr();
  return r.restart(e, t, n), r;
}
function ch() {
  Jo(), ++un;
  for (var e = pr, t; e; )
    (t = Kt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --un;
}
function ts() {
  Kt = (mr = Tn.now()) + Dr, un = Sn = 0;
  try {
    ch();
  } finally {
    un = 0, dh(), Kt = 0;
  }
}
function uh() {
  var e = Tn.now(), t = e - mr;
  t > Wa && (Dr -= t, mr = e);
}
function dh() {
  for (var e, t = pr, n, r = 1 / 0; t; )
    t._call ? (r > t._time && (r = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : pr = n);
  Cn = e, Co(r);
}
function Co(e) {
  if (!un) {
    Sn && (Sn = clearTimeout(Sn));
    var t = e - Kt;
    t > 24 ? (e < 1 / 0 && (Sn = setTimeout(ts, Math.ceil(e - Tn.now() - Dr) + 1)), En && (En = clearInterval(En))) : (En || (mr = Tn.now(), En = setInterval(uh, Wa)), un = 1, qa(ts));
  }
}
function ns(e, t, n) {
  var r = new yr();
  return t = t == null ? 0 : +t, r.restart((o) => {
    r.stop(), e(o + t);
  }, t, n), r;
}
function fh(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var $o = 3;
(function e(t) {
  t = +t;
  function n(r) {
    return Math.pow(r, t);
  }
  return n.exponent = e, n;
})($o);
(function e(t) {
  t = +t;
  function n(r) {
    return 1 - Math.pow(1 - r, t);
  }
  return n.exponent = e, n;
})($o);
(function e(t) {
  t = +t;
  function n(r) {
    return ((r *= 2) <= 1 ? Math.pow(r, t) : 2 - Math.pow(2 - r, t)) / 2;
  }
  return n.exponent = e, n;
})($o);
function br(e) {
  return (Math.pow(2, -10 * e) - 9765625e-10) * 1.0009775171065494;
}
var ei = 1.70158;
(function e(t) {
  t = +t;
  function n(r) {
    return (r = +r) * r * (t * (r - 1) + r);
  }
  return n.overshoot = e, n;
})(ei);
(function e(t) {
  t = +t;
  function n(r) {
    return --r * r * ((r + 1) * t + r) + 1;
  }
  return n.overshoot = e, n;
})(ei);
(function e(t) {
  t = +t;
  function n(r) {
    return ((r *= 2) < 1 ? r * r * ((t + 1) * r - t) : (r -= 2) * r * ((t + 1) * r + t) + 2) / 2;
  }
  return n.overshoot = e, n;
})(ei);
var dn = 2 * Math.PI, ti = 1, ni = 0.3;
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= dn);
  function o(i) {
    return t * br(- --i) * Math.sin((r - i) / n);
  }
  return o.amplitude = function(i) {
    return e(i, n * dn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(ti, ni);
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= dn);
  function o(i) {
    return 1 - t * br(i = +i) * Math.sin((i + r) / n);
  }
  return o.amplitude = function(i) {
    return e(i, n * dn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(ti, ni);
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= dn);
  function o(i) {
    return ((i = i * 2 - 1) < 0 ? t * br(-i) * Math.sin((r - i) / n) : 2 - t * br(i) * Math.sin((r + i) / n)) / 2;
  }
  return o.amplitude = function(i) {
    return e(i, n * dn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(ti, ni);
var hh = Ir("start", "end", "cancel", "interrupt"), gh = [], Ua = 0, rs = 1, Mo = 2, cr = 3, os = 4, Po = 5, ur = 6;
function Lr(e, t, n, r, o, i) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  vh(e, n, {
    name: t,
    index: r,
    // For context during callback.
    group: o,
    // For context during callback.
    on: hh,
    tween: gh,
    time: i.time,
    delay: i.delay,
    duration: i.duration,
    ease: i.ease,
    timer: null,
    state: Ua
  });
}
function ri(e, t) {
  var n = qe(e, t);
  if (n.state > Ua) throw new Error("too late; already scheduled");
  return n;
}
function ot(e, t) {
  var n = qe(e, t);
  if (n.state > cr) throw new Error("too late; already running");
  return n;
}
function qe(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function vh(e, t, n) {
  var r = e.__transition, o;
  r[t] = n, n.timer = Ga(i, 0, n.time);
  function i(u) {
    n.state = rs, n.timer.restart(s, n.delay, n.time), n.delay <= u && s(u - n.delay);
  }
  function s(u) {
    var d, h, f, g;
    if (n.state !== rs) return c();
    for (d in r)
      if (g = r[d], g.name === n.name) {
        if (g.state === cr) return ns(s);
        g.state === os ? (g.state = ur, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete r[d]) : +d < t && (g.state = ur, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete r[d]);
      }
    if (ns(function() {
      n.state === cr && (n.state = os, n.timer.restart(a, n.delay, n.time), a(u));
    }), n.state = Mo, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Mo) {
      for (n.state = cr, o = new Array(f = n.tween.length), d = 0, h = -1; d < f; ++d)
        (g = n.tween[d].value.call(e, e.__data__, n.index, n.group)) && (o[++h] = g);
      o.length = h + 1;
    }
  }
  function a(u) {
    for (var d = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(c), n.state = Po, 1), h = -1, f = o.length; ++h < f; )
      o[h].call(e, d);
    n.state === Po && (n.on.call("end", e, e.__data__, n.index, n.group), c());
  }
  function c() {
    n.state = ur, n.timer.stop(), delete r[t];
    for (var u in r) return;
    delete e.__transition;
  }
}
function dr(e, t) {
  var n = e.__transition, r, o, i = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((r = n[s]).name !== t) {
        i = !1;
        continue;
      }
      o = r.state > Mo && r.state < Po, r.state = ur, r.timer.stop(), r.on.call(o ? "interrupt" : "cancel", e, e.__data__, r.index, r.group), delete n[s];
    }
    i && delete e.__transition;
  }
}
function ph(e) {
  return this.each(function() {
    dr(this, e);
  });
}
function mh(e, t) {
  var n, r;
  return function() {
    var o = ot(this, e), i = o.tween;
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
function yh(e, t, n) {
  var r, o;
  if (typeof n != "function") throw new Error();
  return function() {
    var i = ot(this, e), s = i.tween;
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
function bh(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var r = qe(this.node(), n).tween, o = 0, i = r.length, s; o < i; ++o)
      if ((s = r[o]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? mh : yh)(n, e, t));
}
function oi(e, t, n) {
  var r = e._id;
  return e.each(function() {
    var o = ot(this, r);
    (o.value || (o.value = {}))[t] = n.apply(this, arguments);
  }), function(o) {
    return qe(o, r).value[t];
  };
}
function Qa(e, t) {
  var n;
  return (typeof t == "number" ? Je : t instanceof jt ? vr : (n = jt(t)) ? (t = n, vr) : Ka)(e, t);
}
function wh(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function _h(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function xh(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = this.getAttribute(e);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function Eh(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function kh(e, t, n) {
  var r, o, i;
  return function() {
    var s, a = n(this), c;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), c = a + "", s === c ? null : s === r && c === o ? i : (o = c, i = t(r = s, a)));
  };
}
function Nh(e, t, n) {
  var r, o, i;
  return function() {
    var s, a = n(this), c;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), c = a + "", s === c ? null : s === r && c === o ? i : (o = c, i = t(r = s, a)));
  };
}
function Sh(e, t) {
  var n = Ar(e), r = n === "transform" ? oh : Qa;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Nh : kh)(n, r, oi(this, "attr." + e, t)) : t == null ? (n.local ? _h : wh)(n) : (n.local ? Eh : xh)(n, r, t));
}
function Ch(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Mh(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Ph(e, t) {
  var n, r;
  function o() {
    var i = t.apply(this, arguments);
    return i !== r && (n = (r = i) && Mh(e, i)), n;
  }
  return o._value = t, o;
}
function Oh(e, t) {
  var n, r;
  function o() {
    var i = t.apply(this, arguments);
    return i !== r && (n = (r = i) && Ch(e, i)), n;
  }
  return o._value = t, o;
}
function Ih(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var r = Ar(e);
  return this.tween(n, (r.local ? Ph : Oh)(r, t));
}
function Ah(e, t) {
  return function() {
    ri(this, e).delay = +t.apply(this, arguments);
  };
}
function zh(e, t) {
  return t = +t, function() {
    ri(this, e).delay = t;
  };
}
function Th(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Ah : zh)(t, e)) : qe(this.node(), t).delay;
}
function Dh(e, t) {
  return function() {
    ot(this, e).duration = +t.apply(this, arguments);
  };
}
function Lh(e, t) {
  return t = +t, function() {
    ot(this, e).duration = t;
  };
}
function Rh(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Dh : Lh)(t, e)) : qe(this.node(), t).duration;
}
function Hh(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    ot(this, e).ease = t;
  };
}
function Vh(e) {
  var t = this._id;
  return arguments.length ? this.each(Hh(t, e)) : qe(this.node(), t).ease;
}
function Bh(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    ot(this, e).ease = n;
  };
}
function Fh(e) {
  if (typeof e != "function") throw new Error();
  return this.each(Bh(this._id, e));
}
function jh(e) {
  typeof e != "function" && (e = ba(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = [], c, u = 0; u < s; ++u)
      (c = i[u]) && e.call(c, c.__data__, u, i) && a.push(c);
  return new ht(r, this._parents, this._name, this._id);
}
function Kh(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, r = t.length, o = n.length, i = Math.min(r, o), s = new Array(r), a = 0; a < i; ++a)
    for (var c = t[a], u = n[a], d = c.length, h = s[a] = new Array(d), f, g = 0; g < d; ++g)
      (f = c[g] || u[g]) && (h[g] = f);
  for (; a < r; ++a)
    s[a] = t[a];
  return new ht(s, this._parents, this._name, this._id);
}
function Yh(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function Xh(e, t, n) {
  var r, o, i = Yh(t) ? ri : ot;
  return function() {
    var s = i(this, e), a = s.on;
    a !== r && (o = (r = a).copy()).on(t, n), s.on = o;
  };
}
function Zh(e, t) {
  var n = this._id;
  return arguments.length < 2 ? qe(this.node(), n).on.on(e) : this.each(Xh(n, e, t));
}
function Wh(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function qh() {
  return this.on("end.remove", Wh(this._id));
}
function Gh(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Wo(e));
  for (var r = this._groups, o = r.length, i = new Array(o), s = 0; s < o; ++s)
    for (var a = r[s], c = a.length, u = i[s] = new Array(c), d, h, f = 0; f < c; ++f)
      (d = a[f]) && (h = e.call(d, d.__data__, f, a)) && ("__data__" in d && (h.__data__ = d.__data__), u[f] = h, Lr(u[f], t, n, f, u, qe(d, n)));
  return new ht(i, this._parents, t, n);
}
function Uh(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = ya(e));
  for (var r = this._groups, o = r.length, i = [], s = [], a = 0; a < o; ++a)
    for (var c = r[a], u = c.length, d, h = 0; h < u; ++h)
      if (d = c[h]) {
        for (var f = e.call(d, d.__data__, h, c), g, v = qe(d, n), p = 0, y = f.length; p < y; ++p)
          (g = f[p]) && Lr(g, t, n, p, f, v);
        i.push(f), s.push(d);
      }
  return new ht(i, s, t, n);
}
var Qh = Kn.prototype.constructor;
function Jh() {
  return new Qh(this._groups, this._parents);
}
function $h(e, t) {
  var n, r, o;
  return function() {
    var i = ln(this, e), s = (this.style.removeProperty(e), ln(this, e));
    return i === s ? null : i === n && s === r ? o : o = t(n = i, r = s);
  };
}
function Ja(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function eg(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = ln(this, e);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function tg(e, t, n) {
  var r, o, i;
  return function() {
    var s = ln(this, e), a = n(this), c = a + "";
    return a == null && (c = a = (this.style.removeProperty(e), ln(this, e))), s === c ? null : s === r && c === o ? i : (o = c, i = t(r = s, a));
  };
}
function ng(e, t) {
  var n, r, o, i = "style." + t, s = "end." + i, a;
  return function() {
    var c = ot(this, e), u = c.on, d = c.value[i] == null ? a || (a = Ja(t)) : void 0;
    (u !== n || o !== d) && (r = (n = u).copy()).on(s, o = d), c.on = r;
  };
}
function rg(e, t, n) {
  var r = (e += "") == "transform" ? rh : Qa;
  return t == null ? this.styleTween(e, $h(e, r)).on("end.style." + e, Ja(e)) : typeof t == "function" ? this.styleTween(e, tg(e, r, oi(this, "style." + e, t))).each(ng(this._id, e)) : this.styleTween(e, eg(e, r, t), n).on("end.style." + e, null);
}
function og(e, t, n) {
  return function(r) {
    this.style.setProperty(e, t.call(this, r), n);
  };
}
function ig(e, t, n) {
  var r, o;
  function i() {
    var s = t.apply(this, arguments);
    return s !== o && (r = (o = s) && og(e, s, n)), r;
  }
  return i._value = t, i;
}
function sg(e, t, n) {
  var r = "style." + (e += "");
  if (arguments.length < 2) return (r = this.tween(r)) && r._value;
  if (t == null) return this.tween(r, null);
  if (typeof t != "function") throw new Error();
  return this.tween(r, ig(e, t, n ?? ""));
}
function ag(e) {
  return function() {
    this.textContent = e;
  };
}
function lg(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function cg(e) {
  return this.tween("text", typeof e == "function" ? lg(oi(this, "text", e)) : ag(e == null ? "" : e + ""));
}
function ug(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function dg(e) {
  var t, n;
  function r() {
    var o = e.apply(this, arguments);
    return o !== n && (t = (n = o) && ug(o)), t;
  }
  return r._value = e, r;
}
function fg(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, dg(e));
}
function hg() {
  for (var e = this._name, t = this._id, n = $a(), r = this._groups, o = r.length, i = 0; i < o; ++i)
    for (var s = r[i], a = s.length, c, u = 0; u < a; ++u)
      if (c = s[u]) {
        var d = qe(c, t);
        Lr(c, e, n, u, s, {
          time: d.time + d.delay + d.duration,
          delay: 0,
          duration: d.duration,
          ease: d.ease
        });
      }
  return new ht(r, this._parents, e, n);
}
function gg() {
  var e, t, n = this, r = n._id, o = n.size();
  return new Promise(function(i, s) {
    var a = { value: s }, c = { value: function() {
      --o === 0 && i();
    } };
    n.each(function() {
      var u = ot(this, r), d = u.on;
      d !== e && (t = (e = d).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(c)), u.on = t;
    }), o === 0 && i();
  });
}
var vg = 0;
function ht(e, t, n, r) {
  this._groups = e, this._parents = t, this._name = n, this._id = r;
}
function $a() {
  return ++vg;
}
var at = Kn.prototype;
ht.prototype = {
  constructor: ht,
  select: Gh,
  selectAll: Uh,
  selectChild: at.selectChild,
  selectChildren: at.selectChildren,
  filter: jh,
  merge: Kh,
  selection: Jh,
  transition: hg,
  call: at.call,
  nodes: at.nodes,
  node: at.node,
  size: at.size,
  empty: at.empty,
  each: at.each,
  on: Zh,
  attr: Sh,
  attrTween: Ih,
  style: rg,
  styleTween: sg,
  text: cg,
  textTween: fg,
  remove: qh,
  tween: bh,
  delay: Th,
  duration: Rh,
  ease: Vh,
  easeVarying: Fh,
  end: gg,
  [Symbol.iterator]: at[Symbol.iterator]
};
var pg = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: fh
};
function mg(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function yg(e) {
  var t, n;
  e instanceof ht ? (t = e._id, e = e._name) : (t = $a(), (n = pg).time = Jo(), e = e == null ? null : e + "");
  for (var r = this._groups, o = r.length, i = 0; i < o; ++i)
    for (var s = r[i], a = s.length, c, u = 0; u < a; ++u)
      (c = s[u]) && Lr(c, e, t, u, s, n || mg(c, t));
  return new ht(r, this._parents, e, t);
}
Kn.prototype.interrupt = ph;
Kn.prototype.transition = yg;
var rr = (e) => () => e;
function bg(e, {
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
function dt(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
dt.prototype = {
  constructor: dt,
  scale: function(e) {
    return e === 1 ? this : new dt(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new dt(this.k, this.x + this.k * e, this.y + this.k * t);
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
var Rr = new dt(1, 0, 0);
el.prototype = dt.prototype;
function el(e) {
  for (; !e.__zoom; ) if (!(e = e.parentNode)) return Rr;
  return e.__zoom;
}
function ro(e) {
  e.stopImmediatePropagation();
}
function kn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function wg(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function _g() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function is() {
  return this.__zoom || Rr;
}
function xg(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Eg() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function kg(e, t, n) {
  var r = e.invertX(t[0][0]) - n[0][0], o = e.invertX(t[1][0]) - n[1][0], i = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    o > r ? (r + o) / 2 : Math.min(0, r) || Math.max(0, o),
    s > i ? (i + s) / 2 : Math.min(0, i) || Math.max(0, s)
  );
}
function tl() {
  var e = wg, t = _g, n = kg, r = xg, o = Eg, i = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, c = lr, u = Ir("start", "zoom", "end"), d, h, f, g = 500, v = 150, p = 0, y = 10;
  function _(m) {
    m.property("__zoom", is).on("wheel.zoom", A, { passive: !1 }).on("mousedown.zoom", R).on("dblclick.zoom", X).filter(o).on("touchstart.zoom", I).on("touchmove.zoom", M).on("touchend.zoom touchcancel.zoom", P).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  _.transform = function(m, N, E, k) {
    var z = m.selection ? m.selection() : m;
    z.property("__zoom", is), m !== z ? C(m, N, E, k) : z.interrupt().each(function() {
      O(this, arguments).event(k).start().zoom(null, typeof N == "function" ? N.apply(this, arguments) : N).end();
    });
  }, _.scaleBy = function(m, N, E, k) {
    _.scaleTo(m, function() {
      var z = this.__zoom.k, D = typeof N == "function" ? N.apply(this, arguments) : N;
      return z * D;
    }, E, k);
  }, _.scaleTo = function(m, N, E, k) {
    _.transform(m, function() {
      var z = t.apply(this, arguments), D = this.__zoom, L = E == null ? x(z) : typeof E == "function" ? E.apply(this, arguments) : E, j = D.invert(L), G = typeof N == "function" ? N.apply(this, arguments) : N;
      return n(b(S(D, G), L, j), z, s);
    }, E, k);
  }, _.translateBy = function(m, N, E, k) {
    _.transform(m, function() {
      return n(this.__zoom.translate(
        typeof N == "function" ? N.apply(this, arguments) : N,
        typeof E == "function" ? E.apply(this, arguments) : E
      ), t.apply(this, arguments), s);
    }, null, k);
  }, _.translateTo = function(m, N, E, k, z) {
    _.transform(m, function() {
      var D = t.apply(this, arguments), L = this.__zoom, j = k == null ? x(D) : typeof k == "function" ? k.apply(this, arguments) : k;
      return n(Rr.translate(j[0], j[1]).scale(L.k).translate(
        typeof N == "function" ? -N.apply(this, arguments) : -N,
        typeof E == "function" ? -E.apply(this, arguments) : -E
      ), D, s);
    }, k, z);
  };
  function S(m, N) {
    return N = Math.max(i[0], Math.min(i[1], N)), N === m.k ? m : new dt(N, m.x, m.y);
  }
  function b(m, N, E) {
    var k = N[0] - E[0] * m.k, z = N[1] - E[1] * m.k;
    return k === m.x && z === m.y ? m : new dt(m.k, k, z);
  }
  function x(m) {
    return [(+m[0][0] + +m[1][0]) / 2, (+m[0][1] + +m[1][1]) / 2];
  }
  function C(m, N, E, k) {
    m.on("start.zoom", function() {
      O(this, arguments).event(k).start();
    }).on("interrupt.zoom end.zoom", function() {
      O(this, arguments).event(k).end();
    }).tween("zoom", function() {
      var z = this, D = arguments, L = O(z, D).event(k), j = t.apply(z, D), G = E == null ? x(j) : typeof E == "function" ? E.apply(z, D) : E, q = Math.max(j[1][0] - j[0][0], j[1][1] - j[0][1]), W = z.__zoom, oe = typeof N == "function" ? N.apply(z, D) : N, ee = c(W.invert(G).concat(q / W.k), oe.invert(G).concat(q / oe.k));
      return function(Q) {
        if (Q === 1) Q = oe;
        else {
          var te = ee(Q), ge = q / te[2];
          Q = new dt(ge, G[0] - te[0] * ge, G[1] - te[1] * ge);
        }
        L.zoom(null, Q);
      };
    });
  }
  function O(m, N, E) {
    return !E && m.__zooming || new T(m, N);
  }
  function T(m, N) {
    this.that = m, this.args = N, this.active = 0, this.sourceEvent = null, this.extent = t.apply(m, N), this.taps = 0;
  }
  T.prototype = {
    event: function(m) {
      return m && (this.sourceEvent = m), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(m, N) {
      return this.mouse && m !== "mouse" && (this.mouse[1] = N.invert(this.mouse[0])), this.touch0 && m !== "touch" && (this.touch0[1] = N.invert(this.touch0[0])), this.touch1 && m !== "touch" && (this.touch1[1] = N.invert(this.touch1[0])), this.that.__zoom = N, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(m) {
      var N = je(this.that).datum();
      u.call(
        m,
        this.that,
        new bg(m, {
          sourceEvent: this.sourceEvent,
          target: _,
          transform: this.that.__zoom,
          dispatch: u
        }),
        N
      );
    }
  };
  function A(m, ...N) {
    if (!e.apply(this, arguments)) return;
    var E = O(this, N).event(m), k = this.__zoom, z = Math.max(i[0], Math.min(i[1], k.k * Math.pow(2, r.apply(this, arguments)))), D = Ye(m);
    if (E.wheel)
      (E.mouse[0][0] !== D[0] || E.mouse[0][1] !== D[1]) && (E.mouse[1] = k.invert(E.mouse[0] = D)), clearTimeout(E.wheel);
    else {
      if (k.k === z) return;
      E.mouse = [D, k.invert(D)], dr(this), E.start();
    }
    kn(m), E.wheel = setTimeout(L, v), E.zoom("mouse", n(b(S(k, z), E.mouse[0], E.mouse[1]), E.extent, s));
    function L() {
      E.wheel = null, E.end();
    }
  }
  function R(m, ...N) {
    if (f || !e.apply(this, arguments)) return;
    var E = m.currentTarget, k = O(this, N, !0).event(m), z = je(m.view).on("mousemove.zoom", G, !0).on("mouseup.zoom", q, !0), D = Ye(m, E), L = m.clientX, j = m.clientY;
    Pa(m.view), ro(m), k.mouse = [D, this.__zoom.invert(D)], dr(this), k.start();
    function G(W) {
      if (kn(W), !k.moved) {
        var oe = W.clientX - L, ee = W.clientY - j;
        k.moved = oe * oe + ee * ee > p;
      }
      k.event(W).zoom("mouse", n(b(k.that.__zoom, k.mouse[0] = Ye(W, E), k.mouse[1]), k.extent, s));
    }
    function q(W) {
      z.on("mousemove.zoom mouseup.zoom", null), Oa(W.view, k.moved), kn(W), k.event(W).end();
    }
  }
  function X(m, ...N) {
    if (e.apply(this, arguments)) {
      var E = this.__zoom, k = Ye(m.changedTouches ? m.changedTouches[0] : m, this), z = E.invert(k), D = E.k * (m.shiftKey ? 0.5 : 2), L = n(b(S(E, D), k, z), t.apply(this, N), s);
      kn(m), a > 0 ? je(this).transition().duration(a).call(C, L, k, m) : je(this).call(_.transform, L, k, m);
    }
  }
  function I(m, ...N) {
    if (e.apply(this, arguments)) {
      var E = m.touches, k = E.length, z = O(this, N, m.changedTouches.length === k).event(m), D, L, j, G;
      for (ro(m), L = 0; L < k; ++L)
        j = E[L], G = Ye(j, this), G = [G, this.__zoom.invert(G), j.identifier], z.touch0 ? !z.touch1 && z.touch0[2] !== G[2] && (z.touch1 = G, z.taps = 0) : (z.touch0 = G, D = !0, z.taps = 1 + !!d);
      d && (d = clearTimeout(d)), D && (z.taps < 2 && (h = G[0], d = setTimeout(function() {
        d = null;
      }, g)), dr(this), z.start());
    }
  }
  function M(m, ...N) {
    if (this.__zooming) {
      var E = O(this, N).event(m), k = m.changedTouches, z = k.length, D, L, j, G;
      for (kn(m), D = 0; D < z; ++D)
        L = k[D], j = Ye(L, this), E.touch0 && E.touch0[2] === L.identifier ? E.touch0[0] = j : E.touch1 && E.touch1[2] === L.identifier && (E.touch1[0] = j);
      if (L = E.that.__zoom, E.touch1) {
        var q = E.touch0[0], W = E.touch0[1], oe = E.touch1[0], ee = E.touch1[1], Q = (Q = oe[0] - q[0]) * Q + (Q = oe[1] - q[1]) * Q, te = (te = ee[0] - W[0]) * te + (te = ee[1] - W[1]) * te;
        L = S(L, Math.sqrt(Q / te)), j = [(q[0] + oe[0]) / 2, (q[1] + oe[1]) / 2], G = [(W[0] + ee[0]) / 2, (W[1] + ee[1]) / 2];
      } else if (E.touch0) j = E.touch0[0], G = E.touch0[1];
      else return;
      E.zoom("touch", n(b(L, j, G), E.extent, s));
    }
  }
  function P(m, ...N) {
    if (this.__zooming) {
      var E = O(this, N).event(m), k = m.changedTouches, z = k.length, D, L;
      for (ro(m), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), D = 0; D < z; ++D)
        L = k[D], E.touch0 && E.touch0[2] === L.identifier ? delete E.touch0 : E.touch1 && E.touch1[2] === L.identifier && delete E.touch1;
      if (E.touch1 && !E.touch0 && (E.touch0 = E.touch1, delete E.touch1), E.touch0) E.touch0[1] = this.__zoom.invert(E.touch0[0]);
      else if (E.end(), E.taps === 2 && (L = Ye(L, this), Math.hypot(h[0] - L[0], h[1] - L[1]) < y)) {
        var j = je(this).on("dblclick.zoom");
        j && j.apply(this, arguments);
      }
    }
  }
  return _.wheelDelta = function(m) {
    return arguments.length ? (r = typeof m == "function" ? m : rr(+m), _) : r;
  }, _.filter = function(m) {
    return arguments.length ? (e = typeof m == "function" ? m : rr(!!m), _) : e;
  }, _.touchable = function(m) {
    return arguments.length ? (o = typeof m == "function" ? m : rr(!!m), _) : o;
  }, _.extent = function(m) {
    return arguments.length ? (t = typeof m == "function" ? m : rr([[+m[0][0], +m[0][1]], [+m[1][0], +m[1][1]]]), _) : t;
  }, _.scaleExtent = function(m) {
    return arguments.length ? (i[0] = +m[0], i[1] = +m[1], _) : [i[0], i[1]];
  }, _.translateExtent = function(m) {
    return arguments.length ? (s[0][0] = +m[0][0], s[1][0] = +m[1][0], s[0][1] = +m[0][1], s[1][1] = +m[1][1], _) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, _.constrain = function(m) {
    return arguments.length ? (n = m, _) : n;
  }, _.duration = function(m) {
    return arguments.length ? (a = +m, _) : a;
  }, _.interpolate = function(m) {
    return arguments.length ? (c = m, _) : c;
  }, _.on = function() {
    var m = u.on.apply(u, arguments);
    return m === u ? _ : m;
  }, _.clickDistance = function(m) {
    return arguments.length ? (p = (m = +m) * m, _) : Math.sqrt(p);
  }, _.tapDistance = function(m) {
    return arguments.length ? (y = +m, _) : y;
  }, _;
}
const Yt = {
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
}, Oo = [
  [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
  [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
], nl = ["Enter", " ", "Escape"], Ng = {
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
var fn;
(function(e) {
  e.Strict = "strict", e.Loose = "loose";
})(fn || (fn = {}));
var on;
(function(e) {
  e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal";
})(on || (on = {}));
var wr;
(function(e) {
  e.Partial = "partial", e.Full = "full";
})(wr || (wr = {}));
const Io = {
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
var kt;
(function(e) {
  e.Bezier = "default", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e.SimpleBezier = "simplebezier";
})(kt || (kt = {}));
var _r;
(function(e) {
  e.Arrow = "arrow", e.ArrowClosed = "arrowclosed";
})(_r || (_r = {}));
var le;
(function(e) {
  e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom";
})(le || (le = {}));
const ss = {
  [le.Left]: le.Right,
  [le.Right]: le.Left,
  [le.Top]: le.Bottom,
  [le.Bottom]: le.Top
}, rl = (e) => !!e && typeof e == "object" && "id" in e && "source" in e && "target" in e, Sg = (e) => !!e && typeof e == "object" && "id" in e && "position" in e && !("source" in e) && !("target" in e), ii = (e) => !!e && typeof e == "object" && "id" in e && "internals" in e && !("source" in e) && !("target" in e), Xn = (e, t = [0, 0]) => {
  const { width: n, height: r } = it(e), o = e.origin ?? t, i = n * o[0], s = r * o[1];
  return {
    x: e.position.x - i,
    y: e.position.y - s
  };
}, Cg = (e, t = { nodeOrigin: [0, 0] }) => {
  if (e.length === 0)
    return { x: 0, y: 0, width: 0, height: 0 };
  let n = !1;
  const r = e.reduce((o, i) => {
    const s = typeof i == "string";
    let a = !t.nodeLookup && !s ? i : void 0;
    return t.nodeLookup && (a = s ? t.nodeLookup.get(i) : ii(i) ? i : t.nodeLookup.get(i.id)), a ? (n = !0, Hr(o, xr(a, t.nodeOrigin))) : o;
  }, { x: 1 / 0, y: 1 / 0, x2: -1 / 0, y2: -1 / 0 });
  return n ? Vr(r) : { x: 0, y: 0, width: 0, height: 0 };
}, Zn = (e, t = {}) => {
  let n = { x: 1 / 0, y: 1 / 0, x2: -1 / 0, y2: -1 / 0 }, r = !1;
  return e.forEach((o) => {
    (t.filter === void 0 || t.filter(o)) && (n = Hr(n, xr(o)), r = !0);
  }), r ? Vr(n) : { x: 0, y: 0, width: 0, height: 0 };
}, si = (e, t, [n, r, o] = [0, 0, 1], i = !1, s = !1) => {
  const a = (t.x - n) / o, c = (t.y - r) / o, u = t.width / o, d = t.height / o, h = [];
  for (const f of e.values()) {
    const { measured: g, selectable: v = !0, hidden: p = !1 } = f;
    if (s && !v || p)
      continue;
    const y = g.width ?? f.width ?? f.initialWidth ?? 0, _ = g.height ?? f.height ?? f.initialHeight ?? 0, { x: S, y: b } = f.internals.positionAbsolute, x = al(a, c, u, d, S, b, y, _), C = y * _, O = i && x > 0;
    (!f.internals.handleBounds || O || x >= C || f.dragging) && h.push(f);
  }
  return h;
}, Mg = (e, t) => {
  const n = /* @__PURE__ */ new Set();
  return e.forEach((r) => {
    n.add(r.id);
  }), t.filter((r) => n.has(r.source) || n.has(r.target));
};
function Pg(e, t) {
  const n = /* @__PURE__ */ new Map(), r = t?.nodes ? new Set(t.nodes.map((o) => o.id)) : null;
  return e.forEach((o) => {
    let i;
    if (t?.includeHiddenNodes) {
      const { width: s, height: a } = it(o);
      i = s > 0 && a > 0;
    } else
      i = !!(o.measured.width && o.measured.height && !o.hidden);
    i && (!r || r.has(o.id)) && n.set(o.id, o);
  }), n;
}
async function Og({ nodes: e, width: t, height: n, panZoom: r, minZoom: o, maxZoom: i }, s) {
  if (e.size === 0)
    return !0;
  const a = Pg(e, s), c = Zn(a), u = li(c, t, n, s?.minZoom ?? o, s?.maxZoom ?? i, s?.padding ?? 0.1);
  return await r.setViewport(u, {
    duration: s?.duration,
    ease: s?.ease,
    interpolate: s?.interpolate
  }), !0;
}
function ol({ nodeId: e, nextPosition: t, nodeLookup: n, nodeOrigin: r = [0, 0], nodeExtent: o, onError: i }) {
  const s = n.get(e), a = s.parentId ? n.get(s.parentId) : void 0, { x: c, y: u } = a ? a.internals.positionAbsolute : { x: 0, y: 0 }, d = s.origin ?? r;
  let h = s.extent || o;
  if (s.extent === "parent" && !s.expandParent)
    if (!a)
      i?.("005", Yt.error005());
    else {
      const { width: g, height: v } = it(a);
      g && v && (h = [
        [c, u],
        [c + g, u + v]
      ]);
    }
  else a && vn(s.extent) && (h = [
    [s.extent[0][0] + c, s.extent[0][1] + u],
    [s.extent[1][0] + c, s.extent[1][1] + u]
  ]);
  const f = vn(h) ? Xt(t, h, s.measured) : t;
  return (s.measured.width === void 0 || s.measured.height === void 0) && i?.("015", Yt.error015()), {
    position: {
      x: f.x - c + (s.measured.width ?? 0) * d[0],
      y: f.y - u + (s.measured.height ?? 0) * d[1]
    },
    positionAbsolute: f
  };
}
async function Ig({ nodesToRemove: e = [], edgesToRemove: t = [], nodes: n, edges: r, onBeforeDelete: o }) {
  const i = new Set(e.map((f) => f.id)), s = [];
  for (const f of n) {
    if (f.deletable === !1)
      continue;
    const g = i.has(f.id), v = !g && f.parentId && s.find((p) => p.id === f.parentId);
    (g || v) && s.push(f);
  }
  const a = new Set(t.map((f) => f.id)), c = r.filter((f) => f.deletable !== !1), d = Mg(s, c);
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
const hn = (e, t = 0, n = 1) => Math.min(Math.max(e, t), n), Xt = (e = { x: 0, y: 0 }, t, n) => ({
  x: hn(e.x, t[0][0], t[1][0] - (n?.width ?? 0)),
  y: hn(e.y, t[0][1], t[1][1] - (n?.height ?? 0))
});
function il(e, t, n) {
  const { width: r, height: o } = it(n), { x: i, y: s } = n.internals.positionAbsolute;
  return Xt(e, [
    [i, s],
    [i + r, s + o]
  ], t);
}
const as = (e, t, n) => e < t ? hn(Math.abs(e - t), 1, t) / t : e > n ? -hn(Math.abs(e - n), 1, t) / t : 0, ai = (e, t, n = 15, r = 40) => {
  const o = as(e.x, r, t.width - r) * n, i = as(e.y, r, t.height - r) * n;
  return [o, i];
}, Hr = (e, t) => ({
  x: Math.min(e.x, t.x),
  y: Math.min(e.y, t.y),
  x2: Math.max(e.x2, t.x2),
  y2: Math.max(e.y2, t.y2)
}), Ao = ({ x: e, y: t, width: n, height: r }) => ({
  x: e,
  y: t,
  x2: e + n,
  y2: t + r
}), Vr = ({ x: e, y: t, x2: n, y2: r }) => ({
  x: e,
  y: t,
  width: n - e,
  height: r - t
}), Dn = (e, t = [0, 0]) => {
  const { x: n, y: r } = ii(e) ? e.internals.positionAbsolute : Xn(e, t);
  return {
    x: n,
    y: r,
    width: e.measured?.width ?? e.width ?? e.initialWidth ?? 0,
    height: e.measured?.height ?? e.height ?? e.initialHeight ?? 0
  };
}, xr = (e, t = [0, 0]) => {
  const { x: n, y: r } = ii(e) ? e.internals.positionAbsolute : Xn(e, t);
  return {
    x: n,
    y: r,
    x2: n + (e.measured?.width ?? e.width ?? e.initialWidth ?? 0),
    y2: r + (e.measured?.height ?? e.height ?? e.initialHeight ?? 0)
  };
}, sl = (e, t) => Vr(Hr(Ao(e), Ao(t))), al = (e, t, n, r, o, i, s, a) => {
  const c = Math.max(0, Math.min(e + n, o + s) - Math.max(e, o)), u = Math.max(0, Math.min(t + r, i + a) - Math.max(t, i));
  return Math.ceil(c * u);
}, Er = (e, t) => al(e.x, e.y, e.width, e.height, t.x, t.y, t.width, t.height), ls = (e) => ft(e.width) && ft(e.height) && ft(e.x) && ft(e.y), ft = (e) => !isNaN(e) && isFinite(e), ll = (e, t) => (n, r) => {
}, Wn = (e, t = [1, 1]) => ({
  x: t[0] * Math.round(e.x / t[0]),
  y: t[1] * Math.round(e.y / t[1])
}), qn = ({ x: e, y: t }, [n, r, o], i = !1, s = [1, 1]) => {
  const a = {
    x: (e - n) / o,
    y: (t - r) / o
  };
  return i ? Wn(a, s) : a;
}, gn = ({ x: e, y: t }, [n, r, o]) => ({
  x: e * o + n,
  y: t * o + r
});
function $t(e, t) {
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
function Ag(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const r = $t(e, n), o = $t(e, t);
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
    const r = $t(e.top ?? e.y ?? 0, n), o = $t(e.bottom ?? e.y ?? 0, n), i = $t(e.left ?? e.x ?? 0, t), s = $t(e.right ?? e.x ?? 0, t);
    return { top: r, right: s, bottom: o, left: i, x: i + s, y: r + o };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function zg(e, t, n, r, o, i) {
  const { x: s, y: a } = gn(e, [t, n, r]), { x: c, y: u } = gn({ x: e.x + e.width, y: e.y + e.height }, [t, n, r]), d = o - c, h = i - u;
  return {
    left: Math.floor(s),
    top: Math.floor(a),
    right: Math.floor(d),
    bottom: Math.floor(h)
  };
}
const li = (e, t, n, r, o, i) => {
  const s = Ag(i, t, n), a = (t - s.x) / e.width, c = (n - s.y) / e.height, u = Math.min(a, c), d = hn(u, r, o), h = e.x + e.width / 2, f = e.y + e.height / 2, g = t / 2 - h * d, v = n / 2 - f * d, p = zg(e, g, v, d, t, n), y = {
    left: Math.min(p.left - s.left, 0),
    top: Math.min(p.top - s.top, 0),
    right: Math.min(p.right - s.right, 0),
    bottom: Math.min(p.bottom - s.bottom, 0)
  };
  return {
    x: g - y.left + y.right,
    y: v - y.top + y.bottom,
    zoom: d
  };
}, Ln = () => typeof navigator < "u" && navigator?.userAgent?.indexOf("Mac") >= 0;
function vn(e) {
  return e != null && e !== "parent";
}
function it(e) {
  return {
    width: e.measured?.width ?? e.width ?? e.initialWidth ?? 0,
    height: e.measured?.height ?? e.height ?? e.initialHeight ?? 0
  };
}
function cl(e) {
  return (e.measured?.width ?? e.width ?? e.initialWidth) !== void 0 && (e.measured?.height ?? e.height ?? e.initialHeight) !== void 0;
}
function Tg(e, t = { width: 0, height: 0 }, n, r, o) {
  const i = { ...e }, s = r.get(n);
  if (s) {
    const a = s.origin || o;
    i.x += s.internals.positionAbsolute.x - (t.width ?? 0) * a[0], i.y += s.internals.positionAbsolute.y - (t.height ?? 0) * a[1];
  }
  return i;
}
function Dg(e) {
  return { ...Ng, ...e || {} };
}
function Lg(e, t) {
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
function cs(e, t, n) {
  if (!n)
    return;
  const r = [];
  e.forEach((o, i) => {
    t?.has(i) || r.push(o);
  }), r.length && n(r);
}
function Rg(e) {
  return e === null ? null : e ? "valid" : "invalid";
}
function oo(e, { snapGrid: t = [0, 0], snapToGrid: n = !1, transform: r, containerBounds: o }) {
  const { x: i, y: s } = We(e), a = qn({ x: i - (o?.left ?? 0), y: s - (o?.top ?? 0) }, r), { x: c, y: u } = n ? Wn(a, t) : a;
  return {
    xSnapped: c,
    ySnapped: u,
    ...a
  };
}
const ul = (e) => ({
  width: e.offsetWidth,
  height: e.offsetHeight
}), dl = (e) => e?.getRootNode?.() || window?.document, Hg = ["INPUT", "SELECT", "TEXTAREA"];
function fl(e) {
  const t = e.composedPath?.()?.[0] || e.target;
  return t?.nodeType !== 1 ? !1 : Hg.includes(t.nodeName) || t.hasAttribute("contenteditable") || !!t.closest(".nokey");
}
const hl = (e) => "clientX" in e, We = (e, t) => {
  const n = hl(e), r = n ? e.clientX : e.touches?.[0].clientX, o = n ? e.clientY : e.touches?.[0].clientY;
  return {
    x: r - (t?.left ?? 0),
    y: o - (t?.top ?? 0)
  };
}, us = (e, t, n, r, o) => {
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
      ...ul(s)
    };
  });
};
function Vg({ sourceX: e, sourceY: t, targetX: n, targetY: r, sourceControlX: o, sourceControlY: i, targetControlX: s, targetControlY: a }) {
  const c = e * 0.125 + o * 0.375 + s * 0.375 + n * 0.125, u = t * 0.125 + i * 0.375 + a * 0.375 + r * 0.125, d = Math.abs(c - e), h = Math.abs(u - t);
  return [c, u, d, h];
}
function or(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function ds({ pos: e, x1: t, y1: n, x2: r, y2: o, c: i }) {
  switch (e) {
    case le.Left:
      return [t - or(t - r, i), n];
    case le.Right:
      return [t + or(r - t, i), n];
    case le.Top:
      return [t, n - or(n - o, i)];
    case le.Bottom:
      return [t, n + or(o - n, i)];
  }
}
function ci({ sourceX: e, sourceY: t, sourcePosition: n = le.Bottom, targetX: r, targetY: o, targetPosition: i = le.Top, curvature: s = 0.25 }) {
  const [a, c] = ds({
    pos: n,
    x1: e,
    y1: t,
    x2: r,
    y2: o,
    c: s
  }), [u, d] = ds({
    pos: i,
    x1: r,
    y1: o,
    x2: e,
    y2: t,
    c: s
  }), [h, f, g, v] = Vg({
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
function gl({ sourceX: e, sourceY: t, targetX: n, targetY: r }) {
  const o = Math.abs(n - e) / 2, i = n < e ? n + o : n - o, s = Math.abs(r - t) / 2, a = r < t ? r + s : r - s;
  return [i, a, o, s];
}
function Bg({ sourceNode: e, targetNode: t, selected: n = !1, zIndex: r = 0, elevateOnSelect: o = !1, zIndexMode: i = "basic" }) {
  if (i === "manual")
    return r;
  const s = o && n ? r + 1e3 : r, a = Math.max(e.parentId || o && e.selected ? e.internals.z : 0, t.parentId || o && t.selected ? t.internals.z : 0);
  return s + a;
}
function Fg({ sourceNode: e, targetNode: t, width: n, height: r, transform: o }) {
  const i = Hr(xr(e), xr(t));
  i.x === i.x2 && (i.x2 += 1), i.y === i.y2 && (i.y2 += 1);
  const s = {
    x: -o[0] / o[2],
    y: -o[1] / o[2],
    width: n / o[2],
    height: r / o[2]
  };
  return Er(s, Vr(i)) > 0;
}
const jg = ({ source: e, sourceHandle: t, target: n, targetHandle: r }) => `xy-edge__${e}${t || ""}-${n}${r || ""}`, Kg = (e, t) => t.some((n) => n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)), Yg = (e, t, n = {}) => {
  if (!e.source || !e.target)
    return n.onError?.("006", Yt.error006()), t;
  const r = n.getEdgeId || jg;
  let o;
  return rl(e) ? o = { ...e } : o = {
    ...e,
    id: r(e)
  }, Kg(o, t) ? t : (o.sourceHandle === null && delete o.sourceHandle, o.targetHandle === null && delete o.targetHandle, t.concat(o));
};
function vl({ sourceX: e, sourceY: t, targetX: n, targetY: r }) {
  const [o, i, s, a] = gl({
    sourceX: e,
    sourceY: t,
    targetX: n,
    targetY: r
  });
  return [`M ${e},${t}L ${n},${r}`, o, i, s, a];
}
const fs = {
  [le.Left]: { x: -1, y: 0 },
  [le.Right]: { x: 1, y: 0 },
  [le.Top]: { x: 0, y: -1 },
  [le.Bottom]: { x: 0, y: 1 }
}, Xg = ({ source: e, sourcePosition: t = le.Bottom, target: n }) => t === le.Left || t === le.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 }, hs = (e, t) => Math.sqrt(Math.pow(t.x - e.x, 2) + Math.pow(t.y - e.y, 2));
function Zg({ source: e, sourcePosition: t = le.Bottom, target: n, targetPosition: r = le.Top, center: o, offset: i, stepPosition: s }) {
  const a = fs[t], c = fs[r], u = { x: e.x + a.x * i, y: e.y + a.y * i }, d = { x: n.x + c.x * i, y: n.y + c.y * i }, h = Xg({
    source: u,
    sourcePosition: t,
    target: d
  }), f = h.x !== 0 ? "x" : "y", g = h[f];
  let v = [], p, y;
  const _ = { x: 0, y: 0 }, S = { x: 0, y: 0 }, [, , b, x] = gl({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (a[f] * c[f] === -1) {
    f === "x" ? (p = o.x ?? u.x + (d.x - u.x) * s, y = o.y ?? (u.y + d.y) / 2) : (p = o.x ?? (u.x + d.x) / 2, y = o.y ?? u.y + (d.y - u.y) * s);
    const A = [
      { x: p, y: u.y },
      { x: p, y: d.y }
    ], R = [
      { x: u.x, y },
      { x: d.x, y }
    ];
    a[f] === g ? v = f === "x" ? A : R : v = f === "x" ? R : A;
  } else {
    const A = [{ x: u.x, y: d.y }], R = [{ x: d.x, y: u.y }];
    if (f === "x" ? v = a.x === g ? R : A : v = a.y === g ? A : R, t === r) {
      const m = Math.abs(e[f] - n[f]);
      if (m <= i) {
        const N = Math.min(i - 1, i - m);
        a[f] === g ? _[f] = (u[f] > e[f] ? -1 : 1) * N : S[f] = (d[f] > n[f] ? -1 : 1) * N;
      }
    }
    if (t !== r) {
      const m = f === "x" ? "y" : "x", N = a[f] === c[m], E = u[m] > d[m], k = u[m] < d[m];
      (a[f] === 1 && (!N && E || N && k) || a[f] !== 1 && (!N && k || N && E)) && (v = f === "x" ? A : R);
    }
    const X = { x: u.x + _.x, y: u.y + _.y }, I = { x: d.x + S.x, y: d.y + S.y }, M = Math.max(Math.abs(X.x - v[0].x), Math.abs(I.x - v[0].x)), P = Math.max(Math.abs(X.y - v[0].y), Math.abs(I.y - v[0].y));
    M >= P ? (p = (X.x + I.x) / 2, y = v[0].y) : (p = v[0].x, y = (X.y + I.y) / 2);
  }
  const C = { x: u.x + _.x, y: u.y + _.y }, O = { x: d.x + S.x, y: d.y + S.y };
  return [[
    e,
    // we only want to add the gapped source/target if they are different from the first/last point to avoid duplicates which can cause issues with the bends
    ...C.x !== v[0].x || C.y !== v[0].y ? [C] : [],
    ...v,
    ...O.x !== v[v.length - 1].x || O.y !== v[v.length - 1].y ? [O] : [],
    n
  ], p, y, b, x];
}
function Wg(e, t, n, r) {
  const o = Math.min(hs(e, t) / 2, hs(t, n) / 2, r), { x: i, y: s } = t;
  if (e.x === i && i === n.x || e.y === s && s === n.y)
    return `L${i} ${s}`;
  if (e.y === s) {
    const u = e.x < n.x ? -1 : 1, d = e.y < n.y ? 1 : -1;
    return `L ${i + o * u},${s}Q ${i},${s} ${i},${s + o * d}`;
  }
  const a = e.x < n.x ? 1 : -1, c = e.y < n.y ? -1 : 1;
  return `L ${i},${s + o * c}Q ${i},${s} ${i + o * a},${s}`;
}
function ui({ sourceX: e, sourceY: t, sourcePosition: n = le.Bottom, targetX: r, targetY: o, targetPosition: i = le.Top, borderRadius: s = 5, centerX: a, centerY: c, offset: u = 20, stepPosition: d = 0.5 }) {
  const [h, f, g, v, p] = Zg({
    source: { x: e, y: t },
    sourcePosition: n,
    target: { x: r, y: o },
    targetPosition: i,
    center: { x: a, y: c },
    offset: u,
    stepPosition: d
  });
  let y = `M${h[0].x} ${h[0].y}`;
  for (let _ = 1; _ < h.length - 1; _++)
    y += Wg(h[_ - 1], h[_], h[_ + 1], s);
  return y += `L${h[h.length - 1].x} ${h[h.length - 1].y}`, [y, f, g, v, p];
}
function gs(e) {
  return e && !!(e.internals.handleBounds || e.handles?.length) && !!(e.measured.width || e.width || e.initialWidth);
}
function qg(e) {
  const { sourceNode: t, targetNode: n } = e;
  if (!gs(t) || !gs(n))
    return null;
  const r = t.internals.handleBounds || vs(t.handles), o = n.internals.handleBounds || vs(n.handles), i = ps(r?.source ?? [], e.sourceHandle), s = ps(
    // when connection type is loose we can define all handles as sources and connect source -> source
    e.connectionMode === fn.Strict ? o?.target ?? [] : (o?.target ?? []).concat(o?.source ?? []),
    e.targetHandle
  );
  if (!i || !s)
    return e.onError?.("008", Yt.error008(i ? "target" : "source", {
      id: e.id,
      sourceHandle: e.sourceHandle,
      targetHandle: e.targetHandle
    })), null;
  const a = i?.position || le.Bottom, c = s?.position || le.Top, u = Zt(t, i, a), d = Zt(n, s, c);
  return {
    sourceX: u.x,
    sourceY: u.y,
    targetX: d.x,
    targetY: d.y,
    sourcePosition: a,
    targetPosition: c
  };
}
function vs(e) {
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
function Zt(e, t, n = le.Left, r = !1) {
  const o = (t?.x ?? 0) + e.internals.positionAbsolute.x, i = (t?.y ?? 0) + e.internals.positionAbsolute.y, { width: s, height: a } = t ?? it(e);
  if (r)
    return { x: o + s / 2, y: i + a / 2 };
  switch (t?.position ?? n) {
    case le.Top:
      return { x: o + s / 2, y: i };
    case le.Right:
      return { x: o + s, y: i + a / 2 };
    case le.Bottom:
      return { x: o + s / 2, y: i + a };
    case le.Left:
      return { x: o, y: i + a / 2 };
  }
}
function ps(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function zo(e, t) {
  return e ? typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((r) => `${r}=${e[r]}`).join("&")}` : "";
}
function Gg(e, { id: t, defaultColor: n, defaultMarkerStart: r, defaultMarkerEnd: o }) {
  const i = /* @__PURE__ */ new Set();
  return e.reduce((s, a) => ([a.markerStart || r, a.markerEnd || o].forEach((c) => {
    if (c && typeof c == "object") {
      const u = zo(c, t);
      i.has(u) || (s.push({ id: u, color: c.color || n, ...c }), i.add(u));
    }
  }), s), []).sort((s, a) => s.id.localeCompare(a.id));
}
const pl = 1e3, Ug = 10, di = {
  nodeOrigin: [0, 0],
  nodeExtent: Oo,
  elevateNodesOnSelect: !0,
  zIndexMode: "basic",
  defaults: {}
}, Qg = {
  ...di,
  checkEquality: !0
};
function fi(e, t) {
  const n = { ...e };
  for (const r in t)
    t[r] !== void 0 && (n[r] = t[r]);
  return n;
}
function Jg(e, t, n) {
  const r = fi(di, n);
  for (const o of e.values())
    if (o.parentId)
      gi(o, e, t, r);
    else {
      const i = Xn(o, r.nodeOrigin), s = vn(o.extent) ? o.extent : r.nodeExtent, a = Xt(i, s, it(o));
      o.internals.positionAbsolute = a;
    }
}
function $g(e, t) {
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
function hi(e) {
  return e === "manual";
}
function e0(e, t, n, r = {}) {
  const o = fi(Qg, r), i = { i: 0 }, s = new Map(t), a = o?.elevateNodesOnSelect && !hi(o.zIndexMode) ? pl : 0;
  let c = e.length > 0, u = !1;
  t.clear(), n.clear();
  for (const d of e) {
    let h = s.get(d.id);
    if (o.checkEquality && d === h?.internals.userNode)
      t.set(d.id, h);
    else {
      const f = Xn(d, o.nodeOrigin), g = vn(d.extent) ? d.extent : o.nodeExtent, v = Xt(f, g, it(d));
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
          handleBounds: $g(d, h),
          z: ml(d, a, o.zIndexMode),
          userNode: d
        }
      }, t.set(d.id, h);
    }
    (h.measured === void 0 || h.measured.width === void 0 || h.measured.height === void 0) && !h.hidden && (c = !1), d.parentId && gi(h, t, n, r, i), u ||= d.selected ?? !1;
  }
  return { nodesInitialized: c, hasSelectedNodes: u };
}
function t0(e, t) {
  if (!e.parentId)
    return;
  const n = t.get(e.parentId);
  n ? n.set(e.id, e) : t.set(e.parentId, /* @__PURE__ */ new Map([[e.id, e]]));
}
function gi(e, t, n, r, o) {
  const { elevateNodesOnSelect: i, nodeOrigin: s, nodeExtent: a, zIndexMode: c } = fi(di, r), u = e.parentId, d = t.get(u);
  if (!d) {
    console.warn(`Parent node ${u} not found. Please make sure that parent nodes are in front of their child nodes in the nodes array.`);
    return;
  }
  t0(e, n), o && !d.parentId && d.internals.rootParentIndex === void 0 && c === "auto" && (d.internals.rootParentIndex = ++o.i, d.internals.z = d.internals.z + o.i * Ug), o && d.internals.rootParentIndex !== void 0 && (o.i = d.internals.rootParentIndex);
  const h = i && !hi(c) ? pl : 0, { x: f, y: g, z: v } = n0(e, d, s, a, h, c), { positionAbsolute: p } = e.internals, y = f !== p.x || g !== p.y;
  (y || v !== e.internals.z) && t.set(e.id, {
    ...e,
    internals: {
      ...e.internals,
      positionAbsolute: y ? { x: f, y: g } : p,
      z: v
    }
  });
}
function ml(e, t, n) {
  const r = ft(e.zIndex) ? e.zIndex : 0;
  return hi(n) ? r : r + (e.selected ? t : 0);
}
function n0(e, t, n, r, o, i) {
  const { x: s, y: a } = t.internals.positionAbsolute, c = it(e), u = Xn(e, n), d = vn(e.extent) ? Xt(u, e.extent, c) : u;
  let h = Xt({ x: s + d.x, y: a + d.y }, r, c);
  e.extent === "parent" && (h = il(h, c, t));
  const f = ml(e, o, i), g = t.internals.z ?? 0;
  return {
    x: h.x,
    y: h.y,
    z: g >= f ? g + 1 : f
  };
}
function r0(e, t, n, r = [0, 0]) {
  const o = [], i = /* @__PURE__ */ new Map();
  for (const s of e) {
    const a = t.get(s.parentId);
    if (!a)
      continue;
    const c = i.get(s.parentId)?.expandedRect ?? Dn(a), u = sl(c, s.rect);
    i.set(s.parentId, { expandedRect: u, parent: a });
  }
  return i.size > 0 && i.forEach(({ expandedRect: s, parent: a }, c) => {
    const u = a.internals.positionAbsolute, d = it(a), h = a.origin ?? r, f = s.x < u.x ? Math.round(Math.abs(u.x - s.x)) : 0, g = s.y < u.y ? Math.round(Math.abs(u.y - s.y)) : 0, v = Math.max(d.width, Math.round(s.width)), p = Math.max(d.height, Math.round(s.height)), y = (v - d.width) * h[0], _ = (p - d.height) * h[1];
    (f > 0 || g > 0 || y || _) && (o.push({
      id: c,
      type: "position",
      position: {
        x: a.position.x - f + y,
        y: a.position.y - g + _
      }
    }), n.get(c)?.forEach((S) => {
      e.some((b) => b.id === S.id) || o.push({
        id: S.id,
        type: "position",
        position: {
          x: S.position.x + f,
          y: S.position.y + g
        }
      });
    })), (d.width < s.width || d.height < s.height || f || g) && o.push({
      id: c,
      type: "dimensions",
      setAttributes: !0,
      dimensions: {
        width: v + (f ? h[0] * f - y : 0),
        height: p + (g ? h[1] * g - _ : 0)
      }
    });
  }), o;
}
function o0(e, t, n, r, o, i, s) {
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
    const p = ul(g.nodeElement), y = v.measured.width !== p.width || v.measured.height !== p.height;
    if (!!(p.width && p.height && (y || !v.internals.handleBounds || g.force))) {
      const S = g.nodeElement.getBoundingClientRect(), b = vn(v.extent) ? v.extent : i;
      let { positionAbsolute: x } = v.internals;
      if (v.parentId && v.extent === "parent") {
        const O = t.get(v.parentId);
        O && (x = il(x, p, O));
      } else b && (x = Xt(x, b, p));
      const C = {
        ...v,
        measured: p,
        internals: {
          ...v.internals,
          positionAbsolute: x,
          handleBounds: {
            source: us("source", g.nodeElement, S, h, v.id),
            target: us("target", g.nodeElement, S, h, v.id)
          }
        }
      };
      t.set(v.id, C), v.parentId && gi(C, t, n, { nodeOrigin: o, zIndexMode: s }), c = !0, y && (u.push({
        id: v.id,
        type: "dimensions",
        dimensions: p
      }), v.expandParent && v.parentId && f.push({
        id: v.id,
        parentId: v.parentId,
        rect: Dn(C, o)
      }));
    }
  }
  if (f.length > 0) {
    const g = r0(f, t, n, o);
    u.push(...g);
  }
  return { changes: u, updatedInternals: c };
}
async function i0({ delta: e, panZoom: t, transform: n, translateExtent: r, width: o, height: i }) {
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
function ms(e, t, n, r, o, i) {
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
function s0(e, t, n) {
  e.clear(), t.clear();
  for (const r of n) {
    const { source: o, target: i, sourceHandle: s = null, targetHandle: a = null } = r, c = { edgeId: r.id, source: o, target: i, sourceHandle: s, targetHandle: a }, u = `${o}-${s}--${i}-${a}`, d = `${i}-${a}--${o}-${s}`;
    ms("source", c, d, e, o, s), ms("target", c, u, e, i, a), t.set(r.id, r);
  }
}
function yl(e, t) {
  if (!e.parentId)
    return !1;
  const n = t.get(e.parentId);
  return n ? n.selected ? !0 : yl(n, t) : !1;
}
function ys(e, t, n) {
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
function a0(e, t, n, r) {
  const o = /* @__PURE__ */ new Map();
  for (const [i, s] of e)
    if ((s.selected || s.id === r) && (!s.parentId || !yl(s, e)) && (s.draggable || t && typeof s.draggable > "u")) {
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
function io({ nodeId: e, dragItems: t, nodeLookup: n, dragging: r = !0 }) {
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
function l0({ dragItems: e, snapGrid: t, x: n, y: r }) {
  const o = e.values().next().value;
  if (!o)
    return null;
  const i = {
    x: n - o.distance.x,
    y: r - o.distance.y
  }, s = Wn(i, t);
  return {
    x: s.x - i.x,
    y: s.y - i.y
  };
}
function c0({ onNodeMouseDown: e, getStoreItems: t, onDragStart: n, onDrag: r, onDragStop: o }) {
  let i = { x: null, y: null }, s = 0, a = /* @__PURE__ */ new Map(), c = !1, u = { x: 0, y: 0 }, d = null, h = !1, f = null, g = !1, v = !1, p = null;
  function y({ noDragClassName: S, handleSelector: b, domNode: x, isSelectable: C, nodeId: O, nodeClickDistance: T = 0 }) {
    f = je(x);
    function A({ x: M, y: P }) {
      const { nodeLookup: m, nodeExtent: N, snapGrid: E, snapToGrid: k, nodeOrigin: z, onNodeDrag: D, onSelectionDrag: L, onError: j, updateNodePositions: G } = t();
      i = { x: M, y: P };
      let q = !1;
      const W = a.size > 1, oe = W && N ? Ao(Zn(a)) : null, ee = W && k ? l0({
        dragItems: a,
        snapGrid: E,
        x: M,
        y: P
      }) : null;
      for (const [Q, te] of a) {
        if (!m.has(Q))
          continue;
        let ge = { x: M - te.distance.x, y: P - te.distance.y };
        k && (ge = ee ? {
          x: Math.round(ge.x + ee.x),
          y: Math.round(ge.y + ee.y)
        } : Wn(ge, E));
        let pe = null;
        if (W && N && !te.extent && oe) {
          const { positionAbsolute: ye } = te.internals, F = ye.x - oe.x + N[0][0], B = ye.x + te.measured.width - oe.x2 + N[1][0], se = ye.y - oe.y + N[0][1], be = ye.y + te.measured.height - oe.y2 + N[1][1];
          pe = [
            [F, se],
            [B, be]
          ];
        }
        const { position: de, positionAbsolute: Ee } = ol({
          nodeId: Q,
          nextPosition: ge,
          nodeLookup: m,
          nodeExtent: pe || N,
          nodeOrigin: z,
          onError: j
        });
        q = q || te.position.x !== de.x || te.position.y !== de.y, te.position = de, te.internals.positionAbsolute = Ee;
      }
      if (v = v || q, !!q && (G(a, !0), p && (r || D || !O && L))) {
        const [Q, te] = io({
          nodeId: O,
          dragItems: a,
          nodeLookup: m
        });
        r?.(p, a, Q, te), D?.(p, Q, te), O || L?.(p, te);
      }
    }
    async function R() {
      if (!d)
        return;
      const { transform: M, panBy: P, autoPanSpeed: m, autoPanOnNodeDrag: N } = t();
      if (!N) {
        c = !1, cancelAnimationFrame(s);
        return;
      }
      const [E, k] = ai(u, d, m);
      (E !== 0 || k !== 0) && (i.x = (i.x ?? 0) - E / M[2], i.y = (i.y ?? 0) - k / M[2], await P({ x: E, y: k }) && A(i)), s = requestAnimationFrame(R);
    }
    function X(M) {
      const { nodeLookup: P, multiSelectionActive: m, nodesDraggable: N, transform: E, snapGrid: k, snapToGrid: z, selectNodesOnDrag: D, onNodeDragStart: L, onSelectionDragStart: j, unselectNodesAndEdges: G } = t();
      h = !0, (!D || !C) && !m && O && (P.get(O)?.selected || G()), C && D && O && e?.(O);
      const q = oo(M.sourceEvent, { transform: E, snapGrid: k, snapToGrid: z, containerBounds: d });
      if (i = q, a = a0(P, N, q, O), a.size > 0 && (n || L || !O && j)) {
        const [W, oe] = io({
          nodeId: O,
          dragItems: a,
          nodeLookup: P
        });
        n?.(M.sourceEvent, a, W, oe), L?.(M.sourceEvent, W, oe), O || j?.(M.sourceEvent, oe);
      }
    }
    const I = Mf().clickDistance(T).on("start", (M) => {
      const { domNode: P, nodeDragThreshold: m, transform: N, snapGrid: E, snapToGrid: k } = t();
      d = P?.getBoundingClientRect() || null, g = !1, v = !1, p = M.sourceEvent, m === 0 && X(M), i = oo(M.sourceEvent, { transform: N, snapGrid: E, snapToGrid: k, containerBounds: d }), u = We(M.sourceEvent, d);
    }).on("drag", (M) => {
      const { autoPanOnNodeDrag: P, transform: m, snapGrid: N, snapToGrid: E, nodeDragThreshold: k, nodeLookup: z } = t(), D = oo(M.sourceEvent, { transform: m, snapGrid: N, snapToGrid: E, containerBounds: d });
      if (p = M.sourceEvent, (M.sourceEvent.type === "touchmove" && M.sourceEvent.touches.length > 1 || // if user deletes a node while dragging, we need to abort the drag to prevent errors
      O && !z.has(O)) && (g = !0), !g) {
        if (!c && P && h && (c = !0, R()), !h) {
          const L = We(M.sourceEvent, d), j = L.x - u.x, G = L.y - u.y;
          Math.sqrt(j * j + G * G) > k && X(M);
        }
        (i.x !== D.xSnapped || i.y !== D.ySnapped) && a && h && (u = We(M.sourceEvent, d), A(D));
      }
    }).on("end", (M) => {
      if (!h || g) {
        g && a.size > 0 && t().updateNodePositions(a, !1);
        return;
      }
      if (c = !1, h = !1, cancelAnimationFrame(s), a.size > 0) {
        const { nodeLookup: P, updateNodePositions: m, onNodeDragStop: N, onSelectionDragStop: E } = t();
        if (v && (m(a, !1), v = !1), o || N || !O && E) {
          const [k, z] = io({
            nodeId: O,
            dragItems: a,
            nodeLookup: P,
            dragging: !1
          });
          o?.(M.sourceEvent, a, k, z), N?.(M.sourceEvent, k, z), O || E?.(M.sourceEvent, z);
        }
      }
    }).filter((M) => {
      const P = M.target;
      return !M.button && (!S || !ys(P, `.${S}`, x)) && (!b || ys(P, b, x));
    });
    f.call(I);
  }
  function _() {
    f?.on(".drag", null);
  }
  return {
    update: y,
    destroy: _
  };
}
function u0(e, t, n) {
  const r = [], o = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const i of t.values())
    Er(o, Dn(i)) > 0 && r.push(i);
  return r;
}
const d0 = 250;
function f0(e, t, n, r) {
  let o = [], i = 1 / 0;
  const s = u0(e, n, t + d0);
  for (const a of s) {
    const c = [...a.internals.handleBounds?.source ?? [], ...a.internals.handleBounds?.target ?? []];
    for (const u of c) {
      if (r.nodeId === u.nodeId && r.type === u.type && r.id === u.id)
        continue;
      const { x: d, y: h } = Zt(a, u, u.position, !0), f = Math.sqrt(Math.pow(d - e.x, 2) + Math.pow(h - e.y, 2));
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
function bl(e, t, n, r, o, i = !1) {
  const s = r.get(e);
  if (!s)
    return null;
  const a = o === "strict" ? s.internals.handleBounds?.[t] : [...s.internals.handleBounds?.source ?? [], ...s.internals.handleBounds?.target ?? []], c = (n ? a?.find((u) => u.id === n) : a?.[0]) ?? null;
  return c && i ? { ...c, ...Zt(s, c, c.position, !0) } : c;
}
function wl(e, t) {
  return e || (t?.classList.contains("target") ? "target" : t?.classList.contains("source") ? "source" : null);
}
function h0(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
const _l = () => !0;
function g0(e, { connectionMode: t, connectionRadius: n, handleId: r, nodeId: o, edgeUpdaterType: i, isTarget: s, domNode: a, nodeLookup: c, lib: u, autoPanOnConnect: d, flowId: h, panBy: f, cancelConnection: g, onConnectStart: v, onConnect: p, onConnectEnd: y, isValidConnection: _ = _l, onReconnectEnd: S, updateConnection: b, getTransform: x, getFromHandle: C, autoPanSpeed: O, dragThreshold: T = 1, handleDomNode: A }) {
  const R = dl(e.target);
  let X = 0, I;
  const { x: M, y: P } = We(e), m = wl(i, A), N = a?.getBoundingClientRect();
  let E = !1;
  if (!N || !m)
    return;
  const k = bl(o, m, r, c, t);
  if (!k)
    return;
  let z = We(e, N), D = !1, L = null, j = !1, G = null;
  function q() {
    if (!d || !N)
      return;
    const [de, Ee] = ai(z, N, O);
    f({ x: de, y: Ee }), X = requestAnimationFrame(q);
  }
  const W = {
    ...k,
    nodeId: o,
    type: m,
    position: k.position
  }, oe = c.get(o);
  let Q = {
    inProgress: !0,
    isValid: null,
    from: Zt(oe, W, le.Left, !0),
    fromHandle: W,
    fromPosition: W.position,
    fromNode: oe,
    to: z,
    toHandle: null,
    toPosition: ss[W.position],
    toNode: null,
    pointer: z
  };
  function te() {
    E = !0, b(Q), v?.(e, { nodeId: o, handleId: r, handleType: m });
  }
  T === 0 && te();
  function ge(de) {
    if (!E) {
      const { x: be, y: ne } = We(de), fe = be - M, Se = ne - P;
      if (!(fe * fe + Se * Se > T * T))
        return;
      te();
    }
    if (!C() || !W) {
      pe(de);
      return;
    }
    const Ee = x();
    z = We(de, N), I = f0(qn(z, Ee, !1, [1, 1]), n, c, W), D || (q(), D = !0);
    const ye = xl(de, {
      handle: I,
      connectionMode: t,
      fromNodeId: o,
      fromHandleId: r,
      fromType: s ? "target" : "source",
      isValidConnection: _,
      doc: R,
      lib: u,
      flowId: h,
      nodeLookup: c
    });
    G = ye.handleDomNode, L = ye.connection, j = h0(!!I, ye.isValid);
    const F = c.get(o), B = F ? Zt(F, W, le.Left, !0) : Q.from, se = {
      ...Q,
      from: B,
      isValid: j,
      to: ye.toHandle && j ? gn({ x: ye.toHandle.x, y: ye.toHandle.y }, Ee) : z,
      toHandle: ye.toHandle,
      toPosition: j && ye.toHandle ? ye.toHandle.position : ss[W.position],
      toNode: ye.toHandle ? c.get(ye.toHandle.nodeId) : null,
      pointer: z
    };
    b(se), Q = se;
  }
  function pe(de) {
    if (!("touches" in de && de.touches.length > 0)) {
      if (E) {
        (I || G) && L && j && p?.(L);
        const { inProgress: Ee, ...ye } = Q, F = {
          ...ye,
          toPosition: Q.toHandle ? Q.toPosition : null
        };
        y?.(de, F), i && S?.(de, F);
      }
      g(), cancelAnimationFrame(X), D = !1, j = !1, L = null, G = null, R.removeEventListener("mousemove", ge), R.removeEventListener("mouseup", pe), R.removeEventListener("touchmove", ge), R.removeEventListener("touchend", pe);
    }
  }
  R.addEventListener("mousemove", ge), R.addEventListener("mouseup", pe), R.addEventListener("touchmove", ge), R.addEventListener("touchend", pe);
}
function xl(e, { handle: t, connectionMode: n, fromNodeId: r, fromHandleId: o, fromType: i, doc: s, lib: a, flowId: c, isValidConnection: u = _l, nodeLookup: d }) {
  const h = i === "target", f = t ? s.querySelector(`.${a}-flow__handle[data-id="${c}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x: g, y: v } = We(e), p = s.elementFromPoint(g, v), y = p?.classList.contains(`${a}-flow__handle`) ? p : f, _ = {
    handleDomNode: y,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (y) {
    const S = wl(void 0, y), b = y.getAttribute("data-nodeid"), x = y.getAttribute("data-handleid"), C = y.classList.contains("connectable"), O = y.classList.contains("connectableend");
    if (!b || !S)
      return _;
    const T = {
      source: h ? b : r,
      sourceHandle: h ? x : o,
      target: h ? r : b,
      targetHandle: h ? o : x
    };
    _.connection = T;
    const R = C && O && (n === fn.Strict ? h && S === "source" || !h && S === "target" : b !== r || x !== o);
    _.isValid = R && u(T), _.toHandle = bl(b, S, x, d, n, !0);
  }
  return _;
}
const bs = {
  onPointerDown: g0,
  isValid: xl
};
function v0({ domNode: e, panZoom: t, getTransform: n, getViewScale: r }) {
  const o = je(e);
  function i({ translateExtent: a, width: c, height: u, zoomStep: d = 1, pannable: h = !0, zoomable: f = !0, inversePan: g = !1 }) {
    const v = (b) => {
      if (b.sourceEvent.type !== "wheel" || !t)
        return;
      const x = n(), C = b.sourceEvent.ctrlKey && Ln() ? 10 : 1, O = -b.sourceEvent.deltaY * (b.sourceEvent.deltaMode === 1 ? 0.05 : b.sourceEvent.deltaMode ? 1 : 2e-3) * d, T = x[2] * Math.pow(2, O * C);
      t.scaleTo(T);
    };
    let p = [0, 0];
    const y = (b) => {
      (b.sourceEvent.type === "mousedown" || b.sourceEvent.type === "touchstart") && (p = [
        b.sourceEvent.clientX ?? b.sourceEvent.touches[0].clientX,
        b.sourceEvent.clientY ?? b.sourceEvent.touches[0].clientY
      ]);
    }, _ = (b) => {
      const x = n();
      if (b.sourceEvent.type !== "mousemove" && b.sourceEvent.type !== "touchmove" || !t)
        return;
      const C = [
        b.sourceEvent.clientX ?? b.sourceEvent.touches[0].clientX,
        b.sourceEvent.clientY ?? b.sourceEvent.touches[0].clientY
      ], O = [C[0] - p[0], C[1] - p[1]];
      p = C;
      const T = r() * Math.max(x[2], Math.log(x[2])) * (g ? -1 : 1), A = {
        x: x[0] - O[0] * T,
        y: x[1] - O[1] * T
      }, R = [
        [0, 0],
        [c, u]
      ];
      t.setViewportConstrained({
        x: A.x,
        y: A.y,
        zoom: x[2]
      }, R, a);
    }, S = tl().on("start", y).on("zoom", h ? _ : null).on("zoom.wheel", f ? v : null);
    o.call(S, {});
  }
  function s() {
    o.on("zoom", null);
  }
  return {
    update: i,
    destroy: s,
    pointer: Ye
  };
}
const Br = (e) => ({
  x: e.x,
  y: e.y,
  zoom: e.k
}), so = ({ x: e, y: t, zoom: n }) => Rr.translate(e, t).scale(n), _t = (e, t) => e.target.closest(`.${t}`), El = (e, t) => t === 2 && Array.isArray(e) && e.includes(2), p0 = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2, ao = (e, t = 0, n = p0, r = () => {
}) => {
  const o = typeof t == "number" && t > 0;
  return o || r(), o ? e.transition().duration(t).ease(n).on("end", r) : e;
}, kl = (e) => {
  const t = e.ctrlKey && Ln() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
};
function m0({ zoomPanValues: e, noWheelClassName: t, d3Selection: n, d3Zoom: r, panOnScrollMode: o, panOnScrollSpeed: i, zoomOnPinch: s, onPanZoomStart: a, onPanZoom: c, onPanZoomEnd: u }) {
  return (d) => {
    if (_t(d, t))
      return d.ctrlKey && d.preventDefault(), !1;
    d.preventDefault(), d.stopImmediatePropagation();
    const h = n.property("__zoom").k || 1;
    if (d.ctrlKey && s) {
      const y = Ye(d), _ = kl(d), S = h * Math.pow(2, _);
      r.scaleTo(n, S, y, d);
      return;
    }
    const f = d.deltaMode === 1 ? 20 : 1;
    let g = o === on.Vertical ? 0 : d.deltaX * f, v = o === on.Horizontal ? 0 : d.deltaY * f;
    !Ln() && d.shiftKey && o !== on.Vertical && (g = d.deltaY * f, v = 0), r.translateBy(
      n,
      -(g / h) * i,
      -(v / h) * i,
      // @ts-ignore
      { internal: !0 }
    );
    const p = Br(n.property("__zoom"));
    clearTimeout(e.panScrollTimeout), e.isPanScrolling ? c?.(d, p) : (e.isPanScrolling = !0, a?.(d, p)), e.panScrollTimeout = setTimeout(() => {
      u?.(d, p), e.isPanScrolling = !1;
    }, 150);
  };
}
function y0({ noWheelClassName: e, preventScrolling: t, d3ZoomHandler: n }) {
  return function(r, o) {
    const i = r.type === "wheel", s = !t && i && !r.ctrlKey, a = _t(r, e);
    if (r.ctrlKey && i && a && r.preventDefault(), s || a)
      return null;
    r.preventDefault(), n.call(this, r, o);
  };
}
function b0({ zoomPanValues: e, onDraggingChange: t, onPanZoomStart: n }) {
  return (r) => {
    if (r.sourceEvent?.internal)
      return;
    const o = Br(r.transform);
    e.mouseButton = r.sourceEvent?.button || 0, e.isZoomingOrPanning = !0, e.prevViewport = o, r.sourceEvent?.type === "mousedown" && t(!0), n && n?.(r.sourceEvent, o);
  };
}
function w0({ zoomPanValues: e, panOnDrag: t, onPaneContextMenu: n, onTransformChange: r, onPanZoom: o }) {
  return (i) => {
    e.usedRightMouseButton = !!(n && El(t, e.mouseButton ?? 0)), i.sourceEvent?.sync || r([i.transform.x, i.transform.y, i.transform.k]), o && !i.sourceEvent?.internal && o?.(i.sourceEvent, Br(i.transform));
  };
}
function _0({ zoomPanValues: e, panOnDrag: t, panOnScroll: n, onDraggingChange: r, onPanZoomEnd: o, onPaneContextMenu: i }) {
  return (s) => {
    if (!s.sourceEvent?.internal && (e.isZoomingOrPanning = !1, i && El(t, e.mouseButton ?? 0) && !e.usedRightMouseButton && s.sourceEvent && i(s.sourceEvent), e.usedRightMouseButton = !1, r(!1), o)) {
      const a = Br(s.transform);
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
function x0({ panActivationKeyPressed: e, zoomActivationKeyPressed: t, zoomOnScroll: n, zoomOnPinch: r, panOnDrag: o, panOnScroll: i, zoomOnDoubleClick: s, userSelectionActive: a, noWheelClassName: c, noPanClassName: u, lib: d, connectionInProgress: h }) {
  return (f) => {
    const g = t || n, v = r && f.ctrlKey, p = f.type === "wheel";
    if (f.button === 1 && f.type === "mousedown" && (_t(f, `${d}-flow__node`) || _t(f, `${d}-flow__edge`) || _t(f, `${d}-flow__selection`) || _t(f, `${d}-flow__nodesselection`)))
      return !0;
    if (!o && !g && !i && !s && !r || a || h && !p || _t(f, c) && p || _t(f, u) && (!p || i && p && !t) || !r && f.ctrlKey && p)
      return !1;
    if (!r && f.type === "touchstart" && f.touches?.length > 1)
      return f.preventDefault(), !1;
    if (!g && !i && !v && p || !o && (f.type === "mousedown" || f.type === "touchstart") || Array.isArray(o) && !o.includes(f.button) && f.type === "mousedown")
      return !1;
    const y = Array.isArray(o) && o.includes(f.button) || !f.button || f.button <= 1;
    return (!f.ctrlKey || p || e) && y;
  };
}
function E0({ domNode: e, minZoom: t, maxZoom: n, translateExtent: r, viewport: o, onPanZoom: i, onPanZoomStart: s, onPanZoomEnd: a, onDraggingChange: c }) {
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
    const m = P[0];
    m && (h = [
      [0, 0],
      [m.contentRect.width, m.contentRect.height]
    ]);
  }) : null)?.observe(e);
  const g = tl().extent(() => h).scaleExtent([t, n]).translateExtent(r), v = je(e).call(g);
  x({
    x: o.x,
    y: o.y,
    zoom: hn(o.zoom, t, n)
  }, [
    [0, 0],
    [d.width, d.height]
  ], r);
  const p = v.on("wheel.zoom"), y = v.on("dblclick.zoom");
  g.wheelDelta(kl);
  async function _(P, m) {
    return v ? new Promise((N) => {
      g?.interpolate(m?.interpolate === "linear" ? On : lr).transform(ao(v, m?.duration, m?.ease, () => N(!0)), P);
    }) : !1;
  }
  function S({ noWheelClassName: P, noPanClassName: m, onPaneContextMenu: N, userSelectionActive: E, panOnScroll: k, panOnDrag: z, panOnScrollMode: D, panOnScrollSpeed: L, preventScrolling: j, zoomOnPinch: G, zoomOnScroll: q, zoomOnDoubleClick: W, panActivationKeyPressed: oe = !1, zoomActivationKeyPressed: ee, lib: Q, onTransformChange: te, connectionInProgress: ge, paneClickDistance: pe, selectionOnDrag: de }) {
    E && !u.isZoomingOrPanning && b();
    const Ee = k && !ee && !E;
    g.clickDistance(de ? 1 / 0 : !ft(pe) || pe < 0 ? 0 : pe);
    const ye = Ee ? m0({
      zoomPanValues: u,
      noWheelClassName: P,
      d3Selection: v,
      d3Zoom: g,
      panOnScrollMode: D,
      panOnScrollSpeed: L,
      zoomOnPinch: G,
      onPanZoomStart: s,
      onPanZoom: i,
      onPanZoomEnd: a
    }) : y0({
      noWheelClassName: P,
      preventScrolling: j,
      d3ZoomHandler: p
    });
    v.on("wheel.zoom", ye, { passive: !1 });
    const F = b0({
      zoomPanValues: u,
      onDraggingChange: c,
      onPanZoomStart: s
    });
    g.on("start", F);
    const B = w0({
      zoomPanValues: u,
      panOnDrag: z,
      onPaneContextMenu: !!N,
      onPanZoom: i,
      onTransformChange: te
    });
    g.on("zoom", B);
    const se = _0({
      zoomPanValues: u,
      panOnDrag: z,
      panOnScroll: k,
      onPaneContextMenu: N,
      onPanZoomEnd: a,
      onDraggingChange: c
    });
    g.on("end", se);
    const be = x0({
      panActivationKeyPressed: oe,
      zoomActivationKeyPressed: ee,
      panOnDrag: z,
      zoomOnScroll: q,
      panOnScroll: k,
      zoomOnDoubleClick: W,
      zoomOnPinch: G,
      userSelectionActive: E,
      noPanClassName: m,
      noWheelClassName: P,
      lib: Q,
      connectionInProgress: ge
    });
    g.filter(be), W ? v.on("dblclick.zoom", y) : v.on("dblclick.zoom", null);
  }
  function b() {
    g.on("zoom", null);
  }
  async function x(P, m, N) {
    const E = so(P), k = g?.constrain()(E, m, N);
    return k && await _(k), k;
  }
  async function C(P, m) {
    const N = so(P);
    return await _(N, m), N;
  }
  function O(P) {
    if (v) {
      const m = so(P), N = v.property("__zoom");
      (N.k !== P.zoom || N.x !== P.x || N.y !== P.y) && g?.transform(v, m, null, { sync: !0 });
    }
  }
  function T() {
    const P = v ? el(v.node()) : { x: 0, y: 0, k: 1 };
    return { x: P.x, y: P.y, zoom: P.k };
  }
  async function A(P, m) {
    return v ? new Promise((N) => {
      g?.interpolate(m?.interpolate === "linear" ? On : lr).scaleTo(ao(v, m?.duration, m?.ease, () => N(!0)), P);
    }) : !1;
  }
  async function R(P, m) {
    return v ? new Promise((N) => {
      g?.interpolate(m?.interpolate === "linear" ? On : lr).scaleBy(ao(v, m?.duration, m?.ease, () => N(!0)), P);
    }) : !1;
  }
  function X(P) {
    g?.scaleExtent(P);
  }
  function I(P) {
    g?.translateExtent(P);
  }
  function M(P) {
    const m = !ft(P) || P < 0 ? 0 : P;
    g?.clickDistance(m);
  }
  return {
    update: S,
    destroy: b,
    setViewport: C,
    setViewportConstrained: x,
    getViewport: T,
    scaleTo: A,
    scaleBy: R,
    setScaleExtent: X,
    setTranslateExtent: I,
    syncViewport: O,
    setClickDistance: M
  };
}
var ws;
(function(e) {
  e.Line = "line", e.Handle = "handle";
})(ws || (ws = {}));
const k0 = ll();
function N0(e, t, n = {}) {
  return Yg(e, t, {
    ...n,
    onError: n.onError ?? k0
  });
}
function vi() {
  const e = {};
  return [
    (t) => {
      if (t && !du(e))
        throw new Error(t);
      return jo(e);
    },
    (t) => Ko(e, t)
  ];
}
const [S0, C0] = vi(), [M0, P0] = vi(), [O0, I0] = vi();
var A0 = /* @__PURE__ */ $("<div><!></div>");
function St(e, t) {
  ce(t, !0);
  let n = Y(t, "id", 3, null), r = Y(t, "type", 3, "source"), o = Y(t, "position", 19, () => le.Top), i = Y(t, "isConnectableStart", 3, !0), s = Y(t, "isConnectableEnd", 3, !0), a = /* @__PURE__ */ gt(t, [
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
  const c = S0("Handle must be used within a Custom Node component"), u = M0("Handle must be used within a Custom Node component");
  let d = w(() => r() === "target"), h = w(() => t.isConnectable !== void 0 ? t.isConnectable : u.value), f = vt(), g = w(() => f.ariaLabelConfig), v = null;
  sa(() => {
    if (t.onconnect || t.ondisconnect) {
      f.edges;
      let M = f.connectionLookup.get(`${c}-${r()}${n() ? `-${n()}` : ""}`);
      if (v && !Lg(M, v)) {
        const P = M ?? /* @__PURE__ */ new Map();
        cs(v, P, t.ondisconnect), cs(P, v, t.onconnect);
      }
      v = new Map(M);
    }
  });
  let p = w(() => {
    if (!f.connection.inProgress)
      return [!1, !1, !1, !1, null];
    const { fromHandle: M, toHandle: P, isValid: m } = f.connection, N = M && M.nodeId === c && M.type === r() && M.id === n(), E = P && P.nodeId === c && P.type === r() && P.id === n(), k = f.connectionMode === fn.Strict ? M?.type !== r() : c !== M?.nodeId || n() !== M?.id;
    return [
      !0,
      N,
      E,
      k,
      E && m
    ];
  }), y = w(() => Fn(l(p), 5)), _ = w(() => l(y)[0]), S = w(() => l(y)[1]), b = w(() => l(y)[2]), x = w(() => l(y)[3]), C = w(() => l(y)[4]);
  function O(M) {
    const P = f.onbeforeconnect ? f.onbeforeconnect(M) : M;
    P && (f.addEdge(P), f.onconnect?.(M));
  }
  function T(M) {
    const P = hl(M);
    M.currentTarget && (P && M.button === 0 || !P) && bs.onPointerDown(M, {
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
      isValidConnection: t.isValidConnection || ((...m) => f.isValidConnection?.(...m) ?? !0),
      updateConnection: f.updateConnection,
      cancelConnection: f.cancelConnection,
      panBy: f.panBy,
      onConnect: O,
      onConnectStart: f.onconnectstart,
      onConnectEnd: (...m) => f.onconnectend?.(...m),
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
    const P = dl(M.target), m = t.isValidConnection ?? f.isValidConnection, { connectionMode: N, clickConnectStartHandle: E, flowId: k, nodeLookup: z } = f, { connection: D, isValid: L } = bs.isValid(M, {
      handle: { nodeId: c, id: n(), type: r() },
      connectionMode: N,
      fromNodeId: E.nodeId,
      fromHandleId: E.id ?? null,
      fromType: E.type,
      isValidConnection: m,
      flowId: k,
      doc: P,
      lib: "svelte",
      nodeLookup: z
    });
    L && D && O(D);
    const j = structuredClone(Yo(f.connection));
    delete j.inProgress, j.toPosition = j.toHandle ? j.toHandle.position : null, f.onclickconnectend?.(M, j), f.clickConnectStartHandle = null;
  }
  var R = A0(), X = () => {
  };
  Pt(R, () => ({
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
    onmousedown: T,
    ontouchstart: T,
    onclick: f.clickConnect ? A : void 0,
    onkeypress: X,
    style: t.style,
    role: "button",
    "aria-label": l(g)["handle.ariaLabel"],
    tabindex: "-1",
    ...a,
    [Et]: {
      valid: l(C),
      connectingto: l(b),
      connectingfrom: l(S),
      source: !l(d),
      target: l(d),
      connectablestart: i(),
      connectableend: s(),
      connectable: l(h),
      connectionindicator: l(h) && (!l(_) || l(x)) && (l(_) || f.clickConnectStartHandle ? s() : i())
    }
  }));
  var I = K(R);
  Be(I, () => t.children ?? Ct), H(e, R), ue();
}
var z0 = /* @__PURE__ */ $("<!> <!>", 1);
function Nl(e, t) {
  ce(t, !0);
  let n = Y(t, "targetPosition", 19, () => le.Top), r = Y(t, "sourcePosition", 19, () => le.Bottom);
  var o = z0(), i = he(o);
  St(i, {
    type: "target",
    get position() {
      return n();
    }
  });
  var s = Z(i), a = Z(s);
  St(a, {
    type: "source",
    get position() {
      return r();
    }
  }), re(() => ie(s, ` ${t.data?.label ?? ""} `)), H(e, o), ue();
}
var T0 = /* @__PURE__ */ $(" <!>", 1);
function D0(e, t) {
  ce(t, !0);
  let n = Y(t, "data", 19, () => ({ label: "Node" })), r = Y(t, "sourcePosition", 19, () => le.Bottom);
  var o = T0(), i = he(o), s = Z(i);
  St(s, {
    type: "source",
    get position() {
      return r();
    }
  }), re(() => ie(i, `${n()?.label ?? ""} `)), H(e, o), ue();
}
var L0 = /* @__PURE__ */ $(" <!>", 1);
function R0(e, t) {
  ce(t, !0);
  let n = Y(t, "data", 19, () => ({ label: "Node" })), r = Y(t, "targetPosition", 19, () => le.Top);
  var o = L0(), i = he(o), s = Z(i);
  St(s, {
    type: "target",
    get position() {
      return r();
    }
  }), re(() => ie(i, `${n()?.label ?? ""} `)), H(e, o), ue();
}
function H0(e, t) {
}
function lo(e, t, n) {
  if (!n || !t)
    return;
  const r = n === "root" ? t : t.querySelector(`.svelte-flow__${n}`);
  r && r.appendChild(e);
}
function V0(e, t) {
  const n = w(vt), r = w(() => l(n).domNode);
  let o;
  return l(r) ? lo(e, l(r), t) : o = ca(() => {
    Le(() => {
      lo(e, l(r), t), o?.();
    });
  }), {
    async update(i) {
      lo(e, l(r), i);
    },
    destroy() {
      e.parentNode && e.parentNode.removeChild(e), o?.();
    }
  };
}
function B0() {
  let e = me(typeof window > "u");
  if (l(e)) {
    const t = ca(() => {
      Le(() => {
        V(e, !1), t?.();
      });
    });
  }
  return {
    get value() {
      return l(e);
    }
  };
}
const _s = (e) => Sg(e), F0 = (e) => rl(e);
function rt(e) {
  return e === void 0 ? void 0 : `${e}px`;
}
const kr = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
var j0 = /* @__PURE__ */ $("<div><!></div>");
function Sl(e, t) {
  ce(t, !0);
  let n = Y(t, "x", 3, 0), r = Y(t, "y", 3, 0), o = Y(t, "selectEdgeOnClick", 3, !1), i = Y(t, "transparent", 3, !1), s = /* @__PURE__ */ gt(t, [
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
  const a = vt(), c = O0("EdgeLabel must be used within a Custom Edge component");
  let u = w(() => a.visible.edges.get(c)?.zIndex);
  var d = j0(), h = () => {
    o() && c && a.handleEdgeSelection(c);
  };
  Pt(
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
      [lt]: g
    }),
    [
      () => ({
        display: B0().value ? "none" : void 0,
        cursor: o() ? "pointer" : void 0,
        transform: `translate(-50%, -50%) translate(${n() ?? ""}px,${r() ?? ""}px)`,
        "pointer-events": "all",
        width: rt(t.width),
        height: rt(t.height),
        "z-index": l(u)
      })
    ],
    void 0,
    void 0,
    "svelte-1wg91mu"
  );
  var f = K(d);
  Be(f, () => t.children ?? Ct), ze(d, (g, v) => V0?.(g, v), () => "edge-labels"), H(e, d), ue();
}
var K0 = /* @__PURE__ */ Ne("<path></path>"), Y0 = /* @__PURE__ */ Ne('<path fill="none"></path><!><!>', 1);
function Gn(e, t) {
  let n = Y(t, "interactionWidth", 3, 20), r = /* @__PURE__ */ gt(t, [
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
  var o = Y0(), i = he(o), s = Z(i);
  {
    var a = (d) => {
      var h = K0();
      Pt(h, () => ({
        d: t.path,
        "stroke-opacity": 0,
        "stroke-width": n(),
        fill: "none",
        class: "svelte-flow__edge-interaction",
        ...r
      })), H(d, h);
    };
    ae(s, (d) => {
      n() > 0 && d(a);
    });
  }
  var c = Z(s);
  {
    var u = (d) => {
      Sl(d, {
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
          var g = sr();
          re(() => ie(g, t.label)), H(h, g);
        },
        $$slots: { default: !0 }
      });
    };
    ae(c, (d) => {
      t.label && d(u);
    });
  }
  re(() => {
    U(i, "id", t.id), U(i, "d", t.path), Oe(i, 0, Mt(["svelte-flow__edge-path", t.class])), U(i, "marker-start", t.markerStart), U(i, "marker-end", t.markerEnd), _e(i, t.style);
  }), H(e, o);
}
function Cl(e, t) {
  ce(t, !0);
  let n = w(() => ci({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition,
    curvature: t.pathOptions?.curvature
  })), r = w(() => Fn(l(n), 3)), o = w(() => l(r)[0]), i = w(() => l(r)[1]), s = w(() => l(r)[2]);
  Gn(e, {
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
  }), ue();
}
function X0(e, t) {
  ce(t, !0);
  let n = w(() => ui({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition
  })), r = w(() => Fn(l(n), 3)), o = w(() => l(r)[0]), i = w(() => l(r)[1]), s = w(() => l(r)[2]);
  Gn(e, {
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
  }), ue();
}
function Z0(e, t) {
  ce(t, !0);
  let n = w(() => vl({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY
  })), r = w(() => Fn(l(n), 3)), o = w(() => l(r)[0]), i = w(() => l(r)[1]), s = w(() => l(r)[2]);
  Gn(e, {
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
  }), ue();
}
function W0(e, t) {
  ce(t, !0);
  let n = w(() => ui({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition,
    borderRadius: 0
  })), r = w(() => Fn(l(n), 3)), o = w(() => l(r)[0]), i = w(() => l(r)[1]), s = w(() => l(r)[2]);
  Gn(e, {
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
  }), ue();
}
class q0 {
  #e;
  #t;
  /**
   *
   * @param {() => T} fn
   * @param {(update: () => void) => void} onsubscribe
   */
  constructor(t, n) {
    this.#e = t, this.#t = ua(n);
  }
  get current() {
    return this.#t(), this.#e();
  }
}
const G0 = /\(.+\)/, U0 = /* @__PURE__ */ new Set(["all", "print", "screen", "and", "or", "not", "only"]);
class Q0 extends q0 {
  /**
   * @param {string} query A media query string
   * @param {boolean} [fallback] Fallback value for the server
   */
  constructor(t, n) {
    let r = G0.test(t) || // we need to use `some` here because technically this `window.matchMedia('random,screen')` still returns true
    t.split(/[\s,]+/).some((i) => U0.has(i.trim())) ? t : `(${t})`;
    const o = window.matchMedia(r);
    super(
      () => o.matches,
      (i) => yo(o, "change", i)
    );
  }
}
function J0(e, t, n, r) {
  const o = /* @__PURE__ */ new Map();
  return si(e, { x: 0, y: 0, width: n, height: r }, t, !0).forEach((i) => {
    o.set(i.id, i);
  }), o;
}
function xs(e) {
  const { edges: t, defaultEdgeOptions: n, nodeLookup: r, previousEdges: o, connectionMode: i, onerror: s, onlyRenderVisible: a, elevateEdgesOnSelect: c, zIndexMode: u } = e, d = /* @__PURE__ */ new Map();
  for (const h of t) {
    const f = r.get(h.source), g = r.get(h.target);
    if (!f || !g || f.hidden || g.hidden)
      continue;
    if (a) {
      const { visibleNodes: y, transform: _, width: S, height: b } = e;
      if (Fg({
        sourceNode: f,
        targetNode: g,
        width: S,
        height: b,
        transform: _
      }))
        y.set(f.id, f), y.set(g.id, g);
      else
        continue;
    }
    const v = o.get(h.id);
    if (v && h === v.edge && f == v.sourceNode && g == v.targetNode) {
      d.set(h.id, v);
      continue;
    }
    const p = qg({
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
      zIndex: Bg({
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
const $0 = ll(), Ml = {
  input: D0,
  output: R0,
  default: Nl,
  group: H0
}, Pl = {
  straight: Z0,
  smoothstep: X0,
  default: Cl,
  step: W0
};
function ev(e, t, n, r, o, i) {
  if (t && !n && r && o) {
    const s = Zn(i, {
      filter: (a) => !!((a.width || a.initialWidth) && (a.height || a.initialHeight))
    });
    return li(s, r, o, 0.5, 2, 0.1);
  } else
    return n ?? { x: 0, y: 0, zoom: 1 };
}
function tv(e) {
  class t {
    #e = w(() => e.props.id ?? "1");
    get flowId() {
      return l(this.#e);
    }
    set flowId(r) {
      V(this.#e, r);
    }
    #t = me(null);
    get domNode() {
      return l(this.#t);
    }
    set domNode(r) {
      V(this.#t, r);
    }
    #n = me(null);
    get panZoom() {
      return l(this.#n);
    }
    set panZoom(r) {
      V(this.#n, r);
    }
    #r = me(e.width ?? 0);
    get width() {
      return l(this.#r);
    }
    set width(r) {
      V(this.#r, r);
    }
    #o = me(e.height ?? 0);
    get height() {
      return l(this.#o);
    }
    set height(r) {
      V(this.#o, r);
    }
    #i = me(e.props.zIndexMode ?? "basic");
    get zIndexMode() {
      return l(this.#i);
    }
    set zIndexMode(r) {
      V(this.#i, r);
    }
    #s = w(() => {
      const { nodesInitialized: r } = e0(e.nodes, this.nodeLookup, this.parentLookup, {
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
      V(this.#s, r);
    }
    #a = w(() => this.panZoom !== null);
    get viewportInitialized() {
      return l(this.#a);
    }
    set viewportInitialized(r) {
      V(this.#a, r);
    }
    #l = w(() => (s0(this.connectionLookup, this.edgeLookup, e.edges), e.edges));
    get _edges() {
      return l(this.#l);
    }
    set _edges(r) {
      V(this.#l, r);
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
      V(this.#c, r);
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
      V(this.#u, r);
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
        const { viewport: p, width: y, height: _ } = this, S = [p.x, p.y, p.zoom];
        f = J0(s, S, y, _), g = xs({
          ...v,
          onlyRenderVisible: !0,
          visibleNodes: f,
          transform: S,
          width: y,
          height: _
        });
      } else
        f = this.nodeLookup, g = xs(v);
      return this._prevVisibleEdges = g, { nodes: f, edges: g };
    });
    get visible() {
      return l(this.#d);
    }
    set visible(r) {
      V(this.#d, r);
    }
    #f = w(() => e.props.nodesDraggable ?? !0);
    get nodesDraggable() {
      return l(this.#f);
    }
    set nodesDraggable(r) {
      V(this.#f, r);
    }
    #h = w(() => e.props.nodesConnectable ?? !0);
    get nodesConnectable() {
      return l(this.#h);
    }
    set nodesConnectable(r) {
      V(this.#h, r);
    }
    #g = w(() => e.props.elementsSelectable ?? !0);
    get elementsSelectable() {
      return l(this.#g);
    }
    set elementsSelectable(r) {
      V(this.#g, r);
    }
    #v = w(() => e.props.nodesFocusable ?? !0);
    get nodesFocusable() {
      return l(this.#v);
    }
    set nodesFocusable(r) {
      V(this.#v, r);
    }
    #p = w(() => e.props.edgesFocusable ?? !0);
    get edgesFocusable() {
      return l(this.#p);
    }
    set edgesFocusable(r) {
      V(this.#p, r);
    }
    #m = w(() => e.props.disableKeyboardA11y ?? !1);
    get disableKeyboardA11y() {
      return l(this.#m);
    }
    set disableKeyboardA11y(r) {
      V(this.#m, r);
    }
    #y = w(() => e.props.minZoom ?? 0.5);
    get minZoom() {
      return l(this.#y);
    }
    set minZoom(r) {
      V(this.#y, r);
    }
    #b = w(() => e.props.maxZoom ?? 2);
    get maxZoom() {
      return l(this.#b);
    }
    set maxZoom(r) {
      V(this.#b, r);
    }
    #w = w(() => e.props.nodeOrigin ?? [0, 0]);
    get nodeOrigin() {
      return l(this.#w);
    }
    set nodeOrigin(r) {
      V(this.#w, r);
    }
    #_ = w(() => e.props.nodeExtent ?? Oo);
    get nodeExtent() {
      return l(this.#_);
    }
    set nodeExtent(r) {
      V(this.#_, r);
    }
    #x = w(() => e.props.translateExtent ?? Oo);
    get translateExtent() {
      return l(this.#x);
    }
    set translateExtent(r) {
      V(this.#x, r);
    }
    #E = w(() => e.props.defaultEdgeOptions ?? {});
    get defaultEdgeOptions() {
      return l(this.#E);
    }
    set defaultEdgeOptions(r) {
      V(this.#E, r);
    }
    #k = w(() => e.props.nodeDragThreshold ?? 1);
    get nodeDragThreshold() {
      return l(this.#k);
    }
    set nodeDragThreshold(r) {
      V(this.#k, r);
    }
    #N = w(() => e.props.autoPanOnNodeDrag ?? !0);
    get autoPanOnNodeDrag() {
      return l(this.#N);
    }
    set autoPanOnNodeDrag(r) {
      V(this.#N, r);
    }
    #S = w(() => e.props.autoPanOnConnect ?? !0);
    get autoPanOnConnect() {
      return l(this.#S);
    }
    set autoPanOnConnect(r) {
      V(this.#S, r);
    }
    #C = w(() => e.props.autoPanOnNodeFocus ?? !0);
    get autoPanOnNodeFocus() {
      return l(this.#C);
    }
    set autoPanOnNodeFocus(r) {
      V(this.#C, r);
    }
    #M = w(() => e.props.autoPanSpeed ?? 15);
    get autoPanSpeed() {
      return l(this.#M);
    }
    set autoPanSpeed(r) {
      V(this.#M, r);
    }
    #P = w(() => e.props.connectionDragThreshold ?? 1);
    get connectionDragThreshold() {
      return l(this.#P);
    }
    set connectionDragThreshold(r) {
      V(this.#P, r);
    }
    fitViewQueued = e.props.fitView ?? !1;
    fitViewOptions = e.props.fitViewOptions;
    fitViewResolver = null;
    #O = w(() => e.props.snapGrid ?? null);
    get snapGrid() {
      return l(this.#O);
    }
    set snapGrid(r) {
      V(this.#O, r);
    }
    #I = me(!1);
    get dragging() {
      return l(this.#I);
    }
    set dragging(r) {
      V(this.#I, r);
    }
    #A = me(null);
    get selectionRect() {
      return l(this.#A);
    }
    set selectionRect(r) {
      V(this.#A, r);
    }
    #z = me(!1);
    get selectionKeyPressed() {
      return l(this.#z);
    }
    set selectionKeyPressed(r) {
      V(this.#z, r);
    }
    #T = me(!1);
    get multiselectionKeyPressed() {
      return l(this.#T);
    }
    set multiselectionKeyPressed(r) {
      V(this.#T, r);
    }
    #D = me(!1);
    get deleteKeyPressed() {
      return l(this.#D);
    }
    set deleteKeyPressed(r) {
      V(this.#D, r);
    }
    #L = me(!1);
    get panActivationKeyPressed() {
      return l(this.#L);
    }
    set panActivationKeyPressed(r) {
      V(this.#L, r);
    }
    #R = me(!1);
    get zoomActivationKeyPressed() {
      return l(this.#R);
    }
    set zoomActivationKeyPressed(r) {
      V(this.#R, r);
    }
    #H = me(null);
    get selectionRectMode() {
      return l(this.#H);
    }
    set selectionRectMode(r) {
      V(this.#H, r);
    }
    #V = me("");
    get ariaLiveMessage() {
      return l(this.#V);
    }
    set ariaLiveMessage(r) {
      V(this.#V, r);
    }
    #B = w(() => e.props.selectionMode ?? wr.Partial);
    get selectionMode() {
      return l(this.#B);
    }
    set selectionMode(r) {
      V(this.#B, r);
    }
    #F = w(() => ({ ...Ml, ...e.props.nodeTypes }));
    get nodeTypes() {
      return l(this.#F);
    }
    set nodeTypes(r) {
      V(this.#F, r);
    }
    #j = w(() => ({ ...Pl, ...e.props.edgeTypes }));
    get edgeTypes() {
      return l(this.#j);
    }
    set edgeTypes(r) {
      V(this.#j, r);
    }
    #K = w(() => e.props.noPanClass ?? "nopan");
    get noPanClass() {
      return l(this.#K);
    }
    set noPanClass(r) {
      V(this.#K, r);
    }
    #Y = w(() => e.props.noDragClass ?? "nodrag");
    get noDragClass() {
      return l(this.#Y);
    }
    set noDragClass(r) {
      V(this.#Y, r);
    }
    #X = w(() => e.props.noWheelClass ?? "nowheel");
    get noWheelClass() {
      return l(this.#X);
    }
    set noWheelClass(r) {
      V(this.#X, r);
    }
    #Z = w(() => Dg(e.props.ariaLabelConfig));
    get ariaLabelConfig() {
      return l(this.#Z);
    }
    set ariaLabelConfig(r) {
      V(this.#Z, r);
    }
    #W = me(ev(this.nodesInitialized, e.props.fitView, e.props.initialViewport, this.width, this.height, this.nodeLookup));
    get _viewport() {
      return l(this.#W);
    }
    set _viewport(r) {
      V(this.#W, r);
    }
    get viewport() {
      return e.viewport ?? this._viewport;
    }
    set viewport(r) {
      e.viewport && (e.viewport = r), this._viewport = r;
    }
    #q = (
      // _connection is viewport independent and originating from XYHandle
      me(Io)
    );
    get _connection() {
      return l(this.#q);
    }
    set _connection(r) {
      V(this.#q, r);
    }
    #G = w(() => this._connection.inProgress ? {
      ...this._connection,
      to: qn(this._connection.to, [this.viewport.x, this.viewport.y, this.viewport.zoom])
    } : this._connection);
    get connection() {
      return l(this.#G);
    }
    set connection(r) {
      V(this.#G, r);
    }
    #U = w(() => e.props.connectionMode ?? fn.Strict);
    get connectionMode() {
      return l(this.#U);
    }
    set connectionMode(r) {
      V(this.#U, r);
    }
    #Q = w(() => e.props.connectionRadius ?? 20);
    get connectionRadius() {
      return l(this.#Q);
    }
    set connectionRadius(r) {
      V(this.#Q, r);
    }
    #J = w(() => e.props.isValidConnection ?? (() => !0));
    get isValidConnection() {
      return l(this.#J);
    }
    set isValidConnection(r) {
      V(this.#J, r);
    }
    #$ = w(() => e.props.selectNodesOnDrag ?? !0);
    get selectNodesOnDrag() {
      return l(this.#$);
    }
    set selectNodesOnDrag(r) {
      V(this.#$, r);
    }
    #ee = w(() => e.props.defaultMarkerColor === void 0 ? "#b1b1b7" : e.props.defaultMarkerColor);
    get defaultMarkerColor() {
      return l(this.#ee);
    }
    set defaultMarkerColor(r) {
      V(this.#ee, r);
    }
    #te = w(() => Gg(e.edges, {
      defaultColor: this.defaultMarkerColor,
      id: this.flowId,
      defaultMarkerStart: this.defaultEdgeOptions.markerStart,
      defaultMarkerEnd: this.defaultEdgeOptions.markerEnd
    }));
    get markers() {
      return l(this.#te);
    }
    set markers(r) {
      V(this.#te, r);
    }
    #ne = w(() => e.props.onlyRenderVisibleElements ?? !1);
    get onlyRenderVisibleElements() {
      return l(this.#ne);
    }
    set onlyRenderVisibleElements(r) {
      V(this.#ne, r);
    }
    #re = w(() => e.props.onflowerror ?? $0);
    get onerror() {
      return l(this.#re);
    }
    set onerror(r) {
      V(this.#re, r);
    }
    #oe = w(() => e.props.ondelete);
    get ondelete() {
      return l(this.#oe);
    }
    set ondelete(r) {
      V(this.#oe, r);
    }
    #ie = w(() => e.props.onbeforedelete);
    get onbeforedelete() {
      return l(this.#ie);
    }
    set onbeforedelete(r) {
      V(this.#ie, r);
    }
    #se = w(() => e.props.onbeforeconnect);
    get onbeforeconnect() {
      return l(this.#se);
    }
    set onbeforeconnect(r) {
      V(this.#se, r);
    }
    #ae = w(() => e.props.onconnect);
    get onconnect() {
      return l(this.#ae);
    }
    set onconnect(r) {
      V(this.#ae, r);
    }
    #le = w(() => e.props.onconnectstart);
    get onconnectstart() {
      return l(this.#le);
    }
    set onconnectstart(r) {
      V(this.#le, r);
    }
    #ce = w(() => e.props.onconnectend);
    get onconnectend() {
      return l(this.#ce);
    }
    set onconnectend(r) {
      V(this.#ce, r);
    }
    #ue = w(() => e.props.onbeforereconnect);
    get onbeforereconnect() {
      return l(this.#ue);
    }
    set onbeforereconnect(r) {
      V(this.#ue, r);
    }
    #de = w(() => e.props.onreconnect);
    get onreconnect() {
      return l(this.#de);
    }
    set onreconnect(r) {
      V(this.#de, r);
    }
    #fe = w(() => e.props.onreconnectstart);
    get onreconnectstart() {
      return l(this.#fe);
    }
    set onreconnectstart(r) {
      V(this.#fe, r);
    }
    #he = w(() => e.props.onreconnectend);
    get onreconnectend() {
      return l(this.#he);
    }
    set onreconnectend(r) {
      V(this.#he, r);
    }
    #ge = w(() => e.props.clickConnect ?? !0);
    get clickConnect() {
      return l(this.#ge);
    }
    set clickConnect(r) {
      V(this.#ge, r);
    }
    #ve = w(() => e.props.onclickconnectstart);
    get onclickconnectstart() {
      return l(this.#ve);
    }
    set onclickconnectstart(r) {
      V(this.#ve, r);
    }
    #pe = w(() => e.props.onclickconnectend);
    get onclickconnectend() {
      return l(this.#pe);
    }
    set onclickconnectend(r) {
      V(this.#pe, r);
    }
    #me = me(null);
    get clickConnectStartHandle() {
      return l(this.#me);
    }
    set clickConnectStartHandle(r) {
      V(this.#me, r);
    }
    #ye = w(() => e.props.onselectiondrag);
    get onselectiondrag() {
      return l(this.#ye);
    }
    set onselectiondrag(r) {
      V(this.#ye, r);
    }
    #be = w(() => e.props.onselectiondragstart);
    get onselectiondragstart() {
      return l(this.#be);
    }
    set onselectiondragstart(r) {
      V(this.#be, r);
    }
    #we = w(() => e.props.onselectiondragstop);
    get onselectiondragstop() {
      return l(this.#we);
    }
    set onselectiondragstop(r) {
      V(this.#we, r);
    }
    resolveFitView = async () => {
      this.panZoom && (await Og(
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
    _prefersDark = new Q0("(prefers-color-scheme: dark)", e.props.colorModeSSR === "dark");
    #_e = w(() => e.props.colorMode === "system" ? this._prefersDark.current ? "dark" : "light" : e.props.colorMode ?? "light");
    get colorMode() {
      return l(this.#_e);
    }
    set colorMode(r) {
      V(this.#_e, r);
    }
    constructor() {
    }
    resetStoreValues() {
      this.dragging = !1, this.selectionRect = null, this.selectionRectMode = null, this.selectionKeyPressed = !1, this.multiselectionKeyPressed = !1, this.deleteKeyPressed = !1, this.panActivationKeyPressed = !1, this.zoomActivationKeyPressed = !1, this._connection = Io, this.clickConnectStartHandle = null, this.viewport = e.props.initialViewport ?? { x: 0, y: 0, zoom: 1 }, this.ariaLiveMessage = "";
    }
  }
  return new t();
}
const nv = Yt.error001("svelte");
function vt() {
  const e = jo(Nr);
  if (!e)
    throw new Error(nv);
  return e.getStore();
}
const Nr = Symbol();
function To(e) {
  const t = tv(e);
  function n(I) {
    t.nodeTypes = {
      ...Ml,
      ...I
    };
  }
  function r(I) {
    t.edgeTypes = {
      ...Pl,
      ...I
    };
  }
  function o(I) {
    t.edges = N0(I, t.edges, { onError: t.onerror });
  }
  const i = (I, M = !1) => {
    t.nodes = t.nodes.map((P) => {
      if (t.connection.inProgress && t.connection.fromNode.id === P.id) {
        const N = t.nodeLookup.get(P.id);
        N && (t.connection = {
          ...t.connection,
          from: Zt(N, t.connection.fromHandle, le.Left, !0)
        });
      }
      const m = I.get(P.id);
      return m ? { ...P, position: m.position, dragging: M } : P;
    });
  };
  function s(I) {
    const { changes: M, updatedInternals: P } = o0(I, t.nodeLookup, t.parentLookup, t.domNode, t.nodeOrigin, t.nodeExtent, t.zIndexMode);
    if (!P)
      return;
    Jg(t.nodeLookup, t.parentLookup, {
      nodeOrigin: t.nodeOrigin,
      nodeExtent: t.nodeExtent,
      zIndexMode: t.zIndexMode
    }), t.fitViewQueued && t.resolveFitView();
    const m = /* @__PURE__ */ new Map();
    for (const N of M) {
      const E = t.nodeLookup.get(N.id)?.internals.userNode;
      if (!E)
        continue;
      const k = { ...E };
      switch (N.type) {
        case "dimensions": {
          const z = { ...k.measured, ...N.dimensions };
          N.setAttributes && (k.width = N.dimensions?.width ?? k.width, k.height = N.dimensions?.height ?? k.height), k.measured = z;
          break;
        }
        case "position":
          k.position = N.position ?? k.position;
          break;
      }
      m.set(N.id, k);
    }
    t.nodes = t.nodes.map((N) => m.get(N.id) ?? N);
  }
  function a(I) {
    const M = t.fitViewResolver ?? Promise.withResolvers();
    return t.fitViewQueued = !0, t.fitViewOptions = I, t.fitViewResolver = M, t.nodes = [...t.nodes], M.promise;
  }
  async function c(I, M, P) {
    const m = typeof P?.zoom < "u" ? P.zoom : t.maxZoom, N = t.panZoom;
    return N ? (await N.setViewport({
      x: t.width / 2 - I * m,
      y: t.height / 2 - M * m,
      zoom: m
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
    const m = I.map((N) => (M ? M.has(N.id) : !0) && N.selected ? (P = !0, { ...N, selected: !1 }) : N);
    return [P, m];
  }
  function y(I) {
    const M = I?.nodes ? new Set(I.nodes.map((z) => z.id)) : null, [P, m] = p(t.nodes, M);
    P && (t.nodes = m);
    const N = I?.edges ? new Set(I.edges.map((z) => z.id)) : null, [E, k] = p(t.edges, N);
    E && (t.edges = k);
  }
  function _(I) {
    const M = t.multiselectionKeyPressed;
    t.nodes = t.nodes.map((P) => {
      const m = I.includes(P.id), N = M && P.selected || m;
      return !!P.selected !== N ? { ...P, selected: N } : P;
    }), M || y({ nodes: [] });
  }
  function S(I) {
    const M = t.multiselectionKeyPressed;
    t.edges = t.edges.map((P) => {
      const m = I.includes(P.id), N = M && P.selected || m;
      return !!P.selected !== N ? { ...P, selected: N } : P;
    }), M || y({ edges: [] });
  }
  function b(I, M, P) {
    const m = t.nodeLookup.get(I);
    if (!m) {
      t.onerror("012", Yt.error012(I));
      return;
    }
    t.selectionRect = null, t.selectionRectMode = null, m.selected ? (M || m.selected && t.multiselectionKeyPressed) && (y({ nodes: [m.internals.userNode], edges: [] }), requestAnimationFrame(() => P?.blur())) : _([I]);
  }
  function x(I) {
    const M = t.edgeLookup.get(I);
    if (!M) {
      t.onerror("016", Yt.error016(I));
      return;
    }
    (M.selectable || t.elementsSelectable && typeof M.selectable > "u") && (t.selectionRect = null, t.selectionRectMode = null, M.selected ? M.selected && t.multiselectionKeyPressed && y({ nodes: [], edges: [M] }) : S([I]));
  }
  function C(I, M) {
    const { nodeExtent: P, snapGrid: m, nodeOrigin: N, nodeLookup: E, nodesDraggable: k, onerror: z } = t, D = /* @__PURE__ */ new Map(), L = m?.[0] ?? 5, j = m?.[1] ?? 5, G = I.x * L * M, q = I.y * j * M;
    for (const W of E.values()) {
      if (!(W.selected && (W.draggable || k && typeof W.draggable > "u")))
        continue;
      let ee = {
        x: W.internals.positionAbsolute.x + G,
        y: W.internals.positionAbsolute.y + q
      };
      m && (ee = Wn(ee, m));
      const { position: Q, positionAbsolute: te } = ol({
        nodeId: W.id,
        nextPosition: ee,
        nodeLookup: E,
        nodeExtent: P,
        nodeOrigin: N,
        onError: z
      });
      W.position = Q, W.internals.positionAbsolute = te, D.set(W.id, W);
    }
    i(D);
  }
  function O(I) {
    return i0({
      delta: I,
      panZoom: t.panZoom,
      transform: [t.viewport.x, t.viewport.y, t.viewport.zoom],
      translateExtent: t.translateExtent,
      width: t.width,
      height: t.height
    });
  }
  const T = (I) => {
    t._connection = { ...I };
  };
  function A() {
    t._connection = Io;
  }
  function R() {
    t.resetStoreValues(), y();
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
    unselectNodesAndEdges: y,
    addSelectedNodes: _,
    addSelectedEdges: S,
    handleNodeSelection: b,
    handleEdgeSelection: x,
    moveSelectedNodes: C,
    panBy: O,
    updateConnection: T,
    cancelConnection: A,
    reset: R
  });
}
function rv(e, t) {
  const { minZoom: n, maxZoom: r, initialViewport: o, onPanZoomStart: i, onPanZoom: s, onPanZoomEnd: a, translateExtent: c, setPanZoomInstance: u, onDraggingChange: d, onTransformChange: h } = t, f = E0({
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
var ov = /* @__PURE__ */ $('<div class="svelte-flow__zoom svelte-flow__container"><!></div>');
function iv(e, t) {
  ce(t, !0);
  let n = Y(t, "store", 15), r = w(() => n().panActivationKeyPressed || t.panOnDrag), o = w(() => n().panActivationKeyPressed || t.panOnScroll);
  const { viewport: i } = n();
  let s = !1;
  Le(() => {
    !s && n().viewportInitialized && (t.oninit?.(), s = !0);
  });
  var a = ov(), c = K(a);
  Be(c, () => t.children), ze(a, (u, d) => rv?.(u, d), () => ({
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
  })), H(e, a), ue();
}
function Es(e, t) {
  return (n) => {
    n.target === t && e?.(n);
  };
}
function ks(e) {
  return (t) => {
    const n = e.has(t.id);
    return !!t.selected !== n ? { ...t, selected: n } : t;
  };
}
function Ns(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
var sv = /* @__PURE__ */ $("<div><!></div>");
function av(e, t) {
  ce(t, !0);
  let n = Y(t, "store", 15), r = Y(t, "panOnDrag", 3, !0), o = Y(t, "paneClickDistance", 3, 1), i = Y(t, "autoPanOnSelection", 3, !0), s, a = null, c = !1, u = /* @__PURE__ */ new Set(), d = /* @__PURE__ */ new Set(), h = w(() => n().panActivationKeyPressed || r()), f = w(() => n().selectionKeyPressed || !!n().selectionRect || t.selectionOnDrag && l(h) !== !0), g = w(() => n().elementsSelectable && (l(f) || n().selectionRectMode === "user")), v = !1, p = 0, y = { x: 0, y: 0 }, _ = !1;
  function S(k) {
    if (k.pointerType === "touch" && l(h) !== !1 && !n().selectionKeyPressed || (a = s?.getBoundingClientRect(), !a)) return;
    const z = k.target === s, D = !z && !!k.target.closest(".nokey"), L = t.selectionOnDrag && z || n().selectionKeyPressed;
    if (D || !l(f) || !L || k.button !== 0 || !k.isPrimary)
      return;
    k.target?.setPointerCapture?.(k.pointerId), v = !1, _ = !1;
    const { x: j, y: G } = We(k, a), q = qn({ x: j, y: G }, [
      n().viewport.x,
      n().viewport.y,
      n().viewport.zoom
    ]);
    n(
      n().selectionRect = {
        width: 0,
        height: 0,
        startX: q.x,
        startY: q.y,
        x: j,
        y: G
      },
      !0
    ), z || (k.stopPropagation(), k.preventDefault());
  }
  function b(k, z) {
    if (n().selectionRect?.startX === void 0 || n().selectionRect.startY === void 0)
      return;
    const D = {
      x: n().selectionRect?.startX,
      y: n().selectionRect?.startY
    }, L = gn(D, [
      n().viewport.x,
      n().viewport.y,
      n().viewport.zoom
    ]), j = {
      startX: D.x,
      startY: D.y,
      x: k < L.x ? k : L.x,
      y: z < L.y ? z : L.y,
      width: Math.abs(k - L.x),
      height: Math.abs(z - L.y)
    }, G = u, q = d;
    u = new Set(si(
      n().nodeLookup,
      j,
      [
        n().viewport.x,
        n().viewport.y,
        n().viewport.zoom
      ],
      n().selectionMode === wr.Partial,
      !0
    ).map((oe) => oe.id));
    const W = n().defaultEdgeOptions.selectable ?? !0;
    d = /* @__PURE__ */ new Set();
    for (const oe of u) {
      const ee = n().connectionLookup.get(oe);
      if (ee)
        for (const { edgeId: Q } of ee.values()) {
          const te = n().edgeLookup.get(Q);
          te && (te.selectable ?? W) && d.add(Q);
        }
    }
    Ns(G, u) || n(n().nodes = n().nodes.map(ks(u)), !0), Ns(q, d) || n(n().edges = n().edges.map(ks(d)), !0), n(n().selectionRectMode = "user", !0), n(n().selectionRect = j, !0);
  }
  function x() {
    if (!i() || !a)
      return;
    const [k, z] = ai(y, a, n().autoPanSpeed);
    n().panBy({ x: k, y: z }).then((D) => {
      if (!v || !D) {
        p = requestAnimationFrame(x);
        return;
      }
      b(y.x, y.y), p = requestAnimationFrame(x);
    });
  }
  function C() {
    cancelAnimationFrame(p), p = 0, _ = !1;
  }
  jn(() => {
    typeof window < "u" && C();
  });
  function O(k) {
    if (!l(f) || !a || !n().selectionRect)
      return;
    const z = We(k, a);
    y = { x: z.x, y: z.y };
    const D = {
      x: n().selectionRect.startX,
      y: n().selectionRect.startY
    }, L = gn(D, [
      n().viewport.x,
      n().viewport.y,
      n().viewport.zoom
    ]);
    if (!v) {
      const j = n().selectionKeyPressed ? 0 : o();
      if (Math.hypot(z.x - L.x, z.y - L.y) <= j)
        return;
      n().unselectNodesAndEdges(), t.onselectionstart?.(k);
    }
    v = !0, _ || (x(), _ = !0), b(z.x, z.y);
  }
  function T(k) {
    if (!l(g)) {
      k.target === s && n().connection.inProgress && (c = !0);
      return;
    }
    k.button === 0 && (k.target?.releasePointerCapture?.(k.pointerId), !v && k.target === s && I?.(k), n(n().selectionRect = null, !0), v && n(n().selectionRectMode = u.size > 0 ? "nodes" : null, !0), v && t.onselectionend?.(k), C());
  }
  function A(k) {
    k.target?.releasePointerCapture?.(k.pointerId), C();
  }
  const R = (k) => {
    if (Array.isArray(l(h)) && l(h).includes(2)) {
      k.preventDefault();
      return;
    }
    t.onpanecontextmenu?.({ event: k });
  }, X = (k) => {
    v && (k.stopPropagation(), v = !1);
  };
  function I(k) {
    if (v || n().connection.inProgress || c) {
      v = !1, c = !1;
      return;
    }
    t.onpaneclick?.({ event: k }), n().unselectNodesAndEdges(), n(n().selectionRectMode = null, !0), n(n().selectionRect = null, !0);
  }
  var M = sv();
  let P;
  var m = w(() => l(g) ? void 0 : Es(I, s));
  M.__click = function(...k) {
    l(m)?.apply(this, k);
  }, M.__pointermove = function(...k) {
    (l(g) ? O : void 0)?.apply(this, k);
  }, M.__pointerup = T;
  var N = w(() => Es(R, s));
  M.__contextmenu = function(...k) {
    l(N)?.apply(this, k);
  };
  var E = K(M);
  Be(E, () => t.children), mn(M, (k) => s = k, () => s), re((k) => P = Oe(M, 1, "svelte-flow__pane svelte-flow__container", null, P, k), [
    () => ({
      draggable: r() === !0 || Array.isArray(r()) && r().includes(0),
      dragging: n().dragging,
      selection: l(f)
    })
  ]), Ze(
    "pointerdown",
    M,
    function(...k) {
      (l(g) ? S : void 0)?.apply(this, k);
    },
    !0
  ), Ze("pointercancel", M, function(...k) {
    (l(g) ? A : void 0)?.apply(this, k);
  }), Ze(
    "click",
    M,
    function(...k) {
      (l(g) ? X : void 0)?.apply(this, k);
    },
    !0
  ), H(e, M), ue();
}
Wt(["click", "pointermove", "pointerup", "contextmenu"]);
var lv = /* @__PURE__ */ $('<div class="svelte-flow__viewport xyflow__viewport svelte-flow__container"><!></div>');
function cv(e, t) {
  ce(t, !0);
  var n = lv();
  let r;
  var o = K(n);
  Be(o, () => t.children), re(() => r = _e(n, "", r, {
    transform: `translate(${t.store.viewport.x ?? ""}px, ${t.store.viewport.y ?? ""}px) scale(${t.store.viewport.zoom ?? ""})`
  })), H(e, n), ue();
}
function Ol(e, t) {
  const { store: n, onDrag: r, onDragStart: o, onDragStop: i, onNodeMouseDown: s } = t, a = c0({
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
var uv = /* @__PURE__ */ $('<div aria-live="assertive" aria-atomic="true" class="a11y-live-msg svelte-13pq11u"> </div>'), dv = /* @__PURE__ */ $('<div class="a11y-hidden svelte-13pq11u"> </div> <div class="a11y-hidden svelte-13pq11u"> </div> <!>', 1);
function fv(e, t) {
  ce(t, !0);
  var n = dv(), r = he(n), o = K(r), i = Z(r, 2), s = K(i), a = Z(i, 2);
  {
    var c = (u) => {
      var d = uv(), h = K(d);
      re(() => {
        U(d, "id", `${hv}-${t.store.flowId}`), ie(h, t.store.ariaLiveMessage);
      }), H(u, d);
    };
    ae(a, (u) => {
      t.store.disableKeyboardA11y || u(c);
    });
  }
  re(() => {
    U(r, "id", `${Il}-${t.store.flowId}`), ie(o, t.store.disableKeyboardA11y ? t.store.ariaLabelConfig["node.a11yDescription.default"] : t.store.ariaLabelConfig["node.a11yDescription.keyboardDisabled"]), U(i, "id", `${Al}-${t.store.flowId}`), ie(s, t.store.ariaLabelConfig["edge.a11yDescription.default"]);
  }), H(e, n), ue();
}
const Il = "svelte-flow__node-desc", Al = "svelte-flow__edge-desc", hv = "svelte-flow__aria-live";
var gv = /* @__PURE__ */ $("<div><!></div>");
function vv(e, t) {
  ce(t, !0);
  let n = Y(t, "store", 15), r = w(() => Ae(t.node.data, () => ({}), !0)), o = w(() => Ae(t.node.selected, !1)), i = w(() => t.node.draggable), s = w(() => t.node.selectable), a = w(() => Ae(t.node.deletable, !0)), c = w(() => t.node.connectable), u = w(() => t.node.focusable), d = w(() => Ae(t.node.hidden, !1)), h = w(() => Ae(t.node.dragging, !1)), f = w(() => Ae(t.node.style, "")), g = w(() => t.node.class), v = w(() => Ae(t.node.type, "default")), p = w(() => t.node.parentId), y = w(() => t.node.sourcePosition), _ = w(() => t.node.targetPosition), S = w(() => Ae(t.node.measured, () => ({ width: 0, height: 0 }), !0).width), b = w(() => Ae(t.node.measured, () => ({ width: 0, height: 0 }), !0).height), x = w(() => t.node.initialWidth), C = w(() => t.node.initialHeight), O = w(() => t.node.width), T = w(() => t.node.height), A = w(() => t.node.dragHandle), R = w(() => Ae(t.node.internals.z, 0)), X = w(() => t.node.internals.positionAbsolute.x), I = w(() => t.node.internals.positionAbsolute.y), M = w(() => t.node.internals.userNode), { id: P } = t.node, m = w(() => l(i) ?? n().nodesDraggable), N = w(() => l(s) ?? n().elementsSelectable), E = w(() => l(c) ?? n().nodesConnectable), k = w(() => cl(t.node)), z = w(() => !!t.node.internals.handleBounds), D = w(() => l(k) && l(z)), L = w(() => l(u) ?? n().nodesFocusable);
  function j(ne) {
    return n().parentLookup.has(ne);
  }
  let G = w(() => j(P)), q = me(null), W = null, oe = l(v), ee = l(y), Q = l(_), te = w(() => n().nodeTypes[l(v)] ?? Nl), ge = w(() => n().ariaLabelConfig), pe = {
    get value() {
      return l(E);
    }
  };
  C0(P), P0(pe);
  let de = w(() => {
    const ne = l(S) === void 0 ? l(O) ?? l(x) : l(O), fe = l(b) === void 0 ? l(T) ?? l(C) : l(T);
    if (!(ne === void 0 && fe === void 0 && l(f) === void 0))
      return `${l(f)};${ne ? `width:${rt(ne)};` : ""}${fe ? `height:${rt(fe)};` : ""}`;
  });
  Le(() => {
    (l(v) !== oe || l(y) !== ee || l(_) !== Q) && l(q) !== null && requestAnimationFrame(() => {
      l(q) !== null && n().updateNodeInternals(/* @__PURE__ */ new Map([[P, { id: P, nodeElement: l(q), force: !0 }]]));
    }), oe = l(v), ee = l(y), Q = l(_);
  }), Le(() => {
    t.resizeObserver && (!l(D) || l(q) !== W) && (W && t.resizeObserver.unobserve(W), l(q) && t.resizeObserver.observe(l(q)), W = l(q));
  }), jn(() => {
    W && t.resizeObserver?.unobserve(W);
  });
  function Ee(ne) {
    l(N) && (!n().selectNodesOnDrag || !l(m) || n().nodeDragThreshold > 0) && n().handleNodeSelection(P), t.onnodeclick?.({ node: l(M), event: ne });
  }
  function ye(ne) {
    if (!(fl(ne) || n().disableKeyboardA11y))
      if (nl.includes(ne.key) && l(N)) {
        const fe = ne.key === "Escape";
        n().handleNodeSelection(P, fe, l(q));
      } else l(m) && t.node.selected && Object.prototype.hasOwnProperty.call(kr, ne.key) && (ne.preventDefault(), n(
        n().ariaLiveMessage = l(ge)["node.a11yDescription.ariaLiveMessage"]({
          direction: ne.key.replace("Arrow", "").toLowerCase(),
          x: ~~t.node.internals.positionAbsolute.x,
          y: ~~t.node.internals.positionAbsolute.y
        }),
        !0
      ), n().moveSelectedNodes(kr[ne.key], ne.shiftKey ? 4 : 1));
  }
  const F = () => {
    if (n().disableKeyboardA11y || !n().autoPanOnNodeFocus || !l(q)?.matches(":focus-visible"))
      return;
    const { width: ne, height: fe, viewport: Se } = n();
    si(/* @__PURE__ */ new Map([[P, t.node]]), { x: 0, y: 0, width: ne, height: fe }, [Se.x, Se.y, Se.zoom], !0).length > 0 || n().setCenter(t.node.position.x + (t.node.measured.width ?? 0) / 2, t.node.position.y + (t.node.measured.height ?? 0) / 2, { zoom: Se.zoom });
  };
  var B = xe(), se = he(B);
  {
    var be = (ne) => {
      var fe = gv();
      Pt(fe, () => ({
        "data-id": P,
        class: [
          "svelte-flow__node",
          `svelte-flow__node-${l(v)}`,
          l(g)
        ],
        style: l(de),
        onclick: Ee,
        onpointerenter: t.onnodepointerenter ? (ve) => t.onnodepointerenter({ node: l(M), event: ve }) : void 0,
        onpointerleave: t.onnodepointerleave ? (ve) => t.onnodepointerleave({ node: l(M), event: ve }) : void 0,
        onpointermove: t.onnodepointermove ? (ve) => t.onnodepointermove({ node: l(M), event: ve }) : void 0,
        oncontextmenu: t.onnodecontextmenu ? (ve) => t.onnodecontextmenu({ node: l(M), event: ve }) : void 0,
        onkeydown: l(L) ? ye : void 0,
        onfocus: l(L) ? F : void 0,
        tabIndex: l(L) ? 0 : void 0,
        role: t.node.ariaRole ?? (l(L) ? "group" : void 0),
        "aria-label": t.node.ariaLabel,
        "aria-roledescription": "node",
        "aria-describedby": n().disableKeyboardA11y ? void 0 : `${Il}-${n().flowId}`,
        ...t.node.domAttributes,
        [Et]: {
          dragging: l(h),
          selected: l(o),
          draggable: l(m),
          connectable: l(E),
          selectable: l(N),
          nopan: l(m),
          parent: l(G)
        },
        [lt]: {
          "z-index": l(R),
          transform: `translate(${l(X) ?? ""}px, ${l(I) ?? ""}px)`,
          visibility: l(k) ? "visible" : "hidden"
        }
      }));
      var Se = K(fe);
      Or(Se, () => l(te), (ve, we) => {
        we(ve, {
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
            return l(N);
          },
          get deletable() {
            return l(a);
          },
          get sourcePosition() {
            return l(y);
          },
          get targetPosition() {
            return l(_);
          },
          get zIndex() {
            return l(R);
          },
          get dragging() {
            return l(h);
          },
          get draggable() {
            return l(m);
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
            return l(E);
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
            return l(T);
          }
        });
      }), ze(fe, (ve, we) => Ol?.(ve, we), () => ({
        nodeId: P,
        isSelectable: l(N),
        disabled: !l(m),
        handleSelector: l(A),
        noDragClass: n().noDragClass,
        nodeClickDistance: t.nodeClickDistance,
        onNodeMouseDown: n().handleNodeSelection,
        onDrag: (ve, we, Re, Ie) => {
          t.onnodedrag?.({ event: ve, targetNode: Re, nodes: Ie });
        },
        onDragStart: (ve, we, Re, Ie) => {
          t.onnodedragstart?.({ event: ve, targetNode: Re, nodes: Ie });
        },
        onDragStop: (ve, we, Re, Ie) => {
          t.onnodedragstop?.({ event: ve, targetNode: Re, nodes: Ie });
        },
        store: n()
      })), mn(fe, (ve) => V(q, ve), () => l(q)), H(ne, fe);
    };
    ae(se, (ne) => {
      l(d) || ne(be);
    });
  }
  H(e, B), ue();
}
var pv = /* @__PURE__ */ $('<div class="svelte-flow__nodes"></div>');
function mv(e, t) {
  ce(t, !0);
  let n = Y(t, "store", 15);
  const r = typeof ResizeObserver > "u" ? null : new ResizeObserver((i) => {
    const s = /* @__PURE__ */ new Map();
    i.forEach((a) => {
      const c = a.target.getAttribute("data-id");
      s.set(c, { id: c, nodeElement: a.target, force: !0 });
    }), n().updateNodeInternals(s);
  });
  jn(() => {
    r?.disconnect();
  });
  var o = pv();
  nt(o, 21, () => n().visible.nodes.values(), (i) => i.id, (i, s) => {
    vv(i, {
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
  }), H(e, o), ue();
}
var yv = /* @__PURE__ */ Ne('<svg class="svelte-flow__edge-wrapper"><g><!></g></svg>');
function bv(e, t) {
  ce(t, !0);
  let n = w(() => t.edge.id), r = w(() => t.edge.source), o = w(() => t.edge.target), i = w(() => t.edge.sourceX), s = w(() => t.edge.sourceY), a = w(() => t.edge.targetX), c = w(() => t.edge.targetY), u = w(() => t.edge.sourcePosition), d = w(() => t.edge.targetPosition), h = w(() => Ae(t.edge.animated, !1)), f = w(() => Ae(t.edge.selected, !1)), g = w(() => t.edge.label), v = w(() => t.edge.labelStyle), p = w(() => Ae(t.edge.data, () => ({}), !0)), y = w(() => t.edge.style), _ = w(() => t.edge.interactionWidth), S = w(() => Ae(t.edge.type, "default")), b = w(() => t.edge.sourceHandle), x = w(() => t.edge.targetHandle), C = w(() => t.edge.markerStart), O = w(() => t.edge.markerEnd), T = w(() => t.edge.selectable), A = w(() => t.edge.focusable), R = w(() => Ae(t.edge.deletable, !0)), X = w(() => t.edge.hidden), I = w(() => t.edge.zIndex), M = w(() => t.edge.class), P = w(() => t.edge.ariaLabel);
  I0(l(n));
  let m = null, N = w(() => l(T) ?? t.store.elementsSelectable), E = w(() => l(A) ?? t.store.edgesFocusable), k = w(() => t.store.edgeTypes[l(S)] ?? Cl), z = w(() => l(C) ? `url('#${zo(l(C), t.store.flowId)}')` : void 0), D = w(() => l(O) ? `url('#${zo(l(O), t.store.flowId)}')` : void 0);
  function L(ee) {
    const Q = t.store.edgeLookup.get(l(n));
    Q && (l(N) && t.store.handleEdgeSelection(l(n)), t.onedgeclick?.({ event: ee, edge: Q }));
  }
  function j(ee, Q) {
    const te = t.store.edgeLookup.get(l(n));
    te && Q({ event: ee, edge: te });
  }
  function G(ee) {
    if (!t.store.disableKeyboardA11y && nl.includes(ee.key) && l(N)) {
      const { unselectNodesAndEdges: Q, addSelectedEdges: te } = t.store;
      ee.key === "Escape" ? (m?.blur(), Q({ edges: [t.edge] })) : te([l(n)]);
    }
  }
  var q = xe(), W = he(q);
  {
    var oe = (ee) => {
      var Q = yv();
      let te;
      var ge = K(Q);
      Pt(ge, () => ({
        class: ["svelte-flow__edge", l(M)],
        "data-id": l(n),
        onclick: L,
        oncontextmenu: t.onedgecontextmenu ? (de) => {
          j(de, t.onedgecontextmenu);
        } : void 0,
        onpointerenter: t.onedgepointerenter ? (de) => {
          j(de, t.onedgepointerenter);
        } : void 0,
        onpointerleave: t.onedgepointerleave ? (de) => {
          j(de, t.onedgepointerleave);
        } : void 0,
        "aria-label": l(P) === null ? void 0 : l(P) ? l(P) : `Edge from ${l(r)} to ${l(o)}`,
        "aria-describedby": l(E) ? `${Al}-${t.store.flowId}` : void 0,
        role: t.edge.ariaRole ?? (l(E) ? "group" : "img"),
        "aria-roledescription": "edge",
        onkeydown: l(E) ? G : void 0,
        tabindex: l(E) ? 0 : void 0,
        ...t.edge.domAttributes,
        [Et]: {
          animated: l(h),
          selected: l(f),
          selectable: l(N)
        }
      }));
      var pe = K(ge);
      Or(pe, () => l(k), (de, Ee) => {
        Ee(de, {
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
            return l(y);
          },
          get interactionWidth() {
            return l(_);
          },
          get selectable() {
            return l(N);
          },
          get deletable() {
            return l(R);
          },
          get type() {
            return l(S);
          },
          get sourceHandleId() {
            return l(b);
          },
          get targetHandleId() {
            return l(x);
          },
          get markerStart() {
            return l(z);
          },
          get markerEnd() {
            return l(D);
          }
        });
      }), mn(ge, (de) => m = de, () => m), re(() => te = _e(Q, "", te, { "z-index": l(I) })), H(ee, Q);
    };
    ae(W, (ee) => {
      l(X) || ee(oe);
    });
  }
  H(e, q), ue();
}
fu();
var wv = /* @__PURE__ */ Ne("<defs></defs>");
function _v(e, t) {
  ce(t, !1);
  const n = vt();
  zu();
  var r = wv();
  nt(r, 5, () => n.markers, (o) => o.id, (o, i) => {
    Nv(o, zt(() => l(i)));
  }), H(e, r), ue();
}
var xv = /* @__PURE__ */ Ne('<polyline class="arrow" fill="none" stroke-linecap="round" stroke-linejoin="round" points="-5,-4 0,0 -5,4"></polyline>'), Ev = /* @__PURE__ */ Ne('<polyline class="arrowclosed" stroke-linecap="round" stroke-linejoin="round" points="-5,-4 0,0 -5,4 -5,-4"></polyline>'), kv = /* @__PURE__ */ Ne('<marker class="svelte-flow__arrowhead" viewBox="-10 -10 20 20" refX="0" refY="0"><!></marker>');
function Nv(e, t) {
  ce(t, !0);
  let n = Y(t, "width", 3, 12.5), r = Y(t, "height", 3, 12.5), o = Y(t, "markerUnits", 3, "strokeWidth"), i = Y(t, "orient", 3, "auto-start-reverse"), s = Y(t, "color", 3, "none");
  var a = kv(), c = K(a);
  {
    var u = (h) => {
      var f = xv();
      let g;
      re(() => {
        U(f, "stroke-width", t.strokeWidth), g = _e(f, "", g, { stroke: s() });
      }), H(h, f);
    }, d = (h) => {
      var f = xe(), g = he(f);
      {
        var v = (p) => {
          var y = Ev();
          let _;
          re(() => {
            U(y, "stroke-width", t.strokeWidth), _ = _e(y, "", _, { stroke: s(), fill: s() });
          }), H(p, y);
        };
        ae(
          g,
          (p) => {
            t.type === _r.ArrowClosed && p(v);
          },
          !0
        );
      }
      H(h, f);
    };
    ae(c, (h) => {
      t.type === _r.Arrow ? h(u) : h(d, !1);
    });
  }
  re(() => {
    U(a, "id", t.id), U(a, "markerWidth", `${n()}`), U(a, "markerHeight", `${r()}`), U(a, "markerUnits", o()), U(a, "orient", i());
  }), H(e, a), ue();
}
var Sv = /* @__PURE__ */ $('<div class="svelte-flow__edges"><svg class="svelte-flow__marker"><!></svg> <!></div>');
function Cv(e, t) {
  ce(t, !0);
  let n = Y(t, "store", 15);
  var r = Sv(), o = K(r), i = K(o);
  _v(i, {});
  var s = Z(o, 2);
  nt(s, 17, () => n().visible.edges.values(), (a) => a.id, (a, c) => {
    bv(a, {
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
  }), H(e, r), ue();
}
var Mv = /* @__PURE__ */ $('<div class="svelte-flow__selection svelte-1vr3gfi"></div>');
function zl(e, t) {
  ce(t, !0);
  let n = Y(t, "x", 3, 0), r = Y(t, "y", 3, 0), o = Y(t, "width", 3, 0), i = Y(t, "height", 3, 0), s = Y(t, "isVisible", 3, !0);
  var a = xe(), c = he(a);
  {
    var u = (d) => {
      var h = Mv();
      let f;
      re((g) => f = _e(h, "", f, g), [
        () => ({
          width: typeof o() == "string" ? o() : rt(o()),
          height: typeof i() == "string" ? i() : rt(i()),
          transform: `translate(${n()}px, ${r()}px)`
        })
      ]), H(d, h);
    };
    ae(c, (d) => {
      s() && d(u);
    });
  }
  H(e, a), ue();
}
var Pv = /* @__PURE__ */ $("<div><!></div>");
function Ov(e, t) {
  ce(t, !0);
  let n = me(void 0);
  Le(() => {
    t.store.disableKeyboardA11y || l(n)?.focus({ preventScroll: !0 });
  });
  let r = w(() => {
    if (t.store.selectionRectMode === "nodes") {
      t.store.nodes;
      const d = Zn(t.store.nodeLookup, { filter: (h) => !!h.selected });
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
    Object.prototype.hasOwnProperty.call(kr, d.key) && (d.preventDefault(), t.store.moveSelectedNodes(kr[d.key], d.shiftKey ? 4 : 1));
  }
  var a = xe(), c = he(a);
  {
    var u = (d) => {
      var h = Pv();
      h.__contextmenu = o, h.__click = i, h.__keydown = function(...v) {
        (t.store.disableKeyboardA11y ? void 0 : s)?.apply(this, v);
      };
      let f;
      var g = K(h);
      zl(g, { width: "100%", height: "100%", x: 0, y: 0 }), ze(h, (v, p) => Ol?.(v, p), () => ({
        disabled: !1,
        store: t.store,
        onDrag: (v, p, y, _) => {
          t.onnodedrag?.({ event: v, targetNode: null, nodes: _ });
        },
        onDragStart: (v, p, y, _) => {
          t.onnodedragstart?.({ event: v, targetNode: null, nodes: _ });
        },
        onDragStop: (v, p, y, _) => {
          t.onnodedragstop?.({ event: v, targetNode: null, nodes: _ });
        }
      })), mn(h, (v) => V(n, v), () => l(n)), re(
        (v) => {
          Oe(h, 1, Mt(["svelte-flow__selection-wrapper", t.store.noPanClass]), "svelte-sf2y5e"), U(h, "role", t.store.disableKeyboardA11y ? void 0 : "button"), U(h, "tabindex", t.store.disableKeyboardA11y ? void 0 : -1), f = _e(h, "", f, v);
        },
        [
          () => ({
            width: rt(l(r).width),
            height: rt(l(r).height),
            transform: `translate(${l(r).x ?? ""}px, ${l(r).y ?? ""}px)`
          })
        ]
      ), H(d, h);
    };
    ae(c, (d) => {
      t.store.selectionRectMode === "nodes" && l(r) && ft(l(r).x) && ft(l(r).y) && d(u);
    });
  }
  H(e, a), ue();
}
Wt(["contextmenu", "click", "keydown"]);
function Iv(e) {
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
function Qe(e, t) {
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
        preventDefault: y,
        enabled: _
      } = h;
      if (!g && !v && console.warn(
        "[svelte-put/shortcut] Trigger should have either `key` or `code`, a trigger missing both was detected! Check your configuration"
      ), _ && (g || v)) {
        if (v && a.code !== v) continue;
        if (g && a.key !== g) continue;
        if (f === null || f === !1) {
          if (u !== 0) continue;
        } else if (f !== void 0 && f?.[0]?.length > 0) {
          const b = Array.isArray(f) ? f : [f];
          let x = !1;
          for (const C of b)
            if ((Array.isArray(C) ? C : [C]).reduce(
              (T, A) => T | Iv(A),
              0
            ) === u) {
              x = !0;
              break;
            }
          if (!x) continue;
        }
        y && a.preventDefault();
        const S = {
          node: e,
          trigger: h,
          originalEvent: a
        };
        e.dispatchEvent(new CustomEvent("shortcut", { detail: S })), p?.(S);
      }
    }
  }
  let s;
  return n && (s = yo(e, o, i)), {
    update: (a) => {
      const { enabled: c = !0, type: u = "keydown" } = a;
      n && (!c || o !== u) ? s?.() : !n && c && (s = yo(e, u, i)), n = c, o = u, r = a.trigger;
    },
    destroy: () => {
      s?.();
    }
  };
}
function Tl() {
  const e = w(vt), t = (i) => {
    const s = _s(i) ? i : l(e).nodeLookup.get(i.id), a = s.parentId ? Tg(s.position, s.measured, s.parentId, l(e).nodeLookup, l(e).nodeOrigin) : s.position, c = {
      ...s,
      position: a,
      width: s.measured?.width ?? s.width,
      height: s.measured?.height ?? s.height
    };
    return Dn(c);
  };
  function n(i, s, a = { replace: !1 }) {
    l(e).nodes = De(() => l(e).nodes).map((c) => {
      if (c.id === i) {
        const u = typeof s == "function" ? s(c) : s;
        return a?.replace && _s(u) ? u : { ...c, ...u };
      }
      return c;
    });
  }
  function r(i, s, a = { replace: !1 }) {
    l(e).edges = De(() => l(e).edges).map((c) => {
      if (c.id === i) {
        const u = typeof s == "function" ? s(c) : s;
        return a.replace && F0(u) ? u : { ...c, ...u };
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
    getNodes: (i) => i === void 0 ? l(e).nodes : Ss(l(e).nodeLookup, i),
    getEdge: (i) => l(e).edgeLookup.get(i),
    getEdges: (i) => i === void 0 ? l(e).edges : Ss(l(e).edgeLookup, i),
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
    getViewport: () => Yo(l(e).viewport),
    setCenter: async (i, s, a) => l(e).setCenter(i, s, a),
    fitView: (i) => l(e).fitView(i),
    fitBounds: async (i, s) => {
      if (!l(e).panZoom)
        return !1;
      const a = li(i, l(e).width, l(e).height, l(e).minZoom, l(e).maxZoom, s?.padding ?? 0.1);
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
      const c = ls(i), u = c ? i : t(i);
      return u ? (a || l(e).nodes).filter((d) => {
        const h = l(e).nodeLookup.get(d.id);
        if (!h || !c && d.id === i.id)
          return !1;
        const f = Dn(h), g = Er(f, u);
        return s && g > 0 || g >= f.width * f.height || g >= u.width * u.height;
      }) : [];
    },
    isNodeIntersecting: (i, s, a = !0) => {
      const u = ls(i) ? i : t(i);
      if (!u)
        return !1;
      const d = Er(u, s);
      return a && d > 0 || d >= s.width * s.height || d >= u.width * u.height;
    },
    deleteElements: async ({ nodes: i = [], edges: s = [] }) => {
      const { nodes: a, edges: c } = await Ig({
        nodesToRemove: i,
        edgesToRemove: s,
        nodes: l(e).nodes,
        edges: l(e).edges,
        onBeforeDelete: l(e).onbeforedelete
      });
      return a && (l(e).nodes = De(() => l(e).nodes).filter((u) => !a.some(({ id: d }) => d === u.id))), c && (l(e).edges = De(() => l(e).edges).filter((u) => !c.some(({ id: d }) => d === u.id))), (a.length > 0 || c.length > 0) && l(e).ondelete?.({ nodes: a, edges: c }), { deletedNodes: a, deletedEdges: c };
    },
    screenToFlowPosition: (i, s = { snapToGrid: !0 }) => {
      if (!l(e).domNode)
        return i;
      const a = s.snapToGrid ? l(e).snapGrid : !1, { x: c, y: u, zoom: d } = l(e).viewport, { x: h, y: f } = l(e).domNode.getBoundingClientRect(), g = { x: i.x - h, y: i.y - f };
      return qn(g, [c, u, d], a !== null, a || [1, 1]);
    },
    /**
     *
     * @param position
     * @returns
     */
    flowToScreenPosition: (i) => {
      if (!l(e).domNode)
        return i;
      const { x: s, y: a, zoom: c } = l(e).viewport, { x: u, y: d } = l(e).domNode.getBoundingClientRect(), h = gn(i, [s, a, c]);
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
    getNodesBounds: (i) => Cg(i, {
      nodeLookup: l(e).nodeLookup,
      nodeOrigin: l(e).nodeOrigin
    }),
    getHandleConnections: ({ type: i, id: s, nodeId: a }) => Array.from(l(e).connectionLookup.get(`${a}-${i}-${s ?? null}`)?.values() ?? [])
  };
}
function Ss(e, t) {
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
function Av(e, t) {
  ce(t, !0);
  let n = Y(t, "store", 15), r = Y(t, "selectionKey", 3, "Shift"), o = Y(t, "multiSelectionKey", 19, () => Ln() ? "Meta" : "Control"), i = Y(t, "deleteKey", 3, "Backspace"), s = Y(t, "panActivationKey", 3, " "), a = Y(t, "zoomActivationKey", 19, () => Ln() ? "Meta" : "Control"), { deleteElements: c } = Tl();
  function u(p) {
    return p !== null && typeof p == "object";
  }
  function d(p) {
    return u(p) ? p.modifier || [] : [];
  }
  function h(p) {
    return p == null ? "" : u(p) ? p.key : p;
  }
  function f(p, y) {
    return (Array.isArray(p) ? p : [p]).map((S) => {
      const b = h(S);
      return {
        key: b,
        modifier: d(S),
        enabled: b !== null,
        callback: y
      };
    });
  }
  function g() {
    n(n().selectionRect = null, !0), n(n().selectionKeyPressed = !1, !0), n(n().multiselectionKeyPressed = !1, !0), n(n().deleteKeyPressed = !1, !0), n(n().panActivationKeyPressed = !1, !0), n(n().zoomActivationKeyPressed = !1, !0);
  }
  function v() {
    const p = n().nodes.filter((_) => _.selected), y = n().edges.filter((_) => _.selected);
    c({ nodes: p, edges: y });
  }
  Ze("blur", Te, g), Ze("contextmenu", Te, g), ze(Te, (p, y) => Qe?.(p, y), () => ({
    trigger: f(r(), () => n(n().selectionKeyPressed = !0, !0)),
    type: "keydown"
  })), ze(Te, (p, y) => Qe?.(p, y), () => ({
    trigger: f(r(), () => n(n().selectionKeyPressed = !1, !0)),
    type: "keyup"
  })), ze(Te, (p, y) => Qe?.(p, y), () => ({
    trigger: f(o(), () => {
      n(n().multiselectionKeyPressed = !0, !0);
    }),
    type: "keydown"
  })), ze(Te, (p, y) => Qe?.(p, y), () => ({
    trigger: f(o(), () => n(n().multiselectionKeyPressed = !1, !0)),
    type: "keyup"
  })), ze(Te, (p, y) => Qe?.(p, y), () => ({
    trigger: f(i(), (p) => {
      !(p.originalEvent.ctrlKey || p.originalEvent.metaKey || p.originalEvent.shiftKey) && !fl(p.originalEvent) && (n(n().deleteKeyPressed = !0, !0), v());
    }),
    type: "keydown"
  })), ze(Te, (p, y) => Qe?.(p, y), () => ({
    trigger: f(i(), () => n(n().deleteKeyPressed = !1, !0)),
    type: "keyup"
  })), ze(Te, (p, y) => Qe?.(p, y), () => ({
    trigger: f(s(), () => n(n().panActivationKeyPressed = !0, !0)),
    type: "keydown"
  })), ze(Te, (p, y) => Qe?.(p, y), () => ({
    trigger: f(s(), () => n(n().panActivationKeyPressed = !1, !0)),
    type: "keyup"
  })), ze(Te, (p, y) => Qe?.(p, y), () => ({
    trigger: f(a(), () => n(n().zoomActivationKeyPressed = !0, !0)),
    type: "keydown"
  })), ze(Te, (p, y) => Qe?.(p, y), () => ({
    trigger: f(a(), () => n(n().zoomActivationKeyPressed = !1, !0)),
    type: "keyup"
  })), ue();
}
var zv = /* @__PURE__ */ Ne('<path fill="none" class="svelte-flow__connection-path"></path>'), Tv = /* @__PURE__ */ Ne('<svg class="svelte-flow__connectionline"><g><!></g></svg>');
function Dv(e, t) {
  ce(t, !0);
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
      case kt.Bezier: {
        const [a] = ci(s);
        return a;
      }
      case kt.Straight: {
        const [a] = vl(s);
        return a;
      }
      case kt.Step:
      case kt.SmoothStep: {
        const [a] = ui({
          ...s,
          borderRadius: t.type === kt.Step ? 0 : void 0
        });
        return a;
      }
    }
  });
  var r = xe(), o = he(r);
  {
    var i = (s) => {
      var a = Tv(), c = K(a), u = K(c);
      {
        var d = (f) => {
          var g = xe(), v = he(g);
          Or(v, () => t.LineComponent, (p, y) => {
            y(p, {});
          }), H(f, g);
        }, h = (f) => {
          var g = zv();
          re(() => {
            U(g, "d", l(n)), _e(g, t.style);
          }), H(f, g);
        };
        ae(u, (f) => {
          t.LineComponent ? f(d) : f(h, !1);
        });
      }
      re(
        (f) => {
          U(a, "width", t.store.width), U(a, "height", t.store.height), _e(a, t.containerStyle), Oe(c, 0, f);
        },
        [
          () => Mt([
            "svelte-flow__connection",
            Rg(t.store.connection.isValid)
          ])
        ]
      ), H(s, a);
    };
    ae(o, (s) => {
      t.store.connection.inProgress && s(i);
    });
  }
  H(e, r), ue();
}
var Lv = /* @__PURE__ */ $("<div><!></div>");
function Rn(e, t) {
  ce(t, !0);
  let n = Y(t, "position", 3, "top-right"), r = /* @__PURE__ */ gt(t, [
    "$$slots",
    "$$events",
    "$$legacy",
    "position",
    "style",
    "class",
    "children"
  ]), o = w(() => `${n()}`.split("-"));
  var i = Lv();
  Pt(i, (a) => ({ class: a, style: t.style, ...r }), [
    () => [
      "svelte-flow__panel",
      t.class,
      ...l(o)
    ]
  ]);
  var s = K(i);
  Be(s, () => t.children ?? Ct), H(e, i), ue();
}
var Rv = /* @__PURE__ */ $('<a target="_blank" rel="noopener noreferrer" aria-label="Svelte Flow attribution">Svelte Flow</a>');
function Hv(e, t) {
  ce(t, !0);
  let n = Y(t, "position", 3, "bottom-right");
  const r = "https://svelteflow.dev?utm_source=attribution";
  var o = xe(), i = he(o);
  {
    var s = (a) => {
      {
        let c = w(() => `Please only hide this attribution when you are subscribed to Svelte Flow Pro: ${r}`);
        Rn(a, {
          get position() {
            return n();
          },
          class: "svelte-flow__attribution",
          get "data-message"() {
            return l(c);
          },
          children: (u, d) => {
            var h = Rv();
            re(() => U(h, "href", r)), H(u, h);
          },
          $$slots: { default: !0 }
        });
      }
    };
    ae(i, (a) => {
      t.proOptions?.hideAttribution || a(s);
    });
  }
  H(e, o), ue();
}
var Vv = /* @__PURE__ */ $("<div><!></div>");
function Bv(e, t) {
  ce(t, !0);
  let n = Y(t, "domNode", 15), r = Y(t, "clientWidth", 15), o = Y(t, "clientHeight", 15), i = w(() => t.rest.class), s = w(() => hu(t.rest, [
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
  var c = Vv();
  Pt(
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
      [lt]: d
    }),
    [
      () => ({
        width: rt(t.width),
        height: rt(t.height)
      })
    ],
    void 0,
    void 0,
    "svelte-mkap6j"
  );
  var u = K(c);
  Be(u, () => t.children ?? Ct), mn(c, (d) => n(d), () => n()), Li(c, "clientHeight", o), Li(c, "clientWidth", r), H(e, c), ue();
}
var Fv = /* @__PURE__ */ $('<div class="svelte-flow__viewport-back svelte-flow__container"></div> <!> <div class="svelte-flow__edge-labels svelte-flow__container"></div> <!> <!> <!> <div class="svelte-flow__viewport-front svelte-flow__container"></div>', 1), jv = /* @__PURE__ */ $("<!> <!>", 1), Kv = /* @__PURE__ */ $("<!> <!> <!> <!> <!>", 1);
function Yv(e, t) {
  ce(t, !0);
  let n = Y(t, "paneClickDistance", 3, 1), r = Y(t, "nodeClickDistance", 3, 1), o = Y(t, "panOnScrollMode", 19, () => on.Free), i = Y(t, "preventScrolling", 3, !0), s = Y(t, "zoomOnScroll", 3, !0), a = Y(t, "zoomOnDoubleClick", 3, !0), c = Y(t, "zoomOnPinch", 3, !0), u = Y(t, "panOnScroll", 3, !1), d = Y(t, "panOnScrollSpeed", 3, 0.5), h = Y(t, "panOnDrag", 3, !0), f = Y(t, "selectionOnDrag", 3, !1), g = Y(t, "autoPanOnSelection", 3, !0), v = Y(t, "connectionLineType", 19, () => kt.Bezier), p = Y(t, "nodes", 31, () => sn([])), y = Y(t, "edges", 31, () => sn([])), _ = Y(t, "viewport", 15, void 0), S = /* @__PURE__ */ gt(t, [
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
  ]), b = To({
    props: S,
    width: t.width,
    height: t.height,
    get nodes() {
      return p();
    },
    set nodes(C) {
      p(C);
    },
    get edges() {
      return y();
    },
    set edges(C) {
      y(C);
    },
    get viewport() {
      return _();
    },
    set viewport(C) {
      _(C);
    }
  });
  const x = jo(Nr);
  x && x.setStore && x.setStore(b), Ko(Nr, {
    provider: !1,
    getStore() {
      return b;
    }
  }), Le(() => {
    const C = { nodes: b.selectedNodes, edges: b.selectedEdges };
    De(() => t.onselectionchange)?.(C);
    for (const O of b.selectionChangeHandlers.values())
      O(C);
  }), jn(() => {
    x?.setStore(To({ width: 0, height: 0, nodes: [], edges: [], props: {} }));
  }), Bv(e, {
    get colorMode() {
      return b.colorMode;
    },
    get width() {
      return t.width;
    },
    get height() {
      return t.height;
    },
    get rest() {
      return S;
    },
    get domNode() {
      return b.domNode;
    },
    set domNode(C) {
      b.domNode = C;
    },
    get clientWidth() {
      return b.width;
    },
    set clientWidth(C) {
      b.width = C;
    },
    get clientHeight() {
      return b.height;
    },
    set clientHeight(C) {
      b.height = C;
    },
    children: (C, O) => {
      var T = Kv(), A = he(T);
      Av(A, {
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
          return b;
        },
        set store(P) {
          b = P;
        }
      });
      var R = Z(A, 2);
      iv(R, {
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
          return b;
        },
        set store(P) {
          b = P;
        },
        children: (P, m) => {
          av(P, {
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
              return b;
            },
            set store(N) {
              b = N;
            },
            children: (N, E) => {
              var k = jv(), z = he(k);
              cv(z, {
                get store() {
                  return b;
                },
                set store(L) {
                  b = L;
                },
                children: (L, j) => {
                  var G = Fv(), q = Z(he(G), 2);
                  Cv(q, {
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
                      return b;
                    },
                    set store(Q) {
                      b = Q;
                    }
                  });
                  var W = Z(q, 4);
                  Dv(W, {
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
                      return b;
                    },
                    set store(Q) {
                      b = Q;
                    }
                  });
                  var oe = Z(W, 2);
                  mv(oe, {
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
                      return b;
                    },
                    set store(Q) {
                      b = Q;
                    }
                  });
                  var ee = Z(oe, 2);
                  Ov(ee, {
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
                      return b;
                    },
                    set store(Q) {
                      b = Q;
                    }
                  }), H(L, G);
                },
                $$slots: { default: !0 }
              });
              var D = Z(z, 2);
              {
                let L = w(() => !!(b.selectionRect && b.selectionRectMode === "user")), j = w(() => b.selectionRect?.width), G = w(() => b.selectionRect?.height), q = w(() => b.selectionRect?.x), W = w(() => b.selectionRect?.y);
                zl(D, {
                  get isVisible() {
                    return l(L);
                  },
                  get width() {
                    return l(j);
                  },
                  get height() {
                    return l(G);
                  },
                  get x() {
                    return l(q);
                  },
                  get y() {
                    return l(W);
                  }
                });
              }
              H(N, k);
            },
            $$slots: { default: !0 }
          });
        },
        $$slots: { default: !0 }
      });
      var X = Z(R, 2);
      Hv(X, {
        get proOptions() {
          return t.proOptions;
        },
        get position() {
          return t.attributionPosition;
        }
      });
      var I = Z(X, 2);
      fv(I, {
        get store() {
          return b;
        }
      });
      var M = Z(I, 2);
      Be(M, () => t.children ?? Ct), H(C, T);
    },
    $$slots: { default: !0 }
  }), ue();
}
function Xv(e, t) {
  ce(t, !0);
  let n = me(To({ props: {}, nodes: [], edges: [] }));
  Ko(Nr, {
    provider: !0,
    getStore() {
      return l(n);
    },
    setStore: (i) => {
      V(n, i);
    }
  }), jn(() => {
    l(n).reset();
  });
  var r = xe(), o = he(r);
  Be(o, () => t.children ?? Ct), H(e, r), ue();
}
var Zv = /* @__PURE__ */ $("<button><!></button>");
function Dt(e, t) {
  let n = /* @__PURE__ */ gt(t, [
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
  var r = Zv();
  Pt(r, () => ({
    type: "button",
    onclick: t.onclick,
    class: ["svelte-flow__controls-button", t.class],
    ...n,
    [lt]: {
      "--xy-controls-button-background-color-props": t.bgColor,
      "--xy-controls-button-background-color-hover-props": t.bgColorHover,
      "--xy-controls-button-color-props": t.color,
      "--xy-controls-button-color-hover-props": t.colorHover,
      "--xy-controls-button-border-color-props": t.borderColor
    }
  }));
  var o = K(r);
  Be(o, () => t.children ?? Ct), H(e, r);
}
var Wv = /* @__PURE__ */ Ne('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z"></path></svg>');
function qv(e) {
  var t = Wv();
  H(e, t);
}
var Gv = /* @__PURE__ */ Ne('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 5"><path d="M0 0h32v4.2H0z"></path></svg>');
function Uv(e) {
  var t = Gv();
  H(e, t);
}
var Qv = /* @__PURE__ */ Ne('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30"><path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z"></path></svg>');
function Jv(e) {
  var t = Qv();
  H(e, t);
}
var $v = /* @__PURE__ */ Ne('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 25 32"><path d="M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0 8 0 4.571 3.429 4.571 7.619v3.048H3.048A3.056 3.056 0 000 13.714v15.238A3.056 3.056 0 003.048 32h18.285a3.056 3.056 0 003.048-3.048V13.714a3.056 3.056 0 00-3.048-3.047zM12.19 24.533a3.056 3.056 0 01-3.047-3.047 3.056 3.056 0 013.047-3.048 3.056 3.056 0 013.048 3.048 3.056 3.056 0 01-3.048 3.047zm4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z"></path></svg>');
function ep(e) {
  var t = $v();
  H(e, t);
}
var tp = /* @__PURE__ */ Ne('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 25 32"><path d="M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047A3.056 3.056 0 000 13.714v15.238A3.056 3.056 0 003.048 32h18.285a3.056 3.056 0 003.048-3.048V13.714a3.056 3.056 0 00-3.048-3.047zM12.19 24.533a3.056 3.056 0 01-3.047-3.047 3.056 3.056 0 013.047-3.048 3.056 3.056 0 013.048 3.048 3.056 3.056 0 01-3.048 3.047z"></path></svg>');
function np(e) {
  var t = tp();
  H(e, t);
}
var rp = /* @__PURE__ */ $("<!> <!>", 1), op = /* @__PURE__ */ $("<!> <!> <!> <!> <!> <!>", 1);
function ip(e, t) {
  ce(t, !0);
  let n = Y(t, "position", 3, "bottom-left"), r = Y(t, "orientation", 3, "vertical"), o = Y(t, "showZoom", 3, !0), i = Y(t, "showFitView", 3, !0), s = Y(t, "showLock", 3, !0), a = /* @__PURE__ */ gt(t, [
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
  ]), c = w(vt);
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
  }, y = () => {
    l(c).zoomOut();
  }, _ = () => {
    l(c).fitView(t.fitViewOptions);
  }, S = () => {
    let b = !l(d);
    l(c).nodesDraggable = b, l(c).nodesConnectable = b, l(c).elementsSelectable = b;
  };
  {
    let b = w(() => [
      "svelte-flow__controls",
      l(v),
      t.class
    ]);
    Rn(e, zt(
      {
        get class() {
          return l(b);
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
          var O = op(), T = he(O);
          {
            var A = (D) => {
              var L = xe(), j = he(L);
              Be(j, () => t.before), H(D, L);
            };
            ae(T, (D) => {
              t.before && D(A);
            });
          }
          var R = Z(T, 2);
          {
            var X = (D) => {
              var L = rp(), j = he(L);
              Dt(j, zt(
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
                  children: (q, W) => {
                    qv(q);
                  },
                  $$slots: { default: !0 }
                }
              ));
              var G = Z(j, 2);
              Dt(G, zt(
                {
                  onclick: y,
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
                  children: (q, W) => {
                    Uv(q);
                  },
                  $$slots: { default: !0 }
                }
              )), H(D, L);
            };
            ae(R, (D) => {
              o() && D(X);
            });
          }
          var I = Z(R, 2);
          {
            var M = (D) => {
              Dt(D, zt(
                {
                  class: "svelte-flow__controls-fitview",
                  onclick: _,
                  get title() {
                    return l(g)["controls.fitView.ariaLabel"];
                  },
                  get "aria-label"() {
                    return l(g)["controls.fitView.ariaLabel"];
                  }
                },
                () => l(u),
                {
                  children: (L, j) => {
                    Jv(L);
                  },
                  $$slots: { default: !0 }
                }
              ));
            };
            ae(I, (D) => {
              i() && D(M);
            });
          }
          var P = Z(I, 2);
          {
            var m = (D) => {
              Dt(D, zt(
                {
                  class: "svelte-flow__controls-interactive",
                  onclick: S,
                  get title() {
                    return l(g)["controls.interactive.ariaLabel"];
                  },
                  get "aria-label"() {
                    return l(g)["controls.interactive.ariaLabel"];
                  }
                },
                () => l(u),
                {
                  children: (L, j) => {
                    var G = xe(), q = he(G);
                    {
                      var W = (ee) => {
                        np(ee);
                      }, oe = (ee) => {
                        ep(ee);
                      };
                      ae(q, (ee) => {
                        l(d) ? ee(W) : ee(oe, !1);
                      });
                    }
                    H(L, G);
                  },
                  $$slots: { default: !0 }
                }
              ));
            };
            ae(P, (D) => {
              s() && D(m);
            });
          }
          var N = Z(P, 2);
          {
            var E = (D) => {
              var L = xe(), j = he(L);
              Be(j, () => t.children), H(D, L);
            };
            ae(N, (D) => {
              t.children && D(E);
            });
          }
          var k = Z(N, 2);
          {
            var z = (D) => {
              var L = xe(), j = he(L);
              Be(j, () => t.after), H(D, L);
            };
            ae(k, (D) => {
              t.after && D(z);
            });
          }
          H(x, O);
        },
        $$slots: { default: !0 }
      }
    ));
  }
  ue();
}
var Nt;
(function(e) {
  e.Lines = "lines", e.Dots = "dots", e.Cross = "cross";
})(Nt || (Nt = {}));
var sp = /* @__PURE__ */ Ne("<circle></circle>");
function ap(e, t) {
  var n = sp();
  re(() => {
    U(n, "cx", t.radius), U(n, "cy", t.radius), U(n, "r", t.radius), Oe(n, 0, Mt(["svelte-flow__background-pattern", "dots", t.class]));
  }), H(e, n);
}
var lp = /* @__PURE__ */ Ne("<path></path>");
function cp(e, t) {
  ce(t, !0);
  var n = lp();
  re(() => {
    U(n, "stroke-width", t.lineWidth), U(n, "d", `M${t.dimensions[0] / 2} 0 V${t.dimensions[1]} M0 ${t.dimensions[1] / 2} H${t.dimensions[0]}`), Oe(n, 0, Mt([
      "svelte-flow__background-pattern",
      t.variant,
      t.class
    ]));
  }), H(e, n), ue();
}
const up = {
  [Nt.Dots]: 1,
  [Nt.Lines]: 1,
  [Nt.Cross]: 6
};
var dp = /* @__PURE__ */ Ne('<svg data-testid="svelte-flow__background"><pattern patternUnits="userSpaceOnUse"><!></pattern><rect x="0" y="0" width="100%" height="100%"></rect></svg>');
function fp(e, t) {
  ce(t, !0);
  let n = Y(t, "variant", 19, () => Nt.Dots), r = Y(t, "gap", 3, 20), o = Y(t, "lineWidth", 3, 1), i = w(vt), s = w(() => n() === Nt.Dots), a = w(() => n() === Nt.Cross), c = w(() => Array.isArray(r()) ? r() : [r(), r()]), u = w(() => `background-pattern-${l(i).flowId}-${t.id ?? ""}`), d = w(() => [
    l(c)[0] * l(i).viewport.zoom || 1,
    l(c)[1] * l(i).viewport.zoom || 1
  ]), h = w(() => (t.size ?? up[n()]) * l(i).viewport.zoom), f = w(() => l(a) ? [l(h), l(h)] : l(d)), g = w(() => l(s) ? [l(h) / 2, l(h) / 2] : [
    l(f)[0] / 2,
    l(f)[1] / 2
  ]);
  var v = dp();
  let p;
  var y = K(v), _ = K(y);
  {
    var S = (C) => {
      {
        let O = w(() => l(h) / 2);
        ap(C, {
          get radius() {
            return l(O);
          },
          get class() {
            return t.patternClass;
          }
        });
      }
    }, b = (C) => {
      cp(C, {
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
    ae(_, (C) => {
      l(s) ? C(S) : C(b, !1);
    });
  }
  var x = Z(y);
  re(() => {
    Oe(v, 0, Mt([
      "svelte-flow__background",
      "svelte-flow__container",
      t.class
    ])), p = _e(v, "", p, {
      "--xy-background-color-props": t.bgColor,
      "--xy-background-pattern-color-props": t.patternColor
    }), U(y, "id", l(u)), U(y, "x", l(i).viewport.x % l(d)[0]), U(y, "y", l(i).viewport.y % l(d)[1]), U(y, "width", l(d)[0]), U(y, "height", l(d)[1]), U(y, "patternTransform", `translate(-${l(g)[0]},-${l(g)[1]})`), U(x, "fill", `url(#${l(u)})`);
  }), H(e, v), ue();
}
function hp(e) {
  const t = w(vt), n = w(() => l(t).nodeLookup), r = w(() => l(t).nodes), o = w(() => (l(r), l(n).get(e)));
  return {
    get current() {
      return l(o);
    }
  };
}
var gp = /* @__PURE__ */ Ne("<rect></rect>");
function vp(e, t) {
  ce(t, !0);
  let n = Y(t, "borderRadius", 3, 5), r = Y(t, "strokeWidth", 3, 2), o = w(() => hp(t.id)), i = w(() => {
    if (!l(o).current)
      return { width: 0, height: 0, x: 0, y: 0 };
    const { width: v, height: p } = it(l(o).current);
    return {
      width: t.width ?? v,
      height: t.height ?? p,
      x: t.x ?? l(o).current.internals.positionAbsolute.x,
      y: t.y ?? l(o).current.internals.positionAbsolute.y
    };
  }), s = w(() => l(i).width), a = w(() => l(i).height), c = w(() => l(i).x), u = w(() => l(i).y);
  var d = xe(), h = he(d);
  {
    var f = (v) => {
      const p = w(() => t.nodeComponent);
      var y = xe(), _ = he(y);
      Or(_, () => l(p), (S, b) => {
        b(S, {
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
      }), H(v, y);
    }, g = (v) => {
      var p = gp();
      let y, _;
      re(() => {
        y = Oe(p, 0, Mt(["svelte-flow__minimap-node", t.class]), null, y, { selected: t.selected }), U(p, "x", l(c)), U(p, "y", l(u)), U(p, "rx", n()), U(p, "ry", n()), U(p, "width", l(s)), U(p, "height", l(a)), U(p, "shape-rendering", t.shapeRendering), _ = _e(p, "", _, {
          fill: t.color,
          stroke: t.strokeColor,
          "stroke-width": r()
        });
      }), H(v, p);
    };
    ae(h, (v) => {
      t.nodeComponent ? v(f) : v(g, !1);
    });
  }
  H(e, d), ue();
}
function pp(e, t) {
  const n = v0({
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
const co = (e) => e instanceof Function ? e : () => e;
var mp = /* @__PURE__ */ Ne("<title> </title>"), yp = /* @__PURE__ */ Ne('<svg class="svelte-flow__minimap-svg" role="img"><!><!><path class="svelte-flow__minimap-mask" fill-rule="evenodd" pointer-events="none"></path></svg>'), bp = /* @__PURE__ */ $('<svelte-css-wrapper style="display: contents"><!></svelte-css-wrapper>', 1);
function wp(e, t) {
  ce(t, !0);
  let n = Y(t, "position", 3, "bottom-right"), r = Y(t, "nodeStrokeColor", 3, "transparent"), o = Y(t, "nodeClass", 3, ""), i = Y(t, "nodeBorderRadius", 3, 5), s = Y(t, "nodeStrokeWidth", 3, 2), a = Y(t, "width", 3, 200), c = Y(t, "height", 3, 150), u = Y(t, "pannable", 3, !0), d = Y(t, "zoomable", 3, !0), h = /* @__PURE__ */ gt(t, [
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
  ]), f = w(vt), g = w(() => l(f).ariaLabelConfig);
  const v = (
    // @ts-expect-error - TS doesn't know about chrome
    typeof window > "u" || window.chrome ? "crispEdges" : "geometricPrecision"
  );
  let p = w(() => `svelte-flow__minimap-desc-${l(f).flowId}`), y = w(() => ({
    x: -l(f).viewport.x / l(f).viewport.zoom,
    y: -l(f).viewport.y / l(f).viewport.zoom,
    width: l(f).width / l(f).viewport.zoom,
    height: l(f).height / l(f).viewport.zoom
  })), _ = w(() => l(f).nodes.some((E) => !E.hidden)), S = w(() => l(_) ? sl(Zn(l(f).nodeLookup, { filter: (E) => !E.hidden }), l(y)) : l(y)), b = w(() => l(S).width / a()), x = w(() => l(S).height / c()), C = w(() => Math.max(l(b), l(x))), O = w(() => l(C) * a()), T = w(() => l(C) * c()), A = w(() => 5 * l(C)), R = w(() => l(S).x - (l(O) - l(S).width) / 2 - l(A)), X = w(() => l(S).y - (l(T) - l(S).height) / 2 - l(A)), I = w(() => l(O) + l(A) * 2), M = w(() => l(T) + l(A) * 2);
  const P = () => l(C);
  var m = bp(), N = he(m);
  {
    let E = w(() => ["svelte-flow__minimap", t.class]);
    bu(N, () => ({ "--xy-minimap-background-color-props": t.bgColor })), Rn(N.lastChild, zt(
      {
        get position() {
          return n();
        },
        get class() {
          return l(E);
        },
        "data-testid": "svelte-flow__minimap"
      },
      () => h,
      {
        children: (k, z) => {
          var D = xe(), L = he(D);
          {
            var j = (G) => {
              var q = yp();
              let W;
              var oe = K(q);
              {
                var ee = (ge) => {
                  var pe = mp(), de = K(pe);
                  re(() => {
                    U(pe, "id", l(p)), ie(de, t.ariaLabel ?? l(g)["minimap.ariaLabel"]);
                  }), H(ge, pe);
                };
                ae(oe, (ge) => {
                  (t.ariaLabel ?? l(g)["minimap.ariaLabel"]) && ge(ee);
                });
              }
              var Q = Z(oe);
              nt(Q, 17, () => l(f).nodes, (ge) => ge.id, (ge, pe) => {
                const de = w(() => l(f).nodeLookup.get(l(pe).id));
                var Ee = xe(), ye = he(Ee);
                {
                  var F = (B) => {
                    {
                      let se = w(() => t.nodeColor === void 0 ? void 0 : co(t.nodeColor)(l(pe))), be = w(() => co(r())(l(pe))), ne = w(() => co(o())(l(pe)));
                      vp(B, {
                        get id() {
                          return l(de).id;
                        },
                        get selected() {
                          return l(de).selected;
                        },
                        get nodeComponent() {
                          return t.nodeComponent;
                        },
                        get color() {
                          return l(se);
                        },
                        get borderRadius() {
                          return i();
                        },
                        get strokeColor() {
                          return l(be);
                        },
                        get strokeWidth() {
                          return s();
                        },
                        get shapeRendering() {
                          return v;
                        },
                        get class() {
                          return l(ne);
                        }
                      });
                    }
                  };
                  ae(ye, (B) => {
                    l(de) && cl(l(de)) && !l(de).hidden && B(F);
                  });
                }
                H(ge, Ee);
              });
              var te = Z(Q);
              ze(q, (ge, pe) => pp?.(ge, pe), () => ({
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
                U(q, "width", a()), U(q, "height", c()), U(q, "viewBox", `${l(R) ?? ""} ${l(X) ?? ""} ${l(I) ?? ""} ${l(M) ?? ""}`), U(q, "aria-labelledby", l(p)), W = _e(q, "", W, {
                  "--xy-minimap-mask-background-color-props": t.maskColor,
                  "--xy-minimap-mask-stroke-color-props": t.maskStrokeColor,
                  "--xy-minimap-mask-stroke-width-props": t.maskStrokeWidth ? t.maskStrokeWidth * l(C) : void 0
                }), U(te, "d", `M${l(R) - l(A)},${l(X) - l(A)}h${l(I) + l(A) * 2}v${l(M) + l(A) * 2}h${-l(I) - l(A) * 2}z
      M${l(y).x ?? ""},${l(y).y ?? ""}h${l(y).width ?? ""}v${l(y).height ?? ""}h${-l(y).width}z`);
              }), H(G, q);
            };
            ae(L, (G) => {
              l(f).panZoom && G(j);
            });
          }
          H(k, D);
        },
        $$slots: { default: !0 }
      }
    ));
  }
  H(e, m), ue();
}
const _p = [
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
], Cs = {
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
_p.reduce(
  (e, { color: t, primary: n, secondary: r }) => ({
    ...e,
    [t]: {
      primary: Cs[t][n],
      secondary: Cs[t][r]
    }
  }),
  {}
);
function xp(e) {
  let t;
  const n = ua((o) => {
    let i = !1;
    const s = e.subscribe((a) => {
      t = a, i && o();
    });
    return i = !0, s;
  });
  function r() {
    return gu() ? (n(), t) : Du(e);
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
const Ep = "__i18n__", kp = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Np = [
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
function Sp(e) {
  return typeof e == "string" && e.includes(Ep);
}
class Cp {
  #e;
  get shared() {
    return l(this.#e);
  }
  set shared(t) {
    V(this.#e, t, !0);
  }
  #t;
  get props() {
    return l(this.#t);
  }
  set props(t) {
    V(this.#t, t, !0);
  }
  #n;
  get i18n() {
    return l(this.#n);
  }
  set i18n(t) {
    V(this.#n, t, !0);
  }
  constructor(t, n) {
    this.#e = me(sn({})), this.#t = me(sn({})), this.#n = me((r) => r), this.translatable_props = {}, this.last_update = null, this.shared_props = Np, this.mounted = !1, this.registered_id = null, this.live_i18n = (r) => (this._i18n_from_store?.current, this.i18n(r));
    for (const r in t.shared_props)
      this.shared[r] = t.shared_props[r];
    for (const r in t.props)
      r !== "i18n_store" && (this.props[r] = t.props[r]);
    if (n)
      for (const r in n)
        this.props[r] === void 0 && (this.props[r] = n[r]);
    this.i18n = this.props.i18n ?? ((r) => r), this.i18n_store = t.props.i18n_store, this._i18n_from_store = this.i18n_store ? xp(this.i18n_store) : void 0;
    for (const r of kp)
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
    ), this.registered_id = this.shared.id, this.last_shared_props = t.shared_props, this.last_props = t.props, Le(() => {
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
      ), this.registered_id = r, De(() => {
        this.shared.id = r;
      });
    }), Le(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), Le(() => this.i18n_store ? this.i18n_store.subscribe(() => {
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
    return Yo(this.props);
  }
  update(t) {
    this.set_data(t);
  }
  set_data(t) {
    for (const n in t) {
      const r = t[n], o = Sp(r) ? this._translate_and_store(this.shared_props.includes(n) ? "shared" : "props", n, r) : r;
      if (this.shared_props.includes(n)) {
        const i = n;
        this.shared[i] = o;
        continue;
      }
      this.props[n] = o;
    }
  }
  watch_for_change() {
    Le(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var Mp = /* @__PURE__ */ $('<button class="fold svelte-1p2zvd"> </button>'), Pp = /* @__PURE__ */ $('<span class="fold svelte-1p2zvd"></span>'), Op = /* @__PURE__ */ $('<span class="repeat svelte-1p2zvd"> </span>'), Ip = /* @__PURE__ */ $('<div class="row svelte-1p2zvd"><!> <span class="lname svelte-1p2zvd"> </span> <span class="ltype svelte-1p2zvd"> </span> <!> <span class="detail svelte-1p2zvd"> </span> <span class="shape svelte-1p2zvd"> </span> <span class="params svelte-1p2zvd"> </span></div> <!>', 1);
function Dl(e, t) {
  ce(t, !0);
  let n = sn({});
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
  var s = xe(), a = he(s);
  nt(a, 17, () => t.layers, (c) => c.path, (c, u) => {
    const d = w(() => l(u).children.length > 0), h = w(() => n[l(u).path] ?? t.depth === 0);
    var f = Ip(), g = he(f);
    let v;
    var p = K(g);
    {
      var y = (E) => {
        var k = Mp();
        k.__click = () => n[l(u).path] = !l(h);
        var z = K(k);
        re(() => {
          U(k, "aria-label", l(h) ? "fold" : "unfold"), ie(z, l(h) ? "▾" : "▸");
        }), H(E, k);
      }, _ = (E) => {
        var k = Pp();
        H(E, k);
      };
      ae(p, (E) => {
        l(d) ? E(y) : E(_, !1);
      });
    }
    var S = Z(p, 2), b = K(S), x = Z(S, 2), C = K(x), O = Z(x, 2);
    {
      var T = (E) => {
        var k = Op(), z = K(k);
        re(() => ie(z, `×${l(u).repeat ?? ""}`)), H(E, k);
      };
      ae(O, (E) => {
        l(u).repeat > 1 && E(T);
      });
    }
    var A = Z(O, 2), R = K(A), X = Z(A, 2), I = K(X), M = Z(X, 2), P = K(M), m = Z(g, 2);
    {
      var N = (E) => {
        {
          let k = w(() => t.depth + 1);
          Dl(E, {
            get layers() {
              return l(u).children;
            },
            get depth() {
              return l(k);
            }
          });
        }
      };
      ae(m, (E) => {
        l(d) && l(h) && E(N);
      });
    }
    re(
      (E, k, z) => {
        U(g, "data-layer", l(u).path), v = _e(g, "", v, { "padding-left": `${t.depth * 12}px` }), ie(b, E), ie(C, l(u).type), ie(R, l(u).detail), ie(I, k), ie(P, z);
      },
      [
        () => i(l(u)),
        () => o(l(u)),
        () => l(u).params ? r(l(u).params * l(u).repeat) : ""
      ]
    ), H(c, f);
  }), H(e, s), ue();
}
Wt(["click"]);
var Ap = /* @__PURE__ */ $('<button class="expand nodrag svelte-fi58hk"> </button>'), zp = /* @__PURE__ */ $('<div><!> <span class="label svelte-fi58hk"> </span></div>'), Tp = /* @__PURE__ */ $('<div class="port out svelte-fi58hk"><span class="label svelte-fi58hk"><b class="svelte-fi58hk"> </b> </span> <!></div>'), Dp = /* @__PURE__ */ $('<div class="summary svelte-fi58hk"> </div>'), Lp = /* @__PURE__ */ $('<div class="stats svelte-fi58hk"> </div>'), Rp = /* @__PURE__ */ $('<div class="message svelte-fi58hk" data-testid="node-message"> </div>'), Hp = /* @__PURE__ */ $('<div class="message warning svelte-fi58hk"> </div>'), Vp = /* @__PURE__ */ $('<div class="layers nodrag nowheel svelte-fi58hk"><!></div>'), Bp = /* @__PURE__ */ $('<div><div class="header svelte-fi58hk"><span class="name svelte-fi58hk"> </span> <span class="block svelte-fi58hk"> </span> <!></div> <div class="ports svelte-fi58hk"><!> <!></div> <!> <!> <!> <!></div>');
function Fp(e, t) {
  ce(t, !0);
  let n = Y(t, "selected", 3, !1);
  const r = w(() => t.data.node), o = w(() => [
    ...l(r).outputs.map((E) => ({
      handle: E.handle,
      label: E.port || "out",
      text: E.text,
      color: E.color,
      title: `${l(r).name}${E.port ? "." + E.port : ""}: ${E.kind} ${E.shape_text}`
    })),
    ...l(r).bundle ? [
      {
        handle: l(r).bundle.handle,
        label: l(r).bundle.label,
        text: "",
        color: l(r).outputs[0]?.color ?? "#90a4ae",
        title: l(r).outputs.length > 0 ? `all of ${l(r).name}'s outputs as one input` : `${l(r).name}'s output (known once its inputs are valid)`
      }
    ] : []
  ]), i = w(() => Math.max(l(r).inputs.length, l(o).length, 1)), s = {
    map: "#1e88e5",
    vector: "#8e24aa",
    tokens: "#00897b",
    dense: "#ef6c00"
  };
  function a(E) {
    return E.length === 1 ? s[E[0]] : "#78909c";
  }
  const c = w(() => [
    `${l(r).name} (${l(r).block})`,
    l(r).description,
    ...l(r).details ?? [],
    l(r).stats?.text,
    l(r).message ? `⚠ ${l(r).message}` : "",
    ...(l(r).warnings ?? []).map((E) => `△ ${E}`)
  ].filter(Boolean).join(`
`));
  var u = Bp();
  let d, h;
  var f = K(u), g = K(f), v = K(g), p = Z(g, 2), y = K(p), _ = Z(p, 2);
  {
    var S = (E) => {
      var k = Ap();
      k.__click = (D) => {
        D.stopPropagation(), t.data.expand(l(r).id, !l(r).layers);
      };
      var z = K(k);
      re(() => {
        U(k, "title", l(r).layers ? "hide the inner layers" : "show the inner layers"), U(k, "aria-label", l(r).layers ? "collapse" : "expand"), ie(z, l(r).layers ? "−" : "+");
      }), H(E, k);
    };
    ae(_, (E) => {
      l(r).expandable && E(S);
    });
  }
  var b = Z(f, 2);
  let x;
  var C = K(b);
  nt(C, 19, () => l(r).inputs, (E) => E.handle, (E, k, z) => {
    var D = zp();
    let L, j;
    var G = K(D);
    {
      let oe = w(() => l(k).ref ? "used" : "free"), ee = w(() => l(k).error ? "#e53935" : a(l(k).accepts));
      St(G, {
        type: "target",
        get position() {
          return le.Left;
        },
        get id() {
          return l(k).handle;
        },
        get class() {
          return `handle ${l(oe) ?? ""}`;
        },
        get style() {
          return `background: ${l(ee) ?? ""}`;
        },
        get isConnectable() {
          return t.data.editable;
        }
      });
    }
    var q = Z(G, 2), W = K(q);
    re(() => {
      L = Oe(D, 1, "port in svelte-fi58hk", null, L, { bad: !!l(k).error }), U(D, "title", l(k).error ?? ""), j = _e(D, "", j, { top: `${l(z) * 18}px` }), ie(W, l(k).ref ?? l(k).label);
    }), H(E, D);
  });
  var O = Z(C, 2);
  nt(O, 19, () => l(o), (E) => E.handle, (E, k, z) => {
    var D = Tp();
    let L;
    var j = K(D), G = K(j), q = K(G), W = Z(G), oe = Z(j, 2);
    {
      let ee = w(() => l(k).handle === "o:*" ? "bundle" : "");
      St(oe, {
        type: "source",
        get position() {
          return le.Right;
        },
        get id() {
          return l(k).handle;
        },
        get class() {
          return `handle ${l(ee) ?? ""}`;
        },
        get style() {
          return `background: ${l(k).color ?? ""}`;
        },
        get isConnectable() {
          return t.data.editable;
        }
      });
    }
    re(() => {
      U(D, "title", l(k).title), L = _e(D, "", L, { top: `${l(z) * 18}px` }), ie(q, l(k).label), ie(W, ` ${l(k).text ?? ""}`);
    }), H(E, D);
  });
  var T = Z(b, 2);
  {
    var A = (E) => {
      var k = Dp(), z = K(k);
      re((D) => ie(z, D), [() => l(r).summary.join(" · ")]), H(E, k);
    };
    ae(T, (E) => {
      l(r).summary?.length && E(A);
    });
  }
  var R = Z(T, 2);
  {
    var X = (E) => {
      var k = Lp(), z = K(k);
      re(() => ie(z, l(r).stats.text)), H(E, k);
    };
    ae(R, (E) => {
      l(r).stats && E(X);
    });
  }
  var I = Z(R, 2);
  {
    var M = (E) => {
      var k = Rp(), z = K(k);
      re(() => ie(z, `${l(r).status === "blocked" ? "⏸" : "⚠"}
			${l(r).message ?? ""}`)), H(E, k);
    }, P = (E) => {
      var k = xe(), z = he(k);
      {
        var D = (L) => {
          var j = Hp(), G = K(j);
          re(() => ie(G, `△ ${l(r).warnings[0] ?? ""}`)), H(L, j);
        };
        ae(
          z,
          (L) => {
            l(r).warnings?.length && L(D);
          },
          !0
        );
      }
      H(E, k);
    };
    ae(I, (E) => {
      l(r).message ? E(M) : E(P, !1);
    });
  }
  var m = Z(I, 2);
  {
    var N = (E) => {
      var k = Vp(), z = K(k);
      Dl(z, {
        get layers() {
          return l(r).layers;
        },
        depth: 0
      }), H(E, k);
    };
    ae(m, (E) => {
      l(r).layers && E(N);
    });
  }
  re(() => {
    d = Oe(u, 1, "block-node svelte-fi58hk", null, d, {
      error: l(r).status === "error",
      blocked: l(r).status === "blocked",
      warn: l(r).status === "ok" && (l(r).warnings?.length ?? 0) > 0,
      selected: n(),
      expanded: !!l(r).layers
    }), U(u, "data-node", l(r).id), U(u, "data-status", l(r).status), U(u, "title", l(c)), h = _e(u, "", h, { "--fill": l(r).fill, "--border": l(r).border }), ie(v, l(r).name), ie(y, l(r).block), x = _e(b, "", x, { height: `${l(i) * 18}px` });
  }), H(e, u), ue();
}
Wt(["click"]);
var jp = /* @__PURE__ */ $('<div><div class="name svelte-1qloul1"> </div> <div class="sub"> </div> <div class="shape svelte-1qloul1"> </div> <!></div>');
function Kp(e, t) {
  ce(t, !0);
  let n = Y(t, "selected", 3, !1);
  const r = w(() => t.data.node), o = w(() => l(r).outputs[0]);
  var i = jp();
  let s, a;
  var c = K(i), u = K(c), d = Z(c, 2), h = K(d), f = Z(d, 2), g = K(f), v = Z(f, 2);
  {
    var p = (y) => {
      St(y, {
        type: "source",
        get position() {
          return le.Right;
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
    ae(v, (y) => {
      l(o) && y(p);
    });
  }
  re(() => {
    s = Oe(i, 1, "level-node svelte-1qloul1", null, s, { selected: n() }), U(i, "data-node", l(r).id), U(i, "title", `backbone level ${l(r).name ?? ""}: ${l(r).subtitle ?? ""}, ${l(o)?.shape_text ?? "" ?? ""}`), a = _e(i, "", a, { "--fill": l(r).fill, "--border": l(r).border }), ie(u, l(r).name), ie(h, l(r).subtitle), ie(g, l(o)?.shape_text ?? "");
  }), H(e, i), ue();
}
var Yp = /* @__PURE__ */ $('<div><!> <div class="name svelte-p4h0w2"> </div> <div class="sub svelte-p4h0w2"> </div></div>');
function Xp(e, t) {
  ce(t, !0);
  let n = Y(t, "selected", 3, !1);
  const r = w(() => t.data.node);
  var o = Yp();
  let i, s;
  var a = K(o);
  {
    let f = w(() => l(r).ref ? "used" : "free");
    St(a, {
      type: "target",
      get position() {
        return le.Left;
      },
      id: "i:0",
      get class() {
        return `handle ${l(f) ?? ""}`;
      },
      get isConnectable() {
        return t.data.editable;
      }
    });
  }
  var c = Z(a, 2), u = K(c), d = Z(c, 2), h = K(d);
  re(() => {
    i = Oe(o, 1, "output-node svelte-p4h0w2", null, i, {
      selected: n(),
      error: l(r).status === "error",
      blocked: l(r).status === "blocked"
    }), U(o, "data-node", l(r).id), U(o, "data-status", l(r).status), U(o, "title", l(r).message ? `⚠ ${l(r).message}` : `output ${l(r).name}: ${l(r).subtitle}`), s = _e(o, "", s, { "--fill": l(r).fill, "--border": l(r).border }), ie(u, l(r).name), ie(h, l(r).message ? "⚠ " + l(r).message : l(r).subtitle);
  }), H(e, o), ue();
}
var Zp = /* @__PURE__ */ $('<button class="item svelte-5mstgu" draggable="true"><span class="swatch svelte-5mstgu"></span> <span class="iname svelte-5mstgu"> </span> <span class="desc svelte-5mstgu"> </span></button>'), Wp = /* @__PURE__ */ $('<div class="group"><div class="title svelte-5mstgu"> </div> <!></div>'), qp = /* @__PURE__ */ $('<div class="group"><div class="title svelte-5mstgu">outputs</div> <button class="item svelte-5mstgu" draggable="true" data-block="__output__" title="a head output (logits, cls_logits, mask_logits, aux_...)"><span class="swatch svelte-5mstgu"></span> <span class="iname svelte-5mstgu">output</span> <span class="desc svelte-5mstgu">A head output: logits, boxes, masks or aux_&lt;name&gt;.</span></button></div>'), Gp = /* @__PURE__ */ $('<div class="empty svelte-5mstgu"> </div>'), Up = /* @__PURE__ */ $('<aside class="palette svelte-5mstgu" aria-label="blocks"><input class="search svelte-5mstgu" type="search" placeholder="Search blocks" aria-label="search blocks"/> <label class="filter svelte-5mstgu"><input type="checkbox" class="svelte-5mstgu"/> </label> <div class="groups svelte-5mstgu"><!> <!> <!></div></aside>');
function Qp(e, t) {
  ce(t, !0);
  let n = me(""), r = me(!0);
  const o = w(() => {
    const S = l(n).trim().toLowerCase(), b = t.entries.filter((C) => (!l(r) || C.tasks.length === 0 || C.tasks.includes(t.task)) && (!S || C.name.toLowerCase().includes(S) || C.role.toLowerCase().includes(S) || C.description.toLowerCase().includes(S))), x = [];
    for (const C of b) {
      let O = x.find((T) => T.role === C.role);
      O || (O = { role: C.role, title: C.role_title, items: [] }, x.push(O)), O.items.push(C);
    }
    return x;
  }), i = w(() => !l(n).trim() || "output".includes(l(n).trim().toLowerCase()));
  function s(S, b) {
    S.dataTransfer?.setData("application/x-head-block", b ?? "__output__"), S.dataTransfer?.setData("text/plain", b ?? "output"), S.dataTransfer && (S.dataTransfer.effectAllowed = "copy");
  }
  var a = Up(), c = K(a), u = Z(c, 2), d = K(u), h = Z(d), f = Z(u, 2), g = K(f);
  nt(g, 17, () => l(o), (S) => S.role, (S, b) => {
    var x = Wp(), C = K(x), O = K(C), T = Z(C, 2);
    nt(T, 17, () => l(b).items, (A) => A.name, (A, R) => {
      var X = Zp();
      X.__click = () => t.onadd(l(R).name);
      let I;
      var M = Z(K(X), 2), P = K(M), m = Z(M, 2), N = K(m);
      re(
        (E) => {
          U(X, "data-block", l(R).name), U(X, "title", `${l(R).description ?? ""} inputs: ${E ?? ""}${l(R).multi_input ? " (several)" : ""} drag onto the canvas, or press Enter to add`), I = _e(X, "", I, { "--fill": l(R).fill, "--border": l(R).border }), ie(P, l(R).name), ie(N, l(R).description);
        },
        [() => l(R).accepts.join(" or ")]
      ), Ze("dragstart", X, (E) => s(E, l(R).name)), H(A, X);
    }), re(() => ie(O, l(b).title)), H(S, x);
  });
  var v = Z(g, 2);
  {
    var p = (S) => {
      var b = qp(), x = Z(K(b), 2);
      x.__click = () => t.onadd(null), _e(x, "", {}, { "--fill": "#fce4ec", "--border": "#d81b60" }), Ze("dragstart", x, (C) => s(C, null)), H(S, b);
    };
    ae(v, (S) => {
      l(i) && S(p);
    });
  }
  var y = Z(v, 2);
  {
    var _ = (S) => {
      var b = Gp(), x = K(b);
      re(() => ie(x, `No block matches "${l(n) ?? ""}".`)), H(S, b);
    };
    ae(y, (S) => {
      l(o).length === 0 && !l(i) && S(_);
    });
  }
  re(() => ie(h, ` ${t.task ?? ""} blocks only`)), Ou(c, () => l(n), (S) => V(n, S)), Iu(d, () => l(r), (S) => V(r, S)), H(e, a), ue();
}
Wt(["click"]);
var Jp = /* @__PURE__ */ $("<div> </div>"), $p = /* @__PURE__ */ $("<!> <!>", 1);
function em(e, t) {
  ce(t, !0);
  let n = Y(t, "selected", 3, !1);
  const r = w(() => ci({
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
    ], p = 1 - f, y = [p * p * p, 3 * p * p * f, 3 * p * f * f, f * f * f];
    return {
      x: y.reduce((_, S, b) => _ + S * v[b][0], 0),
      y: y.reduce((_, S, b) => _ + S * v[b][1], 0)
    };
  }), s = w(() => t.data ?? {}), a = w(() => l(s).error ? "#e53935" : l(s).waiting ? "#b0bec5" : l(s).color ?? "#90a4ae");
  var c = $p(), u = he(c);
  {
    let f = w(() => l(a)), g = w(() => n() ? 3 : 1.8), v = w(() => l(s).error || l(s).waiting ? "stroke-dasharray: 6 4;" : "");
    Gn(u, {
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
      Sl(f, {
        get x() {
          return l(i).x;
        },
        get y() {
          return l(i).y;
        },
        selectEdgeOnClick: !0,
        children: (g, v) => {
          var p = Jp();
          let y;
          var _ = K(p);
          re(() => {
            y = Oe(p, 1, "edge-label svelte-13myl97", null, y, { bad: !!l(s).error, selected: n() }), U(p, "data-edge", t.id), U(p, "title", l(s).error ? `⚠ ${l(s).error}` : `${l(s).ref}: ${l(s).label}`), ie(_, `${l(s).error ? "⚠ " : ""}${(l(s).label || "invalid") ?? ""}`);
          }), H(g, p);
        },
        $$slots: { default: !0 }
      });
    };
    ae(d, (f) => {
      (l(s).label || l(s).error) && f(h);
    });
  }
  H(e, c), ue();
}
function tm(e, t) {
  if (!t || t === "o:*") return e.outputs.map((o) => o.kind);
  const n = Number(t.slice(2)), r = e.outputs[n];
  return r ? [r.kind] : [];
}
function nm(e, t) {
  if (!t || t === "o:*" || e.outputs.length <= 1) return e.name;
  const n = e.outputs[Number(t.slice(2))];
  return n && n.port ? `${e.name}.${n.port}` : e.name;
}
function rm(e, t, n) {
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
function om(e, t) {
  const n = e.nodes.find((o) => o.id === t.source), r = e.nodes.find((o) => o.id === t.target);
  if (!n || !r) return "that port is not on the canvas";
  if (n.type === "output") return `output '${n.name}' is a sink; wires leave nodes and levels`;
  if (r.type === "level")
    return `level '${r.name}' comes from the backbone and takes no inputs`;
  if (n.id === r.id) return `cannot connect ${n.name} to itself`;
  if (r.type === "block") {
    const o = rm(e, r.id, n.id);
    if (o) {
      const u = o.map((d) => e.nodes.find((h) => h.id === d)?.name ?? d);
      return `cannot connect ${n.name} to ${r.name}: it would make a cycle ${[...u, r.name].join(" -> ")}`;
    }
    const s = (r.inputs.find((u) => u.handle === t.targetHandle) ?? r.inputs[0])?.accepts ?? [], c = tm(n, t.sourceHandle).find((u) => s.length && !s.includes(u));
    if (c)
      return `cannot connect ${nm(n, t.sourceHandle)} to ${r.name}: ${r.name} takes ${s.join(" or ")} inputs, got ${c}`;
  }
  return null;
}
var Ll = Object.defineProperty, im = (e, t, n) => t in e ? Ll(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, sm = (e, t) => {
  for (var n in t) Ll(e, n, { get: t[n], enumerable: !0 });
}, am = (e, t, n) => im(e, t + "", n), Rl = {};
sm(Rl, { Graph: () => Ge, alg: () => mi });
var lm = Object.defineProperty, Hl = (e, t) => {
  for (var n in t) lm(e, n, { get: t[n], enumerable: !0 });
}, pi = class {
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
    let u = Mn(this._isDirected, o, i, s);
    if (u in this._edgeLabels) return c && (this._edgeLabels[u] = a), this;
    if (s !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
    this.setNode(o), this.setNode(i), this._edgeLabels[u] = c ? a : this._defaultEdgeLabelFn(o, i, s);
    let d = cm(this._isDirected, o, i, s);
    return o = d.v, i = d.w, Object.freeze(d), this._edgeObjs[u] = d, Ms(this._preds[i], o), Ms(this._sucs[o], i), this._in[i][u] = d, this._out[o][u] = d, this._edgeCount++, this;
  }
  edge(e, t, n) {
    let r = arguments.length === 1 ? uo(this._isDirected, e) : Mn(this._isDirected, e, t, n);
    return this._edgeLabels[r];
  }
  edgeAsObj(e, t, n) {
    let r = arguments.length === 1 ? this.edge(e) : this.edge(e, t, n);
    return typeof r != "object" || r === null ? { label: r } : r;
  }
  hasEdge(e, t, n) {
    return (arguments.length === 1 ? uo(this._isDirected, e) : Mn(this._isDirected, e, t, n)) in this._edgeLabels;
  }
  removeEdge(e, t, n) {
    let r = arguments.length === 1 ? uo(this._isDirected, e) : Mn(this._isDirected, e, t, n), o = this._edgeObjs[r];
    if (o) {
      let i = o.v, s = o.w;
      delete this._edgeLabels[r], delete this._edgeObjs[r], Ps(this._preds[s], i), Ps(this._sucs[i], s), delete this._in[s][r], delete this._out[i][r], this._edgeCount--;
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
function Ms(e, t) {
  e[t] ? e[t]++ : e[t] = 1;
}
function Ps(e, t) {
  e[t] !== void 0 && !--e[t] && delete e[t];
}
function Mn(e, t, n, r) {
  let o = "" + t, i = "" + n;
  if (!e && o > i) {
    let s = o;
    o = i, i = s;
  }
  return o + "" + i + "" + (r === void 0 ? "\0" : r);
}
function cm(e, t, n, r) {
  let o = "" + t, i = "" + n;
  if (!e && o > i) {
    let a = o;
    o = i, i = a;
  }
  let s = { v: o, w: i };
  return r && (s.name = r), s;
}
function uo(e, t) {
  return Mn(e, t.v, t.w, t.name);
}
var um = {};
Hl(um, { read: () => gm, write: () => dm });
function dm(e) {
  let t = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: fm(e), edges: hm(e) }, n = e.graph();
  return n !== void 0 && (t.value = structuredClone(n)), t;
}
function fm(e) {
  return e.nodes().map((t) => {
    let n = e.node(t), r = e.parent(t), o = { v: t };
    return n !== void 0 && (o.value = n), r !== void 0 && (o.parent = r), o;
  });
}
function hm(e) {
  return e.edges().map((t) => {
    let n = e.edge(t), r = { v: t.v, w: t.w };
    return t.name !== void 0 && (r.name = t.name), n !== void 0 && (r.value = n), r;
  });
}
function gm(e) {
  let t = new pi(e.options);
  return e.value !== void 0 && t.setGraph(e.value), e.nodes.forEach((n) => {
    t.setNode(n.v, n.value), n.parent && t.setParent(n.v, n.parent);
  }), e.edges.forEach((n) => {
    t.setEdge({ v: n.v, w: n.w, name: n.name }, n.value);
  }), t;
}
var mi = {};
Hl(mi, { CycleException: () => Cr, bellmanFord: () => Vl, components: () => mm, dijkstra: () => Sr, dijkstraAll: () => wm, findCycles: () => _m, floydWarshall: () => Em, isAcyclic: () => Nm, postorder: () => Cm, preorder: () => Mm, prim: () => Pm, shortestPaths: () => Om, tarjan: () => Fl, topsort: () => jl });
var vm = () => 1;
function Vl(e, t, n, r) {
  return pm(e, String(t), n || vm, r || function(o) {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  });
}
function pm(e, t, n, r) {
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
function mm(e) {
  let t = {}, n = [], r;
  function o(i) {
    var s, a;
    i in t || (t[i] = !0, r.push(i), (s = e.successors(i)) == null || s.forEach(o), (a = e.predecessors(i)) == null || a.forEach(o));
  }
  return e.nodes().forEach(function(i) {
    r = [], o(i), r.length && n.push(r);
  }), n;
}
var Bl = class {
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
}, ym = () => 1;
function Sr(e, t, n, r) {
  let o = function(i) {
    var s;
    return (s = e.outEdges(i)) != null ? s : [];
  };
  return bm(e, String(t), n || ym, r || o);
}
function bm(e, t, n, r) {
  let o = {}, i = new Bl(), s, a, c = function(u) {
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
function wm(e, t, n) {
  return e.nodes().reduce(function(r, o) {
    return r[o] = Sr(e, o, t, n), r;
  }, {});
}
function Fl(e) {
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
function _m(e) {
  return Fl(e).filter(function(t) {
    var n;
    let r = t[0];
    return r ? t.length > 1 || t.length === 1 && ((n = e.outEdges(r, r)) != null ? n : []).length > 0 : !1;
  });
}
var xm = () => 1;
function Em(e, t, n) {
  return km(e, t || xm, n || function(r) {
    var o;
    return (o = e.outEdges(r)) != null ? o : [];
  });
}
function km(e, t, n) {
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
var Cr = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function jl(e) {
  let t = {}, n = {}, r = [];
  function o(i) {
    var s;
    if (i in n) throw new Cr();
    i in t || (n[i] = !0, t[i] = !0, (s = e.predecessors(i)) == null || s.forEach(o), delete n[i], r.push(i));
  }
  if (e.sinks().forEach(o), Object.keys(t).length !== e.nodeCount()) throw new Cr();
  return r;
}
function Nm(e) {
  try {
    jl(e);
  } catch (t) {
    if (t instanceof Cr) return !1;
    throw t;
  }
  return !0;
}
function Sm(e, t, n, r, o) {
  Array.isArray(t) || (t = [t]);
  let i = ((a) => {
    var c;
    return (c = e.isDirected() ? e.successors(a) : e.neighbors(a)) != null ? c : [];
  }), s = {};
  return t.forEach(function(a) {
    if (!e.hasNode(a)) throw new Error("Graph does not have node: " + a);
    o = Kl(e, a, n === "post", s, i, r, o);
  }), o;
}
function Kl(e, t, n, r, o, i, s) {
  return t in r || (r[t] = !0, n || (s = i(s, t)), o(t).forEach(function(a) {
    s = Kl(e, a, n, r, o, i, s);
  }), n && (s = i(s, t))), s;
}
function Yl(e, t, n) {
  return Sm(e, t, n, function(r, o) {
    return r.push(o), r;
  }, []);
}
function Cm(e, t) {
  return Yl(e, t, "post");
}
function Mm(e, t) {
  return Yl(e, t, "pre");
}
function Pm(e, t) {
  var n;
  let r = new pi(), o = {}, i = new Bl(), s;
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
function Om(e, t, n, r) {
  return Im(e, t, n, r ?? ((o) => {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  }));
}
function Im(e, t, n, r) {
  if (n === void 0) return Sr(e, t, n, r);
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
    if (o) return Vl(e, t, n, r);
  }
  return Sr(e, t, n, r);
}
var Ge = pi;
function bn(e, t, n, r) {
  let o = r;
  for (; e.hasNode(o); ) o = yi(r);
  return n.dummy = t, e.setNode(o, n), o;
}
function Am(e) {
  let t = new Ge().setGraph(e.graph());
  return e.nodes().forEach((n) => t.setNode(n, e.node(n))), e.edges().forEach((n) => {
    let r = t.edge(n.v, n.w) || { weight: 0, minlen: 1 }, o = e.edge(n);
    t.setEdge(n.v, n.w, { weight: r.weight + o.weight, minlen: Math.max(r.minlen, o.minlen) });
  }), t;
}
function Xl(e) {
  let t = new Ge({ multigraph: e.isMultigraph() }).setGraph(e.graph());
  return e.nodes().forEach((n) => {
    e.children(n).length || t.setNode(n, e.node(n));
  }), e.edges().forEach((n) => {
    t.setEdge(n, e.edge(n));
  }), t;
}
function Os(e, t) {
  let n = e.x, r = e.y, o = t.x - n, i = t.y - r, s = e.width / 2, a = e.height / 2;
  if (!o && !i) throw new Error("Not possible to find intersection inside of the rectangle");
  let c, u;
  return o === 0 || Math.abs(i) * s > Math.abs(o) * a ? (i < 0 && (a = -a), c = a * o / i, u = a) : (o < 0 && (s = -s), c = s, u = s * i / o), { x: n + c, y: r + u };
}
function Un(e) {
  let t = Hn(Wl(e) + 1).map(() => []);
  return e.nodes().forEach((n) => {
    let r = e.node(n), o = r.rank;
    o !== void 0 && (t[o] || (t[o] = []), t[o][r.order] = n);
  }), t;
}
function zm(e) {
  let t = e.nodes().map((r) => {
    let o = e.node(r).rank;
    return o === void 0 ? Number.MAX_VALUE : o;
  }), n = $e(Math.min, t);
  e.nodes().forEach((r) => {
    let o = e.node(r);
    Object.hasOwn(o, "rank") && (o.rank -= n);
  });
}
function Tm(e) {
  let t = e.nodes().map((s) => e.node(s).rank).filter((s) => s !== void 0), n = $e(Math.min, t), r = [];
  e.nodes().forEach((s) => {
    let a = e.node(s).rank - n;
    r[a] || (r[a] = []), r[a].push(s);
  });
  let o = 0, i = e.graph().nodeRankFactor;
  Array.from(r).forEach((s, a) => {
    s === void 0 && a % i !== 0 ? --o : s !== void 0 && o && s.forEach((c) => e.node(c).rank += o);
  });
}
function Is(e, t, n, r) {
  let o = { width: 0, height: 0 };
  return arguments.length >= 4 && (o.rank = n, o.order = r), bn(e, "border", o, t);
}
function Dm(e, t = Zl) {
  let n = [];
  for (let r = 0; r < e.length; r += t) {
    let o = e.slice(r, r + t);
    n.push(o);
  }
  return n;
}
var Zl = 65535;
function $e(e, t) {
  if (t.length > Zl) {
    let n = Dm(t);
    return e(...n.map((r) => e(...r)));
  } else return e(...t);
}
function Wl(e) {
  let t = e.nodes().map((n) => {
    let r = e.node(n).rank;
    return r === void 0 ? Number.MIN_VALUE : r;
  });
  return $e(Math.max, t);
}
function Lm(e, t) {
  let n = { lhs: [], rhs: [] };
  return e.forEach((r) => {
    t(r) ? n.lhs.push(r) : n.rhs.push(r);
  }), n;
}
function Rm(e, t) {
  let n = Date.now();
  try {
    return t();
  } finally {
    console.log(e + " time: " + (Date.now() - n) + "ms");
  }
}
function ql(e, t) {
  return t();
}
var Hm = 0;
function yi(e) {
  let t = ++Hm;
  return e + ("" + t);
}
function Hn(e, t, n = 1) {
  t == null && (t = e, e = 0);
  let r = (i) => i < t;
  n < 0 && (r = (i) => t < i);
  let o = [];
  for (let i = e; r(i); i += n) o.push(i);
  return o;
}
function Mr(e, t) {
  let n = {};
  for (let r of t) e[r] !== void 0 && (n[r] = e[r]);
  return n;
}
function Fr(e, t) {
  let n;
  return typeof t == "string" ? n = (r) => r[t] : n = t, Object.entries(e).reduce((r, [o, i]) => (r[o] = n(i, o), r), {});
}
function Vm(e, t) {
  return e.reduce((n, r, o) => (n[r] = t[o], n), {});
}
var jr = "\0";
function Gl(e, t, n) {
  var r, o, i, s, a, c;
  if (!(e && t && n && t.dummy === "edge" && n.dummy === "edge" && t.edgeObj && n.edgeObj && e[t.edgeObj.v] && e[n.edgeObj.v] && e[t.edgeObj.w] && e[n.edgeObj.w])) return 0;
  let u = !0;
  t.edgeObj.w === n.edgeObj.w && (u = !1);
  let d = u ? (o = (r = e[t.edgeObj.v]) == null ? void 0 : r.rank) != null ? o : NaN + 1 : (s = (i = e[t.edgeObj.w]) == null ? void 0 : i.rank) != null ? s : NaN - 1, h = Object.entries(e).find((p) => {
    var y, _;
    return ((y = p[1].edgeObj) == null ? void 0 : y.v) === t.edgeObj.v && ((_ = p[1].edgeObj) == null ? void 0 : _.w) === t.edgeObj.w && p[1].rank === d;
  }), f = Object.entries(e).find((p) => {
    var y, _;
    return ((y = p[1].edgeObj) == null ? void 0 : y.v) === n.edgeObj.v && ((_ = p[1].edgeObj) == null ? void 0 : _.w) === n.edgeObj.w && p[1].rank === d;
  });
  if (!h || !f) return 0;
  let g = (a = h[1].order) != null ? a : NaN, v = (c = f[1].order) != null ? c : NaN;
  return isNaN(g - v) ? 0 : g - v;
}
var Bm = "3.1.3", Fm = class {
  constructor() {
    am(this, "_sentinel");
    let e = {};
    e._next = e._prev = e, this._sentinel = e;
  }
  dequeue() {
    let e = this._sentinel, t = e._prev;
    if (t !== e) return As(t), t;
  }
  enqueue(e) {
    let t = this._sentinel;
    e._prev && e._next && As(e), e._next = t._next, t._next._prev = e, t._next = e, e._prev = t;
  }
  toString() {
    let e = [], t = this._sentinel, n = t._prev;
    for (; n !== t; ) e.push(JSON.stringify(n, jm)), n = n._prev;
    return "[" + e.join(", ") + "]";
  }
};
function As(e) {
  e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
}
function jm(e, t) {
  if (e !== "_next" && e !== "_prev") return t;
}
var Km = Fm, Ym = () => 1;
function Xm(e, t) {
  if (e.nodeCount() <= 1) return [];
  let n = Wm(e, t || Ym);
  return Zm(n.graph, n.buckets, n.zeroIdx).flatMap((r) => e.outEdges(r.v, r.w) || []);
}
function Zm(e, t, n) {
  var r;
  let o = [], i = t[t.length - 1], s = t[0], a;
  for (; e.nodeCount(); ) {
    for (; a = s.dequeue(); ) fo(e, t, n, a);
    for (; a = i.dequeue(); ) fo(e, t, n, a);
    if (e.nodeCount()) {
      for (let c = t.length - 2; c > 0; --c) if (a = (r = t[c]) == null ? void 0 : r.dequeue(), a) {
        o = o.concat(fo(e, t, n, a, !0) || []);
        break;
      }
    }
  }
  return o;
}
function fo(e, t, n, r, o) {
  let i = [], s = o ? i : void 0;
  return (e.inEdges(r.v) || []).forEach((a) => {
    let c = e.edge(a), u = e.node(a.v);
    o && i.push({ v: a.v, w: a.w }), u.out -= c, Do(t, n, u);
  }), (e.outEdges(r.v) || []).forEach((a) => {
    let c = e.edge(a), u = a.w, d = e.node(u);
    d.in -= c, Do(t, n, d);
  }), e.removeNode(r.v), s;
}
function Wm(e, t) {
  let n = new Ge(), r = 0, o = 0;
  e.nodes().forEach((a) => {
    n.setNode(a, { v: a, in: 0, out: 0 });
  }), e.edges().forEach((a) => {
    let c = n.edge(a.v, a.w) || 0, u = t(a), d = c + u;
    n.setEdge(a.v, a.w, d);
    let h = n.node(a.v), f = n.node(a.w);
    o = Math.max(o, h.out += u), r = Math.max(r, f.in += u);
  });
  let i = qm(o + r + 3).map(() => new Km()), s = r + 1;
  return n.nodes().forEach((a) => {
    Do(i, s, n.node(a));
  }), { graph: n, buckets: i, zeroIdx: s };
}
function Do(e, t, n) {
  var r, o, i;
  n.out ? n.in ? (i = e[n.out - n.in + t]) == null || i.enqueue(n) : (o = e[e.length - 1]) == null || o.enqueue(n) : (r = e[0]) == null || r.enqueue(n);
}
function qm(e) {
  let t = [];
  for (let n = 0; n < e; n++) t.push(n);
  return t;
}
function Gm(e, t) {
  (e.graph().acyclicer === "greedy" ? Xm(e, n(e)) : Um(e, t ?? null)).forEach((r) => {
    let o = e.edge(r);
    e.removeEdge(r), o.forwardName = r.name, o.reversed = !0, e.setEdge(r.w, r.v, o, yi("rev"));
  });
  function n(r) {
    return (o) => r.edge(o).weight;
  }
}
function Um(e, t) {
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
      Object.hasOwn(r, d.w) || ((h = t.node(c)) == null ? void 0 : h.rank) > ((f = t.node(d.w)) == null ? void 0 : f.rank) && Jm(e, d.w, d) ? n.push(d) : s(d.w);
    }), delete r[c]);
  }
  let a = i;
  return t && typeof t.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), n;
}
function Qm(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.reversed) {
      e.removeEdge(t);
      let r = n.forwardName;
      delete n.reversed, delete n.forwardName, e.setEdge(t.w, t.v, n, r);
    }
  });
}
function Jm(e, t, n) {
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
function $m(e) {
  e.graph().dummyChains = [], e.edges().forEach((t) => ey(e, t));
}
function ey(e, t) {
  let n = t.v, r = e.node(n).rank, o = t.w, i = e.node(o).rank, s = t.name, a = e.edge(t), c = a.labelRank;
  if (i === r + 1) return;
  e.removeEdge(t);
  let u, d, h;
  for (h = 0, ++r; r < i; ++h, ++r) a.points = [], d = { width: 0, height: 0, edgeLabel: a, edgeObj: t, rank: r }, u = bn(e, "edge", d, "_d"), r === c && (d.width = a.width, d.height = a.height, d.dummy = "edge-label", d.labelpos = a.labelpos), e.setEdge(n, u, { weight: a.weight }, s), h === 0 && e.graph().dummyChains.push(u), n = u;
  e.setEdge(n, o, { weight: a.weight }, s);
}
function ty(e) {
  e.graph().dummyChains.forEach((t) => {
    let n = e.node(t), r = n.edgeLabel, o;
    for (e.setEdge(n.edgeObj, r); n.dummy; ) o = e.successors(t)[0], e.removeNode(t), r.points.push({ x: n.x, y: n.y }), n.dummy === "edge-label" && (r.x = n.x, r.y = n.y, r.width = n.width, r.height = n.height), t = o, n = e.node(t);
  });
}
function bi(e) {
  let t = {};
  function n(r) {
    let o = e.node(r);
    if (Object.hasOwn(t, r)) return o.rank;
    t[r] = !0;
    let i = e.outEdges(r), s = i ? i.map((c) => c == null ? Number.POSITIVE_INFINITY : n(c.w) - e.edge(c).minlen) : [], a = $e(Math.min, s);
    return a === Number.POSITIVE_INFINITY && (a = 0), o.rank = a;
  }
  e.sources().forEach(n);
}
function pn(e, t) {
  return e.node(t.w).rank - e.node(t.v).rank - e.edge(t).minlen;
}
var Ul = ny;
function ny(e) {
  let t = new Ge({ directed: !1 }), n = e.nodes();
  if (n.length === 0) throw new Error("Graph must have at least one node");
  let r = n[0], o = e.nodeCount();
  t.setNode(r, {});
  let i, s;
  for (; ry(t, e) < o && (i = oy(t, e), !!i); ) s = t.hasNode(i.v) ? pn(e, i) : -pn(e, i), iy(t, e, s);
  return t;
}
function ry(e, t) {
  function n(r) {
    let o = t.nodeEdges(r);
    o && o.forEach((i) => {
      let s = i.v, a = r === s ? i.w : s;
      !e.hasNode(a) && !pn(t, i) && (e.setNode(a, {}), e.setEdge(r, a, {}), n(a));
    });
  }
  return e.nodes().forEach(n), e.nodeCount();
}
function oy(e, t) {
  return t.edges().reduce((n, r) => {
    let o = Number.POSITIVE_INFINITY;
    return e.hasNode(r.v) !== e.hasNode(r.w) && (o = pn(t, r)), o < n[0] ? [o, r] : n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function iy(e, t, n) {
  e.nodes().forEach((r) => t.node(r).rank += n);
}
var { preorder: sy, postorder: ay } = mi, ly = qt;
qt.initLowLimValues = _i;
qt.initCutValues = wi;
qt.calcCutValue = Ql;
qt.leaveEdge = $l;
qt.enterEdge = ec;
qt.exchangeEdges = tc;
function qt(e) {
  e = Am(e), bi(e);
  let t = Ul(e);
  _i(t), wi(t, e);
  let n, r;
  for (; n = $l(t); ) r = ec(t, e, n), tc(t, e, n, r);
}
function wi(e, t) {
  let n = ay(e, e.nodes());
  n = n.slice(0, n.length - 1), n.forEach((r) => cy(e, t, r));
}
function cy(e, t, n) {
  let r = e.node(n).parent, o = e.edge(n, r);
  o.cutvalue = Ql(e, t, n);
}
function Ql(e, t, n) {
  let r = e.node(n).parent, o = !0, i = t.edge(n, r), s = 0;
  i || (o = !1, i = t.edge(r, n)), s = i.weight;
  let a = t.nodeEdges(n);
  return a && a.forEach((c) => {
    let u = c.v === n, d = u ? c.w : c.v;
    if (d !== r) {
      let h = u === o, f = t.edge(c).weight;
      if (s += h ? f : -f, dy(e, n, d)) {
        let g = e.edge(n, d).cutvalue;
        s += h ? -g : g;
      }
    }
  }), s;
}
function _i(e, t) {
  arguments.length < 2 && (t = e.nodes()[0]), Jl(e, {}, 1, t);
}
function Jl(e, t, n, r, o) {
  let i = n, s = e.node(r);
  t[r] = !0;
  let a = e.neighbors(r);
  return a && a.forEach((c) => {
    Object.hasOwn(t, c) || (n = Jl(e, t, n, c, r));
  }), s.low = i, s.lim = n++, o ? s.parent = o : delete s.parent, n;
}
function $l(e) {
  return e.edges().find((t) => e.edge(t).cutvalue < 0);
}
function ec(e, t, n) {
  let r = n.v, o = n.w;
  t.hasEdge(r, o) || (r = n.w, o = n.v);
  let i = e.node(r), s = e.node(o), a = i, c = !1;
  return i.lim > s.lim && (a = s, c = !0), t.edges().filter((u) => c === zs(e, e.node(u.v), a) && c !== zs(e, e.node(u.w), a)).reduce((u, d) => pn(t, d) < pn(t, u) ? d : u);
}
function tc(e, t, n, r) {
  let o = n.v, i = n.w;
  e.removeEdge(o, i), e.setEdge(r.v, r.w, {}), _i(e), wi(e, t), uy(e, t);
}
function uy(e, t) {
  let n = e.nodes().find((o) => !e.node(o).parent);
  if (!n) return;
  let r = sy(e, [n]);
  r = r.slice(1), r.forEach((o) => {
    let i = e.node(o).parent, s = t.edge(o, i), a = !1;
    s || (s = t.edge(i, o), a = !0), t.node(o).rank = t.node(i).rank + (a ? s.minlen : -s.minlen);
  });
}
function dy(e, t, n) {
  return e.hasEdge(t, n);
}
function zs(e, t, n) {
  return n.low <= t.lim && t.lim <= n.lim;
}
var fy = hy;
function hy(e) {
  let t = e.graph().ranker;
  if (typeof t == "function") return t(e);
  switch (t) {
    case "network-simplex":
      Ts(e);
      break;
    case "tight-tree":
      vy(e);
      break;
    case "longest-path":
      gy(e);
      break;
    case "none":
      break;
    default:
      Ts(e);
  }
}
var gy = bi;
function vy(e) {
  bi(e), Ul(e);
}
function Ts(e) {
  ly(e);
}
var py = my;
function my(e) {
  let t = by(e), n = e.graph();
  Array.isArray(n.dummyChains) && n.dummyChains.forEach((r) => {
    let o = e.node(r), i = o.edgeObj, s = yy(e, t, i.v, i.w), a = s.path, c = s.lca, u = 0, d = a[u], h = !0;
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
function yy(e, t, n, r) {
  let o = [], i = [], s = Math.min(t[n].low, t[r].low), a = Math.max(t[n].lim, t[r].lim), c;
  c = n;
  do
    c = e.parent(c), o.push(c);
  while (c && (t[c].low > s || a > t[c].lim));
  let u = c, d = r;
  for (; (d = e.parent(d)) !== u; ) i.push(d);
  return { path: o.concat(i.reverse()), lca: u };
}
function by(e) {
  let t = {}, n = 0;
  function r(o) {
    let i = n;
    e.children(o).forEach(r), t[o] = { low: i, lim: n++ };
  }
  return e.children(jr).forEach(r), t;
}
function wy(e) {
  let t = bn(e, "root", {}, "_root"), n = _y(e), r = Object.values(n), o = $e(Math.max, r) - 1, i = 2 * o + 1;
  e.graph().nestingRoot = t, e.edges().forEach((a) => e.edge(a).minlen *= i);
  let s = xy(e) + 1;
  e.children(jr).forEach((a) => {
    nc(e, t, i, s, o, n, a);
  }), e.graph().nodeRankFactor = i;
}
function nc(e, t, n, r, o, i, s) {
  var a;
  let c = e.children(s);
  if (!c.length) {
    s !== t && e.setEdge(t, s, { weight: 0, minlen: n });
    return;
  }
  let u = Is(e, "_bt"), d = Is(e, "_bb"), h = e.node(s);
  e.setParent(u, s), h.borderTop = u, e.setParent(d, s), h.borderBottom = d, c.forEach((f) => {
    var g;
    nc(e, t, n, r, o, i, f);
    let v = e.node(f), p = v.borderTop ? v.borderTop : f, y = v.borderBottom ? v.borderBottom : f, _ = v.borderTop ? r : 2 * r, S = p !== y ? 1 : o - ((g = i[s]) != null ? g : 0) + 1;
    e.setEdge(u, p, { weight: _, minlen: S, nestingEdge: !0 }), e.setEdge(y, d, { weight: _, minlen: S, nestingEdge: !0 });
  }), e.parent(s) || e.setEdge(t, u, { weight: 0, minlen: o + ((a = i[s]) != null ? a : 0) });
}
function _y(e) {
  let t = {};
  function n(r, o) {
    let i = e.children(r);
    i && i.length && i.forEach((s) => n(s, o + 1)), t[r] = o;
  }
  return e.children(jr).forEach((r) => n(r, 1)), t;
}
function xy(e) {
  return e.edges().reduce((t, n) => t + e.edge(n).weight, 0);
}
function Ey(e) {
  let t = e.graph();
  e.removeNode(t.nestingRoot), delete t.nestingRoot, e.edges().forEach((n) => {
    e.edge(n).nestingEdge && e.removeEdge(n);
  });
}
var ky = Ny;
function Ny(e) {
  function t(n) {
    let r = e.children(n), o = e.node(n);
    if (r.length && r.forEach(t), o && Object.hasOwn(o, "minRank")) {
      o.borderLeft = [], o.borderRight = [];
      for (let i = o.minRank, s = o.maxRank + 1; i < s; ++i) Ds(e, "borderLeft", "_bl", n, o, i), Ds(e, "borderRight", "_br", n, o, i);
    }
  }
  e.children(jr).forEach(t);
}
function Ds(e, t, n, r, o, i) {
  let s = { width: 0, height: 0, rank: i, borderType: t }, a = o[t][i - 1], c = bn(e, "border", s, n);
  o[t][i] = c, e.setParent(c, r), a && e.setEdge(a, c, { weight: 1 });
}
function Sy(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "lr" || n === "rl") && rc(e);
}
function Cy(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "bt" || n === "rl") && My(e), (n === "lr" || n === "rl") && (Py(e), rc(e));
}
function rc(e) {
  e.nodes().forEach((t) => Ls(e.node(t))), e.edges().forEach((t) => Ls(e.edge(t)));
}
function Ls(e) {
  let t = e.width;
  e.width = e.height, e.height = t;
}
function My(e) {
  e.nodes().forEach((t) => ho(e.node(t))), e.edges().forEach((t) => {
    var n;
    let r = e.edge(t);
    (n = r.points) == null || n.forEach(ho), Object.hasOwn(r, "y") && ho(r);
  });
}
function ho(e) {
  e.y = -e.y;
}
function Py(e) {
  e.nodes().forEach((t) => go(e.node(t))), e.edges().forEach((t) => {
    var n;
    let r = e.edge(t);
    (n = r.points) == null || n.forEach(go), Object.hasOwn(r, "x") && go(r);
  });
}
function go(e) {
  let t = e.x;
  e.x = e.y, e.y = t;
}
function Oy(e, t = null) {
  let n = {}, r = e.nodes().filter((u) => !e.children(u).length), o = r.map((u) => e.node(u).rank), i = $e(Math.max, o), s = Hn(i + 1).map(() => []);
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
    return Gl(t, h, f);
  }
  return s;
}
function Iy(e, t) {
  let n = 0;
  for (let r = 1; r < t.length; ++r) n += Ay(e, t[r - 1], t[r]);
  return n;
}
function Ay(e, t, n) {
  let r = Vm(n, n.map((u, d) => d)), o = t.flatMap((u) => {
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
function zy(e, t = []) {
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
function Ty(e, t) {
  let n = {};
  e.forEach((o, i) => {
    let s = { indegree: 0, in: [], out: [], vs: [o.v], i };
    o.barycenter !== void 0 && (s.barycenter = o.barycenter, s.weight = o.weight), n[o.v] = s;
  }), t.edges().forEach((o) => {
    let i = n[o.v], s = n[o.w];
    i !== void 0 && s !== void 0 && (s.indegree++, i.out.push(s));
  });
  let r = Object.values(n).filter((o) => !o.indegree);
  return Dy(r);
}
function Dy(e) {
  let t = [];
  function n(o) {
    return (i) => {
      i.merged || (i.barycenter === void 0 || o.barycenter === void 0 || i.barycenter >= o.barycenter) && Ly(o, i);
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
  return t.filter((o) => !o.merged).map((o) => Mr(o, ["vs", "i", "barycenter", "weight"]));
}
function Ly(e, t) {
  let n = 0, r = 0;
  e.weight && (n += e.barycenter * e.weight, r += e.weight), t.weight && (n += t.barycenter * t.weight, r += t.weight), e.vs = t.vs.concat(e.vs), e.barycenter = n / r, e.weight = r, e.i = Math.min(t.i, e.i), t.merged = !0;
}
function Ry(e, t, n, r, o) {
  let i = {}, s = null, a = null, c = o;
  typeof t == "boolean" ? (c = t, i = {}) : t && (i = t, s = n ?? null, a = r ?? null);
  let u = Lm(e, (_) => Object.hasOwn(_, "barycenter")), d = u.lhs, h = u.rhs.sort((_, S) => S.i - _.i), f = [], g = 0, v = 0, p = 0;
  d.sort(Hy(a, s, !!c));
  for (let [_, S] of Object.entries(i)) {
    let b = d.findIndex((x) => x.vs[0] === _);
    d.splice(b + 1, 0, S);
  }
  p = Rs(f, h, p), d.forEach((_) => {
    p += _.vs.length, f.push(_.vs), g += _.barycenter * _.weight, v += _.weight, p = Rs(f, h, p);
  });
  let y = { vs: f.flat(1) };
  return v && (y.barycenter = g / v, y.weight = v), y;
}
function Rs(e, t, n) {
  let r;
  for (; t.length && (r = t[t.length - 1]).i <= n; ) t.pop(), e.push(r.vs), n++;
  return n;
}
function Hy(e, t, n) {
  return (r, o) => {
    if (r.barycenter < o.barycenter) return -1;
    if (r.barycenter > o.barycenter) return 1;
    if (e && (typeof r.vs[0] == "string" || typeof o.vs[0] == "string")) {
      let i = e.node(r.vs[0]), s = e.node(o.vs[0]), a = Gl(t, i, s);
      if (a !== 0) return a;
    }
    return n ? o.i - r.i : r.i - o.i;
  };
}
function oc(e, t, n, r, o) {
  var i, s, a, c, u, d, h, f, g, v, p;
  let y = null, _ = o;
  typeof r == "boolean" ? (_ = r, y = null) : r !== void 0 && (y = r);
  let S = e.children(t), b = e.node(t), x = b ? b.borderLeft : void 0, C = b ? b.borderRight : void 0, O = {};
  x && (S = S.filter((M) => M !== x && M !== C));
  let T = zy(e, S);
  T.forEach((M) => {
    if (e.children(M.v).length) {
      let { result: P } = oc(e, M.v, n, y, _);
      O[M.v] = P, Object.hasOwn(P, "barycenter") && By(M, P);
    }
  });
  let A = Ty(T, n);
  Vy(A, O);
  let R = {}, X = !1;
  for (let M = 0; M < A.length; M++) for (let P = M + 1; P < A.length; P++) if (!(!A[M] || !A[P] || !((i = A[M]) != null && i.barycenter) || !((s = A[P]) != null && s.barycenter)) && ((a = A[M]) == null ? void 0 : a.barycenter) === A[P].barycenter) {
    let m = (u = (c = A[M]) == null ? void 0 : c.vs[0]) != null ? u : "", N = (h = (d = A[P]) == null ? void 0 : d.vs[0]) != null ? h : "", E = e.node(m), k = e.node(N);
    if (E.dummy === "edge" && k.dummy === "edge" && ((f = E.edgeObj) == null ? void 0 : f.v) === ((g = k.edgeObj) == null ? void 0 : g.v) && ((v = E.edgeObj) == null ? void 0 : v.w) === ((p = k.edgeObj) == null ? void 0 : p.w)) if (E.edgeLabel.reversed) {
      R[N] = A[M], A.splice(M, 1), M--;
      break;
    } else R[m] || (R[m] = A[P], A.splice(P, 1), P--);
    else X = !0;
  }
  let I = Ry(A, R, y, e, _);
  if (x && C) {
    I.vs = [x, I.vs, C].flat(1);
    let M = e.predecessors(x);
    if (M && M.length) {
      let P = e.node(M[0]), m = e.predecessors(C), N = e.node(m[0]);
      Object.hasOwn(I, "barycenter") || (I.barycenter = 0, I.weight = 0), I.barycenter = (I.barycenter * I.weight + P.order + N.order) / (I.weight + 2), I.weight += 2;
    }
  }
  return Object.defineProperty(I, "result", { value: I, enumerable: !1, configurable: !0, writable: !0 }), Object.defineProperty(I, "usedBias", { value: X, enumerable: !1, configurable: !0, writable: !0 }), I;
}
function Vy(e, t) {
  e.forEach((n) => {
    n.vs = n.vs.flatMap((r) => t[r] ? t[r].vs : r);
  });
}
function By(e, t) {
  e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + t.barycenter * t.weight) / (e.weight + t.weight), e.weight += t.weight) : (e.barycenter = t.barycenter, e.weight = t.weight);
}
function Fy(e, t, n, r) {
  r || (r = e.nodes());
  let o = jy(e), i = new Ge({ compound: !0 }).setGraph({ root: o }).setDefaultNodeLabel((s) => e.node(s));
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
function jy(e) {
  let t;
  for (; e.hasNode(t = yi("_root")); ) ;
  return t;
}
function Ky(e, t, n) {
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
function ic(e, t = {}, n = null) {
  if (typeof t.customOrder == "function") {
    t.customOrder(e, ic);
    return;
  }
  let r = Wl(e), o = Hs(e, Hn(1, r + 1), "inEdges"), i = Hs(e, Hn(r - 1, -1, -1), "outEdges"), s = Oy(e, n);
  if (Vs(e, s), t.disableOptimalOrderHeuristic) return;
  let a = Number.POSITIVE_INFINITY, c, u = t.constraints || [];
  for (let d = 0, h = 0; h < 4; ++d, ++h) {
    Yy(d % 2 ? o : i, d % 4 >= 2, u, n), s = Un(e);
    let f = Iy(e, s);
    f < a ? (h = 0, c = Object.assign({}, s), a = f) : f === a && (c = structuredClone(s));
  }
  Vs(e, c);
}
function Hs(e, t, n) {
  let r = /* @__PURE__ */ new Map(), o = (i, s) => {
    r.has(i) || r.set(i, []), r.get(i).push(s);
  };
  for (let i of e.nodes()) {
    let s = e.node(i);
    if (typeof s.rank == "number" && o(s.rank, i), typeof s.minRank == "number" && typeof s.maxRank == "number") for (let a = s.minRank; a <= s.maxRank; a++) a !== s.rank && o(a, i);
  }
  return t.map(function(i) {
    return Fy(e, i, n, r.get(i) || []);
  });
}
function Yy(e, t, n, r) {
  let o = !0, i = new Ge();
  e.forEach(function(s) {
    n.forEach((d) => i.setEdge(d.left, d.right));
    let a = s.graph().root, { result: c, usedBias: u } = oc(s, a, i, r, o);
    t && u && (o = !o), c.vs.forEach((d, h) => s.node(d).order = h), Ky(s, i, c.vs);
  });
}
function Vs(e, t) {
  Object.values(t).forEach((n) => n.forEach((r, o) => e.node(r).order = o));
}
function Xy(e, t) {
  let n = {};
  function r(o, i) {
    let s = 0, a = 0, c = o.length, u = i[i.length - 1];
    return i.forEach((d, h) => {
      let f = Wy(e, d), g = f ? e.node(f).order : c;
      (f || d === u) && (i.slice(a, h + 1).forEach((v) => {
        let p = e.predecessors(v);
        p && p.forEach((y) => {
          let _ = e.node(y), S = _.order;
          (S < s || g < S) && !(_.dummy && e.node(v).dummy) && sc(n, y, v);
        });
      }), a = h + 1, s = g);
    }), i;
  }
  return t.length && t.reduce(r), n;
}
function Zy(e, t) {
  let n = {};
  function r(s) {
    var a;
    return ((a = e.node(s)) == null ? void 0 : a.dummy) === "border";
  }
  if (!e.nodes().some(r)) return n;
  function o(s, a, c, u, d) {
    Hn(a, c).forEach((h) => {
      let f = s[h];
      if (f !== void 0 && e.node(f).dummy) {
        let g = e.predecessors(f);
        g && g.forEach((v) => {
          if (v === void 0) return;
          let p = e.node(v);
          p.dummy && (p.order < u || p.order > d) && sc(n, v, f);
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
function Wy(e, t) {
  if (e.node(t).dummy) {
    let n = e.predecessors(t);
    if (n) return n.find((r) => e.node(r).dummy);
  }
}
function sc(e, t, n) {
  if (t > n) {
    let o = t;
    t = n, n = o;
  }
  let r = e[t];
  r || (e[t] = r = {}), r[n] = !0;
}
function qy(e, t, n) {
  if (t > n) {
    let o = t;
    t = n, n = o;
  }
  let r = e[t];
  return r !== void 0 && Object.hasOwn(r, n);
}
function Gy(e, t, n, r, o) {
  let i = {}, s = {}, a = {};
  return t.forEach((c) => {
    c.forEach((u, d) => {
      i[u] = u, s[u] = u, a[u] = d;
    });
  }), t.forEach((c) => {
    let u = -1, d = -1, h = !1, f = c, g = c.findIndex((v) => o?.includes(v) || Bs(v, e, o));
    g > 0 && (f = [c[g], ...c.slice(0, g), ...c.slice(g + 1)], h = !0), f.forEach((v) => {
      var p;
      let y = r(v);
      if (y && y.length) {
        o != null && o.includes(v) && (y = y.filter((b) => Bs(b, e, o)));
        let _ = y.sort((b, x) => {
          let C = a[b], O = a[x];
          return (C !== void 0 ? C : 0) - (O !== void 0 ? O : 0);
        }), S = (_.length - 1) / 2;
        for (let b = Math.floor(S), x = Math.ceil(S); b <= x; ++b) {
          let C = _[b];
          if (C === void 0) continue;
          let O = a[C];
          if (O !== void 0 && s[v] === v && u < O && a[C] !== d && !qy(n, v, C)) {
            let T = i[C];
            T !== void 0 && (s[C] = v, s[v] = i[v] = T, u = O, h && (u = -1, d = (p = a[C]) != null ? p : -1, h = !1));
          }
        }
      }
    });
  }), { root: i, align: s };
}
function Uy(e, t, n, r, o = !1) {
  let i = {}, s = Qy(e, t, n, o), a = o ? "borderLeft" : "borderRight";
  function c(g, v) {
    let p = s.nodes().slice(), y = {}, _ = p.pop();
    for (; _; ) {
      if (y[_]) g(_);
      else {
        y[_] = !0, p.push(_);
        for (let S of v(_)) p.push(S);
      }
      _ = p.pop();
    }
  }
  function u(g) {
    let v = s.inEdges(g);
    v ? i[g] = v.reduce((p, y) => {
      var _;
      let S = (_ = i[y.v]) != null ? _ : 0, b = s.edge(y);
      return Math.max(p, S + (b !== void 0 ? b : 0));
    }, 0) : i[g] = 0;
  }
  function d(g) {
    let v = s.outEdges(g), p = Number.POSITIVE_INFINITY;
    v && (p = v.reduce((_, S) => {
      let b = i[S.w], x = s.edge(S);
      return Math.min(_, (b !== void 0 ? b : 0) - (x !== void 0 ? x : 0));
    }, Number.POSITIVE_INFINITY));
    let y = e.node(g);
    p !== Number.POSITIVE_INFINITY && y.borderType !== a && (i[g] = Math.max(i[g] !== void 0 ? i[g] : 0, p));
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
function Qy(e, t, n, r) {
  let o = new Ge(), i = e.graph(), s = nb(i.nodesep, i.edgesep, r);
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
function Jy(e, t) {
  return Object.values(t).reduce((n, r) => {
    let o = Number.NEGATIVE_INFINITY, i = Number.POSITIVE_INFINITY;
    Object.entries(r).forEach(([a, c]) => {
      let u = rb(e, a) / 2;
      o = Math.max(c + u, o), i = Math.min(c - u, i);
    });
    let s = o - i;
    return s < n[0] && (n = [s, r]), n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function $y(e, t) {
  let n = Object.values(t), r = $e(Math.min, n), o = $e(Math.max, n);
  ["u", "d"].forEach((i) => {
    ["l", "r"].forEach((s) => {
      let a = i + s, c = e[a];
      if (!c || c === t) return;
      let u = Object.values(c), d = r - $e(Math.min, u);
      s !== "l" && (d = o - $e(Math.max, u)), d && (e[a] = Fr(c, (h) => h + d));
    });
  });
}
function eb(e, t = void 0) {
  let n = e.ul;
  return n ? Fr(n, (r, o) => {
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
function tb(e, t) {
  let n = Un(e), r = Object.assign(Xy(e, n), Zy(e, n)), o = {}, i;
  ["u", "d"].forEach((a) => {
    i = a === "u" ? n : Object.values(n).reverse(), ["l", "r"].forEach((c) => {
      c === "r" && (i = i.map((h) => Object.values(h).reverse()));
      let u = Gy(e, i, r, (h) => (a === "u" ? e.predecessors(h) : e.successors(h)) || [], t), d = Uy(e, i, u.root, u.align, c === "r");
      c === "r" && (d = Fr(d, (h) => -h)), o[a + c] = d;
    });
  });
  let s = Jy(e, o);
  return $y(o, s), eb(o, e.graph().align);
}
function nb(e, t, n) {
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
function rb(e, t) {
  return e.node(t).width;
}
function Bs(e, t, n) {
  var r;
  if (!n) return !1;
  let o = (r = t.node(e)) == null ? void 0 : r.edgeObj;
  if (!o || t.node(e).edgeLabel.reversed) return !1;
  let i = n.indexOf(o?.v), s = n.indexOf(o?.w);
  return i !== -1 && s !== -1 && i === (s + 1) % n.length || i === (s - 1) % n.length;
}
function ob(e, t) {
  e = Xl(e), ib(e), Object.entries(tb(e, t)).forEach(([n, r]) => e.node(n).x = r);
}
function ib(e) {
  let t = Un(e), n = e.graph(), r = n.ranksep, o = n.rankalign, i = 0;
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
var Fs = /* @__PURE__ */ new WeakMap();
function sb(e, t = {}) {
  return ac(e, ql, t), e;
}
function js(e, t, n) {
  let r = t;
  for (; r !== void 0; ) {
    let o = e.parent(r);
    if (o === n) return r;
    r = o;
  }
}
function ac(e, t, n) {
  var r;
  let o = e.nodes().filter((S) => e.children(S).length), i = {};
  o.forEach((S) => {
    let b = e.node(S);
    if (b && b.rankdir) {
      let x = new Ge({ multigraph: !0, compound: !0 });
      x.setGraph({ rankdir: b.rankdir });
      let C = e.children(S);
      C.forEach((m) => {
        let N = { ...e.node(m) };
        x.setNode(m, N);
        let E = e.parent(m);
        E && E !== S && C.includes(E) && x.setParent(m, E);
      });
      let O = /* @__PURE__ */ new Set();
      e.edges().forEach((m) => {
        let N = js(e, m.v, S), E = js(e, m.w, S);
        if (N === m.v && E === m.w) x.setEdge(m, { ...e.edge(m) });
        else if (N && E && N !== E) {
          let k = `${N}\0${E}`;
          O.has(k) || (O.add(k), x.setEdge(N, E, { ...e.edge(m) }));
        }
      }), ac(x, t, n);
      let T = Ws(x);
      Ys(T, t, n, null), Xs(x, T);
      let A = 1 / 0, R = 1 / 0, X = -1 / 0, I = -1 / 0;
      x.nodes().forEach((m) => {
        if (m === S) return;
        let N = x.node(m);
        N && typeof N.x == "number" && typeof N.y == "number" && typeof N.width == "number" && typeof N.height == "number" && (A = Math.min(A, N.x - N.width / 2), X = Math.max(X, N.x + N.width / 2), R = Math.min(R, N.y - N.height / 2), I = Math.max(I, N.y + N.height / 2));
      }), (!isFinite(A) || !isFinite(R) || !isFinite(X) || !isFinite(I)) && (A = R = 0, X = I = 0);
      let M = X - A, P = I - R;
      i[S] = { minX: A, minY: R, maxX: X, maxY: I, width: M, height: P, offsetX: A, offsetY: R }, b._dagreClusterSubgraph = x;
    }
  });
  let s = [], a = (S) => {
    let b = [], x = (e.children(S) || []).filter((C) => C !== S);
    for (; x.length > 0; ) {
      let C = x.shift();
      b.push(C), (e.children(C) || []).filter((O) => O !== C).forEach((O) => x.push(O));
    }
    return b;
  }, c = /* @__PURE__ */ new Map();
  o.forEach((S) => {
    let b = e.node(S);
    b && b.rankdir && i[S] && c.set(S, (e.children(S) || []).filter((x) => x !== S));
  });
  let u = new Set([...c.values()].flat()), d = /* @__PURE__ */ new Map();
  c.forEach((S, b) => {
    u.has(b) || d.set(b, a(b));
  });
  let h = new Set([...d.values()].flat()), f = (S) => {
    for (let [b, x] of d) if (x.includes(S)) return b;
    return S;
  }, g = [];
  e.edges().forEach((S) => {
    (h.has(S.v) || h.has(S.w)) && g.push({ edge: S, label: e.edge(S) });
  });
  let v = /* @__PURE__ */ new Map();
  h.forEach((S) => {
    let b = e.parent(S);
    v.set(S, typeof b == "string" ? b : void 0);
  }), d.forEach((S, b) => {
    let x = e.node(b), C = [];
    S.forEach((A) => {
      let R = e.node(A);
      R && (C.push({ id: A, node: R, parent: v.get(A) }), e.removeNode(A));
    });
    let O = g.filter(({ edge: A }) => S.includes(A.v) || S.includes(A.w)), T = i[b];
    x && (s.push({ clusterId: b, subgraph: x._dagreClusterSubgraph, bounds: T, children: S, removedNodes: C, removedEdges: O }), x.width = T.width, x.height = T.height);
  });
  let p = /* @__PURE__ */ new Set();
  g.forEach(({ edge: S, label: b }) => {
    let x = f(S.v), C = f(S.w);
    if (x !== C && e.hasNode(x) && e.hasNode(C)) {
      let O = `${x}\0${C}`;
      p.has(O) || (p.add(O), e.setEdge(x, C, { ...b, width: 0, height: 0 }));
    }
  });
  let y = Ws(e), _ = Ys(y, t, n, (r = Fs.get(e)) != null ? r : null);
  Fs.set(e, _), Xs(e, y), p.forEach((S) => {
    let b = S.indexOf("\0"), x = S.slice(0, b), C = S.slice(b + 1);
    e.hasEdge(x, C) && e.removeEdge(x, C);
  }), s.forEach(({ clusterId: S, subgraph: b, bounds: x, removedNodes: C, removedEdges: O }) => {
    var T, A;
    let R = e.node(S), X = (T = R?.x) != null ? T : 0, I = (A = R?.y) != null ? A : 0, M = (x.minX + x.maxX) / 2, P = (x.minY + x.maxY) / 2;
    C.forEach(({ id: m, node: N, parent: E }) => {
      e.setNode(m, N), E !== void 0 && e.setParent(m, E);
    }), O.forEach(({ edge: m, label: N }) => {
      e.setEdge(m, N);
    }), b.nodes().forEach((m) => {
      if (m === S) return;
      let N = b.node(m), E = e.node(m);
      E && N && typeof N.x == "number" && typeof N.y == "number" && (E.x = X + (N.x - M), E.y = I + (N.y - P));
    }), Ks(e, b, X - M, I - P), delete R._dagreClusterSubgraph;
  }), o.forEach((S) => {
    var b, x;
    let C = e.node(S), O = i[S];
    if (C && C.rankdir && C._dagreClusterSubgraph && O) {
      let T = C._dagreClusterSubgraph, A = (b = C.x) != null ? b : 0, R = (x = C.y) != null ? x : 0, X = (O.minX + O.maxX) / 2, I = (O.minY + O.maxY) / 2;
      T.nodes().forEach((M) => {
        if (M === S) return;
        let P = T.node(M), m = e.node(M);
        if (m && P && typeof P.x == "number" && typeof P.y == "number") {
          let N = P.x - X, E = P.y - I;
          m.x = A + N, m.y = R + E;
        }
      }), Ks(e, T, A - X, R - I), delete C._dagreClusterSubgraph;
    }
  });
}
function Ks(e, t, n, r) {
  t.edges().forEach((o) => {
    if (!e.hasEdge(o)) return;
    let i = t.edge(o), s = e.edge(o);
    s.points = i.points.map((a) => ({ x: a.x + n, y: a.y + r })), Object.hasOwn(i, "x") && (s.x = i.x + n, s.y = i.y + r);
  });
}
function Ys(e, t, n, r = null) {
  var o, i;
  let s = n?.useDynamic !== !1, a = s && (o = r?.graph) != null ? o : null, c = s && (i = r?.rawNodes) != null ? i : null;
  t("    makeSpaceForEdgeLabels", () => gb(e)), t("    removeSelfEdges", () => Eb(e)), t("    acyclic", () => Gm(e, a)), t("    nestingGraph.run", () => wy(e)), t("    rank", () => fy(Xl(e))), t("    injectEdgeLabelProxies", () => vb(e)), t("    removeEmptyRanks", () => Tm(e)), t("    nestingGraph.cleanup", () => Ey(e)), t("    normalizeRanks", () => zm(e)), t("    assignRankMinMax", () => pb(e)), t("    removeEdgeLabelProxies", () => mb(e)), t("    normalize.run", () => $m(e)), t("    parentDummyChains", () => py(e)), t("    addBorderSegments", () => ky(e)), t("    order", () => ic(e, n, c)), t("    insertSelfEdges", () => kb(e)), t("    adjustCoordinateSystem", () => Sy(e)), t("    position", () => ob(e, n.corePath)), t("    positionSelfEdges", () => Nb(e));
  let u = JSON.parse(JSON.stringify(e._nodes));
  return t("    removeBorderNodes", () => xb(e)), t("    normalize.undo", () => ty(e)), t("    fixupEdgeLabelCoords", () => wb(e)), t("    undoCoordinateSystem", () => Cy(e)), t("    translateGraph", () => yb(e)), t("    assignNodeIntersects", () => bb(e)), t("    reversePoints", () => _b(e)), t("    acyclic.undo", () => Qm(e)), { graph: e, rawNodes: u };
}
function Xs(e, t) {
  e.nodes().forEach((n) => {
    let r = e.node(n), o = t.node(n);
    r && (r.x = o.x, r.y = o.y, r.order = o.order, r.rank = o.rank, t.children(n).length && (r.width = o.width, r.height = o.height));
  }), e.edges().forEach((n) => {
    let r = e.edge(n), o = t.edge(n);
    r.points = o.points, Object.hasOwn(o, "x") && (r.x = o.x, r.y = o.y);
  }), e.graph().width = t.graph().width, e.graph().height = t.graph().height;
}
var ab = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"], lb = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" }, cb = ["acyclicer", "ranker", "rankdir", "align", "rankalign"], ub = ["width", "height", "rank"], Zs = { width: 0, height: 0 }, db = ["minlen", "weight", "width", "height", "labeloffset"], fb = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" }, hb = ["labelpos"];
function Ws(e) {
  let t = new Ge({ multigraph: !0, compound: !0 }), n = po(e.graph());
  return t.setGraph(Object.assign({}, lb, vo(n, ab), Mr(n, cb))), e.nodes().forEach((r) => {
    let o = po(e.node(r)), i = vo(o, ub);
    Object.keys(Zs).forEach((a) => {
      i[a] === void 0 && (i[a] = Zs[a]);
    }), t.setNode(r, i);
    let s = e.parent(r);
    s !== void 0 && t.setParent(r, s);
  }), e.edges().forEach((r) => {
    let o = po(e.edge(r));
    t.setEdge(r, Object.assign({}, fb, vo(o, db), Mr(o, hb)));
  }), t;
}
function gb(e) {
  let t = e.graph();
  t.ranksep /= 2, e.edges().forEach((n) => {
    var r;
    let o = e.edge(n);
    o.minlen *= 2, ((r = o.labelpos) != null ? r : "r").toLowerCase() !== "c" && (t.rankdir === "TB" || t.rankdir === "BT" ? o.width += o.labeloffset : o.height += o.labeloffset);
  });
}
function vb(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.width && n.height) {
      let r = e.node(t.v), o = { rank: (e.node(t.w).rank - r.rank) / 2 + r.rank, e: t };
      bn(e, "edge-proxy", o, "_ep");
    }
  });
}
function pb(e) {
  let t = 0;
  e.nodes().forEach((n) => {
    let r = e.node(n);
    r.borderTop && (r.minRank = e.node(r.borderTop).rank, r.maxRank = e.node(r.borderBottom).rank, t = Math.max(t, r.maxRank));
  }), e.graph().maxRank = t;
}
function mb(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t);
    if (n.dummy === "edge-proxy") {
      let r = n;
      e.edge(r.e).labelRank = n.rank, e.removeNode(t);
    }
  });
}
function yb(e) {
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
function bb(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) return;
    let n = e.edge(t), r = e.node(t.v), o = e.node(t.w), i, s;
    n.points ? (i = n.points[0], s = n.points[n.points.length - 1]) : (n.points = [], i = o, s = r), n.points.unshift(Os(r, i)), n.points.push(Os(o, s));
  });
}
function wb(e) {
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
function _b(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    n.reversed && n.points.reverse();
  });
}
function xb(e) {
  e.nodes().forEach((t) => {
    if (e.children(t).length) {
      let n = e.node(t), r = e.node(n.borderTop), o = e.node(n.borderBottom), i = e.node(n.borderLeft[n.borderLeft.length - 1]), s = e.node(n.borderRight[n.borderRight.length - 1]);
      n.width = Math.abs(s.x - i.x), n.height = Math.abs(o.y - r.y), n.x = i.x + n.width / 2, n.y = r.y + n.height / 2;
    }
  }), e.nodes().forEach((t) => {
    e.node(t).dummy === "border" && e.removeNode(t);
  });
}
function Eb(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) {
      let n = e.node(t.v);
      n.selfEdges || (n.selfEdges = []), n.selfEdges.push({ e: t, label: e.edge(t) }), e.removeEdge(t);
    }
  });
}
function kb(e) {
  Un(e).forEach((t) => {
    let n = 0;
    t.forEach((r, o) => {
      let i = e.node(r);
      typeof i.rank != "number" && (i.rank = 0), i.order = o + n, (i.selfEdges || []).forEach((s) => {
        bn(e, "selfedge", { width: s.label.width, height: s.label.height, rank: i.rank, order: o + ++n, e: s.e, edgeLabel: s.label }, "_se"), (!Array.isArray(s.label.points) || s.label.points.length !== 7) && (s.label.points = [{ x: 0, y: -10 }, { x: 0, y: -10 }, { x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }, { x: 0, y: 0 }]);
      }), delete i.selfEdges;
    });
  });
}
function Nb(e) {
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
function vo(e, t) {
  return Fr(Mr(e, t), Number);
}
function po(e) {
  let t = {};
  return e && Object.entries(e).forEach(([n, r]) => {
    typeof n == "string" && (n = n.toLowerCase()), t[n] = r;
  }), t;
}
function Sb(e) {
  let t = Un(e), n = new Ge({ compound: !0, multigraph: !0 }).setGraph({});
  return e.nodes().forEach((r) => {
    n.setNode(r, { label: r }), n.setParent(r, "layer" + e.node(r).rank);
  }), e.edges().forEach((r) => n.setEdge(r.v, r.w, {}, r.name)), t.forEach((r, o) => {
    let i = "layer" + o;
    n.setNode(i, { rank: "same" }), r.reduce((s, a) => (n.setEdge(s, a, { style: "invis" }), a));
  }), n;
}
var Cb = { graphlib: Rl, version: Bm, layout: sb, debug: Sb, util: { time: Rm, notime: ql } }, qs = Cb;
/*! For license information please see dagre.esm.js.LEGAL.txt */
const Mb = 236, Pb = 360, Ob = 150, Ib = 160, Ab = 18;
function lc(e) {
  return e.reduce((t, n) => t + 1 + lc(n.children), 0);
}
function cc(e) {
  if (e.type === "level") return { width: Ob, height: 58 };
  if (e.type === "output") return { width: Ib, height: 48 };
  let n = 34 + Math.max(e.inputs.length, e.outputs.length + (e.bundle ? 1 : 0), 1) * Ab + 8;
  return e.summary?.length && (n += 16 * Math.min(2, Math.ceil(e.summary.length / 2))), e.stats && (n += 16), e.message && (n += 30), e.layers && (n += 12 + 17 * Math.min(lc(e.layers), 40)), { width: e.layers ? Pb : Mb, height: n };
}
function Gs(e, t = /* @__PURE__ */ new Map()) {
  const n = new qs.graphlib.Graph({ multigraph: !0 });
  n.setGraph({ rankdir: "LR", nodesep: 26, ranksep: 64, edgesep: 14, marginx: 20, marginy: 20 }), n.setDefaultEdgeLabel(() => ({}));
  for (const o of e.nodes) {
    const i = t.get(o.id) ?? cc(o);
    n.setNode(o.id, { width: i.width, height: i.height });
  }
  for (const o of e.edges)
    n.hasNode(o.source) && n.hasNode(o.target) && n.setEdge(o.source, o.target, { width: 110, height: 18, labelpos: "c" }, o.id);
  qs.layout(n);
  const r = {};
  for (const o of n.nodes()) {
    const i = n.node(o);
    r[o] = { x: Math.round(i.x - i.width / 2), y: Math.round(i.y - i.height / 2) };
  }
  return zb(e, r), r;
}
function zb(e, t) {
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
var Tb = /* @__PURE__ */ $("<!> <!> <!>", 1), Db = /* @__PURE__ */ $('<span class="partial svelte-pj8ljn" title="only the valid part is counted">(valid part)</span>'), Lb = /* @__PURE__ */ $('<span class="ok svelte-pj8ljn">✓ valid</span>'), Rb = /* @__PURE__ */ $('<span class="bad svelte-pj8ljn"> </span>'), Hb = /* @__PURE__ */ $('<li><button class="svelte-pj8ljn"><b> </b> </button></li>'), Vb = /* @__PURE__ */ $('<li class="more svelte-pj8ljn"> </li>'), Bb = /* @__PURE__ */ $('<ul class="problems svelte-pj8ljn" data-testid="canvas-problems"><!> <!></ul>'), Fb = /* @__PURE__ */ $('<ul class="problems svelte-pj8ljn" data-testid="canvas-problems"><li> </li></ul>'), jb = /* @__PURE__ */ $('<div data-testid="canvas-totals"><span class="design svelte-pj8ljn"> </span> <span class="sep svelte-pj8ljn">·</span> <span> </span> <span class="sep svelte-pj8ljn">·</span> <span> </span> <span class="sep svelte-pj8ljn">|</span> <span><b class="svelte-pj8ljn"> </b> blocks</span> <span><b class="svelte-pj8ljn"> </b> params</span> <span><b class="svelte-pj8ljn"> </b></span> <!> <span class="sep svelte-pj8ljn">|</span> <!></div> <!>', 1), Kb = /* @__PURE__ */ $('<div data-testid="canvas-notice" role="alert"><span class="badge svelte-pj8ljn"> </span> <span class="text"> </span> <button aria-label="dismiss" class="svelte-pj8ljn">×</button></div>'), Yb = /* @__PURE__ */ $("<!> <!> <!> <!> <!>", 1), Xb = /* @__PURE__ */ $('<div class="head-canvas svelte-pj8ljn" role="application" aria-label="head canvas"><!> <div class="flow svelte-pj8ljn" role="region" aria-label="graph"><!></div></div>');
function Zb(e, t) {
  ce(t, !0);
  const n = Tl(), r = 0.8, o = { level: Kp, block: Fp, output: Xp }, i = { shape: em };
  let s = me([]), a = me([]), c = me(null), u = me(null), d, h, f = !1, g = null, v = 0, p = /* @__PURE__ */ new Map(), y = me(0), _ = null;
  const S = window;
  S.__head_canvas_mounts = (S.__head_canvas_mounts ?? 0) + 1;
  const b = S.__head_canvas_mounts;
  function x(F) {
    v += 1, F.seq = v;
    const B = `head-canvas:edit:${v}`;
    performance.mark(B), p.set(v, B), V(y, p.size, !0), t.emit("edit", F);
  }
  function C(F, B = "error") {
    V(u, { text: F, kind: B }, !0), clearTimeout(d), d = setTimeout(() => V(u, null), 8e3);
  }
  function O() {
    const F = /* @__PURE__ */ new Map();
    for (const B of l(s))
      B.measured?.width && B.measured?.height && F.set(B.id, { width: B.measured.width, height: B.measured.height });
    return F;
  }
  function T(F, B) {
    t.emit("expand", { id: F, expanded: B });
  }
  function A(F, B, se) {
    const ne = B.edges.filter((we) => we.target === F.id).map((we) => we.source).map((we) => se.get(we)).filter((we) => we !== void 0);
    if (ne.length) {
      const we = Math.max(...ne.map((Ie) => Ie.x)) + 320, Re = ne.reduce((Ie, ke) => Ie + ke.y, 0) / ne.length;
      return { x: Math.round(we), y: Math.round(Re) };
    }
    const fe = h?.getBoundingClientRect(), Se = fe ? n.screenToFlowPosition({ x: fe.left + fe.width / 2, y: fe.top + fe.height / 2 }) : { x: 0, y: 0 }, ve = cc(F);
    return {
      x: Math.round(Se.x - ve.width / 2),
      y: Math.round(Se.y - ve.height / 2)
    };
  }
  function R(F) {
    const B = F.canvas, se = new Map(l(s).map((J) => [J.id, J])), be = new Map(l(a).map((J) => [J.id, J])), ne = B.nodes.some((J) => J.position), fe = B.nodes.length === se.size && B.nodes.every((J) => se.has(J.id)), Se = ne || fe, ve = /* @__PURE__ */ new Map();
    for (const J of B.nodes) {
      const Ce = J.position ?? (Se ? se.get(J.id)?.position : void 0);
      Ce && ve.set(J.id, Ce);
    }
    const we = {}, Re = B.nodes.filter((J) => !ve.has(J.id));
    if (Re.length) {
      if (Re.length === B.nodes.length || ve.size === 0)
        Object.assign(we, Gs(B));
      else
        for (const J of Re) we[J.id] = A(J, B, ve);
      for (const [J, Ce] of Object.entries(we)) ve.set(J, Ce);
    }
    V(s, B.nodes.map((J) => {
      const Ce = se.get(J.id);
      return {
        id: J.id,
        type: J.type,
        position: ve.get(J.id) ?? { x: 0, y: 0 },
        data: { node: J, expand: T, editable: t.editable },
        selected: Ce?.selected ?? !1,
        deletable: t.editable && J.type !== "level",
        connectable: t.editable,
        measured: Ce?.measured,
        // An expanded block grows over its neighbours; it stays on top (above a selection).
        zIndex: J.layers ? 2e3 : 0,
        class: `kind-${J.type}`
      };
    }));
    const Ie = /* @__PURE__ */ new Map(), ke = /* @__PURE__ */ new Map();
    for (const J of B.edges)
      Ie.set(J.target, (Ie.get(J.target) ?? 0) + 1), ke.set(J.source, (ke.get(J.source) ?? 0) + 1);
    const Gt = (J) => (Ie.get(J.target) ?? 0) > 1 ? 0.28 : (ke.get(J.source) ?? 0) > 1 ? 0.72 : 0.5;
    V(a, B.edges.map((J) => ({
      id: J.id,
      source: J.source,
      target: J.target,
      sourceHandle: J.source_handle,
      targetHandle: J.target_handle,
      type: "shape",
      selected: be.get(J.id)?.selected ?? !1,
      deletable: t.editable,
      data: {
        label: J.label,
        color: J.color,
        error: J.error,
        waiting: J.waiting,
        ref: J.ref,
        label_t: Gt(J)
      },
      class: J.error ? "bad-edge" : void 0
    }))), V(c, B), F.notice && C(F.notice, F.notice_kind === "info" ? "info" : "error"), t.editable && Object.keys(we).length && t.emit("edit", { op: "move", positions: we, auto: !0 }), f || (f = !0, ir().then(() => requestAnimationFrame(() => X())));
    const Ke = F.answered;
    if (Ke != null && p.has(Ke)) {
      const J = p.get(Ke);
      p.delete(Ke), V(y, p.size, !0), ir().then(() => requestAnimationFrame(() => {
        const Ce = `head-canvas:painted:${Ke}`;
        performance.mark(Ce), performance.measure("head-canvas:edit", J, Ce);
      }));
    }
  }
  Le(() => {
    t.payload && t.payload !== _ && (_ = t.payload, R(t.payload));
  });
  function X() {
    const F = h?.querySelector(".svelte-flow")?.getBoundingClientRect();
    if (!F || !l(s).length) return;
    const B = n.getNodesBounds(l(s)), se = 24, be = Math.min((F.width - 2 * se) / B.width, (F.height - 2 * se) / B.height), ne = Math.max(r, Math.min(1, be)), fe = be >= r ? (F.width - B.width * ne) / 2 - B.x * ne : se - B.x * ne, Se = Math.max(se - B.y * ne, (F.height - B.height * ne) / 2 - B.y * ne);
    n.setViewport({ x: fe, y: Se, zoom: ne });
  }
  function I(F, B) {
    if (!F || !F.startsWith(B)) return null;
    const se = F.slice(B.length);
    return /^\d+$/.test(se) ? Number(se) : null;
  }
  function M(F) {
    return l(c) ? (g = om(l(c), F), g === null) : !1;
  }
  function P(F) {
    x({
      op: "connect",
      source: F.source,
      port: I(F.sourceHandle, "o:"),
      target: F.target,
      slot: I(F.targetHandle, "i:")
    });
  }
  function m(F, B) {
    B.toHandle && B.isValid === !1 && g && C(g);
  }
  async function N({ nodes: F, edges: B }) {
    const se = F.map((fe) => fe.id).filter((fe) => !fe.startsWith("in:")), be = new Set(se), ne = B.filter((fe) => fe.selected && !be.has(fe.source) && !be.has(fe.target)).map((fe) => fe.id);
    return (se.length || ne.length) && x({ op: "delete", nodes: se, edges: ne }), !1;
  }
  function E({ nodes: F }) {
    const B = {};
    for (const se of F) B[se.id] = { x: Math.round(se.position.x), y: Math.round(se.position.y) };
    Object.keys(B).length && x({ op: "move", positions: B });
  }
  function k({ node: F }) {
    const B = F.data.node;
    t.emit("select", {
      index: B.id,
      value: { id: B.id, name: B.name, type: B.type, block: B.block ?? null },
      selected: !0
    });
  }
  function z(F, B) {
    if (!t.editable) return;
    const se = { x: Math.round(B.x), y: Math.round(B.y) };
    x(F ? { op: "add", block: F, position: se } : { op: "add_output", position: se });
  }
  function D(F) {
    const B = F.dataTransfer?.getData("application/x-head-block");
    if (!B) return;
    F.preventDefault();
    const se = n.screenToFlowPosition({ x: F.clientX, y: F.clientY });
    z(B === "__output__" ? null : B, { x: se.x - 20, y: se.y - 14 });
  }
  function L(F) {
    F.dataTransfer?.types.includes("application/x-head-block") && (F.preventDefault(), F.dataTransfer.dropEffect = "copy");
  }
  function j(F) {
    const B = h.querySelector(".svelte-flow").getBoundingClientRect(), se = n.screenToFlowPosition({ x: B.left + B.width / 2, y: B.top + B.height / 2 });
    z(F, { x: se.x - 118, y: se.y - 40 });
  }
  function G() {
    l(c) && (x({ op: "move", positions: Gs(l(c), O()) }), ir().then(() => setTimeout(() => n.fitView({ padding: 0.08, duration: 200 }), 60)));
  }
  let q = !1;
  function W(F) {
    q = !!h && h.contains(F.target);
  }
  function oe(F) {
    const B = F.target;
    if (!(!!h && h.contains(B)) && !(q && (B === document.body || B === null)) || B?.closest?.("input, textarea, select, [contenteditable]") || !(F.ctrlKey || F.metaKey)) return;
    const ne = F.key.toLowerCase();
    ne === "z" && !F.shiftKey ? (F.preventDefault(), t.emit("undo")) : (ne === "z" && F.shiftKey || ne === "y") && (F.preventDefault(), t.emit("redo"));
  }
  function ee(F) {
    const B = F.includes("/") ? F.split("/")[0] : F, se = l(s).find((be) => be.id === B);
    se && n.fitView({
      nodes: [{ id: se.id }],
      padding: 0.6,
      duration: 250,
      maxZoom: 1.2
    });
  }
  const Q = w(() => l(c)?.errors ?? []);
  var te = Xb();
  Ze("pointerdown", Te, W), Ze("keydown", Te, oe);
  let ge;
  var pe = K(te);
  {
    var de = (F) => {
      {
        let B = w(() => l(c)?.task ?? "");
        Qp(F, {
          get entries() {
            return t.palette;
          },
          get task() {
            return l(B);
          },
          onadd: j
        });
      }
    };
    ae(pe, (F) => {
      t.editable && F(de);
    });
  }
  var Ee = Z(pe, 2), ye = K(Ee);
  {
    let F = w(() => t.editable ? ["Delete", "Backspace"] : null);
    Yv(ye, {
      get nodeTypes() {
        return o;
      },
      get edgeTypes() {
        return i;
      },
      minZoom: 0.1,
      maxZoom: 2.5,
      get deleteKey() {
        return l(F);
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
      isValidConnection: M,
      onconnect: P,
      onconnectend: m,
      onbeforedelete: N,
      onnodedragstop: E,
      onnodeclick: k,
      proOptions: { hideAttribution: !0 },
      defaultEdgeOptions: { type: "shape" },
      get nodes() {
        return l(s);
      },
      set nodes(B) {
        V(s, B);
      },
      get edges() {
        return l(a);
      },
      set edges(B) {
        V(a, B);
      },
      children: (B, se) => {
        var be = Yb(), ne = he(be);
        fp(ne, {
          gap: 18,
          size: 1.2,
          bgColor: "#f7f9fa",
          patternColor: "#d5dde2"
        });
        var fe = Z(ne, 2);
        ip(fe, {
          position: "bottom-left",
          showLock: !1,
          children: (ke, Gt) => {
            var Ke = xe(), J = he(Ke);
            {
              var Ce = (pt) => {
                var mt = Tb(), Ut = he(mt);
                Dt(Ut, {
                  onclick: () => t.emit("undo"),
                  title: "undo (ctrl-z)",
                  "aria-label": "undo",
                  children: (yt, Qn) => {
                    var bt = sr("↶");
                    H(yt, bt);
                  },
                  $$slots: { default: !0 }
                });
                var It = Z(Ut, 2);
                Dt(It, {
                  onclick: () => t.emit("redo"),
                  title: "redo (ctrl-shift-z)",
                  "aria-label": "redo",
                  children: (yt, Qn) => {
                    var bt = sr("↷");
                    H(yt, bt);
                  },
                  $$slots: { default: !0 }
                });
                var Kr = Z(It, 2);
                Dt(Kr, {
                  onclick: G,
                  title: "lay the graph out again",
                  "aria-label": "auto-layout",
                  children: (yt, Qn) => {
                    var bt = sr("⇶");
                    H(yt, bt);
                  },
                  $$slots: { default: !0 }
                }), H(pt, mt);
              };
              ae(J, (pt) => {
                t.editable && pt(Ce);
              });
            }
            H(ke, Ke);
          },
          $$slots: { default: !0 }
        });
        var Se = Z(fe, 2);
        wp(Se, {
          position: "bottom-right",
          pannable: !0,
          zoomable: !0,
          width: 170,
          height: 110,
          nodeColor: (ke) => ke.data.node.status === "error" ? "#ef9a9a" : ke.data.node.fill,
          nodeStrokeColor: (ke) => ke.data.node.border,
          nodeStrokeWidth: 3
        });
        var ve = Z(Se, 2);
        {
          var we = (ke) => {
            Rn(ke, {
              position: "top-right",
              children: (Gt, Ke) => {
                var J = jb(), Ce = he(J);
                let pt;
                var mt = K(Ce), Ut = K(mt), It = Z(mt, 4), Kr = K(It), yt = Z(It, 4), Qn = K(yt), bt = Z(yt, 4), uc = K(bt), dc = K(uc), xi = Z(bt, 2), fc = K(xi), hc = K(fc), Ei = Z(xi, 2), gc = K(Ei), vc = K(gc), ki = Z(Ei, 2);
                {
                  var pc = (Pe) => {
                    var He = Db();
                    H(Pe, He);
                  };
                  ae(ki, (Pe) => {
                    l(c).totals.partial && Pe(pc);
                  });
                }
                var mc = Z(ki, 4);
                {
                  var yc = (Pe) => {
                    var He = Lb();
                    H(Pe, He);
                  }, bc = (Pe) => {
                    var He = Rb(), Qt = K(He);
                    re(
                      (wn) => {
                        U(He, "title", l(c).message), ie(Qt, `⚠ ${wn ?? ""} problem${l(Q).length > 1 ? "s" : ""}`);
                      },
                      [() => Math.max(l(Q).length, 1)]
                    ), H(Pe, He);
                  };
                  ae(mc, (Pe) => {
                    l(c).valid ? Pe(yc) : Pe(bc, !1);
                  });
                }
                var wc = Z(Ce, 2);
                {
                  var _c = (Pe) => {
                    var He = Bb(), Qt = K(He);
                    nt(Qt, 17, () => l(Q).slice(0, 4), (Ue) => Ue.id, (Ue, st) => {
                      var Jt = Hb(), Yr = K(Jt);
                      Yr.__click = () => ee(l(st).id);
                      var Ni = K(Yr), Ec = K(Ni), kc = Z(Ni);
                      re(() => {
                        U(Yr, "title", l(st).message), ie(Ec, l(st).id), ie(kc, ` ${l(st).message ?? ""}`);
                      }), H(Ue, Jt);
                    });
                    var wn = Z(Qt, 2);
                    {
                      var _n = (Ue) => {
                        var st = Vb(), Jt = K(st);
                        re(() => ie(Jt, `and ${l(Q).length - 4} more`)), H(Ue, st);
                      };
                      ae(wn, (Ue) => {
                        l(Q).length > 4 && Ue(_n);
                      });
                    }
                    H(Pe, He);
                  }, xc = (Pe) => {
                    var He = xe(), Qt = he(He);
                    {
                      var wn = (_n) => {
                        var Ue = Fb(), st = K(Ue), Jt = K(st);
                        re(() => ie(Jt, l(c).message)), H(_n, Ue);
                      };
                      ae(
                        Qt,
                        (_n) => {
                          !l(c).valid && l(c).message && _n(wn);
                        },
                        !0
                      );
                    }
                    H(Pe, He);
                  };
                  ae(wc, (Pe) => {
                    !l(c).valid && l(Q).length ? Pe(_c) : Pe(xc, !1);
                  });
                }
                re(() => {
                  pt = Oe(Ce, 1, "totals svelte-pj8ljn", null, pt, { invalid: !l(c).valid }), ie(Ut, l(c).name || "design"), ie(Kr, l(c).task), ie(Qn, `${l(c).image_size[0] ?? ""}×${l(c).image_size[1] ?? ""}`), ie(dc, l(c).totals.nodes), ie(hc, l(c).totals.params_text), ie(vc, l(c).totals.flops_text);
                }), H(Gt, J);
              },
              $$slots: { default: !0 }
            });
          };
          ae(ve, (ke) => {
            l(c) && ke(we);
          });
        }
        var Re = Z(ve, 2);
        {
          var Ie = (ke) => {
            Rn(ke, {
              position: "bottom-center",
              children: (Gt, Ke) => {
                var J = Kb(), Ce = K(J), pt = K(Ce), mt = Z(Ce, 2), Ut = K(mt), It = Z(mt, 2);
                It.__click = () => V(u, null), re(() => {
                  Oe(J, 1, `notice ${l(u).kind ?? ""}`, "svelte-pj8ljn"), ie(pt, l(u).kind === "error" ? "!" : "i"), ie(Ut, l(u).text);
                }), H(Gt, J);
              },
              $$slots: { default: !0 }
            });
          };
          ae(Re, (ke) => {
            l(u) && ke(Ie);
          });
        }
        H(B, be);
      },
      $$slots: { default: !0 }
    });
  }
  mn(te, (F) => h = F, () => h), re(() => {
    U(te, "data-mount", b), U(te, "data-pending", l(y) || void 0), ge = _e(te, "", ge, { height: `${t.height ?? ""}px` });
  }), Ze("drop", Ee, D), Ze("dragover", Ee, L), H(e, te), ue();
}
Wt(["click"]);
var Wb = /* @__PURE__ */ $('<span class="label svelte-49zqag"> </span>'), qb = /* @__PURE__ */ $('<div data-testid="head-canvas"><!> <!></div>');
function Ub(e, t) {
  ce(t, !0);
  const n = /* @__PURE__ */ gt(t, ["$$slots", "$$events", "$$legacy"]), r = new Cp(n);
  function o(d, h) {
    r.dispatch(d, h);
  }
  var i = qb();
  let s;
  var a = K(i);
  {
    var c = (d) => {
      var h = Wb(), f = K(h);
      re(() => ie(f, r.shared.label)), H(d, h);
    };
    ae(a, (d) => {
      r.shared.show_label && r.shared.label && d(c);
    });
  }
  var u = Z(a, 2);
  Xv(u, {
    children: (d, h) => {
      {
        let f = w(() => r.props.palette ?? []), g = w(() => r.shared.interactive !== !1), v = w(() => r.props.height ?? 640);
        Zb(d, {
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
    s = Oe(i, 1, "head-canvas-block svelte-49zqag", null, s, {
      hidden: r.shared.visible === !1,
      "hidden-block": r.shared.visible === "hidden"
    }), U(i, "id", r.shared.elem_id || void 0);
  }), H(e, i), ue();
}
export {
  Ub as default
};
