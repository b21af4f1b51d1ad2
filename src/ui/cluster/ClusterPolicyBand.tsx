// The "Cluster policies" band above the namespaces: one card per admin policy in evaluation order, showing its
// tier, priority and actions. A card selects the policy for the inspector.
import { useTranslation } from 'react-i18next';
import type { AdminPolicy } from '../../model';
import { useDesigner } from '../../store';

/** kubectl's short names (the CRDs' shortName): the full kind is in the card's accessible name. */
const KIND_SHORT: Record<AdminPolicy['kind'], string> = { AdminNetworkPolicy: 'ANP', BaselineAdminNetworkPolicy: 'BANP', ClusterNetworkPolicy: 'CNP' };

function actionsText(p: AdminPolicy, none: string): string {
  const all = [...(p.ingress ?? []), ...(p.egress ?? [])].map((r) => r.action);
  return all.length > 0 ? [...new Set(all)].join(' / ') : none;
}

export function ClusterPolicyBand() {
  const { t } = useTranslation();
  const cards = useDesigner((s) => s.design.clusterPolicies);
  const selected = useDesigner((s) => s.selection.nodes[0]);
  const setSelection = useDesigner((s) => s.setSelection);
  if (!cards || cards.length === 0) return null;
  return (
    <section className="kpd-band" aria-label={t('cluster.band')}>
      <h2 className="kpd-band-title" title={t('cluster.bandHelp')}>
        {t('cluster.band')}
      </h2>
      <ul className="kpd-band-cards">
        {cards.map(({ id, policy: p }) => {
          const priority = p.priority === undefined ? t('cluster.noPriority') : t('cluster.priority', { priority: p.priority });
          const actions = actionsText(p, t('cluster.noRules'));
          return (
            <li key={id}>
              <button
                type="button"
                title={`${p.kind} ${p.name}`}
                className={`kpd-card kpd-card-${p.tier.toLowerCase()}`}
                aria-pressed={selected === id}
                aria-label={t('cluster.card', { kind: p.kind, name: p.name, tier: t(`cluster.tiers.${p.tier}`), priority, actions })}
                onClick={() => setSelection({ nodes: [id] })}
              >
                <span className="kpd-card-tier">{t(`cluster.tiers.${p.tier}`)}</span>
                <span className="kpd-card-prio">{priority}</span>
                <span className="kpd-card-name">{p.name}</span>
                <span className="kpd-card-meta">{KIND_SHORT[p.kind]}</span>
                <span className="kpd-card-actions">{actions}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
