import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The fingerprint migrations/landed.test.ts keeps of every landed migration: sha256 of the file
// with line endings normalised to \n, so a checkout with CRLF endings still matches.

export const migrationsDir = join(import.meta.dirname, '..', 'migrations');

export function migrationHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex');
}

export function hashMigrationFile(file: string): string {
  return migrationHash(readFileSync(join(migrationsDir, file), 'utf8'));
}

/** The files whose content a migration run depends on: the migrations and their SQL guard. */
export function migrationFiles(): string[] {
  return readdirSync(migrationsDir)
    .filter((f) => /^\d{8}_\d{4}_\w+\.ts$/.test(f) || f === 'appendOnly.ts')
    .sort();
}
