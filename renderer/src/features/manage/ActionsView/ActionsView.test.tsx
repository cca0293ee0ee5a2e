import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { createLiveHub } from '../../../data';
import { usePrefs } from '../../../stores/prefs';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { ME, signInAs } from '../testFixtures';
import { ActionsView } from './ActionsView';
import { actionItem, effect, problem, problemDetail } from './testFixtures';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const callsOf = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input as unknown);

const lists = {
  'faultCodes/list': () => [
    {
      id: 1,
      kind: 'symptom' as const,
      code: 'NO_POWER',
      nameEn: 'No power',
      nameZh: '不開機',
      sort: 10,
      active: true,
      version: 1,
    },
  ],
  'catalogue/listModels': () => [],
  'staff/list': () => [
    {
      id: ME.id,
      username: 'mei',
      displayName: ME.displayName,
      roles: ['supervisor' as const],
      active: true,
      version: 1,
    },
  ],
};

describe('ActionsView (改進措施, policy 6)', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs('supervisor');
  });

  it('lists the register with status badges, the overdue problem standing out', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'improvement/list': () => ({
          rows: [problem(2, { overdue: true, status: 'in_progress' }), problem(1)],
          nextCursor: null,
        }),
      }),
    );
    renderScreen(<ActionsView active />);
    const late = await screen.findByTestId('action-row-2');
    expect(late.getAttribute('data-overdue')).toBe('true');
    expect(within(late).getByTestId('action-overdue').textContent).toBe('Overdue');
    expect(within(late).getByTestId('problem-status').textContent).toBe('In progress');
    const other = screen.getByTestId('action-row-1');
    expect(other.getAttribute('data-overdue')).toBe('false');
    expect(within(other).queryByTestId('action-overdue')).toBeNull();

    fireEvent.click(screen.getByTestId('actions-overdue-only'));
    await waitFor(() =>
      expect(callsOf('improvement/list').at(-1)).toEqual({ overdueOnly: true, limit: 50 }),
    );
  });

  it('opens the new-problem form from a dashboard link with the trend, fault code and model filled', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        ...lists,
        'improvement/list': () => ({ rows: [], nextCursor: null }),
        'improvement/open': () => problemDetail(5),
        'improvement/get': () => problemDetail(5),
        'improvement/effectiveness': () => effect(),
      }),
    );
    renderScreen(<ActionsView active />, {
      route: '/manage/actions?new=trend&faultCode=NO_POWER&modelId=3',
    });
    await screen.findByTestId('problem-new-form');
    expect((screen.getByTestId('problem-source') as HTMLInputElement).value).toBe('Fault trend');
    fireEvent.change(screen.getByTestId('problem-title'), {
      target: { value: 'Washers dead on arrival' },
    });
    fireEvent.click(screen.getByTestId('problem-open-submit'));
    await waitFor(() => expect(callsOf('improvement/open')).toHaveLength(1));
    await screen.findByTestId('problem-detail');
    expect(callsOf('improvement/open')).toEqual([
      {
        title: 'Washers dead on arrival',
        source: 'trend',
        kind: 'corrective',
        faultCodes: ['NO_POWER'],
        modelIds: [3],
        ticketIds: [],
      },
    ]);
  });

  it('completes an action item and says why the problem cannot be done yet', async () => {
    const item = actionItem(11, { description: 'Change the board supplier', overdue: true });
    bridge.invoke.mockImplementation(
      fakeInvoke({
        ...lists,
        'improvement/list': () => ({ rows: [problem(1, { overdue: true })], nextCursor: null }),
        'improvement/get': () => problemDetail(1, { actionItems: [item], overdue: true }),
        'improvement/effectiveness': () => effect(),
        'improvement/completeAction': () =>
          problemDetail(1, {
            version: 2,
            actionItems: [
              { ...item, doneAt: '2026-11-28T02:00:00.000Z', note: 'Done', overdue: false },
            ],
          }),
      }),
    );
    renderScreen(<ActionsView active />);
    fireEvent.click(await screen.findByTestId('action-row-1'));
    await screen.findByTestId('problem-detail');
    expect(screen.getByTestId('problem-step-markDone').hasAttribute('disabled')).toBe(true);
    const markDone = screen.getByTestId('problem-refused-markDone');
    expect(markDone.getAttribute('data-reason')).toBe('improvement.openActionsLeft');
    expect(markDone.textContent).toMatch(/still has 1 open action item/);
    expect(screen.getByTestId('problem-item-11').getAttribute('data-overdue')).toBe('true');

    fireEvent.change(screen.getByTestId('problem-item-note-11'), { target: { value: 'Done' } });
    fireEvent.click(screen.getByTestId('problem-item-complete-11'));
    await waitFor(() =>
      expect(screen.getByTestId('problem-item-11').getAttribute('data-done')).toBe('true'),
    );
    expect(callsOf('improvement/completeAction')).toEqual([{ actionId: 11, note: 'Done' }]);
  });

  it('says why a step is refused in the reader’s language', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    const open = actionItem(12);
    bridge.invoke.mockImplementation(
      fakeInvoke({
        ...lists,
        'improvement/list': () => ({ rows: [problem(1)], nextCursor: null }),
        'improvement/get': () => problemDetail(1, { actionItems: [open] }),
        'improvement/effectiveness': () => effect(),
      }),
    );
    renderScreen(<ActionsView active />);
    fireEvent.click(await screen.findByTestId('action-row-1'));
    await screen.findByTestId('problem-detail');

    expect(screen.getByTestId('problem-refused-markDone').textContent).toBe(
      '標記完成：問題 CA-2026-0001 還有 1 個整改項目未完成：所有整改項目完成後，問題才算完成（政策 6）。',
    );
    expect(screen.getByTestId('problem-refused-reopen').textContent).toBe(
      '重新開啟：問題 CA-2026-0001 尚未完成：只有已完成的問題才能重新開啟。',
    );
  });

  it('shows the rate before and after the action date and records the verdict', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        ...lists,
        'improvement/list': () => ({ rows: [problem(1, { status: 'done' })], nextCursor: null }),
        'improvement/get': () => problemDetail(1, { status: 'done', version: 4 }),
        'improvement/effectiveness': () =>
          effect({
            actionDate: '2026-11-27',
            before: {
              from: '2026-08-29',
              to: '2026-11-26',
              rate: { count: 3, of: 5 },
              complete: true,
            },
            after: {
              from: '2026-11-28',
              to: '2027-02-25',
              rate: { count: 1, of: 4 },
              complete: false,
            },
          }),
        'improvement/review': () => problemDetail(1, { status: 'reviewed', version: 5 }),
      }),
    );
    renderScreen(<ActionsView active />);
    fireEvent.click(await screen.findByTestId('action-row-1'));
    const before = await screen.findByTestId('effectiveness-before');
    // 3 of 5 = 60 %, 1 of 4 = 25 %.
    expect(before.textContent).toContain('3 of 5 completed tickets (60%)');
    expect(screen.getByTestId('effectiveness-after').textContent).toContain(
      '1 of 4 completed tickets (25%)',
    );
    expect(screen.getByTestId('effectiveness-after').textContent).toContain('window not over yet');

    fireEvent.change(screen.getByTestId('review-note'), {
      target: { value: 'No-power returns fell' },
    });
    fireEvent.click(screen.getByTestId('review-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('problem-detail').getAttribute('data-status')).toBe('reviewed'),
    );
    expect(callsOf('improvement/review')).toEqual([
      {
        problemId: 1,
        version: 4,
        verdict: 'effective',
        note: 'No-power returns fell',
        windowDays: 90,
      },
    ]);
  });

  it('lets finance read the register but offers no new problem', async () => {
    signInAs('finance');
    bridge.invoke.mockImplementation(
      fakeInvoke({ 'improvement/list': () => ({ rows: [problem(1)], nextCursor: null }) }),
    );
    renderScreen(<ActionsView active />, { route: '/manage/actions?new=trend&faultCode=NO_POWER' });
    await screen.findByTestId('action-row-1');
    expect(screen.queryByTestId('actions-new')).toBeNull();
    expect(screen.queryByTestId('problem-new-form')).toBeNull();
  });

  it('reads the register again when another person completes an action item', async () => {
    let done = false;
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'improvement/list': () => ({
          rows: [problem(2, done ? { status: 'done' } : { overdue: true, status: 'in_progress' })],
          nextCursor: null,
        }),
      }),
    );
    const live = createLiveHub();
    renderScreen(<ActionsView active />, { live });
    expect((await screen.findByTestId('action-row-2')).getAttribute('data-overdue')).toBe('true');

    // Another record changing does not ask again; an action item completed elsewhere does.
    live.emit({
      changes: [{ entity: 'requisition', id: '9' }],
      by: { id: 5, displayName: 'Kuo Chien-hung' },
      channel: 'requisitions/issue',
      version: 30,
    });
    done = true;
    live.emit({
      changes: [{ entity: 'problem_action', id: '4' }],
      by: { id: 5, displayName: 'Kuo Chien-hung' },
      channel: 'improvement/completeAction',
      version: 31,
    });
    await waitFor(() =>
      expect(screen.getByTestId('action-row-2').getAttribute('data-overdue')).toBe('false'),
    );
    expect(
      within(screen.getByTestId('action-row-2')).getByTestId('problem-status').textContent,
    ).toBe('Done');
    expect(callsOf('improvement/list')).toHaveLength(2);
  });
});
