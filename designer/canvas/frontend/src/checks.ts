// The canvas's quick check of a wire while it is dragged: the rules that need no server (kinds,
// self-loops, cycles). The server checks every connection again (designer/canvas/edits.py) and
// has the last word; this only lets the canvas refuse at once, with the same kind of reason.
import type { CanvasGraph, CanvasNode, Kind } from "./types";

export interface Wire {
	source: string;
	sourceHandle?: string | null;
	target: string;
	targetHandle?: string | null;
}

/** The kinds a wire leaving `handle` of `node` carries (empty: not known yet). */
export function source_kinds(node: CanvasNode, handle: string | null | undefined): Kind[] {
	const ports =
		!handle || handle === "o:*" ? node.outputs : [node.outputs[Number(handle.slice(2))]];
	// a port of a node not planned yet has no known kind: the server decides
	return ports.map((o) => o?.kind).filter((k): k is Kind => !!k);
}

function describe_source(node: CanvasNode, handle: string | null | undefined): string {
	if (!handle || handle === "o:*" || node.outputs.length <= 1) return node.name;
	const port = node.outputs[Number(handle.slice(2))];
	return port && port.port ? `${node.name}.${port.port}` : node.name;
}

/** Whether `target` is downstream of `source` (a wire source -> target would then close a cycle). */
function reaches(graph: CanvasGraph, from: string, to: string): string[] | null {
	const next = new Map<string, string[]>();
	for (const e of graph.edges) {
		if (!next.has(e.source)) next.set(e.source, []);
		next.get(e.source)!.push(e.target);
	}
	const came = new Map<string, string>([[from, ""]]);
	const stack = [from];
	while (stack.length) {
		const cur = stack.pop()!;
		for (const n of next.get(cur) ?? []) {
			if (came.has(n)) continue;
			came.set(n, cur);
			if (n === to) {
				const path = [to];
				while (path[path.length - 1] !== from) path.push(came.get(path[path.length - 1])!);
				return path.reverse();
			}
			stack.push(n);
		}
	}
	return null;
}

/** Why the wire cannot be made, or null when it may (the server checks it again). */
export function refuse_reason(graph: CanvasGraph, wire: Wire): string | null {
	const source = graph.nodes.find((n) => n.id === wire.source);
	const target = graph.nodes.find((n) => n.id === wire.target);
	if (!source || !target) return "that port is not on the canvas";
	if (source.type === "output") return `output '${source.name}' is a sink; wires leave nodes and levels`;
	if (target.type === "level")
		return `level '${target.name}' comes from the backbone and takes no inputs`;
	if (source.id === target.id) return `cannot connect ${source.name} to itself`;
	if (target.type === "block") {
		const path = reaches(graph, target.id, source.id);
		if (path) {
			const names = path.map((id) => graph.nodes.find((n) => n.id === id)?.name ?? id);
			return `cannot connect ${source.name} to ${target.name}: it would make a cycle ${[...names, target.name].join(" -> ")}`;
		}
		const slot = target.inputs.find((s) => s.handle === wire.targetHandle) ?? target.inputs[0];
		const accepts = slot?.accepts ?? [];
		const kinds = source_kinds(source, wire.sourceHandle);
		const wrong = kinds.find((k) => accepts.length && !accepts.includes(k));
		if (wrong) {
			const label = describe_source(source, wire.sourceHandle);
			const which = ["x", "levels", "inputs"].includes(slot.port)
				? `${target.name} takes`
				: `${target.name}'s input '${slot.port}' takes`;
			return `cannot connect ${label} to ${target.name}: ${which} ${accepts.join(" or ")} inputs, got ${wrong}`;
		}
	}
	return null;
}
