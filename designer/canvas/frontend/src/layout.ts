// Automatic layered layout (dagre, left to right: data flows from the backbone's levels on the
// left to the head's outputs on the right), and the node sizes it plans with.
import dagre from "@dagrejs/dagre";
import type { CanvasGraph, CanvasNode, Layer } from "./types";

export const BLOCK_WIDTH = 236;
export const EXPANDED_WIDTH = 360;
export const LEVEL_WIDTH = 150;
export const OUTPUT_WIDTH = 160;
export const ROW = 18;

function count_layers(layers: Layer[]): number {
	return layers.reduce((n, l) => n + 1 + count_layers(l.children), 0);
}

/** The size a node will have on screen, from what it shows (measured sizes replace it). */
export function estimate_size(node: CanvasNode): { width: number; height: number } {
	if (node.type === "level") return { width: LEVEL_WIDTH, height: 58 };
	if (node.type === "output") return { width: OUTPUT_WIDTH, height: 48 };
	const rows = Math.max(node.inputs.length, node.outputs.length + (node.bundle ? 1 : 0), 1);
	let height = 34 + rows * ROW + 8;
	if (node.summary?.length) height += 16 * Math.min(2, Math.ceil(node.summary.length / 2));
	if (node.stats) height += 16;
	if (node.message) height += 30;
	if (node.layers) height += 12 + 17 * Math.min(count_layers(node.layers), 40);
	return { width: node.layers ? EXPANDED_WIDTH : BLOCK_WIDTH, height };
}

/**
 * Positions for every node of the graph, laid out in layers from inputs to outputs.
 * `sizes` gives measured sizes where the canvas has them.
 */
export function layered_layout(
	graph: CanvasGraph,
	sizes: Map<string, { width: number; height: number }> = new Map()
): Record<string, { x: number; y: number }> {
	const g = new dagre.graphlib.Graph({ multigraph: true });
	g.setGraph({ rankdir: "LR", nodesep: 26, ranksep: 64, edgesep: 14, marginx: 20, marginy: 20 });
	g.setDefaultEdgeLabel(() => ({}));
	for (const node of graph.nodes) {
		const size = sizes.get(node.id) ?? estimate_size(node);
		g.setNode(node.id, { width: size.width, height: size.height });
	}
	for (const edge of graph.edges) {
		if (g.hasNode(edge.source) && g.hasNode(edge.target)) {
			// Label space keeps shape labels clear of the nodes they sit between.
			g.setEdge(edge.source, edge.target, { width: 110, height: 18, labelpos: "c" }, edge.id);
		}
	}
	dagre.layout(g);
	const out: Record<string, { x: number; y: number }> = {};
	for (const id of g.nodes()) {
		const n = g.node(id);
		// dagre gives centres; the canvas places nodes by their top-left corner.
		out[id] = { x: Math.round(n.x - n.width / 2), y: Math.round(n.y - n.height / 2) };
	}
	order_levels(graph, out);
	return out;
}

/**
 * Sources and sinks that share a column, in the order of the ports they meet (dagre orders
 * nodes, not the ports wires end at): levels shallow to deep from the top, as multi-level
 * blocks take them; outputs in the order of the ports that feed them.
 */
function order_levels(graph: CanvasGraph, out: Record<string, { x: number; y: number }>): void {
	const feeder = new Map<string, { source: string; index: number }>();
	for (const e of graph.edges) {
		const index = e.source_handle.startsWith("o:") ? Number(e.source_handle.slice(2)) : 0;
		feeder.set(e.target, { source: e.source, index: Number.isFinite(index) ? index : 0 });
	}
	const rank = (n: CanvasNode): number[] => {
		if (n.type === "level") return [n.level?.stride ?? 0];
		const f = feeder.get(n.id);
		return f ? [out[f.source]?.y ?? 0, f.index] : [Infinity, 0];
	};
	const columns = new Map<string, CanvasNode[]>();
	for (const n of graph.nodes) {
		if ((n.type !== "level" && n.type !== "output") || !out[n.id]) continue;
		const key = `${n.type}:${out[n.id].x}`;
		if (!columns.has(key)) columns.set(key, []);
		columns.get(key)!.push(n);
	}
	for (const column of columns.values()) {
		const slots = column.map((n) => out[n.id].y).sort((a, b) => a - b);
		const ranks = new Map(column.map((n) => [n.id, rank(n)]));
		const sorted = [...column].sort((a, b) => {
			const ra = ranks.get(a.id)!;
			const rb = ranks.get(b.id)!;
			return ra[0] - rb[0] || (ra[1] ?? 0) - (rb[1] ?? 0);
		});
		sorted.forEach((n, i) => (out[n.id] = { x: out[n.id].x, y: slots[i] }));
	}
}
