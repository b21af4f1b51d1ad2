// The designer store: a zustand store built by a factory (no module singleton), zundo history of the document
// (YAML text + layout) only, the design derived from the text, autosave to localStorage.
import { createStore, type StoreApi } from 'zustand';
import { temporal, type TemporalState } from 'zundo';
import type { NodeId } from '../model';
import { browserStorage, installAutosave, loadSaved, type Storage } from './autosave';
import type { DesignerStore, DocumentState } from './contract';
import { createAnalyser, deriveState, EMPTY_DESIGN, textCommitter } from './derive';
import { canvasActions } from './document-actions';
import { documentOf, HISTORY_LIMIT, mergePositions, sameDocument } from './history';
import { layoutDesign } from './layout';
import { viewActions } from './view-actions';

export interface DesignerStoreOptions {
  /** Where autosave reads and writes (default: the browser's localStorage). */
  storage?: Storage;
  /** false: neither restore nor save (tests, embedded views). Default true. */
  autosave?: boolean;
  /** Text to start with when nothing is saved. */
  initialText?: string;
  /** Autosave debounce in ms (tests use a short one). */
  autosaveDelay?: number;
}

type Temporal = { temporal: StoreApi<TemporalState<DocumentState>> };
export type DesignerStoreApi = StoreApi<DesignerStore> &
  Temporal & {
    /**
     * Hear each text the document commits, just before the design is derived from it (subscribers hear it
     * after). Returns the unsubscribe. Undo/redo restore a text without a commit: subscribe for those.
     */
    onTextCommit(listener: (text: string) => void): () => void;
  };

export function createDesignerStore(opts: DesignerStoreOptions = {}): DesignerStoreApi {
  const storage = opts.autosave === false ? undefined : (opts.storage ?? browserStorage());
  const saved = loadSaved(storage);
  const analyser = createAnalyser();
  const startText = saved?.text ?? opts.initialText ?? '';
  const startExtra = saved?.extraExternals ?? [];
  let dragStart: DocumentState | undefined;
  const textListeners = new Set<(text: string) => void>();
  const announce = (text: string) => {
    for (const listener of textListeners) {
      try {
        listener(text);
      } catch (e) {
        // A listener's failure must not cost the user the edit being committed.
        console.error(e);
      }
    }
  };

  const store = createStore<DesignerStore>()(
    temporal<DesignerStore, [], [], DocumentState>(
      (set, get) => {
        const commitText = textCommitter(get, set, analyser, announce);
        return {
          text: startText,
          positions: saved?.positions ?? {},
          sizes: saved?.sizes ?? {},
          extraExternals: startExtra,
          ...deriveState(analyser(startText, startExtra), EMPTY_DESIGN),
          ...viewActions(set, saved?.viewport),
          ...canvasActions(get, set, analyser, announce),

          setText(text) {
            if (text !== get().text) commitText(text);
          },
          setPositions(positions) {
            const next = mergePositions(get().positions, positions);
            if (next !== get().positions) set({ positions: next });
          },
          setSizes(sizes) {
            const next = mergePositions(get().sizes, sizes);
            if (next !== get().sizes) set({ sizes: next });
          },
          beginDrag() {
            if (dragStart) return;
            dragStart = documentOf(get());
            store.temporal.getState().pause();
          },
          endDrag() {
            if (!dragStart) return;
            const before = dragStart;
            dragStart = undefined;
            const t = store.temporal.getState();
            t.resume();
            // The whole drag is one step: the state before it goes into the past by hand.
            if (!sameDocument(before, documentOf(get()))) store.temporal.setState({ pastStates: [...t.pastStates, before].slice(-HISTORY_LIMIT), futureStates: [] });
          },
          async autoLayout(aspect?: number) {
            const { positions, sizes } = await layoutDesign(get().design, aspect);
            const s = get();
            set({ positions: { ...s.positions, ...positions }, sizes: { ...s.sizes, ...sizes } });
          },
          newDesign() {
            commitText('', { positions: {}, sizes: {}, extraExternals: [] });
            set({ selection: { nodes: [] } });
          },
          loadText(text) {
            commitText(text, { positions: {}, sizes: {}, extraExternals: [] });
            set({ selection: { nodes: [] } });
          },
          undo() {
            store.temporal.getState().undo();
            rederive();
          },
          redo() {
            store.temporal.getState().redo();
            rederive();
          },
        };
      },
      { partialize: documentOf, equality: sameDocument, limit: HISTORY_LIMIT },
    ),
  ) as DesignerStoreApi;

  // Undo restores the document; what is derived from it follows (not a history step: the document is unchanged).
  const rederive = () => {
    const before = store.getState();
    store.setState(deriveState(analyser(before.text, before.extraExternals), before.design, before.diagnostics));
    const s = store.getState();
    const known = new Set<NodeId>([...s.design.namespaces.map((n) => n.id), ...s.design.workloads.map((w) => w.id), ...s.design.externals.map((e) => e.id)]);
    const sel = store.getState().selection;
    if (sel.nodes.some((id) => !known.has(id))) store.setState({ selection: { nodes: sel.nodes.filter((id) => known.has(id)) } });
  };

  store.onTextCommit = (listener) => {
    textListeners.add(listener);
    return () => void textListeners.delete(listener);
  };
  if (storage) installAutosave(store, storage, opts.autosaveDelay);
  return store;
}
