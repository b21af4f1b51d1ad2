import { describe, expect, it } from 'vitest';
import { emitCluster } from '../emit';
import { parseManifests } from '../parse';

const parse = (text: string) => parseManifests([{ file: 'm.yaml', text }]);
const errors = (text: string) => parse(text).diagnostics.filter((d) => d.severity === 'error');

const ANP = `apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: guard}
spec:
  priority: 10
  subject: {namespaces: {matchLabels: {env: prod}}}
  ingress:
  - name: no-legacy
    action: Deny
    from: [{namespaces: {matchLabels: {team: legacy}}}]
    ports: [{portNumber: {protocol: TCP, port: 5432}}, {portRange: {protocol: UDP, start: 1000, end: 2000}}, {namedPort: http}]
  - action: Pass
    from: [{pods: {namespaceSelector: {}, podSelector: {matchLabels: {app: web}}}}]
  egress:
  - action: Allow
    to: [{networks: [10.0.0.0/8]}]
`;

const CNP = `apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: block-legacy}
spec:
  tier: Admin
  priority: 10
  subject: {pods: {podSelector: {matchLabels: {app: db}}}}
  ingress:
  - name: no-legacy
    action: Deny
    from: [{namespaces: {matchLabels: {team: legacy}}}]
    protocols: [{tcp: {destinationPort: {number: 5432}}}, {udp: {destinationPort: {range: {start: 1000, end: 2000}}}}, {destinationNamedPort: http}]
`;

describe('admin policy kinds', () => {
  it('reads an AdminNetworkPolicy with v1alpha1 ports', () => {
    const r = parse(ANP);
    expect(r.diagnostics).toEqual([]);
    const p = r.cluster.adminPolicies[0]!;
    expect(p).toMatchObject({ kind: 'AdminNetworkPolicy', tier: 'Admin', priority: 10, name: 'guard' });
    expect(p.ingress![0]!.ports).toEqual([{ protocol: 'TCP', port: 5432 }, { protocol: 'UDP', port: 1000, endPort: 2000 }, { namedPort: 'http' }]);
    expect(p.ingress![1]!.peers[0]!.pods).toEqual({ namespaceSelector: {}, podSelector: { matchLabels: { app: 'web' } } });
    expect(p.egress![0]!.peers).toEqual([{ networks: ['10.0.0.0/8'] }]);
    expect(r.documents[0]!.ref).toEqual({ kind: 'AdminNetworkPolicy', namespace: '', name: 'guard' });
  });

  it('reads a ClusterNetworkPolicy with v1alpha2 protocols into the same port shape', () => {
    const r = parse(CNP);
    expect(r.diagnostics).toEqual([]);
    const p = r.cluster.adminPolicies[0]!;
    expect(p).toMatchObject({ kind: 'ClusterNetworkPolicy', tier: 'Admin', priority: 10 });
    expect(p.subject.pods!.namespaceSelector).toEqual({});
    expect(p.ingress![0]!.ports).toEqual([{ protocol: 'TCP', port: 5432 }, { protocol: 'UDP', port: 1000, endPort: 2000 }, { namedPort: 'http' }]);
  });

  it('prints each kind back in its own version and field names, and reads the print as the same model', () => {
    for (const text of [ANP, CNP]) {
      const once = parse(text);
      const printed = emitCluster(once.cluster);
      const twice = parse(printed);
      expect(twice.diagnostics).toEqual([]);
      expect(twice.cluster.adminPolicies.map(({ origin: _, ...p }) => p)).toEqual(once.cluster.adminPolicies.map(({ origin: _, ...p }) => p));
    }
    expect(emitCluster(parse(CNP).cluster)).toContain('destinationPort:\n');
    expect(emitCluster(parse(ANP).cluster)).toContain('portNumber:');
  });

  it.each([
    ['priority out of range', ANP.replace('priority: 10', 'priority: 1001'), 'spec.priority', 'out of range'],
    ['missing priority', ANP.replace('  priority: 10\n', ''), 'spec', 'priority is required'],
    ['two subject fields', ANP.replace('subject: {namespaces:', 'subject: {pods: {namespaceSelector: {}, podSelector: {}}, namespaces:'), 'spec.subject', 'exactly one'],
    ['a peer with two fields', CNP.replace('from: [{namespaces:', 'from: [{pods: {podSelector: {}}, namespaces:'), 'spec.ingress[0].from[0]', 'exactly one'],
    [
      'an ingress peer with networks',
      CNP.replace('from: [{namespaces: {matchLabels: {team: legacy}}}]', 'from: [{networks: [10.0.0.0/8]}]'),
      'spec.ingress[0].from[0]',
      'exactly one of namespaces, pods',
    ],
    ['an Allow in a ClusterNetworkPolicy', CNP.replace('action: Deny', 'action: Allow'), 'spec.ingress[0].action', 'Accept, Deny, Pass'],
    [
      'a Pass in a BANP',
      ANP.replace('AdminNetworkPolicy', 'BaselineAdminNetworkPolicy').replace('{name: guard}', '{name: default}').replace('  priority: 10\n', ''),
      'spec.ingress[1].action',
      'Allow, Deny',
    ],
    ['a BANP not named default', ANP.replace('AdminNetworkPolicy', 'BaselineAdminNetworkPolicy').replace('  priority: 10\n', ''), 'metadata.name', 'metadata.name="default"'],
    ['a CNP without tier', CNP.replace('  tier: Admin\n', ''), 'spec', 'tier is required'],
    [
      'a range with start ≥ end',
      CNP.replace('start: 1000, end: 2000', 'start: 2000, end: 1000'),
      'spec.ingress[0].protocols[1].udp.destinationPort.range',
      'Start port must be less than End port',
    ],
    ['a protocol without a port', CNP.replace('{tcp: {destinationPort: {number: 5432}}}', '{tcp: {}}'), 'spec.ingress[0].protocols[0].tcp', 'needs destinationPort'],
    ['a bad CIDR', ANP.replace('10.0.0.0/8', '10.0.0.0/33'), 'spec.egress[0].to[0].networks[0]', 'Invalid CIDR'],
    [
      'named ports with networks',
      ANP.replace('to: [{networks: [10.0.0.0/8]}]', 'to: [{networks: [10.0.0.0/8]}]\n    ports: [{namedPort: dns}]'),
      'spec.egress[0].ports',
      'namedPorts',
    ],
    ['an empty from', CNP.replace('from: [{namespaces: {matchLabels: {team: legacy}}}]', 'from: []'), 'spec.ingress[0].from', 'at least one peer'],
    ['a wrong version', CNP.replace('v1alpha2', 'v1alpha1'), 'apiVersion', 'served as policy.networking.k8s.io/v1alpha2'],
  ])('reports %s at its field path', (_, text, path, message) => {
    const errs = errors(text);
    expect(errs.map((e) => e.path)).toContain(path);
    expect(errs.find((e) => e.path === path)!.message).toContain(message);
    expect(parse(text).cluster.adminPolicies).toEqual([]);
  });

  it('warns about a namespace on a cluster-scoped kind', () => {
    const r = parse(CNP.replace('{name: block-legacy}', '{name: block-legacy, namespace: prod}'));
    expect(r.diagnostics).toMatchObject([{ severity: 'warning', path: 'metadata.namespace' }]);
    expect(r.cluster.adminPolicies).toHaveLength(1);
  });
});
