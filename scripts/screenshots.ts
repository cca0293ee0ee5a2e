import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../main/cli/paths';

// `npm run screenshots`: builds, runs the end-to-end tests (which write screenshots to the
// git-ignored .e2e-artifacts/), then refreshes the committed copies under docs/screenshots.
const source = join(repoRoot, '.e2e-artifacts', 'screenshots');
const target = join(repoRoot, 'docs', 'screenshots');

execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
execFileSync('npm', ['run', 'test:e2e'], { cwd: repoRoot, stdio: 'inherit' });
mkdirSync(target, { recursive: true });
const files = readdirSync(source).filter((f) => f.endsWith('.png'));
for (const file of files) copyFileSync(join(source, file), join(target, file));
console.log(`Copied ${files.length} screenshots to docs/screenshots`);
