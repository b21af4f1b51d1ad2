import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { regenerate } from './regenerate';
import { allowTraffic } from './actions/edges';
import { ok, SHOP } from './actions/fixture.test-helper';

const design = (text: string, extra: string[] = []) => analyse(text, extra).design;
const edges = (text: string) => design(text).edges.map((e) => ({ from: e.from, to: e.to, ports: e.ports, hw: e.handWritten, rule: e.policies[0]?.rule }));

const CLUSTER = `apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: web}}
---
apiVersion: v1
kind: Namespace
metadata: {name: data, labels: {team: db}}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web, tier: front}}
spec: {containers: [{name: c, image: x, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: cart, namespace: shop, labels: {app: cart, tier: front}}
spec: {containers: [{name: c, image: x}]}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: data, labels: {app: db}}
spec: {serviceAccountName: db, containers: [{name: c, image: x, ports: [{name: pg, containerPort: 5432}]}]}
`;
const withPolicy = (policy: string) => `${CLUSTER}---\n${policy}`;

describe('designFromParse: objects', () => {
  it('lists namespaces from Namespace objects and from what lives in them, sorted', () => {
    const d = design(`${CLUSTER}---\napiVersion: v1\nkind: Pod\nmetadata: {name: x, namespace: implicit}\nspec: {containers: [{name: c, image: x}]}\n`);
    expect(d.namespaces.map((n) => [n.name, n.labels])).toEqual([
      ['data', { team: 'db' }],
      ['implicit', {}],
      ['shop', { team: 'web' }],
    ]);
    expect(d.workloads.map((w) => w.id)).toEqual(['shop/web', 'shop/cart', 'data/db', 'implicit/x']);
    expect(d.workloads.find((w) => w.id === 'data/db')).toMatchObject({
      kind: 'Pod',
      serviceAccount: 'db',
      ports: [{ name: 'pg', containerPort: 5432, protocol: 'TCP' }],
      mesh: false,
    });
  });

  it('keeps outside addresses drawn but not yet used (extraExternals)', () => {
    expect(design(CLUSTER, ['10.0.0.0/8']).externals).toEqual([{ id: 'external:10.0.0.0/8', cidr: '10.0.0.0/8', except: [] }]);
  });
});

describe('designFromParse: hand-written policies become hand-written edges to what they admit', () => {
  it('matchExpressions are resolved to the concrete workloads', () => {
    const text = withPolicy(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-front, namespace: data}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
  - from:
    - namespaceSelector: {matchExpressions: [{key: team, operator: In, values: [web]}]}
      podSelector: {matchExpressions: [{key: tier, operator: Exists}]}
    ports: [{port: pg}]
`);
    expect(edges(text)).toEqual([
      { from: 'shop/web', to: 'data/db', ports: [{ port: 'pg', protocol: 'TCP' }], hw: true, rule: 'ingress[0].from[0]' },
      { from: 'shop/cart', to: 'data/db', ports: [{ port: 'pg', protocol: 'TCP' }], hw: true, rule: 'ingress[0].from[0]' },
    ]);
  });

  it('an ipBlock with except is an edge from that CIDR, and the external node carries the except list', () => {
    const text = withPolicy(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-from-net, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress: [{from: [{ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8]}}], ports: [{port: 8080}]}]
`);
    expect(edges(text)).toEqual([{ from: 'external:0.0.0.0/0', to: 'shop/web', ports: [{ port: 8080, protocol: 'TCP' }], hw: true, rule: 'ingress[0].from[0]' }]);
    expect(design(text).externals).toEqual([{ id: 'external:0.0.0.0/0', cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] }]);
  });

  it('several peers give an edge per peer; a namespaceSelector alone is the namespace node; an empty podSelector the own namespace', () => {
    const text = withPolicy(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-ingress, namespace: data}
spec:
  podSelector: {}
  policyTypes: [Ingress]
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {team: web}}
    - podSelector: {}
    - podSelector: {matchLabels: {app: web}}
      namespaceSelector: {}
`);
    expect(edges(text).map((e) => `${e.from} -> ${e.to} ${e.rule}`)).toEqual([
      'namespace:shop -> namespace:data ingress[0].from[0]',
      'shop/web -> namespace:data ingress[0].from[2]',
    ]);
  });

  it('egress rules draw from the selected pods; rules without peers draw nothing (the overlay shows them)', () => {
    const text = withPolicy(`apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-out, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  policyTypes: [Egress]
  egress:
  - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: data}}, podSelector: {matchLabels: {app: db}}}]
    ports: [{port: 5432, protocol: TCP}, {port: 5433}]
  - ports: [{port: 53, protocol: UDP}]
`);
    expect(edges(text)).toEqual([
      {
        from: 'shop/web',
        to: 'data/db',
        ports: [
          { port: 5432, protocol: 'TCP' },
          { port: 5433, protocol: 'TCP' },
        ],
        hw: true,
        rule: 'egress[0].to[0]',
      },
    ]);
    expect(design(text).workloads.find((w) => w.id === 'shop/web')!.egressIsolated).toBe(true);
    expect(design(text).workloads.find((w) => w.id === 'shop/cart')!.egressIsolated).toBe(false);
  });

  it('AuthorizationPolicy ALLOW rules: principals to workloads in the mesh, namespaces to namespace nodes; DENY draws nothing', () => {
    const meshed = CLUSTER.replace('metadata: {name: shop, labels: {team: web}}', 'metadata: {name: shop, labels: {team: web, istio-injection: enabled}}').replace(
      'metadata: {name: data, labels: {team: db}}',
      'metadata: {name: data, labels: {team: db, istio-injection: enabled}}',
    );
    const text = `${meshed}---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: db-allow, namespace: data}
spec:
  selector: {matchLabels: {app: db}}
  rules:
  - from: [{source: {principals: [cluster.local/ns/shop/sa/default]}}]
    to: [{operation: {ports: ["5432"], methods: [GET]}}]
  - from: [{source: {namespaces: [sho*]}}]
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: db-deny, namespace: data}
spec:
  action: DENY
  rules: [{from: [{source: {namespaces: [shop]}}]}]
`;
    const d = design(text);
    expect(d.edges.map((e) => ({ from: e.from, to: e.to, ports: e.ports, methods: e.methods, rule: e.policies[0]!.rule }))).toEqual([
      { from: 'shop/web', to: 'data/db', ports: [{ port: 5432, protocol: 'TCP' }], methods: ['GET'], rule: 'rules[0]' },
      { from: 'shop/cart', to: 'data/db', ports: [{ port: 5432, protocol: 'TCP' }], methods: ['GET'], rule: 'rules[0]' },
      { from: 'namespace:shop', to: 'data/db', ports: [], methods: undefined, rule: 'rules[1]' },
    ]);
  });
});

describe("designFromParse: the designer's own documents", () => {
  const drawn = ok(allowTraffic(SHOP, analyse(SHOP).design, { from: 'front/web', to: 'back/api', ports: [{ port: 'http', protocol: 'TCP' }] }));

  it('gives the drawn edge back exactly, named port included', () => {
    expect(design(drawn).edges).toEqual([
      {
        id: 'edge:front/web->back/api',
        from: 'front/web',
        to: 'back/api',
        ports: [{ port: 'http', protocol: 'TCP' }],
        handWritten: false,
        policies: [{ kind: 'NetworkPolicy', namespace: 'back', name: 'allow-web-to-api' }],
      },
    ]);
  });

  it('a managed policy extended by hand becomes hand-written: drawn as such and never rewritten', () => {
    const extended = drawn.replace(
      '    ports:\n    - protocol: TCP\n      port: http\n',
      '    ports:\n    - protocol: TCP\n      port: http\n  - from:\n    - podSelector: {matchLabels: {app: api}}\n',
    );
    expect(extended).not.toBe(drawn);
    const d = design(extended);
    expect(d.edges.every((e) => e.handWritten)).toBe(true);
    expect(regenerate(extended, d)).toBe(extended);
  });

  it('a managed policy whose workload left the canvas is kept (hand-written) until the user removes it', () => {
    const renamedInEditor = drawn.replace('  name: web\n  namespace: front', '  name: www\n  namespace: front');
    const d = design(renamedInEditor);
    expect(d.edges).toEqual([expect.objectContaining({ from: 'front/www', to: 'back/api', handWritten: true })]);
    expect(regenerate(renamedInEditor, d)).toBe(renamedInEditor);
  });

  it("a managed label on a document of another shape does not make it the designer's", () => {
    const text = `${SHOP}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
  namespace: front
  labels: {app.kubernetes.io/managed-by: kube-policy-designer}
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;
    const d = design(text);
    expect(d.namespaces.find((n) => n.name === 'front')!.defaultDeny).toBe(false);
    expect(regenerate(text, d)).toBe(text);
  });
});
