// Cluster-level warnings: things that are valid but rarely what the author meant, and the implementation-defined
// situations, summarised once for the cluster rather than per pair.
import type { EngineInternals } from './engine';
import { intersects, isEmpty } from './bitset';
import { cidrContains, parseCidr, parseIp } from './ip';
import { ISTIO_ROOT_NAMESPACE, type IPBlock, type Message, type MessageParam } from '../model';
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
  // Generated and exported policies repeat the same blocks: each distinct block is matched against the pods once.
  const blockPods = new Map<string, string[]>();
  const inBlock = (b: IPBlock) => {
    const key = JSON.stringify([b.cidr, b.except ?? []]);
    let inside = blockPods.get(key);
    if (inside) return inside;
    const cidr = parseCidr(b.cidr);
    const except = (b.except ?? []).map(parseCidr);
    inside = cidr ? podIps.filter(({ ip }) => cidrContains(cidr, ip) && !except.some((e) => e && cidrContains(e, ip))).map((p) => p.id) : [];
    blockPods.set(key, inside);
    return inside;
  };
  // Declared port names by protocol, collected once rather than searched for every named port of every rule.
  const portNames = new Map<string, Set<string>>();
  for (const w of workloads) {
    for (const p of w.ports) {
      if (p.name === undefined) continue;
      let names = portNames.get(p.protocol);
      if (!names) portNames.set(p.protocol, (names = new Set()));
      names.add(p.name);
    }
  }
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
          if (!portNames.get(protocol)?.has(portName)) {
            out.push(msg('warning.portNameMatchesNothing', { policy, path: `${dir}[${i}].ports[${j}]`, name: portName, protocol }));
          }
        }
      }
    }
  }
  if (ipBlocks > 0) out.push(msg('warning.ipBlocksOutside', { number: ipBlocks }));
  for (const ap of cluster.authorizationPolicies) {
    if (ap.selector) {
      // The root namespace's selector picks workloads of every namespace (istio/applies.ts); the index answers
      // matchLabels from its label lists (and the Istio classes already asked it the same).
      const namespaces = ap.namespace === ISTIO_ROOT_NAMESPACE ? index.namespaces : [ap.namespace];
      if (isEmpty(index.podsMatching({ matchLabels: ap.selector.matchLabels }, namespaces))) out.push(msg('warning.authzSelectsNothing', { policy: `${ap.namespace}/${ap.name}` }));
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
