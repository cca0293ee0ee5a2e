import type { Knex } from 'knex';
import { fillOutcomes } from '../outcomes/fill';
import { storedSettingsIn } from '../outcomes/outcomes';
import { refuse } from '../contract/errors';
import type { Role } from '../contract/roles';
import { writeAudit } from '../audit/auditLog';
import { hashPin } from '../staff/pin';
import { insertStaff } from '../staff/staffRepo';
import type { Settings } from '../settings/settingsSchema';
import { seedAftercareDemo } from './aftercareDemo';
import { seedHistoryDemo } from './historyDemo';
import { seedIntakeDemo } from './intakeDemo';
import { seedStockDemo } from './stockDemo';

// A realistic small depot with bilingual names. Each feature adds its own part here as it
// lands (catalogue, customers, tickets, parts ...), so a demo always shows every screen in use.

export const DEMO_PIN = '1234';

export const DEMO_STAFF: { username: string; displayName: string; roles: Role[] }[] = [
  { username: 'admin', displayName: '系統管理員 Admin', roles: ['admin', 'supervisor'] },
  { username: 'mei', displayName: '陳美華 Chen Mei-hua', roles: ['intake_clerk'] },
  { username: 'hao', displayName: '林志豪 Lin Chih-hao', roles: ['technician'] },
  { username: 'ting', displayName: '黃雅婷 Huang Ya-ting', roles: ['technician'] },
  { username: 'kuo', displayName: '郭建宏 Kuo Chien-hung', roles: ['stockroom_keeper'] },
  { username: 'fen', displayName: '張淑芬 Chang Shu-fen', roles: ['supervisor'] },
  { username: 'wen', displayName: '李文傑 Lee Wen-chieh', roles: ['finance'] },
];

export const DEMO_SETTINGS: Pick<Settings, 'depot'> = {
  depot: {
    name: 'Harbour Repair Depot',
    nameZh: '港灣維修站',
    address: '台北市中山區民生東路三段 100 號 / No. 100, Sec. 3, Minsheng E. Rd., Taipei',
    phone: '02-2500-1234',
  },
};

/**
 * `dataDir` is the depot's data folder: with it the demo also hands units back to customers
 * (their signatures are files there) and shows the follow-up calls and a complaint, after six
 * months of settled history (`history: false` leaves it out).
 */
export async function seedDemo(
  db: Knex,
  now: Date,
  { dataDir, history = true }: { dataDir?: string; history?: boolean } = {},
): Promise<{ staff: number; outcomesFilled: number }> {
  const count = await db('staff').count<{ n: number }[]>({ n: '*' });
  if (Number(count[0].n) > 0) {
    throw refuse('CONFLICT', 'backup.demoNeedsNewDatabase', {
      message: 'This database already has staff; demo data goes into a new database only.',
    });
  }
  const pinHash = await hashPin(DEMO_PIN);
  const at = now.toISOString();
  await db.transaction(async (trx) => {
    for (const person of DEMO_STAFF) {
      const id = await insertStaff(trx, { ...person, pinHash, at });
      await writeAudit(trx, {
        channel: 'cli/seed',
        staffId: null,
        at: now,
        entity: 'staff',
        entityId: id,
        action: 'create',
        after: person,
      });
    }
    await trx('settings')
      .insert({
        key: 'depot',
        value: JSON.stringify(DEMO_SETTINGS.depot),
        updated_at: at,
        updated_by: null,
      })
      .onConflict('key')
      .merge();
    await writeAudit(trx, {
      channel: 'cli/seed',
      staffId: null,
      at: now,
      entity: 'settings',
      entityId: 'depot',
      action: 'update',
      after: DEMO_SETTINGS.depot,
    });
  });
  await seedIntakeDemo(db, now);
  await seedStockDemo(db, now);
  // Six months of repairs, calls and complaints before today, all settled (issue 10).
  if (dataDir && history) await seedHistoryDemo(db, now, dataDir);
  if (dataDir) await seedAftercareDemo(db, now, dataDir);
  // The intake demo hands a few tickets back straight in SQL: their outcome rows (main/outcomes/).
  const outcomesFilled = await fillOutcomes(db, await storedSettingsIn(db));
  return { staff: DEMO_STAFF.length, outcomesFilled };
}
