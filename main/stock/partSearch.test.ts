import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intakeFixture, type IntakeFixture } from '../intake/intakeFixture';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { stockFixture, type StockFixture } from './stockFixture';

let depot: TestDepot;
let fx: StockFixture;
let desk: IntakeFixture;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await stockFixture(depot);
  desk = await intakeFixture(depot);
});
afterEach(() => depot.close());

const numbers = (hits: { partNo: string }[]) => hits.map((h) => h.partNo);

describe('parts found by name, number or model fit (issue 11, item 5)', () => {
  beforeEach(async () => {
    await fx.part({
      partNo: 'LED-PANEL-55',
      nameEn: 'LED backlight strip',
      nameZh: 'LED 背光燈條',
    });
    await fx.part({ partNo: 'PCB-MAIN', nameEn: 'Main board', nameZh: '主機板' });
    await fx.part({ partNo: 'PUMP-01', nameEn: 'Drain pump', nameZh: '排水泵' });
    await fx.part({ partNo: 'X_100', nameEn: 'Odd 100% part', nameZh: '測試零件' });
    await fx.part({ partNo: 'XA100', nameEn: '100 watt lamp', nameZh: '燈泡' });
  });

  it('typing "LED" finds the LED parts, by number and by name in either language', async () => {
    expect(numbers(await fx.technician.call('parts/search', { q: 'led' }))).toEqual([
      'LED-PANEL-55',
    ]);
    expect(numbers(await fx.technician.call('parts/search', { q: 'backlight' }))).toEqual([
      'LED-PANEL-55',
    ]);
    expect(numbers(await fx.technician.call('parts/search', { q: '排水' }))).toEqual(['PUMP-01']);
    expect(numbers(await fx.technician.call('parts/search', { q: 'pcb' }))).toEqual(['PCB-MAIN']);
  });

  it('a typed % or _ matches itself, not anything', async () => {
    expect(numbers(await fx.technician.call('parts/search', { q: '100%' }))).toEqual(['X_100']);
    expect(numbers(await fx.technician.call('parts/search', { q: 'x_' }))).toEqual(['X_100']);
  });

  it('the stockroom says which models a part fits; those parts come first for that model, marked', async () => {
    const pump = (await fx.technician.call('parts/search', { q: 'PUMP-01' }))[0];
    const fitted = await fx.keeper.call('parts/setModels', {
      partId: pump.id,
      modelIds: [desk.wmModelId],
    });
    expect(fitted.map((m) => m.id)).toEqual([desk.wmModelId]);
    const models = await fx.technician.call('parts/models', { partId: pump.id });
    expect(models.fits).toEqual(fitted);
    expect(models.choices.map((m) => m.id)).toContain(desk.acModelId);

    const all = await fx.technician.call('parts/search', { q: '', modelId: desk.wmModelId });
    expect(all.map((h) => [h.partNo, h.fits])).toEqual([['PUMP-01', true]]);

    const mixed = await fx.technician.call('parts/search', { q: 'p', modelId: desk.wmModelId });
    expect(mixed.map((h) => [h.partNo, h.fits])).toEqual([
      ['PUMP-01', true],
      ['PCB-MAIN', false], // a number starting with the text, before names holding it
      ['LED-PANEL-55', false],
      ['XA100', false],
      ['X_100', false],
    ]);

    // A number typed in full is that part first, fitting or not.
    const exact = await fx.technician.call('parts/search', {
      q: 'pcb-main',
      modelId: desk.wmModelId,
    });
    expect(exact[0].partNo).toBe('PCB-MAIN');

    // The model's code finds its parts too.
    expect(numbers(await fx.technician.call('parts/search', { q: fitted[0].code }))).toContain(
      'PUMP-01',
    );
  });

  it("with a ticket in hand, the parts that fit its unit's model come first", async () => {
    const pump = (await fx.technician.call('parts/search', { q: 'PUMP-01' }))[0];
    await fx.keeper.call('parts/setModels', { partId: pump.id, modelIds: [desk.wmModelId] });
    const ticket = await desk.clerk.call('tickets/create', desk.ticket());
    const hits = await fx.technician.call('parts/search', { q: '', ticketId: ticket.id });
    expect(hits.map((h) => [h.partNo, h.fits])).toEqual([['PUMP-01', true]]);
  });

  it('only the stockroom sets the fits, for known models, and the audit keeps the change', async () => {
    const pump = (await fx.technician.call('parts/search', { q: 'PUMP-01' }))[0];
    const forbidden = await refused(
      fx.technician.call('parts/setModels', { partId: pump.id, modelIds: [desk.wmModelId] }),
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    const unknown = await refused(
      fx.keeper.call('parts/setModels', { partId: pump.id, modelIds: [9999] }),
    );
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', reason: 'intake.modelNotFound' });
    await fx.keeper.call('parts/setModels', { partId: pump.id, modelIds: [desk.wmModelId] });
    const row = await depot.core
      .db('audit_log')
      .where({ entity: 'part', action: 'setModels' })
      .first();
    expect(row).toBeDefined();
  });
});
