import { D as Ve, i as Vo, g as ea, o as Pc, c as Bt, a as Lt, b as Oc, d as ta, T as na, e as Ic, f as kt, r as Bo, h as Ft, p as Fo, j as Yt, m as Ac, s as ra, k as Ar, E as jo, l as zc, n as Yn, q as c, t as Oi, u as oa, v as ia, w as Ko, x as Tc, y as Dc, z as Lc, A as Ii, B as Rc, C as dt, I as qr, F as sa, G as Hc, H as Vc, J as Bc, K as Qt, L as Le, M as aa, N as Fc, O as la, P as jc, Q as Kc, R as Yc, S as Xc, U as Zc, V as Wc, W as qc, X as Pt, Y as Gc, Z as Uc, _ as Qc, $ as Jc, a0 as $c, a1 as eu, a2 as tu, a3 as ca, a4 as Ai, a5 as Pn, a6 as nu, a7 as Yo, a8 as ru, a9 as ua, aa as zi, ab as Re, ac as ou, ad as da, ae as Ot, af as iu, ag as wo, ah as su, ai as au, aj as un, ak as j, al as lu, am as cu, an as uu, ao as du, ap as fu, aq as fa, ar as Sn, as as hu, at as gu, au as vu, av as Xo, aw as Zo, ax as ue, ay as de, az as _, aA as X, aB as Xn, aC as ge, aD as oe, aE as G, aF as ie, aG as ha, aH as ve, aI as ga, aJ as _o, aK as Zn, aL as Be, aM as Te, aN as pu, aO as De, aP as mu, aQ as yu } from "./svelte_runtime_entry-CVaAXr-z.js";
var bu = "font-weight: bold", wu = "font-weight: normal";
function Ti(e) {
  Ve ? console.warn(
    `%c[svelte] state_snapshot_uncloneable
%c${e ? `The following properties cannot be cloned with \`$state.snapshot\` — the return value contains the originals:

${e}` : "Value cannot be cloned with `$state.snapshot` — the original value was returned"}
https://svelte.dev/e/state_snapshot_uncloneable`,
    bu,
    wu
  ) : console.warn("https://svelte.dev/e/state_snapshot_uncloneable");
}
const _u = [];
function Wo(e, t = !1, n = !1) {
  if (Ve && !t) {
    const r = [], o = Tn(e, /* @__PURE__ */ new Map(), "", r, null, n);
    if (r.length === 1 && r[0] === "")
      Ti();
    else if (r.length > 0) {
      const i = r.length > 10 ? r.slice(0, 7) : r.slice(0, 10), s = r.length - i.length;
      let a = i.map((l) => `- <value>${l}`).join(`
`);
      s > 0 && (a += `
- ...and ${s} more`), Ti(a);
    }
    return o;
  }
  return Tn(e, /* @__PURE__ */ new Map(), "", _u, null, n);
}
function Tn(e, t, n, r, o = null, i = !1) {
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
    if (Vo(e)) {
      var a = (
        /** @type {Snapshot<any>} */
        Array(e.length)
      );
      t.set(e, a), o !== null && t.set(o, a);
      for (var l = 0; l < e.length; l += 1) {
        var u = e[l];
        l in e && (a[l] = Tn(u, t, Ve ? `${n}[${l}]` : n, r, null, i));
      }
      return a;
    }
    if (ea(e) === Pc) {
      a = {}, t.set(e, a), o !== null && t.set(o, a);
      for (var d in e)
        a[d] = Tn(
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
      return Tn(
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
function va(e) {
  var t = document.createElement("template");
  return t.innerHTML = e.replaceAll("<!>", "<!---->"), t.content;
}
function dn(e, t) {
  var n = (
    /** @type {Effect} */
    ta
  );
  n.nodes === null && (n.nodes = { start: e, end: t, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function $(e, t) {
  var n = (t & na) !== 0, r = (t & Ic) !== 0, o, i = !e.startsWith("<!>");
  return () => {
    o === void 0 && (o = va(i ? e : "<!>" + e), n || (o = /** @type {TemplateNode} */
    Lt(o)));
    var s = (
      /** @type {TemplateNode} */
      r || Oc ? document.importNode(o, !0) : o.cloneNode(!0)
    );
    if (n) {
      var a = (
        /** @type {TemplateNode} */
        Lt(s)
      ), l = (
        /** @type {TemplateNode} */
        s.lastChild
      );
      dn(a, l);
    } else
      dn(s, s);
    return s;
  };
}
// @__NO_SIDE_EFFECTS__
function xu(e, t, n = "svg") {
  var r = !e.startsWith("<!>"), o = (t & na) !== 0, i = `<${n}>${r ? e : "<!>" + e}</${n}>`, s;
  return () => {
    if (!s) {
      var a = (
        /** @type {DocumentFragment} */
        va(i)
      ), l = (
        /** @type {Element} */
        Lt(a)
      );
      if (o)
        for (s = document.createDocumentFragment(); Lt(l); )
          s.appendChild(
            /** @type {TemplateNode} */
            Lt(l)
          );
      else
        s = /** @type {Element} */
        Lt(l);
    }
    var u = (
      /** @type {TemplateNode} */
      s.cloneNode(!0)
    );
    if (o) {
      var d = (
        /** @type {TemplateNode} */
        Lt(u)
      ), h = (
        /** @type {TemplateNode} */
        u.lastChild
      );
      dn(d, h);
    } else
      dn(u, u);
    return u;
  };
}
// @__NO_SIDE_EFFECTS__
function Ee(e, t) {
  return /* @__PURE__ */ xu(e, t, "svg");
}
function cr(e = "") {
  {
    var t = Bt(e + "");
    return dn(t, t), t;
  }
}
function _e() {
  var e = document.createDocumentFragment(), t = document.createComment(""), n = Bt();
  return e.append(t, n), dn(t, n), e;
}
function H(e, t) {
  e !== null && e.before(
    /** @type {Node} */
    t
  );
}
class qo {
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
      kt
    );
    if (this.#e.has(t)) {
      var n = (
        /** @type {Key} */
        this.#e.get(t)
      ), r = this.#t.get(n);
      if (r)
        Bo(r), this.#r.delete(n);
      else {
        var o = this.#n.get(n);
        o && (this.#t.set(n, o.effect), this.#n.delete(n), o.fragment.lastChild.remove(), this.anchor.before(o.fragment), r = o.effect);
      }
      for (const [i, s] of this.#e) {
        if (this.#e.delete(i), i === t)
          break;
        const a = this.#n.get(s);
        a && (Ft(a.effect), this.#n.delete(s));
      }
      for (const [i, s] of this.#t) {
        if (i === n || this.#r.has(i)) continue;
        const a = () => {
          if (Array.from(this.#e.values()).includes(i)) {
            var u = document.createDocumentFragment();
            Ac(s, u), u.append(Bt()), this.#n.set(i, { effect: s, fragment: u });
          } else
            Ft(s);
          this.#r.delete(i), this.#t.delete(i);
        };
        this.#o || !r ? (this.#r.add(i), Fo(s, a, !1)) : a();
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
      n.includes(r) || (Ft(o.effect), this.#n.delete(r));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(t, n) {
    var r = (
      /** @type {Batch} */
      kt
    ), o = ra();
    if (n && !this.#t.has(t) && !this.#n.has(t))
      if (o) {
        var i = document.createDocumentFragment(), s = Bt();
        i.append(s), this.#n.set(t, {
          effect: Yt(() => n(s)),
          fragment: i
        });
      } else
        this.#t.set(
          t,
          Yt(() => n(this.anchor))
        );
    if (this.#e.set(r, t), o) {
      for (const [a, l] of this.#t)
        a === t ? r.skipped_effects.delete(l) : r.skipped_effects.add(l);
      for (const [a, l] of this.#n)
        a === t ? r.skipped_effects.delete(l.effect) : r.skipped_effects.add(l.effect);
      r.oncommit(this.#i), r.ondiscard(this.#s);
    } else
      this.#i();
  }
}
function Fe(e, t, ...n) {
  var r = new qo(e);
  Ar(() => {
    const o = t() ?? null;
    Ve && o == null && zc(), r.ensure(o, o && ((i) => o(i, ...n)));
  }, jo);
}
function se(e, t, n = !1) {
  var r = new qo(e), o = n ? jo : 0;
  function i(s, a) {
    r.ensure(s, a);
  }
  Ar(() => {
    var s = !1;
    t((a, l = !0) => {
      s = !0, i(l, a);
    }), s || i(!1, null);
  }, o);
}
function Eu(e, t) {
  Yn(() => {
    var n = t();
    for (var r in n) {
      var o = n[r];
      o ? e.style.setProperty(r, o) : e.style.removeProperty(r);
    }
  });
}
function ku(e, t, n) {
  for (var r = [], o = t.length, i, s = t.length, a = 0; a < o; a++) {
    let h = t[a];
    Fo(
      h,
      () => {
        if (i) {
          if (i.pending.delete(h), i.done.add(h), i.pending.size === 0) {
            var f = (
              /** @type {Set<EachOutroGroup>} */
              e.outrogroups
            );
            xo(Ko(i.done)), f.delete(i), f.size === 0 && (e.outrogroups = null);
          }
        } else
          s -= 1;
      },
      !1
    );
  }
  if (s === 0) {
    var l = r.length === 0 && n !== null;
    if (l) {
      var u = (
        /** @type {Element} */
        n
      ), d = (
        /** @type {Element} */
        u.parentNode
      );
      Vc(d), d.append(u), e.items.clear();
    }
    xo(t, !l);
  } else
    i = {
      pending: new Set(t),
      done: /* @__PURE__ */ new Set()
    }, (e.outrogroups ??= /* @__PURE__ */ new Set()).add(i);
}
function xo(e, t = !0) {
  for (var n = 0; n < e.length; n++)
    Ft(e[n], t);
}
var Di;
function rt(e, t, n, r, o, i = null) {
  var s = e, a = /* @__PURE__ */ new Map(), l = (t & oa) !== 0;
  if (l) {
    var u = (
      /** @type {Element} */
      e
    );
    s = u.appendChild(Bt());
  }
  var d = null, h = ia(() => {
    var w = n();
    return Vo(w) ? w : w == null ? [] : Ko(w);
  }), f, g = !0;
  function v() {
    y.fallback = d, Nu(y, f, s, t, r), d !== null && (f.length === 0 ? (d.f & dt) === 0 ? Bo(d) : (d.f ^= dt, On(d, null, s)) : Fo(d, () => {
      d = null;
    }));
  }
  var p = Ar(() => {
    f = /** @type {V[]} */
    c(h);
    for (var w = f.length, C = /* @__PURE__ */ new Set(), b = (
      /** @type {Batch} */
      kt
    ), x = ra(), S = 0; S < w; S += 1) {
      var O = f[S], z = r(O, S), A = g ? null : a.get(z);
      A ? (A.v && Oi(A.v, O), A.i && Oi(A.i, S), x && b.skipped_effects.delete(A.e)) : (A = Su(
        a,
        g ? s : Di ??= Bt(),
        O,
        z,
        S,
        o,
        t,
        n
      ), g || (A.e.f |= dt), a.set(z, A)), C.add(z);
    }
    if (w === 0 && i && !d && (g ? d = Yt(() => i(s)) : (d = Yt(() => i(Di ??= Bt())), d.f |= dt)), !g)
      if (x) {
        for (const [V, Z] of a)
          C.has(V) || b.skipped_effects.add(Z.e);
        b.oncommit(v), b.ondiscard(() => {
        });
      } else
        v();
    c(h);
  }), y = { effect: p, items: a, outrogroups: null, fallback: d };
  g = !1;
}
function Nu(e, t, n, r, o) {
  var i = (r & Hc) !== 0, s = t.length, a = e.items, l = e.effect.first, u, d = null, h, f = [], g = [], v, p, y, w;
  if (i)
    for (w = 0; w < s; w += 1)
      v = t[w], p = o(v, w), y = /** @type {EachItem} */
      a.get(p).e, (y.f & dt) === 0 && (y.nodes?.a?.measure(), (h ??= /* @__PURE__ */ new Set()).add(y));
  for (w = 0; w < s; w += 1) {
    if (v = t[w], p = o(v, w), y = /** @type {EachItem} */
    a.get(p).e, e.outrogroups !== null)
      for (const Z of e.outrogroups)
        Z.pending.delete(y), Z.done.delete(y);
    if ((y.f & dt) !== 0)
      if (y.f ^= dt, y === l)
        On(y, null, n);
      else {
        var C = d ? d.next : l;
        y === e.effect.last && (e.effect.last = y.prev), y.prev && (y.prev.next = y.next), y.next && (y.next.prev = y.prev), xt(e, d, y), xt(e, y, C), On(y, C, n), d = y, f = [], g = [], l = d.next;
        continue;
      }
    if ((y.f & qr) !== 0 && (Bo(y), i && (y.nodes?.a?.unfix(), (h ??= /* @__PURE__ */ new Set()).delete(y))), y !== l) {
      if (u !== void 0 && u.has(y)) {
        if (f.length < g.length) {
          var b = g[0], x;
          d = b.prev;
          var S = f[0], O = f[f.length - 1];
          for (x = 0; x < f.length; x += 1)
            On(f[x], b, n);
          for (x = 0; x < g.length; x += 1)
            u.delete(g[x]);
          xt(e, S.prev, O.next), xt(e, d, S), xt(e, O, b), l = b, d = O, w -= 1, f = [], g = [];
        } else
          u.delete(y), On(y, l, n), xt(e, y.prev, y.next), xt(e, y, d === null ? e.effect.first : d.next), xt(e, d, y), d = y;
        continue;
      }
      for (f = [], g = []; l !== null && l !== y; )
        (u ??= /* @__PURE__ */ new Set()).add(l), g.push(l), l = l.next;
      if (l === null)
        continue;
    }
    (y.f & dt) === 0 && f.push(y), d = y, l = y.next;
  }
  if (e.outrogroups !== null) {
    for (const Z of e.outrogroups)
      Z.pending.size === 0 && (xo(Ko(Z.done)), e.outrogroups?.delete(Z));
    e.outrogroups.size === 0 && (e.outrogroups = null);
  }
  if (l !== null || u !== void 0) {
    var z = [];
    if (u !== void 0)
      for (y of u)
        (y.f & qr) === 0 && z.push(y);
    for (; l !== null; )
      (l.f & qr) === 0 && l !== e.fallback && z.push(l), l = l.next;
    var A = z.length;
    if (A > 0) {
      var V = (r & oa) !== 0 && s === 0 ? n : null;
      if (i) {
        for (w = 0; w < A; w += 1)
          z[w].nodes?.a?.measure();
        for (w = 0; w < A; w += 1)
          z[w].nodes?.a?.fix();
      }
      ku(e, z, V);
    }
  }
  i && sa(() => {
    if (h !== void 0)
      for (y of h)
        y.nodes?.a?.apply();
  });
}
function Su(e, t, n, r, o, i, s, a) {
  var l = (s & Tc) !== 0 ? (s & Dc) === 0 ? Lc(n, !1, !1) : Ii(n) : null, u = (s & Rc) !== 0 ? Ii(o) : null;
  return Ve && l && (l.trace = () => {
    a()[u?.v ?? o];
  }), {
    v: l,
    i: u,
    e: Yt(() => (i(t, l ?? n, u ?? o, a), () => {
      e.delete(r);
    }))
  };
}
function On(e, t, n) {
  if (e.nodes)
    for (var r = e.nodes.start, o = e.nodes.end, i = t && (t.f & dt) === 0 ? (
      /** @type {EffectNodes} */
      t.nodes.start
    ) : n; r !== null; ) {
      var s = (
        /** @type {TemplateNode} */
        Bc(r)
      );
      if (i.before(r), r === o)
        return;
      r = s;
    }
}
function xt(e, t, n) {
  t === null ? e.effect.first = n : t.next = n, n === null ? e.effect.last = t : n.prev = t;
}
function zr(e, t, n) {
  var r = new qo(e);
  Ar(() => {
    var o = t() ?? null;
    r.ensure(o, o && ((i) => n(i, o)));
  }, jo);
}
function Oe(e, t, n) {
  Qt(() => {
    var r = Le(() => t(e, n?.()) || {});
    if (n && r?.update) {
      var o = !1, i = (
        /** @type {any} */
        {}
      );
      Yn(() => {
        var s = n();
        aa(s), o && Fc(i, s) && (i = s, r.update(s));
      }), o = !0;
    }
    if (r?.destroy)
      return () => (
        /** @type {Function} */
        r.destroy()
      );
  });
}
function Cu(e, t) {
  var n = void 0, r;
  la(() => {
    n !== (n = t()) && (r && (Ft(r), r = null), n && (r = Yt(() => {
      Qt(() => (
        /** @type {(node: Element) => void} */
        n(e)
      ));
    })));
  });
}
function pa(e) {
  var t, n, r = "";
  if (typeof e == "string" || typeof e == "number") r += e;
  else if (typeof e == "object") if (Array.isArray(e)) {
    var o = e.length;
    for (t = 0; t < o; t++) e[t] && (n = pa(e[t])) && (r && (r += " "), r += n);
  } else for (n in e) e[n] && (r && (r += " "), r += n);
  return r;
}
function Mu() {
  for (var e, t, n = 0, r = "", o = arguments.length; n < o; n++) (e = arguments[n]) && (t = pa(e)) && (r && (r += " "), r += t);
  return r;
}
function It(e) {
  return typeof e == "object" ? Mu(e) : e ?? "";
}
const Li = [...` 	
\r\f \v\uFEFF`];
function Pu(e, t, n) {
  var r = e == null ? "" : "" + e;
  if (t && (r = r ? r + " " + t : t), n) {
    for (var o in n)
      if (n[o])
        r = r ? r + " " + o : o;
      else if (r.length)
        for (var i = o.length, s = 0; (s = r.indexOf(o, s)) >= 0; ) {
          var a = s + i;
          (s === 0 || Li.includes(r[s - 1])) && (a === r.length || Li.includes(r[a])) ? r = (s === 0 ? "" : r.substring(0, s)) + r.substring(a + 1) : s = a;
        }
  }
  return r === "" ? null : r;
}
function Ri(e, t = !1) {
  var n = t ? " !important;" : ";", r = "";
  for (var o in e) {
    var i = e[o];
    i != null && i !== "" && (r += " " + o + ": " + i + n);
  }
  return r;
}
function Gr(e) {
  return e[0] !== "-" || e[1] !== "-" ? e.toLowerCase() : e;
}
function Ou(e, t) {
  if (t) {
    var n = "", r, o;
    if (Array.isArray(t) ? (r = t[0], o = t[1]) : r = t, e) {
      e = String(e).replaceAll(/\s*\/\*.*?\*\/\s*/g, "").trim();
      var i = !1, s = 0, a = !1, l = [];
      r && l.push(...Object.keys(r).map(Gr)), o && l.push(...Object.keys(o).map(Gr));
      var u = 0, d = -1;
      const p = e.length;
      for (var h = 0; h < p; h++) {
        var f = e[h];
        if (a ? f === "/" && e[h - 1] === "*" && (a = !1) : i ? i === f && (i = !1) : f === "/" && e[h + 1] === "*" ? a = !0 : f === '"' || f === "'" ? i = f : f === "(" ? s++ : f === ")" && s--, !a && i === !1 && s === 0) {
          if (f === ":" && d === -1)
            d = h;
          else if (f === ";" || h === p - 1) {
            if (d !== -1) {
              var g = Gr(e.substring(u, d).trim());
              if (!l.includes(g)) {
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
    return r && (n += Ri(r)), o && (n += Ri(o, !0)), n = n.trim(), n === "" ? null : n;
  }
  return e == null ? null : String(e);
}
function Ie(e, t, n, r, o, i) {
  var s = e.__className;
  if (s !== n || s === void 0) {
    var a = Pu(n, r, i);
    a == null ? e.removeAttribute("class") : t ? e.className = a : e.setAttribute("class", a), e.__className = n;
  } else if (i && o !== i)
    for (var l in i) {
      var u = !!i[l];
      (o == null || u !== !!o[l]) && e.classList.toggle(l, u);
    }
  return i;
}
function Ur(e, t = {}, n, r) {
  for (var o in n) {
    var i = n[o];
    t[o] !== i && (n[o] == null ? e.style.removeProperty(o) : e.style.setProperty(o, i, r));
  }
}
function we(e, t, n, r) {
  var o = e.__style;
  if (o !== t) {
    var i = Ou(t, r);
    i == null ? e.removeAttribute("style") : e.style.cssText = i, e.__style = t;
  } else r && (Array.isArray(r) ? (Ur(e, n?.[0], r[0]), Ur(e, n?.[1], r[1], "important")) : Ur(e, n, r));
  return r;
}
function Eo(e, t, n = !1) {
  if (e.multiple) {
    if (t == null)
      return;
    if (!Vo(t))
      return jc();
    for (var r of e.options)
      r.selected = t.includes(Hi(r));
    return;
  }
  for (r of e.options) {
    var o = Hi(r);
    if (Kc(o, t)) {
      r.selected = !0;
      return;
    }
  }
  (!n || t !== void 0) && (e.selectedIndex = -1);
}
function Iu(e) {
  var t = new MutationObserver(() => {
    Eo(e, e.__value);
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
  }), Yc(() => {
    t.disconnect();
  });
}
function Hi(e) {
  return "__value" in e ? e.__value : e.value;
}
const Nt = Symbol("class"), ut = Symbol("style"), ma = Symbol("is custom element"), ya = Symbol("is html");
function Au(e, t) {
  t ? e.hasAttribute("selected") || e.setAttribute("selected", "") : e.removeAttribute("selected");
}
function U(e, t, n, r) {
  var o = ba(e);
  o[t] !== (o[t] = n) && (t === "loading" && (e[$c] = n), n == null ? e.removeAttribute(t) : typeof n != "string" && wa(e).includes(t) ? e[t] = n : e.setAttribute(t, n));
}
function zu(e, t, n, r, o = !1, i = !1) {
  var s = ba(e), a = s[ma], l = !s[ya], u = t || {}, d = e.tagName === "OPTION";
  for (var h in t)
    h in n || (n[h] = null);
  n.class ? n.class = It(n.class) : (r || n[Nt]) && (n.class = null), n[ut] && (n.style ??= null);
  var f = wa(e);
  for (const b in n) {
    let x = n[b];
    if (d && b === "value" && x == null) {
      e.value = e.__value = "", u[b] = x;
      continue;
    }
    if (b === "class") {
      var g = e.namespaceURI === "http://www.w3.org/1999/xhtml";
      Ie(e, g, x, r, t?.[Nt], n[Nt]), u[b] = x, u[Nt] = n[Nt];
      continue;
    }
    if (b === "style") {
      we(e, x, t?.[ut], n[ut]), u[b] = x, u[ut] = n[ut];
      continue;
    }
    var v = u[b];
    if (!(x === v && !(x === void 0 && e.hasAttribute(b)))) {
      u[b] = x;
      var p = b[0] + b[1];
      if (p !== "$$")
        if (p === "on") {
          const S = {}, O = "$$" + b;
          let z = b.slice(2);
          var y = eu(z);
          if (Wc(z) && (z = z.slice(0, -7), S.capture = !0), !y && v) {
            if (x != null) continue;
            e.removeEventListener(z, u[O], S), u[O] = null;
          }
          if (x != null)
            if (y)
              e[`__${z}`] = x, Pt([z]);
            else {
              let A = function(V) {
                u[b].call(this, V);
              };
              u[O] = qc(z, e, A, S);
            }
          else y && (e[`__${z}`] = void 0);
        } else if (b === "style")
          U(e, b, x);
        else if (b === "autofocus")
          Gc(
            /** @type {HTMLElement} */
            e,
            !!x
          );
        else if (!a && (b === "__value" || b === "value" && x != null))
          e.value = e.__value = x;
        else if (b === "selected" && d)
          Au(
            /** @type {HTMLOptionElement} */
            e,
            x
          );
        else {
          var w = b;
          l || (w = Uc(w));
          var C = w === "defaultValue" || w === "defaultChecked";
          if (x == null && !a && !C)
            if (s[b] = null, w === "value" || w === "checked") {
              let S = (
                /** @type {HTMLInputElement} */
                e
              );
              const O = t === void 0;
              if (w === "value") {
                let z = S.defaultValue;
                S.removeAttribute(w), S.defaultValue = z, S.value = S.__value = O ? z : null;
              } else {
                let z = S.defaultChecked;
                S.removeAttribute(w), S.defaultChecked = z, S.checked = O ? z : !1;
              }
            } else
              e.removeAttribute(b);
          else C || f.includes(w) && (a || typeof x != "string") ? (e[w] = x, w in s && (s[w] = Qc)) : typeof x != "function" && U(e, w, x);
        }
    }
  }
  return u;
}
function At(e, t, n = [], r = [], o = [], i, s = !1, a = !1) {
  Xc(o, n, r, (l) => {
    var u = void 0, d = {}, h = e.nodeName === "SELECT", f = !1;
    if (la(() => {
      var v = t(...l.map(c)), p = zu(
        e,
        u,
        v,
        i,
        s,
        a
      );
      f && h && "value" in v && Eo(
        /** @type {HTMLSelectElement} */
        e,
        v.value
      );
      for (let w of Object.getOwnPropertySymbols(d))
        v[w] || Ft(d[w]);
      for (let w of Object.getOwnPropertySymbols(v)) {
        var y = v[w];
        w.description === Zc && (!u || y !== u[w]) && (d[w] && Ft(d[w]), d[w] = Yt(() => Cu(e, () => y))), p[w] = y;
      }
      u = p;
    }), h) {
      var g = (
        /** @type {HTMLSelectElement} */
        e
      );
      Qt(() => {
        Eo(
          g,
          /** @type {Record<string | symbol, any>} */
          u.value,
          !0
        ), Iu(g);
      });
    }
    f = !0;
  });
}
function ba(e) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    // @ts-expect-error
    e.__attributes ??= {
      [ma]: e.nodeName.includes("-"),
      [ya]: e.namespaceURI === Jc
    }
  );
}
var Vi = /* @__PURE__ */ new Map();
function wa(e) {
  var t = e.getAttribute("is") || e.nodeName, n = Vi.get(t);
  if (n) return n;
  Vi.set(t, n = []);
  for (var r, o = e, i = Element.prototype; i !== o; ) {
    r = tu(o);
    for (var s in r)
      r[s].set && n.push(s);
    o = ea(o);
  }
  return n;
}
function Go(e, t, n = t) {
  var r = /* @__PURE__ */ new WeakSet();
  ca(e, "input", async (o) => {
    Ve && e.type === "checkbox" && Ai();
    var i = o ? e.defaultValue : e.value;
    if (i = Qr(e) ? Jr(i) : i, n(i), kt !== null && r.add(kt), await Pn(), i !== (i = t())) {
      var s = e.selectionStart, a = e.selectionEnd, l = e.value.length;
      if (e.value = i ?? "", a !== null) {
        var u = e.value.length;
        s === a && a === l && u > l ? (e.selectionStart = u, e.selectionEnd = u) : (e.selectionStart = s, e.selectionEnd = Math.min(a, u));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  Le(t) == null && e.value && (n(Qr(e) ? Jr(e.value) : e.value), kt !== null && r.add(kt)), Yn(() => {
    Ve && e.type === "checkbox" && Ai();
    var o = t();
    if (e === document.activeElement) {
      var i = (
        /** @type {Batch} */
        nu ?? kt
      );
      if (r.has(i))
        return;
    }
    Qr(e) && o === Jr(e.value) || e.type === "date" && !o && !e.value || o !== e.value && (e.value = o ?? "");
  });
}
function Tu(e, t, n = t) {
  ca(e, "change", (r) => {
    var o = r ? e.defaultChecked : e.checked;
    n(o);
  }), // If we are hydrating and the value has since changed,
  // then use the update value from the input instead.
  // If defaultChecked is set, then checked == defaultChecked
  Le(t) == null && n(e.checked), Yn(() => {
    var r = t();
    e.checked = !!r;
  });
}
function Qr(e) {
  var t = e.type;
  return t === "number" || t === "range";
}
function Jr(e) {
  return e === "" ? null : +e;
}
class Uo {
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
          Uo.entries.set(n.target, n);
          for (var r of this.#e.get(n.target) || [])
            r(n);
        }
      }
    ));
  }
}
var Du = /* @__PURE__ */ new Uo({
  box: "border-box"
});
function Bi(e, t, n) {
  var r = Du.observe(e, () => n(e[t]));
  Qt(() => (Le(() => n(e[t])), r));
}
function Fi(e, t) {
  return e === t || e?.[Yo] === t;
}
function _n(e = {}, t, n, r) {
  return Qt(() => {
    var o, i;
    return Yn(() => {
      o = i, i = [], Le(() => {
        e !== n(...i) && (t(e, ...i), o && Fi(n(...o), e) && t(null, ...o));
      });
    }), () => {
      sa(() => {
        i && Fi(n(...i), e) && t(null, ...i);
      });
    };
  }), e;
}
function Lu(e = !1) {
  const t = (
    /** @type {ComponentContextLegacy} */
    ru
  ), n = t.l.u;
  if (!n) return;
  let r = () => aa(t.s);
  if (e) {
    let o = 0, i = (
      /** @type {Record<string, any>} */
      {}
    );
    const s = da(() => {
      let a = !1;
      const l = t.s;
      for (const u in l)
        l[u] !== i[u] && (i[u] = l[u], a = !0);
      return a && o++, o;
    });
    r = () => c(s);
  }
  n.b.length && ua(() => {
    ji(t, r), zi(n.b);
  }), Re(() => {
    const o = Le(() => n.m.map(ou));
    return () => {
      for (const i of o)
        typeof i == "function" && i();
    };
  }), n.a.length && Re(() => {
    ji(t, r), zi(n.a);
  });
}
function ji(e, t) {
  if (e.l.s)
    for (const n of e.l.s) c(n);
  t();
}
function Ru(e, t, n) {
  if (e == null)
    return t(void 0), Ot;
  const r = Le(
    () => e.subscribe(
      t,
      // @ts-expect-error
      n
    )
  );
  return r.unsubscribe ? () => r.unsubscribe() : r;
}
function Hu(e) {
  let t;
  return Ru(e, (n) => t = n)(), t;
}
let nr = !1;
function Vu(e) {
  var t = nr;
  try {
    return nr = !1, [e(), nr];
  } finally {
    nr = t;
  }
}
const Bu = {
  get(e, t) {
    if (!e.exclude.includes(t))
      return e.props[t];
  },
  set(e, t) {
    return Ve && iu(`${e.name}.${String(t)}`), !1;
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
function pt(e, t, n) {
  return new Proxy(
    Ve ? { props: e, exclude: t, name: n, other: {}, to_proxy: [] } : { props: e, exclude: t },
    Bu
  );
}
const Fu = {
  get(e, t) {
    let n = e.props.length;
    for (; n--; ) {
      let r = e.props[n];
      if (Sn(r) && (r = r()), typeof r == "object" && r !== null && t in r) return r[t];
    }
  },
  set(e, t, n) {
    let r = e.props.length;
    for (; r--; ) {
      let o = e.props[r];
      Sn(o) && (o = o());
      const i = wo(o, t);
      if (i && i.set)
        return i.set(n), !0;
    }
    return !1;
  },
  getOwnPropertyDescriptor(e, t) {
    let n = e.props.length;
    for (; n--; ) {
      let r = e.props[n];
      if (Sn(r) && (r = r()), typeof r == "object" && r !== null && t in r) {
        const o = wo(r, t);
        return o && !o.configurable && (o.configurable = !0), o;
      }
    }
  },
  has(e, t) {
    if (t === Yo || t === fa) return !1;
    for (let n of e.props)
      if (Sn(n) && (n = n()), n != null && t in n) return !0;
    return !1;
  },
  ownKeys(e) {
    const t = [];
    for (let n of e.props)
      if (Sn(n) && (n = n()), !!n) {
        for (const r in n)
          t.includes(r) || t.push(r);
        for (const r of Object.getOwnPropertySymbols(n))
          t.includes(r) || t.push(r);
      }
    return t;
  }
};
function Rt(...e) {
  return new Proxy({ props: e }, Fu);
}
function q(e, t, n, r) {
  var o = !hu || (n & gu) !== 0, i = (n & cu) !== 0, s = (n & fu) !== 0, a = (
    /** @type {V} */
    r
  ), l = !0, u = () => (l && (l = !1, a = s ? Le(
    /** @type {() => V} */
    r
  ) : (
    /** @type {V} */
    r
  )), a), d;
  if (i) {
    var h = Yo in e || fa in e;
    d = wo(e, t)?.set ?? (h && t in e ? (b) => e[t] = b : void 0);
  }
  var f, g = !1;
  i ? [f, g] = Vu(() => (
    /** @type {V} */
    e[t]
  )) : f = /** @type {V} */
  e[t], f === void 0 && r !== void 0 && (f = u(), d && (o && su(t), d(f)));
  var v;
  if (o ? v = () => {
    var b = (
      /** @type {V} */
      e[t]
    );
    return b === void 0 ? u() : (l = !0, b);
  } : v = () => {
    var b = (
      /** @type {V} */
      e[t]
    );
    return b !== void 0 && (a = /** @type {V} */
    void 0), b === void 0 ? a : b;
  }, o && (n & au) === 0)
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
  var y = !1, w = ((n & uu) !== 0 ? da : ia)(() => (y = !1, v()));
  Ve && (w.label = t), i && c(w);
  var C = (
    /** @type {Effect} */
    ta
  );
  return (
    /** @type {() => V} */
    (function(b, x) {
      if (arguments.length > 0) {
        const S = x ? c(w) : o && i ? un(b) : b;
        return j(w, S), y = !0, a !== void 0 && (a = S), b;
      }
      return du && y || (C.f & lu) !== 0 ? w.v : c(w);
    })
  );
}
var ju = { value: () => {
} };
function Tr() {
  for (var e = 0, t = arguments.length, n = {}, r; e < t; ++e) {
    if (!(r = arguments[e] + "") || r in n || /[\s.]/.test(r)) throw new Error("illegal type: " + r);
    n[r] = [];
  }
  return new ur(n);
}
function ur(e) {
  this._ = e;
}
function Ku(e, t) {
  return e.trim().split(/^|\s+/).map(function(n) {
    var r = "", o = n.indexOf(".");
    if (o >= 0 && (r = n.slice(o + 1), n = n.slice(0, o)), n && !t.hasOwnProperty(n)) throw new Error("unknown type: " + n);
    return { type: n, name: r };
  });
}
ur.prototype = Tr.prototype = {
  constructor: ur,
  on: function(e, t) {
    var n = this._, r = Ku(e + "", n), o, i = -1, s = r.length;
    if (arguments.length < 2) {
      for (; ++i < s; ) if ((o = (e = r[i]).type) && (o = Yu(n[o], e.name))) return o;
      return;
    }
    if (t != null && typeof t != "function") throw new Error("invalid callback: " + t);
    for (; ++i < s; )
      if (o = (e = r[i]).type) n[o] = Ki(n[o], e.name, t);
      else if (t == null) for (o in n) n[o] = Ki(n[o], e.name, null);
    return this;
  },
  copy: function() {
    var e = {}, t = this._;
    for (var n in t) e[n] = t[n].slice();
    return new ur(e);
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
function Yu(e, t) {
  for (var n = 0, r = e.length, o; n < r; ++n)
    if ((o = e[n]).name === t)
      return o.value;
}
function Ki(e, t, n) {
  for (var r = 0, o = e.length; r < o; ++r)
    if (e[r].name === t) {
      e[r] = ju, e = e.slice(0, r).concat(e.slice(r + 1));
      break;
    }
  return n != null && e.push({ name: t, value: n }), e;
}
var ko = "http://www.w3.org/1999/xhtml", Yi = {
  svg: "http://www.w3.org/2000/svg",
  xhtml: ko,
  xlink: "http://www.w3.org/1999/xlink",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/"
};
function Dr(e) {
  var t = e += "", n = t.indexOf(":");
  return n >= 0 && (t = e.slice(0, n)) !== "xmlns" && (e = e.slice(n + 1)), Yi.hasOwnProperty(t) ? { space: Yi[t], local: e } : e;
}
function Xu(e) {
  return function() {
    var t = this.ownerDocument, n = this.namespaceURI;
    return n === ko && t.documentElement.namespaceURI === ko ? t.createElement(e) : t.createElementNS(n, e);
  };
}
function Zu(e) {
  return function() {
    return this.ownerDocument.createElementNS(e.space, e.local);
  };
}
function _a(e) {
  var t = Dr(e);
  return (t.local ? Zu : Xu)(t);
}
function Wu() {
}
function Qo(e) {
  return e == null ? Wu : function() {
    return this.querySelector(e);
  };
}
function qu(e) {
  typeof e != "function" && (e = Qo(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = new Array(s), l, u, d = 0; d < s; ++d)
      (l = i[d]) && (u = e.call(l, l.__data__, d, i)) && ("__data__" in l && (u.__data__ = l.__data__), a[d] = u);
  return new je(r, this._parents);
}
function Gu(e) {
  return e == null ? [] : Array.isArray(e) ? e : Array.from(e);
}
function Uu() {
  return [];
}
function xa(e) {
  return e == null ? Uu : function() {
    return this.querySelectorAll(e);
  };
}
function Qu(e) {
  return function() {
    return Gu(e.apply(this, arguments));
  };
}
function Ju(e) {
  typeof e == "function" ? e = Qu(e) : e = xa(e);
  for (var t = this._groups, n = t.length, r = [], o = [], i = 0; i < n; ++i)
    for (var s = t[i], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && (r.push(e.call(l, l.__data__, u, s)), o.push(l));
  return new je(r, o);
}
function Ea(e) {
  return function() {
    return this.matches(e);
  };
}
function ka(e) {
  return function(t) {
    return t.matches(e);
  };
}
var $u = Array.prototype.find;
function ed(e) {
  return function() {
    return $u.call(this.children, e);
  };
}
function td() {
  return this.firstElementChild;
}
function nd(e) {
  return this.select(e == null ? td : ed(typeof e == "function" ? e : ka(e)));
}
var rd = Array.prototype.filter;
function od() {
  return Array.from(this.children);
}
function id(e) {
  return function() {
    return rd.call(this.children, e);
  };
}
function sd(e) {
  return this.selectAll(e == null ? od : id(typeof e == "function" ? e : ka(e)));
}
function ad(e) {
  typeof e != "function" && (e = Ea(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = [], l, u = 0; u < s; ++u)
      (l = i[u]) && e.call(l, l.__data__, u, i) && a.push(l);
  return new je(r, this._parents);
}
function Na(e) {
  return new Array(e.length);
}
function ld() {
  return new je(this._enter || this._groups.map(Na), this._parents);
}
function vr(e, t) {
  this.ownerDocument = e.ownerDocument, this.namespaceURI = e.namespaceURI, this._next = null, this._parent = e, this.__data__ = t;
}
vr.prototype = {
  constructor: vr,
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
function cd(e) {
  return function() {
    return e;
  };
}
function ud(e, t, n, r, o, i) {
  for (var s = 0, a, l = t.length, u = i.length; s < u; ++s)
    (a = t[s]) ? (a.__data__ = i[s], r[s] = a) : n[s] = new vr(e, i[s]);
  for (; s < l; ++s)
    (a = t[s]) && (o[s] = a);
}
function dd(e, t, n, r, o, i, s) {
  var a, l, u = /* @__PURE__ */ new Map(), d = t.length, h = i.length, f = new Array(d), g;
  for (a = 0; a < d; ++a)
    (l = t[a]) && (f[a] = g = s.call(l, l.__data__, a, t) + "", u.has(g) ? o[a] = l : u.set(g, l));
  for (a = 0; a < h; ++a)
    g = s.call(e, i[a], a, i) + "", (l = u.get(g)) ? (r[a] = l, l.__data__ = i[a], u.delete(g)) : n[a] = new vr(e, i[a]);
  for (a = 0; a < d; ++a)
    (l = t[a]) && u.get(f[a]) === l && (o[a] = l);
}
function fd(e) {
  return e.__data__;
}
function hd(e, t) {
  if (!arguments.length) return Array.from(this, fd);
  var n = t ? dd : ud, r = this._parents, o = this._groups;
  typeof e != "function" && (e = cd(e));
  for (var i = o.length, s = new Array(i), a = new Array(i), l = new Array(i), u = 0; u < i; ++u) {
    var d = r[u], h = o[u], f = h.length, g = gd(e.call(d, d && d.__data__, u, r)), v = g.length, p = a[u] = new Array(v), y = s[u] = new Array(v), w = l[u] = new Array(f);
    n(d, h, p, y, w, g, t);
    for (var C = 0, b = 0, x, S; C < v; ++C)
      if (x = p[C]) {
        for (C >= b && (b = C + 1); !(S = y[b]) && ++b < v; ) ;
        x._next = S || null;
      }
  }
  return s = new je(s, r), s._enter = a, s._exit = l, s;
}
function gd(e) {
  return typeof e == "object" && "length" in e ? e : Array.from(e);
}
function vd() {
  return new je(this._exit || this._groups.map(Na), this._parents);
}
function pd(e, t, n) {
  var r = this.enter(), o = this, i = this.exit();
  return typeof e == "function" ? (r = e(r), r && (r = r.selection())) : r = r.append(e + ""), t != null && (o = t(o), o && (o = o.selection())), n == null ? i.remove() : n(i), r && o ? r.merge(o).order() : o;
}
function md(e) {
  for (var t = e.selection ? e.selection() : e, n = this._groups, r = t._groups, o = n.length, i = r.length, s = Math.min(o, i), a = new Array(o), l = 0; l < s; ++l)
    for (var u = n[l], d = r[l], h = u.length, f = a[l] = new Array(h), g, v = 0; v < h; ++v)
      (g = u[v] || d[v]) && (f[v] = g);
  for (; l < o; ++l)
    a[l] = n[l];
  return new je(a, this._parents);
}
function yd() {
  for (var e = this._groups, t = -1, n = e.length; ++t < n; )
    for (var r = e[t], o = r.length - 1, i = r[o], s; --o >= 0; )
      (s = r[o]) && (i && s.compareDocumentPosition(i) ^ 4 && i.parentNode.insertBefore(s, i), i = s);
  return this;
}
function bd(e) {
  e || (e = wd);
  function t(h, f) {
    return h && f ? e(h.__data__, f.__data__) : !h - !f;
  }
  for (var n = this._groups, r = n.length, o = new Array(r), i = 0; i < r; ++i) {
    for (var s = n[i], a = s.length, l = o[i] = new Array(a), u, d = 0; d < a; ++d)
      (u = s[d]) && (l[d] = u);
    l.sort(t);
  }
  return new je(o, this._parents).order();
}
function wd(e, t) {
  return e < t ? -1 : e > t ? 1 : e >= t ? 0 : NaN;
}
function _d() {
  var e = arguments[0];
  return arguments[0] = this, e.apply(null, arguments), this;
}
function xd() {
  return Array.from(this);
}
function Ed() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var r = e[t], o = 0, i = r.length; o < i; ++o) {
      var s = r[o];
      if (s) return s;
    }
  return null;
}
function kd() {
  let e = 0;
  for (const t of this) ++e;
  return e;
}
function Nd() {
  return !this.node();
}
function Sd(e) {
  for (var t = this._groups, n = 0, r = t.length; n < r; ++n)
    for (var o = t[n], i = 0, s = o.length, a; i < s; ++i)
      (a = o[i]) && e.call(a, a.__data__, i, o);
  return this;
}
function Cd(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function Md(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Pd(e, t) {
  return function() {
    this.setAttribute(e, t);
  };
}
function Od(e, t) {
  return function() {
    this.setAttributeNS(e.space, e.local, t);
  };
}
function Id(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttribute(e) : this.setAttribute(e, n);
  };
}
function Ad(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? this.removeAttributeNS(e.space, e.local) : this.setAttributeNS(e.space, e.local, n);
  };
}
function zd(e, t) {
  var n = Dr(e);
  if (arguments.length < 2) {
    var r = this.node();
    return n.local ? r.getAttributeNS(n.space, n.local) : r.getAttribute(n);
  }
  return this.each((t == null ? n.local ? Md : Cd : typeof t == "function" ? n.local ? Ad : Id : n.local ? Od : Pd)(n, t));
}
function Sa(e) {
  return e.ownerDocument && e.ownerDocument.defaultView || e.document && e || e.defaultView;
}
function Td(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function Dd(e, t, n) {
  return function() {
    this.style.setProperty(e, t, n);
  };
}
function Ld(e, t, n) {
  return function() {
    var r = t.apply(this, arguments);
    r == null ? this.style.removeProperty(e) : this.style.setProperty(e, r, n);
  };
}
function Rd(e, t, n) {
  return arguments.length > 1 ? this.each((t == null ? Td : typeof t == "function" ? Ld : Dd)(e, t, n ?? "")) : fn(this.node(), e);
}
function fn(e, t) {
  return e.style.getPropertyValue(t) || Sa(e).getComputedStyle(e, null).getPropertyValue(t);
}
function Hd(e) {
  return function() {
    delete this[e];
  };
}
function Vd(e, t) {
  return function() {
    this[e] = t;
  };
}
function Bd(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    n == null ? delete this[e] : this[e] = n;
  };
}
function Fd(e, t) {
  return arguments.length > 1 ? this.each((t == null ? Hd : typeof t == "function" ? Bd : Vd)(e, t)) : this.node()[e];
}
function Ca(e) {
  return e.trim().split(/^|\s+/);
}
function Jo(e) {
  return e.classList || new Ma(e);
}
function Ma(e) {
  this._node = e, this._names = Ca(e.getAttribute("class") || "");
}
Ma.prototype = {
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
function Pa(e, t) {
  for (var n = Jo(e), r = -1, o = t.length; ++r < o; ) n.add(t[r]);
}
function Oa(e, t) {
  for (var n = Jo(e), r = -1, o = t.length; ++r < o; ) n.remove(t[r]);
}
function jd(e) {
  return function() {
    Pa(this, e);
  };
}
function Kd(e) {
  return function() {
    Oa(this, e);
  };
}
function Yd(e, t) {
  return function() {
    (t.apply(this, arguments) ? Pa : Oa)(this, e);
  };
}
function Xd(e, t) {
  var n = Ca(e + "");
  if (arguments.length < 2) {
    for (var r = Jo(this.node()), o = -1, i = n.length; ++o < i; ) if (!r.contains(n[o])) return !1;
    return !0;
  }
  return this.each((typeof t == "function" ? Yd : t ? jd : Kd)(n, t));
}
function Zd() {
  this.textContent = "";
}
function Wd(e) {
  return function() {
    this.textContent = e;
  };
}
function qd(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.textContent = t ?? "";
  };
}
function Gd(e) {
  return arguments.length ? this.each(e == null ? Zd : (typeof e == "function" ? qd : Wd)(e)) : this.node().textContent;
}
function Ud() {
  this.innerHTML = "";
}
function Qd(e) {
  return function() {
    this.innerHTML = e;
  };
}
function Jd(e) {
  return function() {
    var t = e.apply(this, arguments);
    this.innerHTML = t ?? "";
  };
}
function $d(e) {
  return arguments.length ? this.each(e == null ? Ud : (typeof e == "function" ? Jd : Qd)(e)) : this.node().innerHTML;
}
function ef() {
  this.nextSibling && this.parentNode.appendChild(this);
}
function tf() {
  return this.each(ef);
}
function nf() {
  this.previousSibling && this.parentNode.insertBefore(this, this.parentNode.firstChild);
}
function rf() {
  return this.each(nf);
}
function of(e) {
  var t = typeof e == "function" ? e : _a(e);
  return this.select(function() {
    return this.appendChild(t.apply(this, arguments));
  });
}
function sf() {
  return null;
}
function af(e, t) {
  var n = typeof e == "function" ? e : _a(e), r = t == null ? sf : typeof t == "function" ? t : Qo(t);
  return this.select(function() {
    return this.insertBefore(n.apply(this, arguments), r.apply(this, arguments) || null);
  });
}
function lf() {
  var e = this.parentNode;
  e && e.removeChild(this);
}
function cf() {
  return this.each(lf);
}
function uf() {
  var e = this.cloneNode(!1), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function df() {
  var e = this.cloneNode(!0), t = this.parentNode;
  return t ? t.insertBefore(e, this.nextSibling) : e;
}
function ff(e) {
  return this.select(e ? df : uf);
}
function hf(e) {
  return arguments.length ? this.property("__data__", e) : this.node().__data__;
}
function gf(e) {
  return function(t) {
    e.call(this, t, this.__data__);
  };
}
function vf(e) {
  return e.trim().split(/^|\s+/).map(function(t) {
    var n = "", r = t.indexOf(".");
    return r >= 0 && (n = t.slice(r + 1), t = t.slice(0, r)), { type: t, name: n };
  });
}
function pf(e) {
  return function() {
    var t = this.__on;
    if (t) {
      for (var n = 0, r = -1, o = t.length, i; n < o; ++n)
        i = t[n], (!e.type || i.type === e.type) && i.name === e.name ? this.removeEventListener(i.type, i.listener, i.options) : t[++r] = i;
      ++r ? t.length = r : delete this.__on;
    }
  };
}
function mf(e, t, n) {
  return function() {
    var r = this.__on, o, i = gf(t);
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
function yf(e, t, n) {
  var r = vf(e + ""), o, i = r.length, s;
  if (arguments.length < 2) {
    var a = this.node().__on;
    if (a) {
      for (var l = 0, u = a.length, d; l < u; ++l)
        for (o = 0, d = a[l]; o < i; ++o)
          if ((s = r[o]).type === d.type && s.name === d.name)
            return d.value;
    }
    return;
  }
  for (a = t ? mf : pf, o = 0; o < i; ++o) this.each(a(r[o], t, n));
  return this;
}
function Ia(e, t, n) {
  var r = Sa(e), o = r.CustomEvent;
  typeof o == "function" ? o = new o(t, n) : (o = r.document.createEvent("Event"), n ? (o.initEvent(t, n.bubbles, n.cancelable), o.detail = n.detail) : o.initEvent(t, !1, !1)), e.dispatchEvent(o);
}
function bf(e, t) {
  return function() {
    return Ia(this, e, t);
  };
}
function wf(e, t) {
  return function() {
    return Ia(this, e, t.apply(this, arguments));
  };
}
function _f(e, t) {
  return this.each((typeof t == "function" ? wf : bf)(e, t));
}
function* xf() {
  for (var e = this._groups, t = 0, n = e.length; t < n; ++t)
    for (var r = e[t], o = 0, i = r.length, s; o < i; ++o)
      (s = r[o]) && (yield s);
}
var Aa = [null];
function je(e, t) {
  this._groups = e, this._parents = t;
}
function Wn() {
  return new je([[document.documentElement]], Aa);
}
function Ef() {
  return this;
}
je.prototype = Wn.prototype = {
  constructor: je,
  select: qu,
  selectAll: Ju,
  selectChild: nd,
  selectChildren: sd,
  filter: ad,
  data: hd,
  enter: ld,
  exit: vd,
  join: pd,
  merge: md,
  selection: Ef,
  order: yd,
  sort: bd,
  call: _d,
  nodes: xd,
  node: Ed,
  size: kd,
  empty: Nd,
  each: Sd,
  attr: zd,
  style: Rd,
  property: Fd,
  classed: Xd,
  text: Gd,
  html: $d,
  raise: tf,
  lower: rf,
  append: of,
  insert: af,
  remove: cf,
  clone: ff,
  datum: hf,
  on: yf,
  dispatch: _f,
  [Symbol.iterator]: xf
};
function Ye(e) {
  return typeof e == "string" ? new je([[document.querySelector(e)]], [document.documentElement]) : new je([[e]], Aa);
}
var kf = 0;
function Xi() {
  this._ = "@" + (++kf).toString(36);
}
Xi.prototype = {
  constructor: Xi,
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
function Nf(e) {
  let t;
  for (; t = e.sourceEvent; ) e = t;
  return e;
}
function Ze(e, t) {
  if (e = Nf(e), t === void 0 && (t = e.currentTarget), t) {
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
const Sf = { passive: !1 }, Ln = { capture: !0, passive: !1 };
function $r(e) {
  e.stopImmediatePropagation();
}
function on(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function za(e) {
  var t = e.document.documentElement, n = Ye(e).on("dragstart.drag", on, Ln);
  "onselectstart" in t ? n.on("selectstart.drag", on, Ln) : (t.__noselect = t.style.MozUserSelect, t.style.MozUserSelect = "none");
}
function Ta(e, t) {
  var n = e.document.documentElement, r = Ye(e).on("dragstart.drag", null);
  t && (r.on("click.drag", on, Ln), setTimeout(function() {
    r.on("click.drag", null);
  }, 0)), "onselectstart" in n ? r.on("selectstart.drag", null) : (n.style.MozUserSelect = n.__noselect, delete n.__noselect);
}
var rr = (e) => () => e;
function No(e, {
  sourceEvent: t,
  subject: n,
  target: r,
  identifier: o,
  active: i,
  x: s,
  y: a,
  dx: l,
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
    dx: { value: l, enumerable: !0, configurable: !0 },
    dy: { value: u, enumerable: !0, configurable: !0 },
    _: { value: d }
  });
}
No.prototype.on = function() {
  var e = this._.on.apply(this._, arguments);
  return e === this._ ? this : e;
};
function Cf(e) {
  return !e.ctrlKey && !e.button;
}
function Mf() {
  return this.parentNode;
}
function Pf(e, t) {
  return t ?? { x: e.x, y: e.y };
}
function Of() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function If() {
  var e = Cf, t = Mf, n = Pf, r = Of, o = {}, i = Tr("start", "drag", "end"), s = 0, a, l, u, d, h = 0;
  function f(x) {
    x.on("mousedown.drag", g).filter(r).on("touchstart.drag", y).on("touchmove.drag", w, Sf).on("touchend.drag touchcancel.drag", C).style("touch-action", "none").style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  function g(x, S) {
    if (!(d || !e.call(this, x, S))) {
      var O = b(this, t.call(this, x, S), x, S, "mouse");
      O && (Ye(x.view).on("mousemove.drag", v, Ln).on("mouseup.drag", p, Ln), za(x.view), $r(x), u = !1, a = x.clientX, l = x.clientY, O("start", x));
    }
  }
  function v(x) {
    if (on(x), !u) {
      var S = x.clientX - a, O = x.clientY - l;
      u = S * S + O * O > h;
    }
    o.mouse("drag", x);
  }
  function p(x) {
    Ye(x.view).on("mousemove.drag mouseup.drag", null), Ta(x.view, u), on(x), o.mouse("end", x);
  }
  function y(x, S) {
    if (e.call(this, x, S)) {
      var O = x.changedTouches, z = t.call(this, x, S), A = O.length, V, Z;
      for (V = 0; V < A; ++V)
        (Z = b(this, z, x, S, O[V].identifier, O[V])) && ($r(x), Z("start", x, O[V]));
    }
  }
  function w(x) {
    var S = x.changedTouches, O = S.length, z, A;
    for (z = 0; z < O; ++z)
      (A = o[S[z].identifier]) && (on(x), A("drag", x, S[z]));
  }
  function C(x) {
    var S = x.changedTouches, O = S.length, z, A;
    for (d && clearTimeout(d), d = setTimeout(function() {
      d = null;
    }, 500), z = 0; z < O; ++z)
      (A = o[S[z].identifier]) && ($r(x), A("end", x, S[z]));
  }
  function b(x, S, O, z, A, V) {
    var Z = i.copy(), I = Ze(V || O, S), P, M, m;
    if ((m = n.call(x, new No("beforestart", {
      sourceEvent: O,
      target: f,
      identifier: A,
      active: s,
      x: I[0],
      y: I[1],
      dx: 0,
      dy: 0,
      dispatch: Z
    }), z)) != null)
      return P = m.x - I[0] || 0, M = m.y - I[1] || 0, function E(k, N, L) {
        var B = I, F;
        switch (k) {
          case "start":
            o[A] = E, F = s++;
            break;
          case "end":
            delete o[A], --s;
          // falls through
          case "drag":
            I = Ze(L || N, S), F = s;
            break;
        }
        Z.call(
          k,
          x,
          new No(k, {
            sourceEvent: N,
            subject: m,
            target: f,
            identifier: A,
            active: F,
            x: I[0] + P,
            y: I[1] + M,
            dx: I[0] - B[0],
            dy: I[1] - B[1],
            dispatch: Z
          }),
          z
        );
      };
  }
  return f.filter = function(x) {
    return arguments.length ? (e = typeof x == "function" ? x : rr(!!x), f) : e;
  }, f.container = function(x) {
    return arguments.length ? (t = typeof x == "function" ? x : rr(x), f) : t;
  }, f.subject = function(x) {
    return arguments.length ? (n = typeof x == "function" ? x : rr(x), f) : n;
  }, f.touchable = function(x) {
    return arguments.length ? (r = typeof x == "function" ? x : rr(!!x), f) : r;
  }, f.on = function() {
    var x = i.on.apply(i, arguments);
    return x === i ? f : x;
  }, f.clickDistance = function(x) {
    return arguments.length ? (h = (x = +x) * x, f) : Math.sqrt(h);
  }, f;
}
function xn(e, t, n) {
  e.prototype = t.prototype = n, n.constructor = e;
}
function qn(e, t) {
  var n = Object.create(e.prototype);
  for (var r in t) n[r] = t[r];
  return n;
}
function zt() {
}
var Xt = 0.7, hn = 1 / Xt, sn = "\\s*([+-]?\\d+)\\s*", Rn = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*", tt = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*", Af = /^#([0-9a-f]{3,8})$/, zf = new RegExp(`^rgb\\(${sn},${sn},${sn}\\)$`), Tf = new RegExp(`^rgb\\(${tt},${tt},${tt}\\)$`), Df = new RegExp(`^rgba\\(${sn},${sn},${sn},${Rn}\\)$`), Lf = new RegExp(`^rgba\\(${tt},${tt},${tt},${Rn}\\)$`), Rf = new RegExp(`^hsl\\(${Rn},${tt},${tt}\\)$`), Hf = new RegExp(`^hsla\\(${Rn},${tt},${tt},${Rn}\\)$`), Zi = {
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
xn(zt, Zt, {
  copy(e) {
    return Object.assign(new this.constructor(), this, e);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: Wi,
  // Deprecated! Use color.formatHex.
  formatHex: Wi,
  formatHex8: Vf,
  formatHsl: Bf,
  formatRgb: qi,
  toString: qi
});
function Wi() {
  return this.rgb().formatHex();
}
function Vf() {
  return this.rgb().formatHex8();
}
function Bf() {
  return Da(this).formatHsl();
}
function qi() {
  return this.rgb().formatRgb();
}
function Zt(e) {
  var t, n;
  return e = (e + "").trim().toLowerCase(), (t = Af.exec(e)) ? (n = t[1].length, t = parseInt(t[1], 16), n === 6 ? Gi(t) : n === 3 ? new Ce(t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, (t & 15) << 4 | t & 15, 1) : n === 8 ? or(t >> 24 & 255, t >> 16 & 255, t >> 8 & 255, (t & 255) / 255) : n === 4 ? or(t >> 12 & 15 | t >> 8 & 240, t >> 8 & 15 | t >> 4 & 240, t >> 4 & 15 | t & 240, ((t & 15) << 4 | t & 15) / 255) : null) : (t = zf.exec(e)) ? new Ce(t[1], t[2], t[3], 1) : (t = Tf.exec(e)) ? new Ce(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, 1) : (t = Df.exec(e)) ? or(t[1], t[2], t[3], t[4]) : (t = Lf.exec(e)) ? or(t[1] * 255 / 100, t[2] * 255 / 100, t[3] * 255 / 100, t[4]) : (t = Rf.exec(e)) ? Ji(t[1], t[2] / 100, t[3] / 100, 1) : (t = Hf.exec(e)) ? Ji(t[1], t[2] / 100, t[3] / 100, t[4]) : Zi.hasOwnProperty(e) ? Gi(Zi[e]) : e === "transparent" ? new Ce(NaN, NaN, NaN, 0) : null;
}
function Gi(e) {
  return new Ce(e >> 16 & 255, e >> 8 & 255, e & 255, 1);
}
function or(e, t, n, r) {
  return r <= 0 && (e = t = n = NaN), new Ce(e, t, n, r);
}
function $o(e) {
  return e instanceof zt || (e = Zt(e)), e ? (e = e.rgb(), new Ce(e.r, e.g, e.b, e.opacity)) : new Ce();
}
function So(e, t, n, r) {
  return arguments.length === 1 ? $o(e) : new Ce(e, t, n, r ?? 1);
}
function Ce(e, t, n, r) {
  this.r = +e, this.g = +t, this.b = +n, this.opacity = +r;
}
xn(Ce, So, qn(zt, {
  brighter(e) {
    return e = e == null ? hn : Math.pow(hn, e), new Ce(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Xt : Math.pow(Xt, e), new Ce(this.r * e, this.g * e, this.b * e, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Ce(jt(this.r), jt(this.g), jt(this.b), pr(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && -0.5 <= this.g && this.g < 255.5 && -0.5 <= this.b && this.b < 255.5 && 0 <= this.opacity && this.opacity <= 1;
  },
  hex: Ui,
  // Deprecated! Use color.formatHex.
  formatHex: Ui,
  formatHex8: Ff,
  formatRgb: Qi,
  toString: Qi
}));
function Ui() {
  return `#${Ht(this.r)}${Ht(this.g)}${Ht(this.b)}`;
}
function Ff() {
  return `#${Ht(this.r)}${Ht(this.g)}${Ht(this.b)}${Ht((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function Qi() {
  const e = pr(this.opacity);
  return `${e === 1 ? "rgb(" : "rgba("}${jt(this.r)}, ${jt(this.g)}, ${jt(this.b)}${e === 1 ? ")" : `, ${e})`}`;
}
function pr(e) {
  return isNaN(e) ? 1 : Math.max(0, Math.min(1, e));
}
function jt(e) {
  return Math.max(0, Math.min(255, Math.round(e) || 0));
}
function Ht(e) {
  return e = jt(e), (e < 16 ? "0" : "") + e.toString(16);
}
function Ji(e, t, n, r) {
  return r <= 0 ? e = t = n = NaN : n <= 0 || n >= 1 ? e = t = NaN : t <= 0 && (e = NaN), new We(e, t, n, r);
}
function Da(e) {
  if (e instanceof We) return new We(e.h, e.s, e.l, e.opacity);
  if (e instanceof zt || (e = Zt(e)), !e) return new We();
  if (e instanceof We) return e;
  e = e.rgb();
  var t = e.r / 255, n = e.g / 255, r = e.b / 255, o = Math.min(t, n, r), i = Math.max(t, n, r), s = NaN, a = i - o, l = (i + o) / 2;
  return a ? (t === i ? s = (n - r) / a + (n < r) * 6 : n === i ? s = (r - t) / a + 2 : s = (t - n) / a + 4, a /= l < 0.5 ? i + o : 2 - i - o, s *= 60) : a = l > 0 && l < 1 ? 0 : s, new We(s, a, l, e.opacity);
}
function jf(e, t, n, r) {
  return arguments.length === 1 ? Da(e) : new We(e, t, n, r ?? 1);
}
function We(e, t, n, r) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
xn(We, jf, qn(zt, {
  brighter(e) {
    return e = e == null ? hn : Math.pow(hn, e), new We(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Xt : Math.pow(Xt, e), new We(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = this.h % 360 + (this.h < 0) * 360, t = isNaN(e) || isNaN(this.s) ? 0 : this.s, n = this.l, r = n + (n < 0.5 ? n : 1 - n) * t, o = 2 * n - r;
    return new Ce(
      eo(e >= 240 ? e - 240 : e + 120, o, r),
      eo(e, o, r),
      eo(e < 120 ? e + 240 : e - 120, o, r),
      this.opacity
    );
  },
  clamp() {
    return new We($i(this.h), ir(this.s), ir(this.l), pr(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && 0 <= this.l && this.l <= 1 && 0 <= this.opacity && this.opacity <= 1;
  },
  formatHsl() {
    const e = pr(this.opacity);
    return `${e === 1 ? "hsl(" : "hsla("}${$i(this.h)}, ${ir(this.s) * 100}%, ${ir(this.l) * 100}%${e === 1 ? ")" : `, ${e})`}`;
  }
}));
function $i(e) {
  return e = (e || 0) % 360, e < 0 ? e + 360 : e;
}
function ir(e) {
  return Math.max(0, Math.min(1, e || 0));
}
function eo(e, t, n) {
  return (e < 60 ? t + (n - t) * e / 60 : e < 180 ? n : e < 240 ? t + (n - t) * (240 - e) / 60 : t) * 255;
}
const La = Math.PI / 180, Ra = 180 / Math.PI, mr = 18, Ha = 0.96422, Va = 1, Ba = 0.82521, Fa = 4 / 29, an = 6 / 29, ja = 3 * an * an, Kf = an * an * an;
function Ka(e) {
  if (e instanceof nt) return new nt(e.l, e.a, e.b, e.opacity);
  if (e instanceof ft) return Ya(e);
  e instanceof Ce || (e = $o(e));
  var t = oo(e.r), n = oo(e.g), r = oo(e.b), o = to((0.2225045 * t + 0.7168786 * n + 0.0606169 * r) / Va), i, s;
  return t === n && n === r ? i = s = o : (i = to((0.4360747 * t + 0.3850649 * n + 0.1430804 * r) / Ha), s = to((0.0139322 * t + 0.0971045 * n + 0.7141733 * r) / Ba)), new nt(116 * o - 16, 500 * (i - o), 200 * (o - s), e.opacity);
}
function Yf(e, t, n, r) {
  return arguments.length === 1 ? Ka(e) : new nt(e, t, n, r ?? 1);
}
function nt(e, t, n, r) {
  this.l = +e, this.a = +t, this.b = +n, this.opacity = +r;
}
xn(nt, Yf, qn(zt, {
  brighter(e) {
    return new nt(this.l + mr * (e ?? 1), this.a, this.b, this.opacity);
  },
  darker(e) {
    return new nt(this.l - mr * (e ?? 1), this.a, this.b, this.opacity);
  },
  rgb() {
    var e = (this.l + 16) / 116, t = isNaN(this.a) ? e : e + this.a / 500, n = isNaN(this.b) ? e : e - this.b / 200;
    return t = Ha * no(t), e = Va * no(e), n = Ba * no(n), new Ce(
      ro(3.1338561 * t - 1.6168667 * e - 0.4906146 * n),
      ro(-0.9787684 * t + 1.9161415 * e + 0.033454 * n),
      ro(0.0719453 * t - 0.2289914 * e + 1.4052427 * n),
      this.opacity
    );
  }
}));
function to(e) {
  return e > Kf ? Math.pow(e, 1 / 3) : e / ja + Fa;
}
function no(e) {
  return e > an ? e * e * e : ja * (e - Fa);
}
function ro(e) {
  return 255 * (e <= 31308e-7 ? 12.92 * e : 1.055 * Math.pow(e, 1 / 2.4) - 0.055);
}
function oo(e) {
  return (e /= 255) <= 0.04045 ? e / 12.92 : Math.pow((e + 0.055) / 1.055, 2.4);
}
function Xf(e) {
  if (e instanceof ft) return new ft(e.h, e.c, e.l, e.opacity);
  if (e instanceof nt || (e = Ka(e)), e.a === 0 && e.b === 0) return new ft(NaN, 0 < e.l && e.l < 100 ? 0 : NaN, e.l, e.opacity);
  var t = Math.atan2(e.b, e.a) * Ra;
  return new ft(t < 0 ? t + 360 : t, Math.sqrt(e.a * e.a + e.b * e.b), e.l, e.opacity);
}
function Zf(e, t, n, r) {
  return arguments.length === 1 ? Xf(e) : new ft(e, t, n, r ?? 1);
}
function ft(e, t, n, r) {
  this.h = +e, this.c = +t, this.l = +n, this.opacity = +r;
}
function Ya(e) {
  if (isNaN(e.h)) return new nt(e.l, 0, 0, e.opacity);
  var t = e.h * La;
  return new nt(e.l, Math.cos(t) * e.c, Math.sin(t) * e.c, e.opacity);
}
xn(ft, Zf, qn(zt, {
  brighter(e) {
    return new ft(this.h, this.c, this.l + mr * (e ?? 1), this.opacity);
  },
  darker(e) {
    return new ft(this.h, this.c, this.l - mr * (e ?? 1), this.opacity);
  },
  rgb() {
    return Ya(this).rgb();
  }
}));
var Xa = -0.14861, ei = 1.78277, ti = -0.29227, Lr = -0.90649, Hn = 1.97294, es = Hn * Lr, ts = Hn * ei, ns = ei * ti - Lr * Xa;
function Wf(e) {
  if (e instanceof Kt) return new Kt(e.h, e.s, e.l, e.opacity);
  e instanceof Ce || (e = $o(e));
  var t = e.r / 255, n = e.g / 255, r = e.b / 255, o = (ns * r + es * t - ts * n) / (ns + es - ts), i = r - o, s = (Hn * (n - o) - ti * i) / Lr, a = Math.sqrt(s * s + i * i) / (Hn * o * (1 - o)), l = a ? Math.atan2(s, i) * Ra - 120 : NaN;
  return new Kt(l < 0 ? l + 360 : l, a, o, e.opacity);
}
function Co(e, t, n, r) {
  return arguments.length === 1 ? Wf(e) : new Kt(e, t, n, r ?? 1);
}
function Kt(e, t, n, r) {
  this.h = +e, this.s = +t, this.l = +n, this.opacity = +r;
}
xn(Kt, Co, qn(zt, {
  brighter(e) {
    return e = e == null ? hn : Math.pow(hn, e), new Kt(this.h, this.s, this.l * e, this.opacity);
  },
  darker(e) {
    return e = e == null ? Xt : Math.pow(Xt, e), new Kt(this.h, this.s, this.l * e, this.opacity);
  },
  rgb() {
    var e = isNaN(this.h) ? 0 : (this.h + 120) * La, t = +this.l, n = isNaN(this.s) ? 0 : this.s * t * (1 - t), r = Math.cos(e), o = Math.sin(e);
    return new Ce(
      255 * (t + n * (Xa * r + ei * o)),
      255 * (t + n * (ti * r + Lr * o)),
      255 * (t + n * (Hn * r)),
      this.opacity
    );
  }
}));
var Rr = (e) => () => e;
function Za(e, t) {
  return function(n) {
    return e + n * t;
  };
}
function qf(e, t, n) {
  return e = Math.pow(e, n), t = Math.pow(t, n) - e, n = 1 / n, function(r) {
    return Math.pow(e + r * t, n);
  };
}
function Gf(e, t) {
  var n = t - e;
  return n ? Za(e, n > 180 || n < -180 ? n - 360 * Math.round(n / 360) : n) : Rr(isNaN(e) ? t : e);
}
function Uf(e) {
  return (e = +e) == 1 ? ln : function(t, n) {
    return n - t ? qf(t, n, e) : Rr(isNaN(t) ? n : t);
  };
}
function ln(e, t) {
  var n = t - e;
  return n ? Za(e, n) : Rr(isNaN(e) ? t : e);
}
var yr = (function e(t) {
  var n = Uf(t);
  function r(o, i) {
    var s = n((o = So(o)).r, (i = So(i)).r), a = n(o.g, i.g), l = n(o.b, i.b), u = ln(o.opacity, i.opacity);
    return function(d) {
      return o.r = s(d), o.g = a(d), o.b = l(d), o.opacity = u(d), o + "";
    };
  }
  return r.gamma = e, r;
})(1);
function Qf(e, t) {
  t || (t = []);
  var n = e ? Math.min(t.length, e.length) : 0, r = t.slice(), o;
  return function(i) {
    for (o = 0; o < n; ++o) r[o] = e[o] * (1 - i) + t[o] * i;
    return r;
  };
}
function Jf(e) {
  return ArrayBuffer.isView(e) && !(e instanceof DataView);
}
function $f(e, t) {
  var n = t ? t.length : 0, r = e ? Math.min(n, e.length) : 0, o = new Array(r), i = new Array(n), s;
  for (s = 0; s < r; ++s) o[s] = Dn(e[s], t[s]);
  for (; s < n; ++s) i[s] = t[s];
  return function(a) {
    for (s = 0; s < r; ++s) i[s] = o[s](a);
    return i;
  };
}
function eh(e, t) {
  var n = /* @__PURE__ */ new Date();
  return e = +e, t = +t, function(r) {
    return n.setTime(e * (1 - r) + t * r), n;
  };
}
function $e(e, t) {
  return e = +e, t = +t, function(n) {
    return e * (1 - n) + t * n;
  };
}
function th(e, t) {
  var n = {}, r = {}, o;
  (e === null || typeof e != "object") && (e = {}), (t === null || typeof t != "object") && (t = {});
  for (o in t)
    o in e ? n[o] = Dn(e[o], t[o]) : r[o] = t[o];
  return function(i) {
    for (o in n) r[o] = n[o](i);
    return r;
  };
}
var Mo = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g, io = new RegExp(Mo.source, "g");
function nh(e) {
  return function() {
    return e;
  };
}
function rh(e) {
  return function(t) {
    return e(t) + "";
  };
}
function Wa(e, t) {
  var n = Mo.lastIndex = io.lastIndex = 0, r, o, i, s = -1, a = [], l = [];
  for (e = e + "", t = t + ""; (r = Mo.exec(e)) && (o = io.exec(t)); )
    (i = o.index) > n && (i = t.slice(n, i), a[s] ? a[s] += i : a[++s] = i), (r = r[0]) === (o = o[0]) ? a[s] ? a[s] += o : a[++s] = o : (a[++s] = null, l.push({ i: s, x: $e(r, o) })), n = io.lastIndex;
  return n < t.length && (i = t.slice(n), a[s] ? a[s] += i : a[++s] = i), a.length < 2 ? l[0] ? rh(l[0].x) : nh(t) : (t = l.length, function(u) {
    for (var d = 0, h; d < t; ++d) a[(h = l[d]).i] = h.x(u);
    return a.join("");
  });
}
function Dn(e, t) {
  var n = typeof t, r;
  return t == null || n === "boolean" ? Rr(t) : (n === "number" ? $e : n === "string" ? (r = Zt(t)) ? (t = r, yr) : Wa : t instanceof Zt ? yr : t instanceof Date ? eh : Jf(t) ? Qf : Array.isArray(t) ? $f : typeof t.valueOf != "function" && typeof t.toString != "function" || isNaN(t) ? th : $e)(e, t);
}
var rs = 180 / Math.PI, Po = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function qa(e, t, n, r, o, i) {
  var s, a, l;
  return (s = Math.sqrt(e * e + t * t)) && (e /= s, t /= s), (l = e * n + t * r) && (n -= e * l, r -= t * l), (a = Math.sqrt(n * n + r * r)) && (n /= a, r /= a, l /= a), e * r < t * n && (e = -e, t = -t, l = -l, s = -s), {
    translateX: o,
    translateY: i,
    rotate: Math.atan2(t, e) * rs,
    skewX: Math.atan(l) * rs,
    scaleX: s,
    scaleY: a
  };
}
var sr;
function oh(e) {
  const t = new (typeof DOMMatrix == "function" ? DOMMatrix : WebKitCSSMatrix)(e + "");
  return t.isIdentity ? Po : qa(t.a, t.b, t.c, t.d, t.e, t.f);
}
function ih(e) {
  return e == null || (sr || (sr = document.createElementNS("http://www.w3.org/2000/svg", "g")), sr.setAttribute("transform", e), !(e = sr.transform.baseVal.consolidate())) ? Po : (e = e.matrix, qa(e.a, e.b, e.c, e.d, e.e, e.f));
}
function Ga(e, t, n, r) {
  function o(u) {
    return u.length ? u.pop() + " " : "";
  }
  function i(u, d, h, f, g, v) {
    if (u !== h || d !== f) {
      var p = g.push("translate(", null, t, null, n);
      v.push({ i: p - 4, x: $e(u, h) }, { i: p - 2, x: $e(d, f) });
    } else (h || f) && g.push("translate(" + h + t + f + n);
  }
  function s(u, d, h, f) {
    u !== d ? (u - d > 180 ? d += 360 : d - u > 180 && (u += 360), f.push({ i: h.push(o(h) + "rotate(", null, r) - 2, x: $e(u, d) })) : d && h.push(o(h) + "rotate(" + d + r);
  }
  function a(u, d, h, f) {
    u !== d ? f.push({ i: h.push(o(h) + "skewX(", null, r) - 2, x: $e(u, d) }) : d && h.push(o(h) + "skewX(" + d + r);
  }
  function l(u, d, h, f, g, v) {
    if (u !== h || d !== f) {
      var p = g.push(o(g) + "scale(", null, ",", null, ")");
      v.push({ i: p - 4, x: $e(u, h) }, { i: p - 2, x: $e(d, f) });
    } else (h !== 1 || f !== 1) && g.push(o(g) + "scale(" + h + "," + f + ")");
  }
  return function(u, d) {
    var h = [], f = [];
    return u = e(u), d = e(d), i(u.translateX, u.translateY, d.translateX, d.translateY, h, f), s(u.rotate, d.rotate, h, f), a(u.skewX, d.skewX, h, f), l(u.scaleX, u.scaleY, d.scaleX, d.scaleY, h, f), u = d = null, function(g) {
      for (var v = -1, p = f.length, y; ++v < p; ) h[(y = f[v]).i] = y.x(g);
      return h.join("");
    };
  };
}
var sh = Ga(oh, "px, ", "px)", "deg)"), ah = Ga(ih, ", ", ")", ")"), lh = 1e-12;
function os(e) {
  return ((e = Math.exp(e)) + 1 / e) / 2;
}
function ch(e) {
  return ((e = Math.exp(e)) - 1 / e) / 2;
}
function uh(e) {
  return ((e = Math.exp(2 * e)) - 1) / (e + 1);
}
var dr = (function e(t, n, r) {
  function o(i, s) {
    var a = i[0], l = i[1], u = i[2], d = s[0], h = s[1], f = s[2], g = d - a, v = h - l, p = g * g + v * v, y, w;
    if (p < lh)
      w = Math.log(f / u) / t, y = function(z) {
        return [
          a + z * g,
          l + z * v,
          u * Math.exp(t * z * w)
        ];
      };
    else {
      var C = Math.sqrt(p), b = (f * f - u * u + r * p) / (2 * u * n * C), x = (f * f - u * u - r * p) / (2 * f * n * C), S = Math.log(Math.sqrt(b * b + 1) - b), O = Math.log(Math.sqrt(x * x + 1) - x);
      w = (O - S) / t, y = function(z) {
        var A = z * w, V = os(S), Z = u / (n * C) * (V * uh(t * A + S) - ch(S));
        return [
          a + Z * g,
          l + Z * v,
          u * V / os(t * A + S)
        ];
      };
    }
    return y.duration = Math.abs(w) * 1e3 * t / Math.SQRT2, y;
  }
  return o.rho = function(i) {
    var s = Math.max(1e-3, +i), a = s * s, l = a * a;
    return e(s, a, l);
  }, o;
})(Math.SQRT2, 2, 4);
function Ua(e) {
  return (function t(n) {
    n = +n;
    function r(o, i) {
      var s = e((o = Co(o)).h, (i = Co(i)).h), a = ln(o.s, i.s), l = ln(o.l, i.l), u = ln(o.opacity, i.opacity);
      return function(d) {
        return o.h = s(d), o.s = a(d), o.l = l(Math.pow(d, n)), o.opacity = u(d), o + "";
      };
    }
    return r.gamma = t, r;
  })(1);
}
Ua(Gf);
Ua(ln);
var gn = 0, In = 0, Cn = 0, Qa = 1e3, br, An, wr = 0, Wt = 0, Hr = 0, Vn = typeof performance == "object" && performance.now ? performance : Date, Ja = typeof window == "object" && window.requestAnimationFrame ? window.requestAnimationFrame.bind(window) : function(e) {
  setTimeout(e, 17);
};
function ni() {
  return Wt || (Ja(dh), Wt = Vn.now() + Hr);
}
function dh() {
  Wt = 0;
}
function _r() {
  this._call = this._time = this._next = null;
}
_r.prototype = $a.prototype = {
  constructor: _r,
  restart: function(e, t, n) {
    if (typeof e != "function") throw new TypeError("callback is not a function");
    n = (n == null ? ni() : +n) + (t == null ? 0 : +t), !this._next && An !== this && (An ? An._next = this : br = this, An = this), this._call = e, this._time = n, Oo();
  },
  stop: function() {
    this._call && (this._call = null, this._time = 1 / 0, Oo());
  }
};
function $a(e, t, n) {
  var r = new _r();
  return r.restart(e, t, n), r;
}
function fh() {
  ni(), ++gn;
  for (var e = br, t; e; )
    (t = Wt - e._time) >= 0 && e._call.call(void 0, t), e = e._next;
  --gn;
}
function is() {
  Wt = (wr = Vn.now()) + Hr, gn = In = 0;
  try {
    fh();
  } finally {
    gn = 0, gh(), Wt = 0;
  }
}
function hh() {
  var e = Vn.now(), t = e - wr;
  t > Qa && (Hr -= t, wr = e);
}
function gh() {
  for (var e, t = br, n, r = 1 / 0; t; )
    t._call ? (r > t._time && (r = t._time), e = t, t = t._next) : (n = t._next, t._next = null, t = e ? e._next = n : br = n);
  An = e, Oo(r);
}
function Oo(e) {
  if (!gn) {
    In && (In = clearTimeout(In));
    var t = e - Wt;
    t > 24 ? (e < 1 / 0 && (In = setTimeout(is, Math.ceil(e - Vn.now() - Hr) + 1)), Cn && (Cn = clearInterval(Cn))) : (Cn || (wr = Vn.now(), Cn = setInterval(hh, Qa)), gn = 1, Ja(is));
  }
}
function ss(e, t, n) {
  var r = new _r();
  return t = t == null ? 0 : +t, r.restart((o) => {
    r.stop(), e(o + t);
  }, t, n), r;
}
function vh(e) {
  return ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2;
}
var ri = 3;
(function e(t) {
  t = +t;
  function n(r) {
    return Math.pow(r, t);
  }
  return n.exponent = e, n;
})(ri);
(function e(t) {
  t = +t;
  function n(r) {
    return 1 - Math.pow(1 - r, t);
  }
  return n.exponent = e, n;
})(ri);
(function e(t) {
  t = +t;
  function n(r) {
    return ((r *= 2) <= 1 ? Math.pow(r, t) : 2 - Math.pow(2 - r, t)) / 2;
  }
  return n.exponent = e, n;
})(ri);
function xr(e) {
  return (Math.pow(2, -10 * e) - 9765625e-10) * 1.0009775171065494;
}
var oi = 1.70158;
(function e(t) {
  t = +t;
  function n(r) {
    return (r = +r) * r * (t * (r - 1) + r);
  }
  return n.overshoot = e, n;
})(oi);
(function e(t) {
  t = +t;
  function n(r) {
    return --r * r * ((r + 1) * t + r) + 1;
  }
  return n.overshoot = e, n;
})(oi);
(function e(t) {
  t = +t;
  function n(r) {
    return ((r *= 2) < 1 ? r * r * ((t + 1) * r - t) : (r -= 2) * r * ((t + 1) * r + t) + 2) / 2;
  }
  return n.overshoot = e, n;
})(oi);
var vn = 2 * Math.PI, ii = 1, si = 0.3;
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= vn);
  function o(i) {
    return t * xr(- --i) * Math.sin((r - i) / n);
  }
  return o.amplitude = function(i) {
    return e(i, n * vn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(ii, si);
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= vn);
  function o(i) {
    return 1 - t * xr(i = +i) * Math.sin((i + r) / n);
  }
  return o.amplitude = function(i) {
    return e(i, n * vn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(ii, si);
(function e(t, n) {
  var r = Math.asin(1 / (t = Math.max(1, t))) * (n /= vn);
  function o(i) {
    return ((i = i * 2 - 1) < 0 ? t * xr(-i) * Math.sin((r - i) / n) : 2 - t * xr(i) * Math.sin((r + i) / n)) / 2;
  }
  return o.amplitude = function(i) {
    return e(i, n * vn);
  }, o.period = function(i) {
    return e(t, i);
  }, o;
})(ii, si);
var ph = Tr("start", "end", "cancel", "interrupt"), mh = [], el = 0, as = 1, Io = 2, fr = 3, ls = 4, Ao = 5, hr = 6;
function Vr(e, t, n, r, o, i) {
  var s = e.__transition;
  if (!s) e.__transition = {};
  else if (n in s) return;
  yh(e, n, {
    name: t,
    index: r,
    // For context during callback.
    group: o,
    // For context during callback.
    on: ph,
    tween: mh,
    time: i.time,
    delay: i.delay,
    duration: i.duration,
    ease: i.ease,
    timer: null,
    state: el
  });
}
function ai(e, t) {
  var n = Ge(e, t);
  if (n.state > el) throw new Error("too late; already scheduled");
  return n;
}
function it(e, t) {
  var n = Ge(e, t);
  if (n.state > fr) throw new Error("too late; already running");
  return n;
}
function Ge(e, t) {
  var n = e.__transition;
  if (!n || !(n = n[t])) throw new Error("transition not found");
  return n;
}
function yh(e, t, n) {
  var r = e.__transition, o;
  r[t] = n, n.timer = $a(i, 0, n.time);
  function i(u) {
    n.state = as, n.timer.restart(s, n.delay, n.time), n.delay <= u && s(u - n.delay);
  }
  function s(u) {
    var d, h, f, g;
    if (n.state !== as) return l();
    for (d in r)
      if (g = r[d], g.name === n.name) {
        if (g.state === fr) return ss(s);
        g.state === ls ? (g.state = hr, g.timer.stop(), g.on.call("interrupt", e, e.__data__, g.index, g.group), delete r[d]) : +d < t && (g.state = hr, g.timer.stop(), g.on.call("cancel", e, e.__data__, g.index, g.group), delete r[d]);
      }
    if (ss(function() {
      n.state === fr && (n.state = ls, n.timer.restart(a, n.delay, n.time), a(u));
    }), n.state = Io, n.on.call("start", e, e.__data__, n.index, n.group), n.state === Io) {
      for (n.state = fr, o = new Array(f = n.tween.length), d = 0, h = -1; d < f; ++d)
        (g = n.tween[d].value.call(e, e.__data__, n.index, n.group)) && (o[++h] = g);
      o.length = h + 1;
    }
  }
  function a(u) {
    for (var d = u < n.duration ? n.ease.call(null, u / n.duration) : (n.timer.restart(l), n.state = Ao, 1), h = -1, f = o.length; ++h < f; )
      o[h].call(e, d);
    n.state === Ao && (n.on.call("end", e, e.__data__, n.index, n.group), l());
  }
  function l() {
    n.state = hr, n.timer.stop(), delete r[t];
    for (var u in r) return;
    delete e.__transition;
  }
}
function gr(e, t) {
  var n = e.__transition, r, o, i = !0, s;
  if (n) {
    t = t == null ? null : t + "";
    for (s in n) {
      if ((r = n[s]).name !== t) {
        i = !1;
        continue;
      }
      o = r.state > Io && r.state < Ao, r.state = hr, r.timer.stop(), r.on.call(o ? "interrupt" : "cancel", e, e.__data__, r.index, r.group), delete n[s];
    }
    i && delete e.__transition;
  }
}
function bh(e) {
  return this.each(function() {
    gr(this, e);
  });
}
function wh(e, t) {
  var n, r;
  return function() {
    var o = it(this, e), i = o.tween;
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
function _h(e, t, n) {
  var r, o;
  if (typeof n != "function") throw new Error();
  return function() {
    var i = it(this, e), s = i.tween;
    if (s !== r) {
      o = (r = s).slice();
      for (var a = { name: t, value: n }, l = 0, u = o.length; l < u; ++l)
        if (o[l].name === t) {
          o[l] = a;
          break;
        }
      l === u && o.push(a);
    }
    i.tween = o;
  };
}
function xh(e, t) {
  var n = this._id;
  if (e += "", arguments.length < 2) {
    for (var r = Ge(this.node(), n).tween, o = 0, i = r.length, s; o < i; ++o)
      if ((s = r[o]).name === e)
        return s.value;
    return null;
  }
  return this.each((t == null ? wh : _h)(n, e, t));
}
function li(e, t, n) {
  var r = e._id;
  return e.each(function() {
    var o = it(this, r);
    (o.value || (o.value = {}))[t] = n.apply(this, arguments);
  }), function(o) {
    return Ge(o, r).value[t];
  };
}
function tl(e, t) {
  var n;
  return (typeof t == "number" ? $e : t instanceof Zt ? yr : (n = Zt(t)) ? (t = n, yr) : Wa)(e, t);
}
function Eh(e) {
  return function() {
    this.removeAttribute(e);
  };
}
function kh(e) {
  return function() {
    this.removeAttributeNS(e.space, e.local);
  };
}
function Nh(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = this.getAttribute(e);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function Sh(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = this.getAttributeNS(e.space, e.local);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function Ch(e, t, n) {
  var r, o, i;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttribute(e) : (s = this.getAttribute(e), l = a + "", s === l ? null : s === r && l === o ? i : (o = l, i = t(r = s, a)));
  };
}
function Mh(e, t, n) {
  var r, o, i;
  return function() {
    var s, a = n(this), l;
    return a == null ? void this.removeAttributeNS(e.space, e.local) : (s = this.getAttributeNS(e.space, e.local), l = a + "", s === l ? null : s === r && l === o ? i : (o = l, i = t(r = s, a)));
  };
}
function Ph(e, t) {
  var n = Dr(e), r = n === "transform" ? ah : tl;
  return this.attrTween(e, typeof t == "function" ? (n.local ? Mh : Ch)(n, r, li(this, "attr." + e, t)) : t == null ? (n.local ? kh : Eh)(n) : (n.local ? Sh : Nh)(n, r, t));
}
function Oh(e, t) {
  return function(n) {
    this.setAttribute(e, t.call(this, n));
  };
}
function Ih(e, t) {
  return function(n) {
    this.setAttributeNS(e.space, e.local, t.call(this, n));
  };
}
function Ah(e, t) {
  var n, r;
  function o() {
    var i = t.apply(this, arguments);
    return i !== r && (n = (r = i) && Ih(e, i)), n;
  }
  return o._value = t, o;
}
function zh(e, t) {
  var n, r;
  function o() {
    var i = t.apply(this, arguments);
    return i !== r && (n = (r = i) && Oh(e, i)), n;
  }
  return o._value = t, o;
}
function Th(e, t) {
  var n = "attr." + e;
  if (arguments.length < 2) return (n = this.tween(n)) && n._value;
  if (t == null) return this.tween(n, null);
  if (typeof t != "function") throw new Error();
  var r = Dr(e);
  return this.tween(n, (r.local ? Ah : zh)(r, t));
}
function Dh(e, t) {
  return function() {
    ai(this, e).delay = +t.apply(this, arguments);
  };
}
function Lh(e, t) {
  return t = +t, function() {
    ai(this, e).delay = t;
  };
}
function Rh(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Dh : Lh)(t, e)) : Ge(this.node(), t).delay;
}
function Hh(e, t) {
  return function() {
    it(this, e).duration = +t.apply(this, arguments);
  };
}
function Vh(e, t) {
  return t = +t, function() {
    it(this, e).duration = t;
  };
}
function Bh(e) {
  var t = this._id;
  return arguments.length ? this.each((typeof e == "function" ? Hh : Vh)(t, e)) : Ge(this.node(), t).duration;
}
function Fh(e, t) {
  if (typeof t != "function") throw new Error();
  return function() {
    it(this, e).ease = t;
  };
}
function jh(e) {
  var t = this._id;
  return arguments.length ? this.each(Fh(t, e)) : Ge(this.node(), t).ease;
}
function Kh(e, t) {
  return function() {
    var n = t.apply(this, arguments);
    if (typeof n != "function") throw new Error();
    it(this, e).ease = n;
  };
}
function Yh(e) {
  if (typeof e != "function") throw new Error();
  return this.each(Kh(this._id, e));
}
function Xh(e) {
  typeof e != "function" && (e = Ea(e));
  for (var t = this._groups, n = t.length, r = new Array(n), o = 0; o < n; ++o)
    for (var i = t[o], s = i.length, a = r[o] = [], l, u = 0; u < s; ++u)
      (l = i[u]) && e.call(l, l.__data__, u, i) && a.push(l);
  return new vt(r, this._parents, this._name, this._id);
}
function Zh(e) {
  if (e._id !== this._id) throw new Error();
  for (var t = this._groups, n = e._groups, r = t.length, o = n.length, i = Math.min(r, o), s = new Array(r), a = 0; a < i; ++a)
    for (var l = t[a], u = n[a], d = l.length, h = s[a] = new Array(d), f, g = 0; g < d; ++g)
      (f = l[g] || u[g]) && (h[g] = f);
  for (; a < r; ++a)
    s[a] = t[a];
  return new vt(s, this._parents, this._name, this._id);
}
function Wh(e) {
  return (e + "").trim().split(/^|\s+/).every(function(t) {
    var n = t.indexOf(".");
    return n >= 0 && (t = t.slice(0, n)), !t || t === "start";
  });
}
function qh(e, t, n) {
  var r, o, i = Wh(t) ? ai : it;
  return function() {
    var s = i(this, e), a = s.on;
    a !== r && (o = (r = a).copy()).on(t, n), s.on = o;
  };
}
function Gh(e, t) {
  var n = this._id;
  return arguments.length < 2 ? Ge(this.node(), n).on.on(e) : this.each(qh(n, e, t));
}
function Uh(e) {
  return function() {
    var t = this.parentNode;
    for (var n in this.__transition) if (+n !== e) return;
    t && t.removeChild(this);
  };
}
function Qh() {
  return this.on("end.remove", Uh(this._id));
}
function Jh(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = Qo(e));
  for (var r = this._groups, o = r.length, i = new Array(o), s = 0; s < o; ++s)
    for (var a = r[s], l = a.length, u = i[s] = new Array(l), d, h, f = 0; f < l; ++f)
      (d = a[f]) && (h = e.call(d, d.__data__, f, a)) && ("__data__" in d && (h.__data__ = d.__data__), u[f] = h, Vr(u[f], t, n, f, u, Ge(d, n)));
  return new vt(i, this._parents, t, n);
}
function $h(e) {
  var t = this._name, n = this._id;
  typeof e != "function" && (e = xa(e));
  for (var r = this._groups, o = r.length, i = [], s = [], a = 0; a < o; ++a)
    for (var l = r[a], u = l.length, d, h = 0; h < u; ++h)
      if (d = l[h]) {
        for (var f = e.call(d, d.__data__, h, l), g, v = Ge(d, n), p = 0, y = f.length; p < y; ++p)
          (g = f[p]) && Vr(g, t, n, p, f, v);
        i.push(f), s.push(d);
      }
  return new vt(i, s, t, n);
}
var eg = Wn.prototype.constructor;
function tg() {
  return new eg(this._groups, this._parents);
}
function ng(e, t) {
  var n, r, o;
  return function() {
    var i = fn(this, e), s = (this.style.removeProperty(e), fn(this, e));
    return i === s ? null : i === n && s === r ? o : o = t(n = i, r = s);
  };
}
function nl(e) {
  return function() {
    this.style.removeProperty(e);
  };
}
function rg(e, t, n) {
  var r, o = n + "", i;
  return function() {
    var s = fn(this, e);
    return s === o ? null : s === r ? i : i = t(r = s, n);
  };
}
function og(e, t, n) {
  var r, o, i;
  return function() {
    var s = fn(this, e), a = n(this), l = a + "";
    return a == null && (l = a = (this.style.removeProperty(e), fn(this, e))), s === l ? null : s === r && l === o ? i : (o = l, i = t(r = s, a));
  };
}
function ig(e, t) {
  var n, r, o, i = "style." + t, s = "end." + i, a;
  return function() {
    var l = it(this, e), u = l.on, d = l.value[i] == null ? a || (a = nl(t)) : void 0;
    (u !== n || o !== d) && (r = (n = u).copy()).on(s, o = d), l.on = r;
  };
}
function sg(e, t, n) {
  var r = (e += "") == "transform" ? sh : tl;
  return t == null ? this.styleTween(e, ng(e, r)).on("end.style." + e, nl(e)) : typeof t == "function" ? this.styleTween(e, og(e, r, li(this, "style." + e, t))).each(ig(this._id, e)) : this.styleTween(e, rg(e, r, t), n).on("end.style." + e, null);
}
function ag(e, t, n) {
  return function(r) {
    this.style.setProperty(e, t.call(this, r), n);
  };
}
function lg(e, t, n) {
  var r, o;
  function i() {
    var s = t.apply(this, arguments);
    return s !== o && (r = (o = s) && ag(e, s, n)), r;
  }
  return i._value = t, i;
}
function cg(e, t, n) {
  var r = "style." + (e += "");
  if (arguments.length < 2) return (r = this.tween(r)) && r._value;
  if (t == null) return this.tween(r, null);
  if (typeof t != "function") throw new Error();
  return this.tween(r, lg(e, t, n ?? ""));
}
function ug(e) {
  return function() {
    this.textContent = e;
  };
}
function dg(e) {
  return function() {
    var t = e(this);
    this.textContent = t ?? "";
  };
}
function fg(e) {
  return this.tween("text", typeof e == "function" ? dg(li(this, "text", e)) : ug(e == null ? "" : e + ""));
}
function hg(e) {
  return function(t) {
    this.textContent = e.call(this, t);
  };
}
function gg(e) {
  var t, n;
  function r() {
    var o = e.apply(this, arguments);
    return o !== n && (t = (n = o) && hg(o)), t;
  }
  return r._value = e, r;
}
function vg(e) {
  var t = "text";
  if (arguments.length < 1) return (t = this.tween(t)) && t._value;
  if (e == null) return this.tween(t, null);
  if (typeof e != "function") throw new Error();
  return this.tween(t, gg(e));
}
function pg() {
  for (var e = this._name, t = this._id, n = rl(), r = this._groups, o = r.length, i = 0; i < o; ++i)
    for (var s = r[i], a = s.length, l, u = 0; u < a; ++u)
      if (l = s[u]) {
        var d = Ge(l, t);
        Vr(l, e, n, u, s, {
          time: d.time + d.delay + d.duration,
          delay: 0,
          duration: d.duration,
          ease: d.ease
        });
      }
  return new vt(r, this._parents, e, n);
}
function mg() {
  var e, t, n = this, r = n._id, o = n.size();
  return new Promise(function(i, s) {
    var a = { value: s }, l = { value: function() {
      --o === 0 && i();
    } };
    n.each(function() {
      var u = it(this, r), d = u.on;
      d !== e && (t = (e = d).copy(), t._.cancel.push(a), t._.interrupt.push(a), t._.end.push(l)), u.on = t;
    }), o === 0 && i();
  });
}
var yg = 0;
function vt(e, t, n, r) {
  this._groups = e, this._parents = t, this._name = n, this._id = r;
}
function rl() {
  return ++yg;
}
var ct = Wn.prototype;
vt.prototype = {
  constructor: vt,
  select: Jh,
  selectAll: $h,
  selectChild: ct.selectChild,
  selectChildren: ct.selectChildren,
  filter: Xh,
  merge: Zh,
  selection: tg,
  transition: pg,
  call: ct.call,
  nodes: ct.nodes,
  node: ct.node,
  size: ct.size,
  empty: ct.empty,
  each: ct.each,
  on: Gh,
  attr: Ph,
  attrTween: Th,
  style: sg,
  styleTween: cg,
  text: fg,
  textTween: vg,
  remove: Qh,
  tween: xh,
  delay: Rh,
  duration: Bh,
  ease: jh,
  easeVarying: Yh,
  end: mg,
  [Symbol.iterator]: ct[Symbol.iterator]
};
var bg = {
  time: null,
  // Set on use.
  delay: 0,
  duration: 250,
  ease: vh
};
function wg(e, t) {
  for (var n; !(n = e.__transition) || !(n = n[t]); )
    if (!(e = e.parentNode))
      throw new Error(`transition ${t} not found`);
  return n;
}
function _g(e) {
  var t, n;
  e instanceof vt ? (t = e._id, e = e._name) : (t = rl(), (n = bg).time = ni(), e = e == null ? null : e + "");
  for (var r = this._groups, o = r.length, i = 0; i < o; ++i)
    for (var s = r[i], a = s.length, l, u = 0; u < a; ++u)
      (l = s[u]) && Vr(l, e, t, u, s, n || wg(l, t));
  return new vt(r, this._parents, e, t);
}
Wn.prototype.interrupt = bh;
Wn.prototype.transition = _g;
var ar = (e) => () => e;
function xg(e, {
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
function ht(e, t, n) {
  this.k = e, this.x = t, this.y = n;
}
ht.prototype = {
  constructor: ht,
  scale: function(e) {
    return e === 1 ? this : new ht(this.k * e, this.x, this.y);
  },
  translate: function(e, t) {
    return e === 0 & t === 0 ? this : new ht(this.k, this.x + this.k * e, this.y + this.k * t);
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
var Br = new ht(1, 0, 0);
ol.prototype = ht.prototype;
function ol(e) {
  for (; !e.__zoom; ) if (!(e = e.parentNode)) return Br;
  return e.__zoom;
}
function so(e) {
  e.stopImmediatePropagation();
}
function Mn(e) {
  e.preventDefault(), e.stopImmediatePropagation();
}
function Eg(e) {
  return (!e.ctrlKey || e.type === "wheel") && !e.button;
}
function kg() {
  var e = this;
  return e instanceof SVGElement ? (e = e.ownerSVGElement || e, e.hasAttribute("viewBox") ? (e = e.viewBox.baseVal, [[e.x, e.y], [e.x + e.width, e.y + e.height]]) : [[0, 0], [e.width.baseVal.value, e.height.baseVal.value]]) : [[0, 0], [e.clientWidth, e.clientHeight]];
}
function cs() {
  return this.__zoom || Br;
}
function Ng(e) {
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * (e.ctrlKey ? 10 : 1);
}
function Sg() {
  return navigator.maxTouchPoints || "ontouchstart" in this;
}
function Cg(e, t, n) {
  var r = e.invertX(t[0][0]) - n[0][0], o = e.invertX(t[1][0]) - n[1][0], i = e.invertY(t[0][1]) - n[0][1], s = e.invertY(t[1][1]) - n[1][1];
  return e.translate(
    o > r ? (r + o) / 2 : Math.min(0, r) || Math.max(0, o),
    s > i ? (i + s) / 2 : Math.min(0, i) || Math.max(0, s)
  );
}
function il() {
  var e = Eg, t = kg, n = Cg, r = Ng, o = Sg, i = [0, 1 / 0], s = [[-1 / 0, -1 / 0], [1 / 0, 1 / 0]], a = 250, l = dr, u = Tr("start", "zoom", "end"), d, h, f, g = 500, v = 150, p = 0, y = 10;
  function w(m) {
    m.property("__zoom", cs).on("wheel.zoom", A, { passive: !1 }).on("mousedown.zoom", V).on("dblclick.zoom", Z).filter(o).on("touchstart.zoom", I).on("touchmove.zoom", P).on("touchend.zoom touchcancel.zoom", M).style("-webkit-tap-highlight-color", "rgba(0,0,0,0)");
  }
  w.transform = function(m, E, k, N) {
    var L = m.selection ? m.selection() : m;
    L.property("__zoom", cs), m !== L ? S(m, E, k, N) : L.interrupt().each(function() {
      O(this, arguments).event(N).start().zoom(null, typeof E == "function" ? E.apply(this, arguments) : E).end();
    });
  }, w.scaleBy = function(m, E, k, N) {
    w.scaleTo(m, function() {
      var L = this.__zoom.k, B = typeof E == "function" ? E.apply(this, arguments) : E;
      return L * B;
    }, k, N);
  }, w.scaleTo = function(m, E, k, N) {
    w.transform(m, function() {
      var L = t.apply(this, arguments), B = this.__zoom, F = k == null ? x(L) : typeof k == "function" ? k.apply(this, arguments) : k, W = B.invert(F), T = typeof E == "function" ? E.apply(this, arguments) : E;
      return n(b(C(B, T), F, W), L, s);
    }, k, N);
  }, w.translateBy = function(m, E, k, N) {
    w.transform(m, function() {
      return n(this.__zoom.translate(
        typeof E == "function" ? E.apply(this, arguments) : E,
        typeof k == "function" ? k.apply(this, arguments) : k
      ), t.apply(this, arguments), s);
    }, null, N);
  }, w.translateTo = function(m, E, k, N, L) {
    w.transform(m, function() {
      var B = t.apply(this, arguments), F = this.__zoom, W = N == null ? x(B) : typeof N == "function" ? N.apply(this, arguments) : N;
      return n(Br.translate(W[0], W[1]).scale(F.k).translate(
        typeof E == "function" ? -E.apply(this, arguments) : -E,
        typeof k == "function" ? -k.apply(this, arguments) : -k
      ), B, s);
    }, N, L);
  };
  function C(m, E) {
    return E = Math.max(i[0], Math.min(i[1], E)), E === m.k ? m : new ht(E, m.x, m.y);
  }
  function b(m, E, k) {
    var N = E[0] - k[0] * m.k, L = E[1] - k[1] * m.k;
    return N === m.x && L === m.y ? m : new ht(m.k, N, L);
  }
  function x(m) {
    return [(+m[0][0] + +m[1][0]) / 2, (+m[0][1] + +m[1][1]) / 2];
  }
  function S(m, E, k, N) {
    m.on("start.zoom", function() {
      O(this, arguments).event(N).start();
    }).on("interrupt.zoom end.zoom", function() {
      O(this, arguments).event(N).end();
    }).tween("zoom", function() {
      var L = this, B = arguments, F = O(L, B).event(N), W = t.apply(L, B), T = k == null ? x(W) : typeof k == "function" ? k.apply(L, B) : k, D = Math.max(W[1][0] - W[0][0], W[1][1] - W[0][1]), K = L.__zoom, ee = typeof E == "function" ? E.apply(L, B) : E, te = l(K.invert(T).concat(D / K.k), ee.invert(T).concat(D / ee.k));
      return function(Q) {
        if (Q === 1) Q = ee;
        else {
          var ne = te(Q), fe = D / ne[2];
          Q = new ht(fe, T[0] - ne[0] * fe, T[1] - ne[1] * fe);
        }
        F.zoom(null, Q);
      };
    });
  }
  function O(m, E, k) {
    return !k && m.__zooming || new z(m, E);
  }
  function z(m, E) {
    this.that = m, this.args = E, this.active = 0, this.sourceEvent = null, this.extent = t.apply(m, E), this.taps = 0;
  }
  z.prototype = {
    event: function(m) {
      return m && (this.sourceEvent = m), this;
    },
    start: function() {
      return ++this.active === 1 && (this.that.__zooming = this, this.emit("start")), this;
    },
    zoom: function(m, E) {
      return this.mouse && m !== "mouse" && (this.mouse[1] = E.invert(this.mouse[0])), this.touch0 && m !== "touch" && (this.touch0[1] = E.invert(this.touch0[0])), this.touch1 && m !== "touch" && (this.touch1[1] = E.invert(this.touch1[0])), this.that.__zoom = E, this.emit("zoom"), this;
    },
    end: function() {
      return --this.active === 0 && (delete this.that.__zooming, this.emit("end")), this;
    },
    emit: function(m) {
      var E = Ye(this.that).datum();
      u.call(
        m,
        this.that,
        new xg(m, {
          sourceEvent: this.sourceEvent,
          target: w,
          transform: this.that.__zoom,
          dispatch: u
        }),
        E
      );
    }
  };
  function A(m, ...E) {
    if (!e.apply(this, arguments)) return;
    var k = O(this, E).event(m), N = this.__zoom, L = Math.max(i[0], Math.min(i[1], N.k * Math.pow(2, r.apply(this, arguments)))), B = Ze(m);
    if (k.wheel)
      (k.mouse[0][0] !== B[0] || k.mouse[0][1] !== B[1]) && (k.mouse[1] = N.invert(k.mouse[0] = B)), clearTimeout(k.wheel);
    else {
      if (N.k === L) return;
      k.mouse = [B, N.invert(B)], gr(this), k.start();
    }
    Mn(m), k.wheel = setTimeout(F, v), k.zoom("mouse", n(b(C(N, L), k.mouse[0], k.mouse[1]), k.extent, s));
    function F() {
      k.wheel = null, k.end();
    }
  }
  function V(m, ...E) {
    if (f || !e.apply(this, arguments)) return;
    var k = m.currentTarget, N = O(this, E, !0).event(m), L = Ye(m.view).on("mousemove.zoom", T, !0).on("mouseup.zoom", D, !0), B = Ze(m, k), F = m.clientX, W = m.clientY;
    za(m.view), so(m), N.mouse = [B, this.__zoom.invert(B)], gr(this), N.start();
    function T(K) {
      if (Mn(K), !N.moved) {
        var ee = K.clientX - F, te = K.clientY - W;
        N.moved = ee * ee + te * te > p;
      }
      N.event(K).zoom("mouse", n(b(N.that.__zoom, N.mouse[0] = Ze(K, k), N.mouse[1]), N.extent, s));
    }
    function D(K) {
      L.on("mousemove.zoom mouseup.zoom", null), Ta(K.view, N.moved), Mn(K), N.event(K).end();
    }
  }
  function Z(m, ...E) {
    if (e.apply(this, arguments)) {
      var k = this.__zoom, N = Ze(m.changedTouches ? m.changedTouches[0] : m, this), L = k.invert(N), B = k.k * (m.shiftKey ? 0.5 : 2), F = n(b(C(k, B), N, L), t.apply(this, E), s);
      Mn(m), a > 0 ? Ye(this).transition().duration(a).call(S, F, N, m) : Ye(this).call(w.transform, F, N, m);
    }
  }
  function I(m, ...E) {
    if (e.apply(this, arguments)) {
      var k = m.touches, N = k.length, L = O(this, E, m.changedTouches.length === N).event(m), B, F, W, T;
      for (so(m), F = 0; F < N; ++F)
        W = k[F], T = Ze(W, this), T = [T, this.__zoom.invert(T), W.identifier], L.touch0 ? !L.touch1 && L.touch0[2] !== T[2] && (L.touch1 = T, L.taps = 0) : (L.touch0 = T, B = !0, L.taps = 1 + !!d);
      d && (d = clearTimeout(d)), B && (L.taps < 2 && (h = T[0], d = setTimeout(function() {
        d = null;
      }, g)), gr(this), L.start());
    }
  }
  function P(m, ...E) {
    if (this.__zooming) {
      var k = O(this, E).event(m), N = m.changedTouches, L = N.length, B, F, W, T;
      for (Mn(m), B = 0; B < L; ++B)
        F = N[B], W = Ze(F, this), k.touch0 && k.touch0[2] === F.identifier ? k.touch0[0] = W : k.touch1 && k.touch1[2] === F.identifier && (k.touch1[0] = W);
      if (F = k.that.__zoom, k.touch1) {
        var D = k.touch0[0], K = k.touch0[1], ee = k.touch1[0], te = k.touch1[1], Q = (Q = ee[0] - D[0]) * Q + (Q = ee[1] - D[1]) * Q, ne = (ne = te[0] - K[0]) * ne + (ne = te[1] - K[1]) * ne;
        F = C(F, Math.sqrt(Q / ne)), W = [(D[0] + ee[0]) / 2, (D[1] + ee[1]) / 2], T = [(K[0] + te[0]) / 2, (K[1] + te[1]) / 2];
      } else if (k.touch0) W = k.touch0[0], T = k.touch0[1];
      else return;
      k.zoom("touch", n(b(F, W, T), k.extent, s));
    }
  }
  function M(m, ...E) {
    if (this.__zooming) {
      var k = O(this, E).event(m), N = m.changedTouches, L = N.length, B, F;
      for (so(m), f && clearTimeout(f), f = setTimeout(function() {
        f = null;
      }, g), B = 0; B < L; ++B)
        F = N[B], k.touch0 && k.touch0[2] === F.identifier ? delete k.touch0 : k.touch1 && k.touch1[2] === F.identifier && delete k.touch1;
      if (k.touch1 && !k.touch0 && (k.touch0 = k.touch1, delete k.touch1), k.touch0) k.touch0[1] = this.__zoom.invert(k.touch0[0]);
      else if (k.end(), k.taps === 2 && (F = Ze(F, this), Math.hypot(h[0] - F[0], h[1] - F[1]) < y)) {
        var W = Ye(this).on("dblclick.zoom");
        W && W.apply(this, arguments);
      }
    }
  }
  return w.wheelDelta = function(m) {
    return arguments.length ? (r = typeof m == "function" ? m : ar(+m), w) : r;
  }, w.filter = function(m) {
    return arguments.length ? (e = typeof m == "function" ? m : ar(!!m), w) : e;
  }, w.touchable = function(m) {
    return arguments.length ? (o = typeof m == "function" ? m : ar(!!m), w) : o;
  }, w.extent = function(m) {
    return arguments.length ? (t = typeof m == "function" ? m : ar([[+m[0][0], +m[0][1]], [+m[1][0], +m[1][1]]]), w) : t;
  }, w.scaleExtent = function(m) {
    return arguments.length ? (i[0] = +m[0], i[1] = +m[1], w) : [i[0], i[1]];
  }, w.translateExtent = function(m) {
    return arguments.length ? (s[0][0] = +m[0][0], s[1][0] = +m[1][0], s[0][1] = +m[0][1], s[1][1] = +m[1][1], w) : [[s[0][0], s[0][1]], [s[1][0], s[1][1]]];
  }, w.constrain = function(m) {
    return arguments.length ? (n = m, w) : n;
  }, w.duration = function(m) {
    return arguments.length ? (a = +m, w) : a;
  }, w.interpolate = function(m) {
    return arguments.length ? (l = m, w) : l;
  }, w.on = function() {
    var m = u.on.apply(u, arguments);
    return m === u ? w : m;
  }, w.clickDistance = function(m) {
    return arguments.length ? (p = (m = +m) * m, w) : Math.sqrt(p);
  }, w.tapDistance = function(m) {
    return arguments.length ? (y = +m, w) : y;
  }, w;
}
const qt = {
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
}, zo = [
  [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
  [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
], sl = ["Enter", " ", "Escape"], Mg = {
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
var pn;
(function(e) {
  e.Strict = "strict", e.Loose = "loose";
})(pn || (pn = {}));
var cn;
(function(e) {
  e.Free = "free", e.Vertical = "vertical", e.Horizontal = "horizontal";
})(cn || (cn = {}));
var Er;
(function(e) {
  e.Partial = "partial", e.Full = "full";
})(Er || (Er = {}));
const To = {
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
var St;
(function(e) {
  e.Bezier = "default", e.Straight = "straight", e.Step = "step", e.SmoothStep = "smoothstep", e.SimpleBezier = "simplebezier";
})(St || (St = {}));
var kr;
(function(e) {
  e.Arrow = "arrow", e.ArrowClosed = "arrowclosed";
})(kr || (kr = {}));
var ce;
(function(e) {
  e.Left = "left", e.Top = "top", e.Right = "right", e.Bottom = "bottom";
})(ce || (ce = {}));
const us = {
  [ce.Left]: ce.Right,
  [ce.Right]: ce.Left,
  [ce.Top]: ce.Bottom,
  [ce.Bottom]: ce.Top
}, al = (e) => !!e && typeof e == "object" && "id" in e && "source" in e && "target" in e, Pg = (e) => !!e && typeof e == "object" && "id" in e && "position" in e && !("source" in e) && !("target" in e), ci = (e) => !!e && typeof e == "object" && "id" in e && "internals" in e && !("source" in e) && !("target" in e), Gn = (e, t = [0, 0]) => {
  const { width: n, height: r } = st(e), o = e.origin ?? t, i = n * o[0], s = r * o[1];
  return {
    x: e.position.x - i,
    y: e.position.y - s
  };
}, Og = (e, t = { nodeOrigin: [0, 0] }) => {
  if (e.length === 0)
    return { x: 0, y: 0, width: 0, height: 0 };
  let n = !1;
  const r = e.reduce((o, i) => {
    const s = typeof i == "string";
    let a = !t.nodeLookup && !s ? i : void 0;
    return t.nodeLookup && (a = s ? t.nodeLookup.get(i) : ci(i) ? i : t.nodeLookup.get(i.id)), a ? (n = !0, Fr(o, Nr(a, t.nodeOrigin))) : o;
  }, { x: 1 / 0, y: 1 / 0, x2: -1 / 0, y2: -1 / 0 });
  return n ? jr(r) : { x: 0, y: 0, width: 0, height: 0 };
}, Un = (e, t = {}) => {
  let n = { x: 1 / 0, y: 1 / 0, x2: -1 / 0, y2: -1 / 0 }, r = !1;
  return e.forEach((o) => {
    (t.filter === void 0 || t.filter(o)) && (n = Fr(n, Nr(o)), r = !0);
  }), r ? jr(n) : { x: 0, y: 0, width: 0, height: 0 };
}, ui = (e, t, [n, r, o] = [0, 0, 1], i = !1, s = !1) => {
  const a = (t.x - n) / o, l = (t.y - r) / o, u = t.width / o, d = t.height / o, h = [];
  for (const f of e.values()) {
    const { measured: g, selectable: v = !0, hidden: p = !1 } = f;
    if (s && !v || p)
      continue;
    const y = g.width ?? f.width ?? f.initialWidth ?? 0, w = g.height ?? f.height ?? f.initialHeight ?? 0, { x: C, y: b } = f.internals.positionAbsolute, x = dl(a, l, u, d, C, b, y, w), S = y * w, O = i && x > 0;
    (!f.internals.handleBounds || O || x >= S || f.dragging) && h.push(f);
  }
  return h;
}, Ig = (e, t) => {
  const n = /* @__PURE__ */ new Set();
  return e.forEach((r) => {
    n.add(r.id);
  }), t.filter((r) => n.has(r.source) || n.has(r.target));
};
function Ag(e, t) {
  const n = /* @__PURE__ */ new Map(), r = t?.nodes ? new Set(t.nodes.map((o) => o.id)) : null;
  return e.forEach((o) => {
    let i;
    if (t?.includeHiddenNodes) {
      const { width: s, height: a } = st(o);
      i = s > 0 && a > 0;
    } else
      i = !!(o.measured.width && o.measured.height && !o.hidden);
    i && (!r || r.has(o.id)) && n.set(o.id, o);
  }), n;
}
async function zg({ nodes: e, width: t, height: n, panZoom: r, minZoom: o, maxZoom: i }, s) {
  if (e.size === 0)
    return !0;
  const a = Ag(e, s), l = Un(a), u = fi(l, t, n, s?.minZoom ?? o, s?.maxZoom ?? i, s?.padding ?? 0.1);
  return await r.setViewport(u, {
    duration: s?.duration,
    ease: s?.ease,
    interpolate: s?.interpolate
  }), !0;
}
function ll({ nodeId: e, nextPosition: t, nodeLookup: n, nodeOrigin: r = [0, 0], nodeExtent: o, onError: i }) {
  const s = n.get(e), a = s.parentId ? n.get(s.parentId) : void 0, { x: l, y: u } = a ? a.internals.positionAbsolute : { x: 0, y: 0 }, d = s.origin ?? r;
  let h = s.extent || o;
  if (s.extent === "parent" && !s.expandParent)
    if (!a)
      i?.("005", qt.error005());
    else {
      const { width: g, height: v } = st(a);
      g && v && (h = [
        [l, u],
        [l + g, u + v]
      ]);
    }
  else a && bn(s.extent) && (h = [
    [s.extent[0][0] + l, s.extent[0][1] + u],
    [s.extent[1][0] + l, s.extent[1][1] + u]
  ]);
  const f = bn(h) ? Gt(t, h, s.measured) : t;
  return (s.measured.width === void 0 || s.measured.height === void 0) && i?.("015", qt.error015()), {
    position: {
      x: f.x - l + (s.measured.width ?? 0) * d[0],
      y: f.y - u + (s.measured.height ?? 0) * d[1]
    },
    positionAbsolute: f
  };
}
async function Tg({ nodesToRemove: e = [], edgesToRemove: t = [], nodes: n, edges: r, onBeforeDelete: o }) {
  const i = new Set(e.map((f) => f.id)), s = [];
  for (const f of n) {
    if (f.deletable === !1)
      continue;
    const g = i.has(f.id), v = !g && f.parentId && s.find((p) => p.id === f.parentId);
    (g || v) && s.push(f);
  }
  const a = new Set(t.map((f) => f.id)), l = r.filter((f) => f.deletable !== !1), d = Ig(s, l);
  for (const f of l)
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
const mn = (e, t = 0, n = 1) => Math.min(Math.max(e, t), n), Gt = (e = { x: 0, y: 0 }, t, n) => ({
  x: mn(e.x, t[0][0], t[1][0] - (n?.width ?? 0)),
  y: mn(e.y, t[0][1], t[1][1] - (n?.height ?? 0))
});
function cl(e, t, n) {
  const { width: r, height: o } = st(n), { x: i, y: s } = n.internals.positionAbsolute;
  return Gt(e, [
    [i, s],
    [i + r, s + o]
  ], t);
}
const ds = (e, t, n) => e < t ? mn(Math.abs(e - t), 1, t) / t : e > n ? -mn(Math.abs(e - n), 1, t) / t : 0, di = (e, t, n = 15, r = 40) => {
  const o = ds(e.x, r, t.width - r) * n, i = ds(e.y, r, t.height - r) * n;
  return [o, i];
}, Fr = (e, t) => ({
  x: Math.min(e.x, t.x),
  y: Math.min(e.y, t.y),
  x2: Math.max(e.x2, t.x2),
  y2: Math.max(e.y2, t.y2)
}), Do = ({ x: e, y: t, width: n, height: r }) => ({
  x: e,
  y: t,
  x2: e + n,
  y2: t + r
}), jr = ({ x: e, y: t, x2: n, y2: r }) => ({
  x: e,
  y: t,
  width: n - e,
  height: r - t
}), Bn = (e, t = [0, 0]) => {
  const { x: n, y: r } = ci(e) ? e.internals.positionAbsolute : Gn(e, t);
  return {
    x: n,
    y: r,
    width: e.measured?.width ?? e.width ?? e.initialWidth ?? 0,
    height: e.measured?.height ?? e.height ?? e.initialHeight ?? 0
  };
}, Nr = (e, t = [0, 0]) => {
  const { x: n, y: r } = ci(e) ? e.internals.positionAbsolute : Gn(e, t);
  return {
    x: n,
    y: r,
    x2: n + (e.measured?.width ?? e.width ?? e.initialWidth ?? 0),
    y2: r + (e.measured?.height ?? e.height ?? e.initialHeight ?? 0)
  };
}, ul = (e, t) => jr(Fr(Do(e), Do(t))), dl = (e, t, n, r, o, i, s, a) => {
  const l = Math.max(0, Math.min(e + n, o + s) - Math.max(e, o)), u = Math.max(0, Math.min(t + r, i + a) - Math.max(t, i));
  return Math.ceil(l * u);
}, Sr = (e, t) => dl(e.x, e.y, e.width, e.height, t.x, t.y, t.width, t.height), fs = (e) => gt(e.width) && gt(e.height) && gt(e.x) && gt(e.y), gt = (e) => !isNaN(e) && isFinite(e), fl = (e, t) => (n, r) => {
}, Qn = (e, t = [1, 1]) => ({
  x: t[0] * Math.round(e.x / t[0]),
  y: t[1] * Math.round(e.y / t[1])
}), Jn = ({ x: e, y: t }, [n, r, o], i = !1, s = [1, 1]) => {
  const a = {
    x: (e - n) / o,
    y: (t - r) / o
  };
  return i ? Qn(a, s) : a;
}, yn = ({ x: e, y: t }, [n, r, o]) => ({
  x: e * o + n,
  y: t * o + r
});
function rn(e, t) {
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
function Dg(e, t, n) {
  if (typeof e == "string" || typeof e == "number") {
    const r = rn(e, n), o = rn(e, t);
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
    const r = rn(e.top ?? e.y ?? 0, n), o = rn(e.bottom ?? e.y ?? 0, n), i = rn(e.left ?? e.x ?? 0, t), s = rn(e.right ?? e.x ?? 0, t);
    return { top: r, right: s, bottom: o, left: i, x: i + s, y: r + o };
  }
  return { top: 0, right: 0, bottom: 0, left: 0, x: 0, y: 0 };
}
function Lg(e, t, n, r, o, i) {
  const { x: s, y: a } = yn(e, [t, n, r]), { x: l, y: u } = yn({ x: e.x + e.width, y: e.y + e.height }, [t, n, r]), d = o - l, h = i - u;
  return {
    left: Math.floor(s),
    top: Math.floor(a),
    right: Math.floor(d),
    bottom: Math.floor(h)
  };
}
const fi = (e, t, n, r, o, i) => {
  const s = Dg(i, t, n), a = (t - s.x) / e.width, l = (n - s.y) / e.height, u = Math.min(a, l), d = mn(u, r, o), h = e.x + e.width / 2, f = e.y + e.height / 2, g = t / 2 - h * d, v = n / 2 - f * d, p = Lg(e, g, v, d, t, n), y = {
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
}, Fn = () => typeof navigator < "u" && navigator?.userAgent?.indexOf("Mac") >= 0;
function bn(e) {
  return e != null && e !== "parent";
}
function st(e) {
  return {
    width: e.measured?.width ?? e.width ?? e.initialWidth ?? 0,
    height: e.measured?.height ?? e.height ?? e.initialHeight ?? 0
  };
}
function hl(e) {
  return (e.measured?.width ?? e.width ?? e.initialWidth) !== void 0 && (e.measured?.height ?? e.height ?? e.initialHeight) !== void 0;
}
function Rg(e, t = { width: 0, height: 0 }, n, r, o) {
  const i = { ...e }, s = r.get(n);
  if (s) {
    const a = s.origin || o;
    i.x += s.internals.positionAbsolute.x - (t.width ?? 0) * a[0], i.y += s.internals.positionAbsolute.y - (t.height ?? 0) * a[1];
  }
  return i;
}
function Hg(e) {
  return { ...Mg, ...e || {} };
}
function Vg(e, t) {
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
function hs(e, t, n) {
  if (!n)
    return;
  const r = [];
  e.forEach((o, i) => {
    t?.has(i) || r.push(o);
  }), r.length && n(r);
}
function Bg(e) {
  return e === null ? null : e ? "valid" : "invalid";
}
function ao(e, { snapGrid: t = [0, 0], snapToGrid: n = !1, transform: r, containerBounds: o }) {
  const { x: i, y: s } = qe(e), a = Jn({ x: i - (o?.left ?? 0), y: s - (o?.top ?? 0) }, r), { x: l, y: u } = n ? Qn(a, t) : a;
  return {
    xSnapped: l,
    ySnapped: u,
    ...a
  };
}
const gl = (e) => ({
  width: e.offsetWidth,
  height: e.offsetHeight
}), vl = (e) => e?.getRootNode?.() || window?.document, Fg = ["INPUT", "SELECT", "TEXTAREA"];
function pl(e) {
  const t = e.composedPath?.()?.[0] || e.target;
  return t?.nodeType !== 1 ? !1 : Fg.includes(t.nodeName) || t.hasAttribute("contenteditable") || !!t.closest(".nokey");
}
const ml = (e) => "clientX" in e, qe = (e, t) => {
  const n = ml(e), r = n ? e.clientX : e.touches?.[0].clientX, o = n ? e.clientY : e.touches?.[0].clientY;
  return {
    x: r - (t?.left ?? 0),
    y: o - (t?.top ?? 0)
  };
}, gs = (e, t, n, r, o) => {
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
      ...gl(s)
    };
  });
};
function jg({ sourceX: e, sourceY: t, targetX: n, targetY: r, sourceControlX: o, sourceControlY: i, targetControlX: s, targetControlY: a }) {
  const l = e * 0.125 + o * 0.375 + s * 0.375 + n * 0.125, u = t * 0.125 + i * 0.375 + a * 0.375 + r * 0.125, d = Math.abs(l - e), h = Math.abs(u - t);
  return [l, u, d, h];
}
function lr(e, t) {
  return e >= 0 ? 0.5 * e : t * 25 * Math.sqrt(-e);
}
function vs({ pos: e, x1: t, y1: n, x2: r, y2: o, c: i }) {
  switch (e) {
    case ce.Left:
      return [t - lr(t - r, i), n];
    case ce.Right:
      return [t + lr(r - t, i), n];
    case ce.Top:
      return [t, n - lr(n - o, i)];
    case ce.Bottom:
      return [t, n + lr(o - n, i)];
  }
}
function hi({ sourceX: e, sourceY: t, sourcePosition: n = ce.Bottom, targetX: r, targetY: o, targetPosition: i = ce.Top, curvature: s = 0.25 }) {
  const [a, l] = vs({
    pos: n,
    x1: e,
    y1: t,
    x2: r,
    y2: o,
    c: s
  }), [u, d] = vs({
    pos: i,
    x1: r,
    y1: o,
    x2: e,
    y2: t,
    c: s
  }), [h, f, g, v] = jg({
    sourceX: e,
    sourceY: t,
    targetX: r,
    targetY: o,
    sourceControlX: a,
    sourceControlY: l,
    targetControlX: u,
    targetControlY: d
  });
  return [
    `M${e},${t} C${a},${l} ${u},${d} ${r},${o}`,
    h,
    f,
    g,
    v
  ];
}
function yl({ sourceX: e, sourceY: t, targetX: n, targetY: r }) {
  const o = Math.abs(n - e) / 2, i = n < e ? n + o : n - o, s = Math.abs(r - t) / 2, a = r < t ? r + s : r - s;
  return [i, a, o, s];
}
function Kg({ sourceNode: e, targetNode: t, selected: n = !1, zIndex: r = 0, elevateOnSelect: o = !1, zIndexMode: i = "basic" }) {
  if (i === "manual")
    return r;
  const s = o && n ? r + 1e3 : r, a = Math.max(e.parentId || o && e.selected ? e.internals.z : 0, t.parentId || o && t.selected ? t.internals.z : 0);
  return s + a;
}
function Yg({ sourceNode: e, targetNode: t, width: n, height: r, transform: o }) {
  const i = Fr(Nr(e), Nr(t));
  i.x === i.x2 && (i.x2 += 1), i.y === i.y2 && (i.y2 += 1);
  const s = {
    x: -o[0] / o[2],
    y: -o[1] / o[2],
    width: n / o[2],
    height: r / o[2]
  };
  return Sr(s, jr(i)) > 0;
}
const Xg = ({ source: e, sourceHandle: t, target: n, targetHandle: r }) => `xy-edge__${e}${t || ""}-${n}${r || ""}`, Zg = (e, t) => t.some((n) => n.source === e.source && n.target === e.target && (n.sourceHandle === e.sourceHandle || !n.sourceHandle && !e.sourceHandle) && (n.targetHandle === e.targetHandle || !n.targetHandle && !e.targetHandle)), Wg = (e, t, n = {}) => {
  if (!e.source || !e.target)
    return n.onError?.("006", qt.error006()), t;
  const r = n.getEdgeId || Xg;
  let o;
  return al(e) ? o = { ...e } : o = {
    ...e,
    id: r(e)
  }, Zg(o, t) ? t : (o.sourceHandle === null && delete o.sourceHandle, o.targetHandle === null && delete o.targetHandle, t.concat(o));
};
function bl({ sourceX: e, sourceY: t, targetX: n, targetY: r }) {
  const [o, i, s, a] = yl({
    sourceX: e,
    sourceY: t,
    targetX: n,
    targetY: r
  });
  return [`M ${e},${t}L ${n},${r}`, o, i, s, a];
}
const ps = {
  [ce.Left]: { x: -1, y: 0 },
  [ce.Right]: { x: 1, y: 0 },
  [ce.Top]: { x: 0, y: -1 },
  [ce.Bottom]: { x: 0, y: 1 }
}, qg = ({ source: e, sourcePosition: t = ce.Bottom, target: n }) => t === ce.Left || t === ce.Right ? e.x < n.x ? { x: 1, y: 0 } : { x: -1, y: 0 } : e.y < n.y ? { x: 0, y: 1 } : { x: 0, y: -1 }, ms = (e, t) => Math.sqrt(Math.pow(t.x - e.x, 2) + Math.pow(t.y - e.y, 2));
function Gg({ source: e, sourcePosition: t = ce.Bottom, target: n, targetPosition: r = ce.Top, center: o, offset: i, stepPosition: s }) {
  const a = ps[t], l = ps[r], u = { x: e.x + a.x * i, y: e.y + a.y * i }, d = { x: n.x + l.x * i, y: n.y + l.y * i }, h = qg({
    source: u,
    sourcePosition: t,
    target: d
  }), f = h.x !== 0 ? "x" : "y", g = h[f];
  let v = [], p, y;
  const w = { x: 0, y: 0 }, C = { x: 0, y: 0 }, [, , b, x] = yl({
    sourceX: e.x,
    sourceY: e.y,
    targetX: n.x,
    targetY: n.y
  });
  if (a[f] * l[f] === -1) {
    f === "x" ? (p = o.x ?? u.x + (d.x - u.x) * s, y = o.y ?? (u.y + d.y) / 2) : (p = o.x ?? (u.x + d.x) / 2, y = o.y ?? u.y + (d.y - u.y) * s);
    const A = [
      { x: p, y: u.y },
      { x: p, y: d.y }
    ], V = [
      { x: u.x, y },
      { x: d.x, y }
    ];
    a[f] === g ? v = f === "x" ? A : V : v = f === "x" ? V : A;
  } else {
    const A = [{ x: u.x, y: d.y }], V = [{ x: d.x, y: u.y }];
    if (f === "x" ? v = a.x === g ? V : A : v = a.y === g ? A : V, t === r) {
      const m = Math.abs(e[f] - n[f]);
      if (m <= i) {
        const E = Math.min(i - 1, i - m);
        a[f] === g ? w[f] = (u[f] > e[f] ? -1 : 1) * E : C[f] = (d[f] > n[f] ? -1 : 1) * E;
      }
    }
    if (t !== r) {
      const m = f === "x" ? "y" : "x", E = a[f] === l[m], k = u[m] > d[m], N = u[m] < d[m];
      (a[f] === 1 && (!E && k || E && N) || a[f] !== 1 && (!E && N || E && k)) && (v = f === "x" ? A : V);
    }
    const Z = { x: u.x + w.x, y: u.y + w.y }, I = { x: d.x + C.x, y: d.y + C.y }, P = Math.max(Math.abs(Z.x - v[0].x), Math.abs(I.x - v[0].x)), M = Math.max(Math.abs(Z.y - v[0].y), Math.abs(I.y - v[0].y));
    P >= M ? (p = (Z.x + I.x) / 2, y = v[0].y) : (p = v[0].x, y = (Z.y + I.y) / 2);
  }
  const S = { x: u.x + w.x, y: u.y + w.y }, O = { x: d.x + C.x, y: d.y + C.y };
  return [[
    e,
    // we only want to add the gapped source/target if they are different from the first/last point to avoid duplicates which can cause issues with the bends
    ...S.x !== v[0].x || S.y !== v[0].y ? [S] : [],
    ...v,
    ...O.x !== v[v.length - 1].x || O.y !== v[v.length - 1].y ? [O] : [],
    n
  ], p, y, b, x];
}
function Ug(e, t, n, r) {
  const o = Math.min(ms(e, t) / 2, ms(t, n) / 2, r), { x: i, y: s } = t;
  if (e.x === i && i === n.x || e.y === s && s === n.y)
    return `L${i} ${s}`;
  if (e.y === s) {
    const u = e.x < n.x ? -1 : 1, d = e.y < n.y ? 1 : -1;
    return `L ${i + o * u},${s}Q ${i},${s} ${i},${s + o * d}`;
  }
  const a = e.x < n.x ? 1 : -1, l = e.y < n.y ? -1 : 1;
  return `L ${i},${s + o * l}Q ${i},${s} ${i + o * a},${s}`;
}
function gi({ sourceX: e, sourceY: t, sourcePosition: n = ce.Bottom, targetX: r, targetY: o, targetPosition: i = ce.Top, borderRadius: s = 5, centerX: a, centerY: l, offset: u = 20, stepPosition: d = 0.5 }) {
  const [h, f, g, v, p] = Gg({
    source: { x: e, y: t },
    sourcePosition: n,
    target: { x: r, y: o },
    targetPosition: i,
    center: { x: a, y: l },
    offset: u,
    stepPosition: d
  });
  let y = `M${h[0].x} ${h[0].y}`;
  for (let w = 1; w < h.length - 1; w++)
    y += Ug(h[w - 1], h[w], h[w + 1], s);
  return y += `L${h[h.length - 1].x} ${h[h.length - 1].y}`, [y, f, g, v, p];
}
function ys(e) {
  return e && !!(e.internals.handleBounds || e.handles?.length) && !!(e.measured.width || e.width || e.initialWidth);
}
function Qg(e) {
  const { sourceNode: t, targetNode: n } = e;
  if (!ys(t) || !ys(n))
    return null;
  const r = t.internals.handleBounds || bs(t.handles), o = n.internals.handleBounds || bs(n.handles), i = ws(r?.source ?? [], e.sourceHandle), s = ws(
    // when connection type is loose we can define all handles as sources and connect source -> source
    e.connectionMode === pn.Strict ? o?.target ?? [] : (o?.target ?? []).concat(o?.source ?? []),
    e.targetHandle
  );
  if (!i || !s)
    return e.onError?.("008", qt.error008(i ? "target" : "source", {
      id: e.id,
      sourceHandle: e.sourceHandle,
      targetHandle: e.targetHandle
    })), null;
  const a = i?.position || ce.Bottom, l = s?.position || ce.Top, u = Ut(t, i, a), d = Ut(n, s, l);
  return {
    sourceX: u.x,
    sourceY: u.y,
    targetX: d.x,
    targetY: d.y,
    sourcePosition: a,
    targetPosition: l
  };
}
function bs(e) {
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
function Ut(e, t, n = ce.Left, r = !1) {
  const o = (t?.x ?? 0) + e.internals.positionAbsolute.x, i = (t?.y ?? 0) + e.internals.positionAbsolute.y, { width: s, height: a } = t ?? st(e);
  if (r)
    return { x: o + s / 2, y: i + a / 2 };
  switch (t?.position ?? n) {
    case ce.Top:
      return { x: o + s / 2, y: i };
    case ce.Right:
      return { x: o + s, y: i + a / 2 };
    case ce.Bottom:
      return { x: o + s / 2, y: i + a };
    case ce.Left:
      return { x: o, y: i + a / 2 };
  }
}
function ws(e, t) {
  return e && (t ? e.find((n) => n.id === t) : e[0]) || null;
}
function Lo(e, t) {
  return e ? typeof e == "string" ? e : `${t ? `${t}__` : ""}${Object.keys(e).sort().map((r) => `${r}=${e[r]}`).join("&")}` : "";
}
function Jg(e, { id: t, defaultColor: n, defaultMarkerStart: r, defaultMarkerEnd: o }) {
  const i = /* @__PURE__ */ new Set();
  return e.reduce((s, a) => ([a.markerStart || r, a.markerEnd || o].forEach((l) => {
    if (l && typeof l == "object") {
      const u = Lo(l, t);
      i.has(u) || (s.push({ id: u, color: l.color || n, ...l }), i.add(u));
    }
  }), s), []).sort((s, a) => s.id.localeCompare(a.id));
}
const wl = 1e3, $g = 10, vi = {
  nodeOrigin: [0, 0],
  nodeExtent: zo,
  elevateNodesOnSelect: !0,
  zIndexMode: "basic",
  defaults: {}
}, e0 = {
  ...vi,
  checkEquality: !0
};
function pi(e, t) {
  const n = { ...e };
  for (const r in t)
    t[r] !== void 0 && (n[r] = t[r]);
  return n;
}
function t0(e, t, n) {
  const r = pi(vi, n);
  for (const o of e.values())
    if (o.parentId)
      yi(o, e, t, r);
    else {
      const i = Gn(o, r.nodeOrigin), s = bn(o.extent) ? o.extent : r.nodeExtent, a = Gt(i, s, st(o));
      o.internals.positionAbsolute = a;
    }
}
function n0(e, t) {
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
function mi(e) {
  return e === "manual";
}
function r0(e, t, n, r = {}) {
  const o = pi(e0, r), i = { i: 0 }, s = new Map(t), a = o?.elevateNodesOnSelect && !mi(o.zIndexMode) ? wl : 0;
  let l = e.length > 0, u = !1;
  t.clear(), n.clear();
  for (const d of e) {
    let h = s.get(d.id);
    if (o.checkEquality && d === h?.internals.userNode)
      t.set(d.id, h);
    else {
      const f = Gn(d, o.nodeOrigin), g = bn(d.extent) ? d.extent : o.nodeExtent, v = Gt(f, g, st(d));
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
          handleBounds: n0(d, h),
          z: _l(d, a, o.zIndexMode),
          userNode: d
        }
      }, t.set(d.id, h);
    }
    (h.measured === void 0 || h.measured.width === void 0 || h.measured.height === void 0) && !h.hidden && (l = !1), d.parentId && yi(h, t, n, r, i), u ||= d.selected ?? !1;
  }
  return { nodesInitialized: l, hasSelectedNodes: u };
}
function o0(e, t) {
  if (!e.parentId)
    return;
  const n = t.get(e.parentId);
  n ? n.set(e.id, e) : t.set(e.parentId, /* @__PURE__ */ new Map([[e.id, e]]));
}
function yi(e, t, n, r, o) {
  const { elevateNodesOnSelect: i, nodeOrigin: s, nodeExtent: a, zIndexMode: l } = pi(vi, r), u = e.parentId, d = t.get(u);
  if (!d) {
    console.warn(`Parent node ${u} not found. Please make sure that parent nodes are in front of their child nodes in the nodes array.`);
    return;
  }
  o0(e, n), o && !d.parentId && d.internals.rootParentIndex === void 0 && l === "auto" && (d.internals.rootParentIndex = ++o.i, d.internals.z = d.internals.z + o.i * $g), o && d.internals.rootParentIndex !== void 0 && (o.i = d.internals.rootParentIndex);
  const h = i && !mi(l) ? wl : 0, { x: f, y: g, z: v } = i0(e, d, s, a, h, l), { positionAbsolute: p } = e.internals, y = f !== p.x || g !== p.y;
  (y || v !== e.internals.z) && t.set(e.id, {
    ...e,
    internals: {
      ...e.internals,
      positionAbsolute: y ? { x: f, y: g } : p,
      z: v
    }
  });
}
function _l(e, t, n) {
  const r = gt(e.zIndex) ? e.zIndex : 0;
  return mi(n) ? r : r + (e.selected ? t : 0);
}
function i0(e, t, n, r, o, i) {
  const { x: s, y: a } = t.internals.positionAbsolute, l = st(e), u = Gn(e, n), d = bn(e.extent) ? Gt(u, e.extent, l) : u;
  let h = Gt({ x: s + d.x, y: a + d.y }, r, l);
  e.extent === "parent" && (h = cl(h, l, t));
  const f = _l(e, o, i), g = t.internals.z ?? 0;
  return {
    x: h.x,
    y: h.y,
    z: g >= f ? g + 1 : f
  };
}
function s0(e, t, n, r = [0, 0]) {
  const o = [], i = /* @__PURE__ */ new Map();
  for (const s of e) {
    const a = t.get(s.parentId);
    if (!a)
      continue;
    const l = i.get(s.parentId)?.expandedRect ?? Bn(a), u = ul(l, s.rect);
    i.set(s.parentId, { expandedRect: u, parent: a });
  }
  return i.size > 0 && i.forEach(({ expandedRect: s, parent: a }, l) => {
    const u = a.internals.positionAbsolute, d = st(a), h = a.origin ?? r, f = s.x < u.x ? Math.round(Math.abs(u.x - s.x)) : 0, g = s.y < u.y ? Math.round(Math.abs(u.y - s.y)) : 0, v = Math.max(d.width, Math.round(s.width)), p = Math.max(d.height, Math.round(s.height)), y = (v - d.width) * h[0], w = (p - d.height) * h[1];
    (f > 0 || g > 0 || y || w) && (o.push({
      id: l,
      type: "position",
      position: {
        x: a.position.x - f + y,
        y: a.position.y - g + w
      }
    }), n.get(l)?.forEach((C) => {
      e.some((b) => b.id === C.id) || o.push({
        id: C.id,
        type: "position",
        position: {
          x: C.position.x + f,
          y: C.position.y + g
        }
      });
    })), (d.width < s.width || d.height < s.height || f || g) && o.push({
      id: l,
      type: "dimensions",
      setAttributes: !0,
      dimensions: {
        width: v + (f ? h[0] * f - y : 0),
        height: p + (g ? h[1] * g - w : 0)
      }
    });
  }), o;
}
function a0(e, t, n, r, o, i, s) {
  const a = r?.querySelector(".xyflow__viewport");
  let l = !1;
  if (!a)
    return { changes: [], updatedInternals: l };
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
      }), l = !0;
      continue;
    }
    const p = gl(g.nodeElement), y = v.measured.width !== p.width || v.measured.height !== p.height;
    if (!!(p.width && p.height && (y || !v.internals.handleBounds || g.force))) {
      const C = g.nodeElement.getBoundingClientRect(), b = bn(v.extent) ? v.extent : i;
      let { positionAbsolute: x } = v.internals;
      if (v.parentId && v.extent === "parent") {
        const O = t.get(v.parentId);
        O && (x = cl(x, p, O));
      } else b && (x = Gt(x, b, p));
      const S = {
        ...v,
        measured: p,
        internals: {
          ...v.internals,
          positionAbsolute: x,
          handleBounds: {
            source: gs("source", g.nodeElement, C, h, v.id),
            target: gs("target", g.nodeElement, C, h, v.id)
          }
        }
      };
      t.set(v.id, S), v.parentId && yi(S, t, n, { nodeOrigin: o, zIndexMode: s }), l = !0, y && (u.push({
        id: v.id,
        type: "dimensions",
        dimensions: p
      }), v.expandParent && v.parentId && f.push({
        id: v.id,
        parentId: v.parentId,
        rect: Bn(S, o)
      }));
    }
  }
  if (f.length > 0) {
    const g = s0(f, t, n, o);
    u.push(...g);
  }
  return { changes: u, updatedInternals: l };
}
async function l0({ delta: e, panZoom: t, transform: n, translateExtent: r, width: o, height: i }) {
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
function _s(e, t, n, r, o, i) {
  let s = o;
  const a = r.get(s) || /* @__PURE__ */ new Map();
  r.set(s, a.set(n, t)), s = `${o}-${e}`;
  const l = r.get(s) || /* @__PURE__ */ new Map();
  if (r.set(s, l.set(n, t)), i) {
    s = `${o}-${e}-${i}`;
    const u = r.get(s) || /* @__PURE__ */ new Map();
    r.set(s, u.set(n, t));
  }
}
function c0(e, t, n) {
  e.clear(), t.clear();
  for (const r of n) {
    const { source: o, target: i, sourceHandle: s = null, targetHandle: a = null } = r, l = { edgeId: r.id, source: o, target: i, sourceHandle: s, targetHandle: a }, u = `${o}-${s}--${i}-${a}`, d = `${i}-${a}--${o}-${s}`;
    _s("source", l, d, e, o, s), _s("target", l, u, e, i, a), t.set(r.id, r);
  }
}
function xl(e, t) {
  if (!e.parentId)
    return !1;
  const n = t.get(e.parentId);
  return n ? n.selected ? !0 : xl(n, t) : !1;
}
function xs(e, t, n) {
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
function u0(e, t, n, r) {
  const o = /* @__PURE__ */ new Map();
  for (const [i, s] of e)
    if ((s.selected || s.id === r) && (!s.parentId || !xl(s, e)) && (s.draggable || t && typeof s.draggable > "u")) {
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
function lo({ nodeId: e, dragItems: t, nodeLookup: n, dragging: r = !0 }) {
  const o = [];
  for (const [s, a] of t) {
    const l = n.get(s)?.internals.userNode;
    l && o.push({
      ...l,
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
function d0({ dragItems: e, snapGrid: t, x: n, y: r }) {
  const o = e.values().next().value;
  if (!o)
    return null;
  const i = {
    x: n - o.distance.x,
    y: r - o.distance.y
  }, s = Qn(i, t);
  return {
    x: s.x - i.x,
    y: s.y - i.y
  };
}
function f0({ onNodeMouseDown: e, getStoreItems: t, onDragStart: n, onDrag: r, onDragStop: o }) {
  let i = { x: null, y: null }, s = 0, a = /* @__PURE__ */ new Map(), l = !1, u = { x: 0, y: 0 }, d = null, h = !1, f = null, g = !1, v = !1, p = null;
  function y({ noDragClassName: C, handleSelector: b, domNode: x, isSelectable: S, nodeId: O, nodeClickDistance: z = 0 }) {
    f = Ye(x);
    function A({ x: P, y: M }) {
      const { nodeLookup: m, nodeExtent: E, snapGrid: k, snapToGrid: N, nodeOrigin: L, onNodeDrag: B, onSelectionDrag: F, onError: W, updateNodePositions: T } = t();
      i = { x: P, y: M };
      let D = !1;
      const K = a.size > 1, ee = K && E ? Do(Un(a)) : null, te = K && N ? d0({
        dragItems: a,
        snapGrid: k,
        x: P,
        y: M
      }) : null;
      for (const [Q, ne] of a) {
        if (!m.has(Q))
          continue;
        let fe = { x: P - ne.distance.x, y: M - ne.distance.y };
        N && (fe = te ? {
          x: Math.round(fe.x + te.x),
          y: Math.round(fe.y + te.y)
        } : Qn(fe, k));
        let he = null;
        if (K && E && !ne.extent && ee) {
          const { positionAbsolute: ye } = ne.internals, ze = ye.x - ee.x + E[0][0], Ae = ye.x + ne.measured.width - ee.x2 + E[1][0], Ke = ye.y - ee.y + E[0][1], Y = ye.y + ne.measured.height - ee.y2 + E[1][1];
          he = [
            [ze, Ke],
            [Ae, Y]
          ];
        }
        const { position: ae, positionAbsolute: be } = ll({
          nodeId: Q,
          nextPosition: fe,
          nodeLookup: m,
          nodeExtent: he || E,
          nodeOrigin: L,
          onError: W
        });
        D = D || ne.position.x !== ae.x || ne.position.y !== ae.y, ne.position = ae, ne.internals.positionAbsolute = be;
      }
      if (v = v || D, !!D && (T(a, !0), p && (r || B || !O && F))) {
        const [Q, ne] = lo({
          nodeId: O,
          dragItems: a,
          nodeLookup: m
        });
        r?.(p, a, Q, ne), B?.(p, Q, ne), O || F?.(p, ne);
      }
    }
    async function V() {
      if (!d)
        return;
      const { transform: P, panBy: M, autoPanSpeed: m, autoPanOnNodeDrag: E } = t();
      if (!E) {
        l = !1, cancelAnimationFrame(s);
        return;
      }
      const [k, N] = di(u, d, m);
      (k !== 0 || N !== 0) && (i.x = (i.x ?? 0) - k / P[2], i.y = (i.y ?? 0) - N / P[2], await M({ x: k, y: N }) && A(i)), s = requestAnimationFrame(V);
    }
    function Z(P) {
      const { nodeLookup: M, multiSelectionActive: m, nodesDraggable: E, transform: k, snapGrid: N, snapToGrid: L, selectNodesOnDrag: B, onNodeDragStart: F, onSelectionDragStart: W, unselectNodesAndEdges: T } = t();
      h = !0, (!B || !S) && !m && O && (M.get(O)?.selected || T()), S && B && O && e?.(O);
      const D = ao(P.sourceEvent, { transform: k, snapGrid: N, snapToGrid: L, containerBounds: d });
      if (i = D, a = u0(M, E, D, O), a.size > 0 && (n || F || !O && W)) {
        const [K, ee] = lo({
          nodeId: O,
          dragItems: a,
          nodeLookup: M
        });
        n?.(P.sourceEvent, a, K, ee), F?.(P.sourceEvent, K, ee), O || W?.(P.sourceEvent, ee);
      }
    }
    const I = If().clickDistance(z).on("start", (P) => {
      const { domNode: M, nodeDragThreshold: m, transform: E, snapGrid: k, snapToGrid: N } = t();
      d = M?.getBoundingClientRect() || null, g = !1, v = !1, p = P.sourceEvent, m === 0 && Z(P), i = ao(P.sourceEvent, { transform: E, snapGrid: k, snapToGrid: N, containerBounds: d }), u = qe(P.sourceEvent, d);
    }).on("drag", (P) => {
      const { autoPanOnNodeDrag: M, transform: m, snapGrid: E, snapToGrid: k, nodeDragThreshold: N, nodeLookup: L } = t(), B = ao(P.sourceEvent, { transform: m, snapGrid: E, snapToGrid: k, containerBounds: d });
      if (p = P.sourceEvent, (P.sourceEvent.type === "touchmove" && P.sourceEvent.touches.length > 1 || // if user deletes a node while dragging, we need to abort the drag to prevent errors
      O && !L.has(O)) && (g = !0), !g) {
        if (!l && M && h && (l = !0, V()), !h) {
          const F = qe(P.sourceEvent, d), W = F.x - u.x, T = F.y - u.y;
          Math.sqrt(W * W + T * T) > N && Z(P);
        }
        (i.x !== B.xSnapped || i.y !== B.ySnapped) && a && h && (u = qe(P.sourceEvent, d), A(B));
      }
    }).on("end", (P) => {
      if (!h || g) {
        g && a.size > 0 && t().updateNodePositions(a, !1);
        return;
      }
      if (l = !1, h = !1, cancelAnimationFrame(s), a.size > 0) {
        const { nodeLookup: M, updateNodePositions: m, onNodeDragStop: E, onSelectionDragStop: k } = t();
        if (v && (m(a, !1), v = !1), o || E || !O && k) {
          const [N, L] = lo({
            nodeId: O,
            dragItems: a,
            nodeLookup: M,
            dragging: !1
          });
          o?.(P.sourceEvent, a, N, L), E?.(P.sourceEvent, N, L), O || k?.(P.sourceEvent, L);
        }
      }
    }).filter((P) => {
      const M = P.target;
      return !P.button && (!C || !xs(M, `.${C}`, x)) && (!b || xs(M, b, x));
    });
    f.call(I);
  }
  function w() {
    f?.on(".drag", null);
  }
  return {
    update: y,
    destroy: w
  };
}
function h0(e, t, n) {
  const r = [], o = {
    x: e.x - n,
    y: e.y - n,
    width: n * 2,
    height: n * 2
  };
  for (const i of t.values())
    Sr(o, Bn(i)) > 0 && r.push(i);
  return r;
}
const g0 = 250;
function v0(e, t, n, r) {
  let o = [], i = 1 / 0;
  const s = h0(e, n, t + g0);
  for (const a of s) {
    const l = [...a.internals.handleBounds?.source ?? [], ...a.internals.handleBounds?.target ?? []];
    for (const u of l) {
      if (r.nodeId === u.nodeId && r.type === u.type && r.id === u.id)
        continue;
      const { x: d, y: h } = Ut(a, u, u.position, !0), f = Math.sqrt(Math.pow(d - e.x, 2) + Math.pow(h - e.y, 2));
      f > t || (f < i ? (o = [{ ...u, x: d, y: h }], i = f) : f === i && o.push({ ...u, x: d, y: h }));
    }
  }
  if (!o.length)
    return null;
  if (o.length > 1) {
    const a = r.type === "source" ? "target" : "source";
    return o.find((l) => l.type === a) ?? o[0];
  }
  return o[0];
}
function El(e, t, n, r, o, i = !1) {
  const s = r.get(e);
  if (!s)
    return null;
  const a = o === "strict" ? s.internals.handleBounds?.[t] : [...s.internals.handleBounds?.source ?? [], ...s.internals.handleBounds?.target ?? []], l = (n ? a?.find((u) => u.id === n) : a?.[0]) ?? null;
  return l && i ? { ...l, ...Ut(s, l, l.position, !0) } : l;
}
function kl(e, t) {
  return e || (t?.classList.contains("target") ? "target" : t?.classList.contains("source") ? "source" : null);
}
function p0(e, t) {
  let n = null;
  return t ? n = !0 : e && !t && (n = !1), n;
}
const Nl = () => !0;
function m0(e, { connectionMode: t, connectionRadius: n, handleId: r, nodeId: o, edgeUpdaterType: i, isTarget: s, domNode: a, nodeLookup: l, lib: u, autoPanOnConnect: d, flowId: h, panBy: f, cancelConnection: g, onConnectStart: v, onConnect: p, onConnectEnd: y, isValidConnection: w = Nl, onReconnectEnd: C, updateConnection: b, getTransform: x, getFromHandle: S, autoPanSpeed: O, dragThreshold: z = 1, handleDomNode: A }) {
  const V = vl(e.target);
  let Z = 0, I;
  const { x: P, y: M } = qe(e), m = kl(i, A), E = a?.getBoundingClientRect();
  let k = !1;
  if (!E || !m)
    return;
  const N = El(o, m, r, l, t);
  if (!N)
    return;
  let L = qe(e, E), B = !1, F = null, W = !1, T = null;
  function D() {
    if (!d || !E)
      return;
    const [ae, be] = di(L, E, O);
    f({ x: ae, y: be }), Z = requestAnimationFrame(D);
  }
  const K = {
    ...N,
    nodeId: o,
    type: m,
    position: N.position
  }, ee = l.get(o);
  let Q = {
    inProgress: !0,
    isValid: null,
    from: Ut(ee, K, ce.Left, !0),
    fromHandle: K,
    fromPosition: K.position,
    fromNode: ee,
    to: L,
    toHandle: null,
    toPosition: us[K.position],
    toNode: null,
    pointer: L
  };
  function ne() {
    k = !0, b(Q), v?.(e, { nodeId: o, handleId: r, handleType: m });
  }
  z === 0 && ne();
  function fe(ae) {
    if (!k) {
      const { x: Y, y: R } = qe(ae), re = Y - P, me = R - M;
      if (!(re * re + me * me > z * z))
        return;
      ne();
    }
    if (!S() || !K) {
      he(ae);
      return;
    }
    const be = x();
    L = qe(ae, E), I = v0(Jn(L, be, !1, [1, 1]), n, l, K), B || (D(), B = !0);
    const ye = Sl(ae, {
      handle: I,
      connectionMode: t,
      fromNodeId: o,
      fromHandleId: r,
      fromType: s ? "target" : "source",
      isValidConnection: w,
      doc: V,
      lib: u,
      flowId: h,
      nodeLookup: l
    });
    T = ye.handleDomNode, F = ye.connection, W = p0(!!I, ye.isValid);
    const ze = l.get(o), Ae = ze ? Ut(ze, K, ce.Left, !0) : Q.from, Ke = {
      ...Q,
      from: Ae,
      isValid: W,
      to: ye.toHandle && W ? yn({ x: ye.toHandle.x, y: ye.toHandle.y }, be) : L,
      toHandle: ye.toHandle,
      toPosition: W && ye.toHandle ? ye.toHandle.position : us[K.position],
      toNode: ye.toHandle ? l.get(ye.toHandle.nodeId) : null,
      pointer: L
    };
    b(Ke), Q = Ke;
  }
  function he(ae) {
    if (!("touches" in ae && ae.touches.length > 0)) {
      if (k) {
        (I || T) && F && W && p?.(F);
        const { inProgress: be, ...ye } = Q, ze = {
          ...ye,
          toPosition: Q.toHandle ? Q.toPosition : null
        };
        y?.(ae, ze), i && C?.(ae, ze);
      }
      g(), cancelAnimationFrame(Z), B = !1, W = !1, F = null, T = null, V.removeEventListener("mousemove", fe), V.removeEventListener("mouseup", he), V.removeEventListener("touchmove", fe), V.removeEventListener("touchend", he);
    }
  }
  V.addEventListener("mousemove", fe), V.addEventListener("mouseup", he), V.addEventListener("touchmove", fe), V.addEventListener("touchend", he);
}
function Sl(e, { handle: t, connectionMode: n, fromNodeId: r, fromHandleId: o, fromType: i, doc: s, lib: a, flowId: l, isValidConnection: u = Nl, nodeLookup: d }) {
  const h = i === "target", f = t ? s.querySelector(`.${a}-flow__handle[data-id="${l}-${t?.nodeId}-${t?.id}-${t?.type}"]`) : null, { x: g, y: v } = qe(e), p = s.elementFromPoint(g, v), y = p?.classList.contains(`${a}-flow__handle`) ? p : f, w = {
    handleDomNode: y,
    isValid: !1,
    connection: null,
    toHandle: null
  };
  if (y) {
    const C = kl(void 0, y), b = y.getAttribute("data-nodeid"), x = y.getAttribute("data-handleid"), S = y.classList.contains("connectable"), O = y.classList.contains("connectableend");
    if (!b || !C)
      return w;
    const z = {
      source: h ? b : r,
      sourceHandle: h ? x : o,
      target: h ? r : b,
      targetHandle: h ? o : x
    };
    w.connection = z;
    const V = S && O && (n === pn.Strict ? h && C === "source" || !h && C === "target" : b !== r || x !== o);
    w.isValid = V && u(z), w.toHandle = El(b, C, x, d, n, !0);
  }
  return w;
}
const Es = {
  onPointerDown: m0,
  isValid: Sl
};
function y0({ domNode: e, panZoom: t, getTransform: n, getViewScale: r }) {
  const o = Ye(e);
  function i({ translateExtent: a, width: l, height: u, zoomStep: d = 1, pannable: h = !0, zoomable: f = !0, inversePan: g = !1 }) {
    const v = (b) => {
      if (b.sourceEvent.type !== "wheel" || !t)
        return;
      const x = n(), S = b.sourceEvent.ctrlKey && Fn() ? 10 : 1, O = -b.sourceEvent.deltaY * (b.sourceEvent.deltaMode === 1 ? 0.05 : b.sourceEvent.deltaMode ? 1 : 2e-3) * d, z = x[2] * Math.pow(2, O * S);
      t.scaleTo(z);
    };
    let p = [0, 0];
    const y = (b) => {
      (b.sourceEvent.type === "mousedown" || b.sourceEvent.type === "touchstart") && (p = [
        b.sourceEvent.clientX ?? b.sourceEvent.touches[0].clientX,
        b.sourceEvent.clientY ?? b.sourceEvent.touches[0].clientY
      ]);
    }, w = (b) => {
      const x = n();
      if (b.sourceEvent.type !== "mousemove" && b.sourceEvent.type !== "touchmove" || !t)
        return;
      const S = [
        b.sourceEvent.clientX ?? b.sourceEvent.touches[0].clientX,
        b.sourceEvent.clientY ?? b.sourceEvent.touches[0].clientY
      ], O = [S[0] - p[0], S[1] - p[1]];
      p = S;
      const z = r() * Math.max(x[2], Math.log(x[2])) * (g ? -1 : 1), A = {
        x: x[0] - O[0] * z,
        y: x[1] - O[1] * z
      }, V = [
        [0, 0],
        [l, u]
      ];
      t.setViewportConstrained({
        x: A.x,
        y: A.y,
        zoom: x[2]
      }, V, a);
    }, C = il().on("start", y).on("zoom", h ? w : null).on("zoom.wheel", f ? v : null);
    o.call(C, {});
  }
  function s() {
    o.on("zoom", null);
  }
  return {
    update: i,
    destroy: s,
    pointer: Ze
  };
}
const Kr = (e) => ({
  x: e.x,
  y: e.y,
  zoom: e.k
}), co = ({ x: e, y: t, zoom: n }) => Br.translate(e, t).scale(n), Et = (e, t) => e.target.closest(`.${t}`), Cl = (e, t) => t === 2 && Array.isArray(e) && e.includes(2), b0 = (e) => ((e *= 2) <= 1 ? e * e * e : (e -= 2) * e * e + 2) / 2, uo = (e, t = 0, n = b0, r = () => {
}) => {
  const o = typeof t == "number" && t > 0;
  return o || r(), o ? e.transition().duration(t).ease(n).on("end", r) : e;
}, Ml = (e) => {
  const t = e.ctrlKey && Fn() ? 10 : 1;
  return -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 2e-3) * t;
};
function w0({ zoomPanValues: e, noWheelClassName: t, d3Selection: n, d3Zoom: r, panOnScrollMode: o, panOnScrollSpeed: i, zoomOnPinch: s, onPanZoomStart: a, onPanZoom: l, onPanZoomEnd: u }) {
  return (d) => {
    if (Et(d, t))
      return d.ctrlKey && d.preventDefault(), !1;
    d.preventDefault(), d.stopImmediatePropagation();
    const h = n.property("__zoom").k || 1;
    if (d.ctrlKey && s) {
      const y = Ze(d), w = Ml(d), C = h * Math.pow(2, w);
      r.scaleTo(n, C, y, d);
      return;
    }
    const f = d.deltaMode === 1 ? 20 : 1;
    let g = o === cn.Vertical ? 0 : d.deltaX * f, v = o === cn.Horizontal ? 0 : d.deltaY * f;
    !Fn() && d.shiftKey && o !== cn.Vertical && (g = d.deltaY * f, v = 0), r.translateBy(
      n,
      -(g / h) * i,
      -(v / h) * i,
      // @ts-ignore
      { internal: !0 }
    );
    const p = Kr(n.property("__zoom"));
    clearTimeout(e.panScrollTimeout), e.isPanScrolling ? l?.(d, p) : (e.isPanScrolling = !0, a?.(d, p)), e.panScrollTimeout = setTimeout(() => {
      u?.(d, p), e.isPanScrolling = !1;
    }, 150);
  };
}
function _0({ noWheelClassName: e, preventScrolling: t, d3ZoomHandler: n }) {
  return function(r, o) {
    const i = r.type === "wheel", s = !t && i && !r.ctrlKey, a = Et(r, e);
    if (r.ctrlKey && i && a && r.preventDefault(), s || a)
      return null;
    r.preventDefault(), n.call(this, r, o);
  };
}
function x0({ zoomPanValues: e, onDraggingChange: t, onPanZoomStart: n }) {
  return (r) => {
    if (r.sourceEvent?.internal)
      return;
    const o = Kr(r.transform);
    e.mouseButton = r.sourceEvent?.button || 0, e.isZoomingOrPanning = !0, e.prevViewport = o, r.sourceEvent?.type === "mousedown" && t(!0), n && n?.(r.sourceEvent, o);
  };
}
function E0({ zoomPanValues: e, panOnDrag: t, onPaneContextMenu: n, onTransformChange: r, onPanZoom: o }) {
  return (i) => {
    e.usedRightMouseButton = !!(n && Cl(t, e.mouseButton ?? 0)), i.sourceEvent?.sync || r([i.transform.x, i.transform.y, i.transform.k]), o && !i.sourceEvent?.internal && o?.(i.sourceEvent, Kr(i.transform));
  };
}
function k0({ zoomPanValues: e, panOnDrag: t, panOnScroll: n, onDraggingChange: r, onPanZoomEnd: o, onPaneContextMenu: i }) {
  return (s) => {
    if (!s.sourceEvent?.internal && (e.isZoomingOrPanning = !1, i && Cl(t, e.mouseButton ?? 0) && !e.usedRightMouseButton && s.sourceEvent && i(s.sourceEvent), e.usedRightMouseButton = !1, r(!1), o)) {
      const a = Kr(s.transform);
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
function N0({ panActivationKeyPressed: e, zoomActivationKeyPressed: t, zoomOnScroll: n, zoomOnPinch: r, panOnDrag: o, panOnScroll: i, zoomOnDoubleClick: s, userSelectionActive: a, noWheelClassName: l, noPanClassName: u, lib: d, connectionInProgress: h }) {
  return (f) => {
    const g = t || n, v = r && f.ctrlKey, p = f.type === "wheel";
    if (f.button === 1 && f.type === "mousedown" && (Et(f, `${d}-flow__node`) || Et(f, `${d}-flow__edge`) || Et(f, `${d}-flow__selection`) || Et(f, `${d}-flow__nodesselection`)))
      return !0;
    if (!o && !g && !i && !s && !r || a || h && !p || Et(f, l) && p || Et(f, u) && (!p || i && p && !t) || !r && f.ctrlKey && p)
      return !1;
    if (!r && f.type === "touchstart" && f.touches?.length > 1)
      return f.preventDefault(), !1;
    if (!g && !i && !v && p || !o && (f.type === "mousedown" || f.type === "touchstart") || Array.isArray(o) && !o.includes(f.button) && f.type === "mousedown")
      return !1;
    const y = Array.isArray(o) && o.includes(f.button) || !f.button || f.button <= 1;
    return (!f.ctrlKey || p || e) && y;
  };
}
function S0({ domNode: e, minZoom: t, maxZoom: n, translateExtent: r, viewport: o, onPanZoom: i, onPanZoomStart: s, onPanZoomEnd: a, onDraggingChange: l }) {
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
  (typeof ResizeObserver < "u" ? new ResizeObserver((M) => {
    const m = M[0];
    m && (h = [
      [0, 0],
      [m.contentRect.width, m.contentRect.height]
    ]);
  }) : null)?.observe(e);
  const g = il().extent(() => h).scaleExtent([t, n]).translateExtent(r), v = Ye(e).call(g);
  x({
    x: o.x,
    y: o.y,
    zoom: mn(o.zoom, t, n)
  }, [
    [0, 0],
    [d.width, d.height]
  ], r);
  const p = v.on("wheel.zoom"), y = v.on("dblclick.zoom");
  g.wheelDelta(Ml);
  async function w(M, m) {
    return v ? new Promise((E) => {
      g?.interpolate(m?.interpolate === "linear" ? Dn : dr).transform(uo(v, m?.duration, m?.ease, () => E(!0)), M);
    }) : !1;
  }
  function C({ noWheelClassName: M, noPanClassName: m, onPaneContextMenu: E, userSelectionActive: k, panOnScroll: N, panOnDrag: L, panOnScrollMode: B, panOnScrollSpeed: F, preventScrolling: W, zoomOnPinch: T, zoomOnScroll: D, zoomOnDoubleClick: K, panActivationKeyPressed: ee = !1, zoomActivationKeyPressed: te, lib: Q, onTransformChange: ne, connectionInProgress: fe, paneClickDistance: he, selectionOnDrag: ae }) {
    k && !u.isZoomingOrPanning && b();
    const be = N && !te && !k;
    g.clickDistance(ae ? 1 / 0 : !gt(he) || he < 0 ? 0 : he);
    const ye = be ? w0({
      zoomPanValues: u,
      noWheelClassName: M,
      d3Selection: v,
      d3Zoom: g,
      panOnScrollMode: B,
      panOnScrollSpeed: F,
      zoomOnPinch: T,
      onPanZoomStart: s,
      onPanZoom: i,
      onPanZoomEnd: a
    }) : _0({
      noWheelClassName: M,
      preventScrolling: W,
      d3ZoomHandler: p
    });
    v.on("wheel.zoom", ye, { passive: !1 });
    const ze = x0({
      zoomPanValues: u,
      onDraggingChange: l,
      onPanZoomStart: s
    });
    g.on("start", ze);
    const Ae = E0({
      zoomPanValues: u,
      panOnDrag: L,
      onPaneContextMenu: !!E,
      onPanZoom: i,
      onTransformChange: ne
    });
    g.on("zoom", Ae);
    const Ke = k0({
      zoomPanValues: u,
      panOnDrag: L,
      panOnScroll: N,
      onPaneContextMenu: E,
      onPanZoomEnd: a,
      onDraggingChange: l
    });
    g.on("end", Ke);
    const Y = N0({
      panActivationKeyPressed: ee,
      zoomActivationKeyPressed: te,
      panOnDrag: L,
      zoomOnScroll: D,
      panOnScroll: N,
      zoomOnDoubleClick: K,
      zoomOnPinch: T,
      userSelectionActive: k,
      noPanClassName: m,
      noWheelClassName: M,
      lib: Q,
      connectionInProgress: fe
    });
    g.filter(Y), K ? v.on("dblclick.zoom", y) : v.on("dblclick.zoom", null);
  }
  function b() {
    g.on("zoom", null);
  }
  async function x(M, m, E) {
    const k = co(M), N = g?.constrain()(k, m, E);
    return N && await w(N), N;
  }
  async function S(M, m) {
    const E = co(M);
    return await w(E, m), E;
  }
  function O(M) {
    if (v) {
      const m = co(M), E = v.property("__zoom");
      (E.k !== M.zoom || E.x !== M.x || E.y !== M.y) && g?.transform(v, m, null, { sync: !0 });
    }
  }
  function z() {
    const M = v ? ol(v.node()) : { x: 0, y: 0, k: 1 };
    return { x: M.x, y: M.y, zoom: M.k };
  }
  async function A(M, m) {
    return v ? new Promise((E) => {
      g?.interpolate(m?.interpolate === "linear" ? Dn : dr).scaleTo(uo(v, m?.duration, m?.ease, () => E(!0)), M);
    }) : !1;
  }
  async function V(M, m) {
    return v ? new Promise((E) => {
      g?.interpolate(m?.interpolate === "linear" ? Dn : dr).scaleBy(uo(v, m?.duration, m?.ease, () => E(!0)), M);
    }) : !1;
  }
  function Z(M) {
    g?.scaleExtent(M);
  }
  function I(M) {
    g?.translateExtent(M);
  }
  function P(M) {
    const m = !gt(M) || M < 0 ? 0 : M;
    g?.clickDistance(m);
  }
  return {
    update: C,
    destroy: b,
    setViewport: S,
    setViewportConstrained: x,
    getViewport: z,
    scaleTo: A,
    scaleBy: V,
    setScaleExtent: Z,
    setTranslateExtent: I,
    syncViewport: O,
    setClickDistance: P
  };
}
var ks;
(function(e) {
  e.Line = "line", e.Handle = "handle";
})(ks || (ks = {}));
const C0 = fl();
function M0(e, t, n = {}) {
  return Wg(e, t, {
    ...n,
    onError: n.onError ?? C0
  });
}
function bi() {
  const e = {};
  return [
    (t) => {
      if (t && !vu(e))
        throw new Error(t);
      return Xo(e);
    },
    (t) => Zo(e, t)
  ];
}
const [P0, O0] = bi(), [I0, A0] = bi(), [z0, T0] = bi();
var D0 = /* @__PURE__ */ $("<div><!></div>");
function Mt(e, t) {
  ue(t, !0);
  let n = q(t, "id", 3, null), r = q(t, "type", 3, "source"), o = q(t, "position", 19, () => ce.Top), i = q(t, "isConnectableStart", 3, !0), s = q(t, "isConnectableEnd", 3, !0), a = /* @__PURE__ */ pt(t, [
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
  const l = P0("Handle must be used within a Custom Node component"), u = I0("Handle must be used within a Custom Node component");
  let d = _(() => r() === "target"), h = _(() => t.isConnectable !== void 0 ? t.isConnectable : u.value), f = mt(), g = _(() => f.ariaLabelConfig), v = null;
  ua(() => {
    if (t.onconnect || t.ondisconnect) {
      f.edges;
      let P = f.connectionLookup.get(`${l}-${r()}${n() ? `-${n()}` : ""}`);
      if (v && !Vg(P, v)) {
        const M = P ?? /* @__PURE__ */ new Map();
        hs(v, M, t.ondisconnect), hs(M, v, t.onconnect);
      }
      v = new Map(P);
    }
  });
  let p = _(() => {
    if (!f.connection.inProgress)
      return [!1, !1, !1, !1, null];
    const { fromHandle: P, toHandle: M, isValid: m } = f.connection, E = P && P.nodeId === l && P.type === r() && P.id === n(), k = M && M.nodeId === l && M.type === r() && M.id === n(), N = f.connectionMode === pn.Strict ? P?.type !== r() : l !== P?.nodeId || n() !== P?.id;
    return [
      !0,
      E,
      k,
      N,
      k && m
    ];
  }), y = _(() => Xn(c(p), 5)), w = _(() => c(y)[0]), C = _(() => c(y)[1]), b = _(() => c(y)[2]), x = _(() => c(y)[3]), S = _(() => c(y)[4]);
  function O(P) {
    const M = f.onbeforeconnect ? f.onbeforeconnect(P) : P;
    M && (f.addEdge(M), f.onconnect?.(P));
  }
  function z(P) {
    const M = ml(P);
    P.currentTarget && (M && P.button === 0 || !M) && Es.onPointerDown(P, {
      handleId: n(),
      nodeId: l,
      isTarget: c(d),
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
      handleDomNode: P.currentTarget
    });
  }
  function A(P) {
    if (!l || !f.clickConnectStartHandle && !i())
      return;
    if (!f.clickConnectStartHandle) {
      f.onclickconnectstart?.(P, { nodeId: l, handleId: n(), handleType: r() }), f.clickConnectStartHandle = { nodeId: l, type: r(), id: n() };
      return;
    }
    const M = vl(P.target), m = t.isValidConnection ?? f.isValidConnection, { connectionMode: E, clickConnectStartHandle: k, flowId: N, nodeLookup: L } = f, { connection: B, isValid: F } = Es.isValid(P, {
      handle: { nodeId: l, id: n(), type: r() },
      connectionMode: E,
      fromNodeId: k.nodeId,
      fromHandleId: k.id ?? null,
      fromType: k.type,
      isValidConnection: m,
      flowId: N,
      doc: M,
      lib: "svelte",
      nodeLookup: L
    });
    F && B && O(B);
    const W = structuredClone(Wo(f.connection));
    delete W.inProgress, W.toPosition = W.toHandle ? W.toHandle.position : null, f.onclickconnectend?.(P, W), f.clickConnectStartHandle = null;
  }
  var V = D0(), Z = () => {
  };
  At(V, () => ({
    "data-handleid": n(),
    "data-nodeid": l,
    "data-handlepos": o(),
    "data-id": `${f.flowId ?? ""}-${l ?? ""}-${n() ?? "null" ?? ""}-${r() ?? ""}`,
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
    onkeypress: Z,
    style: t.style,
    role: "button",
    "aria-label": c(g)["handle.ariaLabel"],
    tabindex: "-1",
    ...a,
    [Nt]: {
      valid: c(S),
      connectingto: c(b),
      connectingfrom: c(C),
      source: !c(d),
      target: c(d),
      connectablestart: i(),
      connectableend: s(),
      connectable: c(h),
      connectionindicator: c(h) && (!c(w) || c(x)) && (c(w) || f.clickConnectStartHandle ? s() : i())
    }
  }));
  var I = X(V);
  Fe(I, () => t.children ?? Ot), H(e, V), de();
}
var L0 = /* @__PURE__ */ $("<!> <!>", 1);
function Pl(e, t) {
  ue(t, !0);
  let n = q(t, "targetPosition", 19, () => ce.Top), r = q(t, "sourcePosition", 19, () => ce.Bottom);
  var o = L0(), i = ge(o);
  Mt(i, {
    type: "target",
    get position() {
      return n();
    }
  });
  var s = G(i), a = G(s);
  Mt(a, {
    type: "source",
    get position() {
      return r();
    }
  }), oe(() => ie(s, ` ${t.data?.label ?? ""} `)), H(e, o), de();
}
var R0 = /* @__PURE__ */ $(" <!>", 1);
function H0(e, t) {
  ue(t, !0);
  let n = q(t, "data", 19, () => ({ label: "Node" })), r = q(t, "sourcePosition", 19, () => ce.Bottom);
  var o = R0(), i = ge(o), s = G(i);
  Mt(s, {
    type: "source",
    get position() {
      return r();
    }
  }), oe(() => ie(i, `${n()?.label ?? ""} `)), H(e, o), de();
}
var V0 = /* @__PURE__ */ $(" <!>", 1);
function B0(e, t) {
  ue(t, !0);
  let n = q(t, "data", 19, () => ({ label: "Node" })), r = q(t, "targetPosition", 19, () => ce.Top);
  var o = V0(), i = ge(o), s = G(i);
  Mt(s, {
    type: "target",
    get position() {
      return r();
    }
  }), oe(() => ie(i, `${n()?.label ?? ""} `)), H(e, o), de();
}
function F0(e, t) {
}
function fo(e, t, n) {
  if (!n || !t)
    return;
  const r = n === "root" ? t : t.querySelector(`.svelte-flow__${n}`);
  r && r.appendChild(e);
}
function j0(e, t) {
  const n = _(mt), r = _(() => c(n).domNode);
  let o;
  return c(r) ? fo(e, c(r), t) : o = ha(() => {
    Re(() => {
      fo(e, c(r), t), o?.();
    });
  }), {
    async update(i) {
      fo(e, c(r), i);
    },
    destroy() {
      e.parentNode && e.parentNode.removeChild(e), o?.();
    }
  };
}
function K0() {
  let e = ve(typeof window > "u");
  if (c(e)) {
    const t = ha(() => {
      Re(() => {
        j(e, !1), t?.();
      });
    });
  }
  return {
    get value() {
      return c(e);
    }
  };
}
const Ns = (e) => Pg(e), Y0 = (e) => al(e);
function ot(e) {
  return e === void 0 ? void 0 : `${e}px`;
}
const Cr = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 }
};
var X0 = /* @__PURE__ */ $("<div><!></div>");
function Ol(e, t) {
  ue(t, !0);
  let n = q(t, "x", 3, 0), r = q(t, "y", 3, 0), o = q(t, "selectEdgeOnClick", 3, !1), i = q(t, "transparent", 3, !1), s = /* @__PURE__ */ pt(t, [
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
  const a = mt(), l = z0("EdgeLabel must be used within a Custom Edge component");
  let u = _(() => a.visible.edges.get(l)?.zIndex);
  var d = X0(), h = () => {
    o() && l && a.handleEdgeSelection(l);
  };
  At(
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
      [ut]: g
    }),
    [
      () => ({
        display: K0().value ? "none" : void 0,
        cursor: o() ? "pointer" : void 0,
        transform: `translate(-50%, -50%) translate(${n() ?? ""}px,${r() ?? ""}px)`,
        "pointer-events": "all",
        width: ot(t.width),
        height: ot(t.height),
        "z-index": c(u)
      })
    ],
    void 0,
    void 0,
    "svelte-1wg91mu"
  );
  var f = X(d);
  Fe(f, () => t.children ?? Ot), Oe(d, (g, v) => j0?.(g, v), () => "edge-labels"), H(e, d), de();
}
var Z0 = /* @__PURE__ */ Ee("<path></path>"), W0 = /* @__PURE__ */ Ee('<path fill="none"></path><!><!>', 1);
function $n(e, t) {
  let n = q(t, "interactionWidth", 3, 20), r = /* @__PURE__ */ pt(t, [
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
  var o = W0(), i = ge(o), s = G(i);
  {
    var a = (d) => {
      var h = Z0();
      At(h, () => ({
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
  var l = G(s);
  {
    var u = (d) => {
      Ol(d, {
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
          var g = cr();
          oe(() => ie(g, t.label)), H(h, g);
        },
        $$slots: { default: !0 }
      });
    };
    se(l, (d) => {
      t.label && d(u);
    });
  }
  oe(() => {
    U(i, "id", t.id), U(i, "d", t.path), Ie(i, 0, It(["svelte-flow__edge-path", t.class])), U(i, "marker-start", t.markerStart), U(i, "marker-end", t.markerEnd), we(i, t.style);
  }), H(e, o);
}
function Il(e, t) {
  ue(t, !0);
  let n = _(() => hi({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition,
    curvature: t.pathOptions?.curvature
  })), r = _(() => Xn(c(n), 3)), o = _(() => c(r)[0]), i = _(() => c(r)[1]), s = _(() => c(r)[2]);
  $n(e, {
    get id() {
      return t.id;
    },
    get path() {
      return c(o);
    },
    get labelX() {
      return c(i);
    },
    get labelY() {
      return c(s);
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
function q0(e, t) {
  ue(t, !0);
  let n = _(() => gi({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition
  })), r = _(() => Xn(c(n), 3)), o = _(() => c(r)[0]), i = _(() => c(r)[1]), s = _(() => c(r)[2]);
  $n(e, {
    get path() {
      return c(o);
    },
    get labelX() {
      return c(i);
    },
    get labelY() {
      return c(s);
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
function G0(e, t) {
  ue(t, !0);
  let n = _(() => bl({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY
  })), r = _(() => Xn(c(n), 3)), o = _(() => c(r)[0]), i = _(() => c(r)[1]), s = _(() => c(r)[2]);
  $n(e, {
    get path() {
      return c(o);
    },
    get labelX() {
      return c(i);
    },
    get labelY() {
      return c(s);
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
function U0(e, t) {
  ue(t, !0);
  let n = _(() => gi({
    sourceX: t.sourceX,
    sourceY: t.sourceY,
    targetX: t.targetX,
    targetY: t.targetY,
    sourcePosition: t.sourcePosition,
    targetPosition: t.targetPosition,
    borderRadius: 0
  })), r = _(() => Xn(c(n), 3)), o = _(() => c(r)[0]), i = _(() => c(r)[1]), s = _(() => c(r)[2]);
  $n(e, {
    get path() {
      return c(o);
    },
    get labelX() {
      return c(i);
    },
    get labelY() {
      return c(s);
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
class Q0 {
  #e;
  #t;
  /**
   *
   * @param {() => T} fn
   * @param {(update: () => void) => void} onsubscribe
   */
  constructor(t, n) {
    this.#e = t, this.#t = ga(n);
  }
  get current() {
    return this.#t(), this.#e();
  }
}
const J0 = /\(.+\)/, $0 = /* @__PURE__ */ new Set(["all", "print", "screen", "and", "or", "not", "only"]);
class ev extends Q0 {
  /**
   * @param {string} query A media query string
   * @param {boolean} [fallback] Fallback value for the server
   */
  constructor(t, n) {
    let r = J0.test(t) || // we need to use `some` here because technically this `window.matchMedia('random,screen')` still returns true
    t.split(/[\s,]+/).some((i) => $0.has(i.trim())) ? t : `(${t})`;
    const o = window.matchMedia(r);
    super(
      () => o.matches,
      (i) => _o(o, "change", i)
    );
  }
}
function tv(e, t, n, r) {
  const o = /* @__PURE__ */ new Map();
  return ui(e, { x: 0, y: 0, width: n, height: r }, t, !0).forEach((i) => {
    o.set(i.id, i);
  }), o;
}
function Ss(e) {
  const { edges: t, defaultEdgeOptions: n, nodeLookup: r, previousEdges: o, connectionMode: i, onerror: s, onlyRenderVisible: a, elevateEdgesOnSelect: l, zIndexMode: u } = e, d = /* @__PURE__ */ new Map();
  for (const h of t) {
    const f = r.get(h.source), g = r.get(h.target);
    if (!f || !g || f.hidden || g.hidden)
      continue;
    if (a) {
      const { visibleNodes: y, transform: w, width: C, height: b } = e;
      if (Yg({
        sourceNode: f,
        targetNode: g,
        width: C,
        height: b,
        transform: w
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
    const p = Qg({
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
      zIndex: Kg({
        selected: h.selected,
        zIndex: h.zIndex ?? n.zIndex,
        sourceNode: f,
        targetNode: g,
        elevateOnSelect: l,
        zIndexMode: u
      }),
      sourceNode: f,
      targetNode: g,
      edge: h
    });
  }
  return d;
}
const nv = fl(), Al = {
  input: H0,
  output: B0,
  default: Pl,
  group: F0
}, zl = {
  straight: G0,
  smoothstep: q0,
  default: Il,
  step: U0
};
function rv(e, t, n, r, o, i) {
  if (t && !n && r && o) {
    const s = Un(i, {
      filter: (a) => !!((a.width || a.initialWidth) && (a.height || a.initialHeight))
    });
    return fi(s, r, o, 0.5, 2, 0.1);
  } else
    return n ?? { x: 0, y: 0, zoom: 1 };
}
function ov(e) {
  class t {
    #e = _(() => e.props.id ?? "1");
    get flowId() {
      return c(this.#e);
    }
    set flowId(r) {
      j(this.#e, r);
    }
    #t = ve(null);
    get domNode() {
      return c(this.#t);
    }
    set domNode(r) {
      j(this.#t, r);
    }
    #n = ve(null);
    get panZoom() {
      return c(this.#n);
    }
    set panZoom(r) {
      j(this.#n, r);
    }
    #r = ve(e.width ?? 0);
    get width() {
      return c(this.#r);
    }
    set width(r) {
      j(this.#r, r);
    }
    #o = ve(e.height ?? 0);
    get height() {
      return c(this.#o);
    }
    set height(r) {
      j(this.#o, r);
    }
    #i = ve(e.props.zIndexMode ?? "basic");
    get zIndexMode() {
      return c(this.#i);
    }
    set zIndexMode(r) {
      j(this.#i, r);
    }
    #s = _(() => {
      const { nodesInitialized: r } = r0(e.nodes, this.nodeLookup, this.parentLookup, {
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
      return c(this.#s);
    }
    set nodesInitialized(r) {
      j(this.#s, r);
    }
    #a = _(() => this.panZoom !== null);
    get viewportInitialized() {
      return c(this.#a);
    }
    set viewportInitialized(r) {
      j(this.#a, r);
    }
    #l = _(() => (c0(this.connectionLookup, this.edgeLookup, e.edges), e.edges));
    get _edges() {
      return c(this.#l);
    }
    set _edges(r) {
      j(this.#l, r);
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
      return c(this.#c);
    }
    set selectedNodes(r) {
      j(this.#c, r);
    }
    _prevSelectedEdges = [];
    _prevSelectedEdgeIds = /* @__PURE__ */ new Set();
    #u = _(() => {
      const r = this._prevSelectedEdgeIds.size, o = /* @__PURE__ */ new Set(), i = this.edges.filter((s) => (s.selected && (o.add(s.id), this._prevSelectedEdgeIds.delete(s.id)), s.selected));
      return (r !== o.size || this._prevSelectedEdgeIds.size > 0) && (this._prevSelectedEdges = i), this._prevSelectedEdgeIds = o, this._prevSelectedEdges;
    });
    get selectedEdges() {
      return c(this.#u);
    }
    set selectedEdges(r) {
      j(this.#u, r);
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
        onerror: l,
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
        onerror: l
      };
      if (u) {
        const { viewport: p, width: y, height: w } = this, C = [p.x, p.y, p.zoom];
        f = tv(s, C, y, w), g = Ss({
          ...v,
          onlyRenderVisible: !0,
          visibleNodes: f,
          transform: C,
          width: y,
          height: w
        });
      } else
        f = this.nodeLookup, g = Ss(v);
      return this._prevVisibleEdges = g, { nodes: f, edges: g };
    });
    get visible() {
      return c(this.#d);
    }
    set visible(r) {
      j(this.#d, r);
    }
    #f = _(() => e.props.nodesDraggable ?? !0);
    get nodesDraggable() {
      return c(this.#f);
    }
    set nodesDraggable(r) {
      j(this.#f, r);
    }
    #h = _(() => e.props.nodesConnectable ?? !0);
    get nodesConnectable() {
      return c(this.#h);
    }
    set nodesConnectable(r) {
      j(this.#h, r);
    }
    #g = _(() => e.props.elementsSelectable ?? !0);
    get elementsSelectable() {
      return c(this.#g);
    }
    set elementsSelectable(r) {
      j(this.#g, r);
    }
    #v = _(() => e.props.nodesFocusable ?? !0);
    get nodesFocusable() {
      return c(this.#v);
    }
    set nodesFocusable(r) {
      j(this.#v, r);
    }
    #p = _(() => e.props.edgesFocusable ?? !0);
    get edgesFocusable() {
      return c(this.#p);
    }
    set edgesFocusable(r) {
      j(this.#p, r);
    }
    #m = _(() => e.props.disableKeyboardA11y ?? !1);
    get disableKeyboardA11y() {
      return c(this.#m);
    }
    set disableKeyboardA11y(r) {
      j(this.#m, r);
    }
    #y = _(() => e.props.minZoom ?? 0.5);
    get minZoom() {
      return c(this.#y);
    }
    set minZoom(r) {
      j(this.#y, r);
    }
    #b = _(() => e.props.maxZoom ?? 2);
    get maxZoom() {
      return c(this.#b);
    }
    set maxZoom(r) {
      j(this.#b, r);
    }
    #w = _(() => e.props.nodeOrigin ?? [0, 0]);
    get nodeOrigin() {
      return c(this.#w);
    }
    set nodeOrigin(r) {
      j(this.#w, r);
    }
    #_ = _(() => e.props.nodeExtent ?? zo);
    get nodeExtent() {
      return c(this.#_);
    }
    set nodeExtent(r) {
      j(this.#_, r);
    }
    #x = _(() => e.props.translateExtent ?? zo);
    get translateExtent() {
      return c(this.#x);
    }
    set translateExtent(r) {
      j(this.#x, r);
    }
    #E = _(() => e.props.defaultEdgeOptions ?? {});
    get defaultEdgeOptions() {
      return c(this.#E);
    }
    set defaultEdgeOptions(r) {
      j(this.#E, r);
    }
    #k = _(() => e.props.nodeDragThreshold ?? 1);
    get nodeDragThreshold() {
      return c(this.#k);
    }
    set nodeDragThreshold(r) {
      j(this.#k, r);
    }
    #N = _(() => e.props.autoPanOnNodeDrag ?? !0);
    get autoPanOnNodeDrag() {
      return c(this.#N);
    }
    set autoPanOnNodeDrag(r) {
      j(this.#N, r);
    }
    #S = _(() => e.props.autoPanOnConnect ?? !0);
    get autoPanOnConnect() {
      return c(this.#S);
    }
    set autoPanOnConnect(r) {
      j(this.#S, r);
    }
    #C = _(() => e.props.autoPanOnNodeFocus ?? !0);
    get autoPanOnNodeFocus() {
      return c(this.#C);
    }
    set autoPanOnNodeFocus(r) {
      j(this.#C, r);
    }
    #M = _(() => e.props.autoPanSpeed ?? 15);
    get autoPanSpeed() {
      return c(this.#M);
    }
    set autoPanSpeed(r) {
      j(this.#M, r);
    }
    #P = _(() => e.props.connectionDragThreshold ?? 1);
    get connectionDragThreshold() {
      return c(this.#P);
    }
    set connectionDragThreshold(r) {
      j(this.#P, r);
    }
    fitViewQueued = e.props.fitView ?? !1;
    fitViewOptions = e.props.fitViewOptions;
    fitViewResolver = null;
    #O = _(() => e.props.snapGrid ?? null);
    get snapGrid() {
      return c(this.#O);
    }
    set snapGrid(r) {
      j(this.#O, r);
    }
    #I = ve(!1);
    get dragging() {
      return c(this.#I);
    }
    set dragging(r) {
      j(this.#I, r);
    }
    #A = ve(null);
    get selectionRect() {
      return c(this.#A);
    }
    set selectionRect(r) {
      j(this.#A, r);
    }
    #z = ve(!1);
    get selectionKeyPressed() {
      return c(this.#z);
    }
    set selectionKeyPressed(r) {
      j(this.#z, r);
    }
    #T = ve(!1);
    get multiselectionKeyPressed() {
      return c(this.#T);
    }
    set multiselectionKeyPressed(r) {
      j(this.#T, r);
    }
    #D = ve(!1);
    get deleteKeyPressed() {
      return c(this.#D);
    }
    set deleteKeyPressed(r) {
      j(this.#D, r);
    }
    #L = ve(!1);
    get panActivationKeyPressed() {
      return c(this.#L);
    }
    set panActivationKeyPressed(r) {
      j(this.#L, r);
    }
    #R = ve(!1);
    get zoomActivationKeyPressed() {
      return c(this.#R);
    }
    set zoomActivationKeyPressed(r) {
      j(this.#R, r);
    }
    #H = ve(null);
    get selectionRectMode() {
      return c(this.#H);
    }
    set selectionRectMode(r) {
      j(this.#H, r);
    }
    #V = ve("");
    get ariaLiveMessage() {
      return c(this.#V);
    }
    set ariaLiveMessage(r) {
      j(this.#V, r);
    }
    #B = _(() => e.props.selectionMode ?? Er.Partial);
    get selectionMode() {
      return c(this.#B);
    }
    set selectionMode(r) {
      j(this.#B, r);
    }
    #F = _(() => ({ ...Al, ...e.props.nodeTypes }));
    get nodeTypes() {
      return c(this.#F);
    }
    set nodeTypes(r) {
      j(this.#F, r);
    }
    #j = _(() => ({ ...zl, ...e.props.edgeTypes }));
    get edgeTypes() {
      return c(this.#j);
    }
    set edgeTypes(r) {
      j(this.#j, r);
    }
    #K = _(() => e.props.noPanClass ?? "nopan");
    get noPanClass() {
      return c(this.#K);
    }
    set noPanClass(r) {
      j(this.#K, r);
    }
    #Y = _(() => e.props.noDragClass ?? "nodrag");
    get noDragClass() {
      return c(this.#Y);
    }
    set noDragClass(r) {
      j(this.#Y, r);
    }
    #X = _(() => e.props.noWheelClass ?? "nowheel");
    get noWheelClass() {
      return c(this.#X);
    }
    set noWheelClass(r) {
      j(this.#X, r);
    }
    #Z = _(() => Hg(e.props.ariaLabelConfig));
    get ariaLabelConfig() {
      return c(this.#Z);
    }
    set ariaLabelConfig(r) {
      j(this.#Z, r);
    }
    #W = ve(rv(this.nodesInitialized, e.props.fitView, e.props.initialViewport, this.width, this.height, this.nodeLookup));
    get _viewport() {
      return c(this.#W);
    }
    set _viewport(r) {
      j(this.#W, r);
    }
    get viewport() {
      return e.viewport ?? this._viewport;
    }
    set viewport(r) {
      e.viewport && (e.viewport = r), this._viewport = r;
    }
    #q = (
      // _connection is viewport independent and originating from XYHandle
      ve(To)
    );
    get _connection() {
      return c(this.#q);
    }
    set _connection(r) {
      j(this.#q, r);
    }
    #G = _(() => this._connection.inProgress ? {
      ...this._connection,
      to: Jn(this._connection.to, [this.viewport.x, this.viewport.y, this.viewport.zoom])
    } : this._connection);
    get connection() {
      return c(this.#G);
    }
    set connection(r) {
      j(this.#G, r);
    }
    #U = _(() => e.props.connectionMode ?? pn.Strict);
    get connectionMode() {
      return c(this.#U);
    }
    set connectionMode(r) {
      j(this.#U, r);
    }
    #Q = _(() => e.props.connectionRadius ?? 20);
    get connectionRadius() {
      return c(this.#Q);
    }
    set connectionRadius(r) {
      j(this.#Q, r);
    }
    #J = _(() => e.props.isValidConnection ?? (() => !0));
    get isValidConnection() {
      return c(this.#J);
    }
    set isValidConnection(r) {
      j(this.#J, r);
    }
    #$ = _(() => e.props.selectNodesOnDrag ?? !0);
    get selectNodesOnDrag() {
      return c(this.#$);
    }
    set selectNodesOnDrag(r) {
      j(this.#$, r);
    }
    #ee = _(() => e.props.defaultMarkerColor === void 0 ? "#b1b1b7" : e.props.defaultMarkerColor);
    get defaultMarkerColor() {
      return c(this.#ee);
    }
    set defaultMarkerColor(r) {
      j(this.#ee, r);
    }
    #te = _(() => Jg(e.edges, {
      defaultColor: this.defaultMarkerColor,
      id: this.flowId,
      defaultMarkerStart: this.defaultEdgeOptions.markerStart,
      defaultMarkerEnd: this.defaultEdgeOptions.markerEnd
    }));
    get markers() {
      return c(this.#te);
    }
    set markers(r) {
      j(this.#te, r);
    }
    #ne = _(() => e.props.onlyRenderVisibleElements ?? !1);
    get onlyRenderVisibleElements() {
      return c(this.#ne);
    }
    set onlyRenderVisibleElements(r) {
      j(this.#ne, r);
    }
    #re = _(() => e.props.onflowerror ?? nv);
    get onerror() {
      return c(this.#re);
    }
    set onerror(r) {
      j(this.#re, r);
    }
    #oe = _(() => e.props.ondelete);
    get ondelete() {
      return c(this.#oe);
    }
    set ondelete(r) {
      j(this.#oe, r);
    }
    #ie = _(() => e.props.onbeforedelete);
    get onbeforedelete() {
      return c(this.#ie);
    }
    set onbeforedelete(r) {
      j(this.#ie, r);
    }
    #se = _(() => e.props.onbeforeconnect);
    get onbeforeconnect() {
      return c(this.#se);
    }
    set onbeforeconnect(r) {
      j(this.#se, r);
    }
    #ae = _(() => e.props.onconnect);
    get onconnect() {
      return c(this.#ae);
    }
    set onconnect(r) {
      j(this.#ae, r);
    }
    #le = _(() => e.props.onconnectstart);
    get onconnectstart() {
      return c(this.#le);
    }
    set onconnectstart(r) {
      j(this.#le, r);
    }
    #ce = _(() => e.props.onconnectend);
    get onconnectend() {
      return c(this.#ce);
    }
    set onconnectend(r) {
      j(this.#ce, r);
    }
    #ue = _(() => e.props.onbeforereconnect);
    get onbeforereconnect() {
      return c(this.#ue);
    }
    set onbeforereconnect(r) {
      j(this.#ue, r);
    }
    #de = _(() => e.props.onreconnect);
    get onreconnect() {
      return c(this.#de);
    }
    set onreconnect(r) {
      j(this.#de, r);
    }
    #fe = _(() => e.props.onreconnectstart);
    get onreconnectstart() {
      return c(this.#fe);
    }
    set onreconnectstart(r) {
      j(this.#fe, r);
    }
    #he = _(() => e.props.onreconnectend);
    get onreconnectend() {
      return c(this.#he);
    }
    set onreconnectend(r) {
      j(this.#he, r);
    }
    #ge = _(() => e.props.clickConnect ?? !0);
    get clickConnect() {
      return c(this.#ge);
    }
    set clickConnect(r) {
      j(this.#ge, r);
    }
    #ve = _(() => e.props.onclickconnectstart);
    get onclickconnectstart() {
      return c(this.#ve);
    }
    set onclickconnectstart(r) {
      j(this.#ve, r);
    }
    #pe = _(() => e.props.onclickconnectend);
    get onclickconnectend() {
      return c(this.#pe);
    }
    set onclickconnectend(r) {
      j(this.#pe, r);
    }
    #me = ve(null);
    get clickConnectStartHandle() {
      return c(this.#me);
    }
    set clickConnectStartHandle(r) {
      j(this.#me, r);
    }
    #ye = _(() => e.props.onselectiondrag);
    get onselectiondrag() {
      return c(this.#ye);
    }
    set onselectiondrag(r) {
      j(this.#ye, r);
    }
    #be = _(() => e.props.onselectiondragstart);
    get onselectiondragstart() {
      return c(this.#be);
    }
    set onselectiondragstart(r) {
      j(this.#be, r);
    }
    #we = _(() => e.props.onselectiondragstop);
    get onselectiondragstop() {
      return c(this.#we);
    }
    set onselectiondragstop(r) {
      j(this.#we, r);
    }
    resolveFitView = async () => {
      this.panZoom && (await zg(
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
    _prefersDark = new ev("(prefers-color-scheme: dark)", e.props.colorModeSSR === "dark");
    #_e = _(() => e.props.colorMode === "system" ? this._prefersDark.current ? "dark" : "light" : e.props.colorMode ?? "light");
    get colorMode() {
      return c(this.#_e);
    }
    set colorMode(r) {
      j(this.#_e, r);
    }
    constructor() {
    }
    resetStoreValues() {
      this.dragging = !1, this.selectionRect = null, this.selectionRectMode = null, this.selectionKeyPressed = !1, this.multiselectionKeyPressed = !1, this.deleteKeyPressed = !1, this.panActivationKeyPressed = !1, this.zoomActivationKeyPressed = !1, this._connection = To, this.clickConnectStartHandle = null, this.viewport = e.props.initialViewport ?? { x: 0, y: 0, zoom: 1 }, this.ariaLiveMessage = "";
    }
  }
  return new t();
}
const iv = qt.error001("svelte");
function mt() {
  const e = Xo(Mr);
  if (!e)
    throw new Error(iv);
  return e.getStore();
}
const Mr = Symbol();
function Ro(e) {
  const t = ov(e);
  function n(I) {
    t.nodeTypes = {
      ...Al,
      ...I
    };
  }
  function r(I) {
    t.edgeTypes = {
      ...zl,
      ...I
    };
  }
  function o(I) {
    t.edges = M0(I, t.edges, { onError: t.onerror });
  }
  const i = (I, P = !1) => {
    t.nodes = t.nodes.map((M) => {
      if (t.connection.inProgress && t.connection.fromNode.id === M.id) {
        const E = t.nodeLookup.get(M.id);
        E && (t.connection = {
          ...t.connection,
          from: Ut(E, t.connection.fromHandle, ce.Left, !0)
        });
      }
      const m = I.get(M.id);
      return m ? { ...M, position: m.position, dragging: P } : M;
    });
  };
  function s(I) {
    const { changes: P, updatedInternals: M } = a0(I, t.nodeLookup, t.parentLookup, t.domNode, t.nodeOrigin, t.nodeExtent, t.zIndexMode);
    if (!M)
      return;
    t0(t.nodeLookup, t.parentLookup, {
      nodeOrigin: t.nodeOrigin,
      nodeExtent: t.nodeExtent,
      zIndexMode: t.zIndexMode
    }), t.fitViewQueued && t.resolveFitView();
    const m = /* @__PURE__ */ new Map();
    for (const E of P) {
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
      m.set(E.id, N);
    }
    t.nodes = t.nodes.map((E) => m.get(E.id) ?? E);
  }
  function a(I) {
    const P = t.fitViewResolver ?? Promise.withResolvers();
    return t.fitViewQueued = !0, t.fitViewOptions = I, t.fitViewResolver = P, t.nodes = [...t.nodes], P.promise;
  }
  async function l(I, P, M) {
    const m = typeof M?.zoom < "u" ? M.zoom : t.maxZoom, E = t.panZoom;
    return E ? (await E.setViewport({
      x: t.width / 2 - I * m,
      y: t.height / 2 - P * m,
      zoom: m
    }, { duration: M?.duration, ease: M?.ease, interpolate: M?.interpolate }), !0) : !1;
  }
  async function u(I, P) {
    const M = t.panZoom;
    return M ? M.scaleBy(I, P) : !1;
  }
  async function d(I) {
    return u(1.2, I);
  }
  function h(I) {
    return u(1 / 1.2, I);
  }
  function f(I) {
    const P = t.panZoom;
    P && (P.setScaleExtent([I, t.maxZoom]), t.minZoom = I);
  }
  function g(I) {
    const P = t.panZoom;
    P && (P.setScaleExtent([t.minZoom, I]), t.maxZoom = I);
  }
  function v(I) {
    const P = t.panZoom;
    P && (P.setTranslateExtent(I), t.translateExtent = I);
  }
  function p(I, P = null) {
    let M = !1;
    const m = I.map((E) => (P ? P.has(E.id) : !0) && E.selected ? (M = !0, { ...E, selected: !1 }) : E);
    return [M, m];
  }
  function y(I) {
    const P = I?.nodes ? new Set(I.nodes.map((L) => L.id)) : null, [M, m] = p(t.nodes, P);
    M && (t.nodes = m);
    const E = I?.edges ? new Set(I.edges.map((L) => L.id)) : null, [k, N] = p(t.edges, E);
    k && (t.edges = N);
  }
  function w(I) {
    const P = t.multiselectionKeyPressed;
    t.nodes = t.nodes.map((M) => {
      const m = I.includes(M.id), E = P && M.selected || m;
      return !!M.selected !== E ? { ...M, selected: E } : M;
    }), P || y({ nodes: [] });
  }
  function C(I) {
    const P = t.multiselectionKeyPressed;
    t.edges = t.edges.map((M) => {
      const m = I.includes(M.id), E = P && M.selected || m;
      return !!M.selected !== E ? { ...M, selected: E } : M;
    }), P || y({ edges: [] });
  }
  function b(I, P, M) {
    const m = t.nodeLookup.get(I);
    if (!m) {
      t.onerror("012", qt.error012(I));
      return;
    }
    t.selectionRect = null, t.selectionRectMode = null, m.selected ? (P || m.selected && t.multiselectionKeyPressed) && (y({ nodes: [m.internals.userNode], edges: [] }), requestAnimationFrame(() => M?.blur())) : w([I]);
  }
  function x(I) {
    const P = t.edgeLookup.get(I);
    if (!P) {
      t.onerror("016", qt.error016(I));
      return;
    }
    (P.selectable || t.elementsSelectable && typeof P.selectable > "u") && (t.selectionRect = null, t.selectionRectMode = null, P.selected ? P.selected && t.multiselectionKeyPressed && y({ nodes: [], edges: [P] }) : C([I]));
  }
  function S(I, P) {
    const { nodeExtent: M, snapGrid: m, nodeOrigin: E, nodeLookup: k, nodesDraggable: N, onerror: L } = t, B = /* @__PURE__ */ new Map(), F = m?.[0] ?? 5, W = m?.[1] ?? 5, T = I.x * F * P, D = I.y * W * P;
    for (const K of k.values()) {
      if (!(K.selected && (K.draggable || N && typeof K.draggable > "u")))
        continue;
      let te = {
        x: K.internals.positionAbsolute.x + T,
        y: K.internals.positionAbsolute.y + D
      };
      m && (te = Qn(te, m));
      const { position: Q, positionAbsolute: ne } = ll({
        nodeId: K.id,
        nextPosition: te,
        nodeLookup: k,
        nodeExtent: M,
        nodeOrigin: E,
        onError: L
      });
      K.position = Q, K.internals.positionAbsolute = ne, B.set(K.id, K);
    }
    i(B);
  }
  function O(I) {
    return l0({
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
    t._connection = To;
  }
  function V() {
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
    setCenter: l,
    setMinZoom: f,
    setMaxZoom: g,
    setTranslateExtent: v,
    unselectNodesAndEdges: y,
    addSelectedNodes: w,
    addSelectedEdges: C,
    handleNodeSelection: b,
    handleEdgeSelection: x,
    moveSelectedNodes: S,
    panBy: O,
    updateConnection: z,
    cancelConnection: A,
    reset: V
  });
}
function sv(e, t) {
  const { minZoom: n, maxZoom: r, initialViewport: o, onPanZoomStart: i, onPanZoom: s, onPanZoomEnd: a, translateExtent: l, setPanZoomInstance: u, onDraggingChange: d, onTransformChange: h } = t, f = S0({
    domNode: e,
    minZoom: n,
    maxZoom: r,
    translateExtent: l,
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
var av = /* @__PURE__ */ $('<div class="svelte-flow__zoom svelte-flow__container"><!></div>');
function lv(e, t) {
  ue(t, !0);
  let n = q(t, "store", 15), r = _(() => n().panActivationKeyPressed || t.panOnDrag), o = _(() => n().panActivationKeyPressed || t.panOnScroll);
  const { viewport: i } = n();
  let s = !1;
  Re(() => {
    !s && n().viewportInitialized && (t.oninit?.(), s = !0);
  });
  var a = av(), l = X(a);
  Fe(l, () => t.children), Oe(a, (u, d) => sv?.(u, d), () => ({
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
    panOnScroll: c(o),
    panOnDrag: c(r),
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
function Cs(e, t) {
  return (n) => {
    n.target === t && e?.(n);
  };
}
function Ms(e) {
  return (t) => {
    const n = e.has(t.id);
    return !!t.selected !== n ? { ...t, selected: n } : t;
  };
}
function Ps(e, t) {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
}
var cv = /* @__PURE__ */ $("<div><!></div>");
function uv(e, t) {
  ue(t, !0);
  let n = q(t, "store", 15), r = q(t, "panOnDrag", 3, !0), o = q(t, "paneClickDistance", 3, 1), i = q(t, "autoPanOnSelection", 3, !0), s, a = null, l = !1, u = /* @__PURE__ */ new Set(), d = /* @__PURE__ */ new Set(), h = _(() => n().panActivationKeyPressed || r()), f = _(() => n().selectionKeyPressed || !!n().selectionRect || t.selectionOnDrag && c(h) !== !0), g = _(() => n().elementsSelectable && (c(f) || n().selectionRectMode === "user")), v = !1, p = 0, y = { x: 0, y: 0 }, w = !1;
  function C(N) {
    if (N.pointerType === "touch" && c(h) !== !1 && !n().selectionKeyPressed || (a = s?.getBoundingClientRect(), !a)) return;
    const L = N.target === s, B = !L && !!N.target.closest(".nokey"), F = t.selectionOnDrag && L || n().selectionKeyPressed;
    if (B || !c(f) || !F || N.button !== 0 || !N.isPrimary)
      return;
    N.target?.setPointerCapture?.(N.pointerId), v = !1, w = !1;
    const { x: W, y: T } = qe(N, a), D = Jn({ x: W, y: T }, [
      n().viewport.x,
      n().viewport.y,
      n().viewport.zoom
    ]);
    n(
      n().selectionRect = {
        width: 0,
        height: 0,
        startX: D.x,
        startY: D.y,
        x: W,
        y: T
      },
      !0
    ), L || (N.stopPropagation(), N.preventDefault());
  }
  function b(N, L) {
    if (n().selectionRect?.startX === void 0 || n().selectionRect.startY === void 0)
      return;
    const B = {
      x: n().selectionRect?.startX,
      y: n().selectionRect?.startY
    }, F = yn(B, [
      n().viewport.x,
      n().viewport.y,
      n().viewport.zoom
    ]), W = {
      startX: B.x,
      startY: B.y,
      x: N < F.x ? N : F.x,
      y: L < F.y ? L : F.y,
      width: Math.abs(N - F.x),
      height: Math.abs(L - F.y)
    }, T = u, D = d;
    u = new Set(ui(
      n().nodeLookup,
      W,
      [
        n().viewport.x,
        n().viewport.y,
        n().viewport.zoom
      ],
      n().selectionMode === Er.Partial,
      !0
    ).map((ee) => ee.id));
    const K = n().defaultEdgeOptions.selectable ?? !0;
    d = /* @__PURE__ */ new Set();
    for (const ee of u) {
      const te = n().connectionLookup.get(ee);
      if (te)
        for (const { edgeId: Q } of te.values()) {
          const ne = n().edgeLookup.get(Q);
          ne && (ne.selectable ?? K) && d.add(Q);
        }
    }
    Ps(T, u) || n(n().nodes = n().nodes.map(Ms(u)), !0), Ps(D, d) || n(n().edges = n().edges.map(Ms(d)), !0), n(n().selectionRectMode = "user", !0), n(n().selectionRect = W, !0);
  }
  function x() {
    if (!i() || !a)
      return;
    const [N, L] = di(y, a, n().autoPanSpeed);
    n().panBy({ x: N, y: L }).then((B) => {
      if (!v || !B) {
        p = requestAnimationFrame(x);
        return;
      }
      b(y.x, y.y), p = requestAnimationFrame(x);
    });
  }
  function S() {
    cancelAnimationFrame(p), p = 0, w = !1;
  }
  Zn(() => {
    typeof window < "u" && S();
  });
  function O(N) {
    if (!c(f) || !a || !n().selectionRect)
      return;
    const L = qe(N, a);
    y = { x: L.x, y: L.y };
    const B = {
      x: n().selectionRect.startX,
      y: n().selectionRect.startY
    }, F = yn(B, [
      n().viewport.x,
      n().viewport.y,
      n().viewport.zoom
    ]);
    if (!v) {
      const W = n().selectionKeyPressed ? 0 : o();
      if (Math.hypot(L.x - F.x, L.y - F.y) <= W)
        return;
      n().unselectNodesAndEdges(), t.onselectionstart?.(N);
    }
    v = !0, w || (x(), w = !0), b(L.x, L.y);
  }
  function z(N) {
    if (!c(g)) {
      N.target === s && n().connection.inProgress && (l = !0);
      return;
    }
    N.button === 0 && (N.target?.releasePointerCapture?.(N.pointerId), !v && N.target === s && I?.(N), n(n().selectionRect = null, !0), v && n(n().selectionRectMode = u.size > 0 ? "nodes" : null, !0), v && t.onselectionend?.(N), S());
  }
  function A(N) {
    N.target?.releasePointerCapture?.(N.pointerId), S();
  }
  const V = (N) => {
    if (Array.isArray(c(h)) && c(h).includes(2)) {
      N.preventDefault();
      return;
    }
    t.onpanecontextmenu?.({ event: N });
  }, Z = (N) => {
    v && (N.stopPropagation(), v = !1);
  };
  function I(N) {
    if (v || n().connection.inProgress || l) {
      v = !1, l = !1;
      return;
    }
    t.onpaneclick?.({ event: N }), n().unselectNodesAndEdges(), n(n().selectionRectMode = null, !0), n(n().selectionRect = null, !0);
  }
  var P = cv();
  let M;
  var m = _(() => c(g) ? void 0 : Cs(I, s));
  P.__click = function(...N) {
    c(m)?.apply(this, N);
  }, P.__pointermove = function(...N) {
    (c(g) ? O : void 0)?.apply(this, N);
  }, P.__pointerup = z;
  var E = _(() => Cs(V, s));
  P.__contextmenu = function(...N) {
    c(E)?.apply(this, N);
  };
  var k = X(P);
  Fe(k, () => t.children), _n(P, (N) => s = N, () => s), oe((N) => M = Ie(P, 1, "svelte-flow__pane svelte-flow__container", null, M, N), [
    () => ({
      draggable: r() === !0 || Array.isArray(r()) && r().includes(0),
      dragging: n().dragging,
      selection: c(f)
    })
  ]), Be(
    "pointerdown",
    P,
    function(...N) {
      (c(g) ? C : void 0)?.apply(this, N);
    },
    !0
  ), Be("pointercancel", P, function(...N) {
    (c(g) ? A : void 0)?.apply(this, N);
  }), Be(
    "click",
    P,
    function(...N) {
      (c(g) ? Z : void 0)?.apply(this, N);
    },
    !0
  ), H(e, P), de();
}
Pt(["click", "pointermove", "pointerup", "contextmenu"]);
var dv = /* @__PURE__ */ $('<div class="svelte-flow__viewport xyflow__viewport svelte-flow__container"><!></div>');
function fv(e, t) {
  ue(t, !0);
  var n = dv();
  let r;
  var o = X(n);
  Fe(o, () => t.children), oe(() => r = we(n, "", r, {
    transform: `translate(${t.store.viewport.x ?? ""}px, ${t.store.viewport.y ?? ""}px) scale(${t.store.viewport.zoom ?? ""})`
  })), H(e, n), de();
}
function Tl(e, t) {
  const { store: n, onDrag: r, onDragStart: o, onDragStop: i, onNodeMouseDown: s } = t, a = f0({
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
  function l(u, d) {
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
  return l(e, t), {
    update(u) {
      l(e, u);
    },
    destroy() {
      a.destroy();
    }
  };
}
var hv = /* @__PURE__ */ $('<div aria-live="assertive" aria-atomic="true" class="a11y-live-msg svelte-13pq11u"> </div>'), gv = /* @__PURE__ */ $('<div class="a11y-hidden svelte-13pq11u"> </div> <div class="a11y-hidden svelte-13pq11u"> </div> <!>', 1);
function vv(e, t) {
  ue(t, !0);
  var n = gv(), r = ge(n), o = X(r), i = G(r, 2), s = X(i), a = G(i, 2);
  {
    var l = (u) => {
      var d = hv(), h = X(d);
      oe(() => {
        U(d, "id", `${pv}-${t.store.flowId}`), ie(h, t.store.ariaLiveMessage);
      }), H(u, d);
    };
    se(a, (u) => {
      t.store.disableKeyboardA11y || u(l);
    });
  }
  oe(() => {
    U(r, "id", `${Dl}-${t.store.flowId}`), ie(o, t.store.disableKeyboardA11y ? t.store.ariaLabelConfig["node.a11yDescription.default"] : t.store.ariaLabelConfig["node.a11yDescription.keyboardDisabled"]), U(i, "id", `${Ll}-${t.store.flowId}`), ie(s, t.store.ariaLabelConfig["edge.a11yDescription.default"]);
  }), H(e, n), de();
}
const Dl = "svelte-flow__node-desc", Ll = "svelte-flow__edge-desc", pv = "svelte-flow__aria-live";
var mv = /* @__PURE__ */ $("<div><!></div>");
function yv(e, t) {
  ue(t, !0);
  let n = q(t, "store", 15), r = _(() => Te(t.node.data, () => ({}), !0)), o = _(() => Te(t.node.selected, !1)), i = _(() => t.node.draggable), s = _(() => t.node.selectable), a = _(() => Te(t.node.deletable, !0)), l = _(() => t.node.connectable), u = _(() => t.node.focusable), d = _(() => Te(t.node.hidden, !1)), h = _(() => Te(t.node.dragging, !1)), f = _(() => Te(t.node.style, "")), g = _(() => t.node.class), v = _(() => Te(t.node.type, "default")), p = _(() => t.node.parentId), y = _(() => t.node.sourcePosition), w = _(() => t.node.targetPosition), C = _(() => Te(t.node.measured, () => ({ width: 0, height: 0 }), !0).width), b = _(() => Te(t.node.measured, () => ({ width: 0, height: 0 }), !0).height), x = _(() => t.node.initialWidth), S = _(() => t.node.initialHeight), O = _(() => t.node.width), z = _(() => t.node.height), A = _(() => t.node.dragHandle), V = _(() => Te(t.node.internals.z, 0)), Z = _(() => t.node.internals.positionAbsolute.x), I = _(() => t.node.internals.positionAbsolute.y), P = _(() => t.node.internals.userNode), { id: M } = t.node, m = _(() => c(i) ?? n().nodesDraggable), E = _(() => c(s) ?? n().elementsSelectable), k = _(() => c(l) ?? n().nodesConnectable), N = _(() => hl(t.node)), L = _(() => !!t.node.internals.handleBounds), B = _(() => c(N) && c(L)), F = _(() => c(u) ?? n().nodesFocusable);
  function W(R) {
    return n().parentLookup.has(R);
  }
  let T = _(() => W(M)), D = ve(null), K = null, ee = c(v), te = c(y), Q = c(w), ne = _(() => n().nodeTypes[c(v)] ?? Pl), fe = _(() => n().ariaLabelConfig), he = {
    get value() {
      return c(k);
    }
  };
  O0(M), A0(he);
  let ae = _(() => {
    const R = c(C) === void 0 ? c(O) ?? c(x) : c(O), re = c(b) === void 0 ? c(z) ?? c(S) : c(z);
    if (!(R === void 0 && re === void 0 && c(f) === void 0))
      return `${c(f)};${R ? `width:${ot(R)};` : ""}${re ? `height:${ot(re)};` : ""}`;
  });
  Re(() => {
    (c(v) !== ee || c(y) !== te || c(w) !== Q) && c(D) !== null && requestAnimationFrame(() => {
      c(D) !== null && n().updateNodeInternals(/* @__PURE__ */ new Map([[M, { id: M, nodeElement: c(D), force: !0 }]]));
    }), ee = c(v), te = c(y), Q = c(w);
  }), Re(() => {
    t.resizeObserver && (!c(B) || c(D) !== K) && (K && t.resizeObserver.unobserve(K), c(D) && t.resizeObserver.observe(c(D)), K = c(D));
  }), Zn(() => {
    K && t.resizeObserver?.unobserve(K);
  });
  function be(R) {
    c(E) && (!n().selectNodesOnDrag || !c(m) || n().nodeDragThreshold > 0) && n().handleNodeSelection(M), t.onnodeclick?.({ node: c(P), event: R });
  }
  function ye(R) {
    if (!(pl(R) || n().disableKeyboardA11y))
      if (sl.includes(R.key) && c(E)) {
        const re = R.key === "Escape";
        n().handleNodeSelection(M, re, c(D));
      } else c(m) && t.node.selected && Object.prototype.hasOwnProperty.call(Cr, R.key) && (R.preventDefault(), n(
        n().ariaLiveMessage = c(fe)["node.a11yDescription.ariaLiveMessage"]({
          direction: R.key.replace("Arrow", "").toLowerCase(),
          x: ~~t.node.internals.positionAbsolute.x,
          y: ~~t.node.internals.positionAbsolute.y
        }),
        !0
      ), n().moveSelectedNodes(Cr[R.key], R.shiftKey ? 4 : 1));
  }
  const ze = () => {
    if (n().disableKeyboardA11y || !n().autoPanOnNodeFocus || !c(D)?.matches(":focus-visible"))
      return;
    const { width: R, height: re, viewport: me } = n();
    ui(/* @__PURE__ */ new Map([[M, t.node]]), { x: 0, y: 0, width: R, height: re }, [me.x, me.y, me.zoom], !0).length > 0 || n().setCenter(t.node.position.x + (t.node.measured.width ?? 0) / 2, t.node.position.y + (t.node.measured.height ?? 0) / 2, { zoom: me.zoom });
  };
  var Ae = _e(), Ke = ge(Ae);
  {
    var Y = (R) => {
      var re = mv();
      At(re, () => ({
        "data-id": M,
        class: [
          "svelte-flow__node",
          `svelte-flow__node-${c(v)}`,
          c(g)
        ],
        style: c(ae),
        onclick: be,
        onpointerenter: t.onnodepointerenter ? (le) => t.onnodepointerenter({ node: c(P), event: le }) : void 0,
        onpointerleave: t.onnodepointerleave ? (le) => t.onnodepointerleave({ node: c(P), event: le }) : void 0,
        onpointermove: t.onnodepointermove ? (le) => t.onnodepointermove({ node: c(P), event: le }) : void 0,
        oncontextmenu: t.onnodecontextmenu ? (le) => t.onnodecontextmenu({ node: c(P), event: le }) : void 0,
        onkeydown: c(F) ? ye : void 0,
        onfocus: c(F) ? ze : void 0,
        tabIndex: c(F) ? 0 : void 0,
        role: t.node.ariaRole ?? (c(F) ? "group" : void 0),
        "aria-label": t.node.ariaLabel,
        "aria-roledescription": "node",
        "aria-describedby": n().disableKeyboardA11y ? void 0 : `${Dl}-${n().flowId}`,
        ...t.node.domAttributes,
        [Nt]: {
          dragging: c(h),
          selected: c(o),
          draggable: c(m),
          connectable: c(k),
          selectable: c(E),
          nopan: c(m),
          parent: c(T)
        },
        [ut]: {
          "z-index": c(V),
          transform: `translate(${c(Z) ?? ""}px, ${c(I) ?? ""}px)`,
          visibility: c(N) ? "visible" : "hidden"
        }
      }));
      var me = X(re);
      zr(me, () => c(ne), (le, pe) => {
        pe(le, {
          get data() {
            return c(r);
          },
          get id() {
            return M;
          },
          get selected() {
            return c(o);
          },
          get selectable() {
            return c(E);
          },
          get deletable() {
            return c(a);
          },
          get sourcePosition() {
            return c(y);
          },
          get targetPosition() {
            return c(w);
          },
          get zIndex() {
            return c(V);
          },
          get dragging() {
            return c(h);
          },
          get draggable() {
            return c(m);
          },
          get dragHandle() {
            return c(A);
          },
          get parentId() {
            return c(p);
          },
          get type() {
            return c(v);
          },
          get isConnectable() {
            return c(k);
          },
          get positionAbsoluteX() {
            return c(Z);
          },
          get positionAbsoluteY() {
            return c(I);
          },
          get width() {
            return c(O);
          },
          get height() {
            return c(z);
          }
        });
      }), Oe(re, (le, pe) => Tl?.(le, pe), () => ({
        nodeId: M,
        isSelectable: c(E),
        disabled: !c(m),
        handleSelector: c(A),
        noDragClass: n().noDragClass,
        nodeClickDistance: t.nodeClickDistance,
        onNodeMouseDown: n().handleNodeSelection,
        onDrag: (le, pe, Ne, Se) => {
          t.onnodedrag?.({ event: le, targetNode: Ne, nodes: Se });
        },
        onDragStart: (le, pe, Ne, Se) => {
          t.onnodedragstart?.({ event: le, targetNode: Ne, nodes: Se });
        },
        onDragStop: (le, pe, Ne, Se) => {
          t.onnodedragstop?.({ event: le, targetNode: Ne, nodes: Se });
        },
        store: n()
      })), _n(re, (le) => j(D, le), () => c(D)), H(R, re);
    };
    se(Ke, (R) => {
      c(d) || R(Y);
    });
  }
  H(e, Ae), de();
}
var bv = /* @__PURE__ */ $('<div class="svelte-flow__nodes"></div>');
function wv(e, t) {
  ue(t, !0);
  let n = q(t, "store", 15);
  const r = typeof ResizeObserver > "u" ? null : new ResizeObserver((i) => {
    const s = /* @__PURE__ */ new Map();
    i.forEach((a) => {
      const l = a.target.getAttribute("data-id");
      s.set(l, { id: l, nodeElement: a.target, force: !0 });
    }), n().updateNodeInternals(s);
  });
  Zn(() => {
    r?.disconnect();
  });
  var o = bv();
  rt(o, 21, () => n().visible.nodes.values(), (i) => i.id, (i, s) => {
    yv(i, {
      get node() {
        return c(s);
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
var _v = /* @__PURE__ */ Ee('<svg class="svelte-flow__edge-wrapper"><g><!></g></svg>');
function xv(e, t) {
  ue(t, !0);
  let n = _(() => t.edge.id), r = _(() => t.edge.source), o = _(() => t.edge.target), i = _(() => t.edge.sourceX), s = _(() => t.edge.sourceY), a = _(() => t.edge.targetX), l = _(() => t.edge.targetY), u = _(() => t.edge.sourcePosition), d = _(() => t.edge.targetPosition), h = _(() => Te(t.edge.animated, !1)), f = _(() => Te(t.edge.selected, !1)), g = _(() => t.edge.label), v = _(() => t.edge.labelStyle), p = _(() => Te(t.edge.data, () => ({}), !0)), y = _(() => t.edge.style), w = _(() => t.edge.interactionWidth), C = _(() => Te(t.edge.type, "default")), b = _(() => t.edge.sourceHandle), x = _(() => t.edge.targetHandle), S = _(() => t.edge.markerStart), O = _(() => t.edge.markerEnd), z = _(() => t.edge.selectable), A = _(() => t.edge.focusable), V = _(() => Te(t.edge.deletable, !0)), Z = _(() => t.edge.hidden), I = _(() => t.edge.zIndex), P = _(() => t.edge.class), M = _(() => t.edge.ariaLabel);
  T0(c(n));
  let m = null, E = _(() => c(z) ?? t.store.elementsSelectable), k = _(() => c(A) ?? t.store.edgesFocusable), N = _(() => t.store.edgeTypes[c(C)] ?? Il), L = _(() => c(S) ? `url('#${Lo(c(S), t.store.flowId)}')` : void 0), B = _(() => c(O) ? `url('#${Lo(c(O), t.store.flowId)}')` : void 0);
  function F(te) {
    const Q = t.store.edgeLookup.get(c(n));
    Q && (c(E) && t.store.handleEdgeSelection(c(n)), t.onedgeclick?.({ event: te, edge: Q }));
  }
  function W(te, Q) {
    const ne = t.store.edgeLookup.get(c(n));
    ne && Q({ event: te, edge: ne });
  }
  function T(te) {
    if (!t.store.disableKeyboardA11y && sl.includes(te.key) && c(E)) {
      const { unselectNodesAndEdges: Q, addSelectedEdges: ne } = t.store;
      te.key === "Escape" ? (m?.blur(), Q({ edges: [t.edge] })) : ne([c(n)]);
    }
  }
  var D = _e(), K = ge(D);
  {
    var ee = (te) => {
      var Q = _v();
      let ne;
      var fe = X(Q);
      At(fe, () => ({
        class: ["svelte-flow__edge", c(P)],
        "data-id": c(n),
        onclick: F,
        oncontextmenu: t.onedgecontextmenu ? (ae) => {
          W(ae, t.onedgecontextmenu);
        } : void 0,
        onpointerenter: t.onedgepointerenter ? (ae) => {
          W(ae, t.onedgepointerenter);
        } : void 0,
        onpointerleave: t.onedgepointerleave ? (ae) => {
          W(ae, t.onedgepointerleave);
        } : void 0,
        "aria-label": c(M) === null ? void 0 : c(M) ? c(M) : `Edge from ${c(r)} to ${c(o)}`,
        "aria-describedby": c(k) ? `${Ll}-${t.store.flowId}` : void 0,
        role: t.edge.ariaRole ?? (c(k) ? "group" : "img"),
        "aria-roledescription": "edge",
        onkeydown: c(k) ? T : void 0,
        tabindex: c(k) ? 0 : void 0,
        ...t.edge.domAttributes,
        [Nt]: {
          animated: c(h),
          selected: c(f),
          selectable: c(E)
        }
      }));
      var he = X(fe);
      zr(he, () => c(N), (ae, be) => {
        be(ae, {
          get id() {
            return c(n);
          },
          get source() {
            return c(r);
          },
          get target() {
            return c(o);
          },
          get sourceX() {
            return c(i);
          },
          get sourceY() {
            return c(s);
          },
          get targetX() {
            return c(a);
          },
          get targetY() {
            return c(l);
          },
          get sourcePosition() {
            return c(u);
          },
          get targetPosition() {
            return c(d);
          },
          get animated() {
            return c(h);
          },
          get selected() {
            return c(f);
          },
          get label() {
            return c(g);
          },
          get labelStyle() {
            return c(v);
          },
          get data() {
            return c(p);
          },
          get style() {
            return c(y);
          },
          get interactionWidth() {
            return c(w);
          },
          get selectable() {
            return c(E);
          },
          get deletable() {
            return c(V);
          },
          get type() {
            return c(C);
          },
          get sourceHandleId() {
            return c(b);
          },
          get targetHandleId() {
            return c(x);
          },
          get markerStart() {
            return c(L);
          },
          get markerEnd() {
            return c(B);
          }
        });
      }), _n(fe, (ae) => m = ae, () => m), oe(() => ne = we(Q, "", ne, { "z-index": c(I) })), H(te, Q);
    };
    se(K, (te) => {
      c(Z) || te(ee);
    });
  }
  H(e, D), de();
}
pu();
var Ev = /* @__PURE__ */ Ee("<defs></defs>");
function kv(e, t) {
  ue(t, !1);
  const n = mt();
  Lu();
  var r = Ev();
  rt(r, 5, () => n.markers, (o) => o.id, (o, i) => {
    Mv(o, Rt(() => c(i)));
  }), H(e, r), de();
}
var Nv = /* @__PURE__ */ Ee('<polyline class="arrow" fill="none" stroke-linecap="round" stroke-linejoin="round" points="-5,-4 0,0 -5,4"></polyline>'), Sv = /* @__PURE__ */ Ee('<polyline class="arrowclosed" stroke-linecap="round" stroke-linejoin="round" points="-5,-4 0,0 -5,4 -5,-4"></polyline>'), Cv = /* @__PURE__ */ Ee('<marker class="svelte-flow__arrowhead" viewBox="-10 -10 20 20" refX="0" refY="0"><!></marker>');
function Mv(e, t) {
  ue(t, !0);
  let n = q(t, "width", 3, 12.5), r = q(t, "height", 3, 12.5), o = q(t, "markerUnits", 3, "strokeWidth"), i = q(t, "orient", 3, "auto-start-reverse"), s = q(t, "color", 3, "none");
  var a = Cv(), l = X(a);
  {
    var u = (h) => {
      var f = Nv();
      let g;
      oe(() => {
        U(f, "stroke-width", t.strokeWidth), g = we(f, "", g, { stroke: s() });
      }), H(h, f);
    }, d = (h) => {
      var f = _e(), g = ge(f);
      {
        var v = (p) => {
          var y = Sv();
          let w;
          oe(() => {
            U(y, "stroke-width", t.strokeWidth), w = we(y, "", w, { stroke: s(), fill: s() });
          }), H(p, y);
        };
        se(
          g,
          (p) => {
            t.type === kr.ArrowClosed && p(v);
          },
          !0
        );
      }
      H(h, f);
    };
    se(l, (h) => {
      t.type === kr.Arrow ? h(u) : h(d, !1);
    });
  }
  oe(() => {
    U(a, "id", t.id), U(a, "markerWidth", `${n()}`), U(a, "markerHeight", `${r()}`), U(a, "markerUnits", o()), U(a, "orient", i());
  }), H(e, a), de();
}
var Pv = /* @__PURE__ */ $('<div class="svelte-flow__edges"><svg class="svelte-flow__marker"><!></svg> <!></div>');
function Ov(e, t) {
  ue(t, !0);
  let n = q(t, "store", 15);
  var r = Pv(), o = X(r), i = X(o);
  kv(i, {});
  var s = G(o, 2);
  rt(s, 17, () => n().visible.edges.values(), (a) => a.id, (a, l) => {
    xv(a, {
      get edge() {
        return c(l);
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
var Iv = /* @__PURE__ */ $('<div class="svelte-flow__selection svelte-1vr3gfi"></div>');
function Rl(e, t) {
  ue(t, !0);
  let n = q(t, "x", 3, 0), r = q(t, "y", 3, 0), o = q(t, "width", 3, 0), i = q(t, "height", 3, 0), s = q(t, "isVisible", 3, !0);
  var a = _e(), l = ge(a);
  {
    var u = (d) => {
      var h = Iv();
      let f;
      oe((g) => f = we(h, "", f, g), [
        () => ({
          width: typeof o() == "string" ? o() : ot(o()),
          height: typeof i() == "string" ? i() : ot(i()),
          transform: `translate(${n()}px, ${r()}px)`
        })
      ]), H(d, h);
    };
    se(l, (d) => {
      s() && d(u);
    });
  }
  H(e, a), de();
}
var Av = /* @__PURE__ */ $("<div><!></div>");
function zv(e, t) {
  ue(t, !0);
  let n = ve(void 0);
  Re(() => {
    t.store.disableKeyboardA11y || c(n)?.focus({ preventScroll: !0 });
  });
  let r = _(() => {
    if (t.store.selectionRectMode === "nodes") {
      t.store.nodes;
      const d = Un(t.store.nodeLookup, { filter: (h) => !!h.selected });
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
    Object.prototype.hasOwnProperty.call(Cr, d.key) && (d.preventDefault(), t.store.moveSelectedNodes(Cr[d.key], d.shiftKey ? 4 : 1));
  }
  var a = _e(), l = ge(a);
  {
    var u = (d) => {
      var h = Av();
      h.__contextmenu = o, h.__click = i, h.__keydown = function(...v) {
        (t.store.disableKeyboardA11y ? void 0 : s)?.apply(this, v);
      };
      let f;
      var g = X(h);
      Rl(g, { width: "100%", height: "100%", x: 0, y: 0 }), Oe(h, (v, p) => Tl?.(v, p), () => ({
        disabled: !1,
        store: t.store,
        onDrag: (v, p, y, w) => {
          t.onnodedrag?.({ event: v, targetNode: null, nodes: w });
        },
        onDragStart: (v, p, y, w) => {
          t.onnodedragstart?.({ event: v, targetNode: null, nodes: w });
        },
        onDragStop: (v, p, y, w) => {
          t.onnodedragstop?.({ event: v, targetNode: null, nodes: w });
        }
      })), _n(h, (v) => j(n, v), () => c(n)), oe(
        (v) => {
          Ie(h, 1, It(["svelte-flow__selection-wrapper", t.store.noPanClass]), "svelte-sf2y5e"), U(h, "role", t.store.disableKeyboardA11y ? void 0 : "button"), U(h, "tabindex", t.store.disableKeyboardA11y ? void 0 : -1), f = we(h, "", f, v);
        },
        [
          () => ({
            width: ot(c(r).width),
            height: ot(c(r).height),
            transform: `translate(${c(r).x ?? ""}px, ${c(r).y ?? ""}px)`
          })
        ]
      ), H(d, h);
    };
    se(l, (d) => {
      t.store.selectionRectMode === "nodes" && c(r) && gt(c(r).x) && gt(c(r).y) && d(u);
    });
  }
  H(e, a), de();
}
Pt(["contextmenu", "click", "keydown"]);
function Tv(e) {
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
function Je(e, t) {
  let { enabled: n = !0, trigger: r, type: o = "keydown" } = t;
  function i(a) {
    const l = Array.isArray(r) ? r : [r], u = [a.metaKey, a.altKey, a.shiftKey, a.ctrlKey].reduce(
      (d, h, f) => h ? d | 1 << f : d,
      0
    );
    for (const d of l) {
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
          const b = Array.isArray(f) ? f : [f];
          let x = !1;
          for (const S of b)
            if ((Array.isArray(S) ? S : [S]).reduce(
              (z, A) => z | Tv(A),
              0
            ) === u) {
              x = !0;
              break;
            }
          if (!x) continue;
        }
        y && a.preventDefault();
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
  return n && (s = _o(e, o, i)), {
    update: (a) => {
      const { enabled: l = !0, type: u = "keydown" } = a;
      n && (!l || o !== u) ? s?.() : !n && l && (s = _o(e, u, i)), n = l, o = u, r = a.trigger;
    },
    destroy: () => {
      s?.();
    }
  };
}
function Hl() {
  const e = _(mt), t = (i) => {
    const s = Ns(i) ? i : c(e).nodeLookup.get(i.id), a = s.parentId ? Rg(s.position, s.measured, s.parentId, c(e).nodeLookup, c(e).nodeOrigin) : s.position, l = {
      ...s,
      position: a,
      width: s.measured?.width ?? s.width,
      height: s.measured?.height ?? s.height
    };
    return Bn(l);
  };
  function n(i, s, a = { replace: !1 }) {
    c(e).nodes = Le(() => c(e).nodes).map((l) => {
      if (l.id === i) {
        const u = typeof s == "function" ? s(l) : s;
        return a?.replace && Ns(u) ? u : { ...l, ...u };
      }
      return l;
    });
  }
  function r(i, s, a = { replace: !1 }) {
    c(e).edges = Le(() => c(e).edges).map((l) => {
      if (l.id === i) {
        const u = typeof s == "function" ? s(l) : s;
        return a.replace && Y0(u) ? u : { ...l, ...u };
      }
      return l;
    });
  }
  const o = (i) => c(e).nodeLookup.get(i);
  return {
    zoomIn: c(e).zoomIn,
    zoomOut: c(e).zoomOut,
    getInternalNode: o,
    getNode: (i) => o(i)?.internals.userNode,
    getNodes: (i) => i === void 0 ? c(e).nodes : Os(c(e).nodeLookup, i),
    getEdge: (i) => c(e).edgeLookup.get(i),
    getEdges: (i) => i === void 0 ? c(e).edges : Os(c(e).edgeLookup, i),
    setZoom: async (i, s) => {
      const a = c(e).panZoom;
      return a ? a.scaleTo(i, s) : !1;
    },
    getZoom: () => c(e).viewport.zoom,
    setViewport: async (i, s) => {
      const a = c(e).viewport;
      return c(e).panZoom ? (await c(e).panZoom.setViewport(
        {
          x: i.x ?? a.x,
          y: i.y ?? a.y,
          zoom: i.zoom ?? a.zoom
        },
        s
      ), !0) : !1;
    },
    getViewport: () => Wo(c(e).viewport),
    setCenter: async (i, s, a) => c(e).setCenter(i, s, a),
    fitView: (i) => c(e).fitView(i),
    fitBounds: async (i, s) => {
      if (!c(e).panZoom)
        return !1;
      const a = fi(i, c(e).width, c(e).height, c(e).minZoom, c(e).maxZoom, s?.padding ?? 0.1);
      return await c(e).panZoom.setViewport(a, {
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
      const l = fs(i), u = l ? i : t(i);
      return u ? (a || c(e).nodes).filter((d) => {
        const h = c(e).nodeLookup.get(d.id);
        if (!h || !l && d.id === i.id)
          return !1;
        const f = Bn(h), g = Sr(f, u);
        return s && g > 0 || g >= f.width * f.height || g >= u.width * u.height;
      }) : [];
    },
    isNodeIntersecting: (i, s, a = !0) => {
      const u = fs(i) ? i : t(i);
      if (!u)
        return !1;
      const d = Sr(u, s);
      return a && d > 0 || d >= s.width * s.height || d >= u.width * u.height;
    },
    deleteElements: async ({ nodes: i = [], edges: s = [] }) => {
      const { nodes: a, edges: l } = await Tg({
        nodesToRemove: i,
        edgesToRemove: s,
        nodes: c(e).nodes,
        edges: c(e).edges,
        onBeforeDelete: c(e).onbeforedelete
      });
      return a && (c(e).nodes = Le(() => c(e).nodes).filter((u) => !a.some(({ id: d }) => d === u.id))), l && (c(e).edges = Le(() => c(e).edges).filter((u) => !l.some(({ id: d }) => d === u.id))), (a.length > 0 || l.length > 0) && c(e).ondelete?.({ nodes: a, edges: l }), { deletedNodes: a, deletedEdges: l };
    },
    screenToFlowPosition: (i, s = { snapToGrid: !0 }) => {
      if (!c(e).domNode)
        return i;
      const a = s.snapToGrid ? c(e).snapGrid : !1, { x: l, y: u, zoom: d } = c(e).viewport, { x: h, y: f } = c(e).domNode.getBoundingClientRect(), g = { x: i.x - h, y: i.y - f };
      return Jn(g, [l, u, d], a !== null, a || [1, 1]);
    },
    /**
     *
     * @param position
     * @returns
     */
    flowToScreenPosition: (i) => {
      if (!c(e).domNode)
        return i;
      const { x: s, y: a, zoom: l } = c(e).viewport, { x: u, y: d } = c(e).domNode.getBoundingClientRect(), h = yn(i, [s, a, l]);
      return { x: h.x + u, y: h.y + d };
    },
    toObject: () => structuredClone({
      nodes: [...c(e).nodes],
      edges: [...c(e).edges],
      viewport: { ...c(e).viewport }
    }),
    updateNode: n,
    updateNodeData: (i, s, a) => {
      const l = c(e).nodeLookup.get(i)?.internals.userNode;
      if (!l)
        return;
      const u = typeof s == "function" ? s(l) : s;
      n(i, (d) => ({
        ...d,
        data: a?.replace ? u : { ...d.data, ...u }
      }));
    },
    updateEdge: r,
    getNodesBounds: (i) => Og(i, {
      nodeLookup: c(e).nodeLookup,
      nodeOrigin: c(e).nodeOrigin
    }),
    getHandleConnections: ({ type: i, id: s, nodeId: a }) => Array.from(c(e).connectionLookup.get(`${a}-${i}-${s ?? null}`)?.values() ?? [])
  };
}
function Os(e, t) {
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
function Dv(e, t) {
  ue(t, !0);
  let n = q(t, "store", 15), r = q(t, "selectionKey", 3, "Shift"), o = q(t, "multiSelectionKey", 19, () => Fn() ? "Meta" : "Control"), i = q(t, "deleteKey", 3, "Backspace"), s = q(t, "panActivationKey", 3, " "), a = q(t, "zoomActivationKey", 19, () => Fn() ? "Meta" : "Control"), { deleteElements: l } = Hl();
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
    return (Array.isArray(p) ? p : [p]).map((C) => {
      const b = h(C);
      return {
        key: b,
        modifier: d(C),
        enabled: b !== null,
        callback: y
      };
    });
  }
  function g() {
    n(n().selectionRect = null, !0), n(n().selectionKeyPressed = !1, !0), n(n().multiselectionKeyPressed = !1, !0), n(n().deleteKeyPressed = !1, !0), n(n().panActivationKeyPressed = !1, !0), n(n().zoomActivationKeyPressed = !1, !0);
  }
  function v() {
    const p = n().nodes.filter((w) => w.selected), y = n().edges.filter((w) => w.selected);
    l({ nodes: p, edges: y });
  }
  Be("blur", De, g), Be("contextmenu", De, g), Oe(De, (p, y) => Je?.(p, y), () => ({
    trigger: f(r(), () => n(n().selectionKeyPressed = !0, !0)),
    type: "keydown"
  })), Oe(De, (p, y) => Je?.(p, y), () => ({
    trigger: f(r(), () => n(n().selectionKeyPressed = !1, !0)),
    type: "keyup"
  })), Oe(De, (p, y) => Je?.(p, y), () => ({
    trigger: f(o(), () => {
      n(n().multiselectionKeyPressed = !0, !0);
    }),
    type: "keydown"
  })), Oe(De, (p, y) => Je?.(p, y), () => ({
    trigger: f(o(), () => n(n().multiselectionKeyPressed = !1, !0)),
    type: "keyup"
  })), Oe(De, (p, y) => Je?.(p, y), () => ({
    trigger: f(i(), (p) => {
      !(p.originalEvent.ctrlKey || p.originalEvent.metaKey || p.originalEvent.shiftKey) && !pl(p.originalEvent) && (n(n().deleteKeyPressed = !0, !0), v());
    }),
    type: "keydown"
  })), Oe(De, (p, y) => Je?.(p, y), () => ({
    trigger: f(i(), () => n(n().deleteKeyPressed = !1, !0)),
    type: "keyup"
  })), Oe(De, (p, y) => Je?.(p, y), () => ({
    trigger: f(s(), () => n(n().panActivationKeyPressed = !0, !0)),
    type: "keydown"
  })), Oe(De, (p, y) => Je?.(p, y), () => ({
    trigger: f(s(), () => n(n().panActivationKeyPressed = !1, !0)),
    type: "keyup"
  })), Oe(De, (p, y) => Je?.(p, y), () => ({
    trigger: f(a(), () => n(n().zoomActivationKeyPressed = !0, !0)),
    type: "keydown"
  })), Oe(De, (p, y) => Je?.(p, y), () => ({
    trigger: f(a(), () => n(n().zoomActivationKeyPressed = !1, !0)),
    type: "keyup"
  })), de();
}
var Lv = /* @__PURE__ */ Ee('<path fill="none" class="svelte-flow__connection-path"></path>'), Rv = /* @__PURE__ */ Ee('<svg class="svelte-flow__connectionline"><g><!></g></svg>');
function Hv(e, t) {
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
      case St.Bezier: {
        const [a] = hi(s);
        return a;
      }
      case St.Straight: {
        const [a] = bl(s);
        return a;
      }
      case St.Step:
      case St.SmoothStep: {
        const [a] = gi({
          ...s,
          borderRadius: t.type === St.Step ? 0 : void 0
        });
        return a;
      }
    }
  });
  var r = _e(), o = ge(r);
  {
    var i = (s) => {
      var a = Rv(), l = X(a), u = X(l);
      {
        var d = (f) => {
          var g = _e(), v = ge(g);
          zr(v, () => t.LineComponent, (p, y) => {
            y(p, {});
          }), H(f, g);
        }, h = (f) => {
          var g = Lv();
          oe(() => {
            U(g, "d", c(n)), we(g, t.style);
          }), H(f, g);
        };
        se(u, (f) => {
          t.LineComponent ? f(d) : f(h, !1);
        });
      }
      oe(
        (f) => {
          U(a, "width", t.store.width), U(a, "height", t.store.height), we(a, t.containerStyle), Ie(l, 0, f);
        },
        [
          () => It([
            "svelte-flow__connection",
            Bg(t.store.connection.isValid)
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
var Vv = /* @__PURE__ */ $("<div><!></div>");
function jn(e, t) {
  ue(t, !0);
  let n = q(t, "position", 3, "top-right"), r = /* @__PURE__ */ pt(t, [
    "$$slots",
    "$$events",
    "$$legacy",
    "position",
    "style",
    "class",
    "children"
  ]), o = _(() => `${n()}`.split("-"));
  var i = Vv();
  At(i, (a) => ({ class: a, style: t.style, ...r }), [
    () => [
      "svelte-flow__panel",
      t.class,
      ...c(o)
    ]
  ]);
  var s = X(i);
  Fe(s, () => t.children ?? Ot), H(e, i), de();
}
var Bv = /* @__PURE__ */ $('<a target="_blank" rel="noopener noreferrer" aria-label="Svelte Flow attribution">Svelte Flow</a>');
function Fv(e, t) {
  ue(t, !0);
  let n = q(t, "position", 3, "bottom-right");
  const r = "https://svelteflow.dev?utm_source=attribution";
  var o = _e(), i = ge(o);
  {
    var s = (a) => {
      {
        let l = _(() => `Please only hide this attribution when you are subscribed to Svelte Flow Pro: ${r}`);
        jn(a, {
          get position() {
            return n();
          },
          class: "svelte-flow__attribution",
          get "data-message"() {
            return c(l);
          },
          children: (u, d) => {
            var h = Bv();
            oe(() => U(h, "href", r)), H(u, h);
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
var jv = /* @__PURE__ */ $("<div><!></div>");
function Kv(e, t) {
  ue(t, !0);
  let n = q(t, "domNode", 15), r = q(t, "clientWidth", 15), o = q(t, "clientHeight", 15), i = _(() => t.rest.class), s = _(() => mu(t.rest, [
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
  var l = jv();
  At(
    l,
    (d) => ({
      class: [
        "svelte-flow",
        "svelte-flow__container",
        t.colorMode,
        c(i)
      ],
      "data-testid": "svelte-flow__wrapper",
      role: "application",
      onscroll: a,
      ...c(s),
      [ut]: d
    }),
    [
      () => ({
        width: ot(t.width),
        height: ot(t.height)
      })
    ],
    void 0,
    void 0,
    "svelte-mkap6j"
  );
  var u = X(l);
  Fe(u, () => t.children ?? Ot), _n(l, (d) => n(d), () => n()), Bi(l, "clientHeight", o), Bi(l, "clientWidth", r), H(e, l), de();
}
var Yv = /* @__PURE__ */ $('<div class="svelte-flow__viewport-back svelte-flow__container"></div> <!> <div class="svelte-flow__edge-labels svelte-flow__container"></div> <!> <!> <!> <div class="svelte-flow__viewport-front svelte-flow__container"></div>', 1), Xv = /* @__PURE__ */ $("<!> <!>", 1), Zv = /* @__PURE__ */ $("<!> <!> <!> <!> <!>", 1);
function Wv(e, t) {
  ue(t, !0);
  let n = q(t, "paneClickDistance", 3, 1), r = q(t, "nodeClickDistance", 3, 1), o = q(t, "panOnScrollMode", 19, () => cn.Free), i = q(t, "preventScrolling", 3, !0), s = q(t, "zoomOnScroll", 3, !0), a = q(t, "zoomOnDoubleClick", 3, !0), l = q(t, "zoomOnPinch", 3, !0), u = q(t, "panOnScroll", 3, !1), d = q(t, "panOnScrollSpeed", 3, 0.5), h = q(t, "panOnDrag", 3, !0), f = q(t, "selectionOnDrag", 3, !1), g = q(t, "autoPanOnSelection", 3, !0), v = q(t, "connectionLineType", 19, () => St.Bezier), p = q(t, "nodes", 31, () => un([])), y = q(t, "edges", 31, () => un([])), w = q(t, "viewport", 15, void 0), C = /* @__PURE__ */ pt(t, [
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
  ]), b = Ro({
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
      return y();
    },
    set edges(S) {
      y(S);
    },
    get viewport() {
      return w();
    },
    set viewport(S) {
      w(S);
    }
  });
  const x = Xo(Mr);
  x && x.setStore && x.setStore(b), Zo(Mr, {
    provider: !1,
    getStore() {
      return b;
    }
  }), Re(() => {
    const S = { nodes: b.selectedNodes, edges: b.selectedEdges };
    Le(() => t.onselectionchange)?.(S);
    for (const O of b.selectionChangeHandlers.values())
      O(S);
  }), Zn(() => {
    x?.setStore(Ro({ width: 0, height: 0, nodes: [], edges: [], props: {} }));
  }), Kv(e, {
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
      return C;
    },
    get domNode() {
      return b.domNode;
    },
    set domNode(S) {
      b.domNode = S;
    },
    get clientWidth() {
      return b.width;
    },
    set clientWidth(S) {
      b.width = S;
    },
    get clientHeight() {
      return b.height;
    },
    set clientHeight(S) {
      b.height = S;
    },
    children: (S, O) => {
      var z = Zv(), A = ge(z);
      Dv(A, {
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
        set store(M) {
          b = M;
        }
      });
      var V = G(A, 2);
      lv(V, {
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
          return l();
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
        set store(M) {
          b = M;
        },
        children: (M, m) => {
          uv(M, {
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
            set store(E) {
              b = E;
            },
            children: (E, k) => {
              var N = Xv(), L = ge(N);
              fv(L, {
                get store() {
                  return b;
                },
                set store(F) {
                  b = F;
                },
                children: (F, W) => {
                  var T = Yv(), D = G(ge(T), 2);
                  Ov(D, {
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
                  var K = G(D, 4);
                  Hv(K, {
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
                  var ee = G(K, 2);
                  wv(ee, {
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
                  var te = G(ee, 2);
                  zv(te, {
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
                  }), H(F, T);
                },
                $$slots: { default: !0 }
              });
              var B = G(L, 2);
              {
                let F = _(() => !!(b.selectionRect && b.selectionRectMode === "user")), W = _(() => b.selectionRect?.width), T = _(() => b.selectionRect?.height), D = _(() => b.selectionRect?.x), K = _(() => b.selectionRect?.y);
                Rl(B, {
                  get isVisible() {
                    return c(F);
                  },
                  get width() {
                    return c(W);
                  },
                  get height() {
                    return c(T);
                  },
                  get x() {
                    return c(D);
                  },
                  get y() {
                    return c(K);
                  }
                });
              }
              H(E, N);
            },
            $$slots: { default: !0 }
          });
        },
        $$slots: { default: !0 }
      });
      var Z = G(V, 2);
      Fv(Z, {
        get proOptions() {
          return t.proOptions;
        },
        get position() {
          return t.attributionPosition;
        }
      });
      var I = G(Z, 2);
      vv(I, {
        get store() {
          return b;
        }
      });
      var P = G(I, 2);
      Fe(P, () => t.children ?? Ot), H(S, z);
    },
    $$slots: { default: !0 }
  }), de();
}
function qv(e, t) {
  ue(t, !0);
  let n = ve(Ro({ props: {}, nodes: [], edges: [] }));
  Zo(Mr, {
    provider: !0,
    getStore() {
      return c(n);
    },
    setStore: (i) => {
      j(n, i);
    }
  }), Zn(() => {
    c(n).reset();
  });
  var r = _e(), o = ge(r);
  Fe(o, () => t.children ?? Ot), H(e, r), de();
}
var Gv = /* @__PURE__ */ $("<button><!></button>");
function Vt(e, t) {
  let n = /* @__PURE__ */ pt(t, [
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
  var r = Gv();
  At(r, () => ({
    type: "button",
    onclick: t.onclick,
    class: ["svelte-flow__controls-button", t.class],
    ...n,
    [ut]: {
      "--xy-controls-button-background-color-props": t.bgColor,
      "--xy-controls-button-background-color-hover-props": t.bgColorHover,
      "--xy-controls-button-color-props": t.color,
      "--xy-controls-button-color-hover-props": t.colorHover,
      "--xy-controls-button-border-color-props": t.borderColor
    }
  }));
  var o = X(r);
  Fe(o, () => t.children ?? Ot), H(e, r);
}
var Uv = /* @__PURE__ */ Ee('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z"></path></svg>');
function Qv(e) {
  var t = Uv();
  H(e, t);
}
var Jv = /* @__PURE__ */ Ee('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 5"><path d="M0 0h32v4.2H0z"></path></svg>');
function $v(e) {
  var t = Jv();
  H(e, t);
}
var ep = /* @__PURE__ */ Ee('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30"><path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z"></path></svg>');
function tp(e) {
  var t = ep();
  H(e, t);
}
var np = /* @__PURE__ */ Ee('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 25 32"><path d="M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0 8 0 4.571 3.429 4.571 7.619v3.048H3.048A3.056 3.056 0 000 13.714v15.238A3.056 3.056 0 003.048 32h18.285a3.056 3.056 0 003.048-3.048V13.714a3.056 3.056 0 00-3.048-3.047zM12.19 24.533a3.056 3.056 0 01-3.047-3.047 3.056 3.056 0 013.047-3.048 3.056 3.056 0 013.048 3.048 3.056 3.056 0 01-3.048 3.047zm4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z"></path></svg>');
function rp(e) {
  var t = np();
  H(e, t);
}
var op = /* @__PURE__ */ Ee('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 25 32"><path d="M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047A3.056 3.056 0 000 13.714v15.238A3.056 3.056 0 003.048 32h18.285a3.056 3.056 0 003.048-3.048V13.714a3.056 3.056 0 00-3.048-3.047zM12.19 24.533a3.056 3.056 0 01-3.047-3.047 3.056 3.056 0 013.047-3.048 3.056 3.056 0 013.048 3.048 3.056 3.056 0 01-3.048 3.047z"></path></svg>');
function ip(e) {
  var t = op();
  H(e, t);
}
var sp = /* @__PURE__ */ $("<!> <!>", 1), ap = /* @__PURE__ */ $("<!> <!> <!> <!> <!> <!>", 1);
function lp(e, t) {
  ue(t, !0);
  let n = q(t, "position", 3, "bottom-left"), r = q(t, "orientation", 3, "vertical"), o = q(t, "showZoom", 3, !0), i = q(t, "showFitView", 3, !0), s = q(t, "showLock", 3, !0), a = /* @__PURE__ */ pt(t, [
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
  ]), l = _(mt);
  const u = _(() => ({
    bgColor: t.buttonBgColor,
    bgColorHover: t.buttonBgColorHover,
    color: t.buttonColor,
    colorHover: t.buttonColorHover,
    borderColor: t.buttonBorderColor
  }));
  let d = _(() => c(l).nodesDraggable || c(l).nodesConnectable || c(l).elementsSelectable), h = _(() => c(l).viewport.zoom <= c(l).minZoom), f = _(() => c(l).viewport.zoom >= c(l).maxZoom), g = _(() => c(l).ariaLabelConfig), v = _(() => r() === "horizontal" ? "horizontal" : "vertical");
  const p = () => {
    c(l).zoomIn();
  }, y = () => {
    c(l).zoomOut();
  }, w = () => {
    c(l).fitView(t.fitViewOptions);
  }, C = () => {
    let b = !c(d);
    c(l).nodesDraggable = b, c(l).nodesConnectable = b, c(l).elementsSelectable = b;
  };
  {
    let b = _(() => [
      "svelte-flow__controls",
      c(v),
      t.class
    ]);
    jn(e, Rt(
      {
        get class() {
          return c(b);
        },
        get position() {
          return n();
        },
        "data-testid": "svelte-flow__controls",
        get "aria-label"() {
          return c(g)["controls.ariaLabel"];
        },
        get style() {
          return t.style;
        }
      },
      () => a,
      {
        children: (x, S) => {
          var O = ap(), z = ge(O);
          {
            var A = (B) => {
              var F = _e(), W = ge(F);
              Fe(W, () => t.before), H(B, F);
            };
            se(z, (B) => {
              t.before && B(A);
            });
          }
          var V = G(z, 2);
          {
            var Z = (B) => {
              var F = sp(), W = ge(F);
              Vt(W, Rt(
                {
                  onclick: p,
                  class: "svelte-flow__controls-zoomin",
                  get title() {
                    return c(g)["controls.zoomIn.ariaLabel"];
                  },
                  get "aria-label"() {
                    return c(g)["controls.zoomIn.ariaLabel"];
                  },
                  get disabled() {
                    return c(f);
                  }
                },
                () => c(u),
                {
                  children: (D, K) => {
                    Qv(D);
                  },
                  $$slots: { default: !0 }
                }
              ));
              var T = G(W, 2);
              Vt(T, Rt(
                {
                  onclick: y,
                  class: "svelte-flow__controls-zoomout",
                  get title() {
                    return c(g)["controls.zoomOut.ariaLabel"];
                  },
                  get "aria-label"() {
                    return c(g)["controls.zoomOut.ariaLabel"];
                  },
                  get disabled() {
                    return c(h);
                  }
                },
                () => c(u),
                {
                  children: (D, K) => {
                    $v(D);
                  },
                  $$slots: { default: !0 }
                }
              )), H(B, F);
            };
            se(V, (B) => {
              o() && B(Z);
            });
          }
          var I = G(V, 2);
          {
            var P = (B) => {
              Vt(B, Rt(
                {
                  class: "svelte-flow__controls-fitview",
                  onclick: w,
                  get title() {
                    return c(g)["controls.fitView.ariaLabel"];
                  },
                  get "aria-label"() {
                    return c(g)["controls.fitView.ariaLabel"];
                  }
                },
                () => c(u),
                {
                  children: (F, W) => {
                    tp(F);
                  },
                  $$slots: { default: !0 }
                }
              ));
            };
            se(I, (B) => {
              i() && B(P);
            });
          }
          var M = G(I, 2);
          {
            var m = (B) => {
              Vt(B, Rt(
                {
                  class: "svelte-flow__controls-interactive",
                  onclick: C,
                  get title() {
                    return c(g)["controls.interactive.ariaLabel"];
                  },
                  get "aria-label"() {
                    return c(g)["controls.interactive.ariaLabel"];
                  }
                },
                () => c(u),
                {
                  children: (F, W) => {
                    var T = _e(), D = ge(T);
                    {
                      var K = (te) => {
                        ip(te);
                      }, ee = (te) => {
                        rp(te);
                      };
                      se(D, (te) => {
                        c(d) ? te(K) : te(ee, !1);
                      });
                    }
                    H(F, T);
                  },
                  $$slots: { default: !0 }
                }
              ));
            };
            se(M, (B) => {
              s() && B(m);
            });
          }
          var E = G(M, 2);
          {
            var k = (B) => {
              var F = _e(), W = ge(F);
              Fe(W, () => t.children), H(B, F);
            };
            se(E, (B) => {
              t.children && B(k);
            });
          }
          var N = G(E, 2);
          {
            var L = (B) => {
              var F = _e(), W = ge(F);
              Fe(W, () => t.after), H(B, F);
            };
            se(N, (B) => {
              t.after && B(L);
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
var Ct;
(function(e) {
  e.Lines = "lines", e.Dots = "dots", e.Cross = "cross";
})(Ct || (Ct = {}));
var cp = /* @__PURE__ */ Ee("<circle></circle>");
function up(e, t) {
  var n = cp();
  oe(() => {
    U(n, "cx", t.radius), U(n, "cy", t.radius), U(n, "r", t.radius), Ie(n, 0, It(["svelte-flow__background-pattern", "dots", t.class]));
  }), H(e, n);
}
var dp = /* @__PURE__ */ Ee("<path></path>");
function fp(e, t) {
  ue(t, !0);
  var n = dp();
  oe(() => {
    U(n, "stroke-width", t.lineWidth), U(n, "d", `M${t.dimensions[0] / 2} 0 V${t.dimensions[1]} M0 ${t.dimensions[1] / 2} H${t.dimensions[0]}`), Ie(n, 0, It([
      "svelte-flow__background-pattern",
      t.variant,
      t.class
    ]));
  }), H(e, n), de();
}
const hp = {
  [Ct.Dots]: 1,
  [Ct.Lines]: 1,
  [Ct.Cross]: 6
};
var gp = /* @__PURE__ */ Ee('<svg data-testid="svelte-flow__background"><pattern patternUnits="userSpaceOnUse"><!></pattern><rect x="0" y="0" width="100%" height="100%"></rect></svg>');
function vp(e, t) {
  ue(t, !0);
  let n = q(t, "variant", 19, () => Ct.Dots), r = q(t, "gap", 3, 20), o = q(t, "lineWidth", 3, 1), i = _(mt), s = _(() => n() === Ct.Dots), a = _(() => n() === Ct.Cross), l = _(() => Array.isArray(r()) ? r() : [r(), r()]), u = _(() => `background-pattern-${c(i).flowId}-${t.id ?? ""}`), d = _(() => [
    c(l)[0] * c(i).viewport.zoom || 1,
    c(l)[1] * c(i).viewport.zoom || 1
  ]), h = _(() => (t.size ?? hp[n()]) * c(i).viewport.zoom), f = _(() => c(a) ? [c(h), c(h)] : c(d)), g = _(() => c(s) ? [c(h) / 2, c(h) / 2] : [
    c(f)[0] / 2,
    c(f)[1] / 2
  ]);
  var v = gp();
  let p;
  var y = X(v), w = X(y);
  {
    var C = (S) => {
      {
        let O = _(() => c(h) / 2);
        up(S, {
          get radius() {
            return c(O);
          },
          get class() {
            return t.patternClass;
          }
        });
      }
    }, b = (S) => {
      fp(S, {
        get dimensions() {
          return c(f);
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
      c(s) ? S(C) : S(b, !1);
    });
  }
  var x = G(y);
  oe(() => {
    Ie(v, 0, It([
      "svelte-flow__background",
      "svelte-flow__container",
      t.class
    ])), p = we(v, "", p, {
      "--xy-background-color-props": t.bgColor,
      "--xy-background-pattern-color-props": t.patternColor
    }), U(y, "id", c(u)), U(y, "x", c(i).viewport.x % c(d)[0]), U(y, "y", c(i).viewport.y % c(d)[1]), U(y, "width", c(d)[0]), U(y, "height", c(d)[1]), U(y, "patternTransform", `translate(-${c(g)[0]},-${c(g)[1]})`), U(x, "fill", `url(#${c(u)})`);
  }), H(e, v), de();
}
function pp(e) {
  const t = _(mt), n = _(() => c(t).nodeLookup), r = _(() => c(t).nodes), o = _(() => (c(r), c(n).get(e)));
  return {
    get current() {
      return c(o);
    }
  };
}
var mp = /* @__PURE__ */ Ee("<rect></rect>");
function yp(e, t) {
  ue(t, !0);
  let n = q(t, "borderRadius", 3, 5), r = q(t, "strokeWidth", 3, 2), o = _(() => pp(t.id)), i = _(() => {
    if (!c(o).current)
      return { width: 0, height: 0, x: 0, y: 0 };
    const { width: v, height: p } = st(c(o).current);
    return {
      width: t.width ?? v,
      height: t.height ?? p,
      x: t.x ?? c(o).current.internals.positionAbsolute.x,
      y: t.y ?? c(o).current.internals.positionAbsolute.y
    };
  }), s = _(() => c(i).width), a = _(() => c(i).height), l = _(() => c(i).x), u = _(() => c(i).y);
  var d = _e(), h = ge(d);
  {
    var f = (v) => {
      const p = _(() => t.nodeComponent);
      var y = _e(), w = ge(y);
      zr(w, () => c(p), (C, b) => {
        b(C, {
          get id() {
            return t.id;
          },
          get x() {
            return c(l);
          },
          get y() {
            return c(u);
          },
          get width() {
            return c(s);
          },
          get height() {
            return c(a);
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
      var p = mp();
      let y, w;
      oe(() => {
        y = Ie(p, 0, It(["svelte-flow__minimap-node", t.class]), null, y, { selected: t.selected }), U(p, "x", c(l)), U(p, "y", c(u)), U(p, "rx", n()), U(p, "ry", n()), U(p, "width", c(s)), U(p, "height", c(a)), U(p, "shape-rendering", t.shapeRendering), w = we(p, "", w, {
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
function bp(e, t) {
  const n = y0({
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
const ho = (e) => e instanceof Function ? e : () => e;
var wp = /* @__PURE__ */ Ee("<title> </title>"), _p = /* @__PURE__ */ Ee('<svg class="svelte-flow__minimap-svg" role="img"><!><!><path class="svelte-flow__minimap-mask" fill-rule="evenodd" pointer-events="none"></path></svg>'), xp = /* @__PURE__ */ $('<svelte-css-wrapper style="display: contents"><!></svelte-css-wrapper>', 1);
function Ep(e, t) {
  ue(t, !0);
  let n = q(t, "position", 3, "bottom-right"), r = q(t, "nodeStrokeColor", 3, "transparent"), o = q(t, "nodeClass", 3, ""), i = q(t, "nodeBorderRadius", 3, 5), s = q(t, "nodeStrokeWidth", 3, 2), a = q(t, "width", 3, 200), l = q(t, "height", 3, 150), u = q(t, "pannable", 3, !0), d = q(t, "zoomable", 3, !0), h = /* @__PURE__ */ pt(t, [
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
  ]), f = _(mt), g = _(() => c(f).ariaLabelConfig);
  const v = (
    // @ts-expect-error - TS doesn't know about chrome
    typeof window > "u" || window.chrome ? "crispEdges" : "geometricPrecision"
  );
  let p = _(() => `svelte-flow__minimap-desc-${c(f).flowId}`), y = _(() => ({
    x: -c(f).viewport.x / c(f).viewport.zoom,
    y: -c(f).viewport.y / c(f).viewport.zoom,
    width: c(f).width / c(f).viewport.zoom,
    height: c(f).height / c(f).viewport.zoom
  })), w = _(() => c(f).nodes.some((k) => !k.hidden)), C = _(() => c(w) ? ul(Un(c(f).nodeLookup, { filter: (k) => !k.hidden }), c(y)) : c(y)), b = _(() => c(C).width / a()), x = _(() => c(C).height / l()), S = _(() => Math.max(c(b), c(x))), O = _(() => c(S) * a()), z = _(() => c(S) * l()), A = _(() => 5 * c(S)), V = _(() => c(C).x - (c(O) - c(C).width) / 2 - c(A)), Z = _(() => c(C).y - (c(z) - c(C).height) / 2 - c(A)), I = _(() => c(O) + c(A) * 2), P = _(() => c(z) + c(A) * 2);
  const M = () => c(S);
  var m = xp(), E = ge(m);
  {
    let k = _(() => ["svelte-flow__minimap", t.class]);
    Eu(E, () => ({ "--xy-minimap-background-color-props": t.bgColor })), jn(E.lastChild, Rt(
      {
        get position() {
          return n();
        },
        get class() {
          return c(k);
        },
        "data-testid": "svelte-flow__minimap"
      },
      () => h,
      {
        children: (N, L) => {
          var B = _e(), F = ge(B);
          {
            var W = (T) => {
              var D = _p();
              let K;
              var ee = X(D);
              {
                var te = (fe) => {
                  var he = wp(), ae = X(he);
                  oe(() => {
                    U(he, "id", c(p)), ie(ae, t.ariaLabel ?? c(g)["minimap.ariaLabel"]);
                  }), H(fe, he);
                };
                se(ee, (fe) => {
                  (t.ariaLabel ?? c(g)["minimap.ariaLabel"]) && fe(te);
                });
              }
              var Q = G(ee);
              rt(Q, 17, () => c(f).nodes, (fe) => fe.id, (fe, he) => {
                const ae = _(() => c(f).nodeLookup.get(c(he).id));
                var be = _e(), ye = ge(be);
                {
                  var ze = (Ae) => {
                    {
                      let Ke = _(() => t.nodeColor === void 0 ? void 0 : ho(t.nodeColor)(c(he))), Y = _(() => ho(r())(c(he))), R = _(() => ho(o())(c(he)));
                      yp(Ae, {
                        get id() {
                          return c(ae).id;
                        },
                        get selected() {
                          return c(ae).selected;
                        },
                        get nodeComponent() {
                          return t.nodeComponent;
                        },
                        get color() {
                          return c(Ke);
                        },
                        get borderRadius() {
                          return i();
                        },
                        get strokeColor() {
                          return c(Y);
                        },
                        get strokeWidth() {
                          return s();
                        },
                        get shapeRendering() {
                          return v;
                        },
                        get class() {
                          return c(R);
                        }
                      });
                    }
                  };
                  se(ye, (Ae) => {
                    c(ae) && hl(c(ae)) && !c(ae).hidden && Ae(ze);
                  });
                }
                H(fe, be);
              });
              var ne = G(Q);
              Oe(D, (fe, he) => bp?.(fe, he), () => ({
                store: c(f),
                panZoom: c(f).panZoom,
                getViewScale: M,
                translateExtent: c(f).translateExtent,
                width: c(f).width,
                height: c(f).height,
                inversePan: t.inversePan,
                zoomStep: t.zoomStep,
                pannable: u(),
                zoomable: d()
              })), oe(() => {
                U(D, "width", a()), U(D, "height", l()), U(D, "viewBox", `${c(V) ?? ""} ${c(Z) ?? ""} ${c(I) ?? ""} ${c(P) ?? ""}`), U(D, "aria-labelledby", c(p)), K = we(D, "", K, {
                  "--xy-minimap-mask-background-color-props": t.maskColor,
                  "--xy-minimap-mask-stroke-color-props": t.maskStrokeColor,
                  "--xy-minimap-mask-stroke-width-props": t.maskStrokeWidth ? t.maskStrokeWidth * c(S) : void 0
                }), U(ne, "d", `M${c(V) - c(A)},${c(Z) - c(A)}h${c(I) + c(A) * 2}v${c(P) + c(A) * 2}h${-c(I) - c(A) * 2}z
      M${c(y).x ?? ""},${c(y).y ?? ""}h${c(y).width ?? ""}v${c(y).height ?? ""}h${-c(y).width}z`);
              }), H(T, D);
            };
            se(F, (T) => {
              c(f).panZoom && T(W);
            });
          }
          H(N, B);
        },
        $$slots: { default: !0 }
      }
    ));
  }
  H(e, m), de();
}
const kp = [
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
], Is = {
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
kp.reduce(
  (e, { color: t, primary: n, secondary: r }) => ({
    ...e,
    [t]: {
      primary: Is[t][n],
      secondary: Is[t][r]
    }
  }),
  {}
);
function Np(e) {
  let t;
  const n = ga((o) => {
    let i = !1;
    const s = e.subscribe((a) => {
      t = a, i && o();
    });
    return i = !0, s;
  });
  function r() {
    return yu() ? (n(), t) : Hu(e);
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
const Sp = "__i18n__", Cp = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Mp = [
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
function Pp(e) {
  return typeof e == "string" && e.includes(Sp);
}
class Op {
  #e;
  get shared() {
    return c(this.#e);
  }
  set shared(t) {
    j(this.#e, t, !0);
  }
  #t;
  get props() {
    return c(this.#t);
  }
  set props(t) {
    j(this.#t, t, !0);
  }
  #n;
  get i18n() {
    return c(this.#n);
  }
  set i18n(t) {
    j(this.#n, t, !0);
  }
  constructor(t, n) {
    this.#e = ve(un({})), this.#t = ve(un({})), this.#n = ve((r) => r), this.translatable_props = {}, this.last_update = null, this.shared_props = Mp, this.mounted = !1, this.registered_id = null, this.live_i18n = (r) => (this._i18n_from_store?.current, this.i18n(r));
    for (const r in t.shared_props)
      this.shared[r] = t.shared_props[r];
    for (const r in t.props)
      r !== "i18n_store" && (this.props[r] = t.props[r]);
    if (n)
      for (const r in n)
        this.props[r] === void 0 && (this.props[r] = n[r]);
    this.i18n = this.props.i18n ?? ((r) => r), this.i18n_store = t.props.i18n_store, this._i18n_from_store = this.i18n_store ? Np(this.i18n_store) : void 0;
    for (const r of Cp)
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
    ), this.registered_id = this.shared.id, this.last_shared_props = t.shared_props, this.last_props = t.props, Re(() => {
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
      ), this.registered_id = r, Le(() => {
        this.shared.id = r;
      });
    }), Re(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), Re(() => this.i18n_store ? this.i18n_store.subscribe(() => {
      for (const [o, i] of Object.entries(this.translatable_props)) {
        const [s, a] = o.split("."), l = this.i18n(i);
        s === "shared" ? this.shared[a] = l : this.props[a] = l;
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
    return Wo(this.props);
  }
  update(t) {
    this.set_data(t);
  }
  set_data(t) {
    for (const n in t) {
      const r = t[n], o = Pp(r) ? this._translate_and_store(this.shared_props.includes(n) ? "shared" : "props", n, r) : r;
      if (this.shared_props.includes(n)) {
        const i = n;
        this.shared[i] = o;
        continue;
      }
      this.props[n] = o;
    }
  }
  watch_for_change() {
    Re(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var Ip = /* @__PURE__ */ $('<button class="fold svelte-1p2zvd"> </button>'), Ap = /* @__PURE__ */ $('<span class="fold svelte-1p2zvd"></span>'), zp = /* @__PURE__ */ $('<span class="repeat svelte-1p2zvd"> </span>'), Tp = /* @__PURE__ */ $('<div class="row svelte-1p2zvd"><!> <span class="lname svelte-1p2zvd"> </span> <span class="ltype svelte-1p2zvd"> </span> <!> <span class="detail svelte-1p2zvd"> </span> <span class="shape svelte-1p2zvd"> </span> <span class="params svelte-1p2zvd"> </span></div> <!>', 1);
function Vl(e, t) {
  ue(t, !0);
  let n = un({});
  function r(l) {
    return l >= 1e6 ? `${+(l / 1e6).toPrecision(3)}M` : l >= 1e3 ? `${+(l / 1e3).toPrecision(3)}k` : `${l}`;
  }
  function o(l) {
    if (!l.shape) return "";
    const u = l.shape.slice(1).join("×");
    return l.shapes.length > 1 && new Set(l.shapes.map((d) => d.join())).size > 1 ? `${u} … (${l.shapes.length} calls)` : u;
  }
  function i(l) {
    return l.repeat <= 1 ? l.name : l.names.every((d) => /^\d+$/.test(d)) ? `${l.names[0]}–${l.names[l.names.length - 1]}` : l.names.join(", ");
  }
  var s = _e(), a = ge(s);
  rt(a, 17, () => t.layers, (l) => l.path, (l, u) => {
    const d = _(() => c(u).children.length > 0), h = _(() => n[c(u).path] ?? t.depth === 0);
    var f = Tp(), g = ge(f);
    let v;
    var p = X(g);
    {
      var y = (k) => {
        var N = Ip();
        N.__click = () => n[c(u).path] = !c(h);
        var L = X(N);
        oe(() => {
          U(N, "aria-label", c(h) ? "fold" : "unfold"), ie(L, c(h) ? "▾" : "▸");
        }), H(k, N);
      }, w = (k) => {
        var N = Ap();
        H(k, N);
      };
      se(p, (k) => {
        c(d) ? k(y) : k(w, !1);
      });
    }
    var C = G(p, 2), b = X(C), x = G(C, 2), S = X(x), O = G(x, 2);
    {
      var z = (k) => {
        var N = zp(), L = X(N);
        oe(() => ie(L, `×${c(u).repeat ?? ""}`)), H(k, N);
      };
      se(O, (k) => {
        c(u).repeat > 1 && k(z);
      });
    }
    var A = G(O, 2), V = X(A), Z = G(A, 2), I = X(Z), P = G(Z, 2), M = X(P), m = G(g, 2);
    {
      var E = (k) => {
        {
          let N = _(() => t.depth + 1);
          Vl(k, {
            get layers() {
              return c(u).children;
            },
            get depth() {
              return c(N);
            }
          });
        }
      };
      se(m, (k) => {
        c(d) && c(h) && k(E);
      });
    }
    oe(
      (k, N, L) => {
        U(g, "data-layer", c(u).path), v = we(g, "", v, { "padding-left": `${t.depth * 12}px` }), ie(b, k), ie(S, c(u).type), ie(V, c(u).detail), ie(I, N), ie(M, L);
      },
      [
        () => i(c(u)),
        () => o(c(u)),
        () => c(u).params ? r(c(u).params * c(u).repeat) : ""
      ]
    ), H(l, f);
  }), H(e, s), de();
}
Pt(["click"]);
var Dp = /* @__PURE__ */ $('<input class="rename nodrag svelte-fi58hk" aria-label="node name"/>'), Lp = /* @__PURE__ */ $('<span class="name svelte-fi58hk" title="double-click to rename"> </span>'), Rp = /* @__PURE__ */ $('<button class="expand nodrag svelte-fi58hk"> </button>'), Hp = /* @__PURE__ */ $('<div><!> <span class="label svelte-fi58hk"> </span></div>'), Vp = /* @__PURE__ */ $('<div class="port out svelte-fi58hk"><span class="label svelte-fi58hk"><b class="svelte-fi58hk"> </b> </span> <!></div>'), Bp = /* @__PURE__ */ $('<div class="summary svelte-fi58hk"> </div>'), Fp = /* @__PURE__ */ $('<div class="stats svelte-fi58hk"> </div>'), jp = /* @__PURE__ */ $('<div class="message svelte-fi58hk" data-testid="node-message"> </div>'), Kp = /* @__PURE__ */ $('<div class="message warning svelte-fi58hk"> </div>'), Yp = /* @__PURE__ */ $('<div class="layers nodrag nowheel svelte-fi58hk"><!></div>'), Xp = /* @__PURE__ */ $('<div><div class="header svelte-fi58hk"><!> <span class="block svelte-fi58hk"> </span> <!></div> <div class="ports svelte-fi58hk"><!> <!></div> <!> <!> <!> <!></div>');
function Zp(e, t) {
  ue(t, !0);
  let n = q(t, "selected", 3, !1), r = ve(!1), o = ve("");
  function i() {
    t.data.editable && (j(o, t.data.node.name, !0), j(r, !0));
  }
  function s(T) {
    T && c(o).trim() && c(o).trim() !== t.data.node.name && t.data.rename(t.data.node.id, c(o).trim()), j(r, !1);
  }
  function a(T) {
    T.focus(), T.select();
  }
  const l = _(() => t.data.node), u = _(() => [
    ...c(l).outputs.map((T) => ({
      handle: T.handle,
      label: T.port || "out",
      text: T.text,
      color: T.color,
      title: `${c(l).name}${T.port ? "." + T.port : ""}: ${T.kind} ${T.shape_text}`
    })),
    ...c(l).bundle ? [
      {
        handle: c(l).bundle.handle,
        label: c(l).bundle.label,
        text: "",
        color: c(l).outputs[0]?.color ?? "#90a4ae",
        title: c(l).outputs.length > 0 ? `all of ${c(l).name}'s outputs as one input` : `${c(l).name}'s output (known once its inputs are valid)`
      }
    ] : []
  ]), d = _(() => Math.max(c(l).inputs.length, c(u).length, 1)), h = {
    map: "#1e88e5",
    vector: "#8e24aa",
    tokens: "#00897b",
    dense: "#ef6c00"
  };
  function f(T) {
    return T.length === 1 ? h[T[0]] : "#78909c";
  }
  const g = _(() => [
    `${c(l).name} (${c(l).block})`,
    c(l).description,
    ...c(l).details ?? [],
    c(l).stats?.text,
    c(l).message ? `⚠ ${c(l).message}` : "",
    ...(c(l).warnings ?? []).map((T) => `△ ${T}`)
  ].filter(Boolean).join(`
`));
  var v = Xp();
  let p, y;
  var w = X(v), C = X(w);
  {
    var b = (T) => {
      var D = Dp();
      D.__keydown = (K) => {
        K.stopPropagation(), K.key === "Enter" && s(!0), K.key === "Escape" && s(!1);
      }, Qt(() => Go(D, () => c(o), (K) => j(o, K))), Oe(D, (K) => a?.(K)), Be("blur", D, () => s(!0)), H(T, D);
    }, x = (T) => {
      var D = Lp();
      D.__dblclick = i;
      var K = X(D);
      oe(() => ie(K, c(l).name)), H(T, D);
    };
    se(C, (T) => {
      c(r) ? T(b) : T(x, !1);
    });
  }
  var S = G(C, 2), O = X(S), z = G(S, 2);
  {
    var A = (T) => {
      var D = Rp();
      D.__click = (ee) => {
        ee.stopPropagation(), t.data.expand(c(l).id, !c(l).layers);
      };
      var K = X(D);
      oe(() => {
        U(D, "title", c(l).layers ? "hide the inner layers" : "show the inner layers"), U(D, "aria-label", c(l).layers ? "collapse" : "expand"), ie(K, c(l).layers ? "−" : "+");
      }), H(T, D);
    };
    se(z, (T) => {
      c(l).expandable && T(A);
    });
  }
  var V = G(w, 2);
  let Z;
  var I = X(V);
  rt(I, 19, () => c(l).inputs, (T) => T.handle, (T, D, K) => {
    var ee = Hp();
    let te, Q;
    var ne = X(ee);
    {
      let ae = _(() => c(D).ref ? "used" : "free"), be = _(() => c(D).error ? "#e53935" : f(c(D).accepts));
      Mt(ne, {
        type: "target",
        get position() {
          return ce.Left;
        },
        get id() {
          return c(D).handle;
        },
        get class() {
          return `handle ${c(ae) ?? ""}`;
        },
        get style() {
          return `background: ${c(be) ?? ""}`;
        },
        get isConnectable() {
          return t.data.editable;
        }
      });
    }
    var fe = G(ne, 2), he = X(fe);
    oe(() => {
      te = Ie(ee, 1, "port in svelte-fi58hk", null, te, { bad: !!c(D).error }), U(ee, "title", c(D).error ?? ""), Q = we(ee, "", Q, { top: `${c(K) * 18}px` }), ie(he, c(D).ref ?? c(D).label);
    }), H(T, ee);
  });
  var P = G(I, 2);
  rt(P, 19, () => c(u), (T) => T.handle, (T, D, K) => {
    var ee = Vp();
    let te;
    var Q = X(ee), ne = X(Q), fe = X(ne), he = G(ne), ae = G(Q, 2);
    {
      let be = _(() => c(D).handle === "o:*" ? "bundle" : "");
      Mt(ae, {
        type: "source",
        get position() {
          return ce.Right;
        },
        get id() {
          return c(D).handle;
        },
        get class() {
          return `handle ${c(be) ?? ""}`;
        },
        get style() {
          return `background: ${c(D).color ?? ""}`;
        },
        get isConnectable() {
          return t.data.editable;
        }
      });
    }
    oe(() => {
      U(ee, "title", c(D).title), te = we(ee, "", te, { top: `${c(K) * 18}px` }), ie(fe, c(D).label), ie(he, ` ${c(D).text ?? ""}`);
    }), H(T, ee);
  });
  var M = G(V, 2);
  {
    var m = (T) => {
      var D = Bp(), K = X(D);
      oe((ee) => ie(K, ee), [() => c(l).summary.join(" · ")]), H(T, D);
    };
    se(M, (T) => {
      c(l).summary?.length && T(m);
    });
  }
  var E = G(M, 2);
  {
    var k = (T) => {
      var D = Fp(), K = X(D);
      oe(() => ie(K, c(l).stats.text)), H(T, D);
    };
    se(E, (T) => {
      c(l).stats && T(k);
    });
  }
  var N = G(E, 2);
  {
    var L = (T) => {
      var D = jp(), K = X(D);
      oe(() => ie(K, `${c(l).status === "blocked" ? "⏸" : "⚠"}
			${c(l).message ?? ""}`)), H(T, D);
    }, B = (T) => {
      var D = _e(), K = ge(D);
      {
        var ee = (te) => {
          var Q = Kp(), ne = X(Q);
          oe(() => ie(ne, `△ ${c(l).warnings[0] ?? ""}`)), H(te, Q);
        };
        se(
          K,
          (te) => {
            c(l).warnings?.length && te(ee);
          },
          !0
        );
      }
      H(T, D);
    };
    se(N, (T) => {
      c(l).message ? T(L) : T(B, !1);
    });
  }
  var F = G(N, 2);
  {
    var W = (T) => {
      var D = Yp(), K = X(D);
      Vl(K, {
        get layers() {
          return c(l).layers;
        },
        depth: 0
      }), H(T, D);
    };
    se(F, (T) => {
      c(l).layers && T(W);
    });
  }
  oe(() => {
    p = Ie(v, 1, "block-node svelte-fi58hk", null, p, {
      error: c(l).status === "error",
      blocked: c(l).status === "blocked",
      warn: c(l).status === "ok" && (c(l).warnings?.length ?? 0) > 0,
      selected: n(),
      expanded: !!c(l).layers
    }), U(v, "data-node", c(l).id), U(v, "data-status", c(l).status), U(v, "title", c(g)), y = we(v, "", y, { "--fill": c(l).fill, "--border": c(l).border }), ie(O, c(l).block), Z = we(V, "", Z, { height: `${c(d) * 18}px` });
  }), H(e, v), de();
}
Pt(["keydown", "dblclick", "click"]);
var Wp = /* @__PURE__ */ $('<div><div class="name svelte-1qloul1"> </div> <div class="sub"> </div> <div class="shape svelte-1qloul1"> </div> <!></div>');
function qp(e, t) {
  ue(t, !0);
  let n = q(t, "selected", 3, !1);
  const r = _(() => t.data.node), o = _(() => c(r).outputs[0]);
  var i = Wp();
  let s, a;
  var l = X(i), u = X(l), d = G(l, 2), h = X(d), f = G(d, 2), g = X(f), v = G(f, 2);
  {
    var p = (y) => {
      Mt(y, {
        type: "source",
        get position() {
          return ce.Right;
        },
        id: "o:0",
        class: "handle",
        get style() {
          return `background: ${c(o).color ?? ""}`;
        },
        get isConnectable() {
          return t.data.editable;
        }
      });
    };
    se(v, (y) => {
      c(o) && y(p);
    });
  }
  oe(() => {
    s = Ie(i, 1, "level-node svelte-1qloul1", null, s, { selected: n() }), U(i, "data-node", c(r).id), U(i, "title", `backbone level ${c(r).name ?? ""}: ${c(r).subtitle ?? ""}, ${c(o)?.shape_text ?? "" ?? ""}`), a = we(i, "", a, { "--fill": c(r).fill, "--border": c(r).border }), ie(u, c(r).name), ie(h, c(r).subtitle), ie(g, c(o)?.shape_text ?? "");
  }), H(e, i), de();
}
var Gp = /* @__PURE__ */ $('<input class="rename nodrag svelte-p4h0w2" aria-label="output key"/>'), Up = /* @__PURE__ */ $('<div class="name svelte-p4h0w2" title="double-click to rename"> </div>'), Qp = /* @__PURE__ */ $('<div><!> <!> <div class="sub svelte-p4h0w2"> </div></div>');
function Jp(e, t) {
  ue(t, !0);
  let n = q(t, "selected", 3, !1);
  const r = _(() => t.data.node);
  let o = ve(!1), i = ve("");
  function s(w) {
    w && c(i).trim() && c(i).trim() !== c(r).name && t.data.rename(c(r).id, c(i).trim()), j(o, !1);
  }
  function a(w) {
    w.focus(), w.select();
  }
  var l = Qp();
  let u, d;
  var h = X(l);
  {
    let w = _(() => c(r).ref ? "used" : "free");
    Mt(h, {
      type: "target",
      get position() {
        return ce.Left;
      },
      id: "i:0",
      get class() {
        return `handle ${c(w) ?? ""}`;
      },
      get isConnectable() {
        return t.data.editable;
      }
    });
  }
  var f = G(h, 2);
  {
    var g = (w) => {
      var C = Gp();
      C.__keydown = (b) => {
        b.stopPropagation(), b.key === "Enter" && s(!0), b.key === "Escape" && s(!1);
      }, Qt(() => Go(C, () => c(i), (b) => j(i, b))), Oe(C, (b) => a?.(b)), Be("blur", C, () => s(!0)), H(w, C);
    }, v = (w) => {
      var C = Up();
      C.__dblclick = () => {
        t.data.editable && (j(i, c(r).name, !0), j(o, !0));
      };
      var b = X(C);
      oe(() => ie(b, c(r).name)), H(w, C);
    };
    se(f, (w) => {
      c(o) ? w(g) : w(v, !1);
    });
  }
  var p = G(f, 2), y = X(p);
  oe(() => {
    u = Ie(l, 1, "output-node svelte-p4h0w2", null, u, {
      selected: n(),
      error: c(r).status === "error",
      blocked: c(r).status === "blocked"
    }), U(l, "data-node", c(r).id), U(l, "data-status", c(r).status), U(l, "title", c(r).message ? `⚠ ${c(r).message}` : `output ${c(r).name}: ${c(r).subtitle}`), d = we(l, "", d, { "--fill": c(r).fill, "--border": c(r).border }), ie(y, c(r).message ? "⚠ " + c(r).message : c(r).subtitle);
  }), H(e, l), de();
}
Pt(["keydown", "dblclick"]);
var $p = /* @__PURE__ */ $('<button class="item svelte-5mstgu" draggable="true"><span class="swatch svelte-5mstgu"></span> <span class="iname svelte-5mstgu"> </span> <span class="desc svelte-5mstgu"> </span></button>'), em = /* @__PURE__ */ $('<div class="group"><div class="title svelte-5mstgu"> </div> <!></div>'), tm = /* @__PURE__ */ $('<div class="group"><div class="title svelte-5mstgu">outputs</div> <button class="item svelte-5mstgu" draggable="true" data-block="__output__" title="a head output (logits, cls_logits, mask_logits, aux_...)"><span class="swatch svelte-5mstgu"></span> <span class="iname svelte-5mstgu">output</span> <span class="desc svelte-5mstgu">A head output: logits, boxes, masks or aux_&lt;name&gt;.</span></button></div>'), nm = /* @__PURE__ */ $('<div class="empty svelte-5mstgu"> </div>'), rm = /* @__PURE__ */ $('<aside class="palette svelte-5mstgu" aria-label="blocks"><input class="search svelte-5mstgu" type="search" placeholder="Search blocks" aria-label="search blocks"/> <label class="filter svelte-5mstgu"><input type="checkbox" class="svelte-5mstgu"/> </label> <div class="groups svelte-5mstgu"><!> <!> <!></div></aside>');
function om(e, t) {
  ue(t, !0);
  let n = ve(""), r = ve(!0);
  const o = _(() => {
    const b = c(n).trim().toLowerCase(), x = t.entries.filter((O) => (!c(r) || O.tasks.length === 0 || O.tasks.includes(t.task)) && (!b || O.name.toLowerCase().includes(b) || O.role.toLowerCase().includes(b) || O.description.toLowerCase().includes(b))), S = [];
    for (const O of x) {
      let z = S.find((A) => A.role === O.role);
      z || (z = { role: O.role, title: O.role_title, items: [] }, S.push(z)), z.items.push(O);
    }
    return S;
  }), i = _(() => !c(n).trim() || "output".includes(c(n).trim().toLowerCase()));
  function s(b, x) {
    (b.key === "Enter" || b.key === " ") && (b.preventDefault(), b.stopPropagation(), t.onadd(x));
  }
  function a(b, x) {
    b.dataTransfer?.setData("application/x-head-block", x ?? "__output__"), b.dataTransfer?.setData("text/plain", x ?? "output"), b.dataTransfer && (b.dataTransfer.effectAllowed = "copy");
  }
  var l = rm(), u = X(l), d = G(u, 2), h = X(d), f = G(h), g = G(d, 2), v = X(g);
  rt(v, 17, () => c(o), (b) => b.role, (b, x) => {
    var S = em(), O = X(S), z = X(O), A = G(O, 2);
    rt(A, 17, () => c(x).items, (V) => V.name, (V, Z) => {
      var I = $p();
      I.__keydown = (N) => s(N, c(Z).name), I.__click = () => t.onadd(c(Z).name);
      let P;
      var M = G(X(I), 2), m = X(M), E = G(M, 2), k = X(E);
      oe(
        (N) => {
          U(I, "data-block", c(Z).name), U(I, "title", `${c(Z).description ?? ""} inputs: ${N ?? ""}${c(Z).multi_input ? " (several)" : ""} drag onto the canvas, or press Enter to add`), P = we(I, "", P, { "--fill": c(Z).fill, "--border": c(Z).border }), ie(m, c(Z).name), ie(k, c(Z).description);
        },
        [() => c(Z).accepts.join(" or ")]
      ), Be("dragstart", I, (N) => a(N, c(Z).name)), H(V, I);
    }), oe(() => ie(z, c(x).title)), H(b, S);
  });
  var p = G(v, 2);
  {
    var y = (b) => {
      var x = tm(), S = G(X(x), 2);
      S.__keydown = (O) => s(O, null), S.__click = () => t.onadd(null), we(S, "", {}, { "--fill": "#fce4ec", "--border": "#d81b60" }), Be("dragstart", S, (O) => a(O, null)), H(b, x);
    };
    se(p, (b) => {
      c(i) && b(y);
    });
  }
  var w = G(p, 2);
  {
    var C = (b) => {
      var x = nm(), S = X(x);
      oe(() => ie(S, `No block matches "${c(n) ?? ""}".`)), H(b, x);
    };
    se(w, (b) => {
      c(o).length === 0 && !c(i) && b(C);
    });
  }
  oe(() => ie(f, ` ${t.task ?? ""} blocks only`)), Go(u, () => c(n), (b) => j(n, b)), Tu(h, () => c(r), (b) => j(r, b)), H(e, l), de();
}
Pt(["keydown", "click"]);
var im = /* @__PURE__ */ $("<div> </div>"), sm = /* @__PURE__ */ $("<!> <!>", 1);
function am(e, t) {
  ue(t, !0);
  let n = q(t, "selected", 3, !1);
  const r = _(() => hi({
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
    const f = t.targetX >= t.sourceX + 40 ? c(s).label_t ?? 0.5 : 0.5, g = o(t.targetX - t.sourceX), v = [
      [t.sourceX, t.sourceY],
      [t.sourceX + g, t.sourceY],
      [t.targetX - g, t.targetY],
      [t.targetX, t.targetY]
    ], p = 1 - f, y = [p * p * p, 3 * p * p * f, 3 * p * f * f, f * f * f];
    return {
      x: y.reduce((w, C, b) => w + C * v[b][0], 0),
      y: y.reduce((w, C, b) => w + C * v[b][1], 0)
    };
  }), s = _(() => t.data ?? {}), a = _(() => c(s).error ? "#e53935" : c(s).waiting ? "#b0bec5" : c(s).color ?? "#90a4ae");
  var l = sm(), u = ge(l);
  {
    let f = _(() => c(a)), g = _(() => n() ? 3 : 1.8), v = _(() => c(s).error || c(s).waiting ? "stroke-dasharray: 6 4;" : "");
    $n(u, {
      get id() {
        return t.id;
      },
      get path() {
        return c(r)[0];
      },
      get style() {
        return `stroke: ${c(f) ?? ""}; stroke-width: ${c(g) ?? ""}px; ${c(v) ?? ""}`;
      }
    });
  }
  var d = G(u, 2);
  {
    var h = (f) => {
      Ol(f, {
        get x() {
          return c(i).x;
        },
        get y() {
          return c(i).y;
        },
        selectEdgeOnClick: !0,
        children: (g, v) => {
          var p = im();
          let y;
          var w = X(p);
          oe(() => {
            y = Ie(p, 1, "edge-label svelte-13myl97", null, y, { bad: !!c(s).error, selected: n() }), U(p, "data-edge", t.id), U(p, "title", c(s).error ? `⚠ ${c(s).error}` : `${c(s).ref}: ${c(s).label}`), ie(w, `${c(s).error ? "⚠ " : ""}${(c(s).label || "invalid") ?? ""}`);
          }), H(g, p);
        },
        $$slots: { default: !0 }
      });
    };
    se(d, (f) => {
      (c(s).label || c(s).error) && f(h);
    });
  }
  H(e, l), de();
}
function lm(e, t) {
  if (!t || t === "o:*") return e.outputs.map((o) => o.kind);
  const n = Number(t.slice(2)), r = e.outputs[n];
  return r ? [r.kind] : [];
}
function cm(e, t) {
  if (!t || t === "o:*" || e.outputs.length <= 1) return e.name;
  const n = e.outputs[Number(t.slice(2))];
  return n && n.port ? `${e.name}.${n.port}` : e.name;
}
function um(e, t, n) {
  const r = /* @__PURE__ */ new Map();
  for (const s of e.edges)
    r.has(s.source) || r.set(s.source, []), r.get(s.source).push(s.target);
  const o = /* @__PURE__ */ new Map([[t, ""]]), i = [t];
  for (; i.length; ) {
    const s = i.pop();
    for (const a of r.get(s) ?? [])
      if (!o.has(a)) {
        if (o.set(a, s), a === n) {
          const l = [n];
          for (; l[l.length - 1] !== t; ) l.push(o.get(l[l.length - 1]));
          return l.reverse();
        }
        i.push(a);
      }
  }
  return null;
}
function dm(e, t) {
  const n = e.nodes.find((o) => o.id === t.source), r = e.nodes.find((o) => o.id === t.target);
  if (!n || !r) return "that port is not on the canvas";
  if (n.type === "output") return `output '${n.name}' is a sink; wires leave nodes and levels`;
  if (r.type === "level")
    return `level '${r.name}' comes from the backbone and takes no inputs`;
  if (n.id === r.id) return `cannot connect ${n.name} to itself`;
  if (r.type === "block") {
    const o = um(e, r.id, n.id);
    if (o) {
      const u = o.map((d) => e.nodes.find((h) => h.id === d)?.name ?? d);
      return `cannot connect ${n.name} to ${r.name}: it would make a cycle ${[...u, r.name].join(" -> ")}`;
    }
    const s = (r.inputs.find((u) => u.handle === t.targetHandle) ?? r.inputs[0])?.accepts ?? [], l = lm(n, t.sourceHandle).find((u) => s.length && !s.includes(u));
    if (l)
      return `cannot connect ${cm(n, t.sourceHandle)} to ${r.name}: ${r.name} takes ${s.join(" or ")} inputs, got ${l}`;
  }
  return null;
}
var Bl = Object.defineProperty, fm = (e, t, n) => t in e ? Bl(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n, hm = (e, t) => {
  for (var n in t) Bl(e, n, { get: t[n], enumerable: !0 });
}, gm = (e, t, n) => fm(e, t + "", n), Fl = {};
hm(Fl, { Graph: () => Ue, alg: () => _i });
var vm = Object.defineProperty, jl = (e, t) => {
  for (var n in t) vm(e, n, { get: t[n], enumerable: !0 });
}, wi = class {
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
    let o, i, s, a, l = !1;
    typeof e == "object" && e !== null && "v" in e ? (o = e.v, i = e.w, s = e.name, arguments.length === 2 && (a = t, l = !0)) : (o = e, i = t, s = r, arguments.length > 2 && (a = n, l = !0)), o = "" + o, i = "" + i, s !== void 0 && (s = "" + s);
    let u = zn(this._isDirected, o, i, s);
    if (u in this._edgeLabels) return l && (this._edgeLabels[u] = a), this;
    if (s !== void 0 && !this._isMultigraph) throw new Error("Cannot set a named edge when isMultigraph = false");
    this.setNode(o), this.setNode(i), this._edgeLabels[u] = l ? a : this._defaultEdgeLabelFn(o, i, s);
    let d = pm(this._isDirected, o, i, s);
    return o = d.v, i = d.w, Object.freeze(d), this._edgeObjs[u] = d, As(this._preds[i], o), As(this._sucs[o], i), this._in[i][u] = d, this._out[o][u] = d, this._edgeCount++, this;
  }
  edge(e, t, n) {
    let r = arguments.length === 1 ? go(this._isDirected, e) : zn(this._isDirected, e, t, n);
    return this._edgeLabels[r];
  }
  edgeAsObj(e, t, n) {
    let r = arguments.length === 1 ? this.edge(e) : this.edge(e, t, n);
    return typeof r != "object" || r === null ? { label: r } : r;
  }
  hasEdge(e, t, n) {
    return (arguments.length === 1 ? go(this._isDirected, e) : zn(this._isDirected, e, t, n)) in this._edgeLabels;
  }
  removeEdge(e, t, n) {
    let r = arguments.length === 1 ? go(this._isDirected, e) : zn(this._isDirected, e, t, n), o = this._edgeObjs[r];
    if (o) {
      let i = o.v, s = o.w;
      delete this._edgeLabels[r], delete this._edgeObjs[r], zs(this._preds[s], i), zs(this._sucs[i], s), delete this._in[s][r], delete this._out[i][r], this._edgeCount--;
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
function As(e, t) {
  e[t] ? e[t]++ : e[t] = 1;
}
function zs(e, t) {
  e[t] !== void 0 && !--e[t] && delete e[t];
}
function zn(e, t, n, r) {
  let o = "" + t, i = "" + n;
  if (!e && o > i) {
    let s = o;
    o = i, i = s;
  }
  return o + "" + i + "" + (r === void 0 ? "\0" : r);
}
function pm(e, t, n, r) {
  let o = "" + t, i = "" + n;
  if (!e && o > i) {
    let a = o;
    o = i, i = a;
  }
  let s = { v: o, w: i };
  return r && (s.name = r), s;
}
function go(e, t) {
  return zn(e, t.v, t.w, t.name);
}
var mm = {};
jl(mm, { read: () => _m, write: () => ym });
function ym(e) {
  let t = { options: { directed: e.isDirected(), multigraph: e.isMultigraph(), compound: e.isCompound() }, nodes: bm(e), edges: wm(e) }, n = e.graph();
  return n !== void 0 && (t.value = structuredClone(n)), t;
}
function bm(e) {
  return e.nodes().map((t) => {
    let n = e.node(t), r = e.parent(t), o = { v: t };
    return n !== void 0 && (o.value = n), r !== void 0 && (o.parent = r), o;
  });
}
function wm(e) {
  return e.edges().map((t) => {
    let n = e.edge(t), r = { v: t.v, w: t.w };
    return t.name !== void 0 && (r.name = t.name), n !== void 0 && (r.value = n), r;
  });
}
function _m(e) {
  let t = new wi(e.options);
  return e.value !== void 0 && t.setGraph(e.value), e.nodes.forEach((n) => {
    t.setNode(n.v, n.value), n.parent && t.setParent(n.v, n.parent);
  }), e.edges.forEach((n) => {
    t.setEdge({ v: n.v, w: n.w, name: n.name }, n.value);
  }), t;
}
var _i = {};
jl(_i, { CycleException: () => Or, bellmanFord: () => Kl, components: () => km, dijkstra: () => Pr, dijkstraAll: () => Cm, findCycles: () => Mm, floydWarshall: () => Om, isAcyclic: () => Am, postorder: () => Tm, preorder: () => Dm, prim: () => Lm, shortestPaths: () => Rm, tarjan: () => Xl, topsort: () => Zl });
var xm = () => 1;
function Kl(e, t, n, r) {
  return Em(e, String(t), n || xm, r || function(o) {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  });
}
function Em(e, t, n, r) {
  let o = {}, i, s = 0, a = e.nodes(), l = function(h) {
    let f = o[h.v], g = o[h.w];
    if (!f || !g) return;
    let v = n(h);
    f.distance + v < g.distance && (o[h.w] = { distance: f.distance + v, predecessor: h.v }, i = !0);
  }, u = function() {
    a.forEach(function(h) {
      r(h).forEach(function(f) {
        let g = f.v === h ? f.v : f.w, v = g === f.v ? f.w : f.v;
        l({ v: g, w: v });
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
function km(e) {
  let t = {}, n = [], r;
  function o(i) {
    var s, a;
    i in t || (t[i] = !0, r.push(i), (s = e.successors(i)) == null || s.forEach(o), (a = e.predecessors(i)) == null || a.forEach(o));
  }
  return e.nodes().forEach(function(i) {
    r = [], o(i), r.length && n.push(r);
  }), n;
}
var Yl = class {
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
}, Nm = () => 1;
function Pr(e, t, n, r) {
  let o = function(i) {
    var s;
    return (s = e.outEdges(i)) != null ? s : [];
  };
  return Sm(e, String(t), n || Nm, r || o);
}
function Sm(e, t, n, r) {
  let o = {}, i = new Yl(), s, a, l = function(u) {
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
    a = u, r(s).forEach(l);
  }
  return o;
}
function Cm(e, t, n) {
  return e.nodes().reduce(function(r, o) {
    return r[o] = Pr(e, o, t, n), r;
  }, {});
}
function Xl(e) {
  let t = 0, n = [], r = {}, o = [];
  function i(s) {
    var a;
    let l = r[s] = { onStack: !0, lowlink: t, index: t++ };
    if (n.push(s), (a = e.successors(s)) == null || a.forEach(function(u) {
      if (u in r) {
        let d = r[u];
        d != null && d.onStack && (l.lowlink = Math.min(l.lowlink, d.index));
      } else {
        i(u);
        let d = r[u];
        d && (l.lowlink = Math.min(l.lowlink, d.lowlink));
      }
    }), l.lowlink === l.index) {
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
function Mm(e) {
  return Xl(e).filter(function(t) {
    var n;
    let r = t[0];
    return r ? t.length > 1 || t.length === 1 && ((n = e.outEdges(r, r)) != null ? n : []).length > 0 : !1;
  });
}
var Pm = () => 1;
function Om(e, t, n) {
  return Im(e, t || Pm, n || function(r) {
    var o;
    return (o = e.outEdges(r)) != null ? o : [];
  });
}
function Im(e, t, n) {
  let r = {}, o = e.nodes();
  return o.forEach(function(i) {
    let s = {};
    r[i] = s, s[i] = { distance: 0, predecessor: "" }, o.forEach(function(a) {
      i !== a && (s[a] = { distance: Number.POSITIVE_INFINITY, predecessor: "" });
    }), n(i).forEach(function(a) {
      let l = a.v === i ? a.w : a.v, u = t(a);
      s[l] = { distance: u, predecessor: i };
    });
  }), o.forEach(function(i) {
    let s = r[i];
    s && o.forEach(function(a) {
      let l = r[a];
      l && o.forEach(function(u) {
        let d = l[i], h = s[u], f = l[u];
        if (d && h && f) {
          let g = d.distance + h.distance;
          g < f.distance && (f.distance = g, f.predecessor = h.predecessor);
        }
      });
    });
  }), r;
}
var Or = class extends Error {
  constructor(e) {
    super(e), this.name = "CycleException";
  }
};
function Zl(e) {
  let t = {}, n = {}, r = [];
  function o(i) {
    var s;
    if (i in n) throw new Or();
    i in t || (n[i] = !0, t[i] = !0, (s = e.predecessors(i)) == null || s.forEach(o), delete n[i], r.push(i));
  }
  if (e.sinks().forEach(o), Object.keys(t).length !== e.nodeCount()) throw new Or();
  return r;
}
function Am(e) {
  try {
    Zl(e);
  } catch (t) {
    if (t instanceof Or) return !1;
    throw t;
  }
  return !0;
}
function zm(e, t, n, r, o) {
  Array.isArray(t) || (t = [t]);
  let i = ((a) => {
    var l;
    return (l = e.isDirected() ? e.successors(a) : e.neighbors(a)) != null ? l : [];
  }), s = {};
  return t.forEach(function(a) {
    if (!e.hasNode(a)) throw new Error("Graph does not have node: " + a);
    o = Wl(e, a, n === "post", s, i, r, o);
  }), o;
}
function Wl(e, t, n, r, o, i, s) {
  return t in r || (r[t] = !0, n || (s = i(s, t)), o(t).forEach(function(a) {
    s = Wl(e, a, n, r, o, i, s);
  }), n && (s = i(s, t))), s;
}
function ql(e, t, n) {
  return zm(e, t, n, function(r, o) {
    return r.push(o), r;
  }, []);
}
function Tm(e, t) {
  return ql(e, t, "post");
}
function Dm(e, t) {
  return ql(e, t, "pre");
}
function Lm(e, t) {
  var n;
  let r = new wi(), o = {}, i = new Yl(), s;
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
  let l = e.nodes()[0];
  l !== void 0 && i.decrease(l, 0);
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
function Rm(e, t, n, r) {
  return Hm(e, t, n, r ?? ((o) => {
    var i;
    return (i = e.outEdges(o)) != null ? i : [];
  }));
}
function Hm(e, t, n, r) {
  if (n === void 0) return Pr(e, t, n, r);
  let o = !1, i = e.nodes();
  for (let s = 0; s < i.length; s++) {
    let a = i[s];
    if (a === void 0) continue;
    let l = r(a);
    for (let u = 0; u < l.length; u++) {
      let d = l[u];
      if (!d) continue;
      let h = d.v === a ? d.v : d.w, f = h === d.v ? d.w : d.v;
      n({ v: h, w: f }) < 0 && (o = !0);
    }
    if (o) return Kl(e, t, n, r);
  }
  return Pr(e, t, n, r);
}
var Ue = wi;
function En(e, t, n, r) {
  let o = r;
  for (; e.hasNode(o); ) o = xi(r);
  return n.dummy = t, e.setNode(o, n), o;
}
function Vm(e) {
  let t = new Ue().setGraph(e.graph());
  return e.nodes().forEach((n) => t.setNode(n, e.node(n))), e.edges().forEach((n) => {
    let r = t.edge(n.v, n.w) || { weight: 0, minlen: 1 }, o = e.edge(n);
    t.setEdge(n.v, n.w, { weight: r.weight + o.weight, minlen: Math.max(r.minlen, o.minlen) });
  }), t;
}
function Gl(e) {
  let t = new Ue({ multigraph: e.isMultigraph() }).setGraph(e.graph());
  return e.nodes().forEach((n) => {
    e.children(n).length || t.setNode(n, e.node(n));
  }), e.edges().forEach((n) => {
    t.setEdge(n, e.edge(n));
  }), t;
}
function Ts(e, t) {
  let n = e.x, r = e.y, o = t.x - n, i = t.y - r, s = e.width / 2, a = e.height / 2;
  if (!o && !i) throw new Error("Not possible to find intersection inside of the rectangle");
  let l, u;
  return o === 0 || Math.abs(i) * s > Math.abs(o) * a ? (i < 0 && (a = -a), l = a * o / i, u = a) : (o < 0 && (s = -s), l = s, u = s * i / o), { x: n + l, y: r + u };
}
function er(e) {
  let t = Kn(Ql(e) + 1).map(() => []);
  return e.nodes().forEach((n) => {
    let r = e.node(n), o = r.rank;
    o !== void 0 && (t[o] || (t[o] = []), t[o][r.order] = n);
  }), t;
}
function Bm(e) {
  let t = e.nodes().map((r) => {
    let o = e.node(r).rank;
    return o === void 0 ? Number.MAX_VALUE : o;
  }), n = et(Math.min, t);
  e.nodes().forEach((r) => {
    let o = e.node(r);
    Object.hasOwn(o, "rank") && (o.rank -= n);
  });
}
function Fm(e) {
  let t = e.nodes().map((s) => e.node(s).rank).filter((s) => s !== void 0), n = et(Math.min, t), r = [];
  e.nodes().forEach((s) => {
    let a = e.node(s).rank - n;
    r[a] || (r[a] = []), r[a].push(s);
  });
  let o = 0, i = e.graph().nodeRankFactor;
  Array.from(r).forEach((s, a) => {
    s === void 0 && a % i !== 0 ? --o : s !== void 0 && o && s.forEach((l) => e.node(l).rank += o);
  });
}
function Ds(e, t, n, r) {
  let o = { width: 0, height: 0 };
  return arguments.length >= 4 && (o.rank = n, o.order = r), En(e, "border", o, t);
}
function jm(e, t = Ul) {
  let n = [];
  for (let r = 0; r < e.length; r += t) {
    let o = e.slice(r, r + t);
    n.push(o);
  }
  return n;
}
var Ul = 65535;
function et(e, t) {
  if (t.length > Ul) {
    let n = jm(t);
    return e(...n.map((r) => e(...r)));
  } else return e(...t);
}
function Ql(e) {
  let t = e.nodes().map((n) => {
    let r = e.node(n).rank;
    return r === void 0 ? Number.MIN_VALUE : r;
  });
  return et(Math.max, t);
}
function Km(e, t) {
  let n = { lhs: [], rhs: [] };
  return e.forEach((r) => {
    t(r) ? n.lhs.push(r) : n.rhs.push(r);
  }), n;
}
function Ym(e, t) {
  let n = Date.now();
  try {
    return t();
  } finally {
    console.log(e + " time: " + (Date.now() - n) + "ms");
  }
}
function Jl(e, t) {
  return t();
}
var Xm = 0;
function xi(e) {
  let t = ++Xm;
  return e + ("" + t);
}
function Kn(e, t, n = 1) {
  t == null && (t = e, e = 0);
  let r = (i) => i < t;
  n < 0 && (r = (i) => t < i);
  let o = [];
  for (let i = e; r(i); i += n) o.push(i);
  return o;
}
function Ir(e, t) {
  let n = {};
  for (let r of t) e[r] !== void 0 && (n[r] = e[r]);
  return n;
}
function Yr(e, t) {
  let n;
  return typeof t == "string" ? n = (r) => r[t] : n = t, Object.entries(e).reduce((r, [o, i]) => (r[o] = n(i, o), r), {});
}
function Zm(e, t) {
  return e.reduce((n, r, o) => (n[r] = t[o], n), {});
}
var Xr = "\0";
function $l(e, t, n) {
  var r, o, i, s, a, l;
  if (!(e && t && n && t.dummy === "edge" && n.dummy === "edge" && t.edgeObj && n.edgeObj && e[t.edgeObj.v] && e[n.edgeObj.v] && e[t.edgeObj.w] && e[n.edgeObj.w])) return 0;
  let u = !0;
  t.edgeObj.w === n.edgeObj.w && (u = !1);
  let d = u ? (o = (r = e[t.edgeObj.v]) == null ? void 0 : r.rank) != null ? o : NaN + 1 : (s = (i = e[t.edgeObj.w]) == null ? void 0 : i.rank) != null ? s : NaN - 1, h = Object.entries(e).find((p) => {
    var y, w;
    return ((y = p[1].edgeObj) == null ? void 0 : y.v) === t.edgeObj.v && ((w = p[1].edgeObj) == null ? void 0 : w.w) === t.edgeObj.w && p[1].rank === d;
  }), f = Object.entries(e).find((p) => {
    var y, w;
    return ((y = p[1].edgeObj) == null ? void 0 : y.v) === n.edgeObj.v && ((w = p[1].edgeObj) == null ? void 0 : w.w) === n.edgeObj.w && p[1].rank === d;
  });
  if (!h || !f) return 0;
  let g = (a = h[1].order) != null ? a : NaN, v = (l = f[1].order) != null ? l : NaN;
  return isNaN(g - v) ? 0 : g - v;
}
var Wm = "3.1.3", qm = class {
  constructor() {
    gm(this, "_sentinel");
    let e = {};
    e._next = e._prev = e, this._sentinel = e;
  }
  dequeue() {
    let e = this._sentinel, t = e._prev;
    if (t !== e) return Ls(t), t;
  }
  enqueue(e) {
    let t = this._sentinel;
    e._prev && e._next && Ls(e), e._next = t._next, t._next._prev = e, t._next = e, e._prev = t;
  }
  toString() {
    let e = [], t = this._sentinel, n = t._prev;
    for (; n !== t; ) e.push(JSON.stringify(n, Gm)), n = n._prev;
    return "[" + e.join(", ") + "]";
  }
};
function Ls(e) {
  e._prev._next = e._next, e._next._prev = e._prev, delete e._next, delete e._prev;
}
function Gm(e, t) {
  if (e !== "_next" && e !== "_prev") return t;
}
var Um = qm, Qm = () => 1;
function Jm(e, t) {
  if (e.nodeCount() <= 1) return [];
  let n = ey(e, t || Qm);
  return $m(n.graph, n.buckets, n.zeroIdx).flatMap((r) => e.outEdges(r.v, r.w) || []);
}
function $m(e, t, n) {
  var r;
  let o = [], i = t[t.length - 1], s = t[0], a;
  for (; e.nodeCount(); ) {
    for (; a = s.dequeue(); ) vo(e, t, n, a);
    for (; a = i.dequeue(); ) vo(e, t, n, a);
    if (e.nodeCount()) {
      for (let l = t.length - 2; l > 0; --l) if (a = (r = t[l]) == null ? void 0 : r.dequeue(), a) {
        o = o.concat(vo(e, t, n, a, !0) || []);
        break;
      }
    }
  }
  return o;
}
function vo(e, t, n, r, o) {
  let i = [], s = o ? i : void 0;
  return (e.inEdges(r.v) || []).forEach((a) => {
    let l = e.edge(a), u = e.node(a.v);
    o && i.push({ v: a.v, w: a.w }), u.out -= l, Ho(t, n, u);
  }), (e.outEdges(r.v) || []).forEach((a) => {
    let l = e.edge(a), u = a.w, d = e.node(u);
    d.in -= l, Ho(t, n, d);
  }), e.removeNode(r.v), s;
}
function ey(e, t) {
  let n = new Ue(), r = 0, o = 0;
  e.nodes().forEach((a) => {
    n.setNode(a, { v: a, in: 0, out: 0 });
  }), e.edges().forEach((a) => {
    let l = n.edge(a.v, a.w) || 0, u = t(a), d = l + u;
    n.setEdge(a.v, a.w, d);
    let h = n.node(a.v), f = n.node(a.w);
    o = Math.max(o, h.out += u), r = Math.max(r, f.in += u);
  });
  let i = ty(o + r + 3).map(() => new Um()), s = r + 1;
  return n.nodes().forEach((a) => {
    Ho(i, s, n.node(a));
  }), { graph: n, buckets: i, zeroIdx: s };
}
function Ho(e, t, n) {
  var r, o, i;
  n.out ? n.in ? (i = e[n.out - n.in + t]) == null || i.enqueue(n) : (o = e[e.length - 1]) == null || o.enqueue(n) : (r = e[0]) == null || r.enqueue(n);
}
function ty(e) {
  let t = [];
  for (let n = 0; n < e; n++) t.push(n);
  return t;
}
function ny(e, t) {
  (e.graph().acyclicer === "greedy" ? Jm(e, n(e)) : ry(e, t ?? null)).forEach((r) => {
    let o = e.edge(r);
    e.removeEdge(r), o.forwardName = r.name, o.reversed = !0, e.setEdge(r.w, r.v, o, xi("rev"));
  });
  function n(r) {
    return (o) => r.edge(o).weight;
  }
}
function ry(e, t) {
  let n = [], r = {}, o = {};
  function i(l) {
    Object.hasOwn(o, l) || (o[l] = !0, r[l] = !0, e.outEdges(l).forEach((u) => {
      Object.hasOwn(r, u.w) ? n.push(u) : i(u.w);
    }), delete r[l]);
  }
  function s(l) {
    var u;
    Object.hasOwn(o, l) || (o[l] = !0, r[l] = !0, (u = e.outEdges(l)) == null || u.forEach((d) => {
      var h, f;
      Object.hasOwn(r, d.w) || ((h = t.node(l)) == null ? void 0 : h.rank) > ((f = t.node(d.w)) == null ? void 0 : f.rank) && iy(e, d.w, d) ? n.push(d) : s(d.w);
    }), delete r[l]);
  }
  let a = i;
  return t && typeof t.node == "function" && (a = s), e.sources().forEach(a), e.nodes().forEach(a), n;
}
function oy(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.reversed) {
      e.removeEdge(t);
      let r = n.forwardName;
      delete n.reversed, delete n.forwardName, e.setEdge(t.w, t.v, n, r);
    }
  });
}
function iy(e, t, n) {
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
function sy(e) {
  e.graph().dummyChains = [], e.edges().forEach((t) => ay(e, t));
}
function ay(e, t) {
  let n = t.v, r = e.node(n).rank, o = t.w, i = e.node(o).rank, s = t.name, a = e.edge(t), l = a.labelRank;
  if (i === r + 1) return;
  e.removeEdge(t);
  let u, d, h;
  for (h = 0, ++r; r < i; ++h, ++r) a.points = [], d = { width: 0, height: 0, edgeLabel: a, edgeObj: t, rank: r }, u = En(e, "edge", d, "_d"), r === l && (d.width = a.width, d.height = a.height, d.dummy = "edge-label", d.labelpos = a.labelpos), e.setEdge(n, u, { weight: a.weight }, s), h === 0 && e.graph().dummyChains.push(u), n = u;
  e.setEdge(n, o, { weight: a.weight }, s);
}
function ly(e) {
  e.graph().dummyChains.forEach((t) => {
    let n = e.node(t), r = n.edgeLabel, o;
    for (e.setEdge(n.edgeObj, r); n.dummy; ) o = e.successors(t)[0], e.removeNode(t), r.points.push({ x: n.x, y: n.y }), n.dummy === "edge-label" && (r.x = n.x, r.y = n.y, r.width = n.width, r.height = n.height), t = o, n = e.node(t);
  });
}
function Ei(e) {
  let t = {};
  function n(r) {
    let o = e.node(r);
    if (Object.hasOwn(t, r)) return o.rank;
    t[r] = !0;
    let i = e.outEdges(r), s = i ? i.map((l) => l == null ? Number.POSITIVE_INFINITY : n(l.w) - e.edge(l).minlen) : [], a = et(Math.min, s);
    return a === Number.POSITIVE_INFINITY && (a = 0), o.rank = a;
  }
  e.sources().forEach(n);
}
function wn(e, t) {
  return e.node(t.w).rank - e.node(t.v).rank - e.edge(t).minlen;
}
var ec = cy;
function cy(e) {
  let t = new Ue({ directed: !1 }), n = e.nodes();
  if (n.length === 0) throw new Error("Graph must have at least one node");
  let r = n[0], o = e.nodeCount();
  t.setNode(r, {});
  let i, s;
  for (; uy(t, e) < o && (i = dy(t, e), !!i); ) s = t.hasNode(i.v) ? wn(e, i) : -wn(e, i), fy(t, e, s);
  return t;
}
function uy(e, t) {
  function n(r) {
    let o = t.nodeEdges(r);
    o && o.forEach((i) => {
      let s = i.v, a = r === s ? i.w : s;
      !e.hasNode(a) && !wn(t, i) && (e.setNode(a, {}), e.setEdge(r, a, {}), n(a));
    });
  }
  return e.nodes().forEach(n), e.nodeCount();
}
function dy(e, t) {
  return t.edges().reduce((n, r) => {
    let o = Number.POSITIVE_INFINITY;
    return e.hasNode(r.v) !== e.hasNode(r.w) && (o = wn(t, r)), o < n[0] ? [o, r] : n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function fy(e, t, n) {
  e.nodes().forEach((r) => t.node(r).rank += n);
}
var { preorder: hy, postorder: gy } = _i, vy = Jt;
Jt.initLowLimValues = Ni;
Jt.initCutValues = ki;
Jt.calcCutValue = tc;
Jt.leaveEdge = rc;
Jt.enterEdge = oc;
Jt.exchangeEdges = ic;
function Jt(e) {
  e = Vm(e), Ei(e);
  let t = ec(e);
  Ni(t), ki(t, e);
  let n, r;
  for (; n = rc(t); ) r = oc(t, e, n), ic(t, e, n, r);
}
function ki(e, t) {
  let n = gy(e, e.nodes());
  n = n.slice(0, n.length - 1), n.forEach((r) => py(e, t, r));
}
function py(e, t, n) {
  let r = e.node(n).parent, o = e.edge(n, r);
  o.cutvalue = tc(e, t, n);
}
function tc(e, t, n) {
  let r = e.node(n).parent, o = !0, i = t.edge(n, r), s = 0;
  i || (o = !1, i = t.edge(r, n)), s = i.weight;
  let a = t.nodeEdges(n);
  return a && a.forEach((l) => {
    let u = l.v === n, d = u ? l.w : l.v;
    if (d !== r) {
      let h = u === o, f = t.edge(l).weight;
      if (s += h ? f : -f, yy(e, n, d)) {
        let g = e.edge(n, d).cutvalue;
        s += h ? -g : g;
      }
    }
  }), s;
}
function Ni(e, t) {
  arguments.length < 2 && (t = e.nodes()[0]), nc(e, {}, 1, t);
}
function nc(e, t, n, r, o) {
  let i = n, s = e.node(r);
  t[r] = !0;
  let a = e.neighbors(r);
  return a && a.forEach((l) => {
    Object.hasOwn(t, l) || (n = nc(e, t, n, l, r));
  }), s.low = i, s.lim = n++, o ? s.parent = o : delete s.parent, n;
}
function rc(e) {
  return e.edges().find((t) => e.edge(t).cutvalue < 0);
}
function oc(e, t, n) {
  let r = n.v, o = n.w;
  t.hasEdge(r, o) || (r = n.w, o = n.v);
  let i = e.node(r), s = e.node(o), a = i, l = !1;
  return i.lim > s.lim && (a = s, l = !0), t.edges().filter((u) => l === Rs(e, e.node(u.v), a) && l !== Rs(e, e.node(u.w), a)).reduce((u, d) => wn(t, d) < wn(t, u) ? d : u);
}
function ic(e, t, n, r) {
  let o = n.v, i = n.w;
  e.removeEdge(o, i), e.setEdge(r.v, r.w, {}), Ni(e), ki(e, t), my(e, t);
}
function my(e, t) {
  let n = e.nodes().find((o) => !e.node(o).parent);
  if (!n) return;
  let r = hy(e, [n]);
  r = r.slice(1), r.forEach((o) => {
    let i = e.node(o).parent, s = t.edge(o, i), a = !1;
    s || (s = t.edge(i, o), a = !0), t.node(o).rank = t.node(i).rank + (a ? s.minlen : -s.minlen);
  });
}
function yy(e, t, n) {
  return e.hasEdge(t, n);
}
function Rs(e, t, n) {
  return n.low <= t.lim && t.lim <= n.lim;
}
var by = wy;
function wy(e) {
  let t = e.graph().ranker;
  if (typeof t == "function") return t(e);
  switch (t) {
    case "network-simplex":
      Hs(e);
      break;
    case "tight-tree":
      xy(e);
      break;
    case "longest-path":
      _y(e);
      break;
    case "none":
      break;
    default:
      Hs(e);
  }
}
var _y = Ei;
function xy(e) {
  Ei(e), ec(e);
}
function Hs(e) {
  vy(e);
}
var Ey = ky;
function ky(e) {
  let t = Sy(e), n = e.graph();
  Array.isArray(n.dummyChains) && n.dummyChains.forEach((r) => {
    let o = e.node(r), i = o.edgeObj, s = Ny(e, t, i.v, i.w), a = s.path, l = s.lca, u = 0, d = a[u], h = !0;
    for (; r !== i.w; ) {
      if (o = e.node(r), h) {
        for (; (d = a[u]) !== l && e.node(d).maxRank < o.rank; ) u++;
        d === l && (h = !1);
      }
      if (!h) {
        for (; u < a.length - 1 && e.node(a[u + 1]).minRank <= o.rank; ) u++;
        d = a[u];
      }
      d !== void 0 && e.setParent(r, d), r = e.successors(r)[0];
    }
  });
}
function Ny(e, t, n, r) {
  let o = [], i = [], s = Math.min(t[n].low, t[r].low), a = Math.max(t[n].lim, t[r].lim), l;
  l = n;
  do
    l = e.parent(l), o.push(l);
  while (l && (t[l].low > s || a > t[l].lim));
  let u = l, d = r;
  for (; (d = e.parent(d)) !== u; ) i.push(d);
  return { path: o.concat(i.reverse()), lca: u };
}
function Sy(e) {
  let t = {}, n = 0;
  function r(o) {
    let i = n;
    e.children(o).forEach(r), t[o] = { low: i, lim: n++ };
  }
  return e.children(Xr).forEach(r), t;
}
function Cy(e) {
  let t = En(e, "root", {}, "_root"), n = My(e), r = Object.values(n), o = et(Math.max, r) - 1, i = 2 * o + 1;
  e.graph().nestingRoot = t, e.edges().forEach((a) => e.edge(a).minlen *= i);
  let s = Py(e) + 1;
  e.children(Xr).forEach((a) => {
    sc(e, t, i, s, o, n, a);
  }), e.graph().nodeRankFactor = i;
}
function sc(e, t, n, r, o, i, s) {
  var a;
  let l = e.children(s);
  if (!l.length) {
    s !== t && e.setEdge(t, s, { weight: 0, minlen: n });
    return;
  }
  let u = Ds(e, "_bt"), d = Ds(e, "_bb"), h = e.node(s);
  e.setParent(u, s), h.borderTop = u, e.setParent(d, s), h.borderBottom = d, l.forEach((f) => {
    var g;
    sc(e, t, n, r, o, i, f);
    let v = e.node(f), p = v.borderTop ? v.borderTop : f, y = v.borderBottom ? v.borderBottom : f, w = v.borderTop ? r : 2 * r, C = p !== y ? 1 : o - ((g = i[s]) != null ? g : 0) + 1;
    e.setEdge(u, p, { weight: w, minlen: C, nestingEdge: !0 }), e.setEdge(y, d, { weight: w, minlen: C, nestingEdge: !0 });
  }), e.parent(s) || e.setEdge(t, u, { weight: 0, minlen: o + ((a = i[s]) != null ? a : 0) });
}
function My(e) {
  let t = {};
  function n(r, o) {
    let i = e.children(r);
    i && i.length && i.forEach((s) => n(s, o + 1)), t[r] = o;
  }
  return e.children(Xr).forEach((r) => n(r, 1)), t;
}
function Py(e) {
  return e.edges().reduce((t, n) => t + e.edge(n).weight, 0);
}
function Oy(e) {
  let t = e.graph();
  e.removeNode(t.nestingRoot), delete t.nestingRoot, e.edges().forEach((n) => {
    e.edge(n).nestingEdge && e.removeEdge(n);
  });
}
var Iy = Ay;
function Ay(e) {
  function t(n) {
    let r = e.children(n), o = e.node(n);
    if (r.length && r.forEach(t), o && Object.hasOwn(o, "minRank")) {
      o.borderLeft = [], o.borderRight = [];
      for (let i = o.minRank, s = o.maxRank + 1; i < s; ++i) Vs(e, "borderLeft", "_bl", n, o, i), Vs(e, "borderRight", "_br", n, o, i);
    }
  }
  e.children(Xr).forEach(t);
}
function Vs(e, t, n, r, o, i) {
  let s = { width: 0, height: 0, rank: i, borderType: t }, a = o[t][i - 1], l = En(e, "border", s, n);
  o[t][i] = l, e.setParent(l, r), a && e.setEdge(a, l, { weight: 1 });
}
function zy(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "lr" || n === "rl") && ac(e);
}
function Ty(e) {
  var t;
  let n = (t = e.graph().rankdir) == null ? void 0 : t.toLowerCase();
  (n === "bt" || n === "rl") && Dy(e), (n === "lr" || n === "rl") && (Ly(e), ac(e));
}
function ac(e) {
  e.nodes().forEach((t) => Bs(e.node(t))), e.edges().forEach((t) => Bs(e.edge(t)));
}
function Bs(e) {
  let t = e.width;
  e.width = e.height, e.height = t;
}
function Dy(e) {
  e.nodes().forEach((t) => po(e.node(t))), e.edges().forEach((t) => {
    var n;
    let r = e.edge(t);
    (n = r.points) == null || n.forEach(po), Object.hasOwn(r, "y") && po(r);
  });
}
function po(e) {
  e.y = -e.y;
}
function Ly(e) {
  e.nodes().forEach((t) => mo(e.node(t))), e.edges().forEach((t) => {
    var n;
    let r = e.edge(t);
    (n = r.points) == null || n.forEach(mo), Object.hasOwn(r, "x") && mo(r);
  });
}
function mo(e) {
  let t = e.x;
  e.x = e.y, e.y = t;
}
function Ry(e, t = null) {
  let n = {}, r = e.nodes().filter((u) => !e.children(u).length), o = r.map((u) => e.node(u).rank), i = et(Math.max, o), s = Kn(i + 1).map(() => []);
  function a(u) {
    if (n[u]) return;
    n[u] = !0;
    let d = e.node(u);
    s[d.rank].push(u);
    let h = e.successors(u);
    h && [...h].sort((f, g) => l(f, g)).forEach(a);
  }
  r.sort((u, d) => e.node(u).rank - e.node(d).rank).forEach(a);
  function l(u, d) {
    let h = e.node(u), f = e.node(d);
    return $l(t, h, f);
  }
  return s;
}
function Hy(e, t) {
  let n = 0;
  for (let r = 1; r < t.length; ++r) n += Vy(e, t[r - 1], t[r]);
  return n;
}
function Vy(e, t, n) {
  let r = Zm(n, n.map((u, d) => d)), o = t.flatMap((u) => {
    let d = e.outEdges(u);
    return d ? d.map((h) => ({ pos: r[h.w], weight: e.edge(h).weight })).sort((h, f) => h.pos - f.pos) : [];
  }), i = 1;
  for (; i < n.length; ) i <<= 1;
  let s = 2 * i - 1;
  i -= 1;
  let a = new Array(s).fill(0), l = 0;
  return o.forEach((u) => {
    let d = u.pos + i;
    a[d] += u.weight;
    let h = 0;
    for (; d > 0; ) d % 2 && (h += a[d + 1]), d = d - 1 >> 1, a[d] += u.weight;
    l += u.weight * h;
  }), l;
}
function By(e, t = []) {
  return t.map((n) => {
    let r = e.inEdges(n);
    if (!r || !r.length) return { v: n };
    {
      let o = r.reduce((i, s) => {
        let a = e.edge(s), l = e.node(s.v);
        return { sum: i.sum + a.weight * l.order, weight: i.weight + a.weight };
      }, { sum: 0, weight: 0 });
      return { v: n, barycenter: o.sum / o.weight, weight: o.weight };
    }
  });
}
function Fy(e, t) {
  let n = {};
  e.forEach((o, i) => {
    let s = { indegree: 0, in: [], out: [], vs: [o.v], i };
    o.barycenter !== void 0 && (s.barycenter = o.barycenter, s.weight = o.weight), n[o.v] = s;
  }), t.edges().forEach((o) => {
    let i = n[o.v], s = n[o.w];
    i !== void 0 && s !== void 0 && (s.indegree++, i.out.push(s));
  });
  let r = Object.values(n).filter((o) => !o.indegree);
  return jy(r);
}
function jy(e) {
  let t = [];
  function n(o) {
    return (i) => {
      i.merged || (i.barycenter === void 0 || o.barycenter === void 0 || i.barycenter >= o.barycenter) && Ky(o, i);
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
  return t.filter((o) => !o.merged).map((o) => Ir(o, ["vs", "i", "barycenter", "weight"]));
}
function Ky(e, t) {
  let n = 0, r = 0;
  e.weight && (n += e.barycenter * e.weight, r += e.weight), t.weight && (n += t.barycenter * t.weight, r += t.weight), e.vs = t.vs.concat(e.vs), e.barycenter = n / r, e.weight = r, e.i = Math.min(t.i, e.i), t.merged = !0;
}
function Yy(e, t, n, r, o) {
  let i = {}, s = null, a = null, l = o;
  typeof t == "boolean" ? (l = t, i = {}) : t && (i = t, s = n ?? null, a = r ?? null);
  let u = Km(e, (w) => Object.hasOwn(w, "barycenter")), d = u.lhs, h = u.rhs.sort((w, C) => C.i - w.i), f = [], g = 0, v = 0, p = 0;
  d.sort(Xy(a, s, !!l));
  for (let [w, C] of Object.entries(i)) {
    let b = d.findIndex((x) => x.vs[0] === w);
    d.splice(b + 1, 0, C);
  }
  p = Fs(f, h, p), d.forEach((w) => {
    p += w.vs.length, f.push(w.vs), g += w.barycenter * w.weight, v += w.weight, p = Fs(f, h, p);
  });
  let y = { vs: f.flat(1) };
  return v && (y.barycenter = g / v, y.weight = v), y;
}
function Fs(e, t, n) {
  let r;
  for (; t.length && (r = t[t.length - 1]).i <= n; ) t.pop(), e.push(r.vs), n++;
  return n;
}
function Xy(e, t, n) {
  return (r, o) => {
    if (r.barycenter < o.barycenter) return -1;
    if (r.barycenter > o.barycenter) return 1;
    if (e && (typeof r.vs[0] == "string" || typeof o.vs[0] == "string")) {
      let i = e.node(r.vs[0]), s = e.node(o.vs[0]), a = $l(t, i, s);
      if (a !== 0) return a;
    }
    return n ? o.i - r.i : r.i - o.i;
  };
}
function lc(e, t, n, r, o) {
  var i, s, a, l, u, d, h, f, g, v, p;
  let y = null, w = o;
  typeof r == "boolean" ? (w = r, y = null) : r !== void 0 && (y = r);
  let C = e.children(t), b = e.node(t), x = b ? b.borderLeft : void 0, S = b ? b.borderRight : void 0, O = {};
  x && (C = C.filter((P) => P !== x && P !== S));
  let z = By(e, C);
  z.forEach((P) => {
    if (e.children(P.v).length) {
      let { result: M } = lc(e, P.v, n, y, w);
      O[P.v] = M, Object.hasOwn(M, "barycenter") && Wy(P, M);
    }
  });
  let A = Fy(z, n);
  Zy(A, O);
  let V = {}, Z = !1;
  for (let P = 0; P < A.length; P++) for (let M = P + 1; M < A.length; M++) if (!(!A[P] || !A[M] || !((i = A[P]) != null && i.barycenter) || !((s = A[M]) != null && s.barycenter)) && ((a = A[P]) == null ? void 0 : a.barycenter) === A[M].barycenter) {
    let m = (u = (l = A[P]) == null ? void 0 : l.vs[0]) != null ? u : "", E = (h = (d = A[M]) == null ? void 0 : d.vs[0]) != null ? h : "", k = e.node(m), N = e.node(E);
    if (k.dummy === "edge" && N.dummy === "edge" && ((f = k.edgeObj) == null ? void 0 : f.v) === ((g = N.edgeObj) == null ? void 0 : g.v) && ((v = k.edgeObj) == null ? void 0 : v.w) === ((p = N.edgeObj) == null ? void 0 : p.w)) if (k.edgeLabel.reversed) {
      V[E] = A[P], A.splice(P, 1), P--;
      break;
    } else V[m] || (V[m] = A[M], A.splice(M, 1), M--);
    else Z = !0;
  }
  let I = Yy(A, V, y, e, w);
  if (x && S) {
    I.vs = [x, I.vs, S].flat(1);
    let P = e.predecessors(x);
    if (P && P.length) {
      let M = e.node(P[0]), m = e.predecessors(S), E = e.node(m[0]);
      Object.hasOwn(I, "barycenter") || (I.barycenter = 0, I.weight = 0), I.barycenter = (I.barycenter * I.weight + M.order + E.order) / (I.weight + 2), I.weight += 2;
    }
  }
  return Object.defineProperty(I, "result", { value: I, enumerable: !1, configurable: !0, writable: !0 }), Object.defineProperty(I, "usedBias", { value: Z, enumerable: !1, configurable: !0, writable: !0 }), I;
}
function Zy(e, t) {
  e.forEach((n) => {
    n.vs = n.vs.flatMap((r) => t[r] ? t[r].vs : r);
  });
}
function Wy(e, t) {
  e.barycenter !== void 0 ? (e.barycenter = (e.barycenter * e.weight + t.barycenter * t.weight) / (e.weight + t.weight), e.weight += t.weight) : (e.barycenter = t.barycenter, e.weight = t.weight);
}
function qy(e, t, n, r) {
  r || (r = e.nodes());
  let o = Gy(e), i = new Ue({ compound: !0 }).setGraph({ root: o }).setDefaultNodeLabel((s) => e.node(s));
  return r.forEach((s) => {
    let a = e.node(s), l = e.parent(s);
    if (a.rank === t || a.minRank <= t && t <= a.maxRank) {
      i.setNode(s), i.setParent(s, l || o);
      let u = e[n](s);
      u && u.forEach((d) => {
        let h = d.v === s ? d.w : d.v, f = i.edge(h, s), g = f !== void 0 ? f.weight : 0;
        i.setEdge(h, s, { weight: e.edge(d).weight + g });
      }), Object.hasOwn(a, "minRank") && i.setNode(s, { borderLeft: a.borderLeft[t], borderRight: a.borderRight[t] });
    }
  }), i;
}
function Gy(e) {
  let t;
  for (; e.hasNode(t = xi("_root")); ) ;
  return t;
}
function Uy(e, t, n) {
  let r = {}, o;
  n.forEach((i) => {
    let s = e.parent(i), a, l;
    for (; s; ) {
      if (a = e.parent(s), a ? (l = r[a], r[a] = s) : (l = o, o = s), l && l !== s) {
        t.setEdge(l, s);
        return;
      }
      s = a;
    }
  });
}
function cc(e, t = {}, n = null) {
  if (typeof t.customOrder == "function") {
    t.customOrder(e, cc);
    return;
  }
  let r = Ql(e), o = js(e, Kn(1, r + 1), "inEdges"), i = js(e, Kn(r - 1, -1, -1), "outEdges"), s = Ry(e, n);
  if (Ks(e, s), t.disableOptimalOrderHeuristic) return;
  let a = Number.POSITIVE_INFINITY, l, u = t.constraints || [];
  for (let d = 0, h = 0; h < 4; ++d, ++h) {
    Qy(d % 2 ? o : i, d % 4 >= 2, u, n), s = er(e);
    let f = Hy(e, s);
    f < a ? (h = 0, l = Object.assign({}, s), a = f) : f === a && (l = structuredClone(s));
  }
  Ks(e, l);
}
function js(e, t, n) {
  let r = /* @__PURE__ */ new Map(), o = (i, s) => {
    r.has(i) || r.set(i, []), r.get(i).push(s);
  };
  for (let i of e.nodes()) {
    let s = e.node(i);
    if (typeof s.rank == "number" && o(s.rank, i), typeof s.minRank == "number" && typeof s.maxRank == "number") for (let a = s.minRank; a <= s.maxRank; a++) a !== s.rank && o(a, i);
  }
  return t.map(function(i) {
    return qy(e, i, n, r.get(i) || []);
  });
}
function Qy(e, t, n, r) {
  let o = !0, i = new Ue();
  e.forEach(function(s) {
    n.forEach((d) => i.setEdge(d.left, d.right));
    let a = s.graph().root, { result: l, usedBias: u } = lc(s, a, i, r, o);
    t && u && (o = !o), l.vs.forEach((d, h) => s.node(d).order = h), Uy(s, i, l.vs);
  });
}
function Ks(e, t) {
  Object.values(t).forEach((n) => n.forEach((r, o) => e.node(r).order = o));
}
function Jy(e, t) {
  let n = {};
  function r(o, i) {
    let s = 0, a = 0, l = o.length, u = i[i.length - 1];
    return i.forEach((d, h) => {
      let f = eb(e, d), g = f ? e.node(f).order : l;
      (f || d === u) && (i.slice(a, h + 1).forEach((v) => {
        let p = e.predecessors(v);
        p && p.forEach((y) => {
          let w = e.node(y), C = w.order;
          (C < s || g < C) && !(w.dummy && e.node(v).dummy) && uc(n, y, v);
        });
      }), a = h + 1, s = g);
    }), i;
  }
  return t.length && t.reduce(r), n;
}
function $y(e, t) {
  let n = {};
  function r(s) {
    var a;
    return ((a = e.node(s)) == null ? void 0 : a.dummy) === "border";
  }
  if (!e.nodes().some(r)) return n;
  function o(s, a, l, u, d) {
    Kn(a, l).forEach((h) => {
      let f = s[h];
      if (f !== void 0 && e.node(f).dummy) {
        let g = e.predecessors(f);
        g && g.forEach((v) => {
          if (v === void 0) return;
          let p = e.node(v);
          p.dummy && (p.order < u || p.order > d) && uc(n, v, f);
        });
      }
    });
  }
  function i(s, a) {
    let l = -1, u = -1, d = 0;
    return a.forEach((h, f) => {
      if (r(h)) {
        let g = e.predecessors(h);
        if (g && g.length) {
          let v = g[0];
          if (v === void 0) return;
          u = e.node(v).order, o(a, d, f, l, u), d = f, l = u;
        }
      }
      o(a, d, a.length, u, s.length);
    }), a;
  }
  return t.length && t.reduce(i), n;
}
function eb(e, t) {
  if (e.node(t).dummy) {
    let n = e.predecessors(t);
    if (n) return n.find((r) => e.node(r).dummy);
  }
}
function uc(e, t, n) {
  if (t > n) {
    let o = t;
    t = n, n = o;
  }
  let r = e[t];
  r || (e[t] = r = {}), r[n] = !0;
}
function tb(e, t, n) {
  if (t > n) {
    let o = t;
    t = n, n = o;
  }
  let r = e[t];
  return r !== void 0 && Object.hasOwn(r, n);
}
function nb(e, t, n, r, o) {
  let i = {}, s = {}, a = {};
  return t.forEach((l) => {
    l.forEach((u, d) => {
      i[u] = u, s[u] = u, a[u] = d;
    });
  }), t.forEach((l) => {
    let u = -1, d = -1, h = !1, f = l, g = l.findIndex((v) => o?.includes(v) || Ys(v, e, o));
    g > 0 && (f = [l[g], ...l.slice(0, g), ...l.slice(g + 1)], h = !0), f.forEach((v) => {
      var p;
      let y = r(v);
      if (y && y.length) {
        o != null && o.includes(v) && (y = y.filter((b) => Ys(b, e, o)));
        let w = y.sort((b, x) => {
          let S = a[b], O = a[x];
          return (S !== void 0 ? S : 0) - (O !== void 0 ? O : 0);
        }), C = (w.length - 1) / 2;
        for (let b = Math.floor(C), x = Math.ceil(C); b <= x; ++b) {
          let S = w[b];
          if (S === void 0) continue;
          let O = a[S];
          if (O !== void 0 && s[v] === v && u < O && a[S] !== d && !tb(n, v, S)) {
            let z = i[S];
            z !== void 0 && (s[S] = v, s[v] = i[v] = z, u = O, h && (u = -1, d = (p = a[S]) != null ? p : -1, h = !1));
          }
        }
      }
    });
  }), { root: i, align: s };
}
function rb(e, t, n, r, o = !1) {
  let i = {}, s = ob(e, t, n, o), a = o ? "borderLeft" : "borderRight";
  function l(g, v) {
    let p = s.nodes().slice(), y = {}, w = p.pop();
    for (; w; ) {
      if (y[w]) g(w);
      else {
        y[w] = !0, p.push(w);
        for (let C of v(w)) p.push(C);
      }
      w = p.pop();
    }
  }
  function u(g) {
    let v = s.inEdges(g);
    v ? i[g] = v.reduce((p, y) => {
      var w;
      let C = (w = i[y.v]) != null ? w : 0, b = s.edge(y);
      return Math.max(p, C + (b !== void 0 ? b : 0));
    }, 0) : i[g] = 0;
  }
  function d(g) {
    let v = s.outEdges(g), p = Number.POSITIVE_INFINITY;
    v && (p = v.reduce((w, C) => {
      let b = i[C.w], x = s.edge(C);
      return Math.min(w, (b !== void 0 ? b : 0) - (x !== void 0 ? x : 0));
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
  return l(u, h), l(d, f), Object.keys(r).forEach((g) => {
    var v;
    let p = n[g];
    p !== void 0 && (i[g] = (v = i[p]) != null ? v : 0);
  }), i;
}
function ob(e, t, n, r) {
  let o = new Ue(), i = e.graph(), s = cb(i.nodesep, i.edgesep, r);
  return t.forEach((a) => {
    let l;
    a.forEach((u) => {
      let d = n[u];
      if (d !== void 0) {
        if (o.setNode(d), l !== void 0) {
          let h = n[l];
          if (h !== void 0) {
            let f = o.edge(h, d);
            o.setEdge(h, d, Math.max(s(e, u, l), f || 0));
          }
        }
        l = u;
      }
    });
  }), o;
}
function ib(e, t) {
  return Object.values(t).reduce((n, r) => {
    let o = Number.NEGATIVE_INFINITY, i = Number.POSITIVE_INFINITY;
    Object.entries(r).forEach(([a, l]) => {
      let u = ub(e, a) / 2;
      o = Math.max(l + u, o), i = Math.min(l - u, i);
    });
    let s = o - i;
    return s < n[0] && (n = [s, r]), n;
  }, [Number.POSITIVE_INFINITY, null])[1];
}
function sb(e, t) {
  let n = Object.values(t), r = et(Math.min, n), o = et(Math.max, n);
  ["u", "d"].forEach((i) => {
    ["l", "r"].forEach((s) => {
      let a = i + s, l = e[a];
      if (!l || l === t) return;
      let u = Object.values(l), d = r - et(Math.min, u);
      s !== "l" && (d = o - et(Math.max, u)), d && (e[a] = Yr(l, (h) => h + d));
    });
  });
}
function ab(e, t = void 0) {
  let n = e.ul;
  return n ? Yr(n, (r, o) => {
    var i, s;
    if (t) {
      let l = t.toLowerCase(), u = e[l];
      if (u && u[o] !== void 0) return u[o];
    }
    let a = Object.values(e).map((l) => {
      let u = l[o];
      return u !== void 0 ? u : 0;
    }).sort((l, u) => l - u);
    return (((i = a[1]) != null ? i : 0) + ((s = a[2]) != null ? s : 0)) / 2;
  }) : {};
}
function lb(e, t) {
  let n = er(e), r = Object.assign(Jy(e, n), $y(e, n)), o = {}, i;
  ["u", "d"].forEach((a) => {
    i = a === "u" ? n : Object.values(n).reverse(), ["l", "r"].forEach((l) => {
      l === "r" && (i = i.map((h) => Object.values(h).reverse()));
      let u = nb(e, i, r, (h) => (a === "u" ? e.predecessors(h) : e.successors(h)) || [], t), d = rb(e, i, u.root, u.align, l === "r");
      l === "r" && (d = Yr(d, (h) => -h)), o[a + l] = d;
    });
  });
  let s = ib(e, o);
  return sb(o, s), ab(o, e.graph().align);
}
function cb(e, t, n) {
  return (r, o, i) => {
    let s = r.node(o), a = r.node(i), l = 0, u;
    if (l += s.width / 2, Object.hasOwn(s, "labelpos")) switch (s.labelpos.toLowerCase()) {
      case "l":
        u = -s.width / 2;
        break;
      case "r":
        u = s.width / 2;
        break;
    }
    if (u && (l += n ? u : -u), u = void 0, l += (s.dummy ? t : e) / 2, l += (a.dummy ? t : e) / 2, l += a.width / 2, Object.hasOwn(a, "labelpos")) switch (a.labelpos.toLowerCase()) {
      case "l":
        u = a.width / 2;
        break;
      case "r":
        u = -a.width / 2;
        break;
    }
    return u && (l += n ? u : -u), l;
  };
}
function ub(e, t) {
  return e.node(t).width;
}
function Ys(e, t, n) {
  var r;
  if (!n) return !1;
  let o = (r = t.node(e)) == null ? void 0 : r.edgeObj;
  if (!o || t.node(e).edgeLabel.reversed) return !1;
  let i = n.indexOf(o?.v), s = n.indexOf(o?.w);
  return i !== -1 && s !== -1 && i === (s + 1) % n.length || i === (s - 1) % n.length;
}
function db(e, t) {
  e = Gl(e), fb(e), Object.entries(lb(e, t)).forEach(([n, r]) => e.node(n).x = r);
}
function fb(e) {
  let t = er(e), n = e.graph(), r = n.ranksep, o = n.rankalign, i = 0;
  t.forEach((s) => {
    let a = s.reduce((l, u) => {
      var d;
      let h = (d = e.node(u).height) != null ? d : 0;
      return l > h ? l : h;
    }, 0);
    s.forEach((l) => {
      let u = e.node(l);
      o === "top" ? u.y = i + u.height / 2 : o === "bottom" ? u.y = i + a - u.height / 2 : u.y = i + a / 2;
    }), i += a + r;
  });
}
var Xs = /* @__PURE__ */ new WeakMap();
function hb(e, t = {}) {
  return dc(e, Jl, t), e;
}
function Zs(e, t, n) {
  let r = t;
  for (; r !== void 0; ) {
    let o = e.parent(r);
    if (o === n) return r;
    r = o;
  }
}
function dc(e, t, n) {
  var r;
  let o = e.nodes().filter((C) => e.children(C).length), i = {};
  o.forEach((C) => {
    let b = e.node(C);
    if (b && b.rankdir) {
      let x = new Ue({ multigraph: !0, compound: !0 });
      x.setGraph({ rankdir: b.rankdir });
      let S = e.children(C);
      S.forEach((m) => {
        let E = { ...e.node(m) };
        x.setNode(m, E);
        let k = e.parent(m);
        k && k !== C && S.includes(k) && x.setParent(m, k);
      });
      let O = /* @__PURE__ */ new Set();
      e.edges().forEach((m) => {
        let E = Zs(e, m.v, C), k = Zs(e, m.w, C);
        if (E === m.v && k === m.w) x.setEdge(m, { ...e.edge(m) });
        else if (E && k && E !== k) {
          let N = `${E}\0${k}`;
          O.has(N) || (O.add(N), x.setEdge(E, k, { ...e.edge(m) }));
        }
      }), dc(x, t, n);
      let z = Qs(x);
      qs(z, t, n, null), Gs(x, z);
      let A = 1 / 0, V = 1 / 0, Z = -1 / 0, I = -1 / 0;
      x.nodes().forEach((m) => {
        if (m === C) return;
        let E = x.node(m);
        E && typeof E.x == "number" && typeof E.y == "number" && typeof E.width == "number" && typeof E.height == "number" && (A = Math.min(A, E.x - E.width / 2), Z = Math.max(Z, E.x + E.width / 2), V = Math.min(V, E.y - E.height / 2), I = Math.max(I, E.y + E.height / 2));
      }), (!isFinite(A) || !isFinite(V) || !isFinite(Z) || !isFinite(I)) && (A = V = 0, Z = I = 0);
      let P = Z - A, M = I - V;
      i[C] = { minX: A, minY: V, maxX: Z, maxY: I, width: P, height: M, offsetX: A, offsetY: V }, b._dagreClusterSubgraph = x;
    }
  });
  let s = [], a = (C) => {
    let b = [], x = (e.children(C) || []).filter((S) => S !== C);
    for (; x.length > 0; ) {
      let S = x.shift();
      b.push(S), (e.children(S) || []).filter((O) => O !== S).forEach((O) => x.push(O));
    }
    return b;
  }, l = /* @__PURE__ */ new Map();
  o.forEach((C) => {
    let b = e.node(C);
    b && b.rankdir && i[C] && l.set(C, (e.children(C) || []).filter((x) => x !== C));
  });
  let u = new Set([...l.values()].flat()), d = /* @__PURE__ */ new Map();
  l.forEach((C, b) => {
    u.has(b) || d.set(b, a(b));
  });
  let h = new Set([...d.values()].flat()), f = (C) => {
    for (let [b, x] of d) if (x.includes(C)) return b;
    return C;
  }, g = [];
  e.edges().forEach((C) => {
    (h.has(C.v) || h.has(C.w)) && g.push({ edge: C, label: e.edge(C) });
  });
  let v = /* @__PURE__ */ new Map();
  h.forEach((C) => {
    let b = e.parent(C);
    v.set(C, typeof b == "string" ? b : void 0);
  }), d.forEach((C, b) => {
    let x = e.node(b), S = [];
    C.forEach((A) => {
      let V = e.node(A);
      V && (S.push({ id: A, node: V, parent: v.get(A) }), e.removeNode(A));
    });
    let O = g.filter(({ edge: A }) => C.includes(A.v) || C.includes(A.w)), z = i[b];
    x && (s.push({ clusterId: b, subgraph: x._dagreClusterSubgraph, bounds: z, children: C, removedNodes: S, removedEdges: O }), x.width = z.width, x.height = z.height);
  });
  let p = /* @__PURE__ */ new Set();
  g.forEach(({ edge: C, label: b }) => {
    let x = f(C.v), S = f(C.w);
    if (x !== S && e.hasNode(x) && e.hasNode(S)) {
      let O = `${x}\0${S}`;
      p.has(O) || (p.add(O), e.setEdge(x, S, { ...b, width: 0, height: 0 }));
    }
  });
  let y = Qs(e), w = qs(y, t, n, (r = Xs.get(e)) != null ? r : null);
  Xs.set(e, w), Gs(e, y), p.forEach((C) => {
    let b = C.indexOf("\0"), x = C.slice(0, b), S = C.slice(b + 1);
    e.hasEdge(x, S) && e.removeEdge(x, S);
  }), s.forEach(({ clusterId: C, subgraph: b, bounds: x, removedNodes: S, removedEdges: O }) => {
    var z, A;
    let V = e.node(C), Z = (z = V?.x) != null ? z : 0, I = (A = V?.y) != null ? A : 0, P = (x.minX + x.maxX) / 2, M = (x.minY + x.maxY) / 2;
    S.forEach(({ id: m, node: E, parent: k }) => {
      e.setNode(m, E), k !== void 0 && e.setParent(m, k);
    }), O.forEach(({ edge: m, label: E }) => {
      e.setEdge(m, E);
    }), b.nodes().forEach((m) => {
      if (m === C) return;
      let E = b.node(m), k = e.node(m);
      k && E && typeof E.x == "number" && typeof E.y == "number" && (k.x = Z + (E.x - P), k.y = I + (E.y - M));
    }), Ws(e, b, Z - P, I - M), delete V._dagreClusterSubgraph;
  }), o.forEach((C) => {
    var b, x;
    let S = e.node(C), O = i[C];
    if (S && S.rankdir && S._dagreClusterSubgraph && O) {
      let z = S._dagreClusterSubgraph, A = (b = S.x) != null ? b : 0, V = (x = S.y) != null ? x : 0, Z = (O.minX + O.maxX) / 2, I = (O.minY + O.maxY) / 2;
      z.nodes().forEach((P) => {
        if (P === C) return;
        let M = z.node(P), m = e.node(P);
        if (m && M && typeof M.x == "number" && typeof M.y == "number") {
          let E = M.x - Z, k = M.y - I;
          m.x = A + E, m.y = V + k;
        }
      }), Ws(e, z, A - Z, V - I), delete S._dagreClusterSubgraph;
    }
  });
}
function Ws(e, t, n, r) {
  t.edges().forEach((o) => {
    if (!e.hasEdge(o)) return;
    let i = t.edge(o), s = e.edge(o);
    s.points = i.points.map((a) => ({ x: a.x + n, y: a.y + r })), Object.hasOwn(i, "x") && (s.x = i.x + n, s.y = i.y + r);
  });
}
function qs(e, t, n, r = null) {
  var o, i;
  let s = n?.useDynamic !== !1, a = s && (o = r?.graph) != null ? o : null, l = s && (i = r?.rawNodes) != null ? i : null;
  t("    makeSpaceForEdgeLabels", () => _b(e)), t("    removeSelfEdges", () => Ob(e)), t("    acyclic", () => ny(e, a)), t("    nestingGraph.run", () => Cy(e)), t("    rank", () => by(Gl(e))), t("    injectEdgeLabelProxies", () => xb(e)), t("    removeEmptyRanks", () => Fm(e)), t("    nestingGraph.cleanup", () => Oy(e)), t("    normalizeRanks", () => Bm(e)), t("    assignRankMinMax", () => Eb(e)), t("    removeEdgeLabelProxies", () => kb(e)), t("    normalize.run", () => sy(e)), t("    parentDummyChains", () => Ey(e)), t("    addBorderSegments", () => Iy(e)), t("    order", () => cc(e, n, l)), t("    insertSelfEdges", () => Ib(e)), t("    adjustCoordinateSystem", () => zy(e)), t("    position", () => db(e, n.corePath)), t("    positionSelfEdges", () => Ab(e));
  let u = JSON.parse(JSON.stringify(e._nodes));
  return t("    removeBorderNodes", () => Pb(e)), t("    normalize.undo", () => ly(e)), t("    fixupEdgeLabelCoords", () => Cb(e)), t("    undoCoordinateSystem", () => Ty(e)), t("    translateGraph", () => Nb(e)), t("    assignNodeIntersects", () => Sb(e)), t("    reversePoints", () => Mb(e)), t("    acyclic.undo", () => oy(e)), { graph: e, rawNodes: u };
}
function Gs(e, t) {
  e.nodes().forEach((n) => {
    let r = e.node(n), o = t.node(n);
    r && (r.x = o.x, r.y = o.y, r.order = o.order, r.rank = o.rank, t.children(n).length && (r.width = o.width, r.height = o.height));
  }), e.edges().forEach((n) => {
    let r = e.edge(n), o = t.edge(n);
    r.points = o.points, Object.hasOwn(o, "x") && (r.x = o.x, r.y = o.y);
  }), e.graph().width = t.graph().width, e.graph().height = t.graph().height;
}
var gb = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"], vb = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "TB", rankalign: "center" }, pb = ["acyclicer", "ranker", "rankdir", "align", "rankalign"], mb = ["width", "height", "rank"], Us = { width: 0, height: 0 }, yb = ["minlen", "weight", "width", "height", "labeloffset"], bb = { minlen: 1, weight: 1, width: 0, height: 0, labeloffset: 10, labelpos: "r" }, wb = ["labelpos"];
function Qs(e) {
  let t = new Ue({ multigraph: !0, compound: !0 }), n = bo(e.graph());
  return t.setGraph(Object.assign({}, vb, yo(n, gb), Ir(n, pb))), e.nodes().forEach((r) => {
    let o = bo(e.node(r)), i = yo(o, mb);
    Object.keys(Us).forEach((a) => {
      i[a] === void 0 && (i[a] = Us[a]);
    }), t.setNode(r, i);
    let s = e.parent(r);
    s !== void 0 && t.setParent(r, s);
  }), e.edges().forEach((r) => {
    let o = bo(e.edge(r));
    t.setEdge(r, Object.assign({}, bb, yo(o, yb), Ir(o, wb)));
  }), t;
}
function _b(e) {
  let t = e.graph();
  t.ranksep /= 2, e.edges().forEach((n) => {
    var r;
    let o = e.edge(n);
    o.minlen *= 2, ((r = o.labelpos) != null ? r : "r").toLowerCase() !== "c" && (t.rankdir === "TB" || t.rankdir === "BT" ? o.width += o.labeloffset : o.height += o.labeloffset);
  });
}
function xb(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    if (n.width && n.height) {
      let r = e.node(t.v), o = { rank: (e.node(t.w).rank - r.rank) / 2 + r.rank, e: t };
      En(e, "edge-proxy", o, "_ep");
    }
  });
}
function Eb(e) {
  let t = 0;
  e.nodes().forEach((n) => {
    let r = e.node(n);
    r.borderTop && (r.minRank = e.node(r.borderTop).rank, r.maxRank = e.node(r.borderBottom).rank, t = Math.max(t, r.maxRank));
  }), e.graph().maxRank = t;
}
function kb(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t);
    if (n.dummy === "edge-proxy") {
      let r = n;
      e.edge(r.e).labelRank = n.rank, e.removeNode(t);
    }
  });
}
function Nb(e) {
  let t = Number.POSITIVE_INFINITY, n = 0, r = Number.POSITIVE_INFINITY, o = 0, i = e.graph(), s = i.marginx || 0, a = i.marginy || 0;
  function l(u) {
    let d = u.x, h = u.y, f = u.width, g = u.height;
    t = Math.min(t, d - f / 2), n = Math.max(n, d + f / 2), r = Math.min(r, h - g / 2), o = Math.max(o, h + g / 2);
  }
  e.nodes().forEach((u) => l(e.node(u))), e.edges().forEach((u) => {
    let d = e.edge(u);
    Object.hasOwn(d, "x") && l(d);
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
function Sb(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) return;
    let n = e.edge(t), r = e.node(t.v), o = e.node(t.w), i, s;
    n.points ? (i = n.points[0], s = n.points[n.points.length - 1]) : (n.points = [], i = o, s = r), n.points.unshift(Ts(r, i)), n.points.push(Ts(o, s));
  });
}
function Cb(e) {
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
function Mb(e) {
  e.edges().forEach((t) => {
    let n = e.edge(t);
    n.reversed && n.points.reverse();
  });
}
function Pb(e) {
  e.nodes().forEach((t) => {
    if (e.children(t).length) {
      let n = e.node(t), r = e.node(n.borderTop), o = e.node(n.borderBottom), i = e.node(n.borderLeft[n.borderLeft.length - 1]), s = e.node(n.borderRight[n.borderRight.length - 1]);
      n.width = Math.abs(s.x - i.x), n.height = Math.abs(o.y - r.y), n.x = i.x + n.width / 2, n.y = r.y + n.height / 2;
    }
  }), e.nodes().forEach((t) => {
    e.node(t).dummy === "border" && e.removeNode(t);
  });
}
function Ob(e) {
  e.edges().forEach((t) => {
    if (t.v === t.w) {
      let n = e.node(t.v);
      n.selfEdges || (n.selfEdges = []), n.selfEdges.push({ e: t, label: e.edge(t) }), e.removeEdge(t);
    }
  });
}
function Ib(e) {
  er(e).forEach((t) => {
    let n = 0;
    t.forEach((r, o) => {
      let i = e.node(r);
      typeof i.rank != "number" && (i.rank = 0), i.order = o + n, (i.selfEdges || []).forEach((s) => {
        En(e, "selfedge", { width: s.label.width, height: s.label.height, rank: i.rank, order: o + ++n, e: s.e, edgeLabel: s.label }, "_se"), (!Array.isArray(s.label.points) || s.label.points.length !== 7) && (s.label.points = [{ x: 0, y: -10 }, { x: 0, y: -10 }, { x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 10 }, { x: 0, y: 0 }, { x: 0, y: 0 }]);
      }), delete i.selfEdges;
    });
  });
}
function Ab(e) {
  e.nodes().forEach((t) => {
    let n = e.node(t), r = (o) => typeof o == "number" && isFinite(o);
    if (n.dummy === "selfedge") {
      let o = n, i = e.node(o.e.v), s = r(i?.x) ? i.x : 0, a = r(i?.y) ? i.y : 0, l = r(i?.width) ? i.width : 0, u = r(i?.height) ? i.height : 0, d = r(n.x) ? n.x : s, h = r(n.y) ? n.y : a, f = l / 2, g = u / 2;
      o.edgeLabel.points = [{ x: d + f, y: h - g }, { x: d + f, y: h - g }, { x: d, y: h }, { x: d - f, y: h + g }, { x: d - f, y: h + g }, { x: d, y: h }, { x: d, y: h }], o.edgeLabel.x = d, o.edgeLabel.y = h, e.setEdge(o.e, o.edgeLabel), e.removeNode(t);
    } else n && Array.isArray(n.selfEdges) && n.selfEdges.forEach((o) => {
      if (!Array.isArray(o.label.points) || o.label.points.length !== 7) {
        let i = r(n.x) ? n.x : 0, s = r(n.y) ? n.y : 0, a = r(n.width) ? n.width : 0, l = r(n.height) ? n.height : 0, u = a / 2, d = l / 2;
        o.label.points = [{ x: i + u, y: s - d }, { x: i + u, y: s - d }, { x: i, y: s }, { x: i - u, y: s + d }, { x: i - u, y: s + d }, { x: i, y: s }, { x: i, y: s }];
      }
    });
  });
}
function yo(e, t) {
  return Yr(Ir(e, t), Number);
}
function bo(e) {
  let t = {};
  return e && Object.entries(e).forEach(([n, r]) => {
    typeof n == "string" && (n = n.toLowerCase()), t[n] = r;
  }), t;
}
function zb(e) {
  let t = er(e), n = new Ue({ compound: !0, multigraph: !0 }).setGraph({});
  return e.nodes().forEach((r) => {
    n.setNode(r, { label: r }), n.setParent(r, "layer" + e.node(r).rank);
  }), e.edges().forEach((r) => n.setEdge(r.v, r.w, {}, r.name)), t.forEach((r, o) => {
    let i = "layer" + o;
    n.setNode(i, { rank: "same" }), r.reduce((s, a) => (n.setEdge(s, a, { style: "invis" }), a));
  }), n;
}
var Tb = { graphlib: Fl, version: Wm, layout: hb, debug: zb, util: { time: Ym, notime: Jl } }, Js = Tb;
/*! For license information please see dagre.esm.js.LEGAL.txt */
const Db = 236, Lb = 360, Rb = 150, Hb = 160, Vb = 18;
function fc(e) {
  return e.reduce((t, n) => t + 1 + fc(n.children), 0);
}
function hc(e) {
  if (e.type === "level") return { width: Rb, height: 58 };
  if (e.type === "output") return { width: Hb, height: 48 };
  let n = 34 + Math.max(e.inputs.length, e.outputs.length + (e.bundle ? 1 : 0), 1) * Vb + 8;
  return e.summary?.length && (n += 16 * Math.min(2, Math.ceil(e.summary.length / 2))), e.stats && (n += 16), e.message && (n += 30), e.layers && (n += 12 + 17 * Math.min(fc(e.layers), 40)), { width: e.layers ? Lb : Db, height: n };
}
function $s(e, t = /* @__PURE__ */ new Map()) {
  const n = new Js.graphlib.Graph({ multigraph: !0 });
  n.setGraph({ rankdir: "LR", nodesep: 26, ranksep: 64, edgesep: 14, marginx: 20, marginy: 20 }), n.setDefaultEdgeLabel(() => ({}));
  for (const o of e.nodes) {
    const i = t.get(o.id) ?? hc(o);
    n.setNode(o.id, { width: i.width, height: i.height });
  }
  for (const o of e.edges)
    n.hasNode(o.source) && n.hasNode(o.target) && n.setEdge(o.source, o.target, { width: 110, height: 18, labelpos: "c" }, o.id);
  Js.layout(n);
  const r = {};
  for (const o of n.nodes()) {
    const i = n.node(o);
    r[o] = { x: Math.round(i.x - i.width / 2), y: Math.round(i.y - i.height / 2) };
  }
  return Bb(e, r), r;
}
function Bb(e, t) {
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
var Fb = /* @__PURE__ */ $("<!> <!> <!>", 1), jb = /* @__PURE__ */ $('<span class="partial svelte-pj8ljn" title="only the valid part is counted">(valid part)</span>'), Kb = /* @__PURE__ */ $('<span class="ok svelte-pj8ljn">✓ valid</span>'), Yb = /* @__PURE__ */ $('<span class="bad svelte-pj8ljn"> </span>'), Xb = /* @__PURE__ */ $('<li><button class="svelte-pj8ljn"><b> </b> </button></li>'), Zb = /* @__PURE__ */ $('<li class="more svelte-pj8ljn"> </li>'), Wb = /* @__PURE__ */ $('<ul class="problems svelte-pj8ljn" data-testid="canvas-problems"><!> <!></ul>'), qb = /* @__PURE__ */ $('<ul class="problems svelte-pj8ljn" data-testid="canvas-problems"><li> </li></ul>'), Gb = /* @__PURE__ */ $('<div data-testid="canvas-totals"><span class="design svelte-pj8ljn"> </span> <span class="sep svelte-pj8ljn">·</span> <span> </span> <span class="sep svelte-pj8ljn">·</span> <span> </span> <span class="sep svelte-pj8ljn">|</span> <span><b class="svelte-pj8ljn"> </b> blocks</span> <span><b class="svelte-pj8ljn"> </b> params</span> <span><b class="svelte-pj8ljn"> </b></span> <!> <span class="sep svelte-pj8ljn">|</span> <!></div> <!>', 1), Ub = /* @__PURE__ */ $('<div data-testid="canvas-notice" role="alert"><span class="badge svelte-pj8ljn"> </span> <span class="text"> </span> <button aria-label="dismiss" class="svelte-pj8ljn">×</button></div>'), Qb = /* @__PURE__ */ $("<!> <!> <!> <!> <!>", 1), Jb = /* @__PURE__ */ $('<div class="head-canvas svelte-pj8ljn" role="application" aria-label="head canvas"><!> <div class="flow svelte-pj8ljn" role="region" aria-label="graph"><!></div></div>');
function $b(e, t) {
  ue(t, !0);
  const n = Hl(), r = 0.8, o = { level: qp, block: Zp, output: Jp }, i = { shape: am };
  let s = ve([]), a = ve([]), l = ve(null), u = ve(null), d, h, f = !1, g = null, v = 0, p = /* @__PURE__ */ new Map(), y = ve(0), w = null;
  const C = window;
  C.__head_canvas_mounts = (C.__head_canvas_mounts ?? 0) + 1;
  const b = C.__head_canvas_mounts;
  function x(Y) {
    v += 1, Y.seq = v;
    const R = `head-canvas:edit:${v}`;
    performance.mark(R), p.set(v, R), j(y, p.size, !0), t.emit("edit", Y);
  }
  function S(Y, R = "error") {
    j(u, { text: Y, kind: R }, !0), clearTimeout(d), d = setTimeout(() => j(u, null), 8e3);
  }
  function O() {
    const Y = /* @__PURE__ */ new Map();
    for (const R of c(s))
      R.measured?.width && R.measured?.height && Y.set(R.id, { width: R.measured.width, height: R.measured.height });
    return Y;
  }
  function z(Y, R) {
    t.emit("expand", { id: Y, expanded: R });
  }
  function A(Y, R) {
    x({ op: "rename", node: Y, name: R });
  }
  let V = null;
  function Z(Y) {
    V = `head-canvas:${Y}:${performance.now()}`, performance.mark(V), t.emit(Y);
  }
  function I(Y, R, re) {
    const le = R.edges.filter((Me) => Me.target === Y.id).map((Me) => Me.source).map((Me) => re.get(Me)).filter((Me) => Me !== void 0);
    if (le.length) {
      const Me = Math.max(...le.map((at) => at.x)) + 320, Tt = le.reduce((at, xe) => at + xe.y, 0) / le.length;
      return { x: Math.round(Me), y: Math.round(Tt) };
    }
    const pe = h?.getBoundingClientRect(), Ne = pe ? n.screenToFlowPosition({ x: pe.left + pe.width / 2, y: pe.top + pe.height / 2 }) : { x: 0, y: 0 }, Se = hc(Y);
    return {
      x: Math.round(Ne.x - Se.width / 2),
      y: Math.round(Ne.y - Se.height / 2)
    };
  }
  function P(Y) {
    const R = Y.canvas, re = new Map(c(s).map((J) => [J.id, J])), me = new Map(c(a).map((J) => [J.id, J])), le = R.nodes.some((J) => J.position), pe = R.nodes.length === re.size && R.nodes.every((J) => re.has(J.id)), Ne = le || pe, Se = /* @__PURE__ */ new Map();
    for (const J of R.nodes) {
      const ke = J.position ?? (Ne ? re.get(J.id)?.position : void 0);
      ke && Se.set(J.id, ke);
    }
    const Me = {}, Tt = R.nodes.filter((J) => !Se.has(J.id));
    if (Tt.length) {
      if (Tt.length === R.nodes.length || Se.size === 0)
        Object.assign(Me, $s(R));
      else
        for (const J of Tt) Me[J.id] = I(J, R, Se);
      for (const [J, ke] of Object.entries(Me)) Se.set(J, ke);
    }
    j(s, R.nodes.map((J) => {
      const ke = re.get(J.id);
      return {
        id: J.id,
        type: J.type,
        position: Se.get(J.id) ?? { x: 0, y: 0 },
        data: { node: J, expand: z, rename: A, editable: t.editable },
        selected: ke?.selected ?? !1,
        deletable: t.editable && J.type !== "level",
        connectable: t.editable,
        measured: ke?.measured,
        // An expanded block grows over its neighbours; it stays on top (above a selection).
        zIndex: J.layers ? 2e3 : 0,
        class: `kind-${J.type}`
      };
    }));
    const at = /* @__PURE__ */ new Map(), xe = /* @__PURE__ */ new Map();
    for (const J of R.edges)
      at.set(J.target, (at.get(J.target) ?? 0) + 1), xe.set(J.source, (xe.get(J.source) ?? 0) + 1);
    const $t = (J) => (at.get(J.target) ?? 0) > 1 ? 0.28 : (xe.get(J.source) ?? 0) > 1 ? 0.72 : 0.5;
    if (j(a, R.edges.map((J) => ({
      id: J.id,
      source: J.source,
      target: J.target,
      sourceHandle: J.source_handle,
      targetHandle: J.target_handle,
      type: "shape",
      selected: me.get(J.id)?.selected ?? !1,
      deletable: t.editable,
      data: {
        label: J.label,
        color: J.color,
        error: J.error,
        waiting: J.waiting,
        ref: J.ref,
        label_t: $t(J)
      },
      class: J.error ? "bad-edge" : void 0
    }))), j(l, R), Y.notice && S(Y.notice, Y.notice_kind === "info" ? "info" : "error"), t.editable && Object.keys(Me).length && t.emit("edit", { op: "move", positions: Me, auto: !0 }), f || (f = !0, Pn().then(() => requestAnimationFrame(() => M()))), V && !(Y.answered !== null && p.has(Y.answered))) {
      const J = V;
      V = null, Pn().then(() => requestAnimationFrame(() => {
        performance.mark(J + ":painted"), performance.measure("head-canvas:history", J, J + ":painted");
      }));
    }
    const Xe = Y.answered;
    if (Xe != null && p.has(Xe)) {
      const J = p.get(Xe);
      p.delete(Xe), j(y, p.size, !0), Pn().then(() => requestAnimationFrame(() => {
        const ke = `head-canvas:painted:${Xe}`;
        performance.mark(ke), performance.measure("head-canvas:edit", J, ke);
      }));
    }
  }
  Re(() => {
    t.payload && t.payload !== w && (w = t.payload, P(t.payload));
  });
  function M() {
    const Y = h?.querySelector(".svelte-flow")?.getBoundingClientRect();
    if (!Y || !c(s).length) return;
    const R = n.getNodesBounds(c(s)), re = 24, me = Math.min((Y.width - 2 * re) / R.width, (Y.height - 2 * re) / R.height), le = Math.max(r, Math.min(1, me)), pe = me >= r ? (Y.width - R.width * le) / 2 - R.x * le : re - R.x * le, Ne = Math.max(re - R.y * le, (Y.height - R.height * le) / 2 - R.y * le);
    n.setViewport({ x: pe, y: Ne, zoom: le });
  }
  function m(Y, R) {
    if (!Y || !Y.startsWith(R)) return null;
    const re = Y.slice(R.length);
    return /^\d+$/.test(re) ? Number(re) : null;
  }
  function E(Y) {
    return c(l) ? (g = dm(c(l), Y), g === null) : !1;
  }
  function k(Y) {
    x({
      op: "connect",
      source: Y.source,
      port: m(Y.sourceHandle, "o:"),
      target: Y.target,
      slot: m(Y.targetHandle, "i:")
    });
  }
  function N(Y, R) {
    R.toHandle && R.isValid === !1 && g && S(g);
  }
  async function L({ nodes: Y, edges: R }) {
    const re = Y.map((pe) => pe.id).filter((pe) => !pe.startsWith("in:")), me = new Set(re), le = R.filter((pe) => pe.selected && !me.has(pe.source) && !me.has(pe.target)).map((pe) => pe.id);
    return (re.length || le.length) && x({ op: "delete", nodes: re, edges: le }), !1;
  }
  function B({ nodes: Y }) {
    const R = {};
    for (const re of Y) R[re.id] = { x: Math.round(re.position.x), y: Math.round(re.position.y) };
    Object.keys(R).length && x({ op: "move", positions: R });
  }
  function F({ node: Y }) {
    const R = Y.data.node;
    t.emit("select", {
      index: R.id,
      value: { id: R.id, name: R.name, type: R.type, block: R.block ?? null },
      selected: !0
    });
  }
  function W(Y, R) {
    if (!t.editable) return;
    const re = { x: Math.round(R.x), y: Math.round(R.y) };
    x(Y ? { op: "add", block: Y, position: re } : { op: "add_output", position: re });
  }
  function T(Y) {
    const R = Y.dataTransfer?.getData("application/x-head-block");
    if (!R) return;
    Y.preventDefault();
    const re = n.screenToFlowPosition({ x: Y.clientX, y: Y.clientY });
    W(R === "__output__" ? null : R, { x: re.x - 20, y: re.y - 14 });
  }
  function D(Y) {
    Y.dataTransfer?.types.includes("application/x-head-block") && (Y.preventDefault(), Y.dataTransfer.dropEffect = "copy");
  }
  function K(Y) {
    const R = h.querySelector(".svelte-flow").getBoundingClientRect(), re = n.screenToFlowPosition({ x: R.left + R.width / 2, y: R.top + R.height / 2 }), me = { x: re.x - 118, y: re.y - 40 }, le = (pe) => c(s).some((Ne) => Math.abs(Ne.position.x - me.x) < 60 && Math.abs(Ne.position.y - pe) < 50);
    for (; le(me.y); ) me.y += 60;
    W(Y, me);
  }
  function ee() {
    c(l) && (x({ op: "move", positions: $s(c(l), O()) }), Pn().then(() => setTimeout(() => n.fitView({ padding: 0.08, duration: 200 }), 60)));
  }
  let te = !1;
  function Q(Y) {
    te = !!h && h.contains(Y.target);
  }
  function ne(Y) {
    const R = Y.target;
    if (!(!!h && h.contains(R)) && !(te && (R === document.body || R === null)) || R?.closest?.("input, textarea, select, [contenteditable]") || !(Y.ctrlKey || Y.metaKey)) return;
    const le = Y.key.toLowerCase();
    le === "z" && !Y.shiftKey ? (Y.preventDefault(), Z("undo")) : (le === "z" && Y.shiftKey || le === "y") && (Y.preventDefault(), Z("redo"));
  }
  function fe(Y) {
    const R = Y.includes("/") ? Y.split("/")[0] : Y, re = c(s).find((me) => me.id === R);
    re && n.fitView({
      nodes: [{ id: re.id }],
      padding: 0.6,
      duration: 250,
      maxZoom: 1.2
    });
  }
  const he = _(() => c(l)?.errors ?? []);
  var ae = Jb();
  Be("pointerdown", De, Q), Be("keydown", De, ne);
  let be;
  var ye = X(ae);
  {
    var ze = (Y) => {
      {
        let R = _(() => c(l)?.task ?? "");
        om(Y, {
          get entries() {
            return t.palette;
          },
          get task() {
            return c(R);
          },
          onadd: K
        });
      }
    };
    se(ye, (Y) => {
      t.editable && Y(ze);
    });
  }
  var Ae = G(ye, 2), Ke = X(Ae);
  {
    let Y = _(() => t.editable ? ["Delete", "Backspace"] : null);
    Wv(Ke, {
      get nodeTypes() {
        return o;
      },
      get edgeTypes() {
        return i;
      },
      minZoom: 0.1,
      maxZoom: 2.5,
      get deleteKey() {
        return c(Y);
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
      isValidConnection: E,
      onconnect: k,
      onconnectend: N,
      onbeforedelete: L,
      onnodedragstop: B,
      onnodeclick: F,
      proOptions: { hideAttribution: !0 },
      defaultEdgeOptions: { type: "shape" },
      get nodes() {
        return c(s);
      },
      set nodes(R) {
        j(s, R);
      },
      get edges() {
        return c(a);
      },
      set edges(R) {
        j(a, R);
      },
      children: (R, re) => {
        var me = Qb(), le = ge(me);
        vp(le, {
          gap: 18,
          size: 1.2,
          bgColor: "#f7f9fa",
          patternColor: "#d5dde2"
        });
        var pe = G(le, 2);
        lp(pe, {
          position: "bottom-left",
          showLock: !1,
          children: (xe, $t) => {
            var Xe = _e(), J = ge(Xe);
            {
              var ke = (yt) => {
                var bt = Fb(), en = ge(bt);
                Vt(en, {
                  onclick: () => Z("undo"),
                  title: "undo (ctrl-z)",
                  "aria-label": "undo",
                  children: (wt, tr) => {
                    var _t = cr("↶");
                    H(wt, _t);
                  },
                  $$slots: { default: !0 }
                });
                var Dt = G(en, 2);
                Vt(Dt, {
                  onclick: () => Z("redo"),
                  title: "redo (ctrl-shift-z)",
                  "aria-label": "redo",
                  children: (wt, tr) => {
                    var _t = cr("↷");
                    H(wt, _t);
                  },
                  $$slots: { default: !0 }
                });
                var Zr = G(Dt, 2);
                Vt(Zr, {
                  onclick: ee,
                  title: "lay the graph out again",
                  "aria-label": "auto-layout",
                  children: (wt, tr) => {
                    var _t = cr("⇶");
                    H(wt, _t);
                  },
                  $$slots: { default: !0 }
                }), H(yt, bt);
              };
              se(J, (yt) => {
                t.editable && yt(ke);
              });
            }
            H(xe, Xe);
          },
          $$slots: { default: !0 }
        });
        var Ne = G(pe, 2);
        Ep(Ne, {
          position: "bottom-right",
          pannable: !0,
          zoomable: !0,
          width: 170,
          height: 110,
          nodeColor: (xe) => xe.data.node.status === "error" ? "#ef9a9a" : xe.data.node.fill,
          nodeStrokeColor: (xe) => xe.data.node.border,
          nodeStrokeWidth: 3
        });
        var Se = G(Ne, 2);
        {
          var Me = (xe) => {
            jn(xe, {
              position: "top-right",
              children: ($t, Xe) => {
                var J = Gb(), ke = ge(J);
                let yt;
                var bt = X(ke), en = X(bt), Dt = G(bt, 4), Zr = X(Dt), wt = G(Dt, 4), tr = X(wt), _t = G(wt, 4), gc = X(_t), vc = X(gc), Si = G(_t, 2), pc = X(Si), mc = X(pc), Ci = G(Si, 2), yc = X(Ci), bc = X(yc), Mi = G(Ci, 2);
                {
                  var wc = (Pe) => {
                    var He = jb();
                    H(Pe, He);
                  };
                  se(Mi, (Pe) => {
                    c(l).totals.partial && Pe(wc);
                  });
                }
                var _c = G(Mi, 4);
                {
                  var xc = (Pe) => {
                    var He = Kb();
                    H(Pe, He);
                  }, Ec = (Pe) => {
                    var He = Yb(), tn = X(He);
                    oe(
                      (kn) => {
                        U(He, "title", c(l).message), ie(tn, `⚠ ${kn ?? ""} problem${c(he).length > 1 ? "s" : ""}`);
                      },
                      [() => Math.max(c(he).length, 1)]
                    ), H(Pe, He);
                  };
                  se(_c, (Pe) => {
                    c(l).valid ? Pe(xc) : Pe(Ec, !1);
                  });
                }
                var kc = G(ke, 2);
                {
                  var Nc = (Pe) => {
                    var He = Wb(), tn = X(He);
                    rt(tn, 17, () => c(he).slice(0, 4), (Qe) => Qe.id, (Qe, lt) => {
                      var nn = Xb(), Wr = X(nn);
                      Wr.__click = () => fe(c(lt).id);
                      var Pi = X(Wr), Cc = X(Pi), Mc = G(Pi);
                      oe(() => {
                        U(Wr, "title", c(lt).message), ie(Cc, c(lt).id), ie(Mc, ` ${c(lt).message ?? ""}`);
                      }), H(Qe, nn);
                    });
                    var kn = G(tn, 2);
                    {
                      var Nn = (Qe) => {
                        var lt = Zb(), nn = X(lt);
                        oe(() => ie(nn, `and ${c(he).length - 4} more`)), H(Qe, lt);
                      };
                      se(kn, (Qe) => {
                        c(he).length > 4 && Qe(Nn);
                      });
                    }
                    H(Pe, He);
                  }, Sc = (Pe) => {
                    var He = _e(), tn = ge(He);
                    {
                      var kn = (Nn) => {
                        var Qe = qb(), lt = X(Qe), nn = X(lt);
                        oe(() => ie(nn, c(l).message)), H(Nn, Qe);
                      };
                      se(
                        tn,
                        (Nn) => {
                          !c(l).valid && c(l).message && Nn(kn);
                        },
                        !0
                      );
                    }
                    H(Pe, He);
                  };
                  se(kc, (Pe) => {
                    !c(l).valid && c(he).length ? Pe(Nc) : Pe(Sc, !1);
                  });
                }
                oe(() => {
                  yt = Ie(ke, 1, "totals svelte-pj8ljn", null, yt, { invalid: !c(l).valid }), ie(en, c(l).name || "design"), ie(Zr, c(l).task), ie(tr, `${c(l).image_size[0] ?? ""}×${c(l).image_size[1] ?? ""}`), ie(vc, c(l).totals.nodes), ie(mc, c(l).totals.params_text), ie(bc, c(l).totals.flops_text);
                }), H($t, J);
              },
              $$slots: { default: !0 }
            });
          };
          se(Se, (xe) => {
            c(l) && xe(Me);
          });
        }
        var Tt = G(Se, 2);
        {
          var at = (xe) => {
            jn(xe, {
              position: "bottom-center",
              children: ($t, Xe) => {
                var J = Ub(), ke = X(J), yt = X(ke), bt = G(ke, 2), en = X(bt), Dt = G(bt, 2);
                Dt.__click = () => j(u, null), oe(() => {
                  Ie(J, 1, `notice ${c(u).kind ?? ""}`, "svelte-pj8ljn"), ie(yt, c(u).kind === "error" ? "!" : "i"), ie(en, c(u).text);
                }), H($t, J);
              },
              $$slots: { default: !0 }
            });
          };
          se(Tt, (xe) => {
            c(u) && xe(at);
          });
        }
        H(R, me);
      },
      $$slots: { default: !0 }
    });
  }
  _n(ae, (Y) => h = Y, () => h), oe(() => {
    U(ae, "data-mount", b), U(ae, "data-pending", c(y) || void 0), be = we(ae, "", be, { height: `${t.height ?? ""}px` });
  }), Be("drop", Ae, T), Be("dragover", Ae, D), H(e, ae), de();
}
Pt(["click"]);
var ew = /* @__PURE__ */ $('<span class="label svelte-49zqag"> </span>'), tw = /* @__PURE__ */ $('<div data-testid="head-canvas"><!> <!></div>');
function rw(e, t) {
  ue(t, !0);
  const n = /* @__PURE__ */ pt(t, ["$$slots", "$$events", "$$legacy"]), r = new Op(n);
  function o(d, h) {
    r.dispatch(d, h);
  }
  var i = tw();
  let s;
  var a = X(i);
  {
    var l = (d) => {
      var h = ew(), f = X(h);
      oe(() => ie(f, r.shared.label)), H(d, h);
    };
    se(a, (d) => {
      r.shared.show_label && r.shared.label && d(l);
    });
  }
  var u = G(a, 2);
  qv(u, {
    children: (d, h) => {
      {
        let f = _(() => r.props.palette ?? []), g = _(() => r.shared.interactive !== !1), v = _(() => r.props.height ?? 640);
        $b(d, {
          get payload() {
            return r.props.value;
          },
          get palette() {
            return c(f);
          },
          get editable() {
            return c(g);
          },
          get height() {
            return c(v);
          },
          emit: o
        });
      }
    },
    $$slots: { default: !0 }
  }), oe(() => {
    s = Ie(i, 1, "head-canvas-block svelte-49zqag", null, s, {
      hidden: r.shared.visible === !1,
      "hidden-block": r.shared.visible === "hidden"
    }), U(i, "id", r.shared.elem_id || void 0);
  }), H(e, i), de();
}
export {
  rw as default
};
