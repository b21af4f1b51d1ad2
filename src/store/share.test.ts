import { describe, expect, it } from 'vitest';
import { createDesignerStore } from './index';
import { deepEqual, shareList } from './share';

describe('structural sharing', () => {
  it('deepEqual compares JSON-like data', () => {
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(deepEqual({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  it('shareList keeps equal items by id, and the whole previous array when nothing changed', () => {
    const prev = [
      { id: 'a', v: [1] },
      { id: 'b', v: [2] },
    ];
    const same = shareList(prev, [
      { id: 'a', v: [1] },
      { id: 'b', v: [2] },
    ]);
    expect(same).toBe(prev);
    const changed = shareList(prev, [
      { id: 'b', v: [2] },
      { id: 'a', v: [3] },
    ]);
    expect(changed).not.toBe(prev);
    expect(changed[0]).toBe(prev[1]);
    expect(changed[1]).toEqual({ id: 'a', v: [3] });
    expect(changed[1]).not.toBe(prev[0]);
    expect(shareList(prev, [prev[0]!])).toEqual([prev[0]]);
  });

  it('a comment in the YAML leaves the design object as it was; a port edit replaces only that workload', () => {
    const store = createDesignerStore({ autosave: false });
    const s = () => store.getState();
    s().addNamespace('shop');
    s().addWorkload('shop', 'web');
    s().addWorkload('shop', 'api');
    s().setPorts('shop/api', [{ containerPort: 7070, protocol: 'TCP' }]);
    const before = s().design;
    s().setText(s().text + '# a comment\n');
    expect(s().design).toBe(before);
    s().setText(s().text.replace('containerPort: 7070', 'containerPort: 9090'));
    const after = s().design;
    expect(after).not.toBe(before);
    expect(after.workloads.find((w) => w.name === 'web')).toBe(before.workloads.find((w) => w.name === 'web'));
    expect(after.workloads.find((w) => w.name === 'api')!.ports[0]!.containerPort).toBe(9090);
    expect(after.namespaces).toBe(before.namespaces);
  });
});
