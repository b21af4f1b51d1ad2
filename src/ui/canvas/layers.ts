// Stacking order on the canvas (React Flow runs with zIndexMode="manual", so these are the whole story).
// Edges pass under the workload cards: a click on a card, at any zoom, selects the card and not one of the
// many edges crossing it. The one selected edge is lifted over the cards so it can be followed end to end.
// Edge labels live in their own layer above everything (labelLayer.tsx) and stay clickable.
export const Z = {
  namespace: 0,
  edge: 1,
  traffic: 2,
  node: 3,
  selectedEdge: 4,
} as const;
