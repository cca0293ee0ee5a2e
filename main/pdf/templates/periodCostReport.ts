import type { Column, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { Language } from '../../contract/language';
import {
  defaultStyle,
  depotHeader,
  documentInfo,
  formatDateTime,
  pageFooter,
  styles,
  t,
} from '../layout';
import { amount, money } from './benchParts';
import {
  periodCostReportSnapshot,
  type PeriodCostReportSnapshot,
} from './periodCostReportSnapshot';

// The period cost report as finance signs it (policy 3.5, 定期與維修站點核對): per repair station
// and product type, the tickets handed back in the period, their labour and parts at cost and
// who bore them, the totals (the sum of the lines), and a signature block for finance and the
// station. A4 landscape; the table flows onto more pages with its header repeated.

export { periodCostReportSnapshot, type PeriodCostReportSnapshot };

type Words = { en: string; 'zh-TW': string };

export async function periodCostReportDocument(
  input: unknown,
  language: Language,
): Promise<TDocumentDefinitions> {
  const s = periodCostReportSnapshot.parse(input);
  const L = (words: Words) => t(language, words);
  const title = L({ en: 'Period cost report', 'zh-TW': '保修費用期間報表' });
  const name = (n: { code: string; nameEn: string; nameZh: string }) =>
    `${n.code}  ${language === 'en' ? n.nameEn : n.nameZh}`;
  // A report printed before prices had no billed and paid columns: a reprint shows it as it was.
  const billing = s.totals.billed !== undefined;
  const cell = (text: string, bold: boolean): TableCell => ({ text, alignment: 'right', bold });
  const figures = (f: PeriodCostReportSnapshot['totals'], bold = false): TableCell[] => [
    cell(String(f.tickets), bold),
    cell(String(f.labourMinutes), bold),
    ...[f.labourCost, f.partsCost, f.companyBorne, f.customerBorne].map((minor) =>
      cell(amount(minor, s.currency), bold),
    ),
    ...(billing ? [f.billed ?? 0, f.paid ?? 0] : []).map((minor) =>
      cell(amount(minor, s.currency), bold),
    ),
  ];
  const header = [
    L({ en: 'Repair station', 'zh-TW': '維修站點' }),
    L({ en: 'Product type', 'zh-TW': '產品類別' }),
    L({ en: 'Tickets', 'zh-TW': '單數' }),
    L({ en: 'Labour min', 'zh-TW': '工時（分）' }),
    ...[
      L({ en: 'Labour cost', 'zh-TW': '工時費用' }),
      L({ en: 'Parts cost', 'zh-TW': '零件成本' }),
      L({ en: 'Company-borne', 'zh-TW': '公司承擔' }),
      L({ en: 'Customer-borne', 'zh-TW': '客戶承擔' }),
      ...(billing
        ? [L({ en: 'Billed', 'zh-TW': '應收' }), L({ en: 'Paid', 'zh-TW': '已收' })]
        : []),
    ].map((words) => `${words} (${s.currency})`),
  ].map((text, i): TableCell => ({
    text,
    style: 'tableHeader',
    alignment: i < 2 ? 'left' : 'right',
  }));
  const totalRow: TableCell[] = [
    { text: L({ en: 'Total', 'zh-TW': '合計' }), bold: true, colSpan: 2 },
    '',
    ...figures(s.totals, true),
  ];
  const sign = (words: Words): Column => ({
    stack: [
      { text: L(words), style: 'label' },
      { text: '\n______________________________', margin: [0, 6, 0, 0] },
      { text: L({ en: 'Date', 'zh-TW': '日期' }) + '  ______________', style: 'label' },
    ],
  });

  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 32, 40, 40],
    language,
    info: documentInfo(`${title} ${s.from}–${s.to}`, s.printedAt),
    defaultStyle: { ...defaultStyle, fontSize: 9.5 },
    styles: { ...styles, title: { fontSize: 15, bold: true, margin: [0, 10, 0, 4] } },
    footer: pageFooter(language),
    header: (page: number) =>
      page === 1
        ? null
        : { text: `${title}  ${s.from} – ${s.to}`, style: 'label', margin: [40, 14, 40, 0] },
    content: [
      depotHeader(s.header),
      { text: title, style: 'title' },
      {
        text: [
          { text: `${L({ en: 'Period', 'zh-TW': '期間' })}  `, style: 'label' },
          { text: `${s.from} – ${s.to}`, bold: true },
          {
            text: `   (${L({ en: 'tickets handed back on these days', 'zh-TW': '於期間內完成交還之報修單' })}, ${s.timeZone})`,
            style: 'label',
          },
        ],
      },
      {
        margin: [0, 2, 0, 8],
        text: [
          { text: `${L({ en: 'Labour rate now', 'zh-TW': '現行工時費率' })}  `, style: 'label' },
          `${money(s.labourRatePerHour, s.currency)} / ${L({ en: 'hour', 'zh-TW': '小時' })}   `,
          {
            text: L({
              en: 'Each ticket as costed and billed at hand-over. Parts at issue cost, less returns. Company-borne: covered by warranty. Billed: selling prices and tax.',
              'zh-TW':
                '每張報修單依交還時之成本與帳單計。零件以發料成本計，扣除退料。公司承擔：保固內。應收：售價含稅。',
            }),
            style: 'label',
          },
        ],
      },
      {
        table: {
          headerRows: 1,
          widths: billing
            ? ['*', '*', 40, 42, 62, 62, 62, 62, 62, 62]
            : ['*', '*', 40, 55, 85, 85, 85, 85],
          body: [
            header,
            ...s.lines.map((l) => [name(l.station), name(l.productType), ...figures(l)]),
            totalRow,
          ],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 2, 0, 10],
      },
      {
        // The signatures and who printed it stay together: never a page with only the last line.
        unbreakable: true,
        stack: [
          {
            columns: [
              sign({ en: 'Prepared by', 'zh-TW': '製表' }),
              sign({ en: 'Finance', 'zh-TW': '財務核對' }),
              sign({ en: 'Repair station', 'zh-TW': '維修站點確認' }),
            ],
          },
          {
            margin: [0, 6, 0, 0],
            style: 'label',
            text: `${L({ en: 'Printed', 'zh-TW': '列印' })} ${formatDateTime(s.printedAt)}  ${s.printedBy}`,
          },
        ],
      },
    ],
  };
}
