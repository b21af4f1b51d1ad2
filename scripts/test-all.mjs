#!/usr/bin/env node
// The whole test suite: lint, typecheck, unit tests (Vitest), then e2e (Playwright in Chromium).
// Ends with one "N passed, N failed" line summed over both runners, since neither prints one. The runners'
// JSON reports go to a folder of this script's own, emptied first: Playwright empties its outputDir
// (test-results/, or test-results/<KPD_OUT>), so a report written there by an earlier step, or left by an
// earlier run, would be lost or counted again.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const unitOnly = process.argv.includes('--unit-only');
const reports = resolve('.test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const unitJson = `${reports}/unit.json`;
const e2eJson = `${reports}/e2e.json`;

let failedSteps = 0;
const step = (name, cmd, args, env = {}) => {
  console.log(`\n=== ${name}`);
  const code = spawnSync(cmd, args, { stdio: 'inherit', shell: false, env: { ...process.env, ...env } }).status ?? 1;
  if (code !== 0) {
    failedSteps++;
    console.log(`=== ${name} failed (exit ${code})`);
  }
  return code;
};

step('lint', 'npm', ['run', '--silent', 'lint']);
step('typecheck', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.core.json']);
step('typecheck app', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.app.json']);
step('typecheck node', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.node.json']);
step('unit tests', 'npx', ['--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
if (!unitOnly) step('e2e tests', 'npx', ['--no-install', 'playwright', 'test'], { KPD_E2E_JSON: e2eJson });

const readJson = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;
const unit = readJson(unitJson);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
} else console.log('No unit test report was written: counting the unit step as failed.');
const e2e = unitOnly ? null : readJson(e2eJson);
if (e2e) {
  // A flaky test passed on its retry: it counts once, as passed.
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
} else if (!unitOnly) console.log('No e2e test report was written: counting the e2e step as failed.');
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
const missing = !unit || (!unitOnly && !e2e);
process.exit(failedSteps > 0 || failed > 0 || passed === 0 || missing ? 1 : 0);
