import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../bridge';
import type { DataChanged } from '../../../main/events';
import { useSession } from '../stores/session';
import { dataWrapper } from '../test/render';
import { signInStaff } from '../test/sessionStatus';
import { createLiveHub } from './liveSource';
import { useChangedWhileEditing } from './useChangedWhileEditing';
import { useCorePages, useCoreQuery } from './useCoreQuery';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const change = (changes: DataChanged['changes'], by: DataChanged['by'] = null): DataChanged => ({
  changes,
  by,
  channel: 'test/write',
  version: 1,
});

/** How many times each channel was asked. */
function asked(channel: string): number {
  return bridge.invoke.mock.calls.filter(([c]) => c === channel).length;
}

beforeEach(() => {
  bridge.invoke.mockReset();
  let n = 0;
  bridge.invoke.mockImplementation(async (channel: string) => ({ channel, n: ++n }));
});

describe('live queries (issue 11, item 3)', () => {
  it('a change to a declared entity fetches the query again; another entity does not', async () => {
    const live = createLiveHub();
    const { result } = renderHook(
      () => ({
        ticket: useCoreQuery(
          'bench/ticket',
          { ticketId: 12 },
          {
            entities: [{ entity: 'ticket', id: 12 }],
          },
        ),
        reqs: useCoreQuery('requisitions/list', {}, { entities: ['requisition'] }),
      }),
      { wrapper: dataWrapper(live) },
    );
    await waitFor(() => expect(result.current.ticket.data).toBeDefined());
    await waitFor(() => expect(result.current.reqs.data).toBeDefined());

    act(() => live.emit(change([{ entity: 'ticket', id: '12' }])));
    await waitFor(() => expect(asked('bench/ticket')).toBe(2));
    expect(asked('requisitions/list')).toBe(1);

    act(() => live.emit(change([{ entity: 'ticket', id: '13' }])));
    act(() => live.emit(change([{ entity: 'requisition', id: '4' }])));
    await waitFor(() => expect(asked('requisitions/list')).toBe(2));
    expect(asked('bench/ticket')).toBe(2);
  });

  it('a query that declares nothing, and a change that names nothing, always refresh', async () => {
    const live = createLiveHub();
    const { result } = renderHook(
      () => ({
        any: useCoreQuery('inbox/mine', {}),
        ticket: useCoreQuery('bench/ticket', { ticketId: 1 }, { entities: ['ticket'] }),
      }),
      { wrapper: dataWrapper(live) },
    );
    await waitFor(() => expect(result.current.any.data && result.current.ticket.data).toBeTruthy());
    act(() => live.emit(change([{ entity: 'settings', id: 'depot' }])));
    await waitFor(() => expect(asked('inbox/mine')).toBe(2));
    expect(asked('bench/ticket')).toBe(1);
    act(() => live.emit(change([])));
    await waitFor(() => expect(asked('bench/ticket')).toBe(2));
  });

  it('pages a keyset list and fetches the shown pages again on a change', async () => {
    const live = createLiveHub();
    bridge.invoke.mockImplementation(async (_channel: string, input: { cursor?: string }) =>
      input.cursor ? { rows: ['r2'], next: null } : { rows: ['r1'], next: 'c1' },
    );
    const { result } = renderHook(
      () => useCorePages('requisitions/list', { queue: 'pending' }, { entities: ['requisition'] }),
      { wrapper: dataWrapper(live) },
    );
    await waitFor(() => expect(result.current.rows).toEqual(['r1']));
    expect(result.current.hasMore).toBe(true);
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.rows).toEqual(['r1', 'r2']));
    expect(result.current.hasMore).toBe(false);
    expect(bridge.invoke).toHaveBeenLastCalledWith('requisitions/list', {
      queue: 'pending',
      cursor: 'c1',
    });

    act(() => live.emit(change([{ entity: 'requisition', id: '9' }])));
    await waitFor(() => expect(asked('requisitions/list')).toBe(4));
  });
});

describe('useChangedWhileEditing', () => {
  beforeEach(() => {
    signInStaff({ id: 5, username: 'fen', displayName: 'Chen Fen', roles: ['supervisor'] });
  });

  it('says who changed the record in hand; not for my own saves or for other records', () => {
    const live = createLiveHub();
    const { result } = renderHook(() => useChangedWhileEditing('requisition', 4), {
      wrapper: dataWrapper(live),
    });
    expect(useSession.getState().status?.staff?.id).toBe(5);
    act(() =>
      live.emit(change([{ entity: 'requisition', id: '4' }], { id: 5, displayName: 'Chen Fen' })),
    );
    act(() =>
      live.emit(change([{ entity: 'requisition', id: '5' }], { id: 7, displayName: 'Kuo' })),
    );
    expect(result.current.changedBy).toBeNull();

    act(() =>
      live.emit(change([{ entity: 'requisition', id: '4' }], { id: 7, displayName: 'Kuo' })),
    );
    expect(result.current.changedBy).toBe('Kuo');
    act(() => result.current.clear());
    expect(result.current.changedBy).toBeNull();
  });
});
