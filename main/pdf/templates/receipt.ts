import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { Language } from '../../contract/language';
import { code128DataUrl } from '../barcode';
import {
  defaultStyle,
  depotHeader,
  documentInfo,
  formatDate,
  formatDateTime,
  pageFooter,
  styles,
  t,
} from '../layout';
import { accessoryWords, channelWords, offerWords, warrantyWords } from './intakeWords';
import { receiptSnapshot, type ReceiptSnapshot } from './receiptSnapshot';

// The returned-unit receipt (收件單 / 報修回執, policy 3.1; domain.md "Documents the depot
// prints"): what the depot received, in what state, and the first warranty judgement with its
// reasons, acknowledged by the customer's signature. A5 portrait; a usual case fits one page.
// A very long fault flows onto a second page, which the page footer announces ("1 / 2"); the
// warranty box and the terms with the signature never split.

export { receiptSnapshot, type ReceiptSnapshot };

type Words = { en: string; 'zh-TW': string };

const LABEL_WIDTH = 66;
const SIGNATURE_WIDTH = 130;

const receiptStyles = {
  ...styles,
  depotName: { fontSize: 13, bold: true },
  depotNameZh: { fontSize: 12, bold: true },
  title: { fontSize: 13, bold: true, margin: [0, 5, 0, 1] },
  section: { fontSize: 9, bold: true },
  label: { fontSize: 7.5, color: '#555555' },
  small: { fontSize: 7.5 },
  terms: { fontSize: 6.6, color: '#333333', lineHeight: 1.05 },
} satisfies TDocumentDefinitions['styles'];

const NO_LINES = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i: number) => (i === 0 ? 0 : 4),
  paddingRight: () => 2,
  paddingTop: () => 0.5,
  paddingBottom: () => 0.5,
};

/** A heading with a rule under it that spans the page (a one-cell table). */
function heading(title: string): Content {
  return {
    table: { widths: ['*'], body: [[{ text: title, style: 'section' }]] },
    layout: {
      hLineWidth: (i) => (i === 1 ? 0.6 : 0),
      vLineWidth: () => 0,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 1,
    },
    margin: [0, 5, 0, 1],
  };
}

const dash = (value: string | null): string => (value === null || value === '' ? '—' : value);
const label = (text: string): TableCell => ({ text, style: 'label', margin: [0, 1, 0, 0] });

/** Label/value pairs in a borderless table, so long values wrap inside their own column. */
function pairs(
  rows: TableCell[][],
  widths: (number | string)[],
  margin: [number, number, number, number] = [0, 0, 0, 0],
): Content {
  return { table: { widths, body: rows }, layout: NO_LINES, margin };
}

function boxed(content: Content, lineWidth: number): Content {
  return {
    table: { widths: ['*'], body: [[content]], dontBreakRows: true },
    layout: {
      hLineWidth: () => lineWidth,
      vLineWidth: () => lineWidth,
      paddingLeft: () => 6,
      paddingRight: () => 6,
      paddingTop: () => 3,
      paddingBottom: () => 4,
    },
    margin: [0, 6, 0, 0],
  };
}

function warrantyBlock(s: ReceiptSnapshot, language: Language): Content {
  const w = s.warranty;
  const L = (words: Words) => t(language, words);
  // The reasons "in warranty", "expired" and "no invoice" already speak of the period;
  // otherwise it is stated here.
  const statesPeriod = w.reasons.some(
    (r) =>
      r.code === 'in_warranty' ||
      r.code === 'no_invoice' ||
      (r.code === 'expired' && w.expiresOn !== null),
  );
  const period =
    w.expiresOn === null
      ? L({
          en: `Warranty period: ${w.warrantyMonths} months from the purchase invoice date (no invoice date given).`,
          'zh-TW': `保修期限：自購買發票日期起 ${w.warrantyMonths} 個月（未提供購買發票日期）。`,
        })
      : L({
          en: `Warranty period: ${w.warrantyMonths} months from the purchase invoice date, until ${w.expiresOn}.`,
          'zh-TW': `保修期限：自購買發票日期起 ${w.warrantyMonths} 個月，至 ${w.expiresOn} 止。`,
        });
  const noteLabel = L({ en: 'Note: ', 'zh-TW': '說明：' });
  const reasons: Content[] = w.reasons.map((r) => ({
    stack: [
      { text: language === 'en' ? r.en : r.zh },
      ...(r.note ? [{ text: `${noteLabel}${r.note}`, style: 'small', color: '#333333' }] : []),
    ],
  }));
  const stack: Content[] = [
    {
      text: [
        {
          text: `${L({ en: 'Warranty decision at intake', 'zh-TW': '收件保修判定' })}   `,
          style: 'label',
        },
        { text: warrantyWords(w.status, language), bold: true, fontSize: 11 },
      ],
    },
    ...(statesPeriod ? [] : [{ text: period, style: 'small', margin: [0, 1, 0, 0] } as Content]),
    { ul: reasons },
  ];
  if (s.notCovered !== null) {
    const offer =
      s.notCovered.offer === null
        ? L({ en: 'To be agreed with the customer.', 'zh-TW': '待與客戶確認。' })
        : offerWords(s.notCovered.offer, language);
    stack.push(
      pairs(
        [
          [label(L({ en: 'Explained', 'zh-TW': '已向客戶說明' })), dash(s.notCovered.explanation)],
          [label(L({ en: 'Offered', 'zh-TW': '處理方式' })), offer],
        ],
        [LABEL_WIDTH - 6, '*'],
        [0, 3, 0, 0],
      ),
    );
  }
  return boxed({ stack }, 1);
}

/** Policy 2: the emergency promise, with the times computed at intake (empty otherwise). */
function emergencyRows(s: ReceiptSnapshot, language: Language): TableCell[][] {
  if (s.emergency === null) return [];
  const at = (iso: string | null) => (iso === null ? '—' : formatDateTime(iso));
  const { responseDueAt, onSiteDueAt } = s.emergency;
  return [
    [
      { text: t(language, { en: 'EMERGENCY', 'zh-TW': '緊急故障' }), bold: true, fontSize: 8 },
      {
        bold: true,
        text: t(language, {
          en: `Response by ${at(responseDueAt)}; technician on site by ${at(onSiteDueAt)}.`,
          'zh-TW': `應於 ${at(responseDueAt)} 前回應，技術人員應於 ${at(onSiteDueAt)} 前到場。`,
        }),
      },
    ],
  ];
}

/** The terms beside the customer's acknowledgement and signature; the pair never splits. */
function termsAndSignature(s: ReceiptSnapshot, language: Language): Content {
  const L = (words: Words) => t(language, words);
  const signed: Content =
    s.signature === null
      ? { text: '', margin: [0, 0, 0, 32] }
      : { image: s.signature.dataUrl, fit: [SIGNATURE_WIDTH, 30], margin: [0, 1, 0, 1] };
  const signedOn = s.signature === null ? '' : formatDate(s.signature.signedAt);
  return {
    unbreakable: true,
    stack: [
      heading(L({ en: 'Terms', 'zh-TW': '注意事項' })),
      {
        columnGap: 12,
        columns: [
          { width: '*', ol: s.terms, style: 'terms' },
          {
            width: SIGNATURE_WIDTH,
            stack: [
              {
                text: L({
                  en: 'I confirm the unit, accessories and condition above and accept the terms.',
                  'zh-TW': '本人確認上列產品、配件及外觀狀況無誤，並同意注意事項。',
                }),
                fontSize: 7,
              },
              { text: L({ en: 'Customer signature', 'zh-TW': '客戶簽名' }), style: 'label' },
              signed,
              {
                canvas: [
                  { type: 'line', x1: 0, y1: 0, x2: SIGNATURE_WIDTH, y2: 0, lineWidth: 0.6 },
                ],
              },
              {
                text: `${L({ en: 'Date: ', 'zh-TW': '日期：' })}${signedOn}`,
                style: 'small',
                margin: [0, 2, 0, 0],
              },
              {
                text: [
                  { text: `${L({ en: 'Received by', 'zh-TW': '收件人員' })}  `, style: 'label' },
                  s.receivedBy,
                ],
                style: 'small',
                margin: [0, 4, 0, 0],
              },
            ],
          },
        ],
      },
    ],
  };
}

export async function receiptDocument(
  input: unknown,
  language: Language,
): Promise<TDocumentDefinitions> {
  const s = receiptSnapshot.parse(input);
  const L = (words: Words) => t(language, words);
  const title = L({ en: 'Returned-unit receipt', 'zh-TW': '收件單（報修回執）' });
  const station = language === 'en' ? s.station.nameEn : s.station.nameZh;
  const modelName = language === 'en' ? s.unit.modelNameEn : s.unit.modelNameZh;
  const contact = [...s.customer.phones, ...(s.customer.email ? [s.customer.email] : [])];
  const accessories =
    s.accessories.length === 0
      ? L({ en: 'None', 'zh-TW': '無' })
      : s.accessories.map((code) => `■ ${accessoryWords(code, language)}`).join('    ');
  const accessoriesCell: TableCell =
    s.accessoriesNote === ''
      ? accessories
      : {
          text: [
            `${accessories}      `,
            { text: L({ en: 'Other: ', 'zh-TW': '其他：' }), style: 'label' },
            s.accessoriesNote,
          ],
        };
  const condition: TableCell =
    s.photos === 0
      ? dash(s.condition)
      : {
          text: [
            `${dash(s.condition)}      `,
            {
              text: L({
                en: `(${s.photos} photo${s.photos === 1 ? '' : 's'} on file)`,
                'zh-TW': `（存檔照片 ${s.photos} 張）`,
              }),
              style: 'label',
            },
          ],
        };
  const four = [LABEL_WIDTH, '*', LABEL_WIDTH - 14, '*'];

  return {
    pageSize: 'A5',
    pageMargins: [26, 20, 26, 28],
    language,
    info: documentInfo(`${title} ${s.reportNo}`, s.printedAt),
    defaultStyle: { ...defaultStyle, fontSize: 8.5, lineHeight: 1.1 },
    styles: receiptStyles,
    footer: pageFooter(language),
    // A continuation page (a very long case) says which receipt it belongs to.
    header: (currentPage: number) =>
      currentPage === 1
        ? null
        : {
            text: `${title}  ${s.reportNo}  ${L({ en: '(continued)', 'zh-TW': '（續）' })}`,
            style: 'label',
            margin: [26, 8, 26, 0],
          },
    content: [
      depotHeader(s.header),
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: title, style: 'title' },
              {
                text: [
                  { text: `${L({ en: 'Report no.', 'zh-TW': '報修單號' })}  `, style: 'label' },
                  { text: s.reportNo, fontSize: 12, bold: true },
                ],
              },
            ],
          },
          {
            width: 150,
            margin: [0, 6, 0, 0],
            stack: [
              { image: await code128DataUrl(s.reportNo, { heightMm: 7 }), fit: [150, 27] },
              { text: s.reportNo, alignment: 'center', fontSize: 7 },
            ],
          },
        ],
      },
      heading(L({ en: 'Customer and product', 'zh-TW': '客戶及產品資料' })),
      pairs(
        [
          [
            label(L({ en: 'Reported at', 'zh-TW': '報修時間' })),
            formatDateTime(s.reportedAt),
            label(L({ en: 'Channel', 'zh-TW': '報修方式' })),
            channelWords(s.channel, language),
          ],
          [
            label(L({ en: 'Customer', 'zh-TW': '客戶' })),
            {
              colSpan: 3,
              text: [{ text: s.customer.name, bold: true }, `      ${contact.join('    ')}`],
            },
            '',
            '',
          ],
          [
            label(L({ en: 'Model', 'zh-TW': '產品型號' })),
            `${s.unit.modelCode}  ${modelName}`,
            label(L({ en: 'Serial no.', 'zh-TW': '序號' })),
            { text: s.unit.serial, bold: true },
          ],
          [
            label(L({ en: 'Invoice date', 'zh-TW': '購買發票日期' })),
            dash(s.unit.invoiceDate),
            label(L({ en: 'Invoice no.', 'zh-TW': '發票號碼' })),
            dash(s.unit.invoiceNo),
          ],
          [
            label(L({ en: 'Seller', 'zh-TW': '購買商店' })),
            dash(s.unit.seller),
            label(L({ en: 'Station', 'zh-TW': '維修站點' })),
            station,
          ],
        ],
        four,
      ),
      heading(L({ en: 'As received', 'zh-TW': '收件狀況' })),
      pairs(
        [
          [label(L({ en: 'Fault as reported', 'zh-TW': '故障描述' })), s.fault],
          [label(L({ en: 'Accessories', 'zh-TW': '隨機配件' })), accessoriesCell],
          [label(L({ en: 'Condition', 'zh-TW': '外觀狀況' })), condition],
          ...emergencyRows(s, language),
        ],
        [LABEL_WIDTH, '*'],
      ),
      warrantyBlock(s, language),
      termsAndSignature(s, language),
    ],
  };
}
