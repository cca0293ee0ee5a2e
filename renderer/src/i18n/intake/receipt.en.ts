// After registering: the report number, the receipt and the unit label to print.
export const successEn = {
  title: 'Unit registered',
  reportNo: 'Report number',
  printAgain: 'Print again',
  receipt: 'Receipt',
  label: 'Unit label',
  newIntake: 'New intake',
  printed: 'The receipt and the unit label are open to print.',
  notified: 'Registered {{reportNo}}',
  repeatOf: 'Re-repair: back within the re-repair window after {{reportNo}}',
  replayed: 'This report was already registered by the same submit; nothing was created twice.',
  signatureNotSaved: 'The signature was not saved.',
  photosNotSaved: 'Some photos were not saved.',
  retry: 'Try again',
  emergencyDue: 'Respond by {{response}} · on site by {{onSite}}',
};
