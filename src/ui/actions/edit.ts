// Undo, redo and deleting the selection: bound once here, for the toolbar, the keyboard and the YAML editor.
import { defineAction } from './types';

export const undo = defineAction({
  name: 'undo',
  label: 'shell.toolbar.undo',
  keys: [{ key: 'z', mod: true }],
  toolbar: { group: 'edit', short: '↶' },
  enabled: (ctx) => ctx.designer.history.getState().past.length > 0,
  perform: (ctx) => ctx.designer.getState().undo(),
});

export const redo = defineAction({
  name: 'redo',
  label: 'shell.toolbar.redo',
  keys: [
    { key: 'z', mod: true, shift: true },
    { key: 'y', mod: true },
  ],
  toolbar: { group: 'edit', short: '↷' },
  enabled: (ctx) => ctx.designer.history.getState().future.length > 0,
  perform: (ctx) => ctx.designer.getState().redo(),
});

export const deleteSelection = defineAction({
  name: 'deleteSelection',
  label: 'actions.deleteSelection',
  keys: [{ key: 'Delete' }, { key: 'Backspace' }],
  enabled(ctx) {
    const { nodes, edge } = ctx.designer.getState().selection;
    return nodes.length > 0 || (!!edge && !edge.startsWith('traffic:'));
  },
  perform(ctx) {
    const s = ctx.designer.getState();
    const { nodes, edge } = s.selection;
    if (edge && !edge.startsWith('traffic:')) {
      // A hand-written edge stays (the store says why): keep it selected so the inspector shows where it comes from.
      const handWritten = s.design.edges.find((x) => x.id === edge)?.handWritten;
      s.removeEdge(edge);
      if (!handWritten) s.setSelection({ nodes: [] });
    } else if (nodes.length > 0) s.removeNodes(nodes);
  },
});

export const clearSelection = defineAction({
  name: 'clearSelection',
  label: 'actions.clearSelection',
  keys: [{ key: 'Escape' }],
  enabled: (ctx) => {
    const { nodes, edge } = ctx.designer.getState().selection;
    return nodes.length > 0 || !!edge;
  },
  perform: (ctx) => ctx.designer.getState().setSelection({ nodes: [] }),
});
