import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { createLiveHub } from '../../../data';
import { coreError, fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { complaintDetail, followUp, followUpDetail, signInAs } from '../testFixtures';
import { FollowUpsView } from './FollowUpsView';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const callsOf = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input as unknown);

describe('FollowUpsView (客戶回訪, policy 3.6)', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs('intake_clerk');
  });

  it('lists the calls to make, overdue ones marked in red, a page at a time', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'followUps/worklist': ({ cursor }) =>
          cursor
            ? { rows: [followUp(3)], nextCursor: null }
            : {
                rows: [followUp(1, { overdue: true, attempts: 1 }), followUp(2)],
                nextCursor: '2026-12-04T15:59:59.999Z|2',
              },
      }),
    );
    renderScreen(<FollowUpsView active />);

    const late = await screen.findByTestId('followup-row-R2612-000001');
    expect(late.getAttribute('data-overdue')).toBe('true');
    expect(within(late).getByTestId('followup-overdue').textContent).toBe('Overdue');
    expect(late.textContent).toContain('1 attempt');
    const onTime = screen.getByTestId('followup-row-R2612-000002');
    expect(within(onTime).queryByTestId('followup-overdue')).toBeNull();
    expect(onTime.textContent).toContain('Due 2026-12-04');

    fireEvent.click(screen.getByTestId('followups-more'));
    await screen.findByTestId('followup-row-R2612-000003');
    expect(callsOf('followUps/worklist')).toEqual([
      { overdueOnly: false, limit: 50 },
      { overdueOnly: false, cursor: '2026-12-04T15:59:59.999Z|2', limit: 50 },
    ]);

    fireEvent.click(screen.getByText('Overdue only'));
    await waitFor(() =>
      expect(callsOf('followUps/worklist').at(-1)).toEqual({ overdueOnly: true, limit: 50 }),
    );
  });

  it('drops a call another person made from the worklist, without a reload', async () => {
    let rows = [followUp(1, { overdue: true }), followUp(2)];
    bridge.invoke.mockImplementation(
      fakeInvoke({ 'followUps/worklist': () => ({ rows, nextCursor: null }) }),
    );
    const live = createLiveHub();
    renderScreen(<FollowUpsView active />, { live });
    await screen.findByTestId('followup-row-R2612-000001');

    // A colleague reaches the first customer at the next desk; that follow-up is done.
    rows = [followUp(2)];
    live.emit({
      changes: [{ entity: 'followUp', id: '1' }],
      by: { id: 4, displayName: 'Lin Pei-shan' },
      channel: 'followUps/recordAttempt',
      version: 300,
    });
    await waitFor(() => expect(screen.queryByTestId('followup-row-R2612-000001')).toBeNull());
    expect(screen.getByTestId('followup-row-R2612-000002')).toBeTruthy();
    expect(screen.getByTestId('followups-count').textContent).toContain('1');
  });

  it('the open call follows a colleague’s: once they reached the customer, no form is left here', async () => {
    let detail = followUpDetail(1);
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'followUps/worklist': () => ({ rows: [followUp(1)], nextCursor: null }),
        'followUps/get': () => detail,
      }),
    );
    const live = createLiveHub();
    renderScreen(<FollowUpsView active />, { live });
    fireEvent.keyDown(await screen.findByTestId('followup-row-R2612-000001'), { key: 'Enter' });
    await screen.findByTestId('followup-attempt-form');

    detail = followUpDetail(1, { status: 'done', satisfaction: 5, attempts: 1 });
    live.emit({
      changes: [{ entity: 'followUp', id: '1' }],
      by: { id: 4, displayName: 'Lin Pei-shan' },
      channel: 'followUps/recordAttempt',
      version: 301,
    });
    await waitFor(() =>
      expect(screen.getByTestId('followup-detail').getAttribute('data-status')).toBe('done'),
    );
    expect(screen.queryByTestId('followup-attempt-form')).toBeNull();
  });

  it('records a reached call with a satisfaction score and comments, which closes it', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'followUps/worklist': () => ({ rows: [followUp(1)], nextCursor: null }),
        'followUps/get': () => followUpDetail(1),
        'followUps/recordAttempt': () =>
          followUpDetail(1, { status: 'done', satisfaction: 4, attempts: 1 }),
      }),
    );
    renderScreen(<FollowUpsView active />);
    fireEvent.keyDown(await screen.findByTestId('followup-row-R2612-000001'), { key: 'Enter' });
    await screen.findByTestId('followup-attempt-form');

    const rating = screen.getByTestId('followup-satisfaction');
    // The stars are radio buttons: Enter on the fourth gives 4 (the keyboard's way).
    fireEvent.keyDown(rating.querySelector('input[value="4"]')!, { key: 'Enter' });
    fireEvent.change(screen.getByTestId('followup-comments'), {
      target: { value: ' Quiet now, thank you ' },
    });
    fireEvent.click(screen.getByTestId('followup-submit'));

    await waitFor(() =>
      expect(screen.getByTestId('followup-detail').getAttribute('data-status')).toBe('done'),
    );
    expect(callsOf('followUps/recordAttempt')).toEqual([
      {
        followUpId: 1,
        method: 'phone',
        reached: true,
        satisfaction: 4,
        comments: 'Quiet now, thank you',
      },
    ]);
    // Done: no form for another call.
    expect(screen.queryByTestId('followup-attempt-form')).toBeNull();
  });

  it('a customer not reached sends no score; the core’s word on the score shows on the field', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'followUps/worklist': () => ({ rows: [followUp(1)], nextCursor: null }),
        'followUps/get': () => followUpDetail(1),
        'followUps/recordAttempt': (input) => {
          if (input.reached && input.satisfaction === undefined) {
            throw coreError('VALIDATION', 'Check the entries', {
              issues: [
                {
                  field: 'satisfaction',
                  message: 'A customer reached gives a satisfaction score 1-5',
                },
              ],
            });
          }
          return followUpDetail(1, { attempts: 1 });
        },
      }),
    );
    renderScreen(<FollowUpsView active />);
    fireEvent.click(await screen.findByTestId('followup-row-R2612-000001'));
    await screen.findByTestId('followup-attempt-form');

    fireEvent.click(screen.getByTestId('followup-submit'));
    expect(
      await screen.findByText('A customer reached gives a satisfaction score 1-5'),
    ).toBeTruthy();

    fireEvent.click(screen.getByText('E-mail'));
    fireEvent.click(screen.getByText('Not reached, retry later'));
    expect(screen.queryByTestId('followup-satisfaction')).toBeNull();
    fireEvent.click(screen.getByTestId('followup-submit'));
    await waitFor(() => expect(callsOf('followUps/recordAttempt')).toHaveLength(2));
    expect(callsOf('followUps/recordAttempt')[1]).toEqual({
      followUpId: 1,
      method: 'email',
      reached: false,
    });
  });

  it('records a complaint from the call, linked to the follow-up', async () => {
    let complaints = [] as ReturnType<typeof complaintDetail>[];
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'followUps/worklist': () => ({ rows: [followUp(1)], nextCursor: null }),
        'followUps/get': () => followUpDetail(1, { complaints }),
        'complaints/record': () => {
          complaints = [complaintDetail(9)];
          return complaints[0];
        },
      }),
    );
    renderScreen(<FollowUpsView active />);
    fireEvent.click(await screen.findByTestId('followup-row-R2612-000001'));
    fireEvent.click(await screen.findByTestId('followup-complaint-open'));
    fireEvent.change(screen.getByTestId('complaint-description'), {
      target: { value: 'The drum is noisy again' },
    });
    fireEvent.click(screen.getByTestId('complaint-record-submit'));

    await screen.findByTestId('followup-complaint-9');
    expect(callsOf('complaints/record')).toEqual([
      { ticketId: 101, followUpId: 1, description: 'The drum is noisy again' },
    ]);
  });

  it('finance reads the worklist but records no call', async () => {
    signInAs('finance');
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'followUps/worklist': () => ({ rows: [followUp(1)], nextCursor: null }),
        'followUps/get': () => followUpDetail(1),
      }),
    );
    renderScreen(<FollowUpsView active />);
    fireEvent.click(await screen.findByTestId('followup-row-R2612-000001'));
    await screen.findByText('Only the desk and supervisors record follow-up calls.');
    expect(screen.queryByTestId('followup-attempt-form')).toBeNull();
    expect(screen.queryByTestId('followup-complaint-open')).toBeNull();
  });
});
