import { defineConfig } from '@playwright/test';
import { findChromium, chromiumArgs } from './e2e/browser';

// KPD_PORT / KPD_OUT let several people (or helpers) run e2e at once without sharing a port or a build folder.
const port = Number(process.env.KPD_PORT ?? 4173);
const outDir = process.env.KPD_OUT ?? 'dist';
const resultsDir = process.env.KPD_OUT ? `test-results/${process.env.KPD_OUT.replace(/[^\w-]/g, '_')}` : 'test-results';

export default defineConfig({
  testDir: './e2e',
  testMatch: /.*\.spec\.ts$/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // One retry as a safety net on a loaded 2-core CI machine; flaky runs are counted and shown.
  retries: 1,
  outputDir: resultsDir,
  // npm test names the JSON file itself (KPD_E2E_JSON), outside outputDir, which Playwright empties at start.
  reporter: [['list'], ['json', { outputFile: process.env.KPD_E2E_JSON ?? `${resultsDir}/e2e.json` }]],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  webServer: {
    command: `npx --no-install vite build --outDir ${outDir} --emptyOutDir && npx --no-install vite preview --outDir ${outDir} --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
