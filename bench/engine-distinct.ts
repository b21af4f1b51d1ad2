// In-process engine figures on the distinct-workload generator (issue 9 targets): parse, full Connectivity, the
// block cover (count and time), peak RSS. The CPU time beside the wall time helps on a shared machine. Run: node bin/tsx-run.mjs bench/engine-distinct.ts [sizes, e.g. 200,1000]
import { performance } from 'node:perf_hooks';
import { createEngineInternals } from '../src/engine/engine';
import { parseManifests } from '../src/yaml';
import { generateDistinct } from './generate-distinct';

const sizes = (process.argv[2] ?? '200,1000,2000,10000').split(',').map(Number);
const mb = (bytes: number) => Math.round(bytes / 1048576);
let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);

const rows: string[] = [];
for (const n of sizes) {
  const text = generateDistinct(n);
  let t = performance.now();
  const { cluster } = parseManifests([{ file: `distinct-${n}.yaml`, text }]);
  const parseMs = performance.now() - t;
  const engine = createEngineInternals(cluster);
  t = performance.now();
  const cpu = process.cpuUsage();
  engine.connectivity();
  const connMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const connCpuMs = (used.user + used.system) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  t = performance.now();
  const cpu2 = process.cpuUsage();
  let blocks = 0;
  let ids = 0;
  for (const b of engine.blocks()) {
    blocks++;
    ids += b.from.length + b.to.length;
  }
  const blocksMs = performance.now() - t;
  const used2 = process.cpuUsage(cpu2);
  const blocksCpuMs = (used2.user + used2.system) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  rows.push(
    `| ${n.toLocaleString('en')} / ${cluster.networkPolicies.length.toLocaleString('en')} / ${cluster.authorizationPolicies.length.toLocaleString('en')} | ${parseMs.toFixed(0)} | ${connMs.toFixed(0)} (cpu ${connCpuMs.toFixed(0)}) | ${blocks.toLocaleString('en')} (${ids.toLocaleString('en')} ids) | ${blocksMs.toFixed(0)} (cpu ${blocksCpuMs.toFixed(0)}) | ${mb(peak)} |`,
  );
}
clearInterval(sample);
console.log(['| workloads / NP / AP | parse ms | connectivity ms | blocks (ids listed) | blocks ms | peak RSS MB |', '|---|---|---|---|---|---|', ...rows].join('\n'));
