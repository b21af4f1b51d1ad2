// The canvas actions as store methods: each runs the pure action of src/sync/actions on the current text, lets
// the managed policies settle, and commits text + layout in ONE set (one undo step). Errors become notices.
// Renamed nodes keep their cards through commit.ts (identity.ts), so no action moves positions by hand.
import type { ActionError, Design, NodeId } from '../model';
import * as act from '../sync/actions';
import { actionMessage, refusal } from '../sync/messages';
import { settle } from '../sync/analyse';
import { Capture } from './capture';
import type { Commit } from './commit';
import type { DesignerActions, DesignerStore, DocumentState } from './contract';
import type { Analyser } from './derive';
import { externalSpot, namespaceSpot, workloadSpot } from './geometry';

type Get = () => DesignerStore;

export type CanvasActions = Omit<DesignerActions, 'setText' | 'setPositions' | 'autoLayout' | 'newDesign' | 'openDesign' | 'undo' | 'redo'>;

const STALE = refusal(actionMessage('stale'));

export function canvasActions(get: Get, commit: Commit, analyser: Analyser): CanvasActions {
  /** Run an action; `layout` maps the settled design to the layout patch (positions of new or renamed nodes). */
  const run = (
    result: act.ActionResult,
    layout?: (r: { id?: NodeId }, next: Design) => Partial<DocumentState>,
    view?: (r: { id?: NodeId }) => Partial<Pick<DesignerStore, 'selection'>>,
  ): ActionError | undefined => {
    const s = get();
    if ('error' in result) {
      s.notify(result.error, 'error', result.message);
      return result;
    }
    const extra = result.extraExternals ?? s.extraExternals;
    const text = settle(result.text, extra, (t) => analyser(t, extra));
    const next = analyser(text, extra).design;
    commit({ text, ...(result.extraExternals ? { extraExternals: result.extraExternals } : {}), ...(layout ? layout(result, next) : {}) }, Capture.IMMEDIATELY, view?.(result));
    return undefined;
  };
  /** Canvas edits of a text with errors would be edits of a design the user no longer sees. */
  const blocked = () => {
    if (!get().stale) return false;
    get().notify(STALE.error, 'error', STALE.message);
    return true;
  };
  const guard =
    <A extends unknown[]>(f: (...a: A) => ActionError | undefined) =>
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
        s.notify(r.error, 'error', r.message);
        return undefined;
      }
      if (r.extraExternals) commit({ extraExternals: r.extraExternals, positions: { ...s.positions, [r.id!]: at ?? externalSpot(s.design, s.positions) } }, Capture.IMMEDIATELY);
      return r.id;
    },
    allowTraffic: guard((input) => run(act.allowTraffic(get().text, get().design, input))),
    removeEdge(edgeId) {
      if (!blocked()) run(act.removeEdge(get().text, get().design, edgeId));
    },
    removeNodes(ids) {
      if (blocked() || ids.length === 0) return;
      const s = get();
      run(
        act.removeNodes(s.text, s.design, s.extraExternals, ids),
        () => {
          const gone = new Set(ids);
          for (const w of s.design.workloads) if (gone.has(`namespace:${w.namespace}`)) gone.add(w.id);
          const positions = { ...s.positions };
          const sizes = { ...s.sizes };
          for (const id of gone) {
            delete positions[id];
            delete sizes[id];
          }
          return { positions, sizes };
        },
        () => ({ selection: { nodes: [] } }),
      );
    },
    moveWorkload: guard((id, toNamespace) => {
      const s = get();
      return run(
        act.moveWorkload(s.text, s.design, id, toNamespace),
        ({ id: nid }) => {
          if (!nid || nid === id) return {};
          const positions = { ...s.positions, [nid]: workloadSpot(s.design, toNamespace, s.positions) };
          delete positions[id];
          return { positions };
        },
        ({ id: nid }) => (nid && s.selection.nodes.includes(id) ? { selection: { nodes: [nid] } } : {}),
      );
    }),
    renameNode: guard((id, newName) => {
      const s = get();
      return run(act.renameNode(s.text, s.design, id, newName), undefined, ({ id: nid }) => ({ selection: { nodes: nid ? [nid] : [] } }));
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
      if (!blocked()) run(act.removeClusterPolicy(get().text, get().design, id), undefined, () => ({ selection: { nodes: [] } }));
    },
    setNamespaceSwitch(ns, sw) {
      if (!blocked()) run(act.setNamespaceSwitch(get().text, get().design, ns, sw));
    },
  };
}
