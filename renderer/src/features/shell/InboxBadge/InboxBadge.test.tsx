import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { createLiveHub } from '../../../data';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { InboxBadge } from './InboxBadge';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

function Screen() {
  return (
    <>
      <InboxBadge />
      <Routes>
        <Route path="/stockroom/requisitions" element={<div data-testid="at-requisitions" />} />
        <Route path="*" element={null} />
      </Routes>
    </>
  );
}

describe('InboxBadge', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
  });

  it('counts what waits on me, lists the waiting kinds and opens their screen', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'inbox/mine': () => ({
          items: [
            { key: 'approve', count: 2 },
            { key: 'followUps', count: 0 },
          ],
          total: 2,
        }),
      }),
    );
    renderScreen(<Screen />, { route: '/bench' });
    await waitFor(() =>
      expect(screen.getByTestId('inbox-badge').getAttribute('data-count')).toBe('2'),
    );
    fireEvent.click(screen.getByTestId('inbox-badge'));
    const item = await screen.findByTestId('inbox-item-approve');
    expect(item.textContent).toBe('2 requisitions to approve');
    expect(screen.queryByTestId('inbox-item-followUps')).toBeNull();
    fireEvent.click(item);
    await screen.findByTestId('at-requisitions');
  });

  it('goes up when a requisition is raised elsewhere, without a reload', async () => {
    let waiting = 0;
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'inbox/mine': () => ({ items: [{ key: 'approve', count: waiting }], total: waiting }),
      }),
    );
    const live = createLiveHub();
    renderScreen(<Screen />, { live });
    await waitFor(() =>
      expect(screen.getByTestId('inbox-badge').getAttribute('data-count')).toBe('0'),
    );
    fireEvent.click(screen.getByTestId('inbox-badge'));
    expect((await screen.findByTestId('inbox-empty')).textContent).toBe(
      'Nothing is waiting for you.',
    );

    waiting = 1;
    live.emit({
      changes: [{ entity: 'requisition', id: '5' }],
      by: { id: 3, displayName: 'Lin Chih-hao' },
      channel: 'requisitions/create',
      version: 77,
    });
    await waitFor(() =>
      expect(screen.getByTestId('inbox-badge').getAttribute('data-count')).toBe('1'),
    );
    expect((await screen.findByTestId('inbox-item-approve')).textContent).toBe(
      '1 requisition to approve',
    );
  });
});
