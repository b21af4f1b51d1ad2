// Make a node of a yaml Document equal to a plain value while touching only what differs: keys that stay keep
// their order, comments and scalar style; keys that go are deleted; new keys are appended.
import { isMap, isNode, isScalar, type Document, type Node } from 'yaml';

type Path = (string | number)[];

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structural equality of plain values (prototypes ignored: label maps are null-prototype objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameValue(x, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue(a[k], b[k]));
}

/** A copy with ordinary prototypes (the yaml package walks objects by their own enumerable keys). */
function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (!isPlainObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: plain(v[k]), enumerable: true, writable: true, configurable: true });
  return out;
}

/** Returns whether anything changed. */
export function assignIn(doc: Document, path: Path, next: unknown): boolean {
  const cur = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isPlainObject(next) && isMap(cur)) {
    let changed = false;
    for (const item of [...cur.items]) {
      const key = isScalar(item.key) ? item.key.value : item.key;
      if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(next, key)) changed = cur.delete(item.key) || changed;
    }
    for (const k of Object.keys(next)) changed = assignIn(doc, [...path, k], next[k]) || changed;
    return changed;
  }
  const curValue = isNode(cur) ? (cur as Node).toJS(doc) : cur;
  if (cur !== undefined && sameValue(curValue, next)) return false;
  const node = doc.createNode(plain(next));
  if (path.length === 0) doc.contents = node;
  else doc.setIn(path, node);
  return true;
}
