// A diff as canvas edges: one per workload pair and direction of change (pure, tested without a browser).
import { direction, type DesignDiff } from '../../diff';

export interface PairChange {
  from: string;
  to: string;
  /** opened: newly let through (green "+"); closed: newly refused (red "−"); changed: between two open kinds. */
  dir: 'opened' | 'closed' | 'changed';
  ports: string[];
}

/** Above this many changed pairs the canvas draws none (the panel still lists every block). */
export const MAX_CHANGE_EDGES = 400;

export function pairChanges(d: DesignDiff | undefined): PairChange[] {
  if (!d) return [];
  const byKey = new Map<string, PairChange>();
  for (const c of d.changes) {
    const dir = direction(c);
    for (const from of c.from)
      for (const to of c.to) {
        if (from === to) continue;
        const key = `${from}->${to}:${dir}`;
        const e = byKey.get(key) ?? { from, to, dir, ports: [] };
        e.ports.push(...c.ports);
        byKey.set(key, e);
        if (byKey.size > MAX_CHANGE_EDGES) return [];
      }
  }
  return [...byKey.values()];
}

export const changeMark = { opened: '+', closed: '−', changed: '~' } as const;
