// Does one AuthorizationPolicy rule match a request? from / to / when are ANDed, entries of each list ORed, the
// fields of one source or operation ANDed, values of one field ORed; `not…` fields negate.
// On a plain TCP connection HTTP-only fields cannot be evaluated: an ALLOW rule using them never matches, a DENY
// (or AUDIT) rule drops them and keeps the rest ("Authorization on TCP traffic" in Istio's docs).
import type { AuthzCondition, AuthzOperation, AuthzRule, AuthzSource } from '../../model';
import { inCidr } from '../ip';
import type { RequestFacts } from './request';
import { anyMatches, hostMatches, methodMatches } from './values';

export type RuleMode = 'allow' | 'deny';

export interface RuleMatch {
  matched: boolean;
  /** An ALLOW rule that failed only because it needs HTTP fields on a plain TCP connection. */
  needsHttp: boolean;
  notes: string[];
}

const HTTP_ONLY_OPERATION: (keyof AuthzOperation)[] = ['hosts', 'notHosts', 'methods', 'notMethods', 'paths', 'notPaths'];
const HTTP_ONLY_SOURCE: (keyof AuthzSource)[] = ['requestPrincipals', 'notRequestPrincipals'];

/** `undefined` = the field is dropped (DENY on TCP), else whether it matches. */
type Check = boolean | 'http';

export function matchRule(rule: AuthzRule, req: RequestFacts, mode: RuleMode): RuleMatch {
  const notes: string[] = [];
  let needsHttp = false;
  const fold = (checks: Check[]): boolean => {
    let ok = true;
    for (const c of checks) {
      if (c === 'http') {
        if (mode === 'allow') {
          needsHttp = true;
          ok = false;
        }
      } else if (!c) ok = false;
    }
    return ok;
  };
  const anyOf = <T>(items: T[] | undefined, test: (item: T) => boolean) => !items || items.length === 0 || items.some(test);
  const fromOk = anyOf(rule.from, (f) => fold(sourceChecks(f.source, req, notes)));
  const toOk = anyOf(rule.to, (t) => fold(operationChecks(t.operation, req, notes)));
  const whenOk = (rule.when ?? []).every((c) => fold([conditionCheck(c, req, notes, mode)]));
  const matched = fromOk && toOk && whenOk;
  // Only report "needs HTTP" when ignoring HTTP-only fields would have matched.
  const httpBlocked = !matched && needsHttp && mode === 'allow' && matchRule(rule, { ...req, http: true, ...wildcardHttp }, 'allow').matched;
  return { matched, needsHttp: httpBlocked, notes };
}

/** A request that matches any HTTP-only condition (used to tell "needs HTTP" apart from a real mismatch). */
const wildcardHttp = { method: '\u0000any', path: '\u0000any', wildcard: true } as const;

const isWildcard = (req: RequestFacts) => (req as RequestFacts & { wildcard?: boolean }).wildcard === true;

function sourceChecks(s: AuthzSource, req: RequestFacts, notes: string[]): Check[] {
  const checks: Check[] = [];
  const ip = (blocks: string[]) => req.ip !== undefined && blocks.some((b) => inCidr(b.includes('/') ? b : `${b}/${b.includes(':') ? 128 : 32}`, req.ip!));
  if (s.principals) checks.push(anyMatches(s.principals, req.principal));
  if (s.notPrincipals) checks.push(!anyMatches(s.notPrincipals, req.principal));
  if (s.namespaces) checks.push(anyMatches(s.namespaces, req.namespace));
  if (s.notNamespaces) checks.push(!anyMatches(s.notNamespaces, req.namespace));
  if (s.ipBlocks || s.notIpBlocks || s.remoteIpBlocks || s.notRemoteIpBlocks) {
    if (req.ip === undefined) notes.push('the source pod IP is unknown (no status.podIP): ipBlocks are taken not to match it');
    if (s.remoteIpBlocks || s.notRemoteIpBlocks) notes.push('remoteIpBlocks evaluated against the connection source IP (no X-Forwarded-For considered)');
  }
  if (s.ipBlocks) checks.push(ip(s.ipBlocks));
  if (s.notIpBlocks) checks.push(!ip(s.notIpBlocks));
  if (s.remoteIpBlocks) checks.push(ip(s.remoteIpBlocks));
  if (s.notRemoteIpBlocks) checks.push(!ip(s.notRemoteIpBlocks));
  for (const key of HTTP_ONLY_SOURCE) {
    if (!s[key]) continue;
    if (!req.http) checks.push('http');
    else {
      // No RequestAuthentication is considered, so a request never carries a JWT principal.
      notes.push('requestPrincipals need a JWT (RequestAuthentication is not modelled): no request carries one');
      checks.push(isWildcard(req) ? true : key === 'notRequestPrincipals');
    }
  }
  return checks;
}

function operationChecks(o: AuthzOperation, req: RequestFacts, notes: string[]): Check[] {
  const checks: Check[] = [];
  if (o.ports) checks.push(o.ports.includes(String(req.port)));
  if (o.notPorts) checks.push(!o.notPorts.includes(String(req.port)));
  for (const key of HTTP_ONLY_OPERATION) {
    const values = o[key];
    if (!values) continue;
    if (!req.http) {
      checks.push('http');
      continue;
    }
    if (isWildcard(req)) {
      checks.push(true);
      continue;
    }
    if (key === 'methods') checks.push(methodMatches(values, req.method!));
    if (key === 'notMethods') checks.push(!methodMatches(values, req.method!));
    if (key === 'paths') checks.push(anyMatches(values, req.path));
    if (key === 'notPaths') checks.push(!anyMatches(values, req.path));
    if (key === 'hosts' || key === 'notHosts') {
      notes.push(`hosts compared with the assumed Host header ${req.hosts[0]}`);
      const hit = req.hosts.some((h) => hostMatches(values, h));
      checks.push(key === 'hosts' ? hit : !hit);
    }
  }
  return checks;
}

function conditionCheck(c: AuthzCondition, req: RequestFacts, notes: string[], mode: RuleMode): Check {
  const known = (value: string | undefined): boolean => {
    const pos = !c.values || anyMatches(c.values, value);
    const neg = !c.notValues || !anyMatches(c.notValues, value);
    return pos && neg;
  };
  const ipCheck = () => {
    const hit = (list?: string[]) => !!list && req.ip !== undefined && list.some((b) => inCidr(b.includes('/') ? b : `${b}/${b.includes(':') ? 128 : 32}`, req.ip!));
    return (!c.values || hit(c.values)) && (!c.notValues || !hit(c.notValues));
  };
  switch (c.key) {
    case 'source.principal':
      return known(req.principal);
    case 'source.namespace':
      return known(req.namespace);
    case 'source.ip':
    case 'remote.ip':
      return ipCheck();
    case 'destination.port':
      return known(String(req.port));
  }
  if (c.key.startsWith('request.')) {
    if (!req.http) return 'http';
    if (isWildcard(req)) return true;
  }
  // Headers, JWT claims, SNI…: not part of the question, so they cannot be evaluated.
  notes.push(`condition ${c.key} cannot be evaluated from the query: taken as ${mode === 'allow' ? 'not matching (ALLOW)' : 'matching (DENY)'}`);
  return mode === 'deny';
}
