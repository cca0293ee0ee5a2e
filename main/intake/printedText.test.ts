import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { intakeCounts, intakeFixture, type IntakeFixture } from './intakeFixture';

// What the clerk types at the desk is printed on the receipt and the repair record (issue 9,
// defect 8): it is stored exactly as typed, or refused with the field named, never rewritten.

let depot: TestDepot;
let fx: IntakeFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await intakeFixture(depot);
});
afterEach(() => depot.close());

const person = (name: string, phone = '0912-345-678') => ({
  kind: 'person' as const,
  name,
  phones: [phone],
});

describe('text printed on intake records', () => {
  const cases: [string, (f: IntakeFixture) => unknown, RegExp][] = [
    [
      'a lone surrogate in a customer name',
      (f) => f.ticket({ newCustomer: person('陳美\uD869') }),
      /newCustomer\.name: Customer name may not contain a broken character/,
    ],
    [
      'a right-to-left override in a customer name',
      (f) => f.ticket({ newCustomer: person('Lin \u202Eoah') }),
      /newCustomer\.name: Customer name may not contain invisible/,
    ],
    [
      'a NUL in the fault description',
      (f) => f.ticket({ faultDescription: 'No power\u0000' }),
      /faultDescription: Fault description may not contain control characters/,
    ],
    [
      'a bidi isolate in the fault description',
      (f) => f.ticket({ faultDescription: 'No \u2067power\u2069' }),
      /faultDescription: .*invisible/,
    ],
    [
      'a Tab inside a phone number',
      (f) => f.ticket({ newCustomer: person('Lin', '0912\t345678') }),
      /newCustomer\.phones\.0: Phone may not contain control characters/,
    ],
    [
      'a zero-width space inside a phone number',
      (f) => f.ticket({ newCustomer: person('Lin', '0912\u200B345678') }),
      /newCustomer\.phones\.0: Phone may not contain invisible/,
    ],
  ];

  it.each(cases)('refuses %s and writes nothing', async (_name, make, message) => {
    const before = await intakeCounts(depot);
    const error = await refused(fx.clerk.call('tickets/create', make(fx) as never));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(message);
    expect(await intakeCounts(depot)).toEqual(before);
  });

  it('refuses a lone surrogate in customers/create instead of storing U+FFFD', async () => {
    const error = await refused(fx.clerk.call('customers/create', person('王\uDC00小明')));
    expect(error.details?.issues).toEqual([
      {
        field: 'name',
        message: expect.stringMatching(/broken character/),
        reason: 'validation.brokenCharacter',
        params: {},
      },
    ]);
    const names: { name: string }[] = await depot.core.db('customers').select('name');
    expect(names.filter((n) => n.name.includes('\uFFFD'))).toEqual([]);
  });

  it('stores Chinese (also outside the BMP), accents and an emoji exactly as typed', async () => {
    const name = '𠀋陳美玲 Café 😀';
    const created = await fx.clerk.call('tickets/create', fx.ticket({ newCustomer: person(name) }));
    const customer = await fx.clerk.call('customers/get', { id: created.customer.id });
    expect(customer.name).toBe(name);
  });
});
