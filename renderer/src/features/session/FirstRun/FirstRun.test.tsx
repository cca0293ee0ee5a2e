import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import { useSession } from '../../../stores/session';
import { coreError, fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { FirstRun } from './FirstRun';
import { signedOutStatus } from '../../../test/sessionStatus';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

function fill(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

describe('FirstRun', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    useSession.setState({
      status: signedOutStatus({ needsSetup: true }),
    });
  });

  it('refuses two different PINs without asking the core', async () => {
    renderScreen(<FirstRun />);
    fill('setup-username', 'mchen');
    fill('setup-name', '陳美玲');
    fill('setup-pin', '1234');
    fill('setup-pin2', '4321');
    fireEvent.click(screen.getByTestId('setup-submit'));

    expect(await screen.findByText('The two PINs differ')).toBeTruthy();
    expect(bridge.invoke).not.toHaveBeenCalled();
  });

  it('creates the first admin and signs them in', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'session/setup': (input) => ({
          id: 1,
          username: input.username,
          displayName: input.displayName,
          roles: ['admin'],
        }),
      }),
    );
    renderScreen(<FirstRun />);
    fill('setup-username', ' MChen ');
    fill('setup-name', '陳美玲');
    fill('setup-pin', '1234');
    fill('setup-pin2', '1234');
    fireEvent.click(screen.getByTestId('setup-submit'));

    await waitFor(() => expect(useSession.getState().status?.state).toBe('signedIn'));
    expect(bridge.invoke).toHaveBeenCalledWith('session/setup', {
      username: 'mchen',
      displayName: '陳美玲',
      pin: '1234',
    });
    expect(useSession.getState().status?.needsSetup).toBe(false);
  });

  it("puts the core's VALIDATION issue on the field it names", async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'session/setup': () => {
          throw coreError('VALIDATION', 'Invalid input', {
            issues: [{ field: 'displayName', message: 'Name may not contain control characters' }],
          });
        },
      }),
    );
    renderScreen(<FirstRun />);
    fill('setup-username', 'mchen');
    fill('setup-name', 'Mei');
    fill('setup-pin', '1234');
    fill('setup-pin2', '1234');
    fireEvent.click(screen.getByTestId('setup-submit'));

    const message = await screen.findByText('Name may not contain control characters');
    const input = screen.getByTestId('setup-name');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby') ?? '').toContain(message.id);
  });
});
