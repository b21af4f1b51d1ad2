// parseManifests' result, with js-yaml reading the plain, clean documents (reader/fast.ts): for the CLI, which
// reads large exports once, and the page and its workers, which read every version of the editor's text (with
// `remember`): a pasted cluster export is read 3-4x faster, for about 40 KB of js-yaml in the bundle.
import type { ManifestInput, ParseResult } from './index';
import { parseWith } from './parse';
import { readChunkFast, readChunkFastCached } from './reader/fast';
import { parseTextIncremental } from './reader/incremental';

/** `remember`: keep each document's reading for the next call (the chunk cache), as parseManifests does. */
export function parseManifestsFast(inputs: ManifestInput[], options: { remember?: boolean } = {}): ParseResult {
  const read = options.remember ? readChunkFastCached : readChunkFast;
  return parseWith(inputs, (file, text, out) => parseTextIncremental(file, text, out, read));
}
