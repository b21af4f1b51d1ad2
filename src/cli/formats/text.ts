// Text for a terminal: connected blocks only (allowed, open, HTTP-only ports on one line), the denied-only
// blocks as one count, then warnings and the summary. Long workload lists are cut: --json and csv have all.
import type { BlockRow } from '../block-rows';
import { connected } from '../block-rows';
import { byIdentity } from './by-identity';
import { clusterPoliciesText } from '../tiers';
import { deniedLine, summaryLine, type AnalyzeFormat } from './format';

const SHOWN = 8;

export function side(ids: string[]): string {
  if (ids.length === 1) return ids[0]!;
  const shown = ids.slice(0, SHOWN).join(', ');
  return ids.length > SHOWN ? `{${shown}, … ${ids.length - SHOWN} more}` : `{${shown}}`;
}

export function portsText(r: BlockRow): string {
  const parts: string[] = [];
  if (r.allowed.length > 0) parts.push(`allowed ${r.allowed.join(', ')}`);
  if (r.unisolated.length > 0) parts.push(`not isolated ${r.unisolated.join(', ')}`);
  if (r.httpOnly.length > 0) parts.push(`HTTP only ${r.httpOnly.join(', ')}`);
  return parts.join('; ');
}

export function textFormat(): AnalyzeFormat {
  const sideText = byIdentity(side);
  // A block's three non-denied lists come from one shared ports array, so `allowed` stands for all three.
  const ports = new WeakMap<string[], string>();
  const portsOf = (r: BlockRow) => {
    let text = ports.get(r.allowed);
    if (text === undefined) ports.set(r.allowed, (text = portsText(r)));
    return text;
  };
  return {
    head: (ctx) =>
      clusterPoliciesText(ctx.clusterPolicies)
        .map((l) => `${l}\n`)
        .join('') + `Connections${ctx.focus.length > 0 ? ` touching ${ctx.focus.join(', ')}` : ''} (sources -> destinations: ports let through):\n`,
    block: (r) => (connected(r) ? `  ${sideText(r.from)} -> ${sideText(r.to)}: ${portsOf(r)}\n` : ''),
    tail(_ctx, { summary, warnings }) {
      const lines = ['', deniedLine(summary), '', `Warnings (${warnings.length}):`, ...warnings.map((w) => `  - ${w}`), '', summaryLine(summary)];
      return lines.join('\n') + '\n';
    },
  };
}
