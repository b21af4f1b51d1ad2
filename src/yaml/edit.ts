// Text-preserving edits of a multi-document manifest: only the documents an action touches are rewritten; the
// others keep their bytes (comments, order, style), so hand-written YAML survives canvas edits verbatim.
import { Document, isMap, parseAllDocuments, stringify } from 'yaml';

export interface DocRef {
  kind: string;
  namespace: string;
  name: string;
}

interface Located {
  doc: Document;
  start: number;
  end: number;
  ref?: DocRef;
}

const CLUSTER_SCOPED = new Set(['Namespace']);

function refOf(doc: Document): DocRef | undefined {
  if (!isMap(doc.contents)) return undefined;
  const kind = doc.get('kind');
  const name = doc.getIn(['metadata', 'name']);
  if (typeof kind !== 'string' || typeof name !== 'string') return undefined;
  const ns = doc.getIn(['metadata', 'namespace']);
  return { kind, name, namespace: CLUSTER_SCOPED.has(kind) ? '' : typeof ns === 'string' ? ns : 'default' };
}

function locate(text: string): Located[] {
  return parseAllDocuments(text).flatMap((doc) => {
    if (!(doc instanceof Document)) return [];
    const ref = refOf(doc);
    return [{ doc, start: doc.range[0], end: doc.range[2], ...(ref ? { ref } : {}) }];
  });
}

const same = (a: DocRef, b: DocRef) => a.kind === b.kind && a.name === b.name && (CLUSTER_SCOPED.has(a.kind) || a.namespace === b.namespace);

/** The YAML text of one object, in the key order it was built with. */
export function objectToYaml(obj: unknown): string {
  return stringify(obj, { lineWidth: 0, aliasDuplicateObjects: false });
}

function splice(text: string, at: Located, replacement: string): string {
  const marker = text.slice(at.start, at.end).startsWith('---') ? '---\n' : '';
  let body = replacement;
  if (body && !body.endsWith('\n')) body += '\n';
  return text.slice(0, at.start) + (body ? marker + body : '') + text.slice(at.end);
}

function append(text: string, body: string): string {
  const trimmed = text.replace(/\s+$/, '');
  if (trimmed === '') return body.endsWith('\n') ? body : body + '\n';
  return `${trimmed}\n---\n${body.endsWith('\n') ? body : body + '\n'}`;
}

/** Replace the object `ref` with `obj` in place, or append it when absent. */
export function upsertObject(text: string, ref: DocRef, obj: unknown): string {
  const found = locate(text).find((l) => l.ref && same(l.ref, ref));
  return found ? splice(text, found, objectToYaml(obj)) : append(text, objectToYaml(obj));
}

/** Remove every object for which `pred` holds. */
export function removeObjects(text: string, pred: (ref: DocRef, doc: Document) => boolean): string {
  const victims = locate(text).filter((l) => l.ref && pred(l.ref, l.doc));
  let out = text;
  for (const v of victims.reverse()) out = splice(out, v, '');
  // Removing the first document can leave a leading `---`; removing all leaves whitespace.
  out = out.replace(/^((?:[ \t]*(?:#[^\n]*)?\n)*)---[ \t]*\n/, '$1');
  return out.trim() === '' ? '' : out;
}

/** Edit one object through the yaml Document API (comments and formatting of other fields are kept). */
export function editObject(text: string, ref: DocRef, edit: (doc: Document) => void): string | undefined {
  const found = locate(text).find((l) => l.ref && same(l.ref, ref));
  if (!found) return undefined;
  edit(found.doc);
  const printed = found.doc.toString({ lineWidth: 0 }).replace(/^---\n/, '');
  return splice(text, found, printed);
}

/** Every object's ref and its plain JS value (null-prototype safety is the reader's job; this is for edits). */
export function listObjects(text: string): { ref: DocRef; value: Record<string, unknown> }[] {
  return locate(text).flatMap((l) => (l.ref ? [{ ref: l.ref, value: l.doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> }] : []));
}
