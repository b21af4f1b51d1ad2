// Workload-level pairs for the overlay from the grouped matrix (pure).
import type { VerdictKind } from '../../model';
import type { PortVerdict } from '../../engine/matrix';
import type { MatrixPayload as Matrix } from '../../worker/contract';

export interface TrafficPair {
  from: string;
  to: string;
  ports: PortVerdict[];
  kind: VerdictKind;
  /** The admin tier that decided the ports of the pair's colour, if one did (the overlay colours by it). */
  tier?: 'Admin' | 'Baseline';
}

/** The tier of the first port whose kind gives the pair its colour. */
export function pairTier(ports: PortVerdict[], kind: VerdictKind): 'Admin' | 'Baseline' | undefined {
  return ports.find((p) => p.kind === kind && p.tier !== undefined)?.tier;
}

/** Above this many workloads the overlay shows only the selected workload's pairs. */
export const ALL_PAIRS_LIMIT = 30;

/** The colour of a pair: the zero-trust smell (unisolated) first, then allowed, HTTP-only, denied. */
export function pairKind(ports: PortVerdict[]): VerdictKind {
  const kinds = new Set(ports.map((p) => p.kind));
  if (kinds.has('unisolated')) return 'unisolated';
  if (kinds.has('allowed')) return 'allowed';
  if (kinds.has('http-only')) return 'http-only';
  return 'denied';
}

/** How many workloads the overlay leaves out, asking for a selection (0: it draws pairs). No pairs are built. */
export function hiddenForSelection(m: Matrix, selected: string | undefined): number {
  let count = 0;
  for (const g of m.groups) {
    if (selected !== undefined && g.members.includes(selected)) return 0;
    count += g.members.length;
  }
  return count > ALL_PAIRS_LIMIT ? count : 0;
}

export function overlayPairs(m: Matrix, selected: string | undefined): { pairs: TrafficPair[]; tooMany: number } {
  const tooMany = hiddenForSelection(m, selected);
  if (tooMany > 0) return { pairs: [], tooMany };
  const groupOf = new Map<string, number>();
  for (const g of m.groups) for (const w of g.members) groupOf.set(w, g.id);
  const workloads = [...groupOf.keys()];
  const pairOf = (from: string, to: string, ports: PortVerdict[] | undefined): TrafficPair | undefined => {
    if (!ports) return undefined;
    const kind = pairKind(ports);
    const tier = pairTier(ports, kind);
    return tier ? { from, to, ports, kind, tier } : { from, to, ports, kind };
  };
  const out: TrafficPair[] = [];
  const mine = selected === undefined ? undefined : groupOf.get(selected);
  if (selected !== undefined && mine !== undefined) {
    // Only the selected workload's group is read: one pass over the connections, no key per pair.
    const outOf = new Map<number, PortVerdict[]>();
    const into = new Map<number, PortVerdict[]>();
    for (const c of m.connections) {
      if (c.from === mine) outOf.set(c.to, c.ports);
      if (c.to === mine) into.set(c.from, c.ports);
    }
    for (const w of workloads) {
      if (w === selected) continue;
      const g = groupOf.get(w)!;
      const a = pairOf(selected, w, outOf.get(g));
      const b = pairOf(w, selected, into.get(g));
      if (a) out.push(a);
      if (b) out.push(b);
    }
    return { pairs: out, tooMany: 0 };
  }
  const conn = new Map<string, PortVerdict[]>();
  for (const c of m.connections) conn.set(`${c.from}>${c.to}`, c.ports);
  for (const a of workloads)
    for (const b of workloads) {
      if (a === b) continue;
      const p = pairOf(a, b, conn.get(`${groupOf.get(a)}>${groupOf.get(b)}`));
      if (p) out.push(p);
    }
  return { pairs: out, tooMany: 0 };
}

export function portsText(p: TrafficPair): string {
  const open = p.ports.filter((x) => x.kind !== 'denied').map((x) => x.port);
  return open.length > 0 ? open.join(', ') : `✕ ${p.ports.map((x) => x.port).join(', ')}`;
}
