import type { Knex } from 'knex';
import { dropAppendOnlyGuard, guardAppendOnly } from './appendOnly';

// The bench's repair log (issue 5, item 3; policy 3.3): diagnosis notes, faults coded with a
// bilingual taxonomy (symptom, cause, measure) so they can be counted later (policy 6), labour
// time, and the test checklist per product type that must pass before a unit is handed back.
// Notes and checklist results are append-only (a correction is a new row; the latest result of
// an item counts). A fault removed by mistake is kept with who removed it and when.

const KINDS = ['symptom', 'cause', 'measure'];

type Code = [kind: string, code: string, nameEn: string, nameZh: string];

// Sensible defaults for home appliances; supervisors add, rename or retire codes later.
const FAULT_CODES: Code[] = [
  ['symptom', 'NO_POWER', 'No power', '不開機'],
  ['symptom', 'NO_COOLING', 'Not cooling', '不製冷'],
  ['symptom', 'NO_HEATING', 'Not heating', '不製熱'],
  ['symptom', 'NOISE', 'Abnormal noise', '異音'],
  ['symptom', 'VIBRATION', 'Excessive vibration', '震動過大'],
  ['symptom', 'LEAK', 'Water leak', '漏水'],
  ['symptom', 'ERROR_CODE', 'Shows an error code', '顯示錯誤碼'],
  ['symptom', 'NO_SPIN', 'Does not spin', '不脫水'],
  ['symptom', 'NO_DRAIN', 'Does not drain', '不排水'],
  ['symptom', 'SMELL', 'Burning smell', '焦味'],
  ['symptom', 'CONTROLS', 'Display or buttons faulty', '顯示或按鍵異常'],
  ['symptom', 'INTERMITTENT', 'Stops intermittently', '間歇性停機'],
  ['cause', 'COMPONENT', 'Component failure', '零件故障'],
  ['cause', 'WIRING', 'Wiring or connector fault', '線路或接頭故障'],
  ['cause', 'MISUSE', 'Use against the manual', '使用不當'],
  ['cause', 'WEAR', 'Normal wear', '自然磨損'],
  ['cause', 'FOREIGN_OBJECT', 'Foreign object', '異物'],
  ['cause', 'POWER_SURGE', 'Abnormal supply voltage', '電壓異常'],
  ['cause', 'FIRMWARE', 'Firmware fault', '韌體異常'],
  ['cause', 'INSTALLATION', 'Faulty installation', '安裝不良'],
  ['cause', 'REFRIGERANT', 'Refrigerant leak or shortage', '冷媒洩漏或不足'],
  ['cause', 'BLOCKAGE', 'Blocked filter or drain', '濾網或排水堵塞'],
  ['cause', 'TRANSPORT', 'Transport damage', '運送損壞'],
  ['measure', 'REPLACE_PART', 'Replace part', '更換零件'],
  ['measure', 'REPAIR_SOLDER', 'Repair or resolder', '維修焊接'],
  ['measure', 'REWIRE', 'Repair wiring', '線路修復'],
  ['measure', 'CLEAN', 'Clean', '清潔'],
  ['measure', 'ADJUST', 'Adjust or calibrate', '調整校正'],
  ['measure', 'FIRMWARE_UPDATE', 'Firmware update', '韌體更新'],
  ['measure', 'RECHARGE', 'Recharge refrigerant', '補充冷媒'],
  ['measure', 'REINSTALL', 'Refit or reinstall', '重新安裝'],
  ['measure', 'USAGE_ADVICE', 'Usage advice given', '使用指導'],
  ['measure', 'NO_FAULT_FOUND', 'No fault found', '未發現故障'],
];

// Policy 3.3: test fully after the repair. The default list serves every product type that
// has no active checklist of its own.
const DEFAULT_CHECKLIST: [code: string, labelEn: string, labelZh: string][] = [
  ['POWER_ON', 'Power-on test', '通電測試'],
  ['FUNCTION', 'Function test', '功能測試'],
  ['SAFETY', 'Safety and leakage current test', '安全漏電測試'],
  ['APPEARANCE', 'Appearance check', '外觀檢查'],
  ['ACCESSORIES', 'Accessories complete', '配件齊全'],
];

export async function up(knex: Knex): Promise<void> {
  const at = new Date().toISOString();
  await knex.schema.createTable('fault_codes', (t) => {
    t.increments('id').primary();
    t.string('kind', 10).notNullable();
    t.string('code', 20).notNullable();
    t.string('name_en', 80).notNullable();
    t.string('name_zh', 80).notNullable();
    t.integer('sort').notNullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.unique(['kind', 'code']);
    t.check(`?? in (${KINDS.map((k) => `'${k}'`).join(', ')})`, ['kind'], 'fault_codes_kind');
  });
  const sorts = new Map<string, number>();
  await knex('fault_codes').insert(
    FAULT_CODES.map(([kind, code, nameEn, nameZh]) => {
      const sort = (sorts.get(kind) ?? 0) + 10;
      sorts.set(kind, sort);
      return { kind, code, name_en: nameEn, name_zh: nameZh, sort, created_at: at, updated_at: at };
    }),
  );

  await knex.schema.createTable('ticket_notes', (t) => {
    t.increments('id').primary();
    t.integer('ticket_id').notNullable().references('id').inTable('tickets');
    t.string('kind', 10).notNullable();
    t.text('text').notNullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.index(['ticket_id', 'id']);
    t.check("?? in ('diagnosis', 'note')", ['kind'], 'ticket_notes_kind');
  });
  await guardAppendOnly(knex, 'ticket_notes');

  await knex.schema.createTable('ticket_faults', (t) => {
    t.increments('id').primary();
    t.integer('ticket_id').notNullable().references('id').inTable('tickets');
    t.integer('symptom_code_id').notNullable().references('id').inTable('fault_codes');
    t.integer('cause_code_id').notNullable().references('id').inTable('fault_codes');
    t.integer('measure_code_id').notNullable().references('id').inTable('fault_codes');
    t.string('note', 500).nullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.integer('removed_by').nullable().references('id').inTable('staff');
    t.string('removed_at', 30).nullable();
    t.index(['ticket_id', 'id']);
    // Fault statistics (policy 6) count by code.
    t.index(['symptom_code_id']);
    t.index(['cause_code_id']);
    t.index(['measure_code_id']);
  });

  await knex.schema.createTable('labour_entries', (t) => {
    t.increments('id').primary();
    t.integer('ticket_id').notNullable().references('id').inTable('tickets');
    t.integer('staff_id').notNullable().references('id').inTable('staff');
    t.string('source', 10).notNullable();
    t.string('started_at', 30).nullable();
    t.string('stopped_at', 30).nullable();
    t.integer('minutes').nullable();
    t.string('note', 200).nullable();
    t.string('created_at', 30).notNullable();
    t.index(['ticket_id', 'id']);
    t.index(['staff_id', 'id']);
    t.check("?? in ('timer', 'manual')", ['source'], 'labour_entries_source');
    t.check('?? is null or ?? >= 1', ['minutes', 'minutes'], 'labour_entries_minutes');
    // A manual entry is minutes only; a timer has a start, and minutes once it stops.
    t.check(
      "(?? = 'manual' and ?? is not null and ?? is null) or (?? = 'timer' and ?? is not null and (?? is null) = (?? is null))",
      ['source', 'minutes', 'started_at', 'source', 'started_at', 'stopped_at', 'minutes'],
      'labour_entries_shape',
    );
  });
  // One running timer per technician and ticket: a second start is refused by the database too.
  await knex.raw(
    `CREATE UNIQUE INDEX labour_entries_running ON labour_entries (ticket_id, staff_id)
     WHERE stopped_at IS NULL AND source = 'timer'`,
  );

  await knex.schema.createTable('checklist_items', (t) => {
    t.increments('id').primary();
    t.integer('product_type_id').nullable().references('id').inTable('product_types');
    t.string('code', 20).notNullable();
    t.string('label_en', 120).notNullable();
    t.string('label_zh', 120).notNullable();
    t.integer('sort').notNullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.unique(['product_type_id', 'code']);
  });
  // NULLs are distinct in a UNIQUE constraint, so the default list (no type) needs its own.
  await knex.raw(
    `CREATE UNIQUE INDEX checklist_items_default_code ON checklist_items (code)
     WHERE product_type_id IS NULL`,
  );
  await knex('checklist_items').insert(
    DEFAULT_CHECKLIST.map(([code, labelEn, labelZh], i) => ({
      product_type_id: null,
      code,
      label_en: labelEn,
      label_zh: labelZh,
      sort: (i + 1) * 10,
      created_at: at,
      updated_at: at,
    })),
  );

  await knex.schema.createTable('ticket_checks', (t) => {
    t.increments('id').primary();
    t.integer('ticket_id').notNullable().references('id').inTable('tickets');
    t.integer('item_id').notNullable().references('id').inTable('checklist_items');
    t.string('result', 4).notNullable();
    t.string('note', 500).nullable();
    t.integer('created_by').notNullable().references('id').inTable('staff');
    t.string('created_at', 30).notNullable();
    t.index(['ticket_id', 'id']);
    t.check("?? in ('pass', 'fail')", ['result'], 'ticket_checks_result');
    // Policy 3.3: a failed test says what failed.
    t.check("?? = 'pass' or ?? is not null", ['result', 'note'], 'ticket_checks_fail_note');
  });
  await guardAppendOnly(knex, 'ticket_checks');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('ticket_checks');
  await dropAppendOnlyGuard(knex, 'ticket_checks');
  await knex.raw('DROP INDEX checklist_items_default_code');
  await knex.schema.dropTable('checklist_items');
  await knex.raw('DROP INDEX labour_entries_running');
  await knex.schema.dropTable('labour_entries');
  await knex.schema.dropTable('ticket_faults');
  await knex.schema.dropTable('ticket_notes');
  await dropAppendOnlyGuard(knex, 'ticket_notes');
  await knex.schema.dropTable('fault_codes');
}
