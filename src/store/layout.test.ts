import { describe, expect, it } from 'vitest';
import type { AllowEdge, Design, DesignNamespace, DesignWorkload } from '../model';
import { gridLayout, placeUnplaced, PLACE_PASTED_WORKLOADS, trafficOrder } from './layout';
import { createDesignerStore } from './create';

const ns = (name: string): DesignNamespace => ({ id: `namespace:${name}`, name, labels: {}, defaultDeny: false, allowDns: false, mtls: 'off', injection: false });
const wl = (namespace: string, name: string): DesignWorkload => ({
  id: `${namespace}/${name}`,
  namespace,
  name,
  kind: 'Pod',
  labels: {},
  serviceAccount: 'default',
  ports: [],
  mesh: false,
});
const edge = (from: string, to: string): AllowEdge => ({ id: `${from}>${to}`, from, to, ports: [], handWritten: false, policies: [] });

function design(namespaces: number, perNamespace: number, edges: AllowEdge[] = []): Design {
  const names = Array.from({ length: namespaces }, (_, i) => `n${i}`);
  return { namespaces: names.map(ns), workloads: names.flatMap((n) => Array.from({ length: perNamespace }, (_, i) => wl(n, `w${i}`))), externals: [], edges };
}

const columns = (xs: number[]) => new Set(xs).size;

describe('auto layout', () => {
  it('packs 5 namespaces of 20 workloads in a grid, never one column, close to the canvas shape', () => {
    const d = design(5, 20);
    for (const aspect of [0.9, 1.4, 2]) {
      const { positions, sizes } = gridLayout(d, aspect);
      const boxes = d.namespaces.map((n) => ({ ...positions[n.id]!, ...sizes[n.id]! }));
      expect(columns(boxes.map((b) => b.x))).toBeGreaterThan(1);
      const w = Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x));
      const h = Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y));
      expect(Math.abs(Math.log(w / h / aspect))).toBeLessThan(0.7);
    }
  });
  it('puts workloads inside their namespace without overlaps', () => {
    const d = design(2, 7);
    const { positions, sizes } = gridLayout(d);
    for (const n of d.namespaces) {
      const mine = d.workloads.filter((w) => w.namespace === n.name).map((w) => positions[w.id]!);
      expect(new Set(mine.map((p) => `${p.x},${p.y}`)).size).toBe(7);
      for (const p of mine) {
        expect(p.x + 200).toBeLessThanOrEqual(sizes[n.id]!.width);
        expect(p.y + 96).toBeLessThanOrEqual(sizes[n.id]!.height);
      }
    }
  });
  it('orders workloads so that those with traffic between them are neighbours', () => {
    expect(
      trafficOrder(['a', 'b', 'c', 'd', 'e'], [edge('a', 'e'), edge('e', 'c'), edge('c', 'a')])
        .slice(0, 3)
        .sort(),
    ).toEqual(['a', 'c', 'e']);
    expect(trafficOrder(['x', 'y'], [])).toEqual(['x', 'y']);
  });
});

describe('a big design pasted without places', () => {
  const POD = (n: string, i: number) => `apiVersion: v1\nkind: Pod\nmetadata: {name: w${i}, namespace: ${n}, labels: {app: w${i}}}\n`;
  const exportOf = (count: number) => Array.from({ length: count }, (_, i) => POD(`n${i % 9}`, i)).join('---\n');

  it('is laid out in a grid as part of the paste (one undo step takes both away)', () => {
    const store = createDesignerStore({ autosave: false, initialText: '' });
    store.getState().setText(exportOf(PLACE_PASTED_WORKLOADS + 30));
    const s = store.getState();
    const spots = s.design.namespaces.map((n) => s.positions[n.id]!);
    expect(spots.every(Boolean)).toBe(true);
    expect(columns(spots.map((p) => p.x))).toBeGreaterThan(1);
    expect(new Set(spots.map((p) => p.y)).size).toBeGreaterThan(1); // rows, not the default single row
    expect(store.history.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().positions).toEqual({});
  });

  it('leaves small pastes alone; lays out the unplaced namespaces of a big one below what has a place, which keeps it', () => {
    expect(placeUnplaced(design(3, PLACE_PASTED_WORKLOADS / 3), {})).toBeUndefined();
    const big = design(5, 20);
    // One namespace placed before (a design the export shares kube-system with): 80 workloads still have no place.
    const before = { 'namespace:n0': { x: 1, y: 2 }, 'external:10.0.0.0/8': { x: 5, y: 6 } };
    const placed = placeUnplaced(big, before, { 'namespace:n0': { width: 300, height: 400 } })!;
    expect(placed.positions['namespace:n0']).toEqual({ x: 1, y: 2 });
    expect(placed.positions['external:10.0.0.0/8']).toEqual({ x: 5, y: 6 });
    const rest = big.namespaces.slice(1).map((n) => placed.positions[n.id]!);
    expect(rest.every((p) => p.y >= 2 + 400)).toBe(true); // below the placed one
    expect(new Set(rest.map((p) => p.y)).size).toBeGreaterThan(1); // a grid, not one row
    expect(columns(rest.map((p) => p.x))).toBeGreaterThan(1);
    // Only 20 unplaced workloads: nothing to do.
    expect(placeUnplaced(big, { 'namespace:n0': { x: 0, y: 0 }, 'namespace:n1': { x: 0, y: 0 }, 'namespace:n2': { x: 0, y: 0 }, 'namespace:n3': { x: 0, y: 0 } })).toBeUndefined();
  });
});
