import { describe, expect, it } from 'vitest';
import { readObject } from '../../yaml/edit-read';
import { allowTraffic } from './edges';
import { addWorkload, setLabels, setMesh, setPorts, setServiceAccount } from './workload';
import { design, documentNamed, documents, error, ok, SHOP } from './fixture.test-helper';

const deployment = (text: string, name: string) =>
  readObject(documentNamed(text, 'Deployment', name)!)! as {
    metadata: Record<string, unknown>;
    spec: { selector: unknown; template: { metadata: { labels?: Record<string, string> }; spec: Record<string, unknown> } };
  };

describe('addWorkload', () => {
  it('appends a Deployment with app=<name>, a container of that name and an http port', () => {
    const out = ok(addWorkload(SHOP, design(SHOP), 'front', 'cart'));
    expect(out.slice(0, SHOP.length)).toBe(SHOP);
    expect(deployment(out, 'cart')).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'cart', namespace: 'front' },
      spec: {
        selector: { matchLabels: { app: 'cart' } },
        template: {
          metadata: { labels: { app: 'cart' } },
          spec: { containers: [{ name: 'cart', image: 'nginxinc/nginx-unprivileged:stable', ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] }] },
        },
      },
    });
    expect(design(out).workloads.find((w) => w.id === 'front/cart')).toMatchObject({ kind: 'Deployment', labels: { app: 'cart' }, serviceAccount: 'default', mesh: false });
  });

  it('creates the namespace when it is new, and names workloads workload-N', () => {
    const out = ok(addWorkload(SHOP, design(SHOP), 'data', undefined));
    expect(documentNamed(out, 'Namespace', 'data')).toBeDefined();
    expect(design(out).workloads.map((w) => w.id)).toContain('data/workload-1');
    expect(addWorkload('', design(''), undefined, undefined)).toMatchObject({ id: 'default/workload-1' });
    expect(ok(addWorkload('', design(''), undefined, undefined))).not.toContain('kind: Namespace');
  });

  it('refuses duplicates and invalid names', () => {
    expect(error(addWorkload(SHOP, design(SHOP), 'front', 'web'))).toBe('workload "front/web" already exists');
    expect(error(addWorkload(SHOP, design(SHOP), 'front', 'web_1'))).toMatch(/workload name "web_1"/);
    expect(error(addWorkload(SHOP, design(SHOP), 'Front', 'x'))).toMatch(/namespace name/);
  });
});

describe('setLabels', () => {
  it('rewrites only the pod template labels and keeps the controller selecting them', () => {
    const out = ok(setLabels(SHOP, design(SHOP), 'front/web', { app: 'web', tier: 'edge' }));
    expect(deployment(out, 'web').spec.template.metadata.labels).toEqual({ app: 'web', tier: 'edge' });
    expect(deployment(out, 'web').spec.selector).toEqual({ matchLabels: { app: 'web' } });
    expect(documents(out).filter((d, i) => d !== documents(SHOP)[i])).toHaveLength(1);
    expect(out).toContain('image: nginx # pinned later');
  });

  it('moves the selector along when the labels it needs go away', () => {
    const out = ok(setLabels(SHOP, design(SHOP), 'front/web', { app: 'shop-web' }));
    expect(deployment(out, 'web').spec.selector).toEqual({ matchLabels: { app: 'shop-web' } });
    expect(error(setLabels(SHOP, design(SHOP), 'front/web', {}))).toBe('a Deployment needs at least one label to select its pods');
  });

  it('keeps managed policies selecting the workload', () => {
    const edged = ok(allowTraffic(SHOP, design(SHOP), { from: 'front/web', to: 'back/api', ports: [] }));
    const out = ok(setLabels(edged, design(edged), 'back/api', { app: 'api-v2' }));
    const np = readObject(documentNamed(out, 'NetworkPolicy', 'allow-web-to-api')!)!;
    expect((np.spec as { podSelector: unknown }).podSelector).toEqual({ matchLabels: { app: 'api-v2' } });
    expect(documents(out)).toHaveLength(documents(edged).length);
  });

  it('labels a namespace, never against kubernetes.io/metadata.name', () => {
    const out = ok(setLabels(SHOP, design(SHOP), 'namespace:back', { team: 'payments' }));
    expect(out).toContain('metadata: { name: back, labels: { team: payments } }');
    expect(design(out).namespaces.find((n) => n.name === 'back')!.labels).toEqual({ team: 'payments' });
    expect(error(setLabels(SHOP, design(SHOP), 'namespace:back', { 'kubernetes.io/metadata.name': 'x' }))).toMatch(/set by Kubernetes/);
  });

  it('refuses invalid label keys and values', () => {
    expect(error(setLabels(SHOP, design(SHOP), 'front/web', { 'bad key': 'x' }))).toMatch(/label key "bad key"/);
    expect(error(setLabels(SHOP, design(SHOP), 'front/web', { 'Example.com/x': 'y' }))).toMatch(/prefix/);
    expect(error(setLabels(SHOP, design(SHOP), 'front/web', { app: '-web' }))).toMatch(/label value "-web"/);
    expect(error(setLabels(SHOP, design(SHOP), 'front/web', { app: 'x'.repeat(64) }))).toMatch(/label value/);
    expect(error(setLabels(SHOP, design(SHOP), 'front/nope', { app: 'x' }))).toBe('unknown workload front/nope');
  });
});

describe('setPorts', () => {
  it("sets the first container's ports; an empty list removes the field", () => {
    const out = ok(setPorts(SHOP, design(SHOP), 'back/api', [{ name: 'grpc', containerPort: 50051, protocol: 'TCP' }]));
    expect((deployment(out, 'api').spec.template.spec.containers as { ports: unknown }[])[0]!.ports).toEqual([{ name: 'grpc', containerPort: 50051, protocol: 'TCP' }]);
    expect(design(out).workloads.find((w) => w.id === 'back/api')!.ports).toEqual([{ name: 'grpc', containerPort: 50051, protocol: 'TCP' }]);
    const none = ok(setPorts(SHOP, design(SHOP), 'back/api', []));
    expect((deployment(none, 'api').spec.template.spec.containers as Record<string, unknown>[])[0]).toEqual({ name: 'api', image: 'api:1' });
  });

  it('refuses ports the API server would reject', () => {
    const d = design(SHOP);
    expect(error(setPorts(SHOP, d, 'back/api', [{ containerPort: 0, protocol: 'TCP' }]))).toMatch(/out of range/);
    expect(
      error(
        setPorts(SHOP, d, 'back/api', [
          { containerPort: 80, protocol: 'TCP' },
          { containerPort: 80, protocol: 'TCP' },
        ]),
      ),
    ).toMatch(/listed twice/);
    expect(error(setPorts(SHOP, d, 'back/api', [{ name: 'a-very-long-port-name', containerPort: 80, protocol: 'TCP' }]))).toMatch(/port name/);
    expect(error(setPorts(SHOP, d, 'back/api', [{ containerPort: 80, protocol: 'HTTP' as 'TCP' }]))).toMatch(/TCP, UDP or SCTP/);
  });
});

describe('setServiceAccount', () => {
  it('sets serviceAccountName and adds the ServiceAccount once; default removes the field', () => {
    const out = ok(setServiceAccount(SHOP, design(SHOP), 'front/web', 'web'));
    expect(deployment(out, 'web').spec.template.spec.serviceAccountName).toBe('web');
    expect(readObject(documentNamed(out, 'ServiceAccount', 'web')!)).toEqual({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'web', namespace: 'front' } });
    const again = ok(setServiceAccount(out, design(out), 'front/web', 'web'));
    expect(again).toBe(out);
    const back = ok(setServiceAccount(out, design(out), 'front/web', 'default'));
    expect(deployment(back, 'web').spec.template.spec.serviceAccountName).toBeUndefined();
    expect(design(back).workloads.find((w) => w.id === 'front/web')!.serviceAccount).toBe('default');
  });

  it('changes the principal of AuthorizationPolicies that admit it', () => {
    const meshed = ok(setMesh(SHOP, design(SHOP), 'back/api', true));
    const edged = ok(allowTraffic(meshed, design(meshed), { from: 'front/web', to: 'back/api', ports: [] }));
    expect(edged).toContain('cluster.local/ns/front/sa/default');
    const out = ok(setServiceAccount(edged, design(edged), 'front/web', 'web'));
    expect(out).toContain('cluster.local/ns/front/sa/web');
    expect(out).not.toContain('cluster.local/ns/front/sa/default');
  });

  it('refuses an invalid name', () => {
    expect(error(setServiceAccount(SHOP, design(SHOP), 'front/web', 'Web SA'))).toMatch(/service account name/);
  });
});

describe('setMesh', () => {
  it('labels the pod template only where it differs from the namespace', () => {
    const on = ok(setMesh(SHOP, design(SHOP), 'back/api', true));
    expect(deployment(on, 'api').spec.template.metadata.labels).toEqual({ app: 'api', 'sidecar.istio.io/inject': 'true' });
    expect(design(on).workloads.find((w) => w.id === 'back/api')!.mesh).toBe(true);
    const off = ok(setMesh(on, design(on), 'back/api', false));
    expect(deployment(off, 'api').spec.template.metadata.labels).toEqual({ app: 'api' });
    expect(design(off).workloads.find((w) => w.id === 'back/api')!.mesh).toBe(false);
  });

  it('opts a pod out of an injecting namespace with "false"', () => {
    const text = SHOP.replace('metadata: {name: back}', 'metadata: {name: back, labels: {istio-injection: enabled}}');
    expect(design(text).workloads.find((w) => w.id === 'back/api')!.mesh).toBe(true);
    const out = ok(setMesh(text, design(text), 'back/api', false));
    expect(deployment(out, 'api').spec.template.metadata.labels).toEqual({ app: 'api', 'sidecar.istio.io/inject': 'false' });
    expect(design(out).workloads.find((w) => w.id === 'back/api')!.mesh).toBe(false);
  });

  it('removes the AuthorizationPolicies of its edges when it leaves the mesh', () => {
    const on = ok(setMesh(SHOP, design(SHOP), 'back/api', true));
    const edged = ok(allowTraffic(on, design(on), { from: 'front/web', to: 'back/api', ports: [] }));
    expect(edged).toContain('kind: AuthorizationPolicy');
    const off = ok(setMesh(edged, design(edged), 'back/api', false));
    expect(off).not.toContain('kind: AuthorizationPolicy');
    expect(off).toContain('name: allow-web-to-api');
  });
});
