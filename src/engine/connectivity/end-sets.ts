// The two NetworkPolicy ends of connections to one destination port, as sets of sources (admin tiers included when
// the cluster has any): what evaluatePort's `egress` and `ingress` layers decide, for every source at once. The
// sets and formulas are buildConnectivity's (NetworkPolicy as netpol/evaluate.ts reads it, the tiers as
// admin/sets.ts combines them; A = Admin tier, B = Baseline tier):
//   egress lets it through (layer not `denied`) = A.allow ∪ (¬A.deny ∩ (NP isolates the source ? NP admits : ¬B.deny))
//   ingress allows it explicitly (layer `allowed`, not `unisolated`) = A.allow ∪ (¬A.deny ∩ (NP isolates d ? NP admits : B.allow))
// Lint asks these per port of a few destinations (KPD301), without building the whole connectivity matrix.
import type { NetworkPolicyPort } from '../../model';
import { emptySet, fullSet, trim, unionInto, type Bitset } from '../bitset';
import type { Endpoint } from '../endpoint';
import type { AdminOrder } from '../admin/order';
import { portMatches, type SelectorCache } from '../netpol/match';
import { AdminColumns } from './admin-columns';
import type { NetpolSets } from './netpol-sets';
import type { Slot } from './slots';
import type { WorkloadIndex } from './workload-index';

const portsMatch = (ports: NetworkPolicyPort[] | undefined, slot: Slot, dst: Endpoint) =>
  !ports || ports.length === 0 || ports.some((p) => portMatches(p, slot.port, slot.protocol, dst));

export class EndSets {
  private readonly egressOpen: Bitset;
  private readonly admin: AdminColumns | undefined;

  constructor(
    private readonly index: WorkloadIndex,
    private readonly sets: NetpolSets,
    order: AdminOrder,
    cache: SelectorCache,
  ) {
    this.egressOpen = fullSet(index.n);
    for (let w = 0; w < this.egressOpen.length; w++) this.egressOpen[w]! &= ~sets.egressIsolated[w]!;
    trim(this.egressOpen, index.n);
    this.admin = order.admin.length + order.baseline.length > 0 ? new AdminColumns(index, order, cache) : undefined;
  }

  /** The sources whose connection d's ingress end allows explicitly on `slot`. */
  ingressAllowed(d: number, slot: Slot): Bitset {
    const dst = this.index.eps[d]!;
    const policies = this.sets.ingressPolicies[d]!;
    const out = emptySet(this.index.n);
    for (const np of policies) for (const rule of np.ingress ?? []) if (portsMatch(rule.ports, slot, dst)) unionInto(out, this.sets.ruleSet(rule, np));
    const tiers = this.admin?.ingress(d, slot);
    if (tiers) {
      const { admin: a, baseline: b } = tiers;
      for (let w = 0; w < out.length; w++) out[w] = a.allow[w]! | (~a.deny[w]! & (policies.length > 0 ? out[w]! : b.allow[w]!));
      trim(out, this.index.n);
    }
    return out;
  }

  /** The sources whose egress end lets a connection to d on `slot` through. */
  egressLetsThrough(d: number, slot: Slot): Bitset {
    const dst = this.index.eps[d]!;
    const out = this.egressOpen.slice();
    for (const r of this.sets.egressRulesTo(d)) if (portsMatch(r.rule.ports, slot, dst)) unionInto(out, r.sources);
    const tiers = this.admin?.egress(d, slot);
    if (tiers) {
      const { admin: a, baseline: b } = tiers;
      for (let w = 0; w < out.length; w++) {
        const open = this.egressOpen[w]!;
        out[w] = a.allow[w]! | (~a.deny[w]! & ((out[w]! & ~open) | (open & ~b.deny[w]!)));
      }
      trim(out, this.index.n);
    }
    return out;
  }
}
