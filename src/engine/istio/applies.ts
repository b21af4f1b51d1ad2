// Which Istio policies apply to a destination workload, indexed once per cluster.
// AuthorizationPolicy (https://istio.io/latest/docs/reference/config/security/authorization-policy/, `selector`): "The
// selector will match with workloads in the same namespace as the authorization policy. If the authorization policy
// is in the root namespace, the selector will additionally match with workloads in all namespaces." No selector: every
// workload of the namespace, or of the mesh for the root namespace.
import { ISTIO_ROOT_NAMESPACE, type Labels, type WorkloadSelector } from '../../model';
import { matchesLabels } from '../labels';

export interface Scoped {
  namespace: string;
  name: string;
  selector?: WorkloadSelector;
}

/** istiod treats a selector without labels like no selector (authn/policy_applier.go ComposePeerAuthentication). */
export const hasSelector = (p: Scoped): boolean => !!p.selector && Object.keys(p.selector.matchLabels).length > 0;

/** A selector without labels matches every workload (matchesLabels of no labels), as no selector does. */
export const selects = (p: Scoped, labels: Labels): boolean => !p.selector || matchesLabels(p.selector.matchLabels, labels);

export const policyName = (p: Scoped): string => `${p.namespace}/${p.name}`;

/** Policies grouped by namespace, the root namespace's kept apart; each group in a stable name order. */
export class ByNamespace<T extends Scoped> {
  private readonly groups = new Map<string, T[]>();

  constructor(policies: readonly T[]) {
    for (const p of policies) {
      const list = this.groups.get(p.namespace) ?? [];
      list.push(p);
      this.groups.set(p.namespace, list);
    }
  }

  in(namespace: string): readonly T[] {
    return this.groups.get(namespace) ?? [];
  }

  /** AuthorizationPolicy scope: own namespace (selector against the workload) plus the root namespace's. */
  authorizationScope(namespace: string, labels: Labels): T[] {
    const own = this.in(namespace).filter((p) => selects(p, labels));
    if (namespace === ISTIO_ROOT_NAMESPACE) return own;
    return [...own, ...this.in(ISTIO_ROOT_NAMESPACE).filter((p) => selects(p, labels))];
  }
}

/** Whether a policy applies to a workload of `ns` with `labels` (AuthorizationPolicy scope; used by src/sync). */
export function appliesTo(policy: Scoped, ns: string, labels: Labels): boolean {
  if (policy.namespace !== ISTIO_ROOT_NAMESPACE && policy.namespace !== ns) return false;
  return selects(policy, labels);
}
