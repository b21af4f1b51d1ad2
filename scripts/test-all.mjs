#!/usr/bin/env node
// The whole test suite: typecheck, unit tests (Vitest), then e2e (Playwright in Chromium).
// Ends with one "N passed, N failed" line summed over both runners, since neither prints one.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, existsSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;

let failedSteps = 0;
const step = (name, cmd, args) => {
  console.log(`\n=== ${name}`);
  const code = run(cmd, args);
  if (code !== 0) {
    failedSteps++;
    console.log(`=== ${name} failed (exit ${code})`);
  }
  return code;
};

step('typecheck', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.core.json']);
step('typecheck app', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.app.json']);
step('typecheck node', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.node.json']);
step('unit tests', 'npx', ['--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
if (!process.argv.includes('--unit-only')) step('e2e tests', 'npx', ['--no-install', 'playwright', 'test']);

let passed = 0,
  failed = 0,
  skipped = 0;
const readJson = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
const e2e = process.argv.includes('--unit-only') ? null : readJson('test-results/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps > 0 || failed > 0 || passed === 0 ? 1 : 0);
