#!/usr/bin/env node
// Runs the prebuilt CLI bundle (dist-cli/kpd.mjs, built by `npm install` through the prepare script).
// Without it (e.g. deleted `dist-cli/`), a tree that still has tsx runs the TypeScript sources; otherwise
// it says how to build it, rather than failing with a module-not-found stack.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist-cli/kpd.mjs', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('kpd: the CLI bundle dist-cli/kpd.mjs is missing: run `npm run build:cli` (npm install runs it too)\n');
    process.exit(2);
  }
  register();
  await import('../src/cli/entry.ts');
}
