// @vitest-environment jsdom
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { useStore } from 'zustand';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../i18n';
import { fakeDesignerStore } from './fake-store.test-helper';

const holder: { store: ReturnType<typeof fakeDesignerStore> } = { store: fakeDesignerStore() };
vi.mock('./designer', () => ({
  useDesignerApi: () => holder.store,
  useDesigner: <T,>(sel: (s: never) => T) => useStore(holder.store, sel as never),
}));

const { ExtrasPanels, ExtrasToolbar } = await import('./index');
const { useExtrasUi } = await import('./ui-state');
const { encodeDesign } = await import('../../share');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no <dialog> modal API.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
};

async function render() {
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  const root = createRoot(el);
  await act(async () => {
    root.render(
      <I18nextProvider i18n={createI18n('en')}>
        <ExtrasToolbar />
        <ExtrasPanels />
      </I18nextProvider>,
    );
  });
  return el;
}
const button = (el: HTMLElement, name: string) => [...el.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
const click = (b: HTMLElement) => act(async () => b.click());

beforeEach(() => {
  act(() => useExtrasUi.setState({ dialog: undefined, lessonsOpen: false, staged: undefined, banner: undefined }));
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});

describe('the extras toolbar', () => {
  it('has the buttons of issue 4 and a language switch', async () => {
    const el = await render();
    for (const name of ['Import', 'Export', 'Examples', 'Lessons', 'Share']) expect(button(el, name), name).toBeTruthy();
    expect(el.querySelector('select[aria-label="Language"]')).toBeTruthy();
  });
});

describe('opening an example', () => {
  it('asks before replacing a design with work in it, and Cancel keeps it', async () => {
    holder.store = fakeDesignerStore('kind: Namespace\n');
    const el = await render();
    await click(button(el, 'Examples'));
    await click(button(el, 'Open example: Recipe: deny all'));
    expect(el.querySelector('[role="alertdialog"]')).toBeTruthy();
    await click(button(el, 'Cancel'));
    expect(holder.store.getState().text).toBe('kind: Namespace\n');
    await click(button(el, 'Open example: Recipe: deny all'));
    await click(button(el, 'Replace design'));
    expect(holder.store.getState().text).toContain('name: deny-all');
    expect(holder.store.calls[0]).toBe('openDesign');
    expect(holder.store.getState().showTraffic).toBe(true);
  });

  it('opens straight away over an empty design', async () => {
    holder.store = fakeDesignerStore('');
    const el = await render();
    await click(button(el, 'Examples'));
    await click(button(el, 'Open example: Three pods: A accepts only B'));
    expect(holder.store.getState().text).toContain('name: a-allow-from-b');
  });
});

describe('a share link on load', () => {
  it('opens the shared design as one load, keeps the previous design, and clears the fragment', async () => {
    holder.store = fakeDesignerStore('old: work\n');
    window.history.replaceState(null, '', `/#design=${encodeDesign({ text: 'new: design\n', positions: { 'a/b': { x: 1, y: 2 } } })}`);
    await render();
    expect(holder.store.getState().text).toBe('new: design\n');
    expect(holder.store.getState().positions).toEqual({ 'a/b': { x: 1, y: 2 } });
    expect(JSON.parse(localStorage.getItem('kpd.share.previous.v1')!).text).toBe('old: work\n');
    expect(window.location.hash).toBe('');
  });

  it('opens an empty design with a visible message for a hostile link', async () => {
    holder.store = fakeDesignerStore('old: work\n');
    window.history.replaceState(null, '', '/#design=%%%<script>');
    const el = await render();
    expect(holder.store.calls).toContain('newDesign');
    expect(holder.store.getState().text).toBe('');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('This share link cannot be opened');
  });
});
