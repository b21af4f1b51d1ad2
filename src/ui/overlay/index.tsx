// The traffic overlay: edges for the canvas while "Show traffic" is on, and its panels (legend, explanation,
// "Test a connection") for the inspector area.
import { useMemo, useRef } from 'react';
import type { Edge } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Matrix } from '../../engine/matrix';
import { useDesigner } from '../../store';
import { shareList } from '../../store/share';
import { Explain } from './Explain';
import { Legend } from './Legend';
import { hiddenForSelection, overlayPairs } from './pairs';
import { useTraffic } from './state';
import { TestConnection } from './TestConnection';
import { TrafficEdgeView, type TrafficEdgeData } from './TrafficEdge';
import { useTrafficDriver } from './useTrafficDriver';
import { Z } from '../canvas/layers';

export const overlayEdgeTypes = { traffic: TrafficEdgeView };

export function useOverlayEdges(): Edge[] {
  const showTraffic = useDesigner((s) => s.showTraffic);
  const selected = useDesigner((s) => s.selection.nodes[0]);
  const selectedEdge = useDesigner((s) => s.selection.edge);
  const matrix = useTraffic((s) => s.matrix);
  // Every analysis is a new matrix, mostly with the same verdicts: keep unchanged edges (and the array) as they were.
  const last = useRef<Edge[]>([]);
  return useMemo(() => (last.current = shareList(last.current, overlayEdges(matrix, showTraffic, selected, selectedEdge))), [showTraffic, matrix, selected, selectedEdge]);
}

function overlayEdges(matrix: Matrix | undefined, showTraffic: boolean, selected: string | undefined, selectedEdge: string | undefined): Edge[] {
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
  useTrafficDriver();
  const showTraffic = useDesigner((s) => s.showTraffic);
  const selected = useDesigner((s) => s.selection.nodes[0]);
  const { matrix, seq, busy, ms } = useTraffic();
  const tooMany = matrix && showTraffic ? hiddenForSelection(matrix, selected) : 0;
  return (
    <div className="kpd-overlay-panels" data-analysis-seq={seq}>
      {showTraffic ? (
        <section className="kpd-panel">
          <Legend />
          <p className="kpd-muted" role="status">
            {busy ? t('overlay.analysing') : ms !== undefined ? t('overlay.updated', { ms }) : ''}
          </p>
          {tooMany > 0 ? <p className="kpd-hint">{t('overlay.selectHint', { count: tooMany })}</p> : null}
        </section>
      ) : null}
      <Explain />
      <TestConnection />
    </div>
  );
}
