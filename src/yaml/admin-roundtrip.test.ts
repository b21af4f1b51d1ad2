// Round trip of the admin kinds: print(model) reads back as the same model, for random policies of all three kinds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyCluster, type AdminPolicy } from '../model';
import { adminPolicyArb } from '../engine/admin/arbitrary';
import { emitCluster } from './emit';
import { parseManifests } from './parse';

// The CRDs reject named ports next to networks/nodes peers (CEL on the egress rule): such policies cannot round trip.
const valid = (p: AdminPolicy) => !(p.egress ?? []).some((r) => r.ports?.some((x) => x.namedPort) && r.peers.some((x) => x.networks || x.nodes));

describe('admin policies round trip', () => {
  it('parse(emit(policy)) is the same policy, in its own kind', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }).chain((i) => adminPolicyArb(i)),
        (policy) => {
          fc.pre(valid(policy));
          const c = emptyCluster();
          c.adminPolicies.push(policy);
          const r = parseManifests([{ file: 'p.yaml', text: emitCluster(c) }]);
          expect(r.diagnostics).toEqual([]);
          const { origin: _, ...back } = r.cluster.adminPolicies[0]!;
          expect(back).toEqual(policy);
        },
      ),
      { numRuns: 300 },
    );
  });
});
