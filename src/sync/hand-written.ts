// Policies written by hand are kept verbatim; on the canvas they become edges to and from what they admit,
// marked hand-written. A peer that selects whole namespaces (namespaceSelector alone, or an empty podSelector)
// becomes an edge from each matching namespace node; an ipBlock an edge from the outside CIDR; anything narrower
// is resolved to the concrete workloads it matches. Rules without peers (any source) and DENY policies are not
// edges: the traffic overlay shows their effect.
import type { AllowEdge, AuthorizationPolicy, AuthzSource, Cluster, EdgePort, NetworkPolicy, NetworkPolicyPeer, PolicyRef, Workload } from '../model';
import { ISTIO_ROOT_NAMESPACE } from '../model';
import type { Engine } from '../engine/engine';
import { effectivePolicyTypes } from '../engine/netpol/index-policies';
import { isEmptySelector, matchesSelector } from '../engine/labels';
import { EndpointResolver } from '../engine/endpoints';
import { appliesTo, hasSelector } from '../engine/istio/applies';
import { anyMatches, namespaceMatches } from '../engine/istio/values';
import { externalId, namespaceId, toEdgePort } from './ids';
import { isAllowDnsLike, type IsManaged } from './switches';

/** Beyond this many the canvas would be a hairball; the overlay still shows every pair. */
export const MAX_HAND_WRITTEN_EDGES = 2000;

const wid = (w: Workload) => EndpointResolver.id(w);

export function handWrittenEdges(c: Cluster, engine: Engine, isManaged: IsManaged, namespaces: readonly string[]): AllowEdge[] {
  const resolver = new EndpointResolver(c);
  const workloads = resolver.workloads();
  // Selectors only ever pick within namespaces: look in those alone (a real cluster has dozens, each a few
  // dozen workloads, so a policy costs its namespaces' workloads, not the whole cluster's).
  const byNamespace = new Map<string, Workload[]>();
  for (const w of workloads) {
    const list = byNamespace.get(w.namespace);
    if (list) list.push(w);
    else byNamespace.set(w.namespace, [w]);
  }
  const inNamespace = (ns: string) => byNamespace.get(ns) ?? [];
  const labelsOf = new Map(namespaces.map((ns) => [ns, resolver.namespaceLabels(ns)]));
  const out = new Map<string, AllowEdge>();
  const add = (from: string, to: string, policy: PolicyRef, ports: EdgePort[], extra: Pick<AllowEdge, 'methods' | 'paths'> = {}) => {
    if (from === to) return;
    const id = `hw:${policy.kind}:${policy.namespace}/${policy.name}:${from}->${to}`;
    const e = out.get(id);
    if (e) {
      // Several rules of one policy admit the same pair: all ports if any rule says so, else the union.
      e.ports =
        e.ports.length === 0 || ports.length === 0
          ? []
          : [...e.ports, ...ports.filter((p) => !e.ports.some((q) => q.port === p.port && q.protocol === p.protocol && q.endPort === p.endPort))];
      return;
    }
    if (out.size < MAX_HAND_WRITTEN_EDGES) out.set(id, { id, from, to, ports, handWritten: true, policies: [policy], ...extra });
  };
  const peerNodes = (peer: NetworkPolicyPeer, np: NetworkPolicy): string[] => {
    if (peer.ipBlock) return [externalId(peer.ipBlock.cidr)];
    const inNamespaces = peer.namespaceSelector
      ? namespaces.filter((ns) => matchesSelector(peer.namespaceSelector!, labelsOf.get(ns) ?? resolver.namespaceLabels(ns)))
      : [np.namespace];
    if (!peer.podSelector || isEmptySelector(peer.podSelector)) return inNamespaces.map(namespaceId);
    return inNamespaces.flatMap((ns) => inNamespace(ns).filter((w) => matchesSelector(peer.podSelector!, w.labels))).map(wid);
  };

  for (const np of c.networkPolicies) {
    if (isManaged('NetworkPolicy', np.namespace, np.name) || isAllowDnsLike(np)) continue;
    const types = effectivePolicyTypes(np);
    const selected = isEmptySelector(np.podSelector)
      ? [namespaceId(np.namespace)]
      : inNamespace(np.namespace)
          .filter((w) => matchesSelector(np.podSelector, w.labels))
          .map(wid);
    for (const dir of ['ingress', 'egress'] as const) {
      if (!types.includes(dir === 'ingress' ? 'Ingress' : 'Egress')) continue;
      for (const [i, rule] of (np[dir] ?? []).entries()) {
        const ports = (rule.ports ?? []).map(toEdgePort);
        for (const [j, peer] of (rule.peers ?? []).entries()) {
          const ref: PolicyRef = { kind: 'NetworkPolicy', namespace: np.namespace, name: np.name, rule: `${dir}[${i}].${dir === 'ingress' ? 'from' : 'to'}[${j}]` };
          for (const other of peerNodes(peer, np))
            for (const own of selected) {
              if (dir === 'ingress') add(other, own, ref, ports);
              else add(own, other, ref, ports);
            }
        }
      }
    }
  }

  // Each workload's mesh identity, resolved once for all rules (not once per rule and workload).
  const identities: MeshIdentity[] = [];
  for (const w of workloads) {
    const id = wid(w);
    const ep = engine.endpoint(id);
    if ('inMesh' in ep && ep.inMesh) identities.push({ id, namespace: w.namespace, principal: 'principal' in ep ? ep.principal : undefined });
  }
  for (const ap of c.authorizationPolicies) {
    if ((ap.action ?? 'ALLOW') !== 'ALLOW' || isManaged('AuthorizationPolicy', ap.namespace, ap.name)) continue;
    const targets = authzTargets(ap, ap.namespace === ISTIO_ROOT_NAMESPACE ? workloads : inNamespace(ap.namespace));
    for (const [i, rule] of (ap.rules ?? []).entries()) {
      const ref: PolicyRef = { kind: 'AuthorizationPolicy', namespace: ap.namespace, name: ap.name, rule: `rules[${i}]` };
      const ops = (rule.to ?? []).map((t) => t.operation);
      const ports: EdgePort[] = ops.some((o) => !o.ports) ? [] : ops.flatMap((o) => (o.ports ?? []).map((p) => ({ port: Number(p), protocol: 'TCP' as const })));
      const methods = ops.flatMap((o) => o.methods ?? []);
      const paths = ops.flatMap((o) => o.paths ?? []);
      const extra = { ...(methods.length ? { methods } : {}), ...(paths.length ? { paths } : {}) };
      for (const from of rule.from ?? []) for (const src of authzSources(from.source, namespaces, identities)) for (const dst of targets) add(src, dst, ref, ports, extra);
    }
  }
  return [...out.values()];
}

/**
 * No selector: the whole namespace (a namespace node); the root namespace without selector is mesh-wide.
 * `workloads`: those the policy may apply to (its namespace's, or all for the root namespace).
 */
function authzTargets(ap: AuthorizationPolicy, workloads: Workload[]): string[] {
  if (!hasSelector(ap) && ap.namespace !== ISTIO_ROOT_NAMESPACE) return [namespaceId(ap.namespace)];
  if (!hasSelector(ap)) return [];
  return workloads.filter((w) => appliesTo(ap, w.namespace, w.labels)).map(wid);
}

interface MeshIdentity {
  id: string;
  namespace: string;
  principal: string | undefined;
}

/** `identities`: the workloads in the mesh with their principals. */
function authzSources(s: AuthzSource, namespaces: readonly string[], identities: readonly MeshIdentity[]): string[] {
  const keys = Object.keys(s).filter((k) => (s as Record<string, unknown>)[k] !== undefined);
  if (keys.length === 1 && s.namespaces) return namespaces.filter((ns) => s.namespaces!.some((p) => namespaceMatches(p, ns))).map(namespaceId);
  if (keys.length === 1 && s.ipBlocks) return s.ipBlocks.map((c) => externalId(c.includes('/') ? c : `${c}/${c.includes(':') ? 128 : 32}`));
  // Identity-based sources: the workloads whose principal and namespace satisfy every field given.
  if (!s.principals && !s.namespaces && !s.notPrincipals && !s.notNamespaces) return [];
  return identities
    .filter((w) => {
      if (s.principals && !anyMatches(s.principals, w.principal)) return false;
      if (s.notPrincipals && anyMatches(s.notPrincipals, w.principal)) return false;
      if (s.namespaces && !s.namespaces.some((p) => namespaceMatches(p, w.namespace))) return false;
      if (s.notNamespaces && s.notNamespaces.some((p) => namespaceMatches(p, w.namespace))) return false;
      return true;
    })
    .map((w) => w.id);
}
