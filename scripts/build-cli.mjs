#!/usr/bin/env node
// Builds the kpd CLI into one JS bundle (dist-cli/kpd.mjs) so `kpd` starts like a compiled tool: no TypeScript
// loader at run time (tsx compiled every start, about 0.3 s). Run by `npm install` (prepare) and `npm run build:cli`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildCli() {
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/entry.ts'],
    outfile: 'dist-cli/kpd.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The `yaml` package calls require('process'); an ESM bundle has no `require` unless we define one.
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    logLevel: 'warning',
    legalComments: 'none',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
