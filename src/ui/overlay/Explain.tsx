// "Why?": the verdict of the selected connection (drawn edge or overlay pair) on each destination port, asked of
// the engine about the text on screen. The question is one string (explainKey), so a new text, pair or port list
// asks again and an answer about an older one is never shown.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../model';
import { useDesigner } from '../../store';
import type { PortSpec } from '../../worker/contract';
import { queryEndpoint } from './endpoints';
import { useEngine } from './traffic-react';
import { useAnswer } from './useAnswer';
import { VerdictView } from './Verdict';

/** At most this many ports are explained (a workload may declare dozens). */
const MAX_PORTS = 8;
const FALLBACK_PORT: PortSpec = { port: 8080, protocol: 'TCP' };

function ends(edgeId: string, edges: { id: string; from: string; to: string }[]): { from: string; to: string } | undefined {
  if (edgeId.startsWith('traffic:')) {
    const [from, to] = edgeId.slice('traffic:'.length).split('->');
    return from && to ? { from, to } : undefined;
  }
  return edges.find((e) => e.id === edgeId);
}

/** The destination's declared ports, else the edge's numbered ports, else 8080/TCP. */
function portsOf(design: Design, edgeId: string, to: string): PortSpec[] {
  const dst = design.workloads.find((w) => w.id === to);
  let ports: PortSpec[] = dst?.ports.map((p) => ({ port: p.containerPort, protocol: p.protocol })) ?? [];
  if (ports.length === 0)
    ports = (design.edges.find((e) => e.id === edgeId)?.ports ?? []).flatMap((p) => (typeof p.port === 'number' ? [{ port: p.port, protocol: p.protocol }] : []));
  return (ports.length > 0 ? ports : [FALLBACK_PORT]).slice(0, MAX_PORTS);
}

interface Question {
  text: string;
  from: string;
  to: string;
  ports: PortSpec[];
}

export function Explain() {
  const { t } = useTranslation();
  const edgeId = useDesigner((s) => s.selection.edge);
  const design = useDesigner((s) => s.design);
  const text = useDesigner((s) => s.text);
  const setSelection = useDesigner((s) => s.setSelection);
  const engine = useEngine();
  const pair = edgeId ? ends(edgeId, design.edges) : undefined;
  const from = pair && queryEndpoint(pair.from);
  const to = pair && queryEndpoint(pair.to);
  const key = edgeId && pair && from && to ? JSON.stringify({ text, from, to, ports: portsOf(design, edgeId, pair.to) } satisfies Question) : undefined;
  const ask = useCallback(
    (k: string) => {
      const q = JSON.parse(k) as Question;
      return engine.explain(q.text, q);
    },
    [engine],
  );
  const result = useAnswer(key, ask);
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
      {!from || !to ? <p className="kpd-muted">{t('overlay.explain.noEndpoint')}</p> : null}
      {result?.map((r) => (
        <div key={r.port}>
          <h3 className="kpd-port-title">{t('overlay.explain.port', { port: r.port })}</h3>
          <VerdictView verdict={r.verdict} />
        </div>
      ))}
    </section>
  );
}
