// KPD106: rules of one policy are a union (a connection is allowed if any rule admits it), so a rule whose peers and
// ports are all covered by another rule of the same direction changes nothing. Removing it keeps every verdict.
import type { NetworkPolicyPeer, NetworkPolicyPort, NetworkPolicyRule } from '../../model';
import type { LintContext } from '../context';
import type { LintFinding } from '../types';

/** Canonical JSON (sorted keys), so `{a, b}` and `{b, a}` compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

const peerKey = (p: NetworkPolicyPeer) => canonical(p);

function portCovers(a: NetworkPolicyPort, b: NetworkPolicyPort): boolean {
  if ((a.protocol ?? 'TCP') !== (b.protocol ?? 'TCP')) return false;
  if (a.port === undefined) return true;
  if (b.port === undefined) return false;
  if (typeof a.port === 'string' || typeof b.port === 'string') return a.port === b.port && a.endPort === undefined && b.endPort === undefined;
  const aEnd = a.endPort ?? a.port;
  const bEnd = b.endPort ?? b.port;
  return a.port <= b.port && bEnd <= aEnd;
}

/** Everything rule `b` admits, rule `a` admits too. */
export function covers(a: NetworkPolicyRule, b: NetworkPolicyRule): boolean {
  const ap = a.peers ?? [];
  const bp = b.peers ?? [];
  const peersOk = ap.length === 0 || (bp.length > 0 && bp.every((p) => ap.some((q) => peerKey(q) === peerKey(p))));
  const aports = a.ports ?? [];
  const bports = b.ports ?? [];
  const portsOk = aports.length === 0 || (bports.length > 0 && bports.every((p) => aports.some((q) => portCovers(q, p))));
  return peersOk && portsOk;
}

export function redundantRules(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const np of ctx.cluster.networkPolicies) {
    for (const [dir, rules] of [
      ['ingress', np.ingress ?? []],
      ['egress', np.egress ?? []],
    ] as const) {
      const removed = new Set<number>();
      for (let j = 0; j < rules.length; j++) {
        // Of two rules that cover each other, the later one is reported; a rule already reported covers nothing.
        const i = rules.findIndex((r, k) => k !== j && !removed.has(k) && covers(r, rules[j]!) && (k < j || !covers(rules[j]!, r)));
        if (i < 0) continue;
        removed.add(j);
        const path = ['spec', dir, j];
        out.push(ctx.report('KPD106', { kind: 'NetworkPolicy', ...np }, { other: `${dir}[${i}]` }, { path, action: { kind: 'remove-rule', path } }));
      }
    }
  }
  return out;
}
