import type { ReasonTexts } from './types';

export const backupEn: ReasonTexts<'backup'> = {
  sqliteOnly: 'Backups are built in for SQLite only; use pg_dump for PostgreSQL.',
  backupUnverified:
    'The backup failed its verification after writing: {{count}} problem(s), first {{first}}.',
  depotFilesDamaged:
    'The depot has missing or altered files: {{count}} problem(s), first {{first}}. Nothing was backed up.',
  backupNotFound: 'There is no backup {{name}} in {{folder}}.',
  backupBeforeUpdateFailed:
    'Depot did not update the database: the backup before the update failed. The database was not changed.',
  unexpectedFilePath: 'Refusing an unexpected file path: {{path}}.',
  noDatabase: 'No database at {{file}}.',
  depotOpen:
    'Depot has this depot open (process {{pid}}, since {{since}}); close it first. Nothing was changed.',
  newerDatabase:
    'This database was written by a newer version of Depot (it has migrations {{migrations}} that this version does not know). Update Depot; the database was not changed.',
  historyDisagrees:
    "This database's migration history disagrees with this version of Depot (position {{position}}: the database has {{database}}, the code expects {{code}}). The database was not changed.",

  notABackup: '{{dir}} is not a Depot backup (no manifest.json).',
  noManifest: '{{dir}} has no manifest.',
  restoreUnverified: 'The backup failed verification; nothing was restored ({{problems}}).',
  salvageNeedsConfirmation:
    'The backup is a salvage copy of a damaged depot and lacks what it could not copy ({{count}} problem(s), first {{first}}); nothing was restored. Restoring it needs an explicit confirmation of these problems.',
  salvageNeedsTypedYes:
    'A salvage copy is restored only after a typed yes naming its problems; run without --yes. Nothing was restored.',
  fileChangedWhileRestoring: "The backup's file {{path}} changed while restoring.",
  nothingRestored: 'Nothing was restored, the depot is as it was: {{cause}}',
  rollBackPending:
    'The restore failed and the current files could not be put back yet; Depot puts them back when it next starts. Do not delete {{stage}}.',
  verifyingNow: 'The depot is being verified; restore when it is done.',
  restoring: 'A backup is being restored; try again when it is done.',

  demoNeedsNewDatabase: 'This database already has staff; demo data goes into a new database only.',
};
