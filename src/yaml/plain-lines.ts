// The block structure of a plain block-style document, read line by line (locate-plain.ts says which documents
// and why): mappings and sequences with the offsets yaml's ranges use, and values that are plain or quoted scalars
// or one-line flow collections of simple scalars. Anything else throws Unsupported inside and answers undefined.
export interface Leaf {
  kind: 'leaf';
  start: number;
  end: number;
  /** yaml's range[2]. */
  after: number;
  /** A flow collection: only yaml may look inside. */
  flow: boolean;
}
export interface Block {
  kind: 'map' | 'seq';
  start: number;
  after: number;
  /** Map keys as written; for a sequence, one undefined per item. */
  keys: (string | undefined)[];
  values: Node[];
}
export type Node = Leaf | Block;

/** One entry of a line: a `- ` item marker, or a key with its value (a `- key: v` line has both). */
interface Entry {
  col: number;
  offset: number;
  dash: boolean;
  key?: string;
  /** The value's text, trailing spaces left out; start === end when there is none on this line. */
  start: number;
  end: number;
  flow: boolean;
  /** Where the line's text ends (its trailing spaces included) and where the next line starts. */
  lineEnd: number;
  next: number;
}

export interface PlainTree {
  text: string;
  root: Block;
  /** Offsets where lines start (yaml's LineCounter). */
  lineStarts: number[];
}

/** Keys as written in column 1 of an entry: anything else (quotes, flow, `?`, `<<`…) is left to yaml. */
const KEY = /^([A-Za-z0-9_][^\s:#'"{}[\],]*):(?: +|$)/;
/** Characters yaml reads specially at the start of a plain scalar. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const DOUBLE_QUOTED = /^"[^"]*"$/;
const SINGLE_QUOTED = /^'(?:[^']|'')*'$/;
/** A plain scalar inside a flow collection, kept simple. */
const FLOW_WORD = /^[A-Za-z0-9_./][A-Za-z0-9_./*@=+~-]*/;
/** Tabs, CRs, a BOM, escapes: left to yaml. */
const UNSUPPORTED = /[\t\r\uFEFF\\]/;
/** Documents larger than this might exceed toPlain's node budget, after which locate.ts falls back to the origin. */
const MAX_CHARS = 200_000;
const MAX_DEPTH = 100;
const MAX_LINE = 1000;

class Unsupported extends Error {}

/** The document's block structure, or undefined when it is not plain enough (then yaml must read it). */
export function plainTree(text: string): PlainTree | undefined {
  if (text.length > MAX_CHARS || UNSUPPORTED.test(text)) return undefined;
  try {
    const { entries, lineStarts } = scan(text);
    if (entries.length === 0 || entries[0]!.col !== 0 || entries[0]!.dash) return undefined;
    const parser = new Parser(entries);
    const root = parser.block(0, 0);
    // `items` makes locate.ts read the object as one item of a `kind: List`.
    if (parser.at < entries.length || root.kind !== 'map' || root.keys.includes('items')) return undefined;
    return { text, root, lineStarts };
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** The entries of every content line, after an optional `---` line and leading blank or comment lines. */
function scan(text: string): { entries: Entry[]; lineStarts: number[] } {
  const entries: Entry[] = [];
  const lineStarts = [0];
  let started = false;
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const lineEnd = nl < 0 ? text.length : nl;
    const next = nl < 0 ? text.length : nl + 1;
    if (nl >= 0) lineStarts.push(next);
    const line = text.slice(start, lineEnd);
    const at = start;
    start = next;
    if (line.length > MAX_LINE) throw new Unsupported();
    if (/^(?:---|\.\.\.)(?:\s|$)/.test(line)) {
      if (line.trim() !== '---' || at !== 0) throw new Unsupported();
      continue;
    }
    if (line.trim() === '') continue;
    if (/^ *#/.test(line) && !started) continue;
    // A comment once the content has started may belong to a collection's range: yaml decides.
    if (/(?:^|\s)#/.test(line)) throw new Unsupported();
    started = true;
    let col = line.length - line.trimStart().length;
    let rest = line.slice(col);
    const dash = /^-(?: +|$)/.exec(rest);
    if (dash) {
      const content = rest.slice(dash[0].length);
      const entry: Entry = { col, offset: at + col, dash: true, start: 0, end: 0, flow: false, lineEnd, next };
      entries.push(entry);
      if (content === '' || /^-(?:\s|$)/.test(content)) throw new Unsupported();
      col += dash[0].length;
      rest = content;
      if (!KEY.test(rest)) {
        value(entry, rest, at + col);
        continue;
      }
    }
    const key = KEY.exec(rest);
    if (!key) throw new Unsupported();
    const entry: Entry = { col, offset: at + col, dash: false, key: key[1]!, start: 0, end: 0, flow: false, lineEnd, next };
    value(entry, rest.slice(key[0].length), at + col + key[0].length);
    entries.push(entry);
  }
  return { entries, lineStarts };
}

/** Sets the entry's value from the text after its key or dash (starting at `offset`); Unsupported if unusual. */
function value(entry: Entry, raw: string, offset: number): void {
  const text = raw.trimEnd();
  entry.start = offset;
  entry.end = offset + text.length;
  if (text === '') return;
  if (text.startsWith('[') || text.startsWith('{')) {
    if (flow(text, 0, 0) !== text.length) throw new Unsupported();
    entry.flow = true;
  } else if (text.startsWith('"')) {
    if (!DOUBLE_QUOTED.test(text)) throw new Unsupported();
  } else if (text.startsWith("'")) {
    if (!SINGLE_QUOTED.test(text)) throw new Unsupported();
  } else if (INDICATOR.test(text) || /:(?: |$)/.test(text)) throw new Unsupported();
}

/** The end of a one-line flow collection of simple scalars starting at `i` (Unsupported otherwise). */
function flow(text: string, i: number, depth: number): number {
  if (depth > 10) throw new Unsupported();
  const close = text[i] === '[' ? ']' : '}';
  const map = close === '}';
  i = spaces(text, i + 1);
  if (text[i] === close) return i + 1;
  for (;;) {
    if (map) {
      const key = FLOW_WORD.exec(text.slice(i));
      if (!key || text[i + key[0].length] !== ':' || text[i + key[0].length + 1] !== ' ') throw new Unsupported();
      i = spaces(text, i + key[0].length + 1);
    }
    i = spaces(text, item(text, i, depth));
    if (text[i] === close) return i + 1;
    if (text[i] !== ',') throw new Unsupported();
    i = spaces(text, i + 1);
  }
}

function item(text: string, i: number, depth: number): number {
  const c = text[i];
  if (c === '[' || c === '{') return flow(text, i, depth + 1);
  const rest = text.slice(i);
  const m = c === '"' ? /^"[^"]*"/.exec(rest) : c === "'" ? /^'(?:[^']|'')*'/.exec(rest) : FLOW_WORD.exec(rest);
  if (!m) throw new Unsupported();
  return i + m[0].length;
}

function spaces(text: string, i: number): number {
  while (text[i] === ' ') i++;
  return i;
}

class Parser {
  at = 0;
  constructor(private readonly entries: Entry[]) {}

  /** The block collection whose first entry is at `this.at`, in column `col`. */
  block(col: number, depth: number): Block {
    if (depth > MAX_DEPTH) throw new Unsupported();
    const first = this.entries[this.at]!;
    const seq = first.dash;
    const out: Block = { kind: seq ? 'seq' : 'map', start: first.offset, after: first.offset, keys: [], values: [] };
    while (this.at < this.entries.length) {
      const e = this.entries[this.at]!;
      if (e.col < col) break;
      if (e.col > col) throw new Unsupported();
      if (e.dash !== seq) {
        // A sequence written in its key's column (`key:` then `- a`) ends at the next key of that column.
        if (seq) break;
        throw new Unsupported();
      }
      this.at++;
      out.keys.push(e.key);
      const value = this.value(e, col, depth);
      out.values.push(value);
      out.after = value.after;
    }
    return out;
  }

  private value(e: Entry, col: number, depth: number): Node {
    const next = this.entries[this.at];
    // `- key: …`: a mapping whose first key shares the item's line.
    if (e.dash && next && next.offset > e.offset && next.offset < e.lineEnd) return this.block(next.col, depth + 1);
    if (e.start < e.end) return { kind: 'leaf', start: e.start, end: e.end, after: e.next, flow: e.flow };
    // A deeper entry, or a `- ` item in the key's own column, is the key's value.
    if (next && (next.col > col || (next.col === col && next.dash))) return this.block(next.col, depth + 1);
    return { kind: 'leaf', start: e.lineEnd, end: e.lineEnd, after: e.lineEnd, flow: false };
  }
}
