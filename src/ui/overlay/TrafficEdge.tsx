// An overlay edge: colour and dash by verdict kind; the label carries the accessible name and data-kind.
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { useDesignerApi } from '../../store';
import type { TrafficPair } from './pairs';
import { portsText } from './pairs';

export type TrafficEdgeData = { pair: TrafficPair; offset: number };

export function TrafficEdgeView(props: EdgeProps<Edge<TrafficEdgeData>>) {
  const pair = props.data!.pair;
  const api = useDesignerApi();
  const [path, x, y] = getBezierPath({ ...props, curvature: 0.35 + props.data!.offset * 0.15 });
  return (
    <>
      <BaseEdge id={props.id} path={path} className={`kpd-traffic kpd-traffic-${pair.kind}${props.selected ? ' kpd-traffic-selected' : ''}`} interactionWidth={14} />
      <EdgeLabelRenderer>
        <div
          className={`kpd-traffic-label kpd-traffic-label-${pair.kind} nodrag nopan`}
          aria-label={`traffic ${pair.from} to ${pair.to}: ${pair.kind}`}
          data-kind={pair.kind}
          role="button"
          tabIndex={-1}
          onClick={() => api.getState().setSelection({ nodes: [], edge: props.id })}
          style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y + props.data!.offset * 14}px)`, zIndex: 1000 }}
        >
          {portsText(pair)}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}
