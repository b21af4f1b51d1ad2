// What the destination sidecar knows about one connection or request (QUERY-MODEL.md "HTTP or plain TCP").
import type { Endpoint } from '../endpoint';
import type { IstioQuery } from './index';

const NON_HTTP = /^(tcp|tls|https|mongo|mysql|redis)(-.*)?$/;

export interface RequestFacts {
  http: boolean;
  port: number;
  method?: string;
  path?: string;
  /** The Host header assumed for an HTTP request: the destination's in-cluster name. */
  hosts: string[];
  /** Source identity (only with mTLS). */
  principal?: string;
  namespace?: string;
  /** Source IP when known (outside address or a pod's status.podIP). */
  ip?: string;
  notes: string[];
}

export function requestFacts(src: Endpoint, dst: Endpoint, q: IstioQuery, mtls: boolean): RequestFacts {
  const notes: string[] = [];
  const portName = dst.workload?.ports.find((p) => p.containerPort === q.port && p.protocol === 'TCP')?.name;
  const nonHttpPort = portName !== undefined && NON_HTTP.test(portName);
  const http = !!q.method && !!q.path && !nonHttpPort;
  if (!http) {
    if (!q.method || !q.path) notes.push('evaluated as a plain TCP connection: no HTTP method and path given');
    else notes.push(`evaluated as a plain TCP connection: port ${q.port} is named "${portName}", which Istio does not treat as HTTP`);
  }
  const name = dst.workload?.name ?? '';
  const ns = dst.namespace ?? '';
  const fqdn = `${name}.${ns}.svc.cluster.local`;
  const facts: RequestFacts = { http, port: q.port, hosts: [fqdn, `${fqdn}:${q.port}`], notes };
  if (http) {
    facts.method = q.method!;
    facts.path = q.path!;
  }
  if (mtls && src.principal) {
    facts.principal = src.principal;
    facts.namespace = src.namespace!;
  }
  if (src.ip) facts.ip = src.ip;
  return facts;
}
