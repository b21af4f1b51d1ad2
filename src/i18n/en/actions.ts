// Texts of the action registry (src/ui/actions) that are not toolbar buttons, and the shortcuts dialog.
export const actions = {
  deleteSelection: 'Delete the selection',
  clearSelection: 'Clear the selection',
  shortcuts: {
    title: 'Keyboard shortcuts',
    intro: 'These keys work everywhere except while you type in a field. In the YAML editor, Undo and Redo use the same keys.',
    action: 'Action',
    keys: 'Keys',
    or: 'or',
  },
};
