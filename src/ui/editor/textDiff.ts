// The smallest single replacement that turns `before` into `after`: common prefix and suffix are kept, so
// an edit made elsewhere (canvas, undo) leaves the user's cursor, selection and scroll where they were.

/** Offsets are UTF-16 indexes into `before`; `[start, end)` is replaced by `text`. */
export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** undefined when the texts are equal. Never splits a surrogate pair (an emoji in a label stays whole). */
export function minimalReplacement(before: string, after: string): TextReplacement | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  const maxSuffix = max - prefix;
  while (suffix < maxSuffix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

/** Monaco keeps one end-of-line style per model; compare and apply texts with `\n` only. */
export function normalizeEol(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Apply a replacement (used by tests and by the fallback path when there is no editor). */
export function applyReplacement(before: string, r: TextReplacement): string {
  return before.slice(0, r.start) + r.text + before.slice(r.end);
}
