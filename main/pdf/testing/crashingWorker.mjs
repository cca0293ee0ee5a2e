// A stand-in render worker for the pool's failure tests: snapshot "crash" kills the thread
// mid-render, anything else answers with a tiny fake PDF.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (job) => {
  if (job.snapshot === 'crash') {
    setImmediate(() => {
      throw new Error('simulated crash');
    });
    return;
  }
  const pdf = new TextEncoder().encode(`%PDF-fake ${job.snapshot}`).buffer;
  parentPort.postMessage({ id: job.id, ok: true, pdf }, [pdf]);
});
