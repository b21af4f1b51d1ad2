// `lint()` on the distinct-workload generator (the worst case: nothing groups): the whole call warm, and each rule
// on a shared context in registry order (later rules reuse what earlier ones cached, as in lint()); findings are
// placed (positions) inside the rules that report them. The CPU time
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
  // Warm: the first calls compile the rules and the engine.
  for (let r = 0; r < 10; r++) lint(parse);
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
  const time = <T>(name: string, f: () => T): T => {
    const t = performance.now();
    const out = f();
    perRule.set(name, [...(perRule.get(name) ?? []), performance.now() - t]);
    return out;
  };
  for (let r = 0; r < runs; r++) {
    const ctx = time('(context + engine)', () => createLintContext(parse));
    // Built on first use by whichever rule asks first: timed apart so that rule's figure is its own.
    time('(workload sets)', () => ctx.sets());
    for (const rule of RULES) time(rule.name, () => rule(ctx));
  }
  console.log(
    `\n${n} workloads, ${parse.cluster.networkPolicies.length} NP, ${parse.cluster.authorizationPolicies.length} AP: lint ${median(totals).toFixed(0)} ms (cpu ${median(cpus).toFixed(0)}, median of ${runs}; fastest ${Math.min(...totals).toFixed(0)} ms), ${findings} findings`,
  );
  for (const [name, ms] of perRule) console.log(`  ${name.padEnd(24)} ${median(ms).toFixed(1).padStart(8)} ms`);
}
