// Lesson 1 completed through the UI: each step's goal turns green when the engine agrees; progress survives a reload.
import { test, expect } from '@playwright/test';
import { Extras } from './extras.page';
import { LESSONS } from '../src/lessons';

test('completes lesson 1 through the UI and remembers the progress', async ({ page }) => {
  const x = new Extras(page);
  await x.open();
  await x.button('Lessons').click();
  const panel = page.getByRole('complementary', { name: 'Lessons' });
  await panel.getByRole('button', { name: 'Start: Zero trust with NetworkPolicy' }).click();
  const steps = LESSONS[0].steps;
  for (let i = 0; i < steps.length; i++) {
    const step = panel.getByRole('region', { name: `Step ${i + 1} of ${steps.length}` });
    await expect(step).toBeVisible();
    if (i > 0) await expect(step.getByRole('status')).toHaveAttribute('data-state', 'pending');
    await step.getByRole('button', { name: 'Show me' }).click();
    await expect(step.getByRole('status')).toHaveAttribute('data-state', 'reached');
    await page.screenshot({ path: `test-results/screens/extras-lesson1-step${i + 1}.png` });
    if (i < steps.length - 1) await step.getByRole('button', { name: 'Next step' }).click();
  }
  await expect(panel.getByText('Lesson complete: well done!')).toBeVisible();

  await page.reload();
  await x.button('Lessons').click();
  await expect(panel.getByRole('button', { name: 'Continue: Zero trust with NetworkPolicy' })).toBeVisible();
  await expect(panel.getByText('done', { exact: true })).toBeVisible();
});
