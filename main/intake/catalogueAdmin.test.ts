import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestClient, type TestDepot } from '../testing/testCore';
import { intakeFixture, type IntakeFixture } from './intakeFixture';

// Catalogue administration (issue 10, item 7): supervisors and admins keep models and repair
// stations; every change is audited and made at the version the editor saw. Tickets snapshot
// their warranty (policy 2), so no catalogue change rewrites a decided ticket.

let depot: TestDepot;
let fx: IntakeFixture;
let supervisor: TestClient;

beforeEach(async () => {
  depot = await createTestDepot();
  fx = await intakeFixture(depot);
  supervisor = await depot.as(['supervisor'], 'chang');
});
afterEach(async () => {
  await depot.close();
});

const audits = (entity: string) =>
  depot.core.db('audit_log').where({ entity, action: 'update' }).count<{ n: number }[]>({ n: '*' });

describe('product models', () => {
  it("sets and removes a model's override; a decided ticket keeps its warranty", async () => {
    // WM-80 follows the washing-machine type: 12 months from 2026-06-01, until 2027-06-01.
    const before = await fx.clerk.call('tickets/create', fx.ticket());
    expect(before.warranty).toMatchObject({ expiresOn: '2027-06-01', policy: { source: 'type' } });

    const [wm80] = await supervisor.call('catalogue/listModels', { codePrefix: 'WM-80' });
    const noNote = await refused(
      supervisor.call('catalogue/updateModel', {
        id: wm80.id,
        version: wm80.version,
        warrantyMonthsOverride: 24,
      }),
    );
    expect(noNote).toMatchObject({ code: 'VALIDATION', field: 'overrideNote' });

    const changed = await supervisor.call('catalogue/updateModel', {
      id: wm80.id,
      version: wm80.version,
      warrantyMonthsOverride: 24,
      overrideNote: 'Promotion 2026: two years',
      nameEn: 'Front loader 8 kg (2026)',
    });
    expect(changed).toMatchObject({
      version: 2,
      nameEn: 'Front loader 8 kg (2026)',
      warranty: { warrantyMonths: 24, source: 'model' },
    });
    const stale = await refused(
      supervisor.call('catalogue/updateModel', { id: wm80.id, version: 1, active: false }),
    );
    expect(stale.code).toBe('CONFLICT');
    // The ticket decided under 12 months still says 12 months.
    expect((await fx.clerk.call('tickets/get', { id: before.id })).warranty).toEqual(
      before.warranty,
    );

    // Removing the override clears its note: the type's period applies again.
    const removed = await supervisor.call('catalogue/updateModel', {
      id: wm80.id,
      version: 2,
      warrantyMonthsOverride: null,
    });
    expect(removed).toMatchObject({
      overrideNote: null,
      warranty: { warrantyMonths: 12, source: 'type' },
    });
    expect(Number((await audits('product_model'))[0].n)).toBe(2);
  });

  it('only supervisors and admins change the catalogue', async () => {
    const [wm80] = await fx.clerk.call('catalogue/listModels', { codePrefix: 'WM-80' });
    const error = await refused(
      fx.clerk.call('catalogue/updateModel', { id: wm80.id, version: 1, active: false }),
    );
    expect(error.code).toBe('FORBIDDEN');
  });
});

describe('repair stations', () => {
  it('keeps a name and address; an inactive station takes no new tickets', async () => {
    const [tpe] = await supervisor.call('stations/list', {});
    expect(tpe).toMatchObject({ code: 'TPE', address: null, version: 1 });
    const moved = await supervisor.call('stations/update', {
      id: tpe.id,
      version: 1,
      address: '台北市中山區民生東路 100 號',
    });
    expect(moved).toMatchObject({ address: '台北市中山區民生東路 100 號', version: 2 });
    await supervisor.call('stations/update', { id: tpe.id, version: 2, active: false });
    expect(await supervisor.call('stations/list', {})).toEqual([]);
    const error = await refused(fx.clerk.call('tickets/create', fx.ticket()));
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'stationId' });
    expect(
      (await refused(supervisor.call('stations/update', { id: tpe.id, version: 2, active: true })))
        .code,
    ).toBe('CONFLICT');
    expect(Number((await audits('repair_station'))[0].n)).toBe(2);
  });
});
