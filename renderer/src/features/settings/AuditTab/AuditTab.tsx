import { Button, Code, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRecord } from '../../../../../main/audit/handlers';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { AuditEntryModal } from '../AuditEntryModal/AuditEntryModal';
import { VerifyRecords } from '../VerifyRecords/VerifyRecords';

const PAGE = 50;

/** The audit trail (policy 1: every step done by a named person), newest first, in pages. */
export function AuditTab() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<AuditRecord[]>([]);
  const [loading, setLoading] = useState(false);
  const [done, setDone] = useState(false);
  const [shown, setShown] = useState<AuditRecord | null>(null);

  const load = useCallback((beforeId?: number) => {
    setLoading(true);
    invoke('audit/list', { limit: PAGE, beforeId })
      .then((page) => {
        setRows((old) => (beforeId === undefined ? page : [...old, ...page]));
        setDone(page.length < PAGE);
      })
      .catch(notifyError)
      .finally(() => setLoading(false));
  }, []);
  useEffect(() => load(), [load]);

  return (
    <Stack gap="md">
      <VerifyRecords />
      <Text size="sm" c="dimmed">
        {t('settings.audit.intro')}
      </Text>
      <Paper withBorder radius="md">
        <Table highlightOnHover verticalSpacing={4} fz="sm" data-testid="audit-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{t('settings.audit.when')}</Table.Th>
              <Table.Th>{t('settings.audit.who')}</Table.Th>
              <Table.Th>{t('settings.audit.channel')}</Table.Th>
              <Table.Th>{t('settings.audit.entity')}</Table.Th>
              <Table.Th>{t('settings.audit.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr
                key={r.id}
                onClick={() => setShown(r)}
                style={{ cursor: 'pointer' }}
                tabIndex={0}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') setShown(r);
                }}
              >
                <Table.Td ff="monospace" fz="xs" style={{ whiteSpace: 'nowrap' }}>
                  {dayjs(r.at).format('YYYY-MM-DD HH:mm:ss')}
                </Table.Td>
                <Table.Td>{r.staffName ?? t('settings.audit.nobody')}</Table.Td>
                <Table.Td>
                  <Code>{r.channel}</Code>
                </Table.Td>
                <Table.Td>
                  {r.entity}
                  {r.entityId !== null && (
                    <Text span c="dimmed" fz="xs">
                      {' '}
                      #{r.entityId}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.action}</Table.Td>
              </Table.Tr>
            ))}
            {!loading && rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text size="sm" c="dimmed">
                    {t('settings.audit.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
      <Group justify="center">
        {loading ? (
          <Loader size="sm" />
        ) : done ? (
          rows.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('settings.audit.end')}
            </Text>
          )
        ) : (
          <Button
            variant="default"
            onClick={() => load(rows[rows.length - 1]?.id)}
            data-testid="audit-more"
          >
            {t('common.loadMore')}
          </Button>
        )}
      </Group>
      {shown && <AuditEntryModal entry={shown} onClose={() => setShown(null)} />}
    </Stack>
  );
}
