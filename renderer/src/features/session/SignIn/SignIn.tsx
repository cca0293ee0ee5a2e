import { Alert, Button, Group, Loader, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconLock, IconUsers } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../../../main/contract/roles';
import { asClientError, invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { useSession, type SignInMode } from '../../../stores/session';
import { AuthLayout } from '../AuthLayout/AuthLayout';
import { Roster } from '../Roster/Roster';
import { digitsOnly, PIN_PATTERN } from '../../../../../main/rules/credentials';

type Props = {
  mode: SignInMode;
  /** The staff member whose session is locked; preselected on the lock screen. */
  lockedStaff: Actor | null;
};

/**
 * Sign-in and the lock screen. Locked: the same person unlocks with their PIN, or anyone else
 * on the roster signs in instead ("switch staff"), which replaces the session on this client.
 */
export function SignIn({ mode: initialMode, lockedStaff }: Props) {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.signedIn);
  const [mode, setMode] = useState<SignInMode>(initialMode);
  const [roster, setRoster] = useState<Actor[] | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(
    initialMode === 'locked' ? (lockedStaff?.id ?? null) : null,
  );
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pinRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    invoke('session/roster', {})
      .then((staff) => {
        if (!live) return;
        setRoster(staff);
        if (staff.length === 1) setSelectedId((id) => id ?? staff[0].id);
      })
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (selectedId !== null) pinRef.current?.focus();
  }, [selectedId]);

  const selected = roster?.find((s) => s.id === selectedId) ?? null;

  function choose(actor: Actor) {
    setSelectedId(actor.id);
    setPin('');
    setError(null);
  }

  function switchStaff() {
    setMode('switch');
    setSelectedId(null);
    setPin('');
    setError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (selectedId === null) return setError(t('signIn.chooseFirst'));
    if (!PIN_PATTERN.test(pin)) return setError(t('validation.pinFormat'));
    setBusy(true);
    setError(null);
    try {
      const actor = await invoke('session/signIn', { staffId: selectedId, pin });
      await signedIn(actor);
    } catch (thrown) {
      const e = asClientError(thrown);
      setPin('');
      if (e.code === 'BAD_PIN') {
        const count = e.detailNumber('triesLeft');
        setError(count === undefined ? e.message : t('signIn.badPin', { count }));
      } else if (e.code === 'ACCOUNT_LOCKED') {
        const until = e.detailString('lockedUntil');
        setError(
          until ? t('signIn.accountLocked', { time: dayjs(until).format('HH:mm') }) : e.message,
        );
      } else {
        setError(e.message);
      }
      pinRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  const locked = mode === 'locked' && lockedStaff !== null;
  const title = locked
    ? t('signIn.lockedTitle')
    : mode === 'switch'
      ? t('signIn.switchTitle')
      : t('signIn.title');
  const subtitle = locked
    ? t('signIn.lockedBy', { name: lockedStaff.displayName })
    : mode === 'switch'
      ? t('signIn.switchIntro')
      : t('signIn.whoAreYou');

  return (
    <AuthLayout title={title} subtitle={subtitle} width={600}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          {roster === null ? (
            <Group justify="center" py="lg">
              <Loader size="sm" />
            </Group>
          ) : roster.length === 0 ? (
            <Alert color="yellow" icon={<IconUsers size={18} />}>
              {t('signIn.emptyRoster')}
            </Alert>
          ) : (
            <Roster staff={roster} selectedId={selectedId} onSelect={choose} />
          )}
          <PasswordInput
            ref={pinRef}
            label={selected ? t('signIn.pinFor', { name: selected.displayName }) : t('signIn.pin')}
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onChange={(e) => setPin(digitsOnly(e.currentTarget.value))}
            disabled={selectedId === null}
            visibilityToggleButtonProps={{ tabIndex: -1 }}
            leftSection={<IconLock size={16} stroke={1.6} />}
            data-testid="pin-input"
          />
          {error && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle size={18} />}
              role="alert"
              py="xs"
            >
              <Text size="sm">{error}</Text>
            </Alert>
          )}
          <Group justify="space-between">
            {locked ? (
              <Button variant="subtle" onClick={switchStaff} leftSection={<IconUsers size={16} />}>
                {t('signIn.switchStaff')}
              </Button>
            ) : (
              <span />
            )}
            <Button
              type="submit"
              loading={busy}
              disabled={selectedId === null}
              data-testid="signin-submit"
            >
              {locked && selectedId === lockedStaff.id ? t('signIn.unlock') : t('signIn.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthLayout>
  );
}
