import { Group, Tooltip } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DEFINITIONS } from '../../../../../main/appraisal/indicators';

export type DefinitionKey = (typeof DEFINITIONS)[keyof typeof DEFINITIONS];

/** A column title with its indicator's definition beside it (issue 10 item 3). */
export function DefinedHeader({ title, definition }: { title: string; definition: DefinitionKey }) {
  const { t } = useTranslation();
  const text = t(`manage.indicators.definitions.${definition}`);
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <span>{title}</span>
      <Tooltip label={text} multiline w={300} withArrow>
        <IconInfoCircle size={14} aria-label={text} data-testid={`definition-${definition}`} />
      </Tooltip>
    </Group>
  );
}
