// The cluster-scoped admin policies as `kpd analyze` lists them: in evaluation order, one line each.
import type { AdminPolicy, AdminRule } from '../model';
import { adminOrder } from '../engine/admin';
import { emptyCluster } from '../model';

const actions = (rules: AdminRule[] | undefined) => (rules && rules.length > 0 ? rules.map((r) => r.action).join(', ') : 'none');

export function inEvaluationOrder(policies: AdminPolicy[]): AdminPolicy[] {
  const order = adminOrder({ ...emptyCluster(), adminPolicies: policies });
  return [...order.admin, ...order.baseline];
}

/** `policies` in evaluation order (inEvaluationOrder). */
export function clusterPoliciesText(policies: AdminPolicy[]): string[] {
  if (policies.length === 0) return [];
  const order = adminOrder({ ...emptyCluster(), adminPolicies: policies });
  const lines = ['Cluster policies (each end: Admin tier by priority, first matching rule; then NetworkPolicy; then Baseline tier):'];
  for (const p of [...order.admin, ...order.baseline]) {
    lines.push(`  ${p.tier.padEnd(8)} ${String(p.priority ?? '-').padStart(4)}  ${p.kind} ${p.name}: ingress ${actions(p.ingress)}; egress ${actions(p.egress)}`);
  }
  if (order.mixedVersions) lines.push('  (v1alpha1 and v1alpha2 objects together: their relative order is implementation-defined)');
  lines.push('');
  return lines;
}
