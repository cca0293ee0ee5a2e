import { Center, Loader, Tabs } from '@mantine/core';
import {
  IconBuildingStore,
  IconCategory,
  IconCalendar,
  IconDatabaseExport,
  IconFileText,
  IconHistory,
  IconLanguage,
  IconReceipt2,
  IconScale,
  IconShieldLock,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import type { Actor } from '../../../../../main/contract/roles';
import { useDepotSettings } from '../../../stores/depotSettings';
import { useCan } from '../../../stores/session';
import { WorkspacePage } from '../../workspace/WorkspacePage/WorkspacePage';
import { AuditTab } from '../AuditTab/AuditTab';
import { BackupTab } from '../BackupTab/BackupTab';
import { CalendarTab } from '../CalendarTab/CalendarTab';
import { CatalogueTab } from '../CatalogueTab/CatalogueTab';
import { DepotTab } from '../DepotTab/DepotTab';
import { DocumentsTab } from '../DocumentsTab/DocumentsTab';
import { LanguageTab } from '../LanguageTab/LanguageTab';
import { PolicyTab } from '../PolicyTab/PolicyTab';
import { PricesTab } from '../PricesTab/PricesTab';
import { SecurityTab } from '../SecurityTab/SecurityTab';
import { StaffTab } from '../StaffTab/StaffTab';

type TabId =
  | 'depot'
  | 'policy'
  | 'calendar'
  | 'language'
  | 'security'
  | 'staff'
  | 'audit'
  | 'documents'
  | 'backup'
  | 'prices'
  | 'catalogue';

const TABS: { id: TabId; icon: Icon }[] = [
  { id: 'depot', icon: IconBuildingStore },
  { id: 'policy', icon: IconScale },
  { id: 'calendar', icon: IconCalendar },
  { id: 'language', icon: IconLanguage },
  { id: 'security', icon: IconShieldLock },
  { id: 'staff', icon: IconUsers },
  { id: 'audit', icon: IconHistory },
  { id: 'documents', icon: IconFileText },
  { id: 'backup', icon: IconDatabaseExport },
  { id: 'prices', icon: IconReceipt2 },
  { id: 'catalogue', icon: IconCategory },
];

/**
 * Settings for admins and supervisors. Only admins change anything (settings/update and
 * staff changes are admin channels); supervisors read, and see staff and the audit trail.
 */
export function SettingsPage({ actor }: { actor: Actor }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab } = useParams();
  const settings = useDepotSettings((s) => s.settings);
  // What each tab may change is what the core lets this person call (session/status).
  const canEdit = useCan('settings/update');
  const canEditStaff = useCan('staff/update');
  const canEditPrices = useCan('prices/update');
  const canEditCatalogue = useCan('catalogue/updateType');

  if (!tab || !TABS.some((x) => x.id === tab)) return <Navigate to="/settings/depot" replace />;

  const panel = (id: TabId) => {
    if (!settings) {
      return (
        <Center p="xl">
          <Loader size="sm" />
        </Center>
      );
    }
    switch (id) {
      case 'depot':
        return <DepotTab settings={settings} canEdit={canEdit} />;
      case 'policy':
        return <PolicyTab settings={settings} canEdit={canEdit} />;
      case 'calendar':
        return <CalendarTab settings={settings} canEdit={canEdit} />;
      case 'language':
        return <LanguageTab settings={settings} canEdit={canEdit} />;
      case 'security':
        return <SecurityTab settings={settings} canEdit={canEdit} />;
      case 'staff':
        return <StaffTab actor={actor} canEdit={canEditStaff} />;
      case 'audit':
        return <AuditTab />;
      case 'documents':
        return <DocumentsTab />;
      case 'backup':
        return <BackupTab settings={settings} canEdit={canEdit} />;
      case 'prices':
        return <PricesTab canEdit={canEditPrices} />;
      case 'catalogue':
        return <CatalogueTab canEdit={canEditCatalogue} />;
    }
  };

  return (
    <WorkspacePage title={t('settings.title')} purpose={t('settings.purpose')}>
      <Tabs
        value={tab}
        onChange={(value) => void navigate(`/settings/${value ?? 'depot'}`)}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {TABS.map(({ id, icon: TabIcon }) => (
            <Tabs.Tab
              key={id}
              value={id}
              leftSection={<TabIcon size={16} stroke={1.6} />}
              data-testid={`settings-tab-${id}`}
            >
              {t(`settings.tabs.${id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map(({ id }) => (
          <Tabs.Panel key={id} value={id}>
            {tab === id && panel(id)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </WorkspacePage>
  );
}
