// One axis of the matrix (rows: sources, columns: destinations): workloads grouped by namespace, a namespace
// either expanded (one line per workload) or collapsed (one aggregate line), each namespace led by a band. Pure.
import type { TrafficGrid } from './grid';

export type AxisLine =
  | { type: 'band'; ns: string; offset: number; size: number }
  | { type: 'workload'; ns: string; index: number; offset: number; size: number }
  | { type: 'namespace'; ns: string; start: number; end: number; offset: number; size: number };

export interface Axis {
  lines: AxisLine[];
  /** Indexes into `lines` of the lines that hold cells (not bands), in order. */
  cells: number[];
  total: number;
}

export function buildAxis(grid: TrafficGrid, opts: { collapsed: ReadonlySet<string>; only?: string; cell: number; band: number }): Axis {
  const lines: AxisLine[] = [];
  const cells: number[] = [];
  let offset = 0;
  const push = (l: AxisLine) => {
    if (l.type !== 'band') cells.push(lines.length);
    lines.push(l);
    offset += l.size;
  };
  for (const ns of grid.namespaces) {
    if (opts.only && ns.name !== opts.only) continue;
    push({ type: 'band', ns: ns.name, offset, size: opts.band });
    if (opts.collapsed.has(ns.name)) push({ type: 'namespace', ns: ns.name, start: ns.start, end: ns.end, offset, size: opts.cell });
    else for (let i = ns.start; i < ns.end; i++) push({ type: 'workload', ns: ns.name, index: i, offset, size: opts.cell });
  }
  return { lines, cells, total: offset };
}

/** The index into `lines` of the line at `offset` (binary search; -1 outside). */
export function lineAt(axis: Axis, offset: number): number {
  let lo = 0;
  let hi = axis.lines.length - 1;
  if (offset < 0 || offset >= axis.total) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (axis.lines[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The range [start, end) of workload indexes a cell line stands for. */
export function span(l: AxisLine): [number, number] {
  if (l.type === 'workload') return [l.index, l.index + 1];
  if (l.type === 'namespace') return [l.start, l.end];
  return [0, 0];
}

export function lineName(grid: TrafficGrid, l: AxisLine): string {
  return l.type === 'workload' ? grid.workloads[l.index]! : l.ns;
}
