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

/** A group's policies by the first label of their selector, so a workload is matched only against those it could fit. */
interface LabelIndex {
  /** Positions in the group of the policies that select without labels (every workload fits them). */
  always: number[];
  /** label key → label value → positions of the policies whose selector's first label that is. */
  byFirst: Map<string, Map<string, number[]>>;
}

/** Policies grouped by namespace, the root namespace's kept apart; each group in a stable name order. */
export class ByNamespace<T extends Scoped> {
  private readonly groups = new Map<string, T[]>();
  private readonly indexes = new Map<string, LabelIndex>();

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
    const own = this.selecting(namespace, labels);
    if (namespace === ISTIO_ROOT_NAMESPACE) return own;
    return [...own, ...this.selecting(ISTIO_ROOT_NAMESPACE, labels)];
  }

  /**
   * `in(namespace).filter((p) => selects(p, labels))`, matching only the candidates: a selector with labels can
   * only select a workload that carries its first label (matchesLabels), and real namespaces hold dozens of
   * policies that each pick one app. Positions are sorted back into the group's order.
   */
  private selecting(namespace: string, labels: Labels): T[] {
    const group = this.in(namespace);
    if (group.length === 0) return [];
    const index = this.labelIndex(namespace, group);
    const candidates = [...index.always];
    for (const key of Object.keys(labels)) candidates.push(...(index.byFirst.get(key)?.get(labels[key]!) ?? []));
    candidates.sort((a, b) => a - b);
    return candidates.map((i) => group[i]!).filter((p) => selects(p, labels));
  }

  private labelIndex(namespace: string, group: readonly T[]): LabelIndex {
    let index = this.indexes.get(namespace);
    if (index) return index;
    index = { always: [], byFirst: new Map() };
    for (const [i, p] of group.entries()) {
      const first = p.selector ? Object.keys(p.selector.matchLabels)[0] : undefined;
      if (first === undefined) {
        index.always.push(i);
        continue;
      }
      let values = index.byFirst.get(first);
      if (!values) index.byFirst.set(first, (values = new Map()));
      const value = p.selector!.matchLabels[first]!;
      values.set(value, [...(values.get(value) ?? []), i]);
    }
    this.indexes.set(namespace, index);
    return index;
  }
}

/** Whether a policy applies to a workload of `ns` with `labels` (AuthorizationPolicy scope; used by src/sync). */
export function appliesTo(policy: Scoped, ns: string, labels: Labels): boolean {
  if (policy.namespace !== ISTIO_ROOT_NAMESPACE && policy.namespace !== ns) return false;
  return selects(policy, labels);
}
