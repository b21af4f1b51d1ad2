// Import a folder through the file chooser; export the zip and import it again: the same design.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { Extras } from './extras.page';

const folder = path.resolve('fixtures/import');

test('imports a folder of manifests via the file chooser, lists errors with file:line:col, keeps valid documents', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await x.button('Import').click();
  const dialog = x.dialog('Import manifests');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose a folder' }).click()]);
  await chooser.setFiles(folder);
  await expect(dialog.getByText(/documents from 5 files are ready/)).toBeVisible();
  await expect(dialog.getByText(/broken\.yaml:\d+:\d+: error/)).toBeVisible();
  await expect(dialog.getByText(/Skipped \(not a resource\): .*kustomization\.yaml/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/extras-import-plan.png' });
  await dialog.getByRole('button', { name: 'Replace design' }).click();
  await expect(dialog).toBeHidden();
  for (const name of ['namespace store', 'workload store/web', 'workload store/api', 'workload store/worker'])
    await expect(page.getByLabel(name, { exact: true }).first()).toBeVisible();
  const yaml = await x.yaml();
  expect(yaml).toContain('kind: ConfigMap');
  expect(yaml).toContain('# kept verbatim on export');
  expect(yaml).toContain('name: api-from-web');
  expect(yaml).not.toContain('name: broken');
  await page.screenshot({ path: 'test-results/screens/extras-imported.png' });
});

test('exports a zip and re-imports it to the same design', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await x.openExample('shop');
  const before = await x.nodeNames();
  expect(before).toContain('workload auth/auth-service');
  await x.button('Export').click();
  const zip = await x.download(() => x.dialog('Export').getByRole('button', { name: 'Download zip' }).click());
  expect(zip.suggestedFilename()).toBe('kube-policy-designer.zip');
  const zipPath = test.info().outputPath('export.zip');
  await zip.saveAs(zipPath);
  await page.keyboard.press('Escape');

  await x.openExample('three-pods');
  expect(await x.nodeNames()).not.toContain('workload auth/auth-service');

  await x.button('Import').click();
  const dialog = x.dialog('Import manifests');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose files' }).click()]);
  await chooser.setFiles(zipPath);
  await expect(dialog.getByText(/documents from \d+ files are ready/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Replace design' }).click();
  await expect(page.getByLabel('workload auth/auth-service', { exact: true }).first()).toBeVisible();
  await expect.poll(() => x.nodeNames()).toEqual(before);
});

test('exports the diagram as PNG and SVG: a real image with the nodes and the edges, controls left out', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await x.openExample('shop');
  await x.button('Export').click();
  const dialog = x.dialog('Export');

  const svg = await x.download(() => dialog.getByRole('button', { name: 'Download SVG' }).click());
  expect(svg.suggestedFilename()).toBe('kube-policy-designer.svg');
  const text = await readFile(await svg.path(), 'utf8');
  expect(text).toMatch(/^<svg /);
  expect(text).toContain('auth-service');
  expect(text).not.toContain('kpd-minimap');
  expect(text).not.toContain('react-flow__panel');

  // With the cards and labels hidden, what is left in colour can only be the edges (the background dots are
  // grey). html-to-image after 1.11.11 drops React Flow's edges (bubkoo/html-to-image#516): this counts them.
  await page.addStyleTag({ content: '.react-flow__node, .react-flow__edgelabel-renderer { visibility: hidden !important; }' });
  const png = await x.download(() => dialog.getByRole('button', { name: 'Download PNG' }).click());
  expect(png.suggestedFilename()).toBe('kube-policy-designer.png');
  const bytes = await readFile(await png.path());
  await png.saveAs(test.info().outputPath('edges-only.png'));
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const coloured = await page.evaluate(async (b64) => {
    const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let n = 0;
    for (let i = 0; i < px.length; i += 4) if (Math.max(px[i], px[i + 1], px[i + 2]) - Math.min(px[i], px[i + 1], px[i + 2]) > 60) n++;
    return { n, width: img.width, height: img.height };
  }, bytes.toString('base64'));
  expect(coloured.width).toBeGreaterThan(400);
  expect(coloured.height).toBeGreaterThan(300);
  expect(coloured.n).toBeGreaterThan(2000);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
});

test('files dropped on the page are staged in the import dialog, and load only when confirmed', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  const files = {
    'namespaces.yaml': await readFile(path.join(folder, 'namespaces.yaml'), 'utf8'),
    'web.yaml': await readFile(path.join(folder, 'apps/web.yaml'), 'utf8'),
    'broken.yaml': await readFile(path.join(folder, 'policies/broken.yaml'), 'utf8'),
  };
  const drag = await page.evaluateHandle((contents) => {
    const dt = new DataTransfer();
    for (const [name, text] of Object.entries(contents)) dt.items.add(new File([text], name, { type: 'application/yaml' }));
    return dt;
  }, files);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: drag });
  await expect(page.getByText('Drop manifests to import them')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: drag });
  await expect(page.getByText('Drop manifests to import them')).toBeHidden();

  const dialog = x.dialog('Import manifests');
  await expect(dialog.getByText(/^4 documents from 3 files are ready/)).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'errors' }).getByText(/broken\.yaml:\d+:\d+: error/)).toBeVisible();
  await expect(dialog.getByText('1 document with errors is left out:')).toBeVisible();
  // A kept document's note is not shown as an error.
  await expect(dialog.getByRole('list', { name: 'notes' }).getByText(/namespaces\.yaml:\d+:\d+: info: ConfigMap/)).toBeVisible();
  // Nothing is loaded before the user says so.
  await expect(page.getByLabel('namespace store', { exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Replace design' }).click();
  await expect(dialog).toBeHidden();
  for (const name of ['namespace store', 'workload store/web']) await expect(page.getByLabel(name, { exact: true }).first()).toBeVisible();
});
