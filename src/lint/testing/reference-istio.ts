// Reference Istio rules (test-only): KPD201/202, KPD203/204, KPD205/206/207 and KPD301 as they were, workload by workload and pair
// by pair (KPD301 through one engine.evaluatePort per caller, target and port, without the old evaluation budget
// that cut findings short on large clusters). See reference-rules.ts.
import { appliesTo, hasSelector } from '../../engine/istio/applies';
import { NON_HTTP } from '../../engine/istio/request';
import type { AuthorizationPolicy, AuthzRule, PeerAuthentication, Protocol } from '../../model';
import { isPlainMap } from '../../yaml/reader/plain';
import type { LintContext } from '../context';
import { listOf, workloadId } from '../context';
import type { LintFinding } from '../types';
import { httpFields } from '../rules/http-on-tcp';
import { selectorHint } from '../rules/hints';

function isDryRun(ctx: LintContext, ap: AuthorizationPolicy): boolean {
  const meta = ctx.locate.raw(ap.origin)?.metadata;
  const ann = isPlainMap(meta) ? meta.annotations : undefined;
  return isPlainMap(ann) && String(ann['istio.io/dry-run']).toLowerCase() === 'true';
}

/** `targetRef` or `targetRefs` when the policy has one. */
function targetField(ctx: LintContext, ap: AuthorizationPolicy): 'targetRef' | 'targetRefs' | undefined {
  const spec = ctx.locate.raw(ap.origin)?.spec;
  if (!isPlainMap(spec)) return undefined;
  if (spec.targetRefs !== undefined && spec.targetRefs !== null) return 'targetRefs';
  if (spec.targetRef !== undefined && spec.targetRef !== null) return 'targetRef';
  return undefined;
}

const attachesElsewhere = (ctx: LintContext, ap: AuthorizationPolicy): boolean => isDryRun(ctx, ap) || targetField(ctx, ap) !== undefined;

export function istioScope(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  if (ctx.workloads().length === 0) return out;
  const check = (kind: string, p: AuthorizationPolicy | PeerAuthentication) => {
    const scope = ctx.workloads().filter((w) => appliesTo(p, w.namespace, w.labels));
    const subject = { kind, ...p };
    if (scope.length === 0) {
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
    if (scope.some((w) => ctx.endpoint(w).inMesh)) return;
    out.push(ctx.report('KPD201', subject, { workloads: listOf(scope.map(workloadId)) }, hasSelector(p) ? { path: ['spec', 'selector'] } : {}));
  };
  for (const ap of ctx.cluster.authorizationPolicies) if (!attachesElsewhere(ctx, ap)) check('AuthorizationPolicy', ap);
  for (const pa of ctx.cluster.peerAuthentications) check('PeerAuthentication', pa);
  return out;
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
    const scope = ctx.workloads().filter((w) => appliesTo(ap, w.namespace, w.labels) && ctx.endpoint(w).inMesh);
    for (const [r, rule] of (ap.rules ?? []).entries()) {
      const fields = httpFields(rule);
      if (fields.length === 0) continue;
      const ports = rulePorts(rule);
      let hit: { workload: string; port: number; portName: string } | undefined;
      for (const w of scope) {
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

export function strictCallers(ctx: LintContext): LintFinding[] {
  if (!ctx.cluster.peerAuthentications.some((pa) => pa.mode === 'STRICT' || Object.values(pa.portLevelMtls ?? {}).includes('STRICT'))) return [];
  const workloads = ctx.workloads();
  const callers = workloads.filter((w) => !ctx.endpoint(w).inMesh);
  const targets = workloads.filter((w) => ctx.endpoint(w).inMesh);
  const found = new Map<PeerAuthentication, { targets: Set<string>; callers: Set<string>; ports: Set<string> }>();
  for (const dst of targets) {
    const d = ctx.endpoint(dst);
    const ports: (number | 'any')[] = dst.ports.filter((p) => p.protocol === 'TCP').map((p) => p.containerPort);
    if (ports.length === 0) ports.push('any');
    for (const src of callers) {
      if (src === dst) continue;
      const s = ctx.endpoint(src);
      for (const port of ports) {
        const v = ctx.engine.evaluatePort(s, d, port, 'TCP' as Protocol);
        const layer = (name: string) => v.layers.find((l) => l.layer === name);
        if (layer('egress')?.decision === 'denied' || layer('ingress')?.decision !== 'allowed' || layer('mtls')?.decision !== 'denied') continue;
        const ref = layer('mtls')!.policies.find((p) => p.kind === 'PeerAuthentication');
        const pa = ref && ctx.cluster.peerAuthentications.find((p) => p.namespace === ref.namespace && p.name === ref.name);
        if (!pa) continue;
        const e = found.get(pa) ?? { targets: new Set(), callers: new Set(), ports: new Set() };
        e.targets.add(workloadId(dst));
        e.callers.add(workloadId(src));
        e.ports.add(port === 'any' ? 'any port' : `${port}/TCP`);
        found.set(pa, e);
      }
    }
  }
  return report(ctx, found);
}

function report(ctx: LintContext, found: Map<PeerAuthentication, { targets: Set<string>; callers: Set<string>; ports: Set<string> }>): LintFinding[] {
  return [...found].map(([pa, e]) =>
    ctx.report(
      'KPD301',
      { kind: 'PeerAuthentication', ...pa },
      { target: listOf([...e.targets].sort()), callers: listOf([...e.callers].sort()), ports: listOf([...e.ports].sort()) },
      { path: pa.mode === 'STRICT' ? ['spec', 'mtls', 'mode'] : ['spec', 'portLevelMtls'] },
    ),
  );
}

export function istioEnforcement(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const ap of ctx.cluster.authorizationPolicies) {
    const subject = { kind: 'AuthorizationPolicy', ...ap };
    if (isDryRun(ctx, ap)) out.push(ctx.report('KPD205', subject, {}, { path: ['metadata', 'annotations', 'istio.io/dry-run'] }));
    const field = targetField(ctx, ap);
    if (field) out.push(ctx.report('KPD206', subject, { field: `spec.${field}` }, { path: ['spec', field] }));
    if (ap.action === 'CUSTOM') out.push(ctx.report('KPD207', subject, { provider: ap.provider ?? 'no provider' }, { path: ['spec', 'action'] }));
  }
  return out;
}
