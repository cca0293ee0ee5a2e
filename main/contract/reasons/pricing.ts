import { reasons } from './define';

// Pricing: price rules, quotes' money, payments. Amounts in parameters are in currency units
// (59.94), ready to read; details keep integer minor units.
export const pricingReasons = reasons({
  stationNotFound: { id: 'number' },

  /** Policy 3.5: the company bears a covered repair; the customer pays nothing. */
  coveredNotBilled: { id: 'number' },
  cancelledNotBilled: { id: 'number' },
  declinedNoFee: { id: 'number' },
  quoteNotApproved: { id: 'number', quote: 'string' },
  /** Policy 3.5: a repair is billed once it is ready for pick-up, delivered or closed. */
  notBillableYet: { id: 'number', status: 'string' },
  onlyInspectionFee: {},
  noInspectionFee: {},
  overpayment: { balance: 'number', billed: 'number', paid: 'number' },
  receiptNoUsed: { receiptNo: 'string' },
});
