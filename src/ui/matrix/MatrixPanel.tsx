// The matrix view over the canvas: filters, CSV export and the grid, fed by the overlay's latest analysis.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTraffic } from '../overlay/traffic-react';
import { useScaleView } from '../scale/view';
import { buildAxis } from './axis';
import { matrixCsv } from './csv';
import { gridOf } from './useTrafficGrid';
import { changesGrid } from './changesGrid';
import { useCompare } from '../compare/state';
import { MatrixGrid } from './MatrixGrid';
import './matrix.css';

export function MatrixPanel() {
  const { t } = useTranslation();
  const matrix = useTraffic((s) => s.analysis?.connectivity);
  const comparing = useCompare((s) => (s.active ? s : undefined));
  const changes = comparing?.diff?.changes;
  // Compare: the matrix shows the same changes as the canvas, only the pairs whose verdict changed.
  const grid = useMemo(() => {
    const base = matrix ? gridOf(matrix) : undefined;
    return base && changes ? changesGrid(base, changes) : base;
  }, [matrix, changes]);
  const { matrixFrom, matrixTo, matrixCollapsed, hiddenKinds, set } = useScaleView();
  const namespaces = grid?.namespaces.map((n) => n.name) ?? [];

  const exportCsv = () => {
    if (!grid) return;
    const rows = buildAxis(grid, { collapsed: matrixCollapsed, only: matrixFrom, cell: 1, band: 0 });
    const cols = buildAxis(grid, { collapsed: matrixCollapsed, only: matrixTo, cell: 1, band: 0 });
    const blob = new Blob([matrixCsv(grid, rows, cols, (k) => !hiddenKinds.has(k))], { type: 'text/csv' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'connectivity-matrix.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const select = (label: string, value: string | undefined, onChange: (v: string | undefined) => void) => (
    <label className="kpd-matrix-filter">
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('matrix.allNamespaces')}</option>
        {namespaces.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="kpd-matrix" aria-labelledby="kpd-matrix-h">
      <div className="kpd-matrix-bar">
        <h2 id="kpd-matrix-h" className="kpd-panel-title">
          {t('matrix.title')}
        </h2>
        {select(t('matrix.from'), matrixFrom, (v) => set({ matrixFrom: v }))}
        {select(t('matrix.to'), matrixTo, (v) => set({ matrixTo: v }))}
        <button type="button" onClick={() => set({ matrixCollapsed: new Set(namespaces) })} disabled={!grid}>
          {t('matrix.collapseAll')}
        </button>
        <button type="button" onClick={() => set({ matrixCollapsed: new Set() })} disabled={!grid}>
          {t('matrix.expandAll')}
        </button>
        <button type="button" onClick={exportCsv} disabled={!grid}>
          {t('matrix.exportCsv')}
        </button>
        <span className="kpd-muted">{grid ? t('matrix.size', { count: grid.workloads.length }) : t('overlay.analysing')}</span>
        {comparing?.baseline && changes ? (
          <span className="kpd-muted" role="status">
            {t('matrix.comparing', { label: comparing.baseline.label, count: changes.length })}
          </span>
        ) : null}
      </div>
      {grid ? <MatrixGrid grid={grid} /> : null}
      <p className="kpd-muted kpd-matrix-hint">{t('matrix.hint')}</p>
    </section>
  );
}

/** Toolbar button "Matrix" (aria-pressed): the matrix needs the analysis, so it turns the overlay on. */
export function MatrixButton({ onShow }: { onShow: () => void }) {
  const { t } = useTranslation();
  const open = useScaleView((s) => s.matrixOpen);
  const set = useScaleView((s) => s.set);
  return (
    <button
      type="button"
      aria-pressed={open}
      className={open ? 'kpd-on' : undefined}
      onClick={() => {
        if (!open) onShow();
        set({ matrixOpen: !open });
      }}
    >
      {t('matrix.button')}
    </button>
  );
}
