// The TrafficGrid of the overlay's latest analysis, built once per analysis however many views read it.
import type { Matrix } from '../../engine/matrix';
import { useTraffic } from '../overlay/traffic-react';
import { gridFromMatrix, type TrafficGrid } from './grid';

const grids = new WeakMap<Matrix, TrafficGrid>();

export function gridOf(m: Matrix): TrafficGrid {
  let g = grids.get(m);
  if (!g) grids.set(m, (g = gridFromMatrix(m)));
  return g;
}

export function useTrafficGrid(): TrafficGrid | undefined {
  const matrix = useTraffic((s) => s.analysis?.matrix);
  return matrix ? gridOf(matrix) : undefined;
}
