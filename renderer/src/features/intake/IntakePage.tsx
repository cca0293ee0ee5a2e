import { SegmentedControl } from '@mantine/core';
import { IconFilePlus, IconList } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { WorkspacePage } from '../workspace/WorkspacePage/WorkspacePage';
import { IntakeForm } from './IntakeForm/IntakeForm';
import { TicketsList } from './TicketsList/TicketsList';

const VIEWS = { new: '/intake', tickets: '/intake/tickets' } as const;

/**
 * The intake workspace: the intake form (the default) and the tickets list. The form stays
 * mounted while the clerk glances at the list, so a half-typed intake is not lost.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const view = pathname.startsWith(VIEWS.tickets) ? 'tickets' : 'new';
  const [listSeen, setListSeen] = useState(view === 'tickets');
  if (view === 'tickets' && !listSeen) setListSeen(true);

  return (
    <WorkspacePage
      title={t('nav.intake')}
      purpose={t('workspaces.intake.purpose')}
      wide
      actions={
        <SegmentedControl
          value={view}
          onChange={(v) => void navigate(VIEWS[v as keyof typeof VIEWS])}
          data={[
            {
              value: 'new',
              label: (
                <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
                  <IconFilePlus size={16} stroke={1.6} />
                  {t('intake.views.new')}
                </span>
              ),
            },
            {
              value: 'tickets',
              label: (
                <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
                  <IconList size={16} stroke={1.6} />
                  {t('intake.views.tickets')}
                </span>
              ),
            },
          ]}
          data-testid="intake-views"
        />
      }
    >
      <div hidden={view !== 'new'}>
        <IntakeForm active={view === 'new'} />
      </div>
      {listSeen && (
        <div hidden={view !== 'tickets'}>
          <TicketsList active={view === 'tickets'} />
        </div>
      )}
    </WorkspacePage>
  );
}
