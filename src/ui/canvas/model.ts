// Design + layout → React Flow nodes and edges (pure: tested without a browser).
import type { Edge, Node } from '@xyflow/react';
import type { AllowEdge, Design, DesignExternal, DesignNamespace, DesignWorkload, NodeId, XY } from '../../model';
import { EXTERNAL_SIZE, WORKLOAD_SIZE } from '../../store/layout';
import { GAP, NS_HEADER } from '../../store/placement';
import { portsLabel } from '../../sync/ids';
import { Z } from './layers';

export type NamespaceNodeData = { ns: DesignNamespace; count: number };
export type WorkloadNodeData = { w: DesignWorkload };
export type ExternalNodeData = { ext: DesignExternal };
export type AllowEdgeData = { edge: AllowEdge; label: string };

export const MIN_NS = { width: 260, height: 150 };

export function canvasNodes(design: Design, positions: Record<NodeId, XY>, sizes: Record<NodeId, { width: number; height: number }>, selected: Set<string>): Node[] {
  const nodes: Node[] = [];
  let nextX = 40;
  const nsNodes = new Map<string, Node>();
  for (const ns of design.namespaces) {
    const members = design.workloads.filter((w) => w.namespace === ns.name);
    const childPos = members.map(
      (w, i) => positions[w.id] ?? { x: 24 + (i % 2) * (WORKLOAD_SIZE.width + GAP.x), y: NS_HEADER + Math.floor(i / 2) * (WORKLOAD_SIZE.height + GAP.y) },
    );
    const width = Math.max(sizes[ns.id]?.width ?? 0, MIN_NS.width, ...childPos.map((p) => p.x + WORKLOAD_SIZE.width + 24));
    const height = Math.max(sizes[ns.id]?.height ?? 0, MIN_NS.height, ...childPos.map((p) => p.y + WORKLOAD_SIZE.height + 20));
    const position = positions[ns.id] ?? { x: nextX, y: 40 };
    nextX = Math.max(nextX, position.x + width + 60);
    const node: Node = {
      id: ns.id,
      type: 'namespace',
      position,
      data: { ns, count: members.length } satisfies NamespaceNodeData,
      ariaLabel: `namespace ${ns.name}`,
      style: { width, height },
      width,
      height,
      selected: selected.has(ns.id),
      zIndex: Z.namespace,
    };
    nodes.push(node);
    nsNodes.set(ns.name, node);
    members.forEach((w, i) => {
      nodes.push({
        id: w.id,
        type: 'workload',
        parentId: ns.id,
        position: childPos[i]!,
        data: { w } satisfies WorkloadNodeData,
        ariaLabel: `workload ${w.namespace}/${w.name}`,
        width: WORKLOAD_SIZE.width,
        height: WORKLOAD_SIZE.height,
        selected: selected.has(w.id),
        zIndex: Z.node,
      });
    });
  }
  design.externals.forEach((ext, i) => {
    nodes.push({
      id: ext.id,
      type: 'external',
      position: positions[ext.id] ?? { x: -240, y: 40 + i * 90 },
      data: { ext } satisfies ExternalNodeData,
      ariaLabel: `external ${ext.cidr}`,
      width: EXTERNAL_SIZE.width,
      height: EXTERNAL_SIZE.height,
      selected: selected.has(ext.id),
      zIndex: Z.node,
    });
  });
  return nodes;
}

export function edgeLabel(edge: AllowEdge): string {
  const parts = [portsLabel(edge.ports)];
  if (edge.methods?.length) parts.push(edge.methods.join(','));
  if (edge.paths?.length) parts.push(edge.paths.join(','));
  return parts.join(' · ');
}

export function canvasEdges(design: Design, selectedEdge: string | undefined, dimmed: boolean): Edge[] {
  const known = new Set<string>([...design.namespaces.map((n) => n.id), ...design.workloads.map((w) => w.id), ...design.externals.map((e) => e.id)]);
  return design.edges
    .filter((e) => known.has(e.from) && known.has(e.to))
    .map((edge) => ({
      id: edge.id,
      source: edge.from,
      target: edge.to,
      type: 'allow',
      data: { edge, label: edgeLabel(edge) } satisfies AllowEdgeData,
      ariaLabel: `connection ${edge.from} to ${edge.to}: ${edgeLabel(edge)}${edge.handWritten ? ' (hand-written)' : ''}`,
      selected: edge.id === selectedEdge,
      zIndex: edge.id === selectedEdge ? Z.selectedEdge : Z.edge,
      className: `${edge.handWritten ? 'kpd-edge-hand' : 'kpd-edge-drawn'}${dimmed ? ' kpd-edge-dim' : ''}`,
    }));
}

/** The namespace whose rectangle contains an absolute point. */
export function namespaceAt(nodes: Node[], p: XY): string | undefined {
  for (const n of nodes) {
    if (n.type !== 'namespace') continue;
    const w = n.width ?? 0;
    const h = n.height ?? 0;
    if (p.x >= n.position.x && p.x <= n.position.x + w && p.y >= n.position.y && p.y <= n.position.y + h) return (n.data as NamespaceNodeData).ns.name;
  }
  return undefined;
}

/**
 * Two React Flow items that render the same: equal fields, comparing one level into plain objects (position,
 * style, data, markerEnd). The design's own objects keep their identity across edits (src/store/share.ts), so
 * identity is enough below that level.
 */
export function sameItem(a: object, b: object): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  return keys.every((k) => ra[k] === rb[k] || (isPlain(ra[k]) && isPlain(rb[k]) && shallowEqual(ra[k] as Record<string, unknown>, rb[k] as Record<string, unknown>)));
}

const isPlain = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * The nodes to hand React Flow after the model changed. React Flow keeps what it measured (`measured`, and with
 * it each node's handle positions) on ITS copies of our nodes; a node object without `measured` makes it forget
 * the handles, and every edge touching that node is unmounted until it is measured again (on a 300-workload
 * design, all 2,000 edges for one added Pod). So: a node whose model object did not change keeps React Flow's
 * copy; a changed one takes the new model object with the old measurements. `synced`: the model objects the
 * local copies came from.
 */
export function withLocalState(local: Node[], model: Node[], synced: ReadonlyMap<string, Node>): Node[] {
  const byId = new Map(local.map((n) => [n.id, n]));
  return model.map((m) => {
    const l = byId.get(m.id);
    if (!l) return m;
    if (synced.get(m.id) === m) return l;
    return l.measured ? { ...m, measured: l.measured } : m;
  });
}
