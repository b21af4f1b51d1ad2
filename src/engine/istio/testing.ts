// Small builders for Istio layer tests: Clusters and Endpoints written directly in TypeScript.
import { english } from '../reasons';
import { emptyCluster, type AuthorizationPolicy, type Cluster, type LayerResult, type MtlsMode, type PeerAuthentication, type Workload } from '../../model';
import type { Endpoint } from '../endpoint';
import { buildIstioIndex } from './build';
import type { IstioQuery, IstioResult } from './index';

/** A workload with label `app: <name>`; ports as `8080` or `http:8080`. */
export function workload(
  ns: string,
  name: string,
  opts: { labels?: Record<string, string>; sa?: string; ports?: (number | string)[]; podIP?: string; hostNetwork?: boolean } = {},
): Workload {
  const w: Workload = {
    kind: 'Pod',
    namespace: ns,
    name,
    labels: { app: name, ...opts.labels },
    annotations: {},
    serviceAccount: opts.sa ?? 'default',
    ports: (opts.ports ?? [8080]).map((p) => {
      const [n, num] = typeof p === 'string' && p.includes(':') ? p.split(':') : [undefined, String(p)];
      return { containerPort: Number(num), protocol: 'TCP', ...(n ? { name: n } : {}) };
    }),
  };
  if (opts.podIP) w.podIP = opts.podIP;
  if (opts.hostNetwork) w.hostNetwork = true;
  return w;
}

function endpointOf(w: Workload, inMesh: boolean): Endpoint {
  const ep: Endpoint = {
    kind: 'workload',
    id: `${w.namespace}/${w.name}`,
    workload: w,
    namespace: w.namespace,
    namespaceLabels: { 'kubernetes.io/metadata.name': w.namespace },
    inMesh: inMesh && !w.hostNetwork,
    principal: `cluster.local/ns/${w.namespace}/sa/${w.serviceAccount}`,
  };
  if (w.podIP) ep.ip = w.podIP;
  return ep;
}

/** The workload's pods with an Istio sidecar. */
export const meshed = (w: Workload): Endpoint => endpointOf(w, true);
/** The workload's pods without a sidecar. */
export const plain = (w: Workload): Endpoint => endpointOf(w, false);
/** An address outside the cluster. */
export const outside = (ip: string): Endpoint => ({ kind: 'external', id: ip, ip, inMesh: false });

export function peerAuth(ns: string, name: string, spec: { selector?: Record<string, string>; mode?: MtlsMode; ports?: Record<string, MtlsMode> } = {}): PeerAuthentication {
  const pa: PeerAuthentication = { namespace: ns, name, apiVersion: 'security.istio.io/v1' };
  if (spec.selector) pa.selector = { matchLabels: spec.selector };
  if (spec.mode) pa.mode = spec.mode;
  if (spec.ports) pa.portLevelMtls = spec.ports;
  return pa;
}

export function authz(
  ns: string,
  name: string,
  spec: Omit<AuthorizationPolicy, 'namespace' | 'name' | 'apiVersion' | 'selector'> & { selector?: Record<string, string> } = {},
): AuthorizationPolicy {
  const { selector, ...rest } = spec;
  return { namespace: ns, name, apiVersion: 'security.istio.io/v1', ...rest, ...(selector ? { selector: { matchLabels: selector } } : {}) };
}

export function cluster(parts: { peerAuthentications?: PeerAuthentication[]; authorizationPolicies?: AuthorizationPolicy[]; workloads?: Workload[] }): Cluster {
  return { ...emptyCluster(), ...parts };
}

export type Ask = Partial<IstioQuery> & { port: number };

/** Evaluate the Istio layers for one question against policies. */
export function istio(policies: { peerAuthentications?: PeerAuthentication[]; authorizationPolicies?: AuthorizationPolicy[] }, src: Endpoint, dst: Endpoint, q: Ask): IstioResult {
  return buildIstioIndex(cluster(policies)).evaluate(src, dst, { protocol: 'TCP', ...q });
}

export const layerOf = (r: IstioResult, name: 'mtls' | 'authz'): LayerResult => r.layers.find((l) => l.layer === name)!;

/** Allowed by the Istio layers: neither denied (unknown = CUSTOM, shown but never deciding). */
export const passes = (r: IstioResult): boolean => r.layers.every((l) => l.decision !== 'denied');

/** The notes as the CLI prints them (English), for tests that read the sentences. */
export const notesOf = (r: IstioResult): string[] => r.notes.map(english);
