import { SegmentedControl } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { WorkspacePage } from '../workspace/WorkspacePage/WorkspacePage';
import { CountsView } from './CountsView/CountsView';
import { PartsView } from './PartsView/PartsView';
import { ReceivingView } from './ReceivingView/ReceivingView';
import { ReorderView } from './ReorderView/ReorderView';
import { RequisitionsView } from './RequisitionsView/RequisitionsView';

const VIEWS = {
  parts: '/stockroom',
  requisitions: '/stockroom/requisitions',
  receiving: '/stockroom/receiving',
  counts: '/stockroom/counts',
  reorder: '/stockroom/reorder',
} as const;
type View = keyof typeof VIEWS;

function viewOf(pathname: string): View {
  const found = (Object.keys(VIEWS) as View[]).find(
    (v) => v !== 'parts' && pathname.startsWith(VIEWS[v]),
  );
  return found ?? 'parts';
}

/**
 * The stockroom workspace (issue 4): parts, the requisition queue, receiving, stock counts and
 * replenishment. A view stays mounted once seen, so switching away keeps what was typed.
 */
export function StockroomPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const view = viewOf(pathname);
  const [seen, setSeen] = useState<ReadonlySet<View>>(() => new Set([view]));
  if (!seen.has(view)) setSeen(new Set([...seen, view]));

  const panes: Record<View, (active: boolean) => React.ReactNode> = {
    parts: (a) => <PartsView active={a} />,
    requisitions: (a) => <RequisitionsView active={a} />,
    receiving: (a) => <ReceivingView active={a} />,
    counts: (a) => <CountsView active={a} />,
    reorder: (a) => <ReorderView active={a} />,
  };

  return (
    <WorkspacePage title={t('nav.stockroom')} purpose={t('workspaces.stockroom.purpose')} wide>
      {/* Under the title, not beside it: five views do not fit next to the purpose at 1366 px. */}
      <SegmentedControl
        value={view}
        onChange={(v) => void navigate(VIEWS[v as View])}
        data={(Object.keys(VIEWS) as View[]).map((v) => ({
          value: v,
          label: t(`stockroom.${v}.view`),
        }))}
        style={{ alignSelf: 'flex-start' }}
        data-testid="stockroom-views"
      />
      {(Object.keys(VIEWS) as View[]).map(
        (v) =>
          seen.has(v) && (
            <div key={v} hidden={view !== v}>
              {panes[v](view === v)}
            </div>
          ),
      )}
    </WorkspacePage>
  );
}
