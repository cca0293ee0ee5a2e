import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RepairLog } from '../../../../../main/bench/repairLog';
import type * as Bridge from '../../../bridge';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { repairLog } from '../testFixtures';
import { LabourPanel } from './LabourPanel';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const act = async (send: () => Promise<RepairLog>) => {
  await send();
  return 'done' as const;
};

describe('LabourPanel', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    bridge.invoke.mockImplementation(fakeInvoke({ 'labour/add': () => repairLog() }));
  });

  it('refuses absurd minutes before asking the core, and adds whole minutes', async () => {
    renderScreen(<LabourPanel log={repairLog()} canWrite act={act} />);
    const minutes = screen.getByTestId('bench-labour-minutes');
    fireEvent.change(minutes, { target: { value: '5000' } });
    fireEvent.click(screen.getByTestId('bench-labour-add'));
    expect(await screen.findByText(/Whole minutes from 1 to 720 per entry/)).toBeTruthy();
    expect(bridge.invoke).not.toHaveBeenCalled();

    fireEvent.change(minutes, { target: { value: '45' } });
    fireEvent.change(screen.getByTestId('bench-labour-note'), {
      target: { value: 'Replaced door seal' },
    });
    fireEvent.click(screen.getByTestId('bench-labour-add'));
    await waitFor(() =>
      expect(bridge.invoke).toHaveBeenCalledWith('labour/add', {
        ticketId: 21,
        minutes: 45,
        note: 'Replaced door seal',
      }),
    );
  });
});
