// English strings of the payment panel at hand-over (issue 10, item 1; policy 3.5).
// payments.zhTW.ts has the same keys.
export const paymentsEn = {
  title: 'Payment',
  billed: 'Billed',
  tax: 'of which tax',
  paid: 'Paid',
  balance: 'Balance',
  kind: { repair: 'Paid repair', inspection_fee: 'Inspection fee (quote declined)' },
  method: { cash: 'Cash', card: 'Card', transfer: 'Bank transfer', other: 'Other' },
  methodLabel: 'Method',
  amount: 'Amount ({{currency}})',
  receiptNo: 'Receipt number',
  record: 'Record payment',
  payBalance: 'Whole balance',
  recorded: 'Payment recorded on receipt {{receiptNo}}',
};
