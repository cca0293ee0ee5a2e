import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { protocol, type CustomScheme } from 'electron';
import { contentSecurityPolicy } from '../main/contract/contentSecurityPolicy';
import { rendererFileType } from '../main/contract/rendererFiles';
import { APP_SCHEME } from './appUrls';

// A built Depot serves its renderer as depot-app://app/… instead of file:// (issue 9, defect 11).
// A file: page may read any file on the disk it can name, and its origin is "null", so 'self' in
// the CSP means little; this scheme serves the renderer folder and nothing else, gives the app a
// real origin, and lets the GrantFileProtocolExtraPrivileges fuse be off.

/** Standard (relative URLs, storage) and secure (a secure context), and nothing more. */
export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true },
};

/** The renderer file a depot-app URL names, or null for anything outside the renderer folder. */
export function appFile(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== 'app') return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const root = normalize(rendererDir);
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  return file.startsWith(root + sep) ? file : null;
}

const notFound = () => new Response('Not found', { status: 404 });

export async function serveAppFile(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405 });
  }
  const file = appFile(rendererDir, request.url);
  if (!file) return notFound();
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return notFound();
  }
  const type = rendererFileType(file);
  const headers: Record<string, string> = {
    'content-type': type,
    'x-content-type-options': 'nosniff',
  };
  if (type.startsWith('text/html')) {
    headers['content-security-policy'] = contentSecurityPolicy();
    headers['cache-control'] = 'no-store';
  }
  return new Response(new Uint8Array(body), { headers });
}

/** After `ready`: the built renderer, from the folder the bundles were written to. */
export function registerAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(rendererDir, request));
}
