// Stub: replaced by the yaml work.
import type { ManifestInput, ParseResult } from './index';

export function parseManifests(_inputs: ManifestInput[]): ParseResult {
  throw new Error('parse not implemented yet');
}
