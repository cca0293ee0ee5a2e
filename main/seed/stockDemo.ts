import type { Knex } from 'knex';
import type { z } from 'zod';
import { writeAudit } from '../audit/auditLog';
import type { AnyHandler, Audit, HandlerContext } from '../contract/handler';
import { parseInput } from '../contract/validation';
import type { CoreServices } from '../services';
import { listStaff, toActor } from '../staff/staffRepo';
import { stockroomHandlers } from '../stock/handlers';

// The stockroom part of the demo depot (policy 5): a bilingual parts catalogue in a few bins,
// two critical parts with quotas (policy 5.3), two inspected deliveries (one line partly
// rejected, policy 5.1), parts below their safety stock and one above its maximum (policy
// 5.2), and requisitions in each state of the queue. Everything goes through the stockroom's
// own channels as the staff named, so ledger, levels and audit rows are the real thing.

type Handlers = typeof stockroomHandlers;
type Channel = keyof Handlers & string;
type InputOf<K extends Channel> = z.input<Handlers[K]['input']>;
type OutputOf<K extends Channel> = Awaited<ReturnType<Handlers[K]['run']>>;

// prettier-ignore
const PARTS: [partNo: string, en: string, zh: string, category: string, bin: string, unitCost: number, safety: number, max: number, quota?: [perLine: number, perTicket: number]][] = [
  ['WM-PUMP-01', 'Drain pump', '排水泵', 'WM', 'A-01', 45_000, 4, 20],
  ['WM-BELT-80', 'Drive belt 8 kg', '傳動皮帶 8公斤', 'WM', 'A-01', 18_000, 5, 30],
  ['WM-DOOR-SEAL', 'Door seal gasket', '門封墊圈', 'WM', 'A-02', 32_000, 3, 15],
  ['WM-HOSE-IN', 'Inlet hose 1.5 m', '進水管 1.5米', 'WM', 'A-02', 12_000, 6, 40],
  ['WM-LOCK-01', 'Door lock switch', '門鎖開關', 'WM', 'A-02', 26_000, 4, 20],
  ['WM-BEAR-6205', 'Drum bearing 6205', '滾筒軸承 6205', 'WM', 'A-02', 9_500, 8, 40],
  ['WM-MB-80', 'Main control board WM-80', '主控板 WM-80', 'WM', 'A-03', 380_000, 1, 6, [1, 1]],
  ['AC-CAP-35', 'Run capacitor 35 µF', '運轉電容 35µF', 'AC', 'B-01', 8_500, 10, 50],
  ['AC-SENS-T', 'Thermistor sensor', '溫度感測器', 'AC', 'B-01', 4_500, 10, 60],
  ['AC-FAN-IN', 'Indoor fan motor', '室內風扇馬達', 'AC', 'B-01', 210_000, 2, 8],
  ['AC-INV-PCB', 'Inverter board 3.6 kW', '變頻控制板 3.6kW', 'AC', 'B-02', 650_000, 2, 6, [1, 2]],
  ['AC-REM-01', 'Remote control', '遙控器', 'AC', 'B-03', 35_000, 3, 15],
  ['AC-R32-3KG', 'Refrigerant R32 3 kg', 'R32 冷媒 3公斤', 'AC', 'B-03', 160_000, 2, 10],
  ['TV-PSU-55', 'Power supply board 55"', '電源板 55吋', 'TV', 'C-01', 180_000, 1, 5],
  ['TV-LED-55', 'LED backlight strip set 55"', 'LED 背光燈條組 55吋', 'TV', 'C-01', 120_000, 2, 10],
  ['TV-TCON-55', 'T-con board 55"', 'T-CON 時序板 55吋', 'TV', 'C-01', 95_000, 1, 5],
  ['RF-THERM-01', 'Refrigerator thermostat', '冰箱溫控器', 'RF', 'C-02', 28_000, 3, 15],
  ['RF-GASKET-450', 'Door gasket 450 L', '冰箱門封條 450公升', 'RF', 'C-02', 42_000, 2, 10],
  ['RF-DEF-HTR', 'Defrost heater', '除霜加熱器', 'RF', 'C-02', 38_000, 2, 10],
  ['GEN-FUSE-5A', 'Glass fuse 5 A', '玻璃保險絲 5A', 'GEN', 'D-01', 300, 50, 500],
  ['GEN-SCREW-M4', 'Screw set M4', 'M4 螺絲組', 'GEN', 'D-01', 1_500, 10, 100],
];

// prettier-ignore
const DELIVERIES: { supplier: string; reference: string; lines: [partNo: string, received: number, rejected?: [number, string]][] }[] = [
  {
    supplier: '大同零件 Tatung Parts',
    reference: 'DN-2611-0412',
    lines: [
      ['WM-PUMP-01', 8], ['WM-BELT-80', 12], ['WM-DOOR-SEAL', 6], ['WM-HOSE-IN', 12],
      ['WM-LOCK-01', 5], ['WM-BEAR-6205', 20], ['WM-MB-80', 3],
      ['AC-CAP-35', 6], ['AC-SENS-T', 24], ['AC-FAN-IN', 4, [1, '軸心彎曲 / Bent shaft']],
      ['AC-INV-PCB', 4], ['AC-REM-01', 5], ['AC-R32-3KG', 4],
    ],
  },
  {
    supplier: '聲寶材料 Sampo Supply',
    reference: 'SP-88213',
    lines: [
      ['TV-PSU-55', 2], ['TV-LED-55', 3], ['TV-TCON-55', 1],
      ['RF-THERM-01', 4], ['RF-GASKET-450', 1],
      // Bought by the box: more than the shelf should hold (policy 5.2, overstock).
      ['GEN-FUSE-5A', 600], ['GEN-SCREW-M4', 40],
    ],
  },
];

/** Runs a stockroom channel as a named member of staff, as the dispatcher would. */
async function channelsFor(db: Knex, now: Date) {
  const staff = await listStaff(db, true);
  return async function call<K extends Channel>(
    username: string,
    channel: K,
    raw: InputOf<K>,
  ): Promise<OutputOf<K>> {
    const person = staff.find((s) => s.username === username);
    if (!person) throw new Error(`The demo staff member ${username} is missing`);
    const actor = toActor(person);
    const handler: AnyHandler = stockroomHandlers[channel];
    const ctx: HandlerContext = {
      db,
      actor,
      channel,
      now: () => now,
      write: (work) =>
        db.transaction(async (trx) => {
          const audit: Audit = (entry) =>
            writeAudit(trx, { ...entry, channel, staffId: actor.id, at: now });
          return work(trx, audit);
        }),
      // A seed has no window and no running core: the stockroom channels need neither.
      channelsFor: () => {
        throw new Error(`${channel} asks what a person may do, which the demo seed does not know`);
      },
      get session(): HandlerContext['session'] {
        throw new Error(`${channel} needs a session, which the demo seed does not have`);
      },
      get services(): CoreServices {
        throw new Error(`${channel} needs core services, which the demo seed does not have`);
      },
    };
    return (await handler.run(ctx, parseInput(channel, handler.input, raw))) as OutputOf<K>;
  };
}

export async function seedStockDemo(db: Knex, now: Date): Promise<{ parts: number }> {
  const call = await channelsFor(db, now);
  const ids = new Map<string, number>();
  for (const [
    partNo,
    nameEn,
    nameZh,
    category,
    bin,
    unitCost,
    safetyStock,
    maxStock,
    quota,
  ] of PARTS) {
    const part = await call('kuo', 'parts/create', {
      partNo,
      nameEn,
      nameZh,
      category,
      unit: partNo === 'GEN-SCREW-M4' ? 'set' : 'pcs',
      bin,
      unitCost,
      safetyStock,
      maxStock,
      critical: quota !== undefined,
      quotaPerLine: quota?.[0] ?? null,
      quotaPerTicket: quota?.[1] ?? null,
    });
    ids.set(partNo, part.id);
  }
  const cost = new Map(PARTS.map((p) => [p[0], p[5]]));
  for (const d of DELIVERIES) {
    await call('kuo', 'stock/receive', {
      supplier: d.supplier,
      reference: d.reference,
      lines: d.lines.map(([partNo, received, rejected]) => ({
        partId: ids.get(partNo)!,
        received,
        accepted: received - (rejected?.[0] ?? 0),
        rejected: rejected?.[0] ?? 0,
        ...(rejected && { rejectReason: rejected[1] }),
        unitCost: cost.get(partNo)!,
      })),
    });
  }

  // The queue: one requisition done (issued), one waiting for a supervisor.
  const ticketOf = async (serial: string): Promise<number> => {
    const row = (await db('tickets as t')
      .join('units as u', 'u.id', 't.unit_id')
      .where('u.serial', serial)
      .orderBy('t.id')
      .first('t.id')) as { id: number } | undefined;
    if (!row) throw new Error(`The demo ticket for ${serial} is missing`);
    return row.id;
  };
  const drum = await call('hao', 'requisitions/create', {
    ticketId: await ticketOf('WM80-2025-00017'),
    lines: [
      { partId: ids.get('WM-PUMP-01')!, quantity: 1 },
      { partId: ids.get('WM-BELT-80')!, quantity: 1 },
    ],
    note: '脫水不轉，換排水泵與皮帶 / Drum does not spin: pump and belt',
  });
  await call('fen', 'requisitions/decide', {
    id: drum.id,
    version: drum.version,
    decision: 'approve',
    lines: drum.lines.map((l) => ({ lineId: l.id, approved: l.requested })),
  });
  await call('kuo', 'requisitions/issue', {
    id: drum.id,
    lines: drum.lines.map((l) => ({ lineId: l.id, quantity: l.requested })),
  });
  await call('ting', 'requisitions/create', {
    ticketId: await ticketOf('WM90N-00310'),
    lines: [
      { partId: ids.get('WM-DOOR-SEAL')!, quantity: 1 },
      { partId: ids.get('WM-LOCK-01')!, quantity: 1 },
    ],
    note: '門口漏水，換門封與門鎖 / Door leaks: seal and lock',
  });
  return { parts: PARTS.length };
}
