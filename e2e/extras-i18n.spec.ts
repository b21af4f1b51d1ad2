// Switching to Japanese: the toolbar and a lesson in Japanese, remembered across a reload.
import { test, expect } from '@playwright/test';
import { Extras } from './extras.page';

test('switches to Japanese, shows the toolbar and a lesson in Japanese, and remembers it', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await page.getByRole('combobox', { name: /Language/ }).selectOption('ja');
  for (const name of ['インポート', 'エクスポート', 'サンプル', 'レッスン', '共有']) await expect(x.button(name)).toBeVisible();
  await x.button('レッスン').click();
  const panel = page.getByRole('complementary', { name: 'レッスン' });
  await panel.getByRole('button', { name: /NetworkPolicy でゼロトラスト/ }).click();
  await expect(panel.getByText('すべてが開いている').first()).toBeVisible();
  await expect(panel.getByRole('button', { name: 'やってみせて' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/extras-japanese.png' });

  await page.reload();
  await expect(x.button('サンプル')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.getByRole('combobox', { name: /Language/ }).selectOption('en');
  await expect(x.button('Examples')).toBeVisible();
});
