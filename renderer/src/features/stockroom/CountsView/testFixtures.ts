import type { BlindCount } from '../../../../../main/stock/countHandlers';
import type { CountReview } from '../../../../../main/stock/countPosting';
import type { CountLine, ReviewLine, StockCount } from '../../../../../main/stock/countRepo';
import type { Actor } from '../../../../../main/contract/roles';
import { countReviewActionsFor, countSheetActionsFor } from '../../../../../main/testing/views';
import { useSession } from '../../../stores/session';

// Test data for the count screens, shaped as the core answers.

export function stockCount(extra: Partial<StockCount> = {}): StockCount {
  return {
    id: 4,
    scope: { kind: 'bin', value: 'A-02' },
    status: 'open',
    note: null,
    version: 5,
    createdBy: { id: 5, name: 'Kuo Chien-hung' },
    createdAt: '2026-11-27T01:00:00.000Z',
    postedBy: null,
    postedAt: null,
    cancelledBy: null,
    cancelledAt: null,
    cancelReason: null,
    lineCount: 3,
    uncounted: 3,
    flagged: 0,
    ...extra,
  };
}

export function countLine(partId: number, partNo: string, extra: Partial<CountLine> = {}) {
  return {
    partId,
    partNo,
    nameEn: `Part ${partNo}`,
    nameZh: `零件 ${partNo}`,
    bin: 'A-02',
    unit: 'pcs',
    counted: null,
    countedBy: null,
    countedAt: null,
    flagged: false,
    ...extra,
  } satisfies CountLine;
}

/** A count sheet as counts/get answers it, its actions computed for whoever is signed in. */
export function blindCount(lines: CountLine[], extra: Partial<StockCount> = {}): BlindCount {
  const count = stockCount({
    lineCount: lines.length,
    uncounted: lines.filter((l) => l.counted === null).length,
    flagged: lines.filter((l) => l.flagged).length,
    ...extra,
  });
  const nobody: Actor = { id: 0, username: 'nobody', displayName: 'Nobody', roles: [] };
  return Object.defineProperty({ count, lines } as BlindCount, 'actions', {
    enumerable: true,
    get: () => countSheetActionsFor(count, useSession.getState().status?.staff ?? nobody),
  });
}

export function reviewLine(line: CountLine, expected: number, unitCost = 1000): ReviewLine {
  const variance = line.counted === null ? null : line.counted - expected;
  return {
    ...line,
    expected,
    variance,
    unitCost,
    varianceValue: variance === null ? null : variance * unitCost,
    moveId: null,
  };
}

export function review(lines: ReviewLine[], extra: Partial<StockCount> = {}): CountReview {
  const withVariance = lines.filter((l) => l.variance);
  const surplus = withVariance.filter((l) => (l.variance ?? 0) > 0);
  const shortage = withVariance.filter((l) => (l.variance ?? 0) < 0);
  const sum = (ls: ReviewLine[], f: (l: ReviewLine) => number) => ls.reduce((n, l) => n + f(l), 0);
  const count = stockCount({ lineCount: lines.length, uncounted: 0, ...extra });
  return {
    count,
    lines,
    // As counts/review computes them, by the core's own rule.
    actions: countReviewActionsFor(count, lines),
    totals: {
      lines: lines.length,
      uncounted: lines.filter((l) => l.counted === null).length,
      flagged: lines.filter((l) => l.flagged).length,
      withVariance: withVariance.length,
      surplusUnits: sum(surplus, (l) => l.variance ?? 0),
      shortageUnits: -sum(shortage, (l) => l.variance ?? 0),
      surplusValue: sum(surplus, (l) => l.varianceValue ?? 0),
      shortageValue: -sum(shortage, (l) => l.varianceValue ?? 0),
      netValue: sum(withVariance, (l) => l.varianceValue ?? 0),
    },
    entries: [],
  };
}
