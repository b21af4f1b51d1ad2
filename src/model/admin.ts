// Cluster-scoped admin policies of the Network Policy API (sig-network, kubernetes-sigs/network-policy-api):
// AdminNetworkPolicy and BaselineAdminNetworkPolicy (policy.networking.k8s.io/v1alpha1,
// apis/v1alpha1/{adminnetworkpolicy,baselineadminnetworkpolicy,shared}_types.go) and ClusterNetworkPolicy
// (v1alpha2, apis/v1alpha2/clusternetworkpolicy_types.go). One normalised shape for all three; `kind` and
// `apiVersion` are kept so the printer writes each object back in its own kind and field names.
import type { LabelSelector, Origin, Protocol } from './k8s';

export type AdminKind = 'AdminNetworkPolicy' | 'BaselineAdminNetworkPolicy' | 'ClusterNetworkPolicy';
export type AdminTier = 'Admin' | 'Baseline';
/** v1alpha1 says Allow (BANP: Allow/Deny only), v1alpha2 says Accept; both mean "let this end through". */
export type AdminAction = 'Allow' | 'Accept' | 'Deny' | 'Pass';

export const ADMIN_GROUP = 'policy.networking.k8s.io';
export const V1ALPHA1 = `${ADMIN_GROUP}/v1alpha1`;
export const V1ALPHA2 = `${ADMIN_GROUP}/v1alpha2`;

/** `NamespacedPod`: pods matching podSelector in namespaces matching namespaceSelector (`{}` = all). */
export interface NamespacedPod {
  namespaceSelector: LabelSelector;
  podSelector: LabelSelector;
}

/** Subject and ingress peers: exactly one of `namespaces`, `pods` (CRD MinProperties=MaxProperties=1). */
export interface AdminSubject {
  namespaces?: LabelSelector;
  pods?: NamespacedPod;
}

/** A peer: exactly one field; `networks`, `nodes` and `domainNames` only in egress rules (BANP: no domainNames). */
export interface AdminPeer {
  namespaces?: LabelSelector;
  pods?: NamespacedPod;
  /** CIDRs; unlike NetworkPolicy ipBlock they match pod IPs too. */
  networks?: string[];
  nodes?: LabelSelector;
  domainNames?: string[];
}

/**
 * One port match, normalised. v1alpha1: `portNumber {protocol, port}`, `portRange {protocol, start, end}`,
 * `namedPort`. v1alpha2 `protocols`: `{tcp|udp|sctp: {destinationPort: {number} | {range: {start, end}}}}` or
 * `{destinationNamedPort}`. `namedPort` carries no protocol. A protocol without any port (`tcp: {}`, rejected by
 * the CRD's MinProperties) keeps only `protocol`.
 */
export interface AdminPort {
  protocol?: Protocol;
  port?: number;
  /** With `port`: an inclusive range `port`–`endPort`. */
  endPort?: number;
  namedPort?: string;
}

export interface AdminRule {
  /** `name`, at most 100 characters; shown in reasons. */
  name?: string;
  action: AdminAction;
  /** `from` (ingress) / `to` (egress). */
  peers: AdminPeer[];
  /** `ports` (v1alpha1) / `protocols` (v1alpha2); absent = every port. */
  ports?: AdminPort[];
}

export interface AdminPolicy {
  kind: AdminKind;
  apiVersion: string;
  name: string;
  tier: AdminTier;
  /** 0–1000, lower first; a BANP has none (it is alone in its tier's v1alpha1 form). */
  priority?: number;
  subject: AdminSubject;
  ingress?: AdminRule[];
  egress?: AdminRule[];
  origin?: Origin;
}

/** Actions that let an end through. */
export const admits = (a: AdminAction): boolean => a === 'Allow' || a === 'Accept';

/** `ClusterNetworkPolicy block-legacy (Admin, priority 10)`; `BaselineAdminNetworkPolicy default (Baseline)`. */
export function adminLabel(p: AdminPolicy): string {
  return `${p.kind} ${p.name} (${p.tier}${p.priority !== undefined ? `, priority ${p.priority}` : ''})`;
}
