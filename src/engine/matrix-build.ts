// The grouped connectivity matrix and the per-workload pairs, both read off GroupVerdicts: verdict kinds are
// computed once per ordered group pair (at 2,000 workloads, about a million pairs instead of four million), and
// the per-port answers are shared objects, so the result stays small.
import type { VerdictKind } from '../model';
import type { EngineInternals, PairVerdicts } from './engine';
import type { GroupVerdicts } from './group-verdicts';
import type { Matrix, MatrixConnection, PortVerdict } from './matrix';
import { warningsFor } from './warnings';

const KIND_CODE: Record<VerdictKind, number> = { allowed: 0, unisolated: 1, denied: 2, 'http-only': 3 };

export function buildMatrix(engine: EngineInternals): Matrix {
  const gv = engine.groups();
  const ports = new PortLists(gv);
  const connections: MatrixConnection[] = [];
  const { groups } = gv;
  for (let s = 0; s < groups.length; s++) {
    for (let d = 0; d < groups.length; d++) {
      if (s === d && groups[s]!.members.length < 2) continue;
      connections.push({ from: groups[s]!.id, to: groups[d]!.id, ports: ports.of(d, gv.kinds(s, d)) });
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
    const outPorts = ports.of(g, gv.kinds(mine, g));
    const inPorts = ports.of(mine, gv.kinds(g, mine));
    for (const m of others) {
      out.push({ from: full, to: m, ports: outPorts });
      out.push({ from: m, to: full, ports: inPorts });
    }
  }
  return out;
}

/** One shared PortVerdict[] per destination group and combination of kinds. */
class PortLists {
  private readonly cache = new Map<number, Map<string, PortVerdict[]>>();

  constructor(private readonly gv: GroupVerdicts) {}

  of(d: number, kinds: VerdictKind[]): PortVerdict[] {
    let byKinds = this.cache.get(d);
    if (!byKinds) this.cache.set(d, (byKinds = new Map()));
    let key = '';
    for (const k of kinds) key += KIND_CODE[k];
    let list = byKinds.get(key);
    if (!list) {
      const slots = this.gv.slots[d]!;
      list = kinds.map((kind, j) => ({ port: slots[j]!.label, kind }));
      byKinds.set(key, list);
    }
    return list;
  }
}
