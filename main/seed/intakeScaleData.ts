import type { Knex } from 'knex';
import { insertedId } from '../intake/rows';

// Reference rows the intake scale generator draws from: a catalogue and stations (created once,
// codes prefixed SC-), a staff member to be the tickets' creator, and bilingual names.

export type ScaleModel = { id: number; months: number; emergency: boolean };
export type ScaleRefs = { models: ScaleModel[]; stationIds: number[]; staffId: number };

const TYPES: [string, string, string, number, boolean][] = [
  ['SC-AC', 'Air conditioner', '冷氣機', 24, true],
  ['SC-WM', 'Washing machine', '洗衣機', 12, false],
  ['SC-TV', 'Television', '液晶電視', 24, false],
  ['SC-RF', 'Refrigerator', '電冰箱', 36, true],
  ['SC-MW', 'Microwave oven', '微波爐', 12, false],
];
const STATIONS: [string, string, string][] = [
  ['SC-TPE', 'Taipei', '台北站'],
  ['SC-TXG', 'Taichung', '台中站'],
  ['SC-TNN', 'Tainan', '台南站'],
  ['SC-KHH', 'Kaohsiung', '高雄站'],
];

export async function scaleReferences(db: Knex, at: string): Promise<ScaleRefs> {
  const stamp = { created_at: at, updated_at: at };
  for (const [code, en, zh, months, emergency] of TYPES) {
    await db('product_types')
      .insert({ code, name_en: en, name_zh: zh, warranty_months: months, emergency, ...stamp })
      .onConflict('code')
      .ignore();
    const type = await db('product_types').where({ code }).first('id');
    for (let i = 1; i <= 8; i++) {
      await db('product_models')
        .insert({
          code: `${code}-${100 * i}`,
          name_en: `${en} ${100 * i}`,
          name_zh: `${zh} ${100 * i} 型`,
          product_type_id: type.id,
          ...(i === 8 && {
            warranty_months_override: 36,
            override_note: 'National rule / 國家規定',
          }),
          ...stamp,
        })
        .onConflict('code')
        .ignore();
    }
  }
  for (const [code, en, zh] of STATIONS) {
    await db('repair_stations')
      .insert({ code, name_en: `${en} station`, name_zh: zh, ...stamp })
      .onConflict('code')
      .ignore();
  }
  const models = await db('product_models as m')
    .join('product_types as t', 't.id', 'm.product_type_id')
    .where('m.code', 'like', 'SC-%')
    .orderBy('m.id')
    .select('m.id', 'm.warranty_months_override', 't.warranty_months', 't.emergency');
  const stations = await db('repair_stations')
    .where('code', 'like', 'SC-%')
    .orderBy('id')
    .select('id');
  // Tickets name the staff member who took them (policy 1). A bare scale database gets an
  // inactive, PIN-less account for that; seed with --demo as well to be able to sign in.
  let staff = await db('staff').orderBy('id').first('id');
  if (!staff) {
    const [row] = await db('staff')
      .insert({
        username: 'scale-seed',
        display_name: 'Scale seed',
        pin_hash: '!',
        active: false,
        ...stamp,
      })
      .returning('id');
    staff = { id: insertedId(row) };
  }
  return {
    models: models.map((m) => ({
      id: m.id,
      months: m.warranty_months_override ?? m.warranty_months,
      emergency: m.emergency === 1 || m.emergency === true,
    })),
    stationIds: stations.map((s) => s.id),
    staffId: staff.id,
  };
}

const SURNAMES =
  '陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴';
const GIVEN = '美玲志明雅婷家豪淑芬建宏怡君俊傑佳穎宗翰冠宇欣怡承恩詩涵柏翰思妤子晴品妍宇軒';
const ROMAN: Record<string, string> = {
  陳: 'Chen',
  林: 'Lin',
  黃: 'Huang',
  張: 'Chang',
  李: 'Lee',
  王: 'Wang',
  吳: 'Wu',
  劉: 'Liu',
};
const COMPANIES = ['貿易', '科技', '餐飲', '物流', '建設', '醫療', '電子', '旅行社'];

/** A deterministic bilingual customer name for row k. */
export function scaleName(
  k: number,
  random: () => number,
): { kind: 'person' | 'company'; name: string } {
  const surname = SURNAMES[k % SURNAMES.length];
  const given =
    GIVEN[Math.floor(random() * GIVEN.length)] + GIVEN[Math.floor(random() * GIVEN.length)];
  if (k % 7 === 0) {
    return { kind: 'company', name: `${surname}氏${COMPANIES[k % COMPANIES.length]}有限公司` };
  }
  const roman = ROMAN[surname];
  return { kind: 'person', name: roman ? `${surname}${given} ${roman}` : `${surname}${given}` };
}
