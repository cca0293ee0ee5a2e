import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { intakeFixture, type IntakeFixture } from '../intake/intakeFixture';

let depot: TestDepot;
let fx: IntakeFixture;

beforeEach(async () => {
  depot = await createTestDepot();
  fx = await intakeFixture(depot);
});
afterEach(() => depot.close());

async function intake(name: string, phone: string, serial: string) {
  const created = await fx.clerk.call(
    'tickets/create',
    fx.ticket({
      newCustomer: { kind: 'person', name, phones: [phone] },
      newUnit: { modelId: fx.wmModelId, serial, invoiceDate: '2026-06-01' },
    }),
  );
  return created;
}

const found = async (query: string) =>
  (await fx.clerk.call('tickets/search', { query })).map((r) => r.reportNo);

describe('quick search', () => {
  it('finds a ticket by a Chinese substring of the customer name, even two characters', async () => {
    const a = await intake('陳美玲', '0912-345-678', 'WM80-0001');
    const b = await intake('林美華', '02-2500-1234', 'WM80-0002');
    expect(await found('美玲')).toEqual([a.reportNo]);
    expect(await found('美')).toEqual([b.reportNo, a.reportNo]); // newest first
    expect(await found('陳美玲')).toEqual([a.reportNo]);
    expect(await found('玲美')).toEqual([]);
  });

  it('finds by report number, serial, model code and phone typed any way', async () => {
    const a = await intake('Wang Hsiao-ming 王小明', '0912-345-678', 'SN-ABC-777');
    for (const query of [
      a.reportNo,
      a.reportNo.slice(-6),
      'abc-77',
      'WM-80',
      '0912345678',
      '+886 912 345 678',
      '345-678',
      'hsiao',
    ]) {
      expect(await found(query), query).toEqual([a.reportNo]);
    }
  });

  it('finds a serial made of digits and dashes, and mixes Chinese with other text', async () => {
    const a = await intake('陳美玲', '0912-345-678', '123-456-789');
    await intake('林美華', '02-2500-1234', 'WM80-0002');
    expect(await found('123-456-789')).toEqual([a.reportNo]);
    expect(await found('123456789')).toEqual([a.reportNo]);
    expect(await found(a.reportNo.slice(1))).toEqual([a.reportNo]);
    expect(await found('美 0912')).toEqual([a.reportNo]);
    expect(await found('陳 WM-80')).toEqual([a.reportNo]);
  });

  it('returns list rows with what the clerk needs to pick one', async () => {
    const a = await intake('陳美玲', '0912-345-678', 'WM80-0001');
    const [row] = await fx.clerk.call('tickets/search', { query: '美玲' });
    expect(row).toMatchObject({
      id: a.id,
      reportNo: a.reportNo,
      customerName: '陳美玲',
      serial: 'WM80-0001',
      modelCode: 'WM-80',
      status: 'received',
    });
  });

  it('finds every ticket of a returning customer, cancelled ones too', async () => {
    const first = await intake('陳美玲', '0912-345-678', 'WM80-0001');
    await fx.clerk.call('tickets/cancel', {
      id: first.id,
      version: first.version,
      reason: 'Customer changed their mind',
    });
    const second = await fx.clerk.call(
      'tickets/create',
      fx.ticket({
        newCustomer: undefined,
        customerId: first.customer.id,
        newUnit: { modelId: fx.wmModelId, serial: 'WM80-0009', invoiceDate: '2026-06-01' },
      }),
    );
    expect(await found('0912-345-678')).toEqual([second.reportNo, first.reportNo]);
  });

  it('refuses a query with nothing searchable, naming the field', async () => {
    const error = await refused(fx.clerk.call('tickets/search', { query: 'ab' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.reason).toBe('intake.queryTooShort');
    expect(error.field).toBe('query');
    expect(error.message).toMatch(/at least/);
  });

  it('refuses a NUL, a control or a broken character in the query as bad input, naming the field', async () => {
    await intake('陳美玲', '0912-345-678', 'WM80-0001');
    // 'WM80\u0000' reached the FTS MATCH and failed there as INTERNAL.
    for (const query of ['WM80\u0000', '美玲\u0000', 'WM80\u0007', '美玲\uD800', '\u202E美玲']) {
      const error = await refused(fx.clerk.call('tickets/search', { query }));
      expect(error.code).toBe('VALIDATION');
      expect(error.details?.issues).toEqual([
        expect.objectContaining({ field: 'query', message: expect.any(String) }),
      ]);
    }
  });

  it('is refused to roles that do not read tickets', async () => {
    const keeper = await depot.as(['stockroom_keeper']);
    expect((await refused(keeper.call('tickets/search', { query: '美玲' }))).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('the live warranty preview', () => {
  it('decides as the ticket will, without writing anything', async () => {
    const before = await depot.core.db('audit_log').count<{ n: number }[]>({ n: '*' });
    const covered = await fx.clerk.call('warranty/preview', {
      modelId: fx.wmModelId,
      invoiceDate: '2026-06-01',
      intakeDate: '2026-11-20',
    });
    expect(covered).toMatchObject({ status: 'covered', expiresOn: '2027-06-01' });
    const excluded = await fx.clerk.call('warranty/preview', {
      modelId: fx.wmModelId,
      invoiceDate: '2026-06-01',
      intakeDate: '2026-11-20',
      exclusions: [{ reason: 'tampered' }],
    });
    expect(excluded.status).toBe('not_covered');
    const unverified = await fx.clerk.call('warranty/preview', {
      modelId: fx.wmModelId,
      invoiceDate: null,
    });
    expect(unverified.status).toBe('unverified');
    expect(await depot.core.db('audit_log').count<{ n: number }[]>({ n: '*' })).toEqual(before);
  });

  it('uses the model\u2019s national-rule override', async () => {
    const decision = await fx.clerk.call('warranty/preview', {
      modelId: fx.nationalModelId,
      invoiceDate: '2024-01-15',
      intakeDate: '2026-11-20',
    });
    expect(decision).toMatchObject({
      status: 'covered',
      policy: { warrantyMonths: 36, source: 'model' },
    });
  });

  it('refuses an unknown model and a future invoice date', async () => {
    expect(
      (await refused(fx.clerk.call('warranty/preview', { modelId: 999, invoiceDate: null }))).code,
    ).toBe('NOT_FOUND');
    const future = await refused(
      fx.clerk.call('warranty/preview', { modelId: fx.wmModelId, invoiceDate: '2099-01-01' }),
    );
    expect(future.message).toMatch(/invoiceDate/);
  });
});
