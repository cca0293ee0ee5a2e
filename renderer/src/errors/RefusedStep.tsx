import { Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** One step the core refuses, under the buttons: why, in a quiet line (`reason` for tests). */
export function RefusedStep({
  testId,
  reason,
  text,
}: {
  testId: string;
  reason: string;
  text: string;
}) {
  return (
    <Group gap={6} c="dimmed" wrap="nowrap" data-testid={testId} data-reason={reason}>
      <IconAlertTriangle size={14} />
      <Text size="xs">{text}</Text>
    </Group>
  );
}
