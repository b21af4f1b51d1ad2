// Issue 13, case 5: in Japanese the "Why?" panel, its headline and an action error are Japanese, and no English
// reason sentence is left. Node names are Japanese too, so the canvas is found by its Japanese accessible names.
import { expect, test, type Page } from '@playwright/test';
import { ja } from '../src/i18n/ja';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.addInitScript(() => localStorage.setItem('kpd.language', 'ja'));
});

// mixed-layers, mixed/client → mixed/api on 8080/TCP: what `kpd check` says, sentence for sentence, in Japanese.
const REASONS = [
  'Egress（mixed/client）：隔離されていません（Egress を持つ NetworkPolicy が選択していません）',
  'Ingress（mixed/api）：NetworkPolicy mixed/api-from-client-and-admin の ingress[0] from[0] ポート 8080/TCP で許可',
  'mTLS（mixed/api）：許可。モードを設定する PeerAuthentication はありません（既定は PERMISSIVE）；相互 TLS（両側にサイドカーあり）',
  '認可（mixed/api）：拒否。mixed/api-admin-only のどの ALLOW ルールにも一致しません',
];
const ENGLISH = [
  'egress at mixed/client: not isolated',
  'ingress at mixed/api: allowed by NetworkPolicy',
  'mtls at mixed/api: allowed',
  'authz at mixed/api: denied',
  'evaluated as a plain TCP connection',
];

/** Open an example from the gallery, as a Japanese reader finds it. */
async function openExample(page: Page, id: keyof typeof ja.examples) {
  await page.goto('/');
  await page.getByRole('button', { name: 'サンプル', exact: true }).click();
  const gallery = page.getByRole('dialog', { name: 'サンプル' });
  await gallery.getByRole('button', { name: `サンプルを開く: ${ja.examples[id].title}`, exact: true }).click();
  await expect(gallery).toBeHidden();
}

test('in Japanese, the Why? panel, its headline and an action error are Japanese', async ({ page }) => {
  await openExample(page, 'mixed-layers');

  // The overlay shows the selected workload's pairs; choosing one opens "Why?".
  await page.getByLabel('ワークロード mixed/client', { exact: true }).first().click();
  await page.getByRole('button', { name: /^通信 mixed\/client → mixed\/api：/ }).click();
  const why = page.getByRole('region', { name: /^理由 mixed\/client から mixed\/api/ });
  await expect(why).toBeVisible();

  // One kind, worded once: not "拒否 · 拒否".
  await expect(why.locator('.kpd-verdict-head')).toHaveText('拒否');
  await expect(why.locator('.kpd-reason')).toHaveText(REASONS);
  await expect(why.locator('.kpd-notes')).toHaveText('通常の TCP 接続として評価：HTTP メソッドとパスの指定なし');
  for (const sentence of ENGLISH) await expect(why).not.toContainText(sentence);
  await page.screenshot({ path: 'test-results/screens/why-japanese.png' });

  // An action the design refuses says why in Japanese, by the field.
  await page.getByLabel('ワークロード mixed/api', { exact: true }).first().click();
  const inspector = page.locator('.kpd-inspector');
  await inspector.getByLabel('名前', { exact: true }).fill('Bad Name');
  await inspector.getByLabel('名前', { exact: true }).press('Enter');
  const alert = inspector.getByRole('alert');
  await expect(alert).toHaveText('ワークロードの名前 "Bad Name" は英小文字・数字・「-」のみで、先頭と末尾は英小文字か数字にしてください');
  await expect(alert).not.toContainText('must be lowercase');
});

test('in Japanese, the admin tiers give their reasons in Japanese too', async ({ page }) => {
  await openExample(page, 'platform-guardrails');
  const test = page.getByRole('region', { name: '接続をテスト' });
  const ask = async (from: string, to: string, port: string) => {
    await test.getByLabel('送信元（ns/名前 または IP）').fill(from);
    await test.getByLabel('宛先（ns/名前 または IP）').fill(to);
    await test.getByLabel('ポート', { exact: true }).fill(port);
    await test.getByLabel('ポート', { exact: true }).press('Enter');
  };
  await ask('tools/debug', 'payments/vault', '8200');
  await expect(test).toContainText('決定した層：Admin 層');
  await expect(test).toContainText('Ingress（payments/vault）：ClusterNetworkPolicy protect-payments（Admin、優先度 10） の ingress[1]「nobody-else」 で拒否');
  await expect(test).not.toContainText('denied by');
  await ask('shop/api', 'shop/web', '8080');
  await expect(test).toContainText('決定した層：Baseline 層');
  await expect(test).toContainText('（Baseline、優先度 10）');
  for (const english of ['denied by', 'passed by', 'allowed by', 'priority']) await expect(test).not.toContainText(english);
  await page.screenshot({ path: 'test-results/screens/why-japanese-tiers.png' });
});
