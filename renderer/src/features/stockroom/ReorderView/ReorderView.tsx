import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The stockroom's reorder view (issue 4). */
export function ReorderView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" data-testid="stockroom-reorder" data-active={active}>
      {t('stockroom.reorder.view')}
    </Text>
  );
}
