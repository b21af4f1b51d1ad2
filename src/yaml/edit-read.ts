// Plain values of single documents, for the designer's bookkeeping (which documents it manages). The reader's
// Cluster model keeps only what verdicts need; this is the whole object, unknown fields included.
import { parseDocument } from 'yaml';

/** The plain value of one document's text; undefined when it is not a mapping or does not parse cleanly. */
export function readObject(docText: string): Record<string, unknown> | undefined {
  const doc = parseDocument(docText, { prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  const v: unknown = doc.toJS({ maxAliasCount: 100 });
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

export { sameValue } from './edit-assign';
