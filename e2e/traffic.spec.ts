// Issue 3, "Effective traffic overlay": the overlay kinds, the "Test a connection" form against the engine itself
// (the same answer as `kpd check`), and the hairball control. The design is pasted into the editor, as a person would.
import { expect, test, type Page } from '@playwright/test';
import { createEngine } from '../src/engine/engine';
import { parseManifests } from '../src/yaml';
import type { Query, Verdict } from '../src/model';
import { en } from '../src/i18n/en';
import { Designer } from './pages/designer';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

const MESH = `apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {istio-injection: enabled}}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {serviceAccountName: web, containers: [{name: c, image: x, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: api, namespace: shop, labels: {app: api}}
spec: {serviceAccountName: api, containers: [{name: c, image: x, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: api-get-only, namespace: shop}
spec:
  selector: {matchLabels: {app: api}}
  action: ALLOW
  rules:
    - from: [{source: {principals: [cluster.local/ns/shop/sa/web]}}]
      to: [{operation: {methods: [GET]}}]
`;

function engineSays(text: string, q: Query): Verdict {
  const v = createEngine(parseManifests([{ file: '', text }]).cluster).check(q);
  if ('error' in v) throw new Error(String(v.error));
  return v as Verdict;
}

async function testConnection(page: Page, q: { from: string; to: string; port: string; method?: string; path?: string }) {
  const form = page.getByRole('region', { name: 'Test a connection' });
  await form.getByLabel('From (ns/name or IP)').fill(q.from);
  await form.getByLabel('To (ns/name or IP)').fill(q.to);
  await form.getByLabel('Port').fill(q.port);
  await form.getByLabel('HTTP method (optional)').fill(q.method ?? '');
  await form.getByLabel('HTTP path (optional)').fill(q.path ?? '');
  await form.getByLabel('HTTP path (optional)').press('Enter');
  return form;
}

test('an AuthorizationPolicy that needs HTTP fields gives an http-only edge; the form agrees with the engine', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.editor.setText(MESH);
  await expect(d.node('workload shop/api')).toBeVisible();
  await d.button('Show traffic').click();
  const httpOnly = page.locator('[aria-label="traffic shop/web to shop/api: http-only"]');
  await expect(httpOnly).toHaveAttribute('data-kind', 'http-only');
  await expect(page.locator('[aria-label="traffic shop/api to shop/web: unisolated"]')).toHaveAttribute('data-kind', 'unisolated');
  await expect(page.getByRole('group', { name: 'Legend' })).toContainText('allowed only for matching HTTP requests');

  for (const q of [
    { from: 'shop/web', to: 'shop/api', port: '8080' },
    { from: 'shop/web', to: 'shop/api', port: '8080', method: 'GET', path: '/' },
    { from: 'shop/web', to: 'shop/api', port: '8080', method: 'POST', path: '/' },
    { from: 'shop/api', to: 'shop/web', port: '8080' },
  ]) {
    const expected = engineSays(MESH, { from: q.from, to: q.to, port: Number(q.port), protocol: 'TCP', ...(q.method ? { method: q.method, path: q.path } : {}) });
    const form = await testConnection(page, q);
    const head = form.locator('.kpd-verdict-head');
    await expect(head).toHaveAttribute('data-kind', expected.kind);
    // One kind per headline, worded as QUERY-MODEL.md's verdict kinds.
    await expect(head.locator('strong')).toHaveText(en.overlay.headline[expected.kind]);
    for (const l of expected.layers) await expect(form).toContainText(l.reason);
  }
  await page.screenshot({ path: 'test-results/screens/traffic-http-only.png' });
});

test('invalid input in "Test a connection" shows the engine\'s message by the form', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.editor.setText(MESH);
  await expect(d.node('workload shop/api')).toBeVisible();
  const form = await testConnection(page, { from: 'shop/nobody', to: 'shop/api', port: '8080' });
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('from');
  await expect(form.getByLabel('From (ns/name or IP)')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'test-results/screens/traffic-invalid.png' });
});

test("a large design shows a hint, then only the selected workload's pairs", async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const pods = Array.from(
    { length: 36 },
    (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: w${i}, namespace: big, labels: {app: w${i}}}\nspec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}`,
  );
  await d.editor.setText([`apiVersion: v1\nkind: Namespace\nmetadata: {name: big}`, ...pods].join('\n---\n') + '\n');
  await expect(d.node('workload big/w35')).toBeVisible();
  await d.button('Show traffic').click();
  await expect(page.getByText(/Select a workload to see its traffic/)).toBeVisible();
  await expect(page.locator('.kpd-traffic-label')).toHaveCount(0);
  await d.select('workload big/w3');
  await expect(page.locator('[aria-label="traffic big/w3 to big/w4: unisolated"]')).toBeVisible();
  const labels = await page.locator('.kpd-traffic-label').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(labels.length).toBe(70);
  expect(labels.every((l) => /^traffic big\/w3 to |to big\/w3: /.test(l))).toBe(true);
  await page.screenshot({ path: 'test-results/screens/traffic-selected.png' });
});

test('zoomed far out, drawn edges drop their unreadable port labels; traffic labels (accessible names) stay', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  await d.editor.setText(MESH);
  await d.button('Show traffic').click();
  const drawnLabels = page.locator('.kpd-edge-label');
  const traffic = page.locator('[aria-label="traffic shop/web to shop/api: http-only"]');
  await expect(drawnLabels.first()).toBeVisible();
  await expect(traffic).toHaveCount(1);
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
  for (let i = 0; i < 10; i++) await zoomOut.click();
  await expect(drawnLabels).toHaveCount(0);
  await expect(traffic).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/traffic-zoomed-out.png' });
  const zoomIn = page.getByRole('button', { name: 'Zoom In' });
  for (let i = 0; i < 10; i++) await zoomIn.click();
  await expect(drawnLabels.first()).toBeVisible();
});
