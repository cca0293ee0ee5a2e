import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../contract/language';
import type { DocumentKind } from './engine';
import { factoryFormDocument } from './templates/factoryForm';
import { quoteDocument } from './templates/quote';
import { receiptDocument } from './templates/receipt';
import { repairRecordDocument } from './templates/repairRecord';
import { requisitionDocument } from './templates/requisition';
import { sampleDocument } from './templates/sample';
import { unitLabelDocument } from './templates/unitLabel';
import { warrantyVoucherDocument } from './templates/warrantyVoucher';
import { periodCostReportDocument } from './templates/periodCostReport';
import { dashboardReportDocument } from './templates/dashboardReport';

// Every printable kind maps to one template: a function of the snapshot and the language only
// (no database, no clock), so an archived snapshot always describes what was printed.
// Async only because barcodes are encoded as PNG by zlib.
export type Template = (snapshot: unknown, language: Language) => Promise<TDocumentDefinitions>;

export const templates: Record<DocumentKind, Template> = {
  sample: sampleDocument,
  receipt: receiptDocument,
  unitLabel: unitLabelDocument,
  requisition: requisitionDocument,
  repairRecord: repairRecordDocument,
  quote: quoteDocument,
  factoryForm: factoryFormDocument,
  warrantyVoucher: warrantyVoucherDocument,
  periodCostReport: periodCostReportDocument,
  dashboardReport: dashboardReportDocument,
};

export function templateFor(kind: string): Template {
  if (!Object.hasOwn(templates, kind)) throw new Error(`Unknown document kind "${kind}"`);
  return templates[kind as DocumentKind];
}
