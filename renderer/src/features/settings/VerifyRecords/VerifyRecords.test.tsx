import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import type { VerifyReport } from '../../../../../main/verify/report';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { VerifyRecords } from './VerifyRecords';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
  onCoreEvent: () => () => undefined,
}));

const report = (ok: boolean): VerifyReport => ({
  ok,
  startedAt: '2026-12-07T01:00:00.000Z',
  durationMs: 1234,
  checks: [
    { name: 'integrity', ok: true, checked: 1, problems: [], more: 0 },
    {
      name: 'auditChain',
      ok,
      checked: 120,
      problems: ok
        ? []
        : [
            {
              kind: 'auditAltered',
              message: 'Audit row #7 was altered after it was written',
              params: { id: 7 },
            },
          ],
      more: ok ? 0 : 2,
    },
  ],
});

describe('VerifyRecords', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
  });

  it('shows the check at start, names an altered audit entry, and verifies again on request', async () => {
    let latest = report(false);
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'depot/verification': () => ({ status: 'done', trigger: 'start', report: latest }),
        'depot/verify': () => {
          latest = report(true);
          return latest;
        },
      }),
    );
    renderScreen(<VerifyRecords />);
    expect(await screen.findByText('Verification found problems')).toBeTruthy();
    expect(screen.getByText(/\(at start\)/)).toBeTruthy();
    expect(screen.getByText('Audit entry #7 was altered after it was written')).toBeTruthy();
    expect(screen.getByText('… and 2 more')).toBeTruthy();

    fireEvent.click(screen.getByTestId('verify-run'));
    await waitFor(() => expect(screen.getByTestId('verify-result').dataset.ok).toBe('true'));
    expect(screen.getByText('All records verified')).toBeTruthy();
    expect(bridge.invoke).toHaveBeenCalledWith('depot/verify', {});
  });
});
