// "Add namespace / workload / external": the toolbar's buttons and the canvas's double-click, one definition each.
import type { XY } from '../../model';
import { defineAction, type ActionContext } from './types';

/** Select what was added; a node we placed ourselves may land out of view, so then show the whole design. */
function select(ctx: ActionContext, id: string | undefined, reveal: boolean) {
  if (!id) return;
  ctx.designer.getState().setSelection({ nodes: [id] });
  if (reveal) ctx.designer.getState().requestFit();
}

export const addNamespace = defineAction<{ at?: XY } | void>({
  name: 'addNamespace',
  label: 'shell.toolbar.addNamespace',
  toolbar: { group: 'add', short: 'scale.short.addNamespace' },
  perform: (ctx, arg) => select(ctx, ctx.designer.getState().addNamespace(undefined, arg?.at), !arg?.at),
});

export const addWorkload = defineAction<{ at?: XY; namespace?: string } | void>({
  name: 'addWorkload',
  label: 'shell.toolbar.addWorkload',
  toolbar: { group: 'add', short: 'scale.short.addWorkload' },
  perform(ctx, arg) {
    const s = ctx.designer.getState();
    const selected = s.selection.nodes[0];
    // Into the namespace asked for, else the selected one (or the selected workload's), else the first.
    const ns =
      arg?.namespace ??
      (selected?.startsWith('namespace:') ? selected.slice('namespace:'.length) : selected?.includes('/') ? selected.split('/')[0] : s.design.namespaces[0]?.name);
    // Placed by us (no drop spot): it may land out of view, so the view then takes the whole design in.
    select(ctx, s.addWorkload(ns, undefined, arg?.at), !arg?.at);
  },
});

export const addExternal = defineAction({
  name: 'addExternal',
  label: 'shell.toolbar.addExternal',
  toolbar: { group: 'add', short: 'scale.short.addExternal' },
  perform: (ctx) => select(ctx, ctx.designer.getState().addExternal(nextCidr(ctx.designer.getState().design.externals.map((e) => e.cidr))), true),
});

/** The internet first, then the private ranges (RFC 1918), then documentation ranges (RFC 5737). */
function nextCidr(taken: string[]): string {
  for (const c of ['0.0.0.0/0', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']) if (!taken.includes(c)) return c;
  for (let i = 1; i < 255; i++) if (!taken.includes(`203.0.${i}.0/24`)) return `203.0.${i}.0/24`;
  return '198.51.100.0/24';
}
