// The one Content-Security-Policy for the renderer's pages (issue 9, defect 11), wherever they are
// served: the Electron shell's header, the browser-mode server's header, and the meta tag that
// the build writes into index.html. The app's own bundle is the only code a page may run; a
// string that reaches the DOM (a customer name, a part description) can never become a script.

export type PolicyOptions = {
  /**
   * electron-vite's dev server: the React refresh preamble is an inline script and hot reload
   * talks over a websocket. Never in a build.
   */
  dev?: boolean;
  /**
   * A meta tag cannot carry frame-ancestors (browsers ignore it there, with a warning); the
   * headers, which every host sends, carry it.
   */
  delivery?: 'header' | 'meta';
};

export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const { dev = false, delivery = 'header' } = options;
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', dev ? "'self' 'unsafe-inline'" : "'self'"],
    // Mantine injects its styles at run time, hence 'unsafe-inline' for styles only.
    ['style-src', "'self' 'unsafe-inline'"],
    // Photos and signatures are shown as data: URLs; pasted images as blob: URLs.
    ['img-src', "'self' data: blob:"],
    ['connect-src', dev ? "'self' ws:" : "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives
    .filter(([name]) => delivery === 'header' || name !== 'frame-ancestors')
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** index.html with the policy at the top of its head (after the charset), before any script. */
export function withPolicyMeta(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const anchor = /<meta charset[^>]*>/i.test(html) ? /<meta charset[^>]*>/i : /<head>/i;
  if (!anchor.test(html)) throw new Error('index.html has no <head> for the policy');
  return html.replace(anchor, (found) => `${found}\n    ${tag}`);
}
