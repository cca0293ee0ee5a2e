// Words every screen uses: buttons, and the note on settings only an admin may change (t('common.save')).
// labels.zhTW.ts has the same keys.
export const commonEn = {
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  create: 'Create',
  saved: 'Saved',
  actions: 'Actions',
  details: 'Details',
  remove: 'Remove',
  loadMore: 'Load more',
  readOnly: 'Only an admin can change these settings.',
};
