// The text → design pipeline (parse, engine, design), the one derivation the store and the actions share.
import { createEngine, type Engine } from '../engine/engine';
import type { Design, Diagnostic } from '../model';
import type { ParseResult } from '../yaml';
import { parseManifestsFast } from '../yaml/parse-fast';
import { designFromParse } from './design-from-parse';
import { regenerate } from './regenerate';

export interface Analysis {
  text: string;
  parse: ParseResult;
  engine: Engine;
  design: Design;
  /** The text has error diagnostics: its design is incomplete and must not replace the last valid one. */
  broken: boolean;
}

export const EMPTY_DESIGN: Design = { namespaces: [], workloads: [], externals: [], edges: [] };

export const hasErrors = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');

/** The key an analysis is remembered by (the page's analyser, the read-ahead, the worker): its inputs, whole. */
export const analysisKey = (text: string, extraExternals: readonly string[]): string => `${extraExternals.join('\n')}\u0000${text}`;

export function analyse(text: string, extraExternals: readonly string[] = []): Analysis {
  // The js-yaml fast path reads a pasted cluster export 3-4x faster, with the same result (reader/fast.test.ts);
  // remembered per document, so an edit re-reads only the documents it changed.
  const parse = parseManifestsFast([{ file: '', text }], { remember: true });
  const engine = createEngine(parse.cluster);
  return { text, parse, engine, design: designFromParse(parse, engine, extraExternals), broken: hasErrors(parse.diagnostics) };
}

/**
 * After a canvas action, read the text back and let the managed policies follow what the action changed
 * indirectly (a namespace label puts workloads into the mesh, so their edges need AuthorizationPolicies).
 * Returns the settled text; a text with errors is returned unchanged.
 */
export function settle(text: string, extraExternals: readonly string[], read: (text: string) => Analysis = (t) => analyse(t, extraExternals)): string {
  const a = read(text);
  if (a.broken) return text;
  return regenerate(text, a.design);
}
