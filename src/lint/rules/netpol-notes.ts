// KPD108 and KPD109: situations the NetworkPolicy API leaves to the implementation (QUERY-MODEL.md "Left open by
// upstream"): ipBlock against pod IPs, and host-network pods. Reported as info so the reader knows where a real
// cluster may differ from kpd's verdicts.
import { cidrContains, parseCidr, parseIp } from '../../engine/ip';
import type { LintContext } from '../context';
import { listOf, workloadId } from '../context';
import type { LintFinding } from '../types';

export function implementationDefined(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  const podIps = ctx.workloads().flatMap((w) => {
    const ip = w.podIP ? parseIp(w.podIP) : undefined;
    return ip ? [{ id: workloadId(w), ip }] : [];
  });
  if (podIps.length > 0) {
    for (const np of ctx.cluster.networkPolicies) {
      for (const [dir, rules] of [
        ['ingress', np.ingress],
        ['egress', np.egress],
      ] as const) {
        for (const [i, rule] of (rules ?? []).entries()) {
          for (const [j, peer] of (rule.peers ?? []).entries()) {
            if (!peer.ipBlock) continue;
            const cidr = parseCidr(peer.ipBlock.cidr);
            const except = (peer.ipBlock.except ?? []).map(parseCidr);
            if (!cidr) continue;
            const inside = podIps.filter(({ ip }) => cidrContains(cidr, ip) && !except.some((e) => e && cidrContains(e, ip))).map((p) => p.id);
            if (inside.length === 0) continue;
            const path = ['spec', dir, i, dir === 'ingress' ? 'from' : 'to', j, 'ipBlock'];
            out.push(ctx.report('KPD108', { kind: 'NetworkPolicy', ...np }, { cidr: peer.ipBlock.cidr, workloads: listOf(inside) }, { path }));
          }
        }
      }
    }
  }
  for (const w of ctx.workloads()) {
    if (w.hostNetwork) out.push(ctx.report('KPD109', w, {}, { path: w.kind === 'Pod' ? ['spec', 'hostNetwork'] : ['spec', 'template', 'spec', 'hostNetwork'] }));
  }
  return out;
}
