import { IconClipboardList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyPanel, WorkspacePage } from '../workspace/WorkspacePage/WorkspacePage';

export function IntakePage() {
  const { t } = useTranslation();
  return (
    <WorkspacePage title={t('nav.intake')} purpose={t('workspaces.intake.purpose')}>
      <EmptyPanel
        icon={IconClipboardList}
        title={t('workspaces.intake.emptyTitle')}
        body={t('workspaces.intake.emptyBody')}
      />
    </WorkspacePage>
  );
}
