import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { todayIso } from '../../../format/dateTime';
import { usePrefs } from '../../../stores/prefs';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { presetPeriod } from '../PeriodPicker/period';
import { signInAs } from '../PeriodPicker/signInAs';
import { complaint, followUp } from '../testFixtures';
import { DashboardView } from './DashboardView';
import { costTrend, emergency, faults, satisfaction, turnaround, volume } from './testFixtures';
import type { DashboardFilter } from './useDashboard';

const bridge = vi.hoisted(() => ({ invoke: vi.fn(), openDocument: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
  openDocument: bridge.openDocument,
}));

const calls = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input as unknown);

const PANELS = [
  'insight/volume',
  'insight/faults',
  'insight/turnaround',
  'insight/satisfaction',
  'insight/emergency',
  'accounting/costTrend',
];

function core(empty = false) {
  return fakeInvoke({
    'insight/stations': () => [
      { id: 1, code: 'TPE', nameEn: 'Taipei station', nameZh: '台北站' },
      { id: 2, code: 'KHH', nameEn: 'Kaohsiung station', nameZh: '高雄站' },
    ],
    'insight/volume': () => volume(empty),
    'insight/faults': () => faults(empty),
    'insight/turnaround': () => turnaround(empty),
    'insight/satisfaction': () => satisfaction(empty),
    'insight/emergency': () => emergency(empty),
    'accounting/costTrend': (f: DashboardFilter) => costTrend(f, empty),
    'followUps/worklist': () => ({
      rows: empty ? [] : [followUp(1, { overdue: true, dueDate: '2026-11-20' })],
      nextCursor: null,
    }),
    'complaints/open': () => ({ rows: empty ? [] : [complaint(3)], nextCursor: null }),
    'improvement/list': () => ({
      rows: empty
        ? []
        : [
            {
              id: 5,
              number: 'CA-2026-005',
              title: 'Drum bearings wear early',
              description: null,
              source: 'trend' as const,
              complaintId: null,
              rootCause: null,
              kind: 'corrective' as const,
              owner: { id: 9, displayName: 'Lin Wei' },
              status: 'in_progress' as const,
              cancelReason: null,
              doneAt: null,
              createdAt: '2026-11-02T02:00:00.000Z',
              version: 1,
              openActions: 2,
              overdueActions: 1,
              overdue: true,
            },
          ],
      nextCursor: null,
    }),
    'documents/dashboardReport': ({ language }) => ({
      id: 77,
      kind: 'dashboardReport',
      language,
      sha256: 'ab',
      bytes: 1000,
      createdAt: '2026-11-27T02:00:00.000Z',
    }),
  });
}

function Where() {
  const { pathname, search } = useLocation();
  return <div data-testid="where">{pathname + search}</div>;
}

const summary = (id: string) => screen.getByTestId(`dash-${id}-summary`).textContent;

describe('DashboardView (issue 10, item 4)', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    bridge.openDocument.mockReset();
    usePrefs.setState({ language: 'en' });
    signInAs('supervisor');
  });

  it('shows every panel from the core’s figures, for this year by default', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<DashboardView active />);
    await screen.findByTestId('dash-volume');
    const thisYear = presetPeriod('thisYear', todayIso());
    for (const channel of PANELS) expect(calls(channel)).toEqual([thisYear]);
    expect(summary('volume')).toBe('8 received'); // 5 + 3
    expect(summary('backlog')).toBe('4 open');
    expect(screen.getByTestId('dash-backlog-status-awaiting_parts').textContent).toBe(
      'Awaiting parts: 1',
    );
    expect(screen.getByTestId('dash-backlog-age').textContent).toBe(
      '0-2: 2 · 3-5: 1 · 6-10: 0 · over 10: 1',
    );
    expect(summary('faults')).toBe('5 faults on 4 tickets');
    const noise = screen.getByTestId('dash-fault-symptoms-NOISE');
    expect(noise.textContent).toContain('Abnormal noise');
    expect(noise.textContent).toContain('60.0%');
    expect(screen.getByTestId('dash-fault-symptoms-NO_POWER').textContent).toContain('100.0%');
    expect(summary('turnaround')).toBe('4 handed back');
    expect(summary('satisfaction')).toBe('4 answers, mean 3.50');
    expect(summary('emergency')).toBe('Met 1 · Missed 2 · Pending 1');
    expect(summary('costTrend')).toBe('Company-borne 1,150.00 · Billed 300.00');
    expect(screen.getByText(/within the promised 4 hours/)).toBeTruthy();
  });

  it('lists overdue follow-ups, open complaints and overdue corrective actions with their views', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(
      <>
        <DashboardView active />
        <Where />
      </>,
    );
    const lists = await screen.findByTestId('dash-lists');
    expect(calls('followUps/worklist')).toEqual([{ overdueOnly: true, limit: 5 }]);
    expect(calls('improvement/list')).toEqual([{ overdueOnly: true, limit: 5 }]);
    expect(within(lists).getByTestId('dash-list-followUps').textContent).toContain(
      'due 2026-11-20',
    );
    expect(within(lists).getByTestId('dash-list-complaints').textContent).toContain(
      'The drum is noisy again',
    );
    expect(within(lists).getByTestId('dash-list-actions').textContent).toContain(
      'CA-2026-005 · Drum bearings wear early',
    );
    fireEvent.click(screen.getByTestId('dash-list-complaints-open'));
    expect(screen.getByTestId('where').textContent).toBe('/manage/complaints');
  });

  it('asks every panel again when the period or the station changes', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(<DashboardView active />);
    await screen.findByTestId('dash-volume');

    fireEvent.click(screen.getByText('Last month'));
    const lastMonth = presetPeriod('lastMonth', todayIso());
    await waitFor(() => {
      for (const channel of PANELS) expect(calls(channel).at(-1)).toEqual(lastMonth);
    });

    fireEvent.click(screen.getByTestId('dash-station'));
    fireEvent.click(await screen.findByText('KHH · Kaohsiung station'));
    await waitFor(() => {
      for (const channel of PANELS) {
        expect(calls(channel).at(-1)).toEqual({ ...lastMonth, stationId: 2 });
      }
    });
  });

  it('opens a corrective action from a fault trend, by code or by model', async () => {
    bridge.invoke.mockImplementation(core());
    renderScreen(
      <>
        <DashboardView active />
        <Where />
      </>,
    );
    fireEvent.click(await screen.findByTestId('dash-fault-action-symptoms-NOISE'));
    expect(screen.getByTestId('where').textContent).toBe(
      '/manage/actions?new=trend&faultCode=NOISE',
    );
    fireEvent.click(screen.getByText('By model'));
    fireEvent.click(await screen.findByTestId('dash-fault-action-models-WM-80'));
    expect(screen.getByTestId('where').textContent).toBe('/manage/actions?new=trend&modelId=21');
  });

  it('offers finance the figures but not the corrective action (supervisors open those)', async () => {
    signInAs('finance');
    bridge.invoke.mockImplementation(core());
    renderScreen(<DashboardView active />);
    await screen.findByTestId('dash-fault-symptoms-NOISE');
    expect(screen.queryByTestId('dash-fault-action-symptoms-NOISE')).toBeNull();
  });

  it('says what would fill each empty panel', async () => {
    bridge.invoke.mockImplementation(core(true));
    renderScreen(<DashboardView active />);
    expect((await screen.findByTestId('dash-faults-empty')).textContent).toContain(
      'Fault codes logged at the Bench fill this panel',
    );
    for (const id of [
      'volume',
      'backlog',
      'turnaround',
      'satisfaction',
      'emergency',
      'costTrend',
    ]) {
      expect(screen.getByTestId(`dash-${id}-empty`)).toBeTruthy();
      expect(screen.queryByTestId(`dash-${id}-png`)).toBeNull();
    }
    expect(screen.getByTestId('dash-list-followUps').textContent).toContain(
      'No follow-up call is overdue.',
    );
  });

  it('prints the report for the filter in the reader’s language', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    bridge.invoke.mockImplementation(core());
    renderScreen(<DashboardView active />);
    await screen.findByTestId('dash-volume');
    fireEvent.click(await screen.findByText('列印報表'));
    await waitFor(() => expect(bridge.openDocument).toHaveBeenCalledWith(77));
    expect(calls('documents/dashboardReport')).toEqual([
      { ...presetPeriod('thisYear', todayIso()), language: 'zh-TW' },
    ]);
    expect(screen.getByText('故障柏拉圖')).toBeTruthy();
  });

  it('is not shown to the intake desk, and asks nothing', async () => {
    signInAs('intake_clerk');
    bridge.invoke.mockImplementation(core());
    renderScreen(<DashboardView active />);
    expect((await screen.findByTestId('dash-not-allowed')).textContent).toContain(
      'supervisors, finance and admins',
    );
    expect(bridge.invoke).not.toHaveBeenCalled();
  });
});
