// Three-valued answers: whether a request attribute matches a policy value, when the query may not say.
// `unknown` = the query does not give the attribute (Host header, request headers, a pod IP without status.podIP).
export type Tri = 'yes' | 'no' | 'unknown';

export const triOf = (b: boolean): Tri => (b ? 'yes' : 'no');

export function and(items: Iterable<Tri>): Tri {
  let out: Tri = 'yes';
  for (const t of items) {
    if (t === 'no') return 'no';
    if (t === 'unknown') out = 'unknown';
  }
  return out;
}

export function or(items: Iterable<Tri>): Tri {
  let out: Tri = 'no';
  for (const t of items) {
    if (t === 'yes') return 'yes';
    if (t === 'unknown') out = 'unknown';
  }
  return out;
}

export const not = (t: Tri): Tri => (t === 'yes' ? 'no' : t === 'no' ? 'yes' : 'unknown');
