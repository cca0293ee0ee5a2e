import { signaturePng } from '../testing/images';
import type { TestClient, TestDepot } from '../testing/testCore';
import { benchFixture, type BenchFixture } from '../bench/benchFixture';
import type { IsoDate } from '../intake/civilDate';
import { depotTimeZone, zonedInstant } from '../intake/zonedTime';

// Aftercare test helpers: the bench fixture, a depot that calls back 3 working days after
// delivery with Tuesday 8 December 2026 a holiday, tickets delivered on a given local day, and
// finance. 4 December 2026 is a Friday.

export type AftercareFixture = {
  bench: BenchFixture;
  clerk: TestClient;
  supervisor: TestClient;
  tech: TestClient;
  finance: TestClient;
  techId: number;
  /** Sets the test depot's clock to `hour`:00 local time on `date`. */
  setClock: (date: IsoDate, hour: number) => void;
  /** A covered ticket accepted and delivered at 10:00 local on `date`; its follow-up's id. */
  delivered: (date: IsoDate) => Promise<{ ticketId: number; followUpId: number }>;
};

const signature = `data:image/png;base64,${signaturePng().toString('base64')}`;

export async function aftercareFixture(depot: TestDepot): Promise<AftercareFixture> {
  const bench = await benchFixture(depot);
  await depot.admin.call('settings/update', {
    policy: { followUpWorkingDays: 3 },
    calendar: { holidays: ['2026-12-08'] },
    // The clock jumps days ahead in these tests; no idle lock meanwhile.
    security: { autoLockMinutes: 0 },
  });
  const finance = await depot.as(['finance'], 'lan');
  const db = depot.core.db;
  const setClock = (date: IsoDate, hour: number) => {
    depot.clock.now = zonedInstant(date, hour * 3_600_000, depotTimeZone());
  };
  return {
    bench,
    clerk: bench.clerk,
    supervisor: bench.supervisor,
    tech: bench.tech,
    finance,
    techId: bench.techId,
    setClock,
    async delivered(date) {
      const ticketId = await bench.ticket();
      // Test setup only: straight to ready for pickup (the bench's own tests cover the way).
      const version = (await bench.version(ticketId)) + 1;
      await db('tickets')
        .where({ id: ticketId })
        .update({ status: 'ready_for_pickup', version, assigned_to: bench.techId });
      setClock(date, 10);
      await bench.clerk.call('acceptance/accept', { ticketId, version, signature });
      const row = (await db('follow_ups').where({ ticket_id: ticketId }).first('id')) as {
        id: number;
      };
      return { ticketId, followUpId: row.id };
    },
  };
}
