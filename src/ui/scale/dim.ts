// "Selecting a workload dims the nodes it has no traffic with": the workloads that can reach it or that it can
// reach (any kind but denied, and not unchecked in the legend).
import type { VerdictKind } from '../../model';
import type { TrafficGrid } from '../matrix/grid';

export function trafficPartners(grid: TrafficGrid, selected: string, shown: (k: VerdictKind) => boolean): Set<string> | undefined {
  const s = grid.indexOf(selected);
  if (s === undefined) return undefined;
  const out = new Set<string>([selected]);
  const lets = (k: VerdictKind | undefined) => !!k && k !== 'denied' && shown(k);
  for (let d = 0; d < grid.workloads.length; d++) if (lets(grid.kind(s, d)) || lets(grid.kind(d, s))) out.add(grid.workloads[d]!);
  return out;
}
