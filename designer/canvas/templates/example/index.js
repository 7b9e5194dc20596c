import { g as l, i, T as u, a as o, p as f, t as c, b as d, s as m, c as v } from "./svelte_runtime_entry-DH2NVcso.js";
function _(t) {
  var e = document.createElement("template");
  return e.innerHTML = t.replaceAll("<!>", "<!---->"), e.content;
}
function p(t, e) {
  var n = (
    /** @type {Effect} */
    o
  );
  n.nodes === null && (n.nodes = { start: t, end: e, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function h(t, e) {
  var n = (e & u) !== 0, a, s = !t.startsWith("<!>");
  return () => {
    a === void 0 && (a = _(s ? t : "<!>" + t), a = /** @type {TemplateNode} */
    l(a));
    var r = (
      /** @type {TemplateNode} */
      n || i ? document.importNode(a, !0) : a.cloneNode(!0)
    );
    return p(r, r), r;
  };
}
function x(t, e) {
  t !== null && t.before(
    /** @type {Node} */
    e
  );
}
var g = /* @__PURE__ */ h('<div class="example svelte-1uec0xe"> </div>');
function T(t, e) {
  f(e, !0);
  var n = g(), a = v(n);
  c(() => m(a, `${(e.value?.spec?.name || "design") ?? ""} · ${e.value?.spec?.task ?? "" ?? ""} · ${e.value?.spec?.nodes?.length ?? 0 ?? ""} blocks`)), x(t, n), d();
}
export {
  T as default
};
