import type { Input } from '../handlers';
import { intakeFixture, type IntakeFixture } from '../intake/intakeFixture';
import type { TestClient, TestDepot } from '../testing/testCore';
import type { TicketStatus } from './lifecycle';

// Bench test helpers: a technician, a second one, a supervisor, the intake desk, and tickets
// (covered or not) made through the intake channels.

export type BenchFixture = {
  intake: IntakeFixture;
  tech: TestClient;
  otherTech: TestClient;
  supervisor: TestClient;
  clerk: TestClient;
  techId: number;
  /** A new ticket at intake: covered by warranty unless `covered` is false. */
  ticket: (opts?: {
    covered?: boolean;
    patch?: Partial<Input<'tickets/create'>>;
  }) => Promise<number>;
  /** Claimed by `tech` (received → diagnosing); returns the new version. */
  claimed: (ticketId: number) => Promise<number>;
  version: (ticketId: number) => Promise<number>;
  status: (ticketId: number) => Promise<TicketStatus>;
};

let serial = 0;

export async function benchFixture(depot: TestDepot): Promise<BenchFixture> {
  const intake = await intakeFixture(depot);
  const tech = await depot.as(['technician'], 'hao');
  const otherTech = await depot.as(['technician'], 'ting');
  const supervisor = await depot.as(['supervisor'], 'fen');
  const db = depot.core.db;
  const techRow = (await db('staff').where({ username: 'hao' }).first('id')) as { id: number };
  const version = async (id: number) =>
    ((await db('tickets').where({ id }).first('version')) as { version: number }).version;
  return {
    intake,
    tech,
    otherTech,
    supervisor,
    clerk: intake.clerk,
    techId: techRow.id,
    async ticket({ covered = true, patch = {} } = {}) {
      serial += 1;
      const created = await intake.clerk.call(
        'tickets/create',
        intake.ticket({
          newUnit: {
            modelId: intake.wmModelId,
            serial: `BENCH-${serial}`,
            invoiceDate: covered ? '2026-06-01' : '2024-01-10',
          },
          ...(covered ? {} : { notCoveredExplanation: 'Warranty ended on 2025-01-09' }),
          ...patch,
        }),
      );
      return created.id;
    },
    async claimed(ticketId) {
      const view = await tech.call('bench/claim', { ticketId, version: await version(ticketId) });
      return view.version;
    },
    version,
    async status(id) {
      return ((await db('tickets').where({ id }).first('status')) as { status: TicketStatus })
        .status;
    },
  };
}
