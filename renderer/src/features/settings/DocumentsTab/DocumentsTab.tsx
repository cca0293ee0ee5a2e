import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../main/contract/language';
import type { DocumentRef } from '../../../../../main/pdf/archive';
import { invoke, openDocument } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';
import { LANGUAGE_LABELS } from '../../../i18n';
import { printSample } from '../../documents/printSample';

const KINDS = [
  'sample',
  'receipt',
  'unitLabel',
  'requisition',
  'repairRecord',
  'quote',
  'factoryForm',
  'warrantyVoucher',
] as const;

function kindLabel(t: TFunction, kind: string): string {
  const known = KINDS.find((k) => k === kind);
  return known ? t(`settings.documents.kinds.${known}`) : kind;
}

/** Printing: the sample document proves the PDF path (Chinese text, barcode, archive). */
export function DocumentsTab() {
  const { t, i18n } = useTranslation();
  const [docs, setDocs] = useState<DocumentRef[]>([]);
  const [printing, setPrinting] = useState(false);

  const load = useCallback(() => {
    invoke('documents/list', { limit: 20 }).then(setDocs).catch(notifyError);
  }, []);
  useEffect(load, [load]);

  async function print() {
    setPrinting(true);
    try {
      await printSample(i18n.language as Language);
      load();
    } catch (error) {
      notifyError(error);
    } finally {
      setPrinting(false);
    }
  }

  return (
    <Stack gap="lg" maw={900}>
      <Text size="sm" c="dimmed">
        {t('settings.documents.intro')}
      </Text>
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('settings.documents.printSampleHint')}</Text>
          <Button
            leftSection={<IconPrinter size={16} />}
            loading={printing}
            onClick={() => void print()}
            data-testid="print-sample"
          >
            {t('settings.documents.printSample')}
          </Button>
        </Group>
      </Paper>
      <Stack gap="xs">
        <Title order={2} size="h5">
          {t('settings.documents.recent')}
        </Title>
        <Paper withBorder radius="md">
          <Table verticalSpacing={4} fz="sm" data-testid="documents-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.documents.kind')}</Table.Th>
                <Table.Th>{t('settings.documents.language')}</Table.Th>
                <Table.Th>{t('settings.documents.printedAt')}</Table.Th>
                <Table.Th ta="right">{t('settings.documents.size')}</Table.Th>
                <Table.Th w={80} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {docs.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed">
                      {t('settings.documents.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {docs.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    {kindLabel(t, d.kind)}{' '}
                    <Text span c="dimmed" fz="xs">
                      #{d.id}
                    </Text>
                  </Table.Td>
                  <Table.Td>{LANGUAGE_LABELS[d.language]?.long ?? d.language}</Table.Td>
                  <Table.Td ff="monospace" fz="xs">
                    {dayjs(d.createdAt).format('YYYY-MM-DD HH:mm')}
                  </Table.Td>
                  <Table.Td ta="right" fz="xs">
                    {(d.bytes / 1024).toFixed(1)} KB
                  </Table.Td>
                  <Table.Td ta="right">
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      onClick={() => openDocument(d.id).catch(notifyError)}
                    >
                      {t('settings.documents.open')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </Stack>
    </Stack>
  );
}
