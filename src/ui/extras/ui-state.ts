// Which extras dialog or panel is open. The shell renders <ExtrasToolbar/> and <ExtrasPanels/> in different
// places without a common provider of ours, so this small view-only store is shared by module scope; it holds
// nothing of the design (that lives in the designer store) and nothing worth undoing or saving.
import { create } from 'zustand';
import type { ImportPlan } from '../../io';

export type ExtrasDialog = 'examples' | 'import' | 'export' | 'share';

export interface ExtrasUi {
  dialog?: ExtrasDialog;
  lessonsOpen: boolean;
  /** Files read (chosen, dropped or pasted) waiting for the user to confirm the import. */
  staged?: ImportPlan;
  /** A message that must stay visible until dismissed (a bad share link). */
  banner?: { text: string; tone: 'info' | 'error' };
  open(d: ExtrasDialog): void;
  close(): void;
  toggleLessons(): void;
  stage(plan: ImportPlan | undefined): void;
  setBanner(b: ExtrasUi['banner']): void;
}

export const useExtrasUi = create<ExtrasUi>((set) => ({
  lessonsOpen: false,
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: undefined, staged: undefined }),
  toggleLessons: () => set((s) => ({ lessonsOpen: !s.lessonsOpen })),
  stage: (staged) => set({ staged }),
  setBanner: (banner) => set({ banner }),
}));
