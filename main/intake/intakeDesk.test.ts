import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { normalisePhone } from './phone';

let depot: TestDepot;
beforeEach(async () => {
  depot = await createTestDepot();
});
afterEach(() => depot.close());

describe('phone numbers are found however they were typed', () => {
  it.each([
    ['0912-345-678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['(02) 2500-1234', '0225001234'],
    ['+886 912 345 678', '0912345678'],
    ['+886-2-2500-1234', '0225001234'],
    ['+886 (0)2 2500 1234', '0225001234'],
    ['+81 3-1234-5678', '+81312345678'],
    ['02.2500.1234', '0225001234'],
  ])('%s -> %s', (typed, normalised) => {
    expect(normalisePhone(typed)).toEqual({ phone: typed, normalised });
  });

  it.each([
    ['0912-ABC-678', /letters/],
    ['電話 0912', /letters/],
    ['0912#12', /digits, spaces/],
    ['123', /too short/],
    ['1'.repeat(17), /too long/],
  ])('refuses %s', (typed, message) => {
    const result = normalisePhone(typed);
    expect('error' in result && result.error).toMatch(message);
  });
});

describe('customers', () => {
  it('creates a customer and finds them by phone typed another way, or by name', async () => {
    const clerk = await depot.as(['intake_clerk']);
    const c = await clerk.call('customers/create', {
      kind: 'company',
      name: '港灣貿易有限公司 Harbour Trading',
      phones: ['02-2500-1234', '(02) 2500 1234', '0912 345 678'],
      email: ' Orders@Harbour.TW ',
      address: '台北市中山區',
    });
    expect(c.phones.map((p) => p.normalised)).toEqual(['0225001234', '0912345678']);
    expect(c.email).toBe('orders@harbour.tw');
    for (const phone of ['+886 2 2500 1234', '0225001234', '0912-345', '+886912']) {
      expect((await clerk.call('customers/find', { phone })).map((x) => x.id)).toEqual([c.id]);
    }
    expect((await clerk.call('customers/find', { name: '港灣' })).map((x) => x.id)).toEqual([c.id]);
    expect(await clerk.call('customers/find', { name: '台北' })).toEqual([]);
    expect((await clerk.call('customers/get', { id: c.id })).name).toBe(c.name);
  });

  it('refuses bad customer input with the field named', async () => {
    const clerk = await depot.as(['intake_clerk']);
    const cases: [unknown, RegExp][] = [
      [
        { kind: 'person', name: 'Lin', phones: ['09x2'] },
        /phones\.0: Phone numbers may not contain letters/,
      ],
      [
        { kind: 'person', name: 'Lin', phones: [], email: 'not-mail' },
        /email: Not an e-mail address/,
      ],
      [{ kind: 'robot', name: 'Lin', phones: ['0912345678'] }, /kind/],
      [{ kind: 'person', name: 'L'.repeat(121), phones: ['0912345678'] }, /name: .*at most 120/],
      [{ kind: 'person', name: 'Li\u0000n', phones: ['0912345678'] }, /name: .*control characters/],
    ];
    for (const [input, message] of cases) {
      const error = await refused(clerk.call('customers/create', input as never));
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(message);
    }
    expect(await depot.core.db('customers').count<{ n: number }[]>({ n: '*' })).toEqual([{ n: 0 }]);
    expect((await refused(clerk.call('customers/find', { phone: 'abc' }))).message).toMatch(
      /phone/,
    );
    expect((await refused(clerk.call('customers/find', {}))).message).toMatch(/phone or by name/);
  });
});

describe('catalogue and stations', () => {
  it('admins and supervisors keep the catalogue; clerks and technicians read it', async () => {
    const type = await depot.admin.call('catalogue/createType', {
      code: 'tv',
      nameEn: 'Television',
      nameZh: '電視',
      warrantyMonths: 24,
    });
    expect(type).toMatchObject({ code: 'TV', emergency: false, version: 1 });
    const supervisor = await depot.as(['supervisor']);
    const model = await supervisor.call('catalogue/createModel', {
      code: 'TV-55Q',
      nameEn: 'LCD TV 55"',
      nameZh: '液晶電視 55 吋',
      typeId: type.id,
    });
    expect(model.warranty).toEqual({ warrantyMonths: 24, source: 'type' });
    const clerk = await depot.as(['intake_clerk']);
    expect(
      (
        await refused(
          clerk.call('catalogue/createType', {
            code: 'X',
            nameEn: 'X',
            nameZh: 'X',
            warrantyMonths: 1,
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    const tech = await depot.as(['technician']);
    expect(
      (await tech.call('catalogue/listModels', { codePrefix: 'tv' })).map((m) => m.code),
    ).toEqual(['TV-55Q']);
  });

  it('refuses duplicates, unknown types, overrides without their rule and stale edits', async () => {
    const t = await depot.admin.call('catalogue/createType', {
      code: 'TV',
      nameEn: 'TV',
      nameZh: '電視',
      warrantyMonths: 24,
    });
    expect(
      (
        await refused(
          depot.admin.call('catalogue/createType', {
            code: 'tv',
            nameEn: 'B',
            nameZh: 'B',
            warrantyMonths: 1,
          }),
        )
      ).code,
    ).toBe('CONFLICT');
    expect(
      (
        await refused(
          depot.admin.call('catalogue/createType', {
            code: 'R',
            nameEn: 'R',
            nameZh: 'R',
            warrantyMonths: 1.5,
          }),
        )
      ).message,
    ).toMatch(/warrantyMonths/);
    const m = { code: 'TV-1', nameEn: 'TV 1', nameZh: '電視 1', typeId: t.id };
    expect(
      (await refused(depot.admin.call('catalogue/createModel', { ...m, typeId: 99 }))).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await refused(
          depot.admin.call('catalogue/createModel', { ...m, warrantyMonthsOverride: 36 }),
        )
      ).message,
    ).toMatch(/overrideNote/);
    await depot.admin.call('catalogue/updateType', { id: t.id, version: 1, emergency: true });
    const stale = await refused(
      depot.admin.call('catalogue/updateType', { id: t.id, version: 1, warrantyMonths: 6 }),
    );
    expect(stale.code).toBe('CONFLICT');
    const [now] = await depot.admin.call('catalogue/listTypes', {});
    expect(now).toMatchObject({ warrantyMonths: 24, emergency: true, version: 2 });
  });

  it('stations have unique codes', async () => {
    await depot.admin.call('stations/create', { code: 'TPE', nameEn: 'Taipei', nameZh: '台北站' });
    expect(
      (
        await refused(
          depot.admin.call('stations/create', { code: 'tpe', nameEn: 'T', nameZh: 'T' }),
        )
      ).code,
    ).toBe('CONFLICT');
    const tech = await depot.as(['technician']);
    expect((await tech.call('stations/list', {})).map((s) => s.code)).toEqual(['TPE']);
  });
});
