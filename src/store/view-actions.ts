// View state: selection, viewport, the traffic toggle, editor reveal requests and notices. Never in the undo
// history (history.ts compares the document only); the viewport is autosaved.
import type { DesignerStore, ViewState } from './contract';

type ViewPart = Pick<
  ViewState,
  'selection' | 'viewport' | 'showTraffic' | 'setSelection' | 'setViewport' | 'setShowTraffic' | 'revealInEditor' | 'notify' | 'requestFit' | 'openDialog'
>;

export function viewActions(set: (patch: Partial<DesignerStore>) => void, viewport?: ViewState['viewport']): ViewPart {
  // One counter for both: a repeated request (same line, same notice text) must still be seen as new.
  let seq = 0;
  return {
    selection: { nodes: [] },
    viewport: viewport ?? { x: 0, y: 0, zoom: 1 },
    showTraffic: false,
    setSelection: (selection) => set({ selection }),
    setViewport: (v) => set({ viewport: { x: v.x, y: v.y, zoom: v.zoom } }),
    setShowTraffic: (showTraffic) => set({ showTraffic }),
    revealInEditor: (line, col) => set({ reveal: { line, col, seq: ++seq } }),
    notify: (text, tone = 'info', message) => set({ notice: { text, tone, seq: ++seq, ...(message ? { message } : {}) } }),
    requestFit: () => set({ fit: ++seq }),
    openDialog: (dialog) => set({ dialog }),
  };
}
