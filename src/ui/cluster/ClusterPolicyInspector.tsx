// The inspector of a cluster policy: tier, priority, subject and rules by form (clusterPolicyForm.ts), saved as
// one undo step in the policy's own kind.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignClusterPolicy } from '../../model';
import { useDesigner } from '../../store';
import { sayRefusal } from '../../i18n/say';
import { actionsOf, draftOf, newRule, policyOf, type RuleDraft } from '../inspector/clusterPolicyForm';

export function ClusterPolicyInspector({ card }: { card: DesignClusterPolicy }) {
  const { t } = useTranslation();
  const id = useId();
  const p = card.policy;
  const update = useDesigner((s) => s.updateClusterPolicy);
  const remove = useDesigner((s) => s.removeClusterPolicy);
  const [d, setD] = useState(() => draftOf(p));
  const [err, setErr] = useState<string>();
  const setRule = (i: number, patch: Partial<RuleDraft>) => setD({ ...d, rules: d.rules.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const next = policyOf(p, d);
    if ('bad' in next) return setErr(t('cluster.form.bad', { value: next.bad }));
    setErr(sayRefusal(t, update?.(card.id, next)));
  };
  return (
    <form className="kpd-inspector kpd-cluster-form" onSubmit={save} aria-label={t('cluster.form.title')}>
      <p className="kpd-kind">{t('cluster.form.title')}</p>
      <p className="kpd-cluster-title">
        {p.kind} {p.name}
      </p>
      {p.kind !== 'ClusterNetworkPolicy' ? <p className="kpd-muted">{t('cluster.form.kept', { kind: p.kind, apiVersion: p.apiVersion })}</p> : null}
      {p.kind === 'ClusterNetworkPolicy' ? (
        <div className="kpd-row">
          <label htmlFor={`${id}-tier`}>{t('cluster.form.tier')}</label>
          <select id={`${id}-tier`} value={d.tier} onChange={(e) => setD({ ...d, tier: e.target.value as 'Admin' | 'Baseline' })}>
            <option value="Admin">{t('cluster.tiers.Admin')}</option>
            <option value="Baseline">{t('cluster.tiers.Baseline')}</option>
          </select>
        </div>
      ) : null}
      {p.priority !== undefined ? (
        <div className="kpd-row">
          <label htmlFor={`${id}-prio`}>{t('cluster.form.priority')}</label>
          <input id={`${id}-prio`} type="number" min={0} max={1000} value={d.priority} onChange={(e) => setD({ ...d, priority: e.target.value })} />
        </div>
      ) : null}
      <label className="kpd-stack">
        <span>{t('cluster.form.subjectNamespaces')}</span>
        <input value={d.namespaces} onChange={(e) => setD({ ...d, namespaces: e.target.value })} />
      </label>
      <label className="kpd-stack">
        <span>{t('cluster.form.subjectPods')}</span>
        <input value={d.pods} onChange={(e) => setD({ ...d, pods: e.target.value })} />
      </label>
      <fieldset className="kpd-rules">
        <legend>{t('cluster.form.rules')}</legend>
        {d.rules.map((r, i) => (
          <fieldset key={i} className="kpd-rule">
            <legend>{t('cluster.form.rule', { n: i + 1 })}</legend>
            <div className="kpd-row">
              <label htmlFor={`${id}-dir-${i}`}>{t('cluster.form.direction')}</label>
              <select id={`${id}-dir-${i}`} value={r.dir} disabled={!!r.kept} onChange={(e) => setRule(i, { dir: e.target.value as RuleDraft['dir'] })}>
                <option value="ingress">{t('cluster.form.ingress')}</option>
                <option value="egress">{t('cluster.form.egress')}</option>
              </select>
            </div>
            <div className="kpd-row">
              <label htmlFor={`${id}-act-${i}`}>{t('cluster.form.action')}</label>
              <select id={`${id}-act-${i}`} value={r.action} onChange={(e) => setRule(i, { action: e.target.value as RuleDraft['action'] })}>
                {actionsOf(p.kind).map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
            </div>
            {r.kept ? (
              <p className="kpd-muted">{t('cluster.form.keptRule')}</p>
            ) : (
              <>
                <label className="kpd-stack">
                  <span>{t('cluster.form.ruleName')}</span>
                  <input value={r.name} onChange={(e) => setRule(i, { name: e.target.value })} />
                </label>
                <label className="kpd-stack">
                  <span>{t('cluster.form.peerNamespaces')}</span>
                  <input value={r.namespaces} onChange={(e) => setRule(i, { namespaces: e.target.value })} />
                </label>
                <label className="kpd-stack">
                  <span>{t('cluster.form.peerPods')}</span>
                  <input value={r.pods} onChange={(e) => setRule(i, { pods: e.target.value })} />
                </label>
                {r.dir === 'egress' ? (
                  <label className="kpd-stack">
                    <span>{t('cluster.form.networks')}</span>
                    <input value={r.networks} onChange={(e) => setRule(i, { networks: e.target.value })} />
                  </label>
                ) : null}
                <label className="kpd-stack">
                  <span>{t('cluster.form.ports')}</span>
                  <input value={r.ports} onChange={(e) => setRule(i, { ports: e.target.value })} />
                </label>
              </>
            )}
            <button type="button" className="kpd-link" onClick={() => setD({ ...d, rules: d.rules.filter((_, j) => j !== i) })}>
              {t('cluster.form.removeRule', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <div className="kpd-row">
          <button type="button" onClick={() => setD({ ...d, rules: [...d.rules, newRule(p.kind, 'ingress')] })}>
            {t('cluster.form.addIngress')}
          </button>
          <button type="button" onClick={() => setD({ ...d, rules: [...d.rules, newRule(p.kind, 'egress')] })}>
            {t('cluster.form.addEgress')}
          </button>
        </div>
      </fieldset>
      {err ? (
        <p className="kpd-error" role="alert">
          {err}
        </p>
      ) : null}
      <button type="submit">{t('cluster.form.save')}</button>
      <button type="button" className="kpd-danger" onClick={() => remove?.(card.id)}>
        {t('cluster.form.delete')}
      </button>
    </form>
  );
}
