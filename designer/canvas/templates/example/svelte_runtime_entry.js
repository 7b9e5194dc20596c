import { m as u, u as n } from "./svelte_runtime_entry-DH2NVcso.js";
export {
  u as mount,
  n as unmount
};
