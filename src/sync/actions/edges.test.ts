import { describe, expect, it } from 'vitest';
import { allowTraffic, removeEdge } from './edges';
import { setNamespaceSwitch } from './namespace';
import { setMesh } from './workload';
import { design, documentNamed, documents, error, ok, SHOP } from './fixture.test-helper';
import { readObject } from '../../yaml/edit-read';

const webToApi = { from: 'front/web', to: 'back/api', ports: [{ port: 9090, protocol: 'TCP' as const }] };

describe('allowTraffic', () => {
  it('writes one ingress NetworkPolicy in the destination namespace, appended, every other byte kept', () => {
    const out = ok(allowTraffic(SHOP, design(SHOP), webToApi));
    expect(out.startsWith(SHOP)).toBe(true);
    expect(out.slice(SHOP.length)).toBe(`---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-web-to-api
  namespace: back
  labels:
    app.kubernetes.io/managed-by: kube-policy-designer
  annotations:
    kube-policy-designer/edge: front/web -> back/api
spec:
  podSelector:
    matchLabels:
      app: api
  policyTypes:
  - Ingress
  ingress:
  - from:
    - namespaceSelector:
        matchLabels:
          kubernetes.io/metadata.name: front
      podSelector:
        matchLabels:
          app: web
    ports:
    - protocol: TCP
      port: 9090
`);
    const edge = design(out).edges.find((e) => e.id === 'edge:front/web->back/api')!;
    expect(edge).toMatchObject({ from: 'front/web', to: 'back/api', handWritten: false, ports: [{ port: 9090, protocol: 'TCP' }] });
    expect(edge.policies).toEqual([{ kind: 'NetworkPolicy', namespace: 'back', name: 'allow-web-to-api' }]);
  });

  it('uses a pod selector alone inside one namespace, and keeps named ports', () => {
    const text = SHOP.replace('name: api\n  namespace: back', 'name: api\n  namespace: front');
    const out = ok(allowTraffic(text, design(text), { from: 'front/web', to: 'front/api', ports: [{ port: 'http', protocol: 'TCP' }] }));
    const np = readObject(documentNamed(out, 'NetworkPolicy', 'allow-web-to-api')!)!;
    expect(np.spec).toEqual({
      podSelector: { matchLabels: { app: 'api' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } } }], ports: [{ protocol: 'TCP', port: 'http' }] }],
    });
    expect(design(out).edges[0]!.ports).toEqual([{ port: 'http', protocol: 'TCP' }]);
  });

  it('adds an egress policy in the source namespace when the source is egress-isolated', () => {
    const denied = ok(setNamespaceSwitch(SHOP, design(SHOP), 'front', { defaultDeny: true }));
    const out = ok(allowTraffic(denied, design(denied), webToApi));
    const egress = readObject(documentNamed(out, 'NetworkPolicy', 'allow-web-to-api-egress')!)!;
    expect(egress.metadata).toMatchObject({ namespace: 'front' });
    expect(egress.spec).toEqual({
      podSelector: { matchLabels: { app: 'web' } },
      policyTypes: ['Egress'],
      egress: [
        {
          to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'back' } }, podSelector: { matchLabels: { app: 'api' } } }],
          ports: [{ protocol: 'TCP', port: 9090 }],
        },
      ],
    });
    expect(design(out).edges).toHaveLength(1);
    expect(
      design(out)
        .edges[0]!.policies.map((p) => p.name)
        .sort(),
    ).toEqual(['allow-web-to-api', 'allow-web-to-api-egress']);
  });

  it('counts a hand-written egress policy as isolation too', () => {
    const text = `${SHOP}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web-egress-lockdown, namespace: front}
spec:
  podSelector: {matchLabels: {tier: frontend}}
  policyTypes: [Egress]
`;
    expect(design(text).workloads.find((w) => w.id === 'front/web')!.egressIsolated).toBe(true);
    expect(ok(allowTraffic(text, design(text), webToApi))).toContain('name: allow-web-to-api-egress');
  });

  it('adds an ALLOW AuthorizationPolicy by service-account principal for a mesh destination, with methods, paths and numeric ports', () => {
    const meshed = ok(setMesh(SHOP, design(SHOP), 'back/api', true));
    const out = ok(allowTraffic(meshed, design(meshed), { from: 'front/web', to: 'back/api', ports: [{ port: 'http', protocol: 'TCP' }], methods: ['get'], paths: ['/v1/*'] }));
    const ap = readObject(documentNamed(out, 'AuthorizationPolicy', 'allow-web-to-api')!)!;
    expect(ap.spec).toEqual({
      selector: { matchLabels: { app: 'api' } },
      action: 'ALLOW',
      rules: [{ from: [{ source: { principals: ['cluster.local/ns/front/sa/default'] } }], to: [{ operation: { ports: ['9090'], methods: ['GET'], paths: ['/v1/*'] } }] }],
    });
    const edge = design(out).edges[0]!;
    expect(edge).toMatchObject({ methods: ['GET'], paths: ['/v1/*'], ports: [{ port: 'http', protocol: 'TCP' }] });
  });

  it('writes no AuthorizationPolicy for a UDP-only edge (Istio proxies TCP only)', () => {
    const meshed = ok(setMesh(SHOP, design(SHOP), 'back/api', true));
    const out = ok(allowTraffic(meshed, design(meshed), { from: 'front/web', to: 'back/api', ports: [{ port: 9090, protocol: 'UDP' }] }));
    expect(out).not.toContain('kind: AuthorizationPolicy');
  });

  it('edges from a whole namespace and from an outside CIDR', () => {
    const fromNs = ok(allowTraffic(SHOP, design(SHOP), { from: 'namespace:front', to: 'back/api', ports: [] }));
    const np = readObject(documentNamed(fromNs, 'NetworkPolicy', 'allow-ns-front-to-api')!)!;
    expect(np.spec).toEqual({
      podSelector: { matchLabels: { app: 'api' } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'front' } } }] }],
    });
    const fromNet = ok(allowTraffic(SHOP, design(SHOP), { from: 'external:0.0.0.0/0', to: 'front/web', ports: [{ port: 8080, protocol: 'TCP' }] }));
    const np2 = readObject(documentNamed(fromNet, 'NetworkPolicy', 'allow-internet-to-web')!)!;
    expect((np2.spec as { ingress: unknown[] }).ingress).toEqual([{ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }], ports: [{ protocol: 'TCP', port: 8080 }] }]);
    expect(design(fromNet).externals.map((e) => e.cidr)).toEqual(['0.0.0.0/0']);
    expect(design(fromNet).edges[0]).toMatchObject({ from: 'external:0.0.0.0/0', to: 'front/web', handWritten: false });
  });

  it('edges to a whole namespace select every pod there', () => {
    const out = ok(allowTraffic(SHOP, design(SHOP), { from: 'front/web', to: 'namespace:back', ports: [] }));
    const np = readObject(documentNamed(out, 'NetworkPolicy', 'allow-web-to-ns-back')!)!;
    expect((np.spec as { podSelector: unknown }).podSelector).toEqual({});
    expect(design(out).edges[0]).toMatchObject({ from: 'front/web', to: 'namespace:back' });
  });

  it('refuses an edge to the outside from a source nothing isolates (it is allowed already)', () => {
    expect(error(allowTraffic(SHOP, design(SHOP), { from: 'front/web', to: 'external:0.0.0.0/0', ports: [] }))).toMatch(/Default deny/);
    const denied = ok(setNamespaceSwitch(SHOP, design(SHOP), 'front', { defaultDeny: true }));
    const out = ok(allowTraffic(denied, design(denied), { from: 'front/web', to: 'external:10.0.0.0/8', ports: [{ port: 443, protocol: 'TCP' }] }));
    expect(out).toContain('name: allow-web-to-cidr-10-0-0-0-8-egress');
  });

  it('refuses bad input with a message, never writing YAML', () => {
    const d = design(SHOP);
    expect(error(allowTraffic(SHOP, d, { ...webToApi, ports: [{ port: 70000, protocol: 'TCP' }] }))).toMatch(/out of range/);
    expect(error(allowTraffic(SHOP, d, { ...webToApi, ports: [{ port: 9000, endPort: 80, protocol: 'TCP' }] }))).toMatch(/end port/);
    expect(error(allowTraffic(SHOP, d, { ...webToApi, ports: [{ port: 'Not_A_Name', protocol: 'TCP' }] }))).toMatch(/port name/);
    expect(error(allowTraffic(SHOP, d, { ...webToApi, ports: [{ port: 'grpc', protocol: 'TCP' }] }))).toMatch(/no TCP port named "grpc"/);
    expect(error(allowTraffic(SHOP, d, { ...webToApi, to: 'back/nope' }))).toMatch(/unknown workload/);
    expect(error(allowTraffic(SHOP, d, { ...webToApi, to: 'front/web' }))).toMatch(/two different ends/);
    expect(error(allowTraffic(SHOP, d, { from: 'external:0.0.0.0/0', to: 'external:10.0.0.0/8', ports: [] }))).toMatch(/outside addresses/);
    expect(error(allowTraffic(SHOP, d, { ...webToApi, from: 'external:10.0.0.300/8' }))).toMatch(/not a CIDR/);
    expect(error(allowTraffic(SHOP, d, { ...webToApi, methods: ['GET'] }))).toMatch(/in the mesh/);
  });

  it('refuses a workload whose labels do not tell it apart (the policy would cover its neighbour too)', () => {
    const twin = SHOP.replace('labels: {app: api}', 'labels: {app: web}').replace('name: api\n  namespace: back', 'name: api\n  namespace: front');
    const d = design(twin);
    // web's app label is shared, but all its labels (app + tier) still single it out; api's only label does not.
    expect(error(allowTraffic(twin, d, { from: 'front/web', to: 'front/api', ports: [] }))).toBe(
      'front/api has the same labels as web: give it a label of its own first, or the policy would cover both',
    );
    expect(ok(allowTraffic(twin, d, { from: 'namespace:back', to: 'front/web', ports: [] }))).toMatch(/app: web\n\s+tier: frontend/);
  });

  it('redrawing an edge changes its policy in place; removing it removes every document of it', () => {
    const first = ok(allowTraffic(SHOP, design(SHOP), webToApi));
    const again = ok(allowTraffic(first, design(first), { ...webToApi, ports: [{ port: 9100, protocol: 'TCP' }] }));
    expect(documents(again)).toHaveLength(documents(first).length);
    expect(again).toContain('port: 9100');
    expect(again.slice(0, SHOP.length)).toBe(SHOP);
    const removed = ok(removeEdge(again, design(again), 'edge:front/web->back/api'));
    expect(removed).toBe(SHOP);
  });

  it('does not remove a hand-written edge', () => {
    const text = `${SHOP}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-from-web, namespace: back}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress:
  - from: [{namespaceSelector: {}, podSelector: {matchLabels: {app: web}}}]
`;
    const edge = design(text).edges.find((e) => e.handWritten)!;
    expect(error(removeEdge(text, design(text), edge.id))).toMatch(/hand-written NetworkPolicy back\/api-from-web/);
  });
});
