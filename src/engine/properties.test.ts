// Properties over random small clusters: NetworkPolicy is additive (allow rules only widen, a new policy only
// narrows the pods it selects), and the grouped matrix gives exactly the single-query answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cluster, NetworkPolicy, NetworkPolicyRule, Protocol } from '../model';
import { createEngine, createEngineInternals, isQueryError, type Engine } from './engine';
import { matchesSelector } from './labels';
import { effectivePolicyTypes } from './netpol/index-policies';
import { meshClusterArb, netpolClusterArb, policyArb, selectorArb } from './testing/arbitrary';

const QUERIES: [number, Protocol][] = [
  [80, 'TCP'],
  [8080, 'TCP'],
  [81, 'TCP'],
  [53, 'UDP'],
];
const OUTSIDE = ['8.8.8.8', '10.0.0.2', '10.0.0.77'];

/** Every allowed (from, to, port/protocol) among the cluster's workloads and a few outside addresses. */
function allowedSet(c: Cluster): Set<string> {
  const e = createEngine(c);
  const ids = [...new Set(c.workloads.map((w) => `${w.namespace}/${w.name}`))];
  const out = new Set<string>();
  for (const from of [...ids, ...OUTSIDE]) {
    for (const to of [...ids, ...OUTSIDE]) {
      if (!ids.includes(from) && !ids.includes(to)) continue;
      for (const [port, protocol] of QUERIES) {
        const v = e.check({ from, to, port, protocol });
        if (isQueryError(v)) throw new Error(v.error);
        if (v.allowed) out.add(`${from} ${to} ${port}/${protocol}`);
      }
    }
  }
  return out;
}

const withPolicy = (c: Cluster, i: number, p: NetworkPolicy): Cluster => ({ ...c, networkPolicies: c.networkPolicies.map((q, j) => (j === i ? p : q)) });

/** Ways to widen one policy without touching what isolates: append a rule, a peer to a non-empty peer list, a port to a non-empty port list. */
type Widen =
  | { kind: 'rule'; rule: NetworkPolicyRule }
  | { kind: 'peer'; peer: NonNullable<NetworkPolicyRule['peers']>[number] }
  | { kind: 'port'; port: NonNullable<NetworkPolicyRule['ports']>[number] };

function widen(p: NetworkPolicy, dir: 'ingress' | 'egress', at: number, w: Widen): NetworkPolicy | undefined {
  const rules = p[dir];
  // Writing an egress rule where there was none (absent or `egress: []` without policyTypes) would also make the
  // policy isolate egress: not a widening.
  if (!rules || (dir === 'egress' && !effectivePolicyTypes(p).includes('Egress'))) return undefined;
  if (w.kind === 'rule') return { ...p, [dir]: [...rules, w.rule] };
  if (rules.length === 0) return undefined;
  const i = at % rules.length;
  const r = rules[i]!;
  // An empty list means "all": adding to it would narrow.
  if (w.kind === 'peer' && (r.peers ?? []).length > 0) return { ...p, [dir]: rules.map((x, j) => (j === i ? { ...x, peers: [...x.peers!, w.peer] } : x)) };
  if (w.kind === 'port' && (r.ports ?? []).length > 0) return { ...p, [dir]: rules.map((x, j) => (j === i ? { ...x, ports: [...x.ports!, w.port] } : x)) };
  return undefined;
}

const widenArb: fc.Arbitrary<Widen> = policyArb('w').chain((p) =>
  fc.oneof(
    fc.constant<Widen>({ kind: 'rule', rule: (p.ingress ?? p.egress ?? [{}])[0] ?? {} }),
    fc.constant<Widen>({ kind: 'peer', peer: { podSelector: p.podSelector } }),
    fc.constant<Widen>({ kind: 'peer', peer: { ipBlock: { cidr: '10.0.0.0/8' } } }),
    fc.constant<Widen>({ kind: 'peer', peer: { namespaceSelector: {} } }),
    fc.constantFrom<Widen>({ kind: 'port', port: { port: 80 } }, { kind: 'port', port: { port: 'dns', protocol: 'UDP' } }, { kind: 'port', port: { protocol: 'TCP' } }),
  ),
);

describe('NetworkPolicy is additive', () => {
  it('adding an allow rule, a peer or a port to a policy never removes a connection', () => {
    fc.assert(
      fc.property(netpolClusterArb, fc.nat(), fc.constantFrom('ingress' as const, 'egress' as const), fc.nat(), widenArb, (c, which, dir, at, w) => {
        if (c.networkPolicies.length === 0) return;
        const i = which % c.networkPolicies.length;
        const wider = widen(c.networkPolicies[i]!, dir, at, w);
        if (!wider) return;
        const before = allowedSet(c);
        const after = allowedSet(withPolicy(c, i, wider));
        const lost = [...before].filter((k) => !after.has(k));
        expect(lost).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('a selector that matches more in a peer never removes a connection ({} matches a superset)', () => {
    fc.assert(
      fc.property(netpolClusterArb, selectorArb, (c, _s) => {
        const i = c.networkPolicies.findIndex((p) => (p.ingress ?? []).some((r) => (r.peers ?? []).some((x) => x.podSelector)));
        if (i < 0) return;
        const p = c.networkPolicies[i]!;
        const wider: NetworkPolicy = {
          ...p,
          ingress: p.ingress!.map((r) => ({ ...r, ...(r.peers ? { peers: r.peers.map((x) => (x.podSelector ? { ...x, podSelector: {} } : x)) } : {}) })),
        };
        const after = allowedSet(withPolicy(c, i, wider));
        expect([...allowedSet(c)].filter((k) => !after.has(k))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('a new policy only removes connections in the directions it isolates, for the pods it selects', () => {
    fc.assert(
      fc.property(netpolClusterArb, policyArb('added'), (c, p) => {
        const before = allowedSet(c);
        const after = allowedSet({ ...c, networkPolicies: [...c.networkPolicies, p] });
        const types = effectivePolicyTypes(p);
        const e = createEngine(c);
        const selected = (id: string) => {
          // An IP may be a pod's status.podIP, and then it is that pod.
          const ep = e.endpoint(id);
          const w = isQueryError(ep) ? undefined : ep.workload;
          return !!w && w.namespace === p.namespace && matchesSelector(p.podSelector, w.labels);
        };
        for (const k of before) {
          if (after.has(k)) continue;
          const [from, to] = k.split(' ') as [string, string];
          const explained = (types.includes('Ingress') && selected(to)) || (types.includes('Egress') && selected(from));
          expect(explained, `${k} lost without being selected by the new policy`).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

function matrixAgreesWithCheck(c: Cluster): void {
  const e = createEngineInternals(c);
  const m = e.matrix();
  const ids = e.resolver
    .workloads()
    .map((w) => `${w.namespace}/${w.name}`)
    .sort();
  expect(m.groups.flatMap((g) => g.members).sort()).toEqual(ids);
  const byId = new Map(m.groups.map((g) => [g.id, g]));
  const seen = new Set<string>();
  for (const conn of m.connections) {
    const from = byId.get(conn.from)!;
    const to = byId.get(conn.to)!;
    seen.add(`${conn.from}>${conn.to}`);
    for (const f of from.members) {
      for (const t of to.members) {
        if (f === t) continue;
        const src = e.endpoint(f);
        const dst = e.endpoint(t);
        if (isQueryError(src) || isQueryError(dst)) throw new Error('unresolved member');
        for (const p of conn.ports) {
          const [port, protocol] = p.port === 'any' ? (['any', 'TCP'] as const) : (p.port.split('/') as [string, Protocol]);
          const v = e.evaluatePort(src, dst, port === 'any' ? 'any' : Number(port), protocol);
          expect(p.kind, `${f} → ${t} ${p.port}: ${v.reasons.join(' | ')}`).toBe(v.kind);
        }
      }
    }
  }
  for (const a of m.groups) for (const b of m.groups) if (a !== b || a.members.length > 1) expect(seen.has(`${a.id}>${b.id}`)).toBe(true);
  pairsAgree(e, m, ids);
}

function pairsAgree(e: Engine, m: ReturnType<Engine['matrix']>, ids: string[]): void {
  const groupOf = new Map(m.groups.flatMap((g) => g.members.map((x) => [x, g.id] as const)));
  const conn = new Map(m.connections.map((c) => [`${c.from}>${c.to}`, c.ports]));
  for (const id of ids) {
    const pairs = e.pairsOf(id);
    expect(pairs.length).toBe(2 * (ids.length - 1));
    for (const p of pairs) expect(p.ports).toEqual(conn.get(`${groupOf.get(p.from)}>${groupOf.get(p.to)}`));
  }
}

describe('the grouped matrix', () => {
  it('gives every member pair the kind a single query gives (NetworkPolicy only)', () => {
    fc.assert(fc.property(netpolClusterArb, matrixAgreesWithCheck), { numRuns: 500 });
  });

  // 2,000 runs: sources that differ only by service account (so by principal) must not share an Istio answer, and
  // it takes that many small clusters to meet the case reliably.
  it('gives every member pair the kind a single query gives (with sidecars, PeerAuthentication, AuthorizationPolicy)', () => {
    fc.assert(fc.property(meshClusterArb, matrixAgreesWithCheck), { numRuns: 2000 });
  });
});
