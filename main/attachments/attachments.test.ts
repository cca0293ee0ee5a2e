import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intakeFixture, type IntakeFixture } from '../intake/intakeFixture';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { sha256Of } from './attachmentFiles';
import { jpegHeader, signaturePng } from '../testing/images';

let depot: TestDepot;
let fx: IntakeFixture;
let ticketId: number;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await intakeFixture(depot);
  ticketId = (await fx.clerk.call('tickets/create', fx.ticket())).id;
});
afterEach(() => depot.close());

const dataUrl = (mime: string, data: Buffer) => `data:${mime};base64,${data.toString('base64')}`;
const photo = (n = 1) => dataUrl('image/jpeg', jpegHeader(4032, 3024, n));

/** Every file under the attachments folder, as paths relative to the data folder. */
function storedFiles(): string[] {
  const root = join(depot.dir, 'data', 'attachments');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(root.length + 1)
        .replaceAll('\\', '/'),
    )
    .sort();
}

/** What a refused call must leave untouched: rows, audit entries and files. */
async function footprint() {
  const count = async (table: string) =>
    Number((await depot.core.db(table).count<{ n: number }[]>({ n: '*' }))[0].n);
  return {
    attachments: await count('ticket_attachments'),
    audit: await count('audit_log'),
    files: storedFiles(),
  };
}

describe('photos of the unit', () => {
  it('are stored by content hash, listed on the ticket and audited', async () => {
    const jpeg = jpegHeader(4032, 3024, 1);
    const added = await fx.clerk.call('attachments/addPhoto', {
      ticketId,
      data: dataUrl('image/jpeg', jpeg),
    });
    const hash = sha256Of(jpeg);
    expect(added).toMatchObject({
      ticketId,
      kind: 'photo',
      sha256: hash,
      mime: 'image/jpeg',
      bytes: jpeg.length,
      createdBy: { displayName: 'Staff mei' },
      createdAt: '2026-11-27T01:00:00.000Z',
    });
    expect(storedFiles()).toEqual([`${hash.slice(0, 2)}/${hash}.jpg`]);
    const file = join(depot.dir, 'data', 'attachments', hash.slice(0, 2), `${hash}.jpg`);
    expect(readFileSync(file).equals(jpeg)).toBe(true);

    expect(await fx.clerk.call('attachments/list', { ticketId })).toEqual([added]);
    const [entry] = await depot.admin.call('audit/list', {});
    expect(entry).toMatchObject({
      entity: 'ticket',
      entityId: String(ticketId),
      action: 'addPhoto',
      channel: 'attachments/addPhoto',
    });
  });

  it('keeps the same photo once per ticket and one file across tickets', async () => {
    const first = await fx.clerk.call('attachments/addPhoto', { ticketId, data: photo() });
    const before = await footprint();
    const again = await fx.clerk.call('attachments/addPhoto', { ticketId, data: photo() });
    expect(again.id).toBe(first.id);
    expect(await footprint()).toEqual(before); // a double click writes nothing

    const other = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        newUnit: { modelId: fx.wmModelId, serial: 'WM80-0002', invoiceDate: '2026-05-01' },
      }),
    );
    await fx.clerk.call('attachments/addPhoto', { ticketId: other.id, data: photo() });
    await fx.clerk.call('attachments/addPhoto', { ticketId, data: photo(2) });
    expect(storedFiles()).toHaveLength(2);
    expect((await footprint()).attachments).toBe(3);
  });
});

describe('the customer signature (acknowledges the receipt)', () => {
  it('is stored once; a second, different signature is refused and changes nothing', async () => {
    const signed = await fx.clerk.call('attachments/sign', {
      ticketId,
      data: dataUrl('image/png', signaturePng(1)),
    });
    expect(signed).toMatchObject({ kind: 'signature', mime: 'image/png' });
    const [entry] = await depot.admin.call('audit/list', {});
    expect(entry).toMatchObject({ action: 'sign', entityId: String(ticketId) });

    const before = await footprint();
    const error = await refused(
      fx.clerk.call('attachments/sign', { ticketId, data: dataUrl('image/png', signaturePng(2)) }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^ticketId: R2026-000001 is already signed .*cannot be changed/);
    expect(await footprint()).toEqual(before);

    // The same signature sent twice (a double click) is the one already kept.
    const again = await fx.clerk.call('attachments/sign', {
      ticketId,
      data: dataUrl('image/png', signaturePng(1)),
    });
    expect(again.id).toBe(signed.id);
    expect(await footprint()).toEqual(before);
  });

  it('is refused by the database too, if two desks slip past the check', async () => {
    await fx.clerk.call('attachments/sign', {
      ticketId,
      data: dataUrl('image/png', signaturePng()),
    });
    const row = await depot.core.db('ticket_attachments').first();
    await expect(
      depot.core.db('ticket_attachments').insert({ ...row, id: undefined, sha256: 'x'.repeat(64) }),
    ).rejects.toThrow(/UNIQUE constraint failed/);
  });
});

describe('bad input is refused with the field named, and writes nothing', () => {
  const cases: [string, string, unknown, RegExp][] = [
    ['bad base64', 'attachments/sign', '%%%not-base64%%%', /not valid base64/],
    [
      'wrong magic bytes',
      'attachments/addPhoto',
      Buffer.from('GIF89a....').toString('base64'),
      /not a PNG or JPEG/,
    ],
    [
      'a text file labelled PNG',
      'attachments/sign',
      `data:image/png;base64,${Buffer.from('hello').toString('base64')}`,
      /not a PNG or JPEG/,
    ],
    [
      'a signature over 64 KB',
      'attachments/sign',
      jpegHeader(800, 300, 70 * 1024).toString('base64'),
      /at most 64 KB/,
    ],
    [
      'a photo over 5 MB',
      'attachments/addPhoto',
      jpegHeader(800, 600, 5 * 1024 * 1024).toString('base64'),
      /at most 5\.0 MB/,
    ],
    ['no data', 'attachments/addPhoto', undefined, /data/],
  ];
  for (const [what, channel, data, message] of cases) {
    it(what, async () => {
      const before = await footprint();
      const result = await fx.clerk.raw(channel, { ticketId, data });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toMatch(message);
      expect(result.error.details?.issues).toEqual([expect.objectContaining({ field: 'data' })]);
      expect(await footprint()).toEqual(before);
    });
  }

  it('an unknown or cancelled ticket', async () => {
    const unknown = await refused(
      fx.clerk.call('attachments/addPhoto', { ticketId: 9999, data: photo() }),
    );
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: 'ticketId: no ticket #9999' });

    const t = await fx.clerk.call('tickets/get', { id: ticketId });
    await fx.clerk.call('tickets/cancel', {
      id: ticketId,
      version: t.version,
      reason: 'Duplicate',
    });
    const before = await footprint();
    const cancelled = await refused(
      fx.clerk.call('attachments/sign', { ticketId, data: dataUrl('image/png', signaturePng()) }),
    );
    expect(cancelled.code).toBe('RULE');
    expect(await footprint()).toEqual(before);
  });
});

describe('who may do what', () => {
  it('technicians see attachments but do not add them', async () => {
    const added = await fx.clerk.call('attachments/addPhoto', { ticketId, data: photo() });
    const tech = await depot.as(['technician']);
    expect(
      (await refused(tech.call('attachments/addPhoto', { ticketId, data: photo(3) }))).code,
    ).toBe('FORBIDDEN');
    expect(await tech.call('attachments/list', { ticketId })).toHaveLength(1);
    const got = await tech.call('attachments/get', { id: added.id });
    expect(got.dataUrl).toBe(photo());

    const finance = await depot.as(['finance']);
    expect((await refused(finance.call('attachments/get', { id: added.id }))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('a file altered on disk is refused, not served', async () => {
    const added = await fx.clerk.call('attachments/addPhoto', { ticketId, data: photo() });
    const [file] = storedFiles();
    writeFileSync(join(depot.dir, 'data', 'attachments', file), 'tampered');
    const error = await refused(fx.clerk.call('attachments/get', { id: added.id }));
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect(error.message).toMatch(/altered/);
  });
});
