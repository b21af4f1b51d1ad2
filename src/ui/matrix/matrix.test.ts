import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../engine/matrix';
import { buildAxis, lineAt } from './axis';
import { matrixCsv } from './csv';
import { countKinds, gridFromConnectivity } from './grid';
import { connectivityOfGroups } from './testing';

// Two groups in `a` (a/x alone; a/y and a/z alike), one in `b`.
const M: Matrix = {
  groups: [
    { id: 7, namespace: 'b', members: ['b/q'] },
    { id: 1, namespace: 'a', members: ['a/x'] },
    { id: 2, namespace: 'a', members: ['a/y', 'a/z'] },
  ],
  connections: [
    { from: 1, to: 2, ports: [{ port: '80/TCP', kind: 'allowed' }] },
    { from: 2, to: 1, ports: [{ port: '80/TCP', kind: 'denied' }] },
    { from: 2, to: 2, ports: [{ port: '80/TCP', kind: 'unisolated' }] },
    {
      from: 1,
      to: 7,
      ports: [
        { port: '53/UDP', kind: 'denied' },
        { port: '80/TCP', kind: 'http-only' },
      ],
    },
    { from: 7, to: 1, ports: [{ port: '80/TCP', kind: 'unisolated' }] },
    { from: 7, to: 2, ports: [{ port: '80/TCP', kind: 'unisolated' }] },
    { from: 2, to: 7, ports: [{ port: '80/TCP', kind: 'denied' }] },
  ],
  warnings: [],
  warningMessages: [],
};

describe('gridFromConnectivity: the matrix pair by pair', () => {
  const g = gridFromConnectivity(connectivityOfGroups(M));
  it('orders workloads by namespace, then name, and gives each namespace its range', () => {
    expect(g.workloads).toEqual(['a/x', 'a/y', 'a/z', 'b/q']);
    expect(g.namespaces).toEqual([
      { name: 'a', start: 0, end: 3 },
      { name: 'b', start: 3, end: 4 },
    ]);
  });
  it('reads each pair from its groups, and nothing for a workload with itself', () => {
    const at = (a: string, b: string) => g.kind(g.indexOf(a)!, g.indexOf(b)!);
    expect(at('a/x', 'a/z')).toBe('allowed');
    expect(at('a/y', 'a/z')).toBe('unisolated');
    expect(at('a/y', 'a/y')).toBeUndefined();
    expect(at('a/x', 'b/q')).toBe('http-only');
    expect(g.ports(0, 3).map((p) => p.port)).toEqual(['53/UDP', '80/TCP']);
  });
  it('counts the kinds of a block of pairs (a collapsed namespace)', () => {
    expect(countKinds(g, 0, 3, 0, 3)).toEqual({ allowed: 2, unisolated: 2, 'http-only': 0, denied: 2 });
  });
});

describe('axis and CSV', () => {
  const g = gridFromConnectivity(connectivityOfGroups(M));
  it('puts a band before each namespace and one line for a collapsed one', () => {
    const axis = buildAxis(g, { collapsed: new Set(['a']), cell: 10, band: 4 });
    expect(axis.lines.map((l) => l.type)).toEqual(['band', 'namespace', 'band', 'workload']);
    expect(axis.total).toBe(28);
    expect(lineAt(axis, 5)).toBe(1);
    expect(lineAt(axis, 27)).toBe(3);
    expect(lineAt(axis, 28)).toBe(-1);
  });
  it('exports what is shown: kinds per pair, counts for collapsed namespaces', () => {
    const rows = buildAxis(g, { collapsed: new Set(['a']), cell: 1, band: 0 });
    const cols = buildAxis(g, { collapsed: new Set(), cell: 1, band: 0 });
    expect(matrixCsv(g, rows, cols, (k) => k !== 'denied')).toBe(
      ['from \\ to,a/x,a/y,a/z,b/q', 'a,,allowed 1; unisolated 1,allowed 1; unisolated 1,http-only 1', 'b/q,unisolated,unisolated,unisolated,', ''].join('\n'),
    );
  });
});

describe('pair colours agree with the overlay', () => {
  it('colours each pair as pairKind does', async () => {
    const { pairKind } = await import('../overlay/pairs');
    const g = gridFromConnectivity(connectivityOfGroups(M));
    for (let s = 0; s < g.workloads.length; s++)
      for (let d = 0; d < g.workloads.length; d++) if (s !== d && g.ports(s, d).length) expect(g.kind(s, d)).toBe(pairKind([...g.ports(s, d)]));
  });
});

describe('Compare in the matrix', () => {
  it('colours only the pairs that changed, with their kind now and the changed ports', async () => {
    const { changesGrid } = await import('./changesGrid');
    const base = gridFromConnectivity(connectivityOfGroups(M));
    const g = changesGrid(base, [{ from: ['a/x'], to: ['a/y', 'a/z'], ports: ['80/TCP'], before: 'allowed', after: 'denied' }]);
    const at = (from: string, to: string) => g.kind(g.indexOf(from)!, g.indexOf(to)!);
    expect(at('a/x', 'a/y')).toBe('denied');
    expect(at('a/x', 'a/z')).toBe('denied');
    expect(g.ports(g.indexOf('a/x')!, g.indexOf('a/y')!)).toEqual([{ port: '80/TCP', kind: 'denied' }]);
    // Unchanged pairs have no colour (the base grid has one for them).
    expect(base.kind(base.indexOf('b/q')!, base.indexOf('a/x')!)).toBe('unisolated');
    expect(at('b/q', 'a/x')).toBeUndefined();
    expect(g.changesOnly).toBe(true);
  });
});
