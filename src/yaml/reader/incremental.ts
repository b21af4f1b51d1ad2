// The designer re-parses its whole buffer on every keystroke, but an edit usually touches one document.
// `yaml` starts a document at every `---` line, so the text is cut there, each piece is read on its own (and
// remembered by its text), and the pieces' results are stitched back with lines and document indexes
// shifted. Where broken YAML makes a piece read differently inside the whole (yaml's reading at a cut
// depends on what follows), pieces are read together or the whole text is read: the outcome is always
// what reading the whole text at once gives (incremental.test.ts checks it).
import { emptyCluster, type Cluster, type Origin } from '../../model';
import type { ParseResult } from '../index';
import { parseText } from './documents';

export interface ChunkResult {
  /** Read with file '' and lines/indexes relative to the chunk. */
  result: ParseResult;
  /** Documents `yaml` saw in the chunk, empty ones included (they take an index too). */
  docs: number;
  /** Lines `yaml`'s counter started after the chunk's first: what later chunks' lines shift by. */
  lines: number;
  /** Whether `yaml`'s line starts are in order (otherwise its line numbers depend on the whole text). */
  ordered: boolean;
  /**
   * Whether the next chunk may be read on its own after this one: the `---` that follows this chunk (read
   * with it, as in the whole text) started a new, clean document, and `yaml` counted the line break before it.
   */
  joins: boolean;
  /** Errors raised before the chunk's first document: after another document they would go to that one. */
  leadingErrors: number;
}

/**
 * Directives (`%`) carry over to later documents, a `...` marker moves document ends and comments, and a BOM
 * may start any document: with these the pieces would not read as the whole does, so the whole file is read.
 * Matching any line that merely starts with `%` or `...` is broader than YAML needs, and safe.
 */
const UNSAFE = /^(?:%|\.\.\.)|\uFEFF/m;

/** The pieces of `text`, each starting at a `---` line (except the first), or undefined when it must not be cut. */
export function chunksOf(text: string): string[] | undefined {
  if (UNSAFE.test(text)) return undefined;
  const chunks: string[] = [];
  let start = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    const at = nl + 1;
    // The same test as yaml's lexer: `---` then whitespace or the end of the text.
    if (text.startsWith('---', at) && isBlank(text.charCodeAt(at + 3))) {
      chunks.push(text.slice(start, at));
      start = at;
    }
  }
  chunks.push(text.slice(start));
  return chunks;
}

function isBlank(code: number): boolean {
  return Number.isNaN(code) || code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * A long session must not grow without bound: the least recently used chunks go first. The entries must hold
 * every document of a big paste (2,000 distinct workloads are 5,600 documents): each parse reads the chunks in
 * order, so a cache one chunk too small evicts every chunk before it is read again and never hits.
 */
export const CACHE_LIMITS = { entries: 16_000, chars: 4_000_000, chunkChars: 1_000_000 };
const cache = new Map<string, ChunkResult>();
let cachedChars = 0;
/** Chunks read by yaml (cache misses) and files read whole, since the last clear: what tests watch. */
let chunkReads = 0;
let wholeReads = 0;

export function cacheStats(): { entries: number; chars: number; chunkReads: number; wholeReads: number } {
  return { entries: cache.size, chars: cachedChars, chunkReads, wholeReads };
}

export function clearChunkCache(): void {
  cache.clear();
  cachedChars = 0;
  chunkReads = 0;
  wholeReads = 0;
}

/** A faster reading of a plain, clean chunk with the same result as `yaml`'s (reader/fast.ts), or undefined. */
export type PlainReader = (text: string, last: boolean) => ChunkResult | undefined;

/**
 * Reads a chunk as `yaml` reads it inside the whole text. What `yaml` does at a document's end depends on
 * what follows (a `---` or the end of the text), so a chunk that others follow is read with the next
 * chunk's `---` after it, and that document is left out. On a cache miss, `plain` may read it instead:
 * both readings give one result, so the cache does not care which one filled it.
 */
export function readChunk(text: string, last: boolean, plain?: PlainReader): ChunkResult {
  const source = last ? text : text + '---';
  const hit = cache.get(source);
  if (hit) {
    cache.delete(source);
    cache.set(source, hit);
    return hit;
  }
  const cacheable = source.length <= CACHE_LIMITS.chunkChars;
  // A slice keeps its whole parent string alive (the entire buffer of that edit); a copy keeps only itself.
  const own = cacheable ? (JSON.parse(JSON.stringify(source)) as string) : source;
  const entry = plain?.(last ? own : own.slice(0, text.length), last) ?? readWithYaml(own, text.length, last);
  if (cacheable) {
    cache.set(own, entry);
    cachedChars += own.length;
    for (const [key] of cache) {
      if (cache.size <= CACHE_LIMITS.entries && cachedChars <= CACHE_LIMITS.chars) break;
      cache.delete(key);
      cachedChars -= key.length;
    }
  }
  return entry;
}

function readWithYaml(source: string, length: number, last: boolean): ChunkResult {
  const result: ParseResult = { cluster: emptyCluster(), documents: [], diagnostics: [] };
  const read = parseText('', source, result, length);
  chunkReads++;
  const starts = read.lineStarts;
  const ordered = starts.every((s, i) => (i === 0 ? s === 0 : s > starts[i - 1]!));
  return {
    result,
    docs: read.docs,
    lines: starts.length - 1,
    ordered,
    joins: !last && ordered && starts[starts.length - 1] === length && read.cleanTail,
    leadingErrors: read.leadingErrors,
  };
}

/** Reads one chunk as `yaml` would read it inside the whole text (readChunk, or a faster equivalent). */
export type ChunkReader = (text: string, last: boolean) => ChunkResult;

/** A chunk that still does not join after this many more is a broken quote or the like: read the whole. */
const MAX_MERGES = 2;

/**
 * The chunks read as they would be inside the whole text: a chunk that cannot be read apart from the next
 * one is read together with it (broken YAML at a document's edge), and undefined when that is not enough.
 */
function readGroups(chunks: string[], read: ChunkReader): ChunkResult[] | undefined {
  const groups: ChunkResult[] = [];
  const last = chunks.length - 1;
  let text = chunks[0]!;
  let group = read(text, last === 0);
  let merged = 0;
  for (let i = 1; i <= last; i++) {
    const next = read(chunks[i]!, i === last);
    if (group.joins && !(next.leadingErrors > 0 && group.docs > 0)) {
      if (!group.ordered) return undefined;
      groups.push(group);
      text = chunks[i]!;
      group = next;
      merged = 0;
    } else {
      if (++merged > MAX_MERGES) return undefined;
      text += chunks[i]!;
      group = readChunk(text, i === last);
    }
  }
  if (!group.ordered) return undefined;
  groups.push(group);
  return groups;
}

const COLLECTIONS: (keyof Cluster)[] = [
  'namespaces',
  'workloads',
  'serviceAccounts',
  'services',
  'networkPolicies',
  'peerAuthentications',
  'authorizationPolicies',
  'adminPolicies',
  'unmodelled',
];

/** parseText(file, text, out), reusing what earlier calls read of unchanged documents. */
export function parseTextIncremental(file: string, text: string, out: ParseResult, read: ChunkReader = readChunk): void {
  const chunks = chunksOf(text);
  const groups = chunks && readGroups(chunks, read);
  if (!groups) {
    wholeReads++;
    parseText(file, text, out);
    return;
  }
  let docBase = 0;
  let shift = 0;
  for (const { result, docs, lines } of groups) {
    for (const d of result.diagnostics) {
      const moved = { ...d, file, line: d.line + shift };
      if (d.endLine !== undefined) moved.endLine = d.endLine + shift;
      out.diagnostics.push(moved);
    }
    for (const d of result.documents) out.documents.push({ ...d, file, doc: d.doc + docBase, line: d.line + shift, endLine: d.endLine + shift });
    // Cached objects are shared between results: only the origin differs, so only that is copied (nothing
    // downstream mutates parsed objects; the designer edits the text and parses again).
    const origin = (o: Origin): Origin => ({ file, line: o.line + shift, col: o.col, doc: o.doc + docBase });
    for (const key of COLLECTIONS) {
      const to = out.cluster[key] as { origin?: Origin }[];
      for (const o of result.cluster[key] as { origin?: Origin }[]) to.push(o.origin ? { ...o, origin: origin(o.origin) } : o);
    }
    docBase += docs;
    shift += lines;
  }
}
