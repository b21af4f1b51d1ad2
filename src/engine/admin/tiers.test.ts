// Each rule of the tier order (QUERY-MODEL.md "Admin tiers"), as a table: manifests in, verdict and deciding tier out.
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../yaml/parse';
import { createEngine, isQueryError } from '../engine';
import { engineFrom, namespace, pod, verdict } from '../testing/yaml';

const BASE =
  namespace('prod', { env: 'prod' }) +
  namespace('dev', { env: 'dev' }) +
  pod('prod', 'db', { ports: ['5432', 'http:8080'] }) +
  pod('dev', 'web', { ip: '10.1.2.3' }) +
  pod('prod', 'api');

const cnp = (name: string, tier: 'Admin' | 'Baseline', priority: number, body: string) => `apiVersion: policy.networking.k8s.io/v1alpha2
kind: ClusterNetworkPolicy
metadata: {name: ${name}}
spec:
  tier: ${tier}
  priority: ${priority}
${body}---
`;
const anp = (name: string, priority: number, body: string) => `apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata: {name: ${name}}
spec:
  priority: ${priority}
${body}---
`;
const banp = (body: string) => `apiVersion: policy.networking.k8s.io/v1alpha1
kind: BaselineAdminNetworkPolicy
metadata: {name: default}
spec:
${body}---
`;
const np = (name: string, ns: string, spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: ${ns}}
spec: ${spec}
---
`;

const PROD = '  subject: {namespaces: {matchLabels: {env: prod}}}\n';
const DEV = '  subject: {namespaces: {matchLabels: {env: dev}}}\n';
const ingressFromDev = (action: string, extra = '') => `  ingress:\n  - name: r\n    action: ${action}\n    from: [{namespaces: {matchLabels: {env: dev}}}]\n${extra}`;
const egressToProd = (action: string, extra = '') => `  egress:\n  - name: e\n    action: ${action}\n    to: [{namespaces: {matchLabels: {env: prod}}}]\n${extra}`;
const NP_ALLOW_DEV = np('allow-dev', 'prod', '{podSelector: {}, ingress: [{from: [{namespaceSelector: {matchLabels: {env: dev}}}]}]}');
const NP_DENY_ALL = np('deny-all', 'prod', '{podSelector: {}, policyTypes: [Ingress]}');

interface Row {
  name: string;
  yaml: string;
  from?: string;
  to?: string;
  port?: number;
  allowed: boolean;
  /** Deciding tier of the ingress end (or of `end`). */
  tier: string;
  end?: 'ingress' | 'egress';
  reason?: string;
}

const rows: Row[] = [
  {
    name: 'an Admin Deny refuses the end even where a NetworkPolicy allows it',
    yaml: cnp('block', 'Admin', 10, PROD + ingressFromDev('Deny')) + NP_ALLOW_DEV,
    allowed: false,
    tier: 'Admin',
    reason: 'ingress at prod/db: denied by ClusterNetworkPolicy block (Admin, priority 10) ingress[0] "r"',
  },
  {
    name: 'an Admin Accept lets the end through over a NetworkPolicy that isolates it',
    yaml: cnp('open', 'Admin', 10, PROD + ingressFromDev('Accept')) + NP_DENY_ALL,
    allowed: true,
    tier: 'Admin',
    reason: 'ingress at prod/db: accepted by ClusterNetworkPolicy open (Admin, priority 10) ingress[0] "r"',
  },
  {
    name: 'an ANP Allow lets the end through over a baseline Deny',
    yaml: anp('open', 10, PROD + ingressFromDev('Allow')) + banp(PROD + ingressFromDev('Deny')),
    allowed: true,
    tier: 'Admin',
    reason: 'ingress at prod/db: allowed by AdminNetworkPolicy open (Admin, priority 10) ingress[0] "r"',
  },
  {
    name: 'an Admin Allow at one end does not let the other end through (each end on its own)',
    yaml: anp('out', 10, DEV + egressToProd('Allow')) + NP_DENY_ALL,
    allowed: false,
    tier: 'NetworkPolicy',
  },
  {
    name: 'a Pass hands the end to the NetworkPolicy that isolates the pod (allowed)',
    yaml: anp('x', 5, PROD + ingressFromDev('Pass')) + NP_ALLOW_DEV + banp(PROD + ingressFromDev('Deny')),
    allowed: true,
    tier: 'NetworkPolicy',
    reason:
      'ingress at prod/db: passed by AdminNetworkPolicy x (Admin, priority 5) ingress[0] "r" to NetworkPolicy; allowed by NetworkPolicy prod/allow-dev ingress[0] from[0] (all ports)',
  },
  {
    name: 'a Pass hands the end to the NetworkPolicy that isolates the pod (denied)',
    yaml: anp('x', 5, PROD + ingressFromDev('Pass')) + NP_DENY_ALL,
    allowed: false,
    tier: 'NetworkPolicy',
  },
  {
    name: 'a Pass skips the rest of the Admin tier',
    yaml: anp('x', 5, PROD + ingressFromDev('Pass')) + anp('later', 6, PROD + ingressFromDev('Deny')),
    allowed: true,
    tier: 'default',
  },
  {
    name: 'a Pass with no NetworkPolicy reaches the Baseline tier',
    yaml: cnp('x', 'Admin', 5, PROD + ingressFromDev('Pass')) + cnp('base', 'Baseline', 1, PROD + ingressFromDev('Deny')),
    allowed: false,
    tier: 'Baseline',
    reason:
      'ingress at prod/db: passed by ClusterNetworkPolicy x (Admin, priority 5) ingress[0] "r" to the Baseline tier; denied by ClusterNetworkPolicy base (Baseline, priority 1) ingress[0] "r"',
  },
  {
    name: 'lower priority numbers go first',
    yaml: cnp('deny50', 'Admin', 50, PROD + ingressFromDev('Deny')) + cnp('allow40', 'Admin', 40, PROD + ingressFromDev('Accept')),
    allowed: true,
    tier: 'Admin',
  },
  {
    name: 'rules go in order and the first match decides',
    yaml:
      anp(
        'x',
        5,
        PROD + `  ingress:\n  - {action: Allow, from: [{pods: {namespaceSelector: {}, podSelector: {matchLabels: {app: web}}}}]}\n  - {action: Deny, from: [{namespaces: {}}]}\n`,
      ) + NP_DENY_ALL,
    allowed: true,
    tier: 'Admin',
    reason: 'ingress at prod/db: allowed by AdminNetworkPolicy x (Admin, priority 5) ingress[0]',
  },
  {
    name: 'no implicit isolation: a policy selecting the pod with no matching rule changes nothing',
    yaml: anp('x', 5, PROD + `  ingress:\n  - {action: Deny, from: [{namespaces: {matchLabels: {env: nowhere}}}]}\n`),
    allowed: true,
    tier: 'default',
  },
  { name: 'a NetworkPolicy that isolates the pod wins over the Baseline tier', yaml: NP_ALLOW_DEV + banp(PROD + ingressFromDev('Deny')), allowed: true, tier: 'NetworkPolicy' },
  {
    name: 'the Baseline tier decides where no NetworkPolicy isolates (Deny)',
    yaml: banp(PROD + ingressFromDev('Deny')),
    allowed: false,
    tier: 'Baseline',
    reason: 'ingress at prod/db: denied by BaselineAdminNetworkPolicy default (Baseline) ingress[0] "r"',
  },
  { name: 'the Baseline tier decides where no NetworkPolicy isolates (Allow)', yaml: banp(PROD + ingressFromDev('Allow')), allowed: true, tier: 'Baseline' },
  {
    name: 'egress: an Admin Deny at the source',
    yaml: cnp('no-prod', 'Admin', 1, DEV + egressToProd('Deny')),
    allowed: false,
    tier: 'Admin',
    end: 'egress',
    reason: 'egress at dev/web: denied by ClusterNetworkPolicy no-prod (Admin, priority 1) egress[0] "e"',
  },
  {
    name: 'egress networks match pod IPs',
    yaml: anp('no-ten', 1, PROD + '  egress:\n  - {action: Deny, to: [{networks: [10.0.0.0/8]}]}\n'),
    from: 'prod/api',
    to: 'dev/web',
    allowed: false,
    tier: 'Admin',
    end: 'egress',
  },
  {
    name: 'networks 0.0.0.0/0 matches a pod whose IP the manifests do not give',
    yaml: anp('no-all', 1, DEV + '  egress:\n  - {action: Deny, to: [{networks: [0.0.0.0/0]}]}\n'),
    allowed: false,
    tier: 'Admin',
    end: 'egress',
  },
  {
    name: 'portNumber matches its port only',
    yaml: anp('x', 1, PROD + ingressFromDev('Deny', '    ports: [{portNumber: {protocol: TCP, port: 5432}}]\n')),
    port: 8080,
    allowed: true,
    tier: 'default',
  },
  { name: 'portRange is inclusive', yaml: anp('x', 1, PROD + ingressFromDev('Deny', '    ports: [{portRange: {start: 5000, end: 5432}}]\n')), allowed: false, tier: 'Admin' },
  {
    name: 'namedPort resolves on the destination pod',
    yaml: anp('x', 1, PROD + ingressFromDev('Deny', '    ports: [{namedPort: http}]\n')),
    port: 8080,
    allowed: false,
    tier: 'Admin',
  },
  {
    name: 'destinationPort range of a ClusterNetworkPolicy',
    yaml: cnp('x', 'Admin', 1, PROD + ingressFromDev('Deny', '    protocols: [{tcp: {destinationPort: {range: {start: 8000, end: 8080}}}}]\n')),
    port: 8080,
    allowed: false,
    tier: 'Admin',
  },
  {
    name: 'a UDP protocol does not match TCP',
    yaml: cnp('x', 'Admin', 1, PROD + ingressFromDev('Deny', '    protocols: [{udp: {destinationPort: {number: 5432}}}]\n')),
    allowed: true,
    tier: 'default',
  },
];

describe('tier order, one end at a time', () => {
  it.each(rows)('$name', (row) => {
    const v = verdict(engineFrom(BASE + row.yaml), { from: row.from ?? 'dev/web', to: row.to ?? 'prod/db', port: row.port ?? 5432, protocol: 'TCP' });
    expect(v.allowed).toBe(row.allowed);
    const end = v.layers.find((l) => l.layer === (row.end ?? (row.allowed ? 'ingress' : v.layers.find((x) => x.decision === 'denied')!.layer)))!;
    expect(end.tier).toBe(row.tier);
    if (row.reason) expect(end.reason).toBe(row.reason);
  });

  it('an Admin Allow still goes through Istio, unchanged', () => {
    const mesh = namespace('prod', { env: 'prod', 'istio-injection': 'enabled' }) + namespace('dev', { env: 'dev' }) + pod('prod', 'db', { ports: ['5432'] }) + pod('dev', 'web');
    const deny = `apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: deny, namespace: prod}\nspec: {action: DENY, rules: [{}]}\n---\n`;
    const v = verdict(engineFrom(mesh + cnp('open', 'Admin', 1, PROD + ingressFromDev('Accept')) + deny), { from: 'dev/web', to: 'prod/db', port: 5432, protocol: 'TCP' });
    expect(v.allowed).toBe(false);
    expect(v.layers.find((l) => l.layer === 'ingress')!.tier).toBe('Admin');
    expect(v.layers.find((l) => l.layer === 'authz')!.decision).toBe('denied');
  });
});

describe('implementation-defined points are reported, never guessed', () => {
  const notes = (yaml: string, q = { from: 'dev/web', to: 'prod/db', port: 5432, protocol: 'TCP' as const }) => verdict(engineFrom(BASE + yaml), q).reasons.join('\n');

  it('two policies of one tier at one priority', () => {
    expect(notes(cnp('a', 'Admin', 7, PROD + ingressFromDev('Deny')) + cnp('b', 'Admin', 7, PROD + ingressFromDev('Accept')))).toMatch(
      /ClusterNetworkPolicy a and ClusterNetworkPolicy b are Admin-tier policies at priority 7 .* implementation-defined/,
    );
  });
  it('nodes and domainNames peers', () => {
    const text = notes(anp('n', 1, DEV + '  egress:\n  - {action: Deny, to: [{nodes: {}}]}\n  - {action: Allow, to: [{domainNames: [db.example.com]}]}\n'));
    expect(text).toContain('egress[0] to[0] is a nodes peer');
    expect(text).toContain('egress[1] to[0] is a domainNames peer');
    expect(text).toContain('implementation-defined');
  });
  it('v1alpha1 and v1alpha2 objects in one design', () => {
    expect(notes(anp('a', 1, PROD + ingressFromDev('Pass')) + cnp('b', 'Baseline', 1, PROD + ingressFromDev('Deny')))).toContain(
      '(v1alpha1) and ClusterNetworkPolicy (v1alpha2) objects are in one design',
    );
  });
  it('a pod isolated by NetworkPolicy for the other direction only, reaching the baseline', () => {
    const egressOnly = np('eg', 'prod', '{podSelector: {}, policyTypes: [Egress]}');
    expect(notes(egressOnly + banp(PROD + ingressFromDev('Deny')))).toContain(
      'prod/db is isolated by NetworkPolicy for egress only: whether ingress then reaches the Baseline tier is implementation-defined',
    );
  });
  it('a protocol without a port (the CRD rejects it; a model built by hand can carry it)', () => {
    const c = parseManifests([{ file: 't.yaml', text: BASE + cnp('p', 'Admin', 1, PROD + ingressFromDev('Deny')) }]).cluster;
    c.adminPolicies[0]!.ingress![0]!.ports = [{ protocol: 'TCP' }];
    const v = createEngine(c).check({ from: 'dev/web', to: 'prod/db', port: 5432, protocol: 'TCP' });
    expect(isQueryError(v) ? v.error : v.reasons.join('\n')).toContain(
      'names a protocol without a port (the CRD rejects it): how an implementation reads it is implementation-defined',
    );
  });
  it('a pod IP the manifests do not give, against a narrower networks CIDR', () => {
    expect(notes(anp('n', 1, DEV + '  egress:\n  - {action: Deny, to: [{networks: [10.0.0.0/8]}]}\n'))).toContain('has no status.podIP');
  });
});
