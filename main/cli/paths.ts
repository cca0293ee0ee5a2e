import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Where the CLI finds the app's own files when run from a checkout (tsx main/cli/depot.ts).
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const resourcesDir = join(repoRoot, 'resources');
export const rendererDir = join(repoRoot, 'out', 'renderer');

/** Files the depot owns (archived documents, photos) live beside the database. */
export function dataDirFor(dbFile: string): string {
  return join(dirname(resolve(dbFile)), 'depot-data');
}
