// Builds the component the way `gradio cc build` (@gradio/preview) does: two ES entries, the
// component and the Svelte runtime it is mounted with, written to ../templates/component/ as
// index.js, svelte_runtime_entry.js and style.css, which Gradio serves from
// /custom_component/<id>/client/component/ (and the same under example/). Run it with
// `python -m designer.canvas.build`.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { sveltePreprocess } from "svelte-preprocess";
import { defineConfig } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
// Two builds, as `gradio cc build` makes: the component, and the view a table of examples uses.
const variant = process.env.HEAD_CANVAS_VARIANT === "example" ? "example" : "component";
const entry = variant === "example" ? "Example.svelte" : "Index.svelte";

export default defineConfig({
	root: here,
	// Library mode leaves `process.env.NODE_ENV` in dependencies' code; a browser has no `process`.
	define: { "process.env.NODE_ENV": JSON.stringify("production") },
	// Gradio's own packages export their Svelte sources under the "gradio" condition.
	resolve: { conditions: ["gradio", "svelte", "browser", "import"] },
	plugins: [
		svelte({
			inspector: false,
			prebundleSvelteLibraries: false,
			compilerOptions: { discloseVersion: false },
			preprocess: [sveltePreprocess({ typescript: { compilerOptions: { declaration: false } } })]
		})
	],
	build: {
		target: "es2022",
		outDir: resolve(here, `../templates/${variant}`),
		emptyOutDir: true,
		minify: true,
		sourcemap: false,
		lib: {
			entry: [join(here, "svelte_runtime_entry.js"), join(here, entry)],
			formats: ["es"]
		},
		rollupOptions: {
			output: {
				entryFileNames: (chunk) =>
					chunk.name.toLowerCase() === "svelte_runtime_entry"
						? "svelte_runtime_entry.js"
						: "index.js",
				// Stable chunk names keep rebuilds of the same source byte-identical.
				chunkFileNames: "[name]-[hash].js",
				assetFileNames: (asset) =>
					asset.names[0].endsWith(".css") ? "style.css" : asset.names[0]
			}
		}
	}
});
