import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The stockroom's requisitions view (issue 4). */
export function RequisitionsView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" data-testid="stockroom-requisitions" data-active={active}>
      {t('stockroom.requisitions.view')}
    </Text>
  );
}
