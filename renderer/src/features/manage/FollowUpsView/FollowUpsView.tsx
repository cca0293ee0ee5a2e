import { Center, Grid, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FollowUpDetailPane } from './FollowUpDetailPane';
import { FollowUpList } from './FollowUpList';

/**
 * Follow-up calls (客戶回訪, policy 3.6): the worklist on the left, the call in hand on the
 * right. Every delivered ticket comes here, due a few working days after delivery. A call recorded
 * here or at another desk moves the worklist through the data layer, not by a reload.
 */
export function FollowUpsView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);

  return (
    <Grid gap="md" align="flex-start" data-testid="manage-followUps" data-active={active}>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <FollowUpList
          overdueOnly={overdueOnly}
          onOverdueOnly={setOverdueOnly}
          selectedId={selected}
          onOpen={setSelected}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {selected !== null ? (
          <FollowUpDetailPane key={selected} id={selected} />
        ) : (
          <Paper withBorder radius="md" p="xl">
            <Center>
              <Text c="dimmed" size="sm" data-testid="followup-pick">
                {t('manage.followUps.pick')}
              </Text>
            </Center>
          </Paper>
        )}
      </Grid.Col>
    </Grid>
  );
}
