import type { Language } from '../contract/language';
import type { TicketDetail } from '../intake/ticketRepo';
import type { ReceiptSnapshot } from '../pdf/templates/receipt';
import type { UnitLabelSnapshot } from '../pdf/templates/unitLabel';
import type { DocumentHeader } from './header';
import { receiptTerms } from '../pdf/templates/receiptTerms';
import { surnameOf } from './surname';

// A ticket turned into the plain data its intake documents print. The snapshot is archived with
// the PDF, so it copies every value it shows (the warranty reasons in both languages, the
// terms, the signature image) rather than pointing at rows that may change later.

export type Printing = {
  header: DocumentHeader;
  printedAt: string;
  printedBy: string;
  language: Language;
};

export function receiptSnapshotOf(
  ticket: TicketDetail,
  printing: Printing,
  extras: { photos: number; signature: { dataUrl: string; signedAt: string } | null },
): ReceiptSnapshot {
  const { customer, unit, warranty } = ticket;
  return {
    header: printing.header,
    printedAt: printing.printedAt,
    printedBy: printing.printedBy,
    reportNo: ticket.reportNo,
    reportedAt: ticket.reportedAt,
    channel: ticket.channel,
    station: {
      code: ticket.station.code,
      nameEn: ticket.station.nameEn,
      nameZh: ticket.station.nameZh,
    },
    customer: {
      name: customer.name,
      phones: customer.phones.map((p) => p.phone),
      email: customer.email,
    },
    unit: {
      modelCode: unit.model.code,
      modelNameEn: unit.model.nameEn,
      modelNameZh: unit.model.nameZh,
      serial: unit.serial,
      // The date the warranty decision used, not a later correction of the unit's record.
      invoiceDate: ticket.warranty.invoiceDate,
      invoiceNo: unit.invoiceNo,
      seller: unit.seller,
    },
    fault: ticket.faultDescription,
    accessories: ticket.accessories,
    accessoriesNote: ticket.accessoriesNote,
    condition: ticket.condition,
    emergency: ticket.emergency
      ? { responseDueAt: ticket.responseDueAt, onSiteDueAt: ticket.onSiteDueAt }
      : null,
    warranty: {
      status: warranty.status,
      expiresOn: warranty.expiresOn,
      warrantyMonths: warranty.policy.warrantyMonths,
      reasons: warranty.reasons.map((r) => ({
        code: r.code,
        en: r.en,
        zh: r.zh,
        ...(r.note ? { note: r.note } : {}),
      })),
    },
    // Policy 3.1: what was explained and offered when the case is not covered. A case a
    // supervisor later covered prints the override among the reasons instead.
    notCovered: warranty.covered
      ? null
      : { explanation: ticket.notCoveredExplanation, offer: ticket.offer },
    photos: extras.photos,
    terms: receiptTerms(printing.language),
    signature: extras.signature,
    receivedBy: ticket.createdBy.displayName,
  };
}

export function unitLabelSnapshotOf(ticket: TicketDetail, printedAt: string): UnitLabelSnapshot {
  return {
    printedAt,
    reportNo: ticket.reportNo,
    reportedAt: ticket.reportedAt,
    modelCode: ticket.unit.model.code,
    modelNameEn: ticket.unit.model.nameEn,
    modelNameZh: ticket.unit.model.nameZh,
    serial: ticket.unit.serial,
    customer: surnameOf(ticket.customer),
    emergency: ticket.emergency,
  };
}
