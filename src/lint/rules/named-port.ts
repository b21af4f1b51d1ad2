// KPD103: a named port in a NetworkPolicy rule is looked up on each destination pod ("a named port on a pod",
// https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors). When
// no destination of the rule declares that name with that protocol, the port matches nothing.
import { emptySet, intersects, isEmpty, unionInto, type Bitset } from '../../engine/bitset';
import type { NetworkPolicy, NetworkPolicyPeer } from '../../model';
import type { LintContext } from '../context';
import type { WorkloadSets } from '../workload-sets';
import type { LintFinding } from '../types';

export function namedPortUndeclared(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  // Destinations as sets, against the set of workloads declaring each name (WorkloadSets).
  const sets = ctx.sets();
  for (const np of ctx.cluster.networkPolicies) {
    let selected: Bitset | undefined;
    for (const [dir, rules] of [
      ['ingress', np.ingress],
      ['egress', np.egress],
    ] as const) {
      for (const [i, rule] of (rules ?? []).entries()) {
        const named = (rule.ports ?? []).map((p, j) => [p, j] as const).filter(([p]) => typeof p.port === 'string');
        if (named.length === 0) continue;
        // Ingress: the destination is the pod the policy selects. Egress: the pods the rule's peers admit (all
        // pods when it has no peers); only ipBlock peers leave outside addresses, whose ports kpd cannot know.
        const peers = rule.peers ?? [];
        if (dir === 'egress' && peers.length > 0 && peers.every((p) => p.ipBlock)) continue;
        const destinations = dir === 'ingress' ? (selected ??= sets.selected(np)) : egressDestinations(sets, peers, np);
        if (isEmpty(destinations)) continue; // KPD101/KPD102 say why
        for (const [p, j] of named) {
          const protocol = p.protocol ?? 'TCP';
          if (intersects(destinations, sets.declaringPort(p.port as string, protocol))) continue;
          out.push(ctx.report('KPD103', { kind: 'NetworkPolicy', ...np }, { port: String(p.port), protocol }, { path: ['spec', dir, i, 'ports', j, 'port'] }));
        }
      }
    }
  }
  return out;
}

/** The workloads an egress rule's peers admit; every workload when it has none. */
function egressDestinations(sets: WorkloadSets, peers: NetworkPolicyPeer[], np: NetworkPolicy): Bitset {
  if (peers.length === 0) return sets.all();
  const out = emptySet(sets.index.n);
  for (const p of peers) unionInto(out, sets.peer(p, np));
  return out;
}
