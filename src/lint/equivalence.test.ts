// The rules that compute with sets give exactly the findings of their reference (testing/reference-rules.ts: the
// rules as they were, workload by workload and pair by pair): same order, messages, params and positions, on random
// small clusters and on small instances of the distinct-workload generator. Each rewritten rule must fire in some
// of the cases, or the comparison would prove nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDistinct } from '../../bench/generate-distinct';
import { adminMeshClusterArb } from '../engine/admin/arbitrary';
import { cluster, labels, np, workload } from '../engine/testing/build';
import { meshClusterArb, NAMESPACES, netpolClusterArb } from '../engine/testing/arbitrary';
import type { Cluster, MtlsMode, NetworkPolicy, NetworkPolicyPort, PeerAuthentication } from '../model';
import { parseManifests, type ParseResult } from '../yaml';
import { plainTree } from '../yaml/locate-plain';
import { lint } from './lint';
import { REFERENCE_RULES, REFERENCES } from './testing/reference-rules';
import type { LintFinding } from './types';

/** Both rule lists on one input, each with its own engine; the findings must be the same bytes. */
function compare(parse: ParseResult): LintFinding[] {
  const fast = lint(parse, { input: true });
  const reference = lint(parse, { input: true, rules: REFERENCE_RULES });
  expect(fast).toStrictEqual(reference);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(reference));
  return fast;
}

const fromCluster = (cluster: Cluster): ParseResult => ({ cluster, documents: [], diagnostics: [] });

// What the engine's arbitraries leave out and the rules look for: names that say "deny", ports whose names Istio
// reads as TCP, STRICT PeerAuthentications with port-level settings, and two PeerAuthentications of one name.
const RENAMES = ['deny-x', 'block-all', 'p-allow', 'disable-a_b'];
const modeArb = fc.constantFrom<MtlsMode>('STRICT', 'STRICT', 'PERMISSIVE', 'DISABLE', 'UNSET');
const peerAuthArb = (mode: fc.Arbitrary<MtlsMode>, namespaces: string[], apps = ['x', 'y', 'z']): fc.Arbitrary<PeerAuthentication> =>
  fc
    .record({
      namespace: fc.constantFrom(...namespaces),
      name: fc.constantFrom('default', 'pa0', 'strict'),
      app: apps.length > 0 ? fc.option(fc.constantFrom(...apps), { nil: undefined }) : fc.constant(undefined),
      mode,
      ports: fc.dictionary(fc.constantFrom('80', '8080', '81'), modeArb, { maxKeys: 2 }),
    })
    .map((r) => ({
      namespace: r.namespace,
      name: r.name,
      apiVersion: 'security.istio.io/v1',
      mode: r.mode,
      ...(r.app ? { selector: { matchLabels: labels({ app: r.app }) } } : {}),
      ...(Object.keys(r.ports).length > 0 ? { portLevelMtls: r.ports } : {}),
    }));

/** Up to three PeerAuthentications; with `focus`, the first is a STRICT default of the meshed namespace or the mesh. */
const strictArb = (focus: boolean): fc.Arbitrary<PeerAuthentication[]> => {
  const any = peerAuthArb(modeArb, [...NAMESPACES, 'istio-system']);
  if (!focus) return fc.array(any, { maxLength: 3 });
  return fc.tuple(peerAuthArb(fc.constant('STRICT'), ['n0', 'istio-system'], []), fc.array(any, { maxLength: 2 })).map(([p, rest]) => [p, ...rest]);
};

// An ingress allowance from every namespace, mostly in the meshed one (n0): what makes a STRICT destination's
// plaintext callers explicit (KPD301).
const openingArb: fc.Arbitrary<NetworkPolicy> = fc
  .record({ namespace: fc.constantFrom('n0', 'n0', ...NAMESPACES), ports: fc.constantFrom<NetworkPolicyPort[][]>([], [{ port: 80 }], [{ port: 'http' }], [{ port: 8080 }]) })
  .map((r) => ({
    namespace: r.namespace,
    name: 'allow-in',
    podSelector: {},
    ingress: [{ peers: [{ namespaceSelector: {} }], ...(r.ports.length > 0 ? { ports: r.ports } : {}) }],
  }));

/** `focus`: always a STRICT-capable PeerAuthentication and an opening policy, for KPD301. */
const lintClusterArb = (base: fc.Arbitrary<Cluster>, focus: boolean): fc.Arbitrary<Cluster> =>
  fc
    .tuple(base, fc.array(fc.nat(RENAMES.length), { maxLength: 4 }), fc.boolean(), strictArb(focus), focus ? openingArb : fc.option(openingArb, { nil: undefined }))
    .map(([c, names, tcpPorts, pas, opening]) => {
      if (opening) c.networkPolicies.push(opening);
      c.networkPolicies.forEach((np, i) => {
        const k = names[i];
        if (k !== undefined && k < RENAMES.length) np.name = RENAMES[k]!;
      });
      if (tcpPorts) for (const w of c.workloads) for (const p of w.ports) if (p.name === 'http') p.name = 'tcp-http';
      c.peerAuthentications.push(...pas);
      return c;
    });

/** How many cases each code fired in. */
function tally(seen: Map<string, number>, findings: LintFinding[]): void {
  for (const code of new Set(findings.map((f) => f.code))) seen.set(code, (seen.get(code) ?? 0) + 1);
}

describe('the set-based rules give the findings of their references', () => {
  it('replaces each rewritten rule and keeps the registry order', () => {
    expect(REFERENCES.size).toBeGreaterThan(0);
    for (const [rule, reference] of REFERENCES) expect(REFERENCE_RULES.indexOf(reference), rule.name).toBeGreaterThanOrEqual(0);
  });

  it('on random small clusters (NetworkPolicy, Istio, admin tiers)', () => {
    const seen = new Map<string, number>();
    const any = fc.oneof({ arbitrary: netpolClusterArb, weight: 1 }, { arbitrary: meshClusterArb, weight: 2 }, { arbitrary: adminMeshClusterArb, weight: 2 });
    fc.assert(
      fc.property(lintClusterArb(any, false), (c) => tally(seen, compare(fromCluster(c)))),
      { numRuns: 1500 },
    );
    // Every rewritten rule fired in some cases (KPD301 the rarest), so the comparison was not vacuous.
    for (const code of ['KPD101', 'KPD102', 'KPD103', 'KPD104', 'KPD105', 'KPD201', 'KPD202', 'KPD203', 'KPD204', 'KPD301']) {
      expect(seen.get(code) ?? 0, `${code} fired in ${seen.get(code) ?? 0} cases`).toBeGreaterThanOrEqual(5);
    }
  });

  it('on random small clusters with STRICT destinations that NetworkPolicy opens to plaintext callers', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(lintClusterArb(fc.oneof(meshClusterArb, adminMeshClusterArb), true), (c) => tally(seen, compare(fromCluster(c)))),
      { numRuns: 600 },
    );
    expect(seen.get('KPD301') ?? 0).toBeGreaterThanOrEqual(40);
  });

  it('on pod IPs in, at the edges of and outside ipBlocks, in both families and any order', () => {
    const ips = ['10.0.0.255', '10.0.0.0', '10.0.1.0', '10.0.0.128', '10.0.0.127', '10.0.0.128', '0.0.0.0', '255.255.255.255', 'fd00::1', 'fd00::ffff', 'fd00:0:0:1::', '::'];
    const blocks = ['10.0.0.0/24', '10.0.0.127/32', '10.0.0.0/23', '0.0.0.0/0', 'fd00::/112', '::/0', '10.0.0.5', 'nope', '10.0.0.0/33', '255.255.255.255/31'];
    const excepts = [[], ['10.0.0.128/25'], ['10.0.0.255/32', 'fd00::1/128'], ['bad']];
    const blockArb = fc.record({ cidr: fc.constantFrom(...blocks), except: fc.constantFrom(...excepts) });
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(fc.shuffledSubarray(ips, { minLength: 1 }), fc.array(blockArb, { minLength: 1, maxLength: 4 }), (podIps, ipBlocks) => {
        const c = cluster({
          workloads: podIps.map((ip, i) => workload('n0', `w${i}`, { ip })),
          policies: [
            np('n0', 'blocks', { podSelector: {}, ingress: [{ peers: ipBlocks.map(({ cidr, except }) => ({ ipBlock: { cidr, ...(except.length > 0 ? { except } : {}) } })) }] }),
          ],
        });
        tally(seen, compare(fromCluster(c)));
      }),
      { numRuns: 400 },
    );
    expect(seen.get('KPD108') ?? 0).toBeGreaterThanOrEqual(100);
  });

  it.each([
    [90, 1],
    [120, 2],
    [150, 3],
    [130, 5],
  ])('on the distinct-workload generator (%i workloads, seed %i)', (n, seed) => {
    const parse = parseManifests([{ file: 'distinct.yaml', text: generateDistinct(n, seed) }]);
    expect(parse.diagnostics).toEqual([]);
    const findings = compare(parse);
    expect(findings.filter((f) => f.code === 'KPD301').length).toBeGreaterThan(0);
  });

  it('keeps the order in which a pair-by-pair walk meets two PeerAuthentications at one destination', () => {
    // Without positions (no YAML behind the objects) findings keep the order the rule gives them. At mesh/d, the
    // namespace's STRICT decides port 80 and the workload's port-level STRICT decides 8080; c1 (the first caller)
    // is allowed on 8080 only, c2 on 80 only, so the walk (destinations, callers, ports) meets the workload's first.
    const c = cluster({
      namespaces: { mesh: { 'istio-injection': 'enabled' }, out: {} },
      workloads: [workload('out', 'c1'), workload('out', 'c2'), workload('mesh', 'd', { ports: ['80', '8080'] })],
      policies: [
        np('mesh', 'd-in', {
          podSelector: { matchLabels: labels({ app: 'd' }) },
          ingress: [
            { peers: [{ namespaceSelector: {}, podSelector: { matchLabels: labels({ app: 'c2' }) } }], ports: [{ port: 80 }] },
            { peers: [{ namespaceSelector: {}, podSelector: { matchLabels: labels({ app: 'c1' }) } }], ports: [{ port: 8080 }] },
          ],
        }),
      ],
    });
    const pa = (name: string, extra: Partial<PeerAuthentication>): PeerAuthentication => ({ namespace: 'mesh', name, apiVersion: 'security.istio.io/v1', ...extra });
    c.peerAuthentications.push(pa('default', { mode: 'STRICT' }), pa('d-ports', { selector: { matchLabels: labels({ app: 'd' }) }, portLevelMtls: { '8080': 'STRICT' } }));
    const findings = compare(fromCluster(c)).filter((f) => f.code === 'KPD301');
    expect(findings.map((f) => [f.object, f.params.callers, f.params.ports])).toEqual([
      ['PeerAuthentication mesh/d-ports', 'out/c1', '8080/TCP'],
      ['PeerAuthentication mesh/default', 'out/c2', '80/TCP'],
    ]);
  });

  it('on dry-run annotations and targetRefs however the YAML spells them (escapes, line continuations, lists)', () => {
    const ap = (meta: string, spec = '{selector: {matchLabels: {app: api}}, rules: [{}]}') =>
      `apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: ${meta}\nspec: ${spec}\n---\n`;
    const text =
      'apiVersion: v1\nkind: Namespace\nmetadata: {name: pay, labels: {istio-injection: enabled}}\n---\n' +
      'apiVersion: v1\nkind: Pod\nmetadata: {name: api, namespace: pay, labels: {app: api}}\nspec: {containers: [{name: c, image: x}]}\n---\n' +
      ap('{name: escaped, namespace: pay, annotations: {"istio.io/dry\\x2drun": "true"}}') +
      ap('{name: continued, namespace: pay, annotations: {"istio.io/dry-\\\n  run": "TRUE"}}') +
      ap('{name: plain, namespace: pay, annotations: {istio.io/dry-run: True}}') +
      ap('{name: off, namespace: pay, annotations: {istio.io/dry-run: "false"}}') +
      ap('{name: ref, namespace: pay}', '{"target\\u0052ef": {kind: Gateway, name: gw}, rules: [{}]}') +
      ap('{name: refs, namespace: pay}', '{targetRefs: [{kind: Gateway, name: gw}], rules: [{}]}') +
      ap('{name: none, namespace: pay}', '{targetRefs: null, rules: [{}]}') +
      'apiVersion: v1\nkind: List\nitems:\n' +
      '- {apiVersion: security.istio.io/v1, kind: AuthorizationPolicy, metadata: {name: l1, namespace: pay}, spec: {rules: [{}]}}\n' +
      '- {apiVersion: security.istio.io/v1, kind: AuthorizationPolicy, metadata: {name: l2, namespace: pay, annotations: {istio.io/dry-run: "true"}}, spec: {rules: [{}]}}\n';
    const findings = compare(parseManifests([{ file: 'edge.yaml', text }]));
    const at = (code: string) => findings.filter((f) => f.code === code).map((f) => f.ref.name);
    expect(at('KPD205')).toEqual(['escaped', 'continued', 'plain', 'l2']);
    expect(at('KPD206')).toEqual(['ref', 'refs']);
  });

  // Duplicate keys make the reader drop a document, so they never reach these rules (locate-plain.test.ts covers them).
  it('on dry-run annotations and targetRefs in plain block style (read without yaml): cases, nulls, collections', () => {
    const ap = (name: string, meta: string, spec = '') =>
      `apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: ${name}\n  namespace: pay\n${meta}spec:\n  selector:\n    matchLabels:\n      app: api\n${spec}---\n`;
    const dry = (value: string) => `  annotations:\n    istio.io/dry-run: ${value}\n`;
    const text =
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: pay\n  labels:\n    istio-injection: enabled\n---\n' +
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\n  namespace: pay\n  labels:\n    app: api\nspec:\n  containers:\n  - name: c\n    image: x\n---\n' +
      ap('upper', dry('TRUE')) +
      ap('quoted-mixed', dry('"tRuE"')) +
      ap('single', dry("'true'")) +
      ap('word', dry('yes')) +
      ap('empty', dry('')) +
      ap('seq', '  annotations:\n    istio.io/dry-run:\n    - "true"\n') +
      ap('flow', dry('[true]')) +
      ap('refs-null', '', '  targetRefs: ~\n  targetRef:\n    kind: Gateway\n    name: gw\n') +
      ap('refs-empty', '', '  targetRefs:\n') +
      ap('refs-block', '', '  targetRefs:\n  - kind: Gateway\n    name: gw\n');
    const parse = parseManifests([{ file: 'plain.yaml', text }]);
    expect(parse.diagnostics).toEqual([]);
    expect(parse.documents.every((d) => plainTree(d.text) !== undefined)).toBe(true);
    const findings = compare(parse);
    const at = (code: string) => findings.filter((f) => f.code === code).map((f) => f.ref.name);
    expect(at('KPD205')).toEqual(['upper', 'quoted-mixed', 'single', 'seq', 'flow']);
    expect(at('KPD206')).toEqual(['refs-null', 'refs-block']);
  });

  it('on the distinct-workload generator with admin tiers deciding some ends', () => {
    const parse = parseManifests([{ file: 'distinct.yaml', text: generateDistinct(120, 2) + ADMIN }]);
    expect(parse.diagnostics).toEqual([]);
    expect(parse.cluster.adminPolicies.length).toBe(3);
    const findings = compare(parse);
    expect(findings.filter((f) => f.code === 'KPD301').length).toBeGreaterThan(0);
  });
});

// Admin, NetworkPolicy and Baseline decisions on both ends, over the generator's team labels (t0…t6).
const ADMIN = `---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: teams}
spec:
  priority: 10
  subject: {namespaces: {matchLabels: {team: t0}}}
  ingress:
  - {name: from-t1, action: Allow, from: [{namespaces: {matchLabels: {team: t1}}}], ports: [{portNumber: {protocol: TCP, port: 8080}}]}
  - {name: pass-t2, action: Pass, from: [{namespaces: {matchLabels: {team: t2}}}]}
  - {name: deny-t3, action: Deny, from: [{namespaces: {matchLabels: {team: t3}}}], ports: [{namedPort: tcp-pg}]}
  egress:
  - {name: deny-t4, action: Deny, to: [{namespaces: {matchLabels: {team: t4}}}]}
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: egress-open}
spec:
  priority: 20
  subject: {namespaces: {matchLabels: {team: t5}}}
  egress:
  - {name: allow-all, action: Allow, to: [{namespaces: {}}]}
---
apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata: {name: default}
spec:
  subject: {namespaces: {}}
  ingress:
  - {name: allow-t6, action: Allow, from: [{namespaces: {matchLabels: {team: t6}}}]}
  - {name: deny-t2, action: Deny, from: [{namespaces: {matchLabels: {team: t2}}}]}
  egress:
  - {name: deny-t1, action: Deny, to: [{namespaces: {matchLabels: {team: t1}}}], ports: [{portRange: {start: 5000, end: 7000}}]}
`;
