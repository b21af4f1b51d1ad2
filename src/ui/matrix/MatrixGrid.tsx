// The connectivity matrix: a <canvas> paints the visible window; an accessible layer on top holds the namespace
// buttons, the cells in view (when few enough to be useful) and always the active cell, which the grid points at
// with aria-activedescendant while arrow keys move it.
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerdictKind } from '../../model';
import { useDesignerApi } from '../../store';
import { useScaleView, toggled } from '../scale/view';
import { buildAxis, lineAt, lineName, span, type Axis } from './axis';
import { drawMatrix, visibleLines } from './draw';
import { countKinds, type KindCounts, type TrafficGrid } from './grid';
import { cellName, portsTip } from './names';

const LEFT = 200;
const TOP = 130;
const ROW_BAND = 22;
const COL_BAND = 4;
/** Below this many cells in view every one is in the accessible layer; above, only the active one. */
const WINDOW_CELLS = 400;

const cellSize = (n: number) => (n > 300 ? 12 : n > 80 ? 16 : 26);

export function MatrixGrid({ grid }: { grid: TrafficGrid }) {
  const { t } = useTranslation();
  const id = useId();
  const api = useDesignerApi();
  const { matrixCollapsed, matrixFrom, matrixTo, hiddenKinds, set } = useScaleView();
  const cell = cellSize(grid.workloads.length);
  const rows = useMemo(() => buildAxis(grid, { collapsed: matrixCollapsed, only: matrixFrom, cell, band: ROW_BAND }), [grid, matrixCollapsed, matrixFrom, cell]);
  const cols = useMemo(() => buildAxis(grid, { collapsed: matrixCollapsed, only: matrixTo, cell, band: COL_BAND }), [grid, matrixCollapsed, matrixTo, cell]);
  const shown = useCallback((k: VerdictKind) => !hiddenKinds.has(k), [hiddenKinds]);
  const aggregate = useMemo(() => aggregator(grid, rows, cols), [grid, rows, cols]);

  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [view, setView] = useState({ left: 0, top: 0, width: 0, height: 0 });
  const [focused, setFocused] = useState(false);
  const [hover, setHover] = useState<{ r: number; c: number; x: number; y: number }>();
  // The active cell, as positions in rows.cells / cols.cells (kept in range when lines come and go).
  const [activeAt, setActive] = useState({ r: 0, c: 0 });
  const active = { r: Math.min(activeAt.r, rows.cells.length - 1), c: Math.min(activeAt.c, cols.cells.length - 1) };
  const activeLines = active.r >= 0 && active.c >= 0 ? { r: rows.cells[active.r]!, c: cols.cells[active.c]! } : undefined;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ left: el.scrollLeft, top: el.scrollTop, width: el.clientWidth, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    let frame = 0;
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), measure()));
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      ro.disconnect();
      el.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, []);

  useLayoutEffect(() => {
    const c = canvas.current;
    const el = scroller.current;
    if (!c || !el || view.width === 0) return;
    const dpr = window.devicePixelRatio || 1;
    if (c.width !== Math.round(view.width * dpr) || c.height !== Math.round(view.height * dpr)) {
      c.width = Math.round(view.width * dpr);
      c.height = Math.round(view.height * dpr);
    }
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const css = getComputedStyle(el);
    const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    drawMatrix(ctx, {
      grid,
      rows,
      cols,
      left: LEFT,
      top: TOP,
      scrollLeft: view.left,
      scrollTop: view.top,
      width: view.width,
      height: view.height,
      shown,
      aggregate,
      active: activeLines,
      theme: {
        ink: v('--ink', '#1d2430'),
        muted: v('--muted', '#5d6778'),
        band: v('--ns', '#f1f4fa'),
        line: v('--line', '#d9dde4'),
        empty: v('--matrix-empty', '#eceef2'),
        bg: v('--panel', '#fff'),
      },
    });
  });

  const reveal = (r: number, c: number) => {
    const el = scroller.current;
    const rl = rows.lines[rows.cells[r]!];
    const cl = cols.lines[cols.cells[c]!];
    if (!el || !rl || !cl) return;
    const w = el.clientWidth - LEFT;
    const h = el.clientHeight - TOP;
    if (cl.offset < el.scrollLeft) el.scrollLeft = cl.offset;
    else if (cl.offset + cl.size > el.scrollLeft + w) el.scrollLeft = cl.offset + cl.size - w;
    // A namespace's band stays in view above its first workload.
    const bandAbove = r === 0 || rows.cells[r]! - 1 !== rows.cells[r - 1] ? ROW_BAND : 0;
    if (rl.offset - bandAbove < el.scrollTop) el.scrollTop = rl.offset - bandAbove;
    else if (rl.offset + rl.size > el.scrollTop + h) el.scrollTop = rl.offset + rl.size - h;
  };

  const explain = (r: number, c: number) => {
    const rl = rows.lines[rows.cells[r]!];
    const cl = cols.lines[cols.cells[c]!];
    if (rl?.type === 'workload' && cl?.type === 'workload' && rl.index !== cl.index)
      api.getState().setSelection({ nodes: [], edge: `traffic:${grid.workloads[rl.index]}->${grid.workloads[cl.index]}` });
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const page = Math.max(1, Math.floor((view.height - TOP) / cell) - 1);
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-page, 0],
      PageDown: [page, 0],
    };
    let next: { r: number; c: number } | undefined;
    if (moves[e.key]) {
      const [dr, dc] = moves[e.key]!;
      next = { r: clamp(active.r + dr, rows.cells.length), c: clamp(active.c + dc, cols.cells.length) };
    } else if (e.key === 'Home') next = e.ctrlKey ? { r: 0, c: 0 } : { r: active.r, c: 0 };
    else if (e.key === 'End') next = e.ctrlKey ? { r: rows.cells.length - 1, c: cols.cells.length - 1 } : { r: active.r, c: cols.cells.length - 1 };
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      explain(active.r, active.c);
      return;
    }
    if (!next) return;
    e.preventDefault();
    setActive(next);
    reveal(next.r, next.c);
  };

  /** The cell under a pointer, as positions in rows.cells / cols.cells. */
  const cellAt = (e: React.MouseEvent): { r: number; c: number } | undefined => {
    const el = scroller.current!;
    const box = el.getBoundingClientRect();
    const x = e.clientX - box.left - LEFT + el.scrollLeft;
    const y = e.clientY - box.top - TOP + el.scrollTop;
    if (e.clientX - box.left < LEFT || e.clientY - box.top < TOP) return undefined;
    const ri = lineAt(rows, y);
    const ci = lineAt(cols, x);
    const r = rows.cells.indexOf(ri);
    const c = cols.cells.indexOf(ci);
    return r >= 0 && c >= 0 ? { r, c } : undefined;
  };

  const name = (ri: number, ci: number) => cellName(t, grid, rows.lines[ri]!, cols.lines[ci]!, () => aggregate(ri, ci), shown);
  const cellId = (r: number, c: number) => `${id}-c${r}-${c}`;

  // The accessible layer: bands in view, the window's cells when few, and the active cell.
  const [vr0, vr1] = visibleLines(rows, view.top, Math.max(0, view.height - TOP));
  const [vc0, vc1] = visibleLines(cols, view.left, Math.max(0, view.width - LEFT));
  const visRows = rows.cells.map((li, r) => ({ li, r })).filter((x) => x.li >= vr0 && x.li <= vr1);
  const visCols = cols.cells.map((li, c) => ({ li, c })).filter((x) => x.li >= vc0 && x.li <= vc1);
  const windowed = visRows.length * visCols.length <= WINDOW_CELLS;
  const rowsShown = windowed ? visRows : [];
  if (activeLines && !rowsShown.some((x) => x.r === active.r)) rowsShown.push({ li: activeLines.r, r: active.r });
  const bands = rows.lines.map((l, li) => ({ l, li })).filter((x) => x.l.type === 'band' && x.li >= vr0 && x.li <= vr1 && x.l.offset >= view.top - 1);

  const hoverLines = hover ? { r: rows.lines[rows.cells[hover.r]!]!, c: cols.lines[cols.cells[hover.c]!]! } : undefined;
  return (
    <div className="kpd-matrix-body">
      <canvas ref={canvas} className="kpd-matrix-canvas" style={{ width: view.width, height: view.height }} aria-hidden="true" />
      <div
        ref={scroller}
        className="kpd-matrix-scroller"
        role="grid"
        aria-label={t('matrix.label')}
        aria-rowcount={rows.lines.length}
        aria-colcount={cols.cells.length}
        aria-activedescendant={activeLines ? cellId(active.r, active.c) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- the keyboard path is the grid's own onKeyDown */}
        <div
          className="kpd-matrix-space"
          style={{ width: LEFT + cols.total, height: TOP + rows.total }}
          onClick={(e) => {
            const at = cellAt(e);
            if (!at) return;
            setActive(at);
            explain(at.r, at.c);
          }}
          onMouseMove={(e) => {
            const at = cellAt(e);
            const box = e.currentTarget.parentElement!.getBoundingClientRect();
            setHover(at ? { ...at, x: e.clientX - box.left, y: e.clientY - box.top } : undefined);
          }}
          onMouseLeave={() => setHover(undefined)}
        >
          {bands.map(({ l, li }) => {
            const collapsed = matrixCollapsed.has(l.ns);
            return (
              <div key={`b${li}`} role="row" aria-rowindex={li + 1} className="kpd-matrix-band" style={{ top: TOP + l.offset, left: view.left, height: ROW_BAND }}>
                <div role="rowheader">
                  <button
                    type="button"
                    tabIndex={-1}
                    aria-expanded={!collapsed}
                    onClick={(e) => {
                      e.stopPropagation();
                      set({ matrixCollapsed: toggled(matrixCollapsed, l.ns) });
                    }}
                  >
                    {collapsed ? t('matrix.expand', { name: l.ns }) : t('matrix.collapse', { name: l.ns })}
                  </button>
                </div>
              </div>
            );
          })}
          {rowsShown.map(({ li, r }) => (
            <div key={`r${li}`} role="row" aria-rowindex={li + 1} className="kpd-matrix-row">
              {(windowed ? visCols : [])
                .concat(r === active.r && activeLines && !(windowed && visCols.some((x) => x.c === active.c)) ? [{ li: activeLines.c, c: active.c }] : [])
                .map(({ li: ci, c }) => {
                  const rl = rows.lines[li]!;
                  const cl = cols.lines[ci]!;
                  const isActive = r === active.r && c === active.c;
                  return (
                    <div
                      key={ci}
                      id={cellId(r, c)}
                      role="gridcell"
                      aria-colindex={c + 1}
                      aria-selected={isActive}
                      aria-label={name(li, ci)}
                      className={`kpd-matrix-cell${isActive && focused ? ' kpd-matrix-focus' : ''}`}
                      style={{ left: LEFT + cl.offset, top: TOP + rl.offset, width: cl.size, height: rl.size }}
                    />
                  );
                })}
            </div>
          ))}
        </div>
      </div>
      {hover && hoverLines ? (
        <div className="kpd-matrix-tip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
          <strong>
            {lineName(grid, hoverLines.r)} → {lineName(grid, hoverLines.c)}
          </strong>
          <div>{name(rows.cells[hover.r]!, cols.cells[hover.c]!).split(': ').slice(1).join(': ')}</div>
          <pre>{portsTip(t, grid, hoverLines.r, hoverLines.c)}</pre>
        </div>
      ) : null}
    </div>
  );
}

/** Counts of collapsed cells, each computed once per grid and axes (scrolling repaints them often). */
function aggregator(grid: TrafficGrid, rows: Axis, cols: Axis): (ri: number, ci: number) => KindCounts {
  const cache = new Map<number, KindCounts>();
  return (ri, ci) => {
    const key = ri * cols.lines.length + ci;
    let n = cache.get(key);
    if (!n) {
      const [s0, s1] = span(rows.lines[ri]!);
      const [d0, d1] = span(cols.lines[ci]!);
      cache.set(key, (n = countKinds(grid, s0, s1, d0, d1)));
    }
    return n;
  };
}

const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
