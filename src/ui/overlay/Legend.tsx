import { useTranslation } from 'react-i18next';
import type { VerdictKind } from '../../model';
import { useDesigner } from '../../store';
import { toggled, useScaleView } from '../scale/view';

const KINDS: VerdictKind[] = ['allowed', 'unisolated', 'http-only', 'denied'];

/** The overlay's key; each kind's checkbox shows or hides that kind on the canvas and in the matrix. */
export function Legend() {
  const { t } = useTranslation();
  // With cluster policies, the colour of a pair an admin tier decided comes from that tier.
  const tiers = [...new Set((useDesigner((s) => s.design.clusterPolicies) ?? []).map((c) => c.policy.tier))];
  const hidden = useScaleView((s) => s.hiddenKinds);
  const set = useScaleView((s) => s.set);
  return (
    <div className="kpd-legend" role="group" aria-label={t('overlay.legend')}>
      {KINDS.map((k) => (
        <div key={k} className="kpd-legend-row">
          <label className="kpd-legend-check">
            <input type="checkbox" checked={!hidden.has(k)} onChange={() => set({ hiddenKinds: toggled(hidden, k) })} />
            <svg width="36" height="10" aria-hidden="true">
              <line x1="2" y1="5" x2="34" y2="5" className={`kpd-traffic kpd-traffic-${k}`} />
            </svg>
            <span>{t(`scale.legend.${k}`)}</span>
          </label>
          <span className="kpd-muted kpd-legend-text">{t(`overlay.kinds.${k}`)}</span>
        </div>
      ))}
      {tiers.map((tier) => (
        <div key={tier} className="kpd-legend-row">
          <svg width="36" height="10" aria-hidden="true">
            <line x1="2" y1="5" x2="34" y2="5" className={`kpd-traffic kpd-traffic-denied kpd-traffic-tier-${tier.toLowerCase()}`} />
          </svg>
          <span>{t('cluster.legend', { tier: t(`cluster.tiers.${tier}`) })}</span>
        </div>
      ))}
    </div>
  );
}
