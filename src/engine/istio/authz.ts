// The authz layer. https://istio.io/latest/docs/reference/config/security/authorization-policy/ :
// 1. CUSTOM policies that match send the request to their external authorizer (not evaluated here: reported, never
//    decides on its own). 2. Any matching DENY policy denies. 3. No ALLOW policy for the workload: allowed.
// 4. Any matching ALLOW policy allows. 5. Otherwise denied. AUDIT "do[es] not affect whether requests are allowed".
// A policy without rules never matches, so an ALLOW policy `spec: {}` allows nothing.
//
// Attributes the query does not give (Host header, request headers, an unknown pod IP) make a rule's match
// `unknown`: an ALLOW rule must match for certain to allow; a DENY rule that may match denies (an "allowed" the
// cluster would deny is the worst answer we can give), and the reason says which assumption decided.
import type { AuthorizationPolicy, LayerResult, PolicyRef, Workload } from '../../model';
import type { Endpoint } from '../endpoint';
import { ByNamespace, policyName } from './applies';
import { portText, type RequestFacts } from './request';
import { describeHttp, matchRule, type RuleMode, type RuleResult } from './rules';

export interface AuthzOutcome {
  layer: LayerResult;
  httpOnly: boolean;
  /** An ALLOW rule matched: the destination admits the connection explicitly (QUERY-MODEL.md "Verdict kinds"). */
  admitted: boolean;
  notes: string[];
  /** Some AuthorizationPolicy applies to the destination (so how the query was read matters). */
  consulted: boolean;
}

interface Applicable {
  /** Why the policies in scope that never decide for a sidecar (dry-run, targetRefs) are left out. */
  inert: string[];
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

const IDENTITY_NOTE =
  'principals and namespaces need mutual TLS: on a plaintext connection they never match and their not… forms always match (Istio compares them with an empty identity, see ISTIO-SECURITY-2021-004)';

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

  evaluate(dst: Endpoint, req: RequestFacts): AuthzOutcome {
    const where = `authz at ${dst.id}`;
    const { inert, custom, deny, allow, audit } = this.applicable(dst.workload!);
    if (custom.length + deny.length + allow.length + audit.length === 0) {
      return {
        layer: { layer: 'authz', decision: 'allowed', reason: `${where}: allowed: no AuthorizationPolicy applies`, policies: [] },
        httpOnly: false,
        admitted: false,
        notes: [...inert],
        consulted: false,
      };
    }
    const notes: string[] = [...inert];
    const customHits = hits(custom, 'deny', req, notes)
      .filter(mayMatch)
      .sort((a, b) => Number(b.r.result === 'yes') - Number(a.r.result === 'yes'));
    const providers = [...new Set(customHits.map((h) => h.policy.provider ?? '(no provider)'))];
    if (providers.length > 1) notes.push(`several CUSTOM providers (${providers.join(', ')}) apply to ${dst.id}: Istio allows at most one extension provider per workload`);
    for (const h of hits(audit, 'deny', req, notes))
      if (mayMatch(h))
        notes.push(`AUDIT AuthorizationPolicy ${policyName(h.policy)} rules[${h.index}] ${h.r.result === 'yes' ? 'matches' : 'may match'}: audit only, it never decides`);

    const denyHits = hits(deny, 'deny', req, notes);
    const denied = denyHits.find((h) => h.r.result === 'yes') ?? denyHits.find((h) => h.r.result === 'unknown');
    if (denied) {
      if (customHits.length > 0) notes.push(`${customText(customHits)}; whatever it answers, the DENY policy denies`);
      return done(notes, {
        layer: 'authz',
        decision: 'denied',
        reason: `${where}: denied by AuthorizationPolicy ${policyName(denied.policy)} rules[${denied.index}] (DENY)${denyDetail(denied.r)}`,
        policies: [ref(denied.policy, denied.index)],
      });
    }

    if (allow.length === 0) {
      const rest = deny.length > 0 ? 'no DENY rule matches and no ALLOW AuthorizationPolicy applies' : 'no ALLOW AuthorizationPolicy applies';
      if (customHits.length > 0) return done(notes, unknownLayer(where, customHits, `otherwise allowed: ${rest}`));
      return done(notes, { layer: 'authz', decision: 'allowed', reason: `${where}: allowed: ${rest}`, policies: [] });
    }

    const allowHits = hits(allow, 'allow', req, notes);
    const allowed = allowHits.find((h) => h.r.result === 'yes');
    if (allowed) {
      const by = `allowed by AuthorizationPolicy ${policyName(allowed.policy)} rules[${allowed.index}] (${describeRequest(req)})`;
      if (customHits.length > 0) return done(notes, unknownLayer(where, customHits, `otherwise ${by}`), false, true);
      return done(notes, { layer: 'authz', decision: 'allowed', reason: `${where}: ${by}`, policies: [ref(allowed.policy, allowed.index)] }, false, true);
    }

    const names = allow.map(policyName).join(', ');
    const policies = allow.map((p) => ref(p));
    if (!req.http) {
      // Denied only because the allowing rules need HTTP fields? Try them again with those fields ignored.
      const probe = allowHits.find((h) => h.r.needsHttp && matchRule(h.policy.rules![h.index]!, req, 'allow', h.policy.namespace, true).result === 'yes');
      if (probe) {
        const needs = describeHttp(probe.policy.rules![probe.index]!);
        const reason = `${where}: allowed only for requests matching ${needs} (AuthorizationPolicy ${policyName(probe.policy)} rules[${probe.index}]); as a plain TCP connection no ALLOW rule of ${names} matches, because ALLOW rules with HTTP-only fields never match TCP (give --method and --path)`;
        return done(notes, { layer: 'authz', decision: 'denied', reason, policies }, true);
      }
    }
    return done(notes, { layer: 'authz', decision: 'denied', reason: `${where}: denied: no ALLOW rule of ${names} matches${whyNoAllow(allow, allowHits, req)}`, policies });
  }
}

function hits(policies: AuthorizationPolicy[], mode: RuleMode, req: RequestFacts, notes: string[]): Hit[] {
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
function inertText(p: AuthorizationPolicy, dst: string): string {
  if (p.dryRun)
    return `AuthorizationPolicy ${policyName(p)} is dry-run (istio.io/dry-run: "true"): not enforced, Istio only logs what it would have done, so it never decides for ${dst}`;
  const targets = p.targetRefs!.map((t) => `${t.kind} ${t.name}`).join(', ');
  return `AuthorizationPolicy ${policyName(p)} has targetRef(s) (${targets}): it attaches to gateways and waypoints, not to sidecars, so it never decides for ${dst}`;
}

const mayMatch = (h: Hit): boolean => h.r.result !== 'no';

function done(notes: string[], layer: LayerResult, httpOnly = false, admitted = false): AuthzOutcome {
  return { layer, httpOnly, admitted, notes: notes.length > 1 ? [...new Set(notes)] : notes, consulted: true };
}

function unknownLayer(where: string, customHits: Hit[], rest: string): LayerResult {
  return { layer: 'authz', decision: 'unknown', reason: `${where}: ${customText(customHits)}; ${rest}`, policies: customHits.map((h) => ref(h.policy, h.index)) };
}

function customText(hits: Hit[]): string {
  const first = hits[0]!;
  const others = hits.length > 1 ? ` and ${hits.length - 1} more CUSTOM rule(s)` : '';
  const sends = hits.some((h) => h.r.result === 'yes') ? 'sends' : 'may send';
  return `CUSTOM AuthorizationPolicy ${policyName(first.policy)} rules[${first.index}]${others} ${sends} the request to external authorizer ${first.policy.provider ?? '(no provider named)'}, not evaluated`;
}

function denyDetail(r: RuleResult): string {
  const parts: string[] = [];
  if (r.dropped.length > 0) parts.push(`on a plain TCP connection its HTTP-only fields (${r.dropped.join(', ')}) are ignored, so it matches on its other fields`);
  if (r.result === 'unknown')
    parts.push(
      `assuming ${r.unknowns.join(' and ')} match${r.unknowns.length > 1 ? '' : 'es'}: the query does not give ${r.unknowns.length > 1 ? 'them' : 'it'}, and a DENY that may match is taken to match`,
    );
  if (r.identityWithoutMtls) parts.push('the source has no mTLS identity');
  return parts.length > 0 ? `: ${parts.join('; ')}` : '';
}

function whyNoAllow(allow: AuthorizationPolicy[], hits: Hit[], req: RequestFacts): string {
  const why: string[] = [];
  const empty = allow.filter((p) => !p.rules || p.rules.length === 0);
  if (empty.length > 0)
    why.push(`${empty.map(policyName).join(', ')} ${empty.length > 1 ? 'have' : 'has'} no rules: it allows nothing (an ALLOW policy without rules matches nothing)`);
  // One pass over the rules (this runs for most denied pairs of the matrix).
  let unknown: Hit[] | undefined;
  let http: Hit[] | undefined;
  let identity = false;
  for (const h of hits) {
    if (h.r.result === 'unknown') (unknown ??= []).push(h);
    if (h.r.needsHttp) (http ??= []).push(h);
    else if (h.r.skipped) why.push(`${policyName(h.policy)} rules[${h.index}] is skipped: ${h.r.skipped}`);
    if (h.r.identityWithoutMtls) identity = true;
  }
  if (unknown) why.push(`${unknown.map(ruleName).join(', ')} would need ${[...new Set(unknown.flatMap((h) => h.r.unknowns))].join(' and ')}, which the query does not give`);
  if (http) why.push(`ALLOW rules with HTTP-only fields never match a plain TCP connection (${http.map(ruleName).join(', ')})`);
  if (identity && !req.mtls) why.push('source has no mTLS identity');
  return why.length > 0 ? ` (${why.join('; ')})` : '';
}

const ruleName = (h: Hit): string => `${policyName(h.policy)} rules[${h.index}]`;

function describeRequest(req: RequestFacts): string {
  const who = req.principal ? `principal ${req.principal}` : req.ip ? `source ${req.ip}, no mTLS identity` : 'no mTLS identity';
  const what = req.http ? `${req.method} ${req.path}` : `TCP ${portText(req.port)}`;
  return `${who}, ${what}`;
}
