// Does an admin policy select a pod, and does one of its rules' peers / ports match the other side?
// Semantics from kubernetes-sigs/network-policy-api apis/v1alpha1/shared_types.go and
// apis/v1alpha2/clusternetworkpolicy_types.go: `namespaces` = every pod of the matching namespaces, `pods` =
// namespaceSelector AND podSelector; host-networked pods are neither subjects nor `namespaces` / `pods` peers;
// egress `networks` match any address in the CIDRs, pod IPs included (unlike NetworkPolicy ipBlock).
import type { AdminPeer, AdminPort, AdminRule, AdminSubject, Protocol, Workload } from '../../model';
import type { Endpoint } from '../endpoint';
import { inCidr } from '../ip';
import type { SelectorCache } from '../netpol/match';

export function subjectSelects(subject: AdminSubject, w: Workload, cache: SelectorCache): boolean {
  if (w.hostNetwork) return false;
  if (subject.namespaces) return cache.ns(subject.namespaces, w.namespace);
  if (subject.pods) return cache.ns(subject.pods.namespaceSelector, w.namespace) && cache.pod(subject.pods.podSelector, w);
  return false;
}

/** `/0` of either family: every address, so every pod, whatever IP it gets. */
export const EVERY_ADDRESS = (cidr: string): boolean => cidr.endsWith('/0');

/**
 * The address `networks` is matched against: a named IP, or the pod's `status.podIP`. A workload whose manifest
 * has no IP is inside only `0.0.0.0/0` / `::/0` (see reasons.ts `unknownPodIpNote`).
 */
export function peerMatches(peer: AdminPeer, other: Endpoint, cache: SelectorCache): boolean {
  if (peer.networks) {
    const ip = other.ip;
    if (ip !== undefined) return peer.networks.some((c) => inCidr(c, ip));
    return other.kind === 'workload' && peer.networks.some(EVERY_ADDRESS);
  }
  // nodes and domainNames: not modelled (no Node objects, no DNS), never matched; reported as implementation-defined.
  if (peer.nodes || peer.domainNames) return false;
  if (other.kind !== 'workload' || !other.workload || other.workload.hostNetwork) return false;
  if (peer.namespaces) return cache.ns(peer.namespaces, other.namespace!);
  if (peer.pods) return cache.ns(peer.pods.namespaceSelector, other.namespace!) && cache.pod(peer.pods.podSelector, other.workload);
  return false;
}

/** A peer whose match this engine cannot decide. */
export const undecidablePeer = (peer: AdminPeer): 'nodes' | 'domainNames' | undefined => (peer.nodes ? 'nodes' : peer.domainNames ? 'domainNames' : undefined);

/** A named port is looked up on the destination pod (name, protocol and number). */
export function portMatches(p: AdminPort, port: number | 'any', protocol: Protocol, dst: Endpoint): boolean {
  if (p.namedPort !== undefined) {
    if (port === 'any') return false;
    return dst.workload?.ports.some((cp) => cp.name === p.namedPort && cp.protocol === protocol && cp.containerPort === port) ?? false;
  }
  if ((p.protocol ?? 'TCP') !== protocol) return false;
  if (p.port === undefined) return true; // a protocol without a port: implementation-defined, see reasons.ts
  if (port === 'any') return false;
  return p.endPort !== undefined ? port >= p.port && port <= p.endPort : port === p.port;
}

/** Index of the first matching port (-1: the rule has no ports, so every port), undefined when none matches. */
export function matchingPort(rule: AdminRule, port: number | 'any', protocol: Protocol, dst: Endpoint): number | undefined {
  if (!rule.ports) return -1;
  const i = rule.ports.findIndex((p) => portMatches(p, port, protocol, dst));
  return i >= 0 ? i : undefined;
}

/** Index of the first matching peer, undefined when none. */
export function matchingPeer(rule: AdminRule, other: Endpoint, cache: SelectorCache): number | undefined {
  const i = rule.peers.findIndex((p) => peerMatches(p, other, cache));
  return i >= 0 ? i : undefined;
}
