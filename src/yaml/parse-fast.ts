// parseManifests' result, with js-yaml reading the plain, clean documents (reader/fast.ts), through the same
// per-document cache: the CLI reads large exports once with it, and the page and its workers read every text
// with it, since a pasted cluster export is read 3-4x faster (js-yaml adds ~40 KB to the bundle).
import type { ManifestInput, ParseResult } from './index';
import { parseWith } from './parse';
import { readChunkFast } from './reader/fast';
import { parseTextIncremental } from './reader/incremental';

export function parseManifestsFast(inputs: ManifestInput[]): ParseResult {
  return parseWith(inputs, (file, text, out) => parseTextIncremental(file, text, out, readChunkFast));
}
