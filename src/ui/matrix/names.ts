// Accessible names of matrix cells: "<from> → <to>: <kind>" followed by the ports (a contract for outside tests).
import type { TFunction } from 'i18next';
import type { VerdictKind } from '../../model';
import { lineName, type AxisLine } from './axis';
import type { KindCounts, TrafficGrid } from './grid';

export function cellName(t: TFunction, grid: TrafficGrid, r: AxisLine, c: AxisLine, counts: () => KindCounts, shown: (k: VerdictKind) => boolean): string {
  const from = lineName(grid, r);
  const to = lineName(grid, c);
  if (r.type === 'workload' && c.type === 'workload') {
    const k = grid.kind(r.index, c.index);
    if (!k) return `${from} → ${to}: ${t(grid.changesOnly && r.index !== c.index ? 'matrix.unchanged' : 'matrix.self')}`;
    const kind = t(`matrix.kinds.${k}`);
    if (!shown(k)) return `${from} → ${to}: ${kind} (${t('matrix.filtered')})`;
    const ports = grid.ports(r.index, c.index).map((p) => `${p.port} ${t(`matrix.kinds.${p.kind}`)}`);
    return `${from} → ${to}: ${kind}${ports.length ? ` · ${ports.join(', ')}` : ''}`;
  }
  const n = counts();
  const parts = (['allowed', 'unisolated', 'http-only', 'denied'] as const).filter(shown).map((k) => t('matrix.count', { count: n[k], kind: t(`matrix.kinds.${k}`) }));
  const pairs = n.allowed + n.unisolated + n['http-only'] + n.denied;
  return `${from} → ${to}: ${parts.join(', ')} (${t('matrix.pairs', { count: pairs })})`;
}

export function portsTip(t: TFunction, grid: TrafficGrid, r: AxisLine, c: AxisLine): string {
  if (r.type !== 'workload' || c.type !== 'workload') return '';
  return grid
    .ports(r.index, c.index)
    .map((p) => `${p.port}: ${t(`matrix.kinds.${p.kind}`)}`)
    .join('\n');
}
