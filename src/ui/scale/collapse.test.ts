import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../engine/matrix';
import { gridFromConnectivity } from '../matrix/grid';
import { connectivityOfGroups } from '../matrix/testing';
import { aggregateEdges } from './collapse';
import { trafficPartners } from './dim';

const M: Matrix = {
  groups: [
    { id: 1, namespace: 'a', members: ['a/x', 'a/y'] },
    { id: 2, namespace: 'b', members: ['b/q'] },
  ],
  connections: [
    { from: 1, to: 1, ports: [{ port: '80/TCP', kind: 'unisolated' }] },
    { from: 1, to: 2, ports: [{ port: '80/TCP', kind: 'denied' }] },
    { from: 2, to: 1, ports: [{ port: '80/TCP', kind: 'allowed' }] },
  ],
  warnings: [],
  warningMessages: [],
};
const g = gridFromConnectivity(connectivityOfGroups(M));
const all = () => true;

describe('collapsed namespaces: counted edges', () => {
  it('counts the pairs between two collapsed namespaces by kind, one edge each way', () => {
    const edges = aggregateEdges(g, new Set(['a', 'b']), undefined, all);
    expect(edges.map((e) => [e.source, e.target, (e.data as { counts: unknown }).counts])).toEqual([
      ['namespace:a', 'namespace:b', { allowed: 0, unisolated: 0, 'http-only': 0, denied: 2 }],
      ['namespace:b', 'namespace:a', { allowed: 2, unisolated: 0, 'http-only': 0, denied: 0 }],
    ]);
  });
  it('joins a drawn workload to a collapsed namespace only when it is selected, and leaves out unchecked kinds', () => {
    expect(aggregateEdges(g, new Set(['b']), undefined, all)).toEqual([]);
    const edges = aggregateEdges(g, new Set(['b']), 'a/x', (k) => k !== 'denied');
    expect(edges.map((e) => `${e.source}>${e.target}`)).toEqual(['namespace:b>a/x']);
  });
  it('dims the workloads a selected one has no traffic with', () => {
    expect([...trafficPartners(g, 'a/x', all)!].sort()).toEqual(['a/x', 'a/y', 'b/q']);
    expect([...trafficPartners(g, 'a/x', (k) => k !== 'allowed')!].sort()).toEqual(['a/x', 'a/y']);
  });
});
