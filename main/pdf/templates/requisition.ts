import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
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
import { requisitionSnapshot, type RequisitionSnapshot } from './requisitionSnapshot';
import { GLOSSARY, asLabel } from '../../rules/glossary';

// The requisition form (領用申請表, policy 5.3; domain.md "Documents the depot prints"):
// requester, ticket, parts and quantities, approver, and the issue record (發放記錄). A4
// portrait; the lines and the issue record flow onto more pages with their headers repeated.

export { requisitionSnapshot, type RequisitionSnapshot };

type Words = { en: string; 'zh-TW': string };

const STATUS: Record<RequisitionSnapshot['status'], Words> = {
  pending: { en: 'Waiting for approval', 'zh-TW': '待審批' },
  approved: { en: 'Approved, not yet issued', 'zh-TW': '已核准，待發放' },
  partially_issued: { en: 'Partly issued', 'zh-TW': '部分發放' },
  issued: { en: 'Issued', 'zh-TW': '已發放' },
  rejected: { en: 'Rejected', 'zh-TW': '已駁回' },
};

const dash = (v: string | number | null) => (v === null || v === '' ? '—' : String(v));

function table(header: string[], body: TableCell[][], widths: (string | number)[]): Content {
  return {
    table: {
      headerRows: 1,
      widths,
      body: [header.map((text) => ({ text, style: 'tableHeader' })), ...body],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 2, 0, 8],
  };
}

export async function requisitionDocument(
  input: unknown,
  language: Language,
): Promise<TDocumentDefinitions> {
  const s = requisitionSnapshot.parse(input);
  const L = (words: Words) => t(language, words);
  const title = L(asLabel(GLOSSARY.requisitionForm));
  const name = (l: { nameEn: string; nameZh: string }) =>
    language === 'en' ? `${l.nameEn}\n${l.nameZh}` : `${l.nameZh}\n${l.nameEn}`;
  const label = (words: Words): TableCell => ({ text: L(words), style: 'label' });
  const overrides = s.lines.filter((l) => l.quotaOverrideReason !== null);

  return {
    pageSize: 'A4',
    pageMargins: [40, 32, 40, 40],
    language,
    info: documentInfo(`${title} ${s.reqNo}`, s.printedAt),
    defaultStyle: { ...defaultStyle, fontSize: 9.5 },
    styles: { ...styles, title: { fontSize: 15, bold: true, margin: [0, 10, 0, 4] } },
    footer: pageFooter(language),
    header: (page: number) =>
      page === 1 ? null : { text: `${title}  ${s.reqNo}`, style: 'label', margin: [40, 14, 40, 0] },
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
                  {
                    text: `${L({ en: 'Requisition no.', 'zh-TW': '申請單號' })}  `,
                    style: 'label',
                  },
                  { text: s.reqNo, fontSize: 13, bold: true },
                  { text: `     ${L(STATUS[s.status])}`, bold: true },
                ],
              },
            ],
          },
          {
            width: 170,
            margin: [0, 8, 0, 0],
            stack: [
              { image: await code128DataUrl(s.reqNo, { heightMm: 8 }), fit: [170, 32] },
              { text: s.reqNo, alignment: 'center', fontSize: 8 },
            ],
          },
        ],
      },
      {
        margin: [0, 10, 0, 8],
        table: {
          widths: [80, '*', 80, '*'],
          body: [
            [
              label(asLabel(GLOSSARY.reportNo)),
              { text: s.ticket.reportNo, bold: true },
              label({ en: 'Model / serial', 'zh-TW': '型號／序號' }),
              `${s.ticket.modelCode}  ${s.ticket.serialNo}`,
            ],
            [
              label({ en: 'Requested by', 'zh-TW': '申請人' }),
              s.requested.name,
              label({ en: 'Requested at', 'zh-TW': '申請時間' }),
              formatDateTime(s.requested.at),
            ],
            [
              label({ en: 'Purpose', 'zh-TW': '用途說明' }),
              { text: dash(s.note), colSpan: 3 },
              '',
              '',
            ],
          ],
        },
        layout: 'noBorders',
      },
      { text: L({ en: 'Parts', 'zh-TW': '申請零件' }), bold: true },
      table(
        [
          '#',
          L({ en: 'Part no.', 'zh-TW': '料號' }),
          L({ en: 'Name', 'zh-TW': '品名' }),
          L({ en: 'Bin', 'zh-TW': '庫位' }),
          L({ en: 'Requested', 'zh-TW': '申請' }),
          L({ en: 'Approved', 'zh-TW': '核准' }),
          L({ en: 'Issued', 'zh-TW': '已發' }),
          L({ en: 'Returned', 'zh-TW': '退回' }),
        ],
        s.lines.map((l) => [
          String(l.lineNo),
          { text: l.partNo, bold: true },
          name(l),
          dash(l.bin),
          `${l.requested} ${l.unit}`,
          dash(l.approved),
          String(l.issued),
          String(l.returned),
        ]),
        [16, 80, '*', 44, 50, 44, 36, 40],
      ),
      ...(overrides.length === 0
        ? []
        : [
            {
              text: L({
                en: 'Quota overrides (policy 5.3)',
                'zh-TW': '超出配額核准理由（限量領用）',
              }),
              bold: true,
            },
            {
              ul: overrides.map((l) => `${l.lineNo}. ${l.partNo}: ${l.quotaOverrideReason ?? ''}`),
              margin: [0, 2, 0, 8],
            } as Content,
          ]),
      { text: L({ en: 'Approval', 'zh-TW': '審批' }), bold: true },
      {
        margin: [0, 2, 0, 8],
        table: {
          widths: [80, '*', 80, '*'],
          body: s.decided
            ? [
                [
                  label({ en: 'Approver', 'zh-TW': '審批人' }),
                  { text: s.decided.name, bold: true },
                  label({ en: 'Decided at', 'zh-TW': '審批時間' }),
                  formatDateTime(s.decided.at),
                ],
                [
                  label({ en: 'Decision note', 'zh-TW': '審批意見' }),
                  { text: dash(s.decided.note), colSpan: 3 },
                  '',
                  '',
                ],
              ]
            : [[label({ en: 'Not yet decided', 'zh-TW': '尚未審批' }), '', '', '']],
        },
        layout: 'noBorders',
      },
      { text: L({ en: 'Issue record', 'zh-TW': '發放記錄' }), bold: true },
      s.movements.length === 0
        ? {
            text: L({ en: 'Nothing issued yet.', 'zh-TW': '尚未發放。' }),
            style: 'label',
            margin: [0, 2, 0, 8],
          }
        : table(
            [
              L({ en: 'Date and time', 'zh-TW': '日期時間' }),
              '#',
              L({ en: 'Part no.', 'zh-TW': '料號' }),
              L({ en: 'Movement', 'zh-TW': '異動' }),
              L({ en: 'Quantity', 'zh-TW': '數量' }),
              L({ en: 'By', 'zh-TW': '經手人' }),
            ],
            s.movements.map((m) => [
              formatDateTime(m.at),
              String(m.lineNo),
              m.partNo,
              m.kind === 'issue'
                ? L({ en: 'Issued', 'zh-TW': '發放' })
                : L({ en: 'Returned to stock', 'zh-TW': '退回倉庫' }),
              String(m.quantity),
              m.by,
            ]),
            [86, 16, 80, '*', 44, 120],
          ),
      {
        margin: [0, 24, 0, 0],
        unbreakable: true,
        columns: [
          L({ en: 'Requester', 'zh-TW': '申請人簽名' }),
          L({ en: 'Approver', 'zh-TW': '審批人簽名' }),
          L({ en: 'Stockroom', 'zh-TW': '倉管簽名' }),
        ].map((who) => ({
          stack: [
            { text: ' ', margin: [0, 18, 0, 0] },
            { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 140, y2: 0, lineWidth: 0.6 }] },
            { text: who, style: 'label', margin: [0, 2, 0, 0] },
          ],
        })),
      },
      {
        text: L({
          en: `Printed ${formatDateTime(s.printedAt)} by ${s.printedBy}`,
          'zh-TW': `列印：${formatDateTime(s.printedAt)}  ${s.printedBy}`,
        }),
        style: 'label',
        margin: [0, 14, 0, 0],
      },
    ],
  };
}
