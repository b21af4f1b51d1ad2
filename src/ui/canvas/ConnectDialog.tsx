// After dragging from one handle to another: which ports to allow (empty = all ports).
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EdgePort } from '../../model';

export function parsePorts(text: string): EdgePort[] | { bad: string } {
  const out: EdgePort[] = [];
  for (const raw of text.split(/[\s,]+/).filter(Boolean)) {
    const m = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/(tcp|udp|sctp))?$/i.exec(raw) ?? /^([a-z0-9][-a-z0-9]*)(?:\/(tcp|udp|sctp))?$/i.exec(raw);
    if (!m) return { bad: raw };
    if (/^\d/.test(m[1]!)) {
      const port = Number(m[1]);
      const end = m[2] && !/^(tcp|udp|sctp)$/i.test(m[2]) ? Number(m[2]) : undefined;
      const proto = (m[3] ?? (m[2] && /^(tcp|udp|sctp)$/i.test(m[2]) ? m[2] : 'TCP')).toUpperCase() as EdgePort['protocol'];
      if (port < 1 || port > 65535 || (end !== undefined && (end < port || end > 65535))) return { bad: raw };
      out.push({ port, ...(end !== undefined ? { endPort: end } : {}), protocol: proto });
    } else {
      out.push({ port: m[1]!.toLowerCase(), protocol: (m[2] ?? 'TCP').toUpperCase() as EdgePort['protocol'] });
    }
  }
  return out;
}

export function ConnectDialog(props: {
  from: string;
  to: string;
  /** Returns the action's error (shown here, inline) or undefined. */ onAllow(ports: EdgePort[]): string | undefined;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const r = parsePorts(text);
    if ('bad' in r) return setError(t('shell.connect.badPort', { value: r.bad }));
    setError(props.onAllow(r));
  };
  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Escape anywhere inside the modal closes it (keys bubble here from its fields)
    <div className="kpd-modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), props.onCancel())}>
      <form className="kpd-modal" role="dialog" aria-modal="true" aria-labelledby={`${id}-t`} onSubmit={submit}>
        <h2 id={`${id}-t`}>{t('shell.connect.title', { from: props.from, to: props.to })}</h2>
        <label htmlFor={`${id}-p`}>{t('shell.connect.ports')}</label>
        <input id={`${id}-p`} ref={input} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={!!error} aria-describedby={error ? `${id}-e` : undefined} />
        {error ? (
          <p id={`${id}-e`} className="kpd-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="kpd-modal-actions">
          <button type="button" onClick={props.onCancel}>
            {t('shell.connect.cancel')}
          </button>
          <button type="submit" className="kpd-primary">
            {t('shell.connect.allow')}
          </button>
        </div>
      </form>
    </div>
  );
}
