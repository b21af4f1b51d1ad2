// The designer store: a zustand store built by a factory (no module singleton), zundo history of the document
// (YAML text + layout) only, the design derived from the text, autosave to localStorage.
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { temporal, type TemporalState } from 'zundo';
import type { Design, NodeId, XY } from '../model';
import * as act from '../sync/actions';
import { regenerate } from '../sync/regenerate';
import { externalId } from '../sync/ids';
import { AUTOSAVE_KEY, loadSaved, save, type Storage } from './autosave';
import type { DesignerStore, DocumentState } from './contract';
import { analyse, derive, EMPTY_DESIGN, hasErrors } from './derive';
import { layoutDesign } from './layout';
import { externalSpot, namespaceSpot, workloadSpot } from './placement';

export type { DesignerStore } from './contract';
export { AUTOSAVE_KEY };

export interface DesignerStoreOptions {
  storage?: Storage;
  autosave?: boolean;
  /** Text to start with when nothing is saved. */
  initialText?: string;
}

type Temporal = { temporal: StoreApi<TemporalState<DocumentState>> };
export type DesignerStoreApi = StoreApi<DesignerStore> & Temporal;

export const HISTORY_LIMIT = 200;

const documentOf = (s: DocumentState): DocumentState => ({ text: s.text, positions: s.positions, sizes: s.sizes, extraExternals: s.extraExternals });
const sameDocument = (a: DocumentState, b: DocumentState) => a.text === b.text && a.positions === b.positions && a.sizes === b.sizes && a.extraExternals === b.extraExternals;

/** After an action, derive again and let the managed policies follow (e.g. mesh membership changed by a switch). */
function converge(text: string, extraExternals: string[]): string {
  const a = analyse(text, extraExternals);
  if (hasErrors(a.parse.diagnostics)) return text;
  return regenerate(text, a.design);
}

export function createDesignerStore(opts: DesignerStoreOptions = {}): DesignerStoreApi {
  const storage = opts.autosave === false ? undefined : opts.storage ?? (typeof localStorage !== 'undefined' ? localStorage : undefined);
  const saved = loadSaved(storage);
  const startText = saved?.text ?? opts.initialText ?? '';
  const startExtra = saved?.extraExternals ?? [];
  const first = derive(startText, startExtra, EMPTY_DESIGN).derived;
  let seq = 0;

  const store = createStore<DesignerStore>()(
    temporal<DesignerStore, [], [], DocumentState>(
      (set, get) => {
        const commit = (text: string, patch: Partial<DocumentState> = {}) => {
          const s = get();
          const extra = patch.extraExternals ?? s.extraExternals;
          const { derived } = derive(text, extra, s.design);
          set({ text, ...patch, ...derived });
        };
        const run = (result: act.ActionResult, place?: (id: NodeId, design: Design) => Partial<DocumentState>): string | undefined => {
          if ('error' in result) {
            get().notify(result.error, 'error');
            return result.error;
          }
          const s = get();
          const text = converge(result.text, s.extraExternals);
          const nextDesign = derive(text, s.extraExternals, s.design).derived.design;
          commit(text, result.id && place ? place(result.id, nextDesign) : {});
          return undefined;
        };
        const blocked = () => {
          if (!get().stale) return false;
          get().notify('Fix the YAML errors first: the canvas shows the last valid version', 'error');
          return true;
        };
        return {
          text: startText,
          positions: saved?.positions ?? {},
          sizes: saved?.sizes ?? {},
          extraExternals: startExtra,
          ...first,
          selection: { nodes: [] },
          viewport: saved?.viewport ?? { x: 0, y: 0, zoom: 1 },
          showTraffic: false,

          setText(text) {
            if (text !== get().text) commit(text);
          },
          addNamespace(name, at) {
            if (blocked()) return undefined;
            const s = get();
            const r = act.addNamespace(s.text, s.design, name);
            let id: NodeId | undefined;
            run(r, (nid) => {
              id = nid;
              return { positions: { ...s.positions, [nid]: at ?? namespaceSpot(s.design, s.positions, s.sizes) } };
            });
            return id;
          },
          addWorkload(namespace, name, at) {
            if (blocked()) return undefined;
            const s = get();
            const r = act.addWorkload(s.text, s.design, namespace, name);
            let id: NodeId | undefined;
            run(r, (nid, design) => {
              id = nid;
              const ns = nid.split('/')[0]!;
              const positions = { ...s.positions, [nid]: at ?? workloadSpot(s.design, ns, s.positions) };
              const nsId = `namespace:${ns}`;
              if (!positions[nsId] && design.namespaces.some((n) => n.id === nsId)) positions[nsId] = namespaceSpot(s.design, s.positions, s.sizes);
              return { positions };
            });
            return id;
          },
          addExternal(cidr = '0.0.0.0/0', at) {
            const s = get();
            if (!/^[0-9a-fA-F:.]+\/\d{1,3}$/.test(cidr)) {
              s.notify(`"${cidr}" is not a CIDR (e.g. 0.0.0.0/0 or 10.0.0.0/8)`, 'error');
              return undefined;
            }
            const id = externalId(cidr);
            if (s.design.externals.some((e) => e.id === id)) return id;
            commit(s.text, { extraExternals: [...s.extraExternals, cidr], positions: { ...s.positions, [id]: at ?? externalSpot(s.design, s.positions) } });
            return id;
          },
          allowTraffic(input) {
            if (blocked()) return 'The YAML has errors';
            const s = get();
            return run(act.allowTraffic(s.text, s.design, input));
          },
          removeEdge(edgeId) {
            if (blocked()) return;
            const s = get();
            run(act.removeEdge(s.text, s.design, edgeId));
          },
          removeNodes(ids) {
            if (blocked()) return;
            const s = get();
            const externals = ids.filter((i) => i.startsWith('external:')).map((i) => i.slice('external:'.length));
            const design = { ...s.design, edges: s.design.edges.filter((e) => !externals.some((c) => e.from === externalId(c) || e.to === externalId(c)) || e.handWritten) };
            const r = act.removeNodes(s.text, design, ids);
            if ('error' in r) return void s.notify(r.error, 'error');
            const positions = { ...s.positions };
            for (const id of ids) delete positions[id];
            const extraExternals = s.extraExternals.filter((c) => !externals.includes(c));
            commit(converge(r.text, extraExternals), { positions, extraExternals });
            set({ selection: { nodes: [] } });
          },
          moveWorkload(id, toNamespace) {
            if (blocked()) return 'The YAML has errors';
            const s = get();
            return run(act.moveWorkload(s.text, s.design, id, toNamespace), (nid) => {
              const positions = { ...s.positions, [nid]: workloadSpot(s.design, toNamespace, s.positions) };
              delete positions[id];
              return { positions };
            });
          },
          renameNode(id, newName) {
            if (blocked()) return 'The YAML has errors';
            const s = get();
            return run(act.renameNode(s.text, s.design, id, newName), (nid) => {
              const positions = { ...s.positions };
              if (positions[id]) positions[nid] = positions[id]!;
              if (id.startsWith('namespace:')) {
                const oldNs = id.slice('namespace:'.length);
                const newNs = nid.slice('namespace:'.length);
                for (const w of s.design.workloads) if (w.namespace === oldNs && positions[w.id]) positions[`${newNs}/${w.name}`] = positions[w.id]!;
              }
              set({ selection: { nodes: [nid] } });
              return { positions };
            });
          },
          setLabels(id, labels) {
            if (blocked()) return 'The YAML has errors';
            const s = get();
            return run(act.setLabels(s.text, s.design, id, labels));
          },
          setPorts(id, ports) {
            if (blocked()) return 'The YAML has errors';
            const s = get();
            return run(act.setPorts(s.text, s.design, id, ports));
          },
          setServiceAccount(id, sa) {
            if (blocked()) return 'The YAML has errors';
            const s = get();
            return run(act.setServiceAccount(s.text, s.design, id, sa));
          },
          setMesh(id, inMesh) {
            if (blocked()) return 'The YAML has errors';
            const s = get();
            return run(act.setMesh(s.text, s.design, id, inMesh));
          },
          setNamespaceSwitch(ns, sw) {
            if (blocked()) return;
            const s = get();
            run(act.setNamespaceSwitch(s.text, s.design, ns, sw));
          },
          setPositions(positions) {
            set({ positions: { ...get().positions, ...positions } });
          },
          async autoLayout() {
            const s = get();
            const { positions, sizes } = await layoutDesign(s.design);
            set({ positions: { ...s.positions, ...positions }, sizes: { ...s.sizes, ...sizes } });
          },
          newDesign() {
            commit('', { positions: {}, sizes: {}, extraExternals: [] });
            set({ selection: { nodes: [] } });
          },
          loadText(text) {
            commit(text, { positions: {}, sizes: {}, extraExternals: [] });
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

          setSelection(selection) {
            set({ selection });
          },
          setViewport(viewport) {
            set({ viewport });
          },
          setShowTraffic(showTraffic) {
            set({ showTraffic });
          },
          revealInEditor(line, col) {
            set({ reveal: { line, col, seq: ++seq } });
          },
          notify(text, tone = 'info') {
            set({ notice: { text, tone, seq: ++seq } });
          },
        };
      },
      { partialize: documentOf, equality: sameDocument, limit: HISTORY_LIMIT },
    ),
  ) as DesignerStoreApi;

  const rederive = () => {
    const s = store.getState();
    store.setState(derive(s.text, s.extraExternals, s.design).derived);
  };

  if (storage) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastError: string | undefined;
    store.subscribe((s, prev) => {
      if (sameDocument(s, prev) && s.viewport === prev.viewport) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const st = store.getState();
        const err = save(storage, { ...documentOf(st), viewport: st.viewport });
        if (err && err !== lastError) st.notify(err, 'error');
        lastError = err;
      }, 250);
    });
  }
  return store;
}

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
  return useStore(useDesignerApi().temporal, (t) => t.pastStates.length > 0);
}

export function useCanRedo(): boolean {
  return useStore(useDesignerApi().temporal, (t) => t.futureStates.length > 0);
}

export type { XY };
