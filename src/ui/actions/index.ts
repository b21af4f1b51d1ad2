// The designer's actions (compare Excalidraw's actions/): the list the page builds its registry from. An area
// that adds a toolbar button or a shortcut defines an Action and adds it here.
import { addExternal, addNamespace, addWorkload } from './add';
import { clearSelection, deleteSelection, redo, undo } from './edit';
import type { AnyAction } from './types';
import { autoLayout, newDesign, showShortcuts, toggleTraffic } from './view';

export const DESIGNER_ACTIONS: readonly AnyAction[] = [
  addNamespace,
  addWorkload,
  addExternal,
  undo,
  redo,
  autoLayout,
  toggleTraffic,
  newDesign,
  deleteSelection,
  clearSelection,
  showShortcuts,
];

export { createActionRegistry, keyLabel, keyMatches, type ActionRegistry } from './registry';
export { defineAction, type Action, type ActionContext, type AnyAction, type KeyBinding, type ToolbarGroup } from './types';
export { ActionsProvider, ActionButton, useActions, useActionShortcuts } from './react';
