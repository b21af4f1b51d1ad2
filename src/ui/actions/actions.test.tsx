// @vitest-environment jsdom
// The action registry over a test designer: one definition drives the toolbar, the keyboard and the shortcuts
// dialog, and every action is one undo step.
import { describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { createTestDesigner } from '../test-designer';
import { ShortcutsDialog } from '../toolbar/ShortcutsDialog';
import { Toolbar } from '../toolbar/Toolbar';
import { createActionRegistry, defineAction, DESIGNER_ACTIONS, keyLabel, useActionShortcuts } from './index';
import { addNamespace } from './add';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
};

const press = (key: string, mods: Partial<Pick<KeyboardEvent, 'ctrlKey' | 'shiftKey' | 'metaKey'>> = {}) =>
  act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods })));

function Keys() {
  useActionShortcuts();
  return null;
}

describe('actions', () => {
  it('each add is one undo step, lands in the selected namespace and selects what it added', () => {
    const td = createTestDesigner();
    td.perform('addNamespace');
    const ns = td.state.selection.nodes[0]!;
    td.perform('addWorkload');
    expect(td.state.design.workloads.map((w) => w.namespace)).toEqual([ns.slice('namespace:'.length)]);
    td.perform('addExternal');
    expect(td.state.selection.nodes).toEqual(['external:0.0.0.0/0']);
    expect(td.store.history.getState().past).toHaveLength(3);
    expect(td.registry.isEnabled('redo', td.ctx)).toBe(false);
    td.perform('undo');
    expect(td.registry.isEnabled('redo', td.ctx)).toBe(true);
    expect(td.state.design.externals).toEqual([]);
  });

  it('Undo is disabled with nothing to undo, and performing it then does nothing', () => {
    const td = createTestDesigner();
    expect(td.perform('undo')).toBe(false);
  });

  it('refuses two actions of one name', () => {
    expect(() => createActionRegistry([addNamespace, addNamespace])).toThrow(/twice/);
  });

  it('keys: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, Delete removes the selection, Escape clears it, ? opens the shortcuts', async () => {
    const td = createTestDesigner();
    const el = document.createElement('div');
    document.body.replaceChildren(el);
    await act(async () => createRoot(el).render(td.wrap(<Keys />)));
    td.perform('addNamespace');
    await press('Delete');
    expect(td.state.design.namespaces).toEqual([]);
    await press('z', { ctrlKey: true });
    expect(td.state.design.namespaces).toHaveLength(1);
    await press('Z', { ctrlKey: true, shiftKey: true });
    expect(td.state.design.namespaces).toHaveLength(0);
    await press('z', { ctrlKey: true });
    await press('y', { ctrlKey: true });
    expect(td.state.design.namespaces).toHaveLength(0);
    await press('z', { ctrlKey: true });
    td.state.setSelection({ nodes: [td.state.design.namespaces[0]!.id] });
    await press('Escape');
    expect(td.state.selection.nodes).toEqual([]);
    await press('?', { shiftKey: true });
    expect(td.state.dialog).toBe('shortcuts');
  });

  it('the shortcuts dialog lists every binding of the registry, named by its action', async () => {
    const td = createTestDesigner();
    td.state.openDialog('shortcuts');
    const el = document.createElement('div');
    document.body.replaceChildren(el);
    await act(async () => createRoot(el).render(td.wrap(<ShortcutsDialog />)));
    const dialog = el.querySelector('dialog')!;
    expect(dialog.querySelector('h2')!.textContent).toBe('Keyboard shortcuts');
    const rows = [...dialog.querySelectorAll('tbody tr')].map((r) => r.textContent);
    const bound = DESIGNER_ACTIONS.filter((a) => a.keys?.length);
    expect(rows).toHaveLength(bound.length);
    expect(rows).toContain('UndoCtrl+Z');
    expect(rows).toContain('RedoCtrl+Shift+Z or Ctrl+Y');
    expect(rows).toContain('Keyboard shortcuts?');
    expect(keyLabel({ key: 'z', mod: true, shift: true }, true)).toBe('⌘⇧Z');
  });

  it('another area adds a toolbar button and a shortcut by defining one action', async () => {
    const performed: string[] = [];
    const find = defineAction({
      name: 'find',
      label: 'shell.toolbar.label',
      keys: [{ key: 'f', mod: true }],
      toolbar: { group: 'edit' },
      perform: () => void performed.push('find'),
    });
    const td = createTestDesigner({ actions: [...DESIGNER_ACTIONS, find] });
    const el = document.createElement('div');
    document.body.replaceChildren(el);
    await act(async () =>
      createRoot(el).render(
        td.wrap(
          <>
            <Toolbar />
            <Keys />
          </>,
        ),
      ),
    );
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Designer tools')!;
    await act(async () => button.click());
    await press('f', { ctrlKey: true });
    expect(performed).toEqual(['find', 'find']);
  });
});
