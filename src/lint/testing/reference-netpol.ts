// Reference NetworkPolicy rules (test-only): KPD101/102, KPD103, KPD104, KPD105, KPD108/109 as they were, workload
// by workload.
// See reference-rules.ts.
import type { NetworkPolicy, Protocol, Workload } from '../../model';
import type { Endpoint } from '../../engine/endpoint';
import { cidrContains, parseCidr, parseIp } from '../../engine/ip';
import { effectivePolicyTypes } from '../../engine/netpol/index-policies';
import { evaluateLayer } from '../../engine/netpol/evaluate';
import { isEmptySelector } from '../../engine/labels';
import { peerMatches } from '../../engine/netpol/match';
import type { LintContext } from '../context';
import { listOf, workloadId } from '../context';
import type { LintFinding } from '../types';
import { DNS_LABELS, DNS_NAMESPACE } from '../rules/dns';
import { selectorHint, type Labelled } from '../rules/hints';
import { peerWorkloads, selectedBy } from './reference-context';

export function selectsNothing(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  // A policies-only manifest set has nothing to match against: every selector would be reported.
  if (ctx.workloads().length === 0) return out;
  const nsLabelled: Labelled[] = ctx.namespaces().map((name) => ({ name, labels: ctx.engine.resolver.namespaceLabels(name) }));
  const podsIn = (nss: Set<string>): Labelled[] =>
    ctx
      .workloads()
      .filter((w) => nss.has(w.namespace))
      .map((w) => ({ name: workloadId(w), labels: w.labels }));
  // Cluster DNS is rarely in the manifests, yet every egress policy names it: a peer that admits the kube-dns
  // pods every cluster runs matches something.
  const dns = kubeDns(ctx);
  for (const np of ctx.cluster.networkPolicies) {
    const subject = { kind: 'NetworkPolicy', ...np };
    if (selectedBy(ctx, np).length === 0) {
      const path = ['spec', 'podSelector'];
      out.push(ctx.report('KPD101', subject, { namespace: np.namespace }, { path, ...selectorHint(np.podSelector, 'pod', podsIn(new Set([np.namespace])), path) }));
    }
    for (const [dir, rules] of [
      ['ingress', np.ingress],
      ['egress', np.egress],
    ] as const) {
      const peerKey = dir === 'ingress' ? 'from' : 'to';
      for (const [i, rule] of (rules ?? []).entries()) {
        for (const [j, peer] of (rule.peers ?? []).entries()) {
          if (peer.ipBlock || peerWorkloads(ctx, peer, np).length > 0) continue;
          if (dir === 'egress' && peerMatches(peer, np, dns, ctx.engine.netpol.cache)) continue;
          const path = ['spec', dir, i, peerKey, j];
          let why = {};
          if (peer.namespaceSelector) {
            const nss = ctx.namespaces().filter((n) => ctx.engine.netpol.cache.ns(peer.namespaceSelector!, n));
            why =
              nss.length === 0
                ? selectorHint(peer.namespaceSelector, 'namespace', nsLabelled, [...path, 'namespaceSelector'])
                : selectorHint(peer.podSelector, 'pod', podsIn(new Set(nss)), [...path, 'podSelector']);
          } else {
            why = selectorHint(peer.podSelector, 'pod', podsIn(new Set([np.namespace])), [...path, 'podSelector']);
          }
          out.push(ctx.report('KPD102', subject, {}, { path, ...why }));
        }
      }
    }
  }
  return out;
}

export function namedPortUndeclared(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const np of ctx.cluster.networkPolicies) {
    const selected = selectedBy(ctx, np);
    for (const [dir, rules] of [
      ['ingress', np.ingress],
      ['egress', np.egress],
    ] as const) {
      for (const [i, rule] of (rules ?? []).entries()) {
        const named = (rule.ports ?? []).map((p, j) => [p, j] as const).filter(([p]) => typeof p.port === 'string');
        if (named.length === 0) continue;
        // Ingress: the destination is the pod the policy selects. Egress: the pods the rule's peers admit (all
        // pods when it has no peers); only ipBlock peers leave outside addresses, whose ports kpd cannot know.
        const peers = rule.peers ?? [];
        if (dir === 'egress' && peers.length > 0 && peers.every((p) => p.ipBlock)) continue;
        const destinations = dir === 'ingress' ? selected : peers.length === 0 ? ctx.workloads() : peers.flatMap((p) => peerWorkloads(ctx, p, np));
        if (destinations.length === 0) continue; // KPD101/KPD102 say why
        for (const [p, j] of named) {
          const protocol = p.protocol ?? 'TCP';
          if (destinations.some((w) => w.ports.some((cp) => cp.name === p.port && cp.protocol === protocol))) continue;
          out.push(ctx.report('KPD103', { kind: 'NetworkPolicy', ...np }, { port: String(p.port), protocol }, { path: ['spec', dir, i, 'ports', j, 'port'] }));
        }
      }
    }
  }
  return out;
}

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
  // Egress to an ipBlock on port 53 (the cluster DNS IP, or anywhere): DNS goes through a Service IP, and
  // whether ipBlock matches it is implementation-defined, so such a policy is taken to mean DNS.
  const ipBlockDns = (w: Workload, protocol: Protocol) =>
    ctx.engine.netpol
      .selecting(w, 'egress')
      .some(({ policy }) =>
        (policy.egress ?? []).some((r) => (r.peers ?? []).some((p) => p.ipBlock) && (r.ports ?? []).some((p) => p.port === 53 && (p.protocol ?? 'TCP') === protocol)),
      );
  const byPolicy = new Map<object, { workloads: string[]; missing: Set<string> }>();
  for (const w of ctx.workloads()) {
    const isolating = ctx.engine.netpol.selecting(w, 'egress');
    if (isolating.length === 0 || w.hostNetwork) continue;
    const src = ctx.endpoint(w);
    const missing = (['UDP', 'TCP'] as const).filter(
      (protocol) => evaluateLayer('egress', src, dns, dns, 53, protocol, ctx.engine.netpol).decision === 'denied' && !ipBlockDns(w, protocol),
    );
    if (missing.length === 0) continue;
    // Reported on the namespace-wide policy when there is one (a default deny): that is where DNS belongs.
    const first = (isolating.find((p) => isEmptySelector(p.policy.podSelector)) ?? isolating[0]!).policy;
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

const DENY_WORDS = /(^|[-_.])(deny|denies|block|blocks|disable|disables|drop|reject|forbid|prevent)([-_.]|$)/i;

export function misleadingDenyName(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const np of ctx.cluster.networkPolicies) {
    if (!DENY_WORDS.test(np.name)) continue;
    const selected = selectedBy(ctx, np);
    if (selected.length === 0) continue; // KPD101
    const directions = effectivePolicyTypes(np).map((t) => (t === 'Ingress' ? 'ingress' : 'egress') as 'ingress' | 'egress');
    const isolatedElsewhere = directions.every((dir) => selected.every((w) => ctx.engine.netpol.selecting(w, dir).some((p) => p.policy !== np)));
    if (!isolatedElsewhere) continue;
    // A rule-less default-deny under other policies is redundant but says what it does (a safety net kept on
    // purpose); the misleading case is a "deny" whose rules admit someone.
    const who = admits(ctx, np);
    if (who === '-') continue;
    out.push(ctx.report('KPD105', { kind: 'NetworkPolicy', ...np }, { admits: who }, { path: ['metadata', 'name'] }));
  }
  return out;
}

/** Whom the policy's rules let through (sources of ingress rules, destinations of egress rules). */
function admits(ctx: LintContext, np: NetworkPolicy): string {
  const who = new Set<string>();
  for (const rules of [np.ingress, np.egress]) {
    for (const rule of rules ?? []) {
      const peers = rule.peers ?? [];
      if (peers.length === 0) who.add('any');
      for (const p of peers) for (const id of p.ipBlock ? [p.ipBlock.cidr] : peerWorkloads(ctx, p, np).map(workloadId)) who.add(id);
    }
  }
  return who.size > 0 ? listOf([...who]) : '-';
}

export function implementationDefined(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  const podIps = ctx.workloads().flatMap((w) => {
    const ip = w.podIP ? parseIp(w.podIP) : undefined;
    return ip ? [{ id: workloadId(w), ip }] : [];
  });
  if (podIps.length > 0) {
    for (const np of ctx.cluster.networkPolicies) {
      for (const [dir, rules] of [
        ['ingress', np.ingress],
        ['egress', np.egress],
      ] as const) {
        for (const [i, rule] of (rules ?? []).entries()) {
          for (const [j, peer] of (rule.peers ?? []).entries()) {
            if (!peer.ipBlock) continue;
            const cidr = parseCidr(peer.ipBlock.cidr);
            const except = (peer.ipBlock.except ?? []).map(parseCidr);
            if (!cidr) continue;
            const inside = podIps.filter(({ ip }) => cidrContains(cidr, ip) && !except.some((e) => e && cidrContains(e, ip))).map((p) => p.id);
            if (inside.length === 0) continue;
            const path = ['spec', dir, i, dir === 'ingress' ? 'from' : 'to', j, 'ipBlock'];
            out.push(ctx.report('KPD108', { kind: 'NetworkPolicy', ...np }, { cidr: peer.ipBlock.cidr, workloads: listOf(inside) }, { path }));
          }
        }
      }
    }
  }
  for (const w of ctx.workloads()) {
    if (w.hostNetwork) out.push(ctx.report('KPD109', w, {}, { path: w.kind === 'Pod' ? ['spec', 'hostNetwork'] : ['spec', 'template', 'spec', 'hostNetwork'] }));
  }
  return out;
}
