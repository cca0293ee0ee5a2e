import { Center, Grid, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComplaintDetailPane } from './ComplaintDetailPane';
import { ComplaintListPane } from './ComplaintListPane';
import type { ComplaintList } from './useComplaintPages';

/**
 * Complaints (客訴, policy 3.6): every open one (the manager's list) or mine on the left, the
 * complaint in hand on the right. Both show what any workstation does to them (the data layer),
 * so a step taken here needs no reload of its own.
 */
export function ComplaintsView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const [list, setList] = useState<ComplaintList>('open');
  const [selected, setSelected] = useState<number | null>(null);

  return (
    <Grid gap="md" align="flex-start" data-testid="manage-complaints" data-active={active}>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <ComplaintListPane
          list={list}
          onList={setList}
          selectedId={selected}
          onOpen={setSelected}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {selected !== null ? (
          <ComplaintDetailPane key={selected} id={selected} />
        ) : (
          <Paper withBorder radius="md" p="xl">
            <Center>
              <Text c="dimmed" size="sm" data-testid="complaint-pick">
                {t('manage.complaints.pick')}
              </Text>
            </Center>
          </Paper>
        )}
      </Grid.Col>
    </Grid>
  );
}
