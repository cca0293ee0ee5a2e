import { benchFixture, type BenchFixture } from '../bench/benchFixture';
import type { IsoDate } from '../intake/civilDate';
import { depotTimeZone, zonedInstant } from '../intake/zonedTime';
import { recordOutcome } from '../outcomes/outcomes';
import type { TestClient, TestDepot } from '../testing/testCore';

// Dashboard test helpers: the bench fixture, a second station (KHH), finance, a clock at a
// local hour, and tickets placed on local days (made at intake, then moved by hand: the bench's
// and the desk's own tests cover the way there).

export type TicketPlan = {
  reported: IsoDate;
  /** Local hour of the report, 12 unless said. */
  hour?: number;
  completed?: IsoDate;
  status?: string;
  khh?: boolean;
  ac?: boolean;
};

export type InsightFixture = {
  bench: BenchFixture;
  supervisor: TestClient;
  finance: TestClient;
  tpeId: number;
  khhId: number;
  /** The instant at `hour`:00 local time on `date`. */
  at: (date: IsoDate, hour?: number) => string;
  setClock: (date: IsoDate, hour: number) => void;
  ticket: (plan: TicketPlan) => Promise<number>;
};

export async function insightFixture(depot: TestDepot): Promise<InsightFixture> {
  const bench = await benchFixture(depot);
  // Monday to Friday, no holidays: every working day below is checkable on a wall calendar.
  await depot.admin.call('settings/update', {
    calendar: { workingDays: [1, 2, 3, 4, 5], holidays: [] },
    security: { autoLockMinutes: 0 },
  });
  const finance = await depot.as(['finance'], 'lan');
  const khhId = (
    await depot.admin.call('stations/create', {
      code: 'KHH',
      nameEn: 'Kaohsiung station',
      nameZh: '高雄站',
    })
  ).id;
  const at = (date: IsoDate, hour = 12) =>
    zonedInstant(date, hour * 3_600_000, depotTimeZone()).toISOString();
  let serial = 0;
  return {
    bench,
    supervisor: bench.supervisor,
    finance,
    tpeId: bench.intake.stationId,
    khhId,
    at,
    setClock: (date, hour) => {
      depot.clock.now = new Date(at(date, hour));
    },
    async ticket(plan) {
      serial += 1;
      const id = await bench.ticket({
        patch: {
          stationId: plan.khh ? khhId : bench.intake.stationId,
          ...(plan.ac
            ? {
                newUnit: {
                  modelId: bench.intake.acModelId,
                  serial: `INSIGHT-AC-${serial}`,
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
          reported_at: at(plan.reported, plan.hour),
          completed_at: plan.completed ? at(plan.completed) : null,
          status: plan.status ?? (plan.completed ? 'delivered' : 'received'),
          cancelled_at: plan.status === 'cancelled' ? at(plan.reported) : null,
          // Not an emergency unless a test says so (an AC model may be one by default).
          emergency: false,
          response_due_at: null,
          onsite_due_at: null,
        });
      // The hand-over's own write (bench/transition.ts): the ticket's outcome row.
      if (plan.completed && plan.status !== 'cancelled') await recordOutcome(depot.core.db, id);
      return id;
    },
  };
}
