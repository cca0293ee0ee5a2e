import { Button, Group, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCorePages } from '../../../data';
import { localDateTime } from '../../../format/dateTime';
import { formatCost, formatQty, useCurrency } from '../partsFormat';
import classes from './PartLedger.module.css';

const PAGE = 50;
const KINDS = ['receipt', 'issue', 'return', 'adjustment', 'count_variance', 'scrap'] as const;
type Kind = (typeof KINDS)[number];
const isKind = (k: string): k is Kind => (KINDS as readonly string[]).includes(k);

// A document number (DN-2611-0412, RQ000001) as one piece; longer or Chinese text wraps freely.
const CODE = /^[\x21-\x7e]{1,24}$/;

/** A reference wraps between its words: a document number is never split at its hyphens. */
function Words({ text }: { text: string }) {
  return text.split(/(\s+)/).map((word, i) =>
    CODE.test(word) ? (
      <span key={i} className={classes.code}>
        {word}
      </span>
    ) : (
      word
    ),
  );
}

/**
 * The part's stock ledger (庫存異動, policy 5.2), newest first, each move with the balance it
 * left: the books a stock count is checked against. Paged by the core's cursor; a stock move
 * anywhere (a receipt, an issue, an adjustment, a posted count) reads the pages shown again.
 */
export function PartLedger({ partId }: { partId: number }) {
  const { t } = useTranslation();
  const currency = useCurrency();
  const { rows, loading, hasMore, loadMore } = useCorePages(
    'parts/ledger',
    { partId, limit: PAGE },
    { entities: ['stock_move'] },
  );

  const kindText = (kind: string) =>
    isKind(kind) ? t(`stockroom.parts.ledger.kinds.${kind}`) : kind;

  return (
    <div data-testid="part-ledger">
      {rows.length === 0 && !loading ? (
        <Text size="sm" c="dimmed" data-testid="part-ledger-empty">
          {t('stockroom.parts.ledger.empty')}
        </Text>
      ) : (
        <Table striped highlightOnHover verticalSpacing={4} fz="xs" className={classes.ledger}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stockroom.parts.ledger.at')}</Table.Th>
              <Table.Th>{t('stockroom.parts.ledger.kind')}</Table.Th>
              <Table.Th ta="right">{t('stockroom.parts.ledger.quantity')}</Table.Th>
              <Table.Th ta="right">{t('stockroom.parts.ledger.balance')}</Table.Th>
              <Table.Th ta="right">{t('stockroom.parts.ledger.unitCost', { currency })}</Table.Th>
              <Table.Th>{t('stockroom.parts.ledger.by')}</Table.Th>
              <Table.Th>{t('stockroom.parts.ledger.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-testid={`ledger-row-${r.id}`}>
                <Table.Td>{localDateTime(r.at)}</Table.Td>
                <Table.Td>{kindText(r.kind)}</Table.Td>
                <Table.Td ta="right" c={r.quantity < 0 ? 'red' : 'teal'} fw={600}>
                  {r.quantity > 0 ? '+' : ''}
                  {formatQty(r.quantity)}
                </Table.Td>
                <Table.Td ta="right" data-testid="ledger-balance">
                  {formatQty(r.balance)}
                </Table.Td>
                <Table.Td ta="right">{formatCost(r.unitCost, currency)}</Table.Td>
                <Table.Td>{r.by}</Table.Td>
                <Table.Td>
                  <Words
                    text={r.note ?? (r.refId === null ? r.refType : `${r.refType} #${r.refId}`)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group justify="center" mt="xs">
        {loading && <Loader size="xs" />}
        {!loading && hasMore && (
          <Button size="compact-xs" variant="subtle" onClick={loadMore} data-testid="ledger-more">
            {t('common.loadMore')}
          </Button>
        )}
      </Group>
    </div>
  );
}
