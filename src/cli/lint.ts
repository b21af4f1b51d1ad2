// `kpd lint`: findings with stable codes (src/lint), as text, the `--json` contract, or SARIF 2.1.0.
// Exit 0 when no finding is at or above --fail-on (default warning), 1 when some are, 2 on bad input.
import { readFileSync } from 'node:fs';
import { lint, SEVERITY_RANK, toFinding, toSarif, type LintFinding } from '../lint';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { format as formatDiagnostic, InputError, loadManifests } from './inputs';
import { streamSink } from './sink';
import type { Io } from './main';

type Severity = keyof typeof SEVERITY_RANK;

export function kpdVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function option(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function lintText(findings: readonly LintFinding[]): string {
  const lines = findings.map((f) => {
    const at = `${f.file || '<input>'}:${f.line}${f.column !== undefined ? `:${f.column}` : ''}`;
    return `${at}: ${f.severity} ${f.code}: ${f.message}${f.fix ? `\n    fix: ${f.fix}` : ''}`;
  });
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  lines.push(
    findings.length === 0
      ? 'No findings.'
      : `${plural(findings.length, 'finding')}: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`,
  );
  return lines.join('\n') + '\n';
}

export async function runLint(args: ParsedArgs, io: Io): Promise<number> {
  const failOn = option(args, 'fail-on') ?? 'warning';
  if (!(failOn in SEVERITY_RANK)) throw new UsageError(`--fail-on ${failOn}: use error, warning or info`);
  const format = option(args, 'format');
  if (format !== undefined && format !== 'sarif' && format !== 'json' && format !== 'text') throw new UsageError(`--format ${format}: kpd lint prints text, json or sarif`);
  if (format === 'sarif' && args.flags.has('json')) throw new UsageError('give either --json or --format sarif, not both');
  const { parse, problems, incomplete } = loadManifests(args.paths);
  // Input problems go to stderr too (they are also KPD900 findings); a file that cannot be read at all makes the
  // run bad input (exit 2), though the rest is still linted.
  for (const d of problems) io.err(formatDiagnostic(d) + '\n');
  // Linting nothing passes every check: a wrong path or an empty folder must not look like a clean bill of health.
  if (parse.documents.length === 0) throw new InputError(`no Kubernetes objects found in ${args.paths.join(', ')} (*.yaml, *.yml, *.json)`);
  const findings = lint(parse, { input: true });
  const out = streamSink(io.out);
  if (format === 'sarif') await out.write(JSON.stringify(toSarif(findings, kpdVersion()), null, 2) + '\n');
  else if (format === 'json' || args.flags.has('json')) await out.write(JSON.stringify({ findings: findings.map(toFinding) }, null, 2) + '\n');
  else await out.write(lintText(findings));
  await out.flush();
  if (incomplete) return 2;
  const threshold = SEVERITY_RANK[failOn as Severity];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}
