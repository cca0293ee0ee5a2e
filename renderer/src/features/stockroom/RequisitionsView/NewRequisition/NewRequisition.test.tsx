import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../../bridge';
import { coreError, fakeInvoke } from '../../../../test/bridgeMock';
import { renderScreen } from '../../../../test/render';
import { acTicket, capacitor, inverterBoard, requisition, signInAs } from '../testFixtures';
import { NewRequisition } from './NewRequisition';
import { requestPartsOfferFor } from '../../../../../../main/testing/views';
import { usePrefs } from '../../../../stores/prefs';
import { useSession } from '../../../../stores/session';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

function type(testId: string, text: string) {
  const field = screen.getByTestId(testId);
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
}

/** requisitions/forTicket as the core answers it, its offer computed by the core's own rule. */
function forTicket(
  usage: { partId: number; used: number }[],
  ticket: { warrantyStatus?: string; quoteStatus?: string | null; status?: string } = {},
) {
  const facts = {
    id: acTicket.id,
    reportNo: acTicket.reportNo,
    status: ticket.status ?? 'diagnosing',
    warrantyStatus: ticket.warrantyStatus ?? 'covered',
    quoteStatus: ticket.quoteStatus ?? null,
  };
  const actor = useSession.getState().status?.staff;
  if (!actor) throw new Error('sign in first');
  return {
    ticketId: acTicket.id,
    usage,
    actions: { requestParts: requestPartsOfferFor(facts, actor) },
  };
}

const catalogue = {
  'parts/byNumber': ({ partNo }: { partNo: string }) => {
    const found = [inverterBoard, capacitor].find((p) => p.partNo === partNo);
    if (!found) throw coreError('NOT_FOUND', `No part ${partNo}`);
    return { ...found, suppliers: [], sellPrice: null };
  },
  // The part picker's list (with a ticket in hand it asks as soon as the field has focus).
  'parts/search': () => [],
};

describe('NewRequisition', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs(3, ['technician']);
  });

  it('finds the ticket by report number, adds scanned parts and warns on a line over quota', async () => {
    const created = vi.fn();
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'tickets/search': () => [acTicket],
        ...catalogue,
        // The ticket already drew one inverter board on an earlier requisition.
        'requisitions/forTicket': () => forTicket([{ partId: inverterBoard.id, used: 1 }]),
        'requisitions/create': () => requisition(),
      }),
    );
    renderScreen(<NewRequisition onCreated={created} />);

    type('req-ticket', 'r2026-000002');
    expect((await screen.findByTestId('req-ticket-card')).textContent).toContain('AC36-7788123');

    type('req-part', 'ac-cap-35');
    await screen.findByTestId('req-line-AC-CAP-35');
    // A second scan of the same part is one more of it.
    type('req-part', 'AC-CAP-35');
    await waitFor(() =>
      expect((screen.getByTestId('req-line-qty-0') as HTMLInputElement).value).toBe('2'),
    );

    type('req-part', 'AC-INV-PCB');
    const board = await screen.findByTestId('req-line-AC-INV-PCB');
    // One already drawn, quota two per ticket: one more is within it...
    await waitFor(() => expect(board.textContent).toContain('1 already drawn'));
    expect(screen.queryByTestId('req-line-over-AC-INV-PCB')).toBeNull();
    // ...two are not.
    fireEvent.change(screen.getByTestId('req-line-qty-1'), { target: { value: '2' } });
    expect((await screen.findByTestId('req-line-over-AC-INV-PCB')).textContent).toContain(
      'needs a supervisor override',
    );

    fireEvent.click(screen.getByTestId('req-submit'));
    await waitFor(() => expect(created).toHaveBeenCalled());
    const call = bridge.invoke.mock.calls.find(([channel]) => channel === 'requisitions/create');
    expect(call?.[1]).toEqual({
      ticketId: 2,
      lines: [
        { partId: capacitor.id, quantity: 2 },
        { partId: inverterBoard.id, quantity: 2 },
      ],
      clientRequestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it('says so when no ticket has the number, and puts the core refusal on the line', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'tickets/search': ({ query }) => (query === 'R2026-000002' ? [acTicket] : []),
        ...catalogue,
        'requisitions/forTicket': () => forTicket([]),
        'requisitions/create': () => {
          throw coreError('RULE', 'lines.0.partId: Part AC-CAP-35 is inactive', undefined, {
            reason: 'stock.partInactive',
            params: { partNo: 'AC-CAP-35' },
            field: 'lines.0.partId',
          });
        },
      }),
    );
    renderScreen(<NewRequisition onCreated={() => undefined} />);

    type('req-ticket', 'R2026-999999');
    expect(await screen.findByText('No ticket with report number R2026-999999')).toBeTruthy();
    type('req-ticket', 'R2026-000002');
    await screen.findByTestId('req-ticket-card');

    type('req-part', 'NOPE-1');
    expect(await screen.findByText('No part numbered NOPE-1')).toBeTruthy();
    type('req-part', 'AC-CAP-35');
    await screen.findByTestId('req-line-AC-CAP-35');

    fireEvent.click(screen.getByTestId('req-submit'));
    expect(await screen.findByText('Part AC-CAP-35 is inactive.')).toBeTruthy();
  });

  it('says at once when the ticket takes no parts now, in the reader’s language (policy 3.2)', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'tickets/search': () => [acTicket],
        ...catalogue,
        'requisitions/forTicket': () => forTicket([], { warrantyStatus: 'not_covered' }),
      }),
    );
    usePrefs.setState({ language: 'zh-TW' });
    try {
      renderScreen(<NewRequisition onCreated={() => undefined} />);
      type('req-ticket', acTicket.reportNo);
      expect(await screen.findByText(/客戶尚未同意報價/)).toBeTruthy();
      expect(screen.queryByTestId('req-ticket-card')).toBeNull();
    } finally {
      usePrefs.setState({ language: 'en' });
    }
  });
});
