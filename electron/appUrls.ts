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

// A build serves its renderer on its own scheme (appProtocol.ts), never as file: pages.
export const APP_SCHEME = 'depot-app';
export const APP_ENTRY = `${APP_SCHEME}://app/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function createAppUrls(options: { devServerUrl?: string }): AppUrls {
  const dev = parse(options.devServerUrl ?? '');
  if (dev) {
    return {
      entry: dev.href,
      dev: true,
      isAppUrl: (url) => parse(url)?.origin === dev.origin,
    };
  }
  // The app is that one page; the renderer routes with the hash, which never changes the path.
  const entry = new URL(APP_ENTRY);
  return {
    entry: entry.href,
    dev: false,
    isAppUrl(url) {
      const parsed = parse(url);
      return (
        parsed?.protocol === entry.protocol &&
        parsed.host === entry.host &&
        parsed.pathname === entry.pathname
      );
    },
  };
}
