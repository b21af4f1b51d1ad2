// Mounts Monaco on a DOM node and binds it to the designer store: text sync, markers, undo/redo, reveal.
import type { StoreApi } from 'zustand';
import type { DesignerStore } from '../../store/contract';
import { monaco, setSchemaCheck, setupMonaco } from './monaco/setup';
import { OFF_PAGE_CHARS } from '../../store/create';
import { THEME } from './monaco/theme';
import { MODEL_URI } from './schemas';
import { findingDiagnostics, MAX_MARKERS, toMarkerRanges } from './markers';
import { normalizeEol } from './textDiff';
import { TextSync } from './textSync';
import { revealInEditor } from './reveal';
import { redo, undo } from '../actions/edit';
import type { KeyBinding } from '../actions/types';
import type { LintFinding } from '../../lint/types';
import type { Diagnostic } from '../../model/diagnostic';

/** The actions' key bindings as Monaco keybindings (letters only: the editor binds undo and redo). */
function monacoKeys(bindings: readonly KeyBinding[] = []): number[] {
  return bindings.flatMap((b) => {
    const code = monaco.KeyCode[`Key${b.key.toUpperCase()}` as keyof typeof monaco.KeyCode];
    if (typeof code !== 'number') return [];
    return [(b.mod ? monaco.KeyMod.CtrlCmd : 0) | (b.shift ? monaco.KeyMod.Shift : 0) | code];
  });
}

/** The part of the store the editor uses (the full store satisfies it; tests pass a small fake). */
export type EditorStoreState = Pick<DesignerStore, 'text' | 'diagnostics' | 'reveal' | 'setText' | 'undo' | 'redo'> &
  Partial<Pick<DesignerStore, 'findings' | 'findingsText' | 'deriving' | 'anticipate'>>;
export type EditorStoreApi = Pick<StoreApi<EditorStoreState>, 'getState' | 'subscribe'>;

/** A marker as the hidden test mirror and the page object see it. */
export interface MarkerView {
  owner: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  message: string;
}

export interface EditorBindingOptions {
  ariaLabel: string;
  /** Names of the undo / redo actions in Monaco's command palette, in the page's language. */
  undoLabel: string;
  redoLabel: string;
  onMarkers(markers: MarkerView[]): void;
  onPending(pending: boolean): void;
  onCursor(line: number, col: number): void;
  /** A lint finding's message in the page's language (read each time markers are set: the language can change). */
  findingText?(f: LintFinding): string;
  /** A YAML diagnostic's message in the page's language (read each time markers are set, like findingText). */
  diagnosticText?(d: Diagnostic): string;
}

export const MARKER_OWNER = 'kpd';
/** Lint findings (src/lint) have their own owner: they follow the findings, computed a moment after the text. */
export const LINT_MARKER_OWNER = 'kpd-lint';

function severityName(s: monaco.MarkerSeverity): MarkerView['severity'] {
  if (s === monaco.MarkerSeverity.Error) return 'error';
  if (s === monaco.MarkerSeverity.Warning) return 'warning';
  if (s === monaco.MarkerSeverity.Info) return 'info';
  return 'hint';
}

/** A pause this long in typing a big text starts reading it ahead (well inside the 300 ms typing pause). */
export const READ_AHEAD_MS = 60;

export function mountYamlEditor(host: HTMLElement, api: EditorStoreApi, opts: EditorBindingOptions): { dispose(): void; relabel(): void } {
  setupMonaco();
  const uri = monaco.Uri.parse(MODEL_URI);
  monaco.editor.getModel(uri)?.dispose();
  const model = monaco.editor.createModel(normalizeEol(api.getState().text), 'yaml', uri);
  model.setEOL(monaco.editor.EndOfLineSequence.LF);
  model.updateOptions({ tabSize: 2, insertSpaces: true });
  const editor = monaco.editor.create(host, {
    model,
    theme: THEME,
    // EditContext loses characters under Playwright's keyboard and some IMEs; the textarea path is proven.
    editContext: false,
    ariaLabel: opts.ariaLabel,
    automaticLayout: true,
    minimap: { enabled: false },
    wordWrap: 'off',
    fontSize: 13,
    lineHeight: 19,
    scrollBeyondLastLine: false,
    renderLineHighlight: 'line',
    fixedOverflowWidgets: true,
    quickSuggestions: { other: true, comments: false, strings: true },
    hover: { delay: 300 },
    stickyScroll: { enabled: false },
    // Folding by indentation (YAML's structure) in the page, not by monaco-yaml, whose worker re-parses the whole
    // document for folding ranges after every edit: over a second a time on a pasted cluster export.
    foldingStrategy: 'indentation',
    // monaco-yaml's link provider re-reads the whole document too; a manifest has no links worth following.
    links: false,
  });

  const sync = new TextSync(
    { getText: () => api.getState().text, setText: (t) => api.getState().setText(t), undo: () => api.getState().undo(), redo: () => api.getState().redo() },
    {
      getText: () => model.getValue(),
      replace(r) {
        const start = model.getPositionAt(r.start);
        const end = model.getPositionAt(r.end);
        const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
        const firstVisible = editor.getVisibleRanges()[0]?.startLineNumber ?? 1;
        const offset = editor.getScrollTop() - editor.getTopForLineNumber(firstVisible);
        const linesBefore = model.getLineCount();
        // No end-cursor state: Monaco moves the cursors with the text around them, so the user's caret stays put.
        editor.executeEdits('kpd-store', [{ range, text: r.text, forceMoveMarkers: false }]);
        // Monaco keeps the scroll offset in pixels; when lines appear or vanish above the viewport, scroll by
        // the same amount so the text the user is looking at does not slide away.
        if (end.lineNumber < firstVisible) {
          const moved = firstVisible + model.getLineCount() - linesBefore;
          editor.setScrollTop(editor.getTopForLineNumber(moved) + offset, monaco.editor.ScrollType.Immediate);
        }
      },
    },
    opts.onPending,
  );

  // A big text the user pauses on is read ahead, before the typing pause commits it (store/read-ahead.ts).
  let aheadTimer: ReturnType<typeof setTimeout> | undefined;
  const readAhead = () => {
    clearTimeout(aheadTimer);
    aheadTimer = setTimeout(() => {
      if (sync.isPending) api.getState().anticipate?.(model.getValue());
    }, READ_AHEAD_MS);
  };

  /** Whether the diagnostics describe the model's text (and were set as its markers). */
  const setDiagnosticMarkers = (): boolean => {
    const s = api.getState();
    // Diagnostics describe the store's text; while the user's newer text is pending, keep the old markers
    // (Monaco moves them with the edits) instead of placing them at stale positions.
    // While a big text is read off the page, the diagnostics are still those of the text before it.
    if (sync.isPending || s.deriving || normalizeEol(s.text) !== model.getValue()) return false;
    const ranges = toMarkerRanges(s.diagnostics, model.getLineCount(), (n) => model.getLineContent(n), opts.diagnosticText);
    monaco.editor.setModelMarkers(model, MARKER_OWNER, ranges);
    return true;
  };

  const applyDiagnostics = () => {
    if (setDiagnosticMarkers()) applyFindings();
  };

  const applyFindings = () => {
    const s = api.getState();
    if (sync.isPending || s.findingsText === undefined || normalizeEol(s.findingsText) !== model.getValue()) return;
    const ranges = toMarkerRanges(findingDiagnostics(s.findings ?? [], opts.findingText), model.getLineCount(), (n) => model.getLineContent(n));
    monaco.editor.setModelMarkers(model, LINT_MARKER_OWNER, ranges);
  };

  const publishMarkers = () => {
    const all = monaco.editor.getModelMarkers({ resource: uri }).slice(0, MAX_MARKERS);
    opts.onMarkers(
      all.map((m) => ({
        owner: m.owner,
        severity: severityName(m.severity),
        line: m.startLineNumber,
        col: m.startColumn,
        endLine: m.endLineNumber,
        endCol: m.endColumn,
        message: m.message,
      })),
    );
  };

  let lastRevealSeq = api.getState().reveal?.seq;
  const disposables: Array<{ dispose(): void }> = [
    editor.onDidChangeModelContent(() => {
      // Decided on the buffer, before its text reaches the store: the check of a big paste never starts.
      const big = model.getValueLength() >= OFF_PAGE_CHARS;
      setSchemaCheck(!big);
      sync.bufferChanged();
      if (big) readAhead();
    }),
    editor.onDidChangeCursorPosition((e) => opts.onCursor(e.position.lineNumber, e.position.column)),
    // Leaving the editor (a click on the canvas or a toolbar button) must not lose the last 300 ms of typing.
    editor.onDidBlurEditorText(() => sync.flush()),
    monaco.editor.onDidChangeMarkers((uris) => {
      if (uris.some((u) => u.toString() === uri.toString())) publishMarkers();
    }),
    // One history for canvas and editor: the store's undo, never Monaco's own stack, on the keys the actions
    // define (typing is flushed first, so the last words typed are one step of their own).
    editor.addAction({ id: 'kpd.undo', label: opts.undoLabel, keybindings: monacoKeys(undo.keys), run: () => sync.undo() }),
    editor.addAction({ id: 'kpd.redo', label: opts.redoLabel, keybindings: monacoKeys(redo.keys), run: () => sync.redo() }),
  ];
  const unsubscribe = api.subscribe((s, prev) => {
    if (s.text !== prev.text) sync.storeChanged();
    if (s.text !== prev.text || s.diagnostics !== prev.diagnostics || s.deriving !== prev.deriving) applyDiagnostics();
    else if (s.findings !== prev.findings) applyFindings();
    if (s.reveal && s.reveal.seq !== lastRevealSeq) {
      lastRevealSeq = s.reveal.seq;
      sync.flush();
      revealInEditor(editor, s.reveal.line, s.reveal.col);
    }
  });
  const flushOnHide = () => sync.flush();
  window.addEventListener('pagehide', flushOnHide);
  setSchemaCheck(model.getValueLength() < OFF_PAGE_CHARS);
  applyDiagnostics();

  return {
    /** The page's language changed: the diagnostics' and the lint findings' markers say their sentences again. */
    relabel() {
      setDiagnosticMarkers();
      applyFindings();
    },
    dispose() {
      window.removeEventListener('pagehide', flushOnHide);
      clearTimeout(aheadTimer);
      unsubscribe();
      sync.dispose();
      disposables.forEach((d) => d.dispose());
      editor.dispose();
      model.dispose();
    },
  };
}
