// KPD101 a policy's podSelector selects nothing; KPD102 a peer matches no workload. Both are valid NetworkPolicy,
// and both are almost always a typo in a label: the policy then isolates or admits nobody it was written for.
import type { LintContext } from '../context';
import { workloadId } from '../context';
import type { LintFinding } from '../types';
import { selectorHint, type Labelled } from './hints';
import { kubeDns } from './dns';
import { peerMatches } from '../../engine/netpol/match';
import { isEmpty } from '../../engine/bitset';

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
  // Whether a selector matches anything is a question about sets (one per policy and peer, from the engine's
  // index): the workloads themselves are only listed when a finding needs a hint.
  const sets = ctx.sets();
  for (const np of ctx.cluster.networkPolicies) {
    const subject = { kind: 'NetworkPolicy', ...np };
    if (isEmpty(sets.selected(np))) {
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
          if (peer.ipBlock || !isEmpty(sets.peer(peer, np))) continue;
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
