import type { BenchTicketView } from '../bench/benchTicket';
import { lastMoveAt } from './benchPrintRules';
import type { TicketPartLine } from '../bench/cost';
import type { NoteKind, RepairLog, TicketFault } from '../bench/repairLog';
import type { QuoteLine as StoredQuoteLine } from '../bench/quoteHandlers';
import { addDays } from '../intake/civilDate';
import { localDate } from '../intake/zonedTime';
import type { FactoryFormSnapshot } from '../pdf/templates/factoryFormSnapshot';
import type { FaultLine, PartUsed } from '../pdf/templates/benchSchemas';
import type { QuoteLine, QuoteSnapshot } from '../pdf/templates/quoteSnapshot';
import type { RepairRecordSnapshot } from '../pdf/templates/repairRecordSnapshot';
import type { WarrantyVoucherSnapshot } from '../pdf/templates/warrantyVoucherSnapshot';
import type { DocumentHeader } from './header';

// A bench ticket turned into the plain data its printouts show. Each snapshot is archived with
// its PDF, so it copies every value (code words in both languages, costs, names, the signature
// image) rather than pointing at rows that may change later.

export type Printing = { header: DocumentHeader; printedAt: string; printedBy: string };

export type Signature = { dataUrl: string; signedAt: string };

const customerOf = (v: BenchTicketView) => ({
  name: v.customer.name,
  phones: v.customer.phones.map((p) => p.phone),
});

const unitOf = (v: BenchTicketView) => ({
  modelCode: v.unit.model.code,
  modelNameEn: v.unit.model.nameEn,
  modelNameZh: v.unit.model.nameZh,
  serial: v.unit.serial,
});

const stationOf = (v: BenchTicketView) => ({
  code: v.station.code,
  nameEn: v.station.nameEn,
  nameZh: v.station.nameZh,
});

const words = (c: { code: string; nameEn: string; nameZh: string }) => ({
  code: c.code,
  en: c.nameEn,
  zh: c.nameZh,
});

export function notesOf(log: RepairLog, kind: NoteKind): string[] {
  return log.notes.filter((n) => n.kind === kind).map((n) => n.text);
}

export function faultLines(faults: TicketFault[]): FaultLine[] {
  return faults.map((f) => ({
    symptom: words(f.symptom),
    cause: words(f.cause),
    measure: words(f.measure),
    note: f.note,
  }));
}

/** The measure codes of the faults, once each, in the order they were first logged. */
export function measureCodes(faults: TicketFault[]) {
  return [...new Map(faults.map((f) => [f.measure.code, words(f.measure)])).values()];
}

/** What the repair consumed: issued less returned, at the cost it was issued at. */
export function partsUsed(parts: TicketPartLine[]): PartUsed[] {
  return parts
    .filter((p) => p.consumed > 0)
    .map((p) => ({
      partNo: p.partNo,
      nameEn: p.nameEn,
      nameZh: p.nameZh,
      unit: p.unit,
      quantity: p.consumed,
      unitCost: p.unitCost ?? 0,
      cost: Math.max(0, p.cost),
    }));
}

/**
 * The warranty on the repair (policy 2, promise): N days from the local day the unit was
 * handed back. The day of delivery is not counted, so the customer has N full days after it
 * (policy 1, customer first).
 */
export function repairWarranty(days: number, handedBackAt: string, timeZone: string) {
  const from = localDate(new Date(handedBackAt), timeZone);
  return { days, from, until: addDays(from, days) };
}

export function repairRecordSnapshotOf(
  view: BenchTicketView,
  log: RepairLog,
  printing: Printing,
  extras: {
    currency: string;
    labourRatePerHour: number;
    warranty: RepairRecordSnapshot['repairWarranty'];
    acceptance: Signature | null;
  },
): RepairRecordSnapshot {
  return {
    ...printing,
    reportNo: view.reportNo,
    station: stationOf(view),
    customer: customerOf(view),
    unit: unitOf(view),
    reportedFault: view.faultDescription,
    receivedAt: view.reportedAt,
    // The repair is complete when it passed its test (policy 3.3), not when it was picked up.
    completedAt: lastMoveAt(view, 'ready_for_pickup') ?? view.completedAt,
    diagnosis: notesOf(log, 'diagnosis'),
    faults: faultLines(log.faults),
    measures: notesOf(log, 'note'),
    parts: partsUsed(log.parts),
    cost: {
      currency: extras.currency,
      labourMinutes: log.cost.labourMinutes,
      labourRatePerHour: extras.labourRatePerHour,
      labourCost: log.cost.labourCost,
      partsCost: log.cost.partsCost,
      total: log.cost.total,
      bearer: log.cost.borneBy,
    },
    warrantyStatus: view.warranty.status,
    repairWarranty: extras.warranty,
    technician: view.assignedTo?.name ?? '—',
    acceptance: extras.acceptance,
    reprint: null,
  };
}

export type QuoteRow = {
  id: number;
  labourMinutes: number;
  labourCost: number;
  partsCost: number;
  total: number;
  lines: StoredQuoteLine[];
  note: string | null;
  status: 'pending' | 'approved' | 'declined';
  createdAt: string;
  createdBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
};

export function formatQuoteNo(id: number): string {
  return `Q${String(id).padStart(6, '0')}`;
}

export function formatFactoryFormNo(id: number): string {
  return `F${String(id).padStart(6, '0')}`;
}

export function quoteSnapshotOf(
  view: BenchTicketView,
  log: RepairLog,
  quote: QuoteRow,
  printing: Printing,
  extras: {
    currency: string;
    /** The hourly rate the labour line was priced at, when it can be told. */
    labourRatePerHour: number | null;
    validUntil: string;
    partUnits: Map<number, string>;
  },
): QuoteSnapshot {
  const lines = quote.lines.map((l): QuoteLine =>
    l.kind === 'labour'
      ? {
          kind: 'labour',
          partNo: null,
          nameEn: 'Labour',
          nameZh: '工時',
          quantity: l.minutes,
          unit: 'min',
          unitPrice: extras.labourRatePerHour,
          amount: l.amount,
        }
      : {
          kind: 'part',
          partNo: l.partNo,
          nameEn: l.nameEn,
          nameZh: l.nameZh,
          quantity: l.quantity,
          unit: extras.partUnits.get(l.partId) ?? '',
          unitPrice: l.unitPrice,
          amount: l.amount,
        },
  );
  return {
    ...printing,
    quoteNo: formatQuoteNo(quote.id),
    reportNo: view.reportNo,
    quotedAt: quote.createdAt,
    quotedBy: quote.createdBy,
    customer: customerOf(view),
    unit: unitOf(view),
    reportedFault: view.faultDescription,
    diagnosis: notesOf(log, 'diagnosis'),
    warranty: {
      status: view.warranty.status,
      reasons: view.warranty.reasons.map((r) => ({ en: r.en, zh: r.zh })),
    },
    lines,
    currency: extras.currency,
    labourCost: quote.labourCost,
    partsCost: quote.partsCost,
    total: quote.total,
    note: quote.note,
    validUntil: extras.validUntil,
    decision:
      quote.status === 'pending' || quote.decidedAt === null
        ? null
        : {
            status: quote.status,
            by: quote.decidedBy ?? '—',
            at: quote.decidedAt,
            note: quote.decisionNote,
          },
  };
}

export type ShipmentRow = {
  id: number;
  carrier: string;
  trackingNo: string;
  fault: string;
  sentAt: string;
  sentBy: string;
  receivedAt: string | null;
  receivedBy: string | null;
  factoryReport: string | null;
};

export function factoryFormSnapshotOf(
  view: BenchTicketView,
  log: RepairLog,
  shipment: ShipmentRow,
  printing: Printing,
): FactoryFormSnapshot {
  return {
    ...printing,
    formNo: formatFactoryFormNo(shipment.id),
    reportNo: view.reportNo,
    station: stationOf(view),
    unit: { ...unitOf(view), invoiceDate: view.warranty.invoiceDate },
    warrantyStatus: view.warranty.status,
    receivedAt: view.reportedAt,
    reportedFault: view.faultDescription,
    fault: shipment.fault,
    diagnosis: notesOf(log, 'diagnosis'),
    faults: faultLines(log.faults),
    workDone: notesOf(log, 'note'),
    parts: partsUsed(log.parts).map(({ partNo, nameEn, nameZh, unit, quantity }) => ({
      partNo,
      nameEn,
      nameZh,
      unit,
      quantity,
    })),
    technician: view.assignedTo?.name ?? '—',
    carrier: shipment.carrier,
    trackingNo: shipment.trackingNo,
    sentAt: shipment.sentAt,
    sentBy: shipment.sentBy,
    returned:
      shipment.receivedAt === null
        ? null
        : {
            at: shipment.receivedAt,
            by: shipment.receivedBy ?? '—',
            factoryReport: shipment.factoryReport,
          },
  };
}

export function warrantyVoucherSnapshotOf(
  view: BenchTicketView,
  log: RepairLog,
  printing: Printing,
  extras: {
    deliveredAt: string;
    warranty: WarrantyVoucherSnapshot['repairWarranty'];
    terms: string[];
  },
): WarrantyVoucherSnapshot {
  return {
    ...printing,
    reportNo: view.reportNo,
    customer: customerOf(view),
    unit: unitOf(view),
    deliveredAt: extras.deliveredAt,
    measureCodes: measureCodes(log.faults),
    measures: notesOf(log, 'note'),
    parts: partsUsed(log.parts).map(({ partNo, nameEn, nameZh, unit, quantity }) => ({
      partNo,
      nameEn,
      nameZh,
      unit,
      quantity,
    })),
    repairWarranty: extras.warranty,
    technician: view.assignedTo?.name ?? '—',
    terms: extras.terms,
  };
}
