import { SegmentedControl } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { WorkspacePage } from '../workspace/WorkspacePage/WorkspacePage';
import { ComplaintsView } from './ComplaintsView/ComplaintsView';
import { CostReportView } from './CostReportView/CostReportView';
import { DashboardView } from './DashboardView/DashboardView';
import { CustomersView } from './CustomersView/CustomersView';
import { FollowUpsView } from './FollowUpsView/FollowUpsView';
import { IndicatorsView } from './IndicatorsView/IndicatorsView';
import { ActionsView } from './ActionsView/ActionsView';
import { MeetingsView } from './MeetingsView/MeetingsView';
import { mayUse, useSession } from '../../stores/session';
import type { Channel } from '../../bridge';
import type { SessionStatus } from '../../../../main/session/handlers';

// One entry per view: its address, its pane (the label is t('manage.<view>.view')) and the
// channel it reads, so a tab is offered only to those the core lets read it (session/status).
const VIEWS = {
  dashboard: {
    path: '/manage/dashboard',
    reads: 'insight/volume',
    pane: (a: boolean) => <DashboardView active={a} />,
  },
  followUps: {
    path: '/manage',
    reads: 'followUps/worklist',
    pane: (a: boolean) => <FollowUpsView active={a} />,
  },
  complaints: {
    path: '/manage/complaints',
    reads: 'complaints/mine',
    pane: (a: boolean) => <ComplaintsView active={a} />,
  },
  customers: {
    path: '/manage/customers',
    reads: 'customers/search',
    pane: (a: boolean) => <CustomersView active={a} />,
  },
  actions: {
    path: '/manage/actions',
    reads: 'improvement/list',
    pane: (a: boolean) => <ActionsView active={a} />,
  },
  meetings: {
    path: '/manage/meetings',
    reads: 'meetings/list',
    pane: (a: boolean) => <MeetingsView active={a} />,
  },
  indicators: {
    path: '/manage/indicators',
    reads: 'appraisal/indicators',
    pane: (a: boolean) => <IndicatorsView active={a} />,
  },
  costReport: {
    path: '/manage/costs',
    reads: 'accounting/periodReport',
    pane: (a: boolean) => <CostReportView active={a} />,
  },
} as const satisfies Record<string, { path: string; reads: Channel; pane: unknown }>;
export type View = keyof typeof VIEWS;
const ORDER = Object.keys(VIEWS) as View[];
const HOME: View = 'followUps';

/**
 * The views offered as tabs: those whose channel the core lets this person read, and the one on
 * screen (reached by its address, it says itself that it is not allowed).
 */
export function offeredViews(status: SessionStatus | null, current: View | null): View[] {
  return ORDER.filter((v) => v === current || mayUse(status, VIEWS[v].reads));
}

function viewOf(pathname: string): View {
  return ORDER.find((v) => v !== HOME && pathname.startsWith(VIEWS[v].path)) ?? HOME;
}

/**
 * The Manage workspace (管理, issue 10): what happens after the unit goes home. A view stays
 * mounted once seen, so switching away keeps what was typed.
 */
export function ManagePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const view = viewOf(pathname);
  const status = useSession((s) => s.status);
  const [seen, setSeen] = useState<ReadonlySet<View>>(() => new Set([view]));
  if (!seen.has(view)) setSeen(new Set([...seen, view]));

  return (
    <WorkspacePage title={t('nav.manage')} purpose={t('workspaces.manage.purpose')} wide>
      <SegmentedControl
        value={view}
        onChange={(v) => void navigate(VIEWS[v as View].path)}
        data={offeredViews(status, view).map((v) => ({
          value: v,
          label: t(`manage.${v}.view`),
        }))}
        style={{ alignSelf: 'flex-start' }}
        data-testid="manage-views"
      />
      {ORDER.map(
        (v) =>
          seen.has(v) && (
            <div key={v} hidden={view !== v}>
              {VIEWS[v].pane(view === v)}
            </div>
          ),
      )}
    </WorkspacePage>
  );
}
