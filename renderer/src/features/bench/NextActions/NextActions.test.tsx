import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BenchTicketView } from '../../../../../main/bench/benchTicket';
import type { RepairLog } from '../../../../../main/bench/repairLog';
import type * as Bridge from '../../../bridge';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { coveredDecision } from '../../intake/testFixtures';
import { benchTicket, moves, repairLog, signInAs, TECH_ID } from '../testFixtures';
import { NextActions } from './NextActions';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const notCovered = { ...coveredDecision, covered: false, status: 'not_covered' as const };

function show(ticket: BenchTicketView, log: RepairLog = repairLog()) {
  const act = vi.fn(async (send: () => Promise<BenchTicketView>) => {
    await send();
    return 'done' as const;
  });
  renderScreen(<NextActions ticket={ticket} log={log} act={act} />);
  return act;
}

const buttons = () =>
  screen
    .queryAllByTestId(/^bench-(action|claim|assign)/)
    .filter((b) => b.tagName === 'BUTTON')
    .map((b) => b.getAttribute('data-testid'));

describe('NextActions', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'bench/transition': (input) => benchTicket({ status: input.to }),
        'bench/claim': () => benchTicket(),
      }),
    );
    signInAs(TECH_ID, ['technician']);
  });

  it('offers an unclaimed received ticket to be claimed, and claims it', async () => {
    const act = show(
      benchTicket({
        status: 'received',
        assignedTo: null,
        nextActions: moves(['diagnosing', 'bench/claim']),
      }),
    );
    expect(buttons()).toEqual(['bench-claim']);
    fireEvent.click(screen.getByTestId('bench-claim'));
    await waitFor(() => expect(act).toHaveBeenCalled());
    expect(bridge.invoke).toHaveBeenCalledWith('bench/claim', { ticketId: 21, version: 1 });
  });

  it('in diagnosis under warranty: repair, parts, factory or back unrepaired', async () => {
    const act = show(
      benchTicket({
        // As the core sends them: no quote for a covered repair (lifecycle.test.ts).
        nextActions: moves(
          ['awaiting_parts', null],
          ['in_repair', null],
          ['at_factory', 'factory/send'],
          ['return_unrepaired', null],
        ),
      }),
    );
    expect(buttons()).toEqual([
      'bench-action-to_awaiting_parts',
      'bench-action-to_in_repair',
      'bench-action-factorySend',
      'bench-action-to_return_unrepaired',
    ]);
    fireEvent.click(screen.getByTestId('bench-action-to_in_repair'));
    await waitFor(() => expect(act).toHaveBeenCalled());
    expect(bridge.invoke).toHaveBeenCalledWith('bench/transition', {
      ticketId: 21,
      version: 1,
      to: 'in_repair',
    });

    fireEvent.click(screen.getByTestId('bench-action-factorySend'));
    expect(await screen.findByTestId('bench-factory-form')).toBeTruthy();
  });

  it('out of warranty: quote first, repair disabled and saying why (policy 3.2)', async () => {
    show(
      benchTicket({
        warranty: notCovered,
        // As the core sends them: the repair needs repairAllowed, unmet without an approved quote.
        nextActions: moves(
          ['awaiting_approval', 'quotes/create', ['notCovered']],
          ['in_repair', null, ['repairAllowed'], ['repairAllowed']],
        ),
      }),
    );
    expect(buttons()).toEqual(['bench-action-quote', 'bench-action-to_in_repair']);
    expect((screen.getByTestId('bench-action-to_in_repair') as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(screen.getByTestId('bench-action-blocked').getAttribute('data-reason')).toBe('quote');
    fireEvent.click(screen.getByTestId('bench-action-quote'));
    expect(await screen.findByTestId('bench-quote-form')).toBeTruthy();
  });

  it('out of warranty: sending to the factory waits for the quote too, as the core refuses it', () => {
    show(
      benchTicket({
        warranty: notCovered,
        nextActions: moves(
          ['awaiting_approval', 'quotes/create', ['notCovered']],
          ['at_factory', 'factory/send', ['repairAllowed'], ['repairAllowed']],
        ),
      }),
    );
    const send = screen.getByTestId('bench-action-factorySend') as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    expect(screen.getByTestId('bench-action-blocked').getAttribute('data-reason')).toBe('quote');
  });

  it('in testing: ready for pickup waits for the checklist and says so', () => {
    show(
      benchTicket({
        status: 'testing',
        // The checklist is read from the repair log on screen (the core recomputes it per test).
        nextActions: moves(['in_repair', null], ['ready_for_pickup', null, ['checklistPassed']]),
      }),
      repairLog({ status: 'testing' }),
    );
    expect(buttons()).toEqual(['bench-action-to_in_repair', 'bench-action-to_ready_for_pickup']);
    const ready = screen.getByTestId('bench-action-to_ready_for_pickup') as HTMLButtonElement;
    expect(ready.disabled).toBe(true);
    expect(screen.getByTestId('bench-action-blocked').textContent).toContain(
      'every item of the test checklist passed',
    );
  });

  it('awaiting the customer: their answer to the quote, with a note', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({ 'quotes/decide': () => benchTicket({ status: 'in_repair' }) }),
    );
    const quote = {
      id: 4,
      labourMinutes: 60,
      labourCost: 80_000,
      partsCost: 0,
      tax: 0,
      total: 80_000,
      note: null,
      status: 'pending' as const,
      createdAt: '2026-03-14T04:00:00.000Z',
      decidedAt: null,
      decisionNote: null,
    };
    show(
      benchTicket({
        status: 'awaiting_approval',
        version: 3,
        warranty: notCovered,
        quote,
        nextActions: moves(['in_repair', 'quotes/decide'], ['return_unrepaired', 'quotes/decide']),
      }),
    );
    expect(buttons()).toEqual(['bench-action-quoteApproved', 'bench-action-quoteDeclined']);
    fireEvent.click(screen.getByTestId('bench-action-quoteApproved'));
    fireEvent.change(await screen.findByTestId('bench-note-input'), {
      target: { value: 'By phone' },
    });
    fireEvent.click(screen.getByTestId('bench-note-confirm'));
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenCalledWith('quotes/decide', {
        quoteId: 4,
        version: 3,
        decision: 'approve',
        note: 'By phone',
      }),
    );
  });

  it('at pickup: customer acceptance with a signature, or rejection with a reason', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'acceptance/reject': () => ({
          ...benchTicket({ status: 'closed' }),
          rerepairTicketId: 30,
        }),
      }),
    );
    show(
      benchTicket({
        status: 'ready_for_pickup',
        nextActions: moves(['delivered', 'acceptance/accept'], ['closed', 'acceptance/reject']),
      }),
    );
    expect(buttons()).toEqual(['bench-action-accept', 'bench-action-reject']);
    fireEvent.click(screen.getByTestId('bench-action-accept'));
    fireEvent.click(await screen.findByTestId('bench-accept-submit'));
    // Nothing is sent without the customer's signature.
    expect(await screen.findByText('The customer signs first')).toBeTruthy();
    expect(bridge.invoke).not.toHaveBeenCalled();

    fireEvent.click(screen.getByText('Reject'));
    fireEvent.click(await screen.findByTestId('bench-reject-submit'));
    expect(await screen.findByText('Required')).toBeTruthy();
    fireEvent.change(screen.getByTestId('bench-reject-reason'), {
      target: { value: 'Still leaks' },
    });
    fireEvent.click(screen.getByTestId('bench-reject-submit'));
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenCalledWith('acceptance/reject', {
        ticketId: 21,
        version: 1,
        reason: 'Still leaks',
      }),
    );
  });

  it('a supervisor may also give the ticket to someone else', () => {
    signInAs(6, ['supervisor']);
    show(benchTicket({ nextActions: moves(['in_repair', null]) }));
    expect(buttons()).toEqual(['bench-action-to_in_repair', 'bench-assign']);
  });

  it('says when there is nothing to do', () => {
    show(benchTicket({ status: 'delivered', nextActions: [] }));
    expect(buttons()).toEqual([]);
    expect(screen.getByTestId('bench-actions-none')).toBeTruthy();
  });
});
