import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Core } from '../main/core';
import { refuse, type Result } from '../main/contract/errors';
import type { CoreEventName } from '../main/events';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipcChannels';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * A call reaches the core only from the top frame of one of our main windows while it shows the
 * app itself: not from a preview window, a sub-frame, or a page navigated elsewhere.
 */
export function createSenderCheck(deps: {
  isMainWindow: (contents: WebContents) => boolean;
  isAppUrl: (url: string) => boolean;
}): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return deps.isMainWindow(event.sender) && deps.isAppUrl(frame.url);
  };
}

/** Each window is its own client: its own signed-in staff member and idle lock. */
export function clientKeyOf(contents: Pick<WebContents, 'id'>): string {
  return `wc:${contents.id}`;
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: refuse('FORBIDDEN', 'core.pageMayNotCall', {
    message: 'This page may not call the Depot core.',
  }).toData(),
};

/** The same refusal as the dispatcher's for a request it does not have. */
const NO_SUCH_CHANNEL: Result<never> = {
  ok: false,
  error: refuse('UNKNOWN_CHANNEL', 'access.unknownRequest', {
    message: 'No such channel.',
  }).toData(),
};

export function registerIpc(core: Pick<Core, 'invoke'>, isTrustedSender: SenderCheck): void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event, channel: unknown, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) return FORBIDDEN;
      if (typeof channel !== 'string') return NO_SUCH_CHANNEL;
      return core.invoke(clientKeyOf(event.sender), channel, input);
    },
  );
}

// Listed as a record so that a new core event fails the type check until it is forwarded.
const FORWARDED: Record<CoreEventName, true> = {
  'core/progress': true,
  'updater/status': true,
  'data/changed': true,
};

/** Pushes every core event to every main window; returns the unsubscribe function. */
export function forwardCoreEvents(
  events: Core['events'],
  targets: () => WebContents[],
): () => void {
  const names = Object.keys(FORWARDED) as CoreEventName[];
  const unsubscribe = names.map((name) =>
    events.on(name, (payload) => {
      for (const contents of targets()) {
        if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
      }
    }),
  );
  return () => unsubscribe.forEach((off) => off());
}
