import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import pdfmake from 'pdfmake';
import { FONT } from './layout';
import type { RenderJob, RenderReply, WorkerInit } from './protocol';
import { templateFor } from './templates';

// One render thread. The full Noto Sans TC fonts (about 7 MB each) are read once when the
// thread starts; pdfkit then embeds only the glyphs each document uses.

type VirtualFs = { writeFileSync: (name: string, content: Buffer) => void };

const { fontsDir } = workerData as WorkerInit;
const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
vfs.writeFileSync('NotoSansTC-Regular.ttf', readFileSync(join(fontsDir, 'NotoSansTC-Regular.ttf')));
vfs.writeFileSync('NotoSansTC-Bold.ttf', readFileSync(join(fontsDir, 'NotoSansTC-Bold.ttf')));
pdfmake.setFonts({
  [FONT]: {
    normal: 'NotoSansTC-Regular.ttf',
    bold: 'NotoSansTC-Bold.ttf',
    italics: 'NotoSansTC-Regular.ttf',
    bolditalics: 'NotoSansTC-Bold.ttf',
  },
});
// A snapshot is data, never a way to read the disk or the network: fonts come from the
// virtual file system above and images must be data URLs.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

async function render(job: RenderJob): Promise<ArrayBuffer> {
  const definition = await templateFor(job.kind)(job.snapshot, job.language);
  const pdf = await pdfmake.createPdf(definition).getBuffer();
  // Hand over a buffer that holds exactly the PDF, so it can be transferred, not copied.
  if (pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength) {
    return pdf.buffer as ArrayBuffer;
  }
  return new Uint8Array(pdf).buffer;
}

const port = parentPort;
if (port === null) throw new Error('main/pdf/worker.ts must run as a worker thread');

port.on('message', (job: RenderJob) => {
  render(job).then(
    (pdf) => port.postMessage({ id: job.id, ok: true, pdf } satisfies RenderReply, [pdf]),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({ id: job.id, ok: false, message } satisfies RenderReply);
    },
  );
});
