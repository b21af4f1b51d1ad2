// Plain types of the Kubernetes and Istio objects the product models. No dependencies, no behaviour.
// Label maps are null-prototype objects (see yaml/safe.ts) so keys such as `__proto__` stay plain data.
import type { AdminPolicy } from './admin';

export type Labels = Record<string, string>;
export type Protocol = 'TCP' | 'UDP' | 'SCTP';

/** Where an object came from: a file and the 1-based line/column of its document start. */
export interface Origin {
  file: string;
  line: number;
  col: number;
  /** 0-based index of the YAML document within its file (items of a `kind: List` share their document's index). */
  doc: number;
}

export interface ObjectRef {
  kind: string;
  namespace: string;
  name: string;
}

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
}

/** A Kubernetes LabelSelector. `{}` (both absent) selects everything. */
export interface LabelSelector {
  matchLabels?: Labels;
  matchExpressions?: LabelSelectorRequirement[];
}

export interface Namespace {
  name: string;
  labels: Labels;
  annotations: Labels;
  origin?: Origin;
}

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol: Protocol;
}

export type WorkloadKind = 'Pod' | 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet' | 'Job' | 'CronJob';

/** A Pod, or a controller standing for the pods of its template (labels etc. come from the template). */
export interface Workload {
  kind: WorkloadKind;
  namespace: string;
  name: string;
  labels: Labels;
  annotations: Labels;
  /** `spec.serviceAccountName` (or the deprecated `serviceAccount`), else `default`. */
  serviceAccount: string;
  ports: ContainerPort[];
  /** `status.podIP` of a Pod, when the manifest carries it. */
  podIP?: string;
  hostNetwork?: boolean;
  origin?: Origin;
}

export interface ServiceAccount {
  namespace: string;
  name: string;
  origin?: Origin;
}

export interface ServicePort {
  name?: string;
  port: number;
  targetPort?: number | string;
  protocol: Protocol;
}

/** Kept for names only: verdicts are about pods and container ports. */
export interface Service {
  namespace: string;
  name: string;
  selector: Labels;
  ports: ServicePort[];
  origin?: Origin;
}

// ---- NetworkPolicy (networking.k8s.io/v1) -------------------------------------------------

export interface IPBlock {
  cidr: string;
  except?: string[];
}

export interface NetworkPolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: IPBlock;
}

export interface NetworkPolicyPort {
  /** As written; the engine defaults an absent protocol to TCP. */
  protocol?: Protocol;
  /** A number, or a named container port of the destination pod. Absent = all ports. */
  port?: number | string;
  endPort?: number;
}

/** One rule. `peers` absent or empty = all peers; `ports` absent or empty = all ports. */
export interface NetworkPolicyRule {
  peers?: NetworkPolicyPeer[];
  ports?: NetworkPolicyPort[];
}

export type PolicyType = 'Ingress' | 'Egress';

export interface NetworkPolicy {
  namespace: string;
  name: string;
  podSelector: LabelSelector;
  /** As written (absent when the manifest omits it). Use engine's effectivePolicyTypes() for the defaulting rule. */
  policyTypes?: PolicyType[];
  /** `spec.ingress` (`from` is stored as `peers`). Absent when the manifest omits it. */
  ingress?: NetworkPolicyRule[];
  /** `spec.egress` (`to` is stored as `peers`). Absent when the manifest omits it. */
  egress?: NetworkPolicyRule[];
  origin?: Origin;
}

// ---- Istio (security.istio.io v1 / v1beta1) ------------------------------------------------

export type MtlsMode = 'UNSET' | 'DISABLE' | 'PERMISSIVE' | 'STRICT';

/** Istio's WorkloadSelector: matchLabels only. */
export interface WorkloadSelector {
  matchLabels: Labels;
}

export interface PeerAuthentication {
  namespace: string;
  name: string;
  apiVersion: string;
  selector?: WorkloadSelector;
  /** `spec.mtls.mode`; absent = UNSET (inherit). */
  mode?: MtlsMode;
  /** `spec.portLevelMtls`, keyed by port number. */
  portLevelMtls?: Record<string, MtlsMode>;
  origin?: Origin;
}

export type AuthzAction = 'ALLOW' | 'DENY' | 'AUDIT' | 'CUSTOM';

export interface AuthzSource {
  principals?: string[];
  notPrincipals?: string[];
  requestPrincipals?: string[];
  notRequestPrincipals?: string[];
  namespaces?: string[];
  notNamespaces?: string[];
  ipBlocks?: string[];
  notIpBlocks?: string[];
  remoteIpBlocks?: string[];
  notRemoteIpBlocks?: string[];
}

export interface AuthzOperation {
  hosts?: string[];
  notHosts?: string[];
  ports?: string[];
  notPorts?: string[];
  methods?: string[];
  notMethods?: string[];
  paths?: string[];
  notPaths?: string[];
}

export interface AuthzCondition {
  key: string;
  values?: string[];
  notValues?: string[];
}

export interface AuthzRule {
  from?: { source: AuthzSource }[];
  to?: { operation: AuthzOperation }[];
  when?: AuthzCondition[];
}

export interface AuthorizationPolicy {
  namespace: string;
  name: string;
  apiVersion: string;
  selector?: WorkloadSelector;
  /** Absent = ALLOW. */
  action?: AuthzAction;
  /** `spec.provider.name` for CUSTOM. */
  provider?: string;
  /** Absent or empty: the policy matches nothing (so an ALLOW policy with no rules allows nothing). */
  rules?: AuthzRule[];
  /** `metadata.annotations["istio.io/dry-run"] == "true"`: not enforced, Istio only logs what it would do. */
  dryRun?: boolean;
  /** `spec.targetRef` and `spec.targetRefs` together: the policy attaches to gateways and waypoints, not to sidecars. */
  targetRefs?: PolicyTargetRef[];
  origin?: Origin;
}

/** A `targetRef(s)` entry of an Istio policy (Gateway API PolicyTargetReference). */
export interface PolicyTargetRef {
  group?: string;
  kind: string;
  name: string;
}

/** A document of a kind we do not model: kept verbatim and written back unchanged on export. */
export interface UnmodelledObject {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  /** The document's own source text, exactly as read. */
  text: string;
  origin?: Origin;
}

/** Everything read from a set of manifests. */
export interface Cluster {
  namespaces: Namespace[];
  workloads: Workload[];
  serviceAccounts: ServiceAccount[];
  services: Service[];
  networkPolicies: NetworkPolicy[];
  peerAuthentications: PeerAuthentication[];
  authorizationPolicies: AuthorizationPolicy[];
  /** AdminNetworkPolicy, BaselineAdminNetworkPolicy and ClusterNetworkPolicy objects (see admin.ts). */
  adminPolicies: AdminPolicy[];
  unmodelled: UnmodelledObject[];
}

export function emptyCluster(): Cluster {
  return {
    namespaces: [],
    workloads: [],
    serviceAccounts: [],
    services: [],
    networkPolicies: [],
    peerAuthentications: [],
    authorizationPolicies: [],
    adminPolicies: [],
    unmodelled: [],
  };
}

export const ISTIO_ROOT_NAMESPACE = 'istio-system';
export const TRUST_DOMAIN = 'cluster.local';
