// Gradio mounts a custom component with the Svelte runtime the component was built with.
export { mount, unmount } from "svelte";
