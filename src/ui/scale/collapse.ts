// Collapsed namespaces on the canvas (pure): a collapsed namespace is one small node; its workloads leave the
// canvas, and the traffic between what is left is aggregated into one edge per pair of nodes, labelled by counts.
import type { Edge, Node } from '@xyflow/react';
import type { VerdictKind } from '../../model';
import { countsKind, type KindCounts, type TrafficGrid } from '../matrix/grid';

const KIND_KEYS: VerdictKind[] = ['allowed', 'unisolated', 'http-only', 'denied'];

export const COLLAPSED_SIZE = { width: 240, height: 92 };

/** The namespaces drawn collapsed: all but the ones opened by a double-click, when collapsing is on. */
export function collapsedNamespaces(on: boolean, all: readonly string[], expanded: ReadonlySet<string>): ReadonlySet<string> {
  return on ? new Set(all.filter((n) => !expanded.has(n))) : new Set();
}

/** Leaves out the workloads of collapsed namespaces and shrinks those namespaces into a summary node. */
export function collapseNodes(nodes: Node[], collapsed: ReadonlySet<string>): Node[] {
  if (collapsed.size === 0) return nodes;
  const out: Node[] = [];
  for (const n of nodes) {
    if (n.type === 'workload' && collapsed.has(n.id.split('/')[0]!)) continue;
    if (n.type === 'namespace' && collapsed.has(n.id.slice('namespace:'.length))) {
      // The namespace's own rectangle, so the picture keeps its shape and nothing moves when it collapses or opens;
      // its text grows with it (nodes.tsx), readable when zoomed far out.
      const width = Math.max(n.width ?? COLLAPSED_SIZE.width, COLLAPSED_SIZE.width);
      const height = Math.max(n.height ?? COLLAPSED_SIZE.height, COLLAPSED_SIZE.height);
      out.push({ ...n, type: 'namespaceCollapsed', style: { width, height }, width, height });
      continue;
    }
    out.push(n);
  }
  return out;
}

export type AggregateEdgeData = { from: string; to: string; counts: KindCounts; kind: VerdictKind };

/**
 * One edge per ordered pair of canvas nodes that stand for more than one workload pair, with counts per kind.
 * Between a collapsed namespace and a workload that is still drawn, only the selected workload's edges (else a
 * design with one namespace opened draws an edge per workload and namespace).
 */
export function aggregateEdges(grid: TrafficGrid, collapsed: ReadonlySet<string>, selected: string | undefined, shown: (k: VerdictKind) => boolean): Edge[] {
  if (collapsed.size === 0) return [];
  // Each workload's canvas node as a small number (-1: a workload still drawn that is not the selected one); the
  // counts live in one flat array: a million pairs at 1,000 workloads, so no string or object per pair.
  const nodes: string[] = [];
  const nodeIndex = new Map<string, number>();
  const n = grid.workloads.length;
  const vis = new Int32Array(n);
  const isNs = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const ns = grid.namespaceOf[i]!;
    const id = collapsed.has(ns) ? `namespace:${ns}` : grid.workloads[i] === selected ? selected : undefined;
    isNs[i] = collapsed.has(ns) ? 1 : 0;
    if (id === undefined) {
      vis[i] = -1;
      continue;
    }
    let v = nodeIndex.get(id);
    if (v === undefined) nodeIndex.set(id, (v = nodes.push(id) - 1));
    vis[i] = v;
  }
  const V = nodes.length;
  const counts = new Int32Array(V * V * 4);
  const code: Record<VerdictKind, number> = { allowed: 0, unisolated: 1, 'http-only': 2, denied: 3 };
  const on = KIND_KEYS.map((k) => shown(k));
  for (let s = 0; s < n; s++) {
    const a = vis[s]!;
    if (a < 0) continue;
    for (let d = 0; d < n; d++) {
      const b = vis[d]!;
      // Workload to workload is the ordinary overlay; a node with itself is no edge.
      if (b < 0 || a === b || (!isNs[s] && !isNs[d])) continue;
      const k = grid.kind(s, d);
      if (!k) continue;
      const c = code[k];
      if (on[c]) counts[(a * V + b) * 4 + c]!++;
    }
  }
  const sums: { from: string; to: string; counts: KindCounts }[] = [];
  for (let a = 0; a < V; a++)
    for (let b = 0; b < V; b++) {
      const at = (a * V + b) * 4;
      if (counts[at]! + counts[at + 1]! + counts[at + 2]! + counts[at + 3]! === 0) continue;
      sums.push({ from: nodes[a]!, to: nodes[b]!, counts: { allowed: counts[at]!, unisolated: counts[at + 1]!, 'http-only': counts[at + 2]!, denied: counts[at + 3]! } });
    }
  return sums.map(({ from, to, counts }) => ({
    id: `traffic-sum:${from}->${to}`,
    source: from,
    target: to,
    type: 'trafficSum',
    data: { from, to, counts, kind: countsKind(counts)! } satisfies AggregateEdgeData,
    selectable: false,
    zIndex: 2,
  }));
}
