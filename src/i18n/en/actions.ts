// Texts of the action registry (src/ui/actions) that are not toolbar buttons, and the shortcuts dialog.
export const actions = {
  deleteSelection: 'Delete the selection',
  clearSelection: 'Clear the selection',
  shortcuts: {
    title: 'Keyboard shortcuts',
    intro: 'These keys work on the canvas and the toolbar; while you type in a field they type. In the YAML editor, undo and redo use the same keys.',
    action: 'Action',
    keys: 'Keys',
    or: 'or',
  },
};
