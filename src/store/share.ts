// Structural sharing between two derivations of the same document. Every edit re-derives the whole design from
// the text; handing React the previous objects where nothing changed is what lets a 300-workload canvas skip
// re-rendering the 299 nodes an edit did not touch (and skip everything when only a comment changed).
import type { Design } from '../model';

type Keyed = { id: string };

/** Equality of JSON-like data (what the design and React Flow items are made of). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ob = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && deepEqual((a as Record<string, unknown>)[k], ob[k]));
}

/**
 * `next` with each item replaced by the previous item of the same id when `equal` says they match; the previous
 * array itself when every item (and the order) is unchanged.
 */
export function shareList<T extends Keyed>(prev: readonly T[], next: T[], equal: (a: T, b: T) => boolean = deepEqual): T[] {
  const byId = new Map<string, T>();
  for (const p of prev) byId.set(p.id, p);
  let same = prev.length === next.length;
  const out = next.map((n, i) => {
    const p = byId.get(n.id);
    const kept = p !== undefined && (p === n || equal(p, n)) ? p : n;
    if (kept !== prev[i]) same = false;
    return kept;
  });
  return same ? (prev as T[]) : out;
}

/** `next`, reusing `prev`'s namespaces, workloads, externals and edges wherever they are unchanged. */
export function shareDesign(prev: Design, next: Design): Design {
  if (prev === next) return prev;
  const namespaces = shareList(prev.namespaces, next.namespaces);
  const workloads = shareList(prev.workloads, next.workloads);
  const externals = shareList(prev.externals, next.externals);
  const edges = shareList(prev.edges, next.edges);
  const prevPolicies = prev.clusterPolicies ?? [];
  const clusterPolicies = shareList(prevPolicies, next.clusterPolicies ?? []);
  const same = namespaces === prev.namespaces && workloads === prev.workloads && externals === prev.externals && edges === prev.edges;
  if (same && clusterPolicies === prevPolicies) return prev;
  return { namespaces, workloads, externals, edges, ...(clusterPolicies.length > 0 ? { clusterPolicies } : {}) };
}

/**
 * A function that hands back `next` shared with what it returned last time (see shareList): for render-time
 * memos that must keep unchanged React Flow items, without reading a ref during render.
 */
export function listSharer<T extends Keyed>(equal: (a: T, b: T) => boolean = deepEqual): (next: T[]) => T[] {
  let last: T[] = [];
  return (next) => (last = shareList(last, next, equal));
}
