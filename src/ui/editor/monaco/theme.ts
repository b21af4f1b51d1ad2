// A quiet light theme close to the app's neutral greys, with the reveal highlight and marker colours it needs.
import type * as Monaco from 'monaco-editor/editor/editor.api.js';

export const THEME = 'kpd-light';

export function defineThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme(THEME, {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'type', foreground: '1f5fa8' },
      { token: 'string', foreground: '2a7a3b' },
      { token: 'number', foreground: 'a0522d' },
      { token: 'keyword', foreground: '8a3ea8' },
      { token: 'comment', foreground: '7a7f87', fontStyle: 'italic' },
    ],
    colors: {
      'editor.background': '#fbfbfc',
      'editorLineNumber.foreground': '#a0a6ae',
      'editorLineNumber.activeForeground': '#3b4250',
      'editor.lineHighlightBackground': '#f1f3f6',
      'editorIndentGuide.background1': '#e6e8ec',
      'editorGutter.background': '#f6f7f9',
    },
  });
}
