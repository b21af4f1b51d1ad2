// `npm run bench`: the Node section, then the browser section when bench/browser.ts is present.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runNodeBench } from './node';

console.log(await runNodeBench());
const browser = fileURLToPath(new URL('./browser.ts', import.meta.url));
if (existsSync(browser)) {
  const mod = (await import('./browser.ts' as string)) as { runBrowserBench?: () => Promise<string> };
  if (mod.runBrowserBench) console.log('\n' + (await mod.runBrowserBench()));
}
