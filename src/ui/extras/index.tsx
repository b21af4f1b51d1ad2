// Stub owned by the examples/lessons/import/export/share work (issue 4): the shell renders these.
/** Toolbar buttons of issue 4 ("Import", "Export", "Examples", "Lessons", "Share", language switch). */
export function ExtrasToolbar() {
  return null;
}

/** Side panels and dialogs of issue 4 (lessons panel, gallery, import/export dialogs). */
export function ExtrasPanels() {
  return null;
}
