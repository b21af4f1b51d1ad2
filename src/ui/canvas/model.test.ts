// The canvas model: names people (and tests) find nodes by, namespaces that contain their workloads, drop targets,
// edge labels, and the ports mini-language of the connect form.
import { describe, expect, it } from 'vitest';
import type { Design, DesignNamespace, DesignWorkload } from '../../model';
import { WORKLOAD_SIZE } from '../../store/geometry';
import { parsePorts } from './ConnectDialog';
import { shareList } from '../../store/share';
import { canvasEdges, canvasNodes, edgeLabel, edgeLanes, MIN_NS, namespaceAt, sameItem, withLocalState } from './model';

const ns = (name: string): DesignNamespace => ({ id: `namespace:${name}`, name, labels: {}, defaultDeny: false, allowDns: false, mtls: 'off', injection: false });
const wl = (namespace: string, name: string): DesignWorkload => ({
  id: `${namespace}/${name}`,
  namespace,
  name,
  kind: 'Deployment',
  labels: { app: name },
  serviceAccount: 'default',
  ports: [],
  mesh: false,
});
const design: Design = {
  namespaces: [ns('a'), ns('b')],
  workloads: [wl('a', 'web'), wl('a', 'api'), wl('a', 'db'), wl('b', 'job')],
  externals: [{ id: 'external:0.0.0.0/0', cidr: '0.0.0.0/0', except: [] }],
  edges: [
    { id: 'e1', from: 'a/web', to: 'b/job', ports: [{ port: 8080, protocol: 'TCP' }], methods: ['GET'], paths: ['/api/*'], handWritten: false, policies: [] },
    { id: 'e2', from: 'a/web', to: 'gone/x', ports: [], handWritten: true, policies: [] },
  ],
};

describe('canvas nodes', () => {
  const nodes = canvasNodes(design, { 'a/db': { x: 500, y: 300 } }, {}, new Set(['a/api']));
  const byId = new Map(nodes.map((n) => [n.id, n]));

  it('names every node as the contract says', () => {
    expect(nodes.map((n) => n.ariaLabel)).toEqual(['namespace a', 'workload a/web', 'workload a/api', 'workload a/db', 'namespace b', 'workload b/job', 'external 0.0.0.0/0']);
  });

  it('puts workloads inside their namespace and sizes the namespace to contain them', () => {
    expect(byId.get('a/web')!.parentId).toBe('namespace:a');
    expect(byId.get('a/web')!.extent).toBeUndefined(); // dragging out of the rectangle must be possible (move to another namespace)
    const a = byId.get('namespace:a')!;
    expect(a.width).toBeGreaterThanOrEqual(500 + WORKLOAD_SIZE.width);
    expect(a.height).toBeGreaterThanOrEqual(300 + WORKLOAD_SIZE.height);
    expect(byId.get('namespace:b')!.width).toBeGreaterThanOrEqual(MIN_NS.width);
  });

  it('places namespaces without a saved position side by side, not on top of each other', () => {
    const a = byId.get('namespace:a')!;
    const b = byId.get('namespace:b')!;
    expect(b.position.x).toBeGreaterThanOrEqual(a.position.x + a.width!);
  });

  it('marks the selection', () => {
    expect(nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['a/api']);
  });

  it('finds the namespace under a dropped point', () => {
    const b = byId.get('namespace:b')!;
    expect(namespaceAt(nodes, { x: b.position.x + 10, y: b.position.y + 10 })).toBe('b');
    expect(namespaceAt(nodes, { x: -10_000, y: -10_000 })).toBeUndefined();
  });
});

describe('canvas edges', () => {
  it('labels ports, methods and paths and marks hand-written edges; drops edges to unknown nodes', () => {
    const edges = canvasEdges(design, 'e1', false);
    expect(edges.map((e) => e.id)).toEqual(['e1']);
    expect(edges[0]!.selected).toBe(true);
    expect(edgeLabel(design.edges[0]!)).toBe('8080/TCP · GET · /api/*');
    const hand = canvasEdges({ ...design, edges: [{ ...design.edges[1]!, to: 'b/job' }] }, undefined, true)[0]!;
    expect(hand.className).toContain('kpd-edge-hand');
    expect(hand.ariaLabel).toContain('(hand-written)');
  });
});

describe('ports typed in the connect form', () => {
  it('reads numbers, ranges, protocols and named ports; empty means all ports', () => {
    expect(parsePorts('')).toEqual([]);
    expect(parsePorts('8080, 53/udp 9000-9100/TCP http')).toEqual([
      { port: 8080, protocol: 'TCP' },
      { port: 53, protocol: 'UDP' },
      { port: 9000, endPort: 9100, protocol: 'TCP' },
      { port: 'http', protocol: 'TCP' },
    ]);
  });

  it('refuses what is not a port, naming the bad part', () => {
    expect(parsePorts('80 70000')).toEqual({ bad: '70000' });
    expect(parsePorts('9100-9000')).toEqual({ bad: '9100-9000' });
    expect(parsePorts('80/icmp')).toEqual({ bad: '80/icmp' });
  });
});

describe('unchanged items keep their identity (React Flow re-renders only changed ones)', () => {
  it('recomputing the same design gives back the previous node and edge objects; a moved node is new', () => {
    const nodes = canvasNodes(design, {}, {}, new Set());
    expect(shareList(nodes, canvasNodes(design, {}, {}, new Set()), sameItem)).toBe(nodes);
    const moved = shareList(nodes, canvasNodes(design, { 'a/api': { x: 500, y: 500 } }, {}, new Set()), sameItem);
    expect(moved.find((n) => n.id === 'a/api')).not.toBe(nodes.find((n) => n.id === 'a/api'));
    expect(moved.find((n) => n.id === 'a/web')).toBe(nodes.find((n) => n.id === 'a/web'));
    const edges = canvasEdges(design, undefined, false);
    expect(shareList(edges, canvasEdges(design, undefined, false), sameItem)).toBe(edges);
    expect(shareList(edges, canvasEdges(design, 'e1', false), sameItem)[0]).not.toBe(edges[0]);
  });
});

describe('React Flow keeps what it measured', () => {
  it('unchanged model nodes keep the local copy; changed ones take the model with the old measurements', () => {
    const model = canvasNodes(design, {}, {}, new Set());
    const synced = new Map(model.map((m) => [m.id, m]));
    const local = model.map((n) => ({ ...n, measured: { width: 200, height: 80 } }));
    const next = shareList(model, canvasNodes(design, { 'a/api': { x: 9, y: 9 } }, {}, new Set()), sameItem);
    const merged = withLocalState(local, next, synced);
    const at = (id: string) => merged.find((n) => n.id === id)!;
    expect(at('a/web')).toBe(local.find((n) => n.id === 'a/web'));
    expect(at('a/api')).toMatchObject({ position: { x: 9, y: 9 }, measured: { width: 200, height: 80 } });
    const added = withLocalState([], next, new Map());
    expect(added).toEqual(next);
  });
});

describe('label lanes: labels that would land on the same spot are stacked', () => {
  const ns = (id: string) => (id.includes('/') ? `namespace:${id.split('/')[0]}` : undefined);
  const e = (from: string, to: string) => ({ from, to });
  it('a lone edge, and edges between different pairs, stay on the line', () => {
    expect(edgeLanes([e('a/web', 'b/api'), e('a/web', 'c/db'), e('b/api', 'c/db')], ns)).toEqual([0, 0, 0]);
  });
  it('edges joining the same two nodes, either way round, take lanes around the line', () => {
    expect(edgeLanes([e('a/web', 'b/api'), e('b/api', 'a/web'), e('a/web', 'b/api')], ns)).toEqual([-1, 0, 1]);
  });
  it("a namespace-wide edge shares lanes with its workloads' edges to the same node, both ends", () => {
    expect(edgeLanes([e('namespace:a', 'b/api'), e('a/web', 'b/api'), e('a/web', 'c/db')], ns)).toEqual([-0.5, 0.5, 0]);
    expect(edgeLanes([e('a/web', 'b/api'), e('a/web', 'namespace:b')], ns)).toEqual([-0.5, 0.5]);
    expect(edgeLanes([e('namespace:a', 'namespace:b'), e('a/web', 'b/api')], ns)).toEqual([-0.5, 0.5]);
  });
  it('workloads of one namespace are not stacked together without a namespace-level edge between them', () => {
    expect(edgeLanes([e('a/web', 'b/api'), e('a/worker', 'b/api')], ns)).toEqual([0, 0]);
  });
});
