// One definition per user action (compare Excalidraw's packages/excalidraw/actions/types.ts): its name, its
// label (an i18n key), its keys, when it is enabled, and what it does. The toolbar, the keyboard, the shortcuts
// dialog and the tests all go through the same definition.
import type { DesignerStoreApi } from '../../store';

/** What an action works on: the stores of this page (or of a test designer). */
export interface ActionContext {
  designer: DesignerStoreApi;
}

/** A key as KeyboardEvent.key names it; `mod` is Ctrl, or ⌘ on a Mac. */
export interface KeyBinding {
  key: string;
  mod?: boolean;
  shift?: boolean;
}

/** Where an action shows in the toolbar: its group, in the order actions are registered. */
export type ToolbarGroup = 'add' | 'edit' | 'help';

export interface Action<Arg = void> {
  name: string;
  /** i18n key of the button text, and of the line in the shortcuts dialog. */
  label: string;
  keys?: KeyBinding[];
  /** Shown in the toolbar (absent: keyboard only). `icon` replaces the text, the label stays the accessible name;
   *  `short` (an i18n key, or a symbol) is the text on a narrow window (ToolLabel). */
  toolbar?: { group: ToolbarGroup; icon?: string; short?: string };
  /** Absent: always enabled. Read from the stores, so the toolbar updates when it changes. */
  enabled?(ctx: ActionContext): boolean;
  /** A toggle's state (aria-pressed). */
  pressed?(ctx: ActionContext): boolean;
  perform(ctx: ActionContext, arg: Arg): void;
}

/**
 * An action of any argument type, as the registry holds them (every Action<A> is one: `never` is assignable to
 * any argument). The argument is checked where an action is defined; performing by name passes it through.
 */
export type AnyAction = Action<never>;

/** Identity with the argument type checked: `defineAction({ ... })`. */
export const defineAction = <Arg = void>(a: Action<Arg>): Action<Arg> => a;
