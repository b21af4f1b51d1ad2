// The admin tiers (admin/sets.ts) per destination column, for buildConnectivity. The ingress end at d is AdminSets'
// own `forEnd(d)` (peers = the sources). The egress end is decided at each source, so its rules are transposed: for
// column d, walk the tier's rules in evaluation order (policies by priority, rules in order); a rule whose peers
// contain d and whose ports match the slot decides, for the sources its policy selects that no earlier rule decided
// (the first matching rule decides, QUERY-MODEL.md "Admin tiers"). Cost: rules × sources / 32 per column, and only
// when the cluster has admin policies.
import type { AdminPolicy, AdminRule } from '../../model';
import { add, emptySet, has, unionInto, type Bitset } from '../bitset';
import { matchingPort, subjectSelects } from '../admin/match';
import { AdminSets, type AdminTierSets, type TierSets } from '../admin/sets';
import type { AdminOrder } from '../admin/order';
import type { SelectorCache } from '../netpol/match';
import type { Slot } from './slots';
import type { WorkloadIndex } from './workload-index';

interface TierRule {
  rule: AdminRule;
  /** The sources the rule's policy selects (its subject). */
  subject: Bitset;
}

export class AdminColumns {
  private readonly sets: AdminSets;
  private readonly admin: TierRule[];
  private readonly baseline: TierRule[];

  constructor(
    private readonly index: WorkloadIndex,
    order: AdminOrder,
    cache: SelectorCache,
  ) {
    this.sets = new AdminSets(index.eps, order, cache);
    const subjects = new Map<AdminPolicy, Bitset>();
    const subjectOf = (p: AdminPolicy) => {
      let set = subjects.get(p);
      if (!set) {
        set = emptySet(index.n);
        index.eps.forEach((ep, i) => {
          if (ep.workload && subjectSelects(p.subject, ep.workload, cache)) add(set!, i);
        });
        subjects.set(p, set);
      }
      return set;
    };
    const egressRules = (list: AdminPolicy[]) => list.flatMap((p) => (p.egress ?? []).map((rule) => ({ rule, subject: subjectOf(p) })));
    this.admin = egressRules(order.admin);
    this.baseline = egressRules(order.baseline);
  }

  /** The tiers' sets of d's ingress end over the sources, or undefined when no admin policy selects d. */
  ingress(d: number, slot: Slot): TierSets | undefined {
    return this.sets.forEnd(this.index.eps[d]!, 'ingress', slot.port, slot.protocol);
  }

  /** The tiers' sets of every source's egress end towards d on `slot`, or undefined when no egress rule reaches d. */
  egress(d: number, slot: Slot): TierSets | undefined {
    const a = this.tier(this.admin, d, slot);
    const b = this.tier(this.baseline, d, slot);
    if (!a && !b) return undefined;
    const none = () => ({ allow: emptySet(this.index.n), deny: emptySet(this.index.n), pass: emptySet(this.index.n) });
    const bs = b ?? none();
    return { admin: a ?? none(), baseline: { allow: bs.allow, deny: bs.deny } };
  }

  private tier(rules: TierRule[], d: number, slot: Slot): AdminTierSets | undefined {
    const dst = this.index.eps[d]!;
    let out: AdminTierSets | undefined;
    let decided: Bitset | undefined;
    for (const { rule, subject } of rules) {
      if (matchingPort(rule, slot.port, slot.protocol, dst) === undefined || !has(this.sets.ruleSet(rule), d)) continue;
      out ??= { allow: emptySet(this.index.n), deny: emptySet(this.index.n), pass: emptySet(this.index.n) };
      decided ??= emptySet(this.index.n);
      const hit = subject.slice();
      for (let w = 0; w < hit.length; w++) hit[w]! &= ~decided[w]!;
      unionInto(rule.action === 'Deny' ? out.deny : rule.action === 'Pass' ? out.pass : out.allow, hit);
      unionInto(decided, hit);
    }
    return out;
  }
}
