import { reasons } from './define';

// Service agreements: contracts, their terms and renewals. Dates are civil dates (YYYY-MM-DD).
export const agreementsReasons = reasons({
  agreementNotFound: { id: 'number' },
  referenceNoUsed: { referenceNo: 'string' },
  /** One agreement per customer and scope on any day, so the warranty decision never chooses. */
  overlaps: { referenceNo: 'string' },
  withdrawn: { referenceNo: 'string' },
  endsEarlierOnly: { referenceNo: 'string', validTo: 'string' },
  /** Policy 2: a decided ticket keeps its warranty, so the agreement stays in force that day. */
  usedUntil: { referenceNo: 'string', intakeDate: 'string' },
});
