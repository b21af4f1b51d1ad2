// Issue 3, the shell with the keyboard: "Allow traffic to…" without a mouse, shortcuts, Escape, separators,
// the New design confirmation and the problems list.
import { expect, test } from '@playwright/test';
import { CanvasPage } from './pages/canvas';

test.beforeEach(({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

test('keyboard only: select a node, open "Allow traffic to…", fill it, Enter submits, Escape cancels', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await c.addNamespace('shop');
  await c.addWorkload('shop', 'web');
  await c.addWorkload('shop', 'db');
  await c.pane.click({ position: { x: 5, y: 5 } });
  // Tab into the canvas until the web node has focus; Enter selects it (React Flow's selection keys).
  await c.tool('New design').focus();
  const web = c.node('workload shop/web');
  for (let i = 0; i < 40 && !(await web.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(web).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(web).toHaveClass(/selected/);
  const open = c.inspector().getByRole('button', { name: 'Allow traffic to…' });
  for (let i = 0; i < 60 && !(await open.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  const dest = c.inspector().getByLabel('Destination');
  await expect(dest).toBeFocused();
  // On a closed <select>, arrow keys change the choice (Chromium on Linux).
  for (let i = 0; i < 6 && (await dest.inputValue()) !== 'shop/db'; i++) await page.keyboard.press('ArrowDown');
  await expect(dest).toHaveValue('shop/db');
  await page.keyboard.press('Tab');
  await expect(c.inspector().getByLabel(/^Ports/)).toBeFocused();
  await page.keyboard.type('5432');
  await page.keyboard.press('Tab');
  await expect(c.inspector().getByLabel('Default protocol')).toBeFocused();
  await c.shot('canvas-keyboard-form');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => c.yaml()).toContain('name: allow-web-to-db');
  await expect(c.edgeLabel('5432/TCP')).toBeVisible();
  await expect(open).toBeFocused();
  // Escape closes the form without drawing anything, focus back on the button.
  await page.keyboard.press('Enter');
  await expect(dest).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dest).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(web).toHaveClass(/selected/); // Escape in a form closes the form, not the selection
});

test('Delete removes the selection, but not while typing in a field; Escape clears the selection', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await c.addNamespace('keep');
  await c.addNamespace('gone');
  await c.select('namespace gone');
  const name = c.inspector().getByLabel('Name', { exact: true });
  await name.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await expect(name).toHaveValue('gon');
  await expect(c.node('namespace gone')).toBeVisible();
  await c.select('namespace gone');
  await page.keyboard.press('Delete');
  await expect(c.node('namespace gone')).toHaveCount(0);
  await c.select('namespace keep');
  await page.keyboard.press('Escape');
  await expect(c.node('namespace keep')).not.toHaveClass(/selected/);
  await expect(c.inspector()).toContainText('Select a namespace, workload or outside address');
  await page.keyboard.press('Backspace');
  await expect(c.node('namespace keep')).toBeVisible();
});

test('undo and redo: toolbar buttons, Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await expect(c.tool('Undo')).toBeDisabled();
  await c.addNamespace('first');
  await c.tool('Add external').click();
  await expect(c.node('external 0.0.0.0/0')).toBeVisible();
  await c.tool('Undo').click();
  await expect(c.node('external 0.0.0.0/0')).toHaveCount(0);
  await expect(c.tool('Redo')).toBeEnabled();
  await c.tool('Redo').click();
  await expect(c.node('external 0.0.0.0/0')).toBeVisible();
  await c.pane.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Z');
  await expect(c.node('external 0.0.0.0/0')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect(c.node('external 0.0.0.0/0')).toBeVisible();
  await page.keyboard.press('Control+Z');
  await expect(c.node('external 0.0.0.0/0')).toHaveCount(0);
  await page.keyboard.press('Control+Y');
  await expect(c.node('external 0.0.0.0/0')).toBeVisible();
  await expect(c.node('namespace first')).toBeVisible();
});

test('New design asks in an accessible dialog: Escape and Cancel keep the work, confirm starts over', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await c.addNamespace('precious');
  await c.tool('New design').click();
  const dialog = page.getByRole('alertdialog', { name: 'Discard the current design?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await c.shot('canvas-new-design-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(c.node('namespace precious')).toBeVisible();
  await c.tool('New design').click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(c.node('namespace precious')).toBeVisible();
  await c.tool('New design').click();
  await dialog.getByRole('button', { name: 'Discard and start new' }).click();
  await expect(c.node('namespace precious')).toHaveCount(0);
  await expect.poll(() => c.yaml()).not.toContain('precious');
  await c.tool('Undo').click();
  await expect(c.node('namespace precious')).toBeVisible();
});

test('separators resize with the keyboard and the sizes survive a reload', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  const sep = page.getByRole('separator').first();
  const before = Number(await sep.getAttribute('aria-valuenow'));
  await sep.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(sep).toHaveAttribute('aria-valuenow', String(before + 100));
  const side = (await c.inspector().boundingBox())!;
  await page.reload();
  await expect(page.getByRole('separator').first()).toHaveAttribute('aria-valuenow', String(before + 100));
  expect(Math.round((await c.inspector().boundingBox())!.width)).toBe(Math.round(side.width));
});

test('stale notice and problems: a problem is line:col + message, clicking it moves the editor caret', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await c.addNamespace('ok');
  const good = await c.yaml();
  await c.editor.setText(good + '---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: [broken\n');
  await expect(page.getByText('The YAML has errors; the canvas shows the last valid version', { exact: true })).toBeVisible();
  await expect(c.node('namespace ok')).toBeVisible();
  const problem = page.locator('.kpd-problem').first();
  await expect(problem).toContainText(/^\d+:\d+ /);
  const [line, col] = ((await problem.locator('.kpd-pos').textContent()) ?? '').split(':').map(Number);
  await c.shot('canvas-stale-problems');
  await problem.click();
  await expect.poll(() => c.editor.cursor()).toEqual({ line, col });
});
