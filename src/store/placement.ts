// Where a new node goes when the user did not say: namespaces in a row, workloads in a two-column grid inside
// their namespace (positions of workloads are relative to their namespace node), outside addresses on the left.
import type { Design, NodeId, XY } from '../model';
import { WORKLOAD_SIZE } from './layout';

export const NS_HEADER = 48;
/** Room between workloads for edges and their labels. */
export const GAP = { x: 80, y: 44 };

export function namespaceSpot(design: Design, positions: Record<NodeId, XY>, sizes: Record<NodeId, { width: number; height: number }>): XY {
  let right = 0;
  for (const ns of design.namespaces) {
    const p = positions[ns.id];
    if (!p) continue;
    right = Math.max(right, p.x + (sizes[ns.id]?.width ?? 480));
  }
  return { x: right === 0 ? 40 : right + 60, y: 40 };
}

export function workloadSpot(design: Design, namespace: string, positions: Record<NodeId, XY>): XY {
  const taken = design.workloads
    .filter((w) => w.namespace === namespace)
    .map((w) => positions[w.id])
    .filter((p): p is XY => !!p);
  for (let i = 0; ; i++) {
    const spot = { x: 24 + (i % 2) * (WORKLOAD_SIZE.width + GAP.x), y: NS_HEADER + Math.floor(i / 2) * (WORKLOAD_SIZE.height + GAP.y) };
    if (!taken.some((p) => Math.abs(p.x - spot.x) < 40 && Math.abs(p.y - spot.y) < 40)) return spot;
  }
}

export function externalSpot(design: Design, positions: Record<NodeId, XY>): XY {
  const taken = design.externals.map((e) => positions[e.id]).filter((p): p is XY => !!p);
  for (let i = 0; ; i++) {
    const spot = { x: -240, y: 40 + i * 90 };
    if (!taken.some((p) => Math.abs(p.y - spot.y) < 40 && Math.abs(p.x - spot.x) < 40)) return spot;
  }
}
