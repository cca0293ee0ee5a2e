import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import { onClientError } from '../bridge';
import { DataProvider } from '../data';
import { FirstRun } from '../features/session/FirstRun/FirstRun';
import { SignIn } from '../features/session/SignIn/SignIn';
import { Workbench } from '../features/shell/Workbench/Workbench';
import { useSession } from '../stores/session';

/** Decides what the workstation shows: first start, sign-in, the lock screen or the workbench. */
export function App() {
  const { t } = useTranslation();
  const status = useSession((s) => s.status);
  const loadError = useSession((s) => s.loadError);
  const switching = useSession((s) => s.switching);
  const refresh = useSession((s) => s.refresh);
  const markLocked = useSession((s) => s.markLocked);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Errors no screen should have to handle: the core locked this client (its idle clock or
  // another window), or the session is gone (core restarted): show the right screen again.
  useEffect(
    () =>
      onClientError((error, channel) => {
        if (error.code === 'SESSION_LOCKED') markLocked();
        // Not for session/status itself: a wrong browser token fails it every time.
        else if (error.code === 'UNAUTHENTICATED' && channel !== 'session/status') void refresh();
      }),
    [markLocked, refresh],
  );

  if (!status) {
    return (
      <Center h="100vh">
        {loadError ? (
          <Stack align="center" gap="sm">
            <Text fw={500}>{t('app.unreachable')}</Text>
            <Text size="sm" c="dimmed">
              {loadError}
            </Text>
            <Button variant="default" onClick={() => void refresh()}>
              {t('app.retry')}
            </Button>
          </Stack>
        ) : (
          <Stack align="center" gap="sm">
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              {t('app.connecting')}
            </Text>
          </Stack>
        )}
      </Center>
    );
  }

  if (status.needsSetup) return <FirstRun />;

  const staff = status.staff;
  if (status.state === 'signedIn' && staff) {
    // Keyed by staff member: whoever signs in next starts from a fresh workbench, and from an
    // empty data cache (nothing read for the previous person is shown to the next).
    return (
      <DataProvider key={staff.id}>
        <HashRouter>
          <Workbench actor={staff} />
        </HashRouter>
      </DataProvider>
    );
  }
  const locked = status.state === 'locked';
  return (
    <SignIn
      key={`${status.state}-${switching ? 'switch' : 'unlock'}`}
      mode={locked ? (switching ? 'switch' : 'locked') : 'signIn'}
      lockedStaff={locked ? staff : null}
    />
  );
}
