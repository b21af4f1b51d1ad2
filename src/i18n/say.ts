// Messages (codes with parameters) in the page's language: the engine's walk over nested clauses, lists and enum
// words, with i18n doing the lookups. `reason.<code>` holds engine reasons and warnings, `action.<code>` action errors,
// `yaml.<code>` the YAML reader's diagnostics (plain parameters, no walk).
import type { TFunction } from 'i18next';
import type { ActionError, Diagnostic, Message } from '../model';
import { renderMessage } from '../engine/reasons/render';

export type MessageArea = 'reason' | 'action';

export function say(t: TFunction, m: Message, area: MessageArea = 'reason'): string {
  return renderMessage(m, {
    // `replace` keeps parameters apart from i18next's own options (a parameter named `count` or `ns` stays data).
    text: (code, params) => t(`${area}.${code}`, { replace: params }),
    word: (group, value) => t(`reason.words.${group}.${value}`, { defaultValue: value }),
    join: t('reason.join'),
  });
}

/** An action's refusal in the page's language (undefined when the action went through). */
export const sayRefusal = (t: TFunction, e: ActionError | undefined): string | undefined => (e ? say(t, e.message, 'action') : undefined);

/** A YAML diagnostic in the page's language; one without a code (or with one this build lacks) says its message. */
export function sayDiagnostic(t: TFunction, d: Diagnostic): string {
  return d.code ? t(`yaml.${d.code}`, { replace: d.params ?? {}, defaultValue: d.message }) : d.message;
}
