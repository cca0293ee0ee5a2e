import { Alert, Button, Group, Kbd, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconCircleCheck,
  IconFilePlus,
  IconPrinter,
  IconRepeat,
  IconTag,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../../../../main/intake/ticketRepo';
import type { DocumentRef } from '../../../../../main/pdf/archive';
import { localDateTime } from '../../../format/dateTime';
import { TicketFlags, WarrantyBadge } from '../TicketBadges/TicketBadges';

export type IntakeDone = {
  ticket: TicketDetail & { replayed: boolean };
  /** The receipt and the label as printed, for "Print again" (the identical files). */
  documents: DocumentRef[];
  printing: boolean;
  signature: 'none' | 'saved' | 'failed';
  signatureUrl: string | null;
  photosFailed: File[];
};

/**
 * After "Register and print": the report number to tell the customer (報修單號), the
 * decision, and the next step. Esc or Alt+N starts the next customer's intake.
 */
export function IntakeSuccess({
  done,
  onNewIntake,
  onPrintAgain,
  onRetrySignature,
  onRetryPhotos,
}: {
  done: IntakeDone;
  onNewIntake: () => void;
  onPrintAgain: (kind: 'receipt' | 'unitLabel') => void;
  onRetrySignature: () => void;
  onRetryPhotos: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { ticket } = done;
  const model = i18n.language === 'zh-TW' ? ticket.unit.model.nameZh : ticket.unit.model.nameEn;
  return (
    <Paper withBorder radius="md" p="xl" maw={720} data-testid="intake-success">
      <Stack gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="xl" color="teal" variant="light">
            <IconCircleCheck size={28} stroke={1.6} />
          </ThemeIcon>
          <Stack gap={2}>
            <Text fw={600} size="lg">
              {t('intake.success.title')}
            </Text>
            <Text size="sm" c="dimmed">
              {done.printing ? t('intake.submitting') : t('intake.success.printed')}
            </Text>
          </Stack>
        </Group>

        <Stack gap={0}>
          <Text size="xs" tt="uppercase" fw={600} c="dimmed">
            {t('intake.success.reportNo')}
          </Text>
          <Text
            ff="monospace"
            fw={700}
            fz={40}
            lh={1.15}
            data-testid="intake-report-no"
            style={{ letterSpacing: 1 }}
          >
            {ticket.reportNo}
          </Text>
        </Stack>

        <Group gap="xs">
          <WarrantyBadge status={ticket.warranty.status} size="lg" />
          <TicketFlags
            emergency={ticket.emergency}
            overdue={ticket.overdue}
            repeat={ticket.repeatOf !== null}
            size="lg"
          />
        </Group>
        <Text size="sm">
          {ticket.customer.name} · {ticket.unit.model.code} {model} ·{' '}
          <Text span ff="monospace">
            {ticket.unit.serial}
          </Text>
        </Text>
        {ticket.offer && (
          <Text size="sm">
            {t('intake.warranty.offer')}: {t(`intake.warranty.offers.${ticket.offer}`)}
          </Text>
        )}
        {ticket.emergency && ticket.responseDueAt && ticket.onSiteDueAt && (
          <Text size="sm" c="red.7">
            {t('intake.success.emergencyDue', {
              response: localDateTime(ticket.responseDueAt),
              onSite: localDateTime(ticket.onSiteDueAt),
            })}
          </Text>
        )}
        {ticket.repeatOf && (
          <Alert color="grape" variant="light" p="xs" icon={<IconRepeat size={18} />}>
            {t('intake.success.repeatOf', { reportNo: ticket.repeatOf.reportNo })}
          </Alert>
        )}
        {ticket.replayed && (
          <Text size="sm" c="dimmed">
            {t('intake.success.replayed')}
          </Text>
        )}
        {done.signature === 'failed' && (
          <Alert color="red" variant="light" p="xs">
            <Group justify="space-between">
              <Text size="sm">{t('intake.success.signatureNotSaved')}</Text>
              <Button size="compact-sm" variant="light" color="red" onClick={onRetrySignature}>
                {t('intake.success.retry')}
              </Button>
            </Group>
          </Alert>
        )}
        {done.photosFailed.length > 0 && (
          <Alert color="red" variant="light" p="xs">
            <Group justify="space-between">
              <Text size="sm">{t('intake.success.photosNotSaved')}</Text>
              <Button size="compact-sm" variant="light" color="red" onClick={onRetryPhotos}>
                {t('intake.success.retry')}
              </Button>
            </Group>
          </Alert>
        )}

        <Group justify="space-between" mt="sm">
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('intake.success.printAgain')}:
            </Text>
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} />}
              onClick={() => onPrintAgain('receipt')}
              loading={done.printing}
              data-testid="intake-print-receipt"
            >
              {t('intake.success.receipt')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconTag size={16} />}
              onClick={() => onPrintAgain('unitLabel')}
              loading={done.printing}
              data-testid="intake-print-label"
            >
              {t('intake.success.label')}
            </Button>
          </Group>
          <Button
            leftSection={<IconFilePlus size={16} />}
            rightSection={<Kbd size="xs">Esc</Kbd>}
            onClick={onNewIntake}
            autoFocus
            data-testid="intake-new"
          >
            {t('intake.success.newIntake')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
