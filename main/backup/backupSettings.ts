import { join } from 'node:path';
import type { Knex } from 'knex';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settingsSchema';
import { readStoredSettings } from '../settings/storedSettings';

export type BackupSettings = Settings['backup'];

/** Where backups go: the folder set in Settings, or `backups` inside the data folder. */
export function backupFolderOf(settings: BackupSettings, dataDir: string): string {
  return settings.folder === '' ? join(dataDir, 'backups') : settings.folder;
}

/**
 * The backup section read straight from the table, before migrations and before the settings
 * store exists (the start-up backup), through the settings store's own reader so both see the
 * same folder and count (a field breaking a newer rule falls back alone, not the section).
 */
export async function readBackupSettings(db: Knex): Promise<BackupSettings> {
  if (!(await db.schema.hasTable('settings'))) return DEFAULT_SETTINGS.backup;
  const rows: { key: string; value: string }[] = await db('settings').select('key', 'value');
  return readStoredSettings(rows).settings.backup;
}
