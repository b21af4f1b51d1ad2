// kpd: the engine on the command line. Exit codes are a contract: check 0 allowed / 1 denied, 2 bad input.
import { createEngine } from '../engine';
import type { Protocol, Query } from '../model';
import { analyzeJson, analyzeText } from './analyze';
import { UsageError, USAGE, parseArgs } from './args';
import { answer, checkText, portArg, readQueries } from './check';
import { format, InputError, loadManifests } from './inputs';
import { runLint } from './lint';
import { runDiff } from './diff';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.flags.has('help') || args.command === undefined || args.command === 'help') {
      io.out(USAGE + '\n');
      return args.command === undefined && !args.flags.has('help') ? 2 : 0;
    }
    const json = args.flags.has('json');
    const flag = (name: string) => {
      const v = args.flags.get(name);
      return typeof v === 'string' ? v : undefined;
    };
    if (args.command === 'lint') return runLint(args, io);
    if (args.command === 'diff') return runDiff(args, io);
    if (args.command === 'analyze') {
      const { parse, warnings } = loadManifests(args.paths);
      for (const w of warnings) io.err(format(w) + '\n');
      const matrix = createEngine(parse.cluster).matrix();
      io.out(
        json
          ? JSON.stringify(analyzeJson(matrix, parse.diagnostics, parse.cluster.adminPolicies), null, 2) + '\n'
          : analyzeText(matrix, parse.diagnostics, parse.cluster.adminPolicies),
      );
      return 0;
    }
    if (args.command === 'check') {
      const queriesFile = flag('queries');
      if (queriesFile && (flag('from') || flag('to'))) throw new UsageError('give either --queries or --from/--to, not both');
      const queries = queriesFile ? readQueries(queriesFile) : undefined;
      const { parse, warnings } = loadManifests(args.paths);
      for (const w of warnings) io.err(format(w) + '\n');
      const engine = createEngine(parse.cluster);
      if (queries) {
        const results = queries.map((q, i) => answer(engine, q, `${queriesFile}[${i}].`));
        io.out(json ? JSON.stringify(results, null, 2) + '\n' : results.map(checkText).join('\n'));
        return 0;
      }
      const from = flag('from');
      const to = flag('to');
      if (!from) throw new UsageError('--from is required (ns/name or an IP address)');
      if (!to) throw new UsageError('--to is required (ns/name or an IP address)');
      const q: Query = { from, to, port: portArg(flag('port')) };
      const protocol = flag('protocol');
      if (protocol !== undefined) {
        const p = protocol.toUpperCase();
        if (p !== 'TCP' && p !== 'UDP' && p !== 'SCTP') throw new UsageError(`--protocol ${protocol}: use TCP, UDP or SCTP`);
        q.protocol = p as Protocol;
      }
      const method = flag('method');
      if (method) q.method = method;
      const path = flag('path');
      if (path) q.path = path;
      const r = answer(engine, q, '--');
      io.out(json ? JSON.stringify(r, null, 2) + '\n' : checkText(r));
      return r.allowed ? 0 : 1;
    }
    throw new UsageError(`unknown command "${args.command}" (use analyze, check, lint or diff; see kpd --help)`);
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.err(`kpd: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
