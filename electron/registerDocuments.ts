import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol } from 'electron';
import type { Core } from '../main/core';
import { DOCUMENT_SCHEME, documentUrl, parseDocumentUrl } from './documentUrl';
import { lockNavigation, SECURE_WEB_PREFERENCES } from './security';

type DocumentSource = Pick<Core, 'readDocument'>;

/** Before `ready`: a standard, secure scheme, which Chromium's PDF viewer needs to load from. */
export function registerDocumentScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: DOCUMENT_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

/** Serves the archived bytes (sha256-verified by the core), never a re-render. */
export function registerDocumentProtocol(core: DocumentSource): void {
  protocol.handle(DOCUMENT_SCHEME, async (request) => {
    const id = parseDocumentUrl(request.url);
    if (id === null) return new Response('Not found', { status: 404 });
    try {
      const { pdf } = await core.readDocument(id);
      return new Response(new Uint8Array(pdf), {
        headers: {
          'content-type': 'application/pdf',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        },
      });
    } catch (error) {
      console.error(`Depot: document ${id} could not be served`, error);
      return new Response('This document is not available.', { status: 404 });
    }
  });
}

async function saveDocument(window: BrowserWindow, core: DocumentSource, id: number) {
  try {
    const { pdf, kind } = await core.readDocument(id);
    const { canceled, filePath } = await dialog.showSaveDialog(window, {
      defaultPath: join(app.getPath('documents'), `${kind}-${id}.pdf`),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (!canceled && filePath) await writeFile(filePath, pdf);
  } catch (error) {
    dialog.showErrorBox('Depot', `The document could not be saved.\n${String(error)}`);
  }
}

const previews = new Map<number, BrowserWindow>();

/** The preview window: Chromium's PDF viewer plus Print (system dialog) and Save. */
export function openDocumentPreview(core: DocumentSource, id: number): BrowserWindow {
  const open = previews.get(id);
  if (open && !open.isDestroyed()) {
    open.focus();
    return open;
  }
  const window = new BrowserWindow({
    width: 900,
    height: 1100,
    title: `Depot — document ${id}`,
    webPreferences: { ...SECURE_WEB_PREFERENCES, plugins: true },
  });
  previews.set(id, window);
  window.on('closed', () => previews.delete(id));
  lockNavigation(window.webContents);
  window.setMenu(
    Menu.buildFromTemplate([
      { label: 'Print 列印…', accelerator: 'CmdOrCtrl+P', click: () => window.webContents.print() },
      {
        label: 'Save 儲存…',
        accelerator: 'CmdOrCtrl+S',
        click: () => void saveDocument(window, core, id),
      },
      { label: 'Close 關閉', accelerator: 'CmdOrCtrl+W', click: () => window.close() },
    ]),
  );
  window.loadURL(documentUrl(id)).catch((error: unknown) => {
    console.error(`Depot: document ${id} failed to load`, error);
  });
  return window;
}
