// Page object for the issue-4 area: toolbar buttons, gallery, lessons panel, import/export/share dialogs.
import { expect, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { en } from '../src/i18n/en';

export class Extras {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.button('Examples')).toBeVisible();
  }

  button(name: string) {
    return this.page.getByRole('button', { name, exact: true });
  }

  dialog(name: string) {
    return this.page.getByRole('dialog', { name });
  }

  async openExample(id: keyof typeof en.examples): Promise<void> {
    await this.button('Examples').click();
    const gallery = this.dialog('Examples');
    await gallery.getByRole('button', { name: `Open example: ${en.examples[id].title}`, exact: true }).click();
    const confirm = gallery.getByRole('alertdialog');
    if (await confirm.isVisible()) await confirm.getByRole('button', { name: 'Replace design' }).click();
    await expect(gallery).toBeHidden();
  }

  /** The design's YAML, through "Export → Download YAML" (what a user gets). */
  async yaml(): Promise<string> {
    await this.button('Export').click();
    const d = await this.download(() => this.dialog('Export').getByRole('button', { name: 'Download YAML' }).click());
    await this.page.keyboard.press('Escape');
    return readFile(await d.path(), 'utf8');
  }

  async download(action: () => Promise<void>): Promise<Download> {
    const [d] = await Promise.all([this.page.waitForEvent('download'), action()]);
    return d;
  }

  /** Accessible names of every namespace/workload/external node on the canvas, sorted. */
  async nodeNames(): Promise<string[]> {
    const names = await this.page
      .locator('[aria-label^="namespace "], [aria-label^="workload "], [aria-label^="external "]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    return [...new Set(names)].sort();
  }
}
