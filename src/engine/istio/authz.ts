// The authz layer. https://istio.io/latest/docs/reference/config/security/authorization-policy/ :
// 1. CUSTOM policies that match send the request to their external authorizer (not evaluated here: reported, never
//    decides on its own). 2. Any matching DENY policy denies. 3. No ALLOW policy for the workload: allowed.
// 4. Any matching ALLOW policy allows. 5. Otherwise denied. AUDIT "do[es] not affect whether requests are allowed".
// A policy without rules never matches, so an ALLOW policy `spec: {}` allows nothing.
//
// Attributes the query does not give (Host header, request headers, an unknown pod IP) make a rule's match
// `unknown`: an ALLOW rule must match for certain to allow; a DENY rule that may match denies (an "allowed" the
// cluster would deny is the worst answer we can give), and the reason says which assumption decided.
import type { AuthorizationPolicy, LayerResult, Message, PolicyRef, Workload } from '../../model';
import type { Endpoint } from '../endpoint';
import { andList, commaList, msg, said, uniqueMessages } from '../reasons';
import { ByNamespace, policyName } from './applies';
import type { RequestFacts } from './request';
import { describeHttp, matchRule, type RuleMode, type RuleResult } from './rules';

export interface AuthzOutcome {
  layer: LayerResult;
  httpOnly: boolean;
  /** An ALLOW rule matched: the destination admits the connection explicitly (QUERY-MODEL.md "Verdict kinds"). */
  admitted: boolean;
  notes: Message[];
  /** Some AuthorizationPolicy applies to the destination (so how the query was read matters). */
  consulted: boolean;
}

interface Applicable {
  /** Why the policies in scope that never decide for a sidecar (dry-run, targetRefs) are left out. */
  inert: Message[];
  custom: AuthorizationPolicy[];
  deny: AuthorizationPolicy[];
  allow: AuthorizationPolicy[];
  audit: AuthorizationPolicy[];
}

interface Hit {
  policy: AuthorizationPolicy;
  index: number;
  r: RuleResult;
}

const IDENTITY_NOTE = msg('authz.identity');

const ref = (p: AuthorizationPolicy, i?: number): PolicyRef => ({
  kind: 'AuthorizationPolicy',
  namespace: p.namespace,
  name: p.name,
  ...(i !== undefined ? { rule: `rules[${i}]` } : {}),
});

export class AuthzIndex {
  private readonly byNs: ByNamespace<AuthorizationPolicy>;
  private readonly cache = new Map<Workload, Applicable>();

  constructor(policies: readonly AuthorizationPolicy[]) {
    this.byNs = new ByNamespace(policies);
  }

  private applicable(w: Workload): Applicable {
    let a = this.cache.get(w);
    if (!a) {
      const scope = this.byNs.authorizationScope(w.namespace, w.labels).sort((x, y) => policyName(x).localeCompare(policyName(y)));
      const all = scope.filter((p) => !p.dryRun && !p.targetRefs);
      const of = (action: string) => all.filter((p) => (p.action ?? 'ALLOW') === action);
      const inert = scope.filter((p) => p.dryRun || p.targetRefs).map((p) => inertText(p, `${w.namespace}/${w.name}`));
      a = { inert, custom: of('CUSTOM'), deny: of('DENY'), allow: of('ALLOW'), audit: of('AUDIT') };
      this.cache.set(w, a);
    }
    return a;
  }

  // Message parameters are written out (`layer: 'authz', at`) rather than spread from a shared object: V8 builds
  // `{ ...where, x }` several times slower than a plain literal, and the matrix evaluates this for every source class.
  evaluate(dst: Endpoint, req: RequestFacts): AuthzOutcome {
    const at = dst.id;
    const where = { layer: 'authz', at };
    const { inert, custom, deny, allow, audit } = this.applicable(dst.workload!);
    if (custom.length + deny.length + allow.length + audit.length === 0) {
      return {
        layer: { layer: 'authz', decision: 'allowed', ...said(msg('authz.noPolicy', where)), policies: [] },
        httpOnly: false,
        admitted: false,
        notes: [...inert],
        consulted: false,
      };
    }
    const notes: Message[] = [...inert];
    const customHits = hits(custom, 'deny', req, notes)
      .filter(mayMatch)
      .sort((a, b) => Number(b.r.result === 'yes') - Number(a.r.result === 'yes'));
    const providers = [...new Set(customHits.map((h) => h.policy.provider))];
    if (providers.length > 1) notes.push(msg('authz.severalCustom', { providers: commaList(providers.map((p) => p ?? msg('authz.unnamedProvider'))), at: dst.id }));
    for (const h of hits(audit, 'deny', req, notes))
      if (mayMatch(h)) notes.push(msg(h.r.result === 'yes' ? 'authz.auditMatches' : 'authz.auditMayMatch', { policy: policyName(h.policy), index: h.index }));

    const denyHits = hits(deny, 'deny', req, notes);
    const denied = denyHits.find((h) => h.r.result === 'yes') ?? denyHits.find((h) => h.r.result === 'unknown');
    if (denied) {
      if (customHits.length > 0) notes.push(msg('authz.customDenyWins', { custom: customText(customHits) }));
      const details = denyDetail(denied.r);
      const policy = policyName(denied.policy);
      const index = denied.index;
      return done(notes, {
        layer: 'authz',
        decision: 'denied',
        ...said(details.length > 0 ? msg('authz.denyRuleBecause', { layer: 'authz', at, policy, index, details }) : msg('authz.denyRule', { layer: 'authz', at, policy, index })),
        policies: [ref(denied.policy, denied.index)],
      });
    }

    if (allow.length === 0) {
      const rest = msg(deny.length > 0 ? 'authz.noDenyNoAllow' : 'authz.noAllowPolicy');
      if (customHits.length > 0) return done(notes, unknownLayer(customHits, msg('authz.customThenAllowed', { layer: 'authz', at, custom: customText(customHits), rest })));
      return done(notes, { layer: 'authz', decision: 'allowed', ...said(msg('authz.allowedBecause', { layer: 'authz', at, rest })), policies: [] });
    }

    const allowHits = hits(allow, 'allow', req, notes);
    const allowed = allowHits.find((h) => h.r.result === 'yes');
    if (allowed) {
      const policy = policyName(allowed.policy);
      const index = allowed.index;
      const request = describeRequest(req);
      if (customHits.length > 0)
        return done(
          notes,
          unknownLayer(customHits, msg('authz.customThenAllowedByRule', { layer: 'authz', at, policy, index, request, custom: customText(customHits) })),
          false,
          true,
        );
      const m = msg('authz.allowedByRule', { layer: 'authz', at, policy, index, request });
      return done(notes, { layer: 'authz', decision: 'allowed', ...said(m), policies: [ref(allowed.policy, allowed.index)] }, false, true);
    }

    const names = allow.map(policyName).join(', ');
    const policies = allow.map((p) => ref(p));
    if (!req.http) {
      // Denied only because the allowing rules need HTTP fields? Try them again with those fields ignored.
      const probe = allowHits.find((h) => h.r.needsHttp && matchRule(h.policy.rules![h.index]!, req, 'allow', h.policy.namespace, true).result === 'yes');
      if (probe) {
        const needs = describeHttp(probe.policy.rules![probe.index]!);
        const m = msg('authz.httpOnly', { layer: 'authz', at, needs, policy: policyName(probe.policy), index: probe.index, policies: names });
        return done(notes, { layer: 'authz', decision: 'denied', ...said(m), policies }, true);
      }
    }
    const why = whyNoAllow(allow, allowHits, req);
    const m =
      why.length > 0 ? msg('authz.noAllowMatchesBecause', { layer: 'authz', at, policies: names, why }) : msg('authz.noAllowMatches', { layer: 'authz', at, policies: names });
    return done(notes, { layer: 'authz', decision: 'denied', ...said(m), policies });
  }
}

function hits(policies: AuthorizationPolicy[], mode: RuleMode, req: RequestFacts, notes: Message[]): Hit[] {
  const out: Hit[] = [];
  for (const policy of policies) {
    const rules = policy.rules ?? [];
    for (let index = 0; index < rules.length; index++) {
      const r = matchRule(rules[index]!, req, mode, policy.namespace);
      if (r.notes.length > 0) notes.push(...r.notes);
      if (r.identityWithoutMtls) notes.push(IDENTITY_NOTE);
      out.push({ policy, index, r });
    }
  }
  return out;
}

/** Why a policy in the destination's scope never decides for its sidecar. */
function inertText(p: AuthorizationPolicy, dst: string): Message {
  if (p.dryRun) return msg('authz.dryRun', { policy: policyName(p), at: dst });
  return msg('authz.targetRefs', { policy: policyName(p), targets: p.targetRefs!.map((t) => `${t.kind} ${t.name}`).join(', '), at: dst });
}

const mayMatch = (h: Hit): boolean => h.r.result !== 'no';

function done(notes: Message[], layer: LayerResult, httpOnly = false, admitted = false): AuthzOutcome {
  return { layer, httpOnly, admitted, notes: uniqueMessages(notes), consulted: true };
}

function unknownLayer(customHits: Hit[], m: Message): LayerResult {
  return { layer: 'authz', decision: 'unknown', ...said(m), policies: customHits.map((h) => ref(h.policy, h.index)) };
}

function customText(hits: Hit[]): Message {
  const first = hits[0]!;
  const rule = { policy: policyName(first.policy), index: first.index };
  const rules = hits.length > 1 ? msg('authz.customRules', { ...rule, more: hits.length - 1 }) : msg('authz.customRule', rule);
  const provider = first.policy.provider ?? msg('authz.noProvider');
  return msg(hits.some((h) => h.r.result === 'yes') ? 'authz.customSends' : 'authz.customMaySend', { rules, provider });
}

function denyDetail(r: RuleResult): Message[] {
  const parts: Message[] = [];
  if (r.dropped.length > 0) parts.push(msg('authz.droppedFields', { fields: r.dropped.join(', ') }));
  if (r.result === 'unknown' && r.unknowns.length > 0) parts.push(msg(r.unknowns.length > 1 ? 'authz.assumingMany' : 'authz.assumingOne', { unknowns: andList(r.unknowns) }));
  if (r.identityWithoutMtls) parts.push(msg('authz.sourceWithoutIdentity'));
  return parts;
}

function whyNoAllow(allow: AuthorizationPolicy[], hits: Hit[], req: RequestFacts): Message[] {
  const why: Message[] = [];
  const empty = allow.filter((p) => !p.rules || p.rules.length === 0);
  if (empty.length > 0) why.push(msg(empty.length > 1 ? 'authz.noRulesMany' : 'authz.noRulesOne', { policies: empty.map(policyName).join(', ') }));
  // One pass over the rules (this runs for most denied pairs of the matrix).
  let unknown: Hit[] | undefined;
  let http: Hit[] | undefined;
  let identity = false;
  for (const h of hits) {
    if (h.r.result === 'unknown') (unknown ??= []).push(h);
    if (h.r.needsHttp) (http ??= []).push(h);
    else if (h.r.skipped) why.push(msg('authz.ruleSkipped', { policy: policyName(h.policy), index: h.index, why: h.r.skipped }));
    if (h.r.identityWithoutMtls) identity = true;
  }
  if (unknown) why.push(msg('authz.wouldNeed', { rules: unknown.map(ruleName).join(', '), unknowns: andList(uniqueMessages(unknown.flatMap((h) => h.r.unknowns))) }));
  if (http) why.push(msg('authz.httpNeverTcp', { rules: http.map(ruleName).join(', ') }));
  if (identity && !req.mtls) why.push(msg('authz.noIdentity'));
  return why;
}

const ruleName = (h: Hit): string => `${policyName(h.policy)} rules[${h.index}]`;

function describeRequest(req: RequestFacts): Message {
  const what = req.http ? `${req.method} ${req.path}` : req.port === 0 ? msg('authz.tcpAnyPort') : msg('authz.tcpPort', { port: req.port });
  if (req.principal) return msg('authz.requestPrincipal', { principal: req.principal, what });
  return req.ip ? msg('authz.requestIp', { ip: req.ip, what }) : msg('authz.requestAnonymous', { what });
}
