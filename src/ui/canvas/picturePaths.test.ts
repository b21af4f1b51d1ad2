import { describe, expect, it } from 'vitest';
import type { Edge, Node } from '@xyflow/react';
import { absoluteRects, picturePaths } from './picturePaths';

const nodes: Node[] = [
  { id: 'namespace:a', position: { x: 100, y: 50 }, data: {}, width: 500, height: 400 },
  { id: 'a/web', parentId: 'namespace:a', position: { x: 20, y: 40 }, data: {}, width: 200, height: 80 },
  { id: 'a/api', parentId: 'namespace:a', position: { x: 20, y: 200 }, data: {}, width: 200, height: 80, measured: { width: 210, height: 90 } },
  { id: 'ext', position: { x: -300, y: 0 }, data: {}, width: 150, height: 50 },
];

const edge = (source: string, target: string, handWritten: boolean): Edge => ({ id: `${source}>${target}`, source, target, data: { edge: { handWritten } } });

describe('the picture of the drawn edges', () => {
  it('places workloads inside their namespace, with measured sizes where React Flow has them', () => {
    const r = absoluteRects(nodes);
    expect(r.get('a/web')).toEqual({ x: 120, y: 90, width: 200, height: 80 });
    expect(r.get('a/api')).toEqual({ x: 120, y: 250, width: 210, height: 90 });
    expect(r.get('ext')).toEqual({ x: -300, y: 0, width: 150, height: 50 });
  });

  it('draws each edge from the source’s right side to the target’s left side, hand-written ones apart', () => {
    const p = picturePaths([edge('a/web', 'a/api', false), edge('ext', 'a/web', true), edge('ext', 'a/api', true)], absoluteRects(nodes));
    expect(p.drawn).toMatch(/^M\s*320,130 C.* 120,295$/);
    expect(p.hand.match(/M/g)).toHaveLength(2);
    expect(p.hand).toMatch(/^M\s*-150,25 C.* 120,130 M\s*-150,25 C.* 120,295$/);
  });

  it('leaves out edges whose nodes are not on the canvas', () => {
    expect(picturePaths([edge('gone', 'a/api', false)], absoluteRects(nodes))).toEqual({ drawn: '', hand: '' });
  });
});
