// KPD301 (NetworkPolicy × Istio): a STRICT destination accepts only mutual TLS, and a caller without a sidecar
// can only send plaintext, which the destination's sidecar rejects before any AuthorizationPolicy is looked at
// (https://istio.io/latest/docs/reference/config/security/peer_authentication/#PeerAuthentication-MutualTLS-Mode).
// When NetworkPolicy explicitly allows that caller, the author meant the connection to work: it fails.
import type { PeerAuthentication, Protocol } from '../../model';
import type { LintContext } from '../context';
import { listOf, workloadId } from '../context';
import type { LintFinding } from '../types';

const MAX_EVALUATIONS = 200_000;

export function strictCallers(ctx: LintContext): LintFinding[] {
  if (!ctx.cluster.peerAuthentications.some((pa) => pa.mode === 'STRICT' || Object.values(pa.portLevelMtls ?? {}).includes('STRICT'))) return [];
  const workloads = ctx.workloads();
  const callers = workloads.filter((w) => !ctx.endpoint(w).inMesh);
  const targets = workloads.filter((w) => ctx.endpoint(w).inMesh);
  const found = new Map<PeerAuthentication, { targets: Set<string>; callers: Set<string>; ports: Set<string> }>();
  let budget = MAX_EVALUATIONS;
  for (const dst of targets) {
    const d = ctx.endpoint(dst);
    const ports: (number | 'any')[] = dst.ports.filter((p) => p.protocol === 'TCP').map((p) => p.containerPort);
    if (ports.length === 0) ports.push('any');
    for (const src of callers) {
      if (src === dst) continue;
      const s = ctx.endpoint(src);
      for (const port of ports) {
        if (--budget < 0) return report(ctx, found);
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
