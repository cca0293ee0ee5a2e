import type { Knex } from 'knex';

// The appraisal indicators of policy 4, defined exactly (the keys name the definitions the screen
// shows beside each figure). Rates are returned as numerator and denominator, never as a rounded
// percentage, so a figure can be checked by hand and drilled down to its tickets.
// Customer satisfaction (satisfaction.ts), repair cost control (costControl.ts) and training
// participation (trainingTarget.ts) are defined beside their computations.

export const DEFINITIONS = {
  /** 維修及時率: completed within the product type's turnaround target / completed. */
  onTime: 'appraisal.onTimeRate',
  /** 維修成功率: completed with no re-repair within the re-repair window / completed. */
  success: 'appraisal.successRate',
  /** Training participation: minutes and courses in the period against the pro-rata target. */
  training: 'appraisal.trainingParticipation',
  /** Mean follow-up score (1-5) of the answers about the tickets completed in the period. */
  satisfaction: 'appraisal.satisfaction',
  /** Sum of a technician's repair costs / sum of their station's means for the same tickets. */
  costControl: 'appraisal.costControl',
  /** A station's cost of its repairs / its repairs. */
  meanCost: 'appraisal.meanCost',
} as const;

/**
 * The industry's usual first-time-fix range (about three in four; the best reach nine in ten),
 * shown beside the repair success rate as a reference, not a target: the depot's own indicator
 * is defined as above.
 */
export const FIRST_TIME_FIX_REFERENCE = {
  usual: { numerator: 3, denominator: 4 },
  best: { numerator: 9, denominator: 10 },
} as const;

export type Indicator = 'onTime' | 'success';
export type Part = 'numerator' | 'denominator';

export type Rate = {
  definition: (typeof DEFINITIONS)[Indicator];
  numerator: number;
  denominator: number;
};

export type RepairIndicators = { completed: number; onTime: Rate; success: Rate };

/**
 * Whether a completed ticket counts in an indicator's numerator, as a condition on its outcome
 * row (alias `o`): the drill-down filters by it and periodSums.ts counts by it, so a rate and
 * its tickets cannot disagree. Booleans are compared with a bound true (SQLite stores 0/1).
 */
export const IN_NUMERATOR: Record<Indicator, { sql: string; bindings: readonly boolean[] }> = {
  onTime: { sql: 'o.on_time = ?', bindings: [true] },
  success: { sql: 'o.rerepair_id is null', bindings: [] },
};

/**
 * The outcome rows (periodFacts.ts) behind one side of a rate: every completed one is in the
 * denominator.
 */
export function ticketsBehind(q: Knex.QueryBuilder, indicator: Indicator, part: Part) {
  const rule = IN_NUMERATOR[indicator];
  return part === 'denominator' ? q : q.whereRaw(rule.sql, [...rule.bindings]);
}

/** The rates of some completed tickets, from their counts (periodSums.ts). */
export function repairIndicators(n: {
  completed: number;
  onTime: number;
  success: number;
}): RepairIndicators {
  const rate = (indicator: Indicator): Rate => ({
    definition: DEFINITIONS[indicator],
    numerator: n[indicator],
    denominator: n.completed,
  });
  return { completed: n.completed, onTime: rate('onTime'), success: rate('success') };
}
