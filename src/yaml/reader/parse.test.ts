import { describe, expect, it } from 'vitest';
import { parseManifests } from '../parse';

const parse = (text: string, file = 'm.yaml') => parseManifests([{ file, text }]);

describe('parseManifests', () => {
  it('reads pod labels from the template of a Deployment, not from its own metadata', () => {
    const r = parse(`apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: prod, labels: {owner: me}}
spec:
  template:
    metadata: {labels: {app: web}}
    spec:
      serviceAccountName: web-sa
      containers: [{name: c, image: x, ports: [{containerPort: 80, name: http}, {containerPort: 53, protocol: UDP}]}]
`);
    expect(r.diagnostics).toEqual([]);
    const w = r.cluster.workloads[0]!;
    expect({ ...w.labels }).toEqual({ app: 'web' });
    expect(w.serviceAccount).toBe('web-sa');
    expect(w.ports).toEqual([
      { name: 'http', containerPort: 80, protocol: 'TCP' },
      { containerPort: 53, protocol: 'UDP' },
    ]);
    expect(w.origin).toMatchObject({ file: 'm.yaml', line: 1, doc: 0 });
  });

  it('reads a CronJob pod template under spec.jobTemplate.spec.template', () => {
    const r = parse(`apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec: {schedule: "@daily", jobTemplate: {spec: {template: {metadata: {labels: {job: nightly}}, spec: {containers: [{name: c, image: x}]}}}}}
`);
    expect(r.cluster.workloads[0]).toMatchObject({ kind: 'CronJob', namespace: 'default', labels: { job: 'nightly' } });
  });

  it('keeps absent ingress/policyTypes absent and ingress: [] as an empty list', () => {
    const r = parse(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: a}
spec: {podSelector: {}}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: b}
spec: {podSelector: {}, ingress: [], policyTypes: [Ingress]}
`);
    const [a, b] = r.cluster.networkPolicies;
    expect(a!.ingress).toBeUndefined();
    expect(a!.policyTypes).toBeUndefined();
    expect(b!.ingress).toEqual([]);
    expect(b!.policyTypes).toEqual(['Ingress']);
    expect(r.documents.map((d) => d.doc)).toEqual([0, 1]);
  });

  it('places a schema error at the field, skips that document and keeps the others', () => {
    const r = parse(`apiVersion: v1
kind: Namespace
metadata: {name: prod}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: bad, namespace: prod}
spec:
  podSelector: {}
  ingress:
    - from:
        - podSelector: {matchLabels: {app: web}}
        - podSelector: web
`);
    expect(r.cluster.namespaces.map((n) => n.name)).toEqual(['prod']);
    expect(r.cluster.networkPolicies).toEqual([]);
    const err = r.diagnostics.find((d) => d.severity === 'error')!;
    expect(err).toMatchObject({ file: 'm.yaml', line: 13, col: 24, path: 'spec.ingress[0].from[1].podSelector' });
    expect(err.message).toContain('spec.ingress[0].from[1].podSelector: must be a mapping');
    expect(r.documents[1]).toMatchObject({ invalid: true, ref: { kind: 'NetworkPolicy', name: 'bad' } });
  });

  it('reports a syntax error with its line and column', () => {
    const r = parse('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: [oops\n');
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', line: expect.any(Number), col: expect.any(Number) });
    expect(r.diagnostics[0]!.message).toMatch(/YAML syntax error/);
    expect(r.cluster.namespaces).toEqual([]);
  });

  it('asks for quotes around a numeric label value', () => {
    const r = parse('apiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: {tier: 1}}\n');
    expect(r.diagnostics[0]!.message).toContain('quote it');
  });

  it('keeps __proto__ and constructor as plain label keys', () => {
    const r = parse('apiVersion: v1\nkind: Namespace\nmetadata: {name: a, labels: {__proto__: x, constructor: y}}\n');
    const labels = r.cluster.namespaces[0]!.labels;
    expect(Object.keys(labels).sort()).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.getPrototypeOf(labels)).toBeNull();
  });

  it('refuses an alias bomb quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`,
      );
    const t = Date.now();
    const r = parse(lines.join('\n'));
    expect(Date.now() - t).toBeLessThan(5000);
    expect(r.diagnostics.some((d) => /alias/.test(d.message))).toBe(true);
  });

  it('refuses binary junk and oversized text without throwing', () => {
    expect(parse('\u0000\u0001\u0002').diagnostics[0]!.message).toMatch(/binary/);
    expect(parse('x'.repeat(21 * 1024 * 1024)).diagnostics[0]!.message).toMatch(/larger than 20 MB/);
    expect(parse('').diagnostics).toEqual([]);
  });

  it('reads typed lists whose items carry no kind (kubectl get -o json)', () => {
    const r = parse(JSON.stringify({ apiVersion: 'v1', kind: 'NamespaceList', items: [{ metadata: { name: 'x' } }, { metadata: { name: 'y' } }] }), 'ns.json');
    expect(r.cluster.namespaces.map((n) => n.name)).toEqual(['x', 'y']);
    expect(r.diagnostics).toEqual([]);
  });

  it('keeps unknown kinds verbatim and says they are not modelled', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {k: v} # keep me\n';
    const r = parse(text);
    expect(r.cluster.unmodelled[0]).toMatchObject({ kind: 'ConfigMap', name: 'c' });
    expect(r.cluster.unmodelled[0]!.text).toContain('# keep me');
    expect(r.diagnostics[0]).toMatchObject({ severity: 'info' });
  });

  it('validates ports, endPort and match expressions with a fix in the message', () => {
    const r = parse(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: p}
spec:
  podSelector: {matchExpressions: [{key: app, operator: In}]}
  ingress: [{ports: [{port: 70000}, {port: http, endPort: 90}]}]
`);
    const msgs = r.diagnostics.map((d) => d.message).join('\n');
    expect(msgs).toContain('needs a non-empty values list');
    expect(msgs).toContain('out of range');
    expect(msgs).toContain('endPort needs a numeric port');
  });

  it('reads Istio policies of v1 and v1beta1', () => {
    const r = parse(`apiVersion: security.istio.io/v1beta1
kind: PeerAuthentication
metadata: {name: default, namespace: istio-system}
spec: {mtls: {mode: STRICT}, portLevelMtls: {8080: {mode: DISABLE}}}
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: allow, namespace: prod}
spec:
  selector: {matchLabels: {app: pay}}
  rules: [{from: [{source: {principals: [cluster.local/ns/order/sa/order]}}], to: [{operation: {methods: [POST], ports: [8080]}}]}, {}]
`);
    expect(r.cluster.peerAuthentications[0]).toMatchObject({ mode: 'STRICT', portLevelMtls: { 8080: 'DISABLE' } });
    const ap = r.cluster.authorizationPolicies[0]!;
    expect(ap.rules![0]!.to![0]!.operation.ports).toEqual(['8080']);
    expect(ap.rules![1]).toEqual({});
  });

  it('keeps what makes an AuthorizationPolicy not apply to sidecars: the dry-run annotation, targetRef and targetRefs', () => {
    const r = parse(`apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: dry, namespace: prod, annotations: {istio.io/dry-run: "true"}}
spec: {action: DENY, rules: [{}]}
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: one, namespace: prod}
spec: {targetRef: {kind: Gateway, group: gateway.networking.k8s.io, name: gw}, rules: [{}]}
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: many, namespace: prod, annotations: {istio.io/dry-run: "false"}}
spec: {targetRefs: [{kind: Service, group: "", name: a}, {kind: Gateway, name: b}]}
`);
    const [dry, one, many] = r.cluster.authorizationPolicies;
    expect(dry).toMatchObject({ dryRun: true });
    expect(dry!.targetRefs).toBeUndefined();
    expect(one!.targetRefs).toEqual([{ kind: 'Gateway', group: 'gateway.networking.k8s.io', name: 'gw' }]);
    expect(many!.dryRun).toBeUndefined();
    expect(many!.targetRefs).toEqual([
      { kind: 'Service', group: '', name: 'a' },
      { kind: 'Gateway', name: 'b' },
    ]);
  });
});
