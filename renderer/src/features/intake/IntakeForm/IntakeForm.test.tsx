import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { coreError, fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import {
  coveredDecision,
  meiling,
  taipei,
  ticketFrom,
  washer,
  washerRecord,
} from '../testFixtures';
import { IntakeForm } from './IntakeForm';

const bridge = vi.hoisted(() => ({ invoke: vi.fn(), openDocument: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
  openDocument: bridge.openDocument,
}));

const receipt = {
  id: 90,
  kind: 'receipt',
  language: 'en' as const,
  sha256: 'a',
  bytes: 1,
  createdAt: '',
};
const label = { ...receipt, id: 91, kind: 'unitLabel' };

function core(overrides: Parameters<typeof fakeInvoke>[0] = {}) {
  return fakeInvoke({
    'catalogue/listModels': () => [washer],
    'stations/list': () => [taipei],
    'units/lookup': ({ serial }) => ({
      serial,
      matches: serial === 'WM80-2025-00017' ? [washerRecord] : [],
    }),
    'warranty/preview': () => coveredDecision,
    'tickets/create': () => ticketFrom(),
    'documents/receipt': () => receipt,
    'documents/unitLabel': () => label,
    'drafts/get': () => null,
    'drafts/save': ({ form, data }) => ({
      form,
      data,
      updatedAt: '2026-11-27T01:00:00Z',
      version: 1,
    }),
    'drafts/clear': () => ({ cleared: true }),
    ...overrides,
  });
}

const calls = (channel: string) => bridge.invoke.mock.calls.filter(([c]) => c === channel);

/** Scans the demo washer, as the scanner does: its serial, then Enter. */
async function scanWasher() {
  const serial = await screen.findByTestId('intake-serial');
  fireEvent.change(serial, { target: { value: 'wm80-2025-00017' } });
  fireEvent.keyDown(serial, { key: 'Enter' });
  await screen.findByTestId('customer-card');
}

/** A phone report: no signature at the counter is needed. */
function fillPhoneReport(fault = 'Leaks water') {
  fireEvent.click(screen.getByText('Phone'));
  fireEvent.change(screen.getByTestId('fault'), { target: { value: fault } });
}

describe('IntakeForm', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    bridge.openDocument.mockReset();
  });

  it('looks a scanned serial up on Enter and fills the model, the owner and the history', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<IntakeForm />);
    await scanWasher();

    expect(bridge.invoke).toHaveBeenCalledWith('units/lookup', { serial: 'WM80-2025-00017' });
    expect((screen.getByTestId('intake-serial') as HTMLInputElement).value).toBe('WM80-2025-00017');
    // The model's label comes from the catalogue, loaded by its own call.
    await waitFor(() =>
      expect((screen.getByTestId('intake-model') as HTMLInputElement).value).toBe(
        'WM-80 · Front loader 8 kg',
      ),
    );
    expect((screen.getByTestId('intake-invoice-date') as HTMLInputElement).readOnly).toBe(true);
    expect(screen.getByTestId('customer-card-name').textContent).toBe(meiling.name);
    expect(screen.getByTestId('history-R2026-000004')).toBeTruthy();
    // The decision for the registered unit's model, its owner (whose agreement may set the
    // period, policy 2) and invoice date.
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenCalledWith('warranty/preview', {
        modelId: washer.id,
        customerId: meiling.id,
        invoiceDate: '2025-06-01',
        exclusions: [],
      }),
    );
    expect(document.activeElement).toBe(screen.getByTestId('fault'));
  });

  it('asks for the model of a serial never seen before', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<IntakeForm />);
    const serial = await screen.findByTestId('intake-serial');
    fireEvent.change(serial, { target: { value: 'TV55Q-0001' } });
    fireEvent.keyDown(serial, { key: 'Enter' });
    expect(await screen.findByText('New unit')).toBeTruthy();
    expect((screen.getByTestId('intake-model') as HTMLInputElement).readOnly).toBe(false);
    expect(screen.queryByTestId('customer-card')).toBeNull();
  });

  it('sends one tickets/create when Register is clicked twice, then prints both documents', async () => {
    let finish: (() => void) | null = null;
    bridge.invoke.mockImplementation(
      core({
        'tickets/create': () =>
          new Promise((resolve) => {
            finish = () => resolve(ticketFrom());
          }),
      }),
    );
    renderScreen(<IntakeForm />);
    await scanWasher();
    fillPhoneReport();

    const submit = screen.getByTestId('intake-submit');
    fireEvent.click(submit);
    fireEvent.click(submit);
    // A scanner's Enter after Ctrl+Enter, or a second Ctrl+Enter: the same one submit.
    fireEvent.keyDown(document.documentElement, { key: 'Enter', code: 'Enter', ctrlKey: true });
    fireEvent.keyDown(document.documentElement, { key: 'Enter', code: 'Enter', ctrlKey: true });
    await waitFor(() => expect(calls('tickets/create')).toHaveLength(1));
    finish!();

    expect((await screen.findByTestId('intake-report-no')).textContent).toBe('R2026-000021');
    expect(calls('tickets/create')).toHaveLength(1);
    const [, input] = calls('tickets/create')[0] as [string, Record<string, unknown>];
    expect(input).toMatchObject({
      channel: 'phone',
      stationId: taipei.id,
      unitId: washerRecord.unit.id,
      customerId: meiling.id,
      faultDescription: 'Leaks water',
      exclusions: [],
    });
    expect(input.clientRequestId).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(bridge.openDocument).toHaveBeenCalledTimes(2));
    expect(bridge.invoke).toHaveBeenCalledWith('documents/receipt', {
      ticketId: 21,
      language: 'en',
    });
    expect(bridge.invoke).toHaveBeenCalledWith('documents/unitLabel', {
      ticketId: 21,
      language: 'en',
    });
  });

  it('keeps the request id when a failed submit is retried, so the core can replay it', async () => {
    let fail = true;
    bridge.invoke.mockImplementation(
      core({
        'tickets/create': () => {
          if (fail) throw coreError('TRANSPORT', 'The Depot server cannot be reached.');
          return ticketFrom();
        },
      }),
    );
    renderScreen(<IntakeForm />);
    await scanWasher();
    fillPhoneReport();
    fireEvent.click(screen.getByTestId('intake-submit'));
    await waitFor(() => expect(calls('tickets/create')).toHaveLength(1));
    await waitFor(() =>
      expect((screen.getByTestId('intake-submit') as HTMLButtonElement).disabled).toBe(false),
    );
    fail = false;
    fireEvent.click(screen.getByTestId('intake-submit'));
    await screen.findByTestId('intake-report-no');
    const ids = calls('tickets/create').map(
      ([, input]) => (input as { clientRequestId: string }).clientRequestId,
    );
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
  });

  it("shows the core's VALIDATION message on the fault field", async () => {
    bridge.invoke.mockImplementation(
      core({
        'tickets/create': () => {
          throw coreError('VALIDATION', 'Invalid input for tickets/create', {
            issues: [
              {
                field: 'faultDescription',
                message: 'Fault description may not contain control characters',
              },
            ],
          });
        },
      }),
    );
    renderScreen(<IntakeForm />);
    await scanWasher();
    fillPhoneReport('Leaks\u0007 water');
    fireEvent.click(screen.getByTestId('intake-submit'));

    expect(
      await screen.findByText('Fault description may not contain control characters'),
    ).toBeTruthy();
    const fault = screen.getByTestId('fault');
    expect(fault.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(fault));
    expect(screen.queryByTestId('intake-report-no')).toBeNull();
  });

  it('asks for the customer signature at the counter before sending anything', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<IntakeForm />);
    await scanWasher();
    fireEvent.change(screen.getByTestId('fault'), { target: { value: 'Leaks water' } });
    fireEvent.click(screen.getByTestId('intake-submit'));
    expect(await screen.findByText('The customer signs the receipt at the counter')).toBeTruthy();
    expect(calls('tickets/create')).toHaveLength(0);
  });
});
