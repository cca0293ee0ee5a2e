import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { TicketStatus } from '../../bench/lifecycle';
import type { Language } from '../../contract/language';
import {
  defaultStyle,
  depotHeader,
  documentInfo,
  formatDateTime,
  pageFooter,
  styles,
  t,
} from '../layout';
import { money } from './benchParts';
import { dashboardReportSnapshot, type DashboardReportSnapshot } from './dashboardReportSnapshot';

// The manager's dashboard on paper (issue 10, item 4; policy 6: periodic reports with
// statistics, problems and trends, for the review meeting): each panel's figures as a table,
// in the filter they were read with. A4 portrait; tables flow onto more pages.

export { dashboardReportSnapshot, type DashboardReportSnapshot };

type Words = { en: string; 'zh-TW': string };

const STATUS: Record<TicketStatus, Words> = {
  received: { en: 'Received', 'zh-TW': '已收件' },
  diagnosing: { en: 'Diagnosing', 'zh-TW': '檢測中' },
  awaiting_approval: { en: 'Awaiting customer approval', 'zh-TW': '待客戶確認報價' },
  awaiting_parts: { en: 'Awaiting parts', 'zh-TW': '待料' },
  in_repair: { en: 'In repair', 'zh-TW': '維修中' },
  testing: { en: 'Testing', 'zh-TW': '測試中' },
  ready_for_pickup: { en: 'Ready for pickup', 'zh-TW': '待取件' },
  delivered: { en: 'Delivered', 'zh-TW': '已交付' },
  closed: { en: 'Closed', 'zh-TW': '已結案' },
  at_factory: { en: 'At factory', 'zh-TW': '返廠中' },
  back_from_factory: { en: 'Back from factory', 'zh-TW': '返廠已回' },
  return_unrepaired: { en: 'Return unrepaired', 'zh-TW': '不修退回' },
  cancelled: { en: 'Cancelled', 'zh-TW': '已取消' },
};

export async function dashboardReportDocument(
  input: unknown,
  language: Language,
): Promise<TDocumentDefinitions> {
  const s = dashboardReportSnapshot.parse(input);
  const L = (words: Words) => t(language, words);
  const title = L({ en: 'Warranty service report', 'zh-TW': '保修業務分析報表' });
  const name = (n: { code: string; nameEn: string; nameZh: string }) =>
    `${n.code}  ${language === 'en' ? n.nameEn : n.nameZh}`;
  const right = (text: string | number): TableCell => ({ text: String(text), alignment: 'right' });
  const section = (words: Words, note: Words): Content[] => [
    { text: L(words), bold: true, fontSize: 12, margin: [0, 12, 0, 2] },
    { text: L(note), style: 'label', margin: [0, 0, 0, 4] },
  ];
  const table = (head: Words[], rows: TableCell[][], widths?: (string | number)[]): Content => ({
    table: {
      headerRows: 1,
      widths: widths ?? head.map((_, i) => (i === 0 ? '*' : 70)),
      body: [head.map((h) => ({ text: L(h), style: 'tableHeader' })), ...rows],
    },
    layout: 'lightHorizontalLines',
  });
  const status = (code: string) =>
    Object.hasOwn(STATUS, code) ? L(STATUS[code as TicketStatus]) : code;
  const pareto = (items: DashboardReportSnapshot['faults']['symptoms']) =>
    items.length === 0
      ? [[L({ en: 'None', 'zh-TW': '無' }), '', '']]
      : items.map((i): TableCell[] => [name(i), right(i.count), right(`${i.cumulativePercent}%`)]);
  const paretoHead: Words[] = [
    { en: 'Code', 'zh-TW': '代碼' },
    { en: 'Faults', 'zh-TW': '故障數' },
    { en: 'Cumulative', 'zh-TW': '累計' },
  ];
  const mean = (m: number | null) => (m === null ? '-' : m.toFixed(2));

  return {
    pageSize: 'A4',
    pageMargins: [40, 32, 40, 40],
    language,
    info: documentInfo(`${title} ${s.from}–${s.to}`, s.printedAt),
    defaultStyle: { ...defaultStyle, fontSize: 9.5 },
    styles: { ...styles, title: { fontSize: 15, bold: true, margin: [0, 10, 0, 4] } },
    footer: pageFooter(language),
    content: [
      depotHeader(s.header),
      { text: title, style: 'title' },
      {
        text: [
          { text: `${L({ en: 'Period', 'zh-TW': '期間' })}  `, style: 'label' },
          { text: `${s.from} – ${s.to}`, bold: true },
          { text: `   ${L({ en: 'Station', 'zh-TW': '維修站點' })}  `, style: 'label' },
          {
            text: s.station ? name(s.station) : L({ en: 'All stations', 'zh-TW': '全部維修站點' }),
          },
          { text: `   (${s.timeZone})`, style: 'label' },
        ],
      },

      ...section(
        { en: 'Tickets received', 'zh-TW': '收件數' },
        {
          en: `Every ticket registered at intake, by ${s.received.interval}.`,
          'zh-TW': `收件登記的每張報修單，按${s.received.interval === 'week' ? '週' : '月'}。`,
        },
      ),
      table(
        [
          { en: s.received.interval === 'week' ? 'Week of' : 'Month', 'zh-TW': '期間' },
          { en: 'Tickets', 'zh-TW': '張數' },
        ],
        s.received.periods.map((p) => [p.period, right(p.tickets)]),
      ),

      ...section(
        {
          en: `Open on ${s.backlog.asOf}: ${s.backlog.total}`,
          'zh-TW': `${s.backlog.asOf} 未結：${s.backlog.total} 張`,
        },
        {
          en: 'Not yet handed back; age in working days since the day reported.',
          'zh-TW': '尚未交還；天數為自報修日起的工作天。',
        },
      ),
      {
        columns: [
          table(
            [
              { en: 'Status', 'zh-TW': '狀態' },
              { en: 'Tickets', 'zh-TW': '張數' },
            ],
            s.backlog.byStatus.length === 0
              ? [[L({ en: 'None', 'zh-TW': '無' }), '']]
              : s.backlog.byStatus.map((b) => [status(b.status), right(b.tickets)]),
          ),
          { width: 20, text: '' },
          table(
            [
              { en: 'Age (working days)', 'zh-TW': '天數（工作天）' },
              { en: 'Tickets', 'zh-TW': '張數' },
            ],
            s.backlog.byAge.map((b) => [b.bucket, right(b.tickets)]),
          ),
        ],
      },

      ...section(
        {
          en: `Faults (Pareto): ${s.faults.faults} faults on ${s.faults.tickets} tickets`,
          'zh-TW': `故障柏拉圖：${s.faults.tickets} 張報修單共 ${s.faults.faults} 項故障`,
        },
        {
          en: 'Recorded at the bench on tickets reported in the period, most first.',
          'zh-TW': '此期間報修之報修單在維修台記錄的故障，由多到少。',
        },
      ),
      { text: L({ en: 'By symptom', 'zh-TW': '按故障現象' }), style: 'label' },
      table(paretoHead, pareto(s.faults.symptoms)),
      { text: L({ en: 'By cause', 'zh-TW': '按故障原因' }), style: 'label', margin: [0, 6, 0, 0] },
      table(paretoHead, pareto(s.faults.causes)),
      { text: L({ en: 'By model', 'zh-TW': '按型號' }), style: 'label', margin: [0, 6, 0, 0] },
      table(paretoHead, pareto(s.faults.models)),

      ...section(
        {
          en: `Turnaround: ${s.turnaround.completed} handed back`,
          'zh-TW': `維修週期：交還 ${s.turnaround.completed} 張`,
        },
        {
          en: 'Working days from the day reported to the day handed back.',
          'zh-TW': '自報修日到交還日的工作天數。',
        },
      ),
      table(
        [
          { en: 'Working days', 'zh-TW': '工作天' },
          { en: 'Tickets', 'zh-TW': '張數' },
        ],
        s.turnaround.buckets.map((b) => [b.bucket, right(b.tickets)]),
      ),

      ...section(
        {
          en: `Warranty cost by month (${s.currency})`,
          'zh-TW': `每月保修費用（${s.currency}）`,
        },
        {
          en: 'Tickets handed back: borne by the company, billed to and paid by customers.',
          'zh-TW': '交還之報修單：公司負擔、應收與已收。',
        },
      ),
      table(
        [
          { en: 'Month', 'zh-TW': '月份' },
          { en: 'Tickets', 'zh-TW': '張數' },
          { en: 'Company-borne', 'zh-TW': '公司負擔' },
          { en: 'Billed', 'zh-TW': '應收' },
          { en: 'Paid', 'zh-TW': '已收' },
        ],
        s.costTrend.map((m) => [
          m.month,
          right(m.tickets),
          right(money(m.companyBorne, s.currency)),
          right(money(m.billed, s.currency)),
          right(money(m.paid, s.currency)),
        ]),
        ['*', 50, 95, 95, 95],
      ),

      ...section(
        {
          en: `Satisfaction: ${s.satisfaction.answers} answers, mean ${mean(s.satisfaction.meanScore)}`,
          'zh-TW': `客戶滿意度：回覆 ${s.satisfaction.answers} 件，平均 ${mean(s.satisfaction.meanScore)}`,
        },
        { en: 'Follow-up calls answered, score 1-5.', 'zh-TW': '完成的回訪，分數 1-5。' },
      ),
      table(
        [
          { en: 'Month', 'zh-TW': '月份' },
          { en: 'Answers', 'zh-TW': '回覆數' },
          { en: 'Mean score', 'zh-TW': '平均分數' },
        ],
        s.satisfaction.months.map((m) => [m.period, right(m.answers), right(mean(m.meanScore))]),
      ),

      ...section(
        { en: 'Emergency response', 'zh-TW': '緊急回應' },
        {
          en: `Emergency tickets by month of the call against the promised ${s.emergency.responseHours} hours.`,
          'zh-TW': `按來電月份的緊急報修單，對照承諾的 ${s.emergency.responseHours} 小時。`,
        },
      ),
      table(
        [
          { en: 'Month', 'zh-TW': '月份' },
          { en: 'Tickets', 'zh-TW': '張數' },
          { en: 'Met', 'zh-TW': '達成' },
          { en: 'Missed', 'zh-TW': '逾時' },
          { en: 'Pending', 'zh-TW': '處理中' },
        ],
        s.emergency.months.map((m) => [
          m.period,
          right(m.tickets),
          right(m.met),
          right(m.missed),
          right(m.pending),
        ]),
        ['*', 60, 60, 60, 60],
      ),
      {
        margin: [0, 14, 0, 0],
        style: 'label',
        text: `${L({ en: 'Printed', 'zh-TW': '列印' })} ${formatDateTime(s.printedAt)}  ${s.printedBy}`,
      },
    ],
  };
}
