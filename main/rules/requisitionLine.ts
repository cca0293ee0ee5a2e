// Policy 5.3: how far a requisition line may move at each step. The core refuses beyond these
// (main/stock/requisitionHandlers.ts, partsOffers.ts); the screens cap their fields by the same
// functions while the keeper or the supervisor types.

/** A requisition line's counts. */
export type LineCounts = {
  requested: number;
  /** null until a supervisor decides. */
  approved: number | null;
  issued: number;
  returned: number;
};

/** The most a supervisor approves: what was asked, never more. */
export const approvableOf = (l: Pick<LineCounts, 'requested'>): number => l.requested;

/** Approved and not yet issued: the most the stockroom still issues on this line. */
export const openOf = (l: Pick<LineCounts, 'approved' | 'issued'>): number =>
  (l.approved ?? 0) - l.issued;

/** Issued and not yet returned: the most that comes back on this line. */
export const outOf = (l: Pick<LineCounts, 'issued' | 'returned'>): number => l.issued - l.returned;

/** What may be issued now: the open quantity, as far as the shelf holds it (the ledger never goes below zero). */
export const issuableNow = (l: Pick<LineCounts, 'approved' | 'issued'>, onHand: number): number =>
  Math.max(0, Math.min(openOf(l), onHand));
