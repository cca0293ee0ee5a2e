import { randomUUID } from 'node:crypto';
import type { Input } from '../handlers';
import type { TestClient, TestDepot } from '../testing/testCore';

// A small catalogue for intake tests, made through the channels as an admin would.
export type IntakeFixture = {
  clerk: TestClient;
  /** Air conditioners: 24 months, emergency faults. */
  acTypeId: number;
  /** Washing machines: 12 months. */
  wmTypeId: number;
  acModelId: number;
  wmModelId: number;
  /** A model on a 36-month national rule. */
  nationalModelId: number;
  stationId: number;
  ticket: (patch?: Partial<Input<'tickets/create'>>) => Input<'tickets/create'>;
};

export async function intakeFixture(depot: TestDepot): Promise<IntakeFixture> {
  const admin = depot.admin;
  const ac = await admin.call('catalogue/createType', {
    code: 'AC',
    nameEn: 'Air conditioner',
    nameZh: '冷氣機',
    warrantyMonths: 24,
    emergency: true,
  });
  const wm = await admin.call('catalogue/createType', {
    code: 'WM',
    nameEn: 'Washing machine',
    nameZh: '洗衣機',
    warrantyMonths: 12,
  });
  const acModel = await admin.call('catalogue/createModel', {
    code: 'AC-2200',
    nameEn: 'Split AC 2200',
    nameZh: '分離式冷氣 2200',
    typeId: ac.id,
  });
  const wmModel = await admin.call('catalogue/createModel', {
    code: 'WM-80',
    nameEn: 'Front loader 8 kg',
    nameZh: '滾筒洗衣機 8 公斤',
    typeId: wm.id,
  });
  const national = await admin.call('catalogue/createModel', {
    code: 'WM-90N',
    nameEn: 'Front loader 9 kg (energy label)',
    nameZh: '滾筒洗衣機 9 公斤（節能標章）',
    typeId: wm.id,
    warrantyMonthsOverride: 36,
    overrideNote: 'National energy-label rule: 3 years',
  });
  const station = await admin.call('stations/create', {
    code: 'TPE',
    nameEn: 'Taipei station',
    nameZh: '台北站',
  });
  const clerk = await depot.as(['intake_clerk'], 'mei');
  return {
    clerk,
    acTypeId: ac.id,
    wmTypeId: wm.id,
    acModelId: acModel.id,
    wmModelId: wmModel.id,
    nationalModelId: national.id,
    stationId: station.id,
    ticket: (patch = {}) => ({
      clientRequestId: randomUUID(),
      channel: 'counter',
      stationId: station.id,
      newCustomer: { kind: 'person', name: '陳美玲', phones: ['0912-345-678'] },
      newUnit: { modelId: wmModel.id, serial: 'WM80-0001', invoiceDate: '2026-06-01' },
      faultDescription: 'Drum does not spin / 脫水不轉',
      accessories: ['power_cord'],
      ...patch,
    }),
  };
}

/** Row counts of everything intake writes, to prove a refused call changed nothing. */
export async function intakeCounts(depot: TestDepot): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of [
    'tickets',
    'customers',
    'customer_phones',
    'units',
    'report_counters',
    'audit_log',
  ]) {
    const [row] = await depot.core.db(table).count<{ n: number }[]>({ n: '*' });
    out[table] = Number(row.n);
  }
  return out;
}
