// Sentences for the points Kubernetes leaves to the network plugin (QUERY-MODEL.md "Left open by upstream").
import type { Cluster, LayerResult, NetworkPolicy, Protocol } from '../model';
import type { Endpoint } from './endpoint';
import { inCidr } from './ip';
import { portMatches } from './netpol/match';

/** The phrase the UI and tests look for; the Kubernetes docs leave ipBlock vs pod IPs to the plugin. */
export const IPBLOCK_POD_NOTE = 'ipBlock vs pod IPs is implementation-defined (Kubernetes docs)';

const byName = new WeakMap<Cluster, Map<string, NetworkPolicy>>();
function policyNamed(cluster: Cluster, ns: string, name: string): NetworkPolicy | undefined {
  let m = byName.get(cluster);
  if (!m) byName.set(cluster, (m = new Map(cluster.networkPolicies.map((p) => [`${p.namespace}/${p.name}`, p]))));
  return m.get(`${ns}/${name}`);
}

export function notesFor(src: Endpoint, dst: Endpoint, layers: LayerResult[], cluster: Cluster, port: number | 'any', protocol: Protocol): string[] {
  const notes: string[] = [];
  if (src.kind === 'workload' && src.id === dst.id) {
    notes.push('traffic from a pod to itself: evaluated by the normal rules, but whether NetworkPolicy applies to it is implementation-defined');
  }
  for (const ep of [src, dst]) {
    if (ep.workload?.hostNetwork) notes.push(`${ep.id} uses hostNetwork: how NetworkPolicy treats host-network pods is implementation-defined`);
  }
  // An ipBlock could only have changed a denial: a rule that already allows stays allowed whatever ipBlock does.
  for (const layer of layers) {
    if ((layer.layer !== 'ingress' && layer.layer !== 'egress') || layer.decision !== 'denied') continue;
    const other = layer.layer === 'ingress' ? src : dst;
    if (other.kind !== 'workload') continue;
    for (const ref of layer.policies) {
      const np = policyNamed(cluster, ref.namespace, ref.name);
      const rules = (layer.layer === 'ingress' ? np?.ingress : np?.egress) ?? [];
      const blocks = rules
        .filter((r) => (r.ports ?? []).length === 0 || r.ports!.some((p) => portMatches(p, port, protocol, dst)))
        .flatMap((r) => (r.peers ?? []).flatMap((p) => (p.ipBlock ? [p.ipBlock] : [])));
      if (blocks.length === 0) continue;
      const ip = other.ip;
      const hit = ip !== undefined && blocks.some((b) => inCidr(b.cidr, ip) && !(b.except ?? []).some((e) => inCidr(e, ip)));
      notes.push(
        hit
          ? `an ipBlock of NetworkPolicy ${ref.namespace}/${ref.name} contains the pod IP ${ip} of ${other.id}; this engine does not match ipBlock against pods: ${IPBLOCK_POD_NOTE}`
          : `NetworkPolicy ${ref.namespace}/${ref.name} has ipBlock peers; this engine applies them to outside addresses only, not to pod ${other.id}: ${IPBLOCK_POD_NOTE}`,
      );
    }
  }
  return [...new Set(notes)];
}
