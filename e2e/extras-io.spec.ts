// Import a folder through the file chooser; export the zip and import it again: the same design.
import { test, expect } from '@playwright/test';
import path from 'node:path';
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
