// One lookup of React Flow's edge-label layer for the whole canvas. React Flow's own <EdgeLabelRenderer> looks the
// layer up with a store selector in every edge, so each store change (pan, zoom, a new edge list) ran a DOM query
// per edge: thousands on a large design.
import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '@xyflow/react';

const LabelLayer = createContext<HTMLElement | null>(null);
const layerOf = (s: { domNode: HTMLElement | null }) => s.domNode?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null;

/** Inside a ReactFlowProvider: finds `.react-flow__edgelabel-renderer` for the edges below. */
export function LabelLayerProvider({ children }: { children: ReactNode }) {
  return <LabelLayer.Provider value={useStore(layerOf)}>{children}</LabelLayer.Provider>;
}

/** Renders an edge's label above the edges, like React Flow's EdgeLabelRenderer. */
export function EdgeLabel({ children }: { children: ReactNode }) {
  const layer = useContext(LabelLayer);
  return layer ? createPortal(children, layer) : null;
}
