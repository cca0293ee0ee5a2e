import { notifications } from '@mantine/notifications';
import { i18next } from '../i18n';
import { asClientError } from '../bridge';

/**
 * The default way a core error reaches staff: a red notification with the core's own message
 * (it names the rule or field). Screens that can show an error in place do that instead.
 */
export function notifyError(error: unknown): void {
  const e = asClientError(error);
  // SESSION_LOCKED is answered by the lock screen itself, not by a notification.
  if (e.code === 'SESSION_LOCKED') return;
  notifications.show({
    color: 'red',
    title: i18next.t(`errors.${e.code}`),
    message: e.message,
    autoClose: 8000,
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}
