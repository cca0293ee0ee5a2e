import { notifications } from '@mantine/notifications';
import { i18next } from '../i18n';
import { asClientError, type DepotClientError } from '../bridge';

/**
 * The default way a core error reaches staff: a red notification saying why, in the reader's
 * language (the refusal's reason; a VALIDATION error lists what its fields say). Screens that can
 * show an error in place do that instead.
 */
export function notifyError(error: unknown): void {
  const e = asClientError(error);
  // SESSION_LOCKED is answered by the lock screen itself, not by a notification.
  if (e.code === 'SESSION_LOCKED') return;
  notifications.show({
    color: 'red',
    title: i18next.t(`errors.${e.code}`),
    message: notice(e),
    autoClose: 8000,
  });
}

/** The error's text; a VALIDATION error's summary names what its fields say. */
function notice(e: DepotClientError): string {
  // An error without a reason (an older core) already lists its issues in its message.
  const issues = e.reason ? [...new Set(e.issues.map((i) => i.message))] : [];
  return issues.length > 0 ? `${e.message} ${issues.join('; ')}` : e.message;
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}
