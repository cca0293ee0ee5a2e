import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentBytes } from '../testing/documentBytes';
import { createTestDepot, refused, type TestDepot } from '../testing/testCore';
import { insightFixture, type InsightFixture } from './insightFixture';

// Policy 6 (定期召開保修業務分析會議): the dashboard printed for the review meeting, read back
// with pdftotext as a person reading the paper would. November 2026, today Friday 27 November:
//   A  reported Mon 2 Nov, handed back Wed 4 Nov (2 working days), fault NOISE/COMPONENT
//   B  reported Tue 3 Nov, handed back Tue 3 Nov (0), fault NOISE/WEAR
//   C  reported Wed 25 Nov, open (received), 2 working days old

const run = promisify(execFile);
let depot: TestDepot;
let fx: InsightFixture;

beforeEach(async () => {
  depot = await createTestDepot();
  fx = await insightFixture(depot);
  const db = depot.core.db;
  const code = async (kind: string, c: string) =>
    ((await db('fault_codes').where({ kind, code: c }).first('id')) as { id: number }).id;
  const fault = async (ticketId: number, cause: string) =>
    db('ticket_faults').insert({
      ticket_id: ticketId,
      symptom_code_id: await code('symptom', 'NOISE'),
      cause_code_id: await code('cause', cause),
      measure_code_id: await code('measure', 'REPLACE_PART'),
      created_by: fx.bench.techId,
      created_at: fx.at('2026-11-04'),
    });
  await fault(await fx.ticket({ reported: '2026-11-02', completed: '2026-11-04' }), 'COMPONENT');
  await fault(await fx.ticket({ reported: '2026-11-03', completed: '2026-11-03' }), 'WEAR');
  await fx.ticket({ reported: '2026-11-25' });
  fx.setClock('2026-11-27', 10);
});
afterEach(() => depot.close());

async function textOf(documentId: number): Promise<string> {
  const file = join(depot.dir, `dashboard-${documentId}.pdf`);
  writeFileSync(file, (await documentBytes(depot, documentId, fx.supervisor)).pdf);
  return (await run('pdftotext', ['-layout', file, '-'])).stdout;
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('the printed dashboard report (policy 6)', () => {
  it('gives each panel as a table, in Chinese', async () => {
    const ref = await fx.supervisor.call('documents/dashboardReport', {
      from: '2026-11-01',
      to: '2026-11-30',
      language: 'zh-TW',
    });
    expect(ref.kind).toBe('dashboardReport');
    const text = squash(await textOf(ref.id));
    for (const expected of [
      '保修業務分析報表',
      '2026-11-01–2026-11-30',
      '全部維修站點',
      '收件數',
      '2026-11-27未結：1張', // C
      '已收件1',
      '故障柏拉圖：2張報修單共2項故障',
      'NOISE異音2100%', // both faults are NOISE: 2 of 2 = 100 %
      'COMPONENT零件故障150%',
      '維修週期：交還2張',
      '0-11', // B, handed back the day it was reported (0)
      '2-31', // A: Tue 3 and Wed 4 = 2 working days
      '每月保修費用',
      '客戶滿意度：回覆0件',
      '緊急回應',
    ]) {
      expect(text).toContain(squash(expected));
    }
  });

  it('prints in English for one station', async () => {
    const ref = await fx.finance.call('documents/dashboardReport', {
      from: '2026-11-01',
      to: '2026-11-30',
      stationId: fx.khhId,
      language: 'en',
    });
    const text = squash(await textOf(ref.id));
    for (const expected of [
      'Warranty service report',
      'KHH Kaohsiung station',
      'Faults (Pareto): 0 faults on 0 tickets', // every ticket above is at TPE
      'Open on 2026-11-27: 0',
    ]) {
      expect(text).toContain(squash(expected));
    }
  });

  it('is printed and read by the dashboard’s readers only', async () => {
    const input = { from: '2026-11-01', to: '2026-11-30', language: 'en' as const };
    expect((await refused(fx.bench.tech.call('documents/dashboardReport', input))).code).toBe(
      'FORBIDDEN',
    );
    const ref = await fx.supervisor.call('documents/dashboardReport', input);
    expect(
      (await refused(fx.bench.clerk.call('documents/open', { documentId: ref.id }))).code,
    ).toBe('FORBIDDEN');
  });
});
