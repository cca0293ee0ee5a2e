// English strings of the ticket at the bench: header, moves and their forms, printouts,
// timeline. ticket.zhTW.ts has the same keys.
export const ticketEn = {
  unit: 'Unit',
  customer: 'Customer',
  reported: 'Reported',
  technician: 'Technician',
  due: 'Response due {{at}}',
  fault: 'Fault as reported',
  condition: 'Condition at intake: {{condition}}',
  intakeRecord: 'Full intake record',
  rerepairOf: 'Re-repair of',
};

export const tabsEn = {
  log: 'Repair log',
  labour: 'Labour',
  parts: 'Parts',
  checklist: 'Test checklist',
  timeline: 'Timeline',
  history: 'Unit history',
};

export const actionsEn = {
  claim: 'Claim',
  assign: 'Assign',
  none: 'Nothing for you to do on this ticket now.',
  note: 'Note',
  label: {
    claim: 'Claim',
    quote: 'Quote the customer',
    quoteApproved: 'Customer approved the quote',
    quoteDeclined: 'Customer declined the quote',
    factorySend: 'Send to factory',
    factoryReceive: 'Back from factory',
    accept: 'Customer acceptance',
    reject: 'Customer rejects the repair',
    cancel: 'Cancel ticket',
    to_received: 'Back to received',
    to_diagnosing: 'Start diagnosis',
    to_awaiting_approval: 'Await customer approval',
    to_awaiting_parts: 'Wait for parts',
    to_in_repair: 'Start repair',
    to_testing: 'Send to testing',
    to_ready_for_pickup: 'Ready for pickup',
    to_delivered: 'Hand back to customer',
    to_closed: 'Close ticket',
    to_at_factory: 'Send to factory',
    to_back_from_factory: 'Back from factory',
    to_return_unrepaired: 'Return unrepaired',
    to_cancelled: 'Cancel ticket',
  },
  body: {
    quoteApproved: 'The customer approved the quote: the repair goes ahead (policy 3.2).',
    quoteDeclined:
      'The customer declined the quote: the unit goes back unrepaired (policy 3.2). Note what they said.',
    factoryReceive: "The unit is back from the factory. Note the factory's report if it sent one.",
    cancel: 'The ticket is cancelled and keeps its report number. Give the reason.',
    returnUnrepaired:
      'The unit goes back to the customer unrepaired. Note why (cannot be repaired, customer withdrew…).',
  },
  blocked: {
    checklist: 'Ready for pickup waits until every item of the test checklist passed (policy 3.3).',
    quote:
      'Not covered by warranty: nothing is repaired beyond diagnosis until the customer approves the quote (policy 3.2).',
    notCovered: 'Covered by warranty: the company bears the repair, there is nothing to quote.',
    accepted: 'Closed only once the customer has accepted the repair (policy 3.4).',
    quoteDeclined: 'Returned unrepaired only once the customer has declined the quote.',
  },
};

export const assignEn = {
  title: 'Assign {{reportNo}}',
  current: 'Now with {{name}}.',
  unclaimed: 'Nobody has claimed this ticket yet.',
  to: 'Give it to',
  pick: 'Choose a technician, or release the ticket to the queue',
  release: 'Nobody: release it to the queue',
  submit: 'Assign',
};

export const quoteEn = {
  title: 'Quote for {{reportNo}}',
  body: 'Not covered by warranty: estimate the labour and the parts. The customer approves the quote before anything is repaired (policy 3.2).',
  labourMinutes: 'Labour (minutes)',
  labourHint: 'At {{rate}} {{currency}} per hour',
  minutesRange: 'Whole minutes from 1 to {{max}}',
  part: 'Part number',
  partHint: 'Scan or type a part number, Enter; a second scan adds one more',
  noPart: 'No active part {{partNo}}',
  quantityOf: 'Quantity of {{partNo}}',
  note: 'Note for the customer',
  estimate: 'Labour {{labour}} + parts {{parts}}',
  submit: 'Send the quote',
  summary: 'Quote {{total}} {{currency}}',
  sent: 'quoted {{at}}',
  status: {
    pending: 'Awaiting the customer',
    approved: 'Approved',
    declined: 'Declined',
  },
};

export const acceptanceEn = {
  title: 'Customer acceptance of {{reportNo}}',
  accept: 'Accept and sign',
  reject: 'Reject',
  acceptBody:
    'The customer checks the repaired unit. If they accept it, they sign below and take the unit (policy 3.4).',
  signHint: 'The customer signs to accept the repair',
  signFirst: 'The customer signs first',
  acceptSubmit: 'Accepted: hand the unit over',
  rejectBody:
    'If the customer does not accept the repair, this ticket closes and a re-repair ticket linked to it opens (policy 3.4).',
  reason: 'What the customer found wrong',
  rejectSubmit: 'Reject: open a re-repair',
  rerepairOpened: 'Re-repair {{reportNo}} opened.',
  rerepair: 'Re-repair:',
  outcome: {
    accepted: 'Accepted by the customer',
    rejected: 'Rejected by the customer',
  },
};

export const factoryEn = {
  sendTitle: 'Send {{reportNo}} to the factory',
  sendBody:
    'The unit goes to the factory for repair; the ticket waits until it comes back. The fault is printed on the return-to-factory form.',
  carrier: 'Carrier',
  trackingNo: 'Tracking number',
  fault: 'Fault for the factory',
  send: 'Send to factory',
  shipments: 'Return to factory',
  sent: 'Sent',
  received: 'Back',
  report: "Factory's report",
};

export const conflictEn = {
  title: 'Someone else changed this ticket',
  reloaded:
    'Your change was not saved. The ticket has been read again as it is now: check it and do it again if it is still needed.',
};

export const printEn = {
  menu: 'Print',
  repairRecord: 'Repair record (customer + company copy)',
  reprint: 'Reprint repair record (duplicate)',
  reprintOther: 'Duplicate in Chinese for the customer (副本)',
  quote: 'Quote',
  factoryForm: 'Return-to-factory form',
  warrantyVoucher: 'Warranty voucher',
  noOriginal: 'Print the repair record first; a reprint copies it.',
};

export const timelineEn = {
  title: 'Timeline',
  none: 'No moves yet: the ticket is as it was received.',
  /** One sentence per kind of entry (main/bench/ticketHistory.ts). */
  kinds: {
    intake: 'Registered at intake',
    status: 'Status changed',
    claim: 'Claimed',
    assign: 'Assigned',
    note: 'Note added',
    fault: 'Fault coded',
    faultRemoved: 'Fault code removed',
    labour: 'Labour recorded: {{minutes}} min',
    check: 'Test checklist recorded',
    quote: 'Quote made',
    quoteApproved: 'Quote approved by the customer',
    quoteDeclined: 'Quote declined by the customer',
    requisition: 'Parts requested ({{reqNo}})',
    requisitionApproved: 'Requisition {{reqNo}} approved',
    requisitionRejected: 'Requisition {{reqNo}} rejected',
    partsIssued: 'Parts issued ({{reqNo}})',
    partsReturned: 'Parts returned ({{reqNo}})',
    document: 'Printed: {{document}}',
    payment: 'Payment recorded',
    accepted: 'Accepted by the customer, signed',
    rejected: 'Not accepted by the customer',
    factory: 'Sent to the factory',
    photo: 'Photo attached',
    signature: 'Customer signature taken',
    warrantyOverride: 'Warranty decision overridden',
    cancelled: 'Cancelled',
    responded: 'Customer contacted',
    other: '{{action}}',
  },
};

export const formatEn = {
  minutes: '{{m}} min',
  hoursMinutes: '{{h}} h {{m}} min',
};
