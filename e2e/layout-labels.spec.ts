// Issue 10, "Layout and labels": namespaces packed in a grid, labels off card titles and badges, new workloads
// inside the view.
import { expect, test, type Page } from '@playwright/test';
import { Designer } from './pages/designer';
import { Extras } from './extras.page';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;

async function boxes(page: Page, selector: string): Promise<(Box & { text: string })[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, text: e.textContent ?? '' };
    }),
  );
}

test('auto layout packs 5 namespaces in a grid close to the canvas shape, not one column', async ({ page }) => {
  const docs: string[] = [];
  for (const ns of ['a', 'b', 'c', 'd', 'e']) {
    docs.push(`apiVersion: v1\nkind: Namespace\nmetadata: {name: ${ns}}`);
    for (let i = 0; i < 6; i++) docs.push(`apiVersion: v1\nkind: Pod\nmetadata: {name: w${i}, namespace: ${ns}}\nspec: {containers: [{name: c, image: x}]}`);
  }
  const d = new Designer(page);
  await d.open();
  await d.editor.setText(docs.join('\n---\n') + '\n');
  await expect(d.node('namespace e')).toBeVisible();
  await d.button('Auto layout').click();
  await page.getByRole('button', { name: 'Fit View' }).click();
  await page.waitForTimeout(500);
  const ns = await boxes(page, '.react-flow__node-namespace');
  expect(new Set(ns.map((b) => Math.round(b.x))).size).toBeGreaterThan(1);
  const w = Math.max(...ns.map((b) => b.x + b.width)) - Math.min(...ns.map((b) => b.x));
  const h = Math.max(...ns.map((b) => b.y + b.height)) - Math.min(...ns.map((b) => b.y));
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  expect(Math.abs(Math.log(w / h / (canvas.width / canvas.height)))).toBeLessThan(0.7);
  await d.shot('layout-grid');
});

test('in the Shop example no label covers a card title or a badge', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await x.openExample('shop');
  await expect(page.getByLabel('workload auth/auth-service', { exact: true })).toBeVisible();
  const traffic = x.button('Show traffic');
  if ((await traffic.getAttribute('aria-pressed')) !== 'true') await traffic.click();
  await page.getByLabel('workload auth/auth-service', { exact: true }).click({ position: { x: 30, y: 12 } });
  await expect(page.locator('.kpd-traffic-label').first()).toBeVisible();
  await page.waitForTimeout(500);
  const labels = await boxes(page, '.kpd-edge-label, .kpd-traffic-label');
  const heads = await boxes(page, '.kpd-wl-head, .kpd-ns-head, .kpd-ext-name');
  const covered = labels.flatMap((l) => heads.filter((h) => overlap(l, h)).map((h) => `${l.text} on ${h.text}`));
  expect(covered).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/shop-labels.png' });
});

test('a new workload lands inside the view', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.addNamespaceWith('a', 'w0');
  const zoomIn = page.getByRole('button', { name: 'Zoom In' });
  for (let i = 0; i < 5 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
  // Each new workload is selected, so the next one goes into the same namespace, further down its grid.
  for (let i = 1; i < 6; i++) {
    await d.button('Add workload').click();
    await expect(page.locator('.react-flow__node-workload')).toHaveCount(i + 1);
  }
  await page.waitForTimeout(600);
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const added = (await page.locator('.react-flow__node-workload.selected').boundingBox())!;
  expect(added.x).toBeGreaterThanOrEqual(canvas.x);
  expect(added.y).toBeGreaterThanOrEqual(canvas.y);
  expect(added.x + added.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  expect(added.y + added.height).toBeLessThanOrEqual(canvas.y + canvas.height);
});
