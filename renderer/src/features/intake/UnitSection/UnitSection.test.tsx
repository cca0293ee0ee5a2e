import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../../../../main/contract/roles';
import type { UnitRecord } from '../../../../../main/intake/unitRepo';
import type * as Bridge from '../../../bridge';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { signInStaff } from '../../../test/sessionStatus';
import { IntakeForm } from '../IntakeForm/IntakeForm';
import { useTicketDrawer } from '../ticketDrawer';
import { coveredDecision, taipei, washer, washerRecord } from '../testFixtures';

const bridge = vi.hoisted(() => ({ invoke: vi.fn(), openDocument: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
  openDocument: bridge.openDocument,
}));

const clerk: Actor = { id: 1, username: 'mchen', displayName: '陳美玲', roles: ['intake_clerk'] };

/** The washer while its ticket R2026-000009 is still open, as units/lookup sends it. */
const inDepot: UnitRecord = {
  ...washerRecord,
  openTicket: { id: 9, reportNo: 'R2026-000009', status: 'ready_for_pickup' },
  newTicket: {
    allowed: false,
    refusal: {
      code: 'CONFLICT',
      reason: 'intake.unitHasOpenTicket',
      params: { serial: washerRecord.unit.serial, reportNo: 'R2026-000009' },
      message: 'unit WM80-2025-00017 already has an open ticket R2026-000009',
    },
  },
};

function core(record: UnitRecord, nextActions: unknown[] = []) {
  return fakeInvoke({
    'catalogue/listModels': () => [washer],
    'stations/list': () => [taipei],
    'units/lookup': ({ serial }) => ({ serial, matches: [record] }),
    'warranty/preview': () => coveredDecision,
    'drafts/get': () => null,
    'drafts/save': ({ form, data }) => ({
      form,
      data,
      updatedAt: '2026-11-27T01:00:00Z',
      version: 1,
    }),
    'drafts/clear': () => ({ cleared: true }),
    'bench/ticket': () => ({ nextActions }) as never,
  });
}

function renderIntake() {
  renderScreen(
    <Routes>
      <Route path="/intake" element={<IntakeForm />} />
      <Route path="/bench" element={<p data-testid="bench-page">bench</p>} />
    </Routes>,
    { route: '/intake' },
  );
}

async function scanWasher() {
  const serial = await screen.findByTestId('intake-serial');
  fireEvent.change(serial, { target: { value: washerRecord.unit.serial } });
  fireEvent.keyDown(serial, { key: 'Enter' });
}

describe('a scanned unit with an open ticket', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    useTicketDrawer.setState({ ticketId: null });
    signInStaff(clerk);
  });

  it('says at once, before anything is signed, that a new report will be refused, and why', async () => {
    bridge.invoke.mockImplementation(core(inDepot));
    renderIntake();
    await scanWasher();
    const alert = await screen.findByTestId('unit-open-ticket');
    expect(alert.dataset.reason).toBe('intake.unitHasOpenTicket');
    expect(alert.textContent).toContain('A new report for this unit will be refused');
    expect(alert.textContent).toContain('R2026-000009');
    expect(screen.getByTestId('unit-open-existing').textContent).toBe('Open R2026-000009');
  });

  it('opens the existing ticket where its next action is: the hand-over at the bench', async () => {
    const handOver = { to: 'delivered', channel: 'acceptance/accept', guards: [], unmet: [] };
    bridge.invoke.mockImplementation(core(inDepot, [handOver]));
    renderIntake();
    await scanWasher();
    fireEvent.click(await screen.findByTestId('unit-open-existing'));
    await screen.findByTestId('bench-page');
  });

  it('opens the ticket drawer when the core offers this person nothing to do on it', async () => {
    bridge.invoke.mockImplementation(core(inDepot, []));
    renderIntake();
    await scanWasher();
    fireEvent.click(await screen.findByTestId('unit-open-existing'));
    await waitFor(() => expect(useTicketDrawer.getState().ticketId).toBe(9));
  });

  it('says nothing when the core would take a new report for the unit', async () => {
    bridge.invoke.mockImplementation(core(washerRecord));
    renderIntake();
    await scanWasher();
    await screen.findByTestId('customer-card');
    expect(screen.queryByTestId('unit-open-ticket')).toBeNull();
  });
});
