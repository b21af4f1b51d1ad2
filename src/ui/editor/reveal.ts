// "Jump to policy": centre the line, put the caret there, flash the object's lines, focus the editor.
import type * as Monaco from 'monaco-editor/editor/editor.api.js';

export const REVEAL_FLASH_MS = 1600;
const MAX_HIGHLIGHT_LINES = 60;

/** The lines of the YAML document that starts at (or contains) `line`: up to the next `---` separator. */
export function documentLinesFrom(line: number, lineCount: number, lineText: (n: number) => string): number {
  let end = line;
  while (end < lineCount && end - line < MAX_HIGHLIGHT_LINES && !/^---(\s|$)/.test(lineText(end + 1))) end++;
  return end;
}

export function revealInEditor(editor: Monaco.editor.IStandaloneCodeEditor, line: number, col: number): void {
  const model = editor.getModel();
  if (!model) return;
  const lineNumber = Math.max(1, Math.min(model.getLineCount(), Math.trunc(line) || 1));
  const column = Math.max(1, Math.min(model.getLineMaxColumn(lineNumber), Math.trunc(col) || 1));
  const last = documentLinesFrom(lineNumber, model.getLineCount(), (n) => model.getLineContent(n));
  editor.revealLineInCenter(lineNumber);
  editor.setPosition({ lineNumber, column });
  const flash = editor.createDecorationsCollection([
    {
      range: { startLineNumber: lineNumber, startColumn: 1, endLineNumber: last, endColumn: 1 },
      options: { isWholeLine: true, className: 'kpd-reveal-line', linesDecorationsClassName: 'kpd-reveal-gutter' },
    },
  ]);
  setTimeout(() => flash.clear(), REVEAL_FLASH_MS);
  editor.focus();
}
