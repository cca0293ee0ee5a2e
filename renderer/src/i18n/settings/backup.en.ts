// Settings → Backups (issue 9): the database and every archived document and photo together.
export const backupEn = {
  intro:
    'Each backup holds the database and every archived document, photo and signature, and is verified after writing. Depot backs up at start when an update is about to change the database or the newest backup is a day old, and daily while it runs.',
  folder: 'Backup folder',
  folderHint:
    'A full path on the computer running the depot; empty = "backups" in the data folder.',
  keep: 'Backups to keep',
  keepHint: 'The newest ones stay; older ones are removed after each new backup.',
  status: 'Backups are written to {{folder}}.',
  last: 'Last backup {{when}}: {{result}}',
  lastOk: 'done',
  lastFailed: 'failed ({{message}})',
  nextDue: 'Next daily backup {{when}}.',
  runNow: 'Back up now',
  done: 'Backup {{name}} written and verified.',
  progress: {
    backup: 'Backing up… {{done}} of {{total}}',
    restore: 'Restoring… {{done}} of {{total}}',
  },
  empty: 'No backups yet.',
  when: 'When',
  reason: 'Taken',
  reasons: {
    start: 'at start',
    daily: 'daily',
    manual: 'on request',
    'before-restore': 'before a restore',
  },
  version: 'Depot version',
  contents: 'Contents',
  contentsValue: '{{documents}} documents, {{attachments}} photos and signatures',
  size: 'Size',
  verify: 'Verify',
  verified: '{{name}} is whole: every file matches.',
  verifyFailed: '{{name}} failed verification: {{count}} problem(s), first {{first}}.',
  restore: 'Restore',
  restoreTitle: 'Restore {{name}}',
  restoreBody:
    'The database and all documents and photos are replaced by this backup. Everything done since {{when}} is lost from the depot (a safety backup of the current state is made first). Everyone must sign in again.',
  confirmLabel: 'Type the backup name to confirm',
  confirmHint: 'Type {{name}}',
  restoreConfirm: 'Replace the depot with this backup',
  restored: 'Restored {{name}}. The current state was kept as {{safety}}. Sign in again.',
  restoredProblems:
    'Restored {{name}}, but {{count}} file(s) did not check out; see Verify records.',
};

export type BackupMessages = typeof backupEn;
