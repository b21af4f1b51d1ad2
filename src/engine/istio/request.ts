// What the destination sidecar knows about one connection or request (QUERY-MODEL.md "HTTP or plain TCP").
import type { Endpoint } from '../endpoint';
import type { IstioQuery } from './index';

/**
 * Istio reads a port's protocol from its name, `<protocol>[-<suffix>]`, case-insensitively
 * (https://istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/). These protocols are not
 * HTTP, so the sidecar never sees a method or path on them. Any other name, or no name at all, leaves Istio to
 * sniff the protocol, and an HTTP request is then seen as HTTP.
 */
export const NON_HTTP = /^(tcp|tls|https|mongo|mysql|redis)(-.*)?$/i;

export interface RequestFacts {
  /** An HTTP request (method and path known) rather than a plain TCP connection. */
  http: boolean;
  /** Destination container port; 0 stands for "a port no policy names" (the matrix's `any`). */
  port: number;
  method?: string;
  path?: string;
  /** Source identity: only when the connection is mutual TLS. */
  principal?: string;
  namespace?: string;
  /** Source IP when known (an outside address, or a pod's status.podIP). */
  ip?: string;
  /** Destination pod IP when known. */
  destinationIp?: string;
  mtls: boolean;
  /** The destination port's name, when declared. */
  portName?: string;
  /** A method or a path was given (but maybe not both, or on a non-HTTP port). */
  asked: boolean;
}

export function requestFacts(src: Endpoint, dst: Endpoint, q: IstioQuery, mtls: boolean): RequestFacts {
  const portName = dst.workload?.ports.find((p) => p.containerPort === q.port && p.protocol === 'TCP')?.name;
  const nonHttpPort = portName !== undefined && NON_HTTP.test(portName);
  const http = !!q.method && !!q.path && !nonHttpPort;
  const facts: RequestFacts = { http, port: q.port, mtls, asked: !!q.method || !!q.path };
  if (portName !== undefined) facts.portName = portName;
  if (http) {
    facts.method = q.method!;
    facts.path = q.path!;
  }
  // The peer identity travels only in the client certificate (https://istio.io/latest/docs/concepts/security/#dependency-on-mutual-tls).
  if (mtls && src.principal && src.namespace) {
    facts.principal = src.principal;
    facts.namespace = src.namespace;
  }
  const ip = src.ip ?? src.workload?.podIP;
  if (ip) facts.ip = ip;
  const dip = dst.ip ?? dst.workload?.podIP;
  if (dip) facts.destinationIp = dip;
  return facts;
}

/** How the query was read, for the verdict's notes (only when some AuthorizationPolicy looked at it). */
export function reading(req: RequestFacts): string {
  if (req.http) {
    const how = req.portName === undefined ? ` (port ${req.port} has no name: Istio detects HTTP by sniffing the protocol)` : '';
    return `evaluated as the HTTP request ${req.method} ${req.path}${how}`;
  }
  if (!req.asked) return 'evaluated as a plain TCP connection: no HTTP method and path given';
  if (req.portName !== undefined && NON_HTTP.test(req.portName))
    return `evaluated as a plain TCP connection: port ${req.port} is named "${req.portName}", which Istio does not treat as HTTP`;
  return 'evaluated as a plain TCP connection: an HTTP request needs both a method and a path';
}

export const portText = (port: number): string => (port === 0 ? 'any port' : `port ${port}`);
