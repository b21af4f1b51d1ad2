// Sentences for the points Kubernetes leaves to the network plugin (QUERY-MODEL.md "Left open by upstream").
import type { Cluster, LayerResult, Message, NetworkPolicy, Protocol } from '../model';
import type { Endpoint } from './endpoint';
import { inCidr } from './ip';
import { portMatches } from './netpol/match';
import { msg, uniqueMessages } from './reasons';

const byName = new WeakMap<Cluster, Map<string, NetworkPolicy>>();
function policyNamed(cluster: Cluster, ns: string, name: string): NetworkPolicy | undefined {
  let m = byName.get(cluster);
  if (!m) byName.set(cluster, (m = new Map(cluster.networkPolicies.map((p) => [`${p.namespace}/${p.name}`, p]))));
  return m.get(`${ns}/${name}`);
}

export function notesFor(src: Endpoint, dst: Endpoint, layers: LayerResult[], cluster: Cluster, port: number | 'any', protocol: Protocol): Message[] {
  const notes: Message[] = [];
  if (src.kind === 'workload' && src.id === dst.id) {
    notes.push(msg('note.self'));
  }
  for (const ep of [src, dst]) {
    if (ep.workload?.hostNetwork) notes.push(msg('note.hostNetwork', { workload: ep.id }));
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
      const policy = `${ref.namespace}/${ref.name}`;
      notes.push(hit ? msg('note.ipBlockHit', { policy, ip, workload: other.id }) : msg('note.ipBlockMiss', { policy, workload: other.id }));
    }
  }
  return uniqueMessages(notes);
}
