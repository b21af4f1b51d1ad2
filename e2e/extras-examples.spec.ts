// Every example of the gallery opens, the overlay shows its known pair in the colour the rules give, and a
// screenshot of each is kept as an artifact (test-results/screens/example-<id>.png).
import { test, expect } from '@playwright/test';
import { EXAMPLES } from '../src/examples';
import { Extras } from './extras.page';

for (const example of EXAMPLES) {
  test(`example ${example.id} opens and shows ${example.overlay.from} → ${example.overlay.to} as ${example.overlay.kind}`, async ({ page }) => {
    const x = new Extras(page);
    await x.open();
    await x.openExample(example.id as never);
    const { from, to, kind } = example.overlay;
    await expect(page.getByLabel(`workload ${to}`, { exact: true }).first()).toBeVisible();
    // The overlay shows every pair of the selected node: select the source.
    await page.getByLabel(`workload ${from}`, { exact: true }).first().click();
    const edge = page.locator(`[aria-label^="traffic ${from} to ${to}:"]`).first();
    await expect(edge).toHaveAttribute('data-kind', kind);
    await page.screenshot({ path: `test-results/screens/example-${example.id}.png` });
  });
}

test('opening an example over a design asks first, and Cancel keeps the design', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await x.openExample('three-pods');
  await x.button('Examples').click();
  const gallery = x.dialog('Examples');
  await gallery.getByRole('button', { name: 'Open example: Recipe: deny all', exact: true }).click();
  await expect(gallery.getByRole('alertdialog', { name: 'Replace the current design?' })).toBeVisible();
  await gallery.getByRole('button', { name: 'Cancel' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('workload demo/a', { exact: true }).first()).toBeVisible();
  expect(await x.nodeNames()).not.toContain('workload locked/web');
});

test('an opened example is shown whole, whatever the view was before', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await x.openExample('three-pods');
  // Leave the view somewhere else: zoomed out, as after working on a large design.
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
  for (let i = 0; i < 6; i++) await zoomOut.click();
  await x.openExample('shop');
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const spanOfNamespaces = () =>
    page.locator('.react-flow__node-namespace').evaluateAll((els) => {
      const boxes = els.map((e) => e.getBoundingClientRect());
      const left = Math.min(...boxes.map((b) => b.left));
      const right = Math.max(...boxes.map((b) => b.right));
      const top = Math.min(...boxes.map((b) => b.top));
      const bottom = Math.max(...boxes.map((b) => b.bottom));
      return { width: right - left, height: bottom - top };
    });
  // Fitted with 10% padding: the design fills the pane in one direction at least.
  await expect
    .poll(async () => {
      const s = await spanOfNamespaces();
      return Math.max(s.width / pane.width, s.height / pane.height);
    })
    .toBeGreaterThan(0.7);
  await page.screenshot({ path: 'test-results/screens/example-shop-fitted.png' });
});

test('labels that would land on one spot are stacked: no label hides another on the shop example', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await x.openExample('shop');
  await expect(page.locator('.kpd-traffic-label').first()).toBeVisible();
  const boxes = await page
    .locator('.kpd-edge-label, .kpd-traffic-label')
    .evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', r: e.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number } })));
  const hidden: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const w = Math.min(a.r.x + a.r.width, b.r.x + b.r.width) - Math.max(a.r.x, b.r.x);
      const h = Math.min(a.r.y + a.r.height, b.r.y + b.r.height) - Math.max(a.r.y, b.r.y);
      const smaller = Math.min(a.r.width * a.r.height, b.r.width * b.r.height);
      if (w > 0 && h > 0 && (w * h) / smaller > 0.5) hidden.push(`${a.text} / ${b.text}`);
    }
  expect(hidden).toEqual([]);
});
