// "Allow traffic to…": the keyboard-only way to draw an edge (every field labelled, Enter submits, Escape
// cancels and returns focus to the button).
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeId, Protocol } from '../../model';
import { sayRefusal } from '../../i18n/say';
import { useDesigner } from '../../store';
import { parsePorts } from '../canvas/ConnectDialog';
import { useCanvasNames } from '../canvas/names';

const list = (s: string) =>
  s
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean);

export function AllowTrafficForm({ from }: { from: NodeId }) {
  const { t } = useTranslation();
  const id = useId();
  const design = useDesigner((s) => s.design);
  const allowTraffic = useDesigner((s) => s.allowTraffic);
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState('');
  const [ports, setPorts] = useState('');
  const [protocol, setProtocol] = useState<Protocol>('TCP');
  const [methods, setMethods] = useState('');
  const [paths, setPaths] = useState('');
  const [err, setErr] = useState<string>();
  const openBtn = useRef<HTMLButtonElement>(null);
  const names = useCanvasNames();
  const targets = [
    ...design.workloads.map((w) => ({ id: w.id, label: names.workload(w.id) })),
    ...design.namespaces.map((n) => ({ id: n.id, label: names.namespace(n.name) })),
    ...design.externals.map((e) => ({ id: e.id, label: names.external(e.cidr) })),
  ].filter((x) => x.id !== from);
  const dest = design.workloads.find((w) => w.id === to);
  const mesh = dest ? dest.mesh : design.namespaces.some((n) => n.id === to && n.injection);
  const close = () => {
    setOpen(false);
    setErr(undefined);
    setTimeout(() => openBtn.current?.focus());
  };
  if (!open) {
    return (
      <button type="button" ref={openBtn} className="kpd-primary" onClick={() => setOpen(true)}>
        {t('inspector.allowTraffic.open')}
      </button>
    );
  }
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!to) return setErr(t('inspector.allowTraffic.choose'));
    const parsed = parsePorts(ports.replace(/\b(\d+(?:-\d+)?)\b(?!\/)/g, `$1/${protocol}`));
    if ('bad' in parsed) return setErr(t('shell.connect.badPort', { value: parsed.bad }));
    const error = allowTraffic({
      from,
      to,
      ports: parsed,
      ...(mesh && methods ? { methods: list(methods).map((m) => m.toUpperCase()) } : {}),
      ...(mesh && paths ? { paths: list(paths) } : {}),
    });
    if (error) setErr(sayRefusal(t, error));
    else close();
  };
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape anywhere in the form cancels it (keys bubble here from its fields)
    <form className="kpd-allow" aria-labelledby={`${id}-t`} onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), close())}>
      <h3 id={`${id}-t`}>{t('inspector.allowTraffic.title', { from })}</h3>
      <label htmlFor={`${id}-to`}>{t('inspector.allowTraffic.destination')}</label>
      {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the form opens on the user's request; focus goes to its first field, as in a dialog */}
      <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)} autoFocus>
        <option value="">{t('inspector.allowTraffic.choose')}</option>
        {targets.map((x) => (
          <option key={x.id} value={x.id}>
            {x.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-ports`}>{t('inspector.allowTraffic.ports')}</label>
      <input id={`${id}-ports`} value={ports} onChange={(e) => setPorts(e.target.value)} />
      <label htmlFor={`${id}-proto`}>{t('inspector.allowTraffic.protocol')}</label>
      <select id={`${id}-proto`} value={protocol} onChange={(e) => setProtocol(e.target.value as Protocol)}>
        <option>TCP</option>
        <option>UDP</option>
        <option>SCTP</option>
      </select>
      {mesh ? (
        <>
          <p className="kpd-muted">{t('inspector.allowTraffic.httpHelp')}</p>
          <label htmlFor={`${id}-m`}>{t('inspector.allowTraffic.methods')}</label>
          <input id={`${id}-m`} value={methods} onChange={(e) => setMethods(e.target.value)} />
          <label htmlFor={`${id}-p`}>{t('inspector.allowTraffic.paths')}</label>
          <input id={`${id}-p`} value={paths} onChange={(e) => setPaths(e.target.value)} />
        </>
      ) : null}
      {err ? (
        <p className="kpd-error" role="alert">
          {err}
        </p>
      ) : null}
      <div className="kpd-actions">
        <button type="button" onClick={close}>
          {t('inspector.allowTraffic.cancel')}
        </button>
        <button type="submit" className="kpd-primary">
          {t('inspector.allowTraffic.submit')}
        </button>
      </div>
    </form>
  );
}
