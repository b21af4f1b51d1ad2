// The set form (admin/sets.ts, through group-verdicts.ts) and the single query (admin/evaluate.ts) agree on every
// member pair and port, with admin policies of both tiers and both versions in random clusters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cluster, Protocol, Verdict } from '../../model';
import { createEngineInternals, isQueryError } from '../engine';
import { adminClusterArb, adminMeshClusterArb } from './arbitrary';

/** The overlay's tier from a single query: the end that denied, else an admin tier that let an end through. */
function overlayTier(v: Verdict): 'Admin' | 'Baseline' | undefined {
  const pick = (t: string | undefined) => (t === 'Admin' || t === 'Baseline' ? t : undefined);
  const ing = v.layers.find((l) => l.layer === 'ingress')!;
  const eg = v.layers.find((l) => l.layer === 'egress')!;
  if (ing.decision === 'denied') return pick(ing.tier);
  if (eg.decision === 'denied') return pick(eg.tier);
  return pick(ing.tier) ?? pick(eg.tier);
}

function matrixAgreesWithCheck(c: Cluster): void {
  const e = createEngineInternals(c);
  const m = e.matrix();
  const byId = new Map(m.groups.map((g) => [g.id, g]));
  for (const conn of m.connections) {
    for (const f of byId.get(conn.from)!.members) {
      for (const t of byId.get(conn.to)!.members) {
        if (f === t) continue;
        const src = e.endpoint(f);
        const dst = e.endpoint(t);
        if (isQueryError(src) || isQueryError(dst)) throw new Error('unresolved member');
        for (const p of conn.ports) {
          const [port, protocol] = p.port === 'any' ? (['any', 'TCP'] as const) : (p.port.split('/') as [string, Protocol]);
          const v = e.evaluatePort(src, dst, port === 'any' ? 'any' : Number(port), protocol);
          expect(p.kind, `${f} → ${t} ${p.port}: ${v.reasons.join(' | ')}`).toBe(v.kind);
          expect(p.tier, `tier of ${f} → ${t} ${p.port}: ${v.reasons.join(' | ')}`).toBe(overlayTier(v));
        }
      }
    }
  }
}

describe('the grouped matrix with admin tiers', () => {
  it('gives every member pair the kind a single query gives (NetworkPolicy and admin policies)', () => {
    fc.assert(fc.property(adminClusterArb, matrixAgreesWithCheck), { numRuns: 600 });
  });
  it('gives every member pair the kind a single query gives (with Istio too)', () => {
    fc.assert(fc.property(adminMeshClusterArb, matrixAgreesWithCheck), { numRuns: 600 });
  });
});
