// Admin policies → plain objects in their own kind and version: v1alpha1 `ports` (portNumber / portRange /
// namedPort) for AdminNetworkPolicy and BaselineAdminNetworkPolicy, v1alpha2 `protocols` (tcp/udp/sctp
// destinationPort number / range, destinationNamedPort) and `tier` for ClusterNetworkPolicy. Field names from
// kubernetes-sigs/network-policy-api apis/v1alpha1/shared_types.go and apis/v1alpha2/clusternetworkpolicy_types.go.
import type { AdminPeer, AdminPolicy, AdminPort, AdminRule, AdminSubject, NamespacedPod } from '../model';
import { selector } from './emit-objects';

type Plain = Record<string, unknown>;

function pods(p: NamespacedPod): Plain {
  return { namespaceSelector: selector(p.namespaceSelector), podSelector: selector(p.podSelector) };
}

function subject(s: AdminSubject): Plain {
  return s.pods ? { pods: pods(s.pods) } : { namespaces: selector(s.namespaces ?? {}) };
}

function peer(p: AdminPeer): Plain {
  if (p.pods) return { pods: pods(p.pods) };
  if (p.namespaces) return { namespaces: selector(p.namespaces) };
  if (p.nodes) return { nodes: selector(p.nodes) };
  if (p.networks) return { networks: [...p.networks] };
  if (p.domainNames) return { domainNames: [...p.domainNames] };
  return {};
}

function v1Port(p: AdminPort): Plain {
  if (p.namedPort !== undefined) return { namedPort: p.namedPort };
  const protocol = p.protocol ?? 'TCP';
  if (p.endPort !== undefined) return { portRange: { protocol, start: p.port, end: p.endPort } };
  return { portNumber: { protocol, port: p.port } };
}

function v2Protocol(p: AdminPort): Plain {
  if (p.namedPort !== undefined) return { destinationNamedPort: p.namedPort };
  const key = (p.protocol ?? 'TCP').toLowerCase();
  if (p.port === undefined) return { [key]: {} };
  return { [key]: { destinationPort: p.endPort !== undefined ? { range: { start: p.port, end: p.endPort } } : { number: p.port } } };
}

function rule(r: AdminRule, peersKey: 'from' | 'to', v2: boolean): Plain {
  const out: Plain = {};
  if (r.name !== undefined) out.name = r.name;
  out.action = r.action;
  out[peersKey] = r.peers.map(peer);
  if (r.ports) out[v2 ? 'protocols' : 'ports'] = r.ports.map(v2 ? v2Protocol : v1Port);
  return out;
}

export function adminPolicyObject(p: AdminPolicy): Plain {
  const v2 = p.kind === 'ClusterNetworkPolicy';
  const spec: Plain = {};
  if (v2) spec.tier = p.tier;
  if (p.priority !== undefined) spec.priority = p.priority;
  spec.subject = subject(p.subject);
  if (p.ingress) spec.ingress = p.ingress.map((r) => rule(r, 'from', v2));
  if (p.egress) spec.egress = p.egress.map((r) => rule(r, 'to', v2));
  return { apiVersion: p.apiVersion, kind: p.kind, metadata: { name: p.name }, spec };
}

/** Print order: Admin before Baseline, then priority, then name. */
export function byTierAndPriority(a: AdminPolicy, b: AdminPolicy): number {
  return a.tier.localeCompare(b.tier) || (a.priority ?? -1) - (b.priority ?? -1) || a.name.localeCompare(b.name) || a.kind.localeCompare(b.kind);
}
