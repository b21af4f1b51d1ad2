import { describe, expect, it } from 'vitest';
import { frameFor, toFlow, toMap, union, viewRect } from './mapGeometry';

const BOX = { width: 160, height: 110 };

describe('mini map geometry', () => {
  it('reads the viewport out of React Flow’s transform', () => {
    expect(viewRect([-200, -100, 0.5], 800, 600)).toEqual({ x: 400, y: 200, width: 1600, height: 1200 });
  });

  it('fits the nodes and the viewport inside the box, centred, keeping the padding', () => {
    const content = { x: 0, y: 0, width: 3000, height: 1000 };
    const view = { x: 500, y: 200, width: 800, height: 600 };
    const f = frameFor(content, view, BOX);
    const all = toMap(f, union([content, view])!);
    expect(all.x).toBeCloseTo(6);
    expect(all.x + all.width).toBeCloseTo(154);
    // Wider than tall: the height is centred.
    expect(all.y).toBeGreaterThan(6);
    expect(all.y + all.height / 2).toBeCloseTo(55);
  });

  it('always shows the viewport, even far away from every node', () => {
    const content = { x: 0, y: 0, width: 100, height: 100 };
    const view = { x: 5000, y: 5000, width: 800, height: 600 };
    const v = toMap(frameFor(content, view, BOX), view);
    expect(v.x).toBeGreaterThanOrEqual(6 - 1e-9);
    expect(v.x + v.width).toBeLessThanOrEqual(154 + 1e-9);
    expect(v.y + v.height).toBeLessThanOrEqual(104 + 1e-9);
  });

  it('maps a click on the map back to the flow position drawn there', () => {
    const f = frameFor({ x: -300, y: 40, width: 2000, height: 900 }, { x: 0, y: 0, width: 1000, height: 700 }, BOX);
    const p = { x: 731, y: 412 };
    const m = toMap(f, { ...p, width: 0, height: 0 });
    const back = toFlow(f, m);
    expect(back.x).toBeCloseTo(p.x);
    expect(back.y).toBeCloseTo(p.y);
  });

  it('copes with nothing drawn yet and a zero-sized pane', () => {
    expect(union([])).toBeUndefined();
    const f = frameFor(undefined, { x: 0, y: 0, width: 0, height: 0 }, BOX);
    expect(Number.isFinite(f.scale) && Number.isFinite(f.dx) && Number.isFinite(f.dy)).toBe(true);
  });
});
