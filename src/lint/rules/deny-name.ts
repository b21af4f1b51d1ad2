// KPD105: NetworkPolicies are allow-lists ("policies are additive",
// https://kubernetes.io/docs/concepts/services-networking/network-policies/#the-two-sorts-of-pod-isolation). A policy
// denies only by isolating a pod that was not isolated before. One named deny/block/disable whose pods are all
// isolated already, in each of its directions, denies nothing and only adds what its rules admit: a name that
// says the opposite of the effect (`disable-connection-a-c` admitting C).
import type { NetworkPolicy } from '../../model';
import { effectivePolicyTypes } from '../../engine/netpol/index-policies';
import type { LintContext } from '../context';
import { listOf, workloadId } from '../context';
import type { LintFinding } from '../types';

const DENY_WORDS = /(^|[-_.])(deny|denies|block|blocks|disable|disables|drop|reject|forbid|prevent)([-_.]|$)/i;

export function misleadingDenyName(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const np of ctx.cluster.networkPolicies) {
    if (!DENY_WORDS.test(np.name)) continue;
    const selected = ctx.selectedBy(np);
    if (selected.length === 0) continue; // KPD101
    const directions = effectivePolicyTypes(np).map((t) => (t === 'Ingress' ? 'ingress' : 'egress') as 'ingress' | 'egress');
    const sets = ctx.sets();
    const isolatedElsewhere = directions.every((dir) => selected.every((w) => sets.isolating(dir)[sets.positionOf(w)]!.some((p) => p !== np)));
    if (!isolatedElsewhere) continue;
    // A rule-less default-deny under other policies is redundant but says what it does (a safety net kept on
    // purpose); the misleading case is a "deny" whose rules admit someone.
    const who = admits(ctx, np);
    if (who === '-') continue;
    out.push(ctx.report('KPD105', { kind: 'NetworkPolicy', ...np }, { admits: who }, { path: ['metadata', 'name'] }));
  }
  return out;
}

/** Whom the policy's rules let through (sources of ingress rules, destinations of egress rules). */
function admits(ctx: LintContext, np: NetworkPolicy): string {
  const who = new Set<string>();
  for (const rules of [np.ingress, np.egress]) {
    for (const rule of rules ?? []) {
      const peers = rule.peers ?? [];
      if (peers.length === 0) who.add('any');
      for (const p of peers) for (const id of p.ipBlock ? [p.ipBlock.cidr] : ctx.peerWorkloads(p, np).map(workloadId)) who.add(id);
    }
  }
  return who.size > 0 ? listOf([...who]) : '-';
}
