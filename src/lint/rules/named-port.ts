// KPD103: a named port in a NetworkPolicy rule is looked up on each destination pod ("a named port on a pod",
// https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors). When
// no destination of the rule declares that name with that protocol, the port matches nothing.
import type { LintContext } from '../context';
import type { LintFinding } from '../types';

export function namedPortUndeclared(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const np of ctx.cluster.networkPolicies) {
    const selected = ctx.selectedBy(np);
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
        const destinations = dir === 'ingress' ? selected : peers.length === 0 ? ctx.workloads() : peers.flatMap((p) => ctx.peerWorkloads(p, np));
        if (destinations.length === 0) continue; // KPD101/KPD102 say why
        for (const [p, j] of named) {
          const protocol = p.protocol ?? 'TCP';
          if (destinations.some((w) => w.ports.some((cp) => cp.name === p.port && cp.protocol === protocol))) continue;
          out.push(ctx.report('KPD103', { kind: 'NetworkPolicy', ...np }, { port: String(p.port), protocol }, { path: ['spec', dir, i, 'ports', j, 'port'] }));
        }
      }
    }
  }
  return out;
}
