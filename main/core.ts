import { mkdirSync } from 'node:fs';
import type { Knex } from 'knex';
import { openDatabase } from './db/open';
import { holdDepotLock } from './db/depotLock';
import { recoverInterruptedRestore } from './db/restoreSwap';
import { createDispatcher } from './contract/dispatcher';
import type { Result } from './contract/errors';
import { createCoreEvents, type CoreEvents } from './events';
import { handlers } from './handlers';
import { createPdfEngine } from './pdf/engine';
import { createDocumentTickets } from './documents/documentTickets';
import { takeDocument, type TakenDocument } from './documents/documentViewing';
import { createSessionStore } from './session/sessionStore';
import { createSettingsStore } from './settings/settingsStore';
import { fillOutcomes } from './outcomes/fill';
import type { CoreServices, Host } from './services';
import { removeStrayTempFiles } from './verify/strayFiles';
import { createVerification } from './verify/verification';
import { createBackupService, type LastBackup } from './backup/backupService';
import { backupBeforeMigrating } from './backup/startupBackup';
import { createMaintenanceGate, restoringError } from './backup/maintenanceGate';
import { join } from 'node:path';

export type CoreOptions = {
  dbFile: string;
  dataDir: string;
  resourcesDir: string;
  /** The bundled PDF worker (Electron); defaults to the TypeScript source under tsx. */
  pdfWorkerFile?: string;
  host: Host;
  now?: () => Date;
};

export type Core = {
  db: Knex;
  services: CoreServices;
  events: CoreEvents;
  /** Calls one channel as the client `clientKey`; never throws, errors come back as data. */
  invoke: (clientKey: string, channel: string, input: unknown) => Promise<Result<unknown>>;
  /**
   * The one way a document's bytes leave the core: uses up a documents/open ticket, checks the
   * session and role again, audits the view. `presenter` is the client showing it, if known.
   */
  takeDocument: (ticket: string, presenter?: string) => Promise<TakenDocument>;
  close: () => Promise<void>;
};

/** Opens the depot: database (migrated, or refused untouched), settings, sessions, PDF engine. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  const events = createCoreEvents();
  // Issue 9, defect 6: a backup of an existing database before any migration runs (or daily).
  let startBackup: LastBackup | null = null;
  // A restore a crash interrupted mid-swap is rolled back before the database is read.
  await recoverInterruptedRestore(options.dbFile, options.dataDir);
  const db = await openDatabase(options.dbFile, {
    beforeMigrate: backupBeforeMigrating({
      dataDir: options.dataDir,
      version: options.host.version,
      now,
      events,
      record: (last) => (startBackup = last),
    }),
  });
  // A crash between writing a document or photo and renaming it leaves a temporary file that
  // no row points at (issue 9, crash test); nothing is writing yet, so they can go.
  await removeStrayTempFiles(options.dataDir);
  // The CLI's restore refuses while this lock's process lives (main/db/depotLock.ts).
  const lock = await holdDepotLock(options.dataDir, now());
  const settings = createSettingsStore();
  await settings.load(db);
  // Tickets handed back before the outcome table existed, or by a bulk seed (main/outcomes/).
  await fillOutcomes(db, settings.current());
  const sessions = createSessionStore({
    idleMinutes: () => settings.current().security.autoLockMinutes,
    now,
  });
  const pdf = createPdfEngine({
    fontsDir: join(options.resourcesDir, 'fonts'),
    workerFile: options.pdfWorkerFile,
  });
  const gate = createMaintenanceGate();
  const services: CoreServices = {
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    settings,
    pdf,
    events,
    sessions,
    documentTickets: createDocumentTickets({ now }),
    verification: createVerification({
      dbFile: options.dbFile,
      dataDir: options.dataDir,
      events,
      now,
      quiet: options.host.kind === 'test',
    }),
    backups: createBackupService({
      db,
      dbFile: options.dbFile,
      dataDir: options.dataDir,
      version: options.host.version,
      now,
      events,
      settings,
      sessions,
      gate,
      lastAtStart: startBackup,
      // A verification reads the file through its own connection: never swap it under one.
      busyReading: () => services.verification.latest().status === 'running',
      afterRestore: () => services.verification.start('restore'),
    }),
    host: options.host,
  };
  services.backups.startSchedule();
  // Issue 9: the depot proves its records at every start, in the background (its own
  // connection), so a large audit trail never delays opening; see main/verify/.
  services.verification.start('start');
  const dispatcher = createDispatcher(handlers, { db, services, sessions, now });

  return {
    db,
    services,
    events,
    // While a restore replaces the database, every other call is refused (maintenanceGate.ts).
    async invoke(clientKey, channel, input) {
      if (!gate.enter()) return { ok: false, error: restoringError().toData() };
      try {
        return await dispatcher.invoke(clientKey, channel, input);
      } finally {
        gate.leave();
      }
    },
    async takeDocument(ticket, presenter) {
      if (!gate.enter()) throw restoringError();
      try {
        return await takeDocument(
          { db, dataDir: options.dataDir, sessions, tickets: services.documentTickets, now },
          ticket,
          presenter,
        );
      } finally {
        gate.leave();
      }
    },
    async close() {
      await services.backups.close();
      await services.verification.close();
      await pdf.close();
      await db.destroy();
      await lock.release();
    },
  };
}
