import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RepairLog } from '../../../../../main/bench/repairLog';
import type * as Bridge from '../../../bridge';
import { coreError, fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { checkItem, repairLog, signInAs, TECH_ID } from '../testFixtures';
import { ChecklistPanel } from './ChecklistPanel';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const act = async (send: () => Promise<RepairLog>) => {
  await send();
  return 'done' as const;
};

function testingLog(): RepairLog {
  const items = [
    checkItem(1, 'POWER', {
      checkId: 41,
      result: 'pass',
      by: { id: 3, name: 'Lin' },
      at: '2026-03-14T05:00:00Z',
    }),
    checkItem(2, 'LEAK', { checkId: 42, result: 'fail', note: 'Drips at the door seal' }),
    checkItem(3, 'SPIN'),
  ];
  return repairLog({
    status: 'testing',
    checklist: { source: 'type', items, passed: false, failing: ['LEAK'], missing: ['SPIN'] },
  });
}

describe('ChecklistPanel', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    bridge.invoke.mockImplementation(fakeInvoke({ 'checklist/record': () => testingLog() }));
    signInAs(TECH_ID, ['technician']);
  });

  it('says why ready for pickup is blocked: which items failed and which are not tested', () => {
    renderScreen(<ChecklistPanel log={testingLog()} act={act} />);
    const blocked = screen.getByTestId('bench-checklist-blocked');
    expect(blocked.textContent).toContain('Failed: Check LEAK');
    expect(blocked.textContent).toContain('Not tested: Check SPIN');
    expect(screen.getByTestId('bench-check-item-LEAK').getAttribute('data-result')).toBe('fail');
    expect(screen.getByTestId('bench-check-item-LEAK').textContent).toContain(
      'Drips at the door seal',
    );
  });

  it('does not record a fail without a note saying what failed (policy 3.3)', async () => {
    renderScreen(<ChecklistPanel log={testingLog()} act={act} />);
    const item = within(screen.getByTestId('bench-check-item-SPIN'));
    fireEvent.click(item.getByTestId('bench-check-fail'));
    fireEvent.click(item.getByTestId('bench-check-fail'));
    expect(await item.findByText('A failed check needs a note saying what failed')).toBeTruthy();
    expect(bridge.invoke).not.toHaveBeenCalled();

    fireEvent.change(item.getByTestId('bench-check-note'), {
      target: { value: 'Drum wobbles at 1200 rpm' },
    });
    fireEvent.click(item.getByTestId('bench-check-fail'));
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenCalledWith('checklist/record', {
        ticketId: 21,
        itemId: 3,
        result: 'fail',
        note: 'Drum wobbles at 1200 rpm',
        seenCheckId: null,
      }),
    );
  });

  it("records a pass in one click, and shows the core's refusal under the item", async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'checklist/record': ({ itemId }) => {
          if (itemId === 1) return testingLog();
          throw coreError(
            'RULE',
            "itemId: Item #2 is not on the checklist this ticket's product type is tested with",
            {
              field: 'itemId',
            },
          );
        },
      }),
    );
    renderScreen(<ChecklistPanel log={testingLog()} act={act} />);
    fireEvent.click(
      within(screen.getByTestId('bench-check-item-POWER')).getByTestId('bench-check-pass'),
    );
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenCalledWith('checklist/record', {
        ticketId: 21,
        itemId: 1,
        result: 'pass',
        seenCheckId: 41,
      }),
    );
    fireEvent.click(
      within(screen.getByTestId('bench-check-item-LEAK')).getByTestId('bench-check-pass'),
    );
    expect(await screen.findByText(/is not on the checklist/)).toBeTruthy();
  });

  it('is read-only outside testing', () => {
    renderScreen(<ChecklistPanel log={repairLog({ status: 'in_repair' })} act={act} />);
    expect(screen.getByTestId('bench-checklist-not-testing')).toBeTruthy();
    expect(screen.queryByTestId('bench-check-pass')).toBeNull();
    expect(screen.queryByTestId('bench-checklist-blocked')).toBeNull();
  });

  it('records nothing for a technician whose ticket it is not, as the core refuses it', () => {
    signInAs(TECH_ID + 1, ['technician']);
    renderScreen(<ChecklistPanel log={testingLog()} act={act} />);
    expect(screen.getByTestId('bench-checklist-blocked')).toBeTruthy();
    expect(screen.queryByTestId('bench-check-pass')).toBeNull();
  });
});
