import { describe, expect, it } from 'vitest';
import { i18next } from '../../../i18n';
import { partDetail } from '../partsTestFixtures';
import { NEW_PART, checkPartFields, partRules, toUpdateInput, valuesOf } from './partFormModel';

const t = i18next.t.bind(i18next);

describe('partFormModel', () => {
  it('holds the maximum at or above the safety stock and quotas on critical parts', () => {
    expect(partRules({ ...NEW_PART, safetyStock: 5, maxStock: 4 }, t)).toEqual({
      maxStock: 'The maximum stock may not be below the safety stock',
    });
    expect(partRules({ ...NEW_PART, safetyStock: 5, maxStock: '' }, t)).toEqual({});
    expect(partRules({ ...NEW_PART, critical: true, quotaPerLine: 2 }, t)).toEqual({
      quotaPerTicket: 'A critical part needs this quota (policy 5.3)',
    });
  });

  it('checks the part number and each supplier before sending', () => {
    const errors = checkPartFields(
      {
        ...NEW_PART,
        partNo: 'pump 1',
        suppliers: [
          { supplier: 'Acme', supplierPartNo: '', leadTimeDays: 3, preferred: true },
          { supplier: 'ACME', supplierPartNo: '', leadTimeDays: '', preferred: false },
        ],
      },
      'create',
      t,
    );
    expect(errors.partNo).toBe('Part number: up to 40 letters, digits, - / . and _');
    expect(errors['suppliers.1.supplier']).toBe('This supplier is listed twice');
    expect(errors['suppliers.1.leadTimeDays']).toBe('Required');
  });

  it('sends nothing when nothing changed, and only the changed fields otherwise', () => {
    const part = partDetail(1);
    const values = valuesOf(part, 'TWD');
    expect(toUpdateInput(part, values, 'TWD')).toBeNull();
    expect(
      toUpdateInput(
        part,
        { ...values, bin: '', unitCost: 1300, suppliers: values.suppliers.slice(0, 1) },
        'TWD',
      ),
    ).toEqual({
      id: 1,
      version: 1,
      bin: null,
      unitCost: 130_000,
      suppliers: [
        { supplier: 'Acme Parts', supplierPartNo: 'AC-77', leadTimeDays: 7, preferred: true },
      ],
    });
  });
});
