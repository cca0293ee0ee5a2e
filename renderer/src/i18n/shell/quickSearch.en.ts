// Quick search: jump to a workspace, run an action, or find a ticket.
export const spotlightEn = {
  placeholder: 'Jump to a workspace or run an action…',
  nothingFound: 'Nothing found',
  ticketNote:
    'Tickets by report number, serial, phone or customer name: 1 Chinese character or 3 letters or digits.',
  tickets: 'Tickets',
  actions: 'Actions',
  searching: 'Searching tickets…',
  goTo: 'Go to {{name}}',
  printSample: 'Print sample document',
  printSampleDescription: 'A test page with Chinese text and a barcode',
  lock: 'Lock this workstation',
};
