import { repairLogFixture, type RepairLogFixture } from '../bench/repairLogFixture';
import { rebuildOutcomes } from '../outcomes/fill';
import type { TestDepot } from '../testing/testCore';

// Appraisal test helpers: repairs completed at noon UTC on a given day (the same date in the
// depot's zone) by a given technician at a given station, with their labour in whole minutes
// (800.00 an hour: 60 min = 80,000 minor units) and, for A1, a part from the stockroom; and
// follow-up answers. The figures are worked out in satisfactionCost.test.ts. The rows are written
// straight into their tables, so the outcome rows the indicators read are rebuilt after each step.

export type AppraisalFixture = {
  fx: RepairLogFixture;
  haoId: number;
  tingId: number;
  weiId: number;
  tpeId: number;
  khhId: number;
  ids: Record<string, number>;
  /** A follow-up answered (score) or still open (null) about a ticket, closed at `doneOn`. */
  answer: (
    ticket: string,
    score: number | null,
    doneOn?: string,
    comments?: string,
  ) => Promise<void>;
};

export const noon = (date: string) => `${date}T12:00:00.000Z`;

export async function appraisalFixture(depot: TestDepot): Promise<AppraisalFixture> {
  const fx = await repairLogFixture(depot);
  const db = depot.core.db;
  await depot.as(['technician'], 'wei');
  const idOf = async (username: string) =>
    ((await db('staff').where({ username }).first('id')) as { id: number }).id;
  const haoId = fx.techId;
  const tingId = await idOf('ting');
  const weiId = await idOf('wei');
  const tpeId = fx.intake.stationId;
  const khhId = (
    await depot.admin.call('stations/create', {
      code: 'KHH',
      nameEn: 'Kaohsiung station',
      nameZh: '高雄站',
    })
  ).id;
  const ids: Record<string, number> = {};
  let serial = 0;

  const repair = async (
    name: string,
    o: { tech: number; station: number; done: string; minutes: number; ac?: boolean },
    ticketId?: number,
  ) => {
    serial += 1;
    const id =
      ticketId ??
      (await fx.ticket({
        patch: {
          stationId: o.station,
          ...(o.ac
            ? {
                newUnit: {
                  modelId: fx.intake.acModelId,
                  serial: `AP-AC-${serial}`,
                  invoiceDate: '2026-06-01',
                },
              }
            : {}),
        },
      }));
    await db('labour_entries').insert({
      ticket_id: id,
      staff_id: o.tech,
      source: 'manual',
      minutes: o.minutes,
      created_at: noon(o.done),
    });
    await db('tickets')
      .where({ id })
      .update({
        station_id: o.station,
        reported_at: noon(o.done),
        completed_at: noon(o.done),
        status: 'delivered',
        assigned_to: o.tech,
      });
    ids[name] = id;
  };

  // A1 carries a drain pump issued at 200.00 (20,000) besides its hour of labour.
  const pump = await fx.stock.part({ nameEn: 'Drain pump', nameZh: '排水泵' });
  await fx.stock.receive(pump.id, 5, 20_000);
  const a1 = await fx.onBench(true);
  await fx.issue(a1, pump.id, 1);
  const tpe = { station: tpeId };
  await repair('A1', { ...tpe, tech: haoId, done: '2026-11-03', minutes: 60 }, a1);
  await repair('A2', { ...tpe, tech: haoId, done: '2026-11-10', minutes: 30 });
  await repair('A3', { ...tpe, tech: haoId, done: '2026-11-12', minutes: 90, ac: true });
  await repair('C1', { ...tpe, tech: weiId, done: '2026-11-16', minutes: 120 });
  const khh = { station: khhId, tech: tingId };
  await repair('B1', { ...khh, done: '2026-11-18', minutes: 45, ac: true });
  await repair('B2', { ...khh, done: '2026-11-19', minutes: 60 });
  await repair('A0', { ...tpe, tech: haoId, done: '2026-10-30', minutes: 600 });
  const rebuild = () => rebuildOutcomes(db, depot.core.services.settings.current());
  await rebuild();

  return {
    fx,
    haoId,
    tingId,
    weiId,
    tpeId,
    khhId,
    ids,
    async answer(ticket, score, doneOn = '2026-11-25', comments) {
      await db('follow_ups').insert({
        ticket_id: ids[ticket],
        delivered_at: noon('2026-11-01'),
        due_date: '2026-11-04',
        due_at: noon('2026-11-04'),
        status: score === null ? 'open' : 'done',
        satisfaction: score,
        comments: comments ?? null,
        done_by: score === null ? null : fx.techId,
        done_at: score === null ? null : noon(doneOn),
        created_at: noon('2026-11-01'),
      });
      await rebuild();
    },
  };
}
