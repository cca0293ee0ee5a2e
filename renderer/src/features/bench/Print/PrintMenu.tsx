import { ActionIcon, Button, Menu, Tooltip } from '@mantine/core';
import {
  IconCertificate,
  IconChevronDown,
  IconCopy,
  IconFileInvoice,
  IconFileText,
  IconLanguage,
  IconPrinter,
  IconTruckDelivery,
} from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenchTicketView, Shipment } from '../../../../../main/bench/benchTicket';
import type { Language } from '../../../../../main/contract/language';
import { notifyError } from '../../../errors/notifyError';
import {
  latestRepairRecord,
  printFactoryForm,
  printQuote,
  printRepairRecord,
  printWarrantyVoucher,
  reprintRepairRecord,
  type BenchDocument,
} from './benchDocuments';

/** Which printouts the ticket has: the repair's documents as the core allows them to this reader
 * (bench/ticket `actions.print`), the quote and the factory form once they exist. */
export function printable(ticket: BenchTicketView): BenchDocument[] {
  const docs: BenchDocument[] = [];
  if (ticket.actions.print.repairRecord.allowed)
    docs.push('repairRecord', 'reprint', 'reprintOther');
  if (ticket.quote) docs.push('quote');
  if (ticket.shipments.length > 0) docs.push('factoryForm');
  if (ticket.actions.print.warrantyVoucher.allowed) docs.push('warrantyVoucher');
  return docs;
}

const ICONS = {
  repairRecord: IconFileText,
  reprint: IconCopy,
  reprintOther: IconLanguage,
  quote: IconFileInvoice,
  factoryForm: IconTruckDelivery,
  warrantyVoucher: IconCertificate,
} as const;

/**
 * The ticket's printouts in one menu: the repair record in duplicate and its reprint (副本),
 * the quote, the latest return-to-factory form and the warranty voucher, each only once the
 * ticket has it. Everything prints in the staff's current language.
 */
export function PrintMenu({ ticket }: { ticket: BenchTicketView }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const docs = printable(ticket);
  const language = i18n.language as Language;

  async function print(doc: BenchDocument) {
    setBusy(true);
    try {
      if (doc === 'repairRecord') await printRepairRecord(ticket.id, language);
      else if (doc === 'reprint' || doc === 'reprintOther') {
        // Issue 9, defect 5: a duplicate for a customer who reads the other language.
        const other: Language = language === 'en' ? 'zh-TW' : 'en';
        const original = await latestRepairRecord(ticket.id);
        if (original) {
          await reprintRepairRecord(original.id, doc === 'reprintOther' ? other : undefined);
        } else {
          notifications.show({ color: 'yellow', message: t('bench.print.noOriginal') });
        }
      } else if (doc === 'quote' && ticket.quote) await printQuote(ticket.quote.id, language);
      else if (doc === 'factoryForm') {
        const last = ticket.shipments.at(-1);
        if (last) await printFactoryForm(last.id, language);
      } else if (doc === 'warrantyVoucher') await printWarrantyVoucher(ticket.id, language);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPrinter size={14} />}
          rightSection={<IconChevronDown size={14} />}
          disabled={docs.length === 0}
          loading={busy}
          data-testid="bench-print"
        >
          {t('bench.print.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {docs.map((doc) => {
          const Icon = ICONS[doc];
          return (
            <Menu.Item
              key={doc}
              leftSection={<Icon size={16} />}
              onClick={() => void print(doc)}
              data-testid={`bench-print-${doc}`}
            >
              {t(`bench.print.${doc}`)}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}

/** The return-to-factory form of one shipment, from the shipments table. */
export function ShipmentPrint({ shipment }: { shipment: Shipment }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Tooltip label={t('bench.print.factoryForm')}>
      <ActionIcon
        variant="subtle"
        color="gray"
        loading={busy}
        aria-label={t('bench.print.factoryForm')}
        onClick={() => {
          setBusy(true);
          printFactoryForm(shipment.id, i18n.language as Language)
            .catch(notifyError)
            .finally(() => setBusy(false));
        }}
        data-testid={`bench-print-factory-${shipment.id}`}
      >
        <IconPrinter size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
