import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyReplacement, type TextReplacement } from './textDiff';
import { TextSync, type TextBuffer, type TextStorePort } from './textSync';

/** A tiny fake of the designer store: text plus a linear history, like the store's (src/store/history.ts). */
function fakeStore(initial: string) {
  const past: string[] = [];
  const future: string[] = [];
  const listeners: Array<() => void> = [];
  const store = {
    text: initial,
    setCalls: 0,
    getText: () => store.text,
    setText(t: string) {
      store.setCalls++;
      past.push(store.text);
      future.length = 0;
      store.text = t;
      listeners.forEach((l) => l());
    },
    undo() {
      const prev = past.pop();
      if (prev === undefined) return;
      future.push(store.text);
      store.text = prev;
      listeners.forEach((l) => l());
    },
    redo() {
      const next = future.pop();
      if (next === undefined) return;
      past.push(store.text);
      store.text = next;
      listeners.forEach((l) => l());
    },
    /** A canvas action: a change that does not come from the editor. */
    external(t: string) {
      store.setText(t);
    },
    subscribe: (l: () => void) => listeners.push(l),
  };
  return store satisfies TextStorePort & Record<string, unknown>;
}

/** A buffer that records replacements and notifies its sync like Monaco's onDidChangeContent. */
function fakeBuffer(initial: string) {
  const b = {
    text: initial,
    replacements: [] as TextReplacement[],
    sync: undefined as TextSync | undefined,
    getText: () => b.text,
    replace(r: TextReplacement) {
      b.replacements.push(r);
      b.text = applyReplacement(b.text, r);
      b.sync?.bufferChanged();
    },
    type(t: string) {
      b.text += t;
      b.sync?.bufferChanged();
    },
  };
  return b satisfies TextBuffer & Record<string, unknown>;
}

function setup(text = 'a: 1\n') {
  const store = fakeStore(text);
  const buffer = fakeBuffer(text);
  const pendings: boolean[] = [];
  const sync = new TextSync(store, buffer, (p) => pendings.push(p), 300);
  buffer.sync = sync;
  store.subscribe(() => sync.storeChanged());
  return { store, buffer, sync, pendings };
}

describe('TextSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends typing to the store once, 300 ms after the last key', () => {
    const { store, buffer, pendings } = setup();
    buffer.type('b');
    vi.advanceTimersByTime(200);
    buffer.type(': 2');
    vi.advanceTimersByTime(299);
    expect(store.setCalls).toBe(0);
    vi.advanceTimersByTime(1);
    expect(store.setCalls).toBe(1);
    expect(store.text).toBe('a: 1\nb: 2');
    expect(pendings).toEqual([true, false]);
  });

  it('applies a store change as one minimal replacement', () => {
    const { store, buffer } = setup('a: 1\nb: 2\n');
    store.external('a: 1\nb: 3\n');
    expect(buffer.text).toBe('a: 1\nb: 3\n');
    expect(buffer.replacements).toEqual([{ start: 8, end: 9, text: '3' }]);
  });

  it('does not treat its own replacement as typing', () => {
    const { store, buffer, sync } = setup();
    store.external('a: 2\n');
    expect(buffer.text).toBe('a: 2\n');
    expect(sync.isPending).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(store.setCalls).toBe(1);
  });

  it('never overwrites text typed in the last 300 ms; converges after the flush', () => {
    const { store, buffer } = setup('a: 1\n');
    buffer.type('b: 2\n');
    store.external('a: 1\nc: 3\n');
    expect(buffer.text).toBe('a: 1\nb: 2\n');
    vi.advanceTimersByTime(300);
    // Pending local edits win: the store now holds what the user typed, and the buffer agrees with it.
    expect(store.text).toBe('a: 1\nb: 2\n');
    expect(buffer.text).toBe(store.text);
  });

  it('flushes pending typing before undo so undo removes exactly that typing', () => {
    const { store, buffer, sync } = setup('a: 1\n');
    buffer.type('b: 2\n');
    sync.undo();
    expect(store.text).toBe('a: 1\n');
    expect(buffer.text).toBe('a: 1\n');
    sync.redo();
    expect(buffer.text).toBe('a: 1\nb: 2\n');
  });

  it('undoes a canvas change and an editor change from one history', () => {
    const { store, buffer, sync } = setup('a: 1\n');
    store.external('a: 1\nns: x\n');
    buffer.type('b: 2\n');
    vi.advanceTimersByTime(300);
    sync.undo();
    expect(buffer.text).toBe('a: 1\nns: x\n');
    sync.undo();
    expect(buffer.text).toBe('a: 1\n');
  });

  it('compares without caring about CRLF from imported files', () => {
    const { store, buffer } = setup('a: 1\n');
    store.external('a: 1\r\nb: 2\r\n');
    expect(buffer.text).toBe('a: 1\nb: 2\n');
  });
});
