// Screenshots of issue 10's views at 1440×900 and 1280×720 (a projector): the Shop example, a big design with the
// matrix open and with collapsed namespaces, and Present mode. The 1440 ones go to docs/ for the README.
import { expect, test, type Page } from '@playwright/test';
import { generateManifests } from '../bench/generate';
import { generateDistinct } from '../bench/generate-distinct';
import { Designer } from './pages/designer';
import { Extras } from './extras.page';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];
const BIG = generateManifests({ workloads: 120, networkPolicies: 24, authorizationPolicies: 12 });
/** A real-cluster-like export: 1,000 distinct workloads in 28 namespaces. */
const EXPORT = generateDistinct(1000);

const shot = (page: Page, name: string, width: number) =>
  page.screenshot({ path: width === 1440 && /^(matrix|collapsed|present|export)$/.test(name) ? `docs/screenshot-${name}.png` : `test-results/screens/scale-${name}-${width}.png` });

async function pressed(page: Page, name: string, on = true) {
  const b = page.getByRole('button', { name, exact: true });
  if ((await b.getAttribute('aria-pressed')) !== String(on)) await b.click();
  await expect(b).toHaveAttribute('aria-pressed', String(on));
}

for (const size of SIZES) {
  test(`screens at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    const x = new Extras(page);
    await x.open();
    await x.openExample('shop');
    await pressed(page, 'Show traffic');
    await page.getByLabel('workload auth/auth-service', { exact: true }).click({ position: { x: 30, y: 12 } });
    await page.waitForTimeout(800);
    await shot(page, 'shop', size.width);
    await pressed(page, 'Present');
    await page.waitForTimeout(500);
    await shot(page, 'present', size.width);
    await pressed(page, 'Present', false);

    const d = new Designer(page);
    await d.editor.setText(BIG);
    await expect(page.getByLabel('namespace team-0', { exact: true })).toBeVisible({ timeout: 30_000 });
    await page.keyboard.press('Escape');
    await d.button('Auto layout').click();
    await page.getByRole('button', { name: 'Fit View' }).click();
    await page.waitForTimeout(1000);
    await expect(d.button('Collapse namespaces')).toHaveAttribute('aria-pressed', 'true');
    await shot(page, 'collapsed', size.width);
    await pressed(page, 'Matrix');
    const grid = page.getByRole('grid', { name: 'Connectivity matrix' });
    await expect(grid).toBeVisible({ timeout: 30_000 });
    await grid.getByRole('button', { name: 'Collapse team-0' }).click();
    await grid.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    await shot(page, 'matrix', size.width);

    // The export pasted, the matrix closed: laid out, fitted and collapsed, with the overlay's counted edges.
    await pressed(page, 'Matrix', false);
    await d.editor.setText(EXPORT);
    await expect(page.locator('.react-flow__node-namespaceCollapsed')).toHaveCount(28, { timeout: 60_000 });
    await expect(page.locator('.kpd-sum-label').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('problems')).toHaveAttribute('data-current', 'true', { timeout: 30_000 });
    // Laid out in a grid below what the designs before left placed (they share kube-system), not in one row.
    const tops = await page.locator('.react-flow__node-namespaceCollapsed').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBeGreaterThan(3);
    // Only what the policies allow: all pairs of 28 namespaces at once are a hairball (the legend filters them).
    await page.getByRole('checkbox', { name: 'Denied', exact: true }).uncheck();
    await page.getByRole('checkbox', { name: 'Open', exact: true }).uncheck();
    await page.waitForTimeout(800);
    await shot(page, 'export', size.width);
  });
}
