// English strings of the period cost report view (費用核算). costReport.zhTW.ts has the same keys.
export const costReportEn = {
  view: 'Cost report',
  explain:
    'Tickets handed back in the period, per repair station and product type: labour minutes at the hourly rate, parts issued at cost less returns. The company bears covered repairs, the customer every other one. The totals are the sum of the lines.',
  rate: 'Labour at {{rate}} {{currency}} an hour now; each ticket is costed and billed as it was at hand-over',
  columns: {
    station: 'Repair station',
    productType: 'Product type',
    tickets: 'Tickets',
    labourMinutes: 'Labour (min)',
    labourCost: 'Labour ({{currency}})',
    partsCost: 'Parts ({{currency}})',
    companyBorne: 'Company-borne ({{currency}})',
    customerBorne: 'Customer-borne ({{currency}})',
    billed: 'Billed ({{currency}})',
    paid: 'Paid ({{currency}})',
  },
  total: 'Total',
  export: 'Export CSV',
  exported_one: '{{count}} line exported as {{file}}',
  exported_other: '{{count}} lines exported as {{file}}',
  print: 'Print for reconciliation',
  notAllowed: 'The depot’s costs are for finance, supervisors and admins (policy 3.5).',
  emptyTitle: 'No tickets handed back in this period',
  emptyBody: 'Pick another period, or wait until repaired units are handed back.',
};
