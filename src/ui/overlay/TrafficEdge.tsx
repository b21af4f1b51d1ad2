// An overlay edge: colour and dash by verdict kind; the label carries the accessible name and data-kind.
import { BaseEdge, getBezierPath, useInternalNode, type Edge, type EdgeProps } from '@xyflow/react';
import { EdgeLabel } from '../canvas/labelLayer';
import { floatingPath } from './floating';
import { useDesignerApi } from '../../store';
import type { TrafficPair } from './pairs';
import { portsText } from './pairs';

export type TrafficEdgeData = { pair: TrafficPair; offset: number };

export function TrafficEdgeView(props: EdgeProps<Edge<TrafficEdgeData>>) {
  const pair = props.data!.pair;
  const api = useDesignerApi();
  const source = useInternalNode(props.source);
  const target = useInternalNode(props.target);
  const bend = props.data!.offset * 28;
  const [path, x, y] = source && target ? (({ path, labelX, labelY }) => [path, labelX, labelY] as const)(floatingPath(source, target, bend)) : getBezierPath(props);
  return (
    <>
      <BaseEdge id={props.id} path={path} className={`kpd-traffic kpd-traffic-${pair.kind}${props.selected ? ' kpd-traffic-selected' : ''}`} interactionWidth={14} />
      <EdgeLabel always>
        <div
          className={`kpd-traffic-label kpd-traffic-label-${pair.kind} nodrag nopan`}
          aria-label={`traffic ${pair.from} to ${pair.to}: ${pair.kind}`}
          data-kind={pair.kind}
          role="button"
          tabIndex={-1}
          onClick={() => api.getState().setSelection({ nodes: [], edge: props.id })}
          style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)`, zIndex: 1000 }}
        >
          {portsText(pair)}
        </div>
      </EdgeLabel>
    </>
  );
}
