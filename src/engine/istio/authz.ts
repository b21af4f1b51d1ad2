// The authz layer: CUSTOM, then DENY, then ALLOW (https://istio.io/latest/docs/concepts/security/#implicit-enablement).
// CUSTOM is an external authorizer we cannot run (reported, never decides); AUDIT never decides; an ALLOW policy
// with no rules (`spec: {}`) matches nothing, so it denies every request once it applies.
import type { AuthorizationPolicy, Cluster, LayerResult, PolicyRef } from '../../model';
import type { Endpoint } from '../endpoint';
import { appliesTo } from './applies';
import type { RequestFacts } from './request';
import { matchRule } from './rules';

export interface AuthzOutcome {
  layer: LayerResult;
  httpOnly: boolean;
  notes: string[];
}

const ref = (p: AuthorizationPolicy, i?: number): PolicyRef => ({ kind: 'AuthorizationPolicy', namespace: p.namespace, name: p.name, ...(i !== undefined ? { rule: `rules[${i}]` } : {}) });
const nameOf = (p: AuthorizationPolicy) => `${p.namespace}/${p.name}`;

export class AuthzIndex {
  constructor(private readonly cluster: Cluster) {}

  evaluate(dst: Endpoint, req: RequestFacts): AuthzOutcome {
    const where = `authz at ${dst.id}`;
    const notes: string[] = [];
    const applicable = this.cluster.authorizationPolicies
      .filter((p) => appliesTo(p, dst.namespace!, dst.workload!.labels))
      .sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
    const of = (action: string) => applicable.filter((p) => (p.action ?? 'ALLOW') === action);
    const firstMatch = (p: AuthorizationPolicy, mode: 'allow' | 'deny') => {
      for (const [i, rule] of (p.rules ?? []).entries()) {
        const m = matchRule(rule, req, mode);
        notes.push(...m.notes);
        if (m.matched) return i;
      }
      return undefined;
    };
    const custom = of('CUSTOM').filter((p) => firstMatch(p, 'deny') !== undefined);
    for (const p of of('AUDIT')) if (firstMatch(p, 'deny') !== undefined) notes.push(`AUDIT policy ${nameOf(p)} matches (audit only, never decides)`);
    for (const p of of('DENY')) {
      const i = firstMatch(p, 'deny');
      if (i !== undefined) {
        const dropped = req.http ? '' : ' (HTTP-only fields of DENY rules are ignored on plain TCP, so the rule matches on its other fields)';
        return done({ layer: 'authz', decision: 'denied', reason: `${where}: denied by AuthorizationPolicy ${nameOf(p)} rules[${i}] (DENY)${dropped}`, policies: [ref(p, i)] }, false);
      }
    }
    const allow = of('ALLOW');
    if (allow.length === 0) {
      if (custom.length > 0) return done(unknown(where, custom), false);
      return done({ layer: 'authz', decision: 'allowed', reason: `${where}: allowed: no ALLOW AuthorizationPolicy applies`, policies: [] }, false);
    }
    let needsHttp: AuthorizationPolicy | undefined;
    for (const p of allow) {
      for (const [i, rule] of (p.rules ?? []).entries()) {
        const m = matchRule(rule, req, 'allow');
        notes.push(...m.notes);
        if (m.matched) {
          if (custom.length > 0) return done(unknown(where, custom, `, then allowed by AuthorizationPolicy ${nameOf(p)} rules[${i}]`), false);
          return done({ layer: 'authz', decision: 'allowed', reason: `${where}: allowed by AuthorizationPolicy ${nameOf(p)} rules[${i}]${describe(req)}`, policies: [ref(p, i)] }, false);
        }
        if (m.needsHttp) needsHttp ??= p;
      }
    }
    const names = allow.map(nameOf).join(', ');
    const emptyOnes = allow.filter((p) => !p.rules || p.rules.length === 0);
    const why = emptyOnes.length === allow.length ? ` (${emptyOnes.map(nameOf).join(', ')} has no rules: it allows nothing)` : req.principal ? '' : ' (the source has no mTLS identity)';
    if (needsHttp) {
      return done(
        { layer: 'authz', decision: 'denied', reason: `${where}: allowed only for HTTP requests matching AuthorizationPolicy ${nameOf(needsHttp)} (give --method and --path); as plain TCP no ALLOW rule of ${names} matches`, policies: allow.map((p) => ref(p)) },
        true,
      );
    }
    return done({ layer: 'authz', decision: 'denied', reason: `${where}: denied: no ALLOW rule of ${names} matches${why}`, policies: allow.map((p) => ref(p)) }, false);

    function done(layer: LayerResult, httpOnly: boolean): AuthzOutcome {
      return { layer, httpOnly, notes: [...new Set(notes)] };
    }
  }
}

function unknown(where: string, custom: AuthorizationPolicy[], rest = ''): LayerResult {
  const p = custom[0]!;
  return {
    layer: 'authz',
    decision: 'unknown',
    reason: `${where}: CUSTOM AuthorizationPolicy ${nameOf(p)} sends it to external authorizer ${p.provider ?? '(unnamed)'}, not evaluated${rest}`,
    policies: custom.map((c) => ref(c)),
  };
}

function describe(req: RequestFacts): string {
  const parts: string[] = [];
  if (req.principal) parts.push(`principal ${req.principal}`);
  if (req.http) parts.push(`${req.method} ${req.path}`);
  else parts.push(`TCP port ${req.port}`);
  return ` (${parts.join(', ')})`;
}
