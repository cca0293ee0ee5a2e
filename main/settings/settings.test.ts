import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { DEFAULT_SETTINGS } from './settingsSchema';

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
      [{ calendar: { holidays: ['27/01/2027'] } }, /calendar\.holidays\.0: Use YYYY-MM-DD/],
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
