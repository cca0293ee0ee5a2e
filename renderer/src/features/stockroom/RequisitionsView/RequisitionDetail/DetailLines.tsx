import { Badge, Group, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Requisition, RequisitionLine } from '../../../../../../main/stock/requisitionRepo';
import { formatQty, partNames } from '../../partsFormat';
import { QuotaText } from '../QuotaText';
import { maxOf, needsOverride, type Entries, type EntryErrors, type Mode } from './detailModel';

const dash = (n: number | null) => (n === null ? '—' : formatQty(n));

function EntryCell({
  mode,
  line,
  entries,
  errors,
  onEntry,
}: {
  mode: Exclude<Mode, 'view'>;
  line: RequisitionLine;
  entries: Entries;
  errors: EntryErrors;
  onEntry: (lineId: number, patch: Partial<Entries[number]>) => void;
}) {
  const { t } = useTranslation();
  const max = maxOf(mode, line);
  return (
    <NumberInput
      size="xs"
      w={84}
      min={0}
      max={max}
      clampBehavior="strict"
      allowDecimal={false}
      allowNegative={false}
      disabled={max === 0}
      aria-label={t(`stockroom.requisitions.detail.entry.${mode}`, { partNo: line.partNo })}
      value={entries[line.id]?.quantity ?? 0}
      onChange={(quantity) => onEntry(line.id, { quantity })}
      error={errors[line.id]?.quantity}
      data-testid={`req-${mode}-qty-${line.lineNo}`}
    />
  );
}

/** Approving above a quota: the supervisor's reason, on a row of its own under the line. */
function OverrideRow({
  line,
  columns,
  entries,
  errors,
  onEntry,
}: {
  line: RequisitionLine;
  columns: number;
  entries: Entries;
  errors: EntryErrors;
  onEntry: (lineId: number, patch: Partial<Entries[number]>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid={`req-override-row-${line.lineNo}`}>
      <Table.Td />
      <Table.Td colSpan={columns - 1} pt={0}>
        <TextInput
          size="xs"
          withAsterisk
          label={t('stockroom.requisitions.detail.overrideReason', { partNo: line.partNo })}
          value={entries[line.id]?.reason ?? ''}
          onChange={(e) => onEntry(line.id, { reason: e.currentTarget.value })}
          error={errors[line.id]?.reason}
          data-testid={`req-override-${line.lineNo}`}
        />
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The requisition's lines: asked, approved, issued, returned and on the shelf now. In a mode,
 * one more column takes the supervisor's approved quantity (with the override reason a line
 * over its quota needs) or the keeper's units to issue or take back.
 */
export function DetailLines({
  req,
  mode,
  entries,
  errors,
  onEntry,
}: {
  req: Requisition;
  mode: Mode;
  entries: Entries;
  errors: EntryErrors;
  onEntry: (lineId: number, patch: Partial<Entries[number]>) => void;
}) {
  const { t, i18n } = useTranslation();
  const columns = mode === 'view' ? 7 : 8;
  const num = { ta: 'right', style: { whiteSpace: 'nowrap' } } as const;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table verticalSpacing={6} fz="sm" data-testid="req-detail-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={24}>#</Table.Th>
            <Table.Th>{t('stockroom.requisitions.lines.part')}</Table.Th>
            <Table.Th {...num}>{t('stockroom.requisitions.lines.requested')}</Table.Th>
            <Table.Th {...num}>{t('stockroom.requisitions.lines.approved')}</Table.Th>
            <Table.Th {...num}>{t('stockroom.requisitions.lines.issued')}</Table.Th>
            <Table.Th {...num}>{t('stockroom.requisitions.lines.returned')}</Table.Th>
            <Table.Th {...num}>{t('stockroom.requisitions.lines.onHand')}</Table.Th>
            {mode !== 'view' && (
              <Table.Th style={{ whiteSpace: 'nowrap' }}>
                {t(`stockroom.requisitions.detail.column.${mode}`)}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {req.lines.flatMap((l) => {
            const [name, other] = partNames(l, i18n.language);
            const row = (
              <Table.Tr
                key={l.id}
                data-testid={`req-detail-line-${l.lineNo}`}
                data-part-no={l.partNo}
                data-over-quota={l.overQuota || undefined}
              >
                <Table.Td c="dimmed">{l.lineNo}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" ff="monospace" fw={500}>
                      {l.partNo}
                    </Text>
                    {l.bin && (
                      <Badge size="xs" variant="default" ff="monospace" tt="none">
                        {l.bin}
                      </Badge>
                    )}
                    {l.overQuota && mode !== 'approve' && (
                      <Badge
                        size="xs"
                        color="red"
                        variant="light"
                        leftSection={<IconAlertTriangle size={10} />}
                      >
                        {t('stockroom.requisitions.detail.overQuota')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" title={other}>
                    {name}
                  </Text>
                  <QuotaText quota={l} used={l.ticketUsed} />
                  {l.quotaOverrideReason && (
                    <Text size="xs" c="red.8" data-testid={`req-override-text-${l.lineNo}`}>
                      {t('stockroom.requisitions.detail.overriddenBecause', {
                        reason: l.quotaOverrideReason,
                      })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td {...num} data-testid="requested">
                  {formatQty(l.requested)}
                </Table.Td>
                <Table.Td {...num} data-testid="approved">
                  {dash(l.approved)}
                </Table.Td>
                <Table.Td {...num} data-testid="issued">
                  {formatQty(l.issued)}
                </Table.Td>
                <Table.Td {...num} data-testid="returned">
                  {formatQty(l.returned)}
                </Table.Td>
                <Table.Td {...num} data-testid="on-hand">
                  {formatQty(l.onHand)} {l.unit}
                </Table.Td>
                {mode !== 'view' && (
                  <Table.Td>
                    <EntryCell
                      mode={mode}
                      line={l}
                      entries={entries}
                      errors={errors}
                      onEntry={onEntry}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            );
            return mode === 'approve' && needsOverride(l, entries[l.id])
              ? [
                  row,
                  <OverrideRow
                    key={`${l.id}-override`}
                    line={l}
                    columns={columns}
                    entries={entries}
                    errors={errors}
                    onEntry={onEntry}
                  />,
                ]
              : [row];
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
