// Connections as blocks (sources × destinations with the same kinds on the same destination ports), a rectangle
// cover of the pair relation streamed signature by signature. Per destination the sources split into classes by
// their kinds on its ports (the signature); per signature, destinations with the same source set share one block;
// the rest is covered recursively: the sources common to all destinations of a part make one block (e.g. "every
// source except a few" into a default-deny namespace, once, not once per destination), then the remainder is
// either grouped by source rows with identical destination sets, or split in two (at a namespace boundary when it
// spans several) and covered again. A pair s → s is no pair: blocks may list one workload on both sides.
import type { ConnectionBlock } from '../blocks';
import { count, emptySet, equal, first, has, members, trim, type Bitset } from '../bitset';
import type { PortVerdict } from '../matrix';
import { KINDS, type Connectivity } from './connectivity';

interface Column {
  dests: number[];
  set: Bitset;
}

interface Signature {
  ports: PortVerdict[];
  /** Lowest kind code on any port (allowed first when the signatures are streamed). */
  best: number;
  columns: Column[];
}

/**
 * Blocks over the pairs s → d with s in `sources` and d in `dests` (both default to everyone), every pair once.
 */
export function* coverBlocks(c: Connectivity, sources?: Bitset, dests?: (d: number) => boolean): Generator<ConnectionBlock> {
  const sigs = signatures(c, sources, dests);
  const ns = (d: number) => c.ids[d]!.slice(0, c.ids[d]!.indexOf('/'));
  for (const sig of [...sigs.values()].sort((a, b) => a.best - b.best)) {
    for (const b of cover(merge(sig.columns), ns)) {
      if (b.dests.length === 1 && b.set.length > 0 && onlyItself(b.set, b.dests[0]!)) continue;
      yield { from: members(b.set).map((i) => c.ids[i]!), to: b.dests.sort((x, y) => x - y).map((i) => c.ids[i]!), ports: sig.ports };
    }
  }
}

function onlyItself(set: Bitset, d: number): boolean {
  return first(set) === d && count(set) === 1;
}

/** Per destination, its sources split by their kind on each of its ports. */
function signatures(c: Connectivity, sources: Bitset | undefined, dests: ((d: number) => boolean) | undefined): Map<string, Signature> {
  const out = new Map<string, Signature>();
  const W = c.words;
  const all = emptySet(c.n).fill(0xffffffff);
  trim(all, c.n);
  const start = sources ?? all;
  for (let d = 0; d < c.n; d++) {
    if (dests && !dests(d)) continue;
    const k = c.slotCount(d);
    let parts: Bitset[] = [start];
    for (let j = 0; j < k; j++) {
      for (const plane of c.planes(d, j)) {
        const next: Bitset[] = [];
        for (const p of parts) {
          let anyA = 0;
          let anyB = 0;
          for (let w = 0; w < W; w++) {
            anyA |= p[w]! & plane[w]!;
            anyB |= p[w]! & ~plane[w]!;
          }
          // Most splits are trivial (every source on one side): keep the part as it is.
          if (anyA === 0 || anyB === 0) {
            next.push(p);
            continue;
          }
          const a = new Uint32Array(W);
          const b = new Uint32Array(W);
          for (let w = 0; w < W; w++) {
            a[w] = p[w]! & plane[w]!;
            b[w] = p[w]! & ~plane[w]!;
          }
          next.push(a, b);
        }
        parts = next;
      }
    }
    const slots = c.slots(d);
    for (const set of parts) {
      const s = first(set);
      if (s < 0) continue;
      let key = '';
      let best = 3;
      const codes: number[] = [];
      for (let j = 0; j < k; j++) {
        const code = c.code(s, d, j);
        codes.push(code);
        best = Math.min(best, code);
        key += `${slots[j]!.label}=${code};`;
      }
      let sig = out.get(key);
      if (!sig) out.set(key, (sig = { ports: slots.map((slot, j) => ({ port: slot.label, kind: KINDS[codes[j]!]! })), best, columns: [] }));
      sig.columns.push({ dests: [d], set });
    }
  }
  return out;
}

/** Destinations with the same source set become one column. */
function merge(columns: Column[]): Column[] {
  const byHash = new Map<number, Column[]>();
  const out: Column[] = [];
  for (const col of columns) {
    let h = 0;
    for (let w = 0; w < col.set.length; w++) h = (Math.imul(h, 31) + col.set[w]!) | 0;
    const same = byHash.get(h);
    const twin = same?.find((x) => equal(x.set, col.set));
    if (twin) twin.dests.push(...col.dests);
    else {
      const fresh = { dests: [...col.dests], set: col.set };
      out.push(fresh);
      if (same) same.push(fresh);
      else byHash.set(h, [fresh]);
    }
  }
  return out;
}

/** Ids a list of blocks prints. */
const size = (blocks: Column[]) => blocks.reduce((n, b) => n + count(b.set) + b.dests.length, 0);

function cover(cols: Column[], ns: (d: number) => string): Column[] {
  if (cols.length <= 1) return cols;
  const W = cols[0]!.set.length;
  const core = cols[0]!.set.slice();
  for (const col of cols) for (let w = 0; w < W; w++) core[w]! &= col.set[w]!;
  const out: Column[] = [];
  let rest = cols;
  if (count(core) > 0) {
    out.push({ dests: cols.flatMap((x) => x.dests), set: core });
    rest = [];
    for (const col of cols) {
      const r = new Uint32Array(W);
      let any = 0;
      for (let w = 0; w < W; w++) any |= r[w] = col.set[w]! & ~core[w]!;
      if (any !== 0) rest.push({ dests: col.dests, set: r });
    }
    if (rest.length <= 1) return [...out, ...rest];
  }
  // Either one block per distinct source row (the columns that contain it), or split in two and cover each half:
  // whichever lists fewer ids. Rows win outright when sources sit in few columns; they are tried against the halves
  // only when they could do better (every source and every destination listed once is their floor).
  const union = new Uint32Array(W);
  let memberships = 0;
  for (const col of rest) {
    memberships += count(col.set);
    for (let w = 0; w < W; w++) union[w]! |= col.set[w]!;
  }
  const sources = count(union);
  if (rest.length <= 2 || memberships <= 2 * sources) return [...out, ...rows(rest, W)];
  const mid = splitPoint(rest, ns);
  const halves = [...cover(rest.slice(0, mid), ns), ...cover(rest.slice(mid), ns)];
  const floor = sources + rest.reduce((n, c) => n + c.dests.length, 0);
  if (size(halves) <= floor) return [...out, ...halves];
  const byRows = rows(rest, W);
  return [...out, ...(size(halves) <= size(byRows) ? halves : byRows)];
}

/**
 * One block per distinct source row (the columns that contain the source). Rows are hashed into typed arrays (two
 * 32-bit hashes per source, no allocation per membership), then checked exactly: every member must sit in exactly the
 * columns of its group's first member. A hash collision (never seen) falls back to keying rows by their text.
 */
function rows(cols: Column[], W: number): Column[] {
  const { h1, h2, seen, groupOf } = scratchFor(W * 32);
  const touched: number[] = [];
  cols.forEach((col, i) => {
    for (const s of members(col.set)) {
      if (seen[s] === 0) touched.push(s);
      h1[s] = Math.imul(h1[s]! ^ (i + 1), 0x9e3779b1);
      h2[s] = Math.imul(h2[s]! + i + 0x7f4a7c15, 0x85ebca6b) ^ (h2[s]! >>> 13);
      seen[s]!++;
    }
  });
  touched.sort((a, b) => a - b);
  const buckets = new Map<number, number[]>();
  const list: { rep: number; sources: number[]; cols: number[] }[] = [];
  for (const s of touched) {
    let bucket = buckets.get(h1[s]!);
    if (!bucket) buckets.set(h1[s]!, (bucket = []));
    let g = bucket.find((k) => h2[list[k]!.rep] === h2[s]);
    if (g === undefined) {
      g = list.length;
      bucket.push(g);
      list.push({ rep: s, sources: [], cols: [] });
    }
    groupOf[s] = g;
    list[g]!.sources.push(s);
  }
  // Exact check: a member in a column its group's first member is not in, or in fewer columns, is a collision.
  let exact = true;
  cols.forEach((col, i) => {
    for (const s of members(col.set)) {
      const g = list[groupOf[s]!]!;
      if (g.rep === s) g.cols.push(i);
      else if (!has(col.set, g.rep)) exact = false;
    }
  });
  for (const g of list) for (const s of g.sources) if (seen[s] !== seen[g.rep]) exact = false;
  for (const s of touched) h1[s] = h2[s] = seen[s] = 0;
  if (!exact) return rowsByText(cols, W);
  return list.map((g) => {
    const set = new Uint32Array(W);
    for (const s of g.sources) set[s >>> 5]! |= 1 << (s & 31);
    return { dests: g.cols.flatMap((i) => cols[i]!.dests), set };
  });
}

/** Per-source scratch arrays for rows(), kept zeroed between calls (only the touched entries are reset). */
let scratch: { h1: Int32Array; h2: Int32Array; seen: Int32Array; groupOf: Int32Array } | undefined;
function scratchFor(n: number): NonNullable<typeof scratch> {
  if (!scratch || scratch.h1.length < n) scratch = { h1: new Int32Array(n), h2: new Int32Array(n), seen: new Int32Array(n), groupOf: new Int32Array(n) };
  return scratch;
}

function rowsByText(cols: Column[], W: number): Column[] {
  const byRow = new Map<string, { cols: number[]; sources: number[] }>();
  const of = new Map<number, number[]>();
  cols.forEach((col, i) => {
    for (const s of members(col.set)) {
      const r = of.get(s);
      if (r) r.push(i);
      else of.set(s, [i]);
    }
  });
  for (const [s, r] of of) {
    const key = r.join(',');
    const g = byRow.get(key);
    if (g) g.sources.push(s);
    else byRow.set(key, { cols: r, sources: [s] });
  }
  return [...byRow.values()].map((g) => {
    const set = new Uint32Array(W);
    for (const s of g.sources) set[s >>> 5]! |= 1 << (s & 31);
    return { dests: g.cols.flatMap((i) => cols[i]!.dests), set };
  });
}

/** Near the middle, at a change of namespace of the columns' first destinations when there is one. */
function splitPoint(cols: Column[], ns: (d: number) => string): number {
  const mid = cols.length >> 1;
  let best = -1;
  for (let i = 1; i < cols.length; i++) {
    if (ns(cols[i]!.dests[0]!) === ns(cols[i - 1]!.dests[0]!)) continue;
    if (best < 0 || Math.abs(i - mid) < Math.abs(best - mid)) best = i;
  }
  return best > 0 ? best : mid;
}
