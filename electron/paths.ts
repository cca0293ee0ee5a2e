import { join } from 'node:path';
import { app } from 'electron';

/**
 * Where the shell finds its files. The bundles sit side by side under out/ (electron-vite's
 * layout, in development and inside the package alike); the database and archived documents live
 * in the user's data folder, the fonts in the package's resources.
 */
export function shellPaths() {
  const here = import.meta.dirname; // out/main
  const dataDir = app.getPath('userData');
  return {
    preloadFile: join(here, '../preload/index.cjs'),
    rendererDir: join(here, '../renderer'),
    pdfWorkerFile: join(here, 'pdfWorker.js'),
    dataDir,
    dbFile: join(dataDir, 'depot.sqlite'),
    resourcesDir: app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources'),
  };
}
