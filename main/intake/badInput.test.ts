import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { intakeCounts, intakeFixture, type IntakeFixture } from './intakeFixture';

let depot: TestDepot;
let fx: IntakeFixture;
beforeEach(async () => {
  depot = await createTestDepot(); // the clock reads 2026-11-27T01:00Z, a Friday
  fx = await intakeFixture(depot);
});
afterEach(() => depot.close());

describe('bad input gets a clear error naming the field, and changes nothing', () => {
  const cases: [string, (fx: IntakeFixture) => unknown, string, RegExp][] = [
    [
      'an empty fault description',
      (f) => f.ticket({ faultDescription: '   ' }),
      'VALIDATION',
      /faultDescription: Fault description is required/,
    ],
    [
      'an over-long fault description',
      (f) => f.ticket({ faultDescription: 'x'.repeat(2001) }),
      'VALIDATION',
      /faultDescription: .*at most 2000/,
    ],
    [
      'an empty customer name',
      (f) => f.ticket({ newCustomer: { kind: 'person', name: '', phones: ['0912345678'] } }),
      'VALIDATION',
      /newCustomer\.name: Customer name is required/,
    ],
    [
      'a serial with a control character',
      (f) => f.ticket({ newUnit: { modelId: f.wmModelId, serial: 'WM80\t0001' } }),
      'VALIDATION',
      /newUnit\.serial: Serial number may not contain control characters/,
    ],
    [
      "a serial with a scanner's trailing Enter",
      (f) => f.ticket({ newUnit: { modelId: f.wmModelId, serial: 'WM80-0001\r' } }),
      'VALIDATION',
      /newUnit\.serial: .*control characters/,
    ],
    [
      'an over-long serial',
      (f) => f.ticket({ newUnit: { modelId: f.wmModelId, serial: 'A'.repeat(41) } }),
      'VALIDATION',
      /newUnit\.serial: .*at most 40/,
    ],
    [
      'an unknown model',
      (f) => f.ticket({ newUnit: { modelId: 999, serial: 'X-1', invoiceDate: '2026-06-01' } }),
      'NOT_FOUND',
      /newUnit\.modelId: unknown product model #999/,
    ],
    [
      'an invoice date in the future',
      (f) =>
        f.ticket({ newUnit: { modelId: f.wmModelId, serial: 'X-1', invoiceDate: '2026-12-25' } }),
      'VALIDATION',
      /newUnit\.invoiceDate: the purchase invoice date 2026-12-25 is in the future/,
    ],
    [
      'an invoice date after the report',
      (f) =>
        f.ticket({
          reportedAt: '2026-11-25T12:00:00Z',
          newUnit: { modelId: f.wmModelId, serial: 'X-1', invoiceDate: '2026-11-26' },
        }),
      'VALIDATION',
      /newUnit\.invoiceDate: .*after the intake date 2026-11-25/,
    ],
    [
      'an invoice date with a mistyped year',
      (f) =>
        f.ticket({ newUnit: { modelId: f.wmModelId, serial: 'X-1', invoiceDate: '0026-05-01' } }),
      'VALIDATION',
      /newUnit\.invoiceDate: .*before 1990/,
    ],
    [
      'an invoice date that does not exist',
      (f) =>
        f.ticket({ newUnit: { modelId: f.wmModelId, serial: 'X-1', invoiceDate: '2025-02-29' } }),
      'VALIDATION',
      /newUnit\.invoiceDate: Use a real calendar date/,
    ],
    [
      'a phone number with letters',
      (f) => f.ticket({ newCustomer: { kind: 'person', name: 'Lin', phones: ['0912-ABC-678'] } }),
      'VALIDATION',
      /newCustomer\.phones\.0: Phone numbers may not contain letters/,
    ],
    [
      'no way to reach the customer',
      (f) => f.ticket({ newCustomer: { kind: 'person', name: 'Lin', phones: [] } }),
      'VALIDATION',
      /newCustomer\.phones: Give at least one phone number or an e-mail/,
    ],
    [
      'both a customer id and a new customer',
      (f) => f.ticket({ customerId: 1 }),
      'VALIDATION',
      /customerId: Give customerId or newCustomer/,
    ],
    [
      'an unknown customer',
      (f) => f.ticket({ newCustomer: undefined, customerId: 999 }),
      'NOT_FOUND',
      /customerId: no customer #999/,
    ],
    ['an unknown station', (f) => f.ticket({ stationId: 999 }), 'NOT_FOUND', /stationId/],
    ['an unknown channel', (f) => f.ticket({ channel: 'fax' as never }), 'VALIDATION', /channel/],
    [
      'a report time in the future',
      (f) => f.ticket({ reportedAt: '2026-11-28T01:00:00Z' }),
      'VALIDATION',
      /reportedAt: is in the future/,
    ],
    [
      'a request id that is not a UUID',
      (f) => f.ticket({ clientRequestId: 'abc' }),
      'VALIDATION',
      /clientRequestId/,
    ],
    [
      'an exclusion without a note',
      (f) => f.ticket({ exclusions: [{ reason: 'misuse', note: '' }] }),
      'VALIDATION',
      /exclusions\.0\.note: Exclusion note is required/,
    ],
    ['an unknown field', (f) => ({ ...f.ticket(), priority: 'high' }), 'VALIDATION', /priority/],
  ];

  it.each(cases)('%s', async (_name, make, code, message) => {
    const before = await intakeCounts(depot);
    const error = await refused(fx.clerk.call('tickets/create', make(fx) as never));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(await intakeCounts(depot)).toEqual(before);
  });

  it('a serial registered before is recognised, never duplicated', async () => {
    await fx.clerk.call('tickets/create', fx.ticket());
    const before = await intakeCounts(depot);
    const error = await refused(
      fx.clerk.call(
        'tickets/create',
        fx.ticket({ newUnit: { modelId: fx.wmModelId, serial: 'wm80-0001' } }),
      ),
    );
    expect(error).toMatchObject({
      code: 'CONFLICT',
      field: 'newUnit.serial',
      details: { unitId: 1 },
    });
    expect(await intakeCounts(depot)).toEqual(before);
  });

  it('a unit with an open ticket cannot be booked in twice', async () => {
    const t = await fx.clerk.call('tickets/create', fx.ticket());
    const error = await refused(
      fx.clerk.call('tickets/create', fx.ticket({ newUnit: undefined, unitId: t.unit.id })),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/already has an open ticket R2026-000001/);
  });
});
