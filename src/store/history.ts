// Undo history of the document only (YAML text + layout), never of view state or derived data. Snapshots of
// the document: a step is the document before a user action (see capture.ts). A small zustand store of its own,
// so the toolbar re-renders when Undo becomes possible without hearing every document change.
import { createStore, type StoreApi } from 'zustand';
import type { DocumentState } from './contract';

/** At most this many steps are kept (the issue asks for at least 100). */
export const HISTORY_LIMIT = 200;

export const documentOf = (s: DocumentState): DocumentState => ({ text: s.text, positions: s.positions, sizes: s.sizes, extraExternals: s.extraExternals });

/**
 * Two states are one history step when their document parts are the same objects: every document change makes
 * new objects, and setters that would change nothing keep the old ones (see mergePositions).
 */
export const sameDocument = (a: DocumentState, b: DocumentState) =>
  a.text === b.text && a.positions === b.positions && a.sizes === b.sizes && a.extraExternals === b.extraExternals;

type XYs = Record<string, { x: number; y: number }>;

/** `current` with `patch` merged, or `current` itself when the patch changes nothing. */
export function mergePositions<T extends XYs[string] | { width: number; height: number }>(current: Record<string, T>, patch: Record<string, T>): Record<string, T> {
  let changed = false;
  for (const [k, v] of Object.entries(patch)) {
    const c = current[k] as Record<string, number> | undefined;
    const n = v as Record<string, number>;
    if (!c || Object.keys(n).some((f) => c[f] !== n[f])) changed = true;
  }
  return changed ? { ...current, ...patch } : current;
}

export interface HistoryState {
  past: DocumentState[];
  future: DocumentState[];
}

export interface History {
  readonly state: StoreApi<HistoryState>;
  /** `before` becomes an undo step (a user action changed the document); redo is no longer possible. */
  record(before: DocumentState): void;
  /** The document to restore for Undo, with `present` kept for Redo; undefined when there is nothing to undo. */
  undo(present: DocumentState): DocumentState | undefined;
  redo(present: DocumentState): DocumentState | undefined;
}

export function createHistory(limit = HISTORY_LIMIT): History {
  const state = createStore<HistoryState>()(() => ({ past: [], future: [] }));
  return {
    state,
    record(before) {
      state.setState({ past: [...state.getState().past, before].slice(-limit), future: [] });
    },
    undo(present) {
      const { past, future } = state.getState();
      const to = past.at(-1);
      if (!to) return undefined;
      state.setState({ past: past.slice(0, -1), future: [present, ...future].slice(0, limit) });
      return to;
    },
    redo(present) {
      const { past, future } = state.getState();
      const to = future[0];
      if (!to) return undefined;
      state.setState({ past: [...past, present].slice(-limit), future: future.slice(1) });
      return to;
    },
  };
}
