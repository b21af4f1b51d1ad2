// Diagnostics of the current YAML; clicking one jumps to it in the editor.
import { useTranslation } from 'react-i18next';
import { useDesigner } from '../../store';

export function Problems() {
  const { t } = useTranslation();
  const diagnostics = useDesigner((s) => s.diagnostics);
  const reveal = useDesigner((s) => s.revealInEditor);
  const shown = diagnostics.filter((d) => d.severity !== 'info').slice(0, 200);
  return (
    <section className="kpd-panel" aria-labelledby="kpd-problems-h">
      <h2 id="kpd-problems-h" className="kpd-panel-title">
        {t('shell.panels.problems')} {shown.length > 0 ? <span className="kpd-count">{shown.length}</span> : null}
      </h2>
      {shown.length === 0 ? (
        <p className="kpd-muted">{t('shell.panels.noProblems')}</p>
      ) : (
        <ul className="kpd-problems">
          {shown.map((d, i) => (
            <li key={i}>
              <button type="button" className={`kpd-problem kpd-${d.severity}`} onClick={() => reveal(d.line, d.col)}>
                <span className="kpd-pos">
                  {d.line}:{d.col}
                </span>{' '}
                {d.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
