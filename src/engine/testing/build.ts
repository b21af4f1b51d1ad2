// Builders for Cluster objects in tests: manifests as TypeScript, so engine tests do not depend on the parser.
import { emptyCluster, type Cluster, type ContainerPort, type Labels, type NetworkPolicy, type Protocol, type Workload, type WorkloadKind } from '../../model';
import { createEngine, isQueryError, type Engine } from '../engine';
import type { Query, Verdict } from '../../model';

/** A null-prototype label map, as the parser makes them. */
export function labels(o: Record<string, string> = {}): Labels {
  return Object.assign(Object.create(null) as Labels, o);
}

export interface PodOptions {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  /** `80`, `80/UDP`, `http:8080`, `dns:53/UDP`. */
  ports?: string[];
  sa?: string;
  ip?: string;
  hostNetwork?: boolean;
  kind?: WorkloadKind;
}

export function port(spec: string): ContainerPort {
  const [head, protocol] = spec.split('/') as [string, Protocol | undefined];
  const [name, num] = head.includes(':') ? head.split(':') : [undefined, head];
  return { ...(name ? { name } : {}), containerPort: Number(num), protocol: protocol ?? 'TCP' };
}

export function workload(ns: string, name: string, o: PodOptions = {}): Workload {
  const w: Workload = {
    kind: o.kind ?? 'Pod',
    namespace: ns,
    name,
    labels: labels(o.labels ?? { app: name }),
    annotations: labels(o.annotations),
    serviceAccount: o.sa ?? 'default',
    ports: (o.ports ?? ['80']).map(port),
  };
  if (o.ip) w.podIP = o.ip;
  if (o.hostNetwork) w.hostNetwork = true;
  return w;
}

export function np(namespace: string, name: string, spec: Omit<NetworkPolicy, 'namespace' | 'name'>): NetworkPolicy {
  return { namespace, name, ...spec };
}

export interface ClusterSpec {
  namespaces?: Record<string, Record<string, string>>;
  workloads?: Workload[];
  policies?: NetworkPolicy[];
}

export function cluster(spec: ClusterSpec): Cluster {
  const c = emptyCluster();
  for (const [name, l] of Object.entries(spec.namespaces ?? {})) c.namespaces.push({ name, labels: labels(l), annotations: labels() });
  c.workloads.push(...(spec.workloads ?? []));
  c.networkPolicies.push(...(spec.policies ?? []));
  return c;
}

export function engineOf(spec: ClusterSpec): Engine {
  return createEngine(cluster(spec));
}

/** A verdict, failing the test on a QueryError. */
export function check(engine: Engine, from: string, to: string, port = 80, protocol: Protocol = 'TCP', extra: Partial<Query> = {}): Verdict {
  const v = engine.check({ from, to, port, protocol, ...extra });
  if (isQueryError(v)) throw new Error(`${v.argument}: ${v.error}`);
  return v;
}

export const layer = (v: Verdict, name: 'egress' | 'ingress' | 'mtls' | 'authz') => v.layers.find((l) => l.layer === name)!;
