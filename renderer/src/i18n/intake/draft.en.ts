// The intake's draft (issue 11, item 4): kept per staff member while the clerk types.
export const draftEn = {
  restored: 'Draft restored (saved {{when}}).',
  notKept: "Photos and the customer's signature are not kept in a draft; take them again.",
  discard: 'Discard draft',
  confirmTitle: 'Discard this intake?',
  confirmBody:
    'Everything typed on this intake is cleared and removed from your drafts. It cannot be brought back.',
  keep: 'Keep it',
  confirm: 'Discard',
  state: {
    saving: 'Saving draft…',
    saved: 'Draft saved',
    failed: 'Draft not saved yet; it is still on this screen',
  },
};
