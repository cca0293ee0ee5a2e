import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { Language } from '../../contract/language';
import { code128DataUrl } from '../barcode';
import { depotHeader, formatDate, formatDateTime, t } from '../layout';
import {
  a4Form,
  bilingualName,
  bullets,
  dash,
  heading,
  label,
  minutesText,
  money,
  pairs,
  signatureLine,
  table,
  titleBlock,
  type Words,
} from './benchParts';
import { warrantyWords } from './intakeWords';
import { quoteSnapshot, type QuoteLine, type QuoteSnapshot } from './quoteSnapshot';
import { GLOSSARY, asLabel } from '../../rules/glossary';

// The quote (報價單, policy 3.2 and 3.5): a repair the warranty does not cover is billed to the
// customer, and nothing beyond diagnosis is done until the customer approves the quote. It
// says why the customer pays, what for (labour and parts), the total, how long the price
// holds, and has the line where the customer approves or declines. A4 portrait.

export { quoteSnapshot, type QuoteSnapshot };

function lineCells(line: QuoteLine, index: number, s: QuoteSnapshot, language: Language) {
  const labour = line.kind === 'labour';
  const name = bilingualName(line, language);
  const item: TableCell = labour
    ? language === 'en'
      ? line.nameEn
      : line.nameZh
    : { text: [{ text: `${line.partNo ?? ''}  `, bold: true }, ...name.text] };
  return [
    String(index + 1),
    item,
    labour ? minutesText(line.quantity, language) : `${line.quantity} ${line.unit}`,
    {
      text:
        line.unitPrice === null
          ? '—'
          : labour
            ? `${money(line.unitPrice, s.currency)} / ${t(language, { en: 'h', 'zh-TW': '小時' })}`
            : money(line.unitPrice, s.currency),
      alignment: 'right',
    },
    { text: money(line.amount, s.currency), alignment: 'right' },
  ] satisfies TableCell[];
}

function totals(s: QuoteSnapshot, language: Language): Content {
  const L = (words: Words) => t(language, words);
  const tax = s.total - s.labourCost - s.partsCost;
  const row = (words: Words, minor: number, bold = false): TableCell[] => [
    { text: L(words), bold },
    { text: money(minor, s.currency), alignment: 'right', bold, fontSize: bold ? 11 : undefined },
  ];
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 260,
        table: {
          widths: ['*', 110],
          body: [
            row({ en: 'Labour', 'zh-TW': '工時費用' }, s.labourCost),
            row({ en: 'Parts', 'zh-TW': '零件費用' }, s.partsCost),
            // Issue 10, item 1: a quote priced by the price rules carries tax on the whole; the
            // stored total includes it, so the rows always add up to the total.
            ...(tax > 0 ? [row({ en: 'Tax', 'zh-TW': '稅額' }, tax)] : []),
            row({ en: 'Total', 'zh-TW': '報價合計' }, s.total, true),
          ],
        },
        layout: 'lightHorizontalLines',
      },
    ],
  };
}

function answer(s: QuoteSnapshot, language: Language): Content {
  const L = (words: Words) => t(language, words);
  const box = (ticked: boolean) => (ticked ? '■' : '□');
  const decided = s.decision;
  return {
    unbreakable: true,
    stack: [
      heading(L({ en: 'Customer approval', 'zh-TW': '客戶確認' })),
      {
        margin: [0, 2, 0, 0],
        stack: [
          `${box(decided?.status === 'approved')} ${L({
            en: 'I approve the repair at the quoted price.',
            'zh-TW': '本人同意依上列報價進行維修。',
          })}`,
          `${box(decided?.status === 'declined')} ${L({
            en: 'I decline the quote; please return the unit unrepaired.',
            'zh-TW': '本人不同意報價，請將產品不維修退回。',
          })}`,
        ],
      },
      ...(decided === null
        ? []
        : [
            {
              text: L({
                en: `Recorded ${formatDateTime(decided.at)} by ${decided.by}${decided.note ? `: ${decided.note}` : ''}`,
                'zh-TW': `${formatDateTime(decided.at)} 由 ${decided.by} 登錄${decided.note ? `：${decided.note}` : ''}`,
              }),
              style: 'label',
              margin: [0, 2, 0, 0],
            } as Content,
          ]),
      {
        margin: [0, 10, 0, 0],
        columnGap: 40,
        columns: [
          signatureLine(L({ en: 'Customer signature', 'zh-TW': '客戶簽名' }), {
            image: null,
            name: s.customer.name,
            date: decided === null ? null : formatDate(decided.at),
          }),
          signatureLine(L({ en: 'Quoted by', 'zh-TW': '報價人' }), {
            image: null,
            name: s.quotedBy,
            date: formatDate(s.quotedAt),
          }),
        ],
      },
    ],
  };
}

export async function quoteDocument(
  input: unknown,
  language: Language,
): Promise<TDocumentDefinitions> {
  const s = quoteSnapshot.parse(input);
  const L = (words: Words) => t(language, words);
  const title = L({ en: 'Repair quote', 'zh-TW': '報價單' });
  const model = language === 'en' ? s.unit.modelNameEn : s.unit.modelNameZh;
  return {
    ...a4Form({
      title,
      number: s.quoteNo,
      reportNo: s.reportNo,
      printedAt: s.printedAt,
      printedBy: s.printedBy,
      language,
    }),
    content: [
      depotHeader(s.header),
      titleBlock(
        title,
        { label: L({ en: 'Quote no.', 'zh-TW': '報價單號' }), value: s.quoteNo },
        { image: await code128DataUrl(s.reportNo, { heightMm: 8 }), text: s.reportNo },
        [
          {
            text: [
              { text: `${L(asLabel(GLOSSARY.reportNo))}  `, style: 'label' },
              { text: s.reportNo, bold: true },
            ],
          },
        ],
      ),
      heading(L({ en: 'Customer and product', 'zh-TW': '客戶及產品資料' })),
      pairs(
        [
          [
            label(L({ en: 'Customer', 'zh-TW': '客戶' })),
            { text: [{ text: s.customer.name, bold: true }, `   ${s.customer.phones.join('  ')}`] },
            label(L({ en: 'Quoted', 'zh-TW': '報價時間' })),
            formatDateTime(s.quotedAt),
          ],
          [
            label(L({ en: 'Model', 'zh-TW': '產品型號' })),
            `${s.unit.modelCode}  ${model}`,
            label(L({ en: 'Serial no.', 'zh-TW': '序號' })),
            { text: s.unit.serial, bold: true },
          ],
        ],
        [62, '*', 62, '*'],
      ),
      heading(L({ en: 'Fault as reported', 'zh-TW': '故障描述' })),
      { text: dash(s.reportedFault) },
      heading(L({ en: 'Diagnosis', 'zh-TW': '檢測診斷' })),
      bullets(s.diagnosis),
      heading(L({ en: 'Why this repair is charged', 'zh-TW': '收費原因' })),
      { text: warrantyWords(s.warranty.status, language), bold: true },
      ...(s.warranty.reasons.length === 0
        ? []
        : [{ ul: s.warranty.reasons.map((r) => (language === 'en' ? r.en : r.zh)) }]),
      heading(L({ en: 'Quoted work', 'zh-TW': '報價明細' })),
      table(
        [
          '#',
          L({ en: 'Item', 'zh-TW': '項目' }),
          L({ en: 'Qty', 'zh-TW': '數量' }),
          L({ en: 'Unit price', 'zh-TW': '單價' }),
          L({ en: 'Amount', 'zh-TW': '金額' }),
        ],
        s.lines.map((line, i) => lineCells(line, i, s, language)),
        [16, '*', 66, 100, 90],
      ),
      totals(s, language),
      {
        margin: [0, 8, 0, 0],
        ul: [
          L({
            en: `Prices hold until ${s.validUntil}.`,
            'zh-TW': `本報價有效期限至 ${s.validUntil} 止。`,
          }),
          L({
            en: 'Nothing beyond the diagnosis is repaired until you approve this quote (policy 3.2).',
            'zh-TW': '經客戶同意報價前，除檢測外不進行任何維修。',
          }),
          L({
            en: 'A further fault found during the repair is quoted again before it is repaired.',
            'zh-TW': '維修中如發現其他故障，將另行報價並經同意後始維修。',
          }),
          ...(s.note ? [s.note] : []),
        ],
        style: 'small',
      },
      answer(s, language),
    ],
  };
}
