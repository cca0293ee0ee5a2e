import { Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled block of the intake form (Unit, Customer, Report): a calm frame, dense inside. */
export function FormSection({
  title,
  right,
  children,
  testId,
}: {
  title: string;
  right?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" mih={22}>
          <Text fw={600} size="sm" tt="uppercase" c="dimmed" style={{ letterSpacing: 0.4 }}>
            {title}
          </Text>
          {right}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
