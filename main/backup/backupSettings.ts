import { join } from 'node:path';
import type { Knex } from 'knex';
import { backupSection, DEFAULT_SETTINGS, type Settings } from '../settings/settingsSchema';

export type BackupSettings = Settings['backup'];

/** Where backups go: the folder set in Settings, or `backups` inside the data folder. */
export function backupFolderOf(settings: BackupSettings, dataDir: string): string {
  return settings.folder === '' ? join(dataDir, 'backups') : settings.folder;
}

/**
 * The backup section read straight from the table, before migrations and before the settings
 * store exists (the start-up backup); anything unreadable falls back to the defaults.
 */
export async function readBackupSettings(db: Knex): Promise<BackupSettings> {
  if (!(await db.schema.hasTable('settings'))) return DEFAULT_SETTINGS.backup;
  const row: { value: string } | undefined = await db('settings')
    .where({ key: 'backup' })
    .first('value');
  let stored: unknown = {};
  try {
    stored = row ? JSON.parse(row.value) : {};
  } catch {
    stored = {};
  }
  const parsed = backupSection.safeParse({ ...DEFAULT_SETTINGS.backup, ...(stored as object) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS.backup;
}
