// The admin tiers as sets, for any matrix: for one local pod, one direction and one destination port/protocol,
// which peers (an indexed list of endpoints) each tier lets through, refuses or passes on. Same match functions
// and the same policy order as the single query (evaluate.ts), so the two agree (property test in
// admin/matrix.test.ts).
//
// Combination for one end, per peer p (QUERY-MODEL.md "Admin tiers"; A = Admin tier, B = Baseline tier; A.allow,
// A.deny, A.pass are disjoint because the first matching rule decides, likewise B.allow and B.deny):
//
//   admits(p) = A.allow(p) ∨ (¬A.deny(p) ∧ (NP isolates the local pod in this direction ? NP.admits(p) : ¬B.deny(p)))
//
// A.pass and "no Admin rule matched" both go on to NetworkPolicy. The overlay's kind tells an explicit allow from
// one by default: explicit(p) = A.allow(p) ∨ (NP isolates ? NP.admits(p) : B.allow(p)); `endOf` below writes both.
import type { AdminPeer, AdminPolicy, AdminRule, DecidingTier, Protocol } from '../../model';
import { add, emptySet, has, unionInto, type Bitset } from '../bitset';
import type { Endpoint } from '../endpoint';
import type { Direction } from '../netpol/index-policies';
import type { SelectorCache } from '../netpol/match';
import { matchingPort, peerMatches, subjectSelects } from './match';
import type { AdminOrder } from './order';

export interface AdminTierSets {
  allow: Bitset;
  deny: Bitset;
  pass: Bitset;
}

export interface BaselineTierSets {
  allow: Bitset;
  deny: Bitset;
}

export interface TierSets {
  admin: AdminTierSets;
  baseline: BaselineTierSets;
}

/** What one end does with peer p: `open` = allowed only because nothing decided. */
export type EndDecisionKind = 'allowed' | 'denied' | 'open';

/** The combination formula above. `np` = the NetworkPolicy set, or `open` when no NetworkPolicy isolates the pod. */
export function endOf(np: Bitset | 'open', tiers: TierSets | undefined, p: number): EndDecisionKind {
  return endDecision(np, tiers, p).end;
}

/** The same, with the tier that decided (as LayerResult.tier of the single query). */
export function endDecision(np: Bitset | 'open', tiers: TierSets | undefined, p: number): { end: EndDecisionKind; tier: DecidingTier } {
  if (tiers && has(tiers.admin.allow, p)) return { end: 'allowed', tier: 'Admin' };
  if (tiers && has(tiers.admin.deny, p)) return { end: 'denied', tier: 'Admin' };
  if (np !== 'open') return { end: has(np, p) ? 'allowed' : 'denied', tier: 'NetworkPolicy' };
  if (tiers && has(tiers.baseline.deny, p)) return { end: 'denied', tier: 'Baseline' };
  if (tiers && has(tiers.baseline.allow, p)) return { end: 'allowed', tier: 'Baseline' };
  return { end: 'open', tier: 'default' };
}

export class AdminSets {
  private readonly n: number;
  private readonly peerSets = new Map<AdminPeer, Bitset>();
  private readonly ruleSets = new Map<AdminRule, Bitset>();

  constructor(
    private readonly peers: readonly Endpoint[],
    private readonly order: AdminOrder,
    private readonly cache: SelectorCache,
  ) {
    this.n = peers.length;
  }

  /**
   * The tiers' sets for `local`'s end in `dir` on `port`/`protocol`. Named ports resolve on the destination: `local`
   * for ingress, each peer for egress. Undefined when no admin policy selects `local` (nothing to combine).
   */
  forEnd(local: Endpoint, dir: Direction, port: number | 'any', protocol: Protocol): TierSets | undefined {
    const w = local.workload;
    if (local.kind !== 'workload' || !w) return undefined;
    const selects = (p: AdminPolicy) => subjectSelects(p.subject, w, this.cache);
    const admin = this.order.admin.filter(selects);
    const baseline = this.order.baseline.filter(selects);
    if (admin.length === 0 && baseline.length === 0) return undefined;
    const a = this.tier(admin, local, dir, port, protocol);
    const b = this.tier(baseline, local, dir, port, protocol);
    return { admin: { allow: a.allow, deny: a.deny, pass: a.pass }, baseline: { allow: b.allow, deny: b.deny } };
  }

  /** First match over the policies in order and their rules in order: each peer lands in at most one set. */
  private tier(list: AdminPolicy[], local: Endpoint, dir: Direction, port: number | 'any', protocol: Protocol): AdminTierSets {
    const out = { allow: emptySet(this.n), deny: emptySet(this.n), pass: emptySet(this.n) };
    const decided = emptySet(this.n);
    for (const policy of list) {
      for (const rule of (dir === 'ingress' ? policy.ingress : policy.egress) ?? []) {
        const ports = this.portSet(rule, local, dir, port, protocol);
        if (ports === undefined) continue;
        const hit = this.ruleSet(rule).slice();
        for (let i = 0; i < hit.length; i++) hit[i] = hit[i]! & (ports === 'all' ? 0xffffffff : ports[i]!) & ~decided[i]!;
        unionInto(rule.action === 'Deny' ? out.deny : rule.action === 'Pass' ? out.pass : out.allow, hit);
        unionInto(decided, hit);
      }
    }
    return out;
  }

  /** `all`, the peers whose own named port matches (egress), or undefined when the rule's ports cannot match. */
  private portSet(rule: AdminRule, local: Endpoint, dir: Direction, port: number | 'any', protocol: Protocol): Bitset | 'all' | undefined {
    if (!rule.ports) return 'all';
    if (dir === 'ingress' || !rule.ports.some((p) => p.namedPort !== undefined)) return matchingPort(rule, port, protocol, local) !== undefined ? 'all' : undefined;
    const set = emptySet(this.n);
    this.peers.forEach((peer, i) => {
      if (matchingPort(rule, port, protocol, peer) !== undefined) add(set, i);
    });
    return set;
  }

  ruleSet(rule: AdminRule): Bitset {
    let set = this.ruleSets.get(rule);
    if (set) return set;
    set = emptySet(this.n);
    for (const peer of rule.peers) unionInto(set, this.peerSet(peer));
    this.ruleSets.set(rule, set);
    return set;
  }

  private peerSet(peer: AdminPeer): Bitset {
    let set = this.peerSets.get(peer);
    if (set) return set;
    set = emptySet(this.n);
    this.peers.forEach((ep, i) => {
      if (peerMatches(peer, ep, this.cache)) add(set!, i);
    });
    this.peerSets.set(peer, set);
    return set;
  }
}
