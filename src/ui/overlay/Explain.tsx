// "Why?": the verdict of the selected connection (drawn edge or overlay pair) on each destination port.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Protocol, Verdict } from '../../model';
import { isQueryError } from '../../engine/engine';
import { useDesigner } from '../../store';
import { queryEndpoint } from './endpoints';
import { useTraffic } from './state';
import { VerdictView } from './Verdict';

function ends(edgeId: string, edges: { id: string; from: string; to: string }[]): { from: string; to: string } | undefined {
  if (edgeId.startsWith('traffic:')) {
    const [from, to] = edgeId.slice('traffic:'.length).split('->');
    return from && to ? { from, to } : undefined;
  }
  return edges.find((e) => e.id === edgeId);
}

export function Explain() {
  const { t } = useTranslation();
  const edgeId = useDesigner((s) => s.selection.edge);
  const design = useDesigner((s) => s.design);
  const setSelection = useDesigner((s) => s.setSelection);
  const client = useTraffic((s) => s.client);
  const seq = useTraffic((s) => s.seq);
  const text = useDesigner((s) => s.text);
  const [result, setResult] = useState<{ port: string; verdict: Verdict }[] | string>();
  const pair = edgeId ? ends(edgeId, design.edges) : undefined;
  useEffect(() => {
    if (!pair || !client) return setResult(undefined);
    const from = queryEndpoint(pair.from);
    const to = queryEndpoint(pair.to);
    if (!from || !to) return setResult(t('overlay.explain.noEndpoint'));
    const dst = design.workloads.find((w) => w.id === pair.to);
    const edge = design.edges.find((e) => e.id === edgeId);
    let ports: { port: number; protocol: Protocol }[] = dst?.ports.map((p) => ({ port: p.containerPort, protocol: p.protocol })) ?? [];
    if (ports.length === 0) ports = (edge?.ports ?? []).flatMap((p) => (typeof p.port === 'number' ? [{ port: p.port, protocol: p.protocol }] : []));
    if (ports.length === 0) ports = [{ port: 8080, protocol: 'TCP' }];
    let live = true;
    void (async () => {
      await client.analyze(text).catch(() => undefined);
      const out: { port: string; verdict: Verdict }[] = [];
      for (const p of ports.slice(0, 8)) {
        const v = await client.check({ from, to, port: p.port, protocol: p.protocol });
        if (!isQueryError(v)) out.push({ port: `${p.port}/${p.protocol}`, verdict: v });
      }
      if (live) setResult(out);
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [edgeId, pair?.from, pair?.to, client, seq, text]);
  if (!pair) return null;
  return (
    <section className="kpd-panel kpd-explain" aria-labelledby="kpd-explain-h">
      <div className="kpd-panel-row">
        <h2 id="kpd-explain-h" className="kpd-explain-title">
          <span className="kpd-panel-title">{t('overlay.explain.title')}</span> {t('overlay.explain.pair', { from: pair.from, to: pair.to })}
        </h2>
        <button type="button" className="kpd-icon" aria-label={t('overlay.explain.close')} onClick={() => setSelection({ nodes: [] })}>
          ×
        </button>
      </div>
      {typeof result === 'string' ? <p className="kpd-muted">{result}</p> : null}
      {Array.isArray(result)
        ? result.map((r) => (
            <div key={r.port}>
              <h3 className="kpd-port-title">{t('overlay.explain.port', { port: r.port })}</h3>
              <VerdictView verdict={r.verdict} />
            </div>
          ))
        : null}
    </section>
  );
}
