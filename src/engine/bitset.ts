// Sets of matrix groups as bit arrays: "which groups does this peer / rule admit" is computed once and then read
// with one shift per pair, which is what keeps a 2,000-workload matrix within its time budget.
export type Bitset = Uint32Array;

export const words = (n: number): number => Math.max(1, Math.ceil(n / 32));

export function emptySet(n: number): Bitset {
  return new Uint32Array(words(n));
}

export function fullSet(n: number): Bitset {
  return new Uint32Array(words(n)).fill(0xffffffff);
}

export function add(set: Bitset, i: number): void {
  set[i >>> 5]! |= 1 << (i & 31);
}

export function has(set: Bitset, i: number): boolean {
  return ((set[i >>> 5]! >>> (i & 31)) & 1) === 1;
}

/** `into |= from`, in place. */
export function unionInto(into: Bitset, from: Bitset): void {
  for (let w = 0; w < into.length; w++) into[w]! |= from[w]!;
}

export function isEmpty(set: Bitset): boolean {
  for (let w = 0; w < set.length; w++) if (set[w] !== 0) return false;
  return true;
}
