// Does one rule's peer / port admit the other side of the connection?
import type { NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort, Protocol, Workload } from '../../model';
import type { Endpoint } from '../endpoint';
import { inCidr } from '../ip';

export interface SelectorCache {
  pod(sel: NetworkPolicyPeer['podSelector'] & object, w: Workload): boolean;
  ns(sel: NetworkPolicyPeer['namespaceSelector'] & object, ns: string): boolean;
}

/**
 * podSelector alone: pods of the policy's own namespace; namespaceSelector alone: all pods of the matching
 * namespaces; both in one peer: pods matching both (AND). ipBlock: outside addresses only — whether it also
 * matches pod IPs is implementation-defined, and this engine says it does not.
 */
export function peerMatches(peer: NetworkPolicyPeer, policy: NetworkPolicy, other: Endpoint, cache: SelectorCache): boolean {
  if (peer.ipBlock) {
    if (other.kind !== 'external' || !other.ip) return false;
    if (!inCidr(peer.ipBlock.cidr, other.ip)) return false;
    return !(peer.ipBlock.except ?? []).some((e) => inCidr(e, other.ip!));
  }
  if (other.kind !== 'workload' || !other.workload) return false;
  if (peer.namespaceSelector) {
    if (!cache.ns(peer.namespaceSelector, other.namespace!)) return false;
  } else if (other.namespace !== policy.namespace) {
    return false;
  }
  return peer.podSelector ? cache.pod(peer.podSelector, other.workload) : true;
}

/** Port matching; a named port is looked up on the destination pod (name and protocol). */
export function portMatches(p: NetworkPolicyPort, port: number | 'any', protocol: Protocol, dst: Endpoint): boolean {
  if ((p.protocol ?? 'TCP') !== protocol) return false;
  if (p.port === undefined) return true;
  if (port === 'any') return false;
  if (typeof p.port === 'number') return p.endPort !== undefined ? port >= p.port && port <= p.endPort : port === p.port;
  const named = dst.workload?.ports.find((cp) => cp.name === p.port && cp.protocol === protocol);
  return named !== undefined && named.containerPort === port;
}
