import type { Knex } from 'knex';
import { connectReadOnly } from '../db/open';
import type { CoreEvents } from '../events';
import type { VerifyReport } from './report';
import { describeReport, verifyDepot } from './verifyDepot';

// The depot's latest verification and the runs that produce it (issue 9): one in the background
// at every start, one after a restore, one whenever a supervisor asks in Settings. A run reads
// through its own read-only connection, so a million-row audit trail never holds up the desks'
// calls (WAL lets it read beside the writer) and verifying never changes the file; progress goes
// out as `core/progress` (task 'verify').

export type VerificationTrigger = 'start' | 'restore' | 'manual';

export type VerificationState =
  | { status: 'none' }
  | { status: 'running'; trigger: VerificationTrigger; startedAt: string }
  | { status: 'done'; trigger: VerificationTrigger; report: VerifyReport }
  | { status: 'failed'; trigger: VerificationTrigger; message: string };

export type Verification = {
  latest: () => VerificationState;
  /** Runs now and resolves with the report (a run already going is awaited first). */
  run: (trigger: VerificationTrigger) => Promise<VerifyReport>;
  /** Starts a run without waiting; the result lands in latest() and the log. */
  start: (trigger: VerificationTrigger) => void;
  /** Stops a run in progress at its next check and waits for it. */
  close: () => Promise<void>;
};

export type VerificationOptions = {
  dbFile: string;
  dataDir: string;
  events: CoreEvents;
  now: () => Date;
  log?: (line: string) => void;
  /** Log only a failed verification (tests open hundreds of depots). */
  quiet?: boolean;
  /** The connection a run reads through; defaults to a new one on dbFile. */
  openReader?: () => Knex;
};

export function createVerification(options: VerificationOptions): Verification {
  const log = options.log ?? ((line: string) => console.log(line));
  const openReader = options.openReader ?? (() => connectReadOnly(options.dbFile, { live: true }));
  let state: VerificationState = { status: 'none' };
  let running: Promise<unknown> = Promise.resolve();
  let closed = false;

  async function once(trigger: VerificationTrigger): Promise<VerifyReport> {
    state = { status: 'running', trigger, startedAt: options.now().toISOString() };
    const reader = openReader();
    try {
      const report = await verifyDepot(reader, options.dataDir, {
        now: options.now,
        cancelled: () => closed,
        onProgress: (done, total) =>
          options.events.emit('core/progress', { task: 'verify', done, total }),
      });
      state = { status: 'done', trigger, report };
      if (!report.ok || !options.quiet)
        log(`[depot] verify (${trigger}) ${describeReport(report)}`);
      return report;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      state = { status: 'failed', trigger, message };
      log(`[depot] verify (${trigger}) could not run: ${message}`);
      throw error;
    } finally {
      await reader.destroy();
    }
  }

  function run(trigger: VerificationTrigger): Promise<VerifyReport> {
    // One run at a time: a second request waits for the first, then runs on what is there now.
    const next = running.catch(() => undefined).then(() => once(trigger));
    running = next;
    return next;
  }

  return {
    latest: () => state,
    run,
    start(trigger) {
      run(trigger).catch(() => undefined); // the failure is in latest() and the log
    },
    async close() {
      closed = true;
      await running.catch(() => undefined);
    },
  };
}
