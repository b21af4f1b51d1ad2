// The actions of one page, looked up by name (toolbar, tests) or by key (the keyboard, the shortcuts dialog).
// Other areas register their buttons by adding actions to the list the page builds its registry from.
import type { ActionContext, AnyAction, KeyBinding, ToolbarGroup } from './types';

export interface ActionRegistry {
  readonly all: readonly AnyAction[];
  get(name: string): AnyAction | undefined;
  /** The toolbar's actions of one group, in registration order. */
  toolbar(group: ToolbarGroup): AnyAction[];
  /** The enabled action bound to this key press, if any. */
  forKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, ctx: ActionContext): AnyAction | undefined;
  isEnabled(name: string, ctx: ActionContext): boolean;
  /** Perform an action by name if it is enabled; false when it is not (or unknown). */
  perform(name: string, ctx: ActionContext, arg?: unknown): boolean;
}

/** Letters match with exactly the modifiers bound; a symbol (`?`) is typed with whatever Shift its layout needs. */
export function keyMatches(b: KeyBinding, e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  if (e.altKey || e.key.toLowerCase() !== b.key.toLowerCase() || !!b.mod !== (e.ctrlKey || e.metaKey)) return false;
  const symbol = b.key.length === 1 && !/[a-z0-9]/i.test(b.key);
  return symbol || !!b.shift === e.shiftKey;
}

export function createActionRegistry(actions: readonly AnyAction[]): ActionRegistry {
  const byName = new Map<string, AnyAction>();
  for (const a of actions) {
    if (byName.has(a.name)) throw new Error(`action ${a.name} is defined twice`);
    byName.set(a.name, a);
  }
  const isEnabled = (a: AnyAction, ctx: ActionContext) => a.enabled?.(ctx) ?? true;
  return {
    all: actions,
    get: (name) => byName.get(name),
    toolbar: (group) => actions.filter((a) => a.toolbar?.group === group),
    forKey: (e, ctx) => actions.find((a) => a.keys?.some((k) => keyMatches(k, e)) && isEnabled(a, ctx)),
    isEnabled: (name, ctx) => {
      const a = byName.get(name);
      return !!a && isEnabled(a, ctx);
    },
    perform(name, ctx, arg) {
      const a = byName.get(name);
      if (!a || !isEnabled(a, ctx)) return false;
      (a.perform as (ctx: ActionContext, arg: unknown) => void)(ctx, arg);
      return true;
    },
  };
}

/** How a key is written in the shortcuts dialog: `Ctrl+Shift+Z`, `⌘⇧Z` on a Mac. */
export function keyLabel(b: KeyBinding, mac: boolean): string {
  const name = b.key === 'Escape' ? 'Esc' : b.key.length === 1 ? b.key.toUpperCase() : b.key;
  if (mac) return `${b.mod ? '⌘' : ''}${b.shift ? '⇧' : ''}${name}`;
  return [...(b.mod ? ['Ctrl'] : []), ...(b.shift ? ['Shift'] : []), name].join('+');
}
