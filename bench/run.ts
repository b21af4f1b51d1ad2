// `npm run bench`: the Node section, the CLI section (whole commands as child processes), then the browser
// section when bench/browser.ts is present. `npm run bench -- --node-only` skips the browser (the quick run);
// `--cli-only` runs the CLI section alone; `--sizes=200,1000` limits the CLI's analyze sizes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCliBench } from './cli';
import { runNodeBench } from './node';

const flags = process.argv.slice(2);
const sizes = flags
  .find((f) => f.startsWith('--sizes='))
  ?.slice('--sizes='.length)
  .split(',')
  .map(Number);

if (!flags.includes('--cli-only')) console.log(await runNodeBench());
console.log('\n' + (await runCliBench(sizes)));
const browser = fileURLToPath(new URL('./browser.ts', import.meta.url));
if (!flags.includes('--node-only') && !flags.includes('--cli-only') && existsSync(browser)) {
  const mod = (await import('./browser.ts' as string)) as { runBrowserBench?: () => Promise<string> };
  if (mod.runBrowserBench) console.log('\n' + (await mod.runBrowserBench()));
}
