import { IconTool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyPanel, WorkspacePage } from '../workspace/WorkspacePage/WorkspacePage';

export function BenchPage() {
  const { t } = useTranslation();
  return (
    <WorkspacePage title={t('nav.bench')} purpose={t('workspaces.bench.purpose')}>
      <EmptyPanel
        icon={IconTool}
        title={t('workspaces.bench.emptyTitle')}
        body={t('workspaces.bench.emptyBody')}
      />
    </WorkspacePage>
  );
}
