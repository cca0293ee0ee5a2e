import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { createTestDepot, type TestDepot } from '../main/testing/testCore';
import { startHttpServer, type RunningServer } from '../main/server/httpServer';
import { createAppUrls } from './appUrls';

vi.mock('electron', () => ({ app: { isPackaged: true } }));

const { applySessionPolicy } = await import('./security');
const { default: viteConfig } = await import('../electron.vite.config');

// Issue 9, defect 11: one Content-Security-Policy for the Electron shell, the browser-mode server
// and the built index.html. Three hand-written copies had drifted apart.

type HtmlPlugin = {
  name: string;
  transformIndexHtml?: (html: string, ctx: { server?: unknown }) => string;
};

/** The renderer's index.html as the build writes it: the source run through our plugins. */
function builtIndexHtml(): string {
  const source = readFileSync(join(import.meta.dirname, '../renderer/index.html'), 'utf8');
  const renderer = (viteConfig as { renderer: { plugins: unknown[] } }).renderer;
  const plugins = renderer.plugins.flat(3) as HtmlPlugin[];
  const csp = plugins.find((plugin) => plugin.name === 'depot-csp');
  return csp?.transformIndexHtml ? csp.transformIndexHtml(source, {}) : source;
}

function metaPolicy(html: string): string | undefined {
  return /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
}

/** The shell's header, as set on the app's pages by the session policy. */
function shellPolicy(): string {
  let header: string | undefined;
  const session = {
    webRequest: {
      onHeadersReceived: (
        listener: (
          details: { url: string; responseHeaders: Record<string, string[]> },
          callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
        ) => void,
      ) =>
        listener({ url: 'http://localhost:5173/', responseHeaders: {} }, (response) => {
          header = response.responseHeaders?.['Content-Security-Policy']?.[0];
        }),
    },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  // The header's production form; the dev server only adds what Vite's dev mode needs.
  const urls = { ...createAppUrls({ devServerUrl: 'http://localhost:5173/' }), dev: false };
  applySessionPolicy(session as unknown as Session, urls);
  if (header === undefined) throw new Error('the session policy set no CSP header');
  return header;
}

/** Directive name → value, for comparing a header with the meta tag. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values.join(' ')]),
  );
}

let depot: TestDepot;
let server: RunningServer;

beforeAll(async () => {
  depot = await createTestDepot();
  const rendererDir = join(depot.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Depot</title>');
  server = await startHttpServer({
    core: depot.core,
    rendererDir,
    port: 0,
    token: 'csp-test-token-0123456789abcdefghijklmnop',
  });
});
afterAll(async () => {
  await server.close();
  await depot.close();
});

describe('one Content-Security-Policy', () => {
  it('is the same header in the Electron shell and the browser-mode server', async () => {
    const page = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(page.headers.get('content-security-policy')).toBe(shellPolicy());
  });

  it('is carried by the built index.html, less only what a meta tag cannot deliver', () => {
    const header = directives(shellPolicy());
    const meta = metaPolicy(builtIndexHtml());
    expect(meta).toBeDefined();
    // A browser ignores frame-ancestors in a meta tag; the header carries it.
    header.delete('frame-ancestors');
    expect(directives(meta!)).toEqual(header);
  });

  it('is written once: the renderer source holds no hand-written copy', () => {
    const source = readFileSync(join(import.meta.dirname, '../renderer/index.html'), 'utf8');
    expect(metaPolicy(source)).toBeUndefined();
  });

  it('keeps scripts to the app itself and plugins out', () => {
    const policy = directives(shellPolicy());
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('default-src')).toBe("'self'");
  });
});
