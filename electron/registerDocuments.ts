import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, type CustomScheme, dialog, Menu, protocol } from 'electron';
import type { Core } from '../main/core';
import type { SessionStore } from '../main/session/sessionStore';
import { DOCUMENT_SCHEME, parsePreviewUrl, previewUrl } from './documentUrl';
import { lockNavigation, SECURE_WEB_PREFERENCES } from './security';

type Sessions = Pick<SessionStore, 'peek'>;
type DocumentSource = Pick<Core, 'takeDocument'> & { services: { sessions: Sessions } };

/**
 * A document taken from the core for one preview window: shown and saved from these bytes, for
 * as long as the staff member who opened it is still signed in at the window that presented it.
 */
type Preview = {
  documentId: number;
  kind: string;
  pdf: Buffer;
  window: BrowserWindow;
  /** The presenting window's client key (`wc:<id>`) and who was signed in there. */
  presenter: string;
  staffId: number;
  sessions: Sessions;
};

// Keyed by a random id per preview window; an entry lives as long as its window, and no longer
// than its presenter's session: a document must not stay on screen, printable and savable,
// after the session that opened it locks (idle or by hand) or signs out (issue 9).
const previews = new Map<string, Preview>();

/**
 * How often open previews look at their presenter's session. The idle lock is worked out when
 * the session is next asked (sessionStore.ts), so asking is what applies it; Save and Print ask
 * again before they act.
 */
export const PRESENTER_CHECK_MS = 5_000;
let presenterCheck: ReturnType<typeof setInterval> | null = null;

function presenting(preview: Preview): boolean {
  const state = preview.sessions.peek(preview.presenter);
  return state.status === 'signedIn' && state.actor.id === preview.staffId;
}

function forget(id: string): void {
  previews.delete(id);
  if (previews.size === 0 && presenterCheck !== null) {
    clearInterval(presenterCheck);
    presenterCheck = null;
  }
}

/** Closes every preview whose presenter has locked, signed out or changed; drops its bytes. */
function closeEndedPreviews(): void {
  for (const [id, preview] of previews) {
    if (presenting(preview)) continue;
    forget(id);
    if (!preview.window.isDestroyed()) preview.window.close();
  }
}

/** The preview `id` if its presenter may still use it (closing it otherwise). */
function livePreview(id: string): Preview | undefined {
  closeEndedPreviews();
  return previews.get(id);
}

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
async function saveDocument(id: string): Promise<void> {
  const preview = livePreview(id);
  if (!preview) return;
  try {
    const { canceled, filePath } = await dialog.showSaveDialog(preview.window, {
      defaultPath: join(app.getPath('documents'), `${preview.kind}-${preview.documentId}.pdf`),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    // The dialog waits on the person: the session may have ended meanwhile.
    if (!canceled && filePath && livePreview(id)) await writeFile(filePath, preview.pdf);
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
  const state = core.services.sessions.peek(presenter);
  if (state.status !== 'signedIn') return null;
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
  const preview: Preview = {
    documentId: taken.id,
    kind: taken.kind,
    pdf: taken.pdf,
    window,
    presenter,
    staffId: state.actor.id,
    sessions: core.services.sessions,
  };
  previews.set(id, preview);
  window.on('closed', () => forget(id));
  presenterCheck ??= setInterval(closeEndedPreviews, PRESENTER_CHECK_MS);
  lockNavigation(window.webContents);
  window.setMenu(
    Menu.buildFromTemplate([
      {
        label: 'Print 列印…',
        accelerator: 'CmdOrCtrl+P',
        click: () => {
          if (livePreview(id)) window.webContents.print();
        },
      },
      { label: 'Save 儲存…', accelerator: 'CmdOrCtrl+S', click: () => void saveDocument(id) },
      { label: 'Close 關閉', accelerator: 'CmdOrCtrl+W', click: () => window.close() },
    ]),
  );
  window.loadURL(previewUrl(id)).catch((error: unknown) => {
    console.error(`Depot: document ${taken.id} failed to load`, error);
  });
  return window;
}
