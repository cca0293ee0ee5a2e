import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { Language } from '../../contract/language';
import { code128DataUrl } from '../barcode';
import {
  FONT,
  defaultStyle,
  depotHeader,
  documentInfo,
  formatDate,
  formatDateTime,
  t,
} from '../layout';
import {
  benchStyles,
  bullets,
  codeText,
  dash,
  faultsTable,
  heading,
  label,
  minutesText,
  money,
  pairs,
  pricedPartsTable,
  repairWarrantyText,
  signatureLine,
  titleBlock,
  type Words,
} from './benchParts';
import { warrantyWords } from './intakeWords';
import { COPIES, copyFrames, duplicateMark, type Copy } from './repairRecordCopies';
import { repairRecordSnapshot, type RepairRecordSnapshot } from './repairRecordSnapshot';
import { GLOSSARY, asLabel } from '../../rules/glossary';

// The repair record (維修記錄, policy 3.3; domain.md "Documents the depot prints"): time, fault
// cause, measures taken, parts replaced with their part numbers, labour, cost and who bears it,
// the technician, and the customer's signature. One PDF holds both copies (一式兩份), each on
// its own A4 page(s); see repairRecordCopies.ts for how the copies and a reprint are marked.

export { repairRecordSnapshot, type RepairRecordSnapshot };

const MARGIN = 40;

function facts(s: RepairRecordSnapshot, language: Language): Content {
  const L = (words: Words) => t(language, words);
  const station = language === 'en' ? s.station.nameEn : s.station.nameZh;
  const model = language === 'en' ? s.unit.modelNameEn : s.unit.modelNameZh;
  const row = (a: Words, av: TableCell, b: Words, bv: TableCell): TableCell[] => [
    label(L(a)),
    av,
    label(L(b)),
    bv,
  ];
  return pairs(
    [
      row(
        { en: 'Customer', 'zh-TW': '客戶' },
        { text: [{ text: s.customer.name, bold: true }, `   ${s.customer.phones.join('  ')}`] },
        { en: 'Station', 'zh-TW': '維修站點' },
        station,
      ),
      row(
        { en: 'Model', 'zh-TW': '產品型號' },
        `${s.unit.modelCode}  ${model}`,
        { en: 'Serial no.', 'zh-TW': '序號' },
        { text: s.unit.serial, bold: true },
      ),
      row(
        { en: 'Received', 'zh-TW': '收件時間' },
        formatDateTime(s.receivedAt),
        { en: 'Completed', 'zh-TW': '完修時間' },
        s.completedAt === null ? '—' : formatDateTime(s.completedAt),
      ),
      row(
        { en: 'Technician', 'zh-TW': '維修技術員' },
        s.technician,
        { en: 'Warranty', 'zh-TW': '保修判定' },
        warrantyWords(s.warrantyStatus, language),
      ),
    ],
    [62, '*', 62, '*'],
  );
}

/** The measure codes of the faults (once each), then what the technician wrote. */
function measures(s: RepairRecordSnapshot, language: Language): Content {
  const coded = [
    ...new Map(
      s.faults.flatMap((f) => (f.measure ? [[f.measure.code, f.measure] as const] : [])),
    ).values(),
  ].map((m) => codeText(m, language));
  return bullets([...coded, ...s.measures]);
}

const COST_LAYOUT = {
  hLineWidth: (i: number) => (i === 3 ? 1 : 0),
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 1,
  paddingBottom: () => 1,
};

function costBlock(s: RepairRecordSnapshot, language: Language): Content {
  const L = (words: Words) => t(language, words);
  const c = s.cost;
  const amount = (minor: number, bold = false): TableCell => ({
    text: money(minor, c.currency),
    alignment: 'right',
    bold,
  });
  const bearer =
    c.bearer === 'company'
      ? L({
          en: 'Borne by the company (within warranty, policy 3.5)',
          'zh-TW': '由公司承擔（保修範圍內）',
        })
      : L({ en: 'Billed to the customer', 'zh-TW': '由客戶支付' });
  return {
    margin: [0, 2, 0, 0],
    columns: [
      {
        width: '*',
        stack: [
          { text: L({ en: 'Borne by', 'zh-TW': '費用承擔' }), style: 'label' },
          { text: bearer, bold: true, fontSize: 11 },
        ],
      },
      {
        width: 330,
        table: {
          widths: ['*', 90],
          body: [
            [
              L({
                en: `Labour ${minutesText(c.labourMinutes, 'en')} × ${money(c.labourRatePerHour, c.currency)} / h`,
                'zh-TW': `工時 ${minutesText(c.labourMinutes, 'zh-TW')} × 每小時 ${money(c.labourRatePerHour, c.currency)}`,
              }),
              amount(c.labourCost),
            ],
            [L({ en: 'Parts at cost', 'zh-TW': '零件費用' }), amount(c.partsCost)],
            [{ text: L({ en: 'Total', 'zh-TW': '合計' }), bold: true }, amount(c.total, true)],
          ],
        },
        layout: COST_LAYOUT,
      },
    ],
  };
}

function signatures(s: RepairRecordSnapshot, language: Language): Content {
  const L = (words: Words) => t(language, words);
  return {
    unbreakable: true,
    margin: [0, 8, 0, 0],
    stack: [
      {
        text: L({
          en: 'The cause and the measures were explained to me; I have checked the repaired unit and accept the repair.',
          'zh-TW': '維修原因及處理措施已向本人說明，本人已檢查維修後之產品並驗收。',
        }),
        style: 'small',
        margin: [0, 0, 0, 6],
      },
      {
        columnGap: 40,
        columns: [
          signatureLine(L({ en: 'Customer signature', 'zh-TW': '客戶簽名' }), {
            image: s.acceptance === null ? null : 'acceptance',
            name: s.customer.name,
            date: s.acceptance === null ? null : formatDate(s.acceptance.signedAt),
          }),
          signatureLine(L({ en: 'Technician', 'zh-TW': '維修技術員簽名' }), {
            image: null,
            name: s.technician,
            date: s.completedAt === null ? null : formatDate(s.completedAt),
          }),
        ],
      },
    ],
  };
}

function copyContent(s: RepairRecordSnapshot, language: Language, barcode: string): Content[] {
  const L = (words: Words) => t(language, words);
  return [
    depotHeader(s.header),
    titleBlock(
      L(asLabel(GLOSSARY.repairRecord)),
      { label: L(asLabel(GLOSSARY.reportNo)), value: s.reportNo },
      { image: barcode, text: s.reportNo },
    ),
    heading(L({ en: 'Customer and product', 'zh-TW': '客戶及產品資料' })),
    facts(s, language),
    heading(L({ en: 'Fault as reported', 'zh-TW': '故障描述' })),
    { text: dash(s.reportedFault) },
    heading(L({ en: 'Diagnosis', 'zh-TW': '檢測診斷' })),
    bullets(s.diagnosis),
    heading(L({ en: 'Fault codes', 'zh-TW': '故障代碼' })),
    faultsTable(s.faults, language),
    heading(L({ en: 'Measures taken', 'zh-TW': '處理措施' })),
    measures(s, language),
    heading(L({ en: 'Parts replaced', 'zh-TW': '更換零件' })),
    pricedPartsTable(s.parts, language, s.cost.currency),
    heading(L({ en: 'Cost', 'zh-TW': '維修費用' })),
    costBlock(s, language),
    heading(L({ en: 'Warranty on this repair', 'zh-TW': '本次維修保固' })),
    { text: repairWarrantyText(s.repairWarranty, language), bold: true },
    signatures(s, language),
  ];
}

export async function repairRecordDocument(
  input: unknown,
  language: Language,
): Promise<TDocumentDefinitions> {
  const s = repairRecordSnapshot.parse(input);
  const title = t(language, asLabel(GLOSSARY.repairRecord));
  // Images by name: pdfmake then embeds each once, however many copies show it.
  const images: Record<string, string> = {
    barcode: await code128DataUrl(s.reportNo, { heightMm: 8 }),
    ...(s.acceptance === null ? {} : { acceptance: s.acceptance.dataUrl }),
  };
  const frames = copyFrames(s, language, MARGIN);
  const section = (copy: Copy) => ({
    section: copyContent(s, language, 'barcode'),
    header: frames.header(copy),
    footer: frames.footer(copy),
  });
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN, 56, MARGIN, 40],
    language,
    info: documentInfo(`${title} ${s.reportNo}`, s.printedAt),
    defaultStyle: { ...defaultStyle, fontSize: 9 },
    styles: benchStyles,
    images,
    ...(s.reprint === null
      ? {}
      : {
          watermark: {
            text: duplicateMark(language),
            font: FONT,
            bold: true,
            fontSize: 96,
            opacity: 0.08,
            color: '#000000',
          },
        }),
    content: COPIES.map(section),
  };
}
