// Policies written by hand are kept verbatim; on the canvas they become edges between the concrete workloads
// (or outside CIDRs) they admit, marked hand-written. Rules without peers (any source) are not drawn as edges:
// the traffic overlay shows them.
import type { AllowEdge, Cluster, NetworkPolicy, NetworkPolicyPeer, PolicyRef, Workload } from '../model';
import type { Engine } from '../engine/engine';
import { effectivePolicyTypes } from '../engine/netpol/index-policies';
import { matchesSelector } from '../engine/labels';
import { EndpointResolver } from '../engine/endpoints';
import { appliesTo } from '../engine/istio/applies';
import { anyMatches } from '../engine/istio/values';
import { externalId, toEdgePort } from './ids';

/** Beyond this many the canvas would be a hairball; the overlay still shows every pair. */
export const MAX_HAND_WRITTEN_EDGES = 2000;

export function handWrittenEdges(c: Cluster, engine: Engine, isManaged: (kind: string, ns: string, name: string) => boolean): AllowEdge[] {
  const resolver = new EndpointResolver(c);
  const workloads = resolver.workloads();
  const out = new Map<string, AllowEdge>();
  const add = (from: string, to: string, policy: PolicyRef, ports: AllowEdge['ports'], extra: Partial<AllowEdge> = {}) => {
    if (out.size >= MAX_HAND_WRITTEN_EDGES || from === to) return;
    const id = `hw:${policy.kind}:${policy.namespace}/${policy.name}:${from}->${to}`;
    if (!out.has(id)) out.set(id, { id, from, to, ports, handWritten: true, policies: [policy], ...extra });
  };
  for (const np of c.networkPolicies) {
    if (isManaged('NetworkPolicy', np.namespace, np.name)) continue;
    const types = effectivePolicyTypes(np);
    const selected = workloads.filter((w) => w.namespace === np.namespace && matchesSelector(np.podSelector, w.labels));
    if (types.includes('Ingress')) {
      for (const [i, rule] of (np.ingress ?? []).entries()) {
        const ports = (rule.ports ?? []).map(toEdgePort);
        for (const [j, peer] of (rule.peers ?? []).entries()) {
          const ref: PolicyRef = { kind: 'NetworkPolicy', namespace: np.namespace, name: np.name, rule: `ingress[${i}].from[${j}]` };
          for (const src of peerNodes(peer, np, workloads, resolver)) for (const dst of selected) add(src, id(dst), ref, ports);
        }
      }
    }
    if (types.includes('Egress')) {
      for (const [i, rule] of (np.egress ?? []).entries()) {
        const ports = (rule.ports ?? []).map(toEdgePort);
        for (const [j, peer] of (rule.peers ?? []).entries()) {
          const ref: PolicyRef = { kind: 'NetworkPolicy', namespace: np.namespace, name: np.name, rule: `egress[${i}].to[${j}]` };
          for (const dst of peerNodes(peer, np, workloads, resolver)) for (const src of selected) add(id(src), dst, ref, ports);
        }
      }
    }
  }
  for (const ap of c.authorizationPolicies) {
    if ((ap.action ?? 'ALLOW') !== 'ALLOW' || isManaged('AuthorizationPolicy', ap.namespace, ap.name)) continue;
    const targets = workloads.filter((w) => appliesTo(ap, w.namespace, w.labels));
    for (const [i, rule] of (ap.rules ?? []).entries()) {
      const ref: PolicyRef = { kind: 'AuthorizationPolicy', namespace: ap.namespace, name: ap.name, rule: `rules[${i}]` };
      const op = rule.to?.[0]?.operation;
      const extra = { ...(op?.methods ? { methods: op.methods } : {}), ...(op?.paths ? { paths: op.paths } : {}) };
      const ports = (op?.ports ?? []).map((p) => ({ port: Number(p), protocol: 'TCP' as const }));
      for (const from of rule.from ?? []) {
        const s = from.source;
        if (!s.principals && !s.namespaces) continue;
        const sources = workloads.filter((w) => {
          const ep = engine.endpoint(id(w));
          const principal = 'principal' in ep ? ep.principal : undefined;
          return (!s.principals || anyMatches(s.principals, principal)) && (!s.namespaces || anyMatches(s.namespaces, w.namespace));
        });
        for (const src of sources) for (const dst of targets) add(id(src), id(dst), ref, ports, extra);
      }
    }
  }
  return [...out.values()];
}

const id = (w: Workload) => EndpointResolver.id(w);

function peerNodes(peer: NetworkPolicyPeer, np: NetworkPolicy, workloads: Workload[], resolver: EndpointResolver): string[] {
  if (peer.ipBlock) return [externalId(peer.ipBlock.cidr)];
  return workloads
    .filter((w) => {
      if (peer.namespaceSelector) {
        if (!matchesSelector(peer.namespaceSelector, resolver.namespaceLabels(w.namespace))) return false;
      } else if (w.namespace !== np.namespace) return false;
      return !peer.podSelector || matchesSelector(peer.podSelector, w.labels);
    })
    .map(id);
}
