// YAML nodes → plain data with null-prototype maps, so keys such as `__proto__` stay data and never reach
// Object.prototype. Aliases are expanded under a budget: a "billion laughs" document is refused, not expanded.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

export type Plain = null | string | number | boolean | Plain[] | PlainMap;
export interface PlainMap {
  [key: string]: Plain;
}

export class ExpansionLimit extends Error {}

/** Upper bound of nodes produced per document, aliases included (real manifests stay far below it). */
export const NODE_BUDGET = 200_000;

export function toPlain(doc: Document, budget = { left: NODE_BUDGET }): Plain {
  const walk = (node: unknown, depth: number): Plain => {
    if (--budget.left < 0 || depth > 200) throw new ExpansionLimit();
    if (isAlias(node)) return walk(node.resolve(doc), depth + 1);
    if (isScalar(node)) return scalar(node.value);
    if (isMap(node)) {
      const out = Object.create(null) as PlainMap;
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? pair.key.value : pair.key;
        out[String(k)] = walk(pair.value, depth + 1);
      }
      return out;
    }
    if (isSeq(node)) return node.items.map((n) => walk(n, depth + 1));
    return null;
  };
  return walk(doc.contents as Node | null, 0);
}

function scalar(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

export function isPlainMap(v: Plain | undefined): v is PlainMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
