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
import { canOpenView } from './manageAccess';
import { useSession } from '../../stores/session';

// One entry per view: its address and its pane (the label is t('manage.<view>.view')).
const VIEWS = {
  dashboard: { path: '/manage/dashboard', pane: (a: boolean) => <DashboardView active={a} /> },
  followUps: { path: '/manage', pane: (a: boolean) => <FollowUpsView active={a} /> },
  complaints: { path: '/manage/complaints', pane: (a: boolean) => <ComplaintsView active={a} /> },
  customers: { path: '/manage/customers', pane: (a: boolean) => <CustomersView active={a} /> },
  actions: { path: '/manage/actions', pane: (a: boolean) => <ActionsView active={a} /> },
  meetings: { path: '/manage/meetings', pane: (a: boolean) => <MeetingsView active={a} /> },
  indicators: { path: '/manage/indicators', pane: (a: boolean) => <IndicatorsView active={a} /> },
  costReport: { path: '/manage/costs', pane: (a: boolean) => <CostReportView active={a} /> },
} as const;
type View = keyof typeof VIEWS;
const ORDER = Object.keys(VIEWS) as View[];
const HOME: View = 'followUps';

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
  const actor = useSession((s) => s.status?.staff ?? null);
  const [seen, setSeen] = useState<ReadonlySet<View>>(() => new Set([view]));
  if (!seen.has(view)) setSeen(new Set([...seen, view]));

  return (
    <WorkspacePage title={t('nav.manage')} purpose={t('workspaces.manage.purpose')} wide>
      <SegmentedControl
        value={view}
        onChange={(v) => void navigate(VIEWS[v as View].path)}
        data={ORDER.filter((v) => v === view || canOpenView(v, actor)).map((v) => ({
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
