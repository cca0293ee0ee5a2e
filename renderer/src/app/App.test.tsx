import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../main/contract/errors';
import type { SessionStatus } from '../../../main/session/handlers';
import { setTransport, type Transport } from '../bridge';
import { useSession } from '../stores/session';
import { App } from './App';
import { Providers } from './Providers';
import { signedInStatus, signedOutStatus } from '../test/sessionStatus';

const mei = { id: 1, username: 'mchen', displayName: '陳美玲', roles: ['admin' as const] };

/** A core that answers from a table; what it does not know it refuses as UNKNOWN_CHANNEL. */
function fakeCore(answers: Record<string, Result<unknown>>): Transport {
  return {
    kind: 'http',
    call: async (channel) =>
      answers[channel] ?? { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: channel } },
    subscribe: () => () => {},
    documentUrl: (id) => `/documents/${id}.pdf`,
  };
}

function status(s: Partial<SessionStatus>): Result<SessionStatus> {
  return {
    ok: true,
    data: s.staff ? signedInStatus(s.staff, s) : signedOutStatus(s),
  };
}

function renderApp() {
  return render(
    <Providers env="test">
      <App />
    </Providers>,
  );
}

describe('App', () => {
  afterEach(() => {
    setTransport(null);
    useSession.setState({ status: null, loadError: null, switching: false });
    window.location.hash = '';
  });

  it('opens on first start when the depot has no staff yet', async () => {
    setTransport(fakeCore({ 'session/status': status({ needsSetup: true }) }));
    renderApp();
    expect(await screen.findByTestId('setup-username')).toBeTruthy();
  });

  it('shows the lock screen when the core answers SESSION_LOCKED to any call', async () => {
    setTransport(
      fakeCore({
        'session/status': status({ state: 'signedIn', staff: mei }),
        'session/roster': { ok: true, data: [mei] },
        // The core's own idle clock locked this client before the screen noticed.
        'settings/get': {
          ok: false,
          error: { code: 'SESSION_LOCKED', message: 'This workstation is locked.' },
        },
      }),
    );
    renderApp();

    expect(await screen.findByText('Workstation locked')).toBeTruthy();
    expect(screen.queryByTestId('nav-intake')).toBeNull();
    // The roster arrives in its own call after the lock screen shows.
    expect((await screen.findByTestId('roster-mchen')).getAttribute('aria-checked')).toBe('true');
  });

  it('says so when the core cannot be reached (a wrong browser-mode token)', async () => {
    setTransport(
      fakeCore({
        'session/status': {
          ok: false,
          error: { code: 'UNAUTHENTICATED', message: 'Missing or wrong Depot token.' },
        },
      }),
    );
    renderApp();
    expect(await screen.findByText('Missing or wrong Depot token.')).toBeTruthy();
    expect(screen.getByText('The Depot core cannot be reached.')).toBeTruthy();
  });
});
