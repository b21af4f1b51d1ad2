// Replacing the design from the outside (example, lesson step, import, share link): one loadText (one undo
// step, so Undo brings the previous design back), then a layout for nodes that have no position yet, then the
// canvas fits it in view.
import type { StoreApi } from 'zustand';
import { canvasAspect } from '../layout/canvasAspect';
import type { DesignerStore } from '../../store/contract';

export async function replaceDesign(
  api: StoreApi<DesignerStore>,
  text: string,
  opts: { positions?: Record<string, { x: number; y: number }>; layout?: boolean } = {},
): Promise<void> {
  const s = api.getState();
  s.loadText(text);
  if (opts.positions && Object.keys(opts.positions).length > 0) api.getState().setPositions({ ...opts.positions });
  else if (opts.layout !== false) {
    try {
      await api.getState().autoLayout(canvasAspect());
    } catch {
      // A layout failure leaves the default placement: the design itself is loaded.
    }
  }
  // The view was made for the design before: show the whole new one.
  api.getState().requestFit();
}

/** The design holds something a person might not want to lose. */
export function hasWork(api: StoreApi<DesignerStore>): boolean {
  return api.getState().text.trim() !== '';
}
