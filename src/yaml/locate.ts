// Where a field of an object is in its file. The reader stamps each object with its document's start only;
// lint findings point at a field (`spec.egress[0].to[1]`), so the document's own text is read again on demand,
// once per document, and the field's node is looked up there.
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Origin } from '../model';
import type { ParsedDocument } from './index';
import { isPlainMap, toPlain, type Plain, type PlainMap } from './reader/plain';
import { linePos, plainRange, plainTree, plainValue, type PlainTree, type Written } from './locate-plain';

export type { Written };

export type FieldPath = (string | number)[];

export interface Position {
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
}

export interface Locator {
  /** The position of `path` inside the object from `origin` (its deepest existing part; the object when none). */
  at(origin: Origin | undefined, path?: FieldPath): Position;
  /** The object's data as written (for fields the model does not keep, e.g. annotations of Istio policies). */
  raw(origin: Origin | undefined): PlainMap | undefined;
  /** The text `raw` reads (the object's document, verbatim), without reading it: a cheap look before that parse. */
  source(origin: Origin | undefined): string | undefined;
  /**
   * What `raw` holds at `path` (a missing key, null, a collection, or a scalar's text as written, unquoted), read
   * without yaml for a plain document; undefined when only `raw` can tell. Enough for a flag in an annotation.
   */
  written(origin: Origin | undefined, path: string[]): Written | undefined;
}

interface ReadDoc {
  doc: Document;
  lc: LineCounter;
  plain: Plain;
}

export function createLocator(documents: readonly ParsedDocument[]): Locator {
  const byDoc = new Map<string, ParsedDocument[]>();
  for (const d of documents) {
    const key = `${d.file}\u0000${d.doc}`;
    byDoc.set(key, [...(byDoc.get(key) ?? []), d]);
  }
  const read = new Map<string, ReadDoc | null>();
  const readDoc = (key: string, text: string): ReadDoc | null => {
    let r = read.get(key);
    if (r === undefined) {
      try {
        const lc = new LineCounter();
        const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false });
        r = doc.errors.length > 0 ? null : { doc, lc, plain: toPlain(doc) };
      } catch {
        r = null;
      }
      read.set(key, r);
    }
    return r;
  };

  /** The document record of an origin, among those of its document (several for a `kind: List`). */
  const pick = (origin: Origin) => {
    const key = `${origin.file}\u0000${origin.doc}`;
    const candidates = byDoc.get(key) ?? [];
    return { key, candidates, pd: candidates.find((d) => d.line === origin.line && d.col === origin.col) ?? candidates[0] };
  };

  /** The document, the item prefix inside it (items of a `kind: List`), and where the document's text starts. */
  const find = (origin: Origin) => {
    const { key, candidates, pd } = pick(origin);
    if (!pd) return undefined;
    const r = readDoc(key, pd.text);
    if (!r) return undefined;
    if (candidates.length <= 1 && !(isPlainMap(r.plain) && Array.isArray(r.plain.items))) return { r, prefix: [] as FieldPath, line: pd.line, col: pd.col, pd };
    // A List: the reader pushed one document record per item, in order, each stamped with its item's position
    // in the file; the item's position inside the document's text gives where that text starts.
    const k = candidates.indexOf(pd);
    const node = r.doc.getIn(['items', k], true) as { range?: [number, number, number] } | undefined;
    if (!node?.range) return undefined;
    const p = r.lc.linePos(node.range[0]);
    return { r, prefix: ['items', k] as FieldPath, line: pd.line - p.line + 1, col: 1, pd };
    return undefined;
  };

  // Plain block-style documents (most manifests) are placed without yaml's node tree (locate-plain.ts): the
  // same positions, at a fraction of the cost. Read once per document; null = yaml must read it.
  const plain = new Map<string, PlainTree | null>();
  const plainOf = (key: string, text: string): PlainTree | null => {
    let t = plain.get(key);
    if (t === undefined) plain.set(key, (t = plainTree(text) ?? null));
    return t;
  };

  return {
    at(origin, path = []) {
      if (!origin) return { line: 1, col: 1 };
      const { key, candidates, pd } = pick(origin);
      const tree = pd && candidates.length === 1 ? plainOf(key, pd.text) : null;
      const r = tree && plainRange(tree, path);
      if (r) return position(pd!, linePos(tree!.lineStarts, r.start), linePos(tree!.lineStarts, r.end));
      const f = find(origin);
      if (!f) return { line: origin.line, col: origin.col };
      const full = [...f.prefix, ...path];
      for (let n = full.length; n >= f.prefix.length; n--) {
        const node = (n === 0 ? f.r.doc.contents : f.r.doc.getIn(full.slice(0, n), true)) as { range?: [number, number, number] } | undefined;
        if (!node?.range) continue;
        return position(f, f.r.lc.linePos(node.range[0]), f.r.lc.linePos(node.range[1]));
      }
      return { line: origin.line, col: origin.col };
    },
    written(origin, path) {
      if (!origin) return undefined;
      const { key, candidates, pd } = pick(origin);
      const tree = pd && candidates.length === 1 ? plainOf(key, pd.text) : null;
      return tree ? plainValue(tree, path) : undefined;
    },
    source(origin) {
      return origin ? pick(origin).pd?.text : undefined;
    },
    raw(origin) {
      if (!origin) return undefined;
      const f = find(origin);
      if (!f) return undefined;
      let v: Plain | undefined = f.r.plain;
      for (const p of f.prefix) v = isPlainMap(v as Plain) ? (v as PlainMap)[p as string] : Array.isArray(v) ? v[p as number] : undefined;
      return isPlainMap(v as Plain) ? (v as PlainMap) : undefined;
    },
  };
}

/** Positions in a document's text shifted to its place in the file (`at`: where that text starts). */
function position(at: { line: number; col: number }, s: { line: number; col: number }, e: { line: number; col: number }): Position {
  const shift = (p: { line: number; col: number }) => ({ line: at.line + p.line - 1, col: p.line === 1 ? at.col + p.col - 1 : p.col });
  const start = shift(s);
  const end = shift(e);
  return { line: start.line, col: start.col, endLine: end.line, endCol: end.col };
}
