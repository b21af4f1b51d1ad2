// KPD205 dry-run, KPD206 targetRef(s), KPD207 CUSTOM: AuthorizationPolicies that look enforced but do not decide
// for sidecar workloads (QUERY-MODEL.md "Istio").
// - `istio.io/dry-run: "true"`: Istio only logs the would-be decision
//   (https://istio.io/latest/docs/tasks/security/authorization/authz-dry-run/).
// - `targetRef`/`targetRefs`: attaches the policy to a Gateway or a waypoint, not to sidecars
//   (https://istio.io/latest/docs/reference/config/security/authorization-policy/, targetRefs).
import type { AuthorizationPolicy } from '../../model';
import { isPlainMap } from '../../yaml/reader/plain';
import type { Written } from '../../yaml/locate';
import type { LintContext } from '../context';
import type { LintFinding } from '../types';

/**
 * Whether the policy's document may hold `key` as written. Reading it as written costs a YAML parse; a text that
 * neither spells the key nor has a `\` (a double-quoted escape, YAML's only way to write a character it does not
 * spell: folding adds a space, an alias or merge repeats text of the same document) cannot hold it. Policies
 * without a dry-run annotation or a targetRef, nearly all of them, are then never parsed again.
 */
function mayHold(ctx: LintContext, ap: AuthorizationPolicy, key: string): boolean {
  const text = ctx.locate.source(ap.origin);
  return text !== undefined && (text.includes(key) || text.includes('\\'));
}

export function isDryRun(ctx: LintContext, ap: AuthorizationPolicy): boolean {
  if (!mayHold(ctx, ap, 'istio.io/dry-run')) return false;
  // A scalar's text, lowercased, is what String(value).toLowerCase() gives (`True` is read as true); only a
  // collection needs the reading below (String(['true']) is 'true' too).
  const written = ctx.locate.written(ap.origin, ['metadata', 'annotations', 'istio.io/dry-run']);
  if (written && written.kind !== 'collection') return written.kind === 'scalar' && written.text.toLowerCase() === 'true';
  const meta = ctx.locate.raw(ap.origin)?.metadata;
  const ann = isPlainMap(meta) ? meta.annotations : undefined;
  return isPlainMap(ann) && String(ann['istio.io/dry-run']).toLowerCase() === 'true';
}

/** `targetRef` or `targetRefs` when the policy has one. */
export function targetField(ctx: LintContext, ap: AuthorizationPolicy): 'targetRef' | 'targetRefs' | undefined {
  if (!mayHold(ctx, ap, 'targetRef')) return undefined;
  const set = (field: string) => ctx.locate.written(ap.origin, ['spec', field]);
  const refs = set('targetRefs');
  const ref = set('targetRef');
  if (refs && ref) {
    const given = (w: Written) => w.kind !== 'missing' && w.kind !== 'null';
    return given(refs) ? 'targetRefs' : given(ref) ? 'targetRef' : undefined;
  }
  const spec = ctx.locate.raw(ap.origin)?.spec;
  if (!isPlainMap(spec)) return undefined;
  if (spec.targetRefs !== undefined && spec.targetRefs !== null) return 'targetRefs';
  if (spec.targetRef !== undefined && spec.targetRef !== null) return 'targetRef';
  return undefined;
}

export const attachesElsewhere = (ctx: LintContext, ap: AuthorizationPolicy): boolean => isDryRun(ctx, ap) || targetField(ctx, ap) !== undefined;

export function istioEnforcement(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const ap of ctx.cluster.authorizationPolicies) {
    const subject = { kind: 'AuthorizationPolicy', ...ap };
    if (isDryRun(ctx, ap)) out.push(ctx.report('KPD205', subject, {}, { path: ['metadata', 'annotations', 'istio.io/dry-run'] }));
    const field = targetField(ctx, ap);
    if (field) out.push(ctx.report('KPD206', subject, { field: `spec.${field}` }, { path: ['spec', field] }));
    if (ap.action === 'CUSTOM') out.push(ctx.report('KPD207', subject, { provider: ap.provider ?? 'no provider' }, { path: ['spec', 'action'] }));
  }
  return out;
}
