import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useKeysetPages, type KeysetPage } from './useKeysetPages';

const notifyError = vi.hoisted(() => vi.fn());
vi.mock('../errors/notifyError', () => ({ notifyError }));

type Filter = { text: string };

/** A loader whose answers the test releases one by one, in any order. */
function heldLoader() {
  const calls: {
    filter: Filter;
    after: string | null;
    answer: (page: KeysetPage<string>) => void;
    fail: (error: unknown) => void;
  }[] = [];
  const load = vi.fn(
    (filter: Filter, after: string | null) =>
      new Promise<KeysetPage<string>>((answer, fail) => {
        calls.push({ filter, after, answer, fail });
      }),
  );
  return { load, calls };
}

afterEach(() => {
  notifyError.mockReset();
});

describe('useKeysetPages', () => {
  it('loads the first page, then appends the next after the cursor until none is left', async () => {
    const { load, calls } = heldLoader();
    const { result } = renderHook(() => useKeysetPages(load, { text: 'a' }, 0));
    expect(result.current.loading).toBe(true);
    expect(calls[0]).toMatchObject({ filter: { text: 'a' }, after: null });

    act(() => calls[0].answer({ rows: ['r1', 'r2'], next: 'c2' }));
    await waitFor(() => expect(result.current.rows).toEqual(['r1', 'r2']));
    expect(result.current).toMatchObject({ loading: false, hasMore: true });

    act(() => result.current.loadMore());
    expect(calls[1]).toMatchObject({ after: 'c2' });
    act(() => calls[1].answer({ rows: ['r3'], next: null }));
    await waitFor(() => expect(result.current.rows).toEqual(['r1', 'r2', 'r3']));
    expect(result.current.hasMore).toBe(false);

    act(() => result.current.loadMore());
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('asks for one next page at a time', async () => {
    const { load, calls } = heldLoader();
    const { result } = renderHook(() => useKeysetPages(load, { text: '' }, 0));
    act(() => calls[0].answer({ rows: ['r1'], next: 'c1' }));
    await waitFor(() => expect(result.current.hasMore).toBe(true));

    act(() => result.current.loadMore());
    act(() => result.current.loadMore());
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('starts again from the top on another filter and drops the older answer', async () => {
    const { load, calls } = heldLoader();
    const { result, rerender } = renderHook(({ filter }) => useKeysetPages(load, filter, 0), {
      initialProps: { filter: { text: 'old' } },
    });
    rerender({ filter: { text: 'new' } });
    expect(calls[1]).toMatchObject({ filter: { text: 'new' }, after: null });

    act(() => calls[1].answer({ rows: ['new'], next: null }));
    await waitFor(() => expect(result.current.rows).toEqual(['new']));
    act(() => calls[0].answer({ rows: ['old'], next: 'c' }));
    await act(async () => {});
    expect(result.current.rows).toEqual(['new']);
    expect(result.current.hasMore).toBe(false);
  });

  it('does not ask again for an equal filter in a new object', () => {
    const { load } = heldLoader();
    const { rerender } = renderHook(({ filter }) => useKeysetPages(load, filter, 0), {
      initialProps: { filter: { text: 'same' } },
    });
    rerender({ filter: { text: 'same' } });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('starts again from the top on a new reload key', async () => {
    const { load, calls } = heldLoader();
    const { result, rerender } = renderHook(
      ({ reloadKey }) => useKeysetPages(load, { text: '' }, reloadKey),
      { initialProps: { reloadKey: 0 } },
    );
    act(() => calls[0].answer({ rows: ['r1'], next: 'c1' }));
    await waitFor(() => expect(result.current.rows).toEqual(['r1']));

    rerender({ reloadKey: 1 });
    expect(calls[1]).toMatchObject({ after: null });
    act(() => calls[1].answer({ rows: ['r1 changed'], next: null }));
    await waitFor(() => expect(result.current.rows).toEqual(['r1 changed']));
  });

  it('reloads when the window gets the focus back only when asked to', async () => {
    const { load, calls } = heldLoader();
    renderHook(() => useKeysetPages(load, { text: '' }, 0));
    act(() => calls[0].answer({ rows: [], next: null }));
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(load).toHaveBeenCalledTimes(1);

    const focused = heldLoader();
    const { result } = renderHook(() =>
      useKeysetPages(focused.load, { text: '' }, 0, { reloadOnFocus: true }),
    );
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(focused.calls[1]).toMatchObject({ after: null });
    act(() => focused.calls[0].answer({ rows: ['stale'], next: null }));
    act(() => focused.calls[1].answer({ rows: ['fresh'], next: null }));
    await waitFor(() => expect(result.current.rows).toEqual(['fresh']));
  });

  it('shows a failed page as a notification and may ask again', async () => {
    const { load, calls } = heldLoader();
    const { result } = renderHook(() => useKeysetPages(load, { text: '' }, 0));
    act(() => calls[0].answer({ rows: ['r1'], next: 'c1' }));
    await waitFor(() => expect(result.current.hasMore).toBe(true));

    act(() => result.current.loadMore());
    const error = new Error('offline');
    act(() => calls[1].fail(error));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(notifyError).toHaveBeenCalledWith(error);
    expect(result.current.rows).toEqual(['r1']);

    act(() => result.current.loadMore());
    expect(calls[2]).toMatchObject({ after: 'c1' });
  });
});
