import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import type { TicketListRow } from '../../../../../main/intake/ticketListQuery';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { taipei } from '../testFixtures';
import { useTicketDrawer } from '../ticketDrawer';
import { TicketsList } from './TicketsList';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

function row(n: number, extra: Partial<TicketListRow> = {}): TicketListRow {
  return {
    id: n,
    reportNo: `R2026-${String(n).padStart(6, '0')}`,
    reportedAt: '2026-03-14T02:00:00.000Z',
    status: 'received',
    channel: 'counter',
    customerName: `Customer ${n}`,
    serial: `SN${n}`,
    modelCode: 'WM-80',
    modelNameEn: 'Front loader 8 kg',
    modelNameZh: '滾筒洗衣機 8公斤',
    stationCode: 'TPE',
    emergency: false,
    warrantyStatus: 'covered',
    responseDueAt: null,
    onSiteDueAt: null,
    overdue: false,
    repeatOfTicketId: null,
    ...extra,
  };
}

describe('TicketsList', () => {
  // happy-dom lays nothing out; the virtualizer needs a viewport to know how many rows to show.
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get: () => 600,
    });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      configurable: true,
      get: () => 1200,
    });
  });
  afterAll(() => {
    Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
    Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
  });
  beforeEach(() => {
    bridge.invoke.mockReset();
    useTicketDrawer.setState({ ticketId: null });
  });

  it('pages by the core cursor, marks overdue tickets and opens one in the drawer', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'stations/list': () => [taipei],
        // A short first page: the screen is not full, so the next page is asked for at once.
        'tickets/list': ({ cursor }) =>
          cursor
            ? { rows: [row(1)], nextCursor: null }
            : {
                rows: [row(3, { emergency: true, overdue: true }), row(2)],
                nextCursor: '2026-03-14T02:00:00.000Z|2',
              },
      }),
    );
    renderScreen(<TicketsList />);

    const overdue = await screen.findByTestId('ticket-row-R2026-000003');
    expect(overdue.getAttribute('data-overdue')).toBe('true');
    expect(overdue.textContent).toContain('Overdue');
    await screen.findByTestId('ticket-row-R2026-000001');
    expect(bridge.invoke).toHaveBeenCalledWith('tickets/list', {
      cursor: '2026-03-14T02:00:00.000Z|2',
      limit: 100,
    });

    fireEvent.click(screen.getByTestId('ticket-row-R2026-000002'));
    expect(useTicketDrawer.getState().ticketId).toBe(2);
  });

  it('asks the core again, from the top, when a filter changes', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'stations/list': () => [taipei],
        'tickets/list': () => ({ rows: [row(5)], nextCursor: null }),
      }),
    );
    renderScreen(<TicketsList />);
    await screen.findByTestId('ticket-row-R2026-000005');
    fireEvent.click(screen.getByText('Overdue'));
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenLastCalledWith('tickets/list', { overdue: true, limit: 100 }),
    );
  });
  it('filters by any status of the lifecycle, not only those intake sets', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'stations/list': () => [taipei],
        'tickets/list': () => ({ rows: [row(6)], nextCursor: null }),
      }),
    );
    renderScreen(<TicketsList />);
    await screen.findByTestId('ticket-row-R2026-000006');
    fireEvent.click(screen.getByTestId('filter-status'));
    fireEvent.click(await screen.findByRole('option', { name: 'Ready for pickup' }));
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenLastCalledWith('tickets/list', {
        status: ['ready_for_pickup'],
        limit: 100,
      }),
    );
  });
});
