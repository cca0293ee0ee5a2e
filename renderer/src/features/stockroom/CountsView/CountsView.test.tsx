import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { createLiveHub } from '../../../data';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { signInAs } from '../partsTestFixtures';
import { CountsView } from './CountsView';
import { blindCount, countLine, stockCount } from './testFixtures';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const byKuo = {
  changes: [{ entity: 'stock_count', id: '4' }],
  by: { id: 5, displayName: 'Kuo Chien-hung' },
  channel: 'counts/record',
  version: 40,
};

describe('CountsView', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
  });

  it('shows entries recorded at another workstation on the list and the open sheet', async () => {
    signInAs('stockroom_keeper');
    const seal = countLine(3, 'WM-DOOR-SEAL');
    let sheet = blindCount([seal]);
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'counts/list': () => ({ rows: [sheet.count] }),
        'counts/get': () => sheet,
      }),
    );
    const live = createLiveHub();
    renderScreen(<CountsView active />, { live });

    fireEvent.click(await screen.findByTestId('count-row-4'));
    await waitFor(() =>
      expect(screen.getByTestId('count-progress').textContent).toBe('0 of 1 parts counted'),
    );

    // Kuo counts the seal on the shelf at the other terminal.
    sheet = blindCount([{ ...seal, counted: 6, countedBy: 'Kuo' }]);
    live.emit(byKuo);
    await waitFor(() =>
      expect(screen.getByTestId('count-progress').textContent).toBe('1 of 1 parts counted'),
    );
    expect(screen.getByTestId('count-row-4').textContent).toContain('1 of 1');
  });

  it('drops a count posted elsewhere from the open ones, and ignores other records', async () => {
    signInAs('stockroom_keeper');
    let rows = [stockCount()];
    bridge.invoke.mockImplementation(fakeInvoke({ 'counts/list': () => ({ rows }) }));
    const live = createLiveHub();
    renderScreen(<CountsView active />, { live });
    await screen.findByTestId('count-row-4');
    const asked = () => bridge.invoke.mock.calls.filter(([c]) => c === 'counts/list').length;
    expect(asked()).toBe(1);

    live.emit({ ...byKuo, changes: [{ entity: 'requisition', id: '9' }] });
    rows = [stockCount({ status: 'posted', postedBy: { id: 6, name: 'Chang Shu-fen' } })];
    live.emit({ ...byKuo, channel: 'counts/post' });
    await waitFor(() =>
      expect(screen.getByTestId('count-row-4').getAttribute('data-status')).toBe('posted'),
    );
    expect(asked()).toBe(2);
  });
});
