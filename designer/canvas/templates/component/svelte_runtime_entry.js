import { aR as m, aS as n } from "./svelte_runtime_entry-CVaAXr-z.js";
export {
  m as mount,
  n as unmount
};
