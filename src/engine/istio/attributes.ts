// The request attributes AuthorizationPolicy fields and `when` keys compare against, and how each one is read
// from a query. Keys and their protocols: https://istio.io/latest/docs/reference/config/security/conditions/ ;
// the field → attribute mapping follows istiod (pilot/pkg/security/authz/model/model.go).
import type { Message } from '../../model';
import { parseCidr, parseIp, cidrContains } from '../ip';
import { msg } from '../reasons';
import type { RequestFacts } from './request';
import { type Tri, triOf } from './tri';
import { matchesValue, namespaceMatches, pathMatches } from './values';

export type Attribute =
  | { kind: 'principal' | 'namespace' | 'serviceAccount' | 'port' | 'method' | 'path' }
  | { kind: 'sourceIp'; remote: boolean }
  | { kind: 'destinationIp' }
  | { kind: 'host' }
  | { kind: 'header'; name: string }
  | { kind: 'jwt'; what: string }
  | { kind: 'opaque'; what: string };

/** Attributes that exist only on HTTP requests ("Using Istio authorization on plain TCP protocols"). */
export const isHttpOnly = (a: Attribute): boolean => a.kind === 'method' || a.kind === 'path' || a.kind === 'host' || a.kind === 'header' || a.kind === 'jwt';

/** Attributes carried only by the peer certificate ("Dependency on mutual TLS"). */
export const needsMtls = (a: Attribute): boolean => a.kind === 'principal' || a.kind === 'namespace' || a.kind === 'serviceAccount';

export const SOURCE_ATTRIBUTES: Record<string, Attribute> = {
  principals: { kind: 'principal' },
  namespaces: { kind: 'namespace' },
  ipBlocks: { kind: 'sourceIp', remote: false },
  remoteIpBlocks: { kind: 'sourceIp', remote: true },
  requestPrincipals: { kind: 'jwt', what: 'request principal' },
};

export const OPERATION_ATTRIBUTES: Record<string, Attribute> = {
  ports: { kind: 'port' },
  methods: { kind: 'method' },
  paths: { kind: 'path' },
  hosts: { kind: 'host' },
};

/** The attribute of a `when` key, or undefined for a key istiod does not know (it then skips the whole rule). */
export function conditionAttribute(key: string): Attribute | undefined {
  switch (key) {
    case 'source.ip':
      return { kind: 'sourceIp', remote: false };
    case 'remote.ip':
      return { kind: 'sourceIp', remote: true };
    case 'source.namespace':
      return { kind: 'namespace' };
    case 'source.principal':
      return { kind: 'principal' };
    case 'source.serviceAccount':
      return { kind: 'serviceAccount' };
    case 'destination.ip':
      return { kind: 'destinationIp' };
    case 'destination.port':
      return { kind: 'port' };
    case 'connection.sni':
      return { kind: 'opaque', what: 'connection.sni' };
    case 'request.auth.principal':
    case 'request.auth.audiences':
    case 'request.auth.presenter':
      return { kind: 'jwt', what: key };
  }
  const header = /^request\.(?:experimental\.inline\.)?headers\[(.+)\]$/.exec(key);
  if (header) return { kind: 'header', name: header[1]! };
  if (/^request\.auth\.claims\[.+\]$/.test(key)) return { kind: 'jwt', what: key };
  if (key.startsWith('experimental.envoy.filters.')) return { kind: 'opaque', what: key };
  return undefined;
}

/** A policy value istiod cannot turn into a matcher (it then drops the value, or skips an ALLOW rule). */
export function invalidValue(a: Attribute, value: string): boolean {
  if (a.kind === 'sourceIp' || a.kind === 'destinationIp') return parseCidr(value) === undefined;
  if (a.kind === 'port') return !/^\d+$/.test(value) || Number(value) > 65535;
  return false;
}

export interface ValueContext {
  req: RequestFacts;
  /** Namespace of the policy: `source.serviceAccount` values without a namespace mean this one. */
  policyNamespace: string;
}

/** Does one policy value match the request's attribute? `unknown` when the query does not give the attribute. */
export function matchOne(a: Attribute, value: string, ctx: ValueContext): Tri {
  const { req } = ctx;
  switch (a.kind) {
    // The identity is present only on mutual TLS (requestFacts); without it these compare with an empty value.
    case 'principal':
      return triOf(matchesValue(value, req.principal));
    case 'namespace':
      return triOf(namespaceMatches(value, req.namespace));
    case 'serviceAccount': {
      if (!req.principal) return 'no';
      const [ns, sa] = value.includes('/') ? value.split('/', 2) : [ctx.policyNamespace, value];
      return triOf(req.principal.endsWith(`/ns/${ns}/sa/${sa}`));
    }
    case 'sourceIp':
      return ipIn(value, req.ip);
    case 'destinationIp':
      return ipIn(value, req.destinationIp);
    case 'port':
      // Port 0 is the matrix's "a port no policy names": it never equals a listed port.
      return triOf(req.port !== 0 && Number(value) === req.port);
    case 'method':
      return triOf(matchesValue(value, req.method));
    case 'path':
      return triOf(req.path !== undefined && pathMatches(value, req.path));
    case 'jwt':
      // No RequestAuthentication is considered, so no request carries a validated JWT: its attributes are empty.
      return 'no';
    case 'host':
    case 'header':
    case 'opaque':
      return 'unknown';
  }
}

function ipIn(cidr: string, ip: string | undefined): Tri {
  if (ip === undefined) return 'unknown';
  const c = parseCidr(cidr);
  const addr = parseIp(ip);
  return triOf(!!c && !!addr && cidrContains(c, addr));
}

/** Words for an attribute the query does not give, for the reasons. */
export function unknownText(a: Attribute): Message {
  switch (a.kind) {
    case 'host':
      return msg('attribute.host');
    case 'header':
      return msg('attribute.header', { name: a.name });
    case 'sourceIp':
      return msg('attribute.sourceIp');
    case 'destinationIp':
      return msg('attribute.destinationIp');
    case 'opaque':
      return a.what === 'connection.sni' ? msg('attribute.sni') : msg('attribute.other', { name: a.what });
    default:
      return msg('attribute.other', { name: a.kind });
  }
}
