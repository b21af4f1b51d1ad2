// The two tiers' policies in evaluation order (QUERY-MODEL.md "Admin tiers"). Admin tier: AdminNetworkPolicies and
// Admin-tier ClusterNetworkPolicies together, lower `priority` first. Baseline tier: Baseline-tier
// ClusterNetworkPolicies by priority, then the BaselineAdminNetworkPolicy `default`, which has no priority.
// Equal priorities are ordered by kind and name only to be deterministic: upstream leaves the choice to the
// implementation (apis/v1alpha2/clusternetworkpolicy_types.go `Priority`), and the reasons say so.
import type { AdminPolicy, Cluster } from '../../model';

export interface AdminOrder {
  admin: AdminPolicy[];
  baseline: AdminPolicy[];
  /** Both v1alpha1 (ANP/BANP) and v1alpha2 (ClusterNetworkPolicy) objects are present. */
  mixedVersions: boolean;
}

const byPriority = (a: AdminPolicy, b: AdminPolicy): number =>
  (a.priority ?? Number.MAX_SAFE_INTEGER) - (b.priority ?? Number.MAX_SAFE_INTEGER) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name);

export function adminOrder(cluster: Cluster): AdminOrder {
  const all = cluster.adminPolicies ?? [];
  const v2 = all.some((p) => p.kind === 'ClusterNetworkPolicy');
  const v1 = all.some((p) => p.kind !== 'ClusterNetworkPolicy');
  return {
    admin: all.filter((p) => p.tier === 'Admin').sort(byPriority),
    baseline: all.filter((p) => p.tier === 'Baseline').sort(byPriority),
    mixedVersions: v1 && v2,
  };
}

/** Policies of one tier at one priority as `p`, other than `p`. */
export function samePriority(list: AdminPolicy[], p: AdminPolicy): AdminPolicy[] {
  return list.filter((q) => q !== p && q.priority === p.priority);
}
