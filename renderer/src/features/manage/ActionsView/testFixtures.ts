import type { Effectiveness } from '../../../../../main/improvement/effectiveness';
import type { ProblemDetail } from '../../../../../main/improvement/problemHandlers';
import type { ActionItem, ProblemRow } from '../../../../../main/improvement/problemRepo';
import { problemOffersFor } from '../../../../../main/testing/views';
import { ME, reader } from '../testFixtures';

// Problems as the core sends them, for the Actions view's tests: the steps and the action items'
// completion are computed by the core's own rules for whoever is signed in.

export function problem(id: number, patch: Partial<ProblemRow> = {}): ProblemRow {
  return {
    id,
    number: `CA-2026-${String(id).padStart(4, '0')}`,
    title: `Problem ${id}`,
    description: null,
    source: 'trend',
    complaintId: null,
    rootCause: null,
    kind: 'corrective',
    owner: ME,
    status: 'open',
    cancelReason: null,
    doneAt: null,
    createdAt: '2026-11-27T01:00:00.000Z',
    version: 1,
    openActions: 0,
    overdueActions: 0,
    overdue: false,
    ...patch,
  };
}

export function actionItem(id: number, patch: Partial<ActionItem> = {}): ActionItem {
  return {
    id,
    problemId: 1,
    description: `Action ${id}`,
    responsible: ME,
    dueDate: '2026-11-30',
    doneAt: null,
    note: null,
    overdue: false,
    ...patch,
  };
}

/**
 * A problem as improvement/get answers it. Its open action items count from `actionItems`
 * unless `patch` says otherwise.
 */
export function problemDetail(
  id: number,
  patch: Partial<Omit<ProblemDetail, 'actions' | 'actionItems'>> & {
    actionItems?: ActionItem[];
  } = {},
): ProblemDetail {
  const { actionItems: items = [], ...rest } = patch;
  const row = {
    ...problem(id),
    faultCodes: ['NO_POWER'],
    models: [{ id: 3, code: 'WM-100', nameEn: 'Washer 100', nameZh: '洗衣機 100' }],
    tickets: [],
    reviews: [],
    openActions: items.filter((a) => a.doneAt === null).length,
    ...rest,
  };
  return { ...row, ...problemOffersFor(row, items, reader()) };
}

export function effect(patch: Partial<Effectiveness> = {}): Effectiveness {
  return {
    problemId: 1,
    faultCodes: ['NO_POWER'],
    modelIds: [3],
    windowDays: 90,
    actionDate: null,
    before: null,
    after: null,
    ...patch,
  };
}
