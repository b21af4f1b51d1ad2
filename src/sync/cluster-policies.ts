// The admin tiers' policies as the designer shows them: one card each, in evaluation order (the engine's order).
import type { AdminKind, AdminPolicy, Cluster, DesignClusterPolicy, NodeId } from '../model';
import { adminOrder } from '../engine/admin/order';

export const CLUSTER_POLICY_PREFIX = 'cluster-policy:';
export const clusterPolicyId = (kind: AdminKind, name: string): NodeId => `${CLUSTER_POLICY_PREFIX}${kind}/${name}`;

export function parseClusterPolicyId(id: NodeId): { kind: AdminKind; name: string } | undefined {
  if (!id.startsWith(CLUSTER_POLICY_PREFIX)) return undefined;
  const [kind, name] = id.slice(CLUSTER_POLICY_PREFIX.length).split('/') as [AdminKind, string];
  return kind && name ? { kind, name } : undefined;
}

export function clusterPolicyCards(c: Cluster): DesignClusterPolicy[] {
  const order = adminOrder(c);
  return [...order.admin, ...order.baseline].map((policy: AdminPolicy) => ({ id: clusterPolicyId(policy.kind, policy.name), policy }));
}
