// A real cluster export pasted into the editor (issue 10, "Browser targets"): the page reads it in a worker and
// stays responsive, says so while it reads, then draws it collapsed and fitted from its first frame; the
// Problems panel is filled by the worker's lint; the matrix shows every workload; nothing is lost on undo.
import { expect, test, type Page } from '@playwright/test';
import { generateDistinct } from '../bench/generate-distinct';
import { Designer } from './pages/designer';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

/** 300 distinct workloads in 28 namespaces: well over the size the page reads itself (store/create.ts). */
const EXPORT = generateDistinct(300);
const NAMESPACES = new Set([...EXPORT.matchAll(/^ {2}namespace: (\S+)$/gm)].map((m) => m[1])).size;

/** Records, from before the paste, whether the "Reading the YAML…" status was ever in the page. */
async function watchReading(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(`window.__reading = false; new MutationObserver(() => {
    if (document.querySelector('.kpd-deriving')) window.__reading = true;
  }).observe(document.body, { childList: true, subtree: true });`);
  return async () => (await page.evaluate('window.__reading')) as boolean;
}

test('a pasted cluster export is read off the page, then drawn collapsed and fitted, with its problems listed', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const sawReading = await watchReading(page);
  await d.editor.setText(EXPORT);
  await expect(page.locator('.react-flow__node-namespaceCollapsed')).toHaveCount(NAMESPACES, { timeout: 20_000 });
  expect(await sawReading()).toBe(true);
  await expect(page.locator('.kpd-deriving')).toHaveCount(0);
  await expect(page.locator('.react-flow__node-workload')).toHaveCount(0);
  // Fitted: every namespace inside the canvas.
  const flow = (await page.locator('.react-flow').boundingBox())!;
  for (const box of await page.locator('.react-flow__node-namespaceCollapsed').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.x).toBeGreaterThanOrEqual(flow.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(flow.x + flow.width + 1);
  }
  await d.shot('big-paste-collapsed');
  // The worker's lint: findings with codes, about the current text.
  const problems = page.getByTestId('problems');
  await expect(problems).toHaveAttribute('data-current', 'true', { timeout: 20_000 });
  await expect(problems.locator('.kpd-finding').first()).toBeVisible();
  // Undo brings back the design before, at once (it was read already).
  await d.button('Undo').click();
  await expect(page.locator('.react-flow__node-namespaceCollapsed')).toHaveCount(0);
  await expect(page.locator('.kpd-deriving')).toHaveCount(0);
  await d.shot('big-paste-undone');
});

test('with the matrix open, a pasted export shows every workload in the grid; closing it draws the canvas collapsed', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.button('Matrix').click();
  await d.editor.setText(EXPORT);
  const grid = page.getByRole('grid', { name: 'Connectivity matrix' });
  await expect(grid).toHaveAttribute('aria-colcount', /\d+/);
  await expect.poll(async () => Number(await grid.getAttribute('aria-colcount')), { timeout: 20_000 }).toBeGreaterThanOrEqual(300);
  // The covered canvas drew nothing meanwhile.
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await d.button('Matrix').click();
  await expect(page.locator('.react-flow__node-namespaceCollapsed')).toHaveCount(NAMESPACES);
  await expect(page.locator('.react-flow__node-workload')).toHaveCount(0);
});

test('an edit of a big text while it is read wins: the canvas ends on the text in the editor', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.editor.setText(EXPORT);
  await d.editor.setText(EXPORT.replace(/\bns-005\b/g, 'renamed-team'));
  await expect(page.locator('.react-flow__node-namespaceCollapsed')).toHaveCount(NAMESPACES, { timeout: 20_000 });
  await expect(d.node('namespace renamed-team')).toBeVisible();
  await expect(d.node('namespace ns-005')).toHaveCount(0);
});

test('a big design restored zoomed out is drawn collapsed from its first frame, never as hundreds of cards first', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.editor.setText(EXPORT);
  await expect(page.locator('.react-flow__node-namespaceCollapsed')).toHaveCount(NAMESPACES, { timeout: 20_000 });
  await page.waitForTimeout(1000); // the autosave has the design and its fitted view
  await page.addInitScript(() => {
    const w = window as unknown as { __cards: number };
    w.__cards = 0;
    new MutationObserver(() => {
      w.__cards = Math.max(w.__cards, document.querySelectorAll('.react-flow__node-workload').length);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.locator('.react-flow__node-namespaceCollapsed')).toHaveCount(NAMESPACES);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __cards: number }).__cards)).toBe(0);
});

test("Monaco's schema check runs on small texts only: a big export's edits leave the CPU to the engine", async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const typo = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: typo, namespace: ns-000}\nspec:\n  podSelector: {}\n  ingres: []\n';
  await d.editor.setText(typo);
  await d.editor.waitForMarkers((m) => m.owner === 'yaml' && m.message.includes('ingres'));
  await d.editor.setText(`${EXPORT}---\n${typo}`);
  await d.editor.waitForNoMarkers('yaml');
  await page.waitForTimeout(2500); // longer than monaco-yaml's own pause before it checks
  expect((await d.editor.markers()).filter((m) => m.owner === 'yaml')).toEqual([]);
  await d.editor.setText(typo);
  await d.editor.waitForMarkers((m) => m.owner === 'yaml' && m.message.includes('ingres'));
});
