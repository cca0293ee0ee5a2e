import type { Knex } from 'knex';
import type { TicketFact } from './ticketFacts';

// Customer satisfaction (policy 4, read from the follow-up calls of policy 3.6). A follow-up
// belongs to its ticket, so to the ticket's technician and station. Only a call that reached the
// customer carries a score (1-5; main/aftercare/followUpAttempt.ts); one not reached is no answer.
//
// The period is decided by the ticket's completion, not by the day of the call: the answers are
// about the repairs appraised beside them (the same completed tickets as the other indicators),
// so an answer given after the period ends still counts for the repair it is about.

export type Answer = {
  ticketId: number;
  reportNo: string;
  completedAt: string;
  /** The instant the customer answered (the follow-up was closed). */
  answeredAt: string;
  score: number;
  comments: string | null;
};

export type Satisfaction = {
  definition: 'appraisal.satisfaction';
  answers: number;
  scoreSum: number;
  /** scoreSum / answers; null without answers (no mean, not 0). */
  mean: number | null;
};

type Row = {
  ticket_id: number;
  satisfaction: number;
  done_at: string;
  comments: string | null;
};

/** The answered follow-ups of the given completed tickets, in the facts' order. */
export async function answersFor(db: Knex, facts: readonly TicketFact[]): Promise<Answer[]> {
  if (facts.length === 0) return [];
  const first = facts.reduce(
    (m, f) => (f.completedAt < m ? f.completedAt : m),
    facts[0].completedAt,
  );
  const last = facts.reduce(
    (m, f) => (f.completedAt > m ? f.completedAt : m),
    facts[0].completedAt,
  );
  // Read by the tickets' completion range (not a list of ids), then kept to the facts exactly.
  const rows = (await db('follow_ups as f')
    .join('tickets as t', 't.id', 'f.ticket_id')
    .where('t.completed_at', '>=', first)
    .where('t.completed_at', '<=', last)
    .whereNotNull('f.satisfaction')
    .select('f.ticket_id', 'f.satisfaction', 'f.done_at', 'f.comments')) as Row[];
  const byTicket = new Map(rows.map((r) => [r.ticket_id, r]));
  return facts.flatMap((f) => {
    const r = byTicket.get(f.id);
    return r
      ? [
          {
            ticketId: f.id,
            reportNo: f.reportNo,
            completedAt: f.completedAt,
            answeredAt: r.done_at,
            score: r.satisfaction,
            comments: r.comments,
          },
        ]
      : [];
  });
}

export function satisfactionOf(answers: readonly Answer[]): Satisfaction {
  const scoreSum = answers.reduce((n, a) => n + a.score, 0);
  return {
    definition: 'appraisal.satisfaction',
    answers: answers.length,
    scoreSum,
    mean: answers.length === 0 ? null : scoreSum / answers.length,
  };
}
