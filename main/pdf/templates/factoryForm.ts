import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../../contract/language';
import { code128DataUrl } from '../barcode';
import { depotHeader, formatDate, formatDateTime, t } from '../layout';
import {
  a4Form,
  bullets,
  dash,
  faultsTable,
  heading,
  label,
  pairs,
  partsTable,
  signatureLine,
  titleBlock,
  type Words,
} from './benchParts';
import { factoryFormSnapshot, type FactoryFormSnapshot } from './factoryFormSnapshot';
import { warrantyWords } from './intakeWords';
import { GLOSSARY, asLabel } from '../../rules/glossary';

// The return-to-factory form (返廠維修單, policy 3.4; domain.md "Documents the depot prints"):
// packed with a unit the station cannot repair, it tells the factory the model, serial, fault
// and the repair status so far, and how the unit travelled. The last block is for the factory
// to fill in (or shows what it reported, on a print after the unit came back). A4 portrait.

export { factoryFormSnapshot, type FactoryFormSnapshot };

const FOUR = [72, '*', 72, '*'];

function writeIn(lines: number): Content {
  return {
    stack: Array.from({ length: lines }, () => ({
      canvas: [{ type: 'line' as const, x1: 0, y1: 18, x2: 515, y2: 18, lineWidth: 0.4 }],
    })),
  };
}

function factoryBlock(s: FactoryFormSnapshot, language: Language): Content {
  const L = (words: Words) => t(language, words);
  const title = heading(L({ en: 'Back from the factory', 'zh-TW': '工廠檢修及返回' }));
  const fillIn = heading(
    L({
      en: 'Back from the factory (to be filled in by the factory)',
      'zh-TW': '工廠檢修及返回（以下由工廠填寫）',
    }),
  );
  if (s.returned !== null) {
    return {
      unbreakable: true,
      stack: [
        title,
        pairs(
          [
            [
              label(L({ en: 'Returned', 'zh-TW': '返回日期' })),
              formatDateTime(s.returned.at),
              label(L({ en: 'Received by', 'zh-TW': '收件人' })),
              s.returned.by,
            ],
            [
              label(L({ en: 'Factory report', 'zh-TW': '工廠檢修結果' })),
              { text: dash(s.returned.factoryReport), colSpan: 3 },
              '',
              '',
            ],
          ],
          FOUR,
        ),
      ],
    };
  }
  const blank = { image: null, name: '', date: null };
  return {
    unbreakable: true,
    stack: [
      fillIn,
      { text: L({ en: 'Findings and repair', 'zh-TW': '檢修結果' }), style: 'label' },
      writeIn(3),
      {
        margin: [0, 12, 0, 0],
        columnGap: 20,
        columns: [
          signatureLine(L({ en: 'Received at the factory', 'zh-TW': '工廠收件簽名' }), blank, 158),
          signatureLine(L({ en: 'Factory technician', 'zh-TW': '工廠檢修人員' }), blank, 158),
          signatureLine(L({ en: 'Shipped back on', 'zh-TW': '返還日期' }), blank, 158),
        ],
      },
    ],
  };
}

export async function factoryFormDocument(
  input: unknown,
  language: Language,
): Promise<TDocumentDefinitions> {
  const s = factoryFormSnapshot.parse(input);
  const L = (words: Words) => t(language, words);
  const title = L(asLabel(GLOSSARY.factoryForm));
  const model = language === 'en' ? s.unit.modelNameEn : s.unit.modelNameZh;
  const station = language === 'en' ? s.station.nameEn : s.station.nameZh;
  return {
    ...a4Form({
      title,
      number: s.formNo,
      reportNo: s.reportNo,
      printedAt: s.printedAt,
      printedBy: s.printedBy,
      language,
    }),
    content: [
      depotHeader(s.header),
      titleBlock(
        title,
        { label: L({ en: 'Form no.', 'zh-TW': '返廠單號' }), value: s.formNo },
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
      heading(L({ en: 'Unit', 'zh-TW': '產品資料' })),
      pairs(
        [
          [
            label(L({ en: 'Model', 'zh-TW': '產品型號' })),
            { text: `${s.unit.modelCode}  ${model}`, bold: true },
            label(L({ en: 'Serial no.', 'zh-TW': '序號' })),
            { text: s.unit.serial, bold: true },
          ],
          [
            label(L({ en: 'Invoice date', 'zh-TW': '購買發票日期' })),
            dash(s.unit.invoiceDate),
            label(L({ en: 'Warranty', 'zh-TW': '保修判定' })),
            warrantyWords(s.warrantyStatus, language),
          ],
          [
            label(L({ en: 'Received', 'zh-TW': '收件時間' })),
            formatDateTime(s.receivedAt),
            label(L({ en: 'Sent by station', 'zh-TW': '送修站點' })),
            `${s.station.code}  ${station}`,
          ],
        ],
        FOUR,
      ),
      heading(L({ en: 'Fault', 'zh-TW': '故障說明' })),
      pairs(
        [
          [label(L({ en: 'For the factory', 'zh-TW': '返廠原因' })), { text: s.fault, bold: true }],
          [label(L({ en: 'As reported', 'zh-TW': '客戶報修描述' })), dash(s.reportedFault)],
        ],
        [72, '*'],
      ),
      heading(L({ en: 'Repair status so far', 'zh-TW': '目前維修狀況' })),
      { text: L({ en: 'Diagnosis', 'zh-TW': '檢測診斷' }), style: 'label' },
      bullets(s.diagnosis),
      { text: L({ en: 'Fault codes', 'zh-TW': '故障代碼' }), style: 'label', margin: [0, 4, 0, 0] },
      faultsTable(s.faults, language),
      { text: L({ en: 'Work done', 'zh-TW': '已處理事項' }), style: 'label', margin: [0, 4, 0, 0] },
      bullets(s.workDone),
      {
        text: L({ en: 'Parts already replaced', 'zh-TW': '已更換零件' }),
        style: 'label',
        margin: [0, 4, 0, 0],
      },
      partsTable(s.parts, language),
      heading(L({ en: 'Shipment', 'zh-TW': '寄送資料' })),
      shipment(s, language),
      factoryBlock(s, language),
    ],
  };
}

function shipment(s: FactoryFormSnapshot, language: Language): Content {
  const L = (words: Words) => t(language, words);
  return {
    columnGap: 16,
    columns: [
      pairs(
        [
          [
            label(L({ en: 'Carrier', 'zh-TW': '貨運公司' })),
            s.carrier,
            label(L({ en: 'Tracking no.', 'zh-TW': '貨運單號' })),
            { text: s.trackingNo, bold: true },
          ],
          [
            label(L({ en: 'Sent', 'zh-TW': '寄出日期' })),
            formatDateTime(s.sentAt),
            label(L({ en: 'Sent by', 'zh-TW': '寄件人' })),
            s.sentBy,
          ],
          [
            label(L({ en: 'Technician', 'zh-TW': '維修技術員' })),
            s.technician,
            label(L({ en: 'Station phone', 'zh-TW': '站點電話' })),
            dash(s.header.phone),
          ],
        ],
        [58, '*', 58, '*'],
      ),
      signatureLine(
        L({ en: 'Sender signature', 'zh-TW': '寄件人簽名' }),
        { image: null, name: s.sentBy, date: formatDate(s.sentAt) },
        150,
      ),
    ],
  };
}
