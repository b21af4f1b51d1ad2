// Where an edge's label goes: on the edge, as near its middle as possible, but never over a card or a namespace's
// title and badges (issue 10: "× 8080/TCP" sat on "auth-service"). Pure geometry, tested without a browser.
import type { XY } from '../../model';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Positions along the edge tried in turn: the middle, then towards the source, then towards the target. Always
 * the source side first, so a pair and its reverse, pushed off the same card, slide to opposite ends instead of
 * meeting (their curves come together near each end).
 */
const TRIES = [0.5, 0.42, 0.34, 0.26, 0.18, 0.58, 0.66, 0.74, 0.82];

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The approximate box of a label of `text` centred on a point (11 px monospace, padding, border). */
export function labelBox(text: string, at: XY): Rect {
  const width = text.length * 6.6 + 14;
  const height = 18;
  return { x: at.x - width / 2, y: at.y - height / 2, width, height };
}

/** The box around the points of a curve, sampled. */
export function curveBox(pointAt: (t: number) => XY): Rect {
  const ps = [0, 0.25, 0.5, 0.75, 1].map(pointAt);
  const xs = ps.map((p) => p.x);
  const ys = ps.map((p) => p.y);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

/** The first spot along `pointAt` (t in 0..1, shifted by `dy`) whose label box touches no obstacle; else the middle. */
export function labelSpot(pointAt: (t: number) => XY, text: string, obstacles: readonly Rect[], dy = 0): XY {
  for (const t of TRIES) {
    const p = pointAt(t);
    const at = { x: p.x, y: p.y + dy };
    const box = labelBox(text, at);
    if (!obstacles.some((o) => overlaps(box, o))) return at;
  }
  const p = pointAt(0.5);
  return { x: p.x, y: p.y + dy };
}

/** Points of an SVG path made of one `M` and one `C` (cubic) or `Q` (quadratic) segment, as React Flow draws them. */
export function curveOf(path: string): ((t: number) => XY) | undefined {
  const n = path.match(/-?\d+(\.\d+)?(e-?\d+)?/g)?.map(Number);
  if (!n) return undefined;
  if (/C/.test(path) && n.length >= 8) {
    const [x0, y0, x1, y1, x2, y2, x3, y3] = n as [number, number, number, number, number, number, number, number];
    return (t) => {
      const u = 1 - t;
      return { x: u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3, y: u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3 };
    };
  }
  if (/Q/.test(path) && n.length >= 6) {
    const [x0, y0, x1, y1, x2, y2] = n as [number, number, number, number, number, number];
    return (t) => {
      const u = 1 - t;
      return { x: u * u * x0 + 2 * u * t * x1 + t * t * x2, y: u * u * y0 + 2 * u * t * y1 + t * t * y2 };
    };
  }
  return undefined;
}
