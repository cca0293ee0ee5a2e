import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderApiDocs } from './apiDocs';
import { repoRoot } from '../main/cli/paths';

// `npm run docs:api` rewrites docs/api.md; `--check` exits 1 when it is stale.
const file = join(repoRoot, 'docs', 'api.md');
const fresh = renderApiDocs();
if (process.argv.includes('--write')) {
  writeFileSync(file, fresh);
  console.log(`Wrote ${file}`);
} else if (readFileSync(file, 'utf8') !== fresh) {
  console.error('docs/api.md is stale: run `npm run docs:api`.');
  process.exit(1);
}
