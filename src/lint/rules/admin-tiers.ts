// The admin tiers' checks (KPD311–316), computed by the engine's adminFindings over the same engine the other
// rules use, carried into the lint engine's finding shape (positions come from the policy's origin).
import { adminFindings } from '../../engine/admin/findings';
import type { Code } from '../codes';
import type { LintContext } from '../context';
import type { LintFinding } from '../types';

export function adminTiers(ctx: LintContext): LintFinding[] {
  const policies = ctx.cluster.adminPolicies ?? [];
  if (policies.length === 0) return [];
  return adminFindings(ctx.cluster, ctx.engine).map((f) => {
    const name = f.object.slice(f.object.indexOf(' ') + 1);
    const kind = f.object.slice(0, f.object.indexOf(' '));
    const origin = policies.find((p) => p.kind === kind && p.name === name)?.origin;
    const out: LintFinding = { ...f, code: f.code as Code, params: { text: f.message, object: f.object }, ref: { kind, namespace: '', name } };
    if (origin) out.doc = { file: origin.file, doc: origin.doc, line: origin.line, col: origin.col };
    return out;
  });
}
