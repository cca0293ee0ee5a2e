import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Language } from '../../contract/language';
import { formatDate, formatDateTime, t } from '../layout';
import { offerWords, warrantyWords } from './intakeWords';
import type { ReceiptSnapshot } from './receiptSnapshot';

// The building blocks of the returned-unit receipt (receipt.ts lays them out on the page).

type Words = { en: string; 'zh-TW': string };

export const LABEL_WIDTH = 66;
const SIGNATURE_WIDTH = 130;

const NO_LINES = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i: number) => (i === 0 ? 0 : 4),
  paddingRight: () => 2,
  paddingTop: () => 0.5,
  paddingBottom: () => 0.5,
};

/** A heading with a rule under it that spans the page (a one-cell table). */
export function heading(title: string): Content {
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

export const dash = (value: string | null): string =>
  value === null || value === '' ? '—' : value;
export const label = (text: string): TableCell => ({ text, style: 'label', margin: [0, 1, 0, 0] });

/** Label/value pairs in a borderless table, so long values wrap inside their own column. */
export function pairs(
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

export function warrantyBlock(s: ReceiptSnapshot, language: Language): Content {
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
export function emergencyRows(s: ReceiptSnapshot, language: Language): TableCell[][] {
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
export function termsAndSignature(s: ReceiptSnapshot, language: Language): Content {
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
