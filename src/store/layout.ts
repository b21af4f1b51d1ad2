// Auto layout (pure, synchronous under an async signature): workloads in a grid inside their namespace, ordered
// so that workloads with traffic between them sit next to each other; namespaces packed in a grid whose shape is
// close to the canvas's aspect ratio (never one long column); outside addresses in a column on the left.
import type { Design, NodeId, XY } from '../model';
import { EXTERNAL_SIZE, MIN_NS, WORKLOAD_SIZE } from './geometry';

const PAD = { top: 48, side: 20, bottom: 20 };
/** Room between workloads for edges and their labels (as placement.ts's GAP). */
const CELL_GAP = { x: 80, y: 44 };
const NS_GAP = { x: 90, y: 70 };
/** The aspect ratio (width / height) of the canvas when the caller does not say. */
export const DEFAULT_ASPECT = 1.4;

export interface Layout {
  positions: Record<NodeId, XY>;
  sizes: Record<NodeId, { width: number; height: number }>;
}

/**
 * Orders ids so that neighbours follow each other: breadth first from the most connected, then the rest the same
 * way (a deterministic stand-in for a crossing-minimising order, good enough to keep talking workloads close).
 */
export function trafficOrder(ids: readonly string[], links: readonly { from: string; to: string }[]): string[] {
  const known = new Set(ids);
  const next = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
  for (const l of links) {
    if (!known.has(l.from) || !known.has(l.to) || l.from === l.to) continue;
    next.get(l.from)!.add(l.to);
    next.get(l.to)!.add(l.from);
  }
  const degree = (id: string) => next.get(id)!.size;
  const byDegree = [...ids].sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const start of byDegree) {
    if (seen.has(start)) continue;
    const queue = [start];
    seen.add(start);
    while (queue.length) {
      const id = queue.shift()!;
      out.push(id);
      for (const n of [...next.get(id)!].sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1)))
        if (!seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
    }
  }
  return out;
}

/** Columns of a namespace's grid: about as wide as tall. */
const columnsFor = (n: number) => Math.max(1, Math.ceil(Math.sqrt((n * (WORKLOAD_SIZE.height + CELL_GAP.y)) / (WORKLOAD_SIZE.width + CELL_GAP.x))));

/** Packs boxes row by row into `k` columns; returns each box's spot and the whole size. */
function pack(boxes: { width: number; height: number }[], k: number): { spots: XY[]; width: number; height: number } {
  const colW = Array.from({ length: k }, (_, c) => Math.max(0, ...boxes.filter((_, i) => i % k === c).map((b) => b.width)));
  const rows = Math.ceil(boxes.length / k);
  const rowH = Array.from({ length: rows }, (_, r) => Math.max(0, ...boxes.slice(r * k, r * k + k).map((b) => b.height)));
  const xs = colW.map((_, c) => colW.slice(0, c).reduce((a, w) => a + w + NS_GAP.x, 0));
  const ys = rowH.map((_, r) => rowH.slice(0, r).reduce((a, h) => a + h + NS_GAP.y, 0));
  return {
    spots: boxes.map((_, i) => ({ x: xs[i % k]!, y: ys[Math.floor(i / k)]! })),
    width: colW.reduce((a, w) => a + w, 0) + NS_GAP.x * (k - 1),
    height: rowH.reduce((a, h) => a + h, 0) + NS_GAP.y * (rows - 1),
  };
}

/** Above this many workloads without a place, a pasted design is laid out (placeUnplaced). */
export const PLACE_PASTED_WORKLOADS = 60;
/** Room between what was placed before and a pasted design laid out below it. */
const PASTED_GAP = 120;

/**
 * Namespaces without a place that hold more than PLACE_PASTED_WORKLOADS workloads (a cluster export pasted into the
 * editor) are laid out as an opened design is, below whatever already has a place: the default places put every
 * new namespace in one row, a strip no view can show. What has a place keeps it. Undefined: nothing to do.
 */
export function placeUnplaced(
  design: Design,
  positions: Record<NodeId, XY>,
  sizes: Record<NodeId, { width: number; height: number }> = {},
  aspect = DEFAULT_ASPECT,
): Layout | undefined {
  const unplaced = design.namespaces.filter((n) => !positions[n.id]);
  const names = new Set(unplaced.map((n) => n.name));
  const workloads = design.workloads.filter((w) => names.has(w.namespace));
  if (workloads.length <= PLACE_PASTED_WORKLOADS) return undefined;
  const layout = gridLayout({ namespaces: unplaced, workloads, externals: design.externals.filter((e) => !positions[e.id]), edges: design.edges }, aspect);
  let bottom = -Infinity;
  for (const n of design.namespaces) {
    const p = positions[n.id];
    if (p) bottom = Math.max(bottom, p.y + (sizes[n.id]?.height ?? MIN_NS.height));
  }
  const dy = bottom === -Infinity ? 0 : bottom + PASTED_GAP - 40;
  const moved: Layout['positions'] = {};
  // Namespaces and outside addresses move down; workload positions are relative to their namespace.
  for (const [id, p] of Object.entries(layout.positions)) moved[id] = id.startsWith('namespace:') || id.startsWith('external:') ? { x: p.x, y: p.y + dy } : p;
  return { positions: { ...moved, ...positions }, sizes: { ...layout.sizes, ...sizes } };
}

export async function layoutDesign(design: Design, aspect = DEFAULT_ASPECT): Promise<Layout> {
  return gridLayout(design, aspect);
}

export function gridLayout(design: Design, aspect = DEFAULT_ASPECT): Layout {
  const positions: Layout['positions'] = {};
  const sizes: Layout['sizes'] = {};
  const links = design.edges.map((e) => ({ from: e.from, to: e.to }));
  const nsOf = new Map(design.workloads.map((w) => [w.id, w.namespace]));
  const nsId = (id: string) => (nsOf.has(id) ? `namespace:${nsOf.get(id)}` : id);
  const nsOrder = trafficOrder(
    design.namespaces.map((n) => n.id),
    links.map((l) => ({ from: nsId(l.from), to: nsId(l.to) })),
  );
  const boxes = nsOrder.map((id) => {
    const name = id.slice('namespace:'.length);
    const members = trafficOrder(
      design.workloads.filter((w) => w.namespace === name).map((w) => w.id),
      links,
    );
    const cols = Math.min(columnsFor(members.length), Math.max(1, members.length));
    const rows = Math.max(1, Math.ceil(members.length / cols));
    members.forEach((w, i) => {
      positions[w] = { x: PAD.side + (i % cols) * (WORKLOAD_SIZE.width + CELL_GAP.x), y: PAD.top + Math.floor(i / cols) * (WORKLOAD_SIZE.height + CELL_GAP.y) };
    });
    const width = Math.max(260, 2 * PAD.side + cols * WORKLOAD_SIZE.width + (cols - 1) * CELL_GAP.x);
    const height = Math.max(150, PAD.top + rows * WORKLOAD_SIZE.height + (rows - 1) * CELL_GAP.y + PAD.bottom);
    sizes[id] = { width, height };
    return { width, height };
  });
  // The number of columns whose overall shape is closest to the canvas's; at least two when there are two.
  let best = { k: 1, score: Infinity };
  for (let k = Math.min(2, boxes.length); k <= Math.max(1, boxes.length); k++) {
    const { width, height } = pack(boxes, k);
    const score = Math.abs(Math.log(width / Math.max(1, height) / aspect));
    if (score < best.score - 1e-9) best = { k, score };
  }
  const left = design.externals.length > 0 ? EXTERNAL_SIZE.width + NS_GAP.x : 0;
  const { spots } = pack(boxes, best.k);
  nsOrder.forEach((id, i) => (positions[id] = { x: 40 + left + spots[i]!.x, y: 40 + spots[i]!.y }));
  design.externals.forEach((e, i) => (positions[e.id] = { x: 40, y: 40 + i * (EXTERNAL_SIZE.height + 40) }));
  return { positions, sizes };
}
