// The YAML editor panel. The shell lazy-loads this module (React.lazy) so the canvas paints before Monaco.
//
// Test hooks, read by e2e/pages/editor.ts (cheap, always present, also in the production build):
//   [data-testid=yaml-editor]   the panel; data-pending="true" while typed text waits for the 300 ms pause
//   [data-testid=yaml-text]     hidden <pre>: the store's text (what the canvas and the engine see)
//   [data-testid=yaml-markers]  hidden <ul>: Monaco's markers of the model (ours and monaco-yaml's schema markers)
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesigner, useDesignerApi } from '../../store';
import { sayDiagnostic } from '../../i18n/say';
import { findingText } from '../inspector/Problems';
import { mountYamlEditor, type MarkerView } from './binding';
import './editor.css';

function countBy(markers: MarkerView[], severity: MarkerView['severity']): number {
  return markers.reduce((n, m) => (m.severity === severity ? n + 1 : n), 0);
}

export default function YamlEditorPanel() {
  const { t } = useTranslation();
  const api = useDesignerApi();
  const text = useDesigner((s) => s.text);
  const hostRef = useRef<HTMLDivElement>(null);
  const [markers, setMarkers] = useState<MarkerView[]>([]);
  const [pending, setPending] = useState(false);
  const [cursor, setCursor] = useState({ line: 1, col: 1 });
  const textLabel = t('editor.textLabel');
  // The markers (the reader's diagnostics and the lint findings) speak the page's language, and say it again when it changes.
  const tNow = useRef(t);
  const binding = useRef<ReturnType<typeof mountYamlEditor>>(undefined);
  useEffect(() => {
    tNow.current = t;
    binding.current?.relabel();
  }, [t]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const mounted = mountYamlEditor(host, api, {
      ariaLabel: textLabel,
      undoLabel: t('shell.toolbar.undo'),
      redoLabel: t('shell.toolbar.redo'),
      onMarkers: setMarkers,
      onPending: setPending,
      onCursor: (line, col) => setCursor({ line, col }),
      findingText: (f) => findingText(tNow.current, f),
      diagnosticText: (d) => sayDiagnostic(tNow.current, d),
    });
    binding.current = mounted;
    return () => {
      binding.current = undefined;
      mounted.dispose();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels are read once: remounting Monaco on a language switch would drop the user's cursor
  }, [api]);

  const errors = countBy(markers, 'error');
  const warnings = countBy(markers, 'warning');
  return (
    <section className="kpd-editor" aria-label={t('editor.label')} data-testid="yaml-editor" data-pending={pending ? 'true' : 'false'}>
      <div className="kpd-editor-host" ref={hostRef} />
      <div className="kpd-editor-status" role="status">
        {errors > 0 && <span data-tone="error">{t('editor.errors', { count: errors })}</span>}
        {warnings > 0 && <span data-tone="warning">{t('editor.warnings', { count: warnings })}</span>}
        {errors === 0 && warnings === 0 && <span>{t('editor.noProblems')}</span>}
        <span className="kpd-editor-cursor" data-testid="yaml-cursor" data-line={cursor.line} data-col={cursor.col}>
          {t('editor.cursor', { line: cursor.line, col: cursor.col })}
        </span>
      </div>
      <pre hidden data-testid="yaml-text">
        {text}
      </pre>
      <ul hidden data-testid="yaml-markers">
        {markers.map((m, i) => (
          <li key={i} data-owner={m.owner} data-severity={m.severity} data-line={m.line} data-col={m.col} data-end-line={m.endLine} data-end-col={m.endCol}>
            {m.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
