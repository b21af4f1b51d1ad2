// @vitest-environment jsdom
// The extras toolbar over a test designer (the real store, actions and engine session): what the user sees
// after opening an example or a share link, not which store methods were called.
import { describe, it, expect, beforeEach } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { createTestDesigner, type TestDesigner } from '../test-designer';
import { Toolbar } from '../toolbar/Toolbar';
import { ExtrasPanels } from './index';
import { useExtrasUi } from './ui-state';
import { encodeDesign } from '../../share';
import { PREVIOUS_KEY } from './useSharedLinkOnLoad';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no <dialog> modal API.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
};

const NAMESPACE = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: mine}\n';

async function render(td: TestDesigner) {
  const el = document.createElement('div');
  document.body.replaceChildren(el);
  const root = createRoot(el);
  await act(async () => {
    root.render(
      td.wrap(
        <>
          <Toolbar />
          <ExtrasPanels />
        </>,
      ),
    );
  });
  return el;
}
const button = (el: HTMLElement, name: string) => [...el.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
/** Click and let the layout and the engine finish what the click started. */
const click = (td: TestDesigner, b: HTMLElement) =>
  act(async () => {
    b.click();
    await td.settled();
  });
const workloads = (td: TestDesigner) => td.state.design.workloads.map((w) => w.id).sort();

beforeEach(() => {
  act(() => useExtrasUi.setState({ dialog: undefined, lessonsOpen: false, staged: undefined, banner: undefined }));
  window.history.replaceState(null, '', '/');
  localStorage.clear();
});

describe('the toolbar', () => {
  it('has the designer actions, the extras buttons, a language switch and the shortcuts button', async () => {
    const el = await render(createTestDesigner());
    for (const name of ['Add namespace', 'Undo', 'Import', 'Export', 'Examples', 'Lessons', 'Share', 'Keyboard shortcuts']) expect(button(el, name), name).toBeTruthy();
    expect(button(el, 'Undo').disabled).toBe(true);
    expect(el.querySelector('select[aria-label="Language"]')).toBeTruthy();
  });
});

describe('opening an example', () => {
  it('asks before replacing a design with work in it; Cancel keeps it; Replace opens it with its traffic, one Undo away', async () => {
    const td = createTestDesigner({ text: NAMESPACE });
    const el = await render(td);
    await click(td, button(el, 'Examples'));
    await click(td, button(el, 'Open example: Recipe: deny all'));
    expect(el.querySelector('[role="alertdialog"]')).toBeTruthy();
    await click(td, button(el, 'Cancel'));
    expect(td.state.text).toBe(NAMESPACE);
    await click(td, button(el, 'Open example: Recipe: deny all'));
    await click(td, button(el, 'Replace design'));
    expect(td.state.text).toContain('name: deny-all');
    // On the canvas with a spot for every node, and the overlay on with the example's verdicts.
    expect(workloads(td).length).toBeGreaterThan(0);
    for (const id of workloads(td)) expect(td.state.positions[id], id).toBeDefined();
    expect(td.state.showTraffic).toBe(true);
    const [a, b] = workloads(td);
    expect(td.trafficKind(a!, b!)).toBe('denied');
    // One Undo brings back the design that was there.
    await click(td, button(el, 'Undo'));
    expect(td.state.text).toBe(NAMESPACE);
    expect(workloads(td)).toEqual([]);
  });

  it('opens straight away over an empty design', async () => {
    const td = createTestDesigner();
    const el = await render(td);
    await click(td, button(el, 'Examples'));
    await click(td, button(el, 'Open example: Three pods: A accepts only B'));
    expect(td.state.text).toContain('name: a-allow-from-b');
    // a's ingress admits b explicitly: allowed, though b's egress is open (QUERY-MODEL, verdict kinds).
    expect(td.trafficKind('demo/b', 'demo/a')).toBe('allowed');
    expect(td.trafficKind('demo/c', 'demo/a')).toBe('denied');
  });
});

describe('a share link on load', () => {
  it('opens the shared design with its positions as one step, keeps the previous design, and clears the fragment', async () => {
    const td = createTestDesigner({ text: NAMESPACE });
    const shared = 'apiVersion: v1\nkind: Pod\nmetadata: {name: b, namespace: a}\n';
    window.history.replaceState(null, '', `/#design=${encodeDesign({ text: shared, positions: { 'a/b': { x: 1, y: 2 } } })}`);
    await render(td);
    await act(() => td.settled());
    expect(td.state.text).toBe(shared);
    expect(td.state.positions).toEqual({ 'a/b': { x: 1, y: 2 } });
    expect(JSON.parse(localStorage.getItem(PREVIOUS_KEY)!).text).toBe(NAMESPACE);
    expect(window.location.hash).toBe('');
    act(() => td.perform('undo'));
    expect(td.state.text).toBe(NAMESPACE);
  });

  it('opens an empty design with a visible message for a hostile link', async () => {
    const td = createTestDesigner({ text: NAMESPACE });
    window.history.replaceState(null, '', '/#design=%%%<script>');
    const el = await render(td);
    expect(td.state.text).toBe('');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('This share link cannot be opened');
  });
});
