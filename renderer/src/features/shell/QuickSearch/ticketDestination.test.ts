import { describe, expect, it } from 'vitest';
import type { NextAction } from '../../../../../main/bench/benchTicket';
import { ticketDestination } from './ticketDestination';

const handOver: NextAction = {
  to: 'delivered',
  channel: 'acceptance/accept',
  guards: ['accepted'],
  unmet: [],
};

describe('where Ctrl+K opens a ticket', () => {
  it('opens the bench with the ticket in hand when the core offers this person a next move', () => {
    // The desk's hand-over of a ticket ready for pickup is one such move.
    expect(ticketDestination(12, { nextActions: [handOver] })).toEqual({
      kind: 'bench',
      path: '/bench?ticket=12',
    });
  });

  it('opens the bench even when the move still waits on a condition, to show what is missing', () => {
    const waiting: NextAction = {
      to: 'ready_for_pickup',
      channel: null,
      guards: ['checklistPassed'],
      unmet: ['checklistPassed'],
    };
    expect(ticketDestination(3, { nextActions: [waiting] }).kind).toBe('bench');
  });

  it('opens the drawer when the only move is cancelling, which the desk may do on any early ticket', () => {
    const cancel: NextAction = {
      to: 'cancelled',
      channel: 'tickets/cancel',
      guards: [],
      unmet: [],
    };
    expect(ticketDestination(12, { nextActions: [cancel] })).toEqual({ kind: 'drawer' });
  });

  it('opens the drawer when there is nothing for this person to do on the ticket', () => {
    expect(ticketDestination(12, { nextActions: [] })).toEqual({ kind: 'drawer' });
  });

  it('opens the drawer for a person without the bench', () => {
    expect(ticketDestination(12, null)).toEqual({ kind: 'drawer' });
  });
});
