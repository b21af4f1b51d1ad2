// The destination ports the matrix asks about, per destination workload.
import type { NetworkPolicyRule, Protocol } from '../../model';
import { subjectSelects } from '../admin/match';
import type { AdminOrder } from '../admin/order';
import type { SelectorCache } from '../netpol/match';
import type { NetpolSets } from './netpol-sets';
import type { WorkloadIndex } from './workload-index';

/** One destination port: a declared container port, or `any` (a port no policy names). */
export interface Slot {
  label: string;
  port: number | 'any';
  protocol: Protocol;
}

/**
 * Declared container ports; a destination that declares none gets `any` plus the numeric ports that rules able to
 * reach it name: ingress rules of policies selecting it, egress rules anywhere whose peers admit it.
 */
export function slotsOf(d: number, index: WorkloadIndex, sets: NetpolSets, admin?: AdminOrder, cache?: SelectorCache): Slot[] {
  const w = index.eps[d]!.workload!;
  const seen = new Set<string>();
  const out: Slot[] = [];
  const push = (port: number | 'any', protocol: Protocol) => {
    const label = port === 'any' ? 'any' : `${port}/${protocol}`;
    if (seen.has(label)) return;
    seen.add(label);
    out.push({ label, port, protocol });
  };
  if (w.ports.length > 0) {
    for (const p of w.ports) push(p.containerPort, p.protocol);
    return out;
  }
  const named: { port: number; protocol: Protocol }[] = [];
  const note = (rule: NetworkPolicyRule) => {
    for (const p of rule.ports ?? []) if (typeof p.port === 'number') named.push({ port: p.port, protocol: p.protocol ?? 'TCP' });
  };
  for (const policy of sets.ingressPolicies[d]!) for (const rule of policy.ingress ?? []) note(rule);
  for (const { rule } of sets.egressRulesTo(d)) note(rule);
  // Admin tiers: numeric ports of ingress rules of policies selecting it and of every egress rule.
  for (const policy of admin ? [...admin.admin, ...admin.baseline] : []) {
    const selects = subjectSelects(policy.subject, w, cache!);
    for (const rule of [...(selects ? (policy.ingress ?? []) : []), ...(policy.egress ?? [])])
      for (const p of rule.ports ?? []) if (p.port !== undefined) named.push({ port: p.port, protocol: p.protocol ?? 'TCP' });
  }
  push('any', 'TCP');
  named.sort((a, b) => a.port - b.port || a.protocol.localeCompare(b.protocol));
  for (const s of named) push(s.port, s.protocol);
  return out;
}
