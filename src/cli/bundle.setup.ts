// Vitest global setup: the CLI tests run bin/kpd.mjs, which runs dist-cli/kpd.mjs; rebuild it first so they
// never test a bundle older than the sources.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const r = spawnSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build-cli.mjs')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the CLI bundle failed:\n${r.stderr}`);
}
