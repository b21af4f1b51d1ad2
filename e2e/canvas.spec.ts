// Issue 3, the canvas as a person uses it with the mouse: create, connect, drag, delete, switches, text safety.
import { expect, test } from '@playwright/test';
import { CanvasPage } from './pages/canvas';
import { Designer } from './pages/designer';

test.beforeEach(({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

test('the toolbar carries the contract names and the title', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await expect(page).toHaveTitle(/Kube Policy Designer/);
  for (const name of ['Add namespace', 'Add workload', 'Add external', 'Undo', 'Redo', 'Auto layout', 'Show traffic', 'New design', 'Import', 'Export']) {
    await expect(c.tool(name)).toHaveCount(1);
  }
  await expect(c.tool('Show traffic')).toHaveAttribute('aria-pressed', 'false');
  await c.tool('Show traffic').click();
  await expect(c.tool('Show traffic')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('separator')).toHaveCount(2);
});

test('two namespaces and workloads from the toolbar and inspector, one edge → the matching NetworkPolicy', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await c.addNamespace('shop');
  await c.addWorkload('shop', 'web');
  await c.addNamespace('data');
  await c.addWorkload('data', 'db');
  // Ports in the inspector: one named TCP port.
  const ins = c.inspector();
  await ins.getByRole('button', { name: 'Add port' }).click();
  await ins.getByLabel('Port name').last().fill('pg');
  await ins.getByLabel('Port number').last().fill('5432');
  await ins.getByRole('button', { name: 'Save ports' }).click();
  await expect(c.node('workload data/db')).toContainText('pg:5432/TCP');
  // A label row in the inspector.
  await ins.getByRole('button', { name: 'Add label' }).click();
  await ins.getByLabel('Label key').last().fill('tier');
  await ins.getByLabel('Label value').last().fill('backend');
  await ins.getByRole('button', { name: 'Save labels' }).click();
  await expect(c.node('workload data/db')).toContainText('tier=backend');

  await c.select('workload shop/web');
  await ins.getByRole('button', { name: 'Allow traffic to…' }).click();
  await ins.getByLabel('Destination').selectOption('data/db');
  await ins.getByLabel(/^Ports/).fill('5432');
  await ins.getByRole('button', { name: 'Allow', exact: true }).click();
  await expect(c.edgeLabel('5432/TCP')).toBeVisible();

  await expect.poll(() => c.yaml()).toContain('name: allow-web-to-db');
  const text = await c.yaml();
  const policy = text.split(/^---$/m).find((d) => d.includes('name: allow-web-to-db'))!;
  expect(policy).toContain('kind: NetworkPolicy');
  expect(policy).toContain('namespace: data');
  expect(policy).toMatch(/policyTypes:\s*\n\s+- Ingress/);
  expect(policy).toContain('kubernetes.io/metadata.name: shop');
  expect(policy).toMatch(/port: 5432/);
  expect(text).toContain('tier: backend');
  await c.shot('canvas-two-namespaces-1440');
  await page.setViewportSize({ width: 1280, height: 720 });
  await c.tool('Auto layout').click();
  await page.waitForTimeout(600);
  await c.shot('canvas-two-namespaces-1280');
});

test('connect by dragging from a handle: a ports form, then the edge; select it and Delete removes it', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await c.addNamespace('a');
  await c.addWorkload('a', 'client');
  await c.addNamespace('b');
  await c.addWorkload('b', 'server');
  const src = c.node('workload a/client').locator('.react-flow__handle.source');
  const dst = c.node('workload b/server');
  const s = (await src.boundingBox())!;
  const d = (await dst.boundingBox())!;
  await c.drag({ x: s.x + s.width / 2, y: s.y + s.height / 2 }, { x: d.x + d.width / 2, y: d.y + d.height / 2 });
  const dialog = page.getByRole('dialog', { name: 'Allow a/client → b/server' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('8080/TCP');
  await c.shot('canvas-connect-dialog');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(c.edgeLabel('8080/TCP')).toBeVisible();
  await expect.poll(() => c.yaml()).toContain('name: allow-client-to-server');

  await c.edgeLabel('8080/TCP').click();
  await expect(c.inspector().getByRole('button', { name: 'Remove connection' })).toBeVisible();
  await c.pane.focus();
  await page.keyboard.press('Delete');
  await expect(c.edgeLabel('8080/TCP')).toHaveCount(0);
  await expect.poll(() => c.yaml()).not.toContain('allow-client-to-server');
});

test('a hand-written edge is marked and cannot be removed from the canvas', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await c.editor.setText(`apiVersion: v1
kind: Namespace
metadata: {name: prod}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: prod}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: nginx, ports: [{containerPort: 80}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: prod}
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: c, image: api, ports: [{containerPort: 9000}]}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-from-web, namespace: prod}
spec:
  podSelector: {matchLabels: {app: api}}
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector:
            matchExpressions: [{key: app, operator: In, values: [web]}]
      ports: [{port: 9000}]
`);
  const label = page.locator('.kpd-edge-label-hand', { hasText: '9000/TCP' });
  await expect(label).toBeVisible();
  await expect(label).toContainText('hand-written');
  await label.click();
  await expect(c.inspector()).toContainText('hand-written policy');
  await expect(c.inspector().getByRole('button', { name: 'Remove connection' })).toHaveCount(0);
  await c.pane.focus();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('alert').filter({ hasText: 'hand-written' })).toBeVisible();
  await expect(label).toBeVisible();
  await expect(c.inspector()).toContainText('hand-written policy'); // still selected, still explained
  expect(await c.yaml()).toContain('name: api-from-web');
  await c.shot('canvas-hand-written');
});

test('double-click: on the empty canvas adds a namespace, inside a namespace adds a workload there', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  const pane = (await c.pane.boundingBox())!;
  await c.pane.dblclick({ position: { x: pane.width / 2, y: pane.height / 2 } });
  await expect(c.node('namespace namespace-1')).toBeVisible();
  const ns = (await c.node('namespace namespace-1').boundingBox())!;
  await page.mouse.dblclick(ns.x + ns.width - 20, ns.y + ns.height - 15);
  await expect(page.getByRole('group', { name: /^workload namespace-1\// })).toHaveCount(1);
});

test('drag a workload into another namespace moves it there (one undo step)', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await c.addNamespace('one');
  await c.addWorkload('one', 'mover');
  await c.addNamespace('two');
  await c.addWorkload('two', 'stayer');
  const src = (await c.node('workload one/mover').boundingBox())!;
  const dst = (await c.node('namespace two').boundingBox())!;
  await c.drag({ x: src.x + 60, y: src.y + 14 }, { x: dst.x + dst.width / 2, y: dst.y + dst.height - 30 });
  await expect(c.node('workload two/mover')).toBeVisible();
  await expect(c.node('workload one/mover')).toHaveCount(0);
  await expect.poll(() => c.yaml()).toMatch(/name: mover\n\s+namespace: two/);
  await c.tool('Undo').click();
  await expect(c.node('workload one/mover')).toBeVisible();
});

test('dragging a node inside its namespace keeps the new position as one undo step', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await c.addNamespace('solo');
  const before = (await c.node('namespace solo').boundingBox())!;
  await c.drag({ x: before.x + 60, y: before.y + 12 }, { x: before.x + 260, y: before.y + 112 });
  await expect.poll(async () => Math.round((await c.node('namespace solo').boundingBox())!.x - before.x)).toBeGreaterThan(150);
  await c.tool('Undo').click();
  await expect.poll(async () => Math.round((await c.node('namespace solo').boundingBox())!.x - before.x)).toBe(0);
  await expect(c.node('namespace solo')).toBeVisible();
});

test('namespace switches draw badges and write policies', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await c.addNamespace('secure');
  const ins = c.inspector();
  await ins.getByRole('checkbox', { name: /Default deny/ }).check();
  await ins.getByRole('checkbox', { name: /Allow DNS/ }).check();
  await ins.getByLabel('Istio mTLS').selectOption('STRICT');
  const ns = c.node('namespace secure');
  await expect(ns).toContainText('default deny');
  await expect(ns).toContainText('mTLS STRICT');
  const text = await c.yaml();
  expect(text).toContain('kind: PeerAuthentication');
  expect(text).toContain('mode: STRICT');
  expect(text).toMatch(/kind: NetworkPolicy[\s\S]*namespace: secure/);
  expect(text).toContain('k8s-app: kube-dns');
  await c.shot('canvas-switches');
});

test('labels and names with HTML are shown as text', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  let alerted = false;
  page.on('dialog', (d) => {
    alerted = true;
    void d.dismiss();
  });
  await c.editor.setText('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: evil\n  labels:\n    note: "<b>bold</b><img src=x onerror=alert(1)>"\n');
  await expect(c.node('namespace evil')).toBeVisible();
  await expect(page.locator('.kpd-chip', { hasText: 'note=<b>bold</b><img src=x onerror=alert(1)>' })).toBeVisible();
  await expect(page.locator('.react-flow b, .react-flow img')).toHaveCount(0);
  await c.select('namespace evil');
  await expect(c.inspector().getByLabel('Label value').first()).toHaveValue('<b>bold</b><img src=x onerror=alert(1)>');
  await expect(page.locator('aside b, aside img')).toHaveCount(0);
  expect(alerted).toBe(false);
});

test('an external node has its CIDR name and "internet" for 0.0.0.0/0', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await c.tool('Add external').click();
  await expect(c.node('external 0.0.0.0/0')).toContainText('internet');
  await c.tool('Add external').click();
  await expect(c.node('external 10.0.0.0/8')).toBeVisible();
});

test('Escape while dragging a connection cancels it', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await c.addNamespace('a');
  await c.addWorkload('a', 'client');
  await c.addWorkload('a', 'server');
  const s = (await c.node('workload a/client').locator('.react-flow__handle.source').boundingBox())!;
  const d = (await c.node('workload a/server').boundingBox())!;
  await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
  await page.mouse.down();
  await page.mouse.move(d.x + d.width / 2, d.y + d.height / 2, { steps: 10 });
  await expect(page.locator('.react-flow__connection')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__connection')).toHaveCount(0);
  await page.mouse.up();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await c.yaml()).not.toContain('kind: NetworkPolicy');
});

test('a connection the cluster cannot govern is refused inside the ports form, with the reason', async ({ page }) => {
  const c = new CanvasPage(page);
  await c.open();
  await c.tool('Add external').click();
  await c.tool('Add external').click();
  await expect(c.node('external 10.0.0.0/8')).toBeVisible();
  await c.settle();
  const s = (await c.node('external 0.0.0.0/0').locator('.react-flow__handle.source').boundingBox())!;
  const d = (await c.node('external 10.0.0.0/8').boundingBox())!;
  await c.drag({ x: s.x + s.width / 2, y: s.y + s.height / 2 }, { x: d.x + d.width / 2, y: d.y + d.height / 2 });
  const dialog = page.getByRole('dialog', { name: 'Allow external:0.0.0.0/0 → external:10.0.0.0/8' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('not governed by the cluster');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('the three areas fill the window at 1440×900 and 1280×720', async ({ page }) => {
  const c = new CanvasPage(page);
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(size);
    await c.open();
    await c.editor.waitForReady();
    const main = (await page.locator('main').boundingBox())!;
    expect(Math.round(main.y + main.height)).toBe(size.height);
    for (const area of [c.inspector(), page.getByRole('region', { name: 'Canvas' }), page.getByTestId('yaml-editor')]) {
      const box = (await area.boundingBox())!;
      expect(box.width).toBeGreaterThan(200);
      expect(Math.round(box.y + box.height)).toBeLessThanOrEqual(size.height);
    }
    await c.shot(`canvas-empty-${size.width}`);
  }
});

test('on a large design the mini map draws the nodes and a click on it moves the view there', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const map = page.getByRole('img', { name: /^Mini map/ });
  await expect(map).toHaveCount(0); // a small design fits without one
  const pods = Array.from({ length: 36 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: w${i}, namespace: big, labels: {app: w${i}}}`);
  await d.editor.setText([`apiVersion: v1\nkind: Namespace\nmetadata: {name: big}`, ...pods].join('\n---\n') + '\n');
  await expect(d.node('workload big/w35')).toBeVisible();
  await expect(map).toBeVisible();
  // Drawn, not blank: namespace and workload rectangles cover part of the canvas.
  await expect
    .poll(() =>
      map.evaluate((c: HTMLCanvasElement) => {
        const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let inked = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) inked++;
        return inked / (px.length / 4);
      }),
    )
    .toBeGreaterThan(0.2);
  const zoomIn = page.getByRole('button', { name: 'Zoom In' });
  for (let i = 0; i < 4; i++) await zoomIn.click();
  const translate = () =>
    page.locator('.react-flow__viewport').evaluate((el) => {
      const m = new DOMMatrix(getComputedStyle(el).transform);
      return { x: m.e, y: m.f };
    });
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: 12, y: 12 } });
  await expect.poll(async () => (await translate()).x).toBeGreaterThan(-50);
  const topLeft = await translate();
  await map.click({ position: { x: box.width - 12, y: box.height - 12 } });
  await expect.poll(async () => (await translate()).x).toBeLessThan(topLeft.x - 200);
  expect((await translate()).y).toBeLessThan(topLeft.y - 100);
  await d.shot('canvas-minimap');
});

test('zoomed out over many crossing edges, a click on a workload selects the workload, not an edge under the pointer', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const tier = (i: number) => (i < 4 ? 'top' : i < 8 ? 'middle' : 'bottom');
  const pods = Array.from({ length: 12 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: w${i}, namespace: mesh, labels: {app: w${i}, tier: ${tier(i)}}}`);
  // The top row may reach the bottom row: a hand-written policy drawn as one edge per pair, across the middle cards.
  const policy = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: top-to-bottom, namespace: mesh}\nspec:\n  podSelector: {matchLabels: {tier: bottom}}\n  ingress:\n    - from: [{podSelector: {matchExpressions: [{key: tier, operator: In, values: [top]}]}}]`;
  await d.editor.setText([`apiVersion: v1\nkind: Namespace\nmetadata: {name: mesh}`, ...pods, policy].join('\n---\n') + '\n');
  await expect(page.locator('.react-flow__edge')).toHaveCount(16);
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
  // Far enough out that the port labels (clickable, above everything) are left out, as on a large design.
  for (let i = 0; i < 6; i++) await zoomOut.click();
  await expect(page.locator('.kpd-edge-label')).toHaveCount(0);
  for (const name of ['w4', 'w5', 'w6', 'w7']) {
    const card = d.node(`workload mesh/${name}`);
    const box = (await card.boundingBox())!;
    // The card's middle, where the edges from the top row to the bottom row cross it; a plain click, not forced.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(d.inspector().getByLabel('Name', { exact: true })).toHaveValue(name);
  }
  await d.shot('canvas-click-through-edges');
});

test('zoomed far out on a large design the drawn edges become one picture; zooming in brings the edges back', async ({ page }) => {
  const d = new Designer(page);
  await d.open();
  const pods = Array.from({ length: 40 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: w${i}, namespace: big, labels: {app: w${i}, side: ${i % 2 ? 'b' : 'a'}}}`);
  // Every "a" pod may reach every "b" pod: 400 hand-written edges.
  const policy = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: a-to-b, namespace: big}\nspec:\n  podSelector: {matchLabels: {side: b}}\n  ingress:\n    - from: [{podSelector: {matchExpressions: [{key: side, operator: In, values: [a]}]}}]`;
  await d.editor.setText([`apiVersion: v1\nkind: Namespace\nmetadata: {name: big}`, ...pods, policy].join('\n---\n') + '\n');
  await expect(d.node('workload big/w39')).toBeVisible();
  const picture = page.getByTestId('edge-picture');
  const zoomOut = page.getByRole('button', { name: 'Zoom Out' });
  const zoomIn = page.getByRole('button', { name: 'Zoom In' });
  await expect(async () => {
    await zoomOut.click();
    await expect(picture).toBeAttached({ timeout: 200 });
  }).toPass();
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  // One curve per edge, all of them hand-written.
  expect(await picture.locator('.kpd-picture-hand').evaluate((p) => (p.getAttribute('d')!.match(/M/g) ?? []).length)).toBe(400);
  await d.shot('canvas-edge-picture');
  // Cards stay on top of the picture: a click on one selects it.
  const box = (await d.node('workload big/w21').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(d.inspector().getByLabel('Name', { exact: true })).toHaveValue('w21');
  await expect(async () => {
    await zoomIn.click();
    await expect(picture).toHaveCount(0, { timeout: 200 });
  }).toPass();
  await expect(page.locator('.react-flow__edge')).toHaveCount(400);
});
