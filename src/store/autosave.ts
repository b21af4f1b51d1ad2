// Autosave of the document and viewport, so a reload restores everything. Storage failures (full, disabled)
// become a notice, never a crash.
import type { DocumentState, ViewState } from './contract';

export const AUTOSAVE_KEY = 'kpd.autosave.v1';

export type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface Saved extends DocumentState {
  viewport: ViewState['viewport'];
}

export function loadSaved(storage: Storage | undefined): Saved | undefined {
  try {
    const raw = storage?.getItem(AUTOSAVE_KEY);
    if (!raw) return undefined;
    const v = JSON.parse(raw) as Partial<Saved>;
    if (typeof v !== 'object' || v === null || typeof v.text !== 'string') return undefined;
    const obj = (x: unknown) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, never>) : {});
    return {
      text: v.text,
      positions: sanitizeXY(obj(v.positions)),
      sizes: obj(v.sizes),
      extraExternals: Array.isArray(v.extraExternals) ? v.extraExternals.filter((x): x is string => typeof x === 'string') : [],
      viewport: v.viewport && typeof v.viewport.x === 'number' && typeof v.viewport.y === 'number' && typeof v.viewport.zoom === 'number' ? v.viewport : { x: 0, y: 0, zoom: 1 },
    };
  } catch {
    return undefined;
  }
}

function sanitizeXY(p: Record<string, unknown>): DocumentState['positions'] {
  const out = Object.create(null) as DocumentState['positions'];
  for (const [k, v] of Object.entries(p)) {
    const xy = v as { x?: unknown; y?: unknown };
    if (typeof xy?.x === 'number' && typeof xy?.y === 'number' && Number.isFinite(xy.x) && Number.isFinite(xy.y)) out[k] = { x: xy.x, y: xy.y };
  }
  return out;
}

/** Returns an error message when the save failed. */
export function save(storage: Storage | undefined, state: Saved): string | undefined {
  if (!storage) return undefined;
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ text: state.text, positions: state.positions, sizes: state.sizes, extraExternals: state.extraExternals, viewport: state.viewport }));
    return undefined;
  } catch (e) {
    return `Autosave failed (${(e as Error).name}): export your design to keep it`;
  }
}
