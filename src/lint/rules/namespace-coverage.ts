// KPD107: "every namespace needs a NetworkPolicy" (the rule teams enforce with Kyverno's
// add-network-policy / require-network-policy). A namespace without any NetworkPolicy leaves its pods open both ways
// while the other namespaces are locked down, which is usually an oversight. System namespaces are left out.
import type { LintContext } from '../context';
import { listOf } from '../context';
import type { LintFinding } from '../types';

const SYSTEM = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

export function namespaceWithoutPolicy(ctx: LintContext): LintFinding[] {
  const withPolicy = new Set(ctx.cluster.networkPolicies.map((np) => np.namespace));
  if (withPolicy.size === 0) return [];
  const out: LintFinding[] = [];
  for (const ns of ctx.namespaces()) {
    if (withPolicy.has(ns) || SYSTEM.has(ns)) continue;
    const workloads = ctx.workloads().filter((w) => w.namespace === ns);
    if (workloads.length === 0) continue;
    const nsObject = ctx.cluster.namespaces.find((n) => n.name === ns);
    // Reported on the Namespace object, or on its first workload when the manifests have no Namespace object.
    const subject = nsObject
      ? { kind: 'Namespace', namespace: '', name: ns, origin: nsObject.origin }
      : { kind: workloads[0]!.kind, namespace: ns, name: workloads[0]!.name, origin: workloads[0]!.origin };
    const others = listOf([...withPolicy].sort());
    out.push(ctx.report('KPD107', subject, { namespace: ns, count: String(workloads.length), others }));
  }
  return out;
}
