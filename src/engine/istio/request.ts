// What the destination sidecar knows about one connection or request (QUERY-MODEL.md "HTTP or plain TCP").
import type { Message } from '../../model';
import type { Endpoint } from '../endpoint';
import { msg } from '../reasons';
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
export function reading(req: RequestFacts): Message {
  if (req.http) return msg(req.portName === undefined ? 'reading.httpSniffed' : 'reading.http', { method: req.method!, path: req.path!, port: req.port });
  if (!req.asked) return msg('reading.tcpNotAsked');
  if (req.portName !== undefined && NON_HTTP.test(req.portName)) return msg('reading.tcpPortName', { port: req.port, name: req.portName });
  return msg('reading.tcpIncomplete');
}
