// The Problems panel: what the reader could not use (YAML diagnostics), then lint findings grouped by object with
// their severity and code. A click jumps to the text; a certain fix is one button (one undo step).
import { memo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { sayDiagnostic } from '../../i18n/say';
import type { LintFinding } from '../../lint/types';
import { useDesigner } from '../../store';
import { groupFindings } from './problemGroups';
import './problems.css';

const MAX_SHOWN = 200;

/** The finding's text in the page's language, from its code and params (the CLI prints the English one). */
export function findingText(t: TFunction, f: LintFinding): string {
  const hint = f.hint ? t(`lint.hints.${f.hint.id}`, { ...f.hint.params, defaultValue: '' }) : '';
  return t(`lint.codes.${f.code}.message`, { ...f.params, hint, defaultValue: f.message });
}

export function Problems() {
  const { t } = useTranslation();
  const diagnostics = useDesigner((s) => s.diagnostics);
  const findings = useDesigner((s) => s.findings);
  const findingsText = useDesigner((s) => s.findingsText);
  const text = useDesigner((s) => s.text);
  const reveal = useDesigner((s) => s.revealInEditor);
  const applyFix = useDesigner((s) => s.applyFix);
  const shown = diagnostics.filter((d) => d.severity !== 'info').slice(0, MAX_SHOWN);
  // Findings of an older text are kept on screen while the new ones are computed, but their fixes wait.
  const current = findingsText === text;
  const total = shown.length + Math.min(findings?.length ?? 0, MAX_SHOWN);
  return (
    <section className="kpd-panel" aria-labelledby="kpd-problems-h" data-testid="problems" data-current={current ? 'true' : 'false'}>
      <h2 id="kpd-problems-h" className="kpd-panel-title">
        {t('shell.panels.problems')} {total > 0 ? <span className="kpd-count">{total}</span> : null}
      </h2>
      {/* "No problems" only once the current text has been checked (a big one is linted in a worker for a while). */}
      {total === 0 ? <p className="kpd-muted">{t(current ? 'shell.panels.noProblems' : 'shell.panels.checking')}</p> : null}
      {shown.length > 0 ? (
        <div className="kpd-problem-group">
          <h3 className="kpd-problem-object">{t('lint.yaml')}</h3>
          <ul className="kpd-problems">
            {shown.map((d, i) => (
              <li key={i}>
                <button type="button" className={`kpd-problem kpd-${d.severity}`} onClick={() => reveal(d.line, d.col)}>
                  <span className="kpd-pos">
                    {d.line}:{d.col}
                  </span>{' '}
                  {sayDiagnostic(t, d)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {findings ? <FindingGroups findings={findings} current={current} reveal={reveal} applyFix={applyFix} /> : null}
    </section>
  );
}

interface GroupsProps {
  findings: LintFinding[];
  current: boolean;
  reveal: (line: number, col: number) => void;
  applyFix: ((f: LintFinding) => void) | undefined;
}

/**
 * The findings, grouped by object. Rendered again only when the findings change (or become current), not on
 * every keystroke's text: on a big cluster that is a couple of hundred translated lines.
 */
const FindingGroups = memo(function FindingGroups({ findings, current, reveal, applyFix }: GroupsProps) {
  const { t } = useTranslation();
  const groups = groupFindings(findings.slice(0, MAX_SHOWN));
  return (
    <>
      {groups.map((g) => (
        <div className="kpd-problem-group" key={g.object}>
          <h3 className="kpd-problem-object">{g.object}</h3>
          <ul className="kpd-problems">
            {g.findings.map((f, i) => (
              <li key={`${f.code}-${f.line}-${i}`} className="kpd-finding" data-code={f.code} data-severity={f.severity}>
                <button type="button" className={`kpd-problem kpd-${f.severity}`} onClick={() => reveal(f.line, f.column ?? 1)} title={t('lint.goTo', { line: f.line })}>
                  <span className={`kpd-severity kpd-severity-${f.severity}`}>{t(`lint.severity.${f.severity}`)}</span> <span className="kpd-code">{f.code}</span>{' '}
                  <span className="kpd-pos">
                    {f.line}:{f.column ?? 1}
                  </span>{' '}
                  {findingText(t, f)}
                </button>
                {f.action && applyFix ? (
                  <button type="button" className="kpd-fix" disabled={!current} onClick={() => applyFix(f)}>
                    {t(`lint.fixes.${f.action.kind}`)}
                  </button>
                ) : f.fix ? (
                  <p className="kpd-fix-hint">{t('lint.suggestion', { fix: t(`lint.codes.${f.code}.fix`, { ...f.params, defaultValue: f.fix }) })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
});
