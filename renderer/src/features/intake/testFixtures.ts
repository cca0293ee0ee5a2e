import type { Customer } from '../../../../main/intake/customerRepo';
import type { ProductModel } from '../../../../main/intake/catalogueRepo';
import type { Station } from '../../../../main/intake/stationHandlers';
import type { TicketView } from '../../../../main/intake/ticketHandlers';
import type { UnitRecord } from '../../../../main/intake/unitRepo';
import type { WarrantyDecision } from '../../../../main/intake/warranty';

// Test data for the intake components: the demo depot's washing machine and its owner.

export const washer: ProductModel = {
  id: 3,
  code: 'WM-80',
  nameEn: 'Front loader 8 kg',
  nameZh: '滾筒洗衣機 8公斤',
  typeId: 2,
  typeCode: 'WM',
  warrantyMonthsOverride: null,
  overrideNote: null,
  warranty: { warrantyMonths: 12, source: 'type' },
  emergency: false,
  active: true,
  version: 1,
};

export const taipei: Station = {
  id: 1,
  code: 'TPE',
  nameEn: 'Taipei station',
  nameZh: '台北站',
  address: null,
  active: true,
  version: 1,
};

export const meiling: Customer = {
  id: 7,
  kind: 'person',
  name: '陳美玲 Chen Mei-ling',
  phones: [{ phone: '0912-345-678', normalised: '0912345678' }],
  email: null,
  address: '台北市大安區復興南路一段 200 號',
  version: 1,
};

export const washerRecord: UnitRecord = {
  unit: {
    id: 11,
    modelId: washer.id,
    serial: 'WM80-2025-00017',
    invoiceDate: '2025-06-01',
    invoiceNo: 'AB-12345678',
    seller: '全國電子',
    customerId: meiling.id,
    version: 1,
  },
  model: washer,
  customer: meiling,
  tickets: [
    {
      id: 4,
      reportNo: 'R2026-000004',
      reportedAt: '2026-01-10T02:00:00.000Z',
      status: 'received',
      warrantyStatus: 'covered',
      faultDescription: 'Drum does not spin',
      completedAt: '2026-01-20T08:00:00.000Z',
    },
  ],
  openTicket: null,
  newTicket: { allowed: true, refusal: null },
};

export const coveredDecision: WarrantyDecision = {
  covered: true,
  status: 'covered',
  expiresOn: '2026-06-01',
  intakeDate: '2026-03-14',
  invoiceDate: '2025-06-01',
  reasons: [
    {
      code: 'in_warranty',
      en: 'Inside the warranty period: 12 months from the purchase invoice date 2025-06-01, until 2026-06-01.',
      zh: '在保修期限內：自購買發票日期 2025-06-01 起 12 個月，至 2026-06-01 止。',
    },
  ],
  policy: { warrantyMonths: 12, source: 'type' },
  override: null,
};

export function ticketFrom(
  overrides: Partial<TicketView> = {},
): TicketView & { replayed: boolean } {
  return {
    id: 21,
    reportNo: 'R2026-000021',
    channel: 'phone',
    reportedAt: '2026-03-14T02:00:00.000Z',
    status: 'received',
    customer: meiling,
    unit: {
      id: washerRecord.unit.id,
      serial: washerRecord.unit.serial,
      invoiceDate: washerRecord.unit.invoiceDate,
      invoiceNo: washerRecord.unit.invoiceNo,
      seller: washerRecord.unit.seller,
      model: { id: washer.id, code: washer.code, nameEn: washer.nameEn, nameZh: washer.nameZh },
    },
    station: { id: taipei.id, code: taipei.code, nameEn: taipei.nameEn, nameZh: taipei.nameZh },
    faultDescription: 'Leaks water',
    accessories: [],
    accessoriesNote: '',
    condition: '',
    emergency: false,
    warranty: coveredDecision,
    notCoveredExplanation: null,
    offer: null,
    repeatOf: null,
    responseDueAt: null,
    onSiteDueAt: null,
    overdue: false,
    completedAt: null,
    cancelled: null,
    createdBy: { id: 1, displayName: 'Mei' },
    createdAt: '2026-03-14T02:00:00.000Z',
    version: 1,
    // As the core computes them for a supervisor at the desk (main/intake/ticketActions.ts).
    actions: {
      cancel: { allowed: true, refusal: null },
      overrideWarranty: {
        allowed: false,
        refusal: {
          code: 'RULE',
          reason: 'intake.alreadyCovered',
          params: { reportNo: 'R2026-000021' },
          message: 'R2026-000021 is already covered by the warranty.',
        },
      },
    },
    replayed: false,
    ...overrides,
  };
}
