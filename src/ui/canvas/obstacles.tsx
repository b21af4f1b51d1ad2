// The rectangles edge labels must keep off (cards, and each namespace's title and badges), computed once per
// change of the nodes and handed to every edge through a context (a store selector per edge would run thousands
// of times per change on a big design).
import { createContext, useContext } from 'react';
import type { Node } from '@xyflow/react';
import type { XY } from '../../model';
import { curveBox, labelBox, labelSpot, type Rect } from './labelSpot';

/** A namespace's header: its name, badges and label chips (see nodes.tsx). */
const NS_HEAD = 44;

export function obstaclesOf(nodes: readonly Node[]): Rect[] {
  const at = new Map(nodes.map((n) => [n.id, n.position]));
  const out: Rect[] = [];
  for (const n of nodes) {
    const parent = n.parentId ? at.get(n.parentId) : undefined;
    const x = n.position.x + (parent?.x ?? 0);
    const y = n.position.y + (parent?.y ?? 0);
    const width = n.width ?? 0;
    const height = n.height ?? 0;
    out.push(n.type === 'namespace' ? { x, y, width, height: NS_HEAD } : { x, y, width, height });
  }
  return out;
}

/**
 * A holder that keeps its identity while its rectangles change: an edge places its label again when its own path
 * changes, not every time any node of the design does (a new context value would re-render every edge, thousands
 * on a big design, on each edit).
 */
export interface ObstacleHolder {
  current: readonly Rect[];
  /** Where each edge's label went, so a later label keeps off it too (two crossing edges share a middle). */
  labels?: Map<string, Rect>;
}

export const Obstacles = createContext<ObstacleHolder>({ current: [] });

/**
 * Places edge `id`'s label of `text` along `curve`: off the cards near the curve and off the labels already placed
 * near it; remembers where it went.
 */
export function placeLabel(holder: ObstacleHolder, id: string, curve: (t: number) => XY, text: string, dy = 0): XY {
  const box = curveBox(curve);
  const labels = (holder.labels ??= new Map());
  const around = near(holder.current, box);
  const m = 60;
  for (const [k, o] of labels)
    if (k !== id && o.x < box.x + box.width + m && box.x - m < o.x + o.width && o.y < box.y + box.height + m && box.y - m < o.y + o.height) around.push(o);
  const at = labelSpot(curve, text, around, dy);
  labels.set(id, labelBox(text, at));
  return at;
}

export function forgetLabel(holder: ObstacleHolder, id: string): void {
  holder.labels?.delete(id);
}
export const useObstacles = () => useContext(Obstacles);

/** The obstacles near a curve's bounding box (so each label looks at a handful of cards, not all of them). */
export function near(all: readonly Rect[], box: Rect, margin = 60): Rect[] {
  return all.filter((o) => o.x < box.x + box.width + margin && box.x - margin < o.x + o.width && o.y < box.y + box.height + margin && box.y - margin < o.y + o.height);
}
