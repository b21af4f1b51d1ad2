// Node section of `npm run bench`: parse, full matrix, queries per second and memory at three sizes.
import { performance } from 'node:perf_hooks';
import { parseManifests } from '../src/yaml';
import { createEngine, isQueryError } from '../src/engine/engine';
import { generateManifests } from './generate';

const SIZES = [200, 1000, 2000];
const MATRIX_TARGET_MS = 2000;
const MEMORY_TARGET_MB = 500;

function mb(bytes: number): number {
  return Math.round(bytes / 1048576);
}

export async function runNodeBench(): Promise<string> {
  const rows: string[] = [];
  const verdicts: string[] = [];
  let peakRss = 0;
  const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
  for (const workloads of SIZES) {
    const text = generateManifests({ workloads, networkPolicies: Math.min(1000, workloads / 2), authorizationPolicies: Math.min(300, Math.round(workloads * 0.15)) });
    let t = performance.now();
    const parsed = parseManifests([{ file: `bench-${workloads}.yaml`, text }]);
    const parseMs = performance.now() - t;
    const engine = createEngine(parsed.cluster);
    t = performance.now();
    engine.matrix();
    const matrixMs = performance.now() - t;
    const ids = parsed.cluster.workloads.map((w) => `${w.namespace}/${w.name}`);
    const q = 20000;
    t = performance.now();
    for (let i = 0; i < q; i++) {
      const v = engine.check({ from: ids[(i * 7919) % ids.length]!, to: ids[(i * 104729) % ids.length]!, port: 8080 });
      if (isQueryError(v)) throw new Error(`${v.argument}: ${v.error}`);
    }
    const qps = Math.round(q / ((performance.now() - t) / 1000));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    const heap = mb(process.memoryUsage().heapUsed);
    rows.push(
      `| ${workloads} | ${parsed.cluster.networkPolicies.length} | ${parsed.cluster.authorizationPolicies.length} | ${parseMs.toFixed(0)} | ${matrixMs.toFixed(0)} | ${qps} | ${mb(peakRss)} | ${heap} |`,
    );
    if (workloads === 2000) {
      verdicts.push(`| 2,000-workload matrix < ${MATRIX_TARGET_MS} ms | ${matrixMs.toFixed(0)} ms | ${matrixMs < MATRIX_TARGET_MS ? 'PASS' : 'FAIL'} |`);
      verdicts.push(`| peak memory < ${MEMORY_TARGET_MB} MB | ${mb(peakRss)} MB | ${mb(peakRss) < MEMORY_TARGET_MB ? 'PASS' : 'FAIL'} |`);
      verdicts.push(await timeAnalyzeCommand(text));
    }
  }
  clearInterval(sample);
  return [
    '## Node (one core)',
    '',
    '| workloads | NetworkPolicies | AuthorizationPolicies | parse ms | matrix ms | queries/s | peak RSS MB | heap MB |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    '| target | measured | result |',
    '|---|---|---|',
    ...verdicts,
  ].join('\n');
}

/** `kpd analyze` as users feel it at 2,000 workloads: a real child process, tsx startup included. */
async function timeAnalyzeCommand(text: string): Promise<string> {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { spawnSync } = await import('node:child_process');
  const dir = mkdtempSync(join(tmpdir(), 'kpd-bench-'));
  const file = join(dir, 'cluster.yaml');
  writeFileSync(file, text);
  const t = performance.now();
  const r = spawnSync(process.execPath, ['bin/kpd.mjs', 'analyze', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  const lines = r.stdout.split('\n').length;
  return `| \`kpd analyze\` at 2,000 (whole command, ${lines} lines, exit ${r.status}) | ${ms.toFixed(0)} ms | ${r.status === 0 ? 'ran' : 'FAIL'} |`;
}
