import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../../../main/drafts/draftRepo';
import type * as Bridge from '../../../bridge';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { signInStaff } from '../../../test/sessionStatus';
import { beforeLeave } from '../../../stores/beforeLeave';
import { initialValues } from '../IntakeForm/intakeModel';
import { IntakeForm } from '../IntakeForm/IntakeForm';
import {
  coveredDecision,
  meiling,
  taipei,
  ticketFrom,
  washer,
  washerRecord,
} from '../testFixtures';

// Issue 11, item 4: the half-typed intake is the clerk's draft in the core: put back when the
// form comes again, saved while typing and before leaving, discarded only when the clerk says
// so (and asked first), gone once registered.

const bridge = vi.hoisted(() => ({ invoke: vi.fn(), openDocument: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
  openDocument: bridge.openDocument,
}));

function core(kept: Draft | null = null) {
  return fakeInvoke({
    'catalogue/listModels': () => [washer],
    'stations/list': () => [taipei],
    'units/lookup': ({ serial }) => ({
      serial,
      matches: serial === washerRecord.unit.serial ? [washerRecord] : [],
    }),
    'customers/get': () => ({ ...meiling, personalData: 'full', mergedInto: null }),
    'warranty/preview': () => coveredDecision,
    'tickets/create': () => ticketFrom(),
    'documents/receipt': () => {
      throw new Error('not printed in this test');
    },
    'drafts/get': () => kept,
    'drafts/save': ({ form, data }) => ({
      form,
      data,
      updatedAt: '2026-11-27T02:00:00Z',
      version: 2,
    }),
    'drafts/clear': () => ({ cleared: true }),
  });
}

const calls = (channel: string) => bridge.invoke.mock.calls.filter(([c]) => c === channel);
const savedData = () =>
  calls('drafts/save').map(([, input]) => (input as { data: Record<string, unknown> }).data);
const valueOf = (testId: string) => (screen.getByTestId(testId) as HTMLInputElement).value;

/** A draft as the form saved it: the demo washer, its owner, a phone report half-typed. */
function keptDraft(): Draft {
  const values = initialValues(taipei.id);
  values.serial = washerRecord.unit.serial;
  values.newUnit = {
    modelId: String(washer.id),
    invoiceDate: '2025-06-01',
    invoiceNo: 'AB-12345678',
    seller: '全國電子',
  };
  values.channel = 'phone';
  values.faultDescription = 'Leaks water when spinning';
  return {
    form: 'intake',
    data: { values, customerId: meiling.id, unit: { kind: 'known', unitId: washerRecord.unit.id } },
    updatedAt: '2026-11-27T01:30:00Z',
    version: 3,
  };
}

describe('the intake draft', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    bridge.openDocument.mockReset();
    // A draft is its author's: saves run only while they are the one signed in.
    signInStaff({ id: 2, username: 'mei', displayName: 'Chen Mei-hua', roles: ['intake_clerk'] });
  });

  it('drops a save still queued when someone else has signed in at the workstation', async () => {
    bridge.invoke.mockImplementation(core(null));
    renderScreen(<IntakeForm />);
    await waitFor(() => expect(calls('drafts/get')).toHaveLength(1));
    fireEvent.change(screen.getByTestId('intake-serial'), { target: { value: 'WM80-2025-00017' } });
    signInStaff({ id: 3, username: 'hao', displayName: 'Lin Chih-hao', roles: ['intake_clerk'] });
    await act(() => beforeLeave());
    expect(calls('drafts/save')).toEqual([]);
  });

  it('puts the kept draft back when the form comes again: values, customer and unit', async () => {
    bridge.invoke.mockImplementation(core(keptDraft()));
    renderScreen(<IntakeForm />);
    expect(await screen.findByTestId('intake-draft-restored')).toBeTruthy();
    expect(valueOf('intake-serial')).toBe(washerRecord.unit.serial);
    expect(valueOf('fault')).toBe('Leaks water when spinning');
    expect((await screen.findByTestId('customer-card-name')).textContent).toBe(meiling.name);
    expect(bridge.invoke).toHaveBeenCalledWith('customers/get', { id: meiling.id });
    // The serial is settled as the registered unit again, without the clerk pressing Enter.
    await waitFor(() => expect(screen.getByText('Registered unit')).toBeTruthy());
    expect(bridge.invoke).toHaveBeenCalledWith('units/lookup', {
      serial: washerRecord.unit.serial,
    });
  });

  it('saves what the clerk types a moment after the last key; a blank form keeps none', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<IntakeForm />);
    await waitFor(() => expect(calls('drafts/get')).toHaveLength(1));
    const fault = await screen.findByTestId('fault');
    fireEvent.change(fault, { target: { value: 'Does not' } });
    fireEvent.change(fault, { target: { value: 'Does not drain' } });
    await waitFor(() => expect(calls('drafts/save')).toHaveLength(1), { timeout: 3000 });
    expect(savedData()[0]).toMatchObject({ values: { faultDescription: 'Does not drain' } });
    await waitFor(() =>
      expect(screen.getByTestId('intake-draft').getAttribute('data-state')).toBe('saved'),
    );
    // Typed away again: the form is blank, and so is the draft.
    fireEvent.change(fault, { target: { value: '' } });
    await waitFor(() => expect(calls('drafts/clear')).toHaveLength(1), { timeout: 3000 });
    expect(calls('drafts/save')).toHaveLength(1);
  });

  it('saves at once before the workbench is left (lock, staff switch), not a moment later', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<IntakeForm />);
    await waitFor(() => expect(calls('drafts/get')).toHaveLength(1));
    fireEvent.change(await screen.findByTestId('fault'), { target: { value: 'Noisy drum' } });
    await act(() => beforeLeave());
    expect(savedData()).toEqual([
      expect.objectContaining({
        values: expect.objectContaining({ faultDescription: 'Noisy drum' }),
      }),
    ]);
  });

  it('saves pending typing when the form goes away (a workspace switch)', async () => {
    bridge.invoke.mockImplementation(core());
    const view = renderScreen(<IntakeForm />);
    await waitFor(() => expect(calls('drafts/get')).toHaveLength(1));
    fireEvent.change(await screen.findByTestId('fault'), { target: { value: 'Smells burnt' } });
    view.unmount();
    await waitFor(() => expect(calls('drafts/save')).toHaveLength(1));
    expect(savedData()[0]).toMatchObject({ values: { faultDescription: 'Smells burnt' } });
  });

  it('asks before discarding, then empties the form and clears the draft', async () => {
    bridge.invoke.mockImplementation(core(keptDraft()));
    renderScreen(<IntakeForm />);
    fireEvent.click(await screen.findByTestId('intake-draft-discard'));
    // Keeping it changes nothing.
    fireEvent.click(await screen.findByText('Keep it'));
    expect(valueOf('fault')).toBe('Leaks water when spinning');
    expect(calls('drafts/clear')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('intake-discard'));
    fireEvent.click(await screen.findByTestId('intake-draft-discard-confirm'));
    await waitFor(() => expect(calls('drafts/clear')).toHaveLength(1));
    expect(valueOf('fault')).toBe('');
    expect(valueOf('intake-serial')).toBe('');
    expect(screen.queryByTestId('intake-draft-restored')).toBeNull();
    expect(screen.queryByTestId('intake-draft')).toBeNull();
  });

  it('asks before Alt+N throws a half-typed intake away', async () => {
    bridge.invoke.mockImplementation(core(keptDraft()));
    renderScreen(<IntakeForm />);
    await screen.findByTestId('intake-draft-restored');
    fireEvent.keyDown(document.documentElement, { key: 'n', code: 'KeyN', altKey: true });
    expect(await screen.findByTestId('intake-draft-discard-confirm')).toBeTruthy();
    expect(valueOf('fault')).toBe('Leaks water when spinning');
  });

  it('is not saved again once registered: the core cleared it with the ticket', async () => {
    bridge.invoke.mockImplementation(core(keptDraft()));
    renderScreen(<IntakeForm />);
    await screen.findByTestId('customer-card-name');
    await waitFor(() => expect(screen.getByText('Registered unit')).toBeTruthy());
    fireEvent.click(screen.getByTestId('intake-submit'));
    await screen.findByTestId('intake-report-no');
    const before = calls('drafts/save').length;
    await act(() => beforeLeave());
    expect(calls('drafts/save')).toHaveLength(before);
    expect(calls('drafts/clear')).toHaveLength(0);
  });
});
