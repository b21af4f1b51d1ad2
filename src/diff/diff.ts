// What changed in effective traffic between two designs: every (pair, port) whose verdict kind differs, grouped
// into blocks (sources × destinations with the same ports and the same before → after), like `kpd analyze`.
// Pairs with a workload on one side only, and ports declared on one side only, are not verdict changes: they are
// listed as added/removed workloads instead.
import type { Cluster, VerdictKind } from '../model';
import { connectivityOf, workloadIds, type Connectivity } from './connectivity';

/** The `kpd diff --json` names of verdict kinds. */
export type DiffKind = 'allowed' | 'unisolated' | 'httpOnly' | 'denied';

export interface Change {
  from: string[];
  to: string[];
  ports: string[];
  before: DiffKind;
  after: DiffKind;
}

export interface DesignDiff {
  changes: Change[];
  addedWorkloads: string[];
  removedWorkloads: string[];
}

export const diffKind = (k: VerdictKind): DiffKind => (k === 'http-only' ? 'httpOnly' : k);

const OPEN: readonly DiffKind[] = ['allowed', 'unisolated', 'httpOnly'];
/** Newly let through (green "+") or newly refused (red "−"); a change between two open kinds is neither. */
export function direction(c: Pick<Change, 'before' | 'after'>): 'opened' | 'closed' | 'changed' {
  const was = OPEN.includes(c.before);
  const is = OPEN.includes(c.after);
  return !was && is ? 'opened' : was && !is ? 'closed' : 'changed';
}

export function diffClusters(before: Cluster, after: Cluster): DesignDiff {
  return diffConnectivity(connectivityOf(before), connectivityOf(after), workloadIds(before), workloadIds(after));
}

export function diffConnectivity(a: Connectivity, b: Connectivity, aIds: Set<string>, bIds: Set<string>): DesignDiff {
  // (ports, before, after) → from → to[]
  const groups = new Map<string, Map<string, string[]>>();
  for (const [key, portsB] of b) {
    const portsA = a.get(key);
    if (!portsA) continue;
    const [from, to] = key.split('->') as [string, string];
    const byChange = new Map<string, string[]>();
    for (const [port, kb] of portsB) {
      const ka = portsA.get(port);
      if (ka === undefined || ka === kb) continue;
      const sig = `${diffKind(ka)}>${diffKind(kb)}`;
      byChange.set(sig, [...(byChange.get(sig) ?? []), port]);
    }
    for (const [sig, ports] of byChange) {
      const g = `${ports.join(',')}|${sig}`;
      const froms = groups.get(g) ?? new Map<string, string[]>();
      froms.set(from, [...(froms.get(from) ?? []), to]);
      groups.set(g, froms);
    }
  }
  const changes: Change[] = [];
  for (const [g, froms] of groups) {
    const [ports, sig] = g.split('|') as [string, string];
    const [before, after] = sig.split('>') as [DiffKind, DiffKind];
    // Sources with the same destinations make one block.
    const byTargets = new Map<string, string[]>();
    for (const [from, tos] of froms) {
      const t = tos.sort().join('\n');
      byTargets.set(t, [...(byTargets.get(t) ?? []), from]);
    }
    for (const [t, fromList] of byTargets) changes.push({ from: fromList.sort(), to: t.split('\n'), ports: ports.split(','), before, after });
  }
  changes.sort((x, y) => x.from[0]!.localeCompare(y.from[0]!) || x.to[0]!.localeCompare(y.to[0]!) || x.ports[0]!.localeCompare(y.ports[0]!));
  return {
    changes,
    addedWorkloads: [...bIds].filter((id) => !aIds.has(id)).sort(),
    removedWorkloads: [...aIds].filter((id) => !bIds.has(id)).sort(),
  };
}
