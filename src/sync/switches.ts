// A namespace's switches read back from its policies: from the designer's own documents, or from hand-written
// policies that have the same effect (then the switch shows on, and names the policies that hold it).
import type { DesignNamespace, MtlsMode, NetworkPolicy, NetworkPolicyRule, PolicyRef, Cluster, Labels } from '../model';
import { effectivePolicyTypes } from '../engine/netpol/index-policies';
import { isEmptySelector, matchesSelector } from '../engine/labels';
import { hasSelector } from '../engine/istio/applies';
import { namespaceId } from './ids';

/** `Kind ns/name` of the documents the designer manages (see managed-read.ts). */
export type IsManaged = (kind: string, namespace: string, name: string) => boolean;

// An empty podSelector with no rules for a policy type isolates every pod of the namespace for that direction and
// allows nothing (https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies).
const deniesAll = (p: NetworkPolicy, type: 'Ingress' | 'Egress') =>
  isEmptySelector(p.podSelector) && effectivePolicyTypes(p).includes(type) && ((type === 'Ingress' ? p.ingress : p.egress) ?? []).length === 0;

const DNS_NS: Labels = { 'kubernetes.io/metadata.name': 'kube-system' };
const DNS_POD: Labels = { 'k8s-app': 'kube-dns' };

/** An egress rule that lets every selected pod reach kube-dns on 53/UDP. */
function allowsDns(r: NetworkPolicyRule): boolean {
  const port =
    (r.ports ?? []).length === 0 ||
    (r.ports ?? []).some((p) => (p.protocol ?? 'TCP') === 'UDP' && (p.port === 53 || (typeof p.port === 'number' && p.port <= 53 && (p.endPort ?? p.port) >= 53)));
  const peer =
    (r.peers ?? []).length === 0 ||
    (r.peers ?? []).some(
      (p) => !p.ipBlock && (p.namespaceSelector ? matchesSelector(p.namespaceSelector, DNS_NS) : false) && (!p.podSelector || matchesSelector(p.podSelector, DNS_POD)),
    );
  return port && peer;
}

export const isAllowDnsLike = (p: NetworkPolicy) => isEmptySelector(p.podSelector) && effectivePolicyTypes(p).includes('Egress') && (p.egress ?? []).some(allowsDns);

export function namespaceSwitches(name: string, c: Cluster, labels: Labels, isManaged: IsManaged): DesignNamespace {
  const nps = c.networkPolicies.filter((p) => p.namespace === name);
  const ref = (kind: PolicyRef['kind'], p: { namespace: string; name: string }): PolicyRef => ({ kind, namespace: p.namespace, name: p.name });
  const handNp = (p: NetworkPolicy) => !isManaged('NetworkPolicy', p.namespace, p.name);
  const denyIn = nps.filter((p) => deniesAll(p, 'Ingress'));
  const denyOut = nps.filter((p) => deniesAll(p, 'Egress'));
  const defaultDeny = denyIn.length > 0 && denyOut.length > 0;
  const dns = nps.filter(isAllowDnsLike);
  const pa = c.peerAuthentications.find((p) => p.namespace === name && !hasSelector(p));
  const mtls: MtlsMode | 'off' = pa ? (pa.mode ?? 'UNSET') : 'off';
  const injection = labels['istio-injection'] === 'enabled' || Object.prototype.hasOwnProperty.call(labels, 'istio.io/rev');
  const out: DesignNamespace = { id: namespaceId(name), name, labels, defaultDeny, allowDns: dns.length > 0, mtls, injection };
  const handWritten = {
    // Only when hand-written policies hold the switch on their own (a managed default-deny may hold the rest).
    defaultDeny: denyIn.some(handNp) && denyOut.some(handNp) ? [...new Set([...denyIn, ...denyOut])].filter(handNp).map((p) => ref('NetworkPolicy', p)) : [],
    allowDns: dns.filter(handNp).map((p) => ref('NetworkPolicy', p)),
    mtls: pa && !isManaged('PeerAuthentication', pa.namespace, pa.name) ? [ref('PeerAuthentication', pa)] : [],
  };
  if (handWritten.defaultDeny.length + handWritten.allowDns.length + handWritten.mtls.length > 0) out.handWritten = handWritten;
  return out;
}
