// The JSON the server sends (designer/canvas/graph.py, value.py) and the edits the canvas sends
// back (designer/canvas/edits.py). The canvas derives everything it draws from these.

export type Kind = "map" | "vector" | "tokens" | "dense";
export type Status = "ok" | "error" | "blocked";

export interface PortType {
	handle: string;
	index: number;
	/** null while the node is not planned (a fixed port of its block) */
	kind: Kind | null;
	channels: number | null;
	stride: number | null;
	port: string;
	text: string;
	shape: number[] | null;
	shape_text: string;
	color: string;
}

export interface InputSlot {
	handle: string;
	slot: number | null;
	ref: string | null;
	/** the block's input port this slot belongs to (x, reference, levels ...) */
	port: string;
	label: string;
	accepts: Kind[];
	doc?: string;
	error?: string | null;
}

export interface Layer {
	name: string;
	path: string;
	type: string;
	detail: string;
	params: number;
	calls: number;
	shape: number[] | null;
	shapes: number[][];
	repeat: number;
	names: string[];
	children: Layer[];
}

export interface CanvasNode {
	id: string;
	type: "level" | "block" | "output";
	name: string;
	title: string;
	subtitle: string;
	block?: string;
	role?: string;
	description?: string;
	params?: Record<string, unknown>;
	summary?: string[];
	details?: string[];
	inputs: InputSlot[];
	outputs: PortType[];
	bundle: { handle: string; label: string } | null;
	multi_input?: boolean;
	stats?: { params: number; flops: number; text: string } | null;
	status: Status;
	message: string | null;
	field?: string | null;
	warnings?: string[];
	expandable?: boolean;
	expanded?: boolean;
	layers?: Layer[] | null;
	key?: string;
	ref?: string;
	level?: { channels: number; stride: number; kind: Kind };
	fill: string;
	border: string;
	position: { x: number; y: number } | null;
}

export interface CanvasEdge {
	id: string;
	source: string;
	source_handle: string;
	target: string;
	target_handle: string;
	slot: number;
	ref: string;
	label: string;
	kind: Kind | null;
	color: string;
	error: string | null;
	waiting: boolean;
}

export interface CanvasGraph {
	version: number;
	task: string;
	name: string;
	image_size: [number, number];
	nodes: CanvasNode[];
	edges: CanvasEdge[];
	totals: {
		nodes: number;
		params: number;
		flops: number;
		params_text: string;
		flops_text: string;
		errors: number;
		partial: boolean;
	};
	valid: boolean;
	message: string;
	errors: { id: string; message: string }[];
}

export interface CanvasPayload {
	format: string;
	spec: Record<string, unknown>;
	layout: Record<string, { x: number; y: number }>;
	image_size: [number, number];
	expanded: string[];
	notice: string | null;
	notice_kind: "error" | "info";
	answered: number | null;
	/** the node the app has selected (its form shows it); null: the canvas keeps its own */
	selected?: string | null;
	/** the annotated graph, as JSON text */
	canvas: string | CanvasGraph;
}

export interface PaletteEntry {
	name: string;
	role: string;
	role_title: string;
	description: string;
	tasks: string[];
	multi_input: boolean;
	accepts: Kind[];
	params: Record<string, unknown>;
	fields: string[];
	fill: string;
	border: string;
}

export type Edit =
	| { op: "add"; block: string; position?: { x: number; y: number }; seq?: number }
	| { op: "add_output"; key?: string; position?: { x: number; y: number }; seq?: number }
	| {
			op: "connect";
			source: string;
			port: number | null;
			target: string;
			slot: number | null;
			seq?: number;
	  }
	| { op: "disconnect"; edge: string; seq?: number }
	| { op: "delete"; nodes: string[]; edges: string[]; seq?: number }
	| {
			op: "move";
			positions: Record<string, { x: number; y: number }>;
			auto?: boolean;
			seq?: number;
	  }
	| { op: "rename"; node: string; name: string; seq?: number };

export const KIND_LABEL: Record<Kind, string> = {
	map: "map",
	vector: "vector",
	tokens: "tokens",
	dense: "dense"
};
