// Design + layout → React Flow nodes and edges (pure: tested without a browser).
import type { Edge, Node } from '@xyflow/react';
import type { AllowEdge, Design, DesignExternal, DesignNamespace, DesignWorkload, NodeId, XY } from '../../model';
import { EXTERNAL_SIZE, externalRowSpot, gridSpot, namespaceSize, NS_SPACING, ORIGIN, WORKLOAD_SIZE } from '../../store/geometry';
import { namespaceId, portsLabel } from '../../sync/ids';
import { Z } from './layers';

export type NamespaceNodeData = { ns: DesignNamespace; count: number };
export type WorkloadNodeData = { w: DesignWorkload };
export type ExternalNodeData = { ext: DesignExternal };
/**
 * `lane`: where the label sits among labels that would land on the same spot (0 alone; -0.5/+0.5 for two; see
 * edgeLanes), so the ingress and the egress policy of one connection do not print their labels on top of each other.
 * `dimmed`: the traffic overlay is shown and leads.
 */
export type AllowEdgeData = { edge: AllowEdge; label: string; lane: number; dimmed: boolean };

export { MIN_NS } from '../../store/geometry';

/** Accessible names and words of canvas items in the page's language (Canvas.tsx builds them from i18n). */
export interface CanvasNames {
  namespace(name: string): string;
  workload(id: string): string;
  external(cidr: string): string;
  connection(from: string, to: string, label: string, handWritten: boolean): string;
  allPorts: string;
}

/** English, as the e2e tests and screen readers in English read them. */
export const ENGLISH_NAMES: CanvasNames = {
  namespace: (name) => `namespace ${name}`,
  workload: (id) => `workload ${id}`,
  external: (cidr) => `external ${cidr}`,
  connection: (from, to, label, hand) => `connection ${from} to ${to}: ${label}${hand ? ' (hand-written)' : ''}`,
  allPorts: 'all ports',
};

export function canvasNodes(
  design: Design,
  positions: Record<NodeId, XY>,
  sizes: Record<NodeId, { width: number; height: number }>,
  selected: Set<string>,
  names: CanvasNames = ENGLISH_NAMES,
): Node[] {
  const nodes: Node[] = [];
  let nextX = ORIGIN.x;
  const nsNodes = new Map<string, Node>();
  for (const ns of design.namespaces) {
    const members = design.workloads.filter((w) => w.namespace === ns.name);
    const childPos = members.map((w, i) => positions[w.id] ?? gridSpot(i));
    const { width, height } = namespaceSize(sizes[ns.id], childPos);
    const position = positions[ns.id] ?? { x: nextX, y: ORIGIN.y };
    nextX = Math.max(nextX, position.x + width + NS_SPACING);
    const node: Node = {
      id: ns.id,
      type: 'namespace',
      position,
      data: { ns, count: members.length } satisfies NamespaceNodeData,
      ariaLabel: names.namespace(ns.name),
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
        ariaLabel: names.workload(`${w.namespace}/${w.name}`),
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
      position: positions[ext.id] ?? externalRowSpot(i),
      data: { ext } satisfies ExternalNodeData,
      ariaLabel: names.external(ext.cidr),
      width: EXTERNAL_SIZE.width,
      height: EXTERNAL_SIZE.height,
      selected: selected.has(ext.id),
      zIndex: Z.node,
    });
  });
  return nodes;
}

export function edgeLabel(edge: AllowEdge, allPorts = ENGLISH_NAMES.allPorts): string {
  const parts = [edge.ports.length === 0 ? allPorts : portsLabel(edge.ports)];
  if (edge.methods?.length) parts.push(edge.methods.join(','));
  if (edge.paths?.length) parts.push(edge.paths.join(','));
  return parts.join(' · ');
}

export function canvasEdges(design: Design, selectedEdge: string | undefined, dimmed: boolean, names: CanvasNames = ENGLISH_NAMES): Edge[] {
  const known = new Set<string>([...design.namespaces.map((n) => n.id), ...design.workloads.map((w) => w.id), ...design.externals.map((e) => e.id)]);
  const shown = design.edges.filter((e) => known.has(e.from) && known.has(e.to));
  const namespaceOf = new Map(design.workloads.map((w) => [w.id, namespaceId(w.namespace)]));
  const lanes = edgeLanes(shown, (id) => namespaceOf.get(id));
  return shown.map((edge, i) => {
    const label = edgeLabel(edge, names.allPorts);
    return {
      id: edge.id,
      source: edge.from,
      target: edge.to,
      type: 'allow',
      data: { edge, label, lane: lanes[i], dimmed } satisfies AllowEdgeData,
      ariaLabel: names.connection(edge.from, edge.to, label, edge.handWritten),
      selected: edge.id === selectedEdge,
      zIndex: edge.id === selectedEdge ? Z.selectedEdge : Z.edge,
      className: `${edge.handWritten ? 'kpd-edge-hand' : 'kpd-edge-drawn'}${dimmed ? ' kpd-edge-dim' : ''}`,
    };
  });
}

/**
 * Each edge's lane among the edges whose labels would land on the same spot, centred on 0: edges joining the same
 * two nodes either way round, and an edge from (or to) a whole namespace with the edges from (to) its workloads to
 * the same node, whose labels sit at about the same place (typically a namespace-wide ingress policy and the
 * workload's own egress policy). `namespaceOf` gives a workload's namespace node id.
 */
export function edgeLanes(edges: readonly { from: string; to: string }[], namespaceOf: (id: string) => string | undefined): number[] {
  const pair = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (const e of edges) parent.set(pair(e.from, e.to), pair(e.from, e.to));
  // Every edge also answers to its endpoints' namespaces; where a namespace-level edge has that key, they share lanes.
  const lifted = (e: { from: string; to: string }) => {
    const nf = namespaceOf(e.from);
    const nt = namespaceOf(e.to);
    return [nf && pair(nf, e.to), nt && pair(e.from, nt), nf && nt && pair(nf, nt)].filter((k): k is string => !!k);
  };
  for (const e of edges) for (const k of lifted(e)) if (parent.has(k)) parent.set(find(pair(e.from, e.to)), find(k));
  const group = edges.map((e) => find(pair(e.from, e.to)));
  const count = new Map<string, number>();
  for (const g of group) count.set(g, (count.get(g) ?? 0) + 1);
  const seen = new Map<string, number>();
  return group.map((g) => {
    const i = seen.get(g) ?? 0;
    seen.set(g, i + 1);
    return i - ((count.get(g) ?? 1) - 1) / 2;
  });
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
