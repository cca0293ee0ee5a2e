import type { Knex } from 'knex';
import type { Actor, Role } from '../contract/roles';

export type StaffRow = {
  id: number;
  username: string;
  display_name: string;
  pin_hash: string;
  failed_pins: number;
  locked_until: string | null;
  active: number | boolean;
  created_at: string;
  updated_at: string;
  version: number;
};

export type StaffSummary = {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  version: number;
};

export async function rolesOf(db: Knex, staffIds: number[]): Promise<Map<number, Role[]>> {
  const rows: { staff_id: number; role: Role }[] = staffIds.length
    ? await db('staff_roles')
        .whereIn('staff_id', staffIds)
        .select('staff_id', 'role')
        .orderBy('role')
    : [];
  const map = new Map<number, Role[]>();
  for (const row of rows) map.set(row.staff_id, [...(map.get(row.staff_id) ?? []), row.role]);
  return map;
}

export function toSummary(row: StaffRow, roles: Role[]): StaffSummary {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles,
    active: Boolean(row.active),
    version: row.version,
  };
}

export function toActor(summary: StaffSummary): Actor {
  return {
    id: summary.id,
    username: summary.username,
    displayName: summary.displayName,
    roles: summary.roles,
  };
}

export async function findStaff(db: Knex, id: number): Promise<StaffSummary | null> {
  const row: StaffRow | undefined = await db('staff').where({ id }).first();
  if (!row) return null;
  return toSummary(row, (await rolesOf(db, [id])).get(id) ?? []);
}

export async function listStaff(db: Knex, activeOnly: boolean): Promise<StaffSummary[]> {
  const query = db('staff').select<StaffRow[]>('*').orderBy('display_name');
  const rows = activeOnly ? await query.where({ active: true }) : await query;
  const roles = await rolesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toSummary(row, roles.get(row.id) ?? []));
}

export async function insertStaff(
  trx: Knex.Transaction,
  input: { username: string; displayName: string; roles: Role[]; pinHash: string; at: string },
): Promise<number> {
  const [row] = await trx('staff')
    .insert({
      username: input.username,
      display_name: input.displayName,
      pin_hash: input.pinHash,
      created_at: input.at,
      updated_at: input.at,
    })
    .returning('id');
  const id = typeof row === 'object' ? (row as { id: number }).id : (row as number);
  await trx('staff_roles').insert(input.roles.map((role) => ({ staff_id: id, role })));
  return id;
}

export type PinAttemptRow = Pick<
  StaffRow,
  'display_name' | 'pin_hash' | 'failed_pins' | 'locked_until'
>;

/**
 * Counts one PIN attempt before the PIN is checked, in one statement that also refuses a locked
 * account, so parallel guesses cannot outrun the count. The attempt that reaches `max` sets the
 * lock until `lockUntil`; the first attempt after an ended lockout starts the count again.
 * Returns the counted row, or undefined when nothing was counted (locked, inactive or unknown).
 */
export async function countPinAttempt(
  db: Knex,
  staffId: number,
  rule: { now: string; max: number; lockUntil: string },
): Promise<PinAttemptRow | undefined> {
  // Both expressions read the row as it was before this update (SQL semantics).
  const counted = 'CASE WHEN ?? IS NULL THEN ?? + 1 ELSE 1 END';
  const countedArgs = ['locked_until', 'failed_pins'];
  const rows: PinAttemptRow[] = await db('staff')
    .where({ id: staffId, active: true })
    .andWhere((q) => q.whereNull('locked_until').orWhere('locked_until', '<=', rule.now))
    .update(
      {
        failed_pins: db.raw(counted, countedArgs),
        locked_until: db.raw(`CASE WHEN ${counted} >= ? THEN ? ELSE NULL END`, [
          ...countedArgs,
          rule.max,
          rule.lockUntil,
        ]),
      },
      ['display_name', 'pin_hash', 'failed_pins', 'locked_until'],
    );
  return rows[0];
}

/** The right PIN ends the run of wrong ones. */
export async function clearFailedPins(trx: Knex.Transaction, staffId: number): Promise<void> {
  await trx('staff').where({ id: staffId }).update({ failed_pins: 0, locked_until: null });
}

/** Claims first-start setup for the first admin; the database lets only one claim commit. */
export async function claimSetup(
  trx: Knex.Transaction,
  staffId: number,
  at: string,
): Promise<void> {
  await trx('setup_claim').insert({ claim: 'first_admin', staff_id: staffId, claimed_at: at });
}
