// Autosave of the document and viewport, so a reload restores everything. Storage failures (full, disabled,
// blocked by privacy settings) become a notice, never a crash; the design itself is never affected.
import type { StoreApi } from 'zustand';
import type { DesignerStore, DocumentState, ViewState } from './contract';
import type { ActionError } from '../model';
import { actionMessage, refusal } from '../sync/messages';
import { documentOf, sameDocument } from './history';

export const AUTOSAVE_KEY = 'kpd.autosave.v1';
export const AUTOSAVE_DELAY_MS = 250;

export type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface Saved extends DocumentState {
  viewport: ViewState['viewport'];
}

/** The browser's localStorage, or undefined where touching it throws (sandboxed frames, disabled storage). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : undefined;
  } catch {
    return undefined;
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

export function loadSaved(storage: Storage | undefined): Saved | undefined {
  try {
    const raw = storage?.getItem(AUTOSAVE_KEY);
    if (!raw) return undefined;
    const v: unknown = JSON.parse(raw);
    if (!isObject(v) || typeof v.text !== 'string') return undefined;
    const vp = v.viewport;
    return {
      text: v.text,
      positions: records(v.positions, (p) => (isObject(p) && finite(p.x) && finite(p.y) ? { x: p.x, y: p.y } : undefined)),
      sizes: records(v.sizes, (s) => (isObject(s) && finite(s.width) && finite(s.height) && s.width > 0 && s.height > 0 ? { width: s.width, height: s.height } : undefined)),
      extraExternals: Array.isArray(v.extraExternals) ? v.extraExternals.filter((x): x is string => typeof x === 'string') : [],
      viewport: isObject(vp) && finite(vp.x) && finite(vp.y) && finite(vp.zoom) && vp.zoom > 0 ? { x: vp.x, y: vp.y, zoom: vp.zoom } : { x: 0, y: 0, zoom: 1 },
    };
  } catch {
    return undefined;
  }
}

/** Keys come from storage anyone could have written: a null-prototype map keeps `__proto__` a plain key. */
function records<T>(x: unknown, read: (v: unknown) => T | undefined): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (!isObject(x)) return out;
  for (const [k, v] of Object.entries(x)) {
    const r = read(v);
    if (r) out[k] = r;
  }
  return out;
}

/** Returns the refusal when the save failed. */
export function save(storage: Storage | undefined, state: Saved): ActionError | undefined {
  if (!storage) return undefined;
  try {
    storage.setItem(
      AUTOSAVE_KEY,
      JSON.stringify({ text: state.text, positions: state.positions, sizes: state.sizes, extraExternals: state.extraExternals, viewport: state.viewport }),
    );
    return undefined;
  } catch (e) {
    const name = e instanceof Error ? e.name : 'error';
    return refusal(actionMessage('autosave.failed', { name }));
  }
}

/** Saves a little after every change of the document or viewport, and at once when the page is hidden. */
export function installAutosave(store: StoreApi<DesignerStore>, storage: Storage, delay = AUTOSAVE_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastError: string | undefined;
  const works = refusal(actionMessage('autosave.works'));
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const st = store.getState();
    const err = save(storage, { ...documentOf(st), viewport: st.viewport });
    // One notice per kind of failure, and one when it works again.
    if (err && err.error !== lastError) st.notify(err.error, 'error', err.message);
    if (!err && lastError) st.notify(works.error, 'info', works.message);
    lastError = err?.error;
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (sameDocument(s, prev) && s.viewport === prev.viewport) return;
    clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });
  const onHide = () => {
    if (timer !== undefined) flush();
  };
  const win = typeof window !== 'undefined' && typeof window.addEventListener === 'function' ? window : undefined;
  win?.addEventListener('pagehide', onHide);
  win?.addEventListener('beforeunload', onHide);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    win?.removeEventListener('pagehide', onHide);
    win?.removeEventListener('beforeunload', onHide);
  };
}
