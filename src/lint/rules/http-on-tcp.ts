// KPD203 / KPD204: Istio reads a port's protocol from its name (`tcp`, `tls`, `mongo`… are not HTTP,
// https://istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/). On such a port there is no
// method, path, host or header. Istio then skips an ALLOW rule that needs one (it never matches), and drops those
// fields from a DENY rule, which therefore denies every TCP connection the rest of the rule matches
// (https://istio.io/latest/docs/ops/common-problems/security-issues/#authorization-is-too-restrictive-or-permissive,
// "HTTP-only fields on TCP").
import { isHttpOnly, conditionAttribute } from '../../engine/istio/attributes';
import { NON_HTTP } from '../../engine/istio/request';
import type { AuthorizationPolicy, AuthzRule, Workload } from '../../model';
import type { LintContext } from '../context';
import { workloadId } from '../context';
import type { LintFinding } from '../types';

const OPERATION_HTTP = ['methods', 'notMethods', 'paths', 'notPaths', 'hosts', 'notHosts'] as const;
const SOURCE_HTTP = ['requestPrincipals', 'notRequestPrincipals'] as const;

/** The HTTP-only fields a rule uses, e.g. `methods, paths`. */
export function httpFields(rule: AuthzRule): string[] {
  const out = new Set<string>();
  for (const t of rule.to ?? []) for (const f of OPERATION_HTTP) if ((t.operation[f] ?? []).length > 0) out.add(f);
  for (const s of rule.from ?? []) for (const f of SOURCE_HTTP) if ((s.source[f] ?? []).length > 0) out.add(f);
  for (const c of rule.when ?? []) {
    const a = conditionAttribute(c.key);
    if (a && isHttpOnly(a)) out.add(`when ${c.key}`);
  }
  return [...out];
}

/** The ports a rule is about: its operations' ports, or undefined for every port (an operation without ports). */
function rulePorts(rule: AuthzRule): Set<number> | undefined {
  const to = rule.to ?? [];
  if (to.length === 0 || to.some((t) => (t.operation.ports ?? []).length === 0)) return undefined;
  return new Set(to.flatMap((t) => t.operation.ports ?? []).map(Number));
}

export function httpOnTcp(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const ap of ctx.cluster.authorizationPolicies) {
    const action = ap.action ?? 'ALLOW';
    if (action !== 'ALLOW' && action !== 'DENY') continue;
    // The sidecars the policy applies to, listed in the context's order (the first hit is reported), and only
    // for a policy with HTTP-only fields.
    let scope: Workload[] | undefined;
    for (const [r, rule] of (ap.rules ?? []).entries()) {
      const fields = httpFields(rule);
      if (fields.length === 0) continue;
      const ports = rulePorts(rule);
      let hit: { workload: string; port: number; portName: string } | undefined;
      for (const w of (scope ??= meshScope(ctx, ap))) {
        const tcp = w.ports.filter((p) => p.protocol === 'TCP' && (!ports || ports.has(p.containerPort)));
        // An ALLOW rule without ports still matches HTTP on the workload's other ports: only say "never matches"
        // when every port it is about is read as TCP.
        const nonHttp = tcp.filter((p) => p.name !== undefined && NON_HTTP.test(p.name));
        const found = action === 'DENY' ? nonHttp[0] : nonHttp.length > 0 && nonHttp.length === tcp.length ? nonHttp[0] : undefined;
        if (found) {
          hit = { workload: workloadId(w), port: found.containerPort, portName: found.name! };
          break;
        }
      }
      if (!hit) continue;
      const params = { fields: fields.join(', '), workload: hit.workload, port: String(hit.port), portName: hit.portName };
      out.push(ctx.report(action === 'ALLOW' ? 'KPD203' : 'KPD204', { kind: 'AuthorizationPolicy', ...ap }, params, { path: ['spec', 'rules', r] }));
    }
  }
  return out;
}

function meshScope(ctx: LintContext, ap: AuthorizationPolicy): Workload[] {
  const sets = ctx.sets();
  const scope = sets.istioScope(ap).slice();
  const mesh = sets.mesh();
  for (let w = 0; w < scope.length; w++) scope[w]! &= mesh[w]!;
  return sets.workloads(scope);
}
