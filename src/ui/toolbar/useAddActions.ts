// "Add namespace / workload / external": shared by the toolbar and double-click on the canvas.
import { useReactFlow } from '@xyflow/react';
import { useDesignerApi } from '../../store';
import type { XY } from '../../model';

export function useAddActions() {
  const api = useDesignerApi();
  const flow = useReactFlow();
  /** A new workload lands inside the view: once it has rendered, pan (same zoom) to it if it is out of sight. */
  const keepInView = (id: string) =>
    setTimeout(() => {
      const n = flow.getInternalNode(id);
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      if (!n || !pane) return;
      const { x, y } = n.internals.positionAbsolute;
      const w = n.measured.width ?? 200;
      const h = n.measured.height ?? 96;
      const tl = flow.flowToScreenPosition({ x, y });
      const br = flow.flowToScreenPosition({ x: x + w, y: y + h });
      if (tl.x >= pane.left && tl.y >= pane.top && br.x <= pane.right && br.y <= pane.bottom) return;
      void flow.setCenter(x + w / 2, y + h / 2, { zoom: flow.getZoom(), duration: 200 });
    }, 60);
  const select = (id: string | undefined, reveal = false) => {
    if (!id) return;
    api.getState().setSelection({ nodes: [id] });
    // A node placed by us may land outside the view: bring everything into view once it has rendered.
    if (reveal) api.getState().requestFit();
  };
  return {
    namespace: (at?: XY) => select(api.getState().addNamespace(undefined, at), !at),
    workload: (at?: XY, namespace?: string) => {
      const s = api.getState();
      const selected = s.selection.nodes[0];
      const ns =
        namespace ?? (selected?.startsWith('namespace:') ? selected.slice('namespace:'.length) : selected?.includes('/') ? selected.split('/')[0] : s.design.namespaces[0]?.name);
      const id = s.addWorkload(ns, undefined, at);
      select(id);
      if (id && !at) keepInView(id);
    },
    external: () => select(api.getState().addExternal(nextCidr(api.getState().design.externals.map((e) => e.cidr))), true),
  };
}

function nextCidr(taken: string[]): string {
  for (const c of ['0.0.0.0/0', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']) if (!taken.includes(c)) return c;
  for (let i = 1; i < 255; i++) if (!taken.includes(`203.0.${i}.0/24`)) return `203.0.${i}.0/24`;
  return '198.51.100.0/24';
}
