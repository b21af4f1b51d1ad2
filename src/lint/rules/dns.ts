// KPD104: once a pod's egress is isolated, everything not allowed is dropped, DNS included. Cluster DNS is the
// kube-dns Service in kube-system (pods labelled k8s-app=kube-dns, CoreDNS keeps that label); it answers on UDP 53
// and falls back to TCP 53 for large answers (RFC 7766), so both are needed
// (https://kubernetes.io/docs/tasks/administer-cluster/dns-custom-nameservers/).
import type { NetworkPolicy, Protocol, Workload } from '../../model';
import type { Endpoint } from '../../engine/endpoint';
import { admittingRule } from '../../engine/netpol/evaluate';
import { isEmptySelector } from '../../engine/labels';
import type { LintContext } from '../context';
import { listOf, workloadId } from '../context';
import type { LintFinding } from '../types';

export const DNS_NAMESPACE = 'kube-system';
export const DNS_LABELS = { 'k8s-app': 'kube-dns' };

/** The kube-dns pod of the manifests, or the one every cluster has when the manifests leave it out. */
export function kubeDns(ctx: LintContext): Endpoint {
  const real = ctx.workloads().find((w) => w.namespace === DNS_NAMESPACE && w.labels['k8s-app'] === 'kube-dns');
  if (real) return ctx.endpoint(real);
  const labels = Object.assign(Object.create(null) as Record<string, string>, DNS_LABELS);
  const w: Workload = {
    kind: 'Pod',
    namespace: DNS_NAMESPACE,
    name: 'kube-dns',
    labels,
    annotations: Object.create(null) as Record<string, string>,
    serviceAccount: 'coredns',
    ports: [
      { name: 'dns', containerPort: 53, protocol: 'UDP' },
      { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
    ],
  };
  return {
    kind: 'workload',
    id: `${DNS_NAMESPACE}/kube-dns`,
    workload: w,
    namespace: DNS_NAMESPACE,
    namespaceLabels: ctx.engine.resolver.namespaceLabels(DNS_NAMESPACE),
    inMesh: false,
  };
}

export function dnsEgress(ctx: LintContext): LintFinding[] {
  const dns = kubeDns(ctx);
  // Whether a workload's egress reaches kube-dns on 53 depends only on the policies isolating it (the layer is
  // denied when none of them has a rule admitting kube-dns, netpol/evaluate.ts), so each policy is asked once.
  // Egress to an ipBlock on port 53 (the cluster DNS IP, or anywhere): DNS goes through a Service IP, and
  // whether ipBlock matches it is implementation-defined, so such a policy is taken to mean DNS.
  const answers = new Map<NetworkPolicy, Record<'UDP' | 'TCP', boolean>>();
  const reachesDns = (policy: NetworkPolicy): Record<'UDP' | 'TCP', boolean> => {
    let a = answers.get(policy);
    if (!a) {
      const ipBlock = (protocol: Protocol) =>
        (policy.egress ?? []).some((r) => (r.peers ?? []).some((p) => p.ipBlock) && (r.ports ?? []).some((p) => p.port === 53 && (p.protocol ?? 'TCP') === protocol));
      const reaches = (protocol: Protocol) => admittingRule('egress', policy, dns, dns, 53, protocol, ctx.engine.netpol.cache) !== undefined || ipBlock(protocol);
      a = { UDP: reaches('UDP'), TCP: reaches('TCP') };
      answers.set(policy, a);
    }
    return a;
  };
  const byPolicy = new Map<object, { workloads: string[]; missing: Set<string> }>();
  const sets = ctx.sets();
  const isolatingAt = sets.isolating('egress');
  for (const w of ctx.workloads()) {
    const isolating = isolatingAt[sets.positionOf(w)]!;
    if (isolating.length === 0 || w.hostNetwork) continue;
    const missing = (['UDP', 'TCP'] as const).filter((protocol) => !isolating.some((policy) => reachesDns(policy)[protocol]));
    if (missing.length === 0) continue;
    // Reported on the namespace-wide policy when there is one (a default deny): that is where DNS belongs.
    const first = isolating.find((p) => isEmptySelector(p.podSelector)) ?? isolating[0]!;
    const entry = byPolicy.get(first) ?? { workloads: [], missing: new Set<string>() };
    entry.workloads.push(workloadId(w));
    for (const m of missing) entry.missing.add(m);
    byPolicy.set(first, entry);
  }
  const out: LintFinding[] = [];
  for (const np of ctx.cluster.networkPolicies) {
    const e = byPolicy.get(np);
    if (!e) continue;
    const missing = [...e.missing].map((p) => `${p} 53`).join(', ');
    const path = np.egress !== undefined ? ['spec', 'egress'] : ['spec', 'policyTypes'];
    out.push(ctx.report('KPD104', { kind: 'NetworkPolicy', ...np }, { workloads: listOf(e.workloads), missing }, { path, action: { kind: 'add-dns-egress' } }));
  }
  return out;
}
