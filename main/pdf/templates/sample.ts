import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { z } from 'zod';
import type { Language } from '../../contract/language';
import { code128DataUrl } from '../barcode';
import {
  defaultStyle,
  depotHeader,
  documentInfo,
  formatDateTime,
  headerSchema,
  pageFooter,
  styles,
  t,
} from '../layout';

// The sample document proves the printing path later documents rely on: Chinese text in the
// bundled font, a table, a scannable reference and the depot header, all from the snapshot.

export const sampleSnapshot = z.object({
  header: headerSchema,
  printedAt: z.string(),
  printedBy: z.string(),
  reference: z.string().min(1),
  rows: z.array(z.object({ customer: z.string(), model: z.string(), fault: z.string() })),
});
export type SampleSnapshot = z.infer<typeof sampleSnapshot>;

export async function sampleDocument(
  input: unknown,
  language: Language,
): Promise<TDocumentDefinitions> {
  const snapshot = sampleSnapshot.parse(input);
  const title = 'Sample document / 範例文件';
  const headerRow = [
    t(language, { en: 'Customer', 'zh-TW': '客戶' }),
    t(language, { en: 'Model', 'zh-TW': '型號' }),
    t(language, { en: 'Fault', 'zh-TW': '故障描述' }),
  ].map((text) => ({ text, style: 'tableHeader' }));

  return {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    language,
    info: documentInfo(title, snapshot.printedAt),
    defaultStyle,
    styles,
    footer: pageFooter(language),
    content: [
      depotHeader(snapshot.header),
      { text: title, style: 'title' },
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: t(language, { en: 'Printed at', 'zh-TW': '列印時間' }), style: 'label' },
              { text: formatDateTime(snapshot.printedAt), margin: [0, 0, 0, 4] },
              { text: t(language, { en: 'Printed by', 'zh-TW': '列印人員' }), style: 'label' },
              { text: snapshot.printedBy },
            ],
          },
          {
            width: 'auto',
            stack: [
              { image: await code128DataUrl(snapshot.reference), width: 170, alignment: 'right' },
              { text: snapshot.reference, alignment: 'right', fontSize: 9, margin: [0, 2, 0, 0] },
            ],
          },
        ],
        margin: [0, 0, 0, 14],
      },
      {
        table: {
          headerRows: 1,
          widths: ['auto', 'auto', '*'],
          body: [headerRow, ...snapshot.rows.map((r) => [r.customer, r.model, r.fault])],
        },
        layout: 'lightHorizontalLines',
      },
    ],
  };
}
