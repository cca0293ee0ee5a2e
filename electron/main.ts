import { app, BrowserWindow, dialog, session } from 'electron';
import { openCore } from '../main/core';
import { applyAppMenu } from './appMenu';
import { registerAppProtocol, appScheme } from './appProtocol';
import { createAppUrls } from './appUrls';
import { closeCoreOnQuit, startupErrorMessage } from './lifecycle';
import { shellPaths } from './paths';
import {
  registerDocumentProtocol,
  registerDocumentScheme,
  openDocumentPreview,
} from './registerDocuments';
import { createSenderCheck, forwardCoreEvents, registerIpc } from './registerIpc';
import { applySessionPolicy } from './security';
import { installUpdate, startUpdater } from './updater';
import {
  createMainWindow,
  focusMainWindow,
  isMainWindowContents,
  mainWindowContents,
} from './window';

// The Electron entry: wires the shell's pieces around one core. One running Depot per user,
// since two would share (and contend for) the same database file.

registerDocumentScheme(appScheme);

async function start(): Promise<void> {
  await app.whenReady();
  const paths = shellPaths();
  const urls = createAppUrls({
    devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
  });
  applyAppMenu({ packaged: app.isPackaged, platform: process.platform });

  const core = await openCore({
    dbFile: paths.dbFile,
    dataDir: paths.dataDir,
    resourcesDir: paths.resourcesDir,
    pdfWorkerFile: paths.pdfWorkerFile,
    host: { kind: 'electron', version: app.getVersion(), installUpdate },
  }).catch((error: unknown) => {
    dialog.showErrorBox('Depot cannot start', startupErrorMessage(error));
    return null;
  });
  if (!core) {
    app.quit();
    return;
  }
  closeCoreOnQuit(core);

  applySessionPolicy(session.defaultSession, urls);
  registerAppProtocol(paths.rendererDir);
  registerDocumentProtocol();
  registerIpc(
    core,
    createSenderCheck({ isMainWindow: isMainWindowContents, isAppUrl: urls.isAppUrl }),
  );
  forwardCoreEvents(core.events, mainWindowContents);

  const openMainWindow = () =>
    createMainWindow({
      urls,
      preloadFile: paths.preloadFile,
      openDocument: (ticket, presenter) => void openDocumentPreview(core, ticket, presenter),
    });
  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  if (app.isPackaged) startUpdater(core.events);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox('Depot cannot start', startupErrorMessage(error));
    app.quit();
  });
}
