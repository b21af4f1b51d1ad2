// Collapsed namespaces on the canvas (pure): a collapsed namespace is one small node; its workloads leave the
// canvas, and the traffic between what is left is aggregated into one edge per pair of nodes, labelled by counts.
import type { Edge, Node } from '@xyflow/react';
import type { VerdictKind } from '../../model';
import { countsKind, noCounts, type KindCounts, type TrafficGrid } from '../matrix/grid';

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
  const node = grid.workloads.map((w, i) => (collapsed.has(grid.namespaceOf[i]!) ? `namespace:${grid.namespaceOf[i]}` : w));
  const wanted = (i: number) => collapsed.has(grid.namespaceOf[i]!) || grid.workloads[i] === selected;
  const sums = new Map<string, { from: string; to: string; counts: KindCounts }>();
  const n = grid.workloads.length;
  for (let s = 0; s < n; s++) {
    if (!wanted(s)) continue;
    for (let d = 0; d < n; d++) {
      if (s === d) continue;
      const sc = collapsed.has(grid.namespaceOf[s]!);
      const dc = collapsed.has(grid.namespaceOf[d]!);
      if (!sc && !dc) continue; // workload to workload: the ordinary overlay
      if (!(sc || grid.workloads[s] === selected) || !(dc || grid.workloads[d] === selected)) continue;
      const k = grid.kind(s, d);
      if (!k || !shown(k)) continue;
      const from = node[s]!;
      const to = node[d]!;
      if (from === to) continue;
      const key = `${from}->${to}`;
      let e = sums.get(key);
      if (!e) sums.set(key, (e = { from, to, counts: noCounts() }));
      e.counts[k]++;
    }
  }
  return [...sums.values()].map(({ from, to, counts }) => ({
    id: `traffic-sum:${from}->${to}`,
    source: from,
    target: to,
    type: 'trafficSum',
    data: { from, to, counts, kind: countsKind(counts)! } satisfies AggregateEdgeData,
    selectable: false,
    zIndex: 2,
  }));
}
