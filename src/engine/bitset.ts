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

/** Clears the bits past `n` in the last word (after a complement). */
export function trim(set: Bitset, n: number): void {
  const r = n & 31;
  if (n === 0) set.fill(0);
  else if (r !== 0) set[set.length - 1]! &= (1 << r) - 1;
}

export function intersects(a: Bitset, b: Bitset): boolean {
  for (let w = 0; w < a.length; w++) if ((a[w]! & b[w]!) !== 0) return true;
  return false;
}

export function count(set: Bitset): number {
  let c = 0;
  for (let w = 0; w < set.length; w++) {
    let v = set[w]!;
    v = v - ((v >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    c += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return c;
}

/** The members, in increasing order. */
export function members(set: Bitset): number[] {
  const out: number[] = [];
  for (let w = 0; w < set.length; w++) {
    let v = set[w]!;
    while (v !== 0) {
      const low = v & -v;
      out.push((w << 5) + 31 - Math.clz32(low));
      v ^= low;
    }
  }
  return out;
}

/** The smallest member, or -1. */
export function first(set: Bitset): number {
  for (let w = 0; w < set.length; w++) {
    const v = set[w]!;
    if (v !== 0) return (w << 5) + 31 - Math.clz32(v & -v);
  }
  return -1;
}

export function equal(a: Bitset, b: Bitset): boolean {
  for (let w = 0; w < a.length; w++) if (a[w] !== b[w]) return false;
  return true;
}
