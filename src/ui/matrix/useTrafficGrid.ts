// The TrafficGrid of the overlay's latest analysis, built once per analysis however many views read it.
import type { Connectivity } from '../../engine/connectivity/connectivity';
import { useTraffic } from '../overlay/traffic-react';
import { gridFromConnectivity, type TrafficGrid } from './grid';

const grids = new WeakMap<Connectivity, TrafficGrid>();

export function gridOf(c: Connectivity): TrafficGrid {
  let g = grids.get(c);
  if (!g) grids.set(c, (g = gridFromConnectivity(c)));
  return g;
}

export function useTrafficGrid(): TrafficGrid | undefined {
  const connectivity = useTraffic((s) => s.analysis?.connectivity);
  return connectivity ? gridOf(connectivity) : undefined;
}
