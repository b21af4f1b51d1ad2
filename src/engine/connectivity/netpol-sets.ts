// NetworkPolicies compiled once into sets of workloads: the pods each policy selects and the peers each rule
// admits. The rules are those of netpol/evaluate.ts and netpol/match.ts (podSelector alone = the policy's own
// namespace, namespaceSelector alone = every pod of the matching namespaces, both = AND; ipBlock never matches a
// pod here, which Kubernetes leaves implementation-defined; a rule without peers admits everyone).
import type { Cluster, LabelSelector, NetworkPolicy, NetworkPolicyPeer, NetworkPolicyRule } from '../../model';
import { emptySet, fullSet, has, members, unionInto, type Bitset } from '../bitset';
import { matchesSelector, selectorKey } from '../labels';
import { effectivePolicyTypes } from '../netpol/index-policies';
import type { WorkloadIndex } from './workload-index';

/** An egress rule with the pods whose egress it opens. */
export interface EgressRule {
  policy: NetworkPolicy;
  rule: NetworkPolicyRule;
  /** The pods the policy selects (the sources this rule speaks for). */
  sources: Bitset;
  /** The same as a list when it is short (most policies pick one app): setting a few bits beats a union of words. */
  few?: number[];
}

export class NetpolSets {
  /** Per workload, the policies of its namespace that select it and isolate its ingress. */
  readonly ingressPolicies: NetworkPolicy[][];
  /** Pods some policy isolates for egress. */
  readonly egressIsolated: Bitset;
  private readonly egressTo: EgressRule[][];
  /** Egress rules without peers: they admit every destination. */
  private readonly egressEverywhere: EgressRule[] = [];
  private readonly selectedSets = new Map<NetworkPolicy, Bitset>();
  private readonly peerSets = new Map<NetworkPolicyPeer, Bitset>();
  private readonly ruleSets = new Map<NetworkPolicyRule, Bitset>();
  private readonly nsMatches = new Map<string, string[]>();

  constructor(
    private readonly index: WorkloadIndex,
    cluster: Cluster,
  ) {
    const n = index.n;
    this.ingressPolicies = Array.from({ length: n }, () => []);
    this.egressTo = Array.from({ length: n }, () => []);
    this.egressIsolated = emptySet(n);
    for (const np of cluster.networkPolicies) {
      const types = effectivePolicyTypes(np);
      const selected = this.selected(np);
      if (types.includes('Ingress')) for (const d of members(selected)) this.ingressPolicies[d]!.push(np);
      if (!types.includes('Egress')) continue;
      unionInto(this.egressIsolated, selected);
      const list = members(selected);
      const few = list.length <= 8 ? list : undefined;
      for (const rule of np.egress ?? []) {
        const r: EgressRule = { policy: np, rule, sources: selected, ...(few ? { few } : {}) };
        // Transposed once: for each destination, the egress rules whose peers contain it.
        if (!rule.peers || rule.peers.length === 0) this.egressEverywhere.push(r);
        else for (const d of members(this.ruleSet(rule, np))) this.egressTo[d]!.push(r);
      }
    }
  }

  /** The egress rules whose peers admit workload `d` (any port). */
  egressRulesTo(d: number): EgressRule[] {
    const mine = this.egressTo[d]!;
    return this.egressEverywhere.length === 0 ? mine : [...mine, ...this.egressEverywhere];
  }

  selected(np: NetworkPolicy): Bitset {
    let s = this.selectedSets.get(np);
    if (!s) this.selectedSets.set(np, (s = this.index.podsMatching(np.podSelector, [np.namespace])));
    return s;
  }

  /** Workloads a rule admits as the other side; a rule without peers admits every workload. */
  ruleSet(rule: NetworkPolicyRule, np: NetworkPolicy): Bitset {
    let set = this.ruleSets.get(rule);
    if (set) return set;
    if (!rule.peers || rule.peers.length === 0) set = fullSet(this.index.n);
    else {
      set = emptySet(this.index.n);
      for (const peer of rule.peers) unionInto(set, this.peerSet(peer, np));
    }
    this.ruleSets.set(rule, set);
    return set;
  }

  peerSet(peer: NetworkPolicyPeer, np: NetworkPolicy): Bitset {
    let set = this.peerSets.get(peer);
    if (set) return set;
    if (peer.ipBlock) set = emptySet(this.index.n);
    else {
      const namespaces = peer.namespaceSelector ? this.namespacesMatching(peer.namespaceSelector) : [np.namespace];
      if (peer.podSelector) set = this.index.podsMatching(peer.podSelector, namespaces);
      else {
        set = emptySet(this.index.n);
        for (const ns of namespaces) unionInto(set, this.index.namespaceSet(ns));
      }
    }
    this.peerSets.set(peer, set);
    return set;
  }

  private namespacesMatching(sel: LabelSelector): string[] {
    const key = selectorKey(sel);
    let out = this.nsMatches.get(key);
    if (!out) this.nsMatches.set(key, (out = this.index.namespaces.filter((ns) => matchesSelector(sel, this.index.namespaceLabels(ns)))));
    return out;
  }

  /** True when `d` is in the rule's peers (for slot discovery). */
  admits(rule: NetworkPolicyRule, np: NetworkPolicy, d: number): boolean {
    return has(this.ruleSet(rule, np), d);
  }
}
