// Workloads that no policy can tell apart, grouped: same namespace, service account (so the same Istio principal),
// mesh membership, hostNetwork, declared ports, and the same answer to every selector that can ever be asked about
// a workload of that namespace. Two members of a group get identical verdict kinds to and from everything, so the
// matrix is computed per group pair with one representative.
import { ISTIO_ROOT_NAMESPACE, type Cluster, type LabelSelector, type Labels, type Workload } from '../model';
import type { EndpointResolver } from './endpoints';
import { matchesLabels } from './labels';
import type { SelectorCache } from './netpol/match';

export interface Group {
  /** 1-based, in the order of the groups' first members. */
  id: number;
  namespace: string;
  members: string[];
  rep: Workload;
  /** Same text for groups with the same declared container ports (named ports resolve alike). */
  portsKey: string;
}

type Probe = { pod: LabelSelector } | { istio: Labels };

export function groupWorkloads(cluster: Cluster, resolver: EndpointResolver, cache: SelectorCache): Group[] {
  const workloads = resolver.workloads();
  const ipMatters = ipCanMatter(cluster);
  const probes = new Map<string, Probe[]>();
  const byKey = new Map<string, Workload[]>();
  for (const w of workloads) {
    let mine = probes.get(w.namespace);
    if (!mine) probes.set(w.namespace, (mine = probesFor(cluster, w.namespace, cache)));
    let bits = '';
    for (const p of mine) bits += ('pod' in p ? cache.pod(p.pod, w) : matchesLabels(p.istio, w.labels)) ? '1' : '0';
    const ep = resolver.forWorkload(w);
    // Istio ipBlocks / ip conditions may single out one pod by its IP. NetworkPolicy ipBlocks never match a pod
    // here (implementation-defined upstream; see netpol/match.ts), so they cannot split a group.
    const ip = ipMatters ? (w.podIP ?? '') : '';
    const key = [w.namespace, w.serviceAccount, ep.inMesh ? 'mesh' : '', w.hostNetwork ? 'host' : '', ip, JSON.stringify(w.ports), bits].join('\u0000');
    const list = byKey.get(key);
    if (list) list.push(w);
    else byKey.set(key, [w]);
  }
  const groups = [...byKey.values()].map((ws) => ({
    members: ws.map((w) => `${w.namespace}/${w.name}`).sort(),
    namespace: ws[0]!.namespace,
    rep: ws[0]!,
    portsKey: JSON.stringify(ws[0]!.ports),
  }));
  groups.sort((a, b) => (a.members[0]! < b.members[0]! ? -1 : a.members[0]! > b.members[0]! ? 1 : 0));
  return groups.map((g, i) => ({ ...g, id: i + 1 }));
}

/**
 * Every selector the engine can evaluate against a workload of `ns`: podSelectors of the namespace's own
 * NetworkPolicies, peer podSelectors that reach `ns` (no namespaceSelector: the policy's own namespace; with one:
 * the namespaces it matches), and Istio selectors of `ns` and of the root namespace (which apply mesh-wide).
 */
function probesFor(cluster: Cluster, ns: string, cache: SelectorCache): Probe[] {
  const out: Probe[] = [];
  for (const np of cluster.networkPolicies) {
    if (np.namespace === ns) out.push({ pod: np.podSelector });
    for (const rule of [...(np.ingress ?? []), ...(np.egress ?? [])]) {
      for (const peer of rule.peers ?? []) {
        if (!peer.podSelector) continue;
        const reaches = peer.namespaceSelector ? cache.ns(peer.namespaceSelector, ns) : np.namespace === ns;
        if (reaches) out.push({ pod: peer.podSelector });
      }
    }
  }
  // Admin tiers: `pods` subjects and peers whose namespaceSelector takes in `ns` (namespace-wide selectors cannot split).
  for (const ap of cluster.adminPolicies ?? []) {
    const rules = [...(ap.ingress ?? []), ...(ap.egress ?? [])];
    for (const pods of [ap.subject.pods, ...rules.flatMap((r) => r.peers.map((p) => p.pods))]) {
      if (pods && cache.ns(pods.namespaceSelector, ns)) out.push({ pod: pods.podSelector });
    }
  }
  for (const p of [...cluster.authorizationPolicies, ...cluster.peerAuthentications]) {
    if (p.selector && (p.namespace === ns || p.namespace === ISTIO_ROOT_NAMESPACE)) out.push({ istio: p.selector.matchLabels });
  }
  return out;
}

function ipCanMatter(cluster: Cluster): boolean {
  // Admin `networks` match pod IPs (admin/match.ts).
  if ((cluster.adminPolicies ?? []).some((ap) => (ap.egress ?? []).some((r) => r.peers.some((p) => p.networks)))) return true;
  return cluster.authorizationPolicies.some((ap) =>
    (ap.rules ?? []).some(
      (r) =>
        (r.from ?? []).some((f) => f.source.ipBlocks || f.source.notIpBlocks || f.source.remoteIpBlocks || f.source.notRemoteIpBlocks) ||
        (r.when ?? []).some((c) => /ip/i.test(c.key)),
    ),
  );
}
