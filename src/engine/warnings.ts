// Cluster-level warnings: things that are valid but rarely what the author meant.
import type { EngineInternals } from './engine';
import { matchesLabels } from './labels';

export function warningsFor(engine: EngineInternals): string[] {
  const { cluster, resolver, netpol } = engine;
  const workloads = resolver.workloads();
  const out: string[] = [];
  for (const np of cluster.networkPolicies) {
    const selected = workloads.filter((w) => w.namespace === np.namespace && netpol.cache.pod(np.podSelector, w));
    if (selected.length === 0) out.push(`NetworkPolicy ${np.namespace}/${np.name} selects no workload in namespace ${np.namespace}`);
    for (const [dir, rules] of [['ingress', np.ingress], ['egress', np.egress]] as const) {
      for (const [i, rule] of (rules ?? []).entries()) {
        for (const [j, port] of (rule.ports ?? []).entries()) {
          if (typeof port.port !== 'string') continue;
          const name = port.port;
          const used = workloads.some((w) => w.ports.some((p) => p.name === name && p.protocol === (port.protocol ?? 'TCP')));
          if (!used) out.push(`NetworkPolicy ${np.namespace}/${np.name} ${dir}[${i}].ports[${j}]: no workload has a container port named "${name}" (${port.protocol ?? 'TCP'}), so it matches nothing`);
        }
      }
    }
  }
  for (const ap of cluster.authorizationPolicies) {
    if (!ap.selector) continue;
    const rootWide = ap.namespace === 'istio-system';
    const selected = workloads.some((w) => (rootWide || w.namespace === ap.namespace) && matchesLabels(ap.selector!.matchLabels, w.labels));
    if (!selected) out.push(`AuthorizationPolicy ${ap.namespace}/${ap.name} selects no workload`);
    if (ap.action === 'CUSTOM') out.push(`AuthorizationPolicy ${ap.namespace}/${ap.name} is CUSTOM: its external authorizer is not evaluated`);
  }
  for (const w of workloads) {
    if (w.hostNetwork) out.push(`${w.namespace}/${w.name} uses hostNetwork: NetworkPolicy behaviour for it is implementation-defined`);
  }
  return out;
}
