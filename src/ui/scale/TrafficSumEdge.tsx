// An aggregated overlay edge between collapsed namespaces (or a namespace and the selected workload): coloured
// like its most telling kind, labelled with the count of pairs of each kind.
import { useLayoutEffect, useState } from 'react';
import { BaseEdge, useInternalNode, useStore, type Edge, type EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { EdgeLabel } from '../canvas/labelLayer';
import { floatingPath } from '../overlay/floating';
import { KIND_ORDER } from '../matrix/grid';
import type { AggregateEdgeData } from './collapse';

const BEND_PX = 40;
/** Room left between the counts of a pair and those of its reverse, on screen. */
const LABEL_GAP_PX = 6;

/**
 * How far a curve bends (flow px) so that its label and the reverse pair's label, each pushed half of it to its
 * own side, do not overlap: their extent along the bend's normal, plus a gap. Labels are `grow` times their size
 * in flow px (they keep their size on screen when zoomed out), so the bend grows with them.
 */
export function sumBend(label: { width: number; height: number }, normal: { x: number; y: number }, grow: number): number {
  const across = Math.abs(normal.x) * label.width + Math.abs(normal.y) * label.height;
  return Math.max(BEND_PX, across + LABEL_GAP_PX) * grow;
}
const SYMBOL = { allowed: '✓', unisolated: '○', 'http-only': 'H', denied: '✕' } as const;

export function TrafficSumEdge(props: EdgeProps<Edge<AggregateEdgeData>>) {
  const { t } = useTranslation();
  const { from, to, counts, kind } = props.data!;
  // Few edges (namespaces²): each may follow the zoom, so counts stay readable however far out the view is.
  const grow = useStore((s) => Math.max(1, 1 / s.transform[2]));
  const source = useInternalNode(props.source);
  const target = useInternalNode(props.target);
  // The label's own size (before its zoom scale), as drawn: the counts' length and Present's type change it.
  // (A callback ref: the label is drawn only once both nodes are measured.)
  const [labelEl, setLabelEl] = useState<HTMLDivElement | null>(null);
  const [label, setLabel] = useState({ width: 80, height: 18 });
  useLayoutEffect(() => {
    if (!labelEl) return;
    const measure = () =>
      setLabel((was) =>
        Math.abs(labelEl.offsetWidth - was.width) > 1 || Math.abs(labelEl.offsetHeight - was.height) > 1 ? { width: labelEl.offsetWidth, height: labelEl.offsetHeight } : was,
      );
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(labelEl);
    return () => observer.disconnect();
  }, [labelEl]);
  if (!source || !target) return null;
  const { path, labelX, labelY } = floatingPath(source, target, (normal) => sumBend(label, normal, grow));
  const all = KIND_ORDER.map((k) => t('matrix.count', { count: counts[k], kind: t(`matrix.kinds.${k}`) })).join(', ');
  const name = (id: string) => id.replace(/^namespace:/, '');
  return (
    <>
      <BaseEdge id={props.id} path={path} className={`kpd-traffic kpd-traffic-${kind} kpd-traffic-sum`} markerEnd={`url(#kpd-arrow-${kind})`} style={{ strokeWidth: 2.2 * grow }} />
      <EdgeLabel always>
        <div
          ref={setLabelEl}
          className={`kpd-traffic-label kpd-traffic-label-${kind} kpd-sum-label nodrag nopan`}
          aria-label={`traffic ${name(from)} to ${name(to)}: ${all}`}
          data-kind={kind}
          role="img"
          style={{ transform: `translate(${labelX}px, ${labelY}px) scale(${grow}) translate(-50%, -50%)`, transformOrigin: '0 0', zIndex: 1000 }}
        >
          {KIND_ORDER.filter((k) => counts[k] > 0).map((k) => (
            <span key={k} className={`kpd-sum-${k}`}>
              {SYMBOL[k]}
              {counts[k]}
            </span>
          ))}
        </div>
      </EdgeLabel>
    </>
  );
}

/** Arrowheads for the overlay, one per kind, referenced by url(#kpd-arrow-<kind>) from every overlay edge. */
export function TrafficMarkers() {
  return (
    <svg className="kpd-markers" width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
      <defs>
        {KIND_ORDER.map((k) => (
          <marker key={k} id={`kpd-arrow-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className={`kpd-arrow-${k}`} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
