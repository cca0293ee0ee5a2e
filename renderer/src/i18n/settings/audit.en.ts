// The audit trail, and verifying that no record was changed or lost.
export const auditEn = {
  intro: 'Who did what, and when. Newest first.',
  when: 'When',
  who: 'Who',
  channel: 'Request',
  entity: 'Record',
  action: 'Action',
  nobody: '—',
  empty: 'Nothing recorded yet.',
  end: 'This is the start of the audit trail.',
  detailsTitle: 'Audit entry #{{id}}',
  before: 'Before',
  after: 'After',
};

export const verifyEn = {
  title: 'Verify records',
  intro:
    'Proves that no record was changed or lost: the database file, the audit trail (each entry is chained to the one before by its hash), stock on hand against the ledger, gapless report numbers, and every archived document, photo and signature.',
  run: 'Verify records',
  running: 'Verifying… {{done}} of {{total}} checks done',
  none: 'Not verified since the depot opened.',
  couldNotRun: 'The verification could not run: {{message}}',
  ok: 'All records verified',
  failed: 'Verification found problems',
  lastRun: 'Verified {{when}} ({{trigger}}) in {{seconds}} s.',
  triggers: { start: 'at start', restore: 'after a restore', manual: 'on request' },
  passed: 'OK',
  problem: 'Problem',
  checked: '{{count}} checked',
  skipped: 'Does not apply to this database',
  more: '… and {{count}} more',
  records: { document: 'Document', attachment: 'Attachment' },
  checks: {
    integrity: 'Database file intact',
    foreignKeys: 'Links between records',
    auditChain: 'Audit trail unbroken (hash chain)',
    ledger: 'Stock on hand = ledger (賬實相符)',
    reportNumbers: 'Report numbers gapless',
    documents: 'Archived documents present and unchanged',
    attachments: 'Photos and signatures present and unchanged',
  },
  problems: {
    integrity: 'Database file damage: {{detail}}',
    foreignKey: '{{table}} row {{rowid}} points at a missing {{parent}} row',
    auditAltered: 'Audit entry #{{id}} was altered after it was written',
    auditLinkBroken:
      'Audit entry #{{id}} does not follow entry #{{previous}}: that entry was altered, or entries were removed',
    auditRowsMissing: 'Audit entries #{{from}} to #{{to}} were deleted',
    auditUnhashed: 'Audit entry #{{id}} was written outside the hash chain',
    ledgerMismatch: 'Part {{partNo}}: {{onHand}} on hand, but the ledger adds up to {{ledger}}',
    reportNumberGap: 'Report numbers {{from}} to {{to}} are missing',
    reportCounter:
      'The {{year}} report counter stands at {{counter}}, but the last ticket is number {{last}}',
    fileMissing: '{{record}} #{{id}}: the file {{file}} is missing',
    fileAltered: '{{record}} #{{id}}: the file {{file}} no longer matches its checksum',
  },
};
