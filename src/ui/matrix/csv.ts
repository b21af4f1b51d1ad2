// "Export CSV": the matrix as shown (filters and collapsed namespaces applied), one row per source line.
import type { VerdictKind } from '../../model';
import { countKinds, type TrafficGrid } from './grid';
import { lineName, span, type Axis } from './axis';

const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function matrixCsv(grid: TrafficGrid, rows: Axis, cols: Axis, shown: (k: VerdictKind) => boolean): string {
  const colLines = cols.cells.map((i) => cols.lines[i]!);
  const out: string[] = [['from \\ to', ...colLines.map((l) => lineName(grid, l))].map(quote).join(',')];
  for (const ri of rows.cells) {
    const r = rows.lines[ri]!;
    const [s0, s1] = span(r);
    const cells = colLines.map((c) => {
      const [d0, d1] = span(c);
      if (r.type === 'workload' && c.type === 'workload') {
        const k = grid.kind(r.index, c.index);
        return k && shown(k) ? k : '';
      }
      const n = countKinds(grid, s0, s1, d0, d1);
      return (['allowed', 'unisolated', 'http-only', 'denied'] as const)
        .filter((k) => shown(k) && n[k] > 0)
        .map((k) => `${k} ${n[k]}`)
        .join('; ');
    });
    out.push([lineName(grid, r), ...cells].map(quote).join(','));
  }
  return out.join('\n') + '\n';
}
