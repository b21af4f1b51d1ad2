// How a document is printed after an edit: in the style the user already wrote it in (indent width, whether
// sequences are indented under their key as kubectl does not, CRLF line ends), so an edit does not restyle text.
import { stringify, type Document } from 'yaml';

export interface PrintStyle {
  indent: number;
  /** `key:\n  - a` (true) or kubectl's `key:\n- a` (false). */
  indentSeq: boolean;
  crlf: boolean;
}

export const DEFAULT_STYLE: PrintStyle = { indent: 2, indentSeq: true, crlf: false };

/** Reads the style of a YAML text from its first nested mapping and first block sequence under a key. */
export function detectStyle(text: string): PrintStyle {
  const crlf = text.includes('\r\n');
  const lines = text.split(/\r?\n/);
  let indent: number | undefined;
  let indentSeq: boolean | undefined;
  for (let i = 0; i + 1 < lines.length && (indent === undefined || indentSeq === undefined); i++) {
    const head = /^( *)[^\s#-][^:#]*:\s*(#.*)?$/.exec(lines[i]!);
    if (!head) continue;
    const next = /^( *)(- )?/.exec(lines[i + 1]!)!;
    const base = head[1]!.length;
    const inner = next[1]!.length;
    if (next[2]) indentSeq ??= inner > base;
    else if (inner > base && lines[i + 1]!.trim() !== '') indent ??= inner - base;
  }
  return { indent: indent && indent <= 8 ? indent : DEFAULT_STYLE.indent, indentSeq: indentSeq ?? DEFAULT_STYLE.indentSeq, crlf };
}

const lineEnds = (s: string, style: PrintStyle) => (style.crlf ? s.replace(/\r?\n/g, '\r\n') : s);

export function printDocument(doc: Document, style: PrintStyle): string {
  return lineEnds(doc.toString({ lineWidth: 0, indent: style.indent, indentSeq: style.indentSeq }), style);
}

/** The YAML text of a plain object (a new document), in the key order it was built with. */
export function printObject(obj: unknown, style: PrintStyle = DEFAULT_STYLE): string {
  return lineEnds(stringify(obj, { lineWidth: 0, aliasDuplicateObjects: false, indent: style.indent, indentSeq: style.indentSeq }), style);
}
