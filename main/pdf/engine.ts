import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Language } from '../contract/language';
import type { RenderJob, RenderReply, WorkerInit } from './protocol';

// Documents render in worker threads so a long print run never stalls the UI or the handlers
// of other workstations. A small pool starts on the first render; a worker that dies fails
// only the document it was rendering and is replaced by the next render.

export type DocumentKind =
  | 'sample'
  | 'receipt'
  | 'unitLabel'
  | 'requisition'
  | 'repairRecord'
  | 'quote'
  | 'factoryForm'
  | 'warrantyVoucher'
  | 'periodCostReport'
  | 'dashboardReport';

export type RenderRequest = {
  kind: DocumentKind;
  language: Language;
  /** Plain JSON: everything the document shows, including the depot header. */
  snapshot: unknown;
};

export type PdfEngine = {
  render: (request: RenderRequest) => Promise<Buffer>;
  close: () => Promise<void>;
};

export type PdfEngineOptions = {
  /** Folder holding NotoSansTC-Regular.ttf and NotoSansTC-Bold.ttf. */
  fontsDir: string;
  /** The built worker (.js) in a bundled app; defaults to worker.ts run through tsx. */
  workerFile?: string;
  /** Worker threads; each holds the fonts (about 15 MB). Default 1-2 by core count. */
  threads?: number;
};

type Job = RenderJob & { resolve: (pdf: Buffer) => void; reject: (error: Error) => void };
type Slot = { worker: Worker; job: Job | null };

function defaultThreads(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1));
}

/** The built worker when given; in a source checkout, worker.ts through tsx (tsxWorker.mjs). */
function workerUrl(workerFile: string | undefined): string | URL {
  return workerFile ?? new URL('./tsxWorker.mjs', import.meta.url);
}

export function createPdfEngine(options: PdfEngineOptions): PdfEngine {
  const size = Math.max(1, options.threads ?? defaultThreads());
  const init: WorkerInit = { fontsDir: options.fontsDir };
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  function spawn(): Slot {
    const worker = new Worker(workerUrl(options.workerFile), { workerData: init });
    const slot: Slot = { worker, job: null };
    worker.on('message', (reply: RenderReply) => {
      const job = slot.job;
      slot.job = null;
      // An idle pool must not keep a CLI or test process alive.
      worker.unref();
      if (job !== null && job.id === reply.id) {
        if (reply.ok) job.resolve(Buffer.from(reply.pdf));
        else job.reject(new Error(`PDF "${job.kind}" could not be rendered: ${reply.message}`));
      }
      pump();
    });
    worker.on('error', (error) => retire(slot, `crashed (${error.message})`));
    worker.on('exit', (code) => retire(slot, `exited with code ${code}`));
    return slot;
  }

  function retire(slot: Slot, reason: string): void {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    slots.splice(index, 1);
    const job = slot.job;
    slot.job = null;
    job?.reject(
      new Error(
        closed
          ? 'PDF engine closed before the document was rendered'
          : `PDF worker ${reason} while rendering "${job.kind}"`,
      ),
    );
    void slot.worker.terminate();
    if (!closed) pump();
  }

  function pump(): void {
    while (queue.length > 0) {
      let slot = slots.find((s) => s.job === null);
      if (slot === undefined) {
        if (slots.length >= size) return;
        slot = spawn();
        slots.push(slot);
      }
      const job = queue.shift() as Job;
      const { id, kind, language, snapshot } = job;
      try {
        slot.worker.postMessage({ id, kind, language, snapshot } satisfies RenderJob);
      } catch (error) {
        // The snapshot is not plain data (it holds a function or a symbol): refuse this one only.
        job.reject(new Error(`PDF "${kind}" snapshot cannot be sent: ${String(error)}`));
        continue;
      }
      slot.job = job;
      slot.worker.ref();
    }
  }

  return {
    render(request) {
      if (closed) return Promise.reject(new Error('PDF engine is closed'));
      return new Promise<Buffer>((resolve, reject) => {
        queue.push({ id: nextId++, ...request, resolve, reject });
        pump();
      });
    },

    async close() {
      closed = true;
      for (const job of queue.splice(0)) {
        job.reject(new Error('PDF engine closed before the document was rendered'));
      }
      const workers = slots.map((s) => s.worker);
      for (const slot of [...slots]) retire(slot, 'closed');
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
