const lr = 2, b = Symbol(), Gt = Symbol("filename"), st = globalThis.process?.env?.NODE_ENV, _ = st && !st.toLowerCase().startsWith("prod");
var Ht = Array.isArray, Zt = Array.prototype.indexOf, Xt = Array.from, _e = Object.defineProperty, ae = Object.getOwnPropertyDescriptor, Jt = Object.prototype, Qt = Array.prototype, en = Object.getPrototypeOf, lt = Object.isExtensible;
function tn(e) {
  for (var t = 0; t < e.length; t++)
    e[t]();
}
function vt() {
  var e, t, n = new Promise((i, r) => {
    e = i, t = r;
  });
  return { promise: n, resolve: e, reject: t };
}
const E = 2, Ve = 4, Ce = 8, pt = 1 << 24, Y = 16, se = 32, le = 64, Ze = 128, N = 512, k = 1024, A = 2048, U = 4096, z = 8192, K = 16384, yt = 32768, Ae = 65536, Oe = 1 << 17, gt = 1 << 18, ye = 1 << 19, nn = 1 << 20, H = 32768, Be = 1 << 21, je = 1 << 22, W = 1 << 23, ce = Symbol("$state"), wt = Symbol("proxy path"), oe = new class extends Error {
  name = "StaleReactionError";
  message = "The reaction that called `getAbortSignal()` was re-run or destroyed";
}();
function rn() {
  if (_) {
    const e = new Error("async_derived_orphan\nCannot create a `$derived(...)` with an `await` expression outside of an effect tree\nhttps://svelte.dev/e/async_derived_orphan");
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/async_derived_orphan");
}
function sn() {
  if (_) {
    const e = new Error(`derived_references_self
A derived value cannot reference itself recursively
https://svelte.dev/e/derived_references_self`);
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/derived_references_self");
}
function ln() {
  if (_) {
    const e = new Error(`effect_update_depth_exceeded
Maximum update depth exceeded. This typically indicates that an effect reads and writes the same piece of state
https://svelte.dev/e/effect_update_depth_exceeded`);
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/effect_update_depth_exceeded");
}
function fn(e) {
  if (_) {
    const t = new Error(`rune_outside_svelte
The \`${e}\` rune is only available inside \`.svelte\` and \`.svelte.js/ts\` files
https://svelte.dev/e/rune_outside_svelte`);
    throw t.name = "Svelte error", t;
  } else
    throw new Error("https://svelte.dev/e/rune_outside_svelte");
}
function on() {
  if (_) {
    const e = new Error("state_descriptors_fixed\nProperty descriptors defined on `$state` objects must contain `value` and always be `enumerable`, `configurable` and `writable`.\nhttps://svelte.dev/e/state_descriptors_fixed");
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/state_descriptors_fixed");
}
function un() {
  if (_) {
    const e = new Error("state_prototype_fixed\nCannot set prototype of `$state` object\nhttps://svelte.dev/e/state_prototype_fixed");
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/state_prototype_fixed");
}
function an() {
  if (_) {
    const e = new Error("state_unsafe_mutation\nUpdating state inside `$derived(...)`, `$inspect(...)` or a template expression is forbidden. If the value should not be reactive, declare it without `$state`\nhttps://svelte.dev/e/state_unsafe_mutation");
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/state_unsafe_mutation");
}
function cn() {
  if (_) {
    const e = new Error("svelte_boundary_reset_onerror\nA `<svelte:boundary>` `reset` function cannot be called while an error is still being handled\nhttps://svelte.dev/e/svelte_boundary_reset_onerror");
    throw e.name = "Svelte error", e;
  } else
    throw new Error("https://svelte.dev/e/svelte_boundary_reset_onerror");
}
var De = "font-weight: bold", Me = "font-weight: normal";
function _n() {
  _ ? console.warn(`%c[svelte] lifecycle_double_unmount
%cTried to unmount a component that was not mounted
https://svelte.dev/e/lifecycle_double_unmount`, De, Me) : console.warn("https://svelte.dev/e/lifecycle_double_unmount");
}
function qe(e) {
  _ ? console.warn(`%c[svelte] state_proxy_equality_mismatch
%cReactive \`$state(...)\` proxies and the values they proxy have different identities. Because of this, comparisons with \`${e}\` will produce unexpected results
https://svelte.dev/e/state_proxy_equality_mismatch`, De, Me) : console.warn("https://svelte.dev/e/state_proxy_equality_mismatch");
}
function dn() {
  _ ? console.warn(`%c[svelte] state_proxy_unmount
%cTried to unmount a state proxy, rather than a component
https://svelte.dev/e/state_proxy_unmount`, De, Me) : console.warn("https://svelte.dev/e/state_proxy_unmount");
}
function hn() {
  _ ? console.warn("%c[svelte] svelte_boundary_reset_noop\n%cA `<svelte:boundary>` `reset` function only resets the boundary the first time it is called\nhttps://svelte.dev/e/svelte_boundary_reset_noop", De, Me) : console.warn("https://svelte.dev/e/svelte_boundary_reset_noop");
}
function mt(e) {
  return e === this.v;
}
let vn = !1;
function j(e, t) {
  return e.label = t, bt(e.v, t), e;
}
function bt(e, t) {
  return e?.[wt]?.(t), e;
}
function pn(e) {
  const t = new Error(), n = yn();
  return n.length === 0 ? null : (n.unshift(`
`), _e(t, "stack", {
    value: n.join(`
`)
  }), _e(t, "name", {
    value: e
  }), /** @type {Error & { stack: string }} */
  t);
}
function yn() {
  const e = Error.stackTraceLimit;
  Error.stackTraceLimit = 1 / 0;
  const t = new Error().stack;
  if (Error.stackTraceLimit = e, !t) return [];
  const n = t.split(`
`), i = [];
  for (let r = 0; r < n.length; r++) {
    const s = n[r], l = s.replaceAll("\\", "/");
    if (s.trim() !== "Error") {
      if (s.includes("validate_each_keys"))
        return [];
      l.includes("svelte/src/internal") || l.includes("node_modules/.vite") || i.push(s);
    }
  }
  return i;
}
let $ = null;
function de(e) {
  $ = e;
}
let me = null;
function $e(e) {
  me = e;
}
let Ee = null;
function ft(e) {
  Ee = e;
}
function gn(e, t = !1, n) {
  $ = {
    p: $,
    i: !1,
    c: null,
    e: null,
    s: e,
    x: null,
    l: null
  }, _ && ($.function = n, Ee = n);
}
function wn(e) {
  var t = (
    /** @type {ComponentContext} */
    $
  ), n = t.e;
  if (n !== null) {
    t.e = null;
    for (var i of n)
      Bn(i);
  }
  return t.i = !0, $ = t.p, _ && (Ee = $?.function ?? null), /** @type {T} */
  {};
}
function Et() {
  return !0;
}
let ue = [];
function mn() {
  var e = ue;
  ue = [], tn(e);
}
function Xe(e) {
  if (ue.length === 0) {
    var t = ue;
    queueMicrotask(() => {
      t === ue && mn();
    });
  }
  ue.push(e);
}
const ze = /* @__PURE__ */ new WeakMap();
function xt(e) {
  var t = y;
  if (t === null)
    return p.f |= W, e;
  if (_ && e instanceof Error && !ze.has(e) && ze.set(e, bn(e, t)), (t.f & yt) === 0) {
    if ((t.f & Ze) === 0)
      throw _ && !t.parent && e instanceof Error && kt(e), e;
    t.b.error(e);
  } else
    he(e, t);
}
function he(e, t) {
  for (; t !== null; ) {
    if ((t.f & Ze) !== 0)
      try {
        t.b.error(e);
        return;
      } catch (n) {
        e = n;
      }
    t = t.parent;
  }
  throw _ && e instanceof Error && kt(e), e;
}
function bn(e, t) {
  const n = ae(e, "message");
  if (!(n && !n.configurable)) {
    for (var i = Ft ? "  " : "	", r = `
${i}in ${t.fn?.name || "<unknown>"}`, s = t.ctx; s !== null; )
      r += `
${i}in ${s.function?.[Gt].split("/").pop()}`, s = s.p;
    return {
      message: e.message + `
${r}
`,
      stack: e.stack?.split(`
`).filter((l) => !l.includes("svelte/src/internal")).join(`
`)
    };
  }
}
function kt(e) {
  const t = ze.get(e);
  t && (_e(e, "message", {
    value: t.message
  }), _e(e, "stack", {
    value: t.stack
  }));
}
const En = -7169;
function x(e, t) {
  e.f = e.f & En | t;
}
function Je(e) {
  (e.f & N) !== 0 || e.deps === null ? x(e, k) : x(e, U);
}
function St(e) {
  if (e !== null)
    for (const t of e)
      (t.f & E) === 0 || (t.f & H) === 0 || (t.f ^= H, St(
        /** @type {Derived} */
        t.deps
      ));
}
function Tt(e, t, n) {
  (e.f & A) !== 0 ? t.add(e) : (e.f & U) !== 0 && n.add(e), St(e.deps), x(e, k);
}
const ke = /* @__PURE__ */ new Set();
let w = null, F = null, D = [], Qe = null, Ke = !1;
class M {
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
  #l = 0;
  /**
   * A deferred that resolves when the batch is committed, used with `settled()`
   * TODO replace with Promise.withResolvers once supported widely enough
   * @type {{ promise: Promise<void>, resolve: (value?: any) => void, reject: (reason: unknown) => void } | null}
   */
  #i = null;
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
    return this.is_fork || this.#l > 0;
  }
  /**
   *
   * @param {Effect[]} root_effects
   */
  process(t) {
    D = [], this.apply();
    var n = [], i = [];
    for (const r of t)
      this.#s(r, n, i);
    this.is_fork || this.#o(), this.is_deferred() ? (this.#f(i), this.#f(n)) : (w = null, ot(i), ot(n), this.#i?.resolve()), F = null;
  }
  /**
   * Traverse the effect tree, executing effects or stashing
   * them for later execution as appropriate
   * @param {Effect} root
   * @param {Effect[]} effects
   * @param {Effect[]} render_effects
   */
  #s(t, n, i) {
    t.f ^= k;
    for (var r = t.first, s = null; r !== null; ) {
      var l = r.f, u = (l & (se | le)) !== 0, c = u && (l & k) !== 0, v = c || (l & z) !== 0 || this.skipped_effects.has(r);
      if (!v && r.fn !== null) {
        u ? r.f ^= k : s !== null && (l & (Ve | Ce | pt)) !== 0 ? s.b.defer_effect(r) : (l & Ve) !== 0 ? n.push(r) : xe(r) && ((l & Y) !== 0 && this.#n.add(r), be(r));
        var d = r.first;
        if (d !== null) {
          r = d;
          continue;
        }
      }
      var f = r.parent;
      for (r = r.next; r === null && f !== null; )
        f === s && (s = null), r = f.next, f = f.parent;
    }
  }
  /**
   * @param {Effect[]} effects
   */
  #f(t) {
    for (var n = 0; n < t.length; n += 1)
      Tt(t[n], this.#n, this.#e);
  }
  /**
   * Associate a change to a given source with the current
   * batch, noting its previous and current values
   * @param {Source} source
   * @param {any} value
   */
  capture(t, n) {
    n !== b && !this.previous.has(t) && this.previous.set(t, n), (t.f & W) === 0 && (this.current.set(t, t.v), F?.set(t, t.v));
  }
  activate() {
    w = this, this.apply();
  }
  deactivate() {
    w === this && (w = null, F = null);
  }
  flush() {
    if (this.activate(), D.length > 0) {
      if (xn(), w !== null && w !== this)
        return;
    } else this.#r === 0 && this.process([]);
    this.deactivate();
  }
  discard() {
    for (const t of this.#_) t(this);
    this.#_.clear();
  }
  #o() {
    if (this.#l === 0) {
      for (const t of this.#t) t();
      this.#t.clear();
    }
    this.#r === 0 && this.#u();
  }
  #u() {
    if (ke.size > 1) {
      this.previous.clear();
      var t = F, n = !0;
      for (const r of ke) {
        if (r === this) {
          n = !1;
          continue;
        }
        const s = [];
        for (const [u, c] of this.current) {
          if (r.current.has(u))
            if (n && c !== r.current.get(u))
              r.current.set(u, c);
            else
              continue;
          s.push(u);
        }
        if (s.length === 0)
          continue;
        const l = [...r.current.keys()].filter((u) => !this.current.has(u));
        if (l.length > 0) {
          var i = D;
          D = [];
          const u = /* @__PURE__ */ new Set(), c = /* @__PURE__ */ new Map();
          for (const v of s)
            At(v, l, u, c);
          if (D.length > 0) {
            w = r, r.apply();
            for (const v of D)
              r.#s(v, [], []);
            r.deactivate();
          }
          D = i;
        }
      }
      w = null, F = t;
    }
    this.committed = !0, ke.delete(this);
  }
  /**
   *
   * @param {boolean} blocking
   */
  increment(t) {
    this.#r += 1, t && (this.#l += 1);
  }
  /**
   *
   * @param {boolean} blocking
   */
  decrement(t) {
    this.#r -= 1, t && (this.#l -= 1), this.revive();
  }
  revive() {
    for (const t of this.#n)
      this.#e.delete(t), x(t, A), Z(t);
    for (const t of this.#e)
      x(t, U), Z(t);
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
    return (this.#i ??= vt()).promise;
  }
  static ensure() {
    if (w === null) {
      const t = w = new M();
      ke.add(w), M.enqueue(() => {
        w === t && t.flush();
      });
    }
    return w;
  }
  /** @param {() => void} task */
  static enqueue(t) {
    Xe(t);
  }
  apply() {
  }
}
function xn() {
  var e = re;
  Ke = !0;
  var t = _ ? /* @__PURE__ */ new Set() : null;
  try {
    var n = 0;
    for (Fe(!0); D.length > 0; ) {
      var i = M.ensure();
      if (n++ > 1e3) {
        if (_) {
          var r = /* @__PURE__ */ new Map();
          for (const l of i.current.keys())
            for (const [u, c] of l.updated ?? []) {
              var s = r.get(u);
              s || (s = { error: c.error, count: 0 }, r.set(u, s)), s.count += c.count;
            }
          for (const l of r.values())
            l.error && console.error(l.error);
        }
        kn();
      }
      if (i.process(D), G.clear(), _)
        for (const l of i.current.keys())
          t.add(l);
    }
  } finally {
    if (Ke = !1, Fe(e), Qe = null, _)
      for (
        const l of
        /** @type {Set<Source>} */
        t
      )
        l.updated = null;
  }
}
function kn() {
  try {
    ln();
  } catch (e) {
    _ && _e(e, "stack", { value: "" }), he(e, Qe);
  }
}
let L = null;
function ot(e) {
  var t = e.length;
  if (t !== 0) {
    for (var n = 0; n < t; ) {
      var i = e[n++];
      if ((i.f & (K | z)) === 0 && xe(i) && (L = /* @__PURE__ */ new Set(), be(i), i.deps === null && i.first === null && i.nodes === null && (i.teardown === null && i.ac === null ? qt(i) : i.fn = null), L?.size > 0)) {
        G.clear();
        for (const r of L) {
          if ((r.f & (K | z)) !== 0) continue;
          const s = [r];
          let l = r.parent;
          for (; l !== null; )
            L.has(l) && (L.delete(l), s.push(l)), l = l.parent;
          for (let u = s.length - 1; u >= 0; u--) {
            const c = s[u];
            (c.f & (K | z)) === 0 && be(c);
          }
        }
        L.clear();
      }
    }
    L = null;
  }
}
function At(e, t, n, i) {
  if (!n.has(e) && (n.add(e), e.reactions !== null))
    for (const r of e.reactions) {
      const s = r.f;
      (s & E) !== 0 ? At(
        /** @type {Derived} */
        r,
        t,
        n,
        i
      ) : (s & (je | Y)) !== 0 && (s & A) === 0 && Ot(r, t, i) && (x(r, A), Z(
        /** @type {Effect} */
        r
      ));
    }
}
function Ot(e, t, n) {
  const i = n.get(e);
  if (i !== void 0) return i;
  if (e.deps !== null)
    for (const r of e.deps) {
      if (t.includes(r))
        return !0;
      if ((r.f & E) !== 0 && Ot(
        /** @type {Derived} */
        r,
        t,
        n
      ))
        return n.set(
          /** @type {Derived} */
          r,
          !0
        ), !0;
    }
  return n.set(e, !1), !1;
}
function Z(e) {
  for (var t = Qe = e; t.parent !== null; ) {
    t = t.parent;
    var n = t.f;
    if (Ke && t === y && (n & Y) !== 0 && (n & gt) === 0)
      return;
    if ((n & (le | se)) !== 0) {
      if ((n & k) === 0) return;
      t.f ^= k;
    }
  }
  D.push(t);
}
function Sn(e) {
  let t = 0, n = Ie(0), i;
  return _ && j(n, "createSubscriber version"), () => {
    nt() && (ne(n), Wn(() => (t === 0 && (i = tr(() => e(() => we(n)))), t += 1, () => {
      Xe(() => {
        t -= 1, t === 0 && (i?.(), i = void 0, we(n));
      });
    })));
  };
}
var Tn = Ae | ye | Ze;
function An(e, t, n) {
  new On(e, t, n);
}
class On {
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
  #l;
  /** @type {Effect} */
  #i;
  /** @type {Effect | null} */
  #n = null;
  /** @type {Effect | null} */
  #e = null;
  /** @type {Effect | null} */
  #s = null;
  /** @type {DocumentFragment | null} */
  #f = null;
  /** @type {TemplateNode | null} */
  #o = null;
  #u = 0;
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
  #a = null;
  #m = Sn(() => (this.#a = Ie(this.#u), _ && j(this.#a, "$effect.pending()"), () => {
    this.#a = null;
  }));
  /**
   * @param {TemplateNode} node
   * @param {BoundaryProps} props
   * @param {((anchor: Node) => void)} children
   */
  constructor(t, n, i) {
    this.#t = t, this.#r = n, this.#l = i, this.parent = /** @type {Effect} */
    y.b, this.is_pending = !!this.#r.pending, this.#i = Gn(() => {
      y.b = this;
      {
        var r = this.#g();
        try {
          this.#n = Q(() => i(r));
        } catch (s) {
          this.error(s);
        }
        this.#c > 0 ? this.#y() : this.is_pending = !1;
      }
      return () => {
        this.#o?.remove();
      };
    }, Tn);
  }
  #b() {
    try {
      this.#n = Q(() => this.#l(this.#t));
    } catch (t) {
      this.error(t);
    }
  }
  #E() {
    const t = this.#r.pending;
    t && (this.#e = Q(() => t(this.#t)), M.enqueue(() => {
      var n = this.#g();
      this.#n = this.#p(() => (M.ensure(), Q(() => this.#l(n)))), this.#c > 0 ? this.#y() : (Te(
        /** @type {Effect} */
        this.#e,
        () => {
          this.#e = null;
        }
      ), this.is_pending = !1);
    }));
  }
  #g() {
    var t = this.#t;
    return this.is_pending && (this.#o = jt(), this.#t.before(this.#o), t = this.#o), t;
  }
  /**
   * Defer an effect inside a pending boundary until the boundary resolves
   * @param {Effect} effect
   */
  defer_effect(t) {
    Tt(t, this.#h, this.#v);
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
    var n = y, i = p, r = $;
    C(this.#i), T(this.#i), de(this.#i.ctx);
    try {
      return t();
    } catch (s) {
      return xt(s), null;
    } finally {
      C(n), T(i), de(r);
    }
  }
  #y() {
    const t = (
      /** @type {(anchor: Node) => void} */
      this.#r.pending
    );
    this.#n !== null && (this.#f = document.createDocumentFragment(), this.#f.append(
      /** @type {TemplateNode} */
      this.#o
    ), Xn(this.#n, this.#f)), this.#e === null && (this.#e = Q(() => t(this.#t)));
  }
  /**
   * Updates the pending count associated with the currently visible pending snippet,
   * if any, such that we can replace the snippet with content once work is done
   * @param {1 | -1} d
   */
  #w(t) {
    if (!this.has_pending_snippet()) {
      this.parent && this.parent.#w(t);
      return;
    }
    if (this.#c += t, this.#c === 0) {
      this.is_pending = !1;
      for (const n of this.#h)
        x(n, A), Z(n);
      for (const n of this.#v)
        x(n, U), Z(n);
      this.#h.clear(), this.#v.clear(), this.#e && Te(this.#e, () => {
        this.#e = null;
      }), this.#f && (this.#t.before(this.#f), this.#f = null);
    }
  }
  /**
   * Update the source that powers `$effect.pending()` inside this boundary,
   * and controls when the current `pending` snippet (if any) is removed.
   * Do not call from inside the class
   * @param {1 | -1} d
   */
  update_pending_count(t) {
    this.#w(t), this.#u += t, this.#a && Ne(this.#a, this.#u);
  }
  get_effect_pending() {
    return this.#m(), ne(
      /** @type {Source<number>} */
      this.#a
    );
  }
  /** @param {unknown} error */
  error(t) {
    var n = this.#r.onerror;
    let i = this.#r.failed;
    if (this.#d || !n && !i)
      throw t;
    this.#n && (I(this.#n), this.#n = null), this.#e && (I(this.#e), this.#e = null), this.#s && (I(this.#s), this.#s = null);
    var r = !1, s = !1;
    const l = () => {
      if (r) {
        hn();
        return;
      }
      r = !0, s && cn(), M.ensure(), this.#u = 0, this.#s !== null && Te(this.#s, () => {
        this.#s = null;
      }), this.is_pending = this.has_pending_snippet(), this.#n = this.#p(() => (this.#d = !1, Q(() => this.#l(this.#t)))), this.#c > 0 ? this.#y() : this.is_pending = !1;
    };
    var u = p;
    try {
      T(null), s = !0, n?.(t, l), s = !1;
    } catch (c) {
      he(c, this.#i && this.#i.parent);
    } finally {
      T(u);
    }
    i && Xe(() => {
      this.#s = this.#p(() => {
        M.ensure(), this.#d = !0;
        try {
          return Q(() => {
            i(
              this.#t,
              () => t,
              () => l
            );
          });
        } catch (c) {
          return he(
            c,
            /** @type {Effect} */
            this.#i.parent
          ), null;
        } finally {
          this.#d = !1;
        }
      });
    });
  }
}
function $n(e, t, n, i) {
  const r = Fn;
  if (n.length === 0 && e.length === 0) {
    i(t.map(r));
    return;
  }
  var s = w, l = (
    /** @type {Effect} */
    y
  ), u = Rn();
  function c() {
    Promise.all(n.map((v) => /* @__PURE__ */ Pn(v))).then((v) => {
      u();
      try {
        i([...t.map(r), ...v]);
      } catch (d) {
        (l.f & K) === 0 && he(d, l);
      }
      s?.deactivate(), Re();
    }).catch((v) => {
      he(v, l);
    });
  }
  e.length > 0 ? Promise.all(e).then(() => {
    u();
    try {
      return c();
    } finally {
      s?.deactivate(), Re();
    }
  }) : c();
}
function Rn() {
  var e = y, t = p, n = $, i = w;
  if (_)
    var r = me;
  return function(l = !0) {
    C(e), T(t), de(n), l && i?.activate(), _ && $e(r);
  };
}
function Re() {
  C(null), T(null), de(null), _ && $e(null);
}
const Nn = /* @__PURE__ */ new Set();
// @__NO_SIDE_EFFECTS__
function Fn(e) {
  var t = E | A, n = p !== null && (p.f & E) !== 0 ? (
    /** @type {Derived} */
    p
  ) : null;
  return y !== null && (y.f |= ye), {
    ctx: $,
    deps: null,
    effects: null,
    equals: mt,
    f: t,
    fn: e,
    reactions: null,
    rv: 0,
    v: (
      /** @type {V} */
      b
    ),
    wv: 0,
    parent: n ?? y,
    ac: null
  };
}
// @__NO_SIDE_EFFECTS__
function Pn(e, t, n) {
  let i = (
    /** @type {Effect | null} */
    y
  );
  i === null && rn();
  var r = (
    /** @type {Boundary} */
    i.b
  ), s = (
    /** @type {Promise<V>} */
    /** @type {unknown} */
    void 0
  ), l = Ie(
    /** @type {V} */
    b
  );
  _ && (l.label = t);
  var u = !p, c = /* @__PURE__ */ new Map();
  return Kn(() => {
    var v = vt();
    s = v.promise;
    try {
      Promise.resolve(e()).then(v.resolve, v.reject).then(() => {
        d === w && d.committed && d.deactivate(), Re();
      });
    } catch (a) {
      v.reject(a), Re();
    }
    var d = (
      /** @type {Batch} */
      w
    );
    if (u) {
      var f = r.is_rendered();
      r.update_pending_count(1), d.increment(f), c.get(d)?.reject(oe), c.delete(d), c.set(d, v);
    }
    const o = (a, h = void 0) => {
      if (d.activate(), h)
        h !== oe && (l.f |= W, Ne(l, h));
      else {
        (l.f & W) !== 0 && (l.f ^= W), Ne(l, a);
        for (const [g, m] of c) {
          if (c.delete(g), g === d) break;
          m.reject(oe);
        }
      }
      u && (r.update_pending_count(-1), d.decrement(f));
    };
    v.promise.then(o, (a) => o(null, a || "unknown"));
  }), Vn(() => {
    for (const v of c.values())
      v.reject(oe);
  }), _ && (l.f |= je), new Promise((v) => {
    function d(f) {
      function o() {
        f === s ? v(l) : d(s);
      }
      f.then(o, o);
    }
    d(s);
  });
}
function We(e) {
  var t = e.effects;
  if (t !== null) {
    e.effects = null;
    for (var n = 0; n < t.length; n += 1)
      I(
        /** @type {Effect} */
        t[n]
      );
  }
}
let Ye = [];
function Cn(e) {
  for (var t = e.parent; t !== null; ) {
    if ((t.f & E) === 0)
      return (t.f & K) === 0 ? (
        /** @type {Effect} */
        t
      ) : null;
    t = t.parent;
  }
  return null;
}
function et(e) {
  var t, n = y;
  if (C(Cn(e)), _) {
    let i = ve;
    ut(/* @__PURE__ */ new Set());
    try {
      Ye.includes(e) && sn(), Ye.push(e), e.f &= ~H, We(e), t = Ge(e);
    } finally {
      C(n), ut(i), Ye.pop();
    }
  } else
    try {
      e.f &= ~H, We(e), t = Ge(e);
    } finally {
      C(n);
    }
  return t;
}
function $t(e) {
  var t = et(e);
  if (!e.equals(t) && (e.wv = Vt(), (!w?.is_fork || e.deps === null) && (e.v = t, e.deps === null))) {
    x(e, k);
    return;
  }
  pe || (F !== null ? (nt() || w?.is_fork) && F.set(e, t) : Je(e));
}
let ve = /* @__PURE__ */ new Set();
const G = /* @__PURE__ */ new Map();
function ut(e) {
  ve = e;
}
let tt = !1;
function jn() {
  tt = !0;
}
function Ie(e, t) {
  var n = {
    f: 0,
    // TODO ideally we could skip this altogether, but it causes type errors
    v: e,
    reactions: null,
    equals: mt,
    rv: 0,
    wv: 0
  };
  return n;
}
// @__NO_SIDE_EFFECTS__
function B(e, t) {
  const n = Ie(e);
  return Jn(n), n;
}
function ee(e, t, n = !1) {
  p !== null && // since we are untracking the function inside `$inspect.with` we need to add this check
  // to ensure we error if state is set inside an inspect effect
  (!P || (p.f & Oe) !== 0) && Et() && (p.f & (E | Y | je | Oe)) !== 0 && !q?.includes(e) && an();
  let i = n ? ge(t) : t;
  return _ && bt(
    i,
    /** @type {string} */
    e.label
  ), Ne(e, i);
}
function Ne(e, t) {
  if (!e.equals(t)) {
    var n = e.v;
    pe ? G.set(e, t) : G.set(e, n), e.v = t;
    var i = M.ensure();
    if (i.capture(e, n), _) {
      if (y !== null) {
        e.updated ??= /* @__PURE__ */ new Map();
        const r = (e.updated.get("")?.count ?? 0) + 1;
        if (e.updated.set("", { error: (
          /** @type {any} */
          null
        ), count: r }), r > 5) {
          const s = pn("updated at");
          if (s !== null) {
            let l = e.updated.get(s.stack);
            l || (l = { error: s, count: 0 }, e.updated.set(s.stack, l)), l.count++;
          }
        }
      }
      y !== null && (e.set_during_effect = !0);
    }
    if ((e.f & E) !== 0) {
      const r = (
        /** @type {Derived} */
        e
      );
      (e.f & A) !== 0 && et(r), Je(r);
    }
    e.wv = Vt(), Nt(e, A), y !== null && (y.f & k) !== 0 && (y.f & (se | le)) === 0 && (R === null ? Qn([e]) : R.push(e)), !i.is_fork && ve.size > 0 && !tt && Rt();
  }
  return t;
}
function Rt() {
  tt = !1;
  var e = re;
  Fe(!0);
  const t = Array.from(ve);
  try {
    for (const n of t)
      (n.f & k) !== 0 && x(n, U), xe(n) && be(n);
  } finally {
    Fe(e);
  }
  ve.clear();
}
function we(e) {
  ee(e, e.v + 1);
}
function Nt(e, t) {
  var n = e.reactions;
  if (n !== null)
    for (var i = n.length, r = 0; r < i; r++) {
      var s = n[r], l = s.f;
      if (_ && (l & Oe) !== 0) {
        ve.add(s);
        continue;
      }
      var u = (l & A) === 0;
      if (u && x(s, t), (l & E) !== 0) {
        var c = (
          /** @type {Derived} */
          s
        );
        F?.delete(c), (l & H) === 0 && (l & N && (s.f |= H), Nt(c, U));
      } else u && ((l & Y) !== 0 && L !== null && L.add(
        /** @type {Effect} */
        s
      ), Z(
        /** @type {Effect} */
        s
      ));
    }
}
const Dn = /^[a-zA-Z_$][a-zA-Z_$0-9]*$/;
function ge(e) {
  if (typeof e != "object" || e === null || ce in e)
    return e;
  const t = en(e);
  if (t !== Jt && t !== Qt)
    return e;
  var n = /* @__PURE__ */ new Map(), i = Ht(e), r = /* @__PURE__ */ B(0), s = ie, l = (d) => {
    if (ie === s)
      return d();
    var f = p, o = ie;
    T(null), _t(s);
    var a = d();
    return T(f), _t(o), a;
  };
  i && (n.set("length", /* @__PURE__ */ B(
    /** @type {any[]} */
    e.length
  )), _ && (e = /** @type {any} */
  In(
    /** @type {any[]} */
    e
  )));
  var u = "";
  let c = !1;
  function v(d) {
    if (!c) {
      c = !0, u = d, j(r, `${u} version`);
      for (const [f, o] of n)
        j(o, J(u, f));
      c = !1;
    }
  }
  return new Proxy(
    /** @type {any} */
    e,
    {
      defineProperty(d, f, o) {
        (!("value" in o) || o.configurable === !1 || o.enumerable === !1 || o.writable === !1) && on();
        var a = n.get(f);
        return a === void 0 ? a = l(() => {
          var h = /* @__PURE__ */ B(o.value);
          return n.set(f, h), _ && typeof f == "string" && j(h, J(u, f)), h;
        }) : ee(a, o.value, !0), !0;
      },
      deleteProperty(d, f) {
        var o = n.get(f);
        if (o === void 0) {
          if (f in d) {
            const a = l(() => /* @__PURE__ */ B(b));
            n.set(f, a), we(r), _ && j(a, J(u, f));
          }
        } else
          ee(o, b), we(r);
        return !0;
      },
      get(d, f, o) {
        if (f === ce)
          return e;
        if (_ && f === wt)
          return v;
        var a = n.get(f), h = f in d;
        if (a === void 0 && (!h || ae(d, f)?.writable) && (a = l(() => {
          var m = ge(h ? d[f] : b), V = /* @__PURE__ */ B(m);
          return _ && j(V, J(u, f)), V;
        }), n.set(f, a)), a !== void 0) {
          var g = ne(a);
          return g === b ? void 0 : g;
        }
        return Reflect.get(d, f, o);
      },
      getOwnPropertyDescriptor(d, f) {
        var o = Reflect.getOwnPropertyDescriptor(d, f);
        if (o && "value" in o) {
          var a = n.get(f);
          a && (o.value = ne(a));
        } else if (o === void 0) {
          var h = n.get(f), g = h?.v;
          if (h !== void 0 && g !== b)
            return {
              enumerable: !0,
              configurable: !0,
              value: g,
              writable: !0
            };
        }
        return o;
      },
      has(d, f) {
        if (f === ce)
          return !0;
        var o = n.get(f), a = o !== void 0 && o.v !== b || Reflect.has(d, f);
        if (o !== void 0 || y !== null && (!a || ae(d, f)?.writable)) {
          o === void 0 && (o = l(() => {
            var g = a ? ge(d[f]) : b, m = /* @__PURE__ */ B(g);
            return _ && j(m, J(u, f)), m;
          }), n.set(f, o));
          var h = ne(o);
          if (h === b)
            return !1;
        }
        return a;
      },
      set(d, f, o, a) {
        var h = n.get(f), g = f in d;
        if (i && f === "length")
          for (var m = o; m < /** @type {Source<number>} */
          h.v; m += 1) {
            var V = n.get(m + "");
            V !== void 0 ? ee(V, b) : m in d && (V = l(() => /* @__PURE__ */ B(b)), n.set(m + "", V), _ && j(V, J(u, m)));
          }
        if (h === void 0)
          (!g || ae(d, f)?.writable) && (h = l(() => /* @__PURE__ */ B(void 0)), _ && j(h, J(u, f)), ee(h, ge(o)), n.set(f, h));
        else {
          g = h.v !== b;
          var Wt = l(() => ge(o));
          ee(h, Wt);
        }
        var rt = Reflect.getOwnPropertyDescriptor(d, f);
        if (rt?.set && rt.set.call(a, o), !g) {
          if (i && typeof f == "string") {
            var it = (
              /** @type {Source<number>} */
              n.get("length")
            ), Le = Number(f);
            Number.isInteger(Le) && Le >= it.v && ee(it, Le + 1);
          }
          we(r);
        }
        return !0;
      },
      ownKeys(d) {
        ne(r);
        var f = Reflect.ownKeys(d).filter((h) => {
          var g = n.get(h);
          return g === void 0 || g.v !== b;
        });
        for (var [o, a] of n)
          a.v !== b && !(o in d) && f.push(o);
        return f;
      },
      setPrototypeOf() {
        un();
      }
    }
  );
}
function J(e, t) {
  return typeof t == "symbol" ? `${e}[Symbol(${t.description ?? ""})]` : Dn.test(t) ? `${e}.${t}` : /^\d+$/.test(t) ? `${e}[${t}]` : `${e}['${t}']`;
}
function Ue(e) {
  try {
    if (e !== null && typeof e == "object" && ce in e)
      return e[ce];
  } catch {
  }
  return e;
}
const Mn = /* @__PURE__ */ new Set([
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
function In(e) {
  return new Proxy(e, {
    get(t, n, i) {
      var r = Reflect.get(t, n, i);
      return Mn.has(
        /** @type {string} */
        n
      ) ? function(...s) {
        jn();
        var l = r.apply(this, s);
        return Rt(), l;
      } : r;
    }
  });
}
function Ln() {
  const e = Array.prototype, t = Array.__svelte_cleanup;
  t && t();
  const { indexOf: n, lastIndexOf: i, includes: r } = e;
  e.indexOf = function(s, l) {
    const u = n.call(this, s, l);
    if (u === -1) {
      for (let c = l ?? 0; c < this.length; c += 1)
        if (Ue(this[c]) === s) {
          qe("array.indexOf(...)");
          break;
        }
    }
    return u;
  }, e.lastIndexOf = function(s, l) {
    const u = i.call(this, s, l ?? this.length - 1);
    if (u === -1) {
      for (let c = 0; c <= (l ?? this.length - 1); c += 1)
        if (Ue(this[c]) === s) {
          qe("array.lastIndexOf(...)");
          break;
        }
    }
    return u;
  }, e.includes = function(s, l) {
    const u = r.call(this, s, l);
    if (!u) {
      for (let c = 0; c < this.length; c += 1)
        if (Ue(this[c]) === s) {
          qe("array.includes(...)");
          break;
        }
    }
    return u;
  }, Array.__svelte_cleanup = () => {
    e.indexOf = n, e.lastIndexOf = i, e.includes = r;
  };
}
var at, Ft, Pt, Ct;
function qn() {
  if (at === void 0) {
    at = window, Ft = /Firefox/.test(navigator.userAgent);
    var e = Element.prototype, t = Node.prototype, n = Text.prototype;
    Pt = ae(t, "firstChild").get, Ct = ae(t, "nextSibling").get, lt(e) && (e.__click = void 0, e.__className = void 0, e.__attributes = null, e.__style = void 0, e.__e = void 0), lt(n) && (n.__t = void 0), _ && (e.__svelte_meta = null, Ln());
  }
}
function jt(e = "") {
  return document.createTextNode(e);
}
// @__NO_SIDE_EFFECTS__
function Yn(e) {
  return (
    /** @type {TemplateNode | null} */
    Pt.call(e)
  );
}
// @__NO_SIDE_EFFECTS__
function Dt(e) {
  return (
    /** @type {TemplateNode | null} */
    Ct.call(e)
  );
}
function or(e, t) {
  return /* @__PURE__ */ Yn(e);
}
function Mt(e) {
  var t = p, n = y;
  T(null), C(null);
  try {
    return e();
  } finally {
    T(t), C(n);
  }
}
function Un(e, t) {
  var n = t.last;
  n === null ? t.last = t.first = e : (n.next = e, e.prev = n, t.last = e);
}
function X(e, t, n) {
  var i = y;
  if (_)
    for (; i !== null && (i.f & Oe) !== 0; )
      i = i.parent;
  i !== null && (i.f & z) !== 0 && (e |= z);
  var r = {
    ctx: $,
    deps: null,
    nodes: null,
    f: e | A | N,
    first: null,
    fn: t,
    last: null,
    next: null,
    parent: i,
    b: i && i.b,
    prev: null,
    teardown: null,
    wv: 0,
    ac: null
  };
  if (_ && (r.component_function = Ee), n)
    try {
      be(r), r.f |= yt;
    } catch (u) {
      throw I(r), u;
    }
  else t !== null && Z(r);
  var s = r;
  if (n && s.deps === null && s.teardown === null && s.nodes === null && s.first === s.last && // either `null`, or a singular child
  (s.f & ye) === 0 && (s = s.first, (e & Y) !== 0 && (e & Ae) !== 0 && s !== null && (s.f |= Ae)), s !== null && (s.parent = i, i !== null && Un(s, i), p !== null && (p.f & E) !== 0 && (e & le) === 0)) {
    var l = (
      /** @type {Derived} */
      p
    );
    (l.effects ??= []).push(s);
  }
  return r;
}
function nt() {
  return p !== null && !P;
}
function Vn(e) {
  const t = X(Ce, null, !1);
  return x(t, k), t.teardown = e, t;
}
function Bn(e) {
  return X(Ve | nn, e, !1);
}
function zn(e) {
  M.ensure();
  const t = X(le | ye, e, !0);
  return (n = {}) => new Promise((i) => {
    n.outro ? Te(t, () => {
      I(t), i(void 0);
    }) : (I(t), i(void 0));
  });
}
function Kn(e) {
  return X(je | ye, e, !0);
}
function Wn(e, t = 0) {
  return X(Ce | t, e, !0);
}
function ur(e, t = [], n = [], i = []) {
  $n(i, t, n, (r) => {
    X(Ce, () => e(...r.map(ne)), !0);
  });
}
function Gn(e, t = 0) {
  var n = X(Y | t, e, !0);
  return _ && (n.dev_stack = me), n;
}
function Q(e) {
  return X(se | ye, e, !0);
}
function It(e) {
  var t = e.teardown;
  if (t !== null) {
    const n = pe, i = p;
    ct(!0), T(null);
    try {
      t.call(null);
    } finally {
      ct(n), T(i);
    }
  }
}
function Lt(e, t = !1) {
  var n = e.first;
  for (e.first = e.last = null; n !== null; ) {
    const r = n.ac;
    r !== null && Mt(() => {
      r.abort(oe);
    });
    var i = n.next;
    (n.f & le) !== 0 ? n.parent = null : I(n, t), n = i;
  }
}
function Hn(e) {
  for (var t = e.first; t !== null; ) {
    var n = t.next;
    (t.f & se) === 0 && I(t), t = n;
  }
}
function I(e, t = !0) {
  var n = !1;
  (t || (e.f & gt) !== 0) && e.nodes !== null && e.nodes.end !== null && (Zn(
    e.nodes.start,
    /** @type {TemplateNode} */
    e.nodes.end
  ), n = !0), Lt(e, t && !n), Pe(e, 0), x(e, K);
  var i = e.nodes && e.nodes.t;
  if (i !== null)
    for (const s of i)
      s.stop();
  It(e);
  var r = e.parent;
  r !== null && r.first !== null && qt(e), _ && (e.component_function = null), e.next = e.prev = e.teardown = e.ctx = e.deps = e.fn = e.nodes = e.ac = null;
}
function Zn(e, t) {
  for (; e !== null; ) {
    var n = e === t ? null : /* @__PURE__ */ Dt(e);
    e.remove(), e = n;
  }
}
function qt(e) {
  var t = e.parent, n = e.prev, i = e.next;
  n !== null && (n.next = i), i !== null && (i.prev = n), t !== null && (t.first === e && (t.first = i), t.last === e && (t.last = n));
}
function Te(e, t, n = !0) {
  var i = [];
  Yt(e, i, !0);
  var r = () => {
    n && I(e), t && t();
  }, s = i.length;
  if (s > 0) {
    var l = () => --s || r();
    for (var u of i)
      u.out(l);
  } else
    r();
}
function Yt(e, t, n) {
  if ((e.f & z) === 0) {
    e.f ^= z;
    var i = e.nodes && e.nodes.t;
    if (i !== null)
      for (const u of i)
        (u.is_global || n) && t.push(u);
    for (var r = e.first; r !== null; ) {
      var s = r.next, l = (r.f & Ae) !== 0 || // If this is a branch effect without a block effect parent,
      // it means the parent block effect was pruned. In that case,
      // transparency information was transferred to the branch effect.
      (r.f & se) !== 0 && (e.f & Y) !== 0;
      Yt(r, t, l ? n : !1), r = s;
    }
  }
}
function Xn(e, t) {
  if (e.nodes)
    for (var n = e.nodes.start, i = e.nodes.end; n !== null; ) {
      var r = n === i ? null : /* @__PURE__ */ Dt(n);
      t.append(n), n = r;
    }
}
let re = !1;
function Fe(e) {
  re = e;
}
let pe = !1;
function ct(e) {
  pe = e;
}
let p = null, P = !1;
function T(e) {
  p = e;
}
let y = null;
function C(e) {
  y = e;
}
let q = null;
function Jn(e) {
  p !== null && (q === null ? q = [e] : q.push(e));
}
let S = null, O = 0, R = null;
function Qn(e) {
  R = e;
}
let Ut = 1, te = 0, ie = te;
function _t(e) {
  ie = e;
}
function Vt() {
  return ++Ut;
}
function xe(e) {
  var t = e.f;
  if ((t & A) !== 0)
    return !0;
  if (t & E && (e.f &= ~H), (t & U) !== 0) {
    for (var n = (
      /** @type {Value[]} */
      e.deps
    ), i = n.length, r = 0; r < i; r++) {
      var s = n[r];
      if (xe(
        /** @type {Derived} */
        s
      ) && $t(
        /** @type {Derived} */
        s
      ), s.wv > e.wv)
        return !0;
    }
    (t & N) !== 0 && // During time traveling we don't want to reset the status so that
    // traversal of the graph in the other batches still happens
    F === null && x(e, k);
  }
  return !1;
}
function Bt(e, t, n = !0) {
  var i = e.reactions;
  if (i !== null && !q?.includes(e))
    for (var r = 0; r < i.length; r++) {
      var s = i[r];
      (s.f & E) !== 0 ? Bt(
        /** @type {Derived} */
        s,
        t,
        !1
      ) : t === s && (n ? x(s, A) : (s.f & k) !== 0 && x(s, U), Z(
        /** @type {Effect} */
        s
      ));
    }
}
function Ge(e) {
  var t = S, n = O, i = R, r = p, s = q, l = $, u = P, c = ie, v = e.f;
  S = /** @type {null | Value[]} */
  null, O = 0, R = null, p = (v & (se | le)) === 0 ? e : null, q = null, de(e.ctx), P = !1, ie = ++te, e.ac !== null && (Mt(() => {
    e.ac.abort(oe);
  }), e.ac = null);
  try {
    e.f |= Be;
    var d = (
      /** @type {Function} */
      e.fn
    ), f = d(), o = e.deps;
    if (S !== null) {
      var a;
      if (Pe(e, O), o !== null && O > 0)
        for (o.length = O + S.length, a = 0; a < S.length; a++)
          o[O + a] = S[a];
      else
        e.deps = o = S;
      if (nt() && (e.f & N) !== 0)
        for (a = O; a < o.length; a++)
          (o[a].reactions ??= []).push(e);
    } else o !== null && O < o.length && (Pe(e, O), o.length = O);
    if (Et() && R !== null && !P && o !== null && (e.f & (E | U | A)) === 0)
      for (a = 0; a < /** @type {Source[]} */
      R.length; a++)
        Bt(
          R[a],
          /** @type {Effect} */
          e
        );
    if (r !== null && r !== e) {
      if (te++, r.deps !== null)
        for (let h = 0; h < n; h += 1)
          r.deps[h].rv = te;
      if (t !== null)
        for (const h of t)
          h.rv = te;
      R !== null && (i === null ? i = R : i.push(.../** @type {Source[]} */
      R));
    }
    return (e.f & W) !== 0 && (e.f ^= W), f;
  } catch (h) {
    return xt(h);
  } finally {
    e.f ^= Be, S = t, O = n, R = i, p = r, q = s, de(l), P = u, ie = c;
  }
}
function er(e, t) {
  let n = t.reactions;
  if (n !== null) {
    var i = Zt.call(n, e);
    if (i !== -1) {
      var r = n.length - 1;
      r === 0 ? n = t.reactions = null : (n[i] = n[r], n.pop());
    }
  }
  if (n === null && (t.f & E) !== 0 && // Destroying a child effect while updating a parent effect can cause a dependency to appear
  // to be unused, when in fact it is used by the currently-updating parent. Checking `new_deps`
  // allows us to skip the expensive work of disconnecting and immediately reconnecting it
  (S === null || !S.includes(t))) {
    var s = (
      /** @type {Derived} */
      t
    );
    (s.f & N) !== 0 && (s.f ^= N, s.f &= ~H), Je(s), We(s), Pe(s, 0);
  }
}
function Pe(e, t) {
  var n = e.deps;
  if (n !== null)
    for (var i = t; i < n.length; i++)
      er(e, n[i]);
}
function be(e) {
  var t = e.f;
  if ((t & K) === 0) {
    x(e, k);
    var n = y, i = re;
    if (y = e, re = !0, _) {
      var r = Ee;
      ft(e.component_function);
      var s = (
        /** @type {any} */
        me
      );
      $e(e.dev_stack ?? me);
    }
    try {
      (t & (Y | pt)) !== 0 ? Hn(e) : Lt(e), It(e);
      var l = Ge(e);
      e.teardown = typeof l == "function" ? l : null, e.wv = Ut;
      var u;
      _ && vn && (e.f & A) !== 0 && e.deps;
    } finally {
      re = i, y = n, _ && (ft(r), $e(s));
    }
  }
}
function ne(e) {
  var t = e.f, n = (t & E) !== 0;
  if (p !== null && !P) {
    var i = y !== null && (y.f & K) !== 0;
    if (!i && !q?.includes(e)) {
      var r = p.deps;
      if ((p.f & Be) !== 0)
        e.rv < te && (e.rv = te, S === null && r !== null && r[O] === e ? O++ : S === null ? S = [e] : S.push(e));
      else {
        (p.deps ??= []).push(e);
        var s = e.reactions;
        s === null ? e.reactions = [p] : s.includes(p) || s.push(p);
      }
    }
  }
  if (_ && Nn.delete(e), pe && G.has(e))
    return G.get(e);
  if (n) {
    var l = (
      /** @type {Derived} */
      e
    );
    if (pe) {
      var u = l.v;
      return ((l.f & k) === 0 && l.reactions !== null || Kt(l)) && (u = et(l)), G.set(l, u), u;
    }
    var c = (l.f & N) === 0 && !P && p !== null && (re || (p.f & N) !== 0), v = l.deps === null;
    xe(l) && (c && (l.f |= N), $t(l)), c && !v && zt(l);
  }
  if (F?.has(e))
    return F.get(e);
  if ((e.f & W) !== 0)
    throw e.v;
  return e.v;
}
function zt(e) {
  if (e.deps !== null) {
    e.f |= N;
    for (const t of e.deps)
      (t.reactions ??= []).push(e), (t.f & E) !== 0 && (t.f & N) === 0 && zt(
        /** @type {Derived} */
        t
      );
  }
}
function Kt(e) {
  if (e.v === b) return !0;
  if (e.deps === null) return !1;
  for (const t of e.deps)
    if (G.has(t) || (t.f & E) !== 0 && Kt(
      /** @type {Derived} */
      t
    ))
      return !0;
  return !1;
}
function tr(e) {
  var t = P;
  try {
    return P = !0, e();
  } finally {
    P = t;
  }
}
const nr = /* @__PURE__ */ new Set(), dt = /* @__PURE__ */ new Set();
let ht = null;
function Se(e) {
  var t = this, n = (
    /** @type {Node} */
    t.ownerDocument
  ), i = e.type, r = e.composedPath?.() || [], s = (
    /** @type {null | Element} */
    r[0] || e.target
  );
  ht = e;
  var l = 0, u = ht === e && e.__root;
  if (u) {
    var c = r.indexOf(u);
    if (c !== -1 && (t === document || t === /** @type {any} */
    window)) {
      e.__root = t;
      return;
    }
    var v = r.indexOf(t);
    if (v === -1)
      return;
    c <= v && (l = c);
  }
  if (s = /** @type {Element} */
  r[l] || e.target, s !== t) {
    _e(e, "currentTarget", {
      configurable: !0,
      get() {
        return s || n;
      }
    });
    var d = p, f = y;
    T(null), C(null);
    try {
      for (var o, a = []; s !== null; ) {
        var h = s.assignedSlot || s.parentNode || /** @type {any} */
        s.host || null;
        try {
          var g = s["__" + i];
          g != null && (!/** @type {any} */
          s.disabled || // DOM could've been updated already by the time this is reached, so we check this as well
          // -> the target could not have been disabled because it emits the event in the first place
          e.target === s) && g.call(s, e);
        } catch (m) {
          o ? a.push(m) : o = m;
        }
        if (e.cancelBubble || h === t || h === null)
          break;
        s = h;
      }
      if (o) {
        for (let m of a)
          queueMicrotask(() => {
            throw m;
          });
        throw o;
      }
    } finally {
      e.__root = t, delete e.currentTarget, T(d), C(f);
    }
  }
}
const rr = ["touchstart", "touchmove"];
function ir(e) {
  return rr.includes(e);
}
function ar(e, t) {
  var n = t == null ? "" : typeof t == "object" ? t + "" : t;
  n !== (e.__t ??= e.nodeValue) && (e.__t = n, e.nodeValue = n + "");
}
function cr(e, t) {
  return sr(e, t);
}
const fe = /* @__PURE__ */ new Map();
function sr(e, { target: t, anchor: n, props: i = {}, events: r, context: s, intro: l = !0 }) {
  qn();
  var u = /* @__PURE__ */ new Set(), c = (f) => {
    for (var o = 0; o < f.length; o++) {
      var a = f[o];
      if (!u.has(a)) {
        u.add(a);
        var h = ir(a);
        t.addEventListener(a, Se, { passive: h });
        var g = fe.get(a);
        g === void 0 ? (document.addEventListener(a, Se, { passive: h }), fe.set(a, 1)) : fe.set(a, g + 1);
      }
    }
  };
  c(Xt(nr)), dt.add(c);
  var v = void 0, d = zn(() => {
    var f = n ?? t.appendChild(jt());
    return An(
      /** @type {TemplateNode} */
      f,
      {
        pending: () => {
        }
      },
      (o) => {
        if (s) {
          gn({});
          var a = (
            /** @type {ComponentContext} */
            $
          );
          a.c = s;
        }
        r && (i.$$events = r), v = e(o, i) || {}, s && wn();
      }
    ), () => {
      for (var o of u) {
        t.removeEventListener(o, Se);
        var a = (
          /** @type {number} */
          fe.get(o)
        );
        --a === 0 ? (document.removeEventListener(o, Se), fe.delete(o)) : fe.set(o, a);
      }
      dt.delete(c), f !== n && f.parentNode?.removeChild(f);
    };
  });
  return He.set(v, d), v;
}
let He = /* @__PURE__ */ new WeakMap();
function _r(e, t) {
  const n = He.get(e);
  return n ? (He.delete(e), n(t)) : (_ && (ce in e ? dn() : _n()), Promise.resolve());
}
if (_) {
  let e = function(t) {
    if (!(t in globalThis)) {
      let n;
      Object.defineProperty(globalThis, t, {
        configurable: !0,
        // eslint-disable-next-line getter-return
        get: () => {
          if (n !== void 0)
            return n;
          fn(t);
        },
        set: (i) => {
          n = i;
        }
      });
    }
  };
  e("$state"), e("$effect"), e("$derived"), e("$inspect"), e("$props"), e("$bindable");
}
export {
  lr as T,
  y as a,
  wn as b,
  or as c,
  Yn as g,
  Ft as i,
  cr as m,
  gn as p,
  ar as s,
  ur as t,
  _r as u
};
