/** A problem in the user's input: where it is and how to fix it. Errors are values, not exceptions. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  /** File name as given by the user ('' for pasted text / the editor). */
  file: string;
  /** 1-based line and column. */
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
  /** Field path inside the object, e.g. `spec.ingress[0].from[1].podSelector`. */
  path?: string;
  /** What is wrong and how to fix it, e.g. "spec.ingress[0].from[1]: podSelector must be a mapping". */
  message: string;
  /**
   * The sentence's code in the YAML reader's catalogue (src/yaml/messages.ts) and its parameters: the page says it
   * in its own language from these; `message` is its English. Absent on diagnostics from elsewhere (the CLI's own).
   */
  code?: string;
  /** Plain strings and numbers, so a diagnostic crosses postMessage and JSON unchanged. */
  params?: Record<string, string | number>;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file || '<input>'}:${d.line}:${d.col}`;
  return `${where}: ${d.severity}: ${d.message}`;
}
