import type { TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { Language } from '../../contract/language';
import { code128DataUrl } from '../barcode';
import {
  defaultStyle,
  depotHeader,
  documentInfo,
  formatDateTime,
  pageFooter,
  styles,
  t,
} from '../layout';
import { accessoryWords, channelWords } from './intakeWords';
import {
  dash,
  emergencyRows,
  heading,
  label,
  LABEL_WIDTH,
  pairs,
  termsAndSignature,
  warrantyBlock,
} from './receiptParts';
import { receiptSnapshot, type ReceiptSnapshot } from './receiptSnapshot';
import { GLOSSARY, asLabel } from '../../rules/glossary';

// The returned-unit receipt (收件單 / 報修回執, policy 3.1; domain.md "Documents the depot
// prints"): what the depot received, in what state, and the first warranty judgement with its
// reasons, acknowledged by the customer's signature. A5 portrait; a usual case fits one page.
// A very long case flows onto a second page, which the page footer announces ("1 / 2") and a
// page header ties to its report number; the warranty box and the terms with the signature
// never split.

export { receiptSnapshot, type ReceiptSnapshot };

type Words = { en: string; 'zh-TW': string };

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
                  { text: `${L(asLabel(GLOSSARY.reportNo))}  `, style: 'label' },
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
