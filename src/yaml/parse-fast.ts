// parseManifests' result, with js-yaml reading the plain, clean documents (reader/fast.ts): for the CLI,
// which reads large exports once. Its own module so that the web app, which keeps parseManifests (its
// per-document cache suits re-reading on every keystroke), never bundles js-yaml.
import type { ManifestInput, ParseResult } from './index';
import { parseWith } from './parse';
import { readChunkFast } from './reader/fast';
import { parseTextIncremental } from './reader/incremental';

export function parseManifestsFast(inputs: ManifestInput[]): ParseResult {
  return parseWith(inputs, (file, text, out) => parseTextIncremental(file, text, out, readChunkFast));
}
