import { format } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from './testServer';

// Issue 9, defect 10: a failing query used to be logged whole, and knex puts the SQL with its
// bound values (the customer's name, phone, address) in the error's message. The log line now
// names the channel, the error's class and code and the ids, never the customer.

let t: TestServer;
let session: string;
beforeEach(async () => {
  t = await startTestServer();
  session = t.newSession();
  await t.signInBoss(session);
});
afterEach(() => {
  vi.restoreAllMocks();
  return t.close();
});

describe('the log of a failing call', () => {
  it('holds the channel and the error code, not the customer name, phone or address', async () => {
    // A database that refuses every new customer, as a full disk or a broken file would.
    await t.depot.core.db.raw(
      "CREATE TRIGGER fail_customers BEFORE INSERT ON customers BEGIN SELECT RAISE(ABORT, 'disk I/O trouble'); END",
    );
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(format(...args));
    });
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      logged.push(format(...args));
    });

    const { status, body } = await t.call(
      'customers/create',
      {
        kind: 'person',
        name: '王小明 Wang',
        phones: ['0912-345-678'],
        address: '台北市信義路五段7號',
      },
      session,
    );
    expect(status).toBe(200);
    expect(body.error?.code).toBe('INTERNAL');

    const text = logged.join('\n');
    expect(text).toContain('customers/create');
    expect(text).toContain('SQLITE_CONSTRAINT');
    for (const secret of ['王小明', 'Wang', '0912', '345678', '345-678', '信義路', 'insert into']) {
      expect(text).not.toContain(secret);
    }
  });
});
