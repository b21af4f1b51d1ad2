// Store diagnostics → Monaco marker ranges. Pure (no Monaco import) so it is unit-tested without a browser.
import type { Diagnostic } from '../../model/diagnostic';
import type { LintFinding } from '../../lint/types';

/** Monaco's MarkerSeverity values (monaco.MarkerSeverity.Error = 8, Warning = 4, Info = 2). */
export const SEVERITY = { error: 8, warning: 4, info: 2 } as const;

/** Enough markers to read; a 10 MB paste full of mistakes must not build 100 000 decorations. */
export const MAX_MARKERS = 500;

export interface MarkerRange {
  severity: number;
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  source?: string;
}

/** A token ends at whitespace or a YAML indicator that cannot be part of a plain scalar key. */
const TOKEN_END = /[\s,:[\]{}#]/;

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

/** When a diagnostic has no end, underline the token at its start, else the rest of the line, else one column. */
function tokenEnd(lineText: string, col: number): number {
  let end = col - 1;
  while (end < lineText.length && !TOKEN_END.test(lineText[end]!)) end++;
  if (end > col - 1) return end + 1;
  if (col - 1 < lineText.length) return lineText.length + 1;
  return col + 1;
}

/** `message`: a diagnostic's message in the page's language (asked only for the markers kept, at most MAX_MARKERS). */
export function toMarkerRanges(
  diagnostics: readonly Diagnostic[],
  lineCount: number,
  lineText: (line: number) => string,
  message: (d: Diagnostic) => string = (d) => d.message,
): MarkerRange[] {
  const out: MarkerRange[] = [];
  for (const d of diagnostics) {
    if (out.length >= MAX_MARKERS) break;
    const line = clamp(Math.trunc(d.line) || 1, 1, Math.max(1, lineCount));
    const text = lineText(line);
    const col = clamp(Math.trunc(d.col) || 1, 1, text.length + 1);
    let endLine = line;
    let endCol: number;
    if (d.endLine !== undefined && d.endCol !== undefined && (d.endLine > line || (d.endLine === line && d.endCol > col))) {
      endLine = clamp(d.endLine, line, Math.max(1, lineCount));
      endCol = d.endCol;
    } else {
      endCol = tokenEnd(text, col);
    }
    out.push({
      severity: SEVERITY[d.severity] ?? SEVERITY.error,
      message: message(d),
      startLineNumber: line,
      startColumn: col,
      endLineNumber: endLine,
      endColumn: endCol,
      source: 'kpd',
    });
  }
  return out;
}

/** Lint findings as diagnostics for the markers: the code leads the message, as in the Problems panel. */
export function findingDiagnostics(findings: readonly LintFinding[], text: (f: LintFinding) => string = (f) => f.message): Diagnostic[] {
  return findings.map((f) => {
    const d: Diagnostic = { severity: f.severity, file: f.file, line: f.line, col: f.column ?? 1, message: `${f.code}: ${text(f)}` };
    // A whole object or list spans many lines: underline its first line only, like a diagnostic without an end.
    if (f.endLine !== undefined && f.endColumn !== undefined && f.endLine === f.line) {
      d.endLine = f.endLine;
      d.endCol = f.endColumn;
    }
    return d;
  });
}
