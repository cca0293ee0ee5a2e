// The warranty decision at intake (policy 2): period, the reasons a case is not covered, and
// what is offered to the customer instead.
export const warrantyEn = {
  title: 'Warranty decision',
  status: {
    covered: 'Covered',
    not_covered: 'Not covered',
    unverified: 'Unverified',
  },
  statusLong: {
    covered: 'In warranty and scope: repair and parts are free',
    not_covered: 'Outside warranty or scope: charged per the price rules',
    unverified: 'Cannot be verified: no purchase invoice date',
  },
  until: 'Warranty until {{date}}',
  expired: 'Warranty ended {{date}}',
  period: '{{months}} months from the purchase invoice date',
  sourceModel: 'period set for this model',
  sourceType: 'period of the product type',
  sourceAgreement: "period of the customer's agreement {{reference}}",
  chooseModel: 'Choose the product model to see the warranty decision.',
  checking: 'Deciding…',
  cannotDecide: 'Cannot decide yet',
  exclusions: 'Not covered because (policy 2)',
  reasons: {
    misuse: 'Used, maintained or stored against the user manual',
    force_majeure: 'Force majeure (natural disaster, war…)',
    tampered: 'Disassembled, modified or repaired by the customer or a third party',
    expired: 'Past the warranty period',
    serial_unreadable: 'Model or serial number altered, forged or unreadable',
  },
  expiredFromDates: 'Decided by the purchase invoice date',
  note: 'What was found',
  notePlaceholder: 'e.g. water marks inside the case',
  explanation: 'Explanation given to the customer',
  explanationHint: 'Required when the case is not covered (policy 3.1)',
  useReasons: 'Use the reasons',
  offer: 'Offered to the customer',
  offers: {
    paid_repair: 'Paid repair (a quote from the bench)',
    return_unrepaired: 'Return unrepaired',
  },
  overridden: 'Covered by supervisor decision',
};
