// Overlay edges float between node borders (not fixed handles), so a pair and its reverse stay readable side by
// side instead of crossing both nodes.
import type { InternalNode } from '@xyflow/react';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const box = (n: InternalNode): Box => ({
  x: n.internals.positionAbsolute.x,
  y: n.internals.positionAbsolute.y,
  w: n.measured.width ?? n.width ?? 0,
  h: n.measured.height ?? n.height ?? 0,
});

/** Where the line from the box centre towards `to` leaves the box. */
function border(b: Box, to: { x: number; y: number }): { x: number; y: number } {
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2;
  const dx = to.x - cx;
  const dy = to.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const sx = dx === 0 ? Infinity : b.w / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : b.h / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: cx + dx * s, y: cy + dy * s };
}

/**
 * A quadratic curve between two nodes, bent sideways by `bend` pixels (opposite pairs bend opposite ways). `bend`
 * may depend on the unit normal the curve bends along (a label as wide as the bend is long needs more room when
 * the pair and its reverse sit side by side than when they sit one above the other).
 */
export function floatingPath(
  source: InternalNode,
  target: InternalNode,
  bend: number | ((normal: { x: number; y: number }) => number),
): { path: string; labelX: number; labelY: number } {
  const a = box(source);
  const b = box(target);
  const ca = { x: a.x + a.w / 2, y: a.y + a.h / 2 };
  const cb = { x: b.x + b.w / 2, y: b.y + b.h / 2 };
  const p = border(a, cb);
  const q = border(b, ca);
  const mx = (p.x + q.x) / 2;
  const my = (p.y + q.y) / 2;
  const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  const nx = -(q.y - p.y) / len;
  const ny = (q.x - p.x) / len;
  const by = typeof bend === 'number' ? bend : bend({ x: nx, y: ny });
  const c = { x: mx + nx * by, y: my + ny * by };
  return { path: `M ${p.x},${p.y} Q ${c.x},${c.y} ${q.x},${q.y}`, labelX: (p.x + 2 * c.x + q.x) / 4, labelY: (p.y + 2 * c.y + q.y) / 4 };
}
