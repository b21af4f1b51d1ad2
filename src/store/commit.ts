// The one writer of the document: a change of text and/or layout, the design derived from it, the selection
// that still fits it and the history step go out in ONE `set`, so no subscriber ever sees a new text with an
// old design (or an undo step without its positions). Every document change of the store goes through here.
import type { Design, NodeId } from '../model';
import { Capture, type CaptureMode } from './capture';
import type { DesignerStore, DocumentState, ViewState } from './contract';
import { deriveState, type Analyser } from './derive';
import { documentOf, sameDocument, type History } from './history';
import { moveKeys, renamedNodes } from './identity';

/** Told of a text about to be committed, before the page derives the design from it. */
export type TextAnnouncer = (text: string) => void;

/** Commit a document patch with its capture mode; `view` changes view state in the same set. */
export type Commit = (patch: Partial<DocumentState>, capture: CaptureMode, view?: Partial<Pick<ViewState, 'selection'>>) => void;

export function createCommit(get: () => DesignerStore, set: (patch: Partial<DesignerStore>) => void, analyser: Analyser, history: History, announce: TextAnnouncer): Commit {
  return (patch, capture, view = {}) => {
    const s = get();
    const before = documentOf(s);
    let next: DocumentState = { ...before, ...patch };
    // Heard first, so work elsewhere (the engine worker) starts while this thread derives and renders.
    if (next.text !== before.text) announce(next.text);
    const derived = deriveState(analyser(next.text, next.extraExternals), s.design, s.diagnostics);
    let selection = view.selection ?? s.selection;
    // An action or an edit moves cards with their nodes; undo and redo restore layouts exactly as they were.
    if (capture === Capture.IMMEDIATELY && derived.design !== s.design) {
      const renamed = renamedNodes(s.design, derived.design);
      if (renamed.size > 0) {
        next = { ...next, positions: moveKeys(next.positions, renamed), sizes: moveKeys(next.sizes, renamed) };
        selection = { ...selection, nodes: selection.nodes.map((id) => renamed.get(id) ?? id) };
      }
    }
    if (capture === Capture.IMMEDIATELY && !sameDocument(before, next)) history.record(before);
    set({ ...next, ...derived, selection: existing(selection, derived.design) });
  };
}

/** The selection without nodes the design no longer has (the same object when nothing went). */
function existing(selection: ViewState['selection'], design: Design): ViewState['selection'] {
  const known = new Set<NodeId>([
    ...design.namespaces.map((n) => n.id),
    ...design.workloads.map((w) => w.id),
    ...design.externals.map((e) => e.id),
    ...(design.clusterPolicies ?? []).map((c) => c.id),
  ]);
  return selection.nodes.every((id) => known.has(id)) ? selection : { ...selection, nodes: selection.nodes.filter((id) => known.has(id)) };
}
