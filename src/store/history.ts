// Undo history of the document only (YAML text + layout), never of view state or derived data.
import type { DocumentState } from './contract';

/** zundo keeps at most this many steps (the issue asks for at least 100). */
export const HISTORY_LIMIT = 200;

export const documentOf = (s: DocumentState): DocumentState => ({ text: s.text, positions: s.positions, sizes: s.sizes, extraExternals: s.extraExternals });

/**
 * Two states are one history step when their document parts are the same objects: every document change makes
 * new objects, and setters that would change nothing keep the old ones (see samePositions).
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
