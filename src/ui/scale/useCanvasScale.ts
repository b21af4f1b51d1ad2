// The canvas's side of seeing a big design: which namespaces are collapsed now, and which nodes are dimmed.
import { useMemo } from 'react';
import type { Node } from '@xyflow/react';
import { useStore } from '@xyflow/react';
import type { Design } from '../../model';
import { useTrafficGrid } from '../matrix/useTrafficGrid';
import { collapsedNamespaces } from './collapse';
import { trafficPartners } from './dim';
import { collapsedNow, isFarOut, useScaleView } from './view';

export function useCollapsedNamespaces(design: Design): ReadonlySet<string> {
  const collapse = useScaleView((s) => s.collapse);
  const expanded = useScaleView((s) => s.expanded);
  const farOut = useStore(isFarOut);
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
