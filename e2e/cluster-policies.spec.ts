// Issue 12, admin tiers in the designer: a cluster policy drawn with the toolbar and the inspector form, exported
// and imported back in its own kind; the "Cluster policies" band; an explanation naming the deciding tier.
import { test, expect } from '@playwright/test';
import { Extras } from './extras.page';

test('a cluster policy drawn by form is exported as a ClusterNetworkPolicy and imported back to the same card', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await x.button('Add cluster policy').click();
  await page.getByRole('menuitem', { name: 'Admin tier (before NetworkPolicy)' }).click();
  const band = page.getByRole('region', { name: 'Cluster policies' });
  await expect(band.getByRole('button', { name: 'ClusterNetworkPolicy admin-policy-1: Admin tier, priority 10, no rules' })).toBeVisible();

  const form = page.getByRole('form', { name: 'Cluster policy' });
  await form.getByLabel('Priority (0–1000, lower first)').fill('5');
  await form.getByLabel('Applies to namespaces with labels (key=value; empty = all)').fill('env=prod');
  await form.getByRole('button', { name: 'Add ingress rule' }).click();
  await form.getByLabel('Rule name').fill('no-legacy');
  await form.getByLabel('Peer namespaces with labels').fill('team=legacy');
  await form.getByLabel('Ports (e.g. 5432/TCP, 8000-8100/UDP, http; empty = all)').fill('5432/TCP');
  await form.getByRole('button', { name: 'Save cluster policy' }).click();
  const card = band.getByRole('button', { name: 'ClusterNetworkPolicy admin-policy-1: Admin tier, priority 5, Deny' });
  await expect(card).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/cluster-band-drawn.png' });

  await x.button('Export').click();
  const zip = await x.download(() => x.dialog('Export').getByRole('button', { name: 'Download zip' }).click());
  const zipPath = test.info().outputPath('export.zip');
  await zip.saveAs(zipPath);
  await page.keyboard.press('Escape');
  const yaml = await x.yaml();
  expect(yaml).toContain('kind: ClusterNetworkPolicy');
  expect(yaml).toContain('apiVersion: policy.networking.k8s.io/v1alpha2');
  expect(yaml).toMatch(/tcp:\s+destinationPort:\s+number: 5432/);

  await x.openExample('three-pods');
  await expect(band).toBeHidden();
  await x.button('Import').click();
  const dialog = x.dialog('Import manifests');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose files' }).click()]);
  await chooser.setFiles(zipPath);
  await dialog.getByRole('button', { name: 'Replace design' }).click();
  await expect(card).toBeVisible();
  await card.click();
  await expect(form.getByLabel('Rule name')).toHaveValue('no-legacy');
});

test('an imported AdminNetworkPolicy keeps its kind; the example shows the band and "Test a connection" names the deciding tier', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await x.openExample('platform-guardrails');
  const band = page.getByRole('region', { name: 'Cluster policies' });
  await expect(band.getByRole('button', { name: 'ClusterNetworkPolicy protect-payments: Admin tier, priority 10, Accept / Deny' })).toBeVisible();
  await expect(band.getByRole('button', { name: 'ClusterNetworkPolicy delegate-to-teams: Admin tier, priority 20, Pass' })).toBeVisible();
  await expect(band.getByRole('button', { name: 'ClusterNetworkPolicy default-deny: Baseline tier, priority 10, Deny' })).toBeVisible();
  // The overlay colour comes from the deciding tier (data-tier), the dashes still from the verdict kind.
  await expect(page.locator('[aria-label="traffic tools/debug to payments/vault: denied"]')).toHaveAttribute('data-tier', 'Admin');
  await expect(page.locator('[aria-label="traffic shop/api to shop/web: denied"]')).toHaveAttribute('data-tier', 'Baseline');
  await expect(page.getByRole('group', { name: 'Legend' })).toContainText('decided by the Admin tier');
  await page.screenshot({ path: 'test-results/screens/cluster-band-example.png' });

  const test = page.getByRole('region', { name: 'Test a connection' });
  await test.getByLabel('From (ns/name or IP)').fill('tools/debug');
  await test.getByLabel('To (ns/name or IP)').fill('payments/vault');
  await test.getByLabel('Port').fill('8200');
  await test.getByLabel('Port').press('Enter');
  await expect(test.locator('.kpd-verdict-head')).toContainText('Denied');
  await expect(test).toContainText('decided by: Admin tier');
  await expect(test).toContainText('ingress at payments/vault: denied by ClusterNetworkPolicy protect-payments (Admin, priority 10) ingress[1] "nobody-else"');
  await expect(test.locator('.kpd-verdict')).toHaveAttribute('data-tier', 'Admin');

  await test.getByLabel('From (ns/name or IP)').fill('shop/api');
  await test.getByLabel('To (ns/name or IP)').fill('shop/web');
  await test.getByLabel('Port').fill('8080');
  await test.getByLabel('Port').press('Enter');
  await expect(test).toContainText('decided by: Baseline tier');
  await page.screenshot({ path: 'test-results/screens/cluster-why-baseline.png' });

  await x.open();
  const anp = `apiVersion: policy.networking.k8s.io/v1alpha1
kind: AdminNetworkPolicy
metadata:
  name: guard
spec:
  priority: 3
  subject:
    namespaces: {}
  ingress:
    - name: pass-all
      action: Pass
      from:
        - namespaces: {}
`;
  await x.button('Import').click();
  const dialog = x.dialog('Import manifests');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose files' }).click()]);
  await chooser.setFiles({ name: 'anp.yaml', mimeType: 'text/yaml', buffer: Buffer.from(anp) });
  await dialog.getByRole('button', { name: 'Replace design' }).click();
  const card = band.getByRole('button', { name: 'AdminNetworkPolicy guard: Admin tier, priority 3, Pass' });
  await card.click();
  const form = page.getByRole('form', { name: 'Cluster policy' });
  await expect(form).toContainText('Imported as AdminNetworkPolicy (policy.networking.k8s.io/v1alpha1)');
  await form.getByLabel('Priority (0–1000, lower first)').fill('4');
  await form.getByRole('button', { name: 'Save cluster policy' }).click();
  await expect(band.getByRole('button', { name: 'AdminNetworkPolicy guard: Admin tier, priority 4, Pass' })).toBeVisible();
  const yaml = await x.yaml();
  expect(yaml).toContain('kind: AdminNetworkPolicy');
  expect(yaml).not.toContain('ClusterNetworkPolicy');
});
