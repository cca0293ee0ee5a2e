import type { SettingsStore } from './settings/settingsStore';
import type { PdfEngine } from './pdf/engine';
import type { CoreEvents } from './events';
import type { SessionStore } from './session/sessionStore';

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
  host: Host;
};
