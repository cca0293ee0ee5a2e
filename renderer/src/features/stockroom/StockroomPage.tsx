import { IconPackages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyPanel, WorkspacePage } from '../workspace/WorkspacePage/WorkspacePage';

export function StockroomPage() {
  const { t } = useTranslation();
  return (
    <WorkspacePage title={t('nav.stockroom')} purpose={t('workspaces.stockroom.purpose')}>
      <EmptyPanel
        icon={IconPackages}
        title={t('workspaces.stockroom.emptyTitle')}
        body={t('workspaces.stockroom.emptyBody')}
      />
    </WorkspacePage>
  );
}
