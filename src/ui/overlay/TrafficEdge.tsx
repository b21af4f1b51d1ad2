// An overlay edge: colour and dash by verdict kind; the label carries the accessible name and data-kind.
import { BaseEdge, getBezierPath, useInternalNode, type Edge, type EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useEffect, useMemo } from 'react';
import { EdgeLabel } from '../canvas/labelLayer';
import { curveOf } from '../canvas/labelSpot';
import { forgetLabel, placeLabel, useObstacles } from '../canvas/obstacles';
import { floatingPath } from './floating';
import { useDesignerApi } from '../../store';
import type { TrafficPair } from './pairs';
import { portsText } from './pairs';

export type TrafficEdgeData = { pair: TrafficPair };

/**
 * Every overlay curve bends to its left (so a pair and its reverse go opposite ways), far enough that its label,
 * half the bend off the line, sits on its own row, clear of the drawn edge's label on the straight line.
 */
const BEND_PX = 56;

export function TrafficEdgeView(props: EdgeProps<Edge<TrafficEdgeData>>) {
  const { t } = useTranslation();
  const pair = props.data!.pair;
  const api = useDesignerApi();
  const source = useInternalNode(props.source);
  const target = useInternalNode(props.target);
  const select = () => api.getState().setSelection({ nodes: [], edge: props.id });
  const [path, midX, midY] = source && target ? (({ path, labelX, labelY }) => [path, labelX, labelY] as const)(floatingPath(source, target, BEND_PX)) : getBezierPath(props);
  const obstacles = useObstacles();
  const text = portsText(pair);
  const { x, y } = useMemo(() => {
    const curve = curveOf(path);
    return curve ? placeLabel(obstacles, props.id, curve, text) : { x: midX, y: midY };
  }, [path, text, obstacles, midX, midY, props.id]);
  useEffect(() => () => forgetLabel(obstacles, props.id), [obstacles, props.id]);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        className={`kpd-traffic kpd-traffic-${pair.kind}${pair.tier ? ` kpd-traffic-tier-${pair.tier.toLowerCase()}` : ''}${props.selected ? ' kpd-traffic-selected' : ''}`}
        interactionWidth={14}
        markerEnd={`url(#kpd-arrow-${pair.kind})`}
      />
      <EdgeLabel always>
        <div
          className={`kpd-traffic-label kpd-traffic-label-${pair.kind}${pair.tier ? ` kpd-traffic-label-tier-${pair.tier.toLowerCase()}` : ''} nodrag nopan`}
          aria-label={t('overlay.trafficName', { from: pair.from, to: pair.to, kind: t(`overlay.kindNames.${pair.kind}`) })}
          data-kind={pair.kind}
          data-tier={pair.tier}
          role="button"
          tabIndex={-1}
          onClick={select}
          onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && select()}
          style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)`, zIndex: 1000 }}
        >
          {text}
        </div>
      </EdgeLabel>
    </>
  );
}
