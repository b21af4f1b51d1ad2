// CLI section of `npm run bench` (issue 9 §3): the commands as users run them, each a child process, on the
// worst-case generator (every workload distinct). Wall time, CPU time and peak RSS come from GNU time when
// it is installed. A run that passes its time-out or memory ceiling is stopped and reported as FAIL, so a
// slow engine cannot hang the bench or take the shared machine's memory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, writeFileSync, closeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseManifests } from '../src/yaml';
import { parseManifestsFast } from '../src/yaml/parse-fast';
import { clearChunkCache } from '../src/yaml/reader/incremental';
import { generateDistinct } from './generate-distinct';

const KPD = join(import.meta.dirname, '..', 'bin', 'kpd.mjs');
const GNU_TIME = '/usr/bin/time';
const TIMEOUT = '/usr/bin/timeout';
/** Heap ceiling of a measured child: well over every target, under what would starve the machine. */
const HEAP_MB = 3072;

interface Run {
  wallS: number;
  cpuS?: number;
  rssMB?: number;
  code: number | null;
  timedOut: boolean;
  err: string;
}

/** Runs `node [heap flag] bin/kpd.mjs …args`, stdout to /dev/null, under GNU time when available. */
function runKpd(args: string[], timeoutS: number): Run {
  const dir = mkdtempSync(join(tmpdir(), 'kpd-bench-time-'));
  const timeFile = join(dir, 'time');
  // coreutils' timeout stops node itself: killing GNU time instead would leave node running.
  const node = [process.execPath, `--max-old-space-size=${HEAP_MB}`, KPD, ...args];
  const limited = existsSync(TIMEOUT) ? [TIMEOUT, '-s', 'KILL', String(timeoutS), ...node] : node;
  const withTime = existsSync(GNU_TIME);
  const cmd = withTime ? GNU_TIME : limited[0]!;
  const argv = withTime ? ['-o', timeFile, '-f', '%e %U %S %M', ...limited] : limited.slice(1);
  const devNull = openSync('/dev/null', 'w');
  const t = performance.now();
  const r = spawnSync(cmd, argv, { stdio: ['ignore', devNull, 'pipe'], timeout: (timeoutS + 30) * 1000, killSignal: 'SIGKILL', encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = (performance.now() - t) / 1000;
  closeSync(devNull);
  const killed = r.status === 137 || r.signal === 'SIGKILL' || r.error !== undefined;
  const run: Run = { wallS: wall, code: r.status, timedOut: killed && wall >= timeoutS, err: (r.stderr ?? '').slice(-400) };
  // A stopped run's figures are timeout's own (it dies with node), so they are not reported.
  if (withTime && existsSync(timeFile) && !killed) {
    const m = /(\d+\.\d+) (\d+\.\d+) (\d+\.\d+) (\d+)\s*$/.exec(readFileSync(timeFile, 'utf8'));
    if (m) {
      run.wallS = Number(m[1]);
      run.cpuS = Number(m[2]) + Number(m[3]);
      run.rssMB = Math.round(Number(m[4]) / 1024);
    }
  }
  return run;
}

const s = (x: number | undefined, digits = 2) => (x === undefined ? 'n/a' : x.toFixed(digits));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function verdict(run: Run, maxS: number, maxMB?: number): string {
  if (run.timedOut) return `FAIL (stopped after ${run.wallS.toFixed(0)} s)`;
  if (run.code !== 0) return `FAIL (exit ${run.code}: ${/RangeError|heap out of memory|Error[^\n]*/.exec(run.err)?.[0] ?? 'see stderr'})`;
  const memoryOk = maxMB === undefined || run.rssMB === undefined || run.rssMB < maxMB;
  if (run.wallS < maxS && memoryOk) return 'PASS';
  return memoryOk ? cpuNote(run.cpuS, maxS) : 'FAIL';
}

/** On a loaded machine wall time says little: say when the CPU time alone is within the target. */
function cpuNote(cpuS: number | undefined, maxS: number): string {
  return cpuS !== undefined && cpuS < maxS ? `FAIL on wall time (CPU ${cpuS.toFixed(2)} s is within: load ${loadavg()[0]!.toFixed(1)})` : 'FAIL';
}

const ANALYZE = [
  { workloads: 200, maxS: undefined, maxMB: undefined, timeoutS: 60 },
  { workloads: 1000, maxS: undefined, maxMB: undefined, timeoutS: 60 },
  { workloads: 2000, maxS: 2, maxMB: 500, timeoutS: 60 },
  { workloads: 10000, maxS: 20, maxMB: 2048, timeoutS: 120 },
];
const BATCH_QUERIES = 20000;
const BATCH_TARGET_S = 1;
const CHECK_TARGET_MS = 120;

function countKinds(text: string): { np: number; ap: number } {
  return { np: text.split('\nkind: NetworkPolicy\n').length - 1, ap: text.split('\nkind: AuthorizationPolicy\n').length - 1 };
}

function writeQueries(text: string, file: string): void {
  const ids = parseManifestsFast([{ file: 'q', text }]).cluster.workloads.map((w) => `${w.namespace}/${w.name}`);
  const ports = [8080, 9090, 5432, 6379];
  const qs = Array.from({ length: BATCH_QUERIES }, (_, i) => {
    const q: Record<string, unknown> = { from: ids[(i * 7919) % ids.length], to: ids[(i * 104729 + 3) % ids.length], port: ports[i % ports.length] };
    if (i % 5 === 0) Object.assign(q, { method: 'GET', path: '/api/x' });
    return q;
  });
  writeFileSync(file, JSON.stringify(qs));
}

function parseRow(text: string): string {
  const time = (read: () => unknown) =>
    median(
      [0, 1, 2].map(() => {
        clearChunkCache();
        const t = performance.now();
        read();
        return performance.now() - t;
      }),
    );
  const input = [{ file: 'p.yaml', text }];
  const before = time(() => parseManifests(input));
  const after = time(() => parseManifestsFast(input));
  return `| parse of the 2,000-workload file (${(text.length / 1e6).toFixed(1)} MB), in-process, median of 3 | yaml ${before.toFixed(0)} ms → fast path ${after.toFixed(0)} ms | — | ${(before / after).toFixed(1)}x |`;
}

export async function runCliBench(sizes = ANALYZE.map((a) => a.workloads)): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kpd-bench-cli-'));
  const rows: string[] = [];
  const extra: string[] = [];
  for (const a of ANALYZE.filter((x) => sizes.includes(x.workloads))) {
    const text = generateDistinct(a.workloads);
    const file = join(dir, `distinct-${a.workloads}.yaml`);
    writeFileSync(file, text);
    const { np, ap } = countKinds(text);
    const run = runKpd(['analyze', file, '--json'], a.timeoutS);
    const target = a.maxS === undefined ? '—' : `< ${a.maxS} s, < ${a.maxMB! >= 1024 ? `${a.maxMB! / 1024} GB` : `${a.maxMB} MB`}`;
    const result = a.maxS === undefined ? (run.code === 0 && !run.timedOut ? 'ran' : verdict(run, Infinity)) : verdict(run, a.maxS, a.maxMB);
    rows.push(
      `| \`kpd analyze --json\`, ${a.workloads.toLocaleString('en')} / ${np} / ${ap} | ${s(run.wallS)} s | ${s(run.cpuS)} s | ${run.rssMB ?? 'n/a'} MB | ${target} | ${result} |`,
    );
    if (a.workloads === 1000) {
      const q = join(dir, 'queries.json');
      writeQueries(text, q);
      const b = runKpd(['check', file, '--queries', q, '--json'], 60);
      rows.push(
        `| \`kpd check --queries\` (${BATCH_QUERIES.toLocaleString('en')} queries) --json, 1,000 | ${s(b.wallS)} s | ${s(b.cpuS)} s | ${b.rssMB ?? 'n/a'} MB | < ${BATCH_TARGET_S} s | ${verdict(b, BATCH_TARGET_S)} |`,
      );
    }
    if (a.workloads === 2000) extra.push(parseRow(text));
  }
  const pods = join(dir, 'two-pods.yaml');
  const pod = (n: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata: {name: ${n}, namespace: demo, labels: {app: ${n}}}\nspec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}\n`;
  writeFileSync(pods, pod('one') + '---\n' + pod('two'));
  const starts = Array.from({ length: 7 }, () => runKpd(['check', pods, '--from', 'demo/one', '--to', 'demo/two', '--port', '80'], 10));
  const startMs = median(starts.map((r) => r.wallS * 1000));
  const bare = median(Array.from({ length: 5 }, () => runNode(['-e', '0'])));
  rows.push(
    `| \`kpd check\` on a two-pod file, median of 7 (bare \`node -e 0\`: ${bare.toFixed(0)} ms) | ${startMs.toFixed(0)} ms | ${s(median(starts.map((r) => r.cpuS ?? 0)))} s | ${starts[0]!.rssMB ?? 'n/a'} MB | < ${CHECK_TARGET_MS} ms | ${startMs < CHECK_TARGET_MS ? 'PASS' : cpuNote(median(starts.map((r) => r.cpuS ?? Infinity)), CHECK_TARGET_MS / 1000)} |`,
  );
  return [
    '## CLI, whole commands as child processes (distinct workloads: every workload its own app)',
    '',
    '| command, workloads / NetworkPolicies / AuthorizationPolicies | wall | CPU (user+sys) | peak RSS | target | result |',
    '|---|---|---|---|---|---|',
    ...rows,
    ...extra,
    '',
    `Wall and CPU time and peak RSS from GNU time; stdout goes to /dev/null. On a shared machine the wall time moves with its load (load average now ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')}); CPU time much less.`,
  ].join('\n');
}

function runNode(args: string[]): number {
  const t = performance.now();
  spawnSync(process.execPath, args, { stdio: 'ignore' });
  return performance.now() - t;
}
