// Auto layout with elkjs: namespaces as compound nodes holding their workloads, outside addresses beside them,
// layered left to right along the allowed connections.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Design, NodeId, XY } from '../model';
import { EXTERNAL_SIZE, WORKLOAD_SIZE } from './geometry';

const PAD = { top: 48, side: 20, bottom: 20 };

export interface Layout {
  positions: Record<NodeId, XY>;
  sizes: Record<NodeId, { width: number; height: number }>;
}

export async function layoutDesign(design: Design): Promise<Layout> {
  const elk = new ELK();
  const children = [
    ...design.namespaces.map((ns) => ({
      id: ns.id,
      layoutOptions: {
        'elk.padding': `[top=${PAD.top},left=${PAD.side},bottom=${PAD.bottom},right=${PAD.side}]`,
        'elk.algorithm': 'layered',
        'elk.direction': 'DOWN',
        'elk.spacing.nodeNode': '44',
      },
      children: design.workloads.filter((w) => w.namespace === ns.name).map((w) => ({ id: w.id, ...WORKLOAD_SIZE })),
      width: 240,
      height: 120,
    })),
    ...design.externals.map((e) => ({ id: e.id, ...EXTERNAL_SIZE })),
  ];
  const known = new Set<string>([...design.namespaces.map((n) => n.id), ...design.workloads.map((w) => w.id), ...design.externals.map((e) => e.id)]);
  const edges = design.edges.filter((e) => known.has(e.from) && known.has(e.to)).map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] }));
  const graph = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.spacing.nodeNode': '48',
      'elk.layered.spacing.nodeNodeBetweenLayers': '80',
    },
    children,
    edges,
  });
  const positions: Layout['positions'] = {};
  const sizes: Layout['sizes'] = {};
  for (const node of graph.children ?? []) {
    positions[node.id] = { x: node.x ?? 0, y: node.y ?? 0 };
    if (node.id.startsWith('namespace:')) sizes[node.id] = { width: node.width ?? 240, height: node.height ?? 120 };
    // Children positions are relative to their namespace, as React Flow's parentId expects.
    for (const child of node.children ?? []) positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  }
  return { positions, sizes };
}
