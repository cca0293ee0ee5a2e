import type { Knex } from 'knex';

const STATUSES = ['pending', 'approved', 'partially_issued', 'issued', 'rejected'];

// Requisitions (領用申請表, issue 4, item 4; policy 5.3): a technician asks for parts for a
// ticket, a supervisor approves (possibly less) or rejects, the stockroom issues at most what was
// approved and takes back unused parts. Issues and returns are stock_moves rows pointing at the
// line (ref_type 'requisition_line', ref_id = the line's id), so the issue record (發放記錄) is the ledger.
// The CHECKs back up the handlers: approved <= requested, issued <= approved, returned <= issued.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('requisitions', (t) => {
    t.increments('id').primary();
    t.integer('ticket_id').notNullable().references('id').inTable('tickets');
    t.string('status', 20).notNullable();
    t.string('note', 500).nullable();
    t.integer('requested_by').notNullable().references('id').inTable('staff');
    t.string('requested_at', 30).notNullable();
    t.integer('decided_by').nullable().references('id').inTable('staff');
    t.string('decided_at', 30).nullable();
    t.string('decision_note', 500).nullable();
    t.string('client_request_id', 36).nullable().unique();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.index(['status', 'id']);
    t.index(['ticket_id']);
    t.check(
      `?? in (${STATUSES.map((s) => `'${s}'`).join(', ')})`,
      ['status'],
      'requisitions_status',
    );
  });
  await knex.schema.createTable('requisition_lines', (t) => {
    t.increments('id').primary();
    t.integer('requisition_id').notNullable().references('id').inTable('requisitions');
    t.integer('line_no').notNullable();
    t.integer('part_id').notNullable().references('id').inTable('parts');
    t.integer('requested').notNullable();
    t.integer('approved').nullable();
    t.integer('issued').notNullable().defaultTo(0);
    t.integer('returned').notNullable().defaultTo(0);
    t.string('quota_override_reason', 500).nullable();
    t.unique(['requisition_id', 'line_no']);
    t.index(['part_id']);
    t.check('?? > 0', ['requested'], 'requisition_lines_requested');
    t.check(
      '?? is null or (?? >= 0 and ?? <= ??)',
      ['approved', 'approved', 'approved', 'requested'],
      'requisition_lines_approved',
    );
    t.check(
      '?? >= 0 and ?? <= coalesce(??, 0)',
      ['issued', 'issued', 'approved'],
      'requisition_lines_issued',
    );
    t.check(
      '?? >= 0 and ?? <= ??',
      ['returned', 'returned', 'issued'],
      'requisition_lines_returned',
    );
  });
  // The issue record of a requisition line, read from the ledger.
  await knex.schema.alterTable('stock_moves', (t) => {
    t.index(['ref_type', 'ref_id'], 'stock_moves_ref');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('stock_moves', (t) => {
    t.dropIndex(['ref_type', 'ref_id'], 'stock_moves_ref');
  });
  await knex.schema.dropTable('requisition_lines');
  await knex.schema.dropTable('requisitions');
}
