import { create } from 'zustand';

type TicketDrawerState = {
  /** The ticket shown in the detail drawer, or null when it is closed. */
  ticketId: number | null;
  open: (ticketId: number) => void;
  close: () => void;
};

/**
 * The ticket detail drawer is one per workbench: the tickets list, the quick search (Ctrl+K)
 * and the repeat-of link all open it here.
 */
export const useTicketDrawer = create<TicketDrawerState>()((set) => ({
  ticketId: null,
  open: (ticketId) => set({ ticketId }),
  close: () => set({ ticketId: null }),
}));
