// Compare: view state only (never saved, never undone). The baseline is read once when chosen; the current
// side follows the text.
import { create } from 'zustand';
import { connectivityOf, workloadIds, type Connectivity, type DesignDiff } from '../../diff';
import { parseManifests } from '../../yaml';

export type BaselineSource = 'now' | 'files' | 'link' | 'export';

export interface Baseline {
  source: BaselineSource;
  /** What the panel shows: "the design at 14:02", file names, … */
  label: string;
  text: string;
  connectivity: Connectivity;
  ids: Set<string>;
}

export interface CompareState {
  active: boolean;
  baseline?: Baseline;
  error?: string;
  /** The baseline against the current text (kept by CompareDriver). */
  diff?: DesignDiff;
  set(p: Partial<CompareState>): void;
}

export const useCompare = create<CompareState>((set) => ({ active: false, set: (p) => set(p) }));

/** A design's connectivity for the diff; a text with errors gives undefined (it has no trustworthy verdicts). */
export function readSide(text: string): { connectivity: Connectivity; ids: Set<string> } | undefined {
  const parse = parseManifests([{ file: '', text }]);
  if (parse.diagnostics.some((d) => d.severity === 'error')) return undefined;
  return { connectivity: connectivityOf(parse.cluster), ids: workloadIds(parse.cluster) };
}

/** Where Export remembers the last exported YAML, so it can be a baseline. */
export const LAST_EXPORT_KEY = 'kpd.lastExport';
