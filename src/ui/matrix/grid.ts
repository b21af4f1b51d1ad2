// The adapter between whatever the engine hands the overlay and the views that read it pair by pair (the matrix,
// collapsed namespaces, dimming). Views know only TrafficGrid; `gridFromConnectivity` is the one implementation,
// over the engine's per-workload Connectivity (pair colours as overlay/pairs.ts's pairKind), read off its bit planes.
import type { VerdictKind } from '../../model';
import type { PortVerdict } from '../../engine/matrix';
import type { Connectivity } from '../../engine/connectivity/connectivity';

export interface TrafficGrid {
  /** Workload ids (`ns/name`), grouped by namespace (namespaces sorted, then names). Sources and destinations alike. */
  readonly workloads: readonly string[];
  /** The namespace of each workload, by index. */
  readonly namespaceOf: readonly string[];
  /** Namespaces in order, each with the index range [start, end) of its workloads. */
  readonly namespaces: readonly { name: string; start: number; end: number }[];
  /** The verdict kind of a pair by indexes; undefined for a workload with itself (not asked, see QUERY-MODEL.md). */
  kind(source: number, destination: number): VerdictKind | undefined;
  ports(source: number, destination: number): readonly PortVerdict[];
  indexOf(id: string): number | undefined;
  /** Compare: cells without a kind are pairs that did not change (not a workload with itself). */
  readonly changesOnly?: boolean;
}

export const KIND_ORDER: readonly VerdictKind[] = ['allowed', 'unisolated', 'http-only', 'denied'];

const nsOf = (id: string) => id.slice(0, id.indexOf('/'));

/**
 * Every pair's colour (pairKind: unisolated on any port, else allowed, else HTTP-only, else denied), one byte per
 * pair by Connectivity positions, computed a destination and 32 sources at a time from the planes. A slot's kind
 * is plane 0 bit | plane 1 bit << 1: allowed 00, unisolated 01, denied 10, HTTP-only 11.
 */
function pairCodes(c: Connectivity): Uint8Array {
  const n = c.n;
  const W = c.words;
  const codes = new Uint8Array(n * n);
  const unis = new Uint32Array(W);
  const allowed = new Uint32Array(W);
  const http = new Uint32Array(W);
  for (let d = 0; d < n; d++) {
    unis.fill(0);
    allowed.fill(0);
    http.fill(0);
    const k = c.slotCount(d);
    for (let j = 0; j < k; j++) {
      const [p0, p1] = c.planes(d, j);
      for (let w = 0; w < W; w++) {
        const a = p0[w]!;
        const b = p1[w]!;
        unis[w] |= a & ~b;
        allowed[w] |= ~a & ~b;
        http[w] |= a & b;
      }
    }
    for (let s = 0; s < n; s++) {
      if (s === d) continue;
      const w = s >>> 5;
      const bit = 1 << (s & 31);
      // Codes are KIND_ORDER indexes + 1 (0: not a pair).
      codes[s * n + d] = unis[w]! & bit ? 2 : allowed[w]! & bit ? 1 : http[w]! & bit ? 3 : 4;
    }
  }
  return codes;
}

export function gridFromConnectivity(c: Connectivity): TrafficGrid {
  const n = c.n;
  // Grid order: namespaces sorted, then ids (Connectivity sorts `ns/name` as strings, which differs for `a` and `a-b`).
  const order = Array.from({ length: n }, (_, i) => i);
  const nsAt = c.ids.map(nsOf);
  const ids = c.ids;
  order.sort((a, b) => (nsAt[a] === nsAt[b] ? (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0) : nsAt[a]! < nsAt[b]! ? -1 : 1));
  const at = Int32Array.from(order);
  const workloads = order.map((i) => ids[i]!);
  const namespaceOf = order.map((i) => nsAt[i]!);
  const namespaces: { name: string; start: number; end: number }[] = [];
  namespaceOf.forEach((ns, i) => {
    const last = namespaces.at(-1);
    if (last && last.name === ns) last.end = i + 1;
    else namespaces.push({ name: ns, start: i, end: i + 1 });
  });
  const index = new Map(workloads.map((w, i) => [w, i]));
  let codes: Uint8Array | undefined;
  return {
    workloads,
    namespaceOf,
    namespaces,
    kind(s, d) {
      if (s === d) return undefined;
      codes ??= pairCodes(c);
      const k = codes[at[s]! * n + at[d]!]!;
      return k === 0 ? undefined : KIND_ORDER[k - 1];
    },
    ports(s, d) {
      return s === d ? [] : c.ports(at[s]!, at[d]!);
    },
    indexOf: (id) => index.get(id),
  };
}

export interface KindCounts {
  allowed: number;
  unisolated: number;
  'http-only': number;
  denied: number;
}

export const noCounts = (): KindCounts => ({ allowed: 0, unisolated: 0, 'http-only': 0, denied: 0 });

/** How many pairs of each kind go from the sources [s0, s1) to the destinations [d0, d1). */
export function countKinds(grid: TrafficGrid, s0: number, s1: number, d0: number, d1: number): KindCounts {
  const c = noCounts();
  for (let s = s0; s < s1; s++)
    for (let d = d0; d < d1; d++) {
      const k = grid.kind(s, d);
      if (k) c[k]++;
    }
  return c;
}

/** The colour an aggregate takes: the zero-trust smell first, as for a single pair (see pairKind). */
export function countsKind(c: KindCounts): VerdictKind | undefined {
  if (c.unisolated) return 'unisolated';
  if (c.allowed) return 'allowed';
  if (c['http-only']) return 'http-only';
  if (c.denied) return 'denied';
  return undefined;
}

export const portsOf = (ports: readonly PortVerdict[]) => ports.map((p) => `${p.port} ${p.kind}`).join(', ');
