import type { Knex } from 'knex';
import {
  DEFAULT_SETTINGS,
  settingsSchema,
  type Settings,
  type SettingsPatch,
  type SettingsSection,
} from './settingsSchema';
import type { Audit } from '../contract/handler';
import { readStoredSettings } from './storedSettings';

// Settings are read often (every document header, every idle check) and written rarely, so the
// store keeps the current value in memory and refreshes it after each committed write.

export type SettingsStore = {
  current: () => Settings;
  load: (db: Knex) => Promise<Settings>;
  update: (
    trx: Knex.Transaction,
    patch: SettingsPatch,
    by: number | null,
    at: string,
    audit: Audit,
  ) => Promise<Settings>;
};

async function read(db: Knex): Promise<Settings> {
  const rows: { key: string; value: string }[] = await db('settings').select('key', 'value');
  const { settings, reset } = readStoredSettings(rows);
  if (reset.length > 0) {
    console.warn(
      `[depot] settings that break the current rules were repaired (refused characters removed, or reset to the default): ${reset.join(', ')}`,
    );
  }
  return settings;
}

export function createSettingsStore(): SettingsStore {
  let cached: Settings = structuredClone(DEFAULT_SETTINGS);
  return {
    current: () => cached,
    async load(db) {
      cached = await read(db);
      return cached;
    },
    async update(trx, patch, by, at, audit) {
      const before = await read(trx);
      const next = settingsSchema.parse({
        depot: { ...before.depot, ...patch.depot },
        locale: { ...before.locale, ...patch.locale },
        policy: { ...before.policy, ...patch.policy },
        calendar: { ...before.calendar, ...patch.calendar },
        bench: { ...before.bench, ...patch.bench },
        security: { ...before.security, ...patch.security },
        backup: { ...before.backup, ...patch.backup },
        appraisal: { ...before.appraisal, ...patch.appraisal },
        pricing: { ...before.pricing, ...patch.pricing },
      });
      for (const key of Object.keys(patch) as SettingsSection[]) {
        const value = JSON.stringify(next[key]);
        await trx('settings')
          .insert({ key, value, updated_at: at, updated_by: by })
          .onConflict('key')
          .merge();
        await audit({
          entity: 'settings',
          entityId: key,
          action: 'update',
          before: before[key],
          after: next[key],
        });
      }
      // The transaction commits after this returns; the cache is updated by the caller's
      // success path through load(), so a rolled-back write never shows up here.
      return next;
    },
  };
}
