import type { z } from 'zod';
import type { createTicketSchema } from '../intake/ticketSchemas';

// The demo depot's catalogue and intake cases, bilingual as staff would type them.

export const DEMO_TYPES = [
  {
    code: 'AC',
    name_en: 'Air conditioner',
    name_zh: '冷氣機',
    warranty_months: 24,
    emergency: true,
  },
  {
    code: 'WM',
    name_en: 'Washing machine',
    name_zh: '洗衣機',
    warranty_months: 12,
    emergency: false,
  },
  { code: 'TV', name_en: 'Television', name_zh: '液晶電視', warranty_months: 24, emergency: false },
  { code: 'RF', name_en: 'Refrigerator', name_zh: '電冰箱', warranty_months: 36, emergency: true },
];

// prettier-ignore
export const DEMO_MODELS: [code: string, type: string, en: string, zh: string, override?: [number, string]][] = [
  ['AC-2200', 'AC', 'Split air conditioner 2.2 kW', '分離式冷氣 2.2kW'],
  ['AC-3600I', 'AC', 'Inverter air conditioner 3.6 kW', '變頻冷氣 3.6kW'],
  ['WM-80', 'WM', 'Front loader 8 kg', '滾筒洗衣機 8公斤'],
  ['WM-90N', 'WM', 'Front loader 9 kg (energy label)', '滾筒洗衣機 9公斤（節能標章）', [36, 'National energy-label rule: 3 years / 節能標章規定三年']],
  ['TV-55Q', 'TV', 'LCD TV 55"', '液晶電視 55吋'],
  ['RF-450', 'RF', 'Two-door refrigerator 450 L', '雙門冰箱 450公升'],
];

export const DEMO_STATIONS = [
  { code: 'TPE', name_en: 'Taipei station', name_zh: '台北站' },
  { code: 'KHH', name_en: 'Kaohsiung station', name_zh: '高雄站' },
];

export type DemoTicket = Partial<z.input<typeof createTicketSchema>> & {
  unit?: [model: string, serial: string, invoiceMonthsAgo: number | null];
};

/** Every warranty outcome, an overdue emergency, and a second station. */
export const DEMO_TICKETS: (daysAgo: (n: number) => string) => DemoTicket[] = (daysAgo) => [
  {
    channel: 'counter',
    reportedAt: daysAgo(40),
    newCustomer: {
      kind: 'person',
      name: '陳美玲 Chen Mei-ling',
      phones: ['0912-345-678'],
      address: '台北市大安區復興南路一段 200 號',
    },
    unit: ['WM-80', 'WM80-2025-00017', 5],
    faultDescription: '脫水時滾筒不轉 / Drum does not spin when draining',
    accessories: ['power_cord'],
    condition: '外觀良好 / Good',
  },
  {
    channel: 'phone',
    reportedAt: daysAgo(0.25),
    newCustomer: {
      kind: 'company',
      name: '港灣貿易有限公司 Harbour Trading Co.',
      phones: ['(02) 2500-1234'],
      email: 'service@harbour.example',
    },
    unit: ['AC-3600I', 'AC36-7788123', 8],
    faultDescription: '機房冷氣完全不製冷 / Server-room AC not cooling at all',
  },
  {
    channel: 'counter',
    reportedAt: daysAgo(3),
    newCustomer: { kind: 'person', name: '林志明 Lin Chih-ming', phones: ['0933 222 111'] },
    unit: ['TV-55Q', 'TV55Q-A0042', 10],
    faultDescription: '螢幕進水後無畫面 / No picture after water got in',
    accessories: ['remote'],
    exclusions: [{ reason: 'misuse', note: '機身內部有水漬 / Water marks inside the set' }],
    notCoveredExplanation:
      '進水損壞不屬保修範圍，可付費維修。 / Water damage is not covered; a paid repair is offered.',
    offer: 'paid_repair',
  },
  {
    channel: 'email',
    reportedAt: daysAgo(2),
    newCustomer: {
      kind: 'person',
      name: '王小華 Wang Hsiao-hua',
      phones: ['+886 955 666 777'],
      email: 'hsiaohua@example.tw',
      address: '高雄市苓雅區四維三路 6 號',
    },
    unit: ['RF-450', 'RF450-99881', null],
    faultDescription: '冷凍庫結霜嚴重 / Heavy frost in the freezer',
    notCoveredExplanation:
      '請提供購買發票以確認保修期限。 / Please bring the purchase invoice to verify the warranty.',
    emergency: false,
  },
  {
    channel: 'online',
    reportedAt: daysAgo(1),
    newCustomer: { kind: 'person', name: '張雅琪 Chang Ya-chi', phones: ['0988-123-456'] },
    unit: ['WM-90N', 'WM90N-00310', 30],
    faultDescription: '運轉時異音 / Loud noise while running',
  },
];
