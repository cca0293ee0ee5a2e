import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingDetail } from '../../../../../main/improvement/meetings';
import type * as Bridge from '../../../bridge';
import { createLiveHub } from '../../../data';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { problem } from '../ActionsView/testFixtures';
import { ME, signInAs } from '../testFixtures';
import { MeetingsView } from './MeetingsView';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const callsOf = (channel: string) =>
  bridge.invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input as unknown);

const meeting: MeetingDetail = {
  id: 3,
  heldOn: '2026-11-27',
  periodFrom: '2026-10-01',
  periodTo: '2026-10-31',
  reportDocumentId: null,
  minutes: 'Supplier change agreed.',
  attendees: [ME],
  agenda: ['October costs', 'No-power returns'],
  problems: [{ id: 1, number: 'CA-2026-0001', title: 'Problem 1', status: 'open' }],
  createdAt: '2026-11-27T01:00:00.000Z',
  version: 1,
};

describe('MeetingsView (定期召開保修業務分析會議, policy 6)', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    signInAs('supervisor');
  });

  it('records a meeting with attendees, period, agenda and the problems decided on', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'meetings/list': () => ({ rows: [], nextCursor: null }),
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
        'improvement/list': () => ({ rows: [problem(1)], nextCursor: null }),
        'meetings/record': () => meeting,
        'meetings/get': () => meeting,
      }),
    );
    renderScreen(<MeetingsView active />);
    await screen.findByTestId('meetings-empty');
    fireEvent.click(screen.getByTestId('meetings-record'));
    await screen.findByTestId('meeting-form');

    for (const [id, value] of [
      ['meeting-held-on', '2026-11-27'],
      ['meeting-period-from', '2026-10-01'],
      ['meeting-period-to', '2026-10-31'],
    ]) {
      const input = screen.getByTestId(id);
      fireEvent.change(input, { target: { value } });
      fireEvent.blur(input);
    }
    fireEvent.click(screen.getByTestId('meeting-attendees'));
    fireEvent.click(await screen.findByRole('option', { name: ME.displayName }));
    fireEvent.click(screen.getByTestId('meeting-problems'));
    fireEvent.click(await screen.findByRole('option', { name: 'CA-2026-0001 Problem 1' }));
    fireEvent.change(screen.getByTestId('meeting-agenda'), {
      target: { value: 'October costs\n\nNo-power returns\n' },
    });
    fireEvent.change(screen.getByTestId('meeting-minutes'), {
      target: { value: 'Supplier change agreed.' },
    });
    fireEvent.click(screen.getByTestId('meeting-submit'));

    await waitFor(() => expect(callsOf('meetings/record')).toHaveLength(1));
    expect(callsOf('meetings/record')[0]).toEqual({
      heldOn: '2026-11-27',
      attendeeIds: [ME.id],
      periodFrom: '2026-10-01',
      periodTo: '2026-10-31',
      agenda: ['October costs', 'No-power returns'],
      minutes: 'Supplier change agreed.',
      problemIds: [1],
    });
    const detail = await screen.findByTestId('meeting-detail');
    expect(detail.textContent).toContain('CA-2026-0001 Problem 1');
  });

  it('lets finance read the meetings but not record one', async () => {
    signInAs('finance');
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'meetings/list': () => ({
          rows: [
            {
              id: 3,
              heldOn: '2026-11-27',
              periodFrom: '2026-10-01',
              periodTo: '2026-10-31',
              attendees: 1,
              problems: 1,
              version: 1,
            },
          ],
          nextCursor: null,
        }),
        'meetings/get': () => meeting,
      }),
    );
    renderScreen(<MeetingsView active />);
    fireEvent.click(await screen.findByTestId('meeting-row-3'));
    expect((await screen.findByTestId('meeting-detail')).textContent).toContain('October costs');
    expect(screen.queryByTestId('meetings-record')).toBeNull();
  });

  it('lists a meeting recorded at another workstation, without a reload', async () => {
    const summary = {
      id: 3,
      heldOn: '2026-11-27',
      periodFrom: '2026-10-01',
      periodTo: '2026-10-31',
      attendees: 1,
      problems: 1,
      version: 1,
    };
    let rows: (typeof summary)[] = [];
    bridge.invoke.mockImplementation(
      fakeInvoke({ 'meetings/list': () => ({ rows, nextCursor: null }) }),
    );
    const live = createLiveHub();
    renderScreen(<MeetingsView active />, { live });
    await screen.findByTestId('meetings-empty');

    rows = [summary];
    live.emit({
      changes: [{ entity: 'meeting', id: '3' }],
      by: { id: 6, displayName: 'Chang Shu-fen' },
      channel: 'meetings/record',
      version: 500,
    });
    expect((await screen.findByTestId('meeting-row-3')).textContent).toContain('2026-11-27');
    expect(screen.queryByTestId('meetings-empty')).toBeNull();
  });
});
