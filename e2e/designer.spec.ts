// Issue 3, "Proof": what a person does in the designer, in Chromium, against the built app.
import { expect, test } from '@playwright/test';
import { Designer } from './pages/designer';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

test('two namespaces, two workloads and one edge give the matching NetworkPolicy', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.addNamespaceWith('front', 'web');
  await d.addNamespaceWith('back', 'api');
  await d.select('workload front/web');
  await d.inspector().getByRole('button', { name: 'Allow traffic to…' }).click();
  await d.inspector().getByLabel('Destination').selectOption('back/api');
  await d
    .inspector()
    .getByLabel(/^Ports/)
    .fill('8080');
  await d.inspector().getByRole('button', { name: 'Allow', exact: true }).click();
  await expect.poll(() => d.editor.getText()).toContain('name: allow-web-to-api');
  const text = await d.editor.getText();
  expect(text).toMatch(/kind: NetworkPolicy\nmetadata:\n {2}name: allow-web-to-api\n {2}namespace: back/);
  expect(text).toContain('kubernetes.io/metadata.name: front');
  expect(text).toMatch(/ports:\n\s+- protocol: TCP\n\s+port: 8080/);
  await expect(page.getByText('8080/TCP', { exact: true }).first()).toBeVisible();
  await d.shot('designer-edge');
});

test('editing the port in the YAML changes the edge label', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.addNamespaceWith('front', 'web');
  await d.addNamespaceWith('back', 'api');
  await d.select('workload front/web');
  await d.inspector().getByRole('button', { name: 'Allow traffic to…' }).click();
  await d.inspector().getByLabel('Destination').selectOption('back/api');
  await d
    .inspector()
    .getByLabel(/^Ports/)
    .fill('8080');
  await d.inspector().getByRole('button', { name: 'Allow', exact: true }).click();
  await expect(page.locator('.kpd-edge-label', { hasText: '8080/TCP' })).toBeVisible();
  await expect.poll(() => d.editor.getText()).toContain('port: 8080');
  const text = await d.editor.getText();
  await d.editor.setText(text.replace('port: 8080\n', 'port: 9090\n'));
  await expect(page.locator('.kpd-edge-label', { hasText: '9090/TCP' })).toBeVisible();
  await expect(page.locator('.kpd-edge-label', { hasText: '8080/TCP' })).toHaveCount(0);
});

test('keyboard only: "Allow traffic to…" from the inspector', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.addNamespaceWith('shop', 'web');
  await d.button('Add workload').click();
  await d.rename('db');
  await d.select('workload shop/web');
  const open = d.inspector().getByRole('button', { name: 'Allow traffic to…' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dest = d.inspector().getByLabel('Destination');
  await expect(dest).toBeFocused();
  await dest.press('ArrowDown'); // the first choice after the prompt
  await dest.selectOption('shop/db'); // selectOption is what a keyboard user's type-ahead does on a <select>
  await page.keyboard.press('Tab');
  await expect(d.inspector().getByLabel(/^Ports/)).toBeFocused();
  await page.keyboard.type('5432');
  await page.keyboard.press('Enter');
  await expect.poll(() => d.editor.getText()).toContain('name: allow-web-to-db');
  await expect(open).toBeFocused();
  // Escape cancels without drawing anything.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(open).toBeVisible();
});

test('"Show traffic": a denied pair is red and its explanation names the policy', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.editor.setText(`apiVersion: v1
kind: Namespace
metadata: {name: prod}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: prod, labels: {app: web}}
spec: {containers: [{name: c, image: nginx, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: prod, labels: {app: db}}
spec: {containers: [{name: c, image: postgres, ports: [{containerPort: 5432}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-only-from-api, namespace: prod}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress:
    - from: [{podSelector: {matchLabels: {app: api}}}]
`);
  await expect(d.node('workload prod/db')).toBeVisible();
  await d.button('Show traffic').click();
  await expect(d.button('Show traffic')).toHaveAttribute('aria-pressed', 'true');
  const denied = page.locator('[aria-label="traffic prod/web to prod/db: denied"]');
  await expect(denied).toHaveAttribute('data-kind', 'denied');
  const amber = page.locator('[aria-label="traffic prod/db to prod/web: unisolated"]');
  await expect(amber).toHaveAttribute('data-kind', 'unisolated');
  const stroke = await page
    .locator('.react-flow__edge-path.kpd-traffic-denied')
    .first()
    .evaluate((el) => getComputedStyle(el).stroke);
  expect(stroke).toBe('rgb(209, 47, 47)');
  await expect(page.getByRole('group', { name: 'Legend' })).toBeVisible();
  await denied.click();
  const explain = page.getByRole('region', { name: /Why\?/ });
  await expect(explain).toContainText('ingress at prod/db: denied: isolated by NetworkPolicy prod/db-only-from-api');
  await d.shot('designer-traffic');
  await explain.getByRole('button', { name: 'NetworkPolicy prod/db-only-from-api' }).first().click();
  await expect.poll(() => d.editor.cursor()).toMatchObject({ line: 15 });
});

test('reload restores the design, the YAML, positions and the viewport', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.addNamespaceWith('keep', 'me');
  const box = await d.node('namespace keep').boundingBox();
  await page.waitForTimeout(400); // autosave is debounced
  const text = await d.editor.getText();
  await page.reload();
  await expect(d.node('workload keep/me')).toBeVisible();
  await expect.poll(() => d.editor.getText()).toBe(text);
  const after = await d.node('namespace keep').boundingBox();
  expect(Math.abs(after!.x - box!.x)).toBeLessThan(2);
  expect(Math.abs(after!.y - box!.y)).toBeLessThan(2);
});

test('undo and redo cover a canvas edit and an editor edit alike', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.button('Add namespace').click();
  await expect(d.node('namespace namespace-1')).toBeVisible();
  await d.editor.setText((await d.editor.getText()) + '---\napiVersion: v1\nkind: Namespace\nmetadata: {name: typed}\n');
  await expect(d.node('namespace typed')).toBeVisible();
  await d.button('Undo').click();
  await expect(d.node('namespace typed')).toHaveCount(0);
  await expect(d.node('namespace namespace-1')).toBeVisible();
  await d.button('Undo').click();
  await expect(d.node('namespace namespace-1')).toHaveCount(0);
  await page.locator('.react-flow__pane').click();
  await page.keyboard.press('Control+Shift+Z');
  await expect(d.node('namespace namespace-1')).toBeVisible();
  await page.keyboard.press('Control+Shift+Z');
  await expect(d.node('namespace typed')).toBeVisible();
});

test('invalid YAML keeps the canvas with a notice; fixing it lets the canvas follow', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.addNamespaceWith('stay', 'here');
  const good = await d.editor.getText();
  await d.editor.setText(good + '---\nkind: [broken\n');
  await expect(page.getByText('The YAML has errors; the canvas shows the last valid version')).toBeVisible();
  await expect(d.node('workload stay/here')).toBeVisible();
  await d.editor.waitForMarkers((m) => m.severity === 'error');
  await d.editor.setText(good.replace(/name: here\b/g, 'name: there'));
  await expect(page.getByText('The YAML has errors; the canvas shows the last valid version')).toHaveCount(0);
  await expect(d.node('workload stay/there')).toBeVisible();
});

test('drag a workload into another namespace moves it there', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.addNamespaceWith('one', 'mover');
  await d.addNamespaceWith('two', 'stayer');
  const src = await d.node('workload one/mover').boundingBox();
  const dst = await d.node('namespace two').boundingBox();
  await page.mouse.move(src!.x + 60, src!.y + 12);
  await page.mouse.down();
  await page.mouse.move(dst!.x + dst!.width / 2, dst!.y + dst!.height - 30, { steps: 12 });
  await page.mouse.up();
  await expect(d.node('workload two/mover')).toBeVisible();
  await expect.poll(() => d.editor.getText()).toMatch(/name: mover\n {2}namespace: two/);
});

test('Delete removes the selection; New design asks first; HTML in labels is text', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.editor.setText('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: evil\n  labels:\n    note: "<b>bold</b><img src=x onerror=alert(1)>"\n');
  await expect(d.node('namespace evil')).toBeVisible();
  await expect(page.locator('.kpd-chip', { hasText: 'note=<b>bold</b><img src=x onerror=alert(1)>' })).toBeVisible();
  await expect(page.locator('.react-flow b')).toHaveCount(0);
  await d.button('Add namespace').click();
  await expect(d.node('namespace namespace-1')).toBeVisible();
  await d.select('namespace namespace-1');
  await page.keyboard.press('Delete');
  await expect(d.node('namespace namespace-1')).toHaveCount(0);
  await d.button('New design').click();
  const dialog = page.getByRole('alertdialog', { name: 'Discard the current design?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(d.node('namespace evil')).toBeVisible();
  await d.button('New design').click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Discard and start new' }).click();
  await expect(d.node('namespace evil')).toHaveCount(0);
});
