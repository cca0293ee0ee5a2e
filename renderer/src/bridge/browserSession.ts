// Browser mode only. The server hands the page a token once, in the URL (?token=...); it is kept
// in sessionStorage (this tab only) and removed from the visible URL so it is not bookmarked,
// shared in a screenshot or sent on as a Referer. Each tab also gets its own session id: two tabs
// on one machine are two workstations for the core (one may be locked while the other is not).

const TOKEN_KEY = 'depot.token';
const SESSION_KEY = 'depot.sessionId';

export function captureToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return window.sessionStorage.getItem(TOKEN_KEY);
}

export function sessionId(): string {
  let id = window.sessionStorage.getItem(SESSION_KEY);
  if (!id) {
    id = crypto.randomUUID();
    window.sessionStorage.setItem(SESSION_KEY, id);
  }
  return id;
}
