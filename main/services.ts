import type { SettingsStore } from './settings/settingsStore';
import type { PdfEngine } from './pdf/engine';
import type { CoreEvents } from './events';
import type { SessionStore } from './session/sessionStore';
import type { DocumentTickets } from './documents/documentTickets';
import type { Verification } from './verify/verification';
import type { BackupService } from './backup/backupService';

/** What the program hosting the core can do (the Electron shell, browser mode, a test). */
export type Host = {
  kind: 'electron' | 'browser' | 'cli' | 'test';
  version: string;
  /** Electron only: quit and install a downloaded update. */
  installUpdate?: () => void;
};

/** What every handler can reach besides the database and the acting staff member. */
export type CoreServices = {
  /** Folder for files the depot owns: archived documents, photos. */
  dataDir: string;
  /** Folder with fonts and other shipped resources. */
  resourcesDir: string;
  settings: SettingsStore;
  pdf: PdfEngine;
  events: CoreEvents;
  sessions: SessionStore;
  /** Single-use tickets for viewing a document (documents/open, core.takeDocument). */
  documentTickets: DocumentTickets;
  /** The depot's latest verification and new runs of it (main/verify/, issue 9). */
  verification: Verification;
  /** Backups of the database and files, the daily schedule and the live restore (main/backup/). */
  backups: BackupService;
  host: Host;
};
