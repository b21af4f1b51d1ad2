// A small argument parser: positional paths plus `--flag value` / `--flag=value` / boolean flags.
export interface ParsedArgs {
  command?: string;
  paths: string[];
  flags: Map<string, string | true>;
  /** Flags that may be given more than once (--focus), in the order given. */
  lists: Map<string, string[]>;
}

export class UsageError extends Error {}

const VALUE_FLAGS = new Set(['from', 'to', 'port', 'protocol', 'method', 'path', 'queries', 'format', 'fail-on', 'focus']);
const REPEATABLE = new Set(['focus']);
const BOOL_FLAGS = new Set(['json', 'help']);

export function parseArgs(argv: string[]): ParsedArgs {
  const out: ParsedArgs = { paths: [], flags: new Map(), lists: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h') {
      out.flags.set('help', true);
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      if (BOOL_FLAGS.has(name)) {
        if (eq >= 0) throw new UsageError(`--${name} takes no value`);
        out.flags.set(name, true);
      } else if (VALUE_FLAGS.has(name)) {
        const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
        if (REPEATABLE.has(name)) out.lists.set(name, [...(out.lists.get(name) ?? []), value]);
        else out.flags.set(name, value);
      } else {
        throw new UsageError(`unknown option ${a} (see kpd --help)`);
      }
      continue;
    }
    if (out.command === undefined) out.command = a;
    else out.paths.push(a);
  }
  return out;
}

export const USAGE = `kpd — Kube Policy Designer on the command line

Usage:
  kpd analyze <files|dirs…> [--json | --format text|json|csv|md|dot] [--focus ns/name|ns]…
      The connectivity matrix as blocks: sources × destinations with the same verdict on the same ports.
      text and md list the blocks with a connection and count the denied ones; json and csv list every
      block; dot draws namespaces as clusters. --focus (repeatable) keeps the connections touching those
      workloads or namespaces. Output is written as it is computed.
  kpd check <files|dirs…> --from ns/name|IP --to ns/name|IP --port N [--protocol TCP|UDP|SCTP]
            [--method GET --path /x] [--json]
      One verdict with the reason of every layer. Exit 0 allowed, 1 denied, 2 bad input.
  kpd check <files|dirs…> --queries queries.json --json
      A batch: a JSON array of {from, to, port, protocol?, method?, path?} in, the same array with
      allowed, kind, reasons and layers out. Exit 0 whatever the verdicts, 2 on bad input.

  kpd lint <files|dirs…> [--json] [--format sarif] [--fail-on error|warning|info]
      Findings with stable codes (KPD1xx NetworkPolicy, KPD2xx Istio, KPD3xx across layers, KPD9xx input and
      unmodelled kinds; see the README). Exit 0 when none is at or above --fail-on (default warning), 1 when
      some are, 2 on bad input.
  kpd diff <before> <after> [--json] [--format md]
      Every connection whose verdict changed between two manifest sets (each a file or a folder), grouped into
      blocks. Exit 0 when nothing changed, 1 when something did, 2 on bad input.

Directories are read recursively (*.yaml, *.yml, *.json). A file that cannot be read (YAML syntax error,
over 20 MB) is named on stderr with its line; the rest is still answered, and the exit code is 2.`;
