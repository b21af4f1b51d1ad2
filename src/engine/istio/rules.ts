// Does one AuthorizationPolicy rule match a request?
// https://istio.io/latest/docs/reference/config/security/authorization-policy/#Rule : "A match occurs when at least
// one source, one operation and all conditions match the request. An empty rule is always matched." Fields of one
// source / operation are ANDed, values of one field ORed, `not…` values negate. A field given as an empty list is
// no constraint (istiod skips fields without values: model.go insertFront).
//
// Fields that cannot be turned into a matcher follow istiod's checkError (pilot/pkg/security/authz/model/model.go):
// in an ALLOW rule the whole rule is skipped ("a smaller allow policy"); in a DENY, AUDIT or CUSTOM rule only that
// field or value is dropped ("a wider deny policy"). That is how HTTP-only fields behave on plain TCP
// ("Authorization Policy for TCP traffic": an ALLOW rule using `methods` never matches TCP, a DENY rule with
// `methods: [GET]` denies every TCP connection) and how invalid CIDRs or ports behave.
import type { AuthzRule } from '../../model';
import { type Attribute, conditionAttribute, invalidValue, isHttpOnly, matchOne, needsMtls, OPERATION_ATTRIBUTES, SOURCE_ATTRIBUTES, unknownText, type ValueContext } from './attributes';
import type { RequestFacts } from './request';
import { and, not, or, type Tri } from './tri';

export type RuleMode = 'allow' | 'deny';

export interface RuleResult {
  result: Tri;
  /** Why istiod would skip this rule altogether (it then never matches). */
  skipped?: string;
  /** Skipped only because it uses HTTP-only fields and the query is a plain TCP connection (ALLOW). */
  needsHttp: boolean;
  /** Attributes the query does not give on which the result depends. */
  unknowns: string[];
  /** HTTP-only fields ignored because the query is plain TCP (DENY / AUDIT / CUSTOM). */
  dropped: string[];
  /** The rule looks at the peer identity but the connection is plaintext. */
  identityWithoutMtls: boolean;
  notes: string[];
}

interface Field {
  name: string;
  attribute: Attribute;
  values: string[];
  notValues: string[];
}

export function matchRule(rule: AuthzRule, req: RequestFacts, mode: RuleMode, policyNamespace: string, ignoreHttp = false): RuleResult {
  const out: RuleResult = { result: 'no', needsHttp: false, unknowns: [], dropped: [], identityWithoutMtls: false, notes: [] };
  const ctx: ValueContext = { req, policyNamespace };
  const dropHttp = mode === 'deny' || ignoreHttp;

  // Istio rejects the whole rule for a key it does not know, whatever the action (model.go New: "unknown attribute").
  for (const c of rule.when ?? []) {
    if (!conditionAttribute(c.key)) {
      out.skipped = `when key "${c.key}" is not an Istio attribute (istiod skips the rule; its validation normally refuses the policy)`;
      out.notes.push(`AuthorizationPolicy rule with unknown when key "${c.key}": istiod skips that rule`);
      return out;
    }
  }
  const sources = (rule.from ?? []).map((f) => fieldsOf(f.source as Record<string, string[] | undefined>, SOURCE_ATTRIBUTES));
  const operations = (rule.to ?? []).map((t) => fieldsOf(t.operation as Record<string, string[] | undefined>, OPERATION_ATTRIBUTES));
  const conditions: Field[] = (rule.when ?? []).map((c) => ({ name: `when ${c.key}`, attribute: conditionAttribute(c.key)!, values: c.values ?? [], notValues: c.notValues ?? [] }));
  const all = [...sources.flat(), ...operations.flat(), ...conditions];

  if (mode === 'allow') {
    const http = all.filter((f) => isHttpOnly(f.attribute) && !req.http);
    if (http.length > 0 && !dropHttp) {
      out.needsHttp = true;
      out.skipped = `it uses HTTP-only fields (${unique(http.map((f) => f.name)).join(', ')}) and the query is a plain TCP connection`;
      return out;
    }
    const bad = all.filter((f) => [...f.values, ...f.notValues].some((v) => invalidValue(f.attribute, v)));
    if (bad.length > 0) {
      out.skipped = `${bad[0]!.name} has a value istiod cannot use (${[...bad[0]!.values, ...bad[0]!.notValues].find((v) => invalidValue(bad[0]!.attribute, v))})`;
      return out;
    }
  }

  const check = (f: Field): Tri => {
    if (isHttpOnly(f.attribute) && !req.http) {
      out.dropped.push(f.name);
      return 'yes';
    }
    const values = f.values.filter((v) => !invalidValue(f.attribute, v));
    const notValues = f.notValues.filter((v) => !invalidValue(f.attribute, v));
    if (needsMtls(f.attribute) && !req.mtls) out.identityWithoutMtls = true;
    if (f.attribute.kind === 'jwt') out.notes.push('JWT fields: RequestAuthentication is not modelled, so the request carries no JWT (request principals and claims are empty)');
    if (f.attribute.kind === 'sourceIp' && f.attribute.remote) out.notes.push('remoteIpBlocks / remote.ip compared with the connection source IP: X-Forwarded-For and proxy protocol are implementation-defined (numTrustedProxies) and not modelled');
    const pos: Tri = values.length > 0 ? or(values.map((v) => matchOne(f.attribute, v, ctx))) : 'yes';
    const neg: Tri = notValues.length > 0 ? not(or(notValues.map((v) => matchOne(f.attribute, v, ctx)))) : 'yes';
    const r = and([pos, neg]);
    if (r === 'unknown') out.unknowns.push(unknownText(f.attribute));
    return r;
  };
  const entry = (fields: Field[]) => and(fields.map(check));
  const any = (entries: Field[][]) => (entries.length === 0 ? 'yes' : or(entries.map(entry)));
  out.result = and([any(sources), any(operations), and(conditions.map(check))]);
  out.unknowns = unique(out.unknowns);
  out.dropped = unique(out.dropped);
  out.notes = unique(out.notes);
  return out;
}

/** The fields of one source or operation, with their `not…` twins, skipping empty lists. */
// Rules are evaluated for every pair of the matrix: read each source/operation's fields once.
const fieldCache = new WeakMap<object, Field[]>();

function fieldsOf(obj: Record<string, string[] | undefined>, attributes: Record<string, Attribute>): Field[] {
  const cached = fieldCache.get(obj);
  if (cached) return cached;
  const out: Field[] = [];
  fieldCache.set(obj, out);
  for (const [name, attribute] of Object.entries(attributes)) {
    const notName = `not${name[0]!.toUpperCase()}${name.slice(1)}`;
    const values = obj[name] ?? [];
    const notValues = obj[notName] ?? [];
    if (values.length > 0) out.push({ name, attribute, values, notValues: [] });
    if (notValues.length > 0) out.push({ name: notName, attribute, values: [], notValues });
  }
  return out;
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** A short description of the HTTP requirements of a rule, e.g. `POST /api/payments` (for http-only verdicts). */
export function describeHttp(rule: AuthzRule): string {
  const parts: string[] = [];
  for (const t of rule.to ?? []) {
    const o = t.operation;
    const bits: string[] = [];
    if (o.methods?.length) bits.push(o.methods.join('|'));
    if (o.notMethods?.length) bits.push(`method not ${o.notMethods.join('|')}`);
    if (o.paths?.length) bits.push(o.paths.join('|'));
    if (o.notPaths?.length) bits.push(`path not ${o.notPaths.join('|')}`);
    if (o.hosts?.length) bits.push(`host ${o.hosts.join('|')}`);
    if (o.notHosts?.length) bits.push(`host not ${o.notHosts.join('|')}`);
    if (bits.length > 0) parts.push(bits.join(' '));
  }
  for (const c of rule.when ?? []) {
    const a = conditionAttribute(c.key);
    if (a && isHttpOnly(a)) parts.push(`${c.key}${c.values?.length ? ` in ${c.values.join('|')}` : ''}${c.notValues?.length ? ` not in ${c.notValues.join('|')}` : ''}`);
  }
  for (const f of rule.from ?? []) {
    if (f.source.requestPrincipals?.length) parts.push(`request principal ${f.source.requestPrincipals.join('|')}`);
    if (f.source.notRequestPrincipals?.length) parts.push(`request principal not ${f.source.notRequestPrincipals.join('|')}`);
  }
  return unique(parts).join(' or ');
}
