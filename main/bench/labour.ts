import type { Knex } from 'knex';
import { z } from 'zod';

// Labour time on a ticket (issue 5, items 3-4; policy 3.5): a start/stop timer or minutes typed
// in, per technician. Only recorded minutes count towards the cost; a running timer counts once
// it is stopped. One entry is at most 12 hours, so a typo or a timer left running over a weekend
// cannot bill a customer for days of work.

export const MAX_ENTRY_MINUTES = 720;

export const minutesSchema = z
  .number('Minutes must be a number')
  .int('Minutes must be whole minutes')
  .min(1, 'Labour is at least 1 minute')
  .max(
    MAX_ENTRY_MINUTES,
    `At most ${MAX_ENTRY_MINUTES} minutes (12 hours) in one entry; record longer work as several entries`,
  );

export type LabourEntry = {
  id: number;
  staff: { id: number; name: string };
  source: 'timer' | 'manual';
  startedAt: string | null;
  /** Null while the timer runs. */
  stoppedAt: string | null;
  /** Null while the timer runs. */
  minutes: number | null;
  note: string | null;
  createdAt: string;
};

export type Labour = {
  entries: LabourEntry[];
  /** Recorded minutes of everyone on the ticket (running timers not yet included). */
  totalMinutes: number;
  /** The reader's own running timer on this ticket, if any. */
  running: LabourEntry | null;
};

type Db = Knex | Knex.Transaction;

type Row = {
  id: number;
  staff_id: number;
  display_name: string;
  source: LabourEntry['source'];
  started_at: string | null;
  stopped_at: string | null;
  minutes: number | null;
  note: string | null;
  created_at: string;
};

function toEntry(r: Row): LabourEntry {
  return {
    id: r.id,
    staff: { id: r.staff_id, name: r.display_name },
    source: r.source,
    startedAt: r.started_at,
    stoppedAt: r.stopped_at,
    minutes: r.minutes,
    note: r.note,
    createdAt: r.created_at,
  };
}

export async function labourEntries(db: Db, ticketId: number): Promise<LabourEntry[]> {
  const rows = (await db('labour_entries as l')
    .join('staff as s', 's.id', 'l.staff_id')
    .where('l.ticket_id', ticketId)
    .orderBy('l.id')
    .select('l.*', 's.display_name')) as Row[];
  return rows.map(toEntry);
}

export function isRunning(e: LabourEntry): boolean {
  return e.source === 'timer' && e.stoppedAt === null;
}

export async function ticketLabour(db: Db, ticketId: number, readerId: number): Promise<Labour> {
  const entries = await labourEntries(db, ticketId);
  return {
    entries,
    totalMinutes: entries.reduce((n, e) => n + (e.minutes ?? 0), 0),
    running: entries.find((e) => isRunning(e) && e.staff.id === readerId) ?? null,
  };
}

/** Recorded minutes on a ticket, for its cost. */
export async function labourMinutes(db: Db, ticketId: number): Promise<number> {
  const row = (await db('labour_entries')
    .where({ ticket_id: ticketId })
    .sum({ minutes: 'minutes' })
    .first()) as { minutes: number | string | null } | undefined;
  return Number(row?.minutes ?? 0);
}

/** A staff member's running timer on a ticket. */
export async function runningTimer(
  db: Db,
  ticketId: number,
  staffId: number,
): Promise<LabourEntry | null> {
  const row = (await db('labour_entries as l')
    .join('staff as s', 's.id', 'l.staff_id')
    .where({ 'l.ticket_id': ticketId, 'l.staff_id': staffId, 'l.source': 'timer' })
    .whereNull('l.stopped_at')
    .first('l.*', 's.display_name')) as Row | undefined;
  return row ? toEntry(row) : null;
}

/** Elapsed whole minutes, rounded up: a started minute is a worked minute; at least one. */
export function elapsedMinutes(startedAt: string, now: Date): number {
  const ms = now.getTime() - new Date(startedAt).getTime();
  return Math.max(1, Math.ceil(ms / 60_000));
}

/**
 * Stops every running timer on a ticket that leaves the bench (ready for pickup, at the factory,
 * handed back): labour is not billed after the work ends. Elapsed time is recorded, at most one
 * entry's maximum; longer needs a person to say what was worked (labour/add).
 */
export async function stopTimersOf(
  trx: Knex.Transaction,
  ticketId: number,
  at: Date,
): Promise<{ id: number; staffId: number; minutes: number }[]> {
  const running = (await trx('labour_entries')
    .where({ ticket_id: ticketId, source: 'timer' })
    .whereNull('stopped_at')
    .select('id', 'staff_id', 'started_at')) as {
    id: number;
    staff_id: number;
    started_at: string;
  }[];
  const stopped = [];
  for (const r of running) {
    const minutes = Math.min(MAX_ENTRY_MINUTES, elapsedMinutes(r.started_at, at));
    await trx('labour_entries')
      .where({ id: r.id })
      .whereNull('stopped_at')
      .update({ stopped_at: at.toISOString(), minutes });
    stopped.push({ id: r.id, staffId: r.staff_id, minutes });
  }
  return stopped;
}
