// One capture decision per change: every action is one undo step, applied in one `set` together with what is
// derived from it, and opening a design is one step with its layout.
import { describe, expect, it } from 'vitest';
import { createDesignerStore } from './index';

const POD = (ns: string, name: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ${ns}, labels: {app: ${name}}}\n`;
const workloadsOf = (text: string) => [...text.matchAll(/name: (\w+), namespace: (\w+)/g)].map((m) => `${m[2]}/${m[1]}`).sort();

function fresh(text = '') {
  const store = createDesignerStore({ autosave: false, initialText: text });
  return { store, s: () => store.getState(), steps: () => store.history.getState().past.length };
}

describe('atomic changes', () => {
  it('no subscriber ever sees a new text with the design of another text, through edits, undo and redo', () => {
    const { store, s } = fresh(POD('shop', 'a'));
    const seen: string[] = [];
    store.subscribe((st) => {
      const shown = st.design.workloads.map((w) => w.id).sort();
      if (JSON.stringify(shown) !== JSON.stringify(workloadsOf(st.text))) seen.push(`${JSON.stringify(workloadsOf(st.text))} shown as ${JSON.stringify(shown)}`);
    });
    s().setText(POD('shop', 'a') + '---\n' + POD('shop', 'b'));
    s().setText(POD('shop', 'c'));
    s().undo();
    s().undo();
    s().redo();
    s().redo();
    expect(seen).toEqual([]);
    expect(s().design.workloads.map((w) => w.id)).toEqual(['shop/c']);
  });

  it('undo hands subscribers one state change, not a text and then its design', () => {
    const { store, s } = fresh(POD('shop', 'a'));
    s().setText(POD('shop', 'b'));
    let calls = 0;
    store.subscribe(() => calls++);
    s().undo();
    expect(calls).toBe(1);
    expect(s().design.workloads[0]!.id).toBe('shop/a');
  });
});

describe('one undo step per action', () => {
  it('opening a design over another is one step: one Undo brings back the old text with its positions', async () => {
    const { s, steps } = fresh();
    s().addNamespace('mine', { x: 500, y: 300 });
    const before = { text: s().text, positions: s().positions };
    const n = steps();
    await s().openDesign(POD('shop', 'web') + '---\n' + POD('shop', 'api'));
    expect(steps()).toBe(n + 1);
    // Opened with its layout: every node has a position from the start.
    expect(Object.keys(s().positions).sort()).toEqual(['namespace:shop', 'shop/api', 'shop/web']);
    s().undo();
    expect(s().text).toBe(before.text);
    expect(s().positions).toEqual(before.positions);
    s().redo();
    expect(Object.keys(s().positions).sort()).toEqual(['namespace:shop', 'shop/api', 'shop/web']);
  });

  it('a share link opens with its own positions, as one step', async () => {
    const { s, steps } = fresh(POD('old', 'x'));
    await s().openDesign(POD('shop', 'web'), { positions: { 'shop/web': { x: 7, y: 8 } } });
    expect(steps()).toBe(1);
    expect(s().positions).toEqual({ 'shop/web': { x: 7, y: 8 } });
  });

  it('auto layout, a drag, a rename and a new design are one step each', async () => {
    const { s, steps } = fresh(POD('shop', 'web'));
    await s().autoLayout();
    expect(steps()).toBe(1);
    s().setPositions({ 'shop/web': { x: 1, y: 2 }, 'namespace:shop': { x: 3, y: 4 } });
    expect(steps()).toBe(2);
    expect(s().renameNode('shop/web', 'www')).toBeUndefined();
    expect(steps()).toBe(3);
    s().newDesign();
    expect(steps()).toBe(4);
    s().undo();
    expect(s().positions['shop/www']).toEqual({ x: 1, y: 2 });
  });
});

describe('positions follow identity', () => {
  it('a workload renamed in the YAML keeps its card where the user put it', () => {
    const { s } = fresh(POD('shop', 'api') + '---\n' + POD('shop', 'web'));
    s().setPositions({ 'shop/api': { x: 420, y: 260 } });
    s().setSelection({ nodes: ['shop/api'] });
    s().setText(s().text.replace('name: api,', 'name: api-v2,'));
    expect(s().positions['shop/api-v2']).toEqual({ x: 420, y: 260 });
    expect(s().positions['shop/api']).toBeUndefined();
    expect(s().selection.nodes).toEqual(['shop/api-v2']);
    // Undo restores the old name with the card in the same place.
    s().undo();
    expect(s().positions['shop/api']).toEqual({ x: 420, y: 260 });
  });

  it('a namespace renamed in the YAML keeps its box, its size and its workloads where they were', () => {
    const { s } = fresh(POD('shop', 'api'));
    s().setPositions({ 'namespace:shop': { x: 600, y: 100 }, 'shop/api': { x: 30, y: 60 } });
    s().setText(s().text.replace('namespace: shop', 'namespace: store'));
    expect(s().positions).toEqual({ 'namespace:store': { x: 600, y: 100 }, 'store/api': { x: 30, y: 60 } });
  });

  it('renaming in the inspector keeps the card too', () => {
    const { s } = fresh();
    s().addNamespace('shop');
    s().addWorkload('shop', 'api', { x: 333, y: 222 });
    expect(s().renameNode('shop/api', 'api-v2')).toBeUndefined();
    expect(s().positions['shop/api-v2']).toEqual({ x: 333, y: 222 });
  });

  it('two workloads replaced at once are new workloads, not renames', () => {
    const { s } = fresh(POD('shop', 'a') + '---\n' + POD('shop', 'b'));
    s().setPositions({ 'shop/a': { x: 1, y: 1 }, 'shop/b': { x: 2, y: 2 } });
    s().setText(POD('shop', 'c') + '---\n' + POD('shop', 'd'));
    expect(s().positions['shop/c']).toBeUndefined();
    expect(s().positions['shop/d']).toBeUndefined();
  });
});
