// The traffic overlay: edges for the canvas while "Show traffic" is on, and its panels (legend, explanation,
// "Test a connection") for the inspector area.
import { useMemo, useState } from 'react';
import type { Edge } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useDesigner } from '../../store';
import { listSharer } from '../../store/share';
import type { Connectivity } from '../../engine/connectivity/connectivity';
import { Explain } from './Explain';
import { Legend } from './Legend';
import { hiddenForSelection, overlayPairs } from './pairs';
import { useTraffic } from './traffic-react';
import { TestConnection } from './TestConnection';
import { TrafficEdgeView, type TrafficEdgeData } from './TrafficEdge';
import { Z } from '../canvas/layers';
import type { VerdictKind } from '../../model';
import { gridOf } from '../matrix/useTrafficGrid';
import { aggregateEdges } from '../scale/collapse';
import { TrafficSumEdge } from '../scale/TrafficSumEdge';
import { useScaleView } from '../scale/view';

export const overlayEdgeTypes = { traffic: TrafficEdgeView, trafficSum: TrafficSumEdge };

/** `collapsed`: namespaces drawn as one node; pairs touching them are aggregated (src/ui/scale/collapse.ts). */
export function useOverlayEdges(collapsed: ReadonlySet<string>, drawn = true): Edge[] {
  const showTraffic = useDesigner((s) => s.showTraffic) && drawn;
  const selected = useDesigner((s) => s.selection.nodes[0]);
  const selectedEdge = useDesigner((s) => s.selection.edge);
  const matrix = useTraffic((s) => s.analysis?.connectivity);
  const hidden = useScaleView((s) => s.hiddenKinds);
  // Every analysis is a new connectivity, mostly with the same verdicts: keep unchanged edges (and the array) as they were.
  const [share] = useState(() => listSharer<Edge>());
  return useMemo(
    () => share(overlayEdges(matrix, showTraffic, selected, selectedEdge, hidden, collapsed)),
    [share, showTraffic, matrix, selected, selectedEdge, hidden, collapsed],
  );
}

function overlayEdges(
  matrix: Connectivity | undefined,
  showTraffic: boolean,
  selected: string | undefined,
  selectedEdge: string | undefined,
  hidden: ReadonlySet<VerdictKind>,
  collapsed: ReadonlySet<string>,
): Edge[] {
  if (!showTraffic || !matrix) return [];
  const sums = aggregateEdges(gridOf(matrix), collapsed, selected, (k) => !hidden.has(k));
  const inCollapsed = (id: string) => collapsed.has(id.split('/')[0]!);
  const { pairs } = overlayPairs(matrix, selected);
  const shown = pairs.filter((p) => !hidden.has(p.kind) && !inCollapsed(p.from) && !inCollapsed(p.to));
  return [
    ...sums,
    ...shown.map((pair) => {
      const id = `traffic:${pair.from}->${pair.to}`;
      return {
        id,
        source: pair.from,
        target: pair.to,
        type: 'traffic',
        data: { pair } satisfies TrafficEdgeData,
        selected: id === selectedEdge,
        zIndex: id === selectedEdge ? Z.selectedEdge : Z.traffic,
      };
    }),
  ];
}

export function OverlayPanels() {
  const { t } = useTranslation();
  const showTraffic = useDesigner((s) => s.showTraffic);
  const selected = useDesigner((s) => s.selection.nodes[0]);
  const matrix = useTraffic((s) => s.analysis?.connectivity);
  const ms = useTraffic((s) => s.ms);
  const seq = useTraffic((s) => s.seq);
  const busy = useTraffic((s) => s.busy);
  const failed = useTraffic((s) => s.error?.message);
  const tooMany = matrix && showTraffic ? hiddenForSelection(matrix, selected) : 0;
  return (
    <div className="kpd-overlay-panels" data-analysis-seq={seq}>
      {showTraffic ? (
        <section className="kpd-panel">
          <Legend />
          <p className="kpd-muted" role="status">
            {busy ? t('overlay.analysing') : failed ? failed : ms !== undefined ? t('overlay.updated', { ms }) : ''}
          </p>
          {tooMany > 0 ? <p className="kpd-hint">{t('overlay.selectHint', { count: tooMany })}</p> : null}
        </section>
      ) : null}
      <Explain />
      <TestConnection />
    </div>
  );
}

export { createTrafficStore, followDesigner, type TrafficStoreApi, type TrafficState } from './traffic';
export { TrafficProvider, useTraffic, useTrafficApi, useEngine } from './traffic-react';
