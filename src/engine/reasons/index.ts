// Reason codes: the catalogue of English templates, building messages, and rendering them.
import type { Message, MessageParam } from '../../model';
import type { ReasonCode } from './catalogue';
import { english } from './render';

export { REASONS, ENUM_PARAMS, type ReasonCode, type Texts } from './catalogue';
export { english, englishIn, renderMessage, template, type Lookups } from './render';

/** A message of the engine's catalogue (typed codes catch a misspelt one at compile time). */
export const msg = (code: ReasonCode, params: Record<string, MessageParam> = {}): Message => ({ code, params });

/** A reason sentence in both forms, to spread into a LayerResult: `{ layer, decision, ...said(m), policies }`. */
export const said = (message: Message): { reason: string; message: Message } => ({ reason: english(message), message });

/** `a and b and c`, as nested `and` messages (lists of request attributes are short). */
export function andList(items: MessageParam[]): MessageParam {
  return items.reduce((a, b) => msg('and', { a, b }));
}

/** `a or b or c`, as nested `or` messages. */
export function orList(items: MessageParam[]): MessageParam {
  return items.reduce((a, b) => msg('or', { a, b }));
}

/** `a, b, c`: items of a list that holds words to translate. */
export function commaList(items: MessageParam[]): MessageParam {
  return items.reduce((a, b) => msg('comma', { a, b }));
}

/** `a b c`: conditions of one request side by side. */
export function bothList(items: MessageParam[]): MessageParam {
  return items.reduce((a, b) => msg('both', { a, b }));
}

/** Messages without repeats (the same note reached by several rules), first occurrence kept. */
export function uniqueMessages(list: Message[]): Message[] {
  if (list.length < 2) return list;
  const seen = new Set<string>();
  return list.filter((m) => {
    const key = JSON.stringify(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
