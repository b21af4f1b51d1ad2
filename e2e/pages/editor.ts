// Page object for the YAML editor (Monaco). Other specs: use THIS instead of poking at Monaco's DOM.
//
// How it reads state (the production build exposes no Monaco global):
//   - getText(): the hidden <pre data-testid="yaml-text"> mirrors the STORE's text, i.e. what the canvas and
//     the engine see. Typed text reaches it after the ~300 ms pause; waitForSynced() waits for that.
//   - markers(): the hidden <ul data-testid="yaml-markers"> mirrors monaco.editor.getModelMarkers() for the
//     model (owner 'kpd' = the store's diagnostics, owner 'yaml' = monaco-yaml's syntax/schema markers).
//   - cursor(): the status bar's [data-testid=yaml-cursor] carries data-line/data-col.
// How it writes: setText() selects all and pastes (a synthetic paste event: exact text, no auto-indent);
// typeAt() moves the caret with Monaco's "Go to Line" (Ctrl+G, `line:col`) and inserts text like a keyboard.
import { expect, type Locator, type Page } from '@playwright/test';

export interface EditorMarker {
  owner: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  message: string;
}

export class EditorPage {
  readonly root: Locator;
  /** Monaco's hidden input textarea (focus target for keyboard input). */
  readonly input: Locator;
  readonly lines: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('yaml-editor');
    this.input = this.root.locator('.monaco-editor textarea');
    this.lines = this.root.locator('.monaco-editor .view-lines');
  }

  /** The lazy chunk has arrived and Monaco has rendered. */
  async waitForReady(): Promise<void> {
    await expect(this.lines).toBeVisible({ timeout: 20_000 });
  }

  async focus(): Promise<void> {
    await this.waitForReady();
    await this.input.focus();
  }

  /** The store's text (after the typing pause). */
  async getText(): Promise<string> {
    return (await this.root.getByTestId('yaml-text').textContent()) ?? '';
  }

  /** Typed text has been handed to the store (no edit waits for the pause). */
  async waitForSynced(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-pending', 'false');
  }

  /** Replace the whole buffer as a user would by select-all + paste; waits until the store has it. */
  async setText(text: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    if (text === '') await this.page.keyboard.press('Delete');
    else await this.paste(text);
    await this.waitForSynced();
    await expect.poll(() => this.getText()).toBe(text.replace(/\r\n?/g, '\n'));
  }

  /** Paste at the caret (exact text: Monaco does not re-indent pasted text by default). */
  async paste(text: string): Promise<void> {
    await this.input.evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /** Put the caret at 1-based line/col with Monaco's Go to Line. */
  async goTo(line: number, col: number): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('Control+G');
    const box = this.page.locator('.quick-input-widget input').first();
    await expect(box).toBeVisible();
    // The Go to Line picker is quick access with the `:` prefix; keep it when replacing the value.
    await box.fill(`:${line}:${col}`);
    await this.page.keyboard.press('Enter');
    await expect(box).toBeHidden();
    await expect.poll(() => this.cursor()).toEqual({ line, col });
  }

  /** Type at a position (keyboard.insertText: one input event, like an IME commit; no auto-closing). */
  async typeAt(line: number, col: number, text: string): Promise<void> {
    await this.goTo(line, col);
    await this.page.keyboard.insertText(text);
  }

  /**
   * Type text at the caret line by line, keeping the given indentation exactly (Monaco auto-indents a new line;
   * each line replaces that indentation). Line breaks are typed as text, not with the Enter key: completions
   * arrive asynchronously from monaco-yaml's worker (slowly while it starts), and an Enter that lands just after
   * the list opens accepts a completion instead of breaking the line, so the next line overwrote this one.
   */
  async typeLines(text: string): Promise<void> {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) {
        await this.closeSuggestions();
        await this.page.keyboard.insertText('\n');
        // Select the auto-indent (plus a sentinel, so an unindented line selects something harmless).
        await this.page.keyboard.insertText('x');
        await this.page.keyboard.press('Shift+Home');
        await this.page.keyboard.press('Shift+Home');
        if (lines[i] === '') {
          await this.page.keyboard.press('Delete');
          continue;
        }
      }
      if (lines[i] !== '') await this.page.keyboard.insertText(lines[i]!);
    }
  }

  /** Completions open asynchronously; Enter would accept one instead of breaking the line. */
  async closeSuggestions(): Promise<void> {
    const widget = this.page.locator('.suggest-widget.visible');
    await this.page.waitForTimeout(150);
    await expect(async () => {
      if ((await widget.count()) > 0) await this.page.keyboard.press('Escape');
      await expect(widget).toHaveCount(0, { timeout: 200 });
    }).toPass({ timeout: 5000 });
  }

  async cursor(): Promise<{ line: number; col: number }> {
    const c = this.root.getByTestId('yaml-cursor');
    return { line: Number(await c.getAttribute('data-line')), col: Number(await c.getAttribute('data-col')) };
  }

  async markers(): Promise<EditorMarker[]> {
    return this.root
      .getByTestId('yaml-markers')
      .locator('li')
      .evaluateAll((items) =>
        items.map((li) => {
          const d = (li as HTMLElement).dataset;
          return {
            owner: d.owner ?? '',
            severity: (d.severity ?? 'error') as EditorMarker['severity'],
            line: Number(d.line),
            col: Number(d.col),
            endLine: Number(d.endLine),
            endCol: Number(d.endCol),
            message: li.textContent ?? '',
          };
        }),
      );
  }

  /** Wait until some marker matches (default: any marker at all); returns all markers at that moment. */
  async waitForMarkers(match: (m: EditorMarker) => boolean = () => true, timeout = 10_000): Promise<EditorMarker[]> {
    await expect.poll(async () => (await this.markers()).some(match), { timeout }).toBe(true);
    return this.markers();
  }

  async waitForNoMarkers(owner?: string): Promise<void> {
    await expect.poll(async () => (await this.markers()).filter((m) => !owner || m.owner === owner).length).toBe(0);
  }

  /** Ctrl/Cmd+Z inside the editor (goes to the shared store history). */
  async undo(): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+Z');
  }

  async redo(): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+Shift+Z');
  }
}
