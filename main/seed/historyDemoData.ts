// The demo history's vocabulary: the fault taxonomy a supervisor keeps (symptom, cause,
// measure), which faults each product type shows and how often, with the part each one takes,
// and customers' names. Bilingual as staff would type them.

export type FaultKind = 'symptom' | 'cause' | 'measure';

// prettier-ignore
export const HISTORY_CODES: [kind: FaultKind, code: string, en: string, zh: string][] = [
  ['symptom', 'NO-POWER', 'Does not power on', '無法開機'],
  ['symptom', 'NO-COOL', 'Not cooling', '不冷'],
  ['symptom', 'NO-DRAIN', 'Does not drain', '不排水'],
  ['symptom', 'NO-SPIN', 'Drum does not spin', '不脫水'],
  ['symptom', 'DOOR-LOCK', 'Door stays locked', '門鎖打不開'],
  ['symptom', 'NOISE', 'Noisy', '異音'],
  ['symptom', 'LEAK', 'Leaking', '漏水'],
  ['symptom', 'NO-PICTURE', 'No picture', '無畫面'],
  ['symptom', 'ERROR-CODE', 'Shows an error code', '顯示錯誤碼'],
  ['symptom', 'REMOTE', 'Remote does not work', '遙控失效'],
  ['cause', 'PUMP-BLOCK', 'Drain pump blocked', '排水泵堵塞'],
  ['cause', 'PUMP-FAIL', 'Drain pump failed', '排水泵故障'],
  ['cause', 'BEARING', 'Worn drum bearing', '軸承磨損'],
  ['cause', 'LOCK-SW', 'Door lock switch failed', '門鎖開關故障'],
  ['cause', 'SEAL-WORN', 'Worn seal', '密封件老化'],
  ['cause', 'BELT-WORN', 'Worn drive belt', '皮帶磨損'],
  ['cause', 'HOSE', 'Cracked hose', '水管破裂'],
  ['cause', 'PCB-FAIL', 'Control board failed', '控制板故障'],
  ['cause', 'REFRIG-LOW', 'Refrigerant low', '冷媒不足'],
  ['cause', 'CAP-FAIL', 'Capacitor failed', '電容故障'],
  ['cause', 'SENSOR', 'Temperature sensor failed', '感溫器故障'],
  ['cause', 'FAN-MOTOR', 'Fan motor failed', '風扇馬達故障'],
  ['cause', 'DRAIN-BLOCK', 'Condensate drain blocked', '排水管堵塞'],
  ['cause', 'REMOTE-FAIL', 'Remote control failed', '遙控器故障'],
  ['cause', 'BACKLIGHT', 'Backlight failed', '背光故障'],
  ['cause', 'PSU-FAIL', 'Power supply failed', '電源板故障'],
  ['cause', 'TCON', 'Timing board failed', '時序板故障'],
  ['cause', 'FIRMWARE', 'Firmware fault', '韌體異常'],
  ['cause', 'THERMOSTAT', 'Thermostat failed', '溫控器故障'],
  ['cause', 'DEFROST', 'Defrost heater failed', '除霜加熱器故障'],
  ['cause', 'USER', 'Installed or used wrongly', '安裝或使用不當'],
  ['measure', 'REPLACE', 'Part replaced', '更換零件'],
  ['measure', 'CLEAN', 'Cleaned', '清潔'],
  ['measure', 'ADJUST', 'Adjusted', '調整'],
  ['measure', 'RECHARGE', 'Refrigerant recharged', '補充冷媒'],
  ['measure', 'UPDATE', 'Firmware updated', '更新韌體'],
];

/**
 * A fault a product type shows, its weight among that type's faults, and the part it takes
 * (null: fixed without parts). The door lock switch's weight follows its own story (see
 * lockSwitchWeight in historyDemo.ts).
 */
export type FaultPlan = {
  symptom: string;
  cause: string;
  measure: string;
  partNo: string | null;
  weight: number;
};

const f = (
  symptom: string,
  cause: string,
  measure: string,
  partNo: string | null,
  weight: number,
): FaultPlan => ({ symptom, cause, measure, partNo, weight });

// A few dominant faults per type and a long tail.
export const FAULTS_BY_TYPE: Record<string, FaultPlan[]> = {
  WM: [
    f('NO-DRAIN', 'PUMP-BLOCK', 'CLEAN', null, 30),
    f('NO-DRAIN', 'PUMP-FAIL', 'REPLACE', 'WM-PUMP-01', 12),
    f('NOISE', 'BEARING', 'REPLACE', 'WM-BEAR-6205', 10),
    f('DOOR-LOCK', 'LOCK-SW', 'REPLACE', 'WM-LOCK-01', 0),
    f('LEAK', 'SEAL-WORN', 'REPLACE', 'WM-DOOR-SEAL', 6),
    f('NO-SPIN', 'BELT-WORN', 'REPLACE', 'WM-BELT-80', 5),
    f('LEAK', 'HOSE', 'REPLACE', 'WM-HOSE-IN', 3),
    f('NO-POWER', 'PCB-FAIL', 'REPLACE', 'WM-MB-80', 2),
  ],
  AC: [
    f('NO-COOL', 'REFRIG-LOW', 'RECHARGE', 'AC-R32-3KG', 25),
    f('NO-COOL', 'CAP-FAIL', 'REPLACE', 'AC-CAP-35', 20),
    f('LEAK', 'DRAIN-BLOCK', 'CLEAN', null, 8),
    f('ERROR-CODE', 'SENSOR', 'REPLACE', 'AC-SENS-T', 10),
    f('NOISE', 'FAN-MOTOR', 'REPLACE', 'AC-FAN-IN', 4),
    f('REMOTE', 'REMOTE-FAIL', 'REPLACE', 'AC-REM-01', 3),
    f('NO-POWER', 'PCB-FAIL', 'REPLACE', 'AC-INV-PCB', 2),
  ],
  TV: [
    f('NO-PICTURE', 'BACKLIGHT', 'REPLACE', 'TV-LED-55', 15),
    f('NO-POWER', 'PSU-FAIL', 'REPLACE', 'TV-PSU-55', 8),
    f('ERROR-CODE', 'FIRMWARE', 'UPDATE', null, 5),
    f('NO-PICTURE', 'TCON', 'REPLACE', 'TV-TCON-55', 4),
  ],
  RF: [
    f('NO-COOL', 'THERMOSTAT', 'REPLACE', 'RF-THERM-01', 12),
    f('NO-COOL', 'DEFROST', 'REPLACE', 'RF-DEF-HTR', 8),
    f('LEAK', 'SEAL-WORN', 'REPLACE', 'RF-GASKET-450', 5),
    f('NOISE', 'USER', 'ADJUST', null, 4),
  ],
};

/** Product type mix of the units that come in (by type code), and the models of each. */
export const TYPE_MIX: [type: string, share: number, models: string[]][] = [
  ['WM', 0.35, ['WM-80', 'WM-90N']],
  ['AC', 0.35, ['AC-2200', 'AC-3600I']],
  ['TV', 0.15, ['TV-55Q']],
  ['RF', 0.15, ['RF-450']],
];

const SURNAMES = [
  '王',
  '李',
  '張',
  '劉',
  '楊',
  '趙',
  '吳',
  '徐',
  '孫',
  '馬',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
];
const SURNAMES_EN = [
  'Wang',
  'Li',
  'Chang',
  'Liu',
  'Yang',
  'Chao',
  'Wu',
  'Hsu',
  'Sun',
  'Ma',
  'Chu',
  'Hu',
  'Kuo',
  'Ho',
  'Kao',
];
const GIVEN = [
  '冠宇',
  '怡君',
  '俊傑',
  '雅琪',
  '家豪',
  '佳穎',
  '宗翰',
  '詩涵',
  '承恩',
  '欣怡',
  '柏翰',
  '思妤',
];
const GIVEN_EN = [
  'Kuan-yu',
  'Yi-chun',
  'Chun-chieh',
  'Ya-chi',
  'Chia-hao',
  'Chia-ying',
  'Tsung-han',
  'Shih-han',
  'Cheng-en',
  'Hsin-yi',
  'Po-han',
  'Ssu-yu',
];

/** The i-th history customer's name and phone; phones 0988-xxx-xxx are the history's own. */
export function historyCustomer(i: number): { name: string; phone: string } {
  const s = i % SURNAMES.length;
  const g = Math.floor(i / SURNAMES.length) % GIVEN.length;
  const digits = String(100_000 + i).slice(-6);
  return {
    name: `${SURNAMES[s]}${GIVEN[g]} ${SURNAMES_EN[s]} ${GIVEN_EN[g]}`,
    phone: `0988-${digits.slice(0, 3)}-${digits.slice(3)}`,
  };
}

export const COMPLAINTS = [
  '等太久才修好 / Took too long to repair',
  '修好後仍有異音 / Still noisy after the repair',
  '收費說明不清楚 / The charge was not explained',
];

export const TRAININGS: [
  course: string,
  kind: 'product_knowledge' | 'repair_skills' | 'service_rules' | 'safety',
  minutes: number,
][] = [
  ['變頻冷氣新機種說明 / New inverter AC models', 'product_knowledge', 180],
  ['滾筒洗衣機門鎖檢修 / Front loader door lock repair', 'repair_skills', 240],
  ['客戶應對與保修條款 / Customer service and warranty terms', 'service_rules', 120],
  ['冷媒安全作業 / Refrigerant safety', 'safety', 90],
];
