// The adapter between whatever the engine hands the overlay and the views that read it pair by pair (the matrix,
// collapsed namespaces, dimming). Views know only TrafficGrid; `gridFromMatrix` is the one implementation over
// today's grouped Matrix (pair colours as overlay/pairs.ts's pairKind), so a per-workload structure from the engine replaces this file and nothing else.
import type { VerdictKind } from '../../model';
import type { Matrix, PortVerdict } from '../../engine/matrix';

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
}

export const KIND_ORDER: readonly VerdictKind[] = ['allowed', 'unisolated', 'http-only', 'denied'];
const KIND_CODE: Record<VerdictKind, number> = { allowed: 1, unisolated: 2, 'http-only': 3, denied: 4 };

/** pairKind's answer as a code, without building a set per pair (there are groups² of them). */
function pairCode(ports: readonly PortVerdict[]): number {
  let best = KIND_CODE.denied;
  for (const p of ports) {
    if (p.kind === 'unisolated') return KIND_CODE.unisolated;
    if (p.kind === 'allowed') best = KIND_CODE.allowed;
    else if (p.kind === 'http-only' && best !== KIND_CODE.allowed) best = KIND_CODE['http-only'];
  }
  return best;
}

export function gridFromMatrix(m: Matrix): TrafficGrid {
  const members: { id: string; ns: string; group: number }[] = [];
  const groupIndex = new Map<number, number>();
  m.groups.forEach((g, i) => {
    groupIndex.set(g.id, i);
    for (const w of g.members) members.push({ id: w, ns: g.namespace, group: i });
  });
  members.sort((a, b) => (a.ns === b.ns ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.ns < b.ns ? -1 : 1));
  const G = m.groups.length;
  // One slot per ordered group pair: the connection's index + 1 (0: no connection), and its pair kind.
  const slot = new Int32Array(G * G);
  const kinds = new Uint8Array(G * G);
  m.connections.forEach((c, i) => {
    const a = groupIndex.get(c.from);
    const b = groupIndex.get(c.to);
    if (a === undefined || b === undefined) return;
    slot[a * G + b] = i + 1;
    kinds[a * G + b] = pairCode(c.ports);
  });
  const workloads = members.map((x) => x.id);
  const namespaceOf = members.map((x) => x.ns);
  const groupOf = Int32Array.from(members, (x) => x.group);
  const namespaces: { name: string; start: number; end: number }[] = [];
  namespaceOf.forEach((ns, i) => {
    const last = namespaces.at(-1);
    if (last && last.name === ns) last.end = i + 1;
    else namespaces.push({ name: ns, start: i, end: i + 1 });
  });
  const index = new Map(workloads.map((w, i) => [w, i]));
  return {
    workloads,
    namespaceOf,
    namespaces,
    kind(s, d) {
      if (s === d) return undefined;
      const k = kinds[groupOf[s]! * G + groupOf[d]!]!;
      return k === 0 ? undefined : KIND_ORDER[k - 1];
    },
    ports(s, d) {
      if (s === d) return [];
      const i = slot[groupOf[s]! * G + groupOf[d]!]!;
      return i === 0 ? [] : m.connections[i - 1]!.ports;
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
