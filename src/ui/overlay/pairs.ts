// Workload-level pairs for the overlay from the engine's Connectivity (pure): one ports(s, d) per pair drawn.
import type { VerdictKind } from '../../model';
import type { PortVerdict } from '../../engine/matrix';
import type { Connectivity } from '../../engine/connectivity/connectivity';

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
export function hiddenForSelection(c: Connectivity, selected: string | undefined): number {
  if (selected !== undefined && c.ids[c.indexOf(selected) ?? -1] === selected) return 0;
  return c.n > ALL_PAIRS_LIMIT ? c.n : 0;
}

export function overlayPairs(c: Connectivity, selected: string | undefined): { pairs: TrafficPair[]; tooMany: number } {
  const tooMany = hiddenForSelection(c, selected);
  if (tooMany > 0) return { pairs: [], tooMany };
  const pairOf = (s: number, d: number): TrafficPair => {
    const ports = c.ports(s, d);
    const kind = pairKind(ports);
    const tier = pairTier(ports, kind);
    const from = c.ids[s]!;
    const to = c.ids[d]!;
    return tier ? { from, to, ports, kind, tier } : { from, to, ports, kind };
  };
  const out: TrafficPair[] = [];
  const mine = selected === undefined ? undefined : c.indexOf(selected);
  if (mine !== undefined && c.ids[mine] === selected) {
    // Only the selected workload's pairs: out of it and into it.
    for (let w = 0; w < c.n; w++) {
      if (w === mine) continue;
      out.push(pairOf(mine, w), pairOf(w, mine));
    }
    return { pairs: out, tooMany: 0 };
  }
  for (let a = 0; a < c.n; a++)
    for (let b = 0; b < c.n; b++) {
      if (a !== b) out.push(pairOf(a, b));
    }
  return { pairs: out, tooMany: 0 };
}

export function portsText(p: TrafficPair): string {
  const open = p.ports.filter((x) => x.kind !== 'denied').map((x) => x.port);
  return open.length > 0 ? open.join(', ') : `✕ ${p.ports.map((x) => x.port).join(', ')}`;
}
