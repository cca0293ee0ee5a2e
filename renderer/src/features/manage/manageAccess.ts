import type { Actor } from '../../../../main/contract/roles';
import type { COMPLAINT_RECORD, FOLLOW_UP_WRITE } from '../../../../main/aftercare/access';
import type { IMPROVEMENT_READ, MEETING_READ } from '../../../../main/improvement/access';
import { canReadCosts } from './CostReportView/costAccess';
import { canUseCustomers } from './CustomersView/customersAccess';
import { canReadDashboard } from './DashboardView/dashboardAccess';
import { canReadIndicators } from './IndicatorsView/indicatorsAccess';

// Which buttons to offer, from the core's own role lists (main/aftercare/access.ts): typed
// against them, so a change there that is not made here fails to compile. The core checks again.
const CALLERS: typeof FOLLOW_UP_WRITE = ['intake_clerk', 'supervisor'];
const RECORDERS: typeof COMPLAINT_RECORD = ['intake_clerk', 'supervisor'];
const IMPROVERS: typeof IMPROVEMENT_READ = ['supervisor', 'admin', 'finance'];
const MINUTE_READERS: typeof MEETING_READ = ['supervisor', 'admin', 'finance'];

const holds = (roles: readonly string[]) => (actor: Actor | null) =>
  !!actor?.roles.some((r) => roles.includes(r));

/** The desk and supervisors make the follow-up calls (policy 3.6). */
export function canCallBack(actor: Actor | null): boolean {
  return !!actor?.roles.some((r) => (CALLERS as readonly string[]).includes(r));
}

export function canRecordComplaint(actor: Actor | null): boolean {
  return !!actor?.roles.some((r) => (RECORDERS as readonly string[]).includes(r));
}

// The Manage views a role cannot use at all are not offered as tabs (the core still refuses, and
// each view still shows a notice if it is reached by its address). A view not listed is for
// everyone who opens Manage.
const VIEW_GUARDS: Partial<Record<string, (actor: Actor | null) => boolean>> = {
  dashboard: canReadDashboard,
  indicators: canReadIndicators,
  costReport: canReadCosts,
  actions: holds(IMPROVERS),
  meetings: holds(MINUTE_READERS),
  customers: canUseCustomers,
};

/** Whether to offer a Manage view's tab to this person. */
export function canOpenView(view: string, actor: Actor | null): boolean {
  return VIEW_GUARDS[view]?.(actor) ?? true;
}
