// Markdown for reports and pull-request comments: a table of the connected blocks with every workload
// listed, the denied-only blocks as one count, then warnings and the summary.
import { connected } from '../block-rows';
import { byIdentity } from './by-identity';
import { deniedLine, summaryLine, type AnalyzeFormat } from './format';

/** Table cells must not break the row: pipes escaped, line breaks as spaces. */
const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const list = (xs: string[]) => md(xs.join(', '));

export function markdownFormat(): AnalyzeFormat {
  const cell = byIdentity(list);
  return {
    head: (ctx) =>
      `## Connections${ctx.focus.length > 0 ? ` touching ${list(ctx.focus)}` : ''}\n\n| from | to | allowed | open (not isolated) | HTTP only |\n|---|---|---|---|---|\n`,
    block: (r) => (connected(r) ? `| ${cell(r.from)} | ${cell(r.to)} | ${cell(r.allowed)} | ${cell(r.unisolated)} | ${cell(r.httpOnly)} |\n` : ''),
    tail: (_ctx, { summary, warnings }) =>
      [
        '',
        deniedLine(summary),
        '',
        `## Warnings (${warnings.length})`,
        '',
        ...warnings.map((w) => `- ${md(w)}`),
        ...(warnings.length > 0 ? [''] : []),
        summaryLine(summary),
        '',
      ].join('\n'),
  };
}
