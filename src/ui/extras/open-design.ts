// Whether opening a design from outside (example, lesson step, import, share link) should ask first. Opening
// itself is the store's openDesign: one undo step with its layout.
import type { StoreApi } from 'zustand';
import type { DesignerStore } from '../../store/contract';

/** The design holds something a person might not want to lose. */
export function hasWork(api: StoreApi<DesignerStore>): boolean {
  return api.getState().text.trim() !== '';
}
