// NetworkPolicies indexed by namespace, with the policyTypes defaulting rule applied once.
// https://kubernetes.io/docs/concepts/services-networking/network-policies/ (policyTypes: "If no policyTypes are
// specified on a NetworkPolicy then by default Ingress will always be set and Egress will be set if the
// NetworkPolicy has any egress rules.") The API server's defaulting reads `len(spec.egress) != 0`
// (pkg/apis/networking/v1/defaults.go), so `egress: []` without policyTypes is ingress-only.
import type { NetworkPolicy, PolicyType } from '../../model';

export type Direction = 'ingress' | 'egress';

export function effectivePolicyTypes(np: NetworkPolicy): PolicyType[] {
  if (np.policyTypes && np.policyTypes.length > 0) return np.policyTypes;
  return (np.egress?.length ?? 0) > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

export interface IndexedPolicy {
  policy: NetworkPolicy;
  ingress: boolean;
  egress: boolean;
}

export function indexByNamespace(policies: NetworkPolicy[]): Map<string, IndexedPolicy[]> {
  const out = new Map<string, IndexedPolicy[]>();
  for (const policy of policies) {
    const types = effectivePolicyTypes(policy);
    const list = out.get(policy.namespace) ?? [];
    list.push({ policy, ingress: types.includes('Ingress'), egress: types.includes('Egress') });
    out.set(policy.namespace, list);
  }
  return out;
}
