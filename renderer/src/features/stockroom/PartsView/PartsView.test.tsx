import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { createLiveHub } from '../../../data';
import { fakeInvoke } from '../../../test/bridgeMock';
import { usePrefs } from '../../../stores/prefs';
import { renderScreen } from '../../../test/render';
import { usePartDrawer } from '../PartDetail/partDrawer';
import { byNumberIn, part, partDetail, signInAs } from '../partsTestFixtures';
import { PartsView } from './PartsView';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const listCalls = () =>
  bridge.invoke.mock.calls.filter(([c]) => c === 'parts/list').map(([, input]) => input);

function core(rowsFor: (input: { text?: string; cursor?: string }) => ReturnType<typeof part>[]) {
  return fakeInvoke({
    'parts/list': (input) => ({ parts: rowsFor(input), nextCursor: null }),
    'parts/get': ({ id }) => partDetail(id),
    'parts/byNumber': byNumberIn([part(1), part(2), part(20)]),
    'parts/ledger': () => ({ rows: [], next: null }),
  });
}

describe('PartsView', () => {
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
    signInAs('stockroom_keeper');
  });

  it('pages by the core cursor and marks parts below safety stock and critical ones', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        // A short first page: the screen is not full, so the next page is asked for at once.
        'parts/list': ({ cursor }) =>
          cursor
            ? { parts: [part(3)], nextCursor: null }
            : {
                parts: [
                  part(1, { onHand: 1, belowSafety: true }),
                  part(2, { critical: true, quotaPerLine: 1, quotaPerTicket: 2 }),
                ],
                nextCursor: 'PMP-00002',
              },
      }),
    );
    renderScreen(<PartsView active />);

    const low = await screen.findByTestId('part-row-PMP-00001');
    expect(low.getAttribute('data-below-safety')).toBe('true');
    expect(within(low).getByTestId('part-on-hand').className).toMatch(/low/);
    expect(low.textContent).toContain('1,200.50'); // avg cost in TWD, from minor units
    expect(screen.getByTestId('part-row-PMP-00002').textContent).toContain('Critical');
    await screen.findByTestId('part-row-PMP-00003');
    expect(listCalls()).toContainEqual({ cursor: 'PMP-00002', limit: 200 });
    expect(screen.getByTestId('parts-count').textContent).toBe('3 parts shown');
  });

  it('shows the name in the reader’s language first', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    bridge.invoke.mockImplementation(core(() => [part(1)]));
    renderScreen(<PartsView active />);
    const row = await screen.findByTestId('part-row-PMP-00001');
    await waitFor(() => expect(row.textContent).toMatch(/排水泵 1.*Drain pump 1/));
    expect(screen.getByTestId('parts-count').textContent).toBe('已顯示 1 個零件');
  });

  it('reads the list again when stock moves or a part changes at another workstation', async () => {
    let onHand = 8;
    bridge.invoke.mockImplementation(core(() => [part(1, { onHand })]));
    const live = createLiveHub();
    renderScreen(<PartsView active />, { live });
    const row = await screen.findByTestId('part-row-PMP-00001');
    expect(within(row).getByTestId('part-on-hand').textContent).toContain('8');

    // A requisition is issued in the stockroom: one pump leaves the shelf.
    onHand = 7;
    live.emit({
      changes: [{ entity: 'stock_move', id: '31' }],
      by: { id: 8, displayName: 'Kuo Wen-chi' },
      channel: 'requisitions/issue',
      version: 77,
    });
    await waitFor(() =>
      expect(
        within(screen.getByTestId('part-row-PMP-00001')).getByTestId('part-on-hand').textContent,
      ).toContain('7'),
    );
    expect(listCalls()).toHaveLength(2);
  });

  it('asks the core again from the top when the text, category or safety filter changes', async () => {
    bridge.invoke.mockImplementation(core(() => [part(1)]));
    renderScreen(<PartsView active />);
    await screen.findByTestId('part-row-PMP-00001');

    fireEvent.change(screen.getByTestId('parts-search'), { target: { value: 'pmp-0' } });
    await waitFor(() => expect(listCalls().at(-1)).toEqual({ text: 'pmp-0', limit: 200 }));
    fireEvent.click(screen.getByText('Below safety stock'));
    await waitFor(() =>
      expect(listCalls().at(-1)).toEqual({ text: 'pmp-0', belowSafety: true, limit: 200 }),
    );
  });

  it('opens the part whose number is scanned or typed with Enter, and says when there is none', async () => {
    bridge.invoke.mockImplementation(core(() => [part(1), part(2)]));
    renderScreen(<PartsView active />);
    await screen.findByTestId('part-row-PMP-00001');
    const search = screen.getByTestId('parts-search');

    fireEvent.change(search, { target: { value: 'pmp-00002' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    await waitFor(() => expect(usePartDrawer.getState().partId).toBe(2));
    expect(bridge.invoke).toHaveBeenCalledWith('parts/byNumber', { partNo: 'PMP-00002' });
    expect(await screen.findByTestId('part-detail-title')).toBeTruthy();

    act(() => usePartDrawer.getState().close());
    fireEvent.change(search, { target: { value: 'NOPE-1' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(await screen.findByText('No part numbered NOPE-1')).toBeTruthy();
    expect(usePartDrawer.getState().partId).toBeNull();
  });

  it('moves the selection with the arrow keys and opens it with Enter', async () => {
    bridge.invoke.mockImplementation(core(() => [part(1), part(2), part(3)]));
    renderScreen(<PartsView active />);
    await screen.findByTestId('part-row-PMP-00003');

    // Arrow down from the search field goes into the list, on the first row.
    fireEvent.keyDown(screen.getByTestId('parts-search'), { key: 'ArrowDown' });
    const list = screen.getByTestId('parts-scroll');
    expect(document.activeElement).toBe(list);
    fireEvent.focus(list);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(screen.getByTestId('part-row-PMP-00002').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(usePartDrawer.getState().partId).toBe(2);
  });

  it('offers New part and Import only to those who keep the stock', async () => {
    signInAs('technician');
    bridge.invoke.mockImplementation(core(() => [part(1)]));
    renderScreen(<PartsView active />);
    await screen.findByTestId('part-row-PMP-00001');
    expect(screen.queryByTestId('parts-new')).toBeNull();
    expect(screen.queryByTestId('parts-import')).toBeNull();
    expect(screen.getByTestId('parts-export')).toBeTruthy();
  });
});
