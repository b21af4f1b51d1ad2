// `kpd diff <before> <after>`: every connection whose verdict changed, grouped into blocks. Exit 0 when nothing
// changed, 1 when something did, 2 on bad input.
import { diffClusters, diffMarkdown, direction, type DesignDiff } from '../diff';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { format as formatDiagnostic, loadManifests } from './inputs';
import { streamSink } from './sink';
import type { Io } from './main';

export function diffText(d: DesignDiff): string {
  const lines = d.changes.map((c) => {
    const mark = { opened: '+', closed: '-', changed: '~' }[direction(c)];
    return `${mark} ${c.from.join(', ')} -> ${c.to.join(', ')} ${c.ports.join(', ')}: ${c.before} -> ${c.after}`;
  });
  if (d.addedWorkloads.length > 0) lines.push(`added workloads: ${d.addedWorkloads.join(', ')}`);
  if (d.removedWorkloads.length > 0) lines.push(`removed workloads: ${d.removedWorkloads.join(', ')}`);
  lines.push(d.changes.length === 0 ? 'No connection changes its verdict.' : `${d.changes.length} change${d.changes.length === 1 ? '' : 's'}.`);
  return lines.join('\n') + '\n';
}

export async function runDiff(args: ParsedArgs, io: Io): Promise<number> {
  if (args.paths.length !== 2) throw new UsageError('kpd diff takes two manifest sets: kpd diff <before> <after> (each a file or a folder)');
  const format = typeof args.flags.get('format') === 'string' ? (args.flags.get('format') as string) : undefined;
  if (format !== undefined && format !== 'md' && format !== 'json' && format !== 'text') throw new UsageError(`--format ${format}: kpd diff prints text, json or md`);
  if (format === 'md' && args.flags.has('json')) throw new UsageError('give either --json or --format md, not both');
  const [before, after] = args.paths.map((p) => {
    const { parse, problems } = loadManifests([p]);
    for (const w of problems) io.err(formatDiagnostic(w) + '\n');
    return parse.cluster;
  }) as [ReturnType<typeof loadManifests>['parse']['cluster'], ReturnType<typeof loadManifests>['parse']['cluster']];
  const d = diffClusters(before, after);
  const out = streamSink(io.out);
  if (format === 'md') await out.write(diffMarkdown(d));
  else if (format === 'json' || args.flags.has('json')) await out.write(JSON.stringify({ changes: d.changes }, null, 2) + '\n');
  else await out.write(diffText(d));
  await out.flush();
  return d.changes.length > 0 ? 1 : 0;
}
