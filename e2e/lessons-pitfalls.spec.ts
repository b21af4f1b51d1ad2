// A pitfall lesson done the way it teaches: "Show me" loads the pitfall (lint reports KPD104), the Problems
// panel's fix reaches the next step live, in English and in Japanese.
import { test, expect } from '@playwright/test';
import { Extras } from './extras.page';

test('the DNS lesson: the pitfall, then "Add DNS egress" in Problems reaches the goal', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await x.button('Lessons').click();
  const panel = page.getByRole('complementary', { name: 'Lessons' });
  await panel.getByRole('button', { name: 'Start: DNS after an egress lockdown' }).click();
  const first = panel.getByRole('region', { name: 'Step 1 of 2' });
  await first.getByRole('button', { name: 'Show me' }).click();
  await expect(first.getByRole('status')).toHaveAttribute('data-state', 'reached');
  await expect(page.getByTestId('problems').locator('li[data-code="KPD104"]')).toBeVisible();
  await first.getByRole('button', { name: 'Next step' }).click();
  const second = panel.getByRole('region', { name: 'Step 2 of 2' });
  await expect(second.getByRole('status')).toHaveAttribute('data-state', 'pending');
  await expect(second.getByRole('status')).toContainText('Lint still reports KPD104');
  await page.getByRole('button', { name: 'Add DNS egress' }).click();
  await expect(second.getByRole('status')).toHaveAttribute('data-state', 'reached');
  await expect(panel.getByText('Lesson complete: well done!')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/lesson-dns.png' });
});

test('the pitfall lessons are listed in Japanese', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await page.evaluate(() => localStorage.setItem('kpd.language', 'ja'));
  await page.reload();
  await page.getByRole('button', { name: 'レッスン' }).click();
  const panel = page.getByRole('complementary', { name: 'レッスン' });
  for (const title of [
    'エグレスを絞ったあとの DNS',
    'ラベルでネームスペースを選ぶ',
    '許可してしまう「拒否」',
    'すべてのネームスペースにデフォルト拒否を',
    'STRICT mTLS とメッシュ外の呼び出し元',
    'TCP ポートに HTTP のフィールド',
  ])
    await expect(panel.getByRole('heading', { name: title })).toBeVisible();
});
