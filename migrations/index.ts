import type { Knex } from 'knex';
import * as m0001 from './20261127_0001_staff';
import * as m0002 from './20261127_0002_audit_log';
import * as m0003 from './20261127_0003_settings';
import * as m0004 from './20261127_0004_documents';

export type Migration = {
  name: string;
  up: (knex: Knex) => Promise<void>;
  down: (knex: Knex) => Promise<void>;
};

// The explicit, ordered list of migrations (append-only: never edit or reorder a landed one).
// An explicit list survives bundling, where a folder scan would not.
export const migrations: readonly Migration[] = [
  { name: '20261127_0001_staff', ...m0001 },
  { name: '20261127_0002_audit_log', ...m0002 },
  { name: '20261127_0003_settings', ...m0003 },
  { name: '20261127_0004_documents', ...m0004 },
];
