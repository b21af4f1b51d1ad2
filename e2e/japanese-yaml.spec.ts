// The YAML reader's diagnostics in the page's language: in Japanese, the Problems panel and Monaco's 'kpd' markers
// say a bad document's problems in Japanese (paths, values and field names as written), and switching the page to
// English says the same markers again in the reader's English, at the same places.
import { expect, test } from '@playwright/test';
import { EditorPage } from './pages/editor';

const BAD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
  labels: {app: web}
spec:
  containers:
    - name: c
      image: x
      ports:
        - containerPort: 99999
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: p
  namespace: shop
spec:
  podSelector: {}
  ingres: []
`;

const RANGE_JA = 'spec.containers[0].ports[0].containerPort：containerPort 99999 は範囲外です：1–65535 にしてください';
const RANGE_EN = 'spec.containers[0].ports[0].containerPort: containerPort 99999 is out of range: use 1–65535';
const UNKNOWN_JA = 'spec.ingres：不明なフィールド "ingres" です（綴りの誤りではありませんか？ 使えるのは podSelector, policyTypes, ingress, egress）';
const UNKNOWN_EN = 'spec.ingres: unknown field "ingres" (is it misspelled? expected one of podSelector, policyTypes, ingress, egress)';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.addInitScript(() => localStorage.setItem('kpd.language', 'ja'));
});

test('YAML problems are Japanese in the Problems panel and the markers, and English again after switching', async ({ page }) => {
  await page.goto('/');
  const editor = new EditorPage(page);
  await editor.waitForReady();
  await editor.setText(BAD);

  const problems = page.getByTestId('problems');
  await expect(problems).toContainText(RANGE_JA);
  await expect(problems).toContainText(UNKNOWN_JA);
  await expect(problems).not.toContainText('is out of range');

  const ours = (message: string) => (m: { owner: string; message: string }) => m.owner === 'kpd' && m.message === message;
  const inJapanese = await editor.waitForMarkers(ours(RANGE_JA));
  expect(inJapanese.some(ours(UNKNOWN_JA))).toBe(true);
  expect(inJapanese.filter((m) => m.owner === 'kpd').map((m) => m.message)).not.toContain(RANGE_EN);

  await page.getByRole('combobox', { name: /Language/ }).selectOption('en');
  const inEnglish = await editor.waitForMarkers(ours(RANGE_EN));
  expect(inEnglish.some(ours(UNKNOWN_EN))).toBe(true);
  const line = (markers: typeof inEnglish, message: string) => markers.find(ours(message))!.line;
  expect(line(inEnglish, RANGE_EN)).toBe(line(inJapanese, RANGE_JA));
  expect(line(inEnglish, RANGE_EN)).toBe(BAD.split('\n').indexOf('        - containerPort: 99999') + 1);
  await expect(problems).toContainText(RANGE_EN);
  await expect(problems).toContainText(UNKNOWN_EN);
});
