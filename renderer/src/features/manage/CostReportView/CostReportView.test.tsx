import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { todayIso } from '../../../format/dateTime';
import { usePrefs } from '../../../stores/prefs';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { presetPeriod } from '../PeriodPicker/period';
import { signInAs } from '../PeriodPicker/signInAs';
import { CostReportView } from './CostReportView';
import { report } from './testFixtures';

const bridge = vi.hoisted(() => ({ invoke: vi.fn(), openDocument: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
  openDocument: bridge.openDocument,
}));

const calls = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input);

const CSV = '\uFEFFkind,period_from\r\nline,2026-03-01\r\n';

function core(empty = false) {
  return fakeInvoke({
    'accounting/periodReport': ({ from, to }) => report(from, to, empty ? [] : undefined),
    'accounting/periodReportCsv': ({ from, to }) => ({
      csv: CSV,
      fileName: `depot-costs-${from}-to-${to}.csv`,
      lines: 2,
    }),
    'documents/periodCostReport': ({ language }) => ({
      id: 41,
      kind: 'periodCostReport',
      language,
      sha256: 'ab',
      bytes: 1000,
      createdAt: '2026-03-31T09:00:00.000Z',
    }),
  });
}

const cells = (row: HTMLElement) =>
  [
    'tickets',
    'labourMinutes',
    'labourCost',
    'partsCost',
    'companyBorne',
    'customerBorne',
    'billed',
    'paid',
  ].map((k) => within(row).getByTestId(`cost-${k}`).textContent);

describe('CostReportView', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    bridge.openDocument.mockReset();
    signInAs('finance');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lists costs per station and product type in currency units, with the totals under them', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<CostReportView active />);

    const washer = await screen.findByTestId('cost-line-TPE-WM');
    expect(calls('accounting/periodReport')).toEqual([presetPeriod('thisMonth', todayIso())]);
    expect(washer.textContent).toContain('TPE · Taipei depot');
    expect(washer.textContent).toContain('WM · Washing machine');
    expect(cells(washer)).toEqual([
      '2',
      '90',
      '900.00',
      '250.00',
      '1,150.00',
      '0.00',
      '0.00',
      '0.00',
    ]);
    expect(cells(screen.getByTestId('cost-line-TPE-FR'))).toEqual([
      '1',
      '30',
      '300.00',
      '0.00',
      '0.00',
      '300.00',
      '420.00',
      '200.00',
    ]);
    const totals = screen.getByTestId('cost-totals');
    expect(totals.textContent).toContain('Total');
    expect(cells(totals)).toEqual([
      '3',
      '120',
      '1,200.00',
      '250.00',
      '1,150.00',
      '300.00',
      '420.00',
      '200.00',
    ]);
    expect(screen.getByText('Billed (TWD)')).toBeTruthy();
    expect(screen.getByText('Paid (TWD)')).toBeTruthy();
    expect(screen.getByTestId('cost-rate').textContent).toBe(
      'Labour at 600.00 TWD an hour now; each ticket is costed and billed as it was at hand-over',
    );
    expect(screen.getByText('Company-borne (TWD)')).toBeTruthy();
  });

  it('exports the core’s CSV as a file under the core’s name', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:costs';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    bridge.invoke.mockImplementation(core());
    renderScreen(<CostReportView active />);
    await screen.findByTestId('cost-line-TPE-WM');

    fireEvent.click(screen.getByTestId('cost-export'));
    await waitFor(() => expect(clicked).toHaveLength(1));
    const { from, to } = presetPeriod('thisMonth', todayIso());
    expect(calls('accounting/periodReportCsv')).toEqual([{ from, to }]);
    expect(clicked[0].download).toBe(`depot-costs-${from}-to-${to}.csv`);
    // The core's text byte for byte, BOM included (Blob.text() would drop the BOM).
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0].arrayBuffer())).toBe(
      CSV,
    );
    expect(
      await screen.findByText(`2 lines exported as depot-costs-${from}-to-${to}.csv`),
    ).toBeTruthy();
  });

  it('prints the report in the reader’s language for finance and the station to sign', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    bridge.invoke.mockImplementation(core());
    renderScreen(<CostReportView active />);
    await screen.findByTestId('cost-line-TPE-WM');

    fireEvent.click(screen.getByText('列印對帳表'));
    await waitFor(() => expect(bridge.openDocument).toHaveBeenCalledWith(41));
    expect(calls('documents/periodCostReport')).toEqual([
      { ...presetPeriod('thisMonth', todayIso()), language: 'zh-TW' },
    ]);
  });

  it('speaks the policy’s Chinese terms, names in Chinese', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    bridge.invoke.mockImplementation(core());
    renderScreen(<CostReportView active />);
    const washer = await screen.findByTestId('cost-line-TPE-WM');
    await waitFor(() => expect(washer.textContent).toContain('WM · 洗衣機'));
    expect(washer.textContent).toContain('TPE · 台北維修站');
    expect(screen.getByText('公司負擔（TWD）')).toBeTruthy();
    expect(screen.getByText('客戶負擔（TWD）')).toBeTruthy();
    expect(screen.getByTestId('cost-totals').textContent).toContain('合計');
  });

  it('says plainly when nothing was handed back, and asks again for another period', async () => {
    bridge.invoke.mockImplementation(core(true));
    renderScreen(<CostReportView active />);
    expect((await screen.findByTestId('cost-empty')).textContent).toContain(
      'No tickets handed back in this period',
    );
    expect(screen.queryByTestId('cost-table')).toBeNull();

    fireEvent.click(screen.getByText('Last month'));
    await waitFor(() =>
      expect(calls('accounting/periodReport').at(-1)).toEqual(
        presetPeriod('lastMonth', todayIso()),
      ),
    );
  });

  it('asks nothing while out of view', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<CostReportView active={false} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls('accounting/periodReport')).toEqual([]);
  });

  it('is not shown to the intake desk: the books are finance’s (policy 3.5)', async () => {
    signInAs('intake_clerk');
    bridge.invoke.mockImplementation(core());
    renderScreen(<CostReportView active />);
    expect((await screen.findByTestId('cost-not-allowed')).textContent).toContain(
      'for finance, supervisors and admins',
    );
    expect(calls('accounting/periodReport')).toEqual([]);
  });
});
