import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dbChecksum } from '../testing/dbChecksum';
import { createTestDepot, refused, type TestClient, type TestDepot } from '../testing/testCore';
import { aftercareFixture, type AftercareFixture } from '../aftercare/aftercareFixture';

// Customer records (issue 10, item 6): search, edit with audit, history, the duplicate warning
// at intake, and policy 4 (confidentiality): phone, address and e-mail only for the desk,
// supervisors and admins; a technician sees the name and a phone masked but its last 3 digits.

let depot: TestDepot;
let fx: AftercareFixture;
let clerk: TestClient;
beforeEach(async () => {
  depot = await createTestDepot();
  fx = await aftercareFixture(depot);
  clerk = fx.clerk;
});
afterEach(() => depot.close());

const person = (name: string, phone: string, email: string | null = null) => ({
  kind: 'person' as const,
  name,
  phones: [phone],
  email,
  address: '台北市大安區復興南路一段 200 號',
});

/** The whole editable record, as the customer screen sends it. */
const edit = (name: string, phone: string) => ({
  name,
  phones: [phone],
  email: null,
  address: null,
});

async function auditRows(entityId: number) {
  const rows: { action: string; before: string | null; after: string | null }[] = await depot.core
    .db('audit_log')
    .where({ entity: 'customer', entity_id: String(entityId) })
    .orderBy('id')
    .select('action', 'before', 'after');
  return rows;
}

describe('the duplicate warning at intake', () => {
  it('names the customer already holding the number, however it is typed', async () => {
    const a = await clerk.call('customers/create', person('王小明', '0912-345-678'));
    const match = await clerk.call('customers/matchPhone', { phone: '+886 912 345 678' });
    expect(match.normalised).toBe('0912345678');
    expect(match.matches.map((c) => c.id)).toEqual([a.id]);
    // Not yet a whole number while the clerk types: no warning.
    expect(await clerk.call('customers/matchPhone', { phone: '0912' })).toEqual({
      normalised: null,
      matches: [],
    });
    // A different number: no warning.
    const other = await clerk.call('customers/matchPhone', { phone: '0912-345-679' });
    expect(other.matches).toEqual([]);
  });

  it('does not refuse a second customer with the same phone (families share one)', async () => {
    const a = await clerk.call('customers/create', person('王小明', '0912-345-678'));
    const b = await clerk.call('customers/create', person('王大明', '0912 345 678'));
    expect(b.id).not.toBe(a.id);
    const match = await clerk.call('customers/matchPhone', { phone: '0912345678' });
    // Ordered by name: 王大明 before 王小明 (U+5927 < U+5C0F).
    expect(match.matches.map((c) => c.id)).toEqual([b.id, a.id]);
  });
});

describe('customer search (the customer screen)', () => {
  it('finds by the start of the name, a phone or an e-mail, paged by name', async () => {
    const lin1 = await clerk.call('customers/create', person('林一', '02-2500-0001', 'lin1@x.tw'));
    const lin2 = await clerk.call('customers/create', person('林二', '02-2500-0002', 'lin2@x.tw'));
    const lin3 = await clerk.call('customers/create', person('林三', '02-2500-0003', 'yy@x.tw'));
    // Name order: 一 U+4E00 < 三 U+4E09 < 二 U+4E8C.
    const first = await clerk.call('customers/search', { text: '林', limit: 2 });
    expect(first.rows.map((c) => c.id)).toEqual([lin1.id, lin3.id]);
    expect(first.nextCursor).not.toBeNull();
    const second = await clerk.call('customers/search', {
      text: '林',
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect(second.rows.map((c) => c.id)).toEqual([lin2.id]);
    expect(second.nextCursor).toBeNull();

    const byMail = await clerk.call('customers/search', { text: 'LIN1@x' });
    expect(byMail.rows.map((c) => c.id)).toEqual([lin1.id]);
    const byPhone = await clerk.call('customers/search', { text: '(02) 2500-0002' });
    expect(byPhone.rows.map((c) => c.id)).toEqual([lin2.id]);
    expect((await refused(clerk.call('customers/search', { text: '12' }))).code).toBe('VALIDATION');
  });
});

describe('editing a customer', () => {
  it('changes name, phones, e-mail and address, audited with before and after', async () => {
    const { ticketId } = await fx.delivered('2026-12-04');
    const t = (await depot.core.db('tickets').where({ id: ticketId }).first('customer_id')) as {
      customer_id: number;
    };
    const before = await clerk.call('customers/get', { id: t.customer_id });
    const after = await clerk.call('customers/update', {
      id: before.id,
      version: before.version,
      name: '陳美玲',
      phones: ['0933-111-222'],
      email: 'MEI@example.com',
      address: '新北市板橋區 1 號',
    });
    expect(after).toMatchObject({
      version: before.version + 1,
      phones: [{ phone: '0933-111-222', normalised: '0933111222' }],
      email: 'mei@example.com',
      address: '新北市板橋區 1 號',
      personalData: 'full',
    });
    const update = (await auditRows(before.id)).find((r) => r.action === 'update')!;
    expect(JSON.parse(update.before!)).toMatchObject({ phones: [{ normalised: '0912345678' }] });
    expect(JSON.parse(update.after!)).toMatchObject({ phones: [{ normalised: '0933111222' }] });
    // The quick search follows the customer's new number.
    const found = await clerk.call('tickets/search', { query: '0933111222' });
    expect(found.map((r) => r.id)).toEqual([ticketId]);
  });

  it('refuses a stale version and a record with no way to reach the customer; nothing changes', async () => {
    const c = await clerk.call('customers/create', person('王小明', '0912-345-678'));
    const before = await dbChecksum(depot.core.db);
    const stale = await refused(
      clerk.call('customers/update', { ...edit('王小明', '0912-000-000'), id: c.id, version: 9 }),
    );
    expect(stale.code).toBe('CONFLICT');
    const unreachable = await refused(
      clerk.call('customers/update', {
        id: c.id,
        version: c.version,
        name: '王小明',
        phones: [],
        email: null,
        address: null,
      }),
    );
    expect(unreachable.code).toBe('VALIDATION');
    expect((await dbChecksum(depot.core.db)).digest).toBe(before.digest);
  });
});

describe('history', () => {
  it("shows the customer's unit, ticket, follow-up score and complaint", async () => {
    const { ticketId, followUpId } = await fx.delivered('2026-12-04');
    fx.setClock('2026-12-07', 11);
    await clerk.call('followUps/recordAttempt', {
      followUpId,
      method: 'phone',
      reached: true,
      satisfaction: 2,
      comments: 'Noisy',
    });
    const complaint = await clerk.call('complaints/record', {
      ticketId,
      followUpId,
      description: 'The drum is noisy again',
    });
    const t = (await depot.core.db('tickets').where({ id: ticketId }).first('customer_id')) as {
      customer_id: number;
    };
    const { customer, history } = await clerk.call('customers/history', { id: t.customer_id });
    expect(customer).toMatchObject({ name: '陳美玲', mergedInto: null });
    expect(history.units).toMatchObject([{ modelCode: 'WM-80', invoiceDate: '2026-06-01' }]);
    // Invoice 2026-06-01 + 12 months (washing machines): covered through 2027-06-01.
    expect(history.tickets).toMatchObject([
      { id: ticketId, status: 'delivered', warrantyStatus: 'covered' },
    ]);
    expect(history.tickets[0].warrantyExpiresOn).toBe('2027-06-01');
    expect(history.followUps).toMatchObject([{ id: followUpId, status: 'done', satisfaction: 2 }]);
    expect(history.complaints).toMatchObject([{ id: complaint.id, status: 'open' }]);
    expect(history.moreTickets).toBe(false);
  });
});

describe('personal data (policy 4: only the people who need it)', () => {
  it('gives a technician the name and the last 3 digits, the desk everything', async () => {
    const c = await clerk.call('customers/create', person('王小明', '0912-345-678', 'w@x.tw'));
    const full = await clerk.call('customers/get', { id: c.id });
    expect(full).toMatchObject({
      personalData: 'full',
      phones: [{ phone: '0912-345-678' }],
      email: 'w@x.tw',
    });
    const masked = await fx.tech.call('customers/get', { id: c.id });
    // 0912345678 has 10 digits: 7 hidden, 678 shown.
    expect(masked).toMatchObject({
      name: '王小明',
      personalData: 'masked',
      phones: [{ phone: '*******678', normalised: '' }],
      email: null,
      address: null,
    });
    const found = await fx.tech.call('customers/find', { name: '王' });
    expect(found).toMatchObject([{ id: c.id, phones: [{ phone: '*******678' }], email: null }]);
  });

  it('lets a role without personal data find a customer by the whole number only (policy 4)', async () => {
    const c = await clerk.call('customers/create', person('王小明', '0912-345-678'));
    // A prefix growing one digit at a time would rebuild the masked number: too short to be a
    // number (under 6 digits) is refused, a longer prefix matches nobody.
    for (const prefix of ['091', '0912']) {
      expect((await refused(fx.tech.call('customers/find', { phone: prefix }))).code).toBe(
        'VALIDATION',
      );
    }
    expect(await fx.tech.call('customers/find', { phone: '091234567' })).toEqual([]);
    // The whole number, typed any way, still finds them (masked).
    expect(await fx.tech.call('customers/find', { phone: '+886 912 345 678' })).toMatchObject([
      { id: c.id, phones: [{ phone: '*******678' }] },
    ]);
    // The desk keeps prefix search.
    expect(await clerk.call('customers/find', { phone: '0912' })).toMatchObject([{ id: c.id }]);
  });

  it('keeps the customer screen, edit and warning to the desk, supervisors and admins', async () => {
    const c = await clerk.call('customers/create', person('王小明', '0912-345-678'));
    const keeper = await depot.as(['stockroom_keeper'], 'keeper');
    for (const who of [fx.tech, fx.finance, keeper]) {
      expect((await refused(who.call('customers/history', { id: c.id }))).code).toBe('FORBIDDEN');
      expect((await refused(who.call('customers/search', { text: '王' }))).code).toBe('FORBIDDEN');
      expect((await refused(who.call('customers/matchPhone', { phone: '0912345678' }))).code).toBe(
        'FORBIDDEN',
      );
      expect(
        (
          await refused(
            who.call('customers/update', {
              ...edit('王', '0912-345-678'),
              id: c.id,
              version: c.version,
            }),
          )
        ).code,
      ).toBe('FORBIDDEN');
    }
    // Finance and the stockroom do not read customers at all.
    expect((await refused(fx.finance.call('customers/get', { id: c.id }))).code).toBe('FORBIDDEN');
    expect((await fx.supervisor.call('customers/history', { id: c.id })).customer.email).toBe(null);
    expect((await fx.supervisor.call('customers/get', { id: c.id })).personalData).toBe('full');
  });
});
