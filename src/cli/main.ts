// kpd: the engine on the command line. Exit codes are a contract: check 0 allowed / 1 denied, 2 bad input
// (also when part of the input could not be read: the answer is then printed from the rest).
import { createEngine, type Engine } from '../engine';
import { english } from '../engine/reasons';
import type { Diagnostic, Protocol, Query } from '../model';
import { runAnalyze, workloadIds } from './analyze';
import { UsageError, USAGE, parseArgs, type ParsedArgs } from './args';
import { answer, checkText, portArg, readQueries, writeBatch } from './check';
import { checkFocus } from './focus';
import { FORMAT_NAMES, type FormatName } from './formats/format';
import { format, InputError, loadManifests } from './inputs';
import { bytesOf, streamSink, type TextStream } from './sink';
import { runLint } from './lint';
import { runDiff } from './diff';

export interface Io {
  out: TextStream;
  err(text: string): void;
}

const processIo: Io = { out: bytesOf(process.stdout), err: (t) => process.stderr.write(t) };

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.flags.has('help') || args.command === undefined || args.command === 'help') {
      io.out.write(USAGE + '\n');
      return args.command === undefined && !args.flags.has('help') ? 2 : 0;
    }
    if (args.command === 'analyze') return await analyze(args, io);
    if (args.command === 'check') return await check(args, io);
    if (args.command === 'lint') return await runLint(args, io);
    if (args.command === 'diff') return await runDiff(args, io);
    throw new UsageError(`unknown command "${args.command}" (use analyze, check, lint or diff; see kpd --help)`);
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.err(`kpd: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

const flag = (args: ParsedArgs, name: string) => {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
};

interface Loaded {
  engine: Engine;
  diagnostics: Diagnostic[];
  /** Part of the input could not be read: answer from the rest, exit 2. */
  incomplete: boolean;
}

/** Reads the manifests, prints their problems, and says whether the answer covers all of the input. */
function load(args: ParsedArgs, io: Io): Loaded {
  const { parse, problems, incomplete } = loadManifests(args.paths);
  for (const d of problems) io.err(format(d) + '\n');
  if (incomplete) io.err('kpd: some input could not be read (see above): answering from the rest, exit code 2\n');
  return { engine: createEngine(parse.cluster), diagnostics: parse.diagnostics, incomplete };
}

function formatOf(args: ParsedArgs): FormatName {
  const name = flag(args, 'format') ?? (args.flags.has('json') ? 'json' : 'text');
  if (!(FORMAT_NAMES as readonly string[]).includes(name)) throw new UsageError(`--format ${name}: use one of ${FORMAT_NAMES.join(', ')}`);
  if (args.flags.has('json') && name !== 'json') throw new UsageError(`--json and --format ${name} disagree: give one of them`);
  return name as FormatName;
}

async function analyze(args: ParsedArgs, io: Io): Promise<number> {
  const fmt = formatOf(args);
  const { engine, diagnostics, incomplete } = load(args, io);
  const focus = checkFocus(engine.cluster, args.lists.get('focus') ?? [], workloadIds(engine.cluster));
  const source = { cluster: engine.cluster, blocks: engine.blocks.bind(engine), warnings: () => engine.warnings().map(english) };
  await runAnalyze(source, { format: fmt, focus, diagnostics }, streamSink(io.out));
  return incomplete ? 2 : 0;
}

async function check(args: ParsedArgs, io: Io): Promise<number> {
  const json = args.flags.has('json');
  const queriesFile = flag(args, 'queries');
  if (queriesFile && (flag(args, 'from') || flag(args, 'to'))) throw new UsageError('give either --queries or --from/--to, not both');
  const queries = queriesFile ? readQueries(queriesFile) : undefined;
  const { engine, incomplete } = load(args, io);
  if (queries) {
    await writeBatch(engine, queries, queriesFile!, json, streamSink(io.out));
    return incomplete ? 2 : 0;
  }
  const from = flag(args, 'from');
  const to = flag(args, 'to');
  if (!from) throw new UsageError('--from is required (ns/name or an IP address)');
  if (!to) throw new UsageError('--to is required (ns/name or an IP address)');
  const q: Query = { from, to, port: portArg(flag(args, 'port')) };
  const protocol = flag(args, 'protocol');
  if (protocol !== undefined) {
    const p = protocol.toUpperCase();
    if (p !== 'TCP' && p !== 'UDP' && p !== 'SCTP') throw new UsageError(`--protocol ${protocol}: use TCP, UDP or SCTP`);
    q.protocol = p as Protocol;
  }
  const method = flag(args, 'method');
  if (method) q.method = method;
  const path = flag(args, 'path');
  if (path) q.path = path;
  const r = answer(engine, q, '--');
  const out = streamSink(io.out);
  await out.write(json ? JSON.stringify(r, null, 2) + '\n' : checkText(r));
  await out.flush();
  if (incomplete) return 2;
  return r.allowed ? 0 : 1;
}
