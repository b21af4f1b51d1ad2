// How a change of the document enters the undo history: decided once, by whoever makes the change, and applied
// in the same `set` as the change (compare Excalidraw's CaptureUpdateAction in packages/element/src/store.ts).
//
// - IMMEDIATELY: a user action. The document before it becomes one undo step; redo is cleared.
// - NEVER: not an action of its own. Undo and redo themselves (they move snapshots between the stacks), and the
//   document restored from autosave at start.
//
// Excalidraw's third mode, EVENTUALLY (fold an asynchronous follow-up into the next step), is not needed here:
// the only asynchronous follow-up, the layout of an opened design, is computed before the design is committed,
// so opening a design is one IMMEDIATELY change with its positions (see openDesign in create.ts).
export const Capture = {
  IMMEDIATELY: 'immediately',
  NEVER: 'never',
} as const;

export type CaptureMode = (typeof Capture)[keyof typeof Capture];
