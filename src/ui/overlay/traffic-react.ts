// The React skin of the traffic store: a provider (like the designer's) and hooks.
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EngineClient } from '../../worker/contract';
import type { TrafficState, TrafficStoreApi } from './traffic';

const Ctx = createContext<TrafficStoreApi | null>(null);

/** Provides the traffic store (whoever made it keeps it on the designer's text: followDesigner). */
export function TrafficProvider({ store, children }: { store: TrafficStoreApi; children: ReactNode }) {
  return createElement(Ctx.Provider, { value: store }, children);
}

export function useTrafficApi(): TrafficStoreApi {
  const s = useContext(Ctx);
  if (!s) throw new Error('useTrafficApi needs a <TrafficProvider>');
  return s;
}

export function useTraffic<T>(selector: (s: TrafficState) => T): T {
  return useStore(useTrafficApi(), selector);
}

/** The engine, for questions of one's own (they never disturb the overlay's analysis). */
export function useEngine(): EngineClient {
  return useTrafficApi().client;
}
