import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DraftState } from './useDraft';

/** Under the submit button: whether the typed intake is kept, and the way to throw it away. */
export function DraftStatus({
  state,
  blank,
  onDiscard,
}: {
  state: DraftState;
  blank: boolean;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  if (blank) return null;
  return (
    <Group justify="space-between" gap={4} data-testid="intake-draft" data-state={state}>
      <Text size="xs" c={state === 'failed' ? 'orange' : 'dimmed'}>
        {state === 'idle' ? '' : t(`intake.draft.state.${state}`)}
      </Text>
      <Button
        size="compact-xs"
        variant="subtle"
        color="gray"
        onClick={onDiscard}
        data-testid="intake-discard"
      >
        {t('intake.draft.discard')}
      </Button>
    </Group>
  );
}
