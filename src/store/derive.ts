// The derived half of the store: text → parse → engine → design (src/sync/analyse.ts). When the text has errors
// the last valid design stays on the canvas (`stale`), so a typo never wipes the user's drawing. Analyses are
// memoised by text: an action, its settling pass and the commit read the same text once.
import type { Design, Diagnostic } from '../model';
import { analyse, EMPTY_DESIGN, hasErrors, type Analysis } from '../sync/analyse';
import type { DerivedState } from './contract';
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
