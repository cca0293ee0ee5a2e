import { basename } from 'node:path';
import { hashMigrationFile, migrationFiles } from './migrationHash';

// `npm run migrations:hash -- <file>…` prints the LANDED line of each named migration (of every
// migration without arguments), to paste into migrations/landed.test.ts when it lands on main.
const named = process.argv.slice(2).map((f) => basename(f));
for (const file of named.length > 0 ? named : migrationFiles()) {
  console.log(`${hashMigrationFile(file)}  ${file}`);
}
