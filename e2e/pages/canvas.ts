// Page object for the designer shell as the canvas helper tests it: toolbar, canvas nodes and edges (found by
// their accessible names), inspector, problems, dialogs. The YAML is read through the editor's page object.
import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor';

export class CanvasPage {
  readonly editor: EditorPage;
  readonly toolbar: Locator;
  readonly flow: Locator;
  readonly pane: Locator;

  constructor(readonly page: Page) {
    this.editor = new EditorPage(page);
    this.toolbar = page.getByRole('toolbar', { name: 'Designer tools' });
    this.flow = page.locator('.react-flow');
    this.pane = page.locator('.react-flow__pane');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.tool('Add namespace')).toBeVisible();
  }

  tool(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** A canvas node by its accessible name: `namespace a`, `workload a/web`, `external 10.0.0.0/8`. */
  node(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  edgeLabel(text: string): Locator {
    return this.page.locator('.kpd-edge-label', { hasText: text });
  }

  inspector(): Locator {
    return this.page.getByRole('complementary', { name: 'Inspector' });
  }

  /** Click a node near its top-left corner (its header, not a child node or a handle). */
  async select(name: string): Promise<void> {
    await this.node(name).click({ position: { x: 40, y: 12 } });
    await expect(this.node(name)).toHaveClass(/selected/);
  }

  async rename(name: string): Promise<void> {
    await this.inspector().getByLabel('Name', { exact: true }).fill(name);
    await this.inspector().getByRole('button', { name: 'Rename' }).click();
  }

  async addNamespace(name: string): Promise<void> {
    await this.tool('Add namespace').click();
    await this.rename(name);
    await expect(this.node(`namespace ${name}`)).toBeVisible();
  }

  /** Adds a workload to the namespace that is selected (or holds the selected workload). */
  async addWorkload(ns: string, name: string): Promise<void> {
    await this.select(`namespace ${ns}`);
    await this.tool('Add workload').click();
    await this.rename(name);
    await expect(this.node(`workload ${ns}/${name}`)).toBeVisible();
  }

  async yaml(): Promise<string> {
    await this.editor.waitForSynced().catch(() => undefined);
    return this.editor.getText();
  }

  /** Drag with real pointer moves (React Flow ignores a jump without intermediate moves). */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 15 });
    await this.page.mouse.up();
  }

  /** Adding a node may animate the viewport to reveal it: wait until the nodes stop moving before aiming at them. */
  async settle(): Promise<void> {
    const viewport = this.page.locator('.react-flow__viewport');
    let last = '';
    await expect
      .poll(
        async () => {
          const now = (await viewport.getAttribute('style')) ?? '';
          const same = now === last;
          last = now;
          return same;
        },
        { intervals: [150, 150, 150, 150] },
      )
      .toBe(true);
  }

  async shot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png` });
  }
}
