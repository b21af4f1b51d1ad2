// A drawn (or hand-written) allowed connection with its ports as the label.
import { BaseEdge, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { EdgeLabel } from './labelLayer';
import { useTranslation } from 'react-i18next';
import { useDesignerApi } from '../../store';
import type { AllowEdgeData } from './model';
import { useEffect, useMemo } from 'react';
import { curveOf } from './labelSpot';
import { forgetLabel, placeLabel, useObstacles } from './obstacles';

/** Labels in lanes (see edgeLanes) are stacked this far apart: a label is about 18 px high. */
const LANE_PX = 20;

export function AllowEdgeView(props: EdgeProps<Edge<AllowEdgeData>>) {
  const { t } = useTranslation();
  const [path, midX, midY] = getBezierPath(props);
  const obstacles = useObstacles();
  const label = props.data?.label ?? '';
  const lane = (props.data?.lane ?? 0) * LANE_PX;
  const { x, y } = useMemo(() => {
    const curve = curveOf(path);
    return curve ? placeLabel(obstacles, props.id, curve, label, lane) : { x: midX, y: midY + lane };
  }, [path, label, obstacles, lane, midX, midY, props.id]);
  useEffect(() => () => forgetLabel(obstacles, props.id), [obstacles, props.id]);
  const hand = props.data?.edge.handWritten;
  const dimmed = props.data?.dimmed && !props.selected;
  const api = useDesignerApi();
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} className={props.selected ? 'kpd-edge-selected' : undefined} />
      <EdgeLabel>
        {/* The label is the easiest thing to hit: clicking it selects the edge (labels ignore the pointer by default). */}
        <div
          className={`kpd-edge-label nodrag nopan${hand ? ' kpd-edge-label-hand' : ''}${props.selected ? ' kpd-selected' : ''}${dimmed ? ' kpd-edge-label-dim' : ''}`}
          // Under the traffic labels while the overlay leads (their rows are above and below this one).
          style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)`, zIndex: dimmed ? 900 : 1000, pointerEvents: 'all', cursor: 'pointer' }}
          role="button"
          tabIndex={-1}
          onClick={() => api.getState().setSelection({ nodes: [], edge: props.id })}
          onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && api.getState().setSelection({ nodes: [], edge: props.id })}
        >
          {props.data?.label}
          {hand ? <span className="kpd-hand-tag">{t('shell.canvas.handWritten')}</span> : null}
        </div>
      </EdgeLabel>
    </>
  );
}
