// The derived half of the store: text → parse → engine → design (src/sync/analyse.ts). When the text has errors
// the last valid design stays on the canvas (`stale`), so a typo never wipes the user's drawing. Analyses are
// memoised by text: an action, its settling pass and the commit read the same text once.
import type { Design, Diagnostic } from '../model';
import { analyse, EMPTY_DESIGN, hasErrors, type Analysis } from '../sync/analyse';
import type { DerivedState, DesignerStore, DocumentState } from './contract';
import { deepEqual, shareDesign } from './share';

export { EMPTY_DESIGN, hasErrors };
export type { Analysis };

export interface Analyser {
  (text: string, extraExternals: readonly string[]): Analysis;
}

/** A small most-recently-used cache of analyses (undo/redo and typing revisit recent texts). */
export function createAnalyser(size = 8): Analyser {
  const cache = new Map<string, Analysis>();
  return (text, extraExternals) => {
    const key = `${extraExternals.join('\n')}\u0000${text}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const a = analyse(text, extraExternals);
    cache.set(key, a);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return a;
  };
}

/** The state derived from an analysis; unchanged parts keep the identity of `previous` (see share.ts). */
export function deriveState(a: Analysis, previous: Design, previousDiagnostics: Diagnostic[] = []): DerivedState {
  const diagnostics = deepEqual(previousDiagnostics, a.parse.diagnostics) ? previousDiagnostics : a.parse.diagnostics;
  if (a.broken) return { design: previous, diagnostics, stale: true };
  return { design: shareDesign(previous, a.design), diagnostics, stale: false };
}

/** Told of a text about to be committed, before the page derives the design from it. */
export type TextAnnouncer = (text: string) => void;

/**
 * Commit a text (and layout patch) in ONE set, with the state derived from it: one undo step. `announce` hears
 * the text first, so work elsewhere (the engine worker) starts while this thread derives and renders.
 */
export function textCommitter(get: () => DesignerStore, set: (patch: Partial<DesignerStore>) => void, analyser: Analyser, announce: TextAnnouncer = () => {}) {
  return (text: string, patch: Partial<DocumentState> = {}) => {
    const s = get();
    announce(text);
    const extra = patch.extraExternals ?? s.extraExternals;
    set({ text, ...patch, ...deriveState(analyser(text, extra), s.design, s.diagnostics) });
  };
}
