// Issue 10, "A room for teaching": the toolbar on one row, Lessons docked beside the YAML, Present mode.
import { expect, test } from '@playwright/test';
import { Extras } from './extras.page';

const NAMES = [
  'Add namespace',
  'Add workload',
  'Add external',
  'Undo',
  'Redo',
  'Auto layout',
  'Show traffic',
  'New design',
  'Matrix',
  'Collapse namespaces',
  'Present',
  'Import',
  'Export',
  'Examples',
  'Lessons',
  'Share',
];

for (const size of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test(`at ${size.width} px the toolbar fits on one row and every button keeps its name`, async ({ page }) => {
    await page.setViewportSize(size);
    const x = new Extras(page);
    await x.open();
    const tops: number[] = [];
    for (const name of NAMES) {
      const b = page.getByRole('toolbar', { name: 'Designer tools' }).getByRole('button', { name, exact: true });
      await expect(b).toBeVisible();
      const box = (await b.boundingBox())!;
      expect(box.x + box.width, name).toBeLessThanOrEqual(size.width);
      tops.push(box.y);
    }
    await expect(page.getByRole('combobox', { name: 'Find workload' })).toBeVisible();
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(6);
    const header = (await page.locator('.kpd-header').boundingBox())!;
    expect(header.height).toBeLessThan(56);
    // Everything in the header, the extras and the language menu too, inside the window.
    const rights = await page.locator('.kpd-header button, .kpd-header select, .kpd-header input').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(Math.max(...rights)).toBeLessThanOrEqual(size.width);
    await page.screenshot({ path: `test-results/screens/toolbar-${size.width}.png` });
  });
}

test('the Lessons panel docks beside the YAML editor without covering it', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await x.button('Lessons').click();
  const panel = page.getByRole('complementary', { name: 'Lessons' });
  await expect(panel).toBeVisible();
  const lessons = (await panel.boundingBox())!;
  const editor = (await page.getByTestId('yaml-editor').boundingBox())!;
  expect(editor.width).toBeGreaterThan(200);
  expect(lessons.x).toBeGreaterThanOrEqual(editor.x + editor.width - 1);
  await page.screenshot({ path: 'test-results/screens/lessons-docked.png' });
});

test('"Present" switches to large type and high contrast, and back', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await x.openExample('shop');
  const present = x.button('Present');
  await expect(present).toHaveAttribute('aria-pressed', 'false');
  const size = () =>
    page
      .locator('.kpd-wl-name')
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  const before = await size();
  await present.click();
  await expect(present).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThanOrEqual(18);
  expect(await size()).toBeGreaterThan(before);
  const ink = await page.locator('.kpd-app').evaluate((e) => getComputedStyle(e).getPropertyValue('--ink').trim());
  expect(ink).toBe('#000');
  await page.screenshot({ path: 'test-results/screens/present-1280.png' });
  await present.click();
  expect(await size()).toBe(before);
});
