// The inspector: edit what is selected (namespace, workload, outside address, connection).
import { useTranslation } from 'react-i18next';
import { useDesigner } from '../../store';
import { ClusterPolicyInspector } from '../cluster/ClusterPolicyInspector';
import { EdgeInspector } from './EdgeInspector';
import { ExternalInspector } from './ExternalInspector';
import { NamespaceInspector } from './NamespaceInspector';
import { WorkloadInspector } from './WorkloadInspector';

export function Inspector() {
  const { t } = useTranslation();
  const selection = useDesigner((s) => s.selection);
  const design = useDesigner((s) => s.design);
  const id = selection.nodes[0];
  const ns = design.namespaces.find((n) => n.id === id);
  const w = design.workloads.find((x) => x.id === id);
  const ext = design.externals.find((x) => x.id === id);
  const card = design.clusterPolicies?.find((c) => c.id === id);
  const edge = selection.edge ? design.edges.find((e) => e.id === selection.edge) : undefined;
  return (
    <section className="kpd-panel" aria-labelledby="kpd-inspector-h">
      <h2 id="kpd-inspector-h" className="kpd-panel-title">
        {t('shell.panels.inspector')}
      </h2>
      {ns ? <NamespaceInspector key={ns.id} ns={ns} /> : null}
      {w ? <WorkloadInspector key={w.id + JSON.stringify(w.labels) + JSON.stringify(w.ports) + w.serviceAccount} w={w} /> : null}
      {ext ? <ExternalInspector key={ext.id} ext={ext} /> : null}
      {edge ? <EdgeInspector edge={edge} /> : null}
      {card ? <ClusterPolicyInspector key={card.id + JSON.stringify(card.policy)} card={card} /> : null}
      {!ns && !w && !ext && !edge && !card ? <p className="kpd-muted">{t('inspector.nothing')}</p> : null}
    </section>
  );
}
