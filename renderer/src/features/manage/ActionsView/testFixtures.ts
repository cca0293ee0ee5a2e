import type { Effectiveness } from '../../../../../main/improvement/effectiveness';
import type { ProblemDetail } from '../../../../../main/improvement/problemHandlers';
import type { ProblemRow } from '../../../../../main/improvement/problemRepo';
import type { ProblemActions } from '../../../../../main/improvement/problems';
import { ME } from '../testFixtures';

// Problems as the core sends them, for the Actions view's tests.

const allowed = { allowed: true, reason: null };
const no = (reason: string) => ({ allowed: false, reason });

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

export const OPEN_ACTIONS: ProblemActions = {
  edit: allowed,
  addAction: allowed,
  start: allowed,
  markDone: no(
    'Problem CA-2026-0001 still has 1 open action item(s); it is done only when every action is done (policy 6).',
  ),
  reopen: no('Problem CA-2026-0001 is open; only a done problem is re-opened.'),
  cancel: allowed,
  review: no(
    'Problem CA-2026-0001 is open; its effect is reviewed only once it is done (policy 6).',
  ),
};

export const DONE_ACTIONS: ProblemActions = {
  ...OPEN_ACTIONS,
  addAction: no('Problem CA-2026-0001 is done; action items are added while it is open.'),
  start: no('Problem CA-2026-0001 is done; only an open problem is started.'),
  markDone: no('Problem CA-2026-0001 is done; only an open problem is marked done.'),
  reopen: allowed,
  cancel: no('Problem CA-2026-0001 is done; only an open problem is cancelled.'),
  review: allowed,
};

export function problemDetail(id: number, patch: Partial<ProblemDetail> = {}): ProblemDetail {
  return {
    ...problem(id),
    faultCodes: ['NO_POWER'],
    models: [{ id: 3, code: 'WM-100', nameEn: 'Washer 100', nameZh: '洗衣機 100' }],
    tickets: [],
    actionItems: [],
    reviews: [],
    actions: OPEN_ACTIONS,
    ...patch,
  };
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
