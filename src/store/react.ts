// The React skin of the store: a context provider and hooks (the store itself knows nothing of React).
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DesignerStore } from './contract';
import type { DesignerStoreApi } from './create';

const Ctx = createContext<DesignerStoreApi | null>(null);

export function DesignerProvider({ store, children }: { store: DesignerStoreApi; children: ReactNode }) {
  return createElement(Ctx.Provider, { value: store }, children);
}

export function useDesignerApi(): DesignerStoreApi {
  const s = useContext(Ctx);
  if (!s) throw new Error('useDesignerApi needs a <DesignerProvider>');
  return s;
}

export function useDesigner<T>(selector: (s: DesignerStore) => T): T {
  return useStore(useDesignerApi(), selector);
}

export function useCanUndo(): boolean {
  return useStore(useDesignerApi().history, (h) => h.past.length > 0);
}

export function useCanRedo(): boolean {
  return useStore(useDesignerApi().history, (h) => h.future.length > 0);
}
