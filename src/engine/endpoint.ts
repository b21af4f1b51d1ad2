import type { Labels, Workload } from '../model';

/** One side of a query, resolved against the cluster (see shared/QUERY-MODEL.md "Endpoints"). */
export interface Endpoint {
  kind: 'workload' | 'external';
  /** `ns/name` for a workload, the IP for an outside address. */
  id: string;
  workload?: Workload;
  /** The workload's namespace (absent for external). */
  namespace?: string;
  /** Labels of that namespace; a namespace without a Namespace object still has `kubernetes.io/metadata.name`. */
  namespaceLabels?: Labels;
  /** The IP when the query named one (an outside IP, or a pod's status.podIP). */
  ip?: string;
  /** In the Istio mesh (sidecar mode), per QUERY-MODEL.md. Never for external or hostNetwork. */
  inMesh: boolean;
  /** `cluster.local/ns/<ns>/sa/<sa>`, for workloads (used only when mTLS happens). */
  principal?: string;
}
