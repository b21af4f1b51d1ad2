// The overlay's pairs come from the engine's Connectivity; they must agree with the engine's own per-workload answer.
import { describe, expect, it } from 'vitest';
import { engineOf, np, workload } from '../../engine/testing/build';
import { ALL_PAIRS_LIMIT, hiddenForSelection, overlayPairs, pairKind } from './pairs';

const engine = engineOf({
  workloads: [workload('prod', 'web'), workload('prod', 'api', { ports: ['8080'] }), workload('prod', 'db', { ports: ['5432'] }), workload('dev', 'tool')],
  policies: [np('prod', 'db-only-api', { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ peers: [{ podSelector: { matchLabels: { app: 'api' } } }] }] })],
});
const key = (p: { from: string; to: string }) => `${p.from}>${p.to}`;

describe('overlay pairs', () => {
  it('for a selected workload: every pair in and out, the same ports as the engine gives for that workload', () => {
    const { pairs, tooMany } = overlayPairs(engine.connectivity(), 'prod/db');
    expect(tooMany).toBe(0);
    const expected = engine.pairsOf('prod/db');
    expect(pairs.map(key).sort()).toEqual(expected.map(key).sort());
    for (const e of expected) expect(pairs.find((p) => key(p) === key(e))!.ports).toEqual(e.ports);
    expect(pairs.find((p) => key(p) === 'prod/api>prod/db')!.kind).toBe('allowed'); // db's ingress admits it explicitly; api's egress being open does not matter
    expect(pairs.find((p) => key(p) === 'prod/web>prod/db')!.kind).toBe('denied');
    expect(pairs.find((p) => key(p) === 'prod/db>prod/web')!.kind).toBe('unisolated');
  });

  it('with nothing selected: all ordered pairs of a small design', () => {
    const { pairs } = overlayPairs(engine.connectivity(), undefined);
    expect(pairs).toHaveLength(4 * 3);
    for (const p of pairs) expect(p.kind).toBe(pairKind(p.ports));
  });

  it('with nothing selected on a large design: no pairs, the count for the hint', () => {
    const many = engineOf({ workloads: Array.from({ length: ALL_PAIRS_LIMIT + 1 }, (_, i) => workload('prod', `w${i}`)), policies: [] });
    expect(overlayPairs(many.connectivity(), undefined)).toEqual({ pairs: [], tooMany: ALL_PAIRS_LIMIT + 1 });
    expect(overlayPairs(many.connectivity(), 'prod/w3').pairs).toHaveLength(2 * ALL_PAIRS_LIMIT);
    expect(hiddenForSelection(many.connectivity(), undefined)).toBe(ALL_PAIRS_LIMIT + 1);
    expect(hiddenForSelection(many.connectivity(), 'prod/w3')).toBe(0);
    expect(hiddenForSelection(many.connectivity(), 'prod/unknown')).toBe(ALL_PAIRS_LIMIT + 1);
    expect(hiddenForSelection(engine.connectivity(), undefined)).toBe(0);
  });
});
