// A diff as a Markdown table, ready for a pull-request description (the CLI's --format md and the page's export).
import { direction, type DesignDiff } from './diff';

const cell = (s: string) => s.replace(/\|/g, '\\|');
const names = (xs: string[]) => cell(xs.map((x) => `\`${x}\``).join(', '));

export function diffMarkdown(d: DesignDiff): string {
  const lines: string[] = ['### Effective traffic changes', ''];
  if (d.changes.length === 0) lines.push('No connection changes its verdict.');
  else {
    lines.push('| | From | To | Ports | Before | After |', '|---|---|---|---|---|---|');
    for (const c of d.changes) {
      const mark = { opened: '➕', closed: '➖', changed: '~' }[direction(c)];
      lines.push(`| ${mark} | ${names(c.from)} | ${names(c.to)} | ${cell(c.ports.join(', '))} | ${c.before} | ${c.after} |`);
    }
  }
  if (d.addedWorkloads.length > 0) lines.push('', `Added workloads: ${names(d.addedWorkloads)}`);
  if (d.removedWorkloads.length > 0) lines.push('', `Removed workloads: ${names(d.removedWorkloads)}`);
  return lines.join('\n') + '\n';
}
