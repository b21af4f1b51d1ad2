// The designer store: a zustand store built by a factory (no module singleton), an undo history of the document
// (YAML text + layout) only, the design derived from the text, autosave to localStorage. Every document change
// goes through one commit (commit.ts) with its capture mode (capture.ts).
import { createStore, type StoreApi } from 'zustand';
import { browserStorage, installAutosave, loadSaved, type Storage } from './autosave';
import { Capture } from './capture';
import { createCommit } from './commit';
import type { DesignerStore, HistoryState } from './contract';
import { createAnalyser, deriveState, EMPTY_DESIGN } from './derive';
import { canvasActions } from './document-actions';
import { createHistory, documentOf, mergePositions } from './history';
import { layoutDesign, placeUnplaced, type Layout } from './layout';
import { viewActions } from './view-actions';
import { installFindings } from './findings';
import { createReadAhead } from './read-ahead';
import type { EngineClient } from '../worker/contract';

export interface DesignerStoreOptions {
  /** Where autosave reads and writes (default: the browser's localStorage). */
  storage?: Storage;
  /** false: neither restore nor save (tests, embedded views). Default true. */
  autosave?: boolean;
  /** Text to start with when nothing is saved. */
  initialText?: string;
  /** Autosave debounce in ms (tests use a short one). */
  autosaveDelay?: number;
  /** The shape (width / height) of the view a layout should fill; the page passes the canvas's (layout.ts). */
  viewAspect?: () => number | undefined;
  /**
   * Reads big texts and lints every text off the page (the page passes an engine worker, src/worker): without
   * it (tests, pages without workers) all of it happens here.
   */
  offPage?: Pick<EngineClient, 'derive' | 'lint'>;
  /** Texts of at least this many characters are read off the page (default OFF_PAGE_CHARS). */
  offPageChars?: number;
}

/**
 * About 130 workloads of a cluster export: below it the page reads a text in well under 100 ms, so the design
 * follows the text in the same commit; above it the page would stall for a noticeable moment.
 */
export const OFF_PAGE_CHARS = 150_000;

export type DesignerStoreApi = StoreApi<DesignerStore> & {
  /** Past and future documents (Undo/Redo enabled); changed only by the store's own commits. */
  history: StoreApi<HistoryState>;
  /**
   * Hear each text the document commits (actions, typing, undo, redo), just before the design is derived from
   * it (subscribers hear it after), and each big text read ahead (store/read-ahead.ts), which will probably be
   * committed. Returns the unsubscribe.
   */
  onTextCommit(listener: (text: string) => void): () => void;
  /** Resolves once no layout is being computed (an opened design or Auto layout has been committed). */
  whenIdle(): Promise<void>;
};

const NO_LAYOUT: Layout = { positions: {}, sizes: {} };

export function createDesignerStore(opts: DesignerStoreOptions = {}): DesignerStoreApi {
  const storage = opts.autosave === false ? undefined : (opts.storage ?? browserStorage());
  const saved = loadSaved(storage);
  const analyser = createAnalyser();
  const history = createHistory();
  const startText = saved?.text ?? opts.initialText ?? '';
  const startExtra = saved?.extraExternals ?? [];
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
  // Opening designs may overlap (a second example clicked while the first is laid out): the last one wins.
  let opening = 0;
  const layouts = new Set<Promise<unknown>>();
  const laidOut = <T>(p: Promise<T>): Promise<T> => {
    layouts.add(p);
    return p.finally(() => layouts.delete(p));
  };

  const store = createStore<DesignerStore>()((set, get) => {
    const min = opts.offPageChars ?? OFF_PAGE_CHARS;
    const wants = (text: string) => text.length >= min;
    const ahead = opts.offPage && createReadAhead({ wants, derive: opts.offPage.derive.bind(opts.offPage) }, announce);
    const reader = ahead && { wants, derive: ahead.derive };
    const commit = createCommit(get, set, analyser, history, announce, reader, (design, positions, sizes) => placeUnplaced(design, positions, sizes, opts.viewAspect?.()));
    return {
      text: startText,
      positions: saved?.positions ?? {},
      sizes: saved?.sizes ?? {},
      extraExternals: startExtra,
      ...deriveState(analyser(startText, startExtra), EMPTY_DESIGN),
      ...viewActions(set, saved?.viewport),
      ...canvasActions(get, commit, analyser),

      setText(text) {
        if (text !== get().text) commit({ text }, Capture.IMMEDIATELY);
      },
      anticipate(text) {
        if (text !== get().text) ahead?.anticipate(text, get().extraExternals);
      },
      setPositions(positions) {
        const next = mergePositions(get().positions, positions);
        if (next !== get().positions) commit({ positions: next }, Capture.IMMEDIATELY);
      },
      async autoLayout(aspect) {
        const { positions, sizes } = await laidOut(layoutDesign(get().design, aspect ?? opts.viewAspect?.()));
        const s = get();
        commit({ positions: { ...s.positions, ...positions }, sizes: { ...s.sizes, ...sizes } }, Capture.IMMEDIATELY);
      },
      newDesign() {
        opening++;
        commit({ text: '', positions: {}, sizes: {}, extraExternals: [] }, Capture.IMMEDIATELY, { selection: { nodes: [] } });
      },
      async openDesign(text, { positions } = {}) {
        const mine = ++opening;
        let layout: Layout = positions && Object.keys(positions).length > 0 ? { positions: { ...positions }, sizes: {} } : NO_LAYOUT;
        if (layout === NO_LAYOUT) {
          // A layout failure leaves the default placement: the design itself still opens.
          layout = await laidOut(layoutDesign(analyser(text, []).design, opts.viewAspect?.()).catch(() => NO_LAYOUT));
        }
        if (mine !== opening) return;
        commit({ text, ...layout, extraExternals: [] }, Capture.IMMEDIATELY, { selection: { nodes: [] } });
        // The view was made for the design before: show the whole new one.
        get().requestFit();
      },
      undo() {
        const to = history.undo(documentOf(get()));
        if (to) commit(to, Capture.NEVER);
      },
      redo() {
        const to = history.redo(documentOf(get()));
        if (to) commit(to, Capture.NEVER);
      },
    };
  }) as DesignerStoreApi;

  store.history = history.state;
  store.onTextCommit = (listener) => {
    textListeners.add(listener);
    return () => void textListeners.delete(listener);
  };
  store.whenIdle = async () => {
    while (layouts.size > 0) await Promise.allSettled([...layouts]);
  };
  if (storage) installAutosave(store, storage, opts.autosaveDelay);
  installFindings(store, analyser, opts.offPage && ((text) => opts.offPage!.lint(text)));
  return store;
}
