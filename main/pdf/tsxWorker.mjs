// Runs worker.ts from a source checkout (tsx CLI, vitest). Node 20 does not hand `--import`
// loaders to worker threads (nodejs/node#47747; tsx registers itself only on the main thread
// there), so the thread registers tsx before loading the TypeScript worker. Bundled apps pass
// the built worker instead and never load this file.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
