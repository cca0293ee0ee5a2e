import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { z } from 'zod';
import type { Language } from '../../contract/language';
import { code128DataUrl } from '../barcode';
import { defaultStyle, documentInfo, formatDate, t } from '../layout';
import { ellipsize, shrinkToFit } from '../textFit';

// The unit label (issue 3, item 9): stuck on the returned unit so the bench and the shelf can
// scan it back to its ticket. A 62 mm x 40 mm label (a common die-cut roll for label printers)
// has no second page, so every line is cut to the label's width instead of wrapping.

export const unitLabelSnapshot = z.object({
  printedAt: z.string(),
  reportNo: z.string().min(1),
  reportedAt: z.string(),
  modelCode: z.string(),
  modelNameEn: z.string(),
  modelNameZh: z.string(),
  serial: z.string(),
  /** The customer's surname (or the company's name), as the shelf knows the unit. */
  customer: z.string(),
  emergency: z.boolean(),
});
export type UnitLabelSnapshot = z.infer<typeof unitLabelSnapshot>;

const MM = 72 / 25.4;
export const LABEL_SIZE = { width: 62 * MM, height: 40 * MM };
const MARGIN_X = 7;
const WIDTH = LABEL_SIZE.width - 2 * MARGIN_X;
const SMALL = 7;

export async function unitLabelDocument(
  input: unknown,
  language: Language,
): Promise<TDocumentDefinitions> {
  const s = unitLabelSnapshot.parse(input);
  const modelName = language === 'en' ? s.modelNameEn : s.modelNameZh;
  const serialLabel = t(language, { en: 'S/N', 'zh-TW': '序號' });
  const urgent = s.emergency ? t(language, { en: 'EMERGENCY', 'zh-TW': '緊急' }) : '';
  const date = formatDate(s.reportedAt);
  // The bottom line shares its width between the customer (left) and the date (right).
  const dateWidth = 46;

  const content: Content[] = [
    {
      image: await code128DataUrl(s.reportNo, { heightMm: 11 }),
      fit: [WIDTH, 46],
      alignment: 'center',
    },
    {
      columns: [
        { width: '*', text: s.reportNo, bold: true, fontSize: 11 },
        urgent === ''
          ? { width: 'auto', text: '' }
          : {
              // White on black, so an emergency unit stands out on the shelf.
              width: 'auto',
              table: { body: [[{ text: urgent, bold: true, fontSize: 8, color: '#ffffff' }]] },
              layout: {
                fillColor: () => '#000000',
                hLineWidth: () => 0,
                vLineWidth: () => 0,
                paddingLeft: () => 3,
                paddingRight: () => 3,
                paddingTop: () => 0,
                paddingBottom: () => 0,
              },
              margin: [0, 1.5, 0, 0],
            },
      ],
      margin: [0, 2, 0, 1],
    },
    { text: ellipsize(`${s.modelCode} ${modelName}`, SMALL + 0.5, WIDTH), fontSize: SMALL + 0.5 },
    // A serial is read off the label at the bench: it shrinks before it is cut.
    { ...shrinkToFit(`${serialLabel} ${s.serial}`, SMALL + 1, 5.5, WIDTH), bold: true },
    {
      columns: [
        {
          width: '*',
          text: ellipsize(s.customer, 10, WIDTH - dateWidth - 4),
          bold: true,
          fontSize: 10,
        },
        { width: dateWidth, text: date, fontSize: SMALL, alignment: 'right', margin: [0, 3, 0, 0] },
      ],
    },
  ];

  return {
    pageSize: LABEL_SIZE,
    pageMargins: [MARGIN_X, 5, MARGIN_X, 3],
    language,
    info: documentInfo(`${s.reportNo} label`, s.printedAt),
    defaultStyle: { ...defaultStyle, fontSize: SMALL, lineHeight: 1.05 },
    content,
  };
}
