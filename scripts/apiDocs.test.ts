import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderApiDocs } from './apiDocs';
import { repoRoot } from '../main/cli/paths';

describe('docs/api.md', () => {
  it('is up to date with the handler schemas (run `npm run docs:api`)', () => {
    const checkedIn = readFileSync(join(repoRoot, 'docs', 'api.md'), 'utf8');
    expect(checkedIn).toBe(renderApiDocs());
  });

  it('documents every channel with its access rule', () => {
    const docs = renderApiDocs();
    expect(docs).toContain('## audit/list');
    expect(docs).toMatch(/\| \[`audit\/list`\]\(#auditlist\) \| supervisor, admin \|/);
  });
});
