// The one writer of the document: a change of text and/or layout, the design derived from it, the selection
// that still fits it and the history step go out in ONE `set`, so no subscriber ever sees a new text with an
// old design (or an undo step without its positions). Every document change of the store goes through here.
//
// The one exception is a big text the page has not read yet (a pasted cluster export): reading it would block
// the page for seconds, so it is read off the page (a worker). The text and its history step go out at once with
// `deriving` set: the canvas keeps the previous design, marked as such, until the text's own design arrives in a
// second `set` (dropped if the text changed meanwhile). Actions read the text themselves, so they stay correct.
import type { Design, NodeId } from '../model';
import { Capture, type CaptureMode } from './capture';
import type { DerivedState, DesignerStore, DocumentState, ViewState } from './contract';
import { deriveState, fromDerivation, type Analyser, type OffPageReader } from './derive';
import { documentOf, sameDocument, type History } from './history';
import { moveKeys, renamedNodes } from './identity';

/** Told of a text about to be committed, before the page derives the design from it. */
export type TextAnnouncer = (text: string) => void;

/** Commit a document patch with its capture mode; `view` changes view state in the same set. */
export type Commit = (patch: Partial<DocumentState>, capture: CaptureMode, view?: Partial<Pick<ViewState, 'selection'>>) => void;

/** Places for a design the text brought without any (store/layout.ts placeUnplaced), or undefined. */
export type Placer = (design: Design, positions: DocumentState['positions'], sizes: DocumentState['sizes']) => Pick<DocumentState, 'positions' | 'sizes'> | undefined;

export function createCommit(
  get: () => DesignerStore,
  set: (patch: Partial<DesignerStore>) => void,
  analyser: Analyser,
  history: History,
  announce: TextAnnouncer,
  offPage?: OffPageReader,
  place: Placer = () => undefined,
): Commit {
  /** The derived state, positions and selection of `next` after `derived`, as one patch. */
  const settled = (next: DocumentState, derived: DerivedState, capture: CaptureMode, selection: ViewState['selection']): Partial<DesignerStore> => {
    const s = get();
    // An action or an edit moves cards with their nodes; undo and redo restore layouts exactly as they were.
    if (capture === Capture.IMMEDIATELY && derived.design !== s.design) {
      const renamed = renamedNodes(s.design, derived.design);
      if (renamed.size > 0) {
        next = { ...next, positions: moveKeys(next.positions, renamed), sizes: moveKeys(next.sizes, renamed) };
        selection = { ...selection, nodes: selection.nodes.map((id) => renamed.get(id) ?? id) };
      }
      // Part of the same step: Undo takes the pasted design away with its places.
      const placed = place(derived.design, next.positions, next.sizes);
      if (placed) next = { ...next, ...placed };
    }
    return { ...next, ...derived, selection: existing(selection, derived.design) };
  };

  const readOffPage = (next: DocumentState, capture: CaptureMode, reader: OffPageReader) => {
    const current = () => get().text === next.text && get().extraExternals === next.extraExternals;
    const apply = (derived: DerivedState) => {
      if (!current()) return; // a later commit owns the document now
      const s = get();
      set(settled(documentOf(s), derived, capture, s.selection));
    };
    reader.derive(next.text, next.extraExternals).then(
      (d) => current() && apply(fromDerivation(d, get().design, get().diagnostics)),
      // The worker failed: read it here after all (slow, but the text is never left without its design).
      () => current() && apply(deriveState(analyser(next.text, next.extraExternals), get().design, get().diagnostics)),
    );
  };

  return (patch, capture, view = {}) => {
    const s = get();
    const before = documentOf(s);
    const next: DocumentState = { ...before, ...patch };
    const textChanged = next.text !== before.text || next.extraExternals !== before.extraExternals;
    // Heard first, so work elsewhere (the engine worker) starts while this thread derives and renders.
    if (next.text !== before.text) announce(next.text);
    if (capture === Capture.IMMEDIATELY && !sameDocument(before, next)) history.record(before);
    const selection = view.selection ?? s.selection;
    // A layout change while the text is read off the page keeps waiting for it (reading it here would block).
    if (!textChanged && s.deriving) return set({ ...next, selection });
    if (textChanged && offPage && offPage.wants(next.text) && !analyser.has(next.text, next.extraExternals)) {
      set({ ...next, deriving: true, selection });
      readOffPage(next, capture, offPage);
      return;
    }
    const derived = deriveState(analyser(next.text, next.extraExternals), s.design, s.diagnostics);
    set(settled(next, derived, capture, selection));
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
