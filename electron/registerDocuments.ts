import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, type CustomScheme, dialog, Menu, protocol } from 'electron';
import type { Core } from '../main/core';
import { DOCUMENT_SCHEME, parsePreviewUrl, previewUrl } from './documentUrl';
import { lockNavigation, SECURE_WEB_PREFERENCES } from './security';

type DocumentSource = Pick<Core, 'takeDocument'>;

/** A document taken from the core for one preview window: shown and saved from these bytes. */
type Preview = { documentId: number; kind: string; pdf: Buffer; window: BrowserWindow };

// Keyed by a random id per preview window; an entry lives exactly as long as its window.
const previews = new Map<string, Preview>();

/**
 * Before `ready`: a standard, secure scheme, which Chromium's PDF viewer needs to load from.
 * Chromium takes every privileged scheme in one call, so other schemes (the app's own) come along.
 */
export function registerDocumentScheme(...alongside: CustomScheme[]): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: DOCUMENT_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
    ...alongside,
  ]);
}

/**
 * Serves a preview's bytes from memory, for as long as its window is open. Nothing else: the
 * archive is reached only through the core with a documents/open ticket (issue 9, defect 3).
 */
export function registerDocumentProtocol(): void {
  protocol.handle(DOCUMENT_SCHEME, async (request) => {
    const id = parsePreviewUrl(request.url);
    const preview = id === null ? undefined : previews.get(id);
    if (!preview || preview.window.isDestroyed()) {
      return new Response('This document is not available.', { status: 404 });
    }
    return new Response(new Uint8Array(preview.pdf), {
      headers: {
        'content-type': 'application/pdf',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  });
}

/** Save writes the very bytes the preview shows (the archived, sha256-verified original). */
async function saveDocument(preview: Preview): Promise<void> {
  try {
    const { canceled, filePath } = await dialog.showSaveDialog(preview.window, {
      defaultPath: join(app.getPath('documents'), `${preview.kind}-${preview.documentId}.pdf`),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (!canceled && filePath) await writeFile(filePath, preview.pdf);
  } catch (error) {
    dialog.showErrorBox('Depot', `The document could not be saved.\n${String(error)}`);
  }
}

function openPreviewOf(documentId: number): BrowserWindow | null {
  for (const preview of previews.values()) {
    if (preview.documentId === documentId && !preview.window.isDestroyed()) return preview.window;
  }
  return null;
}

/**
 * The preview window: Chromium's PDF viewer plus Print (system dialog) and Save. Takes the
 * document from the core once with the ticket the renderer opened; `presenter` is the client
 * key of the window that opened it, which must be the session the ticket was issued to.
 * Resolves to null (after telling the person why) when the core refuses.
 */
export async function openDocumentPreview(
  core: DocumentSource,
  ticket: string,
  presenter: string,
): Promise<BrowserWindow | null> {
  let taken: Awaited<ReturnType<Core['takeDocument']>>;
  try {
    taken = await core.takeDocument(ticket, presenter);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Depot', `This document cannot be shown.\n${message}`);
    return null;
  }
  const open = openPreviewOf(taken.id);
  if (open) {
    open.focus();
    return open;
  }
  const window = new BrowserWindow({
    width: 900,
    height: 1100,
    title: `Depot — document ${taken.id}`,
    webPreferences: { ...SECURE_WEB_PREFERENCES, plugins: true },
  });
  const id = randomBytes(32).toString('base64url');
  const preview: Preview = { documentId: taken.id, kind: taken.kind, pdf: taken.pdf, window };
  previews.set(id, preview);
  window.on('closed', () => previews.delete(id));
  lockNavigation(window.webContents);
  window.setMenu(
    Menu.buildFromTemplate([
      { label: 'Print 列印…', accelerator: 'CmdOrCtrl+P', click: () => window.webContents.print() },
      {
        label: 'Save 儲存…',
        accelerator: 'CmdOrCtrl+S',
        click: () => void saveDocument(preview),
      },
      { label: 'Close 關閉', accelerator: 'CmdOrCtrl+W', click: () => window.close() },
    ]),
  );
  window.loadURL(previewUrl(id)).catch((error: unknown) => {
    console.error(`Depot: document ${taken.id} failed to load`, error);
  });
  return window;
}
