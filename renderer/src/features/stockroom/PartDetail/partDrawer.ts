import { create } from 'zustand';

type PartDrawerState = {
  /** The part shown in the detail drawer, or null when it is closed. */
  partId: number | null;
  open: (partId: number) => void;
  close: () => void;
};

/** One part drawer for the stockroom: the parts list, a scanned number and receiving open it. */
export const usePartDrawer = create<PartDrawerState>()((set) => ({
  partId: null,
  open: (partId) => set({ partId }),
  close: () => set({ partId: null }),
}));
