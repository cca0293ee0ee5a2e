// Policy 5.3: expensive or critical parts have quota limits (限量領用), per requisition line and
// per ticket. The core decides (main/stock/requisitionRepo.ts, breaksQuota); the screens use the
// same rule only to warn before anyone asks.

export type Quota = { quotaPerLine: number | null; quotaPerTicket: number | null };

/** Whether `quantity` breaks the part's quota, given what the ticket already drew. */
export function breaksQuota(quantity: number, quota: Quota, ticketUsed: number): boolean {
  return (
    (quota.quotaPerLine !== null && quantity > quota.quotaPerLine) ||
    (quota.quotaPerTicket !== null && ticketUsed + quantity > quota.quotaPerTicket)
  );
}

export function hasQuota(quota: Quota): boolean {
  return quota.quotaPerLine !== null || quota.quotaPerTicket !== null;
}
