// Which Istio policies apply to a destination workload.
// https://istio.io/latest/docs/reference/config/security/authorization-policy/ : a policy in the root namespace
// applies to all workloads of the mesh (its selector, if any, to matching workloads in every namespace); elsewhere
// it applies to its own namespace, narrowed by its selector.
import { ISTIO_ROOT_NAMESPACE, type Labels, type WorkloadSelector } from '../../model';
import { matchesLabels } from '../labels';

export function appliesTo(policy: { namespace: string; selector?: WorkloadSelector }, ns: string, labels: Labels): boolean {
  if (policy.namespace !== ISTIO_ROOT_NAMESPACE && policy.namespace !== ns) return false;
  return !policy.selector || matchesLabels(policy.selector.matchLabels, labels);
}
