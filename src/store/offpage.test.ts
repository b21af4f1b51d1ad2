// Big texts read off the page (commit.ts): the text and its undo step at once, the design when the reader answers,
// and never the answer about a text the user has already left.
import { describe, expect, it, vi } from 'vitest';
import { lint } from '../lint';
import { analyse } from '../sync/analyse';
import type { Derivation } from '../worker/protocol';
import { EngineSession } from '../worker/session';
import { createDesignerStore } from './create';
import { FINDINGS_DELAY } from './findings';

const POD = (ns: string, name: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ${ns}, labels: {app: ${name}}}\n`;
const pods = (...names: string[]) => names.map((n) => POD('shop', n)).join('---\n');
const ids = (s: { design: { workloads: { id: string }[] } }) => s.design.workloads.map((w) => w.id).sort();

interface Asked {
  text: string;
  answer(d?: Derivation): void;
  fail(): void;
}

/** A reader that answers only when told to, in any order: what a worker does to the page, in slow motion. */
function slowReader() {
  const asked: Asked[] = [];
  const lints: { text: string; answer(): void }[] = [];
  return {
    asked,
    lints,
    reader: {
      derive: (text: string, extra: readonly string[]) =>
        new Promise<Derivation>((resolve, reject) => {
          const own = () => {
            const a = analyse(text, extra);
            return { design: a.design, diagnostics: a.parse.diagnostics, broken: a.broken };
          };
          asked.push({ text, answer: (d) => resolve(d ?? own()), fail: () => reject(new Error('the worker died')) });
        }),
      lint: (text: string) => new Promise<ReturnType<typeof lint>>((resolve) => lints.push({ text, answer: () => resolve(lint(analyse(text).parse)) })),
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function setup(start = pods('a')) {
  const slow = slowReader();
  // Every text counts as big here: the threshold is a number, what it decides is tested.
  const store = createDesignerStore({ autosave: false, initialText: start, offPage: slow.reader, offPageChars: 1 });
  return { ...slow, store, s: () => store.getState(), steps: () => store.history.getState().past.length };
}

describe('a big text read off the page', () => {
  it('commits the text and its undo step at once, and the design when the reader answers', async () => {
    const { s, asked, steps } = setup();
    s().setText(pods('a', 'b'));
    expect(s().text).toBe(pods('a', 'b'));
    expect(s().deriving).toBe(true);
    expect(ids(s())).toEqual(['shop/a']); // the design before, until its own arrives
    expect(steps()).toBe(1);
    asked[0]!.answer();
    await tick();
    expect(s().deriving).toBe(false);
    expect(ids(s())).toEqual(['shop/a', 'shop/b']);
    expect(steps()).toBe(1);
  });

  it('drops an answer about a text the user has left, whatever order the answers come in', async () => {
    const { s, asked } = setup();
    s().setText(pods('a', 'b'));
    s().setText(pods('a', 'c'));
    asked[1]!.answer();
    await tick();
    expect(ids(s())).toEqual(['shop/a', 'shop/c']);
    asked[0]!.answer();
    await tick();
    expect(ids(s())).toEqual(['shop/a', 'shop/c']);
    expect(s().deriving).toBe(false);
  });

  it('reads the text on the page when the reader fails: the text never stays without its design', async () => {
    const { s, asked } = setup();
    s().setText(pods('a', 'b'));
    asked[0]!.fail();
    await tick();
    expect(s().deriving).toBe(false);
    expect(ids(s())).toEqual(['shop/a', 'shop/b']);
  });

  it('a drag while the text is read keeps its positions and keeps waiting for the design', async () => {
    const { s, asked, steps } = setup();
    s().setText(pods('a', 'b'));
    s().setPositions({ 'shop/a': { x: 300, y: 200 } });
    expect(s().deriving).toBe(true);
    expect(asked).toHaveLength(1);
    expect(steps()).toBe(2);
    asked[0]!.answer();
    await tick();
    expect(s().positions['shop/a']).toEqual({ x: 300, y: 200 });
    expect(ids(s())).toEqual(['shop/a', 'shop/b']);
  });

  it('undo while the text is read goes back at once, and the late answer changes nothing', async () => {
    const { s, asked } = setup();
    s().setText(pods('a', 'b'));
    s().undo(); // the text before was read already: no need to wait for anyone
    expect(s().deriving).toBe(false);
    expect(ids(s())).toEqual(['shop/a']);
    asked[0]!.answer();
    await tick();
    expect(s().text).toBe(pods('a'));
    expect(ids(s())).toEqual(['shop/a']);
  });

  it('a card keeps its place when the text renames its workload, as when the page reads it', async () => {
    const { s, asked } = setup();
    s().setPositions({ 'shop/a': { x: 420, y: 160 } });
    s().setText(pods('a').replace('name: a,', 'name: renamed,'));
    asked[0]!.answer();
    await tick();
    expect(ids(s())).toEqual(['shop/renamed']);
    expect(s().positions['shop/renamed']).toEqual({ x: 420, y: 160 });
  });

  it('a text with errors keeps the last valid design, marked stale, once read', async () => {
    const { s, asked } = setup();
    s().setText(`${pods('a', 'b')}---\nkind: [\n`);
    asked[0]!.answer();
    await tick();
    expect(s().stale).toBe(true);
    expect(ids(s())).toEqual(['shop/a']);
    expect(s().diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('small texts are read on the page, in the same commit', () => {
    const slow = slowReader();
    const store = createDesignerStore({ autosave: false, initialText: pods('a'), offPage: slow.reader, offPageChars: 10_000 });
    store.getState().setText(pods('a', 'b'));
    expect(store.getState().deriving).toBe(false);
    expect(ids(store.getState())).toEqual(['shop/a', 'shop/b']);
    expect(slow.asked).toHaveLength(0);
  });

  it('findings come from the reader, and those of a text the user left are dropped', async () => {
    vi.useFakeTimers();
    try {
      const { s, lints } = setup(`apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n---\n${pods('a')}`);
      vi.advanceTimersByTime(FINDINGS_DELAY + 10);
      expect(lints).toHaveLength(1);
      s().setNamespaceSwitch('shop', { defaultDeny: true }); // a text with a DNS finding (KPD104)
      vi.advanceTimersByTime(FINDINGS_DELAY + 10);
      expect(lints).toHaveLength(2);
      lints[1]!.answer();
      await vi.runAllTimersAsync();
      expect(s().findings!.map((f) => f.code)).toContain('KPD104');
      lints[0]!.answer(); // about the text before the switch: too late
      await vi.runAllTimersAsync();
      expect(s().findingsText).toBe(s().text);
      expect(s().findings!.map((f) => f.code)).toContain('KPD104');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('reading ahead (store/read-ahead.ts)', () => {
  it('a text read ahead is announced and read once: the commit finds its reading under way', async () => {
    const { store, s, asked } = setup();
    const heard: string[] = [];
    store.onTextCommit((t) => heard.push(t));
    s().anticipate!(pods('a', 'b'));
    expect(asked.map((a) => a.text)).toEqual([pods('a', 'b')]);
    expect(heard).toEqual([pods('a', 'b')]);
    expect(s().text).toBe(pods('a')); // nothing committed yet
    s().setText(pods('a', 'b'));
    expect(asked).toHaveLength(1);
    asked[0]!.answer();
    await tick();
    expect(ids(s())).toEqual(['shop/a', 'shop/b']);
  });

  it('one reading ahead at a time, and the committed text is read even when it was not the one read ahead', async () => {
    const { s, asked } = setup();
    s().anticipate!(pods('a', 'b'));
    s().anticipate!(pods('a', 'b', 'c')); // still reading the first: skipped
    expect(asked).toHaveLength(1);
    s().setText(pods('a', 'c'));
    expect(asked.map((a) => a.text)).toEqual([pods('a', 'b'), pods('a', 'c')]);
    asked[1]!.answer();
    asked[0]!.answer();
    await tick();
    expect(ids(s())).toEqual(['shop/a', 'shop/c']);
    s().anticipate!(pods('a', 'd')); // the first reading is done: a new one may start
    expect(asked).toHaveLength(3);
  });
});

describe('the worker reads a text as the page does', () => {
  it('its derivation and findings equal the page’s own', () => {
    const text = `apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n---\n${pods('a', 'b')}---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: a-in, namespace: shop}\nspec:\n  podSelector: {matchLabels: {app: a}}\n  ingress: [{from: [{podSelector: {matchLabels: {app: b}}}]}]\n`;
    const session = new EngineSession();
    const page = analyse(text, ['external:10.0.0.0/8']);
    const derived = session.handle({ id: 1, type: 'derive', text, extraExternals: ['external:10.0.0.0/8'] });
    expect(derived).toEqual({ id: 1, type: 'derive', text, derivation: { design: page.design, diagnostics: page.parse.diagnostics, broken: false } });
    expect(page.design.edges.length).toBeGreaterThan(0);
    const linted = session.handle({ id: 2, type: 'lint', text });
    expect(linted).toEqual({ id: 2, type: 'lint', text, findings: lint(page.parse) });
    expect(structuredClone(derived)).toEqual(derived); // plain data: it crosses to the page as it is
  });
});
