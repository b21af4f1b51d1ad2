// Lint on the page: findings with severity and code in the Problems panel, grouped by object, the same markers
// in Monaco, a click that jumps to the text, and certain fixes as one undo step.
import { test, expect, type Page } from '@playwright/test';
import { EditorPage } from './pages/editor';

const DESIGN = `apiVersion: v1
kind: Namespace
metadata:
  name: legacy
---
apiVersion: v1
kind: Pod
metadata:
  name: old
  namespace: legacy
  labels: {app: old}
spec: {containers: [{name: c, image: x}]}
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
  labels: {app: web}
spec: {containers: [{name: c, image: x}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: lockdown
  namespace: shop
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: from-legacy
  namespace: shop
spec:
  podSelector: {}
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              name: legacy
    - from:
        - namespaceSelector:
            matchLabels:
              name: legacy
      ports:
        - port: 8080
`;

async function open(page: Page): Promise<EditorPage> {
  await page.goto('/');
  const editor = new EditorPage(page);
  await editor.waitForReady();
  await editor.setText(DESIGN);
  await editor.waitForSynced();
  return editor;
}

const problems = (page: Page) => page.getByTestId('problems');
const finding = (page: Page, code: string) => problems(page).locator(`li[data-code="${code}"]`);

test('findings show with severity and code, grouped by object, and as Monaco markers; a click jumps to the text', async ({ page }) => {
  const editor = await open(page);
  const panel = page.getByRole('region', { name: 'Problems' });
  await expect(finding(page, 'KPD104')).toHaveCount(1);
  await expect(finding(page, 'KPD104')).toContainText('Warning');
  await expect(finding(page, 'KPD104')).toContainText('no NetworkPolicy allows DNS');
  await expect(finding(page, 'KPD102').first()).toContainText('namespaces lack `name`; use `kubernetes.io/metadata.name`');
  await expect(panel.getByRole('heading', { name: 'NetworkPolicy shop/from-legacy' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'NetworkPolicy shop/lockdown' })).toBeVisible();
  const markers = await editor.waitForMarkers((m) => m.owner === 'kpd-lint' && m.message.startsWith('KPD104:'));
  const dns = markers.find((m) => m.message.startsWith('KPD104:'))!;
  expect(dns.line).toBe(DESIGN.split('\n').indexOf('  policyTypes: [Ingress, Egress]') + 1);
  await finding(page, 'KPD106').getByRole('button').first().click();
  await expect.poll(async () => (await editor.cursor()).line).toBe(DESIGN.split('\n').lastIndexOf('    - from:') + 1);
  await page.screenshot({ path: 'test-results/screens/problems-1440.png' });
});

test('one-click fixes: each is one undo step', async ({ page }) => {
  const editor = await open(page);
  const panel = problems(page);
  await panel.getByRole('button', { name: 'Add DNS egress' }).click();
  await expect(finding(page, 'KPD104')).toHaveCount(0);
  expect(await editor.getText()).toContain('k8s-app: kube-dns');
  await panel.getByRole('button', { name: 'Remove duplicate rule' }).click();
  await expect(finding(page, 'KPD106')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Use kubernetes.io/metadata.name' }).first().click();
  await expect(finding(page, 'KPD102')).toHaveCount(0);
  expect(await editor.getText()).toContain('kubernetes.io/metadata.name: legacy');
  // Undo the last fix only: the `name` label is back, the other two fixes stay.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(finding(page, 'KPD102')).toHaveCount(1);
  const text = await editor.getText();
  expect(text).toContain('name: legacy');
  expect(text).toContain('k8s-app: kube-dns');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/screens/problems-1280.png' });
});

test('the Problems panel speaks Japanese', async ({ page }) => {
  await open(page);
  await page.evaluate(() => localStorage.setItem('kpd.language', 'ja'));
  await page.reload();
  await expect(finding(page, 'KPD104')).toContainText('DNS');
  await expect(finding(page, 'KPD104')).toContainText('警告');
  await expect(page.getByRole('button', { name: 'DNS エグレスを追加' })).toBeVisible();
  // Monaco's lint markers say the same sentence, and say it again when the language changes on the page.
  const editor = new EditorPage(page);
  const inJapanese = await editor.waitForMarkers((m) => m.owner === 'kpd-lint' && m.message.startsWith('KPD104:'));
  const japanese = inJapanese.find((m) => m.message.startsWith('KPD104:'))!.message;
  expect(japanese).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  expect(japanese).not.toContain('cannot resolve names');
  await page.getByRole('combobox', { name: /Language/ }).selectOption('en');
  const inEnglish = await editor.waitForMarkers((m) => m.owner === 'kpd-lint' && m.message.startsWith('KPD104:') && m.message.includes('cannot resolve names'));
  expect(inEnglish.find((m) => m.message.startsWith('KPD104:'))!.line).toBe(inJapanese.find((m) => m.message.startsWith('KPD104:'))!.line);
});
