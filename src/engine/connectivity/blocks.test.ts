// Blocks cover every ordered pair of distinct workloads exactly once, with the ports Connectivity gives that pair;
// with a focus, exactly the pairs touching it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDistinct } from '../../../bench/generate-distinct';
import type { Cluster } from '../../model';
import { parseManifests } from '../../yaml';
import { inFocus, type ConnectionBlock } from '../blocks';
import { createEngineInternals } from '../engine';
import { meshClusterArb, netpolClusterArb } from '../testing/arbitrary';

function expand(blocks: Iterable<ConnectionBlock>): Map<string, string> {
  const seen = new Map<string, string>();
  for (const b of blocks) {
    expect([...b.from].sort()).toEqual(b.from);
    expect([...b.to].sort()).toEqual(b.to);
    expect(b.from.length * b.to.length > 0 && !(b.from.length === 1 && b.to.length === 1 && b.from[0] === b.to[0])).toBe(true);
    for (const f of b.from) {
      for (const t of b.to) {
        if (f === t) continue;
        const key = `${f}>${t}`;
        expect(seen.has(key), `${key} twice`).toBe(false);
        seen.set(key, JSON.stringify(b.ports));
      }
    }
  }
  return seen;
}

function blocksAgree(c: Cluster, focus?: string[]): void {
  const e = createEngineInternals(c);
  const conn = e.connectivity();
  const got = expand(e.blocks(focus ? { focus } : {}));
  const want = new Map<string, string>();
  const f = focus && new Set(focus);
  for (let s = 0; s < conn.n; s++) {
    for (let d = 0; d < conn.n; d++) {
      if (s === d) continue;
      if (f && !inFocus(conn.ids[s]!, f) && !inFocus(conn.ids[d]!, f)) continue;
      want.set(`${conn.ids[s]}>${conn.ids[d]}`, JSON.stringify(conn.ports(s, d)));
    }
  }
  expect(got).toEqual(want);
}

const distinct = (n: number, seed: number) => parseManifests([{ file: 'distinct.yaml', text: generateDistinct(n, seed) }]).cluster;

describe('blocks', () => {
  it('cover every pair once with its ports, on random clusters, with and without a focus', () => {
    fc.assert(
      fc.property(fc.oneof(netpolClusterArb, meshClusterArb), fc.constantFrom<string[] | undefined>(undefined, ['n0'], ['n1/w1', 'n2']), (c, focus) => blocksAgree(c, focus)),
      { numRuns: 400 },
    );
  });

  it.each([
    [100, 1, undefined],
    [150, 2, undefined],
    [150, 2, ['ns-001', 'ns-003/web-3']],
  ])('cover every pair once with its ports on the distinct-workload generator (%i workloads, seed %i, focus %j)', (n, seed, focus) => {
    blocksAgree(distinct(n, seed), focus);
  });

  it('list far fewer ids than one object per pair on the distinct-workload generator', () => {
    const c = distinct(600, 5);
    let ids = 0;
    for (const b of createEngineInternals(c).blocks()) ids += b.from.length + b.to.length;
    // One object per pair would list 2 × 600 × 599 ids (about 42,000 today).
    expect(ids).toBeLessThan(2 * 600 * 599 * 0.1);
  });
});
