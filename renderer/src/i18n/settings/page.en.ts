// The settings page and its tabs.
export const pageEn = {
  purpose:
    'Depot details, warranty policy values, calendar, staff accounts, the audit trail and printing.',
  title: 'Settings',
  tabs: {
    depot: 'Depot',
    policy: 'Policy',
    calendar: 'Calendar',
    language: 'Language',
    security: 'Security',
    staff: 'Staff',
    audit: 'Audit trail',
    documents: 'Documents',
    backup: 'Backups',
    catalogue: 'Catalogue',
    prices: 'Prices',
  },
};
