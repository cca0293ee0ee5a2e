// The tickets list with its filters, and the status and flag words shown wherever a ticket is.
export const listEn = {
  status: 'Status',
  anyStatus: 'Any status',
  station: 'Station',
  anyStation: 'Any station',
  warranty: 'Warranty',
  anyWarranty: 'Any warranty',
  emergencyOnly: 'Emergency',
  overdueOnly: 'Overdue',
  dates: 'Reported',
  datesPlaceholder: 'Any date',
  clear: 'Clear filters',
  columns: {
    reportNo: 'Report no.',
    reportedAt: 'Reported',
    customer: 'Customer',
    model: 'Model',
    serial: 'Serial no.',
    station: 'Station',
    warranty: 'Warranty',
    status: 'Status',
  },
  shown_one: '{{count}} ticket shown',
  shown_other: '{{count}} tickets shown',
  more: 'more as you scroll',
  empty: 'No tickets match these filters.',
  loading: 'Loading…',
};

export const statusEn = {
  received: 'Received',
  diagnosing: 'Diagnosing',
  awaiting_approval: 'Awaiting customer approval',
  awaiting_parts: 'Awaiting parts',
  in_repair: 'In repair',
  testing: 'Testing',
  ready_for_pickup: 'Ready for pickup',
  delivered: 'Delivered',
  closed: 'Closed',
  at_factory: 'At factory',
  back_from_factory: 'Back from factory',
  return_unrepaired: 'Return unrepaired',
  cancelled: 'Cancelled',
};

export const flagsEn = {
  emergency: 'Emergency',
  overdue: 'Overdue',
  repeat: 'Re-repair',
};
