// Pasting into Monaco as a person would (select all + paste), the same path e2e/pages/editor.ts uses: shared by
// the browser sections of the bench.
import type { Page } from '@playwright/test';

export async function pasteAll(page: Page, text: string): Promise<void> {
  const input = page.getByTestId('yaml-editor').locator('.monaco-editor textarea');
  await input.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await input.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
