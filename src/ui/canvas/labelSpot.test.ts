import { describe, expect, it } from 'vitest';
import { curveOf, labelBox, labelSpot } from './labelSpot';

const line = (t: number) => ({ x: 1000 * t, y: 0 });

describe('labelSpot: labels along the edge, off the cards', () => {
  it('keeps the middle when it is free', () => {
    expect(labelSpot(line, '8080/TCP', [])).toEqual({ x: 500, y: 0 });
  });
  it('slides along the edge past a card in the middle, and keeps its lane offset', () => {
    const card = { x: 400, y: -50, width: 200, height: 96 };
    const at = labelSpot(line, '✕ 8080/TCP', [card], 20);
    expect(at.y).toBe(20);
    const box = labelBox('✕ 8080/TCP', at);
    expect(box.x + box.width <= card.x || box.x >= card.x + card.width).toBe(true);
  });
  it('reads React Flow paths: cubic and quadratic', () => {
    expect(curveOf('M 0,0 C 10,0 20,10 30,10')!(1)).toEqual({ x: 30, y: 10 });
    expect(curveOf('M 0,0 Q 50,50 100,0')!(0.5)).toEqual({ x: 50, y: 25 });
  });
});
