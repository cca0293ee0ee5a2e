import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../bridge';
import { dataWrapper } from '../test/render';
import { useCoreQuery } from './useCoreQuery';
import { useStaleOnFocus } from './useStaleOnFocus';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const asked = (channel: string) => bridge.invoke.mock.calls.filter(([c]) => c === channel).length;

beforeEach(() => {
  bridge.invoke.mockReset();
  bridge.invoke.mockImplementation(async (channel: string) => ({ channel }));
});

describe('useStaleOnFocus', () => {
  it('reads the channel again when the window gets the focus back, and no other', async () => {
    const { result } = renderHook(
      () => {
        useStaleOnFocus('followUps/worklist');
        return {
          list: useCoreQuery('followUps/worklist', { limit: 50 }),
          other: useCoreQuery('session/status', {}),
        };
      },
      { wrapper: dataWrapper() },
    );
    await waitFor(() => expect(result.current.list.data).toBeTruthy());
    await waitFor(() => expect(result.current.other.data).toBeTruthy());
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    await waitFor(() => expect(asked('followUps/worklist')).toBe(2));
    expect(asked('session/status')).toBe(1);
  });
});
