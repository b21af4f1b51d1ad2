// View options for seeing a big design: the matrix, collapsed namespaces, the overlay's kind filter, Present
// mode. View state only (never in the YAML, never undone). Like the overlay's and the extras' small stores it is
// shared by module scope, because the toolbar, the canvas and the side panels render far apart.
import { create } from 'zustand';
import type { VerdictKind } from '../../model';

/** Above this many workloads a zoomed-out canvas collapses its namespaces until the user decides. */
export const AUTO_COLLAPSE_WORKLOADS = 60;
export const AUTO_COLLAPSE_ZOOM = 0.5;

export interface ScaleView {
  matrixOpen: boolean;
  /** Collapse namespaces on the canvas: undefined = automatic (big design, zoomed out). */
  collapse?: boolean;
  /** Namespaces opened by a double-click while the others stay collapsed. */
  expanded: ReadonlySet<string>;
  /** Kinds the legend unchecked: left out of the overlay and the matrix. */
  hiddenKinds: ReadonlySet<VerdictKind>;
  /** Namespaces collapsed in the matrix. */
  matrixCollapsed: ReadonlySet<string>;
  matrixFrom?: string;
  matrixTo?: string;
  present: boolean;
  set(p: Partial<Omit<ScaleView, 'set'>>): void;
}

export const useScaleView = create<ScaleView>((set) => ({
  matrixOpen: false,
  expanded: new Set(),
  hiddenKinds: new Set(),
  matrixCollapsed: new Set(),
  present: false,
  set: (p) => set(p),
}));

export const toggled = <T>(s: ReadonlySet<T>, v: T): Set<T> => {
  const n = new Set(s);
  if (n.has(v)) n.delete(v);
  else n.add(v);
  return n;
};

/** Whether the canvas draws namespaces collapsed (`farOut`: the zoom is below AUTO_COLLAPSE_ZOOM). */
export function collapsedNow(collapse: boolean | undefined, workloads: number, farOut: boolean): boolean {
  return collapse ?? (workloads > AUTO_COLLAPSE_WORKLOADS && farOut);
}

export const isFarOut = (s: { transform: [number, number, number] }) => s.transform[2] < AUTO_COLLAPSE_ZOOM;
