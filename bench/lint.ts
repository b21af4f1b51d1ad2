// `lint()` on the distinct-workload generator (the worst case: nothing groups): the whole call warm, and each rule
// on a shared context in registry order (later rules reuse what earlier ones cached, as in lint()). The CPU time
// beside the wall time helps on a shared machine. Run:
// node bin/tsx-run.mjs $PWD/bench/lint.ts [sizes, e.g. 1000,2000] [runs]
import { performance } from 'node:perf_hooks';
import { lint } from '../src/lint/lint';
import { createLintContext } from '../src/lint/context';
import { RULES } from '../src/lint/registry';
import { parseManifests } from '../src/yaml';
import { generateDistinct } from './generate-distinct';

const sizes = (process.argv[2] ?? '1000,2000').split(',').map(Number);
const runs = Number(process.argv[3] ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const n of sizes) {
  const parse = parseManifests([{ file: `distinct-${n}.yaml`, text: generateDistinct(n) }]);
  const totals: number[] = [];
  const cpus: number[] = [];
  let findings = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    findings = lint(parse).length;
    totals.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const perRule = new Map<string, number[]>();
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    const ctx = createLintContext(parse);
    perRule.set('(context + engine)', [...(perRule.get('(context + engine)') ?? []), performance.now() - t]);
    for (const rule of RULES) {
      t = performance.now();
      rule(ctx);
      perRule.set(rule.name, [...(perRule.get(rule.name) ?? []), performance.now() - t]);
    }
  }
  console.log(
    `\n${n} workloads, ${parse.cluster.networkPolicies.length} NP, ${parse.cluster.authorizationPolicies.length} AP: lint ${median(totals).toFixed(0)} ms (cpu ${median(cpus).toFixed(0)}, median of ${runs}), ${findings} findings`,
  );
  for (const [name, ms] of perRule) console.log(`  ${name.padEnd(24)} ${median(ms).toFixed(1).padStart(8)} ms`);
}
