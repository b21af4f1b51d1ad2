import { describe, expect, it } from 'vitest';
import { readObject } from '../../yaml/edit-read';
import { allowTraffic } from './edges';
import { setNamespaceSwitch } from './namespace';
import { addExternal, moveWorkload, removeNodes, renameNode } from './nodes';
import { setServiceAccount } from './workload';
import { design, documentNamed, documents, error, ok, SHOP } from './fixture.test-helper';

const edged = ok(allowTraffic(SHOP, design(SHOP), { from: 'front/web', to: 'back/api', ports: [{ port: 9090, protocol: 'TCP' }] }));

describe('addExternal', () => {
  it('keeps a drawn CIDR as view state (extraExternals) until a policy uses it', () => {
    expect(addExternal(SHOP, design(SHOP), [], '10.0.0.0/8')).toEqual({ text: SHOP, id: 'external:10.0.0.0/8', extraExternals: ['10.0.0.0/8'] });
    expect(addExternal(SHOP, design(SHOP), ['10.0.0.0/8'], '10.0.0.0/8')).toEqual({ text: SHOP, id: 'external:10.0.0.0/8' });
    expect(design(SHOP).externals).toEqual([]);
    expect(error(addExternal(SHOP, design(SHOP), [], '10.0.0.1'))).toMatch(/not a CIDR/);
    expect(error(addExternal(SHOP, design(SHOP), [], '10.0.0.0/33'))).toMatch(/not a CIDR/);
  });
});

describe('removeNodes', () => {
  it("removes a workload's manifest and the managed policies of its edges, nothing else", () => {
    const out = ok(removeNodes(edged, design(edged), [], ['back/api']));
    expect(out).toBe(SHOP.replace(documents(SHOP)[3]! + '---\n', ''));
    expect(design(out).edges).toEqual([]);
  });

  it('removes a namespace with every object in it, and the edges of those objects elsewhere', () => {
    const denied = ok(setNamespaceSwitch(edged, design(edged), 'front', { defaultDeny: true }));
    expect(denied).toContain('allow-web-to-api-egress');
    const out = ok(removeNodes(denied, design(denied), [], ['namespace:back']));
    expect(out).not.toMatch(/namespace: back|name: back|allow-web-to-api/);
    expect(out).toContain('name: default-deny');
    expect(design(out).namespaces.map((n) => n.name)).toEqual(['front']);
    expect(design(out).workloads.map((w) => w.id)).toEqual(['front/web']);
  });

  it('removes an outside address from the view and the policies of its edges', () => {
    const denied = ok(setNamespaceSwitch(SHOP, design(SHOP), 'front', { defaultDeny: true }));
    const withNet = ok(allowTraffic(denied, design(denied), { from: 'front/web', to: 'external:0.0.0.0/0', ports: [] }));
    expect(withNet).toContain('allow-web-to-internet-egress');
    const r = removeNodes(withNet, design(withNet), ['0.0.0.0/0', '10.0.0.0/8'], ['external:0.0.0.0/0']);
    expect(r).toEqual({ text: denied, extraExternals: ['10.0.0.0/8'] });
  });

  it('keeps hand-written policies that mention a removed workload', () => {
    const text = `${SHOP}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-from-web, namespace: back}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress: [{from: [{namespaceSelector: {}, podSelector: {matchLabels: {app: web}}}]}]
`;
    const out = ok(removeNodes(text, design(text), [], ['front/web']));
    expect(out).toContain('name: api-from-web');
  });
});

describe('moveWorkload', () => {
  it('changes metadata.namespace in place and re-targets its managed edges, in place', () => {
    const out = ok(moveWorkload(edged, design(edged), 'front/web', 'back'));
    expect(readObject(documentNamed(out, 'Deployment', 'web')!)!.metadata).toEqual({ name: 'web', namespace: 'back' });
    expect(documents(out)).toHaveLength(documents(edged).length);
    const np = readObject(documents(out).at(-1)!)!;
    expect(np.metadata).toMatchObject({ name: 'allow-web-to-api', namespace: 'back', annotations: { 'kube-policy-designer/edge': 'back/web -> back/api' } });
    expect((np.spec as { ingress: unknown }).ingress).toEqual([{ from: [{ podSelector: { matchLabels: { app: 'web' } } }], ports: [{ protocol: 'TCP', port: 9090 }] }]);
    expect(design(out).edges.map((e) => e.id)).toEqual(['edge:back/web->back/api']);
  });

  it('takes a non-default service account along, and creates a new namespace', () => {
    const sa = ok(setServiceAccount(SHOP, design(SHOP), 'front/web', 'web'));
    const out = ok(moveWorkload(sa, design(sa), 'front/web', 'edge'));
    expect(documentNamed(out, 'Namespace', 'edge')).toBeDefined();
    expect(out).toMatch(/kind: ServiceAccount\nmetadata:\n {2}name: web\n {2}namespace: edge/);
    expect(design(out).workloads.find((w) => w.id === 'edge/web')!.serviceAccount).toBe('web');
  });

  it('refuses a name clash', () => {
    const text = SHOP.replace('name: api\n  namespace: back', 'name: web\n  namespace: back');
    expect(error(moveWorkload(text, design(text), 'front/web', 'back'))).toBe('namespace back already has a workload named web');
  });
});

describe('renameNode', () => {
  it('renames a workload, its app label and selector, and its policies in place', () => {
    const out = ok(renameNode(edged, design(edged), 'front/web', 'www'));
    const d = readObject(documentNamed(out, 'Deployment', 'www')!)! as { spec: { selector: unknown; template: { metadata: { labels: unknown } } } };
    expect(d.spec.selector).toEqual({ matchLabels: { app: 'www' } });
    expect(d.spec.template.metadata.labels).toEqual({ app: 'www', tier: 'frontend' });
    expect(documents(out)).toHaveLength(documents(edged).length);
    expect(documents(out).at(-1)).toContain('name: allow-www-to-api');
    expect(out).not.toContain('allow-web-to-api');
    expect(design(out).edges.map((e) => e.id)).toEqual(['edge:front/www->back/api']);
  });

  it('renames a namespace with everything in it, and the selectors of managed policies that name it', () => {
    const out = ok(renameNode(edged, design(edged), 'namespace:back', 'backend'));
    expect(out).not.toMatch(/\bback\b(?!end)/);
    expect(documents(out)).toHaveLength(documents(edged).length);
    expect(design(out).namespaces.map((n) => n.name)).toEqual(['backend', 'front']);
    expect(design(out).edges.map((e) => e.id)).toEqual(['edge:front/web->backend/api']);
    expect(readObject(documents(out).find((d) => d.includes('kind: ConfigMap'))!)!.metadata).toEqual({ name: 'settings', namespace: 'backend' });
    const front = ok(renameNode(edged, design(edged), 'namespace:front', 'web-tier'));
    expect(front).toContain('kubernetes.io/metadata.name: web-tier');
  });

  it('refuses invalid names, clashes, system namespaces and outside addresses', () => {
    expect(error(renameNode(SHOP, design(SHOP), 'front/web', 'Web'))).toMatch(/lowercase/);
    expect(error(renameNode(SHOP, design(SHOP), 'namespace:front', 'back'))).toBe('namespace back already exists');
    const text = SHOP.replace('name: api\n  namespace: back', 'name: api\n  namespace: front');
    expect(error(renameNode(text, design(text), 'front/web', 'api'))).toBe('workload front/api already exists');
    const dflt = SHOP.replace('namespace: front', 'namespace: default');
    expect(error(renameNode(dflt, design(dflt), 'namespace:default', 'x'))).toMatch(/system namespace/);
    expect(error(renameNode(SHOP, design(SHOP), 'external:0.0.0.0/0', 'x'))).toMatch(/CIDR/);
  });
});
