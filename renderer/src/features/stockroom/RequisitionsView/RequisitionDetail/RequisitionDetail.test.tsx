import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../../bridge';
import { coreError, fakeInvoke } from '../../../../test/bridgeMock';
import { createLiveHub } from '../../../../data';
import { renderScreen } from '../../../../test/render';
import { requisition, signInAs } from '../testFixtures';
import { RequisitionDetail } from './RequisitionDetail';

const bridge = vi.hoisted(() => ({ invoke: vi.fn(), openDocument: vi.fn() }));
vi.mock('../../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
  openDocument: bridge.openDocument,
}));

const sent = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input as unknown);

function setQty(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

const approved = requisition({
  status: 'approved',
  version: 2,
  decidedBy: { id: 6, name: 'Chang Shu-fen' },
  decidedAt: '2026-11-27T02:00:00.000Z',
  lines: requisition().lines.map((l, i) =>
    i === 0
      ? { ...l, approved: 2, quotaOverrideReason: 'Both boards burnt' }
      : { ...l, approved: 2, onHand: 1 },
  ),
});

describe('RequisitionDetail', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    bridge.openDocument.mockReset();
  });

  it('lets a supervisor approve less than asked, asking a reason only for the line over quota', async () => {
    signInAs(6, ['supervisor']);
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'requisitions/get': () => requisition(),
        'requisitions/decide': (input) => {
          if (input.decision === 'approve' && !input.lines[0].quotaOverrideReason) {
            throw coreError('RULE', 'lines.0.quotaOverrideReason: over its quota', undefined, {
              reason: 'stock.overQuotaNeedsReason',
              params: { line: 1, partNo: 'AC-INV-PCB' },
              field: 'lines.0.quotaOverrideReason',
            });
          }
          return approved;
        },
      }),
    );
    renderScreen(<RequisitionDetail id={3} />);

    // Defaults to all that was asked; the over-quota line shows its reason field.
    await screen.findByTestId('req-approve-qty-1');
    expect((screen.getByTestId('req-approve-qty-1') as HTMLInputElement).value).toBe('3');
    expect(screen.getByTestId('req-override-1')).toBeTruthy();
    expect(screen.queryByTestId('req-override-2')).toBeNull();

    // Down to the quota: no reason needed; above it again: the reason comes back.
    setQty('req-approve-qty-1', '1');
    await waitFor(() => expect(screen.queryByTestId('req-override-1')).toBeNull());
    setQty('req-approve-qty-1', '2');
    await screen.findByTestId('req-override-1');

    fireEvent.click(screen.getByTestId('req-approve'));
    expect(
      await screen.findByText(
        'Line 1 (AC-INV-PCB) is over its quota; approving it needs a written reason (policy 5.3).',
      ),
    ).toBeTruthy();

    fireEvent.change(screen.getByTestId('req-override-1'), {
      target: { value: 'Both boards burnt' },
    });
    fireEvent.click(screen.getByTestId('req-approve'));
    await waitFor(() => expect(sent('requisitions/decide')).toHaveLength(2));
    expect(sent('requisitions/decide').at(-1)).toEqual({
      id: 3,
      version: 1,
      decision: 'approve',
      lines: [
        { lineId: 31, approved: 2, quotaOverrideReason: 'Both boards burnt' },
        { lineId: 32, approved: 2 },
      ],
    });
    expect((await screen.findByTestId('req-override-text-1')).textContent).toContain(
      'Both boards burnt',
    );
  });

  it('asks no reason for approving none of a part, even on a ticket already over its quota', async () => {
    signInAs(6, ['supervisor']);
    // The ticket already drew 3 of a part allowed 2 per ticket: any more is over quota, none is not
    // (main/rules/quota.ts, the rule the core approves by).
    const drawn = requisition({
      lines: requisition().lines.map((l, i) => (i === 0 ? { ...l, ticketUsed: 3 } : l)),
    });
    bridge.invoke.mockImplementation(fakeInvoke({ 'requisitions/get': () => drawn }));
    renderScreen(<RequisitionDetail id={3} />);
    await screen.findByTestId('req-override-1');
    setQty('req-approve-qty-1', '0');
    await waitFor(() => expect(screen.queryByTestId('req-override-1')).toBeNull());
    setQty('req-approve-qty-1', '1');
    await screen.findByTestId('req-override-1');
  });

  it('hides approval from the supervisor who asked, and rejects only with a reason', async () => {
    signInAs(3, ['supervisor']);
    bridge.invoke.mockImplementation(fakeInvoke({ 'requisitions/get': () => requisition() }));
    renderScreen(<RequisitionDetail id={3} />);
    await screen.findByTestId('req-own-request');
    expect(screen.queryByTestId('req-approve')).toBeNull();
    expect(screen.queryByTestId('req-reject')).toBeNull();
  });

  it('rejects with a note', async () => {
    signInAs(6, ['supervisor']);
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'requisitions/get': () => requisition(),
        'requisitions/decide': () =>
          requisition({ status: 'rejected', decisionNote: 'Use the refurbished board' }),
      }),
    );
    renderScreen(<RequisitionDetail id={3} />);
    fireEvent.click(await screen.findByTestId('req-reject'));
    fireEvent.click(await screen.findByTestId('req-reject-confirm'));
    expect(await screen.findByText('Say why it is rejected')).toBeTruthy();
    fireEvent.change(screen.getByTestId('req-reject-note'), {
      target: { value: 'Use the refurbished board' },
    });
    fireEvent.click(screen.getByTestId('req-reject-confirm'));
    expect((await screen.findByTestId('req-detail-decision-note')).textContent).toBe(
      'Use the refurbished board',
    );
    expect(sent('requisitions/decide')[0]).toEqual({
      id: 3,
      version: 1,
      decision: 'reject',
      note: 'Use the refurbished board',
    });
  });

  it('issues what is approved as far as stock allows, then takes units back', async () => {
    signInAs(5, ['stockroom_keeper']);
    const issued = requisition({
      ...approved,
      status: 'partially_issued' as const,
      version: 3,
      lines: approved.lines.map((l) => ({ ...l, issued: l.lineNo === 1 ? 2 : 1, onHand: 0 })),
      movements: [
        {
          id: 91,
          lineId: 31,
          lineNo: 1,
          partNo: 'AC-INV-PCB',
          kind: 'issue' as const,
          quantity: 2,
          unitCost: 650000,
          by: 'Kuo',
          at: '2026-11-27T03:00:00.000Z',
          note: null,
        },
      ],
    });
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'requisitions/get': () => approved,
        'requisitions/issue': () => issued,
        'requisitions/return': () =>
          requisition({
            ...issued,
            lines: issued.lines.map((l) => (l.lineNo === 1 ? { ...l, returned: 1 } : l)),
          }),
        'documents/requisition': ({ language }) => ({
          id: 77,
          kind: 'requisition',
          language,
          sha256: 'ab',
          bytes: 1200,
          createdAt: '2026-11-27T03:00:00.000Z',
        }),
      }),
    );
    renderScreen(<RequisitionDetail id={3} />);

    // Line 2: two approved but only one on the shelf.
    await screen.findByTestId('req-issue-qty-2');
    expect((screen.getByTestId('req-issue-qty-1') as HTMLInputElement).value).toBe('2');
    expect((screen.getByTestId('req-issue-qty-2') as HTMLInputElement).value).toBe('1');
    fireEvent.click(screen.getByTestId('req-issue'));
    await screen.findByTestId('req-movement-91');
    expect(sent('requisitions/issue')[0]).toEqual({
      id: 3,
      lines: [
        { lineId: 31, quantity: 2 },
        { lineId: 32, quantity: 1 },
      ],
    });

    fireEvent.click(screen.getByTestId('req-start-return'));
    setQty('req-return-qty-1', '1');
    fireEvent.click(screen.getByTestId('req-return'));
    await waitFor(() =>
      expect(
        within(screen.getByTestId('req-detail-line-1')).getByTestId('returned').textContent,
      ).toBe('1'),
    );
    expect(sent('requisitions/return')[0]).toEqual({ id: 3, lines: [{ lineId: 31, quantity: 1 }] });

    fireEvent.click(screen.getByTestId('req-print'));
    await waitFor(() => expect(bridge.openDocument).toHaveBeenCalledWith(77));
    expect(sent('documents/requisition')[0]).toEqual({ requisitionId: 3, language: 'en' });
  });

  describe('while someone else changes it (issue 11, item 3)', () => {
    const byKuo = {
      changes: [{ entity: 'requisition', id: '3' }],
      by: { id: 8, displayName: 'Kuo Wen-chi' },
      channel: 'requisitions/decide',
      version: 12,
    };

    it('shows their change at once when nothing is typed here', async () => {
      signInAs(6, ['supervisor']);
      let current = requisition();
      bridge.invoke.mockImplementation(fakeInvoke({ 'requisitions/get': () => current }));
      const live = createLiveHub();
      renderScreen(<RequisitionDetail id={3} />, { live });
      await screen.findByTestId('req-approve-qty-1');
      current = approved;
      live.emit(byKuo);
      await waitFor(() => expect(screen.queryByTestId('req-approve-qty-1')).toBeNull());
      expect(screen.queryByTestId('req-changed')).toBeNull();
    });

    it('follows its ticket and the stock: a cancelled ticket takes the issue away at once', async () => {
      signInAs(7, ['stockroom_keeper']);
      let current = approved;
      bridge.invoke.mockImplementation(fakeInvoke({ 'requisitions/get': () => current }));
      const live = createLiveHub();
      renderScreen(<RequisitionDetail id={3} />, { live });
      await screen.findByTestId('req-issue');

      // Stock arrives at the receiving desk: on hand reads anew.
      current = requisition({
        ...approved,
        lines: approved.lines.map((l) => ({ ...l, onHand: 9 })),
      });
      live.emit({ ...byKuo, changes: [{ entity: 'stock_move', id: '500' }] });
      await waitFor(() =>
        expect(within(screen.getByTestId('req-detail-line-2')).getByText(/^9/)).toBeTruthy(),
      );

      // The desk cancels the ticket; the requisition itself is unchanged.
      current = requisition({ ...approved, ticket: { ...approved.ticket, status: 'cancelled' } });
      live.emit({ ...byKuo, changes: [{ entity: 'ticket', id: String(approved.ticket.id) }] });
      await waitFor(() => expect(screen.queryByTestId('req-issue')).toBeNull());
    });

    it('keeps the typed quantities and says who changed it, reloading only when asked', async () => {
      signInAs(6, ['supervisor']);
      let current = requisition();
      bridge.invoke.mockImplementation(fakeInvoke({ 'requisitions/get': () => current }));
      const live = createLiveHub();
      renderScreen(<RequisitionDetail id={3} />, { live });
      await screen.findByTestId('req-approve-qty-1');
      setQty('req-approve-qty-1', '1');

      current = requisition({ version: 2, note: 'One more board, please' });
      live.emit(byKuo);
      const alert = await screen.findByTestId('req-changed');
      expect(alert.textContent).toContain('Changed by Kuo Wen-chi');
      await waitFor(() => expect(sent('requisitions/get')).toHaveLength(2));
      expect((screen.getByTestId('req-approve-qty-1') as HTMLInputElement).value).toBe('1');

      fireEvent.click(screen.getByTestId('req-changed-reload'));
      await waitFor(() => expect(screen.queryByTestId('req-changed')).toBeNull());
      expect((screen.getByTestId('req-approve-qty-1') as HTMLInputElement).value).toBe('3');
      expect(screen.getByTestId('req-detail-note').textContent).toBe('One more board, please');
    });
  });
});
