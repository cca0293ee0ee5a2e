import type { Knex } from 'knex';
import { sequence } from './sequence';
import { intakeScaleGenerator } from './intakeScale';
import { chainHead, chainRows } from '../audit/auditChain';

// The scale generator (`depot seed --scale N`): bulk rows for performance work, inserted in
// batches inside large transactions (row-by-row inserts are ~20x slower here). Each feature
// registers a generator for its own tables; the intake work grows this to 1,000,000 tickets.

export type ScaleProgress = (done: number, total: number) => void;
export type ScaleGenerator = {
  name: string;
  run: (db: Knex, n: number, progress: ScaleProgress) => Promise<void>;
};

const BATCH = 500; // rows per INSERT: 10 columns x 500 stays under SQLite's 32766 variables
const PER_TRANSACTION = 50_000;
const ENTITIES = ['ticket', 'unit', 'customer', 'part'] as const;
const ACTIONS = ['create', 'update', 'print'] as const;

/** The audit history a busy depot accumulates: N rows spread over the entities and one year. */
export const auditHistoryGenerator: ScaleGenerator = {
  name: 'audit history',
  async run(db, n, progress) {
    const random = sequence(n);
    const start = Date.UTC(2026, 0, 1);
    const span = 365 * 24 * 3600 * 1000;
    let done = 0;
    while (done < n) {
      const inThisTransaction = Math.min(PER_TRANSACTION, n - done);
      await db.transaction(async (trx) => {
        // Linked like every audit row (main/audit/auditChain.ts), so the seeded depot verifies.
        let head = await chainHead(trx);
        for (let i = 0; i < inThisTransaction; i += BATCH) {
          const rows = [];
          for (let j = 0; j < Math.min(BATCH, inThisTransaction - i); j++) {
            const k = done + i + j;
            rows.push({
              at: new Date(start + Math.floor((k / n) * span)).toISOString(),
              staff_id: null,
              channel: 'seed/scale',
              entity: ENTITIES[Math.floor(random() * ENTITIES.length)],
              entity_id: String(1 + Math.floor(random() * Math.max(1, n / 5))),
              action: ACTIONS[Math.floor(random() * ACTIONS.length)],
              before: null,
              after: null,
            });
          }
          const linked = chainRows(head, rows);
          head = linked.head;
          await trx('audit_log').insert(linked.rows);
        }
      });
      done += inThisTransaction;
      progress(done, n);
    }
  },
};

export const scaleGenerators: ScaleGenerator[] = [auditHistoryGenerator, intakeScaleGenerator];
