// Depot-wide settings: the depot's details on every document, the default language, auto-lock.
export const depotEn = {
  intro: "The depot's name and contact details, printed at the top of every document.",
  name: 'Depot name (English)',
  nameZh: 'Depot name (Chinese)',
  address: 'Address',
  phone: 'Phone',
};

export const languageEn = {
  intro: 'The language a workstation starts in until someone there chooses another.',
  defaultLanguage: 'Default language',
};

export const securityEn = {
  intro: 'A shared workstation locks itself when nobody has used it for a while.',
  autoLockMinutes: 'Lock after idle (minutes)',
  autoLockMinutesHint: '0 = never lock automatically',
};
