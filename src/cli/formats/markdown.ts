// Markdown for reports and pull-request comments: a table of the connected blocks with every workload
// listed, the denied-only blocks as one count, then warnings and the summary.
import { connected } from '../block-rows';
import { deniedLine, summaryLine, type AnalyzeFormat } from './format';

/** Table cells must not break the row: pipes escaped, line breaks as spaces. */
const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const list = (xs: string[]) => md(xs.join(', '));

export const markdownFormat = (): AnalyzeFormat => ({
  head: (ctx) =>
    `## Connections${ctx.focus.length > 0 ? ` touching ${list(ctx.focus)}` : ''}\n\n| from | to | allowed | open (not isolated) | HTTP only |\n|---|---|---|---|---|\n`,
  block: (r) => (connected(r) ? `| ${list(r.from)} | ${list(r.to)} | ${list(r.allowed)} | ${list(r.unisolated)} | ${list(r.httpOnly)} |\n` : ''),
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
});
