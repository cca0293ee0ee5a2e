import type { Knex } from 'knex';
import { drillDown, periodOutcomes, type Period, type Scope } from './periodFacts';

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
  report_no: string;
  completed_at: string;
  answered_at: string;
  score: number;
  comments: string | null;
};

/** The answered follow-ups of the completed tickets in scope, in order of completion. */
export async function answersBehind(
  db: Knex,
  period: Period,
  scope: Scope,
): Promise<{ total: number; answers: Answer[] }> {
  const { total, rows } = await drillDown<Row>(
    periodOutcomes(db, period, scope).whereNotNull('o.score'),
    (q) =>
      q
        .join('tickets as t', 't.id', 'o.ticket_id')
        // One follow-up per ticket (its comments); the score and when it was given are the row's.
        .leftJoin('follow_ups as f', 'f.ticket_id', 'o.ticket_id')
        .select('o.ticket_id', 't.report_no', 'o.completed_at', 'o.answered_at', 'o.score')
        .select('f.comments'),
  );
  return {
    total,
    answers: rows.map((r) => ({
      ticketId: r.ticket_id,
      reportNo: r.report_no,
      completedAt: r.completed_at,
      answeredAt: r.answered_at,
      score: r.score,
      comments: r.comments,
    })),
  };
}

/** The satisfaction of some completed tickets, from their answers and score sum (periodSums.ts). */
export function satisfactionOf(n: { answers: number; scoreSum: number }): Satisfaction {
  return {
    definition: 'appraisal.satisfaction',
    answers: n.answers,
    scoreSum: n.scoreSum,
    mean: n.answers === 0 ? null : n.scoreSum / n.answers,
  };
}
