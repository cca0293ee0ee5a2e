import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueueScope } from '../../../../../main/bench/queue';
import type * as Bridge from '../../../bridge';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { ticketFrom } from '../../intake/testFixtures';
import { queueRow } from '../testFixtures';
import { BenchQueue } from './BenchQueue';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

// The core's working order: an overdue emergency, another emergency, then the oldest report.
const rows = [
  queueRow(5, { emergency: true, overdue: true, status: 'diagnosing' }),
  queueRow(3, { emergency: true }),
  queueRow(9, { status: 'in_repair', assignedTo: { id: 3, name: 'Lin Chih-hao' } }),
];

function Harness({ onOpen, showAll = false }: { onOpen: (id: number) => void; showAll?: boolean }) {
  const [scope, setScope] = useState<QueueScope>('mineOrUnassigned');
  const [selected, setSelected] = useState<number | null>(null);
  return (
    <BenchQueue
      scope={scope}
      onScope={setScope}
      stationId={null}
      onStation={() => undefined}
      showAll={showAll}
      selectedId={selected}
      onOpen={(id) => {
        setSelected(id);
        onOpen(id);
      }}
    />
  );
}

function reply(extra: Parameters<typeof fakeInvoke>[0] = {}) {
  bridge.invoke.mockImplementation(
    fakeInvoke({
      'stations/list': () => [],
      'bench/queue': ({ scope }) =>
        scope === 'unassigned' ? { rows: [rows[1]], next: null } : { rows, next: null },
      ...extra,
    }),
  );
}

const shownOrder = () =>
  screen
    .getAllByTestId(/^bench-queue-row-/)
    .map((r) => r.getAttribute('data-testid')?.replace('bench-queue-row-', ''));

describe('BenchQueue', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
  });

  it("shows the core's working order with emergency, overdue and assignee, never re-sorted", async () => {
    reply();
    renderScreen(<Harness onOpen={vi.fn()} />);
    await screen.findByTestId('bench-queue-row-R2026-000005');
    expect(bridge.invoke).toHaveBeenCalledWith('bench/queue', {
      scope: 'mineOrUnassigned',
      limit: 50,
    });
    expect(shownOrder()).toEqual(['R2026-000005', 'R2026-000003', 'R2026-000009']);
    const first = screen.getByTestId('bench-queue-row-R2026-000005');
    expect(first.getAttribute('data-overdue')).toBe('true');
    expect(first.textContent).toContain('Overdue');
    expect(screen.getByTestId('bench-queue-row-R2026-000003').textContent).toContain('Emergency');
    expect(screen.getByTestId('bench-queue-row-R2026-000009').textContent).toContain(
      'Lin Chih-hao',
    );
    expect(first.textContent).toContain('Unclaimed');
    expect(screen.getByTestId('bench-queue-count').textContent).toContain('3 tickets');
  });

  it('moves with the arrows and opens with Enter; another scope asks the core again', async () => {
    reply();
    const opened = vi.fn();
    renderScreen(<Harness onOpen={opened} />);
    await screen.findByTestId('bench-queue-row-R2026-000009');
    const list = screen.getByTestId('bench-queue');
    fireEvent.focus(list);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(opened).toHaveBeenLastCalledWith(3);
    await waitFor(() =>
      expect(screen.getByTestId('bench-queue-row-R2026-000003').getAttribute('aria-selected')).toBe(
        'true',
      ),
    );
    fireEvent.keyDown(list, { key: 'End' });
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(opened).toHaveBeenLastCalledWith(9);

    expect(screen.queryByText('All')).toBeNull(); // the whole depot is a supervisor's view
    fireEvent.click(within(screen.getByTestId('bench-queue-scope')).getByText('Unclaimed'));
    await waitFor(() => expect(shownOrder()).toEqual(['R2026-000003']));
    expect(bridge.invoke).toHaveBeenLastCalledWith('bench/queue', {
      scope: 'unassigned',
      limit: 50,
    });
  });

  it('opens a scanned report number: from the queue, else from the whole depot', async () => {
    reply({
      'tickets/search': ({ query }) =>
        query === 'R2026-000077'
          ? [
              {
                ...ticketFrom({ id: 77, reportNo: 'R2026-000077' }),
                serial: 'X',
                modelCode: 'WM-80',
                modelNameEn: '',
                modelNameZh: '',
                customerName: '',
                stationCode: 'TPE',
                warrantyStatus: 'covered',
                repeatOfTicketId: null,
              },
            ]
          : [],
    });
    const opened = vi.fn();
    renderScreen(<Harness onOpen={opened} />);
    await screen.findByTestId('bench-queue-row-R2026-000009');
    const jump = screen.getByTestId('bench-jump');

    fireEvent.change(jump, { target: { value: 'r2026-000009' } });
    fireEvent.keyDown(jump, { key: 'Enter' });
    await waitFor(() => expect(opened).toHaveBeenLastCalledWith(9));
    expect(bridge.invoke).not.toHaveBeenCalledWith('tickets/search', expect.anything());

    fireEvent.change(jump, { target: { value: 'R2026-000077' } });
    fireEvent.keyDown(jump, { key: 'Enter' });
    await waitFor(() => expect(opened).toHaveBeenLastCalledWith(77));

    fireEvent.change(jump, { target: { value: 'R2026-999999' } });
    fireEvent.keyDown(jump, { key: 'Enter' });
    expect(await screen.findByText('No ticket R2026-999999')).toBeTruthy();
    expect(opened).toHaveBeenCalledTimes(2);
  });

  it('offers the whole depot to a supervisor', async () => {
    reply();
    renderScreen(<Harness onOpen={vi.fn()} showAll />);
    await screen.findByTestId('bench-queue-row-R2026-000005');
    fireEvent.click(screen.getByText('All'));
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenLastCalledWith('bench/queue', { scope: 'all', limit: 50 }),
    );
  });
});
