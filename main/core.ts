import { mkdirSync } from 'node:fs';
import type { Knex } from 'knex';
import { openDatabase } from './db/open';
import { createDispatcher } from './contract/dispatcher';
import type { Result } from './contract/errors';
import { createCoreEvents, type CoreEvents } from './events';
import { handlers } from './handlers';
import { createPdfEngine } from './pdf/engine';
import { readArchivedDocument } from './pdf/archive';
import { createSessionStore } from './session/sessionStore';
import { createSettingsStore } from './settings/settingsStore';
import type { CoreServices, Host } from './services';
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
  readDocument: (id: number) => Promise<{ pdf: Buffer; kind: string }>;
  close: () => Promise<void>;
};

/** Opens the depot: database (migrated, or refused untouched), settings, sessions, PDF engine. */
export async function openCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  const db = await openDatabase(options.dbFile);
  const settings = createSettingsStore();
  await settings.load(db);
  const events = createCoreEvents();
  const sessions = createSessionStore({
    idleMinutes: () => settings.current().security.autoLockMinutes,
    now,
  });
  const pdf = createPdfEngine({
    fontsDir: join(options.resourcesDir, 'fonts'),
    workerFile: options.pdfWorkerFile,
  });
  const services: CoreServices = {
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    settings,
    pdf,
    events,
    sessions,
    host: options.host,
  };
  const dispatcher = createDispatcher(handlers, { db, services, sessions, now });

  return {
    db,
    services,
    events,
    invoke: dispatcher.invoke,
    async readDocument(id) {
      const { ref, pdf: bytes } = await readArchivedDocument(db, options.dataDir, id);
      return { pdf: bytes, kind: ref.kind };
    },
    async close() {
      await pdf.close();
      await db.destroy();
    },
  };
}
