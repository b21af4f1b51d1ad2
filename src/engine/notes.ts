// Sentences for the points Kubernetes leaves to the network plugin (QUERY-MODEL.md "Left open by upstream").
import type { Cluster, LayerResult } from '../model';
import type { Endpoint } from './endpoint';
import { inCidr } from './ip';

const byName = new WeakMap<Cluster, Map<string, Cluster['networkPolicies'][number]>>();
function policyNamed(cluster: Cluster, ns: string, name: string) {
  let m = byName.get(cluster);
  if (!m) byName.set(cluster, (m = new Map(cluster.networkPolicies.map((p) => [`${p.namespace}/${p.name}`, p]))));
  return m.get(`${ns}/${name}`);
}

export function notesFor(src: Endpoint, dst: Endpoint, layers: LayerResult[], cluster: Cluster): string[] {
  const notes: string[] = [];
  if (src.kind === 'workload' && src.id === dst.id) {
    notes.push('traffic from a pod to itself: evaluated by the normal rules, but whether NetworkPolicy applies to it is implementation-defined');
  }
  for (const ep of [src, dst]) {
    if (ep.workload?.hostNetwork) notes.push(`${ep.id} uses hostNetwork: how NetworkPolicy treats host-network pods is implementation-defined`);
  }
  for (const layer of layers) {
    if ((layer.layer !== 'ingress' && layer.layer !== 'egress') || layer.decision !== 'denied') continue;
    const other = layer.layer === 'ingress' ? src : dst;
    if (other.kind !== 'workload') continue;
    for (const ref of layer.policies) {
      const np = policyNamed(cluster, ref.namespace, ref.name);
      const rules = (layer.layer === 'ingress' ? np?.ingress : np?.egress) ?? [];
      const blocks = rules.flatMap((r) => (r.peers ?? []).flatMap((p) => (p.ipBlock ? [p.ipBlock] : [])));
      if (blocks.length === 0) continue;
      const hit = other.ip && blocks.some((b) => inCidr(b.cidr, other.ip!) && !(b.except ?? []).some((e) => inCidr(e, other.ip!)));
      notes.push(
        hit
          ? `ipBlock of NetworkPolicy ${ref.namespace}/${ref.name} contains the pod IP ${other.ip} of ${other.id}: whether ipBlock matches pod IPs is implementation-defined (this engine does not match it)`
          : `NetworkPolicy ${ref.namespace}/${ref.name} has ipBlock peers; they are not applied to pod ${other.id} (whether ipBlock matches pod IPs is implementation-defined)`,
      );
    }
  }
  return [...new Set(notes)];
}
