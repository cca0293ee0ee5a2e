import { Alert, Center, Grid, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../stores/session';
import { CustomerDetailPane } from './CustomerDetailPane';
import { CustomerSearchPane } from './CustomerSearchPane';

/**
 * Customer records (issue 10, item 6): find a customer, read their units, tickets, follow-ups
 * and complaints, edit their contact data, merge a duplicate into them. Personal data, so only
 * for the desk, supervisors and admins (policy 4); others get a notice. Both panes follow what
 * any workstation changes (the data layer), so a save here needs no reload.
 */
export function CustomersView({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const allowed = useCan('customers/search');
  const [selected, setSelected] = useState<number | null>(null);
  if (!allowed) {
    return (
      <Alert color="gray" data-testid="customers-not-allowed">
        {t('manage.customers.notAllowed')}
      </Alert>
    );
  }
  return (
    <Grid gap="md" align="flex-start" data-testid="manage-customers" data-active={active}>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <CustomerSearchPane selectedId={selected} onOpen={setSelected} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {selected !== null ? (
          <CustomerDetailPane key={selected} id={selected} onOpen={setSelected} />
        ) : (
          <Paper withBorder radius="md" p="xl">
            <Center>
              <Text c="dimmed" size="sm" data-testid="customer-pick">
                {t('manage.customers.pick')}
              </Text>
            </Center>
          </Paper>
        )}
      </Grid.Col>
    </Grid>
  );
}
