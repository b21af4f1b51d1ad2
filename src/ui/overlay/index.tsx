// Slot owned by the traffic overlay work (stub until it lands). The shell uses:
//  - useOverlayEdges(): React Flow edges to add to the canvas while "Show traffic" is on (ids `traffic:<from>-><to>`).
//  - <OverlayPanels/>: legend, explanation of the selected edge/pair, "Test a connection" form (inspector area).
import type { Edge } from '@xyflow/react';

export function useOverlayEdges(): Edge[] {
  return [];
}

export function OverlayPanels() {
  return null;
}
