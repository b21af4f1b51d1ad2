// Paints the visible window of the matrix on a <canvas>: only the lines in view are touched, so a 2,000 × 2,000
// matrix costs what the screen shows (a few thousand rectangles), not four million cells.
import type { VerdictKind } from '../../model';
import { lineAt, span, type Axis } from './axis';
import type { countKinds, TrafficGrid } from './grid';

export const KIND_COLOUR: Record<VerdictKind, string> = { allowed: '#1a8f4c', unisolated: '#d98a00', 'http-only': '#7a4bd1', denied: '#d12f2f' };

export interface Frame {
  grid: TrafficGrid;
  rows: Axis;
  cols: Axis;
  /** Header sizes: row labels on the left, column labels on top. */
  left: number;
  top: number;
  scrollLeft: number;
  scrollTop: number;
  width: number;
  height: number;
  shown(k: VerdictKind): boolean;
  /** Aggregates cached by the caller (they do not change while scrolling). */
  aggregate(r: number, c: number): ReturnType<typeof countKinds>;
  active?: { r: number; c: number };
  theme: { ink: string; muted: string; band: string; line: string; empty: string; bg: string };
}

/** The range of line indexes [first, last] visible between `from` and `from + size` on an axis. */
export function visibleLines(axis: Axis, from: number, size: number): [number, number] {
  if (axis.lines.length === 0) return [0, -1];
  const first = Math.max(0, lineAt(axis, Math.max(0, from)));
  let last = lineAt(axis, Math.min(axis.total - 1, from + size));
  if (last < 0) last = axis.lines.length - 1;
  return [first, last];
}

export function drawMatrix(ctx: CanvasRenderingContext2D, f: Frame): void {
  const { grid, rows, cols, left, top, scrollLeft, scrollTop, width, height, theme } = f;
  ctx.fillStyle = theme.bg;
  ctx.fillRect(0, 0, width, height);
  const [r0, r1] = visibleLines(rows, scrollTop, height - top);
  const [c0, c1] = visibleLines(cols, scrollLeft, width - left);
  const x = (off: number) => left + off - scrollLeft;
  const y = (off: number) => top + off - scrollTop;

  // Cells.
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, width - left, height - top);
  ctx.clip();
  for (let ri = r0; ri <= r1; ri++) {
    const r = rows.lines[ri]!;
    if (r.type === 'band') {
      ctx.fillStyle = theme.band;
      ctx.fillRect(left, y(r.offset), width - left, r.size);
      continue;
    }
    for (let ci = c0; ci <= c1; ci++) {
      const c = cols.lines[ci]!;
      if (c.type === 'band') continue;
      const cx = x(c.offset);
      const cy = y(r.offset);
      const inset = c.size >= 12 ? 1 : 0.5;
      if (r.type === 'workload' && c.type === 'workload') {
        const k = grid.kind(r.index, c.index);
        ctx.fillStyle = k && f.shown(k) ? KIND_COLOUR[k] : theme.empty;
        ctx.fillRect(cx + inset, cy + inset, c.size - 2 * inset, r.size - 2 * inset);
      } else {
        drawAggregate(ctx, f, ri, ci, cx + inset, cy + inset, c.size - 2 * inset, r.size - 2 * inset);
      }
    }
  }
  if (f.active) {
    const r = rows.lines[f.active.r];
    const c = cols.lines[f.active.c];
    if (r && c) {
      ctx.strokeStyle = theme.ink;
      ctx.lineWidth = 2;
      ctx.strokeRect(x(c.offset) + 1, y(r.offset) + 1, c.size - 2, r.size - 2);
    }
  }
  ctx.restore();

  // Row labels (left) and column labels (top), over a plain background.
  ctx.fillStyle = theme.bg;
  ctx.fillRect(0, 0, left, height);
  ctx.fillRect(0, 0, width, top);
  ctx.strokeStyle = theme.line;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(left - 0.5, 0);
  ctx.lineTo(left - 0.5, height);
  ctx.moveTo(0, top - 0.5);
  ctx.lineTo(width, top - 0.5);
  ctx.stroke();
  const font = Math.min(12, Math.max(8, Math.floor(rows.lines.find((l) => l.type !== 'band')?.size ?? 12) - 2));
  ctx.textBaseline = 'middle';
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, top, left, height - top);
  ctx.clip();
  for (let ri = r0; ri <= r1; ri++) {
    const r = rows.lines[ri]!;
    if (r.type === 'band') continue; // the band's name is its HTML button
    if (r.size < 8) continue;
    ctx.font = `${r.type === 'namespace' ? 'italic ' : ''}${font}px system-ui, sans-serif`;
    ctx.fillStyle = theme.ink;
    const text = r.type === 'workload' ? grid.workloads[r.index]!.slice(r.ns.length + 1) : `${r.ns} (${span(r)[1] - span(r)[0]})`;
    ctx.fillText(text, 20, y(r.offset) + r.size / 2, left - 26);
  }
  ctx.restore();
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, 0, width - left, top);
  ctx.clip();
  for (let ci = c0; ci <= c1; ci++) {
    const c = cols.lines[ci]!;
    if (c.type === 'band') {
      // The namespace's name over its columns.
      let end = ci + 1;
      while (end < cols.lines.length && cols.lines[end]!.type !== 'band') end++;
      const last = cols.lines[end - 1]!;
      const w = last.offset + last.size - c.offset;
      ctx.fillStyle = theme.band;
      ctx.fillRect(x(c.offset), 0, w, 18);
      ctx.fillStyle = theme.ink;
      ctx.font = `600 11px system-ui, sans-serif`;
      ctx.fillText(c.ns, Math.max(x(c.offset), left) + 4, 9, Math.max(20, w - 8));
      continue;
    }
    if (c.size < 8) continue;
    ctx.save();
    ctx.translate(x(c.offset) + c.size / 2, top - 4);
    ctx.rotate(-Math.PI / 2);
    ctx.font = `${c.type === 'namespace' ? 'italic ' : ''}${font}px system-ui, sans-serif`;
    ctx.fillStyle = theme.ink;
    const text = c.type === 'workload' ? grid.workloads[c.index]!.slice(c.ns.length + 1) : `${c.ns} (${span(c)[1] - span(c)[0]})`;
    ctx.fillText(text, 0, 0, top - 28);
    ctx.restore();
  }
  ctx.restore();
}

/** A collapsed namespace's cell: a bar per kind, as long as its share of the pairs (counts in the cell's name). */
function drawAggregate(ctx: CanvasRenderingContext2D, f: Frame, ri: number, ci: number, x: number, y: number, w: number, h: number) {
  const n = f.aggregate(ri, ci);
  const kinds = (['allowed', 'unisolated', 'http-only', 'denied'] as const).filter((k) => f.shown(k) && n[k] > 0);
  const total = kinds.reduce((a, k) => a + n[k], 0);
  ctx.fillStyle = f.theme.empty;
  ctx.fillRect(x, y, w, h);
  if (total === 0) return;
  let at = x;
  for (const k of kinds) {
    const part = (w * n[k]) / total;
    ctx.fillStyle = KIND_COLOUR[k];
    ctx.fillRect(at, y, part, h);
    at += part;
  }
  if (w >= 40 && h >= 14) {
    ctx.fillStyle = '#fff';
    ctx.font = '600 10px system-ui, sans-serif';
    ctx.fillText(String(total), x + 3, y + h / 2, w - 6);
  }
}
