import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { ticketFrom } from '../testFixtures';
import { useTicketDrawer } from '../ticketDrawer';
import { TicketDetailDrawer } from './TicketDetailDrawer';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

// The drawer offers what the core says this reader may do (main/intake/ticketActions.ts), not a
// copy of the rule: the desk cancels before the repair starts, a supervisor overrides a warranty.
function showTicket(actions: ReturnType<typeof ticketFrom>['actions']) {
  bridge.invoke.mockImplementation(
    fakeInvoke({
      'tickets/get': () => ticketFrom({ actions }),
      'attachments/list': () => [],
      'tickets/history': () => [],
    }),
  );
  renderScreen(<TicketDetailDrawer />);
  useTicketDrawer.getState().open(21);
}

const no = (message: string) => ({
  allowed: false,
  refusal: {
    code: 'RULE' as const,
    reason: 'intake.alreadyCovered' as const,
    params: { reportNo: 'R2026-000021' },
    message,
  },
});
const yes = { allowed: true, refusal: null };

describe('TicketDetailDrawer', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    useTicketDrawer.setState({ ticketId: null });
  });

  it('offers cancel and override exactly when the core allows them', async () => {
    showTicket({ cancel: yes, overrideWarranty: yes });
    expect(await screen.findByTestId('detail-cancel')).toBeTruthy();
    expect(screen.getByTestId('detail-override')).toBeTruthy();
  });

  it('offers neither when the core refuses them, whatever the role', async () => {
    showTicket({
      cancel: no('R2026-000021 is in repair; a ticket is cancelled only before its repair starts.'),
      overrideWarranty: no('R2026-000021 is already covered by the warranty.'),
    });
    expect(await screen.findByTestId('ticket-detail-title')).toBeTruthy();
    await screen.findByTestId('detail-print-label');
    expect(screen.queryByTestId('detail-cancel')).toBeNull();
    expect(screen.queryByTestId('detail-override')).toBeNull();
  });
});
