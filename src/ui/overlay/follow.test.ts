import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../store';
import { answerFits, followTexts } from './follow';

const POD = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: shop}\n`;

function setup(showTraffic = true) {
  const store = createDesignerStore({ autosave: false, initialText: POD('a') });
  if (showTraffic) store.getState().setShowTraffic(true);
  const sent: { text: string; storeHad: string; workloads: number }[] = [];
  const stop = followTexts(store, (text) => sent.push({ text, storeHad: store.getState().text, workloads: store.getState().design.workloads.length }));
  return { store, s: () => store.getState(), sent, stop };
}

describe('followTexts: which texts the overlay analyses', () => {
  it('sends the current text when it starts with the overlay on, and nothing while it is off', () => {
    expect(setup(true).sent.map((x) => x.text)).toEqual([POD('a')]);
    const off = setup(false);
    off.s().setText(POD('b'));
    expect(off.sent).toEqual([]);
  });

  it('sends a typed text before the page has derived its design, and only once', () => {
    const { s, sent } = setup();
    s().setText(POD('a') + '---\n' + POD('b'));
    expect(sent).toHaveLength(2);
    // Heard before the commit: the store still had the old text and its one workload.
    expect(sent[1]).toEqual({ text: POD('a') + '---\n' + POD('b'), storeHad: POD('a'), workloads: 1 });
    expect(s().design.workloads).toHaveLength(2);
  });

  it('sends canvas actions, undo and redo, and the toggle turned back on', () => {
    const { s, sent } = setup();
    s().addWorkload('shop', 'c');
    const afterAdd = s().text;
    s().undo();
    s().redo();
    s().setShowTraffic(false);
    s().setShowTraffic(true);
    expect(sent.map((x) => x.text)).toEqual([POD('a'), afterAdd, POD('a'), afterAdd, afterAdd]);
  });

  it('a text with errors may be sent early, but its answer does not fit; the fixed text is sent again', () => {
    const { s, sent } = setup();
    const broken = POD('a') + '---\nkind: [oops\n';
    s().setText(broken);
    expect(s().stale).toBe(true);
    expect(answerFits(s(), broken)).toBe(false);
    s().setText(POD('z'));
    expect(sent.at(-1)!.text).toBe(POD('z'));
    expect(answerFits(s(), POD('z'))).toBe(true);
    expect(answerFits(s(), POD('a'))).toBe(false);
  });

  it('stops hearing the store when stopped', () => {
    const { s, sent, stop } = setup();
    stop();
    s().setText(POD('q'));
    expect(sent).toHaveLength(1);
  });
});

describe('store.onTextCommit', () => {
  it('a listener that throws does not cost the user the edit', () => {
    const store = createDesignerStore({ autosave: false });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (e: unknown) => void errors.push(e);
    try {
      store.onTextCommit(() => {
        throw new Error('listener bug');
      });
      store.getState().setText(POD('kept'));
    } finally {
      console.error = original;
    }
    expect(store.getState().design.workloads.map((w) => w.name)).toEqual(['kept']);
    expect(errors).toHaveLength(1);
  });
});
