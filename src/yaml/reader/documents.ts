// Files → YAML documents → objects, with every problem placed at a file, line and column.
import type { Document } from 'yaml';
import type { Diagnostic } from '../../model';
import type { ParsedDocument, ParseResult } from '../index';
import { said, type Said } from '../messages';
import { Field, type PathPart, type Problem } from './field';
import { readObject } from './objects';
import { ExpansionLimit, isPlainMap, toPlain, type Plain } from './plain';
import { readStream } from './stream';

/** Larger inputs are refused unread: no real manifest set needs it, and it keeps the UI and CLI responsive. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Why a whole file is refused before any YAML is read, if it is. */
export function refusal(text: string): Said | undefined {
  if (text.length > MAX_INPUT_BYTES) return said('file.tooLarge', { mb: MAX_INPUT_BYTES / 1024 / 1024 });
  if (text.includes('\u0000')) return said('file.binary');
  return undefined;
}

/** What reading a text tells about how it would read as a piece of a longer text (see incremental.ts). */
export interface TextRead {
  /** Documents read, empty ones included: each takes a document index. */
  docs: number;
  /** Offsets where `yaml`'s line counter starts lines; lines and columns are counted from these. */
  lineStarts: readonly number[];
  /** Errors `yaml` raised before the first document was complete (see stream.ts). */
  leadingErrors: number;
  /** Whether everything from `until` on made exactly one document, without errors or warnings. */
  cleanTail: boolean;
}

/** Reads every document of `text` that starts before `until` into `out`. */
export function parseText(file: string, text: string, out: ParseResult, until = text.length): TextRead {
  const { docs: all, lineCounter: lc, leadingErrors } = readStream(text);
  const list = until < text.length ? all.filter((d) => d.range[0] < until) : all;
  const tail = all.slice(list.length);
  const cleanTail = tail.length === 1 && tail[0]!.range[0] === until && tail[0]!.errors.length === 0 && tail[0]!.warnings.length === 0;
  const at = (offset: number) => lc.linePos(Math.max(0, Math.min(offset, text.length)));
  let index = 0;
  for (const doc of list) {
    const docIndex = index++;
    const [start, , end] = doc.range;
    const startPos = at(start);
    const syntax = [...doc.errors, ...doc.warnings];
    for (const e of syntax) {
      const p = at(e.pos[0]);
      const isError = doc.errors.includes(e as never);
      out.diagnostics.push({ severity: isError ? 'error' : 'warning', file, line: p.line, col: p.col, ...syntaxMessage(e.code, e.message) });
    }
    const docText = text.slice(start, end);
    if (doc.contents === null && doc.errors.length === 0) continue; // empty document (e.g. a trailing `---`)
    const base = { file, line: startPos.line, col: startPos.col, endLine: at(end).line, text: docText };
    if (doc.errors.length > 0) {
      out.documents.push({ ...base, doc: docIndex, modelled: false, invalid: true });
      continue;
    }
    let plain: Plain;
    try {
      plain = toPlain(doc);
    } catch (e) {
      if (!(e instanceof ExpansionLimit)) throw e;
      out.diagnostics.push({ severity: 'error', file, ...startPos, ...said('document.aliasBomb') });
      out.documents.push({ ...base, doc: docIndex, modelled: false, invalid: true });
      continue;
    }
    if (plain === null) {
      continue; // an empty document (only comments or a trailing `---`)
    }
    const place = (value: Plain, prefix: PathPart[]) => readDocument(value, prefix, doc, at, file, out, { ...base, doc: docIndex });
    if (isPlainMap(plain) && typeof plain.kind === 'string' && plain.kind.endsWith('List') && Array.isArray(plain.items)) {
      // Typed lists (`kubectl get ns -o json` → NamespaceList) leave kind/apiVersion out of their items.
      const itemKind = plain.kind === 'List' ? undefined : plain.kind.slice(0, -'List'.length);
      plain.items.forEach((item, i) => {
        if (itemKind && isPlainMap(item)) {
          if (item.kind === undefined) item.kind = itemKind;
          if (item.apiVersion === undefined && typeof plain.apiVersion === 'string') item.apiVersion = plain.apiVersion;
        }
        place(item, ['items', i]);
      });
    } else {
      place(plain, []);
    }
  }
  return { docs: index, lineStarts: lc.lineStarts, leadingErrors, cleanTail };
}

type At = (offset: number) => { line: number; col: number };

function readDocument(value: Plain, prefix: PathPart[], doc: Document, at: At, file: string, out: ParseResult, base: Omit<ParsedDocument, 'modelled' | 'invalid'>): void {
  const problems: Problem[] = [];
  const root = new Field(value, [], problems);
  const record: ParsedDocument = { ...base, modelled: false, invalid: false };
  if (prefix.length > 0) {
    const pos = locate(doc, prefix, at);
    record.line = pos.line;
    record.col = pos.col;
  }
  if (!isPlainMap(value)) {
    root.error('document.notMapping');
  } else {
    const placed = readObject(root);
    if (placed.ref) record.ref = placed.ref;
    const errors = problems.some((p) => p.severity === 'error');
    if (placed.modelled && !errors && placed.add) {
      placed.add(out.cluster);
      record.modelled = true;
    } else if (!placed.modelled && !errors) {
      out.cluster.unmodelled.push({ ...unmodelledMeta(value), text: base.text, origin: { file, line: record.line, col: record.col, doc: base.doc } });
      if (placed.note) out.diagnostics.push({ severity: 'info', file, line: record.line, col: record.col, ...placed.note });
    }
    if (errors || (placed.modelled && !placed.add)) record.invalid = true;
  }
  if (problems.some((p) => p.severity === 'error')) record.invalid = true;
  for (const p of problems) out.diagnostics.push(toDiagnostic(p, prefix, doc, at, file));
  setOrigin(out, record);
  out.documents.push(record);
}

/** Stamp the origin on the object just added (the last of its collection). */
function setOrigin(out: ParseResult, record: ParsedDocument): void {
  if (!record.modelled) return;
  const c = out.cluster;
  const origin = { file: record.file, line: record.line, col: record.col, doc: record.doc };
  for (const list of [c.namespaces, c.workloads, c.serviceAccounts, c.services, c.networkPolicies, c.peerAuthentications, c.authorizationPolicies, c.adminPolicies] as {
    origin?: unknown;
  }[][]) {
    const last = list[list.length - 1];
    if (last && last.origin === undefined) last.origin = origin;
  }
}

function unmodelledMeta(v: Record<string, Plain>) {
  const meta = isPlainMap(v.metadata) ? v.metadata : undefined;
  const s = (x: Plain | undefined) => (typeof x === 'string' ? x : undefined);
  return { apiVersion: s(v.apiVersion), kind: s(v.kind), namespace: s(meta?.namespace), name: s(meta?.name) };
}

function toDiagnostic(p: Problem, prefix: PathPart[], doc: Document, at: At, file: string): Diagnostic {
  const full = [...prefix, ...p.path];
  const pos = locate(doc, full, at);
  const d: Diagnostic = { severity: p.severity, file, line: pos.line, col: pos.col, message: p.message, code: p.code };
  if (p.params) d.params = p.params;
  if (pos.endLine !== undefined) {
    d.endLine = pos.endLine;
    d.endCol = pos.endCol;
  }
  if (p.path.length > 0) d.path = pathTextOf(p.path);
  return d;
}

function pathTextOf(path: PathPart[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The deepest node on `path` that exists (the field itself, or its parent when the field is missing). */
function locate(doc: Document, path: PathPart[], at: At): { line: number; col: number; endLine?: number; endCol?: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) {
      const s = at(range[0]);
      const e = at(range[1]);
      return { line: s.line, col: s.col, endLine: e.line, endCol: e.col };
    }
  }
  return { line: 1, col: 1 };
}

/** `yaml`'s sentence stays its own (English only, see messages.ts `syntax`); the lead and the advice are ours. */
function syntaxMessage(code: string, message: string): Said {
  const detail = message.split('\n')[0] ?? message;
  if (code === 'DUPLICATE_KEY') return said('syntax.duplicateKey', { detail });
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR' || code === 'UNEXPECTED_TOKEN') return said('syntax.layout', { detail });
  return said('syntax.error', { detail });
}
