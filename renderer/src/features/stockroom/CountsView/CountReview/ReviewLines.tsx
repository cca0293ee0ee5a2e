import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewLine } from '../../../../../../main/stock/countRepo';
import { formatCost, formatQty, partNames } from '../../partsFormat';

/** A variance with its sign: +2, −1, 0. */
export function signed(n: number, format: (abs: number) => string = formatQty): string {
  return n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : format(0);
}

/** Books beside shelves, per part: expected, counted, variance (差異) and what it is worth. */
export function ReviewLines({ lines, currency }: { lines: ReviewLine[]; currency: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} fz="sm" data-testid="count-review-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stockroom.counts.lines.bin')}</Table.Th>
            <Table.Th>{t('stockroom.counts.lines.part')}</Table.Th>
            <Table.Th ta="right">{t('stockroom.counts.lines.expected')}</Table.Th>
            <Table.Th ta="right">{t('stockroom.counts.lines.counted')}</Table.Th>
            <Table.Th ta="right">{t('stockroom.counts.lines.variance')}</Table.Th>
            <Table.Th ta="right">{t('stockroom.counts.lines.value', { currency })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => {
            const [name, other] = partNames(l, i18n.language);
            const color = !l.variance ? undefined : l.variance > 0 ? 'teal' : 'red';
            return (
              <Table.Tr
                key={l.partId}
                data-testid={`count-review-line-${l.partNo}`}
                data-variance={l.variance ?? undefined}
              >
                <Table.Td ff="monospace">{l.bin ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" fw={500}>
                    {l.partNo}
                  </Text>
                  <Text size="xs" c="dimmed" title={other}>
                    {name}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" data-testid="expected">
                  {formatQty(l.expected)}
                </Table.Td>
                <Table.Td ta="right" data-testid="counted">
                  {l.counted === null ? (
                    <Badge size="sm" color="gray" variant="light">
                      {t('stockroom.counts.lines.notYet')}
                    </Badge>
                  ) : (
                    formatQty(l.counted)
                  )}
                  {l.flagged && (
                    <Badge ml={4} size="sm" color="orange" variant="filled">
                      {t('stockroom.counts.lines.flagged')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right" c={color} fw={l.variance ? 600 : undefined}>
                  {l.variance === null ? '—' : signed(l.variance)}
                </Table.Td>
                <Table.Td ta="right" c={color}>
                  {l.varianceValue === null || l.varianceValue === 0
                    ? '—'
                    : signed(l.varianceValue, (v) => formatCost(v, currency))}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
