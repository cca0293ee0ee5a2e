// English strings of the ticket's parts and its cost. parts.zhTW.ts has the same keys.
export const partsEn = {
  title: 'Parts',
  none: 'No parts requested for this ticket.',
  request: 'Request parts',
  requestTitle: 'Requisition for {{reportNo}}',
  requestBody:
    'Scan each part and type how many. A supervisor approves the requisition, then the stockroom issues it (policy 5.3).',
  sent: 'Requisition {{reqNo}} sent for approval.',
  requisition: 'Requisition',
  part: 'Part',
  requested: 'Asked',
  approved: 'Approved',
  issued: 'Issued',
  returned: 'Returned',
  consumed: 'Used',
  cost: 'Cost ({{currency}})',
  out: 'Issued, not returned',
  return: 'Return unused',
  returnTitle: 'Unused parts of {{reportNo}} back to the stockroom',
  returnBody:
    'Count what comes back to the shelf. What stays issued is what the repair used, and what it costs (policy 5.3).',
  returnQty: 'Back now',
  returnOf: 'Units of {{partNo}} back now',
  returnAtMost_one: 'At most {{count}} unit',
  returnAtMost_other: 'At most {{count}} units',
  returnNothing: 'Type how many come back',
  returnNote: 'Note',
  returnSubmit: 'Return to stockroom',
  returnHint:
    'Take unused parts back to the stockroom promptly; the stockroom keeper records the return (policy 5.3).',
};

export const costEn = {
  labour: 'Labour {{time}}',
  parts: 'Parts at cost',
  total: 'Total',
  borneBy: {
    company: 'Borne by the company',
    customer: 'Charged to the customer',
  },
};
