import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { DepotError } from './errors';
import { line } from './text';
import { because, parseInput } from './validation';

// Issue 11, item 2: a field the schema refuses says why as data, so the screen can say it in the
// reader's language; the English message stays for the log.

const schema = z
  .object({
    name: line('Name', 5).pipe(z.string().min(1, 'Name is required')),
    count: z.number().int().min(1).max(9),
    kind: z.enum(['a', 'b']),
    when: z.iso.date(),
    lines: z.array(z.number()).min(1),
    note: z.string().refine((s) => s !== 'no', {
      message: 'not that',
      params: because('stock.partInactive', { partNo: 'X-1' }),
    }),
  })
  .strict();

function issuesOf(raw: unknown) {
  try {
    parseInput('test/channel', schema, raw);
  } catch (error) {
    if (!(error instanceof DepotError)) throw error;
    expect(error.reason).toBe('validation.checkEntries');
    expect(error.message).toMatch(/^Invalid input for test\/channel: /);
    return error.details?.issues;
  }
  throw new Error('accepted');
}

describe('parseInput', () => {
  it('gives every bad field a reason and the numbers its text needs', () => {
    const issues = issuesOf({
      name: 'abcdefg',
      count: 1.5,
      kind: 'c',
      when: '2026-13-01',
      lines: [],
      note: 'no',
      extra: 1,
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'name',
          reason: 'validation.tooLong',
          params: { maximum: 5 },
        }),
        expect.objectContaining({ field: 'count', reason: 'validation.notWhole', params: {} }),
        expect.objectContaining({ field: 'kind', reason: 'validation.notAnOption' }),
        expect.objectContaining({ field: 'when', reason: 'validation.notADate' }),
        expect.objectContaining({
          field: 'lines',
          reason: 'validation.tooFew',
          params: { minimum: 1 },
        }),
        expect.objectContaining({
          field: 'note',
          message: 'not that',
          reason: 'stock.partInactive',
          params: { partNo: 'X-1' },
        }),
        expect.objectContaining({
          field: '(input)',
          reason: 'validation.unknownField',
          params: { keys: 'extra' },
        }),
      ]),
    );
  });

  it('says a missing field is required, and so is an empty one', () => {
    const issues = issuesOf({ name: '', kind: 'a', when: '2026-01-01', lines: [1], note: '' });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', reason: 'validation.required' }),
        expect.objectContaining({ field: 'count', reason: 'validation.required' }),
      ]),
    );
  });

  it('names the text rule a line breaks', () => {
    const issues = issuesOf({
      name: 'a\tb',
      count: 2,
      kind: 'a',
      when: '2026-01-01',
      lines: [1],
      note: '',
    });
    expect(issues).toEqual([
      expect.objectContaining({ field: 'name', reason: 'validation.controlCharacters' }),
    ]);
  });
});
