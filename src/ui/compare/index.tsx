// Compare on the page: pick a baseline (the design now, imported files, a share link, the last export); the
// overlay then shows only what changed and the panel lists it, exportable as Markdown.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Edge } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { diffConnectivity, diffMarkdown, direction } from '../../diff';
import { download } from '../../io/browser';
import { decodeDesign, payloadOfFragment } from '../../share';
import { useDesigner, useDesignerApi } from '../../store';
import { Z } from '../canvas/layers';
import { ChangeEdgeView, type ChangeEdgeData } from './ChangeEdge';
import { changeMark, pairChanges } from './changes';
import { LAST_EXPORT_KEY, readSide, useCompare, type BaselineSource } from './state';
import './compare.css';

export const compareEdgeTypes = { change: ChangeEdgeView };
export { useCompare };

/** The Compare edges while Compare is on (they replace the traffic overlay). */
export function useCompareEdges(): Edge[] | undefined {
  const active = useCompare((s) => s.active);
  const diff = useCompare((s) => s.diff);
  return useMemo(() => {
    if (!active) return undefined;
    return pairChanges(diff).map((change) => ({
      id: `change:${change.from}->${change.to}:${change.dir}`,
      source: change.from,
      target: change.to,
      type: 'change',
      data: { change } satisfies ChangeEdgeData,
      zIndex: Z.traffic,
    }));
  }, [active, diff]);
}

/** Keeps `diff` in step with the text (deferred: typing stays responsive; small designs, this thread). */
function useCompareDriver() {
  const active = useCompare((s) => s.active);
  const baseline = useCompare((s) => s.baseline);
  const text = useDeferredValue(useDesigner((s) => s.text));
  useEffect(() => {
    if (!active || !baseline) return;
    const current = readSide(text);
    // A text with errors has no verdicts: keep the last diff until it parses again.
    if (current) useCompare.getState().set({ diff: diffConnectivity(baseline.connectivity, current.connectivity, baseline.ids, current.ids) });
  }, [active, baseline, text]);
}

function readFiles(files: FileList): Promise<{ names: string; text: string }> {
  const list = [...files];
  return Promise.all(list.map((f) => f.text())).then((texts) => ({ names: list.map((f) => f.name).join(', '), text: texts.join('\n---\n') }));
}

export function ComparePanel() {
  const { t } = useTranslation();
  useCompareDriver();
  const api = useDesignerApi();
  const { active, baseline, diff, error, set } = useCompare();
  const [link, setLink] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  if (!active) return null;

  const choose = (source: BaselineSource, label: string, text: string) => {
    const side = readSide(text);
    if (!side) return set({ error: t('compare.unreadable', { label }) });
    set({ baseline: { source, label, text, ...side }, error: undefined, diff: undefined });
  };
  const fromLink = () => {
    const payload = payloadOfFragment(link.includes('#') ? link.slice(link.indexOf('#')) : link) ?? link.trim();
    const r = decodeDesign(payload);
    if (!r.ok) return set({ error: t('compare.badLink') });
    choose('link', t('compare.source.link'), r.design.text);
  };
  const fromExport = () => {
    const text = localStorage.getItem(LAST_EXPORT_KEY);
    if (text === null) return set({ error: t('compare.noExport') });
    choose('export', t('compare.source.export'), text);
  };
  const changes = diff?.changes ?? [];
  return (
    <section className="kpd-panel" aria-labelledby="kpd-compare-h" data-testid="compare">
      <h2 id="kpd-compare-h" className="kpd-panel-title">
        {t('compare.title')}
      </h2>
      <p className="kpd-muted">{baseline ? t('compare.against', { label: baseline.label }) : t('compare.pick')}</p>
      <div className="kpd-compare-sources" role="group" aria-label={t('compare.baseline')}>
        <button type="button" onClick={() => choose('now', t('compare.source.nowAt', { time: new Date().toLocaleTimeString() }), api.getState().text)}>
          {t('compare.source.now')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('compare.source.files')}
        </button>
        <button type="button" onClick={fromExport}>
          {t('compare.source.export')}
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".yaml,.yml,.json"
          hidden
          aria-label={t('compare.source.files')}
          onChange={(e) => {
            const files = e.currentTarget.files;
            if (files && files.length > 0) void readFiles(files).then(({ names, text }) => choose('files', names, text));
            e.currentTarget.value = '';
          }}
        />
      </div>
      <div className="kpd-compare-link">
        <input type="text" value={link} placeholder="https://…#design=…" aria-label={t('compare.source.linkLabel')} onChange={(e) => setLink(e.currentTarget.value)} />
        <button type="button" onClick={fromLink} disabled={link.trim() === ''}>
          {t('compare.source.useLink')}
        </button>
      </div>
      {error ? (
        <p role="alert" className="kpd-message kpd-error">
          {error}
        </p>
      ) : null}
      {baseline && diff ? (
        <>
          <p role="status">{t('compare.count', { count: changes.length })}</p>
          <ul className="kpd-compare-changes" aria-label={t('compare.changes')}>
            {changes.map((c, i) => (
              <li key={i} data-dir={direction(c)}>
                {changeMark[direction(c)]} {c.from.join(', ')} → {c.to.join(', ')} {c.ports.join(', ')}: {t(`compare.kind.${c.before}`)} → {t(`compare.kind.${c.after}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="kpd-compare-actions">
        <button type="button" disabled={!diff} onClick={() => diff && download('traffic-changes.md', new Blob([diffMarkdown(diff)], { type: 'text/markdown' }))}>
          {t('compare.exportMd')}
        </button>
        <button type="button" onClick={() => set({ active: false, baseline: undefined, diff: undefined, error: undefined })}>
          {t('compare.stop')}
        </button>
      </div>
    </section>
  );
}

/** The toolbar's "Compare": on, it takes the design of this moment as the baseline; pressed again, it stops. */
export function CompareButton() {
  const { t } = useTranslation();
  const api = useDesignerApi();
  const active = useCompare((s) => s.active);
  const start = () => {
    const text = api.getState().text;
    const side = readSide(text);
    const label = t('compare.source.nowAt', { time: new Date().toLocaleTimeString() });
    useCompare
      .getState()
      .set({ active: true, diff: undefined, error: side ? undefined : t('compare.unreadable', { label }), baseline: side ? { source: 'now', label, text, ...side } : undefined });
  };
  return (
    <button
      type="button"
      aria-pressed={active}
      className={active ? 'kpd-on' : undefined}
      onClick={() => (active ? useCompare.getState().set({ active: false, baseline: undefined, diff: undefined }) : start())}
    >
      {t('compare.button')}
    </button>
  );
}
