import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportChange, ImportPreview } from '../../../../../../main/stock/csvHandlers';

type RejectedRow = ImportPreview['rejected'][number];

const SHOWN = 200;

const cell = (v: string | number | boolean | null) => (v === null || v === '' ? '∅' : String(v));

/** The first changes of a preview: line, part number, new or changed, and each field's move. */
export function ChangesTable({ changes, total }: { changes: ImportChange[]; total: number }) {
  const { t } = useTranslation();
  const shown = changes.slice(0, SHOWN);
  return (
    <>
      <Text size="sm" fw={500}>
        {t('stockroom.parts.csv.changes', { shown: shown.length, total })}
      </Text>
      <ScrollArea.Autosize mah={220} type="auto">
        <Table verticalSpacing={2} fz="xs" stickyHeader data-testid="import-changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>{t('stockroom.parts.csv.line')}</Table.Th>
              <Table.Th w={140}>{t('stockroom.parts.columns.partNo')}</Table.Th>
              <Table.Th w={80} />
              <Table.Th>{t('stockroom.parts.csv.fields')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((c) => (
              <Table.Tr key={c.line} data-testid={`import-change-${c.line}`}>
                <Table.Td>{c.line}</Table.Td>
                <Table.Td ff="monospace">{c.partNo}</Table.Td>
                <Table.Td>
                  <Badge size="xs" variant="light" color={c.action === 'create' ? 'teal' : 'blue'}>
                    {t(`stockroom.parts.csv.action.${c.action}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {c.action === 'create'
                    ? Object.keys(c.fields).join(', ')
                    : Object.entries(c.fields)
                        .map(([column, f]) => `${column}: ${cell(f.from)} → ${cell(f.to)}`)
                        .join('; ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </>
  );
}

/** Rows that will not be imported, by the file's line number, with every reason. */
export function RejectedTable({ rows, total }: { rows: RejectedRow[]; total: number }) {
  const { t } = useTranslation();
  const shown = rows.slice(0, SHOWN);
  return (
    <>
      <Text size="sm" fw={500} c="red">
        {t('stockroom.parts.csv.rejectedRows', { shown: shown.length, total })}
      </Text>
      <ScrollArea.Autosize mah={180} type="auto">
        <Table verticalSpacing={2} fz="xs" stickyHeader data-testid="import-rejected">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>{t('stockroom.parts.csv.line')}</Table.Th>
              <Table.Th w={140}>{t('stockroom.parts.columns.partNo')}</Table.Th>
              <Table.Th>{t('stockroom.parts.csv.reasons')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.line} data-testid={`import-rejected-${r.line}`}>
                <Table.Td>{r.line}</Table.Td>
                <Table.Td ff="monospace">{r.partNo}</Table.Td>
                <Table.Td>{r.errors.join('; ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </>
  );
}
