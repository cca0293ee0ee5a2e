import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../main/contract/contentSecurityPolicy';
import { APP_ENTRY } from './appUrls';

vi.mock('electron', () => ({ protocol: {} }));

const { appFile, serveAppFile } = await import('./appProtocol');

const base = mkdtempSync(join(tmpdir(), 'depot-app-'));
const rendererDir = join(base, 'out', 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Depot</title>');
writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
// What a page must never reach: the main bundle next to the renderer, and anything else on disk.
mkdirSync(join(base, 'out', 'main'));
writeFileSync(join(base, 'out', 'main', 'index.js'), 'the main process');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') =>
  serveAppFile(rendererDir, new Request(url, { method }));

describe('depot-app scheme', () => {
  it('serves the app entry with the one CSP as a header', async () => {
    const page = await get(APP_ENTRY);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(await page.text()).toContain('<title>Depot</title>');

    const script = await get('depot-app://app/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves nothing outside the renderer folder, however the path is spelt', async () => {
    for (const url of [
      'depot-app://app/%2e%2e/main/index.js',
      'depot-app://app/..%2fmain%2findex.js',
      'depot-app://app/..%5cmain%5cindex.js',
      'depot-app://app/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      'depot-app://app/index.html%00.js',
      'depot-app://app/%E0%A4%A',
      'depot-app://app/missing.js',
      'depot-app://elsewhere/index.html',
    ]) {
      expect((await get(url)).status, url).toBe(404);
    }
    expect(appFile(rendererDir, 'file:///etc/passwd')).toBeNull();
  });

  it('only reads', async () => {
    expect((await get(APP_ENTRY, 'POST')).status).toBe(405);
  });
});
