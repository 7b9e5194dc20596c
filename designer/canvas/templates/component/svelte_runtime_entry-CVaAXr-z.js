const $r = 1, Ir = 2, Mr = 4, Nr = 8, Dr = 16, Lr = 1, Fr = 2, jr = 4, qr = 8, Br = 16, Ur = 1, Vr = 2, x = Symbol(), wn = Symbol("filename"), Yr = "http://www.w3.org/1999/xhtml", Hr = "@attach", gt = globalThis.process?.env?.NODE_ENV, u = gt && !gt.toLowerCase().startsWith("prod");
var yn = Array.isArray, gn = Array.prototype.indexOf, mn = Array.from, Q = Object.defineProperty, he = Object.getOwnPropertyDescriptor, bn = Object.getOwnPropertyDescriptors, En = Object.prototype, xn = Array.prototype, Ct = Object.getPrototypeOf, mt = Object.isExtensible;
function Gr(e) {
  return typeof e == "function";
}
const Wr = () => {
};
function zr(e) {
  return e();
}
function Sn(e) {
  for (var t = 0; t < e.length; t++)
    e[t]();
}
function Pt() {
  var e, t, n = new Promise((r, s) => {
    e = r, t = s;
  });
  return { promise: n, resolve: e, reject: t };
}
function Kr(e, t, n = !1) {
  return e === void 0 ? n ? (
    /** @type {() => V} */
    t()
  ) : (
    /** @type {V} */
    t
  ) : e;
}
function Zr(e, t) {
  if (Array.isArray(e))
    return e;
  if (t === void 0 || !(Symbol.iterator in e))
    return Array.from(e);
  const n = [];
  for (const r of e)
    if (n.push(r), n.length === t) break;
  return n;
}
const S = 2, Le = 4, Te = 8, ot = 1 << 24, Y = 16, H = 32, te = 64, at = 128, $ = 512, k = 1024, T = 2048, G = 4096, q = 8192, K = 16384, lt = 32768, Se = 65536, Fe = 1 << 17, Rt = 1 << 18, ce = 1 << 19, $t = 1 << 20, Xr = 1 << 25, ee = 32768, Je = 1 << 21, Ye = 1 << 22, Z = 1 << 23, X = Symbol("$state"), Jr = Symbol("legacy props"), Qr = Symbol(""), It = Symbol("proxy path"), de = new class extends Error {
  name = "StaleReactionError";
  message = "The reaction that called `getAbortSignal()` was re-run or destroyed";
}();
function ft(e) {
  if (u) {
    const t = new Error(`lifecycle_outside_component
\`${e}(...)\` can only be used during component initialisation
https://svelte.dev/e/lifecycle_outside_component`);
    throw t.name = "Svelte error", t;
  } else
    throw new Error("https://svelte.dev/e/lifecycle_outside_component");
}
function kn() {
  if (u) {
    const e = new Error("async_derived_orphan\nCannot create a `$derived(...)` with an `await` expression outside of an effect tree\nhttps://svelte.dev/e/async_derived_orphan");
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/async_derived_orphan");
}
function ts() {
  if (u) {
    const e = new Error("bind_invalid_checkbox_value\nUsing `bind:value` together with a checkbox input is not allowed. Use `bind:checked` instead\nhttps://svelte.dev/e/bind_invalid_checkbox_value");
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/bind_invalid_checkbox_value");
}
function Tn() {
  if (u) {
    const e = new Error(`derived_references_self
A derived value cannot reference itself recursively
https://svelte.dev/e/derived_references_self`);
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/derived_references_self");
}
function An(e) {
  if (u) {
    const t = new Error(`effect_in_teardown
\`${e}\` cannot be used inside an effect cleanup function
https://svelte.dev/e/effect_in_teardown`);
    throw t.name = "Svelte error", t;
  } else
    throw new Error("https://svelte.dev/e/effect_in_teardown");
}
function On() {
  if (u) {
    const e = new Error("effect_in_unowned_derived\nEffect cannot be created inside a `$derived` value that was not itself created inside an effect\nhttps://svelte.dev/e/effect_in_unowned_derived");
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/effect_in_unowned_derived");
}
function Cn(e) {
  if (u) {
    const t = new Error(`effect_orphan
\`${e}\` can only be used inside an effect (e.g. during component initialisation)
https://svelte.dev/e/effect_orphan`);
    throw t.name = "Svelte error", t;
  } else
    throw new Error("https://svelte.dev/e/effect_orphan");
}
function Pn() {
  if (u) {
    const e = new Error(`effect_update_depth_exceeded
Maximum update depth exceeded. This typically indicates that an effect reads and writes the same piece of state
https://svelte.dev/e/effect_update_depth_exceeded`);
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/effect_update_depth_exceeded");
}
function ns() {
  if (u) {
    const e = new Error("invalid_snippet\nCould not `{@render}` snippet due to the expression being `null` or `undefined`. Consider using optional chaining `{@render snippet?.()}`\nhttps://svelte.dev/e/invalid_snippet");
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/invalid_snippet");
}
function rs(e) {
  if (u) {
    const t = new Error(`props_invalid_value
Cannot do \`bind:${e}={undefined}\` when \`${e}\` has a fallback value
https://svelte.dev/e/props_invalid_value`);
    throw t.name = "Svelte error", t;
  } else
    throw new Error("https://svelte.dev/e/props_invalid_value");
}
function ss(e) {
  if (u) {
    const t = new Error(`props_rest_readonly
Rest element properties of \`$props()\` such as \`${e}\` are readonly
https://svelte.dev/e/props_rest_readonly`);
    throw t.name = "Svelte error", t;
  } else
    throw new Error("https://svelte.dev/e/props_rest_readonly");
}
function Rn(e) {
  if (u) {
    const t = new Error(`rune_outside_svelte
The \`${e}\` rune is only available inside \`.svelte\` and \`.svelte.js/ts\` files
https://svelte.dev/e/rune_outside_svelte`);
    throw t.name = "Svelte error", t;
  } else
    throw new Error("https://svelte.dev/e/rune_outside_svelte");
}
function $n() {
  if (u) {
    const e = new Error("state_descriptors_fixed\nProperty descriptors defined on `$state` objects must contain `value` and always be `enumerable`, `configurable` and `writable`.\nhttps://svelte.dev/e/state_descriptors_fixed");
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/state_descriptors_fixed");
}
function In() {
  if (u) {
    const e = new Error("state_prototype_fixed\nCannot set prototype of `$state` object\nhttps://svelte.dev/e/state_prototype_fixed");
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/state_prototype_fixed");
}
function Mn() {
  if (u) {
    const e = new Error("state_unsafe_mutation\nUpdating state inside `$derived(...)`, `$inspect(...)` or a template expression is forbidden. If the value should not be reactive, declare it without `$state`\nhttps://svelte.dev/e/state_unsafe_mutation");
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/state_unsafe_mutation");
}
function Nn() {
  if (u) {
    const e = new Error("svelte_boundary_reset_onerror\nA `<svelte:boundary>` `reset` function cannot be called while an error is still being handled\nhttps://svelte.dev/e/svelte_boundary_reset_onerror");
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/svelte_boundary_reset_onerror");
}
var Ae = "font-weight: bold", Oe = "font-weight: normal";
function Dn() {
  u ? console.warn(`%c[svelte] lifecycle_double_unmount
%cTried to unmount a component that was not mounted
https://svelte.dev/e/lifecycle_double_unmount`, Ae, Oe) : console.warn("https://svelte.dev/e/lifecycle_double_unmount");
}
function is() {
  u ? console.warn("%c[svelte] select_multiple_invalid_value\n%cThe `value` property of a `<select multiple>` element should be an array, but it received a non-array value. The selection will be kept as is.\nhttps://svelte.dev/e/select_multiple_invalid_value", Ae, Oe) : console.warn("https://svelte.dev/e/select_multiple_invalid_value");
}
function Ke(e) {
  u ? console.warn(`%c[svelte] state_proxy_equality_mismatch
%cReactive \`$state(...)\` proxies and the values they proxy have different identities. Because of this, comparisons with \`${e}\` will produce unexpected results
https://svelte.dev/e/state_proxy_equality_mismatch`, Ae, Oe) : console.warn("https://svelte.dev/e/state_proxy_equality_mismatch");
}
function Ln() {
  u ? console.warn(`%c[svelte] state_proxy_unmount
%cTried to unmount a state proxy, rather than a component
https://svelte.dev/e/state_proxy_unmount`, Ae, Oe) : console.warn("https://svelte.dev/e/state_proxy_unmount");
}
function Fn() {
  u ? console.warn("%c[svelte] svelte_boundary_reset_noop\n%cA `<svelte:boundary>` `reset` function only resets the boundary the first time it is called\nhttps://svelte.dev/e/svelte_boundary_reset_noop", Ae, Oe) : console.warn("https://svelte.dev/e/svelte_boundary_reset_noop");
}
function Mt(e) {
  return e === this.v;
}
function jn(e, t) {
  return e != e ? t == t : e !== t || e !== null && typeof e == "object" || typeof e == "function";
}
function Nt(e) {
  return !jn(e, this.v);
}
let Ce = !1, qn = !1;
function os() {
  Ce = !0;
}
function j(e, t) {
  return e.label = t, Dt(e.v, t), e;
}
function Dt(e, t) {
  return e?.[It]?.(t), e;
}
function Bn(e) {
  const t = new Error(), n = Un();
  return n.length === 0 ? null : (n.unshift(`
`), Q(t, "stack", {
    value: n.join(`
`)
  }), Q(t, "name", {
    value: e
  }), /** @type {Error & { stack: string }} */
  t);
}
function Un() {
  const e = Error.stackTraceLimit;
  Error.stackTraceLimit = 1 / 0;
  const t = new Error().stack;
  if (Error.stackTraceLimit = e, !t) return [];
  const n = t.split(`
`), r = [];
  for (let s = 0; s < n.length; s++) {
    const i = n[s], o = i.replaceAll("\\", "/");
    if (i.trim() !== "Error") {
      if (i.includes("validate_each_keys"))
        return [];
      o.includes("svelte/src/internal") || o.includes("node_modules/.vite") || r.push(i);
    }
  }
  return r;
}
let y = null;
function ve(e) {
  y = e;
}
let pe = null;
function je(e) {
  pe = e;
}
let Pe = null;
function bt(e) {
  Pe = e;
}
function as(e) {
  return (
    /** @type {T} */
    ut("getContext").get(e)
  );
}
function ls(e, t) {
  return ut("setContext").set(e, t), t;
}
function fs(e) {
  return ut("hasContext").has(e);
}
function Vn(e, t = !1, n) {
  y = {
    p: y,
    i: !1,
    c: null,
    e: null,
    s: e,
    x: null,
    l: Ce && !t ? { s: null, u: null, $: [] } : null
  }, u && (y.function = n, Pe = n);
}
function Yn(e) {
  var t = (
    /** @type {ComponentContext} */
    y
  ), n = t.e;
  if (n !== null) {
    t.e = null;
    for (var r of n)
      tn(r);
  }
  return t.i = !0, y = t.p, u && (Pe = y?.function ?? null), /** @type {T} */
  {};
}
function Re() {
  return !Ce || y !== null && y.l === null;
}
function ut(e) {
  return y === null && ft(e), y.c ??= new Map(Hn(y) || void 0);
}
function Hn(e) {
  let t = e.p;
  for (; t !== null; ) {
    const n = t.c;
    if (n !== null)
      return n;
    t = t.p;
  }
  return null;
}
let ie = [];
function Lt() {
  var e = ie;
  ie = [], Sn(e);
}
function $e(e) {
  if (ie.length === 0 && !be) {
    var t = ie;
    queueMicrotask(() => {
      t === ie && Lt();
    });
  }
  ie.push(e);
}
function Gn() {
  for (; ie.length > 0; )
    Lt();
}
const Qe = /* @__PURE__ */ new WeakMap();
function Ft(e) {
  var t = w;
  if (t === null)
    return p.f |= Z, e;
  if (u && e instanceof Error && !Qe.has(e) && Qe.set(e, Wn(e, t)), (t.f & lt) === 0) {
    if ((t.f & at) === 0)
      throw u && !t.parent && e instanceof Error && jt(e), e;
    t.b.error(e);
  } else
    we(e, t);
}
function we(e, t) {
  for (; t !== null; ) {
    if ((t.f & at) !== 0)
      try {
        t.b.error(e);
        return;
      } catch (n) {
        e = n;
      }
    t = t.parent;
  }
  throw u && e instanceof Error && jt(e), e;
}
function Wn(e, t) {
  const n = he(e, "message");
  if (!(n && !n.configurable)) {
    for (var r = zt ? "  " : "	", s = `
${r}in ${t.fn?.name || "<unknown>"}`, i = t.ctx; i !== null; )
      s += `
${r}in ${i.function?.[wn].split("/").pop()}`, i = i.p;
    return {
      message: e.message + `
${s}
`,
      stack: e.stack?.split(`
`).filter((o) => !o.includes("svelte/src/internal")).join(`
`)
    };
  }
}
function jt(e) {
  const t = Qe.get(e);
  t && (Q(e, "message", {
    value: t.message
  }), Q(e, "stack", {
    value: t.stack
  }));
}
const zn = -7169;
function E(e, t) {
  e.f = e.f & zn | t;
}
function ct(e) {
  (e.f & $) !== 0 || e.deps === null ? E(e, k) : E(e, G);
}
function qt(e) {
  if (e !== null)
    for (const t of e)
      (t.f & S) === 0 || (t.f & ee) === 0 || (t.f ^= ee, qt(
        /** @type {Derived} */
        t.deps
      ));
}
function Bt(e, t, n) {
  (e.f & T) !== 0 ? t.add(e) : (e.f & G) !== 0 && n.add(e), qt(e.deps), E(e, k);
}
const Ne = /* @__PURE__ */ new Set();
let m = null, Ze = null, M = null, R = [], He = null, et = !1, be = !1;
class N {
  committed = !1;
  /**
   * The current values of any sources that are updated in this batch
   * They keys of this map are identical to `this.#previous`
   * @type {Map<Source, any>}
   */
  current = /* @__PURE__ */ new Map();
  /**
   * The values of any sources that are updated in this batch _before_ those updates took place.
   * They keys of this map are identical to `this.#current`
   * @type {Map<Source, any>}
   */
  previous = /* @__PURE__ */ new Map();
  /**
   * When the batch is committed (and the DOM is updated), we need to remove old branches
   * and append new ones by calling the functions added inside (if/each/key/etc) blocks
   * @type {Set<() => void>}
   */
  #t = /* @__PURE__ */ new Set();
  /**
   * If a fork is discarded, we need to destroy any effects that are no longer needed
   * @type {Set<(batch: Batch) => void>}
   */
  #_ = /* @__PURE__ */ new Set();
  /**
   * The number of async effects that are currently in flight
   */
  #r = 0;
  /**
   * The number of async effects that are currently in flight, _not_ inside a pending boundary
   */
  #o = 0;
  /**
   * A deferred that resolves when the batch is committed, used with `settled()`
   * TODO replace with Promise.withResolvers once supported widely enough
   * @type {{ promise: Promise<void>, resolve: (value?: any) => void, reject: (reason: unknown) => void } | null}
   */
  #s = null;
  /**
   * Deferred effects (which run after async work has completed) that are DIRTY
   * @type {Set<Effect>}
   */
  #n = /* @__PURE__ */ new Set();
  /**
   * Deferred effects that are MAYBE_DIRTY
   * @type {Set<Effect>}
   */
  #e = /* @__PURE__ */ new Set();
  /**
   * A set of branches that still exist, but will be destroyed when this batch
   * is committed — we skip over these during `process`
   * @type {Set<Effect>}
   */
  skipped_effects = /* @__PURE__ */ new Set();
  is_fork = !1;
  is_deferred() {
    return this.is_fork || this.#o > 0;
  }
  /**
   *
   * @param {Effect[]} root_effects
   */
  process(t) {
    R = [], Ze = null, this.apply();
    var n = [], r = [];
    for (const s of t)
      this.#i(s, n, r);
    this.is_fork || this.#l(), this.is_deferred() ? (this.#a(r), this.#a(n)) : (Ze = this, m = null, Et(r), Et(n), Ze = null, this.#s?.resolve()), M = null;
  }
  /**
   * Traverse the effect tree, executing effects or stashing
   * them for later execution as appropriate
   * @param {Effect} root
   * @param {Effect[]} effects
   * @param {Effect[]} render_effects
   */
  #i(t, n, r) {
    t.f ^= k;
    for (var s = t.first, i = null; s !== null; ) {
      var o = s.f, a = (o & (H | te)) !== 0, _ = a && (o & k) !== 0, v = _ || (o & q) !== 0 || this.skipped_effects.has(s);
      if (!v && s.fn !== null) {
        a ? s.f ^= k : i !== null && (o & (Le | Te | ot)) !== 0 ? i.b.defer_effect(s) : (o & Le) !== 0 ? n.push(s) : Me(s) && ((o & Y) !== 0 && this.#n.add(s), ke(s));
        var d = s.first;
        if (d !== null) {
          s = d;
          continue;
        }
      }
      var l = s.parent;
      for (s = s.next; s === null && l !== null; )
        l === i && (i = null), s = l.next, l = l.parent;
    }
  }
  /**
   * @param {Effect[]} effects
   */
  #a(t) {
    for (var n = 0; n < t.length; n += 1)
      Bt(t[n], this.#n, this.#e);
  }
  /**
   * Associate a change to a given source with the current
   * batch, noting its previous and current values
   * @param {Source} source
   * @param {any} value
   */
  capture(t, n) {
    n !== x && !this.previous.has(t) && this.previous.set(t, n), (t.f & Z) === 0 && (this.current.set(t, t.v), M?.set(t, t.v));
  }
  activate() {
    m = this, this.apply();
  }
  deactivate() {
    m === this && (m = null, M = null);
  }
  flush() {
    if (this.activate(), R.length > 0) {
      if (Ut(), m !== null && m !== this)
        return;
    } else this.#r === 0 && this.process([]);
    this.deactivate();
  }
  discard() {
    for (const t of this.#_) t(this);
    this.#_.clear();
  }
  #l() {
    if (this.#o === 0) {
      for (const t of this.#t) t();
      this.#t.clear();
    }
    this.#r === 0 && this.#f();
  }
  #f() {
    if (Ne.size > 1) {
      this.previous.clear();
      var t = M, n = !0;
      for (const s of Ne) {
        if (s === this) {
          n = !1;
          continue;
        }
        const i = [];
        for (const [a, _] of this.current) {
          if (s.current.has(a))
            if (n && _ !== s.current.get(a))
              s.current.set(a, _);
            else
              continue;
          i.push(a);
        }
        if (i.length === 0)
          continue;
        const o = [...s.current.keys()].filter((a) => !this.current.has(a));
        if (o.length > 0) {
          var r = R;
          R = [];
          const a = /* @__PURE__ */ new Set(), _ = /* @__PURE__ */ new Map();
          for (const v of i)
            Vt(v, o, a, _);
          if (R.length > 0) {
            m = s, s.apply();
            for (const v of R)
              s.#i(v, [], []);
            s.deactivate();
          }
          R = r;
        }
      }
      m = null, M = t;
    }
    this.committed = !0, Ne.delete(this);
  }
  /**
   *
   * @param {boolean} blocking
   */
  increment(t) {
    this.#r += 1, t && (this.#o += 1);
  }
  /**
   *
   * @param {boolean} blocking
   */
  decrement(t) {
    this.#r -= 1, t && (this.#o -= 1), this.revive();
  }
  revive() {
    for (const t of this.#n)
      this.#e.delete(t), E(t, T), V(t);
    for (const t of this.#e)
      E(t, G), V(t);
    this.flush();
  }
  /** @param {() => void} fn */
  oncommit(t) {
    this.#t.add(t);
  }
  /** @param {(batch: Batch) => void} fn */
  ondiscard(t) {
    this.#_.add(t);
  }
  settled() {
    return (this.#s ??= Pt()).promise;
  }
  static ensure() {
    if (m === null) {
      const t = m = new N();
      Ne.add(m), be || N.enqueue(() => {
        m === t && t.flush();
      });
    }
    return m;
  }
  /** @param {() => void} task */
  static enqueue(t) {
    $e(t);
  }
  apply() {
  }
}
function Kn(e) {
  var t = be;
  be = !0;
  try {
    for (var n; ; ) {
      if (Gn(), R.length === 0 && (m?.flush(), R.length === 0))
        return He = null, /** @type {T} */
        n;
      Ut();
    }
  } finally {
    be = t;
  }
}
function Ut() {
  var e = le;
  et = !0;
  var t = u ? /* @__PURE__ */ new Set() : null;
  try {
    var n = 0;
    for (Ue(!0); R.length > 0; ) {
      var r = N.ensure();
      if (n++ > 1e3) {
        if (u) {
          var s = /* @__PURE__ */ new Map();
          for (const o of r.current.keys())
            for (const [a, _] of o.updated ?? []) {
              var i = s.get(a);
              i || (i = { error: _.error, count: 0 }, s.set(a, i)), i.count += _.count;
            }
          for (const o of s.values())
            o.error && console.error(o.error);
        }
        Zn();
      }
      if (r.process(R), J.clear(), u)
        for (const o of r.current.keys())
          t.add(o);
    }
  } finally {
    if (et = !1, Ue(e), He = null, u)
      for (
        const o of
        /** @type {Set<Source>} */
        t
      )
        o.updated = null;
  }
}
function Zn() {
  try {
    Pn();
  } catch (e) {
    u && Q(e, "stack", { value: "" }), we(e, He);
  }
}
let B = null;
function Et(e) {
  var t = e.length;
  if (t !== 0) {
    for (var n = 0; n < t; ) {
      var r = e[n++];
      if ((r.f & (K | q)) === 0 && Me(r) && (B = /* @__PURE__ */ new Set(), ke(r), r.deps === null && r.first === null && r.nodes === null && (r.teardown === null && r.ac === null ? sn(r) : r.fn = null), B?.size > 0)) {
        J.clear();
        for (const s of B) {
          if ((s.f & (K | q)) !== 0) continue;
          const i = [s];
          let o = s.parent;
          for (; o !== null; )
            B.has(o) && (B.delete(o), i.push(o)), o = o.parent;
          for (let a = i.length - 1; a >= 0; a--) {
            const _ = i[a];
            (_.f & (K | q)) === 0 && ke(_);
          }
        }
        B.clear();
      }
    }
    B = null;
  }
}
function Vt(e, t, n, r) {
  if (!n.has(e) && (n.add(e), e.reactions !== null))
    for (const s of e.reactions) {
      const i = s.f;
      (i & S) !== 0 ? Vt(
        /** @type {Derived} */
        s,
        t,
        n,
        r
      ) : (i & (Ye | Y)) !== 0 && (i & T) === 0 && Yt(s, t, r) && (E(s, T), V(
        /** @type {Effect} */
        s
      ));
    }
}
function Yt(e, t, n) {
  const r = n.get(e);
  if (r !== void 0) return r;
  if (e.deps !== null)
    for (const s of e.deps) {
      if (t.includes(s))
        return !0;
      if ((s.f & S) !== 0 && Yt(
        /** @type {Derived} */
        s,
        t,
        n
      ))
        return n.set(
          /** @type {Derived} */
          s,
          !0
        ), !0;
    }
  return n.set(e, !1), !1;
}
function V(e) {
  for (var t = He = e; t.parent !== null; ) {
    t = t.parent;
    var n = t.f;
    if (et && t === w && (n & Y) !== 0 && (n & Rt) === 0)
      return;
    if ((n & (te | H)) !== 0) {
      if ((n & k) === 0) return;
      t.f ^= k;
    }
  }
  R.push(t);
}
function Xn(e) {
  let t = 0, n = Ie(0), r;
  return u && j(n, "createSubscriber version"), () => {
    vt() && (ae(n), yr(() => (t === 0 && (r = pt(() => e(() => Ee(n)))), t += 1, () => {
      $e(() => {
        t -= 1, t === 0 && (r?.(), r = void 0, Ee(n));
      });
    })));
  };
}
var Jn = Se | ce | at;
function Qn(e, t, n) {
  new er(e, t, n);
}
class er {
  /** @type {Boundary | null} */
  parent;
  is_pending = !1;
  /** @type {TemplateNode} */
  #t;
  /** @type {TemplateNode | null} */
  #_ = null;
  /** @type {BoundaryProps} */
  #r;
  /** @type {((anchor: Node) => void)} */
  #o;
  /** @type {Effect} */
  #s;
  /** @type {Effect | null} */
  #n = null;
  /** @type {Effect | null} */
  #e = null;
  /** @type {Effect | null} */
  #i = null;
  /** @type {DocumentFragment | null} */
  #a = null;
  /** @type {TemplateNode | null} */
  #l = null;
  #f = 0;
  #c = 0;
  #d = !1;
  /** @type {Set<Effect>} */
  #h = /* @__PURE__ */ new Set();
  /** @type {Set<Effect>} */
  #v = /* @__PURE__ */ new Set();
  /**
   * A source containing the number of pending async deriveds/expressions.
   * Only created if `$effect.pending()` is used inside the boundary,
   * otherwise updating the source results in needless `Batch.ensure()`
   * calls followed by no-op flushes
   * @type {Source<number> | null}
   */
  #u = null;
  #m = Xn(() => (this.#u = Ie(this.#f), u && j(this.#u, "$effect.pending()"), () => {
    this.#u = null;
  }));
  /**
   * @param {TemplateNode} node
   * @param {BoundaryProps} props
   * @param {((anchor: Node) => void)} children
   */
  constructor(t, n, r) {
    this.#t = t, this.#r = n, this.#o = r, this.parent = /** @type {Effect} */
    w.b, this.is_pending = !!this.#r.pending, this.#s = gr(() => {
      w.b = this;
      {
        var s = this.#y();
        try {
          this.#n = re(() => r(s));
        } catch (i) {
          this.error(i);
        }
        this.#c > 0 ? this.#w() : this.is_pending = !1;
      }
      return () => {
        this.#l?.remove();
      };
    }, Jn);
  }
  #b() {
    try {
      this.#n = re(() => this.#o(this.#t));
    } catch (t) {
      this.error(t);
    }
  }
  #E() {
    const t = this.#r.pending;
    t && (this.#e = re(() => t(this.#t)), N.enqueue(() => {
      var n = this.#y();
      this.#n = this.#p(() => (N.ensure(), re(() => this.#o(n)))), this.#c > 0 ? this.#w() : (De(
        /** @type {Effect} */
        this.#e,
        () => {
          this.#e = null;
        }
      ), this.is_pending = !1);
    }));
  }
  #y() {
    var t = this.#t;
    return this.is_pending && (this.#l = Xt(), this.#t.before(this.#l), t = this.#l), t;
  }
  /**
   * Defer an effect inside a pending boundary until the boundary resolves
   * @param {Effect} effect
   */
  defer_effect(t) {
    Bt(t, this.#h, this.#v);
  }
  /**
   * Returns `false` if the effect exists inside a boundary whose pending snippet is shown
   * @returns {boolean}
   */
  is_rendered() {
    return !this.is_pending && (!this.parent || this.parent.is_rendered());
  }
  has_pending_snippet() {
    return !!this.#r.pending;
  }
  /**
   * @param {() => Effect | null} fn
   */
  #p(t) {
    var n = w, r = p, s = y;
    F(this.#s), O(this.#s), ve(this.#s.ctx);
    try {
      return t();
    } catch (i) {
      return Ft(i), null;
    } finally {
      F(n), O(r), ve(s);
    }
  }
  #w() {
    const t = (
      /** @type {(anchor: Node) => void} */
      this.#r.pending
    );
    this.#n !== null && (this.#a = document.createDocumentFragment(), this.#a.append(
      /** @type {TemplateNode} */
      this.#l
    ), Er(this.#n, this.#a)), this.#e === null && (this.#e = re(() => t(this.#t)));
  }
  /**
   * Updates the pending count associated with the currently visible pending snippet,
   * if any, such that we can replace the snippet with content once work is done
   * @param {1 | -1} d
   */
  #g(t) {
    if (!this.has_pending_snippet()) {
      this.parent && this.parent.#g(t);
      return;
    }
    if (this.#c += t, this.#c === 0) {
      this.is_pending = !1;
      for (const n of this.#h)
        E(n, T), V(n);
      for (const n of this.#v)
        E(n, G), V(n);
      this.#h.clear(), this.#v.clear(), this.#e && De(this.#e, () => {
        this.#e = null;
      }), this.#a && (this.#t.before(this.#a), this.#a = null);
    }
  }
  /**
   * Update the source that powers `$effect.pending()` inside this boundary,
   * and controls when the current `pending` snippet (if any) is removed.
   * Do not call from inside the class
   * @param {1 | -1} d
   */
  update_pending_count(t) {
    this.#g(t), this.#f += t, this.#u && Be(this.#u, this.#f);
  }
  get_effect_pending() {
    return this.#m(), ae(
      /** @type {Source<number>} */
      this.#u
    );
  }
  /** @param {unknown} error */
  error(t) {
    var n = this.#r.onerror;
    let r = this.#r.failed;
    if (this.#d || !n && !r)
      throw t;
    this.#n && (L(this.#n), this.#n = null), this.#e && (L(this.#e), this.#e = null), this.#i && (L(this.#i), this.#i = null);
    var s = !1, i = !1;
    const o = () => {
      if (s) {
        Fn();
        return;
      }
      s = !0, i && Nn(), N.ensure(), this.#f = 0, this.#i !== null && De(this.#i, () => {
        this.#i = null;
      }), this.is_pending = this.has_pending_snippet(), this.#n = this.#p(() => (this.#d = !1, re(() => this.#o(this.#t)))), this.#c > 0 ? this.#w() : this.is_pending = !1;
    };
    var a = p;
    try {
      O(null), i = !0, n?.(t, o), i = !1;
    } catch (_) {
      we(_, this.#s && this.#s.parent);
    } finally {
      O(a);
    }
    r && $e(() => {
      this.#i = this.#p(() => {
        N.ensure(), this.#d = !0;
        try {
          return re(() => {
            r(
              this.#t,
              () => t,
              () => o
            );
          });
        } catch (_) {
          return we(
            _,
            /** @type {Effect} */
            this.#s.parent
          ), null;
        } finally {
          this.#d = !1;
        }
      });
    });
  }
}
function tr(e, t, n, r) {
  const s = Re() ? _t : ir;
  if (n.length === 0 && e.length === 0) {
    r(t.map(s));
    return;
  }
  var i = m, o = (
    /** @type {Effect} */
    w
  ), a = nr();
  function _() {
    Promise.all(n.map((v) => /* @__PURE__ */ sr(v))).then((v) => {
      a();
      try {
        r([...t.map(s), ...v]);
      } catch (d) {
        (o.f & K) === 0 && we(d, o);
      }
      i?.deactivate(), qe();
    }).catch((v) => {
      we(v, o);
    });
  }
  e.length > 0 ? Promise.all(e).then(() => {
    a();
    try {
      return _();
    } finally {
      i?.deactivate(), qe();
    }
  }) : _();
}
function nr() {
  var e = w, t = p, n = y, r = m;
  if (u)
    var s = pe;
  return function(o = !0) {
    F(e), O(t), ve(n), o && r?.activate(), u && je(s);
  };
}
function qe() {
  F(null), O(null), ve(null), u && je(null);
}
const rr = /* @__PURE__ */ new Set();
// @__NO_SIDE_EFFECTS__
function _t(e) {
  var t = S | T, n = p !== null && (p.f & S) !== 0 ? (
    /** @type {Derived} */
    p
  ) : null;
  return w !== null && (w.f |= ce), {
    ctx: y,
    deps: null,
    effects: null,
    equals: Mt,
    f: t,
    fn: e,
    reactions: null,
    rv: 0,
    v: (
      /** @type {V} */
      x
    ),
    wv: 0,
    parent: n ?? w,
    ac: null
  };
}
// @__NO_SIDE_EFFECTS__
function sr(e, t, n) {
  let r = (
    /** @type {Effect | null} */
    w
  );
  r === null && kn();
  var s = (
    /** @type {Boundary} */
    r.b
  ), i = (
    /** @type {Promise<V>} */
    /** @type {unknown} */
    void 0
  ), o = Ie(
    /** @type {V} */
    x
  );
  u && (o.label = t);
  var a = !p, _ = /* @__PURE__ */ new Map();
  return wr(() => {
    var v = Pt();
    i = v.promise;
    try {
      Promise.resolve(e()).then(v.resolve, v.reject).then(() => {
        d === m && d.committed && d.deactivate(), qe();
      });
    } catch (c) {
      v.reject(c), qe();
    }
    var d = (
      /** @type {Batch} */
      m
    );
    if (a) {
      var l = s.is_rendered();
      s.update_pending_count(1), d.increment(l), _.get(d)?.reject(de), _.delete(d), _.set(d, v);
    }
    const f = (c, h = void 0) => {
      if (d.activate(), h)
        h !== de && (o.f |= Z, Be(o, h));
      else {
        (o.f & Z) !== 0 && (o.f ^= Z), Be(o, c);
        for (const [g, b] of _) {
          if (_.delete(g), g === d) break;
          b.reject(de);
        }
      }
      a && (s.update_pending_count(-1), d.decrement(l));
    };
    v.promise.then(f, (c) => f(null, c || "unknown"));
  }), en(() => {
    for (const v of _.values())
      v.reject(de);
  }), u && (o.f |= Ye), new Promise((v) => {
    function d(l) {
      function f() {
        l === i ? v(o) : d(i);
      }
      l.then(f, f);
    }
    d(i);
  });
}
// @__NO_SIDE_EFFECTS__
function us(e) {
  const t = /* @__PURE__ */ _t(e);
  return ln(t), t;
}
// @__NO_SIDE_EFFECTS__
function ir(e) {
  const t = /* @__PURE__ */ _t(e);
  return t.equals = Nt, t;
}
function tt(e) {
  var t = e.effects;
  if (t !== null) {
    e.effects = null;
    for (var n = 0; n < t.length; n += 1)
      L(
        /** @type {Effect} */
        t[n]
      );
  }
}
let Xe = [];
function or(e) {
  for (var t = e.parent; t !== null; ) {
    if ((t.f & S) === 0)
      return (t.f & K) === 0 ? (
        /** @type {Effect} */
        t
      ) : null;
    t = t.parent;
  }
  return null;
}
function dt(e) {
  var t, n = w;
  if (F(or(e)), u) {
    let r = ye;
    xt(/* @__PURE__ */ new Set());
    try {
      Xe.includes(e) && Tn(), Xe.push(e), e.f &= ~ee, tt(e), t = nt(e);
    } finally {
      F(n), xt(r), Xe.pop();
    }
  } else
    try {
      e.f &= ~ee, tt(e), t = nt(e);
    } finally {
      F(n);
    }
  return t;
}
function Ht(e) {
  var t = dt(e);
  if (!e.equals(t) && (e.wv = un(), (!m?.is_fork || e.deps === null) && (e.v = t, e.deps === null))) {
    E(e, k);
    return;
  }
  ue || (M !== null ? (vt() || m?.is_fork) && M.set(e, t) : ct(e));
}
let ye = /* @__PURE__ */ new Set();
const J = /* @__PURE__ */ new Map();
function xt(e) {
  ye = e;
}
let ht = !1;
function ar() {
  ht = !0;
}
function Ie(e, t) {
  var n = {
    f: 0,
    // TODO ideally we could skip this altogether, but it causes type errors
    v: e,
    reactions: null,
    equals: Mt,
    rv: 0,
    wv: 0
  };
  return n;
}
// @__NO_SIDE_EFFECTS__
function z(e, t) {
  const n = Ie(e);
  return ln(n), n;
}
// @__NO_SIDE_EFFECTS__
function cs(e, t = !1, n = !0) {
  const r = Ie(e);
  return t || (r.equals = Nt), Ce && n && y !== null && y.l !== null && (y.l.s ??= []).push(r), r;
}
function se(e, t, n = !1) {
  p !== null && // since we are untracking the function inside `$inspect.with` we need to add this check
  // to ensure we error if state is set inside an inspect effect
  (!D || (p.f & Fe) !== 0) && Re() && (p.f & (S | Y | Ye | Fe)) !== 0 && !U?.includes(e) && Mn();
  let r = n ? ge(t) : t;
  return u && Dt(
    r,
    /** @type {string} */
    e.label
  ), Be(e, r);
}
function Be(e, t) {
  if (!e.equals(t)) {
    var n = e.v;
    ue ? J.set(e, t) : J.set(e, n), e.v = t;
    var r = N.ensure();
    if (r.capture(e, n), u) {
      if (w !== null) {
        e.updated ??= /* @__PURE__ */ new Map();
        const s = (e.updated.get("")?.count ?? 0) + 1;
        if (e.updated.set("", { error: (
          /** @type {any} */
          null
        ), count: s }), s > 5) {
          const i = Bn("updated at");
          if (i !== null) {
            let o = e.updated.get(i.stack);
            o || (o = { error: i, count: 0 }, e.updated.set(i.stack, o)), o.count++;
          }
        }
      }
      w !== null && (e.set_during_effect = !0);
    }
    if ((e.f & S) !== 0) {
      const s = (
        /** @type {Derived} */
        e
      );
      (e.f & T) !== 0 && dt(s), ct(s);
    }
    e.wv = un(), Wt(e, T), Re() && w !== null && (w.f & k) !== 0 && (w.f & (H | te)) === 0 && (P === null ? xr([e]) : P.push(e)), !r.is_fork && ye.size > 0 && !ht && Gt();
  }
  return t;
}
function Gt() {
  ht = !1;
  var e = le;
  Ue(!0);
  const t = Array.from(ye);
  try {
    for (const n of t)
      (n.f & k) !== 0 && E(n, G), Me(n) && ke(n);
  } finally {
    Ue(e);
  }
  ye.clear();
}
function Ee(e) {
  se(e, e.v + 1);
}
function Wt(e, t) {
  var n = e.reactions;
  if (n !== null)
    for (var r = Re(), s = n.length, i = 0; i < s; i++) {
      var o = n[i], a = o.f;
      if (!(!r && o === w)) {
        if (u && (a & Fe) !== 0) {
          ye.add(o);
          continue;
        }
        var _ = (a & T) === 0;
        if (_ && E(o, t), (a & S) !== 0) {
          var v = (
            /** @type {Derived} */
            o
          );
          M?.delete(v), (a & ee) === 0 && (a & $ && (o.f |= ee), Wt(v, G));
        } else _ && ((a & Y) !== 0 && B !== null && B.add(
          /** @type {Effect} */
          o
        ), V(
          /** @type {Effect} */
          o
        ));
      }
    }
}
const lr = /^[a-zA-Z_$][a-zA-Z_$0-9]*$/;
function ge(e) {
  if (typeof e != "object" || e === null || X in e)
    return e;
  const t = Ct(e);
  if (t !== En && t !== xn)
    return e;
  var n = /* @__PURE__ */ new Map(), r = yn(e), s = /* @__PURE__ */ z(0), i = fe, o = (d) => {
    if (fe === i)
      return d();
    var l = p, f = fe;
    O(null), At(i);
    var c = d();
    return O(l), At(f), c;
  };
  r && (n.set("length", /* @__PURE__ */ z(
    /** @type {any[]} */
    e.length
  )), u && (e = /** @type {any} */
  ur(
    /** @type {any[]} */
    e
  )));
  var a = "";
  let _ = !1;
  function v(d) {
    if (!_) {
      _ = !0, a = d, j(s, `${a} version`);
      for (const [l, f] of n)
        j(f, ne(a, l));
      _ = !1;
    }
  }
  return new Proxy(
    /** @type {any} */
    e,
    {
      defineProperty(d, l, f) {
        (!("value" in f) || f.configurable === !1 || f.enumerable === !1 || f.writable === !1) && $n();
        var c = n.get(l);
        return c === void 0 ? c = o(() => {
          var h = /* @__PURE__ */ z(f.value);
          return n.set(l, h), u && typeof l == "string" && j(h, ne(a, l)), h;
        }) : se(c, f.value, !0), !0;
      },
      deleteProperty(d, l) {
        var f = n.get(l);
        if (f === void 0) {
          if (l in d) {
            const c = o(() => /* @__PURE__ */ z(x));
            n.set(l, c), Ee(s), u && j(c, ne(a, l));
          }
        } else
          se(f, x), Ee(s);
        return !0;
      },
      get(d, l, f) {
        if (l === X)
          return e;
        if (u && l === It)
          return v;
        var c = n.get(l), h = l in d;
        if (c === void 0 && (!h || he(d, l)?.writable) && (c = o(() => {
          var b = ge(h ? d[l] : x), W = /* @__PURE__ */ z(b);
          return u && j(W, ne(a, l)), W;
        }), n.set(l, c)), c !== void 0) {
          var g = ae(c);
          return g === x ? void 0 : g;
        }
        return Reflect.get(d, l, f);
      },
      getOwnPropertyDescriptor(d, l) {
        var f = Reflect.getOwnPropertyDescriptor(d, l);
        if (f && "value" in f) {
          var c = n.get(l);
          c && (f.value = ae(c));
        } else if (f === void 0) {
          var h = n.get(l), g = h?.v;
          if (h !== void 0 && g !== x)
            return {
              enumerable: !0,
              configurable: !0,
              value: g,
              writable: !0
            };
        }
        return f;
      },
      has(d, l) {
        if (l === X)
          return !0;
        var f = n.get(l), c = f !== void 0 && f.v !== x || Reflect.has(d, l);
        if (f !== void 0 || w !== null && (!c || he(d, l)?.writable)) {
          f === void 0 && (f = o(() => {
            var g = c ? ge(d[l]) : x, b = /* @__PURE__ */ z(g);
            return u && j(b, ne(a, l)), b;
          }), n.set(l, f));
          var h = ae(f);
          if (h === x)
            return !1;
        }
        return c;
      },
      set(d, l, f, c) {
        var h = n.get(l), g = l in d;
        if (r && l === "length")
          for (var b = f; b < /** @type {Source<number>} */
          h.v; b += 1) {
            var W = n.get(b + "");
            W !== void 0 ? se(W, x) : b in d && (W = o(() => /* @__PURE__ */ z(x)), n.set(b + "", W), u && j(W, ne(a, b)));
          }
        if (h === void 0)
          (!g || he(d, l)?.writable) && (h = o(() => /* @__PURE__ */ z(void 0)), u && j(h, ne(a, l)), se(h, ge(f)), n.set(l, h));
        else {
          g = h.v !== x;
          var pn = o(() => ge(f));
          se(h, pn);
        }
        var wt = Reflect.getOwnPropertyDescriptor(d, l);
        if (wt?.set && wt.set.call(c, f), !g) {
          if (r && typeof l == "string") {
            var yt = (
              /** @type {Source<number>} */
              n.get("length")
            ), ze = Number(l);
            Number.isInteger(ze) && ze >= yt.v && se(yt, ze + 1);
          }
          Ee(s);
        }
        return !0;
      },
      ownKeys(d) {
        ae(s);
        var l = Reflect.ownKeys(d).filter((h) => {
          var g = n.get(h);
          return g === void 0 || g.v !== x;
        });
        for (var [f, c] of n)
          c.v !== x && !(f in d) && l.push(f);
        return l;
      },
      setPrototypeOf() {
        In();
      }
    }
  );
}
function ne(e, t) {
  return typeof t == "symbol" ? `${e}[Symbol(${t.description ?? ""})]` : lr.test(t) ? `${e}.${t}` : /^\d+$/.test(t) ? `${e}[${t}]` : `${e}['${t}']`;
}
function xe(e) {
  try {
    if (e !== null && typeof e == "object" && X in e)
      return e[X];
  } catch {
  }
  return e;
}
function _s(e, t) {
  return Object.is(xe(e), xe(t));
}
const fr = /* @__PURE__ */ new Set([
  "copyWithin",
  "fill",
  "pop",
  "push",
  "reverse",
  "shift",
  "sort",
  "splice",
  "unshift"
]);
function ur(e) {
  return new Proxy(e, {
    get(t, n, r) {
      var s = Reflect.get(t, n, r);
      return fr.has(
        /** @type {string} */
        n
      ) ? function(...i) {
        ar();
        var o = s.apply(this, i);
        return Gt(), o;
      } : s;
    }
  });
}
function cr() {
  const e = Array.prototype, t = Array.__svelte_cleanup;
  t && t();
  const { indexOf: n, lastIndexOf: r, includes: s } = e;
  e.indexOf = function(i, o) {
    const a = n.call(this, i, o);
    if (a === -1) {
      for (let _ = o ?? 0; _ < this.length; _ += 1)
        if (xe(this[_]) === i) {
          Ke("array.indexOf(...)");
          break;
        }
    }
    return a;
  }, e.lastIndexOf = function(i, o) {
    const a = r.call(this, i, o ?? this.length - 1);
    if (a === -1) {
      for (let _ = 0; _ <= (o ?? this.length - 1); _ += 1)
        if (xe(this[_]) === i) {
          Ke("array.lastIndexOf(...)");
          break;
        }
    }
    return a;
  }, e.includes = function(i, o) {
    const a = s.call(this, i, o);
    if (!a) {
      for (let _ = 0; _ < this.length; _ += 1)
        if (xe(this[_]) === i) {
          Ke("array.includes(...)");
          break;
        }
    }
    return a;
  }, Array.__svelte_cleanup = () => {
    e.indexOf = n, e.lastIndexOf = r, e.includes = s;
  };
}
var St, zt, Kt, Zt;
function _r() {
  if (St === void 0) {
    St = window, zt = /Firefox/.test(navigator.userAgent);
    var e = Element.prototype, t = Node.prototype, n = Text.prototype;
    Kt = he(t, "firstChild").get, Zt = he(t, "nextSibling").get, mt(e) && (e.__click = void 0, e.__className = void 0, e.__attributes = null, e.__style = void 0, e.__e = void 0), mt(n) && (n.__t = void 0), u && (e.__svelte_meta = null, cr());
  }
}
function Xt(e = "") {
  return document.createTextNode(e);
}
// @__NO_SIDE_EFFECTS__
function Jt(e) {
  return (
    /** @type {TemplateNode | null} */
    Kt.call(e)
  );
}
// @__NO_SIDE_EFFECTS__
function Ge(e) {
  return (
    /** @type {TemplateNode | null} */
    Zt.call(e)
  );
}
function ds(e, t) {
  return /* @__PURE__ */ Jt(e);
}
function hs(e, t = !1) {
  {
    var n = /* @__PURE__ */ Jt(e);
    return n instanceof Comment && n.data === "" ? /* @__PURE__ */ Ge(n) : n;
  }
}
function vs(e, t = 1, n = !1) {
  let r = e;
  for (; t--; )
    r = /** @type {TemplateNode} */
    /* @__PURE__ */ Ge(r);
  return r;
}
function ps(e) {
  e.textContent = "";
}
function ws() {
  return !1;
}
function ys(e, t) {
  if (t) {
    const n = document.body;
    e.autofocus = !0, $e(() => {
      document.activeElement === n && e.focus();
    });
  }
}
let kt = !1;
function dr() {
  kt || (kt = !0, document.addEventListener(
    "reset",
    (e) => {
      Promise.resolve().then(() => {
        if (!e.defaultPrevented)
          for (
            const t of
            /**@type {HTMLFormElement} */
            e.target.elements
          )
            t.__on_r?.();
      });
    },
    // In the capture phase to guarantee we get noticed of it (no possibility of stopPropagation)
    { capture: !0 }
  ));
}
function We(e) {
  var t = p, n = w;
  O(null), F(null);
  try {
    return e();
  } finally {
    O(t), F(n);
  }
}
function gs(e, t, n, r = n) {
  e.addEventListener(t, () => We(n));
  const s = e.__on_r;
  s ? e.__on_r = () => {
    s(), r(!0);
  } : e.__on_r = () => r(!0), dr();
}
function Qt(e) {
  w === null && (p === null && Cn(e), On()), ue && An(e);
}
function hr(e, t) {
  var n = t.last;
  n === null ? t.last = t.first = e : (n.next = e, e.prev = n, t.last = e);
}
function I(e, t, n) {
  var r = w;
  if (u)
    for (; r !== null && (r.f & Fe) !== 0; )
      r = r.parent;
  r !== null && (r.f & q) !== 0 && (e |= q);
  var s = {
    ctx: y,
    deps: null,
    nodes: null,
    f: e | T | $,
    first: null,
    fn: t,
    last: null,
    next: null,
    parent: r,
    b: r && r.b,
    prev: null,
    teardown: null,
    wv: 0,
    ac: null
  };
  if (u && (s.component_function = Pe), n)
    try {
      ke(s), s.f |= lt;
    } catch (a) {
      throw L(s), a;
    }
  else t !== null && V(s);
  var i = s;
  if (n && i.deps === null && i.teardown === null && i.nodes === null && i.first === i.last && // either `null`, or a singular child
  (i.f & ce) === 0 && (i = i.first, (e & Y) !== 0 && (e & Se) !== 0 && i !== null && (i.f |= Se)), i !== null && (i.parent = r, r !== null && hr(i, r), p !== null && (p.f & S) !== 0 && (e & te) === 0)) {
    var o = (
      /** @type {Derived} */
      p
    );
    (o.effects ??= []).push(i);
  }
  return s;
}
function vt() {
  return p !== null && !D;
}
function en(e) {
  const t = I(Te, null, !1);
  return E(t, k), t.teardown = e, t;
}
function vr(e) {
  Qt("$effect"), u && Q(e, "name", {
    value: "$effect"
  });
  var t = (
    /** @type {Effect} */
    w.f
  ), n = !p && (t & H) !== 0 && (t & lt) === 0;
  if (n) {
    var r = (
      /** @type {ComponentContext} */
      y
    );
    (r.e ??= []).push(e);
  } else
    return tn(e);
}
function tn(e) {
  return I(Le | $t, e, !1);
}
function ms(e) {
  return Qt("$effect.pre"), u && Q(e, "name", {
    value: "$effect.pre"
  }), I(Te | $t, e, !0);
}
function bs(e) {
  N.ensure();
  const t = I(te | ce, e, !0);
  return () => {
    L(t);
  };
}
function pr(e) {
  N.ensure();
  const t = I(te | ce, e, !0);
  return (n = {}) => new Promise((r) => {
    n.outro ? De(t, () => {
      L(t), r(void 0);
    }) : (L(t), r(void 0));
  });
}
function Es(e) {
  return I(Le, e, !1);
}
function wr(e) {
  return I(Ye | ce, e, !0);
}
function yr(e, t = 0) {
  return I(Te | t, e, !0);
}
function xs(e, t = [], n = [], r = []) {
  tr(r, t, n, (s) => {
    I(Te, () => e(...s.map(ae)), !0);
  });
}
function gr(e, t = 0) {
  var n = I(Y | t, e, !0);
  return u && (n.dev_stack = pe), n;
}
function Ss(e, t = 0) {
  var n = I(ot | t, e, !0);
  return u && (n.dev_stack = pe), n;
}
function re(e) {
  return I(H | ce, e, !0);
}
function nn(e) {
  var t = e.teardown;
  if (t !== null) {
    const n = ue, r = p;
    Tt(!0), O(null);
    try {
      t.call(null);
    } finally {
      Tt(n), O(r);
    }
  }
}
function rn(e, t = !1) {
  var n = e.first;
  for (e.first = e.last = null; n !== null; ) {
    const s = n.ac;
    s !== null && We(() => {
      s.abort(de);
    });
    var r = n.next;
    (n.f & te) !== 0 ? n.parent = null : L(n, t), n = r;
  }
}
function mr(e) {
  for (var t = e.first; t !== null; ) {
    var n = t.next;
    (t.f & H) === 0 && L(t), t = n;
  }
}
function L(e, t = !0) {
  var n = !1;
  (t || (e.f & Rt) !== 0) && e.nodes !== null && e.nodes.end !== null && (br(
    e.nodes.start,
    /** @type {TemplateNode} */
    e.nodes.end
  ), n = !0), rn(e, t && !n), Ve(e, 0), E(e, K);
  var r = e.nodes && e.nodes.t;
  if (r !== null)
    for (const i of r)
      i.stop();
  nn(e);
  var s = e.parent;
  s !== null && s.first !== null && sn(e), u && (e.component_function = null), e.next = e.prev = e.teardown = e.ctx = e.deps = e.fn = e.nodes = e.ac = null;
}
function br(e, t) {
  for (; e !== null; ) {
    var n = e === t ? null : /* @__PURE__ */ Ge(e);
    e.remove(), e = n;
  }
}
function sn(e) {
  var t = e.parent, n = e.prev, r = e.next;
  n !== null && (n.next = r), r !== null && (r.prev = n), t !== null && (t.first === e && (t.first = r), t.last === e && (t.last = n));
}
function De(e, t, n = !0) {
  var r = [];
  on(e, r, !0);
  var s = () => {
    n && L(e), t && t();
  }, i = r.length;
  if (i > 0) {
    var o = () => --i || s();
    for (var a of r)
      a.out(o);
  } else
    s();
}
function on(e, t, n) {
  if ((e.f & q) === 0) {
    e.f ^= q;
    var r = e.nodes && e.nodes.t;
    if (r !== null)
      for (const a of r)
        (a.is_global || n) && t.push(a);
    for (var s = e.first; s !== null; ) {
      var i = s.next, o = (s.f & Se) !== 0 || // If this is a branch effect without a block effect parent,
      // it means the parent block effect was pruned. In that case,
      // transparency information was transferred to the branch effect.
      (s.f & H) !== 0 && (e.f & Y) !== 0;
      on(s, t, o ? n : !1), s = i;
    }
  }
}
function ks(e) {
  an(e, !0);
}
function an(e, t) {
  if ((e.f & q) !== 0) {
    e.f ^= q, (e.f & k) === 0 && (E(e, T), V(e));
    for (var n = e.first; n !== null; ) {
      var r = n.next, s = (n.f & Se) !== 0 || (n.f & H) !== 0;
      an(n, s ? t : !1), n = r;
    }
    var i = e.nodes && e.nodes.t;
    if (i !== null)
      for (const o of i)
        (o.is_global || t) && o.in();
  }
}
function Er(e, t) {
  if (e.nodes)
    for (var n = e.nodes.start, r = e.nodes.end; n !== null; ) {
      var s = n === r ? null : /* @__PURE__ */ Ge(n);
      t.append(n), n = s;
    }
}
let le = !1;
function Ue(e) {
  le = e;
}
let ue = !1;
function Tt(e) {
  ue = e;
}
let p = null, D = !1;
function O(e) {
  p = e;
}
let w = null;
function F(e) {
  w = e;
}
let U = null;
function ln(e) {
  p !== null && (U === null ? U = [e] : U.push(e));
}
let A = null, C = 0, P = null;
function xr(e) {
  P = e;
}
let fn = 1, oe = 0, fe = oe;
function At(e) {
  fe = e;
}
function un() {
  return ++fn;
}
function Me(e) {
  var t = e.f;
  if ((t & T) !== 0)
    return !0;
  if (t & S && (e.f &= ~ee), (t & G) !== 0) {
    for (var n = (
      /** @type {Value[]} */
      e.deps
    ), r = n.length, s = 0; s < r; s++) {
      var i = n[s];
      if (Me(
        /** @type {Derived} */
        i
      ) && Ht(
        /** @type {Derived} */
        i
      ), i.wv > e.wv)
        return !0;
    }
    (t & $) !== 0 && // During time traveling we don't want to reset the status so that
    // traversal of the graph in the other batches still happens
    M === null && E(e, k);
  }
  return !1;
}
function cn(e, t, n = !0) {
  var r = e.reactions;
  if (r !== null && !U?.includes(e))
    for (var s = 0; s < r.length; s++) {
      var i = r[s];
      (i.f & S) !== 0 ? cn(
        /** @type {Derived} */
        i,
        t,
        !1
      ) : t === i && (n ? E(i, T) : (i.f & k) !== 0 && E(i, G), V(
        /** @type {Effect} */
        i
      ));
    }
}
function nt(e) {
  var t = A, n = C, r = P, s = p, i = U, o = y, a = D, _ = fe, v = e.f;
  A = /** @type {null | Value[]} */
  null, C = 0, P = null, p = (v & (H | te)) === 0 ? e : null, U = null, ve(e.ctx), D = !1, fe = ++oe, e.ac !== null && (We(() => {
    e.ac.abort(de);
  }), e.ac = null);
  try {
    e.f |= Je;
    var d = (
      /** @type {Function} */
      e.fn
    ), l = d(), f = e.deps;
    if (A !== null) {
      var c;
      if (Ve(e, C), f !== null && C > 0)
        for (f.length = C + A.length, c = 0; c < A.length; c++)
          f[C + c] = A[c];
      else
        e.deps = f = A;
      if (vt() && (e.f & $) !== 0)
        for (c = C; c < f.length; c++)
          (f[c].reactions ??= []).push(e);
    } else f !== null && C < f.length && (Ve(e, C), f.length = C);
    if (Re() && P !== null && !D && f !== null && (e.f & (S | G | T)) === 0)
      for (c = 0; c < /** @type {Source[]} */
      P.length; c++)
        cn(
          P[c],
          /** @type {Effect} */
          e
        );
    if (s !== null && s !== e) {
      if (oe++, s.deps !== null)
        for (let h = 0; h < n; h += 1)
          s.deps[h].rv = oe;
      if (t !== null)
        for (const h of t)
          h.rv = oe;
      P !== null && (r === null ? r = P : r.push(.../** @type {Source[]} */
      P));
    }
    return (e.f & Z) !== 0 && (e.f ^= Z), l;
  } catch (h) {
    return Ft(h);
  } finally {
    e.f ^= Je, A = t, C = n, P = r, p = s, U = i, ve(o), D = a, fe = _;
  }
}
function Sr(e, t) {
  let n = t.reactions;
  if (n !== null) {
    var r = gn.call(n, e);
    if (r !== -1) {
      var s = n.length - 1;
      s === 0 ? n = t.reactions = null : (n[r] = n[s], n.pop());
    }
  }
  if (n === null && (t.f & S) !== 0 && // Destroying a child effect while updating a parent effect can cause a dependency to appear
  // to be unused, when in fact it is used by the currently-updating parent. Checking `new_deps`
  // allows us to skip the expensive work of disconnecting and immediately reconnecting it
  (A === null || !A.includes(t))) {
    var i = (
      /** @type {Derived} */
      t
    );
    (i.f & $) !== 0 && (i.f ^= $, i.f &= ~ee), ct(i), tt(i), Ve(i, 0);
  }
}
function Ve(e, t) {
  var n = e.deps;
  if (n !== null)
    for (var r = t; r < n.length; r++)
      Sr(e, n[r]);
}
function ke(e) {
  var t = e.f;
  if ((t & K) === 0) {
    E(e, k);
    var n = w, r = le;
    if (w = e, le = !0, u) {
      var s = Pe;
      bt(e.component_function);
      var i = (
        /** @type {any} */
        pe
      );
      je(e.dev_stack ?? pe);
    }
    try {
      (t & (Y | ot)) !== 0 ? mr(e) : rn(e), nn(e);
      var o = nt(e);
      e.teardown = typeof o == "function" ? o : null, e.wv = fn;
      var a;
      u && qn && (e.f & T) !== 0 && e.deps;
    } finally {
      le = r, w = n, u && (bt(s), je(i));
    }
  }
}
async function Ts() {
  await Promise.resolve(), Kn();
}
function ae(e) {
  var t = e.f, n = (t & S) !== 0;
  if (p !== null && !D) {
    var r = w !== null && (w.f & K) !== 0;
    if (!r && !U?.includes(e)) {
      var s = p.deps;
      if ((p.f & Je) !== 0)
        e.rv < oe && (e.rv = oe, A === null && s !== null && s[C] === e ? C++ : A === null ? A = [e] : A.push(e));
      else {
        (p.deps ??= []).push(e);
        var i = e.reactions;
        i === null ? e.reactions = [p] : i.includes(p) || i.push(p);
      }
    }
  }
  if (u && rr.delete(e), ue && J.has(e))
    return J.get(e);
  if (n) {
    var o = (
      /** @type {Derived} */
      e
    );
    if (ue) {
      var a = o.v;
      return ((o.f & k) === 0 && o.reactions !== null || dn(o)) && (a = dt(o)), J.set(o, a), a;
    }
    var _ = (o.f & $) === 0 && !D && p !== null && (le || (p.f & $) !== 0), v = o.deps === null;
    Me(o) && (_ && (o.f |= $), Ht(o)), _ && !v && _n(o);
  }
  if (M?.has(e))
    return M.get(e);
  if ((e.f & Z) !== 0)
    throw e.v;
  return e.v;
}
function _n(e) {
  if (e.deps !== null) {
    e.f |= $;
    for (const t of e.deps)
      (t.reactions ??= []).push(e), (t.f & S) !== 0 && (t.f & $) === 0 && _n(
        /** @type {Derived} */
        t
      );
  }
}
function dn(e) {
  if (e.v === x) return !0;
  if (e.deps === null) return !1;
  for (const t of e.deps)
    if (J.has(t) || (t.f & S) !== 0 && dn(
      /** @type {Derived} */
      t
    ))
      return !0;
  return !1;
}
function pt(e) {
  var t = D;
  try {
    return D = !0, e();
  } finally {
    D = t;
  }
}
function As(e, t) {
  var n = {};
  for (var r in e)
    t.includes(r) || (n[r] = e[r]);
  for (var s of Object.getOwnPropertySymbols(e))
    Object.propertyIsEnumerable.call(e, s) && !t.includes(s) && (n[s] = e[s]);
  return n;
}
function Os(e) {
  if (!(typeof e != "object" || !e || e instanceof EventTarget)) {
    if (X in e)
      rt(e);
    else if (!Array.isArray(e))
      for (let t in e) {
        const n = e[t];
        typeof n == "object" && n && X in n && rt(n);
      }
  }
}
function rt(e, t = /* @__PURE__ */ new Set()) {
  if (typeof e == "object" && e !== null && // We don't want to traverse DOM elements
  !(e instanceof EventTarget) && !t.has(e)) {
    t.add(e), e instanceof Date && e.getTime();
    for (let r in e)
      try {
        rt(e[r], t);
      } catch {
      }
    const n = Ct(e);
    if (n !== Object.prototype && n !== Array.prototype && n !== Map.prototype && n !== Set.prototype && n !== Date.prototype) {
      const r = bn(n);
      for (let s in r) {
        const i = r[s].get;
        if (i)
          try {
            i.call(e);
          } catch {
          }
      }
    }
  }
}
const hn = /* @__PURE__ */ new Set(), st = /* @__PURE__ */ new Set();
function vn(e, t, n, r = {}) {
  function s(i) {
    if (r.capture || me.call(t, i), !i.cancelBubble)
      return We(() => n?.call(this, i));
  }
  return e.startsWith("pointer") || e.startsWith("touch") || e === "wheel" ? $e(() => {
    t.addEventListener(e, s, r);
  }) : t.addEventListener(e, s, r), s;
}
function Cs(e, t, n, r = {}) {
  var s = vn(t, e, n, r);
  return () => {
    e.removeEventListener(t, s, r);
  };
}
function Ps(e, t, n, r, s) {
  var i = { capture: r, passive: s }, o = vn(e, t, n, i);
  (t === document.body || // @ts-ignore
  t === window || // @ts-ignore
  t === document || // Firefox has quirky behavior, it can happen that we still get "canplay" events when the element is already removed
  t instanceof HTMLMediaElement) && en(() => {
    t.removeEventListener(e, o, i);
  });
}
function Rs(e) {
  for (var t = 0; t < e.length; t++)
    hn.add(e[t]);
  for (var n of st)
    n(e);
}
let Ot = null;
function me(e) {
  var t = this, n = (
    /** @type {Node} */
    t.ownerDocument
  ), r = e.type, s = e.composedPath?.() || [], i = (
    /** @type {null | Element} */
    s[0] || e.target
  );
  Ot = e;
  var o = 0, a = Ot === e && e.__root;
  if (a) {
    var _ = s.indexOf(a);
    if (_ !== -1 && (t === document || t === /** @type {any} */
    window)) {
      e.__root = t;
      return;
    }
    var v = s.indexOf(t);
    if (v === -1)
      return;
    _ <= v && (o = _);
  }
  if (i = /** @type {Element} */
  s[o] || e.target, i !== t) {
    Q(e, "currentTarget", {
      configurable: !0,
      get() {
        return i || n;
      }
    });
    var d = p, l = w;
    O(null), F(null);
    try {
      for (var f, c = []; i !== null; ) {
        var h = i.assignedSlot || i.parentNode || /** @type {any} */
        i.host || null;
        try {
          var g = i["__" + r];
          g != null && (!/** @type {any} */
          i.disabled || // DOM could've been updated already by the time this is reached, so we check this as well
          // -> the target could not have been disabled because it emits the event in the first place
          e.target === i) && g.call(i, e);
        } catch (b) {
          f ? c.push(b) : f = b;
        }
        if (e.cancelBubble || h === t || h === null)
          break;
        i = h;
      }
      if (f) {
        for (let b of c)
          queueMicrotask(() => {
            throw b;
          });
        throw f;
      }
    } finally {
      e.__root = t, delete e.currentTarget, O(d), F(l);
    }
  }
}
function $s(e) {
  return e.endsWith("capture") && e !== "gotpointercapture" && e !== "lostpointercapture";
}
const kr = [
  "beforeinput",
  "click",
  "change",
  "dblclick",
  "contextmenu",
  "focusin",
  "focusout",
  "input",
  "keydown",
  "keyup",
  "mousedown",
  "mousemove",
  "mouseout",
  "mouseover",
  "mouseup",
  "pointerdown",
  "pointermove",
  "pointerout",
  "pointerover",
  "pointerup",
  "touchend",
  "touchmove",
  "touchstart"
];
function Is(e) {
  return kr.includes(e);
}
const Tr = {
  // no `class: 'className'` because we handle that separately
  formnovalidate: "formNoValidate",
  ismap: "isMap",
  nomodule: "noModule",
  playsinline: "playsInline",
  readonly: "readOnly",
  defaultvalue: "defaultValue",
  defaultchecked: "defaultChecked",
  srcobject: "srcObject",
  novalidate: "noValidate",
  allowfullscreen: "allowFullscreen",
  disablepictureinpicture: "disablePictureInPicture",
  disableremoteplayback: "disableRemotePlayback"
};
function Ms(e) {
  return e = e.toLowerCase(), Tr[e] ?? e;
}
const Ar = ["touchstart", "touchmove"];
function Or(e) {
  return Ar.includes(e);
}
function Ns(e, t) {
  var n = t == null ? "" : typeof t == "object" ? t + "" : t;
  n !== (e.__t ??= e.nodeValue) && (e.__t = n, e.nodeValue = n + "");
}
function Ds(e, t) {
  return Cr(e, t);
}
const _e = /* @__PURE__ */ new Map();
function Cr(e, { target: t, anchor: n, props: r = {}, events: s, context: i, intro: o = !0 }) {
  _r();
  var a = /* @__PURE__ */ new Set(), _ = (l) => {
    for (var f = 0; f < l.length; f++) {
      var c = l[f];
      if (!a.has(c)) {
        a.add(c);
        var h = Or(c);
        t.addEventListener(c, me, { passive: h });
        var g = _e.get(c);
        g === void 0 ? (document.addEventListener(c, me, { passive: h }), _e.set(c, 1)) : _e.set(c, g + 1);
      }
    }
  };
  _(mn(hn)), st.add(_);
  var v = void 0, d = pr(() => {
    var l = n ?? t.appendChild(Xt());
    return Qn(
      /** @type {TemplateNode} */
      l,
      {
        pending: () => {
        }
      },
      (f) => {
        if (i) {
          Vn({});
          var c = (
            /** @type {ComponentContext} */
            y
          );
          c.c = i;
        }
        s && (r.$$events = s), v = e(f, r) || {}, i && Yn();
      }
    ), () => {
      for (var f of a) {
        t.removeEventListener(f, me);
        var c = (
          /** @type {number} */
          _e.get(f)
        );
        --c === 0 ? (document.removeEventListener(f, me), _e.delete(f)) : _e.set(f, c);
      }
      st.delete(_), l !== n && l.parentNode?.removeChild(l);
    };
  });
  return it.set(v, d), v;
}
let it = /* @__PURE__ */ new WeakMap();
function Ls(e, t) {
  const n = it.get(e);
  return n ? (it.delete(e), n(t)) : (u && (X in e ? Ln() : Dn()), Promise.resolve());
}
if (u) {
  let e = function(t) {
    if (!(t in globalThis)) {
      let n;
      Object.defineProperty(globalThis, t, {
        configurable: !0,
        // eslint-disable-next-line getter-return
        get: () => {
          if (n !== void 0)
            return n;
          Rn(t);
        },
        set: (r) => {
          n = r;
        }
      });
    }
  };
  e("$state"), e("$effect"), e("$derived"), e("$inspect"), e("$props"), e("$bindable");
}
function Pr(e) {
  y === null && ft("onMount"), Ce && y.l !== null ? Rr(y).m.push(e) : vr(() => {
    const t = pt(e);
    if (typeof t == "function") return (
      /** @type {() => void} */
      t
    );
  });
}
function Fs(e) {
  y === null && ft("onDestroy"), Pr(() => () => pt(e));
}
function Rr(e) {
  var t = (
    /** @type {ComponentContextLegacy} */
    e.l
  );
  return t.u ??= { a: [], b: [], m: [] };
}
export {
  Yr as $,
  Ie as A,
  Ir as B,
  Xr as C,
  u as D,
  Se as E,
  $e as F,
  Nr as G,
  ps as H,
  q as I,
  Ge as J,
  Es as K,
  pt as L,
  Os as M,
  jn as N,
  Ss as O,
  is as P,
  _s as Q,
  en as R,
  tr as S,
  Ur as T,
  Hr as U,
  $s as V,
  vn as W,
  Rs as X,
  ys as Y,
  Ms as Z,
  x as _,
  Jt as a,
  Qr as a0,
  Is as a1,
  bn as a2,
  gs as a3,
  ts as a4,
  Ts as a5,
  Ze as a6,
  X as a7,
  y as a8,
  ms as a9,
  ds as aA,
  Zr as aB,
  hs as aC,
  xs as aD,
  vs as aE,
  Ns as aF,
  bs as aG,
  z as aH,
  Xn as aI,
  Cs as aJ,
  Fs as aK,
  Ps as aL,
  Kr as aM,
  os as aN,
  St as aO,
  As as aP,
  vt as aQ,
  Ds as aR,
  Ls as aS,
  Sn as aa,
  vr as ab,
  zr as ac,
  _t as ad,
  Wr as ae,
  ss as af,
  he as ag,
  rs as ah,
  jr as ai,
  ge as aj,
  se as ak,
  K as al,
  qr as am,
  Lr as an,
  ue as ao,
  Br as ap,
  Jr as aq,
  Gr as ar,
  Ce as as,
  Fr as at,
  fs as au,
  as as av,
  ls as aw,
  Vn as ax,
  Yn as ay,
  us as az,
  zt as b,
  Xt as c,
  w as d,
  Vr as e,
  m as f,
  Ct as g,
  L as h,
  yn as i,
  re as j,
  gr as k,
  ns as l,
  Er as m,
  yr as n,
  En as o,
  De as p,
  ae as q,
  ks as r,
  ws as s,
  Be as t,
  Mr as u,
  ir as v,
  mn as w,
  $r as x,
  Dr as y,
  cs as z
};
