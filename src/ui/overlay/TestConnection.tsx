// "Test a connection": the same question and answer as `kpd check`.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Protocol, Query, Verdict } from '../../model';
import { isQueryError, type QueryError } from '../../engine/engine';
import { useDesigner } from '../../store';
import { say } from '../../i18n/say';
import { useEngine } from './traffic-react';
import { VerdictView } from './Verdict';

export function TestConnection() {
  const { t } = useTranslation();
  const id = useId();
  const workloads = useDesigner((s) => s.design.workloads);
  const text = useDesigner((s) => s.text);
  const engine = useEngine();
  const [f, setF] = useState({ from: '', to: '', port: '80', protocol: 'TCP' as Protocol, method: '', path: '' });
  // An answer is about the text it was asked on: after an edit it no longer describes the design, so it goes.
  const [answer, setAnswer] = useState<{ text: string; result: Verdict | QueryError }>();
  const result = answer?.text === text ? answer.result : undefined;
  const field = (k: keyof typeof f) => ({
    id: `${id}-${k}`,
    value: f[k],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setF({ ...f, [k]: e.target.value }),
  });
  const run = async (e: React.FormEvent) => {
    e.preventDefault();
    const port = /^\d+$/.test(f.port) ? Number(f.port) : NaN;
    const q: Query = { from: f.from.trim(), to: f.to.trim(), port, protocol: f.protocol };
    if (f.method.trim()) q.method = f.method.trim().toUpperCase();
    if (f.path.trim()) q.path = f.path.trim();
    // Asked about the text on screen; the overlay's own analysis goes on undisturbed.
    setAnswer({ text, result: await engine.check(text, q) });
  };
  const err = result && isQueryError(result) ? result : undefined;
  return (
    <section className="kpd-panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="kpd-panel-title">
        {t('overlay.test.title')}
      </h2>
      <form className="kpd-test" onSubmit={(e) => void run(e)}>
        <datalist id={`${id}-wl`}>
          {workloads.map((w) => (
            <option key={w.id} value={w.id} />
          ))}
        </datalist>
        <label htmlFor={`${id}-from`}>{t('overlay.test.from')}</label>
        <input {...field('from')} list={`${id}-wl`} aria-invalid={err?.argument === 'from'} />
        <label htmlFor={`${id}-to`}>{t('overlay.test.to')}</label>
        <input {...field('to')} list={`${id}-wl`} aria-invalid={err?.argument === 'to'} />
        <div className="kpd-test-row">
          <div>
            <label htmlFor={`${id}-port`}>{t('overlay.test.port')}</label>
            <input {...field('port')} inputMode="numeric" aria-invalid={err?.argument === 'port'} />
          </div>
          <div>
            <label htmlFor={`${id}-protocol`}>{t('overlay.test.protocol')}</label>
            <select {...field('protocol')}>
              <option>TCP</option>
              <option>UDP</option>
              <option>SCTP</option>
            </select>
          </div>
        </div>
        <label htmlFor={`${id}-method`}>{t('overlay.test.method')}</label>
        <input {...field('method')} />
        <label htmlFor={`${id}-path`}>{t('overlay.test.path')}</label>
        <input {...field('path')} />
        <button type="submit" className="kpd-primary">
          {t('overlay.test.run')}
        </button>
      </form>
      {err ? (
        <p className="kpd-error" role="alert">
          {t(`overlay.test.argument.${err.argument}`)}: {say(t, err.message)}
        </p>
      ) : null}
      {result && !isQueryError(result) ? <VerdictView verdict={result} /> : null}
    </section>
  );
}
