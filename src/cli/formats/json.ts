// JSON with today's field names, written as it goes: every block (denied-only ones too) is one line of the
// `connections` array. `summary` comes last because it is counted while the blocks stream by.
import { byIdentity } from './by-identity';
import type { AnalyzeFormat } from './format';
import type { AdminPolicy, Diagnostic } from '../../model';

/** A diagnostic as `analyze --json` has always written it: the page's i18n code and parameters stay out. */
const diagnosticRow = ({ code: _code, params: _params, ...d }: Diagnostic) => d;

const policyRow = (p: AdminPolicy) => ({ kind: p.kind, name: p.name, tier: p.tier, ...(p.priority !== undefined ? { priority: p.priority } : {}) });

export function jsonFormat(): AnalyzeFormat {
  let first = true;
  // Exactly JSON.stringify(row), with each shared list serialised once.
  const list = byIdentity((xs) => JSON.stringify(xs));
  return {
    // Additive: only a design with admin-tier policies gets the field, in evaluation order.
    head: (ctx) => `{\n${ctx.clusterPolicies.length > 0 ? `"clusterPolicies": ${JSON.stringify(ctx.clusterPolicies.map(policyRow))},\n` : ''}"connections": [`,
    block(r) {
      const sep = first ? '\n' : ',\n';
      first = false;
      return `${sep}{"from":${list(r.from)},"to":${list(r.to)},"allowed":${list(r.allowed)},"unisolated":${list(r.unisolated)},"httpOnly":${list(r.httpOnly)},"denied":${list(r.denied)}}`;
    },
    tail: (ctx, { summary, warnings }) =>
      `${first ? '' : '\n'}],\n"warnings": ${JSON.stringify(warnings, null, 2)},\n"diagnostics": ${JSON.stringify(ctx.diagnostics.map(diagnosticRow))},\n"summary": ${JSON.stringify(summary, null, 2)}\n}\n`,
  };
}
