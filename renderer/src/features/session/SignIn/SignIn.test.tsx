import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import type { Actor } from '../../../../../main/contract/roles';
import { renderScreen } from '../../../test/render';
import { coreError, fakeInvoke } from '../../../test/bridgeMock';
import { useSession } from '../../../stores/session';
import { SignIn } from './SignIn';
import { signedOutStatus } from '../../../test/sessionStatus';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const mei: Actor = { id: 1, username: 'mchen', displayName: '陳美玲', roles: ['intake_clerk'] };
const lin: Actor = { id: 2, username: 'lin', displayName: 'Lin Chih-hao', roles: ['technician'] };

describe('SignIn', () => {
  beforeEach(() => {
    useSession.setState({
      status: signedOutStatus(),
    });
  });

  it("shows the core's BAD_PIN answer with the tries left, and clears the PIN", async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'session/roster': () => [mei, lin],
        'session/signIn': () => {
          throw coreError('BAD_PIN', 'Wrong PIN; 3 tries left.', { triesLeft: 3 });
        },
      }),
    );
    renderScreen(<SignIn mode="signIn" lockedStaff={null} />);

    fireEvent.click(await screen.findByTestId('roster-lin'));
    const pin = screen.getByTestId('pin-input') as HTMLInputElement;
    fireEvent.change(pin, { target: { value: '12a34' } });
    expect(pin.value).toBe('1234');
    fireEvent.click(screen.getByTestId('signin-submit'));

    expect(
      await screen.findByText('Wrong PIN. 3 tries left before the account locks.'),
    ).toBeTruthy();
    expect(bridge.invoke).toHaveBeenCalledWith('session/signIn', { staffId: 2, pin: '1234' });
    expect(pin.value).toBe('');
    expect(useSession.getState().status?.state).toBe('signedOut');
  });

  it('says until when an account is locked after too many wrong PINs', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'session/roster': () => [mei],
        'session/signIn': () => {
          throw coreError('ACCOUNT_LOCKED', 'Too many wrong PINs', {
            lockedUntil: '2026-03-02T09:35:00.000Z',
          });
        },
      }),
    );
    renderScreen(<SignIn mode="signIn" lockedStaff={null} />);
    // The only person on the roster is chosen already.
    await waitFor(() =>
      expect(screen.getByTestId('roster-mchen').getAttribute('aria-checked')).toBe('true'),
    );
    fireEvent.change(screen.getByTestId('pin-input'), { target: { value: '9999' } });
    fireEvent.submit(screen.getByTestId('pin-input').closest('form') as HTMLFormElement);

    expect(await screen.findByText(/this account is locked until \d\d:\d\d/)).toBeTruthy();
  });

  it('unlocks the locked staff member, who is preselected, with Enter', async () => {
    useSession.setState((s) => ({
      status: s.status && { ...s.status, state: 'locked', staff: mei },
    }));
    bridge.invoke.mockImplementation(
      fakeInvoke({ 'session/roster': () => [mei, lin], 'session/signIn': () => mei }),
    );
    renderScreen(<SignIn mode="locked" lockedStaff={mei} />);

    expect(screen.getByText('Workstation locked')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('roster-mchen').getAttribute('aria-checked')).toBe('true'),
    );
    fireEvent.change(screen.getByTestId('pin-input'), { target: { value: '2468' } });
    fireEvent.submit(screen.getByTestId('pin-input').closest('form') as HTMLFormElement);

    await waitFor(() => expect(useSession.getState().status?.state).toBe('signedIn'));
    expect(bridge.invoke).toHaveBeenCalledWith('session/signIn', { staffId: 1, pin: '2468' });
  });
});
