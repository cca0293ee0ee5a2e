import { ActionIcon, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPhotoDown } from '@tabler/icons-react';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../errors/notifyError';
import { exportChartPng } from './chartPng';

/**
 * One dashboard panel: its title and what it counts, its chart (saved as PNG on request), and,
 * when there is nothing to show, what would fill it.
 */
export function ChartCard({
  id,
  title,
  explain,
  summary,
  empty,
  emptyText,
  children,
  below,
}: {
  id: string;
  title: string;
  explain: string;
  summary?: string;
  empty: boolean;
  emptyText: string;
  children: ReactNode;
  below?: ReactNode;
}) {
  const { t } = useTranslation();
  const chart = useRef<HTMLDivElement>(null);
  const save = () => {
    const file = `depot-${id}.png`;
    if (!chart.current) return;
    exportChartPng(chart.current, file)
      .then(() => notifySuccess(t('manage.dashboard.exported', { file })))
      .catch(notifyError);
  };
  return (
    <Card withBorder padding="sm" data-testid={`dash-${id}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{title}</Text>
          {!empty && (
            <Tooltip label={t('manage.dashboard.exportPngLabel', { title })}>
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label={t('manage.dashboard.exportPngLabel', { title })}
                onClick={save}
                data-testid={`dash-${id}-png`}
              >
                <IconPhotoDown size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {explain}
        </Text>
        {summary && !empty && (
          <Text size="sm" data-testid={`dash-${id}-summary`}>
            {summary}
          </Text>
        )}
        {empty ? (
          <Text size="sm" c="dimmed" py="md" data-testid={`dash-${id}-empty`}>
            {emptyText}
          </Text>
        ) : (
          <div ref={chart}>{children}</div>
        )}
        {!empty && below}
      </Stack>
    </Card>
  );
}

/** A ChartCard whose title, explanation and empty text come from manage.dashboard.<id>. */
export function ChartCardFor({
  id,
  summary,
  empty,
  explainValues,
  children,
  below,
}: {
  id: 'volume' | 'backlog' | 'faults' | 'turnaround' | 'satisfaction' | 'emergency' | 'costTrend';
  summary?: string;
  empty: boolean;
  explainValues?: Record<string, string | number>;
  children: ReactNode;
  below?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ChartCard
      id={id}
      title={t(`manage.dashboard.${id}.title`)}
      explain={t(`manage.dashboard.${id}.explain`, explainValues ?? {})}
      summary={summary}
      empty={empty}
      emptyText={t(`manage.dashboard.${id}.empty`)}
      below={below}
    >
      {children}
    </ChartCard>
  );
}
