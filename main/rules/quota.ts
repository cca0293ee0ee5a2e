// Policy 5.3: expensive or critical parts have quota limits (限量領用), per requisition line and
// per ticket. The core decides by this function (main/stock/requisitionHandlers.ts refuses an
// approval over quota without a reason); the screens run the very same function while the user
// types, only to warn before anyone asks.

export type Quota = { quotaPerLine: number | null; quotaPerTicket: number | null };

/** Whether `quantity` of a part breaks its quota, given what the ticket already drew. */
export function breaksQuota(quantity: number, quota: Quota, ticketUsed: number): boolean {
  // Approving none of a part draws nothing, whatever the ticket already drew.
  if (quantity === 0) return false;
  return (
    (quota.quotaPerLine !== null && quantity > quota.quotaPerLine) ||
    (quota.quotaPerTicket !== null && ticketUsed + quantity > quota.quotaPerTicket)
  );
}

export function hasQuota(quota: Quota): boolean {
  return quota.quotaPerLine !== null || quota.quotaPerTicket !== null;
}
