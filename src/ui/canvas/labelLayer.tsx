// One lookup of React Flow's edge-label layer for the whole canvas. React Flow's own <EdgeLabelRenderer> looks the
// layer up with a store selector in every edge, so each store change (pan, zoom, a new edge list) ran a DOM query
// per edge: thousands on a large design.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '@xyflow/react';

/**
 * Below this zoom a drawn edge's ports label is a few pixels high: unreadable, yet thousands of them cost layout
 * on every change. Those labels are left out until the user zooms in (the edge keeps its accessible name).
 */
export const LABEL_MIN_ZOOM = 0.4;

const LabelLayer = createContext<{ layer: HTMLElement | null; readable: boolean }>({ layer: null, readable: true });
const layerOf = (s: { domNode: HTMLElement | null }) => s.domNode?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null;
const readableAt = (s: { transform: [number, number, number] }) => s.transform[2] >= LABEL_MIN_ZOOM;

/** Inside a ReactFlowProvider: finds `.react-flow__edgelabel-renderer` for the edges below. */
export function LabelLayerProvider({ children }: { children: ReactNode }) {
  const layer = useStore(layerOf);
  const readable = useStore(readableAt);
  // A new value object would re-render every edge each time the canvas renders.
  const value = useMemo(() => ({ layer, readable }), [layer, readable]);
  return <LabelLayer.Provider value={value}>{children}</LabelLayer.Provider>;
}

/**
 * Renders an edge's label above the edges, like React Flow's EdgeLabelRenderer. `always`: also when zoomed out
 * (labels that carry an accessible name or state, like the traffic overlay's).
 */
export function EdgeLabel({ children, always = false }: { children: ReactNode; always?: boolean }) {
  const { layer, readable } = useContext(LabelLayer);
  return layer && (readable || always) ? createPortal(children, layer) : null;
}
