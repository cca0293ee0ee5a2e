import { create } from 'zustand';

type PartDrawerState = {
  /** The part shown in the detail drawer, or null when it is closed. */
  partId: number | null;
  /** Bumped when a part or its stock changes (created, edited, adjusted, imported, received). */
  changes: number;
  open: (partId: number) => void;
  close: () => void;
  changed: () => void;
};

/** One part drawer for the stockroom: the parts list, a scanned number and receiving open it. */
export const usePartDrawer = create<PartDrawerState>()((set) => ({
  partId: null,
  changes: 0,
  open: (partId) => set({ partId }),
  close: () => set({ partId: null }),
  changed: () => set((s) => ({ changes: s.changes + 1 })),
}));
