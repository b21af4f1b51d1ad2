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
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file || '<input>'}:${d.line}:${d.col}`;
  return `${where}: ${d.severity}: ${d.message}`;
}
