import type { Knex } from 'knex';
import { insertedId } from '../intake/rows';

// What the stockroom scale generator draws from: a bilingual catalogue of appliance spare parts
// (categories with cost ranges), bin locations, suppliers, inspection and correction reasons,
// and the staff who post the moves.

export type ScaleCategory = {
  code: string;
  en: string;
  zh: string;
  unit: string;
  /** Unit cost range in minor units (NT$ cents). */
  cost: [number, number];
  /** Expensive enough that some of its parts are critical, with quotas (policy 5.3). */
  expensive: boolean;
};

const CATEGORY_ROWS: [string, string, string, string, number, number, boolean][] = [
  ['COMP', 'Compressor', '壓縮機', 'pcs', 450_000, 1_200_000, true],
  ['PCB', 'Main control board', '主控制板', 'pcs', 150_000, 600_000, true],
  ['PANEL', 'LCD panel', '液晶面板', 'pcs', 300_000, 1_500_000, true],
  ['MAGN', 'Magnetron', '磁控管', 'pcs', 60_000, 250_000, true],
  ['MOTOR', 'Fan motor', '風扇馬達', 'pcs', 40_000, 200_000, false],
  ['PUMP', 'Drain pump', '排水泵', 'pcs', 30_000, 120_000, false],
  ['VALVE', 'Expansion valve', '膨脹閥', 'pcs', 20_000, 80_000, false],
  ['SENSOR', 'Temperature sensor', '溫度感測器', 'pcs', 3_000, 20_000, false],
  ['CAP', 'Run capacitor', '運轉電容', 'pcs', 2_000, 15_000, false],
  ['BELT', 'Drive belt', '傳動皮帶', 'pcs', 3_000, 12_000, false],
  ['FILTER', 'Air filter', '空氣濾網', 'pcs', 2_000, 10_000, false],
  ['REMOTE', 'Remote control', '遙控器', 'pcs', 5_000, 30_000, false],
  ['SEAL', 'Door gasket', '門封條', 'pcs', 8_000, 40_000, false],
  ['FUSE', 'Thermal fuse', '溫度保險絲', 'pcs', 500, 3_000, false],
  ['GAS', 'Refrigerant R32', '冷媒 R32', 'kg', 30_000, 60_000, false],
  ['SCREW', 'Screw kit', '螺絲組', 'set', 500, 2_000, false],
  ['CABLE', 'Power cord', '電源線', 'pcs', 3_000, 15_000, false],
  ['LED', 'Backlight strip', '背光燈條', 'set', 20_000, 90_000, false],
];

export const SCALE_CATEGORIES: ScaleCategory[] = CATEGORY_ROWS.map(
  ([code, en, zh, unit, low, high, expensive]) => ({
    code,
    en,
    zh,
    unit,
    cost: [low, high],
    expensive,
  }),
);

/** Where a part sits on the card and the shelf: left, upper, outer... or nothing. */
const POSITIONS: [string, string][] = [
  ['', ''],
  ['', ''],
  ['Left ', '左'],
  ['Right ', '右'],
  ['Upper ', '上'],
  ['Lower ', '下'],
  ['Inner ', '內'],
  ['Outer ', '外'],
];
const SERIES = ['AC', 'WM', 'TV', 'RF', 'MW'];

/** A deterministic bilingual part name, e.g. "Left fan motor for RF-300" / "左風扇馬達 RF-300 用". */
export function scalePartName(k: number, category: ScaleCategory): { en: string; zh: string } {
  const [posEn, posZh] = POSITIONS[(k * 7) % POSITIONS.length];
  const model = `${SERIES[(k * 3) % SERIES.length]}-${100 * (1 + ((k >> 3) % 9))}`;
  const noun = posEn ? category.en.toLowerCase() : category.en;
  return {
    en: `${posEn}${noun} for ${model} #${k % 1000}`,
    zh: `${posZh}${category.zh} ${model} 用 #${k % 1000}`,
  };
}

/** Aisle A-T, rack 01-40, level 1-5: "C-17-3". */
export function scaleBin(k: number): string {
  const aisle = String.fromCharCode(65 + (k % 20));
  const rack = String(1 + (Math.floor(k / 20) % 40)).padStart(2, '0');
  return `${aisle}-${rack}-${1 + (Math.floor(k / 800) % 5)}`;
}

export const SCALE_SUPPLIERS = [
  '大同零件 Tatung Parts',
  '聲寶服務 Sampo Service',
  '台灣日立 Hitachi Taiwan',
  '全國零件行 National Parts',
  '東元電機 TECO',
  '鴻運五金 Hung Yun Hardware',
];

/** Policy 5.1: a rejected unit at inspection always has a reason. */
export const SCALE_REJECT_REASONS = [
  '外箱破損 / Damaged in transit',
  '型號不符 / Wrong model',
  '功能測試不良 / Failed bench test',
];

/** Policy 5.2: a correction says why the books and the shelf differed. */
export const SCALE_ADJUST_REASONS = [
  '盤點差異 / Count difference',
  '登錄錯誤更正 / Booking error corrected',
  '找回遺失品 / Found on another shelf',
];

/**
 * The staff who post stock moves: stockroom keepers when the database has any (the demo does),
 * else the first staff member; a bare database gets the same inactive, PIN-less account the
 * intake scale generator uses.
 */
export async function scaleStockStaff(db: Knex, at: string): Promise<number[]> {
  const keepers = await db('staff_roles')
    .where({ role: 'stockroom_keeper' })
    .orderBy('staff_id')
    .pluck('staff_id');
  if (keepers.length > 0) return keepers.map(Number);
  const first = (await db('staff').orderBy('id').first('id')) as { id: number } | undefined;
  if (first) return [first.id];
  const [row] = await db('staff')
    .insert({
      username: 'scale-seed',
      display_name: 'Scale seed',
      pin_hash: '!',
      active: false,
      created_at: at,
      updated_at: at,
    })
    .returning('id');
  return [insertedId(row)];
}
