// Printed documents: the archive of what was printed and the sample page.
export const documentsEn = {
  intro: 'Every printed document is archived, so a reprint is identical to the original.',
  printSample: 'Print sample document',
  printSampleHint:
    'Renders a test page in the current language (Chinese text and a barcode) and opens it.',
  recent: 'Recently printed',
  kind: 'Document',
  language: 'Language',
  printedAt: 'Printed',
  size: 'Size',
  open: 'Open',
  empty: 'Nothing printed yet.',
  kinds: {
    sample: 'Sample document',
    receipt: 'Returned-unit receipt',
    unitLabel: 'Unit label',
    requisition: 'Requisition form',
    repairRecord: 'Repair record (in duplicate)',
    quote: 'Repair quote',
    factoryForm: 'Return-to-factory form',
    warrantyVoucher: 'Warranty voucher',
  },
};
