import { minorDigits } from '../../rules/money';
import type {
  Column,
  Content,
  StyleDictionary,
  TDocumentDefinitions,
  TableCell,
} from 'pdfmake/interfaces';
import type { Language } from '../../contract/language';
import { defaultStyle, documentInfo, formatDateTime, styles, t } from '../layout';
import type { CodeWords, FaultLine, PartUsed } from './benchSchemas';
import { dash, heading, label, pairs } from './receiptParts';

// The building blocks the bench's printouts share: the title with its scannable report number,
// fault codes, parts, money, and signature lines.

export type Words = { en: string; 'zh-TW': string };

export { dash, heading, label, pairs };

export const benchStyles: StyleDictionary = {
  ...styles,
  title: { fontSize: 15, bold: true, margin: [0, 4, 0, 0] },
  section: { fontSize: 10, bold: true },
  label: { fontSize: 8, color: '#555555' },
  small: { fontSize: 8 },
  tableHeader: { fontSize: 8.5, bold: true, fillColor: '#eeeeee' },
  total: { fontSize: 11, bold: true },
};

/** Integer minor units printed in currency units: 123450 TWD → "TWD 1,234.50". */
export function money(minor: number, currency: string): string {
  return `${currency} ${amount(minor, currency)}`;
}

/** The figure alone, for a table whose heading names the currency. */
export function amount(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return (minor / 10 ** digits).toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export function codeText(words: CodeWords | null, language: Language): string {
  if (words === null) return '—';
  return language === 'en' ? words.en : words.zh;
}

/** A name in the document's language, the other language's beside it in grey. */
export function bilingualName(
  item: { nameEn: string; nameZh: string },
  language: Language,
): { text: [string, { text: string; style: string }] } {
  const [name, other] = language === 'en' ? [item.nameEn, item.nameZh] : [item.nameZh, item.nameEn];
  return { text: [name, { text: `  ${other}`, style: 'label' }] };
}

/**
 * A bulleted list, or a dash when there is nothing. pdfmake rewrites a list's items in place,
 * so each use gets its own array (the repair record lays the same snapshot out twice).
 */
export function bullets(lines: readonly string[]): Content {
  return lines.length === 0 ? { text: '—' } : { ul: [...lines] };
}

export function minutesText(minutes: number, language: Language): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts =
    language === 'en'
      ? [h > 0 ? `${h} h` : '', m > 0 || h === 0 ? `${m} min` : '']
      : [h > 0 ? `${h} 小時` : '', m > 0 || h === 0 ? `${m} 分鐘` : ''];
  return parts.filter((p) => p !== '').join(' ');
}

/** The document's title and number beside the Code 128 barcode of the report number. */
export function titleBlock(
  title: string,
  number: { label: string; value: string },
  barcode: { image: string; text: string },
  extra: Content[] = [],
): Content {
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: title, style: 'title' },
          {
            text: [
              { text: `${number.label}  `, style: 'label' },
              { text: number.value, fontSize: 13, bold: true },
            ],
          },
          ...extra,
        ],
      },
      {
        width: 160,
        margin: [0, 6, 0, 0],
        stack: [
          { image: barcode.image, fit: [160, 30] },
          { text: barcode.text, alignment: 'center', fontSize: 7.5 },
        ],
      },
    ],
  };
}

/** Rules under the header row and between rows, tight enough for a record to fit its page. */
const LIST_LAYOUT = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
    i === 0 || i === node.table.body.length ? 0 : i === 1 ? 1 : 0.5,
  vLineWidth: () => 0,
  hLineColor: (i: number) => (i === 1 ? '#000000' : '#aaaaaa'),
  paddingLeft: (i: number) => (i === 0 ? 0 : 6),
  paddingRight: () => 2,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

export function table(header: string[], body: TableCell[][], widths: (string | number)[]): Content {
  return {
    table: {
      headerRows: 1,
      widths,
      body: [header.map((text) => ({ text, style: 'tableHeader' })), ...body],
    },
    layout: LIST_LAYOUT,
    margin: [0, 2, 0, 2],
  };
}

/** Policy 3.3 / 6: each fault as symptom, cause and measure codes, so faults can be counted. */
export function faultsTable(faults: FaultLine[], language: Language): Content {
  const L = (words: Words) => t(language, words);
  if (faults.length === 0) {
    return {
      text: L({ en: 'No fault codes recorded.', 'zh-TW': '未登錄故障代碼。' }),
      style: 'label',
    };
  }
  return table(
    [
      L({ en: 'Symptom', 'zh-TW': '故障現象' }),
      L({ en: 'Cause', 'zh-TW': '故障原因' }),
      L({ en: 'Measure', 'zh-TW': '處理措施' }),
      L({ en: 'Note', 'zh-TW': '備註' }),
    ],
    faults.map((f) => [
      codeText(f.symptom, language),
      codeText(f.cause, language),
      codeText(f.measure, language),
      dash(f.note),
    ]),
    ['*', '*', '*', '*'],
  );
}

type PartQty = Pick<PartUsed, 'partNo' | 'nameEn' | 'nameZh' | 'unit' | 'quantity'>;

const NO_PARTS: Words = { en: 'No parts replaced.', 'zh-TW': '未更換零件。' };

/** Parts replaced, by part number and quantity. */
export function partsTable(parts: PartQty[], language: Language): Content {
  const L = (words: Words) => t(language, words);
  if (parts.length === 0) return { text: L(NO_PARTS), style: 'label' };
  return table(
    [
      L({ en: 'Part no.', 'zh-TW': '料號' }),
      L({ en: 'Name', 'zh-TW': '品名' }),
      L({ en: 'Qty', 'zh-TW': '數量' }),
    ],
    parts.map((p) => [
      { text: p.partNo, bold: true },
      bilingualName(p, language),
      `${p.quantity} ${p.unit}`,
    ]),
    [90, '*', 60],
  );
}

/** Parts replaced with their cost, where the document states what the repair cost. */
export function pricedPartsTable(parts: PartUsed[], language: Language, currency: string): Content {
  const L = (words: Words) => t(language, words);
  if (parts.length === 0) return { text: L(NO_PARTS), style: 'label' };
  return table(
    [
      L({ en: 'Part no.', 'zh-TW': '料號' }),
      L({ en: 'Name', 'zh-TW': '品名' }),
      L({ en: 'Qty', 'zh-TW': '數量' }),
      L({ en: 'Unit cost', 'zh-TW': '單價' }),
      L({ en: 'Amount', 'zh-TW': '金額' }),
    ],
    parts.map((p) => [
      { text: p.partNo, bold: true },
      bilingualName(p, language),
      `${p.quantity} ${p.unit}`,
      { text: money(p.unitCost, currency), alignment: 'right' },
      { text: money(p.cost, currency), alignment: 'right' },
    ]),
    [80, '*', 50, 75, 80],
  );
}

const SIGNATURE_HEIGHT = 32;

/** A signature line: the captured image above it when there is one, the name and date under it. */
export function signatureLine(
  who: string,
  signed: { image: string | null; name: string; date: string | null },
  width = 200,
): Column {
  return {
    width,
    stack: [
      { text: who, style: 'label' },
      {
        // A fixed-height row, so a signed line and a blank one sit at the same height.
        table: {
          widths: [width],
          heights: [SIGNATURE_HEIGHT],
          body: [
            [
              signed.image === null
                ? ''
                : { image: signed.image, fit: [width, SIGNATURE_HEIGHT - 2] },
            ],
          ],
        },
        layout: {
          hLineWidth: (i: number) => (i === 1 ? 0.6 : 0),
          vLineWidth: () => 0,
          paddingLeft: () => 0,
          paddingRight: () => 0,
          paddingTop: () => 0,
          paddingBottom: () => 0,
        },
      },
      {
        columns: [
          { text: signed.name, style: 'small', width: '*' },
          { text: signed.date ?? '', style: 'small', width: 'auto' },
        ],
        margin: [0, 2, 0, 0],
      },
    ],
  };
}

/** "90 days, 2026-11-27 to 2027-02-25": the warranty on the repair itself. */
export function repairWarrantyText(
  w: { days: number; from: string; until: string },
  language: Language,
): string {
  return t(language, {
    en: `${w.days} days from ${w.from}, until ${w.until}`,
    'zh-TW': `自 ${w.from} 起 ${w.days} 天，至 ${w.until} 止`,
  });
}

/**
 * Page numbers on every page (a customer must be able to tell whether a page is missing),
 * with when and by whom the document was printed.
 */
export function printedFooter(
  printedAt: string,
  printedBy: string,
  language: Language,
  marginX: number,
): TDocumentDefinitions['footer'] {
  const printed = t(language, {
    en: `Printed ${formatDateTime(printedAt)} by ${printedBy}`,
    'zh-TW': `列印：${formatDateTime(printedAt)}  ${printedBy}`,
  });
  return (currentPage: number, pageCount: number) => ({
    columns: [
      { text: printed, width: '*' },
      {
        text: t(language, {
          en: `Page ${currentPage} / ${pageCount}`,
          'zh-TW': `第 ${currentPage} / ${pageCount} 頁`,
        }),
        width: 'auto',
      },
    ],
    style: 'footer',
    margin: [marginX, 12, marginX, 0],
  });
}

/**
 * The A4 page every bench form shares (quote, return-to-factory form): margins, metadata, styles,
 * the printed-by footer, and from page 2 a header naming the form and its ticket.
 */
export function a4Form(f: {
  title: string;
  number: string;
  reportNo: string;
  printedAt: string;
  printedBy: string;
  language: Language;
}): Omit<TDocumentDefinitions, 'content'> {
  return {
    pageSize: 'A4',
    pageMargins: [40, 32, 40, 40],
    language: f.language,
    info: documentInfo(`${f.title} ${f.number}`, f.printedAt),
    defaultStyle: { ...defaultStyle, fontSize: 9.5 },
    styles: benchStyles,
    footer: printedFooter(f.printedAt, f.printedBy, f.language, 40),
    header: (page: number) =>
      page === 1
        ? null
        : {
            text: `${f.title}  ${f.number}  ${f.reportNo}`,
            style: 'label',
            margin: [40, 14, 40, 0],
          },
  };
}
