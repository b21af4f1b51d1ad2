// The derived half of the store: text → parse → engine → design. When the text has errors the last valid design
// stays on the canvas (`stale`), so a typo never wipes the user's drawing.
import { createEngine, type Engine } from '../engine/engine';
import type { Design, Diagnostic } from '../model';
import { designFromParse } from '../sync/design-from-parse';
import { parseManifests, type ParseResult } from '../yaml';
import type { DerivedState } from './contract';

export const EMPTY_DESIGN: Design = { namespaces: [], workloads: [], externals: [], edges: [] };

export interface Analysis {
  text: string;
  parse: ParseResult;
  engine: Engine;
  design: Design;
}

export function analyse(text: string, extraExternals: string[]): Analysis {
  const parse = parseManifests([{ file: '', text }]);
  const engine = createEngine(parse.cluster);
  return { text, parse, engine, design: designFromParse(parse, engine, extraExternals, text) };
}

export const hasErrors = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');

export function derive(text: string, extraExternals: string[], previous: Design): { derived: DerivedState; analysis: Analysis } {
  const analysis = analyse(text, extraExternals);
  const diagnostics = analysis.parse.diagnostics;
  if (hasErrors(diagnostics)) return { analysis, derived: { design: previous, diagnostics, stale: true } };
  return { analysis, derived: { design: analysis.design, diagnostics, stale: false } };
}
