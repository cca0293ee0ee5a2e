import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { DEFAULT_SETTINGS } from './settingsSchema';
import { readStoredSettings } from './storedSettings';

let depot: TestDepot;
beforeEach(async () => {
  depot = await createTestDepot();
});
afterEach(() => depot.close());

describe('settings', () => {
  it('start from the defaults', async () => {
    expect(await depot.admin.call('settings/get', {})).toEqual(DEFAULT_SETTINGS);
  });

  it('update only the fields given and survive a restart', async () => {
    const updated = await depot.admin.call('settings/update', {
      depot: { name: 'Harbour Repair Depot', nameZh: '港灣維修站' },
      policy: { emergencyResponseHours: 2 },
      calendar: { holidays: ['2027-01-01', '2027-02-16'] },
    });
    expect(updated.depot).toMatchObject({
      name: 'Harbour Repair Depot',
      nameZh: '港灣維修站',
      phone: '',
    });
    expect(updated.policy).toMatchObject({ emergencyResponseHours: 2, onSiteWorkingDays: 2 });
    const fresh = await depot.core.services.settings.load(depot.core.db);
    expect(fresh).toEqual(updated);
  });

  it('refuse bad values with the field named, and change nothing', async () => {
    const cases: [unknown, RegExp][] = [
      [{ policy: { emergencyResponseHours: -1 } }, /policy\.emergencyResponseHours/],
      [{ policy: { labourRatePerHour: 12.5 } }, /policy\.labourRatePerHour/],
      [{ policy: { reRepairWindowDays: -1 } }, /policy\.reRepairWindowDays/],
      [{ calendar: { workingDays: [1, 1] } }, /calendar\.workingDays: Each weekday once/],
      [
        { calendar: { holidays: ['27/01/2027'] } },
        /calendar\.holidays\.0: Use a real calendar date, YYYY-MM-DD/,
      ],
      [{ locale: { currency: 'dollars' } }, /locale\.currency/],
      [{ locale: { defaultLanguage: 'fr' } }, /locale\.defaultLanguage/],
      [{ bench: { repairWarrantyDays: 0 } }, /bench\.repairWarrantyDays/],
      [{ bench: { repairWarrantyDays: 30.5 } }, /bench\.repairWarrantyDays/],
    ];
    for (const [patch, field] of cases) {
      const error = await refused(depot.admin.call('settings/update', patch as never));
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(field);
    }
    expect(await depot.admin.call('settings/get', {})).toEqual(DEFAULT_SETTINGS);
    expect(await depot.core.db('settings').count<{ n: number }[]>({ n: '*' })).toEqual([{ n: 0 }]);
  });
});

describe('the bench section', () => {
  it('gives the warranty on a repair 90 days unless changed', async () => {
    expect((await depot.admin.call('settings/get', {})).bench).toEqual({ repairWarrantyDays: 90 });
    const updated = await depot.admin.call('settings/update', {
      bench: { repairWarrantyDays: 180 },
    });
    expect(updated.bench.repairWarrantyDays).toBe(180);
    expect(updated.policy.labourRatePerHour).toBe(80_000);
  });
});

describe('the document header and the holidays (printed on every record)', () => {
  it('refuses invisible and broken characters in the header, naming the field, changing nothing', async () => {
    const cases: [unknown, RegExp][] = [
      [{ depot: { name: 'Depot \u202Eexe.pdf' } }, /depot\.name: .*invisible/],
      [{ depot: { nameZh: '港灣\u200B維修站' } }, /depot\.nameZh: .*invisible/],
      [{ depot: { address: 'No. 1\u0007 Harbour Rd' } }, /depot\.address: .*control/],
      [{ depot: { address: 'No. 1\nHarbour Rd' } }, /depot\.address: .*control/],
      [{ depot: { phone: '02-2500\u00001234' } }, /depot\.phone: .*control/],
      [{ depot: { name: 'Depot \uD83D' } }, /depot\.name: .*broken character/],
    ];
    for (const [patch, field] of cases) {
      const error = await refused(depot.admin.call('settings/update', patch as never));
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toMatch(field);
    }
    expect(await depot.admin.call('settings/get', {})).toEqual(DEFAULT_SETTINGS);
    expect(await depot.core.db('settings').count<{ n: number }[]>({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('refuses a holiday that is not on the calendar', async () => {
    const error = await refused(
      depot.admin.call('settings/update', { calendar: { holidays: ['2027-01-01', '2025-02-30'] } }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/calendar\.holidays\.1: Use a real calendar date/);
    expect((await depot.admin.call('settings/get', {})).calendar.holidays).toEqual([]);
  });

  it('a patch that gives only the name keeps the rest of the header', async () => {
    await depot.admin.call('settings/update', {
      depot: { name: 'Harbour', nameZh: '港灣', address: '台北市 1 號', phone: '02-2500-1234' },
    });
    const updated = await depot.admin.call('settings/update', { depot: { name: 'Harbour Depot' } });
    expect(updated.depot).toEqual({
      name: 'Harbour Depot',
      nameZh: '港灣',
      address: '台北市 1 號',
      phone: '02-2500-1234',
    });
  });

  it('a value stored before the rule does not stop the depot from opening', async () => {
    // Written by an older version that accepted it; the current rule refuses it.
    await depot.core.db('settings').insert([
      {
        key: 'depot',
        value: JSON.stringify({ name: 'Harbour \u202EDepot', address: '台北市 1 號' }),
        updated_at: '2026-11-01T00:00:00.000Z',
      },
      {
        key: 'calendar',
        value: JSON.stringify({ holidays: ['2027-01-01', '2025-02-30', '2027-02-16'] }),
        updated_at: '2026-11-01T00:00:00.000Z',
      },
    ]);
    const { settings, reset } = readStoredSettings(
      await depot.core.db('settings').select('key', 'value'),
    );
    expect(reset).toEqual(['calendar.holidays.1', 'depot.name']);
    // The header keeps what it said, without the override (a printed legal record's header).
    expect(settings.depot).toMatchObject({ name: 'Harbour Depot', address: '台北市 1 號' });
    expect(settings.calendar.holidays).toEqual(['2027-01-01', '2027-02-16']);
    expect(await depot.core.services.settings.load(depot.core.db)).toEqual(settings);
    // Saving the section again goes through the rule.
    const saved = await depot.admin.call('settings/update', { depot: { name: 'Harbour Depot' } });
    expect(saved.depot.name).toBe('Harbour Depot');
  });

  it('strips refused characters from a stored header, and defaults only what nothing is left of', () => {
    const { settings, reset } = readStoredSettings([
      {
        key: 'depot',
        value: JSON.stringify({
          name: '\u200B\u202E\u0007',
          nameZh: '港\u200B灣\uFEFF維修站 𠀋',
          phone: '02\t2500\u00AD1234',
        }),
      },
    ]);
    expect(reset).toEqual(['depot.name', 'depot.nameZh', 'depot.phone']);
    expect(settings.depot).toMatchObject({
      name: 'Depot',
      nameZh: '港灣維修站 𠀋',
      phone: '0225001234',
    });
  });

  it('keeps Chinese, accents and emoji in the header as typed', async () => {
    const updated = await depot.admin.call('settings/update', {
      depot: { name: '  Café Repair ☕ ', nameZh: '港灣維修站 𠀋', address: '台北市中山區 1 號' },
    });
    expect(updated.depot).toMatchObject({
      name: 'Café Repair ☕',
      nameZh: '港灣維修站 𠀋',
      address: '台北市中山區 1 號',
    });
  });
});
