// The React skin of the action registry: a provider, a button that renders an action (label, enabled, pressed),
// and the page's keyboard shortcuts.
import { ToolLabel } from '../toolbar/ToolLabel';
import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRegistry } from './registry';
import type { ActionContext } from './types';

interface Actions {
  registry: ActionRegistry;
  ctx: ActionContext;
  perform(name: string, arg?: unknown): boolean;
}

const Ctx = createContext<Actions | null>(null);

export function ActionsProvider({ registry, ctx, children }: { registry: ActionRegistry; ctx: ActionContext; children: ReactNode }) {
  const value = useMemo<Actions>(() => ({ registry, ctx, perform: (name, arg) => registry.perform(name, ctx, arg) }), [registry, ctx]);
  return createElement(Ctx.Provider, { value }, children);
}

export function useActions(): Actions {
  const a = useContext(Ctx);
  if (!a) throw new Error('useActions needs an <ActionsProvider>');
  return a;
}

/** A value read from the stores an action depends on, kept current (the document and the undo history). */
function useFromStores<T>(ctx: ActionContext, read: () => T): T {
  const subscribe = useCallback(
    (changed: () => void) => {
      const a = ctx.designer.subscribe(changed);
      const b = ctx.designer.history.subscribe(changed);
      return () => {
        a();
        b();
      };
    },
    [ctx],
  );
  return useSyncExternalStore(subscribe, read);
}

/** A toolbar button for the named action: its label (or icon, with the label as accessible name), enabled, pressed. */
export function ActionButton({ name }: { name: string }) {
  const { t } = useTranslation();
  const { registry, ctx, perform } = useActions();
  const action = registry.get(name);
  const enabled = useFromStores(ctx, () => (action ? registry.isEnabled(name, ctx) : false));
  const pressed = useFromStores(ctx, () => action?.pressed?.(ctx));
  if (!action) return null;
  const label = t(action.label);
  const icon = action.toolbar?.icon;
  const short = action.toolbar?.short;
  return createElement(
    'button',
    {
      type: 'button',
      disabled: !enabled,
      'aria-pressed': pressed,
      className: pressed ? 'kpd-on' : undefined,
      'aria-label': icon || short ? label : undefined,
      title: icon || short ? label : undefined,
      onClick: () => perform(name),
    },
    icon ?? (short ? createElement(ToolLabel, { full: label, short: t(short) }) : label),
  );
}

/** Typing in a field or in the YAML editor keeps its keys (Monaco binds undo and redo itself, from the same actions). */
const typing = (el: Element | null) =>
  !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || (el as HTMLElement).isContentEditable || !!el.closest('.monaco-editor'));

/** The registry's key bindings on the page; an open dialog has the keyboard to itself. */
export function useActionShortcuts(): void {
  const { registry, ctx } = useActions();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || typing(document.activeElement)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"], dialog[open]')) return;
      const action = registry.forKey(e, ctx);
      if (!action) return;
      e.preventDefault();
      registry.perform(action.name, ctx);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [registry, ctx]);
}
