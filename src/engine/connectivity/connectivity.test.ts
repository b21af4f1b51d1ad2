// Connectivity gives exactly the single-query kinds: every ordered pair (a workload with itself included) and every
// destination port, on random small clusters and on small instances of the distinct-workload generator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDistinct } from '../../../bench/generate-distinct';
import type { Cluster } from '../../model';
import { parseManifests } from '../../yaml';
import { createEngineInternals } from '../engine';
import { meshClusterArb, netpolClusterArb } from '../testing/arbitrary';
import { connectivityFromSerialized } from './connectivity';

function agreesWithCheck(c: Cluster): void {
  const e = createEngineInternals(c);
  const conn = e.connectivity();
  const eps = conn.ids.map((id) => e.endpoint(id));
  for (let d = 0; d < conn.n; d++) {
    const slots = conn.slots(d);
    for (let s = 0; s < conn.n; s++) {
      for (const [j, slot] of slots.entries()) {
        const v = e.evaluate(eps[s] as never, eps[d] as never, slot.port as number, slot.protocol);
        const fromAny = slot.port === 'any' ? e.evaluatePort(eps[s] as never, eps[d] as never, 'any', slot.protocol) : v;
        expect(conn.kind(s, d, j), `${conn.ids[s]} → ${conn.ids[d]} ${slot.label}: ${fromAny.reasons.join(' | ')}`).toBe(fromAny.kind);
      }
    }
  }
}

describe('Connectivity equals check()', () => {
  it('on random NetworkPolicy clusters', () => {
    fc.assert(fc.property(netpolClusterArb, agreesWithCheck), { numRuns: 300 });
  });

  it('on random clusters with sidecars, PeerAuthentications and AuthorizationPolicies', () => {
    fc.assert(fc.property(meshClusterArb, agreesWithCheck), { numRuns: 1500 });
  });

  it.each([
    [90, 1],
    [120, 2],
  ])('on the distinct-workload generator (%i workloads, seed %i), every pair and port', (n, seed) => {
    const { cluster, diagnostics } = parseManifests([{ file: 'distinct.yaml', text: generateDistinct(n, seed) }]);
    expect(diagnostics).toEqual([]);
    agreesWithCheck(cluster);
  });
});

describe('serialized form', () => {
  it('survives a structured clone with the same kinds and ports', () => {
    const { cluster } = parseManifests([{ file: 'distinct.yaml', text: generateDistinct(60, 3) }]);
    const conn = createEngineInternals(cluster).connectivity();
    const copy = connectivityFromSerialized(structuredClone(conn.serialize()));
    expect(copy.ids).toEqual(conn.ids);
    for (let s = 0; s < conn.n; s++) for (let d = 0; d < conn.n; d++) expect(copy.ports(s, d)).toEqual(conn.ports(s, d));
  });
});
