import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../../bridge';
import type { RequisitionSummary } from '../../../../../../main/stock/requisitionList';
import { fakeInvoke } from '../../../../test/bridgeMock';
import { renderScreen } from '../../../../test/render';
import { RequisitionQueue, type Queue } from './RequisitionQueue';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

function row(id: number, extra: Partial<RequisitionSummary> = {}): RequisitionSummary {
  return {
    id,
    reqNo: `RQ${String(id).padStart(6, '0')}`,
    status: 'pending',
    ticketId: 2,
    reportNo: 'R2026-000002',
    requestedBy: 'Lin Chih-hao',
    requestedAt: '2026-11-27T01:00:00.000Z',
    lineCount: 2,
    toIssue: 0,
    ...extra,
  };
}

function Harness({ onOpen }: { onOpen: (id: number) => void }) {
  const [queue, setQueue] = useState<Queue>('pending');
  return (
    <RequisitionQueue
      queue={queue}
      onQueue={setQueue}
      mine={false}
      onMine={() => undefined}
      showMine={false}
      selectedId={null}
      onOpen={onOpen}
    />
  );
}

describe('RequisitionQueue', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
  });

  it('pages by the core cursor, changes queue from the top, and opens a requisition', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'requisitions/list': ({ queue, cursor }) =>
          queue === 'to_issue'
            ? { rows: [row(2, { status: 'approved', toIssue: 3 })], next: null }
            : cursor
              ? { rows: [row(7)], next: null }
              : { rows: [row(9), row(8)], next: '8' },
      }),
    );
    const opened = vi.fn();
    renderScreen(<Harness onOpen={opened} />);

    await screen.findByTestId('req-row-RQ000009');
    expect(bridge.invoke).toHaveBeenCalledWith('requisitions/list', {
      queue: 'pending',
      limit: 50,
    });
    fireEvent.click(screen.getByTestId('req-queue-more'));
    await screen.findByTestId('req-row-RQ000007');
    expect(bridge.invoke).toHaveBeenLastCalledWith('requisitions/list', {
      queue: 'pending',
      cursor: '8',
      limit: 50,
    });

    fireEvent.click(screen.getByText('To issue'));
    expect((await screen.findByTestId('req-row-RQ000002')).textContent).toContain(
      '3 units to issue',
    );
    await waitFor(() => expect(screen.queryByTestId('req-row-RQ000009')).toBeNull());

    fireEvent.click(screen.getByTestId('req-row-RQ000002'));
    expect(opened).toHaveBeenCalledWith(2);
  });
});
