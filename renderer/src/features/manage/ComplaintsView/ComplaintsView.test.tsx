import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StaffSummary } from '../../../../../main/staff/staffRepo';
import type * as Bridge from '../../../bridge';
import { createLiveHub } from '../../../data';
import { usePrefs } from '../../../stores/prefs';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { complaint, complaintDetail, ME, signInAs } from '../testFixtures';
import { ComplaintsView } from './ComplaintsView';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const callsOf = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input as unknown);

const STAFF: StaffSummary[] = [
  {
    id: 7,
    username: 'mei',
    displayName: ME.displayName,
    roles: ['intake_clerk'],
    active: true,
    version: 1,
  },
  {
    id: 9,
    username: 'old',
    displayName: 'Gone Staff',
    roles: ['technician'],
    active: false,
    version: 2,
  },
];

describe('ComplaintsView (客訴, policy 3.6)', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs('supervisor');
  });

  it('lists every open complaint, the overdue one in red, and mine on demand', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'complaints/open': () => ({
          rows: [
            complaint(1, { overdue: true, responsible: ME, dueDate: '2026-12-04' }),
            complaint(2),
          ],
          nextCursor: null,
        }),
        'complaints/mine': () => ({ rows: [], nextCursor: null }),
      }),
    );
    renderScreen(<ComplaintsView active />);

    const late = await screen.findByTestId('complaint-row-1');
    expect(within(late).getByTestId('complaint-overdue').textContent).toBe('Overdue');
    expect(late.textContent).toContain('Chen Mei-hua · Deadline 2026-12-04');
    expect(screen.getByTestId('complaint-row-2').textContent).toContain('Not routed yet');

    fireEvent.click(screen.getByText('Mine'));
    await screen.findByText('No complaint in your hands.');
    expect(callsOf('complaints/mine')).toEqual([{ limit: 50 }]);
  });

  it('offers the steps the core allows and says why the others are not', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'complaints/open': () => ({ rows: [complaint(1)], nextCursor: null }),
        'complaints/get': () => complaintDetail(1),
      }),
    );
    renderScreen(<ComplaintsView active />);
    fireEvent.keyDown(await screen.findByTestId('complaint-row-1'), { key: 'Enter' });
    await screen.findByTestId('complaint-detail');

    expect(screen.getByTestId('complaint-action-route').hasAttribute('disabled')).toBe(false);
    for (const step of ['start', 'resolve', 'close']) {
      expect(screen.getByTestId(`complaint-action-${step}`).hasAttribute('disabled')).toBe(true);
    }
    const close = screen.getByTestId('complaint-refused-close');
    expect(close.getAttribute('data-reason')).toBe('aftercare.closeOnlyResolved');
    expect(close.textContent).toBe(
      'Close: Complaint #1 (Open): a complaint is closed only once it is resolved (policy 3.6).',
    );
    expect(screen.queryByTestId('complaint-refused-route')).toBeNull();
    expect(screen.getByTestId('complaint-event-recorded')).toBeTruthy();
  });

  it('says why a step is refused in the reader’s language', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    signInAs('intake_clerk');
    const theirs = { responsible: { id: 9, displayName: 'Lin Chih-hao' }, dueDate: '2099-01-15' };
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'complaints/open': () => ({ rows: [complaint(1, theirs)], nextCursor: null }),
        'complaints/get': () => complaintDetail(1, theirs),
      }),
    );
    renderScreen(<ComplaintsView active />);
    fireEvent.click(await screen.findByTestId('complaint-row-1'));
    await screen.findByTestId('complaint-detail');

    expect(screen.getByTestId('complaint-refused-route').textContent).toBe(
      '指派：客訴由主管或系統管理員指派。',
    );
    expect(screen.getByTestId('complaint-refused-start').textContent).toBe(
      '開始處理：客訴 #1 由 Lin Chih-hao 負責，只有負責人或主管可以處理。',
    );
  });

  it('routes it to an active staff member with a deadline', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'complaints/open': () => ({ rows: [complaint(1)], nextCursor: null }),
        'complaints/get': () => complaintDetail(1),
        'staff/list': () => STAFF,
        'complaints/route': () =>
          complaintDetail(1, { responsible: ME, dueDate: '2099-01-15', version: 2 }),
      }),
    );
    renderScreen(<ComplaintsView active />);
    fireEvent.click(await screen.findByTestId('complaint-row-1'));
    fireEvent.click(await screen.findByTestId('complaint-action-route'));

    fireEvent.click(screen.getByTestId('complaint-route-staff'));
    expect(screen.queryByRole('option', { name: 'Gone Staff' })).toBeNull();
    fireEvent.click(await screen.findByRole('option', { name: ME.displayName }));
    const due = screen.getByTestId('complaint-route-due');
    fireEvent.change(due, { target: { value: '2099-01-15' } });
    fireEvent.blur(due);
    fireEvent.change(screen.getByTestId('complaint-route-note'), {
      target: { value: 'Call the customer first' },
    });
    fireEvent.click(screen.getByTestId('complaint-route-submit'));

    await waitFor(() =>
      expect(screen.getByTestId('complaint-responsible').textContent).toContain(ME.displayName),
    );
    expect(callsOf('complaints/route')).toEqual([
      {
        complaintId: 1,
        version: 1,
        responsibleId: 7,
        dueDate: '2099-01-15',
        note: 'Call the customer first',
      },
    ]);
  });

  it('the responsible person resolves it with a re-repair, then closes it', async () => {
    signInAs('intake_clerk');
    const mine = { responsible: ME, dueDate: '2099-01-15' };
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'complaints/open': () => ({ rows: [complaint(1, mine)], nextCursor: null }),
        'complaints/get': () =>
          complaintDetail(1, {
            ...mine,
            status: 'in_progress',
            version: 3,
          }),
        'complaints/resolve': () =>
          complaintDetail(1, {
            ...mine,
            status: 'resolved',
            version: 4,
            resolution: 'Bearing replaced',
            rerepairTicketId: 205,
          }),
        'complaints/close': () => complaintDetail(1, { ...mine, status: 'closed', version: 5 }),
      }),
    );
    renderScreen(<ComplaintsView active />);
    fireEvent.click(await screen.findByTestId('complaint-row-1'));
    fireEvent.click(await screen.findByTestId('complaint-action-resolve'));
    fireEvent.change(screen.getByTestId('complaint-resolution'), {
      target: { value: 'Bearing replaced' },
    });
    fireEvent.click(screen.getByTestId('complaint-rerepair'));
    fireEvent.click(screen.getByTestId('complaint-resolve-submit'));

    await screen.findByTestId('complaint-rerepair-link');
    expect(callsOf('complaints/resolve')).toEqual([
      { complaintId: 1, version: 3, resolution: 'Bearing replaced', rerepair: true },
    ]);
    fireEvent.click(screen.getByTestId('complaint-action-close'));
    await waitFor(() =>
      expect(screen.getByTestId('complaint-detail').getAttribute('data-status')).toBe('closed'),
    );
    expect(callsOf('complaints/close')).toEqual([{ complaintId: 1, version: 4 }]);
  });

  it('shows a complaint routed at another workstation on the list and the open one', async () => {
    let routed = false;
    const now = () => (routed ? { responsible: ME, dueDate: '2026-12-10' } : {});
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'complaints/open': () => ({ rows: [complaint(1, now())], nextCursor: null }),
        'complaints/get': () => complaintDetail(1, now()),
      }),
    );
    const live = createLiveHub();
    renderScreen(<ComplaintsView active />, { live });
    fireEvent.click(await screen.findByTestId('complaint-row-1'));
    expect((await screen.findByTestId('complaint-responsible')).textContent).toContain(
      'Not routed yet',
    );

    // The manager routes it to Mei at the front desk; nothing is clicked here.
    routed = true;
    live.emit({
      changes: [{ entity: 'complaint', id: '1' }],
      by: { id: 2, displayName: 'Lin Wen-chieh' },
      channel: 'complaints/route',
      version: 12,
    });
    await waitFor(() =>
      expect(screen.getByTestId('complaint-responsible').textContent).toContain(ME.displayName),
    );
    await waitFor(() =>
      expect(screen.getByTestId('complaint-row-1').textContent).toContain('Deadline 2026-12-10'),
    );
  });
});
