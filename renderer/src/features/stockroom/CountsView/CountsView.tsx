import { Button, Center, Grid, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlindCount } from '../../../../../main/stock/countHandlers';
import { useCoreQuery } from '../../../data';
import { useCan } from '../../../stores/session';
import { CountList } from './CountList/CountList';
import { CountReview } from './CountReview/CountReview';
import { CountSheet } from './CountSheet/CountSheet';
import { StartCount } from './StartCount/StartCount';

/**
 * The blind view of one count, read again after every entry made to it, here or at another
 * workstation, and when a part on it is renamed or moved to another bin.
 */
function useBlindCount(countId: number | null): BlindCount | null {
  const query = useCoreQuery(
    'counts/get',
    { countId: countId ?? 0 },
    { entities: [{ entity: 'stock_count', id: countId ?? 0 }, 'part'], enabled: countId !== null },
  );
  return countId !== null && query.data?.count.id === countId ? query.data : null;
}

/**
 * Stock counts (盤點, issue 4 item 5, policy 5.2 賬實相符): the stockroom starts a blind count of
 * a bin or a category and records what is on the shelves; a supervisor reviews the variances
 * and posts them, so the books match the shelves.
 */
export function CountsView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const counter = useCan('counts/record');
  const supervisor = useCan('counts/review');
  const [selected, setSelected] = useState<number | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [starting, setStarting] = useState(false);
  const data = useBlindCount(selected);

  function open(id: number) {
    setSelected(id);
    setReviewing(false);
  }

  // A supervisor opens a finished count as it was posted; an open one on its counting sheet.
  const showReview =
    supervisor &&
    selected !== null &&
    (reviewing || (data !== null && data.count.status !== 'open'));

  return (
    <Grid gap="md" align="flex-start" data-testid="stockroom-counts" data-active={active}>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="xs">
          {counter && (
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() => setStarting(true)}
              data-testid="count-start"
            >
              {t('stockroom.counts.start.open')}
            </Button>
          )}
          <CountList selectedId={selected} onOpen={open} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {selected === null ? (
          <Paper withBorder radius="md" p="xl">
            <Center>
              <Text c="dimmed" size="sm" data-testid="count-pick">
                {t('stockroom.counts.pick')}
              </Text>
            </Center>
          </Paper>
        ) : showReview ? (
          <CountReview
            key={selected}
            countId={selected}
            onBack={() => {
              setReviewing(false);
              if (data?.count.status !== 'open') setSelected(null);
            }}
          />
        ) : data === null ? (
          <Center h={200}>
            <Loader size="sm" />
          </Center>
        ) : (
          <CountSheet
            data={data}
            active={active}
            canReview={supervisor}
            onReview={() => setReviewing(true)}
          />
        )}
      </Grid.Col>
      <StartCount
        opened={starting}
        onClose={() => setStarting(false)}
        onStarted={(count) => {
          setStarting(false);
          setSelected(count.count.id);
          setReviewing(false);
        }}
      />
    </Grid>
  );
}
