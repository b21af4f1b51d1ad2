// The CLI's fast path (issue 9 §4): js-yaml 4 reads a plain document several times faster than `yaml`
// builds its node tree, but it knows no positions. So a chunk (one `---` document, see incremental.ts) is
// read by js-yaml only when it is plain enough that both libraries must agree on it and it turns out clean
// (modelled, no diagnostic at all); then its one position, the document's start, is known without `yaml`
// (the chunk's first line). Anything else — a diagnostic to place, an anchor, a tag, a block scalar, a
// quote or bracket spanning lines, js-yaml throwing — is read by `yaml` exactly as before, so every
// diagnostic keeps its file, line, column and path. fast.test.ts checks the result equals the `yaml` reading.
import { load } from 'js-yaml';
import { emptyCluster } from '../../model';
import type { ParsedDocument, ParseResult } from '../index';
import { Field, type Problem } from './field';
import { YAML_CORE_SCHEMA } from './core-schema';
import { readChunk, type ChunkReader, type ChunkResult } from './incremental';
import { readObject } from './objects';
import { isPlainMap, NODE_BUDGET, type Plain, type PlainMap } from './plain';

/**
 * Where js-yaml and `yaml` could read the same text differently (or only one of them complains): tabs and
 * CRs, anchors/aliases/tags and other indicators after a space (so no alias ever reaches js-yaml), merge keys, block scalars, complex keys,
 * and exponents big enough to overflow (js-yaml keeps `1e400` a string, `yaml` makes it Infinity). Also the
 * characters JavaScript's regexes take for line ends besides \n (U+2028, U+2029, and NEL, a line break of
 * YAML 1.1): the line checks below cut lines at \n only, and their patterns stop at those (a line holding one
 * made `fits` throw).
 */
const RISKY = /[\t\r\u2028\u2029\x85]|(?:^|[\s[{,])[&*!?|>%@`]|<<|\d[eE][-+]?\d{3}/;
/** A line that starts a mapping entry, a sequence item, a comment, or closes nothing: not a continuation. */
const ENTRY = /^\s*(?:#|-(?:\s|$)|[^\s#][^#]*?:(?:\s|$))/;

/** A document whose last line ends in a space or an empty value (`key:`, `-`): yaml's range then stops before the line break. */
const ENDS_OPEN = /(?:[ \t:]|(?:^|\s)-)\n*$/;
/** Characters that open or close something that might go on past the line. */
const NESTS = /["'[\]{}]/;
/** A flow collection closed right before a `:`: a collection used as a mapping key. */
const FLOW_KEY = /[\]}]\s*:(?:\s|$)/;

/**
 * Block structure that js-yaml and yaml read alike. Indentation only ever returns to a column it came from
 * (as in Python): yaml refuses a line that goes back to a new column (`  - a` after `   - b`). A sequence item
 * sits in a sequence, or right under a key with no value yet (`key:` then `- a` in the same column), and a
 * key with a value from deeper lines takes no item after them. js-yaml reads some documents that break
 * these rules; such documents are left to yaml.
 */
type LineKind = 'key' | 'emptyKey' | 'item';

class Indents {
  private readonly open: { column: number; seq: boolean; last?: LineKind }[] = [{ column: 0, seq: false }];

  fits(line: string): boolean {
    if (/^\s*#/.test(line)) return true;
    const m = /^( *)(- +)?(.*)$/.exec(line)!;
    const column = m[1]!.length;
    const isItem = m[2] !== undefined;
    const rest = m[3]!.replace(/\s+#.*$/, '');
    if (isItem && /^-(\s|$)/.test(rest)) return false; // `- - a`: nested sequences on one line
    let top = this.open[this.open.length - 1]!;
    if (column > top.column) {
      if (top.last === 'emptyKey') top.last = 'key'; // the key got its value from these deeper lines
      top = { column, seq: isItem };
      this.open.push(top);
    } else {
      while (column < top.column) {
        this.open.pop();
        top = this.open[this.open.length - 1]!;
      }
      if (column !== top.column) return false;
      if (isItem && !top.seq && top.last !== 'emptyKey' && top.last !== 'item') return false;
      if (!isItem && top.seq) return false;
    }
    const kind = (s: string): LineKind => (/:$/.test(s.trimEnd()) ? 'emptyKey' : 'key');
    top.last = isItem ? 'item' : kind(rest);
    // An item's content is a column of its own: `- name: a` then `  ports: …`.
    if (isItem && /:(\s|$)/.test(rest)) this.open.push({ column: column + m[2]!.length, seq: false, last: kind(rest) });
    return true;
  }
}

/** Every line is one whole entry: no quoted string, flow collection or plain scalar goes on to the next line. */
function linesStandAlone(text: string, from: number): boolean {
  let start = from;
  const levels = new Indents();
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.trim() === '') continue;
    if (!ENTRY.test(line) || line.length > 1000) return false; // yaml refuses implicit keys over 1024 characters
    if (!levels.fits(line)) return false;
    if (!NESTS.test(line)) continue; // most lines (`  name: web`) have nothing that could span lines
    if (FLOW_KEY.test(line)) return false; // `[a, b]: x`: js-yaml and yaml turn such keys into different strings
    let open = 0;
    let quote = '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) {
          if (quote === "'" && line[i + 1] === "'") i++;
          else {
            quote = '';
            // `"a"#c`: yaml wants a space before a comment (or any token) after a quoted scalar; js-yaml does not.
            if (i + 1 < line.length && !/[\s,\]}:]/.test(line[i + 1]!)) return false;
          }
        }
      } else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(line[i - 1]!))) quote = c;
      else if (c === '[' || c === '{') open++;
      else if (c === ']' || c === '}') {
        open--;
        if (i + 1 < line.length && !/[\s,\]}:]/.test(line[i + 1]!)) return false; // `[]#c`, `{a: b}c`: as after a quote
      } else if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
    }
    if (quote || open !== 0) return false;
  }
  return true;
}

/** js-yaml's value as `toPlain` gives it: null-prototype maps, under the same node budget and depth limit. */
function plainOf(value: unknown, budget: { left: number }, depth = 0): Plain {
  if (--budget.left < 0 || depth > 200) throw new RangeError('node budget or depth');
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((v) => plainOf(v, budget, depth + 1));
  if (typeof value === 'object') {
    const out = Object.create(null) as PlainMap;
    for (const key of Object.keys(value)) out[key] = plainOf((value as Record<string, unknown>)[key], budget, depth + 1);
    return out;
  }
  return value as Plain;
}

function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The chunk read without `yaml` when it is plain and clean; undefined when `yaml` must read it. */
function readPlainChunk(text: string, last: boolean): ChunkResult | undefined {
  // `yaml` starts the document at a bare `---` line or at content in column 1; other starts (a comment on
  // the marker, leading comments or blank lines) move the document's range, so they are left to it.
  const body = text.startsWith('---\n') ? 4 : /^[A-Za-z"'{]/.test(text) ? 0 : -1;
  if (body < 0 || (!last && !text.endsWith('\n')) || RISKY.test(text) || ENDS_OPEN.test(text) || !linesStandAlone(text, body)) return undefined;
  let value: Plain;
  try {
    value = plainOf(load(text.slice(body), { schema: YAML_CORE_SCHEMA }), { left: NODE_BUDGET });
  } catch {
    return undefined;
  }
  const result: ParseResult = { cluster: emptyCluster(), documents: [], diagnostics: [] };
  const lines = lineCount(text);
  const chunk: ChunkResult = { result, docs: 1, lines, ordered: true, joins: !last, leadingErrors: 0 };
  if (value === null) return body === 4 ? chunk : undefined; // an empty document: it only takes an index
  if (!isPlainMap(value) || (typeof value.kind === 'string' && value.kind.endsWith('List'))) return undefined;
  const problems: Problem[] = [];
  const placed = readObject(new Field(value, [], problems));
  if (problems.length > 0 || !placed.modelled || !placed.add || placed.note) return undefined;
  const record: ParsedDocument = { file: '', line: 1, col: 1, endLine: lines + 1, text, doc: 0, modelled: true, invalid: false };
  if (placed.ref) record.ref = placed.ref;
  placed.add(result.cluster);
  const added = Object.values(result.cluster).find((list: { origin?: unknown }[]) => list.length > 0) as { origin?: unknown }[];
  added[0]!.origin = { file: '', line: 1, col: 1, doc: 0 };
  result.documents.push(record);
  return chunk;
}

/** Chunks read by js-yaml since the process started: what tests watch to know the fast path is taken. */
let plainReads = 0;
export const plainChunkReads = () => plainReads;

function readPlainCounted(text: string, last: boolean): ChunkResult | undefined {
  const plain = readPlainChunk(text, last);
  if (plain) plainReads++;
  return plain;
}

/** readChunk with js-yaml where that gives the same result. */
export function readChunkFast(text: string, last: boolean): ChunkResult {
  return readPlainCounted(text, last) ?? readChunk(text, last);
}

/**
 * The same through the chunk cache (incremental.ts), for a reader that sees the same documents again and again
 * (the designer's worker, after every edit); a one-off read (the CLI) would only pay for copying chunks into it.
 */
export const readChunkFastCached: ChunkReader = (text, last) => readChunk(text, last, readPlainCounted);
