// The grouped connectivity matrix and the per-workload pairs, both read off GroupVerdicts: verdict kinds are
// computed once per ordered group pair (at 2,000 workloads, about a million pairs instead of four million), and
// the per-port answers are shared objects, so the result stays small.
import type { VerdictKind } from '../model';
import type { EngineInternals, PairVerdicts } from './engine';
import type { GroupVerdicts } from './group-verdicts';
import type { Matrix, MatrixConnection, PortVerdict } from './matrix';
import { warningsFor } from './warnings';

const NO_TIERS: readonly undefined[] = [];
const KIND_CODE: Record<VerdictKind, number> = { allowed: 0, unisolated: 1, denied: 2, 'http-only': 3 };

export function buildMatrix(engine: EngineInternals): Matrix {
  const gv = engine.groups();
  const ports = new PortLists(gv);
  const { groups } = gv;
  const n = groups.length;
  const selfPairs = groups.filter((g) => g.members.length > 1).length;
  // Sized once: at a few million connections, growing the array step by step costs more than filling it.
  const connections = new Array<MatrixConnection>(n * (n - 1) + selfPairs);
  let k = 0;
  for (let s = 0; s < n; s++) {
    const from = groups[s]!.id;
    for (let d = 0; d < n; d++) {
      if (s === d && groups[s]!.members.length < 2) continue;
      connections[k++] = { from, to: groups[d]!.id, ports: ports.of(s, d) };
    }
  }
  return {
    groups: groups.map(({ id, namespace, members }) => ({ id, namespace, members })),
    connections,
    warnings: warningsFor(engine, gv),
  };
}

/** Every pair with `workloadId` on either side (a workload with itself excluded), destination ports as in the matrix. */
export function pairsOf(gv: GroupVerdicts, workloadId: string): PairVerdicts[] {
  const full = workloadId.includes('/') ? workloadId : `default/${workloadId}`;
  const mine = gv.groups.findIndex((g) => g.members.includes(full));
  if (mine < 0) return [];
  const ports = new PortLists(gv);
  const out: PairVerdicts[] = [];
  for (let g = 0; g < gv.groups.length; g++) {
    const others = gv.groups[g]!.members.filter((m) => m !== full);
    if (others.length === 0) continue;
    const outPorts = ports.of(mine, g);
    const inPorts = ports.of(g, mine);
    for (const m of others) {
      out.push({ from: full, to: m, ports: outPorts });
      out.push({ from: m, to: full, ports: inPorts });
    }
  }
  return out;
}

/** One shared PortVerdict[] per destination group and combination of kinds (a base-4 number of the kinds). */
class PortLists {
  private readonly cache = new Map<number, Map<number | string, PortVerdict[]>>();

  constructor(private readonly gv: GroupVerdicts) {}

  /** The port verdicts of a connection from group `s` to group `d` (indexes into gv.groups). */
  of(s: number, d: number): PortVerdict[] {
    const slots = this.gv.slots[d]!;
    let key: number | string;
    if (slots.length <= 24) {
      key = 0;
      for (let j = 0; j < slots.length; j++) key = key * 4 + KIND_CODE[this.gv.kind(s, d, j)];
    } else
      key = this.gv
        .kinds(s, d)
        .map((k) => KIND_CODE[k])
        .join('');
    // Admin tiers: the deciding tier is part of the answer (the overlay colours by it), so it is part of the key.
    const tiers = this.gv.hasAdminTiers ? slots.map((_, j) => this.gv.adminTier(s, d, j)) : NO_TIERS;
    if (tiers.some((t) => t !== undefined)) key = `${key}|${tiers.map((t) => t?.[0] ?? '-').join('')}`;
    let byKinds = this.cache.get(d);
    if (!byKinds) this.cache.set(d, (byKinds = new Map()));
    let list = byKinds.get(key);
    if (!list) {
      const kinds = this.gv.kinds(s, d);
      list = kinds.map((kind, j) => (tiers[j] ? { port: slots[j]!.label, kind, tier: tiers[j] } : { port: slots[j]!.label, kind }));
      byKinds.set(key, list);
    }
    return list;
  }
}
