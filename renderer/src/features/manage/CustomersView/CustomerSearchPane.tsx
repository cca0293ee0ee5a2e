import { Button, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListRow } from '../ListRow';
import classes from '../ManageList.module.css';
import { useCustomerSearch } from './useCustomerSearch';

/** The customer screen's search: name, phone or e-mail prefix, by name, "More" for the next page. */
export function CustomerSearchPane({
  selectedId,
  onOpen,
}: {
  selectedId: number | null;
  onOpen: (id: number) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const { rows, loading, hasMore, loadMore, searched } = useCustomerSearch(text, true);
  return (
    <Stack gap="xs">
      <TextInput
        label={t('manage.customers.search')}
        description={t('manage.customers.searchHint')}
        leftSection={<IconSearch size={16} stroke={1.5} />}
        rightSection={loading && searched ? <Loader size={14} /> : null}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autoComplete="off"
        data-testid="customers-search"
      />
      {rows.length > 0 && (
        <Paper withBorder radius="md" className={classes.list} role="table" data-testid="customers">
          {rows.map((c) => (
            <ListRow
              key={c.id}
              selected={c.id === selectedId}
              overdue={false}
              onOpen={() => onOpen(c.id)}
              testId={`customer-row-${c.id}`}
            >
              <Text size="sm" fw={500}>
                {c.name}
              </Text>
              <Text size="xs" c="dimmed" className={classes.mono}>
                {[...c.phones.map((p) => p.phone), c.email].filter(Boolean).join(' · ')}
              </Text>
            </ListRow>
          ))}
        </Paper>
      )}
      {hasMore && (
        <Button variant="subtle" size="xs" onClick={loadMore} data-testid="customers-more">
          {t('manage.customers.more')}
        </Button>
      )}
      {searched && !loading && rows.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="customers-empty">
          {t('manage.customers.empty')}
        </Text>
      )}
    </Stack>
  );
}
