// Text-preserving edits of a multi-document manifest: only the documents an action touches are rewritten; the
// others keep their bytes (comments, order, style), so hand-written YAML survives canvas edits verbatim. Every
// edit of one text is planned on a single parse and applied in one pass (regenerating hundreds of policies stays
// linear in the size of the text).
import { Document, isCollection, isMap, isNode, parseAllDocuments } from 'yaml';
import { assignIn } from './edit-assign';
import { detectStyle, printDocument, printObject, type PrintStyle } from './edit-style';

export interface DocRef {
  kind: string;
  namespace: string;
  name: string;
}

export interface LocatedDocument {
  /** 0-based position among the documents of the text. */
  index: number;
  doc: Document;
  ref?: DocRef;
  /** Plain JS value of the document (computed on first use). */
  value(): unknown;
  /** Plain JS value at a path (cheap: no conversion of the rest of the document). */
  field(path: readonly (string | number)[]): unknown;
}

interface Span extends LocatedDocument {
  start: number;
  end: number;
}

/** Kubernetes objects without a namespace. Everything else defaults to `default`. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
  'Node',
  'AdminNetworkPolicy',
  'BaselineAdminNetworkPolicy',
  'ClusterNetworkPolicy',
]);

function refOf(doc: Document): DocRef | undefined {
  if (!isMap(doc.contents)) return undefined;
  const kind = doc.get('kind');
  const name = doc.getIn(['metadata', 'name']);
  if (typeof kind !== 'string' || typeof name !== 'string') return undefined;
  const ns = doc.getIn(['metadata', 'namespace']);
  return { kind, name, namespace: CLUSTER_SCOPED.has(kind) ? '' : typeof ns === 'string' && ns !== '' ? ns : 'default' };
}

function locate(text: string): Span[] {
  const out: Span[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (!(doc instanceof Document)) continue;
    const ref = refOf(doc);
    let value: { v: unknown } | undefined;
    const index = out.length;
    out.push({
      index,
      doc,
      start: doc.range[0],
      end: doc.range[2],
      ...(ref ? { ref } : {}),
      value: () => (value ??= { v: doc.toJS({ maxAliasCount: 100 }) }).v,
      field: (path) => plainAt(doc, path),
    });
  }
  return out;
}

function plainAt(doc: Document, path: readonly (string | number)[]): unknown {
  const node = doc.getIn(path, true);
  return isNode(node) ? node.toJS(doc) : node;
}

/**
 * Delete the key at `path` when it is there (yaml's deleteIn throws on a missing parent), then the parent map
 * when that left it empty (`labels: {}` says nothing).
 */
export function unsetIn(doc: Document, path: readonly (string | number)[]): void {
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  if (!isCollection(parent)) return;
  parent.delete(path[path.length - 1]);
  if (parentPath.length > 0 && isMap(parent) && parent.items.length === 0) unsetIn(doc, parentPath);
}

export const sameRef = (a: DocRef, b: DocRef) => a.kind === b.kind && a.name === b.name && a.namespace === b.namespace;

/** What to do with one existing document. */
export type DocumentChange =
  | { remove: true }
  /** Make the document equal to this object, changing only the nodes that differ (comments of the rest stay). */
  | { replace: Record<string, unknown> }
  | { edit: (doc: Document) => void };

/**
 * Apply changes to the documents of `text` (one parse, one pass) and append new objects at the end.
 * Documents for which `change` returns undefined keep every byte.
 */
export function rewriteDocuments(text: string, change: (d: LocatedDocument) => DocumentChange | undefined, append: readonly Record<string, unknown>[] = []): string {
  return planDocuments(text, (docs) => ({ changes: new Map(docs.map((d) => [d.index, change(d)])), append }));
}

export interface DocumentPlan {
  /** By document index; absent or undefined = keep the document's bytes. */
  changes: ReadonlyMap<number, DocumentChange | undefined>;
  append: readonly Record<string, unknown>[];
}

/** Like rewriteDocuments, for changes that depend on all documents at once (decided before anything is applied). */
export function planDocuments(text: string, plan: (docs: readonly LocatedDocument[]) => DocumentPlan): string {
  const style = detectStyle(text);
  const spans = locate(text);
  const { changes, append } = plan(spans);
  const edits: { start: number; end: number; body: string }[] = [];
  for (const s of spans) {
    const c = changes.get(s.index);
    if (!c) continue;
    if ('remove' in c) {
      edits.push({ start: s.start, end: s.end, body: '' });
      continue;
    }
    if ('replace' in c) {
      if (!assignIn(s.doc, [], c.replace)) continue;
    } else {
      const before = s.doc.toString();
      c.edit(s.doc);
      if (s.doc.toString() === before) continue;
    }
    // The first document's printout carries the comments above it, which lie before its range.
    const start = s.index === 0 ? 0 : s.start;
    let body = printDocument(s.doc, style);
    if (s.index > 0 && !/^---/.test(body)) body = `---${style.crlf ? '\r\n' : '\n'}${body}`;
    edits.push({ start, end: s.end, body });
  }
  if (edits.length === 0 && append.length === 0) return text;
  let out = text;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.body + out.slice(e.end);
  if (spans[0] && changes.get(0) && 'remove' in changes.get(0)!) out = tidyRemovals(out);
  for (const obj of append) out = appendObject(out, obj, style);
  return out;
}

/** Removing the first document can leave a leading `---`; removing all leaves only whitespace. */
function tidyRemovals(text: string): string {
  const out = text.replace(/^((?:[ \t]*(?:#[^\n]*)?\r?\n)*)---[ \t]*\r?\n/, '$1');
  return out.trim() === '' ? '' : out;
}

function appendObject(text: string, obj: Record<string, unknown>, style: PrintStyle): string {
  const nl = style.crlf ? '\r\n' : '\n';
  const body = printObject(obj, style);
  if (text.trim() === '') return body;
  return `${text.endsWith('\n') ? text : text + nl}---${nl}${body}`;
}

/** Replace the object `ref` in place (only the fields that differ), or append it when absent. */
export function upsertObject(text: string, ref: DocRef, obj: Record<string, unknown>): string {
  let found = false;
  const out = rewriteDocuments(text, (d) => (d.ref && sameRef(d.ref, ref) && !found ? ((found = true), { replace: obj }) : undefined));
  return found ? out : rewriteDocuments(text, () => undefined, [obj]);
}

/** Append the object unless one with this ref exists (an existing one is never overwritten). */
export function ensureObject(text: string, ref: DocRef, obj: Record<string, unknown>): string {
  return findObject(text, ref) ? text : rewriteDocuments(text, () => undefined, [obj]);
}

/** Remove every object for which `pred` holds. */
export function removeObjects(text: string, pred: (ref: DocRef, d: LocatedDocument) => boolean): string {
  return rewriteDocuments(text, (d) => (d.ref && pred(d.ref, d) ? { remove: true } : undefined));
}

/** Edit one object through the yaml Document API; undefined when there is no such object. */
export function editObject(text: string, ref: DocRef, edit: (doc: Document) => void): string | undefined {
  let found = false;
  const out = rewriteDocuments(text, (d) => (d.ref && sameRef(d.ref, ref) && !found ? ((found = true), { edit }) : undefined));
  return found ? out : undefined;
}

/** Edit every object for which `pred` holds (one pass). */
export function editObjects(text: string, pred: (ref: DocRef, d: LocatedDocument) => boolean, edit: (doc: Document, ref: DocRef) => void): string {
  return rewriteDocuments(text, (d) => (d.ref && pred(d.ref, d) ? { edit: (doc) => edit(doc, d.ref!) } : undefined));
}

export function findObject(text: string, ref: DocRef): LocatedDocument | undefined {
  return locate(text).find((d) => d.ref && sameRef(d.ref, ref));
}

/** Every document that names an object, with lazy plain values. */
export function listObjects(text: string): (LocatedDocument & { ref: DocRef })[] {
  return locate(text).filter((d): d is Span & { ref: DocRef } => d.ref !== undefined);
}

export { printObject as objectToYaml };
