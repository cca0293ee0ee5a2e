import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One settings tab: what it is for, its fields, and Save (admins only; others read). */
export function SectionForm({
  intro,
  canEdit,
  dirty,
  submitting,
  onSubmit,
  children,
  testId,
}: {
  intro: string;
  canEdit: boolean;
  dirty: boolean;
  submitting: boolean;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate data-testid={testId}>
      <Stack gap="md" maw={640}>
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
        {!canEdit && (
          <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} py="xs">
            {t('common.readOnly')}
          </Alert>
        )}
        <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="sm">{children}</Stack>
        </fieldset>
        {canEdit && (
          <Group>
            <Button
              type="submit"
              disabled={!dirty}
              loading={submitting}
              data-testid="settings-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
