import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LedgerRow } from '../../../../../main/stock/ledgerHandlers';
import type * as Bridge from '../../../bridge';
import { createLiveHub } from '../../../data';
import { usePrefs } from '../../../stores/prefs';
import { coreError, fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { partDetail, signInAs } from '../partsTestFixtures';
import { PartDetailDrawer } from './PartDetailDrawer';
import { usePartDrawer } from './partDrawer';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const calls = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

function move(id: number, quantity: number, balance: number, kind = 'receipt'): LedgerRow {
  return {
    id,
    kind,
    quantity,
    unitCost: 125_000,
    refType: kind,
    refId: String(id),
    note: kind === 'receipt' ? `Acme DN-${id}` : null,
    by: 'Mei Chen',
    at: '2026-03-14T02:00:00.000Z',
    balance,
  };
}

function core(overrides: Parameters<typeof fakeInvoke>[0] = {}) {
  return fakeInvoke({
    'parts/get': ({ id }) => partDetail(id),
    'parts/models': () => ({ fits: [], choices: [] }),
    'parts/ledger': ({ cursor }) =>
      cursor
        ? { rows: [move(1, 3, 3)], next: null }
        : { rows: [move(3, -1, 5, 'issue'), move(2, 3, 6)], next: '2' },
    ...overrides,
  });
}

async function openPart(id = 1) {
  act(() => usePartDrawer.getState().open(id));
  return screen.findByTestId('part-stock-level');
}

describe('PartDetailDrawer', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs('stockroom_keeper');
  });

  it('shows the stock level, the suppliers and the ledger newest first, paged', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<PartDetailDrawer />);
    const level = await openPart();
    expect(within(level).getByTestId('part-detail-on-hand').textContent).toContain('5');
    expect(level.textContent).toContain('1,200.50 TWD');
    const suppliers = screen.getByTestId('part-detail-suppliers');
    expect(suppliers.textContent).toContain('Acme Parts');
    expect(suppliers.textContent).toContain('Preferred');

    const newest = await screen.findByTestId('ledger-row-3');
    expect(newest.textContent).toContain('Issue');
    expect(within(newest).getByTestId('ledger-balance').textContent).toBe('5');
    fireEvent.click(screen.getByTestId('ledger-more'));
    await screen.findByTestId('ledger-row-1');
    expect(calls('parts/ledger')).toEqual([
      { partId: 1, limit: 50 },
      { partId: 1, limit: 50, cursor: '2' },
    ]);
  });

  it('lets keepers edit and only supervisors adjust', async () => {
    bridge.invoke.mockImplementation(core());
    const { unmount } = renderScreen(<PartDetailDrawer />);
    await openPart();
    expect(screen.getByTestId('part-edit')).toBeTruthy();
    expect(screen.queryByTestId('part-adjust')).toBeNull();
    unmount();

    signInAs('technician');
    renderScreen(<PartDetailDrawer />);
    await openPart();
    expect(screen.queryByTestId('part-edit')).toBeNull();
    expect(screen.queryByTestId('part-adjust')).toBeNull();
  });

  it('shows a broken limit at once and saves only what changed, with the version seen', async () => {
    bridge.invoke.mockImplementation(
      core({
        'parts/update': (input) => ({ ...partDetail(1), ...input, suppliers: [], version: 2 }),
      }),
    );
    renderScreen(<PartDetailDrawer />);
    await openPart();
    fireEvent.click(screen.getByTestId('part-edit'));

    const max = screen.getByTestId('part-maxStock');
    fireEvent.change(max, { target: { value: '1' } });
    expect(
      await screen.findByText('The maximum stock may not be below the safety stock'),
    ).toBeTruthy();
    fireEvent.click(screen.getByTestId('part-save'));
    expect(calls('parts/update')).toEqual([]);

    fireEvent.change(max, { target: { value: '30' } });
    fireEvent.change(screen.getByTestId('part-bin'), { target: { value: 'B-07' } });
    fireEvent.click(screen.getByTestId('part-save'));
    await waitFor(() =>
      expect(calls('parts/update')).toEqual([{ id: 1, version: 1, bin: 'B-07', maxStock: 30 }]),
    );
    expect(await screen.findByTestId('part-edit')).toBeTruthy();
  });

  it('asks for the quotas of a critical part, in Chinese for a Chinese UI', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    bridge.invoke.mockImplementation(core());
    renderScreen(<PartDetailDrawer />);
    await openPart();
    fireEvent.click(screen.getByTestId('part-edit'));
    fireEvent.click(screen.getByTestId('part-critical'));
    await waitFor(() =>
      expect(screen.getAllByText('關鍵零件必須設定此限量（政策 5.3）')).toHaveLength(2),
    );
  });

  it('posts a supervisor’s adjustment with its reason and shows the new stock', async () => {
    signInAs('supervisor');
    bridge.invoke.mockImplementation(
      core({ 'stock/adjust': () => ({ moveId: 9, onHand: 3, avgCost: 120_050 }) }),
    );
    const live = createLiveHub();
    renderScreen(<PartDetailDrawer />, { live });
    await openPart();
    fireEvent.click(screen.getByTestId('part-adjust'));

    const quantity = await screen.findByTestId('adjust-quantity');
    fireEvent.change(quantity, { target: { value: '-6' } });
    fireEvent.click(screen.getByTestId('adjust-submit'));
    expect(await screen.findByText('Only 5 on hand; stock cannot go below zero')).toBeTruthy();
    expect(screen.getByText('Required')).toBeTruthy();

    fireEvent.change(quantity, { target: { value: '-2' } });
    expect(screen.getByTestId('adjust-preview').textContent).toBe('On hand 5 → 3');
    fireEvent.change(screen.getByTestId('adjust-reason'), {
      target: { value: 'Two found broken on the shelf' },
    });
    fireEvent.click(screen.getByTestId('adjust-submit'));
    await waitFor(() =>
      expect(calls('stock/adjust')).toEqual([
        { partId: 1, quantity: -2, reason: 'Two found broken on the shelf' },
      ]),
    );
    await waitFor(() =>
      expect(screen.getByTestId('part-detail-on-hand').textContent).toContain('3'),
    );
    // The adjustment's own change event reads the ledger again, with the new move.
    await screen.findByTestId('ledger-row-3');
    expect(calls('parts/ledger')).toHaveLength(1);
    live.emit({
      changes: [{ entity: 'stock_move', id: '9' }],
      by: { id: 7, displayName: 'Mei Chen' },
      channel: 'stock/adjust',
      version: 90,
    });
    await waitFor(() => expect(calls('parts/ledger')).toHaveLength(2));
  });

  it('shows a stock move made at another workstation in the level and the ledger', async () => {
    let issued = false;
    bridge.invoke.mockImplementation(
      core({
        'parts/get': ({ id }) => ({ ...partDetail(id), ...(issued && { onHand: 4 }) }),
        'parts/ledger': () => ({
          rows: [...(issued ? [move(4, -1, 4, 'issue')] : []), move(3, -1, 5, 'issue')],
          next: null,
        }),
      }),
    );
    const live = createLiveHub();
    renderScreen(<PartDetailDrawer />, { live });
    await openPart();
    await screen.findByTestId('ledger-row-3');

    // The stockroom window issues one against a requisition; nothing is clicked here.
    issued = true;
    live.emit({
      changes: [{ entity: 'stock_move', id: '4' }],
      by: { id: 8, displayName: 'Kuo Wen-chi' },
      channel: 'requisitions/issue',
      version: 91,
    });
    expect(
      within(await screen.findByTestId('ledger-row-4')).getByTestId('ledger-balance').textContent,
    ).toBe('4');
    await waitFor(() =>
      expect(screen.getByTestId('part-detail-on-hand').textContent).toContain('4'),
    );
  });

  it('shows the core’s refusal of an adjustment on the quantity', async () => {
    signInAs('supervisor');
    bridge.invoke.mockImplementation(
      core({
        'stock/adjust': () => {
          throw coreError('RULE', 'Only 1 on hand; cannot take 4.', { field: 'quantity' });
        },
      }),
    );
    renderScreen(<PartDetailDrawer />);
    await openPart();
    fireEvent.click(screen.getByTestId('part-adjust'));
    fireEvent.change(await screen.findByTestId('adjust-quantity'), { target: { value: '-4' } });
    fireEvent.change(screen.getByTestId('adjust-reason'), { target: { value: 'Count' } });
    fireEvent.click(screen.getByTestId('adjust-submit'));
    expect(await screen.findByText('Only 1 on hand; cannot take 4.')).toBeTruthy();
  });
});
