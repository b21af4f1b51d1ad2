// KPD108 and KPD109: situations the NetworkPolicy API leaves to the implementation (QUERY-MODEL.md "Left open by
// upstream"): ipBlock against pod IPs, and host-network pods. Reported as info so the reader knows where a real
// cluster may differ from kpd's verdicts.
import { cidrContains, parseCidr, parseIp, type Cidr } from '../../engine/ip';
import type { LintContext } from '../context';
import { listOf, workloadId } from '../context';
import type { LintFinding } from '../types';

export function implementationDefined(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  const podIps = new PodIps(
    ctx.workloads().flatMap((w) => {
      const ip = w.podIP ? parseIp(w.podIP) : undefined;
      return ip ? [{ id: workloadId(w), ip }] : [];
    }),
  );
  if (podIps.size > 0) {
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
            const inside = podIps.inside(cidr, except);
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

type Ip = NonNullable<ReturnType<typeof parseIp>>;

/**
 * The pods' IPs sorted by address within each family: the pods a CIDR holds (an address range, its host bits
 * free) are then one binary search and a walk away, instead of a test of every pod per ipBlock. `inside` lists
 * them in the context's order, as a filter over all pods would.
 */
class PodIps {
  private readonly byFamily: { v4: Entry[]; v6: Entry[] } = { v4: [], v6: [] };

  constructor(pods: { id: string; ip: Ip }[]) {
    pods.forEach(({ id, ip }, k) => (ip.v6 ? this.byFamily.v6 : this.byFamily.v4).push({ id, ip, k }));
    for (const list of [this.byFamily.v4, this.byFamily.v6]) list.sort((a, b) => (a.ip.value < b.ip.value ? -1 : a.ip.value > b.ip.value ? 1 : a.k - b.k));
  }

  get size(): number {
    return this.byFamily.v4.length + this.byFamily.v6.length;
  }

  inside(cidr: Cidr, except: (Cidr | undefined)[]): string[] {
    const list = cidr.v6 ? this.byFamily.v6 : this.byFamily.v4;
    const last = cidr.base | ((1n << BigInt((cidr.v6 ? 128 : 32) - cidr.bits)) - 1n);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.ip.value < cidr.base) lo = mid + 1;
      else hi = mid;
    }
    const hits: Entry[] = [];
    for (let i = lo; i < list.length && list[i]!.ip.value <= last; i++) if (!except.some((e) => e && cidrContains(e, list[i]!.ip))) hits.push(list[i]!);
    return hits.sort((a, b) => a.k - b.k).map((h) => h.id);
  }
}

interface Entry {
  id: string;
  ip: Ip;
  /** Place in the context's order. */
  k: number;
}
