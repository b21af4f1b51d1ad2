// Cluster-level warnings: things that are valid but rarely what the author meant, and the implementation-defined
// situations, summarised once for the cluster rather than per pair.
import type { EngineInternals } from './engine';
import { intersects, isEmpty } from './bitset';
import { cidrContains, parseCidr, parseIp } from './ip';
import type { IPBlock, Message, MessageParam } from '../model';
import { matchesLabels } from './labels';
import { msg } from './reasons';

const LIST = 6;
const list = (xs: string[]): MessageParam => (xs.length > LIST ? msg('warning.listMore', { first: xs.slice(0, LIST).join(', '), total: xs.length }) : xs.join(', '));

export function warningsFor(engine: EngineInternals): Message[] {
  const { cluster, resolver } = engine;
  const { sets, index } = engine.connectivityParts();
  const workloads = resolver.workloads();
  const out: Message[] = [];
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
    const policy = `${np.namespace}/${np.name}`;
    if (!intersects(sets.selected(np), index.namespaceSet(np.namespace))) out.push(msg('warning.selectsNothing', { policy, namespace: np.namespace }));
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
            if (inside.length > 0) out.push(msg('warning.ipBlockPods', { policy, path: `${dir}[${i}].${peerKey}[${j}]`, cidr: peer.ipBlock.cidr, workloads: list(inside) }));
          } else if (isEmpty(sets.peerSet(peer, np))) {
            out.push(msg('warning.peerMatchesNothing', { policy, path: `${dir}[${i}].${peerKey}[${j}]` }));
          }
        }
        for (const [j, port] of (rule.ports ?? []).entries()) {
          if (typeof port.port !== 'string') continue;
          const portName = port.port;
          const protocol = port.protocol ?? 'TCP';
          if (!workloads.some((w) => w.ports.some((p) => p.name === portName && p.protocol === protocol))) {
            out.push(msg('warning.portNameMatchesNothing', { policy, path: `${dir}[${i}].ports[${j}]`, name: portName, protocol }));
          }
        }
      }
    }
  }
  if (ipBlocks > 0) out.push(msg('warning.ipBlocksOutside', { number: ipBlocks }));
  for (const ap of cluster.authorizationPolicies) {
    if (ap.selector) {
      const rootWide = ap.namespace === 'istio-system';
      const selected = workloads.some((w) => (rootWide || w.namespace === ap.namespace) && matchesLabels(ap.selector!.matchLabels, w.labels));
      if (!selected) out.push(msg('warning.authzSelectsNothing', { policy: `${ap.namespace}/${ap.name}` }));
    }
    // Istio only logs what a dry-run policy would do; targetRefs attach a policy to gateways and waypoints.
    if (ap.dryRun) out.push(msg('warning.authzDryRun', { policy: `${ap.namespace}/${ap.name}` }));
    if (ap.targetRefs) out.push(msg('warning.authzTargetRefs', { policy: `${ap.namespace}/${ap.name}` }));
    if (ap.action === 'CUSTOM') out.push(msg('warning.authzCustom', { policy: `${ap.namespace}/${ap.name}` }));
  }
  const host = workloads.filter((w) => w.hostNetwork).map((w) => `${w.namespace}/${w.name}`);
  if (host.length > 0) out.push(msg('warning.hostNetwork', { workloads: list(host) }));
  return out;
}
