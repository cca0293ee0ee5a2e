import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import type { TicketPartLine } from '../../../../../main/bench/cost';
import { renderScreen } from '../../../test/render';
import { benchTicket, repairLog, signInAs, TECH_ID } from '../testFixtures';
import { PartsPanel } from './PartsPanel';

// The parts panel offers what repairLog/get's `actions` allow (main/stock/partsOffers.ts, the
// rule requisitions/create refuses by); the fixtures compute them with the core's own function.

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

function line(issued: number, returned: number): TicketPartLine {
  return {
    requisitionId: 5,
    reqNo: 'Q2026-000005',
    requisitionStatus: 'issued',
    lineId: 9,
    partId: 2,
    partNo: 'PUMP-1',
    nameEn: 'Drain pump',
    nameZh: '排水泵',
    unit: 'pc',
    requested: 1,
    approved: 1,
    issued,
    returned,
    consumed: issued - returned,
    unitCost: 1200,
    cost: (issued - returned) * 1200,
  };
}

const show = (log: ReturnType<typeof repairLog>) =>
  renderScreen(<PartsPanel ticket={benchTicket()} log={log} onRefresh={async () => {}} />);

describe('PartsPanel', () => {
  beforeEach(() => bridge.invoke.mockReset());

  it('a technician requests parts for a covered ticket', () => {
    signInAs(TECH_ID, ['technician']);
    show(repairLog());
    expect(screen.getByTestId('bench-parts-request')).toBeTruthy();
  });

  it('out of warranty, no request until the customer approves the quote (policy 3.2)', () => {
    signInAs(TECH_ID, ['technician']);
    show(repairLog({}, { warrantyStatus: 'not_covered', quoteStatus: 'sent' }));
    expect(screen.queryByTestId('bench-parts-request')).toBeNull();
  });

  it('out of warranty with an approved quote, parts may be requested', () => {
    signInAs(TECH_ID, ['technician']);
    show(repairLog({}, { warrantyStatus: 'not_covered', quoteStatus: 'approved' }));
    expect(screen.getByTestId('bench-parts-request')).toBeTruthy();
  });

  it('no request once the unit is handed back', () => {
    signInAs(TECH_ID, ['technician']);
    show(repairLog({ status: 'delivered' }));
    expect(screen.queryByTestId('bench-parts-request')).toBeNull();
  });

  it('a technician with parts out is told to bring them to the stockroom', () => {
    signInAs(TECH_ID, ['technician']);
    show(repairLog({ parts: [line(1, 0)] }));
    expect(screen.queryByTestId('bench-parts-return')).toBeNull();
    expect(screen.getByTestId('bench-parts-return-hint')).toBeTruthy();
  });

  it('a supervisor takes back what is out, and is offered nothing when all came back', () => {
    signInAs(8, ['supervisor']);
    const { unmount } = show(repairLog({ parts: [line(1, 0)] }));
    expect(screen.getByTestId('bench-parts-return')).toBeTruthy();
    unmount();
    show(repairLog({ parts: [line(1, 1)] }));
    expect(screen.queryByTestId('bench-parts-return')).toBeNull();
    expect(screen.queryByTestId('bench-parts-return-hint')).toBeNull();
  });
});
