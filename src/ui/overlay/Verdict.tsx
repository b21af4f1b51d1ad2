// One verdict: each layer with its decision and reason, policies as links to their text.
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../model';
import { PolicyLinks } from '../inspector/PolicyLinks';

export function VerdictView({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  const notes = verdict.reasons.slice(verdict.layers.length);
  return (
    <div className={`kpd-verdict kpd-verdict-${verdict.kind}`}>
      <p className="kpd-verdict-head" data-kind={verdict.kind}>
        <strong>{verdict.allowed ? t('overlay.test.allowed') : t('overlay.test.denied')}</strong> · {t(`overlay.kinds.${verdict.kind}`)}
      </p>
      <ol className="kpd-layers">
        {verdict.layers.map((l, i) => (
          <li key={i} className={`kpd-layer kpd-layer-${l.decision}`}>
            <div className="kpd-layer-head">
              <span>{t(`overlay.explain.layers.${l.layer}`)}</span>
              <span className="kpd-decision">{t(`overlay.explain.decisions.${l.decision}`)}</span>
            </div>
            <p className="kpd-reason">{l.reason}</p>
            <PolicyLinks policies={l.policies} />
          </li>
        ))}
      </ol>
      {notes.length > 0 ? (
        <>
          <h4>{t('overlay.explain.notes')}</h4>
          <ul className="kpd-notes">
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
