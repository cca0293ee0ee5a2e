import { Badge, Button, Center, Loader, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Column<T> = { label: string; cell: (row: T) => ReactNode };

/** One catalogue list: a row per record, an Edit button when the viewer may change it. */
export function CatalogueTable<T extends { id: number }>({
  rows,
  columns,
  onEdit,
  editLabel,
  canEditRow = () => true,
  testId,
}: {
  rows: T[] | null;
  columns: Column<T>[];
  onEdit?: (row: T) => void;
  editLabel?: string;
  canEditRow?: (row: T) => boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  if (rows === null) {
    return (
      <Center p="md">
        <Loader size="sm" />
      </Center>
    );
  }
  if (rows.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid={`${testId}-empty`}>
        {t('settings.catalogue.empty')}
      </Text>
    );
  }
  return (
    <Table striped highlightOnHover data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) => (
            <Table.Th key={c.label}>{c.label}</Table.Th>
          ))}
          {onEdit && <Table.Th />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id} data-testid={`${testId}-row-${row.id}`}>
            {columns.map((c) => (
              <Table.Td key={c.label}>{c.cell(row)}</Table.Td>
            ))}
            {onEdit && (
              <Table.Td>
                {canEditRow(row) && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => onEdit(row)}
                    data-testid={`${testId}-edit-${row.id}`}
                  >
                    {editLabel ?? t('settings.catalogue.edit')}
                  </Button>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" color={active ? 'teal' : 'gray'}>
      {t(active ? 'settings.catalogue.active' : 'settings.catalogue.inactive')}
    </Badge>
  );
}
