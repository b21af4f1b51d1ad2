// The grouped connectivity matrix and the per-workload pairs, both read off Connectivity (one bit lookup per pair
// and port). Groups are workloads no policy can tell apart (grouping.ts); each group pair is read at its first
// members, and equal port lists are shared objects, so the result stays small.
import type { EngineInternals, PairVerdicts } from './engine';
import { groupWorkloads } from './grouping';
import type { Matrix, MatrixConnection } from './matrix';
import { english } from './reasons';
import { warningsFor } from './warnings';

export function buildMatrix(engine: EngineInternals): Matrix {
  const { connectivity: c } = engine.connectivityParts();
  const groups = groupWorkloads(engine.cluster, engine.resolver, engine.netpol.cache);
  const at = groups.map((g) => g.members.map((m) => c.indexOf(m)!));
  const n = groups.length;
  const selfPairs = groups.filter((g) => g.members.length > 1).length;
  // Sized once: at a few million connections, growing the array step by step costs more than filling it.
  const connections = new Array<MatrixConnection>(n * (n - 1) + selfPairs);
  let k = 0;
  for (let s = 0; s < n; s++) {
    const from = groups[s]!.id;
    for (let d = 0; d < n; d++) {
      if (s === d && groups[s]!.members.length < 2) continue;
      // Within one group, a member with another member (a workload with itself is not a pair of the matrix).
      connections[k++] = { from, to: groups[d]!.id, ports: c.ports(at[s]![0]!, s === d ? at[d]![1]! : at[d]![0]!) };
    }
  }
  const warnings = warningsFor(engine);
  return {
    groups: groups.map(({ id, namespace, members }) => ({ id, namespace, members })),
    connections,
    warnings: warnings.map(english),
    warningMessages: warnings,
  };
}

/** Every pair with `workloadId` on either side (a workload with itself excluded), destination ports as in the matrix. */
export function pairsOf(engine: EngineInternals, workloadId: string): PairVerdicts[] {
  const { connectivity: c } = engine.connectivityParts();
  const mine = c.indexOf(workloadId);
  if (mine === undefined) return [];
  const full = c.ids[mine]!;
  const out: PairVerdicts[] = [];
  for (let m = 0; m < c.n; m++) {
    if (m === mine) continue;
    out.push({ from: full, to: c.ids[m]!, ports: c.ports(mine, m) });
    out.push({ from: c.ids[m]!, to: full, ports: c.ports(m, mine) });
  }
  return out;
}
