// English strings of the stockroom's counts view. counts.zhTW.ts has the same keys.
export const countsEn = {
  view: 'Counts',
  pick: 'Pick a count, or start one.',
  title: 'Count #{{id}} · {{scope}}',
  scope: {
    bin: 'bin {{value}}',
    category: 'category {{value}}',
  },
  status: {
    open: 'Counting',
    posted: 'Posted',
    cancelled: 'Cancelled',
  },
  startedBy: 'Started by {{name}}, {{at}}',
  progress: '{{counted}} of {{total}} parts counted',
  flaggedCount_one: '{{count}} flagged',
  flaggedCount_other: '{{count}} flagged',
  list: {
    empty: 'No counts yet.',
  },
  start: {
    open: 'Start a count',
    title: 'Start a blind count',
    body: 'Counters see the parts and their bins but never the quantity on the books: they write down what is on the shelf.',
    kind: {
      bin: 'Bin',
      category: 'Category',
    },
    value: {
      bin: 'Bin, e.g. A-02',
      category: 'Category, e.g. WM',
    },
    note: 'Note (optional)',
    submit: 'Start counting',
  },
  sheet: {
    blindHint: 'Blind count: scan a part, type how many are on the shelf, Enter.',
    part: 'Part number',
    quantity: 'On the shelf',
    record: 'Record',
    quantityRequired: 'Type how many, a whole number',
    notInCount: 'Part {{partNo}} is not in this count',
    lastCounted: '{{partNo}}: {{counted}} recorded',
    lastFlagged:
      '{{partNo}} was already counted. This second entry is not added: the line is flagged until it is recounted and resolved.',
    review: 'Review variances',
    showPosted: 'Show as posted',
  },
  lines: {
    bin: 'Bin',
    part: 'Part',
    counted: 'Counted',
    by: 'Counted by',
    notYet: 'not yet',
    flagged: 'Entered twice',
    flaggedHint: 'Two entries for this part: recount the shelf and resolve',
    resolve: 'Resolve',
    expected: 'On the books',
    variance: 'Variance',
    value: 'Value ({{currency}})',
  },
  resolve: {
    title: 'Recount {{partNo}}',
    body: 'This part was entered twice. Count the shelf again and type what is there; it replaces the first count. Both entries stay on record.',
    quantity: 'On the shelf now',
    confirm: 'Resolve',
  },
  review: {
    title: 'Review of count #{{id}} · {{scope}}',
    back: 'Back to the sheet',
    withVariance: 'Parts with a variance',
    ofLines: '{{count}} of {{total}}',
    surplus: 'Surplus',
    shortage: 'Shortage',
    net: 'Net value',
    notReady:
      'Not ready to post: {{uncounted}} part(s) not yet counted, {{flagged}} entered twice and not resolved.',
    readOnly: 'Posted: the books now match this count. It can no longer change.',
    postedBy: 'Posted by {{name}}, {{at}}',
    cancelledBy: 'Cancelled by {{name}}, {{at}}: {{reason}}',
    post: 'Post the count',
    posted: 'Count #{{id}} posted: on hand now equals the count',
    cancel: 'Cancel the count',
  },
  post: {
    title: 'Post this count?',
    body_one:
      '{{count}} part has a variance, net {{net}}. Posting books it to the stock ledger and on hand becomes the counted quantity.',
    body_other:
      '{{count}} parts have a variance, net {{net}}. Posting books them to the stock ledger and on hand becomes the counted quantity.',
    final:
      'A posted count cannot be changed; a later mistake is corrected by a new count or an adjustment.',
    confirm: 'Post',
  },
  cancel: {
    title: 'Cancel this count?',
    reason: 'Reason',
    confirm: 'Cancel the count',
  },
  entries: {
    title: 'Entries',
    none: 'Nothing recorded yet.',
    at: 'When',
    quantity: 'Quantity',
    source: 'How',
    duplicate: 'duplicate',
    sources: {
      scan: 'Scanned',
      typed: 'Typed',
      resolve: 'Recount',
    },
  },
};
