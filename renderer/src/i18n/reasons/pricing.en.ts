import type { ReasonTexts } from './types';

export const pricingEn: ReasonTexts<'pricing'> = {
  stationNotFound: 'No repair station #{{id}}.',

  coveredNotBilled:
    'Ticket #{{id}} is covered by the warranty: the company bears it and the customer pays nothing (policy 3.5).',
  cancelledNotBilled: 'Ticket #{{id}} was cancelled: nothing is billed for it.',
  declinedNoFee:
    'Ticket #{{id}} has nothing to bill: its quote was declined and the depot charges no inspection fee.',
  quoteNotApproved:
    'Ticket #{{id}} cannot be paid yet: the customer has not approved its quote (its quote: $t(bench.quote.status.{{quote}})).',
  notBillableYet:
    'Ticket #{{id}} cannot be paid yet: its repair is billed once it is ready for pick-up, delivered or closed (it is {{status}}).',
  onlyInspectionFee: 'The customer declined the quote: only the inspection fee is billed.',
  noInspectionFee: 'Only a declined quote bills an inspection fee; this payment is for the repair.',
  overpayment:
    'The payment is more than the balance of {{balance}} (billed {{billed}}, paid {{paid}}): overpayment is refused.',
  receiptNoUsed: 'Receipt number {{receiptNo}} is already used.',
};
