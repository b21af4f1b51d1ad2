// Browser section of `npm run bench` (issue 3, "Proof"): the built app in real Chromium, measured as a user meets it.
// It builds into dist-bench and serves it on :4199 itself, so it never shares a port or folder with e2e runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Locator, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/browser';
import { TYPING_PAUSE_MS } from '../src/ui/editor/textSync';
import { scaleRows } from './browser-scale';
import { pasteAll } from './paste';

const PORT = Number(process.env.KPD_BENCH_PORT ?? 4199);
const OUT = process.env.KPD_BENCH_OUT ?? 'dist-bench';
/** The typing pause the issue asks for (src/ui/editor/textSync.ts); the overlay adds no wait of its own. */
const DEBOUNCES_MS = TYPING_PAUSE_MS;
const OVERLAY_TARGET_MS = 200;
const PAINT_TARGET_MS = 1500;
/** Issue 10: first paint at 300 workloads. */
const PAINT_300_TARGET_MS = 1000;
/** Quiet time before each timed edit: the previous update rendered, Monaco's schema check and the autosave done. */
const SETTLE_MS = 1500;

type Generate = (o: { workloads: number; networkPolicies: number; authorizationPolicies: number }) => unknown;

/** bench/generate.ts belongs to another helper; a tiny stand-in keeps this section runnable until it lands. */
async function loadGenerator(): Promise<Generate> {
  const path = './generate.ts';
  try {
    const mod = (await import(path)) as { generateManifests?: Generate };
    if (mod.generateManifests) return mod.generateManifests;
  } catch {
    /* fall through */
  }
  return ({ workloads, networkPolicies }) => {
    const docs: string[] = [];
    const nsCount = Math.max(1, Math.ceil(workloads / 25));
    for (let n = 0; n < nsCount; n++) docs.push(`apiVersion: v1\nkind: Namespace\nmetadata: {name: ns${n}}`);
    for (let i = 0; i < workloads; i++)
      docs.push(
        `apiVersion: v1\nkind: Pod\nmetadata: {name: w${i}, namespace: ns${i % nsCount}, labels: {app: w${i}, tier: t${i % 5}}}\nspec: {containers: [{name: c, image: x, ports: [{containerPort: 8080}]}]}`,
      );
    for (let p = 0; p < networkPolicies; p++)
      docs.push(
        `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np${p}, namespace: ns${p % nsCount}}\nspec:\n  podSelector: {matchLabels: {tier: t${p % 5}}}\n  ingress:\n    - from: [{podSelector: {matchLabels: {tier: t${(p + 1) % 5}}}}]\n      ports: [{port: 8080}]`,
      );
    return docs.join('\n---\n') + '\n';
  };
}

function asText(generated: unknown): string {
  if (typeof generated === 'string') return generated;
  if (Array.isArray(generated)) return generated.map((d) => (typeof d === 'string' ? d : (d as { text: string }).text)).join('\n---\n');
  return (generated as { text: string }).text;
}

function run(cmd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, { shell: true, stdio: 'ignore' });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}`))));
  });
}

async function serve(): Promise<ChildProcess> {
  await run(`npx --no-install vite build --outDir ${OUT} --emptyOutDir`);
  const server = spawn(`npx --no-install vite preview --outDir ${OUT} --port ${PORT} --strictPort`, { shell: true, stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on :${PORT}`);
}

const seqOf = (page: Page) => page.locator('[data-analysis-seq]').first().getAttribute('data-analysis-seq').then(Number);

/**
 * A real change, not a comment: a new Pod in an existing namespace adds a node to the canvas and a workload to
 * every analysis, so the canvas, the design and the matrix all have something to update.
 */
function benchEdit(text: string, i: number): string {
  const ns = /^\s+namespace: (\S+)$/m.exec(text)?.[1] ?? 'default';
  return `\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: bench-edit-${i}\n  namespace: ${ns}\n  labels: {app: bench-edit-${i}}\nspec:\n  containers: [{name: c, image: x, ports: [{containerPort: 8080}]}]\n`;
}

interface Sample {
  /** Paste → the overlay's analysis of the new text applied (data-analysis-seq changed). */
  applied: number;
  /** Paste → the first frame rendered after that: what the eye can see. */
  painted: number;
}

/**
 * One edit, timed by the page itself: from the paste to the data-analysis-seq change, then to the end of the next
 * rendered frame (a task queued from requestAnimationFrame runs once that frame is done).
 */
async function timeEdit(page: Page, text: string): Promise<Sample> {
  const start = await seqOf(page);
  const input = page.getByTestId('yaml-editor').locator('.monaco-editor textarea');
  await input.focus();
  await page.keyboard.press('ControlOrMeta+End');
  return input.evaluate(
    (el, { start, text }) =>
      new Promise<Sample>((resolve) => {
        const root = document.querySelector('[data-analysis-seq]')!;
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          if (Number(root.getAttribute('data-analysis-seq')) <= start) return;
          obs.disconnect();
          const applied = performance.now() - t0;
          requestAnimationFrame(() => setTimeout(() => resolve({ applied, painted: performance.now() - t0 })));
        });
        obs.observe(root, { attributes: true, attributeFilter: ['data-analysis-seq'] });
        const data = new DataTransfer();
        data.setData('text/plain', text);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }),
    { start, text },
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
let edits = 0;

/**
 * Median of `n` edits. `settleMs` > 0: each edit starts from a quiet page (the previous update rendered, Monaco's
 * schema check and the autosave done), as after a person pauses to read; 0: edits back to back, each starting
 * while the previous one's background work still runs.
 */
async function medianEdit(page: Page, text: string, n: number, settleMs: number): Promise<Sample> {
  const samples: Sample[] = [];
  for (let i = 0; i < n; i++) {
    if (settleMs) await page.waitForTimeout(settleMs);
    samples.push(await timeEdit(page, benchEdit(text, edits++)));
  }
  return { applied: median(samples.map((s) => s.applied)), painted: median(samples.map((s) => s.painted)) };
}

/** Load a generated design through the editor and wait for its first analysis. */
async function loadDesign(page: Page, text: string): Promise<string> {
  const before = await seqOf(page);
  await pasteAll(page, text);
  const traffic = page.getByRole('button', { name: 'Show traffic', exact: true });
  if ((await traffic.getAttribute('aria-pressed')) !== 'true') await traffic.click();
  // React Flow may render only the visible nodes of a large design, so wait on the analysis, not on the DOM nodes.
  await page.waitForFunction((b) => Number(document.querySelector('[data-analysis-seq]')?.getAttribute('data-analysis-seq')) > b, before, { timeout: 120_000 });
  await drawCards(page);
  await page.waitForTimeout(3000);
  const status = (await page.locator('.kpd-overlay-panels [role=status]').first().textContent()) ?? '';
  return /\((\d+) ms\)/.exec(status)?.[1] ?? '?';
}

/**
 * A big pasted (or restored, zoomed-out) design is drawn collapsed; these rows time the cards themselves, as before
 * collapsing existed, so the namespaces are opened ("Collapse namespaces" off).
 */
async function drawCards(page: Page): Promise<void> {
  const collapse = page.getByRole('button', { name: 'Collapse namespaces', exact: true });
  if ((await collapse.getAttribute('aria-pressed')) === 'true') await collapse.click();
  await page.locator('.react-flow__node-workload').first().waitFor({ timeout: 30_000 });
}

/**
 * Select one workload (with Find, which also zooms to it: a big design is restored fitted, where labels are too
 * small to draw), so the overlay draws all its pairs in and out.
 */
async function selectWorkload(page: Page): Promise<number> {
  await drawCards(page);
  const traffic = page.getByRole('button', { name: 'Show traffic', exact: true });
  if ((await traffic.getAttribute('aria-pressed')) !== 'true') await traffic.click();
  const card = await zoomToAWorkload(page); // Find selects it too
  // Where Find left nothing selected, a click on a card does it.
  if ((await card.count()) === 0)
    await page
      .locator('.react-flow__node-workload')
      .first()
      .click({ position: { x: 30, y: 12 } });
  // Traffic edges, not their labels: labels are left out when zoomed far out.
  const edges = page.locator('.react-flow__edge-traffic');
  await edges.first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForTimeout(2000);
  return edges.count();
}

/**
 * Find (Ctrl+K) one workload: the view centres on it and zooms to it (60-120%), as a person does before moving a
 * card on a big design. Returns its card (Find selects it).
 */
async function zoomToAWorkload(page: Page): Promise<Locator> {
  // One of the generated design's own workloads (the bench's edits add pods without traffic of their own).
  const label = (await page.locator('.react-flow__node-workload').first().getAttribute('aria-label'))!;
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Find workload' }).fill(label.replace(/^workload /, ''));
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1000);
  return page.locator('.react-flow__node-workload.selected').first();
}

/** requestAnimationFrame deltas while the mouse drags one card (default: the last node) across the canvas. */
async function dragFrames(page: Page, card?: Locator): Promise<{ median: number; p95: number }> {
  const node = card ?? page.locator('.react-flow__node').last();
  const box = (await node.boundingBox())!;
  // A string, not a function: tsx's keepNames would wrap the inner function in a helper the page does not have.
  await page.evaluate(`(() => {
    window.__frames = []; window.__stop = false; let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(box.x + 20, box.y + 10);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(box.x + 20 + i * 4, box.y + 10 + i * 2);
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(1).sort((a, b) => a - b);
  });
  const at = (q: number) => frames[Math.min(frames.length - 1, Math.floor(frames.length * q))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** First paint of the canvas: the React Flow pane in the DOM, timed from navigation start. */
async function canvasPaint(page: Page): Promise<number> {
  await page.reload();
  await page.waitForSelector('.react-flow__pane');
  return page.evaluate(() => (window as unknown as { __paneAt?: number }).__paneAt ?? performance.now());
}

const fmt = (n: number) => `${Math.round(n)} ms`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

export async function runBrowserBench(): Promise<string> {
  const generate = await loadGenerator();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const rows: string[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.querySelector('.react-flow__pane')) {
          (window as unknown as { __paneAt: number }).__paneAt = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    // A page error is a bug the bench must not hide behind a timeout.
    page.on('pageerror', (e) => console.error(`page error: ${e.message}\n${e.stack ?? ''}`));
    await page.goto(`http://localhost:${PORT}/`);
    await page.getByTestId('yaml-editor').locator('.monaco-editor .view-lines').waitFor({ timeout: 30_000 });
    const empty = await canvasPaint(page);
    rows.push(`| first canvas paint, empty design | ${fmt(empty)} | < ${PAINT_TARGET_MS} ms | ${verdict(empty < PAINT_TARGET_MS)} |`);
    const after = (ms: number) => fmt(Math.max(0, ms - DEBOUNCES_MS));
    // KPD_BENCH_SCALE=only: issue 10's rows alone (a few minutes instead of the whole section).
    if (process.env.KPD_BENCH_SCALE === 'only') {
      rows.push(...(await scaleRows(page, DEBOUNCES_MS)));
      return table(rows);
    }
    for (const workloads of [50, 300, 1000]) {
      const text = asText(generate({ workloads, networkPolicies: Math.round(workloads / 5), authorizationPolicies: Math.round(workloads / 10) }));
      const first = await loadDesign(page, text);
      // Right after a whole design is pasted, Monaco tokenises and schema-checks it in the background and the
      // JIT has not seen the edit path yet: the first edits are slower, reported apart from the steady state.
      const warm = workloads === 300 ? await medianEdit(page, text, 3, SETTLE_MS) : undefined;
      const quiet = await medianEdit(page, text, 5, SETTLE_MS);
      const target = workloads === 300 ? `< ${OVERLAY_TARGET_MS} ms after the pause` : '—';
      const pass = workloads === 300 ? verdict(quiet.applied - DEBOUNCES_MS < OVERLAY_TARGET_MS) : 'info';
      rows.push(
        `| YAML edit (a Pod added) → overlay updated, ${workloads} workloads | ${after(quiet.applied)} after the ${DEBOUNCES_MS} ms typing pause (median of 5${warm ? ', after 3 warm-up edits' : ''}; frame rendered at ${after(quiet.painted)}; first analysis of the whole design ${first} ms) | ${target} | ${pass} |`,
      );
      if (!warm) continue;
      rows.push(`| same edit, the first 3 right after the whole design was pasted, 300 workloads | ${after(warm.applied)} (frame at ${after(warm.painted)}) | — | info |`);
      const busy = await medianEdit(page, text, 3, 0);
      rows.push(
        `| same edit, back to back (each while the previous one's background work runs), 300 workloads | ${after(busy.applied)} (frame at ${after(busy.painted)}) | — | info |`,
      );
      // The pasted design was fitted into view (zoom about 0.15, every card and edge painted each frame).
      const whole = await dragFrames(page);
      const { median: frame, p95 } = await dragFrames(page, await zoomToAWorkload(page));
      rows.push(`| frame time while dragging, 300 workloads (zoomed to the card with Find) | median ${fmt(frame)}, p95 ${fmt(p95)} | median < 33 ms | ${verdict(frame < 33)} |`);
      rows.push(`| same, the whole pasted design in view (fitted: zoom about 0.15) | median ${fmt(whole.median)}, p95 ${fmt(whole.p95)} | — | info |`);
      const paints: number[] = [];
      for (let i = 0; i < 3; i++) {
        paints.push(await canvasPaint(page));
        await page.waitForTimeout(2000);
      }
      const paint = median(paints);
      rows.push(`| first canvas paint, 300 workloads restored | ${fmt(paint)} (median of 3 reloads) | < ${PAINT_300_TARGET_MS} ms | ${verdict(paint < PAINT_300_TARGET_MS)} |`);
      await page.getByTestId('yaml-editor').locator('.monaco-editor .view-lines').waitFor({ timeout: 30_000 });
      await page.waitForTimeout(3000);
      // An info row: if selecting fails (the page after reloads is not what this step expects), the bench says so
      // and goes on to the rows with targets.
      try {
        const pairs = await selectWorkload(page);
        await medianEdit(page, text, 3, SETTLE_MS); // warm-up again: the reloads above started a fresh page
        const selected = await medianEdit(page, text, 5, SETTLE_MS);
        rows.push(
          `| same edit, one workload selected (${pairs} traffic edges drawn), 300 workloads | ${after(selected.applied)} (frame at ${after(selected.painted)}) | — | info |`,
        );
      } catch (e) {
        rows.push(`| same edit, one workload selected, 300 workloads | not measured: ${(e as Error).message.split('\n')[0]} | — | info |`);
      }
      await page.keyboard.press('Escape');
    }
    rows.push(...(await scaleRows(page, DEBOUNCES_MS)));
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
  return table(rows);
}

const table = (rows: string[]) => ['## Browser (Chromium, built app)', '', '| measure | result | target | |', '|---|---|---|---|', ...rows].join('\n');

// Run alone: `node bin/tsx-run.mjs bench/browser.ts`
if (import.meta.url === `file://${process.argv[1]}`) runBrowserBench().then((t) => console.log(t));
