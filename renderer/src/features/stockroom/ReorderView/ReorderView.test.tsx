import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { createLiveHub } from '../../../data';
import { usePrefs } from '../../../stores/prefs';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { usePartDrawer } from '../PartDetail/partDrawer';
import { partDetail, signInAs } from '../partsTestFixtures';
import { reorderFileName } from './reorderCsv';
import { ReorderView } from './ReorderView';
import { overstockRow, reorderRow } from './testFixtures';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const calls = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

function core(
  reorder: ReturnType<typeof reorderRow>[],
  overstock: ReturnType<typeof overstockRow>[] = [],
) {
  return fakeInvoke({
    'stock/reorder': () => ({ rows: reorder }),
    'stock/overstock': () => ({ rows: overstock }),
    'parts/get': ({ id }) => partDetail(id),
    'parts/ledger': () => ({ rows: [], next: null }),
  });
}

/** The view as the stockroom page holds it: mounted, in and out of view. */
function Toggled() {
  const [active, setActive] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setActive(!active)} data-testid="toggle" />
      <ReorderView active={active} />
    </>
  );
}

/** Picks an option of a Mantine Select by its visible text. */
async function choose(testId: string, option: string) {
  fireEvent.click(screen.getByTestId(testId));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('ReorderView', () => {
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
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lists parts to reorder, marks those below safety stock and asks again for another usage window', async () => {
    bridge.invoke.mockImplementation(
      core([
        reorderRow(1, { onHand: 1, safetyStock: 4, reorderPoint: 9, suggested: 8, usage: 40 }),
        reorderRow(2, { onHand: 5, safetyStock: 4, supplier: null, leadTimeDays: 14 }),
      ]),
    );
    renderScreen(<ReorderView active />);

    const low = await screen.findByTestId('reorder-row-PMP-00001');
    expect(calls('stock/reorder')).toEqual([{ usageDays: 90 }]);
    expect(calls('stock/overstock')).toEqual([]);
    expect(low.getAttribute('data-below-safety')).toBe('true');
    expect(within(low).getByTestId('reorder-on-hand').className).toMatch(/low/);
    expect(within(low).getByTestId('reorder-suggested').textContent).toBe('8');
    expect(low.textContent).toMatch(/Drain pump 1.*排水泵 1/);
    expect(low.textContent).toContain('Acme Parts');

    // At its reorder point but not below safety: listed, not red; no supplier, lead time assumed.
    const atPoint = screen.getByTestId('reorder-row-PMP-00002');
    expect(atPoint.getAttribute('data-below-safety')).toBeNull();
    expect(within(atPoint).getByTestId('reorder-on-hand').className).not.toMatch(/low/);
    expect(atPoint.textContent).toContain('14 d');
    expect(atPoint.textContent).toContain('—');
    expect(screen.getByTestId('reorder-count').textContent).toBe(
      '2 parts to reorder · total suggested 10',
    );
    expect(screen.getByText('Used (90 d)')).toBeTruthy();

    await choose('reorder-usage-days', 'Usage over the last 30 days');
    await waitFor(() => expect(calls('stock/reorder').at(-1)).toEqual({ usageDays: 30 }));
    expect(await screen.findByText('Used (30 d)')).toBeTruthy();
  });

  it('says plainly when nothing is below safety stock, and has nothing to export', async () => {
    bridge.invoke.mockImplementation(core([]));
    renderScreen(<ReorderView active />);
    const empty = await screen.findByTestId('reorder-empty');
    expect(empty.textContent).toContain('Nothing below safety stock');
    expect(empty.textContent).toContain('usage of the last 90 days');
    expect(screen.getByTestId('reorder-export')).toHaveProperty('disabled', true);
  });

  it('speaks the policy’s Chinese terms, names in Chinese first', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    bridge.invoke.mockImplementation(core([reorderRow(1)]));
    renderScreen(<ReorderView active />);
    const row = await screen.findByTestId('reorder-row-PMP-00001');
    await waitFor(() => expect(row.textContent).toMatch(/排水泵 1.*Drain pump 1/));
    expect(row.textContent).toContain('7 天');
    expect(screen.getByText('再訂購點')).toBeTruthy();
    expect(screen.getByText('建議補貨量')).toBeTruthy();
    expect(screen.getByText('安全庫存')).toBeTruthy();
    expect(screen.getByTestId('reorder-count').textContent).toBe('1 個零件需補貨 · 建議補貨 2 件');
  });

  it('says in Chinese when nothing is below safety stock', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    bridge.invoke.mockImplementation(core([]));
    renderScreen(<ReorderView active />);
    expect((await screen.findByTestId('reorder-empty')).textContent).toContain(
      '沒有低於安全庫存的零件',
    );
  });

  it('exports the suggestions as reorder-YYYYMMDD.csv with a BOM and the reader’s column titles', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:reorder';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    usePrefs.setState({ language: 'zh-TW' });
    bridge.invoke.mockImplementation(
      core([reorderRow(1, { suggested: 6 }), reorderRow(2, { suggested: 0, onHand: 1 })]),
    );
    renderScreen(<ReorderView active />);
    await screen.findByTestId('reorder-row-PMP-00002');

    fireEvent.click(screen.getByTestId('reorder-export'));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0].download).toBe(reorderFileName());
    const lines = (await blobs[0].text()).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFF供應商,料號,英文名稱,中文名稱,建議補貨量,在庫,安全庫存,再訂購點,最高庫存,近 90 天用量,交期（天）,庫位',
    );
    // Only the part with something to order.
    expect(lines.slice(1)).toEqual([
      'Acme Parts,PMP-00001,Drain pump 1,排水泵 1,6,3,4,5,20,12,7,A-01',
      '',
    ]);
    expect(await screen.findByText('已匯出 1 筆補貨建議：' + reorderFileName())).toBeTruthy();
  });

  it('lists overstock with its reason, excess and value, and its total', async () => {
    bridge.invoke.mockImplementation(
      core(
        [],
        [
          overstockRow(1, { value: 1_250_000 }),
          overstockRow(2, {
            reason: 'idle',
            onHand: 4,
            maxStock: 10,
            excess: 4,
            value: 48_000,
            lastMoveAt: '2025-06-01T12:00:00.000Z',
          }),
        ],
      ),
    );
    renderScreen(<ReorderView active />);
    await screen.findByTestId('reorder-empty');
    fireEvent.click(screen.getByText('Overstock'));

    const above = await screen.findByTestId('overstock-row-PMP-00001');
    expect(calls('stock/overstock')).toEqual([{ idleDays: 180 }]);
    expect(above.getAttribute('data-reason')).toBe('above_max');
    expect(within(above).getByTestId('overstock-reason').textContent).toBe('Above maximum');
    expect(within(above).getByTestId('overstock-value').textContent).toBe('12,500.00');
    const idle = screen.getByTestId('overstock-row-PMP-00002');
    expect(within(idle).getByTestId('overstock-reason').textContent).toBe('Idle since 2025-06-01');
    expect(within(idle).getByTestId('overstock-value').textContent).toBe('480.00');
    expect(screen.getByTestId('overstock-total').textContent).toBe('Total 12,980.00 TWD');
    expect(screen.getByText('Value (TWD)')).toBeTruthy();

    await choose('overstock-idle-days', 'No movement for 365 days');
    await waitFor(() => expect(calls('stock/overstock').at(-1)).toEqual({ idleDays: 365 }));
  });

  it('shows overstock in Chinese, and says what an empty list means', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    bridge.invoke.mockImplementation(
      core([], [overstockRow(2, { reason: 'idle', lastMoveAt: '2025-06-01T12:00:00.000Z' })]),
    );
    renderScreen(<ReorderView active />);
    await screen.findByTestId('reorder-empty');
    fireEvent.click(screen.getByText('積壓與呆滯'));
    const idle = await screen.findByTestId('overstock-row-PMP-00002');
    expect(within(idle).getByTestId('overstock-reason').textContent).toBe('自 2025-06-01 起呆滯');
    expect(screen.getByTestId('overstock-total').textContent).toBe('合計 12,500.00 TWD');

    bridge.invoke.mockImplementation(core([], []));
    await choose('overstock-idle-days', '90 天無異動');
    expect((await screen.findByTestId('overstock-empty')).textContent).toContain(
      '近 90 天內皆有異動',
    );
  });

  it('asks only while in view, and afresh each time it comes into view', async () => {
    bridge.invoke.mockImplementation(core([reorderRow(1)]));
    renderScreen(<Toggled />);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls('stock/reorder')).toEqual([]);

    fireEvent.click(screen.getByTestId('toggle'));
    await screen.findByTestId('reorder-row-PMP-00001');
    fireEvent.click(screen.getByTestId('toggle'));
    fireEvent.click(screen.getByTestId('toggle'));
    await waitFor(() => expect(calls('stock/reorder')).toHaveLength(2));
  });

  it('keeps only the rows on screen in the page, however long the list', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => reorderRow(i + 1));
    bridge.invoke.mockImplementation(core(many));
    renderScreen(<ReorderView active />);
    await screen.findByTestId('reorder-row-PMP-00001');
    const shown = within(screen.getByTestId('reorder-list')).getAllByRole('row');
    expect(shown.length).toBeLessThan(60);
    expect(screen.getByTestId('reorder-count').textContent).toBe(
      '5,000 parts to reorder · total suggested 10,000',
    );
  });

  it('shows the answer for the window last chosen, not a slower earlier one', async () => {
    let releaseFirst: () => void = () => {};
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'stock/reorder': ({ usageDays }) =>
          usageDays === 90
            ? new Promise((resolve) => {
                releaseFirst = () => resolve({ rows: [reorderRow(90)] });
              })
            : { rows: [reorderRow(30)] },
      }),
    );
    renderScreen(<ReorderView active />);
    await waitFor(() => expect(calls('stock/reorder')).toHaveLength(1));
    await choose('reorder-usage-days', 'Usage over the last 30 days');
    await screen.findByTestId('reorder-row-PMP-00030');
    releaseFirst();
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('reorder-row-PMP-00090')).toBeNull();
    expect(screen.getByTestId('reorder-row-PMP-00030')).toBeTruthy();
  });

  it('opens a part from its number in the part drawer', async () => {
    bridge.invoke.mockImplementation(core([reorderRow(3)]));
    renderScreen(<ReorderView active />);
    const row = await screen.findByTestId('reorder-row-PMP-00003');
    fireEvent.click(within(row).getByTestId('reorder-open-part'));
    expect(usePartDrawer.getState().partId).toBe(3);
    expect(await screen.findByTestId('part-detail-title')).toBeTruthy();
  });

  it('asks again when stock moves at another workstation, not for other records', async () => {
    let rows = [reorderRow(1), reorderRow(2)];
    bridge.invoke.mockImplementation(fakeInvoke({ 'stock/reorder': () => ({ rows }) }));
    const live = createLiveHub();
    renderScreen(<ReorderView active />, { live });
    await screen.findByTestId('reorder-row-PMP-00002');
    const change = { by: { id: 5, displayName: 'Kuo' }, channel: 'stock/receive', version: 8 };

    live.emit({ ...change, changes: [{ entity: 'customer', id: '3' }] });
    // The pumps arrive at the goods-in desk: part 2 is no longer short.
    rows = [reorderRow(1)];
    live.emit({ ...change, changes: [{ entity: 'stock_move', id: '41' }] });
    await waitFor(() => expect(screen.queryByTestId('reorder-row-PMP-00002')).toBeNull());
    expect(screen.getByTestId('reorder-row-PMP-00001')).toBeTruthy();
    expect(calls('stock/reorder')).toHaveLength(2);
  });
});
