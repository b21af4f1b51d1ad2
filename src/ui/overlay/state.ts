// The latest analysis for the overlay (view state only: derived from the text by the worker, never saved).
import { create } from 'zustand';
import type { Matrix } from '../../engine/matrix';
import type { EngineClient } from '../../worker/contract';

export interface TrafficState {
  matrix?: Matrix;
  /** Increments each time a new analysis is applied (tests and the bench wait on it). */
  seq: number;
  busy: boolean;
  ms?: number;
  client?: EngineClient;
  set(p: Partial<TrafficState>): void;
}

export const useTraffic = create<TrafficState>((set) => ({ seq: 0, busy: false, set: (p) => set(p) }));
