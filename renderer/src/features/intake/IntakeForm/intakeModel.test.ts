import { describe, expect, it } from 'vitest';
import { i18next } from '../../../i18n';
import { coveredDecision, meiling, washer, washerRecord } from '../testFixtures';
import {
  checkIntake,
  formPathOf,
  initialValues,
  toCreateInput,
  type IntakeValues,
  type UnitState,
} from './intakeModel';

const t = i18next.t.bind(i18next);
const known: UnitState = {
  kind: 'known',
  serial: washerRecord.unit.serial,
  scanned: true,
  record: washerRecord,
  matches: [washerRecord],
};
const fresh: UnitState = { kind: 'new', serial: 'TV55Q-0001', scanned: false, matches: [] };

function values(patch: Partial<IntakeValues> = {}): IntakeValues {
  return { ...initialValues(1), faultDescription: 'No picture', ...patch };
}

describe('the intake form model', () => {
  it('sends a new unit and a new customer with blank phones left out', () => {
    const v = values({
      serial: ' tv55q-0001 ',
      newUnit: {
        modelId: String(washer.id),
        invoiceDate: '2025-06-01',
        invoiceNo: '',
        seller: ' ',
      },
      customerMode: 'new',
      newCustomer: {
        kind: 'person',
        name: ' 周杰 ',
        phones: ['', '0922-111-333'],
        email: '',
        address: '',
      },
    });
    const input = toCreateInput(v, {
      clientRequestId: '00000000-0000-4000-8000-000000000000',
      unit: fresh,
      customer: null,
      decision: coveredDecision,
    });
    expect(input).toMatchObject({
      newUnit: {
        modelId: washer.id,
        serial: 'tv55q-0001',
        invoiceDate: '2025-06-01',
        invoiceNo: null,
        seller: null,
      },
      newCustomer: {
        kind: 'person',
        name: '周杰',
        phones: ['0922-111-333'],
        email: null,
        address: null,
      },
      exclusions: [],
    });
    expect(input).not.toHaveProperty('notCoveredExplanation');
    // The core's "newCustomer.phones.0" is the second phone field on the form.
    expect(formPathOf('newCustomer.phones.0', v, input)).toBe('newCustomer.phones.1');
  });

  it('sends the exclusions by reason, but not "expired" when the dates decide it', () => {
    const v = values({
      newUnit: { modelId: '3', invoiceDate: '2020-01-01', invoiceNo: '', seller: '' },
      exclusions: {
        ...initialValues(1).exclusions,
        tampered: { checked: true, note: 'Back panel opened' },
        expired: { checked: true, note: 'Old' },
      },
      notCoveredExplanation: 'Opened by a third party; a paid repair is offered.',
      offer: 'paid_repair',
    });
    const input = toCreateInput(v, {
      clientRequestId: '00000000-0000-4000-8000-000000000000',
      unit: known,
      customer: meiling,
      decision: { ...coveredDecision, covered: false, status: 'not_covered' },
    });
    expect(input.exclusions).toEqual([{ reason: 'tampered', note: 'Back panel opened' }]);
    expect(input).toMatchObject({
      unitId: washerRecord.unit.id,
      customerId: meiling.id,
      offer: 'paid_repair',
    });
    expect(formPathOf('exclusions.0.note', v, input)).toBe('exclusions.tampered.note');
    expect(formPathOf('unitId', v, input)).toBe('serial');
    expect(formPathOf('reportedAt', v, input)).toBeNull();
  });

  it('sends a missing invoice date of a registered unit with the ticket, not before it', () => {
    const noInvoice: UnitState = {
      ...known,
      record: { ...washerRecord, unit: { ...washerRecord.unit, invoiceDate: null } },
    } as UnitState;
    const v = values({
      newUnit: { modelId: '3', invoiceDate: '2025-12-24', invoiceNo: 'XY-1', seller: '' },
    });
    const ctx = { clientRequestId: crypto.randomUUID(), customer: null, decision: null };
    expect(toCreateInput(v, { ...ctx, unit: noInvoice })).toMatchObject({
      unitId: washerRecord.unit.id,
      unitInvoice: { version: 1, invoiceDate: '2025-12-24', invoiceNo: 'XY-1', seller: null },
    });
    // A recorded invoice date is the unit's; the form never changes it.
    expect(toCreateInput(v, { ...ctx, unit: known })).not.toHaveProperty('unitInvoice');
  });

  it('asks for the lookup, the customer, the notes and the explanation before sending', () => {
    const errors = checkIntake(
      values({
        serial: 'X1',
        faultDescription: '',
        exclusions: { ...initialValues(1).exclusions, misuse: { checked: true, note: '' } },
      }),
      {
        unit: { kind: 'idle' },
        customer: null,
        decision: { ...coveredDecision, covered: false, status: 'not_covered' },
        signed: false,
        t,
      },
    );
    expect(Object.keys(errors).sort()).toEqual([
      'customerQuery',
      'exclusions.misuse.note',
      'faultDescription',
      'notCoveredExplanation',
      'serial',
      'signature',
    ]);
  });
});
