// The design as the canvas shows it. It is DERIVED from the YAML text (the document), never stored beside it:
// YAML text → parse → sync.designFromParse → Design. Canvas actions edit the text through src/sync.
import type { AdminPolicy } from './admin';
import type { ContainerPort, Labels, MtlsMode, Protocol, WorkloadKind } from './k8s';
import type { PolicyRef } from './query';

/** Node ids: `ns/name` for a workload, `namespace:<name>`, `external:<cidr>`. */
export type NodeId = string;

export interface DesignNamespace {
  id: NodeId;
  name: string;
  labels: Labels;
  /** A managed (or equivalent hand-written) policy denies all ingress and egress by default. */
  defaultDeny: boolean;
  /** Egress to kube-system kube-dns on 53 UDP/TCP is allowed for every pod. */
  allowDns: boolean;
  /** The namespace-wide PeerAuthentication mode, 'off' when there is none. */
  mtls: MtlsMode | 'off';
  /** The namespace is labelled for sidecar injection. */
  injection: boolean;
  /**
   * Hand-written policies that turn a switch on (the canvas cannot switch those off; the user edits them).
   * Optional: added by the designer store (absent = none).
   */
  handWritten?: { defaultDeny: PolicyRef[]; allowDns: PolicyRef[]; mtls: PolicyRef[] };
}

export interface DesignWorkload {
  id: NodeId;
  namespace: string;
  name: string;
  kind: WorkloadKind;
  labels: Labels;
  serviceAccount: string;
  ports: ContainerPort[];
  /** In the mesh (sidecar), as QUERY-MODEL.md decides it. */
  mesh: boolean;
  /**
   * Selected by an Egress NetworkPolicy other than the designer's own per-edge egress policies: drawn edges from
   * it then also need an egress policy. Optional: added by the designer store (absent = false).
   */
  egressIsolated?: boolean;
}

export interface DesignExternal {
  id: NodeId;
  cidr: string;
  except: string[];
}

export interface EdgePort {
  port?: number | string;
  endPort?: number;
  protocol: Protocol;
}

/** An allowed connection as drawn (or as resolved from a hand-written policy). */
export interface AllowEdge {
  id: string;
  from: NodeId;
  to: NodeId;
  /** Empty = all ports. */
  ports: EdgePort[];
  methods?: string[];
  paths?: string[];
  /** Comes from a policy no drawn edge can express: kept verbatim, drawn where the engine resolves it. */
  handWritten: boolean;
  /** The documents behind this edge (to jump to their text). */
  policies: PolicyRef[];
}

/** A cluster-scoped admin policy (ANP, BANP or ClusterNetworkPolicy), shown as a card in the "Cluster policies" band. */
export interface DesignClusterPolicy {
  /** `cluster-policy:<Kind>/<name>`. */
  id: NodeId;
  policy: AdminPolicy;
}

export interface Design {
  namespaces: DesignNamespace[];
  workloads: DesignWorkload[];
  externals: DesignExternal[];
  edges: AllowEdge[];
  /** Optional (absent = none): the admin tiers' policies in evaluation order (Admin tier, then Baseline). */
  clusterPolicies?: DesignClusterPolicy[];
}

export interface XY {
  x: number;
  y: number;
}
