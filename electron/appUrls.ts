import { pathToFileURL } from 'node:url';

/**
 * Which URLs are the app itself. Only these may be navigated to, receive the CSP, and call the
 * core: a page from anywhere else (a link, a redirect, an injected frame) gets none of that.
 */
export type AppUrls = {
  /** What the main window loads. */
  entry: string;
  /** Development: the renderer comes from electron-vite's dev server. */
  dev: boolean;
  isAppUrl: (url: string) => boolean;
};

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function filePath(url: URL, caseInsensitive: boolean): string {
  const path = decodeURIComponent(url.pathname);
  return caseInsensitive ? path.toLowerCase() : path;
}

export function createAppUrls(options: {
  devServerUrl?: string;
  rendererIndex: string;
  platform?: NodeJS.Platform;
}): AppUrls {
  const dev = parse(options.devServerUrl ?? '');
  if (dev) {
    return {
      entry: dev.href,
      dev: true,
      isAppUrl: (url) => parse(url)?.origin === dev.origin,
    };
  }
  // A file: URL has no origin worth comparing ("null"), so the app is that one file; the
  // renderer routes with the hash, which never changes the path.
  const entry = pathToFileURL(options.rendererIndex);
  const caseInsensitive = (options.platform ?? process.platform) === 'win32';
  const entryPath = filePath(entry, caseInsensitive);
  return {
    entry: entry.href,
    dev: false,
    isAppUrl(url) {
      const parsed = parse(url);
      return parsed?.protocol === 'file:' && filePath(parsed, caseInsensitive) === entryPath;
    },
  };
}
