import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDepot, refused, type TestClient, type TestDepot } from '../testing/testCore';

// Policy 6: the data is reviewed in regular meetings (定期召開保修業務分析會議), each with its
// attendees, the period's report, agenda, minutes and the actions it decided.

let depot: TestDepot;
let supervisor: TestClient;
let finance: TestClient;
let ids: { supervisor: number; finance: number };

const staffId = async (username: string) =>
  ((await depot.core.db('staff').where({ username }).first('id')) as { id: number }).id;

beforeEach(async () => {
  depot = await createTestDepot();
  supervisor = await depot.as(['supervisor'], 'fen');
  finance = await depot.as(['finance'], 'li');
  ids = { supervisor: await staffId('fen'), finance: await staffId('li') };
});
afterEach(async () => {
  await depot.close();
});

describe('review meetings', () => {
  it('records attendees, period, agenda, minutes, linked problems and ones opened there', async () => {
    const existing = await supervisor.call('improvement/open', {
      title: 'Washers dead on arrival',
      source: 'trend',
      faultCodes: ['NO_POWER'],
      modelIds: [],
      ticketIds: [],
      kind: 'corrective',
    });
    const m = await supervisor.call('meetings/record', {
      heldOn: '2026-11-27',
      attendeeIds: [ids.supervisor, ids.finance],
      periodFrom: '2026-10-01',
      periodTo: '2026-10-31',
      agenda: ['October costs', 'No-power returns'],
      minutes: 'Costs on plan.\nNo-power returns: supplier change agreed.',
      problemIds: [existing.id],
      newProblems: [
        { title: 'Late follow-up calls', source: 'manual', kind: 'preventive', faultCodes: [] },
      ],
    });
    expect(m).toMatchObject({
      heldOn: '2026-11-27',
      periodFrom: '2026-10-01',
      periodTo: '2026-10-31',
      reportDocumentId: null,
      agenda: ['October costs', 'No-power returns'],
      problems: [
        { id: existing.id, number: 'CA-2026-0001' },
        { number: 'CA-2026-0002', title: 'Late follow-up calls', status: 'open' },
      ],
    });
    expect(m.attendees.map((a) => a.id).sort()).toEqual([ids.supervisor, ids.finance].sort());

    const list = await finance.call('meetings/list', {});
    expect(list.rows).toMatchObject([{ id: m.id, attendees: 2, problems: 2 }]);
    const updated = await supervisor.call('meetings/update', {
      meetingId: m.id,
      version: m.version,
      agenda: ['October costs'],
    });
    expect(updated.agenda).toEqual(['October costs']);
    expect(updated.minutes).toBe(m.minutes);
  });

  it('refuses a report that is not an archived period cost report, and finance writing', async () => {
    const bad = await refused(
      supervisor.call('meetings/record', {
        heldOn: '2026-11-27',
        attendeeIds: [ids.supervisor],
        periodFrom: '2026-10-01',
        periodTo: '2026-10-31',
        reportDocumentId: 987_654,
      }),
    );
    expect(bad.field).toBe('reportDocumentId');
    const backwards = await refused(
      supervisor.call('meetings/record', {
        heldOn: '2026-11-27',
        attendeeIds: [ids.supervisor],
        periodFrom: '2026-10-31',
        periodTo: '2026-10-01',
      }),
    );
    expect(backwards.field).toBe('periodTo');
    expect(backwards.reason).toBe('improvement.periodBackwards');
    const forbidden = await refused(
      finance.call('meetings/record', {
        heldOn: '2026-11-27',
        attendeeIds: [ids.finance],
        periodFrom: '2026-10-01',
        periodTo: '2026-10-31',
      }),
    );
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(await depot.core.db('meetings').count({ n: '*' })).toEqual([{ n: 0 }]);
  });
});
