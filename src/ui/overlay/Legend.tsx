import { useTranslation } from 'react-i18next';
import type { VerdictKind } from '../../model';

const KINDS: VerdictKind[] = ['allowed', 'unisolated', 'http-only', 'denied'];

export function Legend() {
  const { t } = useTranslation();
  return (
    <div className="kpd-legend" role="group" aria-label={t('overlay.legend')}>
      {KINDS.map((k) => (
        <div key={k} className="kpd-legend-row">
          <svg width="36" height="10" aria-hidden="true">
            <line x1="2" y1="5" x2="34" y2="5" className={`kpd-traffic kpd-traffic-${k}`} />
          </svg>
          <span>{t(`overlay.kinds.${k}`)}</span>
        </div>
      ))}
    </div>
  );
}
