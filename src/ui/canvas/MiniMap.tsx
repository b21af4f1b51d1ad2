// A mini map drawn on one <canvas>. React Flow's own MiniMap is an SVG rect per node whose selectors run on every
// store update: at 300 workloads that cost a good share of each edit's frame. Here a store change only asks
// for a redraw on the next animation frame, and a redraw is a few hundred fillRects.
import { useEffect, useRef } from 'react';
import { Panel, useReactFlow, useStoreApi, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { frameFor, nodeSize, toFlow, toMap, union, viewRect, type MapFrame, type Rect } from './mapGeometry';

const SIZE = { width: 160, height: 110 };
const ZOOM_STEP = 1.25;

/** Colours by node type; read from the page's CSS variables so the map matches the canvas. */
function palette() {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    namespace: { fill: v('--ns', '#f1f4fa'), stroke: v('--ns-line', '#b9c3d6') },
    workload: { fill: '#c9d1e0', stroke: '#8f9ab0' },
    external: { fill: '#f4e3c1', stroke: '#c9a55c' },
    selected: v('--accent', '#2f5fd0'),
    mask: 'rgba(29, 36, 48, 0.08)',
    view: v('--accent', '#2f5fd0'),
  };
}

const rectOf = (n: InternalNode): Rect => ({ ...n.internals.positionAbsolute, ...nodeSize(n) });

function draw(canvas: HTMLCanvasElement, s: ReactFlowState, colours: ReturnType<typeof palette>): MapFrame {
  const dpr = window.devicePixelRatio || 1;
  if (canvas.width !== SIZE.width * dpr) {
    canvas.width = SIZE.width * dpr;
    canvas.height = SIZE.height * dpr;
  }
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, SIZE.width, SIZE.height);
  const shown = [...s.nodeLookup.values()].filter((n) => !n.hidden);
  const view = viewRect(s.transform, s.width, s.height);
  const frame = frameFor(union(shown.map(rectOf)), view, SIZE);
  // Namespaces first: workloads sit inside them.
  for (const pass of ['namespace', 'other'] as const) {
    for (const n of shown) {
      if ((n.type === 'namespace') !== (pass === 'namespace')) continue;
      const r = toMap(frame, rectOf(n));
      const c = n.type === 'namespace' ? colours.namespace : n.type === 'external' ? colours.external : colours.workload;
      ctx.fillStyle = n.selected ? colours.selected : c.fill;
      ctx.fillRect(r.x, r.y, Math.max(r.width, 1), Math.max(r.height, 1));
      if (r.width > 4 && r.height > 4) {
        ctx.strokeStyle = n.selected ? colours.selected : c.stroke;
        ctx.lineWidth = 1;
        ctx.strokeRect(r.x + 0.5, r.y + 0.5, r.width - 1, r.height - 1);
      }
    }
  }
  // Shade what is outside the viewport, then outline the viewport.
  const v = toMap(frame, view);
  ctx.fillStyle = colours.mask;
  ctx.beginPath();
  ctx.rect(0, 0, SIZE.width, SIZE.height);
  ctx.rect(v.x, v.y, v.width, v.height);
  ctx.fill('evenodd');
  ctx.strokeStyle = colours.view;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(v.x, v.y, v.width, v.height);
  return frame;
}

export function MiniMap() {
  const { t } = useTranslation();
  const store = useStoreApi();
  const flow = useReactFlow();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frame = useRef<MapFrame | undefined>(undefined);

  useEffect(() => {
    const colours = palette();
    let raf = 0;
    const redraw = () => {
      raf = 0;
      if (canvasRef.current) frame.current = draw(canvasRef.current, store.getState(), colours);
    };
    const schedule = () => {
      if (!raf) raf = requestAnimationFrame(redraw);
    };
    schedule();
    const unsubscribe = store.subscribe(schedule);
    return () => {
      unsubscribe();
      cancelAnimationFrame(raf);
    };
  }, [store]);

  // Wheel zoom needs preventDefault, which React's passive wheel listener cannot do.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      void flow.zoomTo(flow.getZoom() * (e.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP));
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, [flow]);

  const centreAt = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!frame.current) return;
    const box = e.currentTarget.getBoundingClientRect();
    const p = toFlow(frame.current, { x: e.clientX - box.left, y: e.clientY - box.top });
    void flow.setCenter(p.x, p.y, { zoom: flow.getZoom() });
  };

  return (
    <Panel position="bottom-right" className="kpd-minimap">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={t('shell.canvas.minimap')}
        style={SIZE}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          centreAt(e);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) centreAt(e);
        }}
      />
    </Panel>
  );
}
