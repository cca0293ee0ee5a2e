import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import type { Actor } from '../../../../../main/contract/roles';
import { useSession } from '../../../stores/session';
import { fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { Workbench } from './Workbench';
import { signInStaff } from '../../../test/sessionStatus';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
  onCoreEvent: () => () => {},
}));

const tech: Actor = { id: 2, username: 'lin', displayName: 'Lin Chih-hao', roles: ['technician'] };
const admin: Actor = { id: 1, username: 'mchen', displayName: '陳美玲', roles: ['admin'] };

describe('Workbench', () => {
  beforeEach(() => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        // The header waits for the depot name; these tests do not need it.
        'settings/get': () => new Promise(() => {}),
        'session/lock': () => null,
        'inbox/mine': () => ({ items: [], total: 0 }),
      }),
    );
  });

  it('shows Settings only to admins and supervisors, by what the core allows', () => {
    signInStaff(tech);
    renderScreen(<Workbench actor={tech} />, { route: '/intake' });
    expect(screen.getByTestId('nav-intake')).toBeTruthy();
    expect(screen.getByTestId('nav-stockroom')).toBeTruthy();
    expect(screen.queryByTestId('nav-settings')).toBeNull();
  });

  it('lands a technician on the bench, not on an intake form they may not submit', async () => {
    signInStaff(tech);
    renderScreen(<Workbench actor={tech} />, { route: '/' });
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Bench'));
  });

  it('lands the stockroom keeper in the stockroom and finance in Manage', async () => {
    const keeper = { ...tech, id: 5, roles: ['stockroom_keeper' as const] };
    signInStaff(keeper);
    const first = renderScreen(<Workbench actor={keeper} />, { route: '/' });
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Stockroom'));
    first.unmount();
    const finance = { ...tech, id: 6, roles: ['finance' as const] };
    signInStaff(finance);
    renderScreen(<Workbench actor={finance} />, { route: '/' });
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Manage'));
  });

  it('switches workspaces with Alt+number and locks with Ctrl+L', async () => {
    signInStaff(admin);
    renderScreen(<Workbench actor={admin} />, { route: '/intake' });
    expect(screen.getByTestId('page-title').textContent).toBe('Intake');

    fireEvent.keyDown(document.documentElement, { key: '2', code: 'Digit2', altKey: true });
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Bench'));

    fireEvent.keyDown(document.documentElement, { key: 'l', code: 'KeyL', ctrlKey: true });
    await waitFor(() => expect(useSession.getState().status?.state).toBe('locked'));
    expect(bridge.invoke).toHaveBeenCalledWith('session/lock', {});
  });
});
