import type { Language } from '../contract/language';

// Messages between the engine (main thread) and a render worker. Only plain data crosses:
// the document definition, with its footer function, is built inside the worker.

export type WorkerInit = { fontsDir: string };

export type RenderJob = { id: number; kind: string; language: Language; snapshot: unknown };

export type RenderReply =
  { id: number; ok: true; pdf: ArrayBuffer } | { id: number; ok: false; message: string };
