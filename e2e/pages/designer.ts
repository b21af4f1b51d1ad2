// Page object for the designer: toolbar, canvas nodes (by their accessible names), inspector.
import { expect, type Page } from '@playwright/test';
import { EditorPage } from './editor';

export class Designer {
  readonly editor: EditorPage;
  constructor(readonly page: Page) {
    this.editor = new EditorPage(page);
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.button('Add namespace')).toBeVisible();
  }

  button(name: string) {
    return this.page.getByRole('button', { name, exact: true });
  }

  node(name: string) {
    return this.page.getByLabel(name, { exact: true });
  }

  inspector() {
    return this.page.getByRole('complementary', { name: 'Inspector' });
  }

  async select(name: string): Promise<void> {
    await this.node(name).click({ position: { x: 30, y: 12 } });
  }

  async rename(name: string): Promise<void> {
    const field = this.inspector().getByLabel('Name', { exact: true });
    await field.fill(name);
    await this.inspector().getByRole('button', { name: 'Rename' }).click();
  }

  /** Add a namespace and a workload in it through the toolbar and inspector. */
  async addNamespaceWith(ns: string, workload: string): Promise<void> {
    await this.button('Add namespace').click();
    await this.rename(ns);
    await expect(this.node(`namespace ${ns}`)).toBeVisible();
    await this.button('Add workload').click();
    await this.rename(workload);
    await expect(this.node(`workload ${ns}/${workload}`)).toBeVisible();
  }

  async shot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }
}
