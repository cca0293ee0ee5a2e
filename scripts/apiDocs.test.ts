import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderApiDocs } from './apiDocs';
import { repoRoot } from '../main/cli/paths';
import { bodyLimitFor, DEFAULT_BODY_BYTES } from '../main/server/bodyLimits';

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

  it('documents browser mode: token, session header, events ticket, document URL and body limits', () => {
    const docs = renderApiDocs();
    expect(docs).toContain('## Browser mode (HTTP)');
    expect(docs).toMatch(/`DEPOT_TOKEN`: at least 32 characters/);
    expect(docs).toContain('`X-Depot-Session: <id>`');
    expect(docs).toContain('`POST /api/events/ticket`');
    expect(docs).toContain('`GET /api/events?ticket=<ticket>`');
    expect(docs).toContain('`GET /documents/<ticket>.pdf`');
    expect(docs).not.toMatch(/\?token=<token>.*(events|documents)/);
    // The limits printed are the server's own.
    expect(docs).toContain(
      `| \`parts/importPreview\` | 40.1 MB (${bodyLimitFor('parts/importPreview')} bytes) |`,
    );
    expect(docs).toContain(
      `| \`attachments/addPhoto\` | 7.1 MB (${bodyLimitFor('attachments/addPhoto')} bytes) |`,
    );
    expect(docs).toContain(`At most ${DEFAULT_BODY_BYTES / 1024 / 1024}.0 MB`);
  });
});
