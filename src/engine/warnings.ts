// Cluster-level warnings: things that are valid but rarely what the author meant, and the implementation-defined
// situations, summarised once for the cluster rather than per pair.
import type { EngineInternals } from './engine';
import { intersects, isEmpty } from './bitset';
import { cidrContains, parseCidr, parseIp } from './ip';
import type { IPBlock } from '../model';
import { matchesLabels } from './labels';
import { IPBLOCK_POD_NOTE } from './notes';

const LIST = 6;
const list = (xs: string[]) => (xs.length > LIST ? `${xs.slice(0, LIST).join(', ')}, … (${xs.length} in all)` : xs.join(', '));

export function warningsFor(engine: EngineInternals): string[] {
  const { cluster, resolver } = engine;
  const { sets, index } = engine.connectivityParts();
  const workloads = resolver.workloads();
  const out: string[] = [];
  let ipBlocks = 0;
  // Parsed once: a cluster exported with `kubectl get -o yaml` has an IP on every pod.
  const podIps = workloads.flatMap((w) => {
    const ip = w.podIP ? parseIp(w.podIP) : undefined;
    return ip ? [{ id: `${w.namespace}/${w.name}`, ip }] : [];
  });
  const inBlock = (b: IPBlock) => {
    const cidr = parseCidr(b.cidr);
    const except = (b.except ?? []).map(parseCidr);
    if (!cidr) return [];
    return podIps.filter(({ ip }) => cidrContains(cidr, ip) && !except.some((e) => e && cidrContains(e, ip))).map((p) => p.id);
  };
  for (const np of cluster.networkPolicies) {
    const name = `NetworkPolicy ${np.namespace}/${np.name}`;
    if (!intersects(sets.selected(np), index.namespaceSet(np.namespace))) out.push(`${name} selects no workload in namespace ${np.namespace}`);
    for (const [dir, rules] of [
      ['ingress', np.ingress],
      ['egress', np.egress],
    ] as const) {
      const peerKey = dir === 'ingress' ? 'from' : 'to';
      for (const [i, rule] of (rules ?? []).entries()) {
        for (const [j, peer] of (rule.peers ?? []).entries()) {
          if (peer.ipBlock) {
            ipBlocks++;
            const inside = inBlock(peer.ipBlock);
            if (inside.length > 0)
              out.push(
                `${name} ${dir}[${i}].${peerKey}[${j}]: ipBlock ${peer.ipBlock.cidr} contains the pod IPs of ${list(inside)}; this engine does not match ipBlock against pods: ${IPBLOCK_POD_NOTE}`,
              );
          } else if (isEmpty(sets.peerSet(peer, np))) {
            out.push(`${name} ${dir}[${i}].${peerKey}[${j}] matches no workload in the manifests`);
          }
        }
        for (const [j, port] of (rule.ports ?? []).entries()) {
          if (typeof port.port !== 'string') continue;
          const portName = port.port;
          const protocol = port.protocol ?? 'TCP';
          if (!workloads.some((w) => w.ports.some((p) => p.name === portName && p.protocol === protocol))) {
            out.push(`${name} ${dir}[${i}].ports[${j}]: no workload has a container port named "${portName}" (${protocol}), so it matches nothing`);
          }
        }
      }
    }
  }
  if (ipBlocks > 0) out.push(`${ipBlocks} ipBlock peer(s) in NetworkPolicies are applied to outside addresses only: ${IPBLOCK_POD_NOTE}`);
  for (const ap of cluster.authorizationPolicies) {
    if (ap.selector) {
      const rootWide = ap.namespace === 'istio-system';
      const selected = workloads.some((w) => (rootWide || w.namespace === ap.namespace) && matchesLabels(ap.selector!.matchLabels, w.labels));
      if (!selected) out.push(`AuthorizationPolicy ${ap.namespace}/${ap.name} selects no workload`);
    }
    // Istio only logs what a dry-run policy would do; targetRefs attach a policy to gateways and waypoints.
    if (ap.dryRun) out.push(`AuthorizationPolicy ${ap.namespace}/${ap.name} is dry-run (istio.io/dry-run: "true"): not enforced, it never decides`);
    if (ap.targetRefs) out.push(`AuthorizationPolicy ${ap.namespace}/${ap.name} has targetRef(s): it applies to gateways and waypoints, never to sidecars`);
    if (ap.action === 'CUSTOM') out.push(`AuthorizationPolicy ${ap.namespace}/${ap.name} is CUSTOM: its external authorizer is not evaluated`);
  }
  const host = workloads.filter((w) => w.hostNetwork).map((w) => `${w.namespace}/${w.name}`);
  if (host.length > 0) out.push(`${list(host)} use hostNetwork: how NetworkPolicy treats host-network pods is implementation-defined`);
  return out;
}
