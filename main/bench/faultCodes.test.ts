import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestClient, type TestDepot } from '../testing/testCore';

// Issue 5, item 3 (policy 6): the fault taxonomy is three configurable bilingual code lists,
// seeded with defaults, kept by supervisors; a code is retired, never renamed or deleted.

let depot: TestDepot;
let supervisor: TestClient;
beforeEach(async () => {
  depot = await createTestDepot();
  supervisor = await depot.as(['supervisor']);
});
afterEach(() => depot.close());

describe('the fault code lists', () => {
  it('come seeded with bilingual defaults for home appliances, in screen order', async () => {
    const tech = await depot.as(['technician']);
    const all = await tech.call('faultCodes/list', {});
    for (const kind of ['symptom', 'cause', 'measure'] as const) {
      const n = all.filter((c) => c.kind === kind).length;
      expect(n, kind).toBeGreaterThanOrEqual(8);
      expect(n, kind).toBeLessThanOrEqual(12);
    }
    const order = ['symptom', 'cause', 'measure'];
    const kinds = all.map((c) => order.indexOf(c.kind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    expect(all[0]).toMatchObject({ kind: 'symptom', code: 'NO_POWER', nameZh: '不開機' });
    expect(all.every((c) => c.nameEn !== '' && c.nameZh !== '' && c.active)).toBe(true);
    const measures = await tech.call('faultCodes/list', { kind: 'measure' });
    expect(measures.map((c) => c.code)).toContain('NO_FAULT_FOUND');
    expect(measures.every((c) => c.kind === 'measure')).toBe(true);
  });

  it('a supervisor adds a code; it goes to the end of its list', async () => {
    const saved = await supervisor.call('faultCodes/save', {
      kind: 'symptom',
      code: ' door_lock ',
      nameEn: 'Door does not lock',
      nameZh: '門鎖故障',
    });
    expect(saved).toMatchObject({ code: 'DOOR_LOCK', active: true, version: 1 });
    const symptoms = await supervisor.call('faultCodes/list', { kind: 'symptom' });
    expect(symptoms.at(-1)?.code).toBe('DOOR_LOCK');
    const audit = await depot.core.db('audit_log').where({ entity: 'fault_code' });
    expect(audit).toHaveLength(1);
  });

  it('changes a code only at the version seen; retiring hides it from the pick list', async () => {
    const [noise] = (await supervisor.call('faultCodes/list', { kind: 'symptom' })).filter(
      (c) => c.code === 'NOISE',
    );
    const overwrite = await refused(
      supervisor.call('faultCodes/save', {
        kind: 'symptom',
        code: 'NOISE',
        nameEn: 'Noise',
        nameZh: '噪音',
      }),
    );
    expect(overwrite).toMatchObject({ code: 'CONFLICT', field: 'code' });
    const renamed = await supervisor.call('faultCodes/save', {
      kind: 'symptom',
      code: 'NOISE',
      nameEn: 'Abnormal noise or rattle',
      nameZh: '異音',
      version: noise.version,
    });
    expect(renamed).toMatchObject({ nameEn: 'Abnormal noise or rattle', version: 2 });
    const stale = await refused(
      supervisor.call('faultCodes/save', {
        kind: 'symptom',
        code: 'NOISE',
        nameEn: 'Noise',
        nameZh: '異音',
        active: false,
        version: noise.version,
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/changed by someone else/);
    await supervisor.call('faultCodes/save', {
      kind: 'symptom',
      code: 'NOISE',
      nameEn: renamed.nameEn,
      nameZh: renamed.nameZh,
      active: false,
      version: 2,
    });
    const active = await supervisor.call('faultCodes/list', { kind: 'symptom' });
    expect(active.map((c) => c.code)).not.toContain('NOISE');
    const all = await supervisor.call('faultCodes/list', {
      kind: 'symptom',
      includeInactive: true,
    });
    expect(all.find((c) => c.code === 'NOISE')?.active).toBe(false);
  });

  it('refuses bad input and other roles, and changes nothing', async () => {
    const before = await depot.core.db('fault_codes').count({ n: '*' });
    const tech = await depot.as(['technician']);
    const forbidden = await refused(
      tech.call('faultCodes/save', { kind: 'cause', code: 'X', nameEn: 'X', nameZh: 'X' }),
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    const cases: [unknown, RegExp][] = [
      [{ kind: 'reason', code: 'X', nameEn: 'X', nameZh: 'X' }, /kind/],
      [{ kind: 'cause', code: 'two words', nameEn: 'X', nameZh: 'X' }, /code: Code: 1-20/],
      [{ kind: 'cause', code: 'X', nameEn: '', nameZh: 'X' }, /nameEn: English name is required/],
      [{ kind: 'cause', code: 'X', nameEn: 'X', nameZh: 'X', sort: -1 }, /sort/],
    ];
    for (const [input, message] of cases) {
      const result = await supervisor.raw('faultCodes/save', input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION');
        expect(result.error.message).toMatch(message);
      }
    }
    const missing = await refused(
      supervisor.call('faultCodes/save', {
        kind: 'cause',
        code: 'NEW_ONE',
        nameEn: 'X',
        nameZh: 'X',
        version: 3,
      }),
    );
    expect(missing).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
    expect(await depot.core.db('fault_codes').count({ n: '*' })).toEqual(before);
  });
});
