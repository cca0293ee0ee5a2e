import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, withPolicyMeta } from './main/contract/contentSecurityPolicy';

const root = import.meta.dirname;

// index.html gets its Content-Security-Policy meta tag from the same builder as the shell's and
// the server's headers (issue 9, defect 11), in its dev form only under the dev server.
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'depot-csp',
    transformIndexHtml: (html, ctx) =>
      withPolicyMeta(
        html,
        contentSecurityPolicy({ dev: ctx.server !== undefined, delivery: 'meta' }),
      ),
  };
}

// Three bundles: the main process (the shell plus the core, with the PDF render thread as its own
// entry), the preload, and the renderer. Runtime dependencies of the main process stay in
// node_modules (electron-vite externalizes package.json dependencies by default): knex loads its
// dialects dynamically and sqlite3 is a native module, so neither survives bundling.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main.ts'),
          pdfWorker: resolve(root, 'main/pdf/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: true,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload.ts') },
        // A sandboxed preload is not loaded by Node's module loader and cannot be ESM.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
