import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The stockroom's counts view (issue 4). */
export function CountsView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" data-testid="stockroom-counts" data-active={active}>
      {t('stockroom.counts.view')}
    </Text>
  );
}
