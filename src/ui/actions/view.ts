// The design as a whole: auto layout, the traffic overlay, a new design, and the shortcuts dialog.
import { defineAction } from './types';

export const autoLayout = defineAction({
  name: 'autoLayout',
  label: 'shell.toolbar.autoLayout',
  toolbar: { group: 'edit', short: 'scale.short.autoLayout' },
  perform: (ctx) => void ctx.designer.getState().autoLayout(),
});

export const toggleTraffic = defineAction({
  name: 'toggleTraffic',
  label: 'shell.toolbar.showTraffic',
  toolbar: { group: 'edit', short: 'scale.short.showTraffic' },
  pressed: (ctx) => ctx.designer.getState().showTraffic,
  perform: (ctx) => ctx.designer.getState().setShowTraffic(!ctx.designer.getState().showTraffic),
});

/** Asks first (the confirmation is the shell's "newDesign" dialog); the store's newDesign is one undo step. */
export const newDesign = defineAction({
  name: 'newDesign',
  label: 'shell.toolbar.newDesign',
  toolbar: { group: 'edit', short: 'scale.short.newDesign' },
  perform: (ctx) => ctx.designer.getState().openDialog('newDesign'),
});

export const showShortcuts = defineAction({
  name: 'showShortcuts',
  label: 'actions.shortcuts.title',
  keys: [{ key: '?' }],
  toolbar: { group: 'help', icon: '?' },
  perform: (ctx) => ctx.designer.getState().openDialog('shortcuts'),
});
