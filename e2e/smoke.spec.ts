import { test, expect } from '@playwright/test';

test('the app loads in Chromium', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Kube Policy Designer/);
  await expect(page.getByRole('heading', { name: 'Kube Policy Designer' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/smoke.png' });
});
