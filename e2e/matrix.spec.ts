// Issue 10, "Connectivity matrix": the grid by its accessible names (a contract for outside tests), keyboard,
// collapse/expand, filters, CSV export and the explanation of a pair.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { Designer } from './pages/designer';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

const pod = (ns: string, name: string, port = 8080) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ${ns}, labels: {app: ${name}}}\nspec: {containers: [{name: c, image: x, ports: [{containerPort: ${port}}]}]}`;

/**
 * shop/web → shop/api allowed (api admits web; web's egress allows only api), anything else into api and all from
 * web denied, web open to all, data/db denies all ingress.
 */
const DESIGN = [
  'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}',
  'apiVersion: v1\nkind: Namespace\nmetadata: {name: data}',
  pod('shop', 'web'),
  pod('shop', 'api'),
  pod('data', 'db', 5432),
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: api-from-web, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: api}}\n  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 8080}]}]`,
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: web-out, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Egress]\n  egress: [{to: [{podSelector: {matchLabels: {app: api}}}], ports: [{port: 8080}]}]`,
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: data}\nspec: {podSelector: {}, policyTypes: [Ingress]}`,
].join('\n---\n');

async function openMatrix(page: Page) {
  const d = new Designer(page);
  await d.open();
  await d.editor.setText(DESIGN + '\n');
  await expect(d.node('workload data/db')).toBeVisible();
  const button = d.button('Matrix');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const grid = page.getByRole('grid', { name: 'Connectivity matrix' });
  await expect(grid).toBeVisible();
  return { d, grid };
}

test('the matrix names every pair with its kind and ports; a click explains it under "Why?"', async ({ page }) => {
  const { grid } = await openMatrix(page);
  await expect(grid.getByRole('gridcell', { name: 'shop/web → shop/api: allowed · 8080/TCP allowed', exact: true })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'shop/api → shop/web: open · 8080/TCP open', exact: true })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'shop/web → data/db: denied · 5432/TCP denied', exact: true })).toBeVisible();
  await grid.getByRole('gridcell', { name: /^shop\/web → data\/db: denied/ }).hover();
  await expect(page.getByRole('tooltip')).toContainText('5432/TCP: denied');
  await grid.getByRole('gridcell', { name: /^shop\/web → shop\/api: allowed/ }).click();
  const why = page.getByRole('region', { name: /Why\?/ });
  await expect(why).toContainText('shop/web → shop/api');
  await expect(why.locator('.kpd-verdict-head').first()).toHaveAttribute('data-kind', 'allowed');
  await page.screenshot({ path: 'test-results/screens/matrix-small.png' });
});

test('arrow keys move the active cell and Enter explains it', async ({ page }) => {
  const { grid } = await openMatrix(page);
  await grid.focus();
  const active = async () => {
    const id = await grid.getAttribute('aria-activedescendant');
    return page.locator(`[id="${id}"]`).getAttribute('aria-label');
  };
  // Rows and columns: data/db, then shop/api, shop/web (namespaces sorted, then names).
  expect(await active()).toBe('data/db → data/db: same workload');
  await page.keyboard.press('ArrowRight');
  expect(await active()).toMatch(/^data\/db → shop\/api: denied/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await active()).toMatch(/^shop\/web → shop\/api: allowed/);
  await page.keyboard.press('ArrowLeft');
  expect(await active()).toMatch(/^shop\/web → data\/db: denied/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /Why\?/ })).toContainText('shop/web → data/db');
});

test('a collapsed namespace shows counts of each kind; it expands again', async ({ page }) => {
  const { grid } = await openMatrix(page);
  await grid.getByRole('button', { name: 'Collapse shop' }).click();
  await expect(grid.getByRole('button', { name: 'Expand shop' })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'shop → shop: 1 allowed, 1 open, 0 HTTP only, 0 denied (2 pairs)', exact: true })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'shop → data/db: 0 allowed, 0 open, 0 HTTP only, 2 denied (2 pairs)', exact: true })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: /^shop\/web → / })).toHaveCount(0);
  await grid.getByRole('button', { name: 'Expand shop' }).click();
  await expect(grid.getByRole('gridcell', { name: /^shop\/web → shop\/api: allowed/ })).toBeVisible();
});

test('filters by namespace and by kind; Export CSV downloads what is shown', async ({ page }) => {
  const { grid } = await openMatrix(page);
  await page.getByLabel('From namespace').selectOption('shop');
  await expect(grid.getByRole('gridcell', { name: /^data\/db → / })).toHaveCount(0);
  await expect(grid.getByRole('gridcell', { name: /^shop\/api → data\/db/ })).toHaveCount(1);
  await page.getByRole('checkbox', { name: 'Denied', exact: true }).uncheck();
  await expect(grid.getByRole('gridcell', { name: 'shop/api → data/db: denied (hidden by the legend)', exact: true })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.split('\n').filter(Boolean)).toEqual(['from \\ to,data/db,shop/api,shop/web', 'shop/api,,,unisolated', 'shop/web,,allowed,']);
  await page.getByRole('button', { name: 'Matrix', exact: true }).click();
  await expect(grid).toBeHidden();
});
