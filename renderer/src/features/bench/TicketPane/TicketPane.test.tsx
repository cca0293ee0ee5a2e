import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { coreError, fakeInvoke } from '../../../test/bridgeMock';
import { createLiveHub } from '../../../data';
import { renderScreen } from '../../../test/render';
import { benchTicket, moves, repairLog, signInAs, TECH_ID } from '../testFixtures';
import { TicketPane } from './TicketPane';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

describe('TicketPane', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs(TECH_ID, ['technician']);
  });

  it('a save that meets another station’s change says so and shows the ticket as it now is', async () => {
    // Another station moved the ticket to "awaiting parts" after this one read it.
    let version = 1;
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'bench/ticket': () =>
          version === 1
            ? benchTicket({ nextActions: moves(['in_repair', null], ['awaiting_parts', null]) })
            : benchTicket({
                status: 'awaiting_parts',
                version,
                nextActions: moves(['in_repair', null]),
              }),
        'repairLog/get': () =>
          repairLog({ status: version === 1 ? 'diagnosing' : 'awaiting_parts' }),
        'faultCodes/list': () => [],
        'bench/transition': () => {
          version = 2;
          throw coreError(
            'CONFLICT',
            'R2026-000021 was changed by someone else meanwhile; reload it and try again.',
            { expected: 1, actual: 2 },
          );
        },
      }),
    );
    renderScreen(<TicketPane ticketId={21} onOpenTicket={vi.fn()} />);
    await screen.findByTestId('bench-action-to_in_repair');
    expect(screen.getByTestId('bench-ticket').getAttribute('data-version')).toBe('1');

    fireEvent.click(screen.getByTestId('bench-action-to_in_repair'));
    const alert = await screen.findByTestId('bench-conflict');
    expect(alert.textContent).toContain('Someone else changed this ticket');
    expect(alert.textContent).toContain('was changed by someone else meanwhile');
    expect(alert.textContent).toContain('Your change was not saved');
    await waitFor(() =>
      expect(screen.getByTestId('bench-ticket').getAttribute('data-version')).toBe('2'),
    );
    expect(screen.getByTestId('bench-ticket').getAttribute('data-status')).toBe('awaiting_parts');

    fireEvent.click(alert.querySelector('button') as HTMLButtonElement);
    await waitFor(() => expect(screen.queryByTestId('bench-conflict')).toBeNull());
  });

  it('shows the ticket with its repair log, cost and who bears it', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'bench/ticket': () => benchTicket(),
        'repairLog/get': () =>
          repairLog({
            notes: [
              {
                id: 1,
                kind: 'diagnosis',
                text: 'Door seal torn',
                by: { id: 3, name: 'Lin Chih-hao' },
                at: '2026-03-14T04:00:00.000Z',
              },
            ],
            cost: {
              labourMinutes: 90,
              labourCost: 120_000,
              partsCost: 35_000,
              total: 155_000,
              borneBy: 'company',
            },
          }),
        'faultCodes/list': () => [],
      }),
    );
    renderScreen(<TicketPane ticketId={21} onOpenTicket={vi.fn()} />);
    expect((await screen.findByTestId('bench-ticket-no')).textContent).toBe('R2026-000021');
    expect(screen.getByTestId('bench-ticket-fault').textContent).toBe('Leaks water');
    expect(screen.getByTestId('bench-note-1').textContent).toContain('Door seal torn');
    expect(screen.getByTestId('bench-cost-total').textContent).toBe('1,550.00 TWD');
    expect(screen.getByTestId('bench-cost-labour').textContent).toBe('1,200.00');
    expect(screen.getByTestId('bench-cost-borne').textContent).toBe('Borne by the company');
  });

  it('follows what the desk does to the ticket, without a reload (issue 11, item 3)', async () => {
    // The desk hands the unit back while the technician has the ticket open.
    let status: 'ready_for_pickup' | 'delivered' = 'ready_for_pickup';
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'bench/ticket': () =>
          benchTicket({ status, version: status === 'delivered' ? 9 : 8, nextActions: [] }),
        'repairLog/get': () => repairLog({ status }),
        'faultCodes/list': () => [],
      }),
    );
    const live = createLiveHub();
    renderScreen(<TicketPane ticketId={21} onOpenTicket={vi.fn()} />, { live });
    const pane = await screen.findByTestId('bench-ticket');
    expect(pane.getAttribute('data-status')).toBe('ready_for_pickup');

    status = 'delivered';
    live.emit({
      changes: [{ entity: 'ticket', id: '22' }],
      by: { id: 9, displayName: 'Chen Mei-ling' },
      channel: 'acceptance/accept',
      version: 40,
    });
    live.emit({
      changes: [{ entity: 'ticket', id: '21' }],
      by: { id: 9, displayName: 'Chen Mei-ling' },
      channel: 'acceptance/accept',
      version: 41,
    });
    await waitFor(() =>
      expect(screen.getByTestId('bench-ticket').getAttribute('data-status')).toBe('delivered'),
    );
    const asked = bridge.invoke.mock.calls.filter(([channel]) => channel === 'bench/ticket');
    expect(asked).toHaveLength(2); // not for the other ticket
  });
});
