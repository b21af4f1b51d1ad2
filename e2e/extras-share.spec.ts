// Share link round trip in a fresh browser context, and hostile links that must open an empty design.
import { test, expect } from '@playwright/test';
import lz from 'lz-string';

const { compressToEncodedURIComponent } = lz;
import { Extras } from './extras.page';

test('a share link opens the same design in a fresh browser context', async ({ page, browser, baseURL }) => {
  const x = new Extras(page);
  await x.open();
  await x.openExample('database-tier');
  const yaml = await x.yaml();
  const names = await x.nodeNames();
  await x.button('Share').click();
  const link = await x.dialog('Share').getByLabel('Share link').inputValue();
  expect(link).toMatch(/#design=[A-Za-z0-9+\-$]+$/);
  expect(link.startsWith(baseURL!)).toBe(true);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const y = new Extras(other);
  await y.open(link);
  await expect(other.getByLabel('workload app/postgres', { exact: true }).first()).toBeVisible();
  expect(await y.yaml()).toBe(yaml);
  expect(await y.nodeNames()).toEqual(names);
  expect(new URL(other.url()).hash).toBe('');
  await other.screenshot({ path: 'test-results/screens/extras-shared.png' });
  await fresh.close();
});

const hostile: [string, string][] = [
  ['garbage', 'this-is-not-lz-string'],
  ['wrong shape', compressToEncodedURIComponent(JSON.stringify({ v: 1, text: { $ne: 1 }, positions: [] }))],
  ['prototype pollution', compressToEncodedURIComponent('{"v":1,"text":"a: 1","positions":{"__proto__":{"x":"1"}}}')],
  ['huge', 'A'.repeat(300_000)],
];

for (const [what, payload] of hostile) {
  test(`a hostile share link (${what}) opens an empty design with a clear message`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const x = new Extras(page);
    await x.open(`/#design=${payload}`);
    await expect(page.getByRole('alert').filter({ hasText: 'This share link cannot be opened' })).toBeVisible();
    expect(await x.yaml()).toBe('');
    await expect(x.button('Examples')).toBeEnabled();
    expect(errors).toEqual([]);
    if (what === 'garbage') await page.screenshot({ path: 'test-results/screens/extras-hostile-link.png' });
  });
}

test('a shared design with markup in its text shows it as text, never as HTML', async ({ page }) => {
  const text = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: evil\n  labels:\n    x: "<img src=x onerror=alert(1)>"\n';
  const payload = compressToEncodedURIComponent(JSON.stringify({ v: 1, text, positions: {} }));
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const x = new Extras(page);
  await x.open(`/#design=${payload}`);
  await expect(page.getByLabel('namespace evil', { exact: true }).first()).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});
