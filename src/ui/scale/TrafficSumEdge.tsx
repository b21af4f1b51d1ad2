// An aggregated overlay edge between collapsed namespaces (or a namespace and the selected workload): coloured
// like its most telling kind, labelled with the count of pairs of each kind.
import { BaseEdge, useInternalNode, useStore, type Edge, type EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { EdgeLabel } from '../canvas/labelLayer';
import { floatingPath } from '../overlay/floating';
import { KIND_ORDER } from '../matrix/grid';
import type { AggregateEdgeData } from './collapse';

const BEND_PX = 40;
const SYMBOL = { allowed: '✓', unisolated: '○', 'http-only': 'H', denied: '✕' } as const;

export function TrafficSumEdge(props: EdgeProps<Edge<AggregateEdgeData>>) {
  const { t } = useTranslation();
  const { from, to, counts, kind } = props.data!;
  // Few edges (namespaces²): each may follow the zoom, so counts stay readable however far out the view is.
  const grow = useStore((s) => Math.max(1, 1 / s.transform[2]));
  const source = useInternalNode(props.source);
  const target = useInternalNode(props.target);
  if (!source || !target) return null;
  const { path, labelX, labelY } = floatingPath(source, target, BEND_PX);
  const all = KIND_ORDER.map((k) => t('matrix.count', { count: counts[k], kind: t(`matrix.kinds.${k}`) })).join(', ');
  const name = (id: string) => id.replace(/^namespace:/, '');
  return (
    <>
      <BaseEdge id={props.id} path={path} className={`kpd-traffic kpd-traffic-${kind} kpd-traffic-sum`} markerEnd={`url(#kpd-arrow-${kind})`} style={{ strokeWidth: 2.2 * grow }} />
      <EdgeLabel always>
        <div
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
