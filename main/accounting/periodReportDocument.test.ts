import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repairLogFixture, type RepairLogFixture } from '../bench/repairLogFixture';
import { documentBytes } from '../testing/documentBytes';
import { recordOutcome } from '../outcomes/outcomes';
import { createTestDepot, refused, type TestClient, type TestDepot } from '../testing/testCore';

// Policy 3.5 (定期與維修站點核對): the period cost report is printed for finance and the station
// to sign, read back with pdftotext as a person reading the paper would.

const run = promisify(execFile);

let depot: TestDepot;
let fx: RepairLogFixture;
let finance: TestClient;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await repairLogFixture(depot);
  finance = await depot.as(['finance']);
  // One covered washing machine at Taipei: 90 minutes (1,200.00) and a belt at 2.50.
  const belt = await fx.stock.part({ nameEn: 'Drive belt', nameZh: '皮帶', category: 'BELT' });
  await fx.stock.receive(belt.id, 10, 250);
  const id = await fx.onBench(true);
  await fx.issue(id, belt.id, 1);
  await fx.tech.call('labour/add', { ticketId: id, minutes: 90 });
  await depot.core
    .db('tickets')
    .where({ id })
    .update({ status: 'delivered', completed_at: '2026-11-15T04:00:00.000Z' });
  await recordOutcome(depot.core.db, id);
});
afterEach(() => depot.close());

async function textOf(documentId: number): Promise<string> {
  const file = join(depot.dir, `period-${documentId}.pdf`);
  writeFileSync(file, (await documentBytes(depot, documentId, finance)).pdf);
  return (await run('pdftotext', ['-layout', file, '-'])).stdout;
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('the printed period cost report (policy 3.5)', () => {
  it('shows the period, each line, the totals and where finance and the station sign', async () => {
    const ref = await finance.call('documents/periodCostReport', {
      from: '2026-11-01',
      to: '2026-11-30',
      language: 'zh-TW',
    });
    expect(ref.kind).toBe('periodCostReport');
    const text = squash(await textOf(ref.id));
    for (const expected of [
      '保修費用期間報表',
      '2026-11-01–2026-11-30',
      'TPE台北站',
      'WM洗衣機',
      'TWD800.00/小時',
      '(TWD)',
      '1,200.00',
      '2.50',
      '1,202.50',
      '合計',
      '財務核對',
      '維修站點確認',
    ]) {
      expect(text).toContain(squash(expected));
    }
  });

  it('prints in English too', async () => {
    const ref = await finance.call('documents/periodCostReport', {
      from: '2026-11-01',
      to: '2026-11-30',
      language: 'en',
    });
    const text = squash(await textOf(ref.id));
    // Billed and paid (issue 10, item 1): a covered repair bills nothing.
    for (const expected of [
      'Period cost report',
      'Taipei station',
      'Company-borne',
      'Billed',
      'Paid',
      'Total',
    ]) {
      expect(text).toContain(squash(expected));
    }
  });

  it('is printed and read by finance, not by a technician', async () => {
    expect(
      (
        await refused(
          fx.tech.call('documents/periodCostReport', {
            from: '2026-11-01',
            to: '2026-11-30',
            language: 'en',
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    const ref = await finance.call('documents/periodCostReport', {
      from: '2026-11-01',
      to: '2026-11-30',
      language: 'en',
    });
    expect((await refused(fx.tech.call('documents/open', { documentId: ref.id }))).code).toBe(
      'FORBIDDEN',
    );
  });
});
