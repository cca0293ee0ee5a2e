import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { intakeFixture, type IntakeFixture } from '../intake/intakeFixture';
import type { DocumentRef } from '../pdf/archive';
import { noisePng, signaturePng } from '../testing/images';
import type { TestDepot } from '../testing/testCore';

// A depot with something worth keeping, for the backup tests: a ticket with the customer's
// signature and a photo, and its printed receipt (an archived PDF).

export type PrintedDepot = {
  fx: IntakeFixture;
  ticketId: number;
  receipt: DocumentRef;
  photoId: number;
};

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

export async function printedDepot(depot: TestDepot): Promise<PrintedDepot> {
  const fx = await intakeFixture(depot);
  const ticket = await fx.clerk.call('tickets/create', fx.ticket());
  await fx.clerk.call('attachments/sign', { ticketId: ticket.id, data: dataUrl(signaturePng()) });
  const photo = await fx.clerk.call('attachments/addPhoto', {
    ticketId: ticket.id,
    data: dataUrl(noisePng(40, 30)),
  });
  const receipt = await fx.clerk.call('documents/receipt', {
    ticketId: ticket.id,
    language: 'zh-TW',
  });
  return { fx, ticketId: ticket.id, receipt, photoId: photo.id };
}

/** Every file under `dir` with its sha256: the state a refused restore must leave as it was. */
export function footprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
