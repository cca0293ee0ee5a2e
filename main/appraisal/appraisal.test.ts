import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { benchFixture, type BenchFixture } from '../bench/benchFixture';
import { rebuildOutcomes, recountOutcomes } from '../outcomes/fill';
import { createTestDepot, refused, type TestClient, type TestDepot } from '../testing/testCore';

// Policy 4's repair indicators on a hand-computed fixture. Calendar: Monday to Friday, no
// holidays. Washing machines have a 2-working-day turnaround target; air conditioners use the
// default of 5. Period: November 2026. All times are 12:00 UTC, the same date in the depot's zone.
//
// Technician A (hao), station TPE, washing machines:
//   A1 reported Mon 2 Nov, completed Tue 3 Nov    due Wed 4 Nov   on time
//   A2 reported Mon 9 Nov, completed Wed 11 Nov   due Wed 11 Nov  on time (the last day), and
//      the customer brings it back: re-repair R opened against it
//   A3 reported Thu 12 Nov, completed Tue 17 Nov  due Mon 16 Nov  LATE (the weekend does not count)
//   A4 reported Thu 19 Nov, completed Mon 23 Nov  due Mon 23 Nov  on time across a weekend
//   not counted: A0 completed 30 Oct (before the period); AU returned unrepaired on 10 Nov;
//   a re-repair of A1 that was cancelled (it never came back).
//   => completed 4, on time 3/4 (A1 A2 A4), success 3/4 (A1 A3 A4)
// Technician B (ting), station KHH, an air conditioner:
//   B1 reported Mon 23 Nov, completed Wed 25 Nov  due Mon 30 Nov  on time
//   => completed 1, on time 1/1, success 1/1

let depot: TestDepot;
let bench: BenchFixture;
let supervisor: TestClient;
let finance: TestClient;
let khhId: number;
let tpeId: number;
let ids: Record<string, number>;
let haoId: number;
let tingId: number;

const noon = (date: string) => `${date}T12:00:00.000Z`;

async function completed(
  name: string,
  o: { tech: number; station: number; reported: string; done: string; ac?: boolean },
): Promise<void> {
  const id = await bench.ticket({
    patch: {
      stationId: o.station,
      ...(o.ac
        ? {
            newUnit: {
              modelId: bench.intake.acModelId,
              serial: `AC-${name}`,
              invoiceDate: '2026-06-01',
            },
          }
        : {}),
    },
  });
  await depot.core
    .db('tickets')
    .where({ id })
    .update({
      reported_at: noon(o.reported),
      completed_at: noon(o.done),
      status: 'delivered',
      assigned_to: o.tech,
    });
  ids[name] = id;
}

async function reportNo(id: number): Promise<string> {
  return (
    (await depot.core.db('tickets').where({ id }).first('report_no')) as { report_no: string }
  ).report_no;
}

beforeEach(async () => {
  depot = await createTestDepot();
  bench = await benchFixture(depot);
  supervisor = bench.supervisor;
  finance = await depot.as(['finance'], 'li');
  const db = depot.core.db;
  haoId = bench.techId;
  tingId = ((await db('staff').where({ username: 'ting' }).first('id')) as { id: number }).id;
  tpeId = bench.intake.stationId;
  khhId = (
    await depot.admin.call('stations/create', {
      code: 'KHH',
      nameEn: 'Kaohsiung station',
      nameZh: '高雄站',
    })
  ).id;
  await supervisor.call('appraisal/setTurnaround', {
    typeId: bench.intake.wmTypeId,
    workingDays: 2,
  });
  ids = {};
  const a = { tech: haoId, station: tpeId };
  await completed('A0', { ...a, reported: '2026-10-28', done: '2026-10-30' });
  await completed('A1', { ...a, reported: '2026-11-02', done: '2026-11-03' });
  await completed('A2', { ...a, reported: '2026-11-09', done: '2026-11-11' });
  await completed('A3', { ...a, reported: '2026-11-12', done: '2026-11-17' });
  await completed('A4', { ...a, reported: '2026-11-19', done: '2026-11-23' });
  await completed('AU', { ...a, reported: '2026-11-09', done: '2026-11-10' });
  await db('ticket_transitions').insert({
    ticket_id: ids.AU,
    from_status: 'diagnosing',
    to_status: 'return_unrepaired',
    created_by: haoId,
    created_at: noon('2026-11-10'),
  });
  await completed('B1', {
    tech: tingId,
    station: khhId,
    reported: '2026-11-23',
    done: '2026-11-25',
    ac: true,
  });
  // A2 comes back (policy 3.4: a re-repair); a re-repair of A1 was opened by mistake and cancelled.
  ids.R = await bench.ticket();
  await db('tickets').where({ id: ids.R }).update({ repeat_of_ticket_id: ids.A2 });
  const cancelled = await bench.ticket();
  await db('tickets')
    .where({ id: cancelled })
    .update({ repeat_of_ticket_id: ids.A1, status: 'cancelled', cancelled_at: noon('2026-11-05') });
  // Written straight into the tables: the outcome rows the indicators read are rebuilt from them.
  await rebuildOutcomes(db, depot.core.services.settings.current());
});
afterEach(async () => {
  await depot.close();
});

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

describe('appraisal indicators (policy 4)', () => {
  it('gives each technician and station their completed count, on-time and success rates', async () => {
    const result = await supervisor.call('appraisal/indicators', NOVEMBER);
    const byTech = Object.fromEntries(result.technicians.map((t) => [t.technician.id, t]));
    expect(result.technicians.map((t) => t.technician.id)).toEqual([haoId, tingId]);
    expect(byTech[haoId]).toMatchObject({
      completed: 4,
      onTime: { definition: 'appraisal.onTimeRate', numerator: 3, denominator: 4 },
      success: { definition: 'appraisal.successRate', numerator: 3, denominator: 4 },
    });
    expect(byTech[tingId]).toMatchObject({
      completed: 1,
      onTime: { numerator: 1, denominator: 1 },
      success: { numerator: 1, denominator: 1 },
    });
    const byStation = Object.fromEntries(result.stations.map((s) => [s.station.code, s]));
    expect(byStation.TPE).toMatchObject({
      completed: 4,
      onTime: { numerator: 3, denominator: 4 },
      success: { numerator: 3, denominator: 4 },
    });
    expect(byStation.KHH).toMatchObject({
      completed: 1,
      onTime: { numerator: 1, denominator: 1 },
      success: { numerator: 1, denominator: 1 },
    });
  });

  it('drills down to exactly the tickets behind each figure', async () => {
    const behind = async (
      indicator: 'onTime' | 'success',
      part: 'numerator' | 'denominator',
      scope: { technicianId?: number; stationId?: number },
    ) => {
      const r = await finance.call('appraisal/tickets', { ...NOVEMBER, indicator, part, ...scope });
      expect(r.total).toBe(r.tickets.length);
      return r.tickets.map((t) => t.id);
    };
    const A = { technicianId: haoId };
    expect(await behind('onTime', 'denominator', A)).toEqual([ids.A1, ids.A2, ids.A3, ids.A4]);
    expect(await behind('onTime', 'numerator', A)).toEqual([ids.A1, ids.A2, ids.A4]);
    expect(await behind('success', 'numerator', A)).toEqual([ids.A1, ids.A3, ids.A4]);
    expect(await behind('success', 'numerator', { stationId: khhId })).toEqual([ids.B1]);
    expect(await behind('onTime', 'denominator', {})).toEqual([
      ids.A1,
      ids.A2,
      ids.A3,
      ids.A4,
      ids.B1,
    ]);

    const late = (
      await finance.call('appraisal/tickets', {
        ...NOVEMBER,
        indicator: 'success',
        part: 'denominator',
        technicianId: haoId,
      })
    ).tickets;
    expect(late.find((t) => t.id === ids.A3)).toMatchObject({
      reportNo: await reportNo(ids.A3),
      targetWorkingDays: 2,
      dueDate: '2026-11-16',
      onTime: false,
      rerepair: null,
    });
    expect(late.find((t) => t.id === ids.A2)).toMatchObject({
      dueDate: '2026-11-11',
      onTime: true,
      rerepair: { id: ids.R, reportNo: await reportNo(ids.R) },
    });
  });

  it('uses the default turnaround target for a product type without one', async () => {
    await supervisor.call('appraisal/setTurnaround', {
      typeId: bench.intake.wmTypeId,
      workingDays: null,
    });
    // With 5 working days, A3 (Thu 12 → due Thu 19 Nov) is on time too.
    const result = await supervisor.call('appraisal/indicators', NOVEMBER);
    expect(result.technicians[0].onTime).toMatchObject({ numerator: 4, denominator: 4 });
    // The rows and day sums took the new target exactly: a full recount finds nothing to change.
    const settings = depot.core.services.settings.current();
    expect(await recountOutcomes(depot.core.db, settings)).toEqual([]);
  });

  it('refuses the indicators to everyone but supervisors, admins and finance', async () => {
    for (const client of [bench.tech, bench.clerk, await depot.as(['stockroom_keeper'])]) {
      expect((await refused(client.call('appraisal/indicators', NOVEMBER))).code).toBe('FORBIDDEN');
      expect(
        (
          await refused(
            client.call('appraisal/tickets', {
              ...NOVEMBER,
              indicator: 'onTime',
              part: 'numerator',
            }),
          )
        ).code,
      ).toBe('FORBIDDEN');
    }
    expect(
      (await refused(bench.tech.call('appraisal/setTurnaround', { typeId: 1, workingDays: 3 })))
        .code,
    ).toBe('FORBIDDEN');
    expect((await depot.admin.call('appraisal/indicators', NOVEMBER)).technicians).toHaveLength(2);
  });

  it("says whether the reader may open another's training, by the rule training/list refuses by", async () => {
    const finance = await depot.as(['finance']);
    expect((await supervisor.call('appraisal/indicators', NOVEMBER)).actions).toEqual({
      readTraining: true,
    });
    expect((await finance.call('appraisal/indicators', NOVEMBER)).actions).toEqual({
      readTraining: false,
    });
    const other = haoId;
    await supervisor.call('training/list', { staffId: other });
    expect((await refused(finance.call('training/list', { staffId: other }))).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('training participation (policy 4)', () => {
  beforeEach(async () => {
    const record = (
      date: string,
      minutes: number,
      kind: 'safety' | 'product_knowledge' | 'repair_skills',
    ) =>
      supervisor.call('training/record', {
        staffId: haoId,
        course: `Course ${date}`,
        kind,
        date,
        minutes,
        trainer: 'Chen',
        result: 'attended',
      });
    await record('2026-10-15', 240, 'repair_skills');
    await record('2026-11-05', 90, 'product_knowledge');
    await record('2026-11-20', 150, 'safety');
  });

  it('sums minutes and courses per period, beside the yearly target pro rata', async () => {
    const result = await supervisor.call('appraisal/indicators', NOVEMBER);
    expect(result.technicians[0].training).toEqual({
      definition: 'appraisal.trainingParticipation',
      minutes: 240,
      courses: 2,
      targetHoursPerYear: 40,
      // 40 h a year pro rata for November's 30 days: 2,400 × 30 / 365 = 197.26 → 197 min
      targetMinutes: 197,
    });
    expect(result.technicians[1].training).toMatchObject({ minutes: 0, courses: 0 });
    const year = await supervisor.call('training/list', {
      staffId: haoId,
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(year.totals).toEqual({ minutes: 480, courses: 3 });
    expect(year.records.map((r) => r.date)).toEqual(['2026-11-20', '2026-11-05', '2026-10-15']);
  });

  it('lets a staff member read only their own training', async () => {
    const own = await bench.tech.call('training/list', {});
    expect(own.totals).toEqual({ minutes: 480, courses: 3 });
    expect((await refused(bench.otherTech.call('training/list', { staffId: haoId }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await bench.otherTech.call('training/list', {})).records).toEqual([]);
  });

  it('is recorded by supervisors and admins only, once it has been held', async () => {
    const input = {
      staffId: tingId,
      course: 'Refrigerant safety',
      kind: 'safety' as const,
      date: '2026-11-26',
      minutes: 60,
      trainer: 'Lin',
      result: 'passed' as const,
    };
    for (const client of [bench.tech, finance, bench.clerk]) {
      expect((await refused(client.call('training/record', input))).code).toBe('FORBIDDEN');
    }
    const saved = await depot.admin.call('training/record', input);
    expect(saved).toMatchObject({ staff: { id: tingId }, minutes: 60, result: 'passed' });
    expect(
      (await refused(supervisor.call('training/record', { ...input, date: '2026-12-01' }))).code,
    ).toBe('RULE');
  });
});
