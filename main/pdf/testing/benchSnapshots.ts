import { signaturePng } from '../../testing/images';
import type { FactoryFormSnapshot } from '../templates/factoryFormSnapshot';
import type { QuoteSnapshot } from '../templates/quoteSnapshot';
import type { RepairRecordSnapshot } from '../templates/repairRecordSnapshot';
import type { WarrantyVoucherSnapshot } from '../templates/warrantyVoucherSnapshot';
import { warrantyVoucherTerms } from '../templates/warrantyVoucherTerms';
import { sampleSnapshot } from './sampleSnapshot';

// The bench's documents as the handlers build them, for template tests and the benchmark:
// a not-covered air conditioner repaired with two parts, quoted, sent to the factory once.

const customer = { name: '歐陽美玲', phones: ['0912-345-678', '(02) 2500-1234'] };
const unit = {
  modelCode: 'AC-2200',
  modelNameEn: 'Split AC 2200',
  modelNameZh: '分離式冷氣 2200',
  serial: 'AC22-7781-XK',
};
const station = { code: 'TPE', nameEn: 'Taipei station', nameZh: '台北站' };
const reportedFault =
  '室內機不製冷，開機約十分鐘後壓縮機發出異音並自動停機，遙控器顯示 E5 錯誤碼；' +
  '夜間運轉時有滴水現象。';
const diagnosis = [
  '壓縮機啟動電容容量衰減（量測 18 µF，標稱 35 µF），導致啟動困難及過載停機。',
  'Drain pump impeller cracked; water backs up into the tray at night.',
];
const faults = [
  {
    symptom: { code: 'NO_COOL', en: 'Does not cool', zh: '不製冷' },
    cause: { code: 'CAP_FAIL', en: 'Capacitor failed', zh: '電容失效' },
    measure: { code: 'REPLACE', en: 'Part replaced', zh: '更換零件' },
    note: 'E5',
  },
  {
    symptom: { code: 'LEAK', en: 'Leaks water', zh: '漏水' },
    cause: { code: 'PUMP_WORN', en: 'Worn pump', zh: '水泵磨損' },
    measure: { code: 'REPLACE', en: 'Part replaced', zh: '更換零件' },
    note: null,
  },
];
const parts = [
  {
    partNo: 'CAP-35UF',
    nameEn: 'Run capacitor 35 µF',
    nameZh: '運轉電容 35µF',
    unit: 'pcs',
    quantity: 1,
    unitCost: 45_000,
    cost: 45_000,
  },
  {
    partNo: 'PUMP-01',
    nameEn: 'Drain pump',
    nameZh: '排水泵',
    unit: 'pcs',
    quantity: 2,
    unitCost: 80_000,
    cost: 160_000,
  },
];

export const repairRecordSample: RepairRecordSnapshot = {
  header: sampleSnapshot.header,
  printedAt: '2026-11-30T06:10:00.000Z',
  printedBy: '陳雅婷 Amy Chen',
  reportNo: 'R2026-000123',
  station,
  customer,
  unit,
  reportedFault,
  receivedAt: '2026-11-27T02:40:00.000Z',
  completedAt: '2026-11-30T05:55:00.000Z',
  diagnosis,
  faults,
  measures: ['Replaced the run capacitor and the drain pump; cleaned the drain tray.'],
  parts,
  cost: {
    currency: 'TWD',
    labourMinutes: 95,
    labourRatePerHour: 80_000,
    labourCost: 126_667,
    partsCost: 205_000,
    total: 331_667,
    bearer: 'customer',
  },
  warrantyStatus: 'not_covered',
  repairWarranty: { days: 90, from: '2026-11-30', until: '2027-02-28' },
  technician: '林志豪 Lin Chih-hao',
  acceptance: {
    dataUrl: `data:image/png;base64,${signaturePng().toString('base64')}`,
    signedAt: '2026-11-30T06:05:00.000Z',
  },
  reprint: null,
};

export const quoteSample: QuoteSnapshot = {
  header: sampleSnapshot.header,
  printedAt: '2026-11-28T03:00:00.000Z',
  printedBy: '林志豪 Lin Chih-hao',
  quoteNo: 'Q000042',
  reportNo: 'R2026-000123',
  quotedAt: '2026-11-28T02:55:00.000Z',
  quotedBy: '林志豪 Lin Chih-hao',
  customer,
  unit,
  reportedFault,
  diagnosis,
  warranty: {
    status: 'not_covered',
    reasons: [
      {
        en: 'Not covered: past the warranty period, which ended on 2025-05-02.',
        zh: '不屬保修範圍：已超過保修期限（至 2025-05-02 止）。',
      },
    ],
  },
  lines: [
    {
      kind: 'labour',
      partNo: null,
      nameEn: 'Labour',
      nameZh: '工時',
      quantity: 95,
      unit: 'min',
      unitPrice: 80_000,
      amount: 126_667,
    },
    ...parts.map((p) => ({
      kind: 'part' as const,
      partNo: p.partNo,
      nameEn: p.nameEn,
      nameZh: p.nameZh,
      quantity: p.quantity,
      unit: p.unit,
      unitPrice: p.unitCost,
      amount: p.cost,
    })),
  ],
  currency: 'TWD',
  labourCost: 126_667,
  partsCost: 205_000,
  total: 331_667,
  note: '如拆機後發現其他故障，將另行報價。',
  validUntil: '2026-12-28',
  decision: null,
};

export const factoryFormSample: FactoryFormSnapshot = {
  header: sampleSnapshot.header,
  printedAt: '2026-11-28T08:00:00.000Z',
  printedBy: '林志豪 Lin Chih-hao',
  formNo: 'F000007',
  reportNo: 'R2026-000123',
  station,
  unit: { ...unit, invoiceDate: '2023-05-02' },
  warrantyStatus: 'covered',
  receivedAt: '2026-11-27T02:40:00.000Z',
  reportedFault,
  fault: 'Compressor locked rotor; needs the factory jig to replace the compressor.',
  diagnosis,
  faults: faults.slice(0, 1),
  workDone: ['Replaced the run capacitor; compressor still locks (E5).'],
  parts: parts.slice(0, 1).map(({ partNo, nameEn, nameZh, unit: u, quantity }) => ({
    partNo,
    nameEn,
    nameZh,
    unit: u,
    quantity,
  })),
  technician: '林志豪 Lin Chih-hao',
  carrier: '新竹物流 HCT',
  trackingNo: 'HCT-5566-7788-99',
  sentAt: '2026-11-28T07:45:00.000Z',
  sentBy: '林志豪 Lin Chih-hao',
  returned: null,
};

export const warrantyVoucherSample: WarrantyVoucherSnapshot = {
  header: sampleSnapshot.header,
  printedAt: '2026-11-30T06:12:00.000Z',
  printedBy: '陳雅婷 Amy Chen',
  reportNo: 'R2026-000123',
  customer,
  unit,
  deliveredAt: '2026-11-30T06:05:00.000Z',
  measureCodes: [{ code: 'REPLACE', en: 'Part replaced', zh: '更換零件' }],
  measures: ['Replaced the run capacitor and the drain pump; cleaned the drain tray.'],
  parts: parts.map(({ partNo, nameEn, nameZh, unit: u, quantity }) => ({
    partNo,
    nameEn,
    nameZh,
    unit: u,
    quantity,
  })),
  repairWarranty: { days: 90, from: '2026-11-30', until: '2027-02-28' },
  technician: '林志豪 Lin Chih-hao',
  terms: warrantyVoucherTerms('zh-TW', 90),
};
