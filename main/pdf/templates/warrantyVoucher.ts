import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../../contract/language';
import { code128DataUrl } from '../barcode';
import { defaultStyle, depotHeader, documentInfo, formatDate, formatDateTime, t } from '../layout';
import {
  benchStyles,
  bullets,
  codeText,
  heading,
  label,
  pairs,
  printedFooter,
  partsTable,
  repairWarrantyText,
  signatureLine,
  titleBlock,
  type Words,
} from './benchParts';
import { warrantyVoucherSnapshot, type WarrantyVoucherSnapshot } from './warrantyVoucherSnapshot';
import { GLOSSARY, asLabel } from '../../rules/glossary';

// The warranty voucher (保修憑證, policy 2 "Promise": after repair the customer receives the
// repair record and the warranty voucher), printed at delivery: what was repaired, and the
// warranty on the repair itself, N days from the delivery date (a depot setting). A5 portrait;
// a usual repair fits one page, a long one continues with a header naming the voucher.

export { warrantyVoucherSnapshot, type WarrantyVoucherSnapshot };

const voucherStyles = {
  ...benchStyles,
  depotName: { fontSize: 13, bold: true },
  depotNameZh: { fontSize: 12, bold: true },
  title: { fontSize: 13, bold: true, margin: [0, 5, 0, 1] },
  section: { fontSize: 9, bold: true },
  label: { fontSize: 7.5, color: '#555555' },
  small: { fontSize: 7.5 },
  tableHeader: { fontSize: 8, bold: true, fillColor: '#eeeeee' },
  terms: { fontSize: 7, color: '#333333', lineHeight: 1.05 },
} satisfies TDocumentDefinitions['styles'];

function warrantyBox(s: WarrantyVoucherSnapshot, language: Language): Content {
  return {
    margin: [0, 6, 0, 2],
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              {
                text: t(language, { en: 'Warranty on this repair', 'zh-TW': '本次維修保固' }),
                style: 'label',
              },
              { text: repairWarrantyText(s.repairWarranty, language), bold: true, fontSize: 12 },
            ],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 1.2,
      vLineWidth: () => 1.2,
      paddingLeft: () => 6,
      paddingRight: () => 6,
      paddingTop: () => 3,
      paddingBottom: () => 4,
    },
  };
}

export async function warrantyVoucherDocument(
  input: unknown,
  language: Language,
): Promise<TDocumentDefinitions> {
  const s = warrantyVoucherSnapshot.parse(input);
  const L = (words: Words) => t(language, words);
  const title = L(asLabel(GLOSSARY.warrantyVoucher));
  const model = language === 'en' ? s.unit.modelNameEn : s.unit.modelNameZh;
  const measures = [...s.measureCodes.map((m) => codeText(m, language)), ...s.measures];
  return {
    pageSize: 'A5',
    pageMargins: [26, 20, 26, 28],
    language,
    info: documentInfo(`${title} ${s.reportNo}`, s.printedAt),
    defaultStyle: { ...defaultStyle, fontSize: 8.5, lineHeight: 1.1 },
    styles: voucherStyles,
    footer: printedFooter(s.printedAt, s.printedBy, language, 26),
    header: (page: number) =>
      page === 1
        ? null
        : {
            text: `${title}  ${s.reportNo}  ${L({ en: '(continued)', 'zh-TW': '（續）' })}`,
            style: 'label',
            margin: [26, 8, 26, 0],
          },
    content: [
      depotHeader(s.header),
      titleBlock(
        title,
        { label: L(asLabel(GLOSSARY.reportNo)), value: s.reportNo },
        { image: await code128DataUrl(s.reportNo, { heightMm: 7 }), text: s.reportNo },
      ),
      warrantyBox(s, language),
      pairs(
        [
          [
            label(L({ en: 'Customer', 'zh-TW': '客戶' })),
            {
              colSpan: 3,
              text: [{ text: s.customer.name, bold: true }, `   ${s.customer.phones.join('  ')}`],
            },
            '',
            '',
          ],
          [
            label(L({ en: 'Model', 'zh-TW': '產品型號' })),
            `${s.unit.modelCode}  ${model}`,
            label(L({ en: 'Serial no.', 'zh-TW': '序號' })),
            { text: s.unit.serial, bold: true },
          ],
          [
            label(L({ en: 'Delivered', 'zh-TW': '交機日期' })),
            formatDateTime(s.deliveredAt),
            label(L({ en: 'Technician', 'zh-TW': '維修技術員' })),
            s.technician,
          ],
        ],
        [52, '*', 52, '*'],
        [0, 2, 0, 0],
      ),
      heading(L({ en: 'What was repaired', 'zh-TW': '維修內容' })),
      bullets(measures),
      {
        text: L({ en: 'Parts replaced', 'zh-TW': '更換零件' }),
        style: 'label',
        margin: [0, 3, 0, 0],
      },
      partsTable(s.parts, language),
      {
        unbreakable: true,
        stack: [
          heading(L({ en: 'Terms', 'zh-TW': '保固說明' })),
          { ol: [...s.terms], style: 'terms' },
          {
            margin: [0, 8, 0, 0],
            columnGap: 24,
            columns: [
              signatureLine(
                L({ en: 'Depot stamp', 'zh-TW': '維修站蓋章' }),
                {
                  image: null,
                  name: s.header.nameZh || s.header.name,
                  date: formatDate(s.deliveredAt),
                },
                160,
              ),
              signatureLine(
                L({ en: 'Issued by', 'zh-TW': '經辦人' }),
                { image: null, name: s.printedBy, date: formatDate(s.printedAt) },
                160,
              ),
            ],
          },
        ],
      },
    ],
  };
}
