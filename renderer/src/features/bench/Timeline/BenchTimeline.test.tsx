import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../../../../main/bench/ticketHistory';
import type * as Bridge from '../../../bridge';
import { usePrefs } from '../../../stores/prefs';
import { fakeInvoke } from '../../../test/bridgeMock';
import { signInStaff } from '../../../test/sessionStatus';
import { renderScreen } from '../../../test/render';
import { benchTicket } from '../testFixtures';
import { BenchTimeline } from './BenchTimeline';
import { TicketHistory } from './TicketHistory';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const at = '2026-03-14T03:00:00.000Z';
const history: HistoryEntry[] = [
  { id: 1, kind: 'intake', action: 'create', by: '陳美玲', at, params: {} },
  {
    id: 2,
    kind: 'status',
    action: 'transition',
    by: '林志豪',
    at,
    params: { from: 'received', status: 'diagnosing' },
  },
  {
    id: 3,
    kind: 'note',
    action: 'addNote',
    by: '林志豪',
    at,
    params: { kind: 'note', text: 'Drum bearing noisy' },
  },
  { id: 4, kind: 'labour', action: 'labourAdd', by: '林志豪', at, params: { minutes: 25 } },
  {
    id: 5,
    kind: 'requisitionApproved',
    action: 'approve',
    by: '王主任',
    at,
    params: { reqNo: 'RQ-000007' },
  },
  { id: 6, kind: 'document', action: 'print', by: '陳美玲', at, params: { kind: 'receipt' } },
];

function entry(id: number): HTMLElement {
  return screen.getByTestId(`bench-timeline-${id}`);
}

describe('the ticket timeline', () => {
  afterEach(() => usePrefs.setState({ language: 'en' }));

  it('shows everything that happened, with who and when', () => {
    renderScreen(<BenchTimeline ticket={benchTicket({ history })} />);
    expect(entry(1).textContent).toContain('Registered at intake');
    expect(entry(1).textContent).toContain('陳美玲');
    expect(entry(2).dataset.to).toBe('diagnosing');
    expect(entry(3).textContent).toContain('Drum bearing noisy');
    expect(entry(4).textContent).toContain('Labour recorded: 25 min');
    expect(entry(5).textContent).toContain('Requisition RQ-000007 approved');
    expect(entry(6).textContent).toContain('Printed: Returned-unit receipt');
  });

  it('in Chinese for a Chinese UI', async () => {
    usePrefs.setState({ language: 'zh-TW' });
    renderScreen(<BenchTimeline ticket={benchTicket({ history })} />);
    await screen.findByText('收件登記');
    expect(entry(4).textContent).toContain('登錄工時：25 分鐘');
    expect(entry(5).textContent).toContain('領用申請 RQ-000007 已審批');
  });
});

describe("the timeline in the desk's ticket drawer", () => {
  it('reads tickets/history and shows the same entries', async () => {
    signInStaff({ id: 1, username: 'mei', displayName: '陳美華', roles: ['intake_clerk'] });
    bridge.invoke.mockImplementation(fakeInvoke({ 'tickets/history': () => history }));
    renderScreen(<TicketHistory ticketId={12} />);
    await screen.findByTestId('ticket-history-6');
    expect(screen.getByTestId('ticket-history-1').textContent).toContain('Registered at intake');
    expect(bridge.invoke).toHaveBeenCalledWith('tickets/history', { ticketId: 12 });
  });
});
