// The canvas's side of seeing a big design: which namespaces are collapsed now, and which nodes are dimmed.
import { useEffect, useMemo, useState } from 'react';
import type { Node } from '@xyflow/react';
import { useReactFlow, useStore } from '@xyflow/react';
import type { Design } from '../../model';
import { useTrafficGrid } from '../matrix/useTrafficGrid';
import { collapsedNamespaces } from './collapse';
import { trafficPartners } from './dim';
import { AUTO_COLLAPSE_WORKLOADS, AUTO_COLLAPSE_ZOOM, collapsedNow, isFarOut, useScaleView } from './view';

/** A change that brings this many workloads onto the canvas at once is a new picture (a paste), not an edit. */
export const ARRIVAL_WORKLOADS = 40;
const ARRIVAL_FIT = { maxZoom: 1, padding: 0.1 };

/**
 * A big design arriving at once (a pasted cluster export, the canvas shown again after the matrix): the whole of
 * it is brought into view, and until then it counts as zoomed out, so a big one is drawn collapsed from its first
 * frame instead of drawing a thousand cards at the old zoom first. True until the view is fitted.
 */
export function useArrival(workloads: number): boolean {
  const flow = useReactFlow();
  const [seen, setSeen] = useState(workloads);
  const [arriving, setArriving] = useState(false);
  // Derived from the previous render's count, during render (React's pattern for state that follows a prop).
  if (workloads !== seen) {
    setSeen(workloads);
    if (workloads > AUTO_COLLAPSE_WORKLOADS && workloads - seen >= ARRIVAL_WORKLOADS) setArriving(true);
  }
  useEffect(() => {
    if (!arriving) return;
    // After React Flow has the new (collapsed) nodes.
    const timer = setTimeout(() => void flow.fitView(ARRIVAL_FIT).finally(() => setArriving(false)), 0);
    return () => clearTimeout(timer);
  }, [arriving, flow]);
  return arriving;
}

/**
 * Zoomed out below AUTO_COLLAPSE_ZOOM. Until React Flow has applied the restored view its transform is still the
 * initial one (0, 0, zoom 1): then the zoom the view is restored to decides, so a big design restored zoomed out
 * is drawn collapsed from its first frame instead of as hundreds of cards first. (A view moved to exactly that
 * transform later is also what the store holds then: the same answer.)
 */
function useFarOut(restoredZoom: number): boolean {
  const initial = useStore((s) => s.transform[0] === 0 && s.transform[1] === 0 && s.transform[2] === 1);
  const live = useStore(isFarOut);
  return initial ? restoredZoom < AUTO_COLLAPSE_ZOOM : live;
}

export function useCollapsedNamespaces(design: Design, arriving = false, restoredZoom = 1): ReadonlySet<string> {
  const collapse = useScaleView((s) => s.collapse);
  const expanded = useScaleView((s) => s.expanded);
  const farOut = useFarOut(restoredZoom) || arriving;
  const on = collapsedNow(collapse, design.workloads.length, farOut);
  const names = design.namespaces.map((n) => n.name).join('\n');
  return useMemo(() => collapsedNamespaces(on, names ? names.split('\n') : [], expanded), [on, names, expanded]);
}

export function expandNamespace(ns: string): void {
  const { expanded, set } = useScaleView.getState();
  set({ expanded: new Set([...expanded, ns]) });
}

/** A workload of a collapsed namespace is not on the canvas (its namespace node stands for it). */
export const hiddenBy = (collapsed: ReadonlySet<string>, id: string) => id.includes('/') && !id.startsWith('external:') && collapsed.has(id.split('/')[0]!);

export function useDimmed(showTraffic: boolean, selection: readonly string[]): Set<string> | undefined {
  const grid = useTrafficGrid();
  const hidden = useScaleView((s) => s.hiddenKinds);
  const one = selection.length === 1 ? selection[0] : undefined;
  return useMemo(() => (showTraffic && grid && one ? trafficPartners(grid, one, (k) => !hidden.has(k)) : undefined), [showTraffic, grid, one, hidden]);
}

export function withDimming(nodes: Node[], partners: Set<string> | undefined): Node[] {
  if (!partners) return nodes;
  return nodes.map((n) => (n.type === 'workload' && !partners.has(n.id) ? { ...n, className: 'kpd-dim' } : n));
}
