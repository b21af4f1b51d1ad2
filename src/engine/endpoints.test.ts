// Resolving query endpoints (QUERY-MODEL.md "Endpoints") and mesh membership ("Istio: in the mesh").
import { describe, expect, it } from 'vitest';
import { createEngine, isQueryError, type Endpoint } from './engine';
import { cluster, workload } from './testing/build';

const resolve = (c: ReturnType<typeof cluster>, id: string): Endpoint => {
  const ep = createEngine(c).endpoint(id);
  if (isQueryError(ep)) throw new Error(ep.error);
  return ep;
};

describe('endpoint resolution', () => {
  it('ns/name is the Pod first, then the controller of that name', () => {
    const c = cluster({
      workloads: [workload('prod', 'web', { kind: 'Deployment', labels: { from: 'deploy' } }), workload('prod', 'web', { kind: 'Pod', labels: { from: 'pod' } })],
    });
    expect(resolve(c, 'prod/web').workload!.labels.from).toBe('pod');
  });

  it('among controllers: Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob', () => {
    const kinds = ['CronJob', 'Job', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Deployment'] as const;
    const c = cluster({ workloads: kinds.map((kind) => workload('prod', 'x', { kind, labels: { kind } })) });
    expect(resolve(c, 'prod/x').workload!.kind).toBe('Deployment');
    expect(resolve(cluster({ workloads: [workload('p', 'x', { kind: 'CronJob' }), workload('p', 'x', { kind: 'Job' })] }), 'p/x').workload!.kind).toBe('Job');
  });

  it('a name without a namespace means default', () => {
    const c = cluster({ workloads: [workload('default', 'web'), workload('prod', 'web')] });
    expect(resolve(c, 'web').id).toBe('default/web');
  });

  it('an IP equal to a Pod status.podIP is that Pod, IPv6 spellings included', () => {
    const c = cluster({ workloads: [workload('prod', 'web', { ip: '10.1.2.3' }), workload('prod', 'v6', { ip: 'fd00::0:1' })] });
    expect(resolve(c, '10.1.2.3')).toMatchObject({ kind: 'workload', id: 'prod/web', ip: '10.1.2.3' });
    expect(resolve(c, 'fd00:0:0::1')).toMatchObject({ kind: 'workload', id: 'prod/v6' });
  });

  it('any other valid IPv4 or IPv6 address is outside the cluster: no namespace, labels or sidecar', () => {
    const c = cluster({ workloads: [workload('prod', 'web', { ip: '10.1.2.3' })] });
    expect(resolve(c, '10.1.2.4')).toEqual({ kind: 'external', id: '10.1.2.4', ip: '10.1.2.4', inMesh: false });
    expect(resolve(c, '::1')).toMatchObject({ kind: 'external', inMesh: false });
  });

  it('an unknown name is a QueryError listing what the namespace holds', () => {
    const e = createEngine(cluster({ workloads: [workload('prod', 'web'), workload('prod', 'db')] }));
    const r = e.check({ from: 'prod/api', to: 'prod/db', port: 80 });
    expect(isQueryError(r) && r.argument).toBe('from');
    expect(isQueryError(r) && r.error).toContain('no workload "prod/api" in the manifests (known in prod: db, web)');
    const t = e.check({ from: 'prod/web', to: '999.1.1.1', port: 80 });
    expect(isQueryError(t) && t.argument).toBe('to');
  });

  it('namespace labels always carry kubernetes.io/metadata.name, with or without a Namespace object', () => {
    const c = cluster({ namespaces: { prod: { team: 'p' } }, workloads: [workload('prod', 'web'), workload('bare', 'x')] });
    expect({ ...resolve(c, 'prod/web').namespaceLabels }).toEqual({ team: 'p', 'kubernetes.io/metadata.name': 'prod' });
    expect({ ...resolve(c, 'bare/x').namespaceLabels }).toEqual({ 'kubernetes.io/metadata.name': 'bare' });
  });

  it('the principal is cluster.local/ns/<ns>/sa/<serviceAccount>', () => {
    const c = cluster({ workloads: [workload('prod', 'web', { sa: 'web-sa' }), workload('prod', 'db')] });
    expect(resolve(c, 'prod/web').principal).toBe('cluster.local/ns/prod/sa/web-sa');
    expect(resolve(c, 'prod/db').principal).toBe('cluster.local/ns/prod/sa/default');
  });
});

describe('mesh membership', () => {
  const member = (nsLabels: Record<string, string>, o: Parameters<typeof workload>[2] = {}) =>
    resolve(cluster({ namespaces: { m: nsLabels }, workloads: [workload('m', 'w', o)] }), 'm/w').inMesh;

  it('namespace istio-injection=enabled or istio.io/rev puts pods in', () => {
    expect(member({ 'istio-injection': 'enabled' })).toBe(true);
    expect(member({ 'istio.io/rev': 'canary' })).toBe(true);
    expect(member({ 'istio-injection': 'disabled' })).toBe(false);
    expect(member({})).toBe(false);
  });

  it('the pod label or annotation sidecar.istio.io/inject "false" keeps it out of an injected namespace', () => {
    expect(member({ 'istio-injection': 'enabled' }, { labels: { 'sidecar.istio.io/inject': 'false' } })).toBe(false);
    expect(member({ 'istio-injection': 'enabled' }, { annotations: { 'sidecar.istio.io/inject': 'false' } })).toBe(false);
  });

  it('the pod label or annotation "true" puts it in anywhere', () => {
    expect(member({}, { labels: { 'sidecar.istio.io/inject': 'true' } })).toBe(true);
    expect(member({}, { annotations: { 'sidecar.istio.io/inject': 'true' } })).toBe(true);
  });

  it('hostNetwork pods are never in the mesh', () => {
    expect(member({ 'istio-injection': 'enabled' }, { hostNetwork: true, labels: { 'sidecar.istio.io/inject': 'true' } })).toBe(false);
  });

  it('a label named __proto__ is plain data', () => {
    expect(member({ __proto__: 'x' } as Record<string, string>, { labels: { ['__proto__']: 'enabled' } })).toBe(false);
  });
});
