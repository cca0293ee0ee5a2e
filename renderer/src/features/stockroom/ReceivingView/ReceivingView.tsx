import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The stockroom's receiving view (issue 4). */
export function ReceivingView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" data-testid="stockroom-receiving" data-active={active}>
      {t('stockroom.receiving.view')}
    </Text>
  );
}
