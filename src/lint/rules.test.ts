// Every code on a manifest that fires it and on a near manifest that must not.
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../yaml';
import { lint } from './lint';
import type { LintFinding } from './types';

const run = (text: string, input = false): LintFinding[] => lint(parseManifests([{ file: 'm.yaml', text }]), { input });
const codes = (text: string, input = false) => run(text, input).map((f) => f.code);

const pod = (ns: string, name: string, labels = `{app: ${name}}`, extra = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ${ns}, labels: ${labels}}\nspec: {${extra}containers: [{name: c, image: x, ports: [{containerPort: 8080, name: http}, {containerPort: 5432, name: tcp-db}]}]}\n---\n`;
const ns = (name: string, labels = '{}') => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${name}, labels: ${labels}}\n---\n`;
const np = (ns: string, name: string, spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}, namespace: ${ns}}\nspec: ${spec}\n---\n`;
const ap = (ns: string, name: string, spec: string, meta = '') =>
  `apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: ${name}, namespace: ${ns}${meta}}\nspec: ${spec}\n---\n`;
const pa = (ns: string, name: string, spec: string) =>
  `apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: ${name}, namespace: ${ns}}\nspec: ${spec}\n---\n`;
const dns = `{to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}], ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]}`;
const two = pod('prod', 'web') + pod('prod', 'db');
const mesh = ns('pay', '{istio-injection: enabled}') + pod('pay', 'api') + ns('web') + pod('web', 'front');

const table: [string, string, string, string][] = [
  // code, what, fires, near case that must not
  ['KPD101', 'podSelector selects nothing', two + np('prod', 'p', '{podSelector: {matchLabels: {app: cache}}}'), two + np('prod', 'p', '{podSelector: {matchLabels: {app: db}}}')],
  [
    'KPD102',
    'peer matches nothing',
    two + np('prod', 'p', '{podSelector: {matchLabels: {app: db}}, ingress: [{from: [{podSelector: {matchLabels: {app: wbe}}}]}]}'),
    two + np('prod', 'p', '{podSelector: {matchLabels: {app: db}}, ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]}'),
  ],
  [
    'KPD103',
    'named port no destination declares',
    two + np('prod', 'p', '{podSelector: {matchLabels: {app: db}}, ingress: [{ports: [{port: postgres}]}]}'),
    two + np('prod', 'p', '{podSelector: {matchLabels: {app: db}}, ingress: [{ports: [{port: tcp-db}]}]}'),
  ],
  [
    'KPD104',
    'egress isolated without DNS',
    two + np('prod', 'deny', '{podSelector: {}, policyTypes: [Egress]}'),
    two + np('prod', 'deny', `{podSelector: {}, policyTypes: [Egress], egress: [${dns}]}`),
  ],
  [
    'KPD105',
    'a deny name that only allows',
    two +
      np('prod', 'default', '{podSelector: {}, policyTypes: [Ingress]}') +
      np('prod', 'deny-web-db', '{podSelector: {matchLabels: {app: db}}, ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]}'),
    // The honest deny: it isolates its pods itself.
    two + np('prod', 'deny-from-other-namespaces', '{podSelector: {}, ingress: [{from: [{podSelector: {}}]}]}'),
  ],
  [
    'KPD106',
    'redundant rule',
    two +
      np(
        'prod',
        'p',
        '{podSelector: {matchLabels: {app: db}}, ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}, {from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 5432}]}]}',
      ),
    two +
      np(
        'prod',
        'p',
        '{podSelector: {matchLabels: {app: db}}, ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 8080}]}, {from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 5432}]}]}',
      ),
  ],
  [
    'KPD107',
    'namespace without NetworkPolicy',
    two + pod('other', 'x') + np('prod', 'p', '{podSelector: {}}'),
    two + pod('kube-system', 'x') + np('prod', 'p', '{podSelector: {}}'),
  ],
  [
    'KPD108',
    'ipBlock holding pod IPs',
    pod('prod', 'db').replace('spec: {', 'status: {podIP: 10.0.0.5}\nspec: {') + np('prod', 'p', '{podSelector: {}, ingress: [{from: [{ipBlock: {cidr: 10.0.0.0/8}}]}]}'),
    pod('prod', 'db').replace('spec: {', 'status: {podIP: 10.0.0.5}\nspec: {') + np('prod', 'p', '{podSelector: {}, ingress: [{from: [{ipBlock: {cidr: 192.168.0.0/16}}]}]}'),
  ],
  ['KPD109', 'hostNetwork', pod('prod', 'node-agent', '{app: n}', 'hostNetwork: true, '), pod('prod', 'node-agent', '{app: n}', 'hostNetwork: false, ')],
  ['KPD201', 'Istio policy without sidecars', mesh + ap('web', 'a', '{rules: [{}]}'), mesh + ap('pay', 'a', '{rules: [{}]}')],
  [
    'KPD202',
    'Istio selector selects nothing',
    mesh + ap('pay', 'a', '{selector: {matchLabels: {app: apii}}, rules: [{}]}'),
    mesh + ap('pay', 'a', '{selector: {matchLabels: {app: api}}, rules: [{}]}'),
  ],
  [
    'KPD203',
    'ALLOW with HTTP fields on a TCP port',
    mesh + ap('pay', 'a', '{rules: [{to: [{operation: {ports: ["5432"], methods: [GET]}}]}]}'),
    mesh + ap('pay', 'a', '{rules: [{to: [{operation: {ports: ["8080"], methods: [GET]}}]}]}'),
  ],
  [
    'KPD204',
    'DENY with HTTP fields on TCP',
    mesh + ap('pay', 'a', '{action: DENY, rules: [{to: [{operation: {methods: [DELETE]}}]}]}'),
    mesh + ap('pay', 'a', '{action: DENY, rules: [{to: [{operation: {ports: ["8080"], methods: [DELETE]}}]}]}'),
  ],
  [
    'KPD205',
    'dry-run',
    mesh + ap('pay', 'a', '{rules: [{}]}', ', annotations: {istio.io/dry-run: "true"}'),
    mesh + ap('pay', 'a', '{rules: [{}]}', ', annotations: {istio.io/dry-run: "false"}'),
  ],
  [
    'KPD206',
    'targetRefs',
    mesh + ap('pay', 'a', '{targetRefs: [{kind: Gateway, group: gateway.networking.k8s.io, name: g}], rules: [{}]}'),
    mesh + ap('pay', 'a', '{selector: {matchLabels: {app: api}}, rules: [{}]}'),
  ],
  ['KPD207', 'CUSTOM', mesh + ap('pay', 'a', '{action: CUSTOM, provider: {name: ext}, rules: [{}]}'), mesh + ap('pay', 'a', '{action: AUDIT, rules: [{}]}')],
  [
    'KPD301',
    'STRICT vs a sidecar-less caller',
    mesh + pa('pay', 's', '{mtls: {mode: STRICT}}') + np('pay', 'p', '{podSelector: {}, ingress: [{from: [{namespaceSelector: {}}]}]}'),
    mesh + pa('pay', 's', '{mtls: {mode: PERMISSIVE}}') + np('pay', 'p', '{podSelector: {}, ingress: [{from: [{namespaceSelector: {}}]}]}'),
  ],
  [
    'KPD901',
    'not a Kubernetes kind',
    'apiVersion: v1\nkind: IntercontainerCommunicationProtocol\nmetadata: {name: x}\n',
    'apiVersion: example.com/v1\nkind: IntercontainerCommunicationProtocol\nmetadata: {name: x}\n',
  ],
  [
    'KPD902',
    'real traffic kind, kept',
    'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: x, namespace: a}\nspec: {}\n',
    'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: a}\n',
  ],
  [
    'KPD903',
    'other real kind, kept',
    'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: a}\n',
    'apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata: {name: x, namespace: a}\nspec: {}\n',
  ],
];

describe('every lint code', () => {
  it.each(table)('%s (%s) fires on its manifest and not on the near one', (code, _what, fires, near) => {
    expect(codes(fires)).toContain(code);
    expect(codes(near)).not.toContain(code);
  });

  it('KPD900 reports what the reader left out, only when asked (the CLI)', () => {
    const bad = np('prod', 'p', '{podSelector: {matchLabels: {app: 1}}}');
    expect(codes(bad, true)).toContain('KPD900');
    expect(codes(bad, false)).not.toContain('KPD900');
    expect(codes(np('prod', 'p', '{podSelector: {}}'), true)).not.toContain('KPD900');
  });
});

describe('what the findings say', () => {
  it('explains a `name:` namespace label: namespaces carry kubernetes.io/metadata.name, and offers the fix', () => {
    const text =
      ns('legacy') + pod('legacy', 'old') + two + np('prod', 'from-legacy', '{podSelector: {}, ingress: [{from: [{namespaceSelector: {matchLabels: {name: legacy}}}]}]}');
    const f = run(text).find((x) => x.code === 'KPD102')!;
    expect(f.message).toContain('namespaces lack `name`; use `kubernetes.io/metadata.name`');
    expect(f.action).toEqual({ kind: 'use-metadata-name', path: ['spec', 'ingress', 0, 'from', 0, 'namespaceSelector', 'matchLabels', 'name'], key: 'name' });
    expect(f.path).toBe('spec.ingress[0].from[0]');
  });

  it('points at the field: file, line and column from the parser', () => {
    const text = two + np('prod', 'p', '{podSelector: {matchLabels: {app: db}}, ingress: [{from: [{podSelector: {matchLabels: {app: wbe}}}]}]}');
    const f = run(text).find((x) => x.code === 'KPD102')!;
    const line = text.split('\n').findIndex((l) => l.includes('wbe')) + 1;
    expect(f).toMatchObject({ file: 'm.yaml', line, object: 'NetworkPolicy prod/p' });
    expect(text.split('\n')[line - 1]!.slice(f.column! - 1)).toMatch(/^\{podSelector: \{matchLabels: \{app: wbe/);
  });

  it('finds positions inside a kind: List', () => {
    const text = `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: a, namespace: x, labels: {app: a}}\n  - apiVersion: networking.k8s.io/v1\n    kind: NetworkPolicy\n    metadata: {name: p, namespace: x}\n    spec:\n      podSelector: {matchLabels: {app: zzz}}\n`;
    const f = run(text).find((x) => x.code === 'KPD101')!;
    expect(f.line).toBe(11);
  });

  it('says "disable-connection-a-c" admits C, and leaves an honest deny alone', () => {
    const text =
      pod('shop', 'a') +
      pod('shop', 'c') +
      np('shop', 'default-deny', '{podSelector: {}, policyTypes: [Ingress]}') +
      np('shop', 'disable-connection-a-c', '{podSelector: {matchLabels: {app: a}}, ingress: [{from: [{podSelector: {matchLabels: {app: c}}}]}]}');
    expect(run(text).find((x) => x.code === 'KPD105')!.message).toContain('it admits shop/c');
  });

  it('takes an egress peer to kube-dns as matching, though kube-dns is not in the manifests', () => {
    expect(codes(two + np('prod', 'deny', `{podSelector: {}, policyTypes: [Egress], egress: [${dns}]}`))).not.toContain('KPD102');
  });

  it('leaves a rule-less default-deny alone even when other policies isolate its pods (a safety net)', () => {
    const text =
      two +
      np('prod', 'default-deny', '{podSelector: {}, policyTypes: [Ingress]}') +
      np('prod', 'db-from-web', '{podSelector: {}, ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]}');
    expect(codes(text)).not.toContain('KPD105');
  });

  it('names every STRICT target and caller, however many pairs there are (no evaluation budget cuts it short)', () => {
    // 460 × 460 caller-target pairs: past the 200,000 evaluations where the pair-by-pair rule used to stop.
    const callers = Array.from({ length: 460 }, (_, i) => pod('out', `c${String(i).padStart(3, '0')}`)).join('');
    const targets = Array.from({ length: 460 }, (_, i) => pod('pay', `t${String(i).padStart(3, '0')}`)).join('');
    const text =
      ns('pay', '{istio-injection: enabled}') +
      ns('out') +
      callers +
      targets +
      pa('pay', 's', '{mtls: {mode: STRICT}}') +
      np('pay', 'p', '{podSelector: {}, ingress: [{from: [{namespaceSelector: {}}]}]}');
    const found = run(text).filter((f) => f.code === 'KPD301');
    expect(found).toHaveLength(1);
    expect(found[0]!.params).toMatchObject({
      target: 'pay/t000, pay/t001, pay/t002, pay/t003, … (460 in all)',
      callers: 'out/c000, out/c001, out/c002, out/c003, … (460 in all)',
      ports: '5432/TCP, 8080/TCP',
    });
  });

  it('asks for both UDP and TCP 53, and names what is missing', () => {
    const udpOnly = `{to: [{namespaceSelector: {}, podSelector: {matchLabels: {k8s-app: kube-dns}}}], ports: [{port: 53, protocol: UDP}]}`;
    const f = run(two + np('prod', 'deny', `{podSelector: {}, policyTypes: [Egress], egress: [${udpOnly}]}`)).find((x) => x.code === 'KPD104')!;
    expect(f.message).toContain('TCP 53');
    expect(f.message).not.toContain('UDP 53');
  });
});

describe('the README', () => {
  it('documents every code on one line', async () => {
    const { readFileSync } = await import('node:fs');
    const { CODES } = await import('./codes');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const code of Object.keys(CODES)) expect(readme.split('\n').filter((l) => l.startsWith(`- \`${code}\``))).toHaveLength(1);
  });
});

describe('the admin tiers in kpd lint', () => {
  const cnp = (name: string, spec: string) =>
    `apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: ${name}}\nspec:\n  tier: Admin\n  priority: 1\n  subject: {namespaces: {matchLabels: {kubernetes.io/metadata.name: prod}}}\n${spec}---\n`;
  const pass = '  ingress: [{action: Pass, from: [{namespaces: {}}]}]\n';
  it('reports a Pass with nothing below it (KPD311) at the policy, and not once a NetworkPolicy isolates the pods', () => {
    const found = run(ns('prod') + two + cnp('hand-over', pass)).filter((f) => f.code === 'KPD311');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ object: 'ClusterNetworkPolicy hand-over', file: 'm.yaml', path: 'spec.ingress[0]' });
    expect(codes(ns('prod') + two + cnp('hand-over', pass) + np('prod', 'deny', '{podSelector: {}, policyTypes: [Ingress]}'))).not.toContain('KPD311');
  });
});
