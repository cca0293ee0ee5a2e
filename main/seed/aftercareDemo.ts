import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Input } from '../handlers';
import { addMonths } from '../intake/civilDate';
import { depotTimeZone, localDate } from '../intake/zonedTime';
import { signaturePng } from '../testing/images';
import { historyChannels } from './historyChannels';

// The aftercare part of the demo depot (policy 3.6): a few units repaired and handed back over
// the last two weeks, so the follow-up worklist has calls overdue and due, one customer already
// reached with a score, one not reached yet, and one complaint routed to the desk. Every step
// goes through the depot's own channels as the staff named, at the time it happened, so the
// follow-ups' due dates, timelines and audit rows are the real thing.

const SIGNATURE = `data:image/png;base64,${signaturePng(3).toString('base64')}`;

// prettier-ignore
const DELIVERED: { name: string; phone: string; model: string; serial: string; fault: string; daysAgo: number }[] = [
  { name: '吳佩珊 Wu Pei-shan', phone: '0921-556-102', model: 'WM-80', serial: 'WM80-2025-00231', fault: '進水很慢 / Fills very slowly', daysAgo: 14 },
  { name: '周建國 Chou Chien-kuo', phone: '0937-880-415', model: 'AC-2200', serial: 'AC22-6001', fault: '室內機滴水 / Indoor unit drips', daysAgo: 11 },
  { name: '蔡宜君 Tsai Yi-chun', phone: '0955-301-778', model: 'RF-450', serial: 'RF450-10422', fault: '冷藏室不冷 / Fridge compartment not cold', daysAgo: 9 },
  { name: '鄭雅文 Cheng Ya-wen', phone: '0963-412-590', model: 'WM-90N', serial: 'WM90N-00488', fault: '門鎖無法解開 / Door stays locked', daysAgo: 6 },
  { name: '許志偉 Hsu Chih-wei', phone: '0910-227-964', model: 'AC-3600I', serial: 'AC36-7790045', fault: '遙控開機後自動關機 / Switches itself off', daysAgo: 2 },
];

export async function seedAftercareDemo(
  db: Knex,
  now: Date,
  dataDir: string,
): Promise<{ delivered: number }> {
  const call = await historyChannels(db, dataDir);
  const ago = (days: number, hours = 0) =>
    new Date(now.getTime() - days * 86_400_000 + hours * 3_600_000);
  const today = localDate(now, depotTimeZone());
  const station = (await db('repair_stations').orderBy('id').first('id')) as { id: number };
  const model = async (code: string) =>
    ((await db('product_models').where({ code }).first('id')) as { id: number }).id;

  const followUps: { id: number; ticketId: number }[] = [];
  for (const d of DELIVERED) {
    const reported = ago(d.daysAgo + 3);
    const created = await call(
      'mei',
      'tickets/create',
      {
        clientRequestId: randomUUID(),
        stationId: station.id,
        channel: 'counter',
        reportedAt: reported.toISOString(),
        newCustomer: { kind: 'person', name: d.name, phones: [d.phone] },
        newUnit: {
          modelId: await model(d.model),
          serial: d.serial,
          invoiceDate: addMonths(today, -6),
          invoiceNo: `AB-${d.serial.replace(/\D/g, '').slice(-8).padStart(8, '0')}`,
          seller: '燦坤 Tsann Kuen',
        },
        faultDescription: d.fault,
      },
      reported,
    );
    const ticketId = created.id;
    // At the bench two days later, tested, and handed back on the day.
    const bench = ago(d.daysAgo + 1);
    let v = await call('hao', 'bench/claim', { ticketId, version: 1 }, bench);
    for (const to of ['in_repair', 'testing'] as const) {
      v = await call('hao', 'bench/transition', { ticketId, version: v.version, to }, bench);
    }
    const log = await call('hao', 'repairLog/get', { ticketId }, bench);
    for (const item of log.checklist.items) {
      await call('hao', 'checklist/record', { ticketId, itemId: item.id, result: 'pass' }, bench);
    }
    v = await call('hao', 'bench/ticket', { ticketId }, bench);
    v = await call(
      'hao',
      'bench/transition',
      { ticketId, version: v.version, to: 'ready_for_pickup' },
      bench,
    );
    const handedBack = ago(d.daysAgo, 2);
    await call(
      'mei',
      'acceptance/accept',
      { ticketId, version: v.version, signature: SIGNATURE },
      handedBack,
    );
    const row = (await db('follow_ups').where({ ticket_id: ticketId }).first('id')) as {
      id: number;
    };
    followUps.push({ id: row.id, ticketId });
  }

  // The first customer was reached and is pleased; the second not reached yet (overdue, retry);
  // the third was reached, unhappy, and complained; the fourth is not called yet (overdue);
  // the fifth is not due yet.
  const [pleased, retry, unhappy] = followUps;
  const calls: [typeof pleased, Input<'followUps/recordAttempt'>, number][] = [
    [
      pleased,
      {
        followUpId: pleased.id,
        method: 'phone',
        reached: true,
        satisfaction: 5,
        comments: '洗衣機正常，師傅很準時 / Works fine, the technician was on time',
      },
      9,
    ],
    [
      retry,
      { followUpId: retry.id, method: 'phone', reached: false, comments: '無人接聽 / No answer' },
      4,
    ],
    [
      unhappy,
      {
        followUpId: unhappy.id,
        method: 'phone',
        reached: true,
        satisfaction: 2,
        comments: '冰箱可用，但交機晚了兩天 / Works, but was handed back two days late',
      },
      3,
    ],
  ];
  for (const [, input, daysAgo] of calls) {
    await call('mei', 'followUps/recordAttempt', input, ago(daysAgo));
  }
  const complaint = await call(
    'mei',
    'complaints/record',
    {
      ticketId: unhappy.ticketId,
      followUpId: unhappy.id,
      description: '交機延誤且未事先通知 / Handed back late without being told',
    },
    ago(3),
  );
  await call(
    'fen',
    'complaints/route',
    {
      complaintId: complaint.id,
      version: complaint.version,
      responsibleId: ((await db('staff').where({ username: 'mei' }).first('id')) as { id: number })
        .id,
      dueDate: localDate(ago(-4), depotTimeZone()),
      note: '請致電道歉並說明原因 / Call to apologise and explain',
    },
    ago(2),
  );
  return { delivered: DELIVERED.length };
}
