// Geometry of the mini map: the flow's nodes and the visible viewport, fitted into a small box. Pure, so the
// mapping both ways (drawing, and a click on the map back to a flow position) is tested without a canvas.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** map = flow × scale + (dx, dy). */
export interface MapFrame {
  scale: number;
  dx: number;
  dy: number;
}

export function union(rects: Iterable<Rect>): Rect | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return x0 === Infinity ? undefined : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The viewport in flow coordinates, from React Flow's transform [x, y, zoom] and the pane size. */
export function viewRect(transform: readonly [number, number, number], width: number, height: number): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/**
 * Fit `content` and the viewport (always shown, so the user sees where they are) into a box of `size`, centred,
 * with `pad` pixels to spare on every side.
 */
export function frameFor(content: Rect | undefined, view: Rect, size: { width: number; height: number }, pad = 6): MapFrame {
  const b = union(content ? [content, view] : [view])!;
  const w = Math.max(1, size.width - 2 * pad);
  const h = Math.max(1, size.height - 2 * pad);
  const scale = Math.min(w / Math.max(b.width, 1), h / Math.max(b.height, 1));
  return { scale, dx: pad + (w - b.width * scale) / 2 - b.x * scale, dy: pad + (h - b.height * scale) / 2 - b.y * scale };
}

/** A node's size: React Flow's measurement where it has one, else the size we gave it. */
export const nodeSize = (n: { measured?: { width?: number; height?: number }; width?: number; height?: number }) => ({
  width: n.measured?.width ?? n.width ?? 0,
  height: n.measured?.height ?? n.height ?? 0,
});

export const toMap = (f: MapFrame, r: Rect): Rect => ({ x: r.x * f.scale + f.dx, y: r.y * f.scale + f.dy, width: r.width * f.scale, height: r.height * f.scale });

export const toFlow = (f: MapFrame, p: { x: number; y: number }) => ({ x: (p.x - f.dx) / f.scale, y: (p.y - f.dy) / f.scale });
