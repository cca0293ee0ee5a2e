import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LabourEntry } from '../../../../../main/bench/labour';
import type { RepairLog } from '../../../../../main/bench/repairLog';
import type * as Bridge from '../../../bridge';
import { coreError, fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { repairLog } from '../testFixtures';
import { LabourTimer } from './LabourTimer';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const NOW = new Date('2026-03-14T05:00:00.000Z');

function timer(startedAt: string): LabourEntry {
  return {
    id: 8,
    staff: { id: 3, name: 'Lin Chih-hao' },
    source: 'timer',
    startedAt,
    stoppedAt: null,
    minutes: null,
    note: null,
    createdAt: startedAt,
  };
}

function running(startedAt: string): RepairLog {
  const entry = timer(startedAt);
  return repairLog({ labour: { entries: [entry], totalMinutes: 0, running: entry } });
}

const stopped = repairLog({
  labour: {
    entries: [{ ...timer('2026-03-14T04:58:55.000Z'), stoppedAt: NOW.toISOString(), minutes: 2 }],
    totalMinutes: 2,
    running: null,
  },
});

/** The timer as the pane holds it: each answer of the core replaces the log. */
function Harness({ initial }: { initial: RepairLog }) {
  const [log, setLog] = useState(initial);
  return (
    <LabourTimer
      log={log}
      canWrite
      act={async (send) => {
        setLog(await send());
        return 'done';
      }}
    />
  );
}

describe('LabourTimer', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts the timer and shows the time running live', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({ 'labour/start': () => running(new Date(Date.now() - 65_000).toISOString()) }),
    );
    renderScreen(<Harness initial={repairLog()} />);
    expect(screen.getByTestId('bench-labour-total').textContent).toBe('Recorded: 0 min');
    fireEvent.click(screen.getByTestId('bench-timer-start'));
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenCalledWith('labour/start', { ticketId: 21 }),
    );
    expect((await screen.findByTestId('bench-timer-elapsed')).textContent).toMatch(/^0:01:0[56]$/);
  });

  it('ticks every second while it runs', () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    renderScreen(<Harness initial={running('2026-03-14T04:58:55.000Z')} />);
    expect(screen.getByTestId('bench-timer-elapsed').textContent).toBe('0:01:05');
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(screen.getByTestId('bench-timer-elapsed').textContent).toBe('0:01:07');
  });

  it('stops the timer; the minutes count towards the ticket', async () => {
    bridge.invoke.mockImplementation(fakeInvoke({ 'labour/stop': () => stopped }));
    renderScreen(<Harness initial={running('2026-03-14T04:58:55.000Z')} />);
    fireEvent.click(screen.getByTestId('bench-timer-stop'));
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenCalledWith('labour/stop', { ticketId: 21 }),
    );
    expect(await screen.findByTestId('bench-timer-start')).toBeTruthy();
    expect(screen.queryByTestId('bench-timer-elapsed')).toBeNull();
    expect(screen.getByTestId('bench-labour-total').textContent).toBe('Recorded: 2 min');
  });

  it('a timer left running overnight is stopped with the minutes actually worked', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'labour/stop': (input) => {
          if (input.minutes === undefined) {
            throw coreError(
              'RULE',
              'minutes: The timer ran 14 h 2 min, more than 12 hours; it was probably left running. Stop it with the minutes actually worked',
              { field: 'minutes', elapsed: 842 },
            );
          }
          return stopped;
        },
      }),
    );
    renderScreen(<Harness initial={running('2026-03-13T15:00:00.000Z')} />);
    fireEvent.click(screen.getByTestId('bench-timer-stop'));
    expect(await screen.findByText(/probably left running/)).toBeTruthy();
    fireEvent.change(screen.getByTestId('bench-timer-minutes'), { target: { value: '90' } });
    fireEvent.click(screen.getByTestId('bench-timer-stop-with'));
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenLastCalledWith('labour/stop', { ticketId: 21, minutes: 90 }),
    );
    expect(await screen.findByTestId('bench-timer-start')).toBeTruthy();
  });
});
