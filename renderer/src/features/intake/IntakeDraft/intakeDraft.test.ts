import { describe, expect, it } from 'vitest';
import { initialValues } from '../IntakeForm/intakeModel';
import { meiling, washerRecord } from '../testFixtures';
import { draftSnapshot, isBlankIntake, restoredDraft } from './intakeDraft';

// Issue 11, item 4: what of the intake is kept as the clerk's draft, and how it comes back.

const typed = () => {
  const values = initialValues(1);
  values.serial = 'WM80-2025-00017';
  values.faultDescription = 'Leaks water';
  values.newCustomer.phones = ['0912-345-678', ''];
  return values;
};

describe('the intake draft', () => {
  it('is nothing for a form nobody has typed in, whatever station the desk uses', () => {
    expect(isBlankIntake(initialValues(3), null)).toBe(true);
    expect(draftSnapshot(initialValues(3), null, { kind: 'idle' })).toBeNull();
    // A customer chosen is typing too.
    expect(isBlankIntake(initialValues(3), meiling)).toBe(false);
  });

  it('keeps the values, the customer by id and how the serial was settled', () => {
    const known = draftSnapshot(typed(), meiling, {
      kind: 'known',
      serial: 'WM80-2025-00017',
      scanned: true,
      record: washerRecord,
      matches: [washerRecord],
    });
    expect(JSON.parse(known!)).toEqual({
      values: typed(),
      customerId: meiling.id,
      unit: { kind: 'known', unitId: washerRecord.unit.id },
    });
    const fresh = draftSnapshot(typed(), null, {
      kind: 'new',
      serial: 'X',
      scanned: false,
      matches: [],
    });
    expect(JSON.parse(fresh!)).toMatchObject({ customerId: null, unit: { kind: 'new' } });
  });

  it('comes back as it was saved', () => {
    const saved = JSON.parse(
      draftSnapshot(typed(), meiling, { kind: 'new', serial: 'X', scanned: false, matches: [] })!,
    ) as Record<string, unknown>;
    expect(restoredDraft(saved, 1)).toEqual({
      values: typed(),
      customerId: meiling.id,
      unit: { kind: 'new' },
    });
  });

  it('restores what still fits from a draft of an older form, and the rest blank', () => {
    const restored = restoredDraft(
      {
        values: {
          serial: 'AC-1',
          faultDescription: 42,
          accessories: ['remote', 7],
          newUnit: { modelId: '3', invoiceDate: 20250601 },
          retired: 'a field the form no longer has',
        },
        customerId: -1,
        unit: { kind: 'known', unitId: 'eleven' },
      },
      2,
    );
    expect(restored?.values).toEqual({
      ...initialValues(2),
      serial: 'AC-1',
      newUnit: { ...initialValues(2).newUnit, modelId: '3' },
    });
    expect(restored).toMatchObject({ customerId: null, unit: null });
  });

  it('restores nothing from a draft with nothing usable in it', () => {
    expect(restoredDraft({ values: { serial: 5 } }, 1)).toBeNull();
    expect(restoredDraft({}, 1)).toBeNull();
  });
});
