import { describe, expect, it } from 'vitest';
import { readObject } from '../../yaml/edit-read';
import { allowTraffic } from './edges';
import { addNamespace, setNamespaceSwitch } from './namespace';
import { design, documentNamed, documents, error, ok, SHOP } from './fixture.test-helper';

describe('addNamespace', () => {
  it('appends a Namespace document and nothing else', () => {
    const out = ok(addNamespace(SHOP, design(SHOP), 'data'));
    expect(out).toBe(`${SHOP}---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: data\n`);
    expect(design(out).namespaces.map((n) => n.name)).toEqual(['back', 'data', 'front']);
  });

  it('names it namespace-N when no name is given, and starts an empty text without a separator', () => {
    expect(addNamespace('', design(''), undefined)).toEqual({ text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: namespace-1\n', id: 'namespace:namespace-1' });
    const one = ok(addNamespace('', design(''), undefined));
    expect(addNamespace(one, design(one), undefined)).toMatchObject({ id: 'namespace:namespace-2' });
  });

  it('refuses duplicates and names the API server would reject', () => {
    expect(error(addNamespace(SHOP, design(SHOP), 'front'))).toBe('namespace "front" already exists');
    expect(error(addNamespace(SHOP, design(SHOP), 'Front'))).toMatch(/lowercase/);
    expect(error(addNamespace(SHOP, design(SHOP), 'a'.repeat(64)))).toMatch(/longer than 63/);
    expect(error(addNamespace(SHOP, design(SHOP), ''))).toMatch(/empty/);
  });
});

describe('setNamespaceSwitch', () => {
  it('"Default deny" writes default-deny (Ingress and Egress for every pod) and reads back on; off removes it exactly', () => {
    const on = ok(setNamespaceSwitch(SHOP, design(SHOP), 'front', { defaultDeny: true }));
    expect(on.slice(0, SHOP.length)).toBe(SHOP);
    const np = readObject(documentNamed(on, 'NetworkPolicy', 'default-deny')!)!;
    expect(np).toEqual({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'default-deny', namespace: 'front', labels: { 'app.kubernetes.io/managed-by': 'kube-policy-designer' } },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    });
    expect(design(on).namespaces.find((n) => n.name === 'front')).toMatchObject({ defaultDeny: true, allowDns: false });
    expect(design(on).edges).toEqual([]);
    expect(ok(setNamespaceSwitch(on, design(on), 'front', { defaultDeny: false }))).toBe(SHOP);
  });

  it('"Allow DNS" writes allow-dns: egress to kube-system kube-dns on 53 UDP and TCP', () => {
    const on = ok(setNamespaceSwitch(SHOP, design(SHOP), 'back', { allowDns: true }));
    const np = readObject(documentNamed(on, 'NetworkPolicy', 'allow-dns')!)!;
    expect(np.spec).toEqual({
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        {
          to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
          ports: [
            { protocol: 'UDP', port: 53 },
            { protocol: 'TCP', port: 53 },
          ],
        },
      ],
    });
    expect(design(on).namespaces.find((n) => n.name === 'back')!.allowDns).toBe(true);
  });

  it('"Istio mTLS" writes PeerAuthentication default and labels the namespace for injection; off removes the policy', () => {
    const strict = ok(setNamespaceSwitch(SHOP, design(SHOP), 'back', { mtls: 'STRICT' }));
    expect(readObject(documentNamed(strict, 'PeerAuthentication', 'default')!)).toMatchObject({
      apiVersion: 'security.istio.io/v1',
      metadata: { namespace: 'back' },
      spec: { mtls: { mode: 'STRICT' } },
    });
    expect(strict).toContain('metadata: { name: back, labels: { istio-injection: enabled } }');
    const ns = design(strict).namespaces.find((n) => n.name === 'back')!;
    expect(ns).toMatchObject({ mtls: 'STRICT', injection: true });
    expect(design(strict).workloads.find((w) => w.id === 'back/api')!.mesh).toBe(true);
    const permissive = ok(setNamespaceSwitch(strict, design(strict), 'back', { mtls: 'PERMISSIVE' }));
    expect(permissive.replace('PERMISSIVE', 'STRICT')).toBe(strict);
    const off = ok(setNamespaceSwitch(permissive, design(permissive), 'back', { mtls: 'off' }));
    expect(off).not.toContain('PeerAuthentication');
    expect(design(off).namespaces.find((n) => n.name === 'back')).toMatchObject({ mtls: 'off', injection: true });
  });

  it('injection switch adds and removes the namespace label (and istio.io/rev)', () => {
    const on = ok(setNamespaceSwitch(SHOP, design(SHOP), 'front', { injection: true }));
    // The edited document keeps its comment (yaml prints one space before it); the others keep every byte.
    expect(documents(on)[0]).toBe('# shop: written by hand\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: front # the web tier\n  labels:\n    istio-injection: enabled\n');
    expect(documents(on).slice(1)).toEqual(documents(SHOP).slice(1));
    expect(design(on).workloads.find((w) => w.id === 'front/web')!.mesh).toBe(true);
    const off = ok(setNamespaceSwitch(on, design(on), 'front', { injection: false }));
    expect(off).toBe(SHOP.replace('name: front   #', 'name: front #'));
    const rev = SHOP.replace('metadata: {name: back}', 'metadata: {name: back, labels: {istio.io/rev: canary}}');
    expect(design(rev).namespaces.find((n) => n.name === 'back')!.injection).toBe(true);
    expect(ok(setNamespaceSwitch(rev, design(rev), 'back', { injection: false }))).toContain('metadata: { name: back }');
  });

  it('turning default deny (or Allow DNS, which also isolates egress) on adds egress policies for edges that start there', () => {
    const edged = ok(allowTraffic(SHOP, design(SHOP), { from: 'front/web', to: 'back/api', ports: [] }));
    const on = ok(setNamespaceSwitch(edged, design(edged), 'front', { defaultDeny: true }));
    expect(on).toContain('name: allow-web-to-api-egress');
    const off = ok(setNamespaceSwitch(on, design(on), 'front', { defaultDeny: false }));
    expect(off).toBe(edged);
    const dns = ok(setNamespaceSwitch(edged, design(edged), 'front', { allowDns: true }));
    expect(dns).toContain('name: allow-web-to-api-egress');
  });

  it('reads equivalent hand-written policies as on, and will not switch them off (it names them instead)', () => {
    const text = `${SHOP}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: lockdown, namespace: back}   # ours, do not touch
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: dns, namespace: back}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
  - to: [{namespaceSelector: {}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
    ports: [{port: 53, protocol: UDP}]
---
apiVersion: security.istio.io/v1beta1
kind: PeerAuthentication
metadata: {name: mesh-mtls, namespace: back}
spec:
  mtls: {mode: STRICT}
`;
    const ns = design(text).namespaces.find((n) => n.name === 'back')!;
    expect(ns).toMatchObject({ defaultDeny: true, allowDns: true, mtls: 'STRICT' });
    expect(ns.handWritten).toEqual({
      defaultDeny: [{ kind: 'NetworkPolicy', namespace: 'back', name: 'lockdown' }],
      allowDns: [{ kind: 'NetworkPolicy', namespace: 'back', name: 'dns' }],
      mtls: [{ kind: 'PeerAuthentication', namespace: 'back', name: 'mesh-mtls' }],
    });
    // The DNS rule is not drawn as an edge: the switch stands for it.
    expect(design(text).edges).toEqual([]);
    expect(error(setNamespaceSwitch(text, design(text), 'back', { defaultDeny: false }))).toBe(
      'default deny in back comes from hand-written lockdown: remove it in the YAML editor',
    );
    expect(error(setNamespaceSwitch(text, design(text), 'back', { allowDns: false }))).toMatch(/hand-written dns/);
    // mTLS of a hand-written PeerAuthentication is changed in place (UNSET = inherit = off).
    const off = ok(setNamespaceSwitch(text, design(text), 'back', { mtls: 'off' }));
    expect(documents(off).slice(0, -1)).toEqual(documents(text).slice(0, -1));
    expect(documents(off).at(-1)).toBe(
      'apiVersion: security.istio.io/v1beta1\nkind: PeerAuthentication\nmetadata: { name: mesh-mtls, namespace: back }\nspec:\n  mtls: { mode: UNSET }\n',
    );
    expect(design(off).namespaces.find((n) => n.name === 'back')!.mtls).toBe('UNSET');
    // Turning on what hand-written policies already do writes nothing new.
    expect(ok(setNamespaceSwitch(text, design(text), 'back', { defaultDeny: true, allowDns: true }))).toBe(text);
  });

  it('refuses an unknown namespace', () => {
    expect(error(setNamespaceSwitch(SHOP, design(SHOP), 'nope', { defaultDeny: true }))).toBe('unknown namespace nope');
  });
});
