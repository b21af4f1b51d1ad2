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
import type { AuthzRule, Message, MessageParam } from '../../model';
import { bothList, msg, orList } from '../reasons';
import {
  type Attribute,
  conditionAttribute,
  invalidValue,
  isHttpOnly,
  matchOne,
  needsMtls,
  OPERATION_ATTRIBUTES,
  SOURCE_ATTRIBUTES,
  unknownText,
  type ValueContext,
} from './attributes';
import type { RequestFacts } from './request';
import { not, type Tri } from './tri';

export type RuleMode = 'allow' | 'deny';

export interface RuleResult {
  result: Tri;
  /** Why istiod would skip this rule altogether (it then never matches). */
  skipped?: Message;
  /** Skipped only because it uses HTTP-only fields and the query is a plain TCP connection (ALLOW). */
  needsHttp: boolean;
  /** Attributes the query does not give on which the result depends. */
  unknowns: Message[];
  /** HTTP-only fields ignored because the query is plain TCP (DENY / AUDIT / CUSTOM). */
  dropped: string[];
  /** The rule looks at the peer identity but the connection is plaintext. */
  identityWithoutMtls: boolean;
  notes: Message[];
}

interface Field {
  name: string;
  attribute: Attribute;
  values: string[];
  notValues: string[];
  httpOnly: boolean;
  identity: boolean;
  /** First value istiod cannot use (invalid CIDR or port), if any. */
  invalid?: string;
}

/** A rule read once into fields, so that evaluating it per query allocates little (the matrix asks a lot). */
interface CompiledRule {
  unknownKey?: string;
  sources: Field[][];
  operations: Field[][];
  conditions: Field[];
  httpFields: string[];
  invalid?: Field;
  jwt: boolean;
  remoteIp: boolean;
}

const compiled = new WeakMap<AuthzRule, CompiledRule>();

function compile(rule: AuthzRule): CompiledRule {
  let c = compiled.get(rule);
  if (c) return c;
  const unknownKey = (rule.when ?? []).find((w) => !conditionAttribute(w.key))?.key;
  const sources = (rule.from ?? []).map((f) => fieldsOf(f.source as Record<string, string[] | undefined>, SOURCE_ATTRIBUTES));
  const operations = (rule.to ?? []).map((t) => fieldsOf(t.operation as Record<string, string[] | undefined>, OPERATION_ATTRIBUTES));
  const conditions =
    unknownKey !== undefined
      ? []
      : (rule.when ?? [])
          .filter((w) => (w.values?.length ?? 0) + (w.notValues?.length ?? 0) > 0)
          .map((w) => field(`when ${w.key}`, conditionAttribute(w.key)!, w.values ?? [], w.notValues ?? []));
  const all = [...sources.flat(), ...operations.flat(), ...conditions];
  c = {
    sources,
    operations,
    conditions,
    httpFields: unique(all.filter((f) => f.httpOnly).map((f) => f.name)),
    jwt: all.some((f) => f.attribute.kind === 'jwt'),
    remoteIp: all.some((f) => f.attribute.kind === 'sourceIp' && f.attribute.remote),
  };
  if (unknownKey !== undefined) c.unknownKey = unknownKey;
  const invalid = all.find((f) => f.invalid !== undefined);
  if (invalid) c.invalid = invalid;
  compiled.set(rule, c);
  return c;
}

function field(name: string, attribute: Attribute, values: string[], notValues: string[]): Field {
  const f: Field = { name, attribute, values, notValues, httpOnly: isHttpOnly(attribute), identity: needsMtls(attribute) };
  const bad = [...values, ...notValues].find((v) => invalidValue(attribute, v));
  if (bad !== undefined) {
    f.invalid = bad;
    // istiod drops values it cannot use from DENY / AUDIT / CUSTOM rules; keep the usable ones for those.
    f.values = values.filter((v) => !invalidValue(attribute, v));
    f.notValues = notValues.filter((v) => !invalidValue(attribute, v));
  }
  return f;
}

/** Shared empty list: most rule results carry no notes, unknowns or dropped fields (arrays are replaced, never pushed). */
const NONE: never[] = [];

const JWT_NOTE = msg('rule.jwt');
const REMOTE_NOTE = msg('rule.remoteIp');

/**
 * `asAnyHttpRequest`: evaluate a plain-TCP query as if it were an HTTP request with some method and path (methods and
 * paths taken to match; Host, headers and JWT read as for HTTP). Used to tell "denied only for lack of --method and
 * --path" apart from a real mismatch.
 */
export function matchRule(rule: AuthzRule, query: RequestFacts, mode: RuleMode, policyNamespace: string, asAnyHttpRequest = false): RuleResult {
  const req: RequestFacts = asAnyHttpRequest ? { ...query, http: true } : query;
  const out: RuleResult = { result: 'no', needsHttp: false, unknowns: NONE, dropped: NONE, identityWithoutMtls: false, notes: NONE };
  const c = compile(rule);
  // Istio rejects the whole rule for a key it does not know, whatever the action (model.go New: "unknown attribute").
  if (c.unknownKey !== undefined) {
    out.skipped = msg('rule.unknownKey', { key: c.unknownKey });
    out.notes = [msg('rule.unknownKeyNote', { key: c.unknownKey })];
    return out;
  }
  if (mode === 'allow') {
    if (!req.http && c.httpFields.length > 0) {
      out.needsHttp = true;
      out.skipped = msg('rule.httpFields', { fields: c.httpFields.join(', ') });
      return out;
    }
    if (c.invalid) {
      out.skipped = msg('rule.invalidValue', { field: c.invalid.name, value: c.invalid.invalid! });
      return out;
    }
  }
  if (c.jwt && req.http) out.notes = [JWT_NOTE];
  if (c.remoteIp) out.notes = [...out.notes, REMOTE_NOTE];
  const ctx: Ctx = { req, policyNamespace, out, anyMethodAndPath: asAnyHttpRequest };
  out.result = and3(anyOf(c.sources, ctx), anyOf(c.operations, ctx), entry(c.conditions, ctx));
  return out;
}

interface Ctx extends ValueContext {
  out: RuleResult;
  anyMethodAndPath: boolean;
}

// Plain functions rather than closures: the matrix evaluates rules hundreds of thousands of times.
function check(f: Field, ctx: Ctx): Tri {
  const { req, out } = ctx;
  if (f.httpOnly && !req.http) {
    if (!out.dropped.includes(f.name)) out.dropped = [...out.dropped, f.name];
    return 'yes';
  }
  if (ctx.anyMethodAndPath && (f.attribute.kind === 'method' || f.attribute.kind === 'path')) return 'yes';
  if (f.identity && !req.mtls) out.identityWithoutMtls = true;
  const pos: Tri = f.values.length > 0 ? anyValue(f, f.values, ctx) : 'yes';
  const neg: Tri = f.notValues.length > 0 && pos !== 'no' ? not(anyValue(f, f.notValues, ctx)) : 'yes';
  const r = and2(pos, neg);
  if (r === 'unknown') {
    const text = unknownText(f.attribute);
    if (!out.unknowns.some((u) => u.code === text.code && u.params.name === text.params.name)) out.unknowns = [...out.unknowns, text];
  }
  return r;
}

function anyValue(f: Field, values: string[], ctx: Ctx): Tri {
  let r: Tri = 'no';
  for (const v of values) {
    const t = matchOne(f.attribute, v, ctx);
    if (t === 'yes') return 'yes';
    if (t === 'unknown') r = 'unknown';
  }
  return r;
}

function entry(fields: Field[], ctx: Ctx): Tri {
  let r: Tri = 'yes';
  for (const f of fields) {
    const t = check(f, ctx);
    if (t === 'no') return 'no';
    if (t === 'unknown') r = 'unknown';
  }
  return r;
}

function anyOf(entries: Field[][], ctx: Ctx): Tri {
  if (entries.length === 0) return 'yes';
  let r: Tri = 'no';
  for (const e of entries) {
    const t = entry(e, ctx);
    if (t === 'yes') return 'yes';
    if (t === 'unknown') r = 'unknown';
  }
  return r;
}

const and3 = (a: Tri, b: Tri, c: Tri): Tri => and2(and2(a, b), c);
const and2 = (a: Tri, b: Tri): Tri => (a === 'no' || b === 'no' ? 'no' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'yes');

/** The fields of one source or operation, with their `not…` twins, skipping empty lists (read once per rule by compile). */
function fieldsOf(obj: Record<string, string[] | undefined>, attributes: Record<string, Attribute>): Field[] {
  const out: Field[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    const notName = `not${name[0]!.toUpperCase()}${name.slice(1)}`;
    const values = obj[name] ?? [];
    const notValues = obj[notName] ?? [];
    if (values.length > 0) out.push(field(name, attribute, values, []));
    if (notValues.length > 0) out.push(field(notName, attribute, [], notValues));
  }
  return out;
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** A short description of the HTTP requirements of a rule, e.g. `POST /api/payments` (for http-only verdicts). */
export function describeHttp(rule: AuthzRule): MessageParam {
  const parts: MessageParam[] = [];
  const seen = new Set<string>();
  const add = (p: MessageParam) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return;
    seen.add(key);
    parts.push(p);
  };
  const values = (xs: string[]) => xs.join('|');
  for (const t of rule.to ?? []) {
    const o = t.operation;
    const bits: MessageParam[] = [];
    if (o.methods?.length) bits.push(values(o.methods));
    if (o.notMethods?.length) bits.push(msg('http.methodNot', { values: values(o.notMethods) }));
    if (o.paths?.length) bits.push(values(o.paths));
    if (o.notPaths?.length) bits.push(msg('http.pathNot', { values: values(o.notPaths) }));
    if (o.hosts?.length) bits.push(msg('http.host', { values: values(o.hosts) }));
    if (o.notHosts?.length) bits.push(msg('http.hostNot', { values: values(o.notHosts) }));
    if (bits.length > 0) add(bothList(bits));
  }
  for (const c of rule.when ?? []) {
    const a = conditionAttribute(c.key);
    if (!a || !isHttpOnly(a)) continue;
    const [yes, no] = [c.values ?? [], c.notValues ?? []];
    if (yes.length > 0 && no.length > 0) add(msg('http.whenInNotIn', { key: c.key, values: values(yes), notValues: values(no) }));
    else if (yes.length > 0) add(msg('http.whenIn', { key: c.key, values: values(yes) }));
    else if (no.length > 0) add(msg('http.whenNotIn', { key: c.key, values: values(no) }));
    else add(c.key);
  }
  for (const f of rule.from ?? []) {
    if (f.source.requestPrincipals?.length) add(msg('http.requestPrincipal', { values: values(f.source.requestPrincipals) }));
    if (f.source.notRequestPrincipals?.length) add(msg('http.requestPrincipalNot', { values: values(f.source.notRequestPrincipals) }));
  }
  return parts.length > 0 ? orList(parts) : '';
}
