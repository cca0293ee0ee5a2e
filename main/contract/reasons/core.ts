import { reasons } from './define';

// Refusals every domain shares.
export const coreReasons = reasons({
  /** Anything unexpected; the log has the rest. */
  internal: {},
  /** Optimistic locking: `record` (a report no., a name, a code) changed since it was read. */
  changedElsewhere: { record: 'string' },
  /** The same, when the change raced this one inside the write; a retry is enough. */
  changedMeanwhile: { record: 'string' },

  /** Only the desktop app has an updater; browser mode is updated with the code. */
  updatesDesktopOnly: {},

  // Before a request reaches the core: browser mode (main/server, issue 9, defects 4, 8 and 9)
  // and the desktop shell (electron/registerIpc.ts).
  /** The per-start token is the only thing between another local program and the data. */
  badToken: {},
  eventsTicketGone: {},
  usePost: {},
  bodyNotJson: {},
  /** Each request promises how large its input may be (main/server/bodyLimits.ts). */
  bodyTooLarge: { maxBytes: 'number' },
  /** A page on another name that resolves to 127.0.0.1 (DNS rebinding). */
  unexpectedHost: {},
  pathNotFound: {},
  /** A page on another site may send requests to 127.0.0.1; they are refused. */
  foreignOrigin: {},
  /** A cross-site form can post text/plain without asking the browser first, not JSON. */
  jsonOnly: {},
  /** Each tab signs in on its own, named by its session header. */
  sessionHeaderMissing: { header: 'string' },
  badPath: {},
  serverTokenShort: { min: 'number', length: 'number' },
  serverTokenChars: {},
  /** Only the app's own page in a main window may call the core. */
  pageMayNotCall: {},
});
