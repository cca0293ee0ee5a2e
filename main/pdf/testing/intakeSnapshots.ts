import { receiptTerms } from '../templates/receiptTerms';
import { signaturePng } from '../../testing/images';
import type { ReceiptSnapshot } from '../templates/receipt';
import type { UnitLabelSnapshot } from '../templates/unitLabel';
import { sampleSnapshot } from './sampleSnapshot';

// Intake documents as the handlers build them, for template tests and the print preview:
// a not-covered emergency case with a long Chinese fault, and its label.

export const receiptSnapshotNotCovered: ReceiptSnapshot = {
  header: sampleSnapshot.header,
  printedAt: '2026-11-27T02:51:32.000Z',
  printedBy: '陳雅婷 Amy Chen',
  reportNo: 'R2026-000123',
  reportedAt: '2026-11-27T02:40:00.000Z',
  channel: 'counter',
  station: { code: 'TPE', nameEn: 'Taipei station', nameZh: '台北站' },
  customer: { name: '歐陽美玲', phones: ['0912-345-678', '(02) 2500-1234'], email: null },
  unit: {
    modelCode: 'AC-2200',
    modelNameEn: 'Split AC 2200',
    modelNameZh: '分離式冷氣 2200',
    serial: 'AC22-7781-XK',
    invoiceDate: '2023-05-02',
    invoiceNo: 'AB-12345678',
    seller: '燦坤 3C 民生店',
  },
  fault:
    '室內機不製冷，開機約十分鐘後壓縮機發出異音並自動停機，遙控器顯示 E5 錯誤碼；' +
    '客戶表示上週曾自行拆下面板清洗濾網，之後開始出現問題。夜間運轉時有滴水現象。',
  accessories: ['remote', 'power_cord', 'manual'],
  accessoriesNote: '遙控器背蓋缺失',
  condition: '面板右下角有約 3 公分刮痕，出風口葉片一片斷裂',
  emergency: { responseDueAt: '2026-11-27T06:40:00.000Z', onSiteDueAt: '2026-12-01T09:59:59.000Z' },
  warranty: {
    status: 'not_covered',
    expiresOn: '2025-05-02',
    warrantyMonths: 24,
    reasons: [
      {
        code: 'tampered',
        en: 'Not covered: disassembled, modified or repaired by the customer or a third party.',
        zh: '不屬保修範圍：經用戶或第三方自行拆卸、改裝或維修。',
        note: '面板卡榫斷裂，客戶自述曾拆卸',
      },
      {
        code: 'expired',
        en: 'Not covered: past the warranty period, which ended on 2025-05-02 (24 months from the purchase invoice date 2023-05-02).',
        zh: '不屬保修範圍：已超過保修期限（自購買發票日期 2023-05-02 起 24 個月，至 2025-05-02 止）。',
      },
    ],
  },
  notCovered: {
    explanation: '已說明保固已過期且曾自行拆卸，客戶同意先報價。',
    offer: 'paid_repair',
  },
  photos: 3,
  terms: receiptTerms('zh-TW'),
  signature: {
    dataUrl: `data:image/png;base64,${signaturePng().toString('base64')}`,
    signedAt: '2026-11-27T02:45:00.000Z',
  },
  receivedBy: '陳雅婷 Amy Chen',
};

export const unitLabelSnapshotSample: UnitLabelSnapshot = {
  printedAt: '2026-11-27T02:51:32.000Z',
  reportNo: 'R2026-000123',
  reportedAt: '2026-11-27T02:40:00.000Z',
  modelCode: 'AC-2200',
  modelNameEn: 'Split AC 2200',
  modelNameZh: '分離式冷氣 2200',
  serial: 'AC22-7781-XK',
  customer: '歐陽',
  emergency: true,
};
