// KPD201: Istio policies are enforced by the sidecar's proxy; a workload without a sidecar has no proxy, so an
// AuthorizationPolicy or PeerAuthentication that applies only to such workloads is not enforced
// (https://istio.io/latest/docs/concepts/security/#authorization: "enforced by the Envoy proxy").
// KPD202: a selector that selects no workload (the policy applies to nobody).
import { hasSelector } from '../../engine/istio/applies';
import { intersects, isEmpty } from '../../engine/bitset';
import type { AuthorizationPolicy, PeerAuthentication } from '../../model';
import type { LintContext } from '../context';
import { listOf, workloadId } from '../context';
import type { LintFinding } from '../types';
import { selectorHint } from './hints';
import { attachesElsewhere } from './istio-enforcement';

export function istioScope(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  if (ctx.workloads().length === 0) return out;
  // A policy's scope as a set (namespace and selector, as istio/applies.ts appliesTo reads them), listed only for
  // a finding.
  const sets = ctx.sets();
  const check = (kind: string, p: AuthorizationPolicy | PeerAuthentication) => {
    const scope = sets.istioScope(p);
    const subject = { kind, ...p };
    if (isEmpty(scope)) {
      if (!hasSelector(p)) return; // a namespace-wide policy for a namespace without workloads here: nothing to say
      const sel = p.selector!.matchLabels;
      const selector = Object.keys(sel)
        .map((k) => `${k}=${sel[k]}`)
        .join(', ');
      const pool = ctx.workloads().filter((w) => w.namespace === p.namespace || p.namespace === 'istio-system');
      const path = ['spec', 'selector'];
      out.push(
        ctx.report(
          'KPD202',
          subject,
          { selector },
          {
            path,
            ...selectorHint(
              p.selector,
              'pod',
              pool.map((w) => ({ name: workloadId(w), labels: w.labels })),
              path,
            ),
          },
        ),
      );
      return;
    }
    if (intersects(scope, sets.mesh())) return;
    out.push(ctx.report('KPD201', subject, { workloads: listOf(sets.workloads(scope).map(workloadId)) }, hasSelector(p) ? { path: ['spec', 'selector'] } : {}));
  };
  for (const ap of ctx.cluster.authorizationPolicies) if (!attachesElsewhere(ctx, ap)) check('AuthorizationPolicy', ap);
  for (const pa of ctx.cluster.peerAuthentications) check('PeerAuthentication', pa);
  return out;
}
