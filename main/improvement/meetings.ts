import type { Knex } from 'knex';
import type { Audit } from '../contract/handler';
import { refuse } from '../contract/errors';
import { insertedId } from '../intake/rows';

// Review meetings 定期召開保修業務分析會議 (policy 6: review the data in regular meetings): who
// came, the period whose report was read (and the archived period cost report, if it was
// printed), the agenda, the minutes and the problems the meeting decided on.

type Db = Knex | Knex.Transaction;

export type MeetingFields = {
  heldOn: string;
  attendeeIds: number[];
  periodFrom: string;
  periodTo: string;
  reportDocumentId: number | null;
  agenda: string[];
  minutes: string;
  problemIds: number[];
};

export type MeetingSummary = {
  id: number;
  heldOn: string;
  periodFrom: string;
  periodTo: string;
  attendees: number;
  problems: number;
  version: number;
};

export type MeetingDetail = Omit<MeetingSummary, 'attendees' | 'problems'> & {
  reportDocumentId: number | null;
  minutes: string;
  attendees: { id: number; displayName: string }[];
  agenda: string[];
  problems: { id: number; number: string; title: string; status: string }[];
  createdAt: string;
};

type Row = {
  id: number;
  held_on: string;
  period_from: string;
  period_to: string;
  report_document_id: number | null;
  minutes: string;
  created_at: string;
  version: number;
};

/** Checks what the fields point at, so a refusal names its field and changes nothing. */
export async function checkMeetingLinks(db: Db, m: Partial<MeetingFields>): Promise<void> {
  if (m.periodFrom !== undefined && m.periodTo !== undefined && m.periodFrom > m.periodTo) {
    throw refuse('VALIDATION', 'improvement.periodBackwards', {
      field: 'periodTo',
      message: 'periodTo: The period ends before it starts',
    });
  }
  if (m.attendeeIds) {
    const ids = [...new Set(m.attendeeIds)];
    const found = (await db('staff').whereIn('id', ids).select('id')) as { id: number }[];
    if (found.length !== ids.length) {
      throw refuse('NOT_FOUND', 'improvement.attendeeNotFound', {
        field: 'attendeeIds',
        message: 'attendeeIds: No such staff',
      });
    }
  }
  if (m.problemIds && m.problemIds.length > 0) {
    const ids = [...new Set(m.problemIds)];
    const found = (await db('problems').whereIn('id', ids).select('id')) as { id: number }[];
    if (found.length !== ids.length) {
      throw refuse('NOT_FOUND', 'improvement.meetingProblemNotFound', {
        field: 'problemIds',
        message: 'problemIds: No such problem',
      });
    }
  }
  if (m.reportDocumentId !== undefined && m.reportDocumentId !== null) {
    const doc = (await db('documents').where({ id: m.reportDocumentId }).first('kind')) as
      { kind: string } | undefined;
    if (!doc || doc.kind !== 'periodCostReport') {
      throw refuse('NOT_FOUND', 'improvement.notPeriodCostReport', {
        field: 'reportDocumentId',
        message: 'reportDocumentId: No archived period cost report by that id',
      });
    }
  }
}

async function writeSets(trx: Knex.Transaction, id: number, m: Partial<MeetingFields>) {
  if (m.attendeeIds) {
    await trx('meeting_attendees').where({ meeting_id: id }).delete();
    const ids = [...new Set(m.attendeeIds)];
    await trx('meeting_attendees').insert(ids.map((s) => ({ meeting_id: id, staff_id: s })));
  }
  if (m.agenda) {
    await trx('meeting_agenda_items').where({ meeting_id: id }).delete();
    if (m.agenda.length > 0) {
      await trx('meeting_agenda_items').insert(
        m.agenda.map((text, i) => ({ meeting_id: id, position: i + 1, text })),
      );
    }
  }
  if (m.problemIds) {
    await trx('meeting_problems').where({ meeting_id: id }).delete();
    const ids = [...new Set(m.problemIds)];
    if (ids.length > 0) {
      await trx('meeting_problems').insert(ids.map((p) => ({ meeting_id: id, problem_id: p })));
    }
  }
}

export async function recordMeeting(
  trx: Knex.Transaction,
  audit: Audit,
  m: MeetingFields,
  actorId: number,
  at: string,
): Promise<number> {
  await checkMeetingLinks(trx, m);
  const [row] = await trx('meetings')
    .insert({
      held_on: m.heldOn,
      period_from: m.periodFrom,
      period_to: m.periodTo,
      report_document_id: m.reportDocumentId,
      minutes: m.minutes,
      created_by: actorId,
      created_at: at,
      updated_at: at,
    })
    .returning('id');
  const id = insertedId(row);
  await writeSets(trx, id, m);
  await audit({ entity: 'meeting', entityId: id, action: 'record', after: m });
  return id;
}

export async function updateMeeting(
  trx: Knex.Transaction,
  audit: Audit,
  u: { id: number; version: number; set: Partial<MeetingFields> },
  at: string,
): Promise<void> {
  const before = (await trx('meetings').where({ id: u.id }).first()) as Row | undefined;
  if (!before) {
    throw refuse('NOT_FOUND', 'improvement.meetingNotFound', {
      params: { id: u.id },
      field: 'meetingId',
      message: `meetingId: No meeting #${u.id}`,
    });
  }
  const s = u.set;
  await checkMeetingLinks(trx, {
    ...s,
    periodFrom: s.periodFrom ?? before.period_from,
    periodTo: s.periodTo ?? before.period_to,
  });
  if (before.version !== u.version) {
    throw refuse('CONFLICT', 'improvement.meetingChangedElsewhere', {
      params: { id: u.id },
      message: `Meeting #${u.id} was changed meanwhile; reload it.`,
      details: { expected: u.version, actual: before.version },
    });
  }
  const cols: Record<string, unknown> = {};
  if (s.heldOn !== undefined) cols.held_on = s.heldOn;
  if (s.periodFrom !== undefined) cols.period_from = s.periodFrom;
  if (s.periodTo !== undefined) cols.period_to = s.periodTo;
  if (s.reportDocumentId !== undefined) cols.report_document_id = s.reportDocumentId;
  if (s.minutes !== undefined) cols.minutes = s.minutes;
  const changed = await trx('meetings')
    .where({ id: u.id, version: before.version })
    .update({ ...cols, updated_at: at, version: before.version + 1 });
  if (changed !== 1) {
    throw refuse('CONFLICT', 'improvement.meetingChangedMeanwhile', {
      params: { id: u.id },
      message: `Meeting #${u.id} changed meanwhile.`,
    });
  }
  await writeSets(trx, u.id, s);
  await audit({ entity: 'meeting', entityId: u.id, action: 'update', before, after: s });
}

export async function findMeeting(db: Db, id: number): Promise<MeetingDetail | null> {
  const m = (await db('meetings').where({ id }).first()) as Row | undefined;
  if (!m) return null;
  const attendees = (await db('meeting_attendees as a')
    .join('staff as s', 's.id', 'a.staff_id')
    .where('a.meeting_id', id)
    .orderBy('s.display_name')
    .select('s.id', 's.display_name')) as { id: number; display_name: string }[];
  const agenda = (await db('meeting_agenda_items')
    .where({ meeting_id: id })
    .orderBy('position')
    .select('text')) as { text: string }[];
  const problems = (await db('meeting_problems as mp')
    .join('problems as p', 'p.id', 'mp.problem_id')
    .where('mp.meeting_id', id)
    .orderBy('p.id')
    .select('p.id', 'p.number', 'p.title', 'p.status')) as MeetingDetail['problems'];
  return {
    id: m.id,
    heldOn: m.held_on,
    periodFrom: m.period_from,
    periodTo: m.period_to,
    reportDocumentId: m.report_document_id,
    minutes: m.minutes,
    attendees: attendees.map((a) => ({ id: a.id, displayName: a.display_name })),
    agenda: agenda.map((a) => a.text),
    problems,
    createdAt: m.created_at,
    version: m.version,
  };
}

/** Latest first, keyset-paged on id. */
export async function listMeetings(
  db: Db,
  f: { beforeId?: number; limit: number },
): Promise<{ rows: MeetingSummary[]; nextCursor: string | null }> {
  const count = (table: string) => db(table).whereRaw(`${table}.meeting_id = m.id`).count('*');
  const q = db('meetings as m')
    .select('m.id', 'm.held_on', 'm.period_from', 'm.period_to', 'm.version')
    .select({ attendees: count('meeting_attendees'), problems: count('meeting_problems') });
  if (f.beforeId !== undefined) void q.where('m.id', '<', f.beforeId);
  const raw = (await q.orderBy('m.id', 'desc').limit(f.limit + 1)) as {
    id: number;
    held_on: string;
    period_from: string;
    period_to: string;
    version: number;
    attendees: number | string;
    problems: number | string;
  }[];
  const rows = raw.slice(0, f.limit).map((r) => ({
    id: r.id,
    heldOn: r.held_on,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    attendees: Number(r.attendees),
    problems: Number(r.problems),
    version: r.version,
  }));
  const last = rows.at(-1);
  return { rows, nextCursor: raw.length > f.limit && last ? String(last.id) : null };
}
