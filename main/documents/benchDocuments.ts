import { z } from 'zod';
import { BENCH_DESK } from '../bench/access';
import { defineHandler } from '../contract/handler';
import { throwRefusal } from '../contract/offer';
import { lastMoveAt, repairRecordRefusal, voucherRefusal } from './benchPrintRules';
import { LANGUAGES } from '../contract/language';
import { addDays } from '../intake/civilDate';
import { refuse } from '../contract/errors';
import { idSchema } from '../intake/fields';
import { depotTimeZone, localDate } from '../intake/zonedTime';
import type { DocumentRef } from '../pdf/archive';
import { warrantyVoucherTerms } from '../pdf/templates/warrantyVoucherTerms';
import { benchTicketData, printOnTicket, signatureImage, type Ctx } from './benchDocumentsPrint';
import {
  originalRecord,
  printDuplicate,
  repairRecordReprintHandler,
} from './benchDocumentsReprint';
import { findQuote, findShipment, partUnits } from './benchDocumentsRows';
import {
  factoryFormSnapshotOf,
  formatFactoryFormNo,
  formatQuoteNo,
  quoteSnapshotOf,
  repairRecordSnapshotOf,
  repairWarranty,
  warrantyVoucherSnapshotOf,
  type Printing,
} from './benchDocumentsSnapshots';
import { documentHeader } from './header';

// The bench's printouts (issue 5, items 4, 6, 7, 8; domain.md "Documents the depot prints"):
// the repair record in duplicate, the quote of a not-covered repair, the return-to-factory form
// and the warranty voucher. Each is rendered from a snapshot of the ticket and its repair log,
// archived with it, and audited on the ticket.

/**
 * How long a quote's prices hold. No policy clause fixes it; 30 days covers a customer who
 * takes time to decide while parts prices move.
 */
const QUOTE_VALID_DAYS = 30;

const printInput = z.object({ ticketId: idSchema, language: z.enum(LANGUAGES) }).strict();

function printing(ctx: Ctx): Printing {
  return {
    header: documentHeader(ctx.services.settings.current()),
    printedAt: ctx.now().toISOString(),
    printedBy: ctx.actor.displayName,
  };
}

async function mustPrint(ref: Promise<DocumentRef | null>): Promise<DocumentRef> {
  const printed = await ref;
  if (printed === null) throw new Error('A print without a validity check was dropped');
  return printed;
}

export const benchDocumentHandlers = {
  'documents/repairRecord': defineHandler({
    summary:
      'Prints the repair record (維修記錄) in duplicate: one PDF with a customer copy and a company copy, each with faults, measures, parts, labour, cost and who bears it, the repair warranty and the signatures. Once the repair passed its test (ready for pickup, delivered, closed). There is one original: once it was printed, this prints a numbered duplicate (副本) of it in the language asked for, as documents/repairRecordReprint does.',
    access: BENCH_DESK,
    input: printInput,
    run: async (ctx, input): Promise<DocumentRef> => {
      const { view, log } = await benchTicketData(ctx, input.ticketId);
      throwRefusal(repairRecordRefusal(view), { status: view.status }, 'ticketId');
      // One original (policy 3.3; issue 9, defect 5): once it exists, a print is its duplicate.
      const original = await originalRecord(ctx.db, view.id);
      if (original) return printDuplicate(ctx, original, input.language);
      const settings = ctx.services.settings.current();
      const meta = printing(ctx);
      // Policy 2: the repair is warranted from the day the unit is handed back; a record
      // printed before pickup counts from the day it is printed.
      const handedBack = lastMoveAt(view, 'delivered') ?? meta.printedAt;
      const accepted = view.acceptance?.outcome === 'accepted';
      const snapshot = repairRecordSnapshotOf(view, log, meta, {
        currency: settings.locale.currency,
        labourRatePerHour: settings.policy.labourRatePerHour,
        warranty: repairWarranty(settings.bench.repairWarrantyDays, handedBack, depotTimeZone()),
        acceptance: accepted
          ? await signatureImage(ctx, view.acceptance?.signatureAttachmentId ?? null)
          : null,
      });
      const printed = await printOnTicket(
        ctx,
        {
          kind: 'repairRecord',
          language: input.language,
          ticketId: view.id,
          printedAt: meta.printedAt,
          snapshot,
          action: 'print',
          about: { reportNo: view.reportNo, copies: ['customer', 'company'] },
        },
        // Another desk printed the original while this one rendered: this becomes a duplicate.
        async (trx) => (await originalRecord(trx, view.id)) === null,
      );
      if (printed !== null) return printed;
      const first = await originalRecord(ctx.db, view.id);
      if (!first) throw new Error('The original repair record vanished while printing');
      return printDuplicate(ctx, first, input.language);
    },
  }),

  'documents/repairRecordReprint': repairRecordReprintHandler,

  'documents/quote': defineHandler({
    summary:
      'Prints the quote (報價單) of a not-covered repair: why the customer pays, labour and parts, total, how long the prices hold, and the approval line.',
    access: BENCH_DESK,
    input: z.object({ quoteId: idSchema, language: z.enum(LANGUAGES) }).strict(),
    run: async (ctx, input): Promise<DocumentRef> => {
      const quote = await findQuote(ctx.db, input.quoteId);
      if (!quote) {
        throw refuse('NOT_FOUND', 'bench.quoteNotFound', {
          params: { id: input.quoteId },
          field: 'quoteId',
          message: `quoteId: no quote #${input.quoteId}`,
        });
      }
      const { view, log } = await benchTicketData(ctx, quote.ticketId);
      const settings = ctx.services.settings.current();
      const rate = settings.policy.labourRatePerHour;
      // The quote stores the labour amount, not the rate: show the rate only while it is still
      // the one the amount was priced at.
      const ratePriced = quote.lines.every(
        (l) => l.kind !== 'labour' || Math.round((l.minutes * rate) / 60) === l.amount,
      );
      const validFrom = localDate(new Date(quote.createdAt), depotTimeZone());
      const meta = printing(ctx);
      const snapshot = quoteSnapshotOf(view, log, quote, meta, {
        currency: settings.locale.currency,
        labourRatePerHour: ratePriced ? rate : null,
        validUntil: addDays(validFrom, QUOTE_VALID_DAYS),
        partUnits: await partUnits(ctx.db, quote.lines),
      });
      return mustPrint(
        printOnTicket(ctx, {
          kind: 'quote',
          language: input.language,
          ticketId: view.id,
          printedAt: meta.printedAt,
          snapshot,
          action: 'print',
          about: { reportNo: view.reportNo, quoteId: quote.id, quoteNo: formatQuoteNo(quote.id) },
        }),
      );
    },
  }),

  'documents/factoryForm': defineHandler({
    summary:
      'Prints the return-to-factory form (返廠維修單) of a shipment: model, serial, fault, repair status so far, carrier, tracking number and sent date (no customer data).',
    access: BENCH_DESK,
    input: z.object({ shipmentId: idSchema, language: z.enum(LANGUAGES) }).strict(),
    run: async (ctx, input): Promise<DocumentRef> => {
      const shipment = await findShipment(ctx.db, input.shipmentId);
      if (!shipment) {
        throw refuse('NOT_FOUND', 'documents.shipmentNotFound', {
          params: { id: input.shipmentId },
          field: 'shipmentId',
          message: `shipmentId: no factory shipment #${input.shipmentId}`,
        });
      }
      const { view, log } = await benchTicketData(ctx, shipment.ticketId);
      const meta = printing(ctx);
      const snapshot = factoryFormSnapshotOf(view, log, shipment, meta);
      return mustPrint(
        printOnTicket(ctx, {
          kind: 'factoryForm',
          language: input.language,
          ticketId: view.id,
          printedAt: meta.printedAt,
          snapshot,
          action: 'print',
          about: {
            reportNo: view.reportNo,
            shipmentId: shipment.id,
            formNo: formatFactoryFormNo(shipment.id),
          },
        }),
      );
    },
  }),

  'documents/warrantyVoucher': defineHandler({
    summary:
      'Prints the warranty voucher (保修憑證, A5) at delivery: what was repaired and the warranty on the repair (bench.repairWarrantyDays from the delivery date).',
    access: BENCH_DESK,
    input: printInput,
    run: async (ctx, input): Promise<DocumentRef> => {
      const { view, log } = await benchTicketData(ctx, input.ticketId);
      throwRefusal(voucherRefusal(view), { status: view.status }, 'ticketId');
      const deliveredAt = lastMoveAt(view, 'delivered') ?? '';
      const days = ctx.services.settings.current().bench.repairWarrantyDays;
      const meta = printing(ctx);
      const snapshot = warrantyVoucherSnapshotOf(view, log, meta, {
        deliveredAt,
        warranty: repairWarranty(days, deliveredAt, depotTimeZone()),
        terms: warrantyVoucherTerms(input.language, days),
      });
      return mustPrint(
        printOnTicket(ctx, {
          kind: 'warrantyVoucher',
          language: input.language,
          ticketId: view.id,
          printedAt: meta.printedAt,
          snapshot,
          action: 'print',
          about: { reportNo: view.reportNo, until: snapshot.repairWarranty.until },
        }),
      );
    },
  }),
};
