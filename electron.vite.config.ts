import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;

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
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
