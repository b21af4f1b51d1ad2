// The canvas actions as store methods: each runs the pure action of src/sync/actions on the current text, lets
// the managed policies settle, and commits text + layout in ONE set (one undo step). Errors become notices.
import type { Design, NodeId, XY } from '../model';
import * as act from '../sync/actions';
import { settle } from '../sync/analyse';
import { parseNodeId, workloadId } from '../sync/ids';
import type { DesignerActions, DesignerStore, DocumentState } from './contract';
import { textCommitter, type Analyser, type TextAnnouncer } from './derive';
import { externalSpot, namespaceSpot, workloadSpot } from './placement';

type Get = () => DesignerStore;
type Set = (patch: Partial<DesignerStore>) => void;

export type CanvasActions = Omit<DesignerActions, 'setText' | 'setPositions' | 'autoLayout' | 'newDesign' | 'loadText' | 'undo' | 'redo' | 'beginDrag' | 'endDrag' | 'setSizes'>;

const STALE = 'The YAML has errors: fix them first (the canvas shows the last valid version)';

export function canvasActions(get: Get, set: Set, analyser: Analyser, announce?: TextAnnouncer): CanvasActions {
  const commit = textCommitter(get, set, analyser, announce);
  /** Run an action; `layout` maps the settled design to the layout patch (positions of new or renamed nodes). */
  const run = (result: act.ActionResult, layout?: (r: { id?: NodeId }, next: Design) => Partial<DocumentState>): string | undefined => {
    const s = get();
    if ('error' in result) {
      s.notify(result.error, 'error');
      return result.error;
    }
    const extra = result.extraExternals ?? s.extraExternals;
    const text = settle(result.text, extra, (t) => analyser(t, extra));
    const next = analyser(text, extra).design;
    commit(text, { ...(result.extraExternals ? { extraExternals: result.extraExternals } : {}), ...(layout ? layout(result, next) : {}) });
    return undefined;
  };
  /** Canvas edits of a text with errors would be edits of a design the user no longer sees. */
  const blocked = () => {
    if (!get().stale) return false;
    get().notify(STALE, 'error');
    return true;
  };
  const guard =
    <A extends unknown[]>(f: (...a: A) => string | undefined) =>
    (...a: A) =>
      blocked() ? STALE : f(...a);

  return {
    addNamespace(name, at) {
      if (blocked()) return undefined;
      const s = get();
      const r = act.addNamespace(s.text, s.design, name);
      run(r, ({ id }) => (id ? { positions: { ...s.positions, [id]: at ?? namespaceSpot(s.design, s.positions, s.sizes) } } : {}));
      return 'error' in r ? undefined : r.id;
    },
    addWorkload(namespace, name, at) {
      if (blocked()) return undefined;
      const s = get();
      const r = act.addWorkload(s.text, s.design, namespace, name);
      run(r, ({ id }, next) => {
        if (!id) return {};
        const ns = id.slice(0, id.indexOf('/'));
        const positions = { ...s.positions, [id]: at ?? workloadSpot(s.design, ns, s.positions) };
        const nsId = `namespace:${ns}`;
        if (!positions[nsId] && next.namespaces.some((n) => n.id === nsId)) positions[nsId] = namespaceSpot(s.design, s.positions, s.sizes);
        return { positions };
      });
      return 'error' in r ? undefined : r.id;
    },
    addExternal(cidr, at) {
      const s = get();
      const r = act.addExternal(s.text, s.design, s.extraExternals, cidr);
      if ('error' in r) {
        s.notify(r.error, 'error');
        return undefined;
      }
      if (r.extraExternals) commit(s.text, { extraExternals: r.extraExternals, positions: { ...s.positions, [r.id!]: at ?? externalSpot(s.design, s.positions) } });
      return r.id;
    },
    allowTraffic: guard((input) => run(act.allowTraffic(get().text, get().design, input))),
    removeEdge(edgeId) {
      if (!blocked()) run(act.removeEdge(get().text, get().design, edgeId));
    },
    removeNodes(ids) {
      if (blocked() || ids.length === 0) return;
      const s = get();
      const error = run(act.removeNodes(s.text, s.design, s.extraExternals, ids), () => {
        const gone = new Set(ids);
        for (const w of s.design.workloads) if (gone.has(`namespace:${w.namespace}`)) gone.add(w.id);
        const positions = { ...s.positions };
        const sizes = { ...s.sizes };
        for (const id of gone) {
          delete positions[id];
          delete sizes[id];
        }
        return { positions, sizes };
      });
      if (!error) set({ selection: { nodes: [] } });
    },
    moveWorkload: guard((id, toNamespace) => {
      const s = get();
      return run(act.moveWorkload(s.text, s.design, id, toNamespace), ({ id: nid }) => {
        if (!nid || nid === id) return {};
        const positions = { ...s.positions, [nid]: workloadSpot(s.design, toNamespace, s.positions) };
        delete positions[id];
        if (s.selection.nodes.includes(id)) set({ selection: { nodes: [nid] } });
        return { positions };
      });
    }),
    renameNode: guard((id, newName) => {
      const s = get();
      return run(act.renameNode(s.text, s.design, id, newName), ({ id: nid }) => {
        if (!nid || nid === id) return {};
        const moves: [NodeId, NodeId][] = [[id, nid]];
        const ref = parseNodeId(id);
        if (ref?.kind === 'namespace') for (const w of s.design.workloads) if (w.namespace === ref.namespace) moves.push([w.id, workloadId(newName, w.name)]);
        const positions = { ...s.positions };
        const sizes = { ...s.sizes };
        for (const [from, to] of moves) {
          if (positions[from]) positions[to] = positions[from]!;
          if (sizes[from]) sizes[to] = sizes[from]!;
          delete positions[from];
          delete sizes[from];
        }
        set({ selection: { nodes: [nid] } });
        return { positions, sizes };
      });
    }),
    setLabels: guard((id, labels) => run(act.setLabels(get().text, get().design, id, labels))),
    setPorts: guard((id, ports) => run(act.setPorts(get().text, get().design, id, ports))),
    setServiceAccount: guard((id, sa) => run(act.setServiceAccount(get().text, get().design, id, sa))),
    setMesh: guard((id, inMesh) => run(act.setMesh(get().text, get().design, id, inMesh))),
    addClusterPolicy(tier) {
      if (blocked()) return undefined;
      const r = act.addClusterPolicy(get().text, get().design, tier);
      run(r);
      return 'error' in r ? undefined : r.id;
    },
    updateClusterPolicy: guard((id, next) => run(act.updateClusterPolicy(get().text, get().design, id, next))),
    removeClusterPolicy(id) {
      if (blocked()) return;
      if (!run(act.removeClusterPolicy(get().text, get().design, id))) set({ selection: { nodes: [] } });
    },
    setNamespaceSwitch(ns, sw) {
      if (!blocked()) run(act.setNamespaceSwitch(get().text, get().design, ns, sw));
    },
  };
}

export type { XY };
