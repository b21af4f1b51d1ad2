// A small stand-in for the designer store (src/store/contract.ts) for component tests of the extras UI:
// the text, positions and the actions the extras call, recording what happened.
import { createStore, type StoreApi } from 'zustand';
import type { DesignerStore } from '../../store/contract';

export function fakeDesignerStore(text = ''): StoreApi<DesignerStore> & { calls: string[] } {
  const calls: string[] = [];
  const noop = () => undefined;
  const store = createStore<DesignerStore>((set) => ({
    text,
    positions: {},
    sizes: {},
    extraExternals: [],
    design: { namespaces: [], workloads: [], externals: [], edges: [] },
    diagnostics: [],
    stale: false,
    selection: { nodes: [] },
    viewport: { x: 0, y: 0, zoom: 1 },
    showTraffic: false,
    setText: (t) => set({ text: t }),
    openDesign: async (t, o) => {
      calls.push('openDesign');
      set({ text: t, positions: o?.positions ?? {} });
    },
    newDesign: () => {
      calls.push('newDesign');
      set({ text: '', positions: {} });
    },
    autoLayout: async () => void calls.push('autoLayout'),
    setPositions: (positions) => set({ positions }),
    addNamespace: noop,
    addWorkload: noop,
    addExternal: noop,
    allowTraffic: noop,
    removeEdge: noop,
    removeNodes: noop,
    moveWorkload: noop,
    renameNode: noop,
    setLabels: noop,
    setPorts: noop,
    setServiceAccount: noop,
    setMesh: noop,
    setNamespaceSwitch: noop,
    undo: noop,
    redo: noop,
    setSelection: (selection) => set({ selection }),
    setViewport: (viewport) => set({ viewport }),
    setShowTraffic: (showTraffic) => set({ showTraffic }),
    revealInEditor: noop,
    requestFit: () => void calls.push('requestFit'),
    notify: (t, tone = 'info') => {
      calls.push(`notify:${tone}:${t}`);
      set({ notice: { text: t, tone, seq: Date.now() } });
    },
  }));
  return Object.assign(store, { calls });
}
