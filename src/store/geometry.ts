// Card sizes and default spots, in one DOM-free place: the canvas draws nodes that have no stored position at
// the spot the store would give a new node, and the auto layout sizes its boxes like the cards it lays out.
// Positions of workloads are relative to their namespace node (React Flow's parentId).
import type { Design, NodeId, XY } from '../model';

export type Size = { width: number; height: number };

export const WORKLOAD_SIZE: Size = { width: 200, height: 96 };
export const EXTERNAL_SIZE: Size = { width: 170, height: 60 };
/** A namespace is never drawn smaller than this, even when empty. */
export const MIN_NS: Size = { width: 260, height: 150 };
/** The namespace's own header row, above its first workload. */
export const NS_HEADER = 48;
/** Room between workloads for edges and their labels. */
export const GAP = { x: 80, y: 44 };
/** Room a namespace keeps around its workloads (left edge of the grid, right and bottom margins). */
export const NS_PAD = { left: 24, right: 24, bottom: 20 };
/** Namespaces sit in a row, this far apart. */
export const NS_SPACING = 60;
/** First namespace at (40, 40); outside addresses in a column left of it. */
export const ORIGIN: XY = { x: 40, y: 40 };
const EXTERNAL_COLUMN = { x: -240, rowHeight: 90 };
/** Two spots closer than this on both axes count as the same spot. */
const SAME_SPOT = 40;

/** The i-th cell of a namespace's two-column workload grid. */
export function gridSpot(i: number): XY {
  return { x: NS_PAD.left + (i % 2) * (WORKLOAD_SIZE.width + GAP.x), y: NS_HEADER + Math.floor(i / 2) * (WORKLOAD_SIZE.height + GAP.y) };
}

/** The i-th row of the outside addresses' column. */
export function externalRowSpot(i: number): XY {
  return { x: EXTERNAL_COLUMN.x, y: ORIGIN.y + i * EXTERNAL_COLUMN.rowHeight };
}

/** A namespace box big enough for its workloads (relative spots) and at least its stored size. */
export function namespaceSize(stored: Size | undefined, children: readonly XY[]): Size {
  return {
    width: Math.max(stored?.width ?? 0, MIN_NS.width, ...children.map((p) => p.x + WORKLOAD_SIZE.width + NS_PAD.right)),
    height: Math.max(stored?.height ?? 0, MIN_NS.height, ...children.map((p) => p.y + WORKLOAD_SIZE.height + NS_PAD.bottom)),
  };
}

const near = (a: XY, b: XY) => Math.abs(a.x - b.x) < SAME_SPOT && Math.abs(a.y - b.y) < SAME_SPOT;

/** Where a new namespace goes: right of every placed one. */
export function namespaceSpot(design: Design, positions: Record<NodeId, XY>, sizes: Record<NodeId, Size>): XY {
  let right = 0;
  for (const ns of design.namespaces) {
    const p = positions[ns.id];
    if (!p) continue;
    right = Math.max(right, p.x + (sizes[ns.id]?.width ?? 480));
  }
  return { x: right === 0 ? ORIGIN.x : right + NS_SPACING, y: ORIGIN.y };
}

/** Where a new workload goes in its namespace: the first free grid cell. */
export function workloadSpot(design: Design, namespace: string, positions: Record<NodeId, XY>): XY {
  const taken = design.workloads
    .filter((w) => w.namespace === namespace)
    .map((w) => positions[w.id])
    .filter((p): p is XY => !!p);
  for (let i = 0; ; i++) if (!taken.some((p) => near(p, gridSpot(i)))) return gridSpot(i);
}

/** Where a new outside address goes: the first free row of their column. */
export function externalSpot(design: Design, positions: Record<NodeId, XY>): XY {
  const taken = design.externals.map((e) => positions[e.id]).filter((p): p is XY => !!p);
  for (let i = 0; ; i++) if (!taken.some((p) => near(p, externalRowSpot(i)))) return externalRowSpot(i);
}
