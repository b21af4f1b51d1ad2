// Files → ParseResult. The 20 MB and binary refusals look at the whole file before any YAML is read.
import { emptyCluster } from '../model';
import type { ManifestInput, ParseResult } from './index';
import { MAX_INPUT_BYTES, parseText, refusal } from './reader/documents';
import { parseTextIncremental } from './reader/incremental';

export { MAX_INPUT_BYTES };

export function parseManifests(inputs: ManifestInput[]): ParseResult {
  return parseWith(inputs, parseTextIncremental);
}

/** Reads every file in one piece: the reference the incremental reading must equal (tests, benches). */
export function parseManifestsWhole(inputs: ManifestInput[]): ParseResult {
  return parseWith(inputs, parseText);
}

export function parseWith(inputs: ManifestInput[], read: (file: string, text: string, out: ParseResult) => unknown): ParseResult {
  const result: ParseResult = { cluster: emptyCluster(), documents: [], diagnostics: [] };
  for (const { file, text } of inputs) {
    const refused = refusal(text);
    if (refused) result.diagnostics.push({ severity: 'error', file, line: 1, col: 1, ...refused });
    else read(file, text, result);
  }
  return result;
}
