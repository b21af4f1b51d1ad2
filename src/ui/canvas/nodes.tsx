// Node renderers. Every string is rendered as text (React escapes it); nothing user-written becomes HTML.
import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { ExternalNodeData, NamespaceNodeData, WorkloadNodeData } from './model';

const Chips = ({ labels, skip = [] as string[] }: { labels: Record<string, string>; skip?: string[] }) => {
  const entries = Object.entries(labels).filter(([k]) => !skip.includes(k));
  if (entries.length === 0) return null;
  return (
    <ul className="kpd-chips">
      {entries.slice(0, 4).map(([k, v]) => (
        <li key={k} className="kpd-chip" title={`${k}=${v}`}>
          {k}={v}
        </li>
      ))}
      {entries.length > 4 ? <li className="kpd-chip kpd-chip-more">+{entries.length - 4}</li> : null}
    </ul>
  );
};

export function NamespaceNode({ data, selected }: NodeProps<Node<NamespaceNodeData>>) {
  const { t } = useTranslation();
  const { ns } = data;
  return (
    <div className={`kpd-ns${selected ? ' kpd-selected' : ''}`}>
      <Handle type="target" position={Position.Left} className="kpd-handle" />
      <div className="kpd-ns-head">
        <span className="kpd-ns-name">{ns.name}</span>
        {ns.defaultDeny ? <span className="kpd-badge kpd-badge-deny">{t('shell.canvas.defaultDeny')}</span> : null}
        {ns.mtls !== 'off' ? <span className={`kpd-badge kpd-badge-mtls-${ns.mtls.toLowerCase()}`}>{t('shell.canvas.mtls', { mode: ns.mtls })}</span> : null}
        {ns.allowDns ? <span className="kpd-badge">DNS</span> : null}
      </div>
      <Chips labels={ns.labels} skip={['kubernetes.io/metadata.name']} />
      <Handle type="source" position={Position.Right} className="kpd-handle" />
    </div>
  );
}

export function WorkloadNode({ data, selected }: NodeProps<Node<WorkloadNodeData>>) {
  const { t } = useTranslation();
  const { w } = data;
  return (
    <div className={`kpd-wl${selected ? ' kpd-selected' : ''}${w.mesh ? ' kpd-wl-mesh' : ''}`}>
      <Handle type="target" position={Position.Left} className="kpd-handle" />
      <div className="kpd-wl-head">
        <span className="kpd-wl-name">{w.name}</span>
        <span className={`kpd-badge ${w.mesh ? 'kpd-badge-mesh' : 'kpd-badge-plain'}`}>{w.mesh ? t('shell.canvas.sidecar') : t('shell.canvas.noSidecar')}</span>
      </div>
      <Chips labels={w.labels} />
      <div className="kpd-wl-meta">
        <span>{t('shell.canvas.sa', { sa: w.serviceAccount })}</span>
        <span className="kpd-wl-ports">
          {w.ports.length > 0 ? w.ports.map((p) => `${p.name ? `${p.name}:` : ''}${p.containerPort}/${p.protocol}`).join(' ') : t('shell.canvas.noPorts')}
        </span>
      </div>
      <Handle type="source" position={Position.Right} className="kpd-handle" />
    </div>
  );
}

export function ExternalNode({ data, selected }: NodeProps<Node<ExternalNodeData>>) {
  const { t } = useTranslation();
  const { ext } = data;
  const internet = ext.cidr === '0.0.0.0/0' || ext.cidr === '::/0';
  return (
    <div className={`kpd-ext${selected ? ' kpd-selected' : ''}`}>
      <Handle type="target" position={Position.Left} className="kpd-handle" />
      <div className="kpd-ext-name">{internet ? `${t('shell.canvas.internet')} (${ext.cidr})` : ext.cidr}</div>
      {ext.except.length > 0 ? <div className="kpd-ext-except">{t('shell.canvas.except', { list: ext.except.join(', ') })}</div> : null}
      <Handle type="source" position={Position.Right} className="kpd-handle" />
    </div>
  );
}

/** A collapsed namespace (src/ui/scale/collapse.ts): its name, switches and how many workloads it holds. */
export function CollapsedNamespaceNode({ data, selected, width }: NodeProps<Node<NamespaceNodeData>>) {
  const { t } = useTranslation();
  const { ns, count } = data;
  return (
    <div
      className={`kpd-ns-collapsed${selected ? ' kpd-selected' : ''}`}
      title={t('scale.collapsed.expandHint')}
      style={{ fontSize: Math.min(64, Math.max(14, (width ?? 240) / 12)) }}
    >
      <Handle type="target" position={Position.Left} className="kpd-handle" />
      <div className="kpd-ns-head">
        <span className="kpd-ns-name">{ns.name}</span>
        {ns.defaultDeny ? <span className="kpd-badge kpd-badge-deny">{t('shell.canvas.defaultDeny')}</span> : null}
        {ns.mtls !== 'off' ? <span className={`kpd-badge kpd-badge-mtls-${ns.mtls.toLowerCase()}`}>{t('shell.canvas.mtls', { mode: ns.mtls })}</span> : null}
      </div>
      <span className="kpd-muted">{t('scale.collapsed.workloads', { count })}</span>
      <Handle type="source" position={Position.Right} className="kpd-handle" />
    </div>
  );
}

export const nodeTypes = { namespace: NamespaceNode, namespaceCollapsed: CollapsedNamespaceNode, workload: WorkloadNode, external: ExternalNode };
