// The traffic overlay: edges for the canvas while "Show traffic" is on, and its panels (legend, explanation,
// "Test a connection") for the inspector area.
import { useMemo, useState } from 'react';
import type { Edge } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useDesigner } from '../../store';
import { listSharer } from '../../store/share';
import type { MatrixPayload } from '../../worker/contract';
import { Explain } from './Explain';
import { Legend } from './Legend';
import { hiddenForSelection, overlayPairs } from './pairs';
import { useTraffic } from './traffic-react';
import { TestConnection } from './TestConnection';
import { TrafficEdgeView, type TrafficEdgeData } from './TrafficEdge';
import { Z } from '../canvas/layers';

export const overlayEdgeTypes = { traffic: TrafficEdgeView };

export function useOverlayEdges(): Edge[] {
  const showTraffic = useDesigner((s) => s.showTraffic);
  const selected = useDesigner((s) => s.selection.nodes[0]);
  const selectedEdge = useDesigner((s) => s.selection.edge);
  const matrix = useTraffic((s) => s.analysis?.matrix);
  // Every analysis is a new matrix, mostly with the same verdicts: keep unchanged edges (and the array) as they were.
  const [share] = useState(() => listSharer<Edge>());
  return useMemo(() => share(overlayEdges(matrix, showTraffic, selected, selectedEdge)), [share, showTraffic, matrix, selected, selectedEdge]);
}

function overlayEdges(matrix: MatrixPayload | undefined, showTraffic: boolean, selected: string | undefined, selectedEdge: string | undefined): Edge[] {
  if (!showTraffic || !matrix) return [];
  const { pairs } = overlayPairs(matrix, selected);
  return pairs.map((pair) => {
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
  });
}

export function OverlayPanels() {
  const { t } = useTranslation();
  const showTraffic = useDesigner((s) => s.showTraffic);
  const selected = useDesigner((s) => s.selection.nodes[0]);
  const matrix = useTraffic((s) => s.analysis?.matrix);
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
