import { describe, expect, it } from 'vitest';
import { createTicketBook, TICKET_PATTERN } from './ticketBook';

// The one store behind documents/open and the browser-mode event stream (issue 9, defect 3).

function book(max = 3) {
  let nowMs = Date.parse('2026-12-07T09:00:00Z');
  const tickets = createTicketBook<string>({ now: () => new Date(nowMs), ttlMs: 60_000, max });
  return { tickets, advance: (ms: number) => (nowMs += ms) };
}

describe('ticket book', () => {
  it('issues random tickets of the shared shape, each good once', () => {
    const { tickets } = book();
    const a = tickets.issue('a');
    const b = tickets.issue('b');
    expect(a.ticket).toMatch(TICKET_PATTERN);
    expect(a.ticket).not.toBe(b.ticket);
    expect(a.expiresAt).toBe('2026-12-07T09:01:00.000Z');
    expect(tickets.take(a.ticket)).toBe('a');
    expect(tickets.take(a.ticket)).toBeNull();
    expect(tickets.take('x'.repeat(43))).toBeNull();
    expect(tickets.take(b.ticket)).toBe('b');
  });

  it('refuses an expired ticket and uses it up', () => {
    const { tickets, advance } = book();
    const a = tickets.issue('a');
    advance(60_000);
    expect(tickets.take(a.ticket)).toBeNull();
    advance(-1);
    expect(tickets.take(a.ticket)).toBeNull();
  });

  it('keeps at most max open tickets, dropping the oldest', () => {
    const { tickets } = book(2);
    const first = tickets.issue('1');
    const second = tickets.issue('2');
    const third = tickets.issue('3');
    expect(tickets.take(first.ticket)).toBeNull();
    expect(tickets.take(second.ticket)).toBe('2');
    expect(tickets.take(third.ticket)).toBe('3');
  });

  it('matches only a whole ticket', () => {
    expect(TICKET_PATTERN.test('a'.repeat(43))).toBe(true);
    expect(TICKET_PATTERN.test('a'.repeat(44))).toBe(false);
    expect(TICKET_PATTERN.test(`${'a'.repeat(42)}=`)).toBe(false);
  });
});
