// Zoomed far out on a large design, the drawn edges become one picture: two SVG paths (drawn, hand-written)
// instead of thousands of React Flow edges, each with its own store selectors and DOM. At that zoom an edge is
// a hairline nobody can pick or read; zooming back in brings the real edges (and their labels) back.
import { getBezierPath, Position, type Edge, type Node } from '@xyflow/react';
import type { AllowEdgeData } from './model';
import { nodeSize, type Rect } from './mapGeometry';

/** Below LABEL_MIN_ZOOM (labelLayer.tsx), designs with more drawn edges than this are drawn as a picture. */
export const PICTURE_MIN_EDGES = 300;

/** Absolute rectangles of the canvas nodes (workloads are positioned inside their namespace). */
export function absoluteRects(nodes: readonly Node[]): Map<string, Rect> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rects = new Map<string, Rect>();
  const absolute = (n: Node): { x: number; y: number } => {
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    if (!parent) return n.position;
    const p = absolute(parent);
    return { x: p.x + n.position.x, y: p.y + n.position.y };
  };
  for (const n of nodes) {
    const { x, y } = absolute(n);
    rects.set(n.id, { x, y, ...nodeSize(n) });
  }
  return rects;
}

/** One path per kind: each edge a bezier from its source's right handle to its target's left one, as drawn. */
export function picturePaths(edges: readonly Edge[], rects: ReadonlyMap<string, Rect>): { drawn: string; hand: string } {
  const drawn: string[] = [];
  const hand: string[] = [];
  for (const e of edges) {
    const s = rects.get(e.source);
    const t = rects.get(e.target);
    if (!s || !t) continue;
    const [path] = getBezierPath({
      sourceX: s.x + s.width,
      sourceY: s.y + s.height / 2,
      sourcePosition: Position.Right,
      targetX: t.x,
      targetY: t.y + t.height / 2,
      targetPosition: Position.Left,
    });
    ((e.data as AllowEdgeData | undefined)?.edge.handWritten ? hand : drawn).push(path);
  }
  return { drawn: drawn.join(' '), hand: hand.join(' ') };
}
