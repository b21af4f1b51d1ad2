// Compare in the matrix (issue "What changed": the matrix shows the same changes as the canvas): a TrafficGrid
// over today's grid where only the pairs whose verdict changed since the baseline have a colour (their kind now,
// the ports that changed); every other cell is blank, like a workload with itself.
import type { PortVerdict } from '../../engine/matrix';
import type { VerdictKind } from '../../model';
import type { Change, DiffKind } from '../../diff';
import type { TrafficGrid } from './grid';

const KIND: Record<DiffKind, VerdictKind> = { allowed: 'allowed', unisolated: 'unisolated', httpOnly: 'http-only', denied: 'denied' };

export function changesGrid(base: TrafficGrid, changes: readonly Change[]): TrafficGrid {
  const n = base.workloads.length;
  const changed = new Map<number, { kind: VerdictKind; ports: PortVerdict[] }>();
  for (const c of changes) {
    const kind = KIND[c.after];
    const ports = c.ports.map((port) => ({ port, kind }));
    for (const from of c.from) {
      const s = base.indexOf(from);
      if (s === undefined) continue;
      for (const to of c.to) {
        const d = base.indexOf(to);
        if (d !== undefined && d !== s) changed.set(s * n + d, { kind, ports });
      }
    }
  }
  return {
    changesOnly: true,
    workloads: base.workloads,
    namespaceOf: base.namespaceOf,
    namespaces: base.namespaces,
    indexOf: (id) => base.indexOf(id),
    kind: (s, d) => changed.get(s * n + d)?.kind,
    ports: (s, d) => changed.get(s * n + d)?.ports ?? [],
  };
}
