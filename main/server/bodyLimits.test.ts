import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { intakeFixture } from '../intake/intakeFixture';
import { jpegHeader } from '../testing/images';
import { PHOTO_LIMITS } from '../attachments/imageData';
import { MAX_CSV_BYTES } from '../stock/csvHandlers';
import { z } from 'zod';
import { handlers } from '../handlers';
import { BODY_LIMITS, bodyLimitFor, DEFAULT_BODY_BYTES } from './bodyLimits';
import { startTestServer, type TestServer } from './testServer';

// Issue 9, defect 9: browser mode accepted 2 MB bodies while the API promises 5 MB photos and
// 20 MB CSV files. The limits now follow those promises, per channel.

describe('the limits, from what the schemas accept', () => {
  it('fit the largest CSV even when JSON doubles every byte of it (all quotes)', () => {
    const csv = '"'.repeat(MAX_CSV_BYTES);
    const preview = JSON.stringify({ csv }).length;
    expect(preview).toBeGreaterThan(2 * MAX_CSV_BYTES);
    expect(preview).toBeLessThanOrEqual(bodyLimitFor('parts/importPreview'));
    const apply = JSON.stringify({ csv, digest: 'f'.repeat(64), from: 0, count: 1000 }).length;
    expect(apply).toBeLessThanOrEqual(bodyLimitFor('parts/import'));
  });

  it('fit the largest photo as base64 with a line break every 76 characters', () => {
    const base64 = Buffer.alloc(PHOTO_LIMITS.maxBytes).toString('base64');
    const wrapped = base64.match(/.{1,76}/g)!.join('\r\n');
    const body = JSON.stringify({ ticketId: 2 ** 31, data: `data:image/jpeg;base64,${wrapped}` });
    expect(body.length).toBeLessThanOrEqual(bodyLimitFor('attachments/addPhoto'));
  });

  it('name only real channels, and every channel taking a long text is named', () => {
    for (const channel of Object.keys(BODY_LIMITS))
      expect(Object.keys(handlers)).toContain(channel);
    for (const [channel, handler] of Object.entries(handlers)) {
      const schema = z.toJSONSchema(handler.input, { io: 'input', unrepresentable: 'any' });
      const longest = Math.max(
        0,
        ...[...JSON.stringify(schema).matchAll(/"maxLength":(\d+)/g)].map((m) => Number(m[1])),
      );
      // JSON may double a text's length; the default limit holds any text up to half of it.
      if (2 * longest > DEFAULT_BODY_BYTES) {
        expect(bodyLimitFor(channel), channel).toBeGreaterThanOrEqual(2 * longest);
      }
    }
  });
});

let t: TestServer;
let session: string;

/** A JPEG of exactly `bytes` bytes, as a data URL the way a browser's FileReader sends it. */
function photoOf(bytes: number): string {
  const bare = jpegHeader(4032, 3024).length;
  return `data:image/jpeg;base64,${jpegHeader(4032, 3024, bytes - bare).toString('base64')}`;
}

describe('browser-mode body limits', () => {
  beforeEach(async () => {
    t = await startTestServer();
    session = t.newSession();
    await t.signInBoss(session);
  });
  afterEach(() => t.close());

  it('accepts a 5 MB photo, the most attachments/addPhoto promises', async () => {
    const fx = await intakeFixture(t.depot);
    const ticketId = (await fx.clerk.call('tickets/create', fx.ticket())).id;
    const { status, body } = await t.call(
      'attachments/addPhoto',
      { ticketId, data: photoOf(PHOTO_LIMITS.maxBytes) },
      session,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, data: { bytes: PHOTO_LIMITS.maxBytes } });
  });

  it('accepts a 20 MB CSV, the most parts/importPreview promises', async () => {
    const header = 'part_no,name_en,name_zh,category,unit_cost,safety_stock,max_stock\n';
    const row = (fill: number) => `P-1,"${'a'.repeat(fill)}",零件,x,1,0,1\n`;
    const csv = header + row(MAX_CSV_BYTES - Buffer.byteLength(header + row(0)));
    expect(Buffer.byteLength(csv)).toBe(MAX_CSV_BYTES);
    const { status, body } = await t.call('parts/importPreview', { csv }, session);
    expect(status).toBe(200);
    // The core checked the whole file: its one row is refused (name too long), the call is not.
    expect(body).toMatchObject({ ok: true, data: { total: 1, rejectedCount: 1 } });
  });

  it('refuses a body beyond the channel limit with 413 before the core sees it', async () => {
    const invoke = vi.spyOn(t.depot.core, 'invoke');
    const tooBig = { ticketId: 1, data: 'A'.repeat(8 * 1024 * 1024) };
    const photo = await t.post('/api/attachments/addPhoto', tooBig, { 'x-depot-session': session });
    expect(photo.status).toBe(413);
    expect(await photo.json()).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { maxBytes: expect.any(Number) } },
    });
    // A channel that takes a few short fields keeps a small limit.
    const settings = await t.post(
      '/api/settings/update',
      { depot: { name: 'x'.repeat(2 * 1024 * 1024) } },
      { 'x-depot-session': session },
    );
    expect(settings.status).toBe(413);
    expect(invoke).not.toHaveBeenCalled();
  });
});
