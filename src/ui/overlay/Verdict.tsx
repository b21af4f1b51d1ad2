// One verdict: its kind as the headline, then each layer with its decision and reason, policies as links to their text.
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../model';
import { say } from '../../i18n/say';
import { PolicyLinks } from '../inspector/PolicyLinks';

/** The tier that decided: of the end that denied, else of the ingress end (the verdict's colour comes from it). */
function decidingTier(v: Verdict): string | undefined {
  const ends = v.layers.filter((l) => l.tier !== undefined);
  return (ends.find((l) => l.decision === 'denied') ?? ends.find((l) => l.layer === 'ingress'))?.tier;
}

export function VerdictView({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return (
    <div className={`kpd-verdict kpd-verdict-${verdict.kind}`} data-tier={decidingTier(verdict)}>
      {/* One kind, never "denied · denied": the layers below say which layer decided. */}
      <p className="kpd-verdict-head" data-kind={verdict.kind}>
        <strong>{t(`overlay.headline.${verdict.kind}`)}</strong>
        {verdict.kind === 'unisolated' || verdict.kind === 'http-only' ? <span className="kpd-verdict-hint"> — {t(`overlay.headlineHint.${verdict.kind}`)}</span> : null}
      </p>
      <ol className="kpd-layers">
        {verdict.layers.map((l, i) => (
          <li key={i} className={`kpd-layer kpd-layer-${l.decision}`}>
            <div className="kpd-layer-head">
              <span>{t(`overlay.explain.layers.${l.layer}`)}</span>
              <span className="kpd-decision">{t(`overlay.explain.decisions.${l.decision}`)}</span>
              {l.tier ? <span className={`kpd-tier kpd-tier-${l.tier.toLowerCase()}`}>{t('cluster.decidedBy', { tier: t(`cluster.deciders.${l.tier}`) })}</span> : null}
            </div>
            <p className="kpd-reason">{say(t, l.message)}</p>
            <PolicyLinks policies={l.policies} />
          </li>
        ))}
      </ol>
      {verdict.notes.length > 0 ? (
        <>
          <h4>{t('overlay.explain.notes')}</h4>
          <ul className="kpd-notes">
            {verdict.notes.map((n, i) => (
              <li key={i}>{say(t, n)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
