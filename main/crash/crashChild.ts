import { randomUUID } from 'node:crypto';
import { openCore } from '../core';
import { resourcesDir } from '../cli/paths';
import type { Channel, Input, Output } from '../handlers';
import { jpegHeader } from '../testing/images';

// The writer of the crash test (issue 9, standing proof), run in its own process by
// crashRounds.ts and SIGKILLed at random. It works a depot as the desks do: a ticket, its
// receipt (a PDF archived with its sha256), a photo, stock moves in and out. It prints one line
// per call only after the call returned, i.e. after the transaction committed: everything it
// printed must be in the depot after the kill.
//
// Usage: tsx main/crash/crashChild.ts <db file> <data folder> <round>

const [dbFile, dataDir, roundText] = process.argv.slice(2);
const round = Number(roundText);
const PIN = '8642';

/** One line per committed write: `<kind> <id>`; stdout to a pipe is synchronous on Linux. */
const say = (line: string) => process.stdout.write(`${line}\n`);

const core = await openCore({
  dbFile,
  dataDir,
  resourcesDir,
  host: { kind: 'cli', version: 'crash-test' },
});

function client(key: string) {
  return async <K extends Channel>(channel: K, input: Input<K>): Promise<Output<K>> => {
    const result = await core.invoke(key, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.data as Output<K>;
  };
}
const admin = client('crash-admin');
const desk = client('crash-desk');

/** Finds a row made in an earlier round, or makes it now (a kill may land between the two). */
async function idOf(table: string, where: Record<string, string>, make: () => Promise<number>) {
  const row = (await core.db(table).where(where).first('id')) as { id: number } | undefined;
  return row?.id ?? make();
}

// Staff: the first admin, and a supervisor who works intake and the stockroom.
const adminRow = (await core.db('staff').orderBy('id').first('id')) as { id: number } | undefined;
const adminId =
  adminRow?.id ??
  (await admin('session/setup', { username: 'boss', displayName: 'Crash Boss', pin: PIN })).id;
if (adminRow) await admin('session/signIn', { staffId: adminId, pin: PIN });
const supervisorId = await idOf('staff', { username: 'desk' }, async () => {
  const made = await admin('staff/create', {
    username: 'desk',
    displayName: 'Crash Desk',
    roles: ['supervisor'],
    pin: PIN,
  });
  return made.id;
});
await desk('session/signIn', { staffId: supervisorId, pin: PIN });

const typeId = await idOf('product_types', { code: 'WM' }, async () => {
  const made = await admin('catalogue/createType', {
    code: 'WM',
    nameEn: 'Washing machine',
    nameZh: '洗衣機',
    warrantyMonths: 12,
  });
  return made.id;
});
const modelId = await idOf('product_models', { code: 'WM-80' }, async () => {
  const made = await admin('catalogue/createModel', {
    code: 'WM-80',
    nameEn: 'Front loader 8 kg',
    nameZh: '滾筒洗衣機 8 公斤',
    typeId,
  });
  return made.id;
});
const stationId = await idOf('repair_stations', { code: 'TPE' }, async () => {
  const made = await admin('stations/create', { code: 'TPE', nameEn: 'Taipei', nameZh: '台北站' });
  return made.id;
});
const partId = await idOf('parts', { part_no: 'CR-PUMP' }, async () => {
  const made = await admin('parts/create', {
    partNo: 'CR-PUMP',
    nameEn: 'Drain pump',
    nameZh: '排水泵',
    category: 'PUMP',
    unit: 'pcs',
    bin: 'A-01',
    unitCost: 1000,
    safetyStock: 2,
    maxStock: 20,
  });
  return made.id;
});
say('ready');

for (let i = 1; ; i++) {
  const serial = `CR-${round}-${i}-${process.pid}`;
  const ticket = await desk('tickets/create', {
    clientRequestId: randomUUID(),
    channel: 'counter',
    stationId,
    newCustomer: { kind: 'person', name: '陳美玲', phones: ['0912-345-678'] },
    newUnit: { modelId, serial, invoiceDate: '2026-06-01' },
    faultDescription: 'Drum does not spin / 脫水不轉',
    accessories: ['power_cord'],
  });
  say(`ticket ${ticket.id}`);
  const photo = jpegHeader(640, 480, round * 10_000 + i);
  const attachment = await desk('attachments/addPhoto', {
    ticketId: ticket.id,
    data: `data:image/jpeg;base64,${photo.toString('base64')}`,
  });
  say(`attachment ${attachment.id}`);
  const moveIn = await desk('stock/adjust', { partId, quantity: 3, reason: `crash ${serial} in` });
  say(`move ${moveIn.moveId}`);
  const receipt = await desk('documents/receipt', { ticketId: ticket.id, language: 'zh-TW' });
  say(`document ${receipt.id}`);
  const moveOut = await desk('stock/adjust', {
    partId,
    quantity: -2,
    reason: `crash ${serial} out`,
  });
  say(`move ${moveOut.moveId}`);
}
