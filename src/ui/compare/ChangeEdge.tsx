// A Compare edge: what changed between the baseline and now, green "+" newly allowed, red "−" newly denied.
import { BaseEdge, getBezierPath, useInternalNode, type Edge, type EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { EdgeLabel } from '../canvas/labelLayer';
import { floatingPath } from '../overlay/floating';
import { changeMark, type PairChange } from './changes';

export type ChangeEdgeData = { change: PairChange };

const BEND_PX = 56;

export function ChangeEdgeView(props: EdgeProps<Edge<ChangeEdgeData>>) {
  const { t } = useTranslation();
  const c = props.data!.change;
  const source = useInternalNode(props.source);
  const target = useInternalNode(props.target);
  const [path, x, y] = source && target ? (({ path, labelX, labelY }) => [path, labelX, labelY] as const)(floatingPath(source, target, BEND_PX)) : getBezierPath(props);
  return (
    <>
      <BaseEdge id={props.id} path={path} className={`kpd-change kpd-change-${c.dir}`} interactionWidth={14} />
      <EdgeLabel always>
        <div
          className={`kpd-change-label kpd-change-label-${c.dir} nodrag nopan`}
          aria-label={t(`compare.edge.${c.dir}`, { from: c.from, to: c.to, ports: c.ports.join(', ') })}
          data-dir={c.dir}
          style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)`, zIndex: 1000 }}
        >
          {changeMark[c.dir]} {c.ports.join(', ')}
        </div>
      </EdgeLabel>
    </>
  );
}
