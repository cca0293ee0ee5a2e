import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The stockroom's parts view (issue 4). */
export function PartsView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" data-testid="stockroom-parts" data-active={active}>
      {t('stockroom.parts.view')}
    </Text>
  );
}
