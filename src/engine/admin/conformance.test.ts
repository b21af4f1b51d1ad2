// Upstream conformance scenarios re-created as tables: kubernetes-sigs/network-policy-api
// conformance/base/api_integration/standard-anp-np-banp.yaml with tests/admin-network-policy-standard-integration.go,
// and conformance/base/admin_tier/standard-priority-field.yaml with tests/admin-network-policy-standard-priority.go.
// The v1alpha2 (ClusterNetworkPolicy) files are upstream's; the v1alpha1 (ANP/BANP) rows are the same scenarios in
// the kinds of conformance v0.1.x.
import { describe, expect, it } from 'vitest';
import { engineFrom, namespace, pod, verdict } from '../testing/yaml';

const HOUSES = ['gryffindor', 'slytherin'];
const BASE =
  HOUSES.map((h) => namespace(`network-policy-conformance-${h}`, { 'conformance-house': h })).join('') +
  [0, 1].map((i) => pod('network-policy-conformance-gryffindor', `harry-potter-${i}`, { labels: { 'conformance-house': 'gryffindor' }, ports: ['web:80', '8080'] })).join('') +
  [0, 1].map((i) => pod('network-policy-conformance-slytherin', `draco-malfoy-${i}`, { labels: { 'conformance-house': 'slytherin' }, ports: ['web:80', '8080'] })).join('');

const house = (h: string) => `{namespaces: {matchLabels: {conformance-house: ${h}}}}`;
const passExample = (ingress: string, egress: string, v1 = false) => `apiVersion: policy.networking.k8s.io/${v1 ? 'v1alpha1' : 'v1alpha2'}
kind: ${v1 ? 'AdminNetworkPolicy' : 'ClusterNetworkPolicy'}
metadata: {name: pass-example}
spec:
${v1 ? '' : '  tier: Admin\n'}  priority: 10
  subject: ${house('gryffindor')}
  ingress: [{name: deny-all-ingress-from-slytherin, action: ${ingress}, from: [${house('slytherin')}]}]
  egress: [{name: deny-all-egress-to-slytherin, action: ${egress}, to: [${house('slytherin')}]}]
---
`;
const NP = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-gress-from-to-slytherin-to-gryffindor, namespace: network-policy-conformance-gryffindor}
spec:
  podSelector:
  policyTypes: [Ingress, Egress]
  ingress: [{from: [{namespaceSelector: {matchLabels: {conformance-house: slytherin}}}]}]
  egress: [{to: [{namespaceSelector: {matchLabels: {conformance-house: slytherin}}}]}]
---
`;
const baseline = (action: string, v1 = false) => `apiVersion: policy.networking.k8s.io/${v1 ? 'v1alpha1' : 'v1alpha2'}
kind: ${v1 ? 'BaselineAdminNetworkPolicy' : 'ClusterNetworkPolicy'}
metadata: {name: default}
spec:
${v1 ? '' : '  tier: Baseline\n  priority: 10\n'}  subject: ${house('gryffindor')}
  ingress: [{name: deny-all-ingress-from-slytherin, action: ${action}, from: [${house('slytherin')}]}]
  egress: [{name: deny-all-egress-to-slytherin, action: ${action}, to: [${house('slytherin')}]}]
---
`;

const G = (i: number) => `network-policy-conformance-gryffindor/harry-potter-${i}`;
const S = (i: number) => `network-policy-conformance-slytherin/draco-malfoy-${i}`;
const q = (from: string, to: string, port: number) => ({ from, to, port, protocol: 'TCP' as const });

describe.each([
  ['ClusterNetworkPolicy (v1alpha2)', false],
  ['AdminNetworkPolicy / BaselineAdminNetworkPolicy (v1alpha1)', true],
])('CNPAdminTierIntegration with %s', (_, v1) => {
  const accept = v1 ? 'Allow' : 'Accept';
  const cases: [string, string, string, [string, string][], boolean][] = [
    [
      'denies ingress from slytherin to gryffindor by the admin policy',
      passExample('Deny', 'Deny', v1) + NP + baseline('Deny', v1),
      'Admin',
      [
        [S(0), G(0)],
        [S(1), G(0)],
      ],
      false,
    ],
    [
      'denies egress from gryffindor to slytherin by the admin policy',
      passExample('Deny', 'Deny', v1) + NP + baseline('Deny', v1),
      'Admin',
      [
        [G(0), S(0)],
        [G(1), S(0)],
      ],
      false,
    ],
    [
      'passes ingress and the NetworkPolicy allows',
      passExample('Pass', 'Deny', v1) + NP + baseline('Deny', v1),
      'NetworkPolicy',
      [
        [S(0), G(0)],
        [S(1), G(0)],
      ],
      true,
    ],
    [
      'passes egress and the NetworkPolicy allows',
      passExample('Pass', 'Pass', v1) + NP + baseline('Deny', v1),
      'NetworkPolicy',
      [
        [G(0), S(0)],
        [G(1), S(0)],
      ],
      true,
    ],
    [
      'passes ingress without the NetworkPolicy and the baseline denies',
      passExample('Pass', 'Pass', v1) + baseline('Deny', v1),
      'Baseline',
      [
        [S(0), G(0)],
        [S(1), G(0)],
      ],
      false,
    ],
    [
      'passes egress without the NetworkPolicy and the baseline denies',
      passExample('Pass', 'Pass', v1) + baseline('Deny', v1),
      'Baseline',
      [
        [G(0), S(0)],
        [G(1), S(0)],
      ],
      false,
    ],
    ['passes ingress without the NetworkPolicy and a baseline allow admits', passExample('Pass', 'Pass', v1) + baseline(accept, v1), 'Baseline', [[S(0), G(0)]], true],
  ];
  it.each(cases)('%s', (_name, yaml, tier, pairs, allowed) => {
    const engine = engineFrom(BASE + yaml);
    for (const [from, to] of pairs) {
      for (const port of [80, 8080]) {
        const v = verdict(engine, q(from, to, port));
        expect(v.allowed, `${from} → ${to}:${port}`).toBe(allowed);
        const end = v.layers.find((l) => l.layer === (to.includes('gryffindor') ? 'ingress' : 'egress'))!;
        expect(end.tier).toBe(tier);
      }
    }
  });
});

describe('CNPAdminTierPriorityField', () => {
  const pods = (h: string) => `{pods: {namespaceSelector: {matchLabels: {conformance-house: ${h}}}, podSelector: {matchLabels: {conformance-house: ${h}}}}}`;
  const policy = (name: string, tier: string, priority: number, action: string) => `apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: ${name}}
spec:
  tier: ${tier}
  priority: ${priority}
  subject: ${pods('gryffindor')}
  ingress: [{action: ${action}, from: [${pods('slytherin')}]}]
  egress: [{action: ${action}, to: [${pods('slytherin')}]}]
---
`;
  const yaml = (passPriority: number) =>
    BASE +
    policy('priority-50-example', 'Admin', 50, 'Deny') +
    policy('old-priority-60-new-priority-40-example', 'Admin', passPriority, 'Pass') +
    policy('default', 'Baseline', 10, 'Accept');

  it('denies both ways while the Deny at priority 50 goes before the Pass at 60', () => {
    const e = engineFrom(yaml(60));
    for (const [from, to] of [
      [S(0), G(0)],
      [S(1), G(0)],
      [G(0), S(0)],
      [G(1), S(0)],
    ] as const)
      for (const port of [80, 8080]) expect(verdict(e, q(from, to, port)).allowed).toBe(false);
  });

  it('passes both ways to the baseline Accept once the Pass moves to priority 40', () => {
    const e = engineFrom(yaml(40));
    for (const [from, to] of [
      [S(0), G(0)],
      [G(0), S(0)],
    ] as const) {
      const v = verdict(e, q(from, to, 80));
      expect(v.allowed).toBe(true);
      expect(v.layers.find((l) => l.layer === (to.includes('gryffindor') ? 'ingress' : 'egress'))!.tier).toBe('Baseline');
    }
  });
});

// conformance/base/admin_tier/standard-ingress-tcp-rules.yaml with tests/admin-network-policy-standard-ingress-tcp-rules.go:
// the tests reorder the rules step by step; each row gives the order in force.
describe('CNPAdminTierIngressTCP', () => {
  const ns = (h: string) => `{namespaces: {matchLabels: {kubernetes.io/metadata.name: network-policy-conformance-${h}}}}`;
  const RULES: Record<string, string> = {
    allowRaven: `{name: allow-from-ravenclaw-everything, action: Accept, from: [${ns('ravenclaw')}]}`,
    denyRaven: `{name: deny-from-ravenclaw-everything, action: Deny, from: [${ns('ravenclaw')}]}`,
    passRaven: `{name: pass-from-ravenclaw-everything, action: Pass, from: [${ns('ravenclaw')}]}`,
    denySly80: `{name: deny-from-slytherin-at-port-80, action: Deny, from: [${ns('slytherin')}], protocols: [{tcp: {destinationPort: {number: 80}}}]}`,
    passSly80: `{name: pass-from-slytherin-at-port-80, action: Pass, from: [${ns('slytherin')}], protocols: [{tcp: {destinationPort: {number: 80}}}]}`,
    allowHuff80: `{name: allow-from-hufflepuff-at-port-80, action: Accept, from: [${ns('hufflepuff')}], protocols: [{tcp: {destinationPort: {number: 80}}}]}`,
    denyHuff: `{name: deny-from-hufflepuff-everything-else, action: Deny, from: [${ns('hufflepuff')}]}`,
  };
  const world =
    ['ravenclaw', 'hufflepuff'].map((h) => namespace(`network-policy-conformance-${h}`, { 'conformance-house': h })).join('') +
    pod('network-policy-conformance-ravenclaw', 'luna-lovegood-0', { ports: ['web:80', '8080'] }) +
    pod('network-policy-conformance-hufflepuff', 'cedric-diggory-0', { ports: ['web:80', '8080'] });
  const policy = (order: string[]) => `apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: ingress-tcp}
spec:
  tier: Admin
  priority: 3
  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: network-policy-conformance-gryffindor}}}
  ingress: [${order.map((r) => RULES[r]).join(', ')}]
---
`;
  const initial = ['allowRaven', 'denyRaven', 'passRaven', 'denySly80', 'passSly80', 'allowHuff80', 'denyHuff'];
  const afterDeny = ['denyRaven', 'allowRaven', 'passRaven', 'denySly80', 'passSly80', 'allowHuff80', 'denyHuff'];
  const afterPass = ['passRaven', 'allowRaven', 'denyRaven', 'denySly80', 'passSly80', 'allowHuff80', 'denyHuff'];
  const afterPass80 = ['passRaven', 'allowRaven', 'denyRaven', 'passSly80', 'denySly80', 'allowHuff80', 'denyHuff'];
  const client = (h: string) =>
    ({ ravenclaw: 'network-policy-conformance-ravenclaw/luna-lovegood-0', slytherin: S(0), hufflepuff: 'network-policy-conformance-hufflepuff/cedric-diggory-0' })[h]!;
  it.each([
    ['allow-ingress, rule order respected', initial, 'ravenclaw', true, true],
    ['allow-ingress at the specified port', initial, 'hufflepuff', true, false],
    ['deny-ingress, rule order respected', afterDeny, 'ravenclaw', false, false],
    ['deny-ingress at the specified port', afterDeny, 'slytherin', false, true],
    ['pass-ingress, rule order respected', afterPass, 'ravenclaw', true, true],
    ['pass-ingress at the specified port', afterPass80, 'slytherin', true, true],
  ] as const)('%s', (_, order, from, at80, at8080) => {
    const e = engineFrom(BASE + world + policy([...order]));
    expect(verdict(e, q(client(from), G(0), 80)).allowed).toBe(at80);
    expect(verdict(e, q(client(from), G(0), 8080)).allowed).toBe(at8080);
  });
});

// conformance/base/admin_tier/standard-egress-inline-cidr-rules.yaml with
// tests/admin-network-policy-standard-egress-inline-cidr-rules.go: `networks` 0.0.0.0/0 and ::/0 take in pods too.
describe('CNPAdminTierEgressInlineCIDRPeers', () => {
  const house = (h: string, name: string, ip: string) =>
    namespace(`network-policy-conformance-${h}`, { 'conformance-house': h }) +
    pod(`network-policy-conformance-${h}`, name, { labels: { 'conformance-house': h }, ports: ['web:80', 'dns:53'], ip });
  const world =
    namespace('network-policy-conformance-gryffindor', { 'conformance-house': 'gryffindor' }) +
    pod('network-policy-conformance-gryffindor', 'harry-potter-1', { labels: { 'conformance-house': 'gryffindor' }, ports: ['web:80'] });
  const servers = (slytherinLabel: string) =>
    house('ravenclaw', 'luna-lovegood-0', '10.0.0.10') +
    house('hufflepuff', 'cedric-diggory-0', '10.0.0.20') +
    namespace('network-policy-conformance-slytherin', { 'conformance-house': slytherinLabel }) +
    pod('network-policy-conformance-slytherin', 'draco-malfoy-0', { labels: { 'conformance-house': 'slytherin' }, ports: ['web:80', 'dns:53'], ip: '10.0.0.30' });
  const pods = (h: string) => `{pods: {namespaceSelector: {matchLabels: {conformance-house: ${h}}}, podSelector: {matchLabels: {conformance-house: ${h}}}}}`;
  const policy = (extra = '') => `apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: inline-cidr-as-peers-example}
spec:
  tier: Admin
  priority: 85
  subject: ${pods('gryffindor')}
  egress:
${extra}  - {name: allow-egress-to-slytherin, action: Accept, to: [${pods('slytherin')}]}
  - {name: deny-egress-to-internet, action: Deny, to: [{networks: [0.0.0.0/0, '::/0']}]}
---
`;
  const from = 'network-policy-conformance-gryffindor/harry-potter-1';
  const reach = (yaml: string, to: string) => {
    const e = engineFrom(yaml);
    return [80, 53].map((port) => verdict(e, { from, to, port, protocol: 'TCP' }).allowed);
  };
  it('denies egress to pods elsewhere by 0.0.0.0/0, lets slytherin through by the rule before it', () => {
    const yaml = world + servers('slytherin') + policy();
    expect(reach(yaml, 'network-policy-conformance-ravenclaw/luna-lovegood-0')).toEqual([false, false]);
    expect(reach(yaml, 'network-policy-conformance-hufflepuff/cedric-diggory-0')).toEqual([false, false]);
    expect(reach(yaml, 'network-policy-conformance-slytherin/draco-malfoy-0')).toEqual([true, true]);
  });
  it('no longer lets slytherin through once its namespace label stops matching', () => {
    expect(reach(world + servers('denied-namespace-label') + policy(), 'network-policy-conformance-slytherin/draco-malfoy-0')).toEqual([false, false]);
  });
  it('an Accept of one pod IP inserted first lets that pod through', () => {
    const yaml = world + servers('slytherin') + policy(`  - {action: Accept, to: [{networks: [10.0.0.20/32]}]}\n`);
    expect(reach(yaml, 'network-policy-conformance-hufflepuff/cedric-diggory-0')).toEqual([true, true]);
    expect(reach(yaml, 'network-policy-conformance-ravenclaw/luna-lovegood-0')).toEqual([false, false]);
  });
});
