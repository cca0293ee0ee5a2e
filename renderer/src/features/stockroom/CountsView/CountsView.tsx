import { Button, Center, Grid, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlindCount } from '../../../../../main/stock/countHandlers';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { useCan } from '../../../stores/session';
import { CountList } from './CountList/CountList';
import { CountReview } from './CountReview/CountReview';
import { CountSheet } from './CountSheet/CountSheet';
import { StartCount } from './StartCount/StartCount';

/** The blind view of one count, again after every entry (`reloadKey`). */
function useBlindCount(countId: number | null, reloadKey: number): BlindCount | null {
  const [data, setData] = useState<BlindCount | null>(null);
  useEffect(() => {
    if (countId === null) return;
    let current = true;
    invoke('counts/get', { countId })
      .then((found) => current && setData(found))
      .catch((error: unknown) => current && notifyError(error));
    return () => {
      current = false;
    };
  }, [countId, reloadKey]);
  return data !== null && data.count.id === countId ? data : null;
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
  const [reloadKey, setReloadKey] = useState(0);
  const data = useBlindCount(selected, reloadKey);
  const changed = () => setReloadKey((k) => k + 1);

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
          <CountList selectedId={selected} onOpen={open} reloadKey={reloadKey} />
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
              changed();
            }}
            onChanged={changed}
          />
        ) : data === null ? (
          <Center h={200}>
            <Loader size="sm" />
          </Center>
        ) : (
          <CountSheet
            data={data}
            active={active}
            canCount={counter}
            canReview={supervisor}
            onChanged={changed}
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
          changed();
        }}
      />
    </Grid>
  );
}
