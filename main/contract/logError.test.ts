import { afterEach, describe, expect, it, vi } from 'vitest';
import { DepotError } from './errors';
import { describeError, idsOf, logError } from './logError';

// Issue 9, defect 10: what a log line may say about a failure.

/** An error as knex leaves it: the SQL with its bound values, then SQLite's code and reason. */
function knexError(values: string, reason: string): Error {
  const error = new Error(
    `insert into \`customers\` (\`name\`, \`phone\`) values (${values}) - SQLITE_CONSTRAINT: ${reason}`,
  );
  Object.assign(error, { code: 'SQLITE_CONSTRAINT', errno: 19 });
  return error;
}

afterEach(() => vi.restoreAllMocks());

describe('describeError', () => {
  it("keeps SQLite's code and reason and drops the SQL with its values", () => {
    const text = describeError(
      knexError("'陳美玲', '0912345678'", 'UNIQUE constraint failed: customer_phones.phone'),
    );
    expect(text).toBe(
      'Error SQLITE_CONSTRAINT (UNIQUE constraint failed: customer_phones.phone) errno 19',
    );
  });

  it('leaves out a reason that is not SQLite text (a value smuggled after a fake marker)', () => {
    const text = describeError(knexError("'x - SQLITE_CONSTRAINT: 陳美玲'", '陳美玲 0912'));
    expect(text).toBe('Error SQLITE_CONSTRAINT errno 19');
  });

  it('never repeats the message of an error the depot did not write', () => {
    let thrown: unknown;
    try {
      JSON.parse('{"name": "陳美玲" oops');
    } catch (error) {
      thrown = error;
    }
    expect(describeError(thrown)).toBe('SyntaxError');
    expect(describeError(new DepotError('CONFLICT', 'Serial ABC-1 of 陳美玲 is registered'))).toBe(
      'DepotError CONFLICT',
    );
    expect(describeError('陳美玲')).toBe('a thrown string');
    expect(describeError(new Error('wrap', { cause: knexError("'x'", 'disk I/O error') }))).toBe(
      'Error caused by Error SQLITE_CONSTRAINT (disk I/O error) errno 19',
    );
  });
});

describe('logError', () => {
  it('logs where, what and the ids, then only the stack frames', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((text: string) => lines.push(text));
    const error = knexError("'陳美玲\n    at evil (0912345678)', '0912'", 'disk I/O error');
    logError('tickets/create', error, idsOf({ ticketId: 7, name: '陳美玲', stationId: 2 }));
    expect(lines).toHaveLength(1);
    const [first, ...frames] = lines[0].split('\n');
    expect(first).toBe(
      '[depot] tickets/create failed: Error SQLITE_CONSTRAINT (disk I/O error) errno 19 [ticketId=7 stationId=2]',
    );
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) expect(frame).toMatch(/^ {4}at \S/);
    expect(lines[0]).not.toMatch(/陳美玲|0912/);
  });

  it('takes only whole-number ids from the input', () => {
    expect(idsOf({ id: 3, ticketId: 1.5, partId: '4', staffId: 9, name: 'x' })).toEqual({
      id: 3,
      staffId: 9,
    });
    expect(idsOf(null)).toEqual({});
    expect(idsOf('text')).toEqual({});
  });
});
