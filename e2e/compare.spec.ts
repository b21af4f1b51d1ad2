// Compare: the design when Compare is pressed is the baseline; after an edit the canvas shows only what changed
// (green "+" newly allowed, red "−" newly denied), the panel lists it, and it exports as Markdown.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { EditorPage } from './pages/editor';

const PODS = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 8080}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: shop, labels: {app: api}}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 8080}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: shop, labels: {app: db}}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 5432}]}]}
`;
const DB_FROM_API = `---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-api, namespace: shop}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress: [{from: [{podSelector: {matchLabels: {app: api}}}], ports: [{port: 5432}]}]
`;

async function open(page: Page, text: string): Promise<EditorPage> {
  await page.goto('/');
  const editor = new EditorPage(page);
  await editor.waitForReady();
  await editor.setText(text);
  await editor.waitForSynced();
  return editor;
}

test('Compare: a policy added after pressing Compare shows as newly denied edges, listed and exported as Markdown', async ({ page }) => {
  const editor = await open(page, PODS);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-pressed', 'true');
  const panel = page.getByRole('region', { name: 'Compare' });
  await expect(panel).toContainText('Changes since the design at');
  await editor.setText(PODS + DB_FROM_API);
  await editor.waitForSynced();
  // web → db closes; api → db, open before (nothing at db decided), is now admitted explicitly (QUERY-MODEL kinds).
  await expect(panel.getByRole('status')).toHaveText('2 changes');
  await expect(panel.getByRole('list', { name: 'Changed connections' })).toContainText('− shop/web → shop/db 5432/TCP');
  await expect(panel.getByRole('list', { name: 'Changed connections' })).toContainText('shop/api → shop/db 5432/TCP');
  const closed = page.getByLabel('newly denied shop/web to shop/db 5432/TCP');
  await expect(closed).toBeVisible();
  await expect(closed).toHaveText('− 5432/TCP');
  // Only changes are drawn: no traffic edge for the unchanged pairs.
  await expect(page.locator('[data-dir]').filter({ hasText: '8080' })).toHaveCount(0);
  // The matrix shows the same changes: the closed pair has its kind now, an unchanged pair no colour.
  await page.getByRole('button', { name: 'Matrix' }).click();
  const grid = page.getByRole('grid', { name: 'Connectivity matrix' });
  await expect(grid.getByRole('gridcell', { name: 'shop/web → shop/db: denied · 5432/TCP denied', exact: true })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: /^shop\/db → shop\/web: unchanged since the baseline$/ })).toBeVisible();
  await expect(page.getByText(/^Comparing: 2 changes since/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/compare-matrix-1440.png' });
  await page.getByRole('button', { name: 'Matrix' }).click();
  await page.screenshot({ path: 'test-results/screens/compare-1440.png' });
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export as Markdown' }).click();
  const md = readFileSync(await (await download).path(), 'utf8');
  expect(md).toContain('| ➖ | `shop/web` | `shop/db` | 5432/TCP | unisolated | denied |');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/compare-1280.png' });
});

test('Compare against imported files: removing a policy shows newly allowed connections in green with a "+"', async ({ page }) => {
  await open(page, PODS);
  await page.getByRole('button', { name: 'Compare' }).click();
  const panel = page.getByRole('region', { name: 'Compare' });
  await panel.getByLabel('Imported files…').setInputFiles({ name: 'before.yaml', mimeType: 'application/yaml', buffer: Buffer.from(PODS + DB_FROM_API) });
  await expect(panel).toContainText('Changes since before.yaml');
  const opened = page.getByLabel('newly allowed shop/web to shop/db 5432/TCP');
  await expect(opened).toHaveText('+ 5432/TCP');
  await panel.getByRole('button', { name: 'Stop comparing' }).click();
  await expect(opened).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-pressed', 'false');
});
