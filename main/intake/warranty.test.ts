import { describe, expect, it } from 'vitest';
import { DepotError } from '../contract/errors';
import { decideWarranty, type WarrantyInput, type WarrantyStatus } from './warranty';
import type { ExclusionReason, ReasonCode } from './warrantyReasons';
import { fromStored, toStored } from './warrantySnapshot';

const base: WarrantyInput = {
  intakeDate: '2026-11-27',
  invoiceDate: '2025-11-27',
  policy: { warrantyMonths: 12, source: 'type' },
  exclusions: [],
};

const months = (n: number, source: 'type' | 'model' = 'type') => ({ warrantyMonths: n, source });
const ex = (reason: ExclusionReason, note: string) => ({ reason, note });

type Case = [
  name: string,
  input: Partial<WarrantyInput>,
  status: WarrantyStatus,
  expiresOn: string | null,
  reasons: ReasonCode[],
];

// Policy 2: the period runs from the purchase invoice date; the last day (expiresOn) is covered.
// prettier-ignore
const cases: Case[] = [
  ['bought a month ago', { invoiceDate: '2026-10-27' }, 'covered', '2027-10-27', ['in_warranty']],
  ['the anniversary day itself is still covered', {}, 'covered', '2026-11-27', ['in_warranty']],
  ['one day past the anniversary', { invoiceDate: '2025-11-26' }, 'not_covered', '2026-11-26', ['expired']],
  ['bought on the intake day', { invoiceDate: '2026-11-27' }, 'covered', '2027-11-27', ['in_warranty']],
  ['29 Feb + 12 months ends on 28 Feb', { invoiceDate: '2024-02-29', intakeDate: '2025-02-28' }, 'covered', '2025-02-28', ['in_warranty']],
  ['29 Feb + 12 months: 1 March is expired', { invoiceDate: '2024-02-29', intakeDate: '2025-03-01' }, 'not_covered', '2025-02-28', ['expired']],
  ['29 Feb + 48 months lands on 29 Feb again', { invoiceDate: '2024-02-29', intakeDate: '2028-02-29', policy: months(48, 'model') }, 'covered', '2028-02-29', ['in_warranty']],
  ['31 Jan + 1 month ends on 28 Feb', { invoiceDate: '2025-01-31', intakeDate: '2025-02-28', policy: months(1) }, 'covered', '2025-02-28', ['in_warranty']],
  ['31 Jan + 1 month: 1 March is expired', { invoiceDate: '2025-01-31', intakeDate: '2025-03-01', policy: months(1) }, 'not_covered', '2025-02-28', ['expired']],
  ['31 Jan + 1 month in a leap year ends on 29 Feb', { invoiceDate: '2024-01-31', intakeDate: '2024-02-29', policy: months(1) }, 'covered', '2024-02-29', ['in_warranty']],
  ['31 Aug + 1 month ends on 30 Sep', { invoiceDate: '2026-08-31', intakeDate: '2026-10-01', policy: months(1) }, 'not_covered', '2026-09-30', ['expired']],
  ['31 Dec + 2 months crosses the year', { invoiceDate: '2025-12-31', intakeDate: '2026-02-28', policy: months(2) }, 'covered', '2026-02-28', ['in_warranty']],
  ['a 36-month national rule on the model', { invoiceDate: '2024-01-15', policy: months(36, 'model') }, 'covered', '2027-01-15', ['in_warranty']],
  ['no warranty at all (0 months) after the purchase day', { invoiceDate: '2026-11-26', policy: months(0) }, 'not_covered', '2026-11-26', ['expired']],
  ['no invoice date: unverified', { invoiceDate: null }, 'unverified', null, ['no_invoice']],
  ['no invoice but an exclusion: not covered', { invoiceDate: null, exclusions: [ex('misuse', 'water inside')] }, 'not_covered', null, ['misuse', 'no_invoice']],
  ['no invoice, the clerk records "expired"', { invoiceDate: null, exclusions: [ex('expired', 'bought in 2015')] }, 'not_covered', null, ['expired', 'no_invoice']],
  ['misuse inside the period', { exclusions: [ex('misuse', 'stored in a wet garage')] }, 'not_covered', '2026-11-27', ['misuse']],
  ['force majeure', { exclusions: [ex('force_majeure', 'typhoon flood')] }, 'not_covered', '2026-11-27', ['force_majeure']],
  ['opened by a third party', { exclusions: [ex('tampered', 'seal broken')] }, 'not_covered', '2026-11-27', ['tampered']],
  ['serial unreadable', { exclusions: [ex('serial_unreadable', 'label scratched off')] }, 'not_covered', '2026-11-27', ['serial_unreadable']],
  ['several exclusions, in the policy order', { invoiceDate: '2020-01-01', exclusions: [ex('serial_unreadable', 'a'), ex('misuse', 'b')] }, 'not_covered', '2021-01-01', ['misuse', 'expired', 'serial_unreadable']],
  ['"expired" recorded and true: kept once', { invoiceDate: '2020-01-01', exclusions: [ex('expired', 'old')] }, 'not_covered', '2021-01-01', ['expired']],
  ['supervisor override of an unverified case', { invoiceDate: null, supervisorOverride: { reason: 'Invoice seen by phone', by: 'Chang' } }, 'covered', null, ['supervisor_override', 'no_invoice']],
  ['supervisor override of an expired case', { invoiceDate: '2020-01-01', supervisorOverride: { reason: 'Goodwill', by: 'Chang' } }, 'covered', '2021-01-01', ['supervisor_override', 'expired']],
];

describe('decideWarranty (policy 2)', () => {
  it.each(cases)('%s', (_name, patch, status, expiresOn, reasons) => {
    const decision = decideWarranty({ ...base, ...patch });
    expect(decision.status).toBe(status);
    expect(decision.covered).toBe(status === 'covered');
    expect(decision.expiresOn).toBe(expiresOn);
    expect(decision.reasons.map((r) => r.code)).toEqual(reasons);
    // The ticket keeps the values and rebuilds the very same words (issue 3, item 4).
    expect(fromStored(toStored(decision))).toEqual(decision);
    for (const reason of decision.reasons) {
      expect(reason.en.length).toBeGreaterThan(10);
      expect(reason.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('says why in both languages with the policy terms and the dates used', () => {
    const covered = decideWarranty({
      ...base,
      invoiceDate: '2026-03-01',
      policy: { warrantyMonths: 24, source: 'model' },
    });
    expect(covered.reasons[0].en).toBe(
      'Inside the warranty period: 24 months from the purchase invoice date 2026-03-01, until 2028-03-01.',
    );
    expect(covered.reasons[0].zh).toBe(
      '在保修期限內：自購買發票日期 2026-03-01 起 24 個月，至 2028-03-01 止。',
    );
    expect(covered.policy).toEqual({ warrantyMonths: 24, source: 'model' });

    const expired = decideWarranty({ ...base, invoiceDate: '2024-01-10' });
    expect(expired.reasons[0].zh).toContain('已超過保修期限');
    expect(expired.reasons[0].en).toContain('ended on 2025-01-10');

    const unverified = decideWarranty({ ...base, invoiceDate: null });
    expect(unverified.reasons[0].zh).toContain('購買發票日期');
    expect(unverified.covered).toBe(false);
  });

  it('keeps each exclusion note beside its reason', () => {
    const d = decideWarranty({
      ...base,
      exclusions: [{ reason: 'tampered', note: 'screws stripped' }],
    });
    expect(d.reasons).toEqual([
      expect.objectContaining({
        code: 'tampered',
        note: 'screws stripped',
        zh: expect.stringContaining('自行拆卸'),
      }),
    ]);
  });

  it('records who overrode and why', () => {
    const d = decideWarranty({
      ...base,
      invoiceDate: null,
      supervisorOverride: { reason: 'Invoice photo on file', by: '張淑芬' },
    });
    expect(d.override).toEqual({ reason: 'Invoice photo on file', by: '張淑芬' });
    expect(d.reasons[0].zh).toBe('經主管（張淑芬）核准保修：Invoice photo on file');
  });

  // prettier-ignore
  const refusals: [string, Partial<WarrantyInput>, string, RegExp][] = [
    ['an invoice date in the future', { invoiceDate: '2026-12-01', intakeDate: '2026-11-20', today: '2026-11-27' }, 'VALIDATION', /invoiceDate: .*2026-12-01 is in the future/],
    ['an invoice date after the intake date', { invoiceDate: '2026-11-25', intakeDate: '2026-11-20', today: '2026-11-27' }, 'VALIDATION', /invoiceDate: .*after the intake date 2026-11-20/],
    ['an invoice date that is not a date', { invoiceDate: '2025-02-29' }, 'VALIDATION', /invoiceDate: "2025-02-29" is not a calendar date/],
    ['an intake date that is not a date', { intakeDate: '27/11/2026' }, 'VALIDATION', /intakeDate/],
    ['negative months', { policy: months(-1) }, 'VALIDATION', /policy\.warrantyMonths/],
    ['the same exclusion twice', { exclusions: [ex('misuse', 'a'), ex('misuse', 'b')] }, 'VALIDATION', /exclusions\.1\.reason/],
    ['"expired" inside the period', { exclusions: [ex('expired', 'customer thinks so')] }, 'RULE', /exclusions: "expired" contradicts .* until 2026-11-27/],
    ['an override without a reason', { invoiceDate: null, supervisorOverride: { reason: ' ', by: 'Chang' } }, 'VALIDATION', /supervisorOverride\.reason/],
  ];

  it.each(refusals)('refuses %s', (_name, patch, code, message) => {
    let error: unknown;
    try {
      decideWarranty({ ...base, ...patch });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DepotError);
    expect((error as DepotError).code).toBe(code);
    expect((error as DepotError).message).toMatch(message);
  });
});
