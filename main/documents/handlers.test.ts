import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentRef } from '../pdf/archive';
import { createTestDepot, type TestDepot } from '../testing/testCore';
import { documentBytes } from '../testing/documentBytes';

let depot: TestDepot;
beforeEach(async () => {
  depot = await createTestDepot();
});
afterEach(() => depot.close());

describe('documents/sample', () => {
  it('prints, archives, and serves the reprint as the identical file', async () => {
    const ref: DocumentRef = await depot.admin.call('documents/sample', { language: 'zh-TW' });
    expect(ref).toMatchObject({
      kind: 'sample',
      language: 'zh-TW',
      createdAt: '2026-11-27T01:00:00.000Z',
    });

    const { pdf, kind } = await documentBytes(depot, ref.id);
    expect(kind).toBe('sample');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBe(ref.bytes);

    const listed = await depot.admin.call('documents/list', { limit: 10 });
    expect(listed).toEqual([ref]);
  });

  it('renders the same bytes when printed again at the same moment', async () => {
    const first: DocumentRef = await depot.admin.call('documents/sample', { language: 'en' });
    const second: DocumentRef = await depot.admin.call('documents/sample', { language: 'en' });
    expect(second.sha256).toBe(first.sha256);
    expect(second.id).not.toBe(first.id);
  });
});
