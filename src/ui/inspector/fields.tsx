// Small labelled form pieces shared by the inspectors.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerPort, Labels, Protocol } from '../../model';

export function RenameField({ value, onRename }: { value: string; onRename(v: string): string | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const [v, setV] = useState(value);
  const [err, setErr] = useState<string>();
  return (
    <form
      className="kpd-row"
      onSubmit={(e) => {
        e.preventDefault();
        if (v !== value) setErr(onRename(v.trim()));
      }}
    >
      <label htmlFor={id}>{t('inspector.name')}</label>
      <input id={id} value={v} onChange={(e) => setV(e.target.value)} aria-invalid={!!err} />
      <button type="submit">{t('inspector.rename')}</button>
      {err ? (
        <p className="kpd-error" role="alert">
          {err}
        </p>
      ) : null}
    </form>
  );
}

export function LabelsEditor({ labels, onSave, hidden = [] }: { labels: Labels; onSave(l: Labels): string | undefined; hidden?: string[] }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(() => Object.entries(labels).filter(([k]) => !hidden.includes(k)));
  const [err, setErr] = useState<string>();
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const out = Object.create(null) as Labels;
    for (const [k, v] of Object.entries(labels)) if (hidden.includes(k)) out[k] = v;
    for (const [k, v] of rows) if (k.trim()) out[k.trim()] = v.trim();
    setErr(onSave(out));
  };
  return (
    <form onSubmit={save} className="kpd-fieldset">
      <fieldset>
        <legend>{t('inspector.labels')}</legend>
        {rows.map(([k, v], i) => (
          <div className="kpd-pair" key={i}>
            <input aria-label={t('inspector.labelKey')} value={k} onChange={(e) => setRows(rows.map((r, j) => (j === i ? [e.target.value, r[1]] : r)))} />
            <span aria-hidden="true">=</span>
            <input aria-label={t('inspector.labelValue')} value={v} onChange={(e) => setRows(rows.map((r, j) => (j === i ? [r[0], e.target.value] : r)))} />
            <button type="button" className="kpd-icon" aria-label={t('inspector.removeLabel', { key: k })} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <div className="kpd-actions">
          <button type="button" onClick={() => setRows([...rows, ['', '']])}>
            {t('inspector.addLabel')}
          </button>
          <button type="submit">{t('inspector.saveLabels')}</button>
        </div>
        {err ? (
          <p className="kpd-error" role="alert">
            {err}
          </p>
        ) : null}
      </fieldset>
    </form>
  );
}

type PortRow = { name: string; port: string; protocol: Protocol };

export function PortsEditor({ ports, onSave }: { ports: ContainerPort[]; onSave(p: ContainerPort[]): string | undefined }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<PortRow[]>(() => ports.map((p) => ({ name: p.name ?? '', port: String(p.containerPort), protocol: p.protocol })));
  const [err, setErr] = useState<string>();
  const set = (i: number, patch: Partial<PortRow>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const bad = rows.find((r) => !/^\d+$/.test(r.port) || Number(r.port) < 1 || Number(r.port) > 65535);
    if (bad) return setErr(t('inspector.badPort', { value: bad.port }));
    setErr(onSave(rows.map((r) => ({ ...(r.name ? { name: r.name } : {}), containerPort: Number(r.port), protocol: r.protocol }))));
  };
  return (
    <form onSubmit={save} className="kpd-fieldset">
      <fieldset>
        <legend>{t('inspector.ports')}</legend>
        {rows.map((r, i) => (
          <div className="kpd-port" key={i}>
            <input aria-label={t('inspector.portName')} placeholder="http" value={r.name} onChange={(e) => set(i, { name: e.target.value })} />
            <input aria-label={t('inspector.portNumber')} inputMode="numeric" value={r.port} onChange={(e) => set(i, { port: e.target.value })} />
            <select aria-label={t('inspector.protocol')} value={r.protocol} onChange={(e) => set(i, { protocol: e.target.value as Protocol })}>
              <option>TCP</option>
              <option>UDP</option>
              <option>SCTP</option>
            </select>
            <button type="button" className="kpd-icon" aria-label={t('inspector.removePort', { n: i + 1 })} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <div className="kpd-actions">
          <button type="button" onClick={() => setRows([...rows, { name: '', port: '8080', protocol: 'TCP' }])}>
            {t('inspector.addPort')}
          </button>
          <button type="submit">{t('inspector.savePorts')}</button>
        </div>
        {err ? (
          <p className="kpd-error" role="alert">
            {err}
          </p>
        ) : null}
      </fieldset>
    </form>
  );
}
