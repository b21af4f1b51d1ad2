// The derived half of the store: text → parse → engine → design (src/sync/analyse.ts). When the text has errors
// the last valid design stays on the canvas (`stale`), so a typo never wipes the user's drawing. Analyses are
// memoised by text: an action, its settling pass and the commit read the same text once.
import type { Design, Diagnostic } from '../model';
import { analyse, analysisKey, EMPTY_DESIGN, hasErrors, type Analysis } from '../sync/analyse';
import { Recent } from '../sync/recent';
import type { Derivation } from '../worker/protocol';
import type { DerivedState } from './contract';
import { deepEqual, shareDesign } from './share';

export { EMPTY_DESIGN, hasErrors };
export type { Analysis, Derivation };

export interface Analyser {
  (text: string, extraExternals: readonly string[]): Analysis;
  /** Whether the analysis of this text is at hand (reading it again costs nothing). */
  has(text: string, extraExternals: readonly string[]): boolean;
}

/**
 * Reads big texts off the page (the page's second engine worker): `wants` says which texts are worth it, since
 * a small one is read here faster than a worker round trip and its design is then there at once.
 */
export interface OffPageReader {
  wants(text: string): boolean;
  derive(text: string, extraExternals: readonly string[]): Promise<Derivation>;
}

/** A small most-recently-used cache of analyses (undo/redo and typing revisit recent texts). */
export function createAnalyser(size = 8): Analyser {
  const cache = new Recent<Analysis>(size);
  const analyser = (text: string, extraExternals: readonly string[]) => cache.get(analysisKey(text, extraExternals), () => analyse(text, extraExternals));
  return Object.assign(analyser, { has: (text: string, extraExternals: readonly string[]) => cache.has(analysisKey(text, extraExternals)) });
}

/** The state derived from an analysis; unchanged parts keep the identity of `previous` (see share.ts). */
export function deriveState(a: Analysis, previous: Design, previousDiagnostics: Diagnostic[] = []): DerivedState {
  return fromDerivation({ design: a.design, diagnostics: a.parse.diagnostics, broken: a.broken }, previous, previousDiagnostics);
}

/** The same from a derivation read off the page. */
export function fromDerivation(d: Derivation, previous: Design, previousDiagnostics: Diagnostic[] = []): DerivedState {
  const diagnostics = deepEqual(previousDiagnostics, d.diagnostics) ? previousDiagnostics : d.diagnostics;
  if (d.broken) return { design: previous, diagnostics, stale: true, deriving: false };
  return { design: shareDesign(previous, d.design), diagnostics, stale: false, deriving: false };
}
