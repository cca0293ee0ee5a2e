import { describe, expect, it } from 'vitest';
import { planQuery, QueryTooShort, searchRow } from './searchText';

describe('what a ticket is found by', () => {
  const row = searchRow({
    id: 7,
    reportNo: 'R2026-000123',
    serial: 'SN-AB1234',
    modelCode: 'AC-2200',
    customerName: '陳美玲 Chen Mei-ling',
    phones: [{ phone: '0912-345-678', normalised: '0912345678' }],
  });

  it('puts every field, folded to lower case, in the trigram text', () => {
    for (const part of [
      'r2026-000123',
      'sn-ab1234',
      'ac-2200',
      'chen mei-ling',
      '0912-345-678',
      '0912345678',
    ]) {
      expect(row.tri).toContain(part);
    }
  });

  it('writes the Chinese name one character per token', () => {
    expect(row.han).toBe('陳 美 玲');
  });
});

describe('planning a query', () => {
  it('searches a Chinese substring of any length on the Han index', () => {
    expect(planQuery('美玲')).toEqual({ tri: null, han: '"美 玲"' });
    expect(planQuery(' 陳 ')).toEqual({ tri: null, han: '"陳"' });
  });

  it('normalises a phone typed any way', () => {
    expect(planQuery('+886 912-345 678').tri).toMatch(/^"0912345678" OR /);
    expect(planQuery('(0912) 345').tri).toMatch(/^"0912345" OR /);
  });

  it('also searches digits with dashes as typed: a serial or a report number without its R', () => {
    expect(planQuery('123-456-789')).toEqual({ tri: '"123456789" OR "123-456-789"', han: null });
    expect(planQuery('2026-000001')).toEqual({ tri: '"2026000001" OR "2026-000001"', han: null });
  });

  it('ANDs latin terms of three or more characters and drops shorter ones', () => {
    expect(planQuery('Chen ab SN-AB1')).toEqual({ tri: '"chen" AND "sn-ab1"', han: null });
  });

  it('combines Chinese and latin terms', () => {
    expect(planQuery('陳 AC-2200')).toEqual({ tri: '"ac-2200"', han: '"陳"' });
  });

  it('quotes the FTS syntax away', () => {
    expect(planQuery('abc" OR "x')).toEqual({ tri: '"abc"', han: null });
    expect(planQuery('ab"cd NEAR(')).toEqual({ tri: '"ab""cd" AND "near"', han: null });
  });

  it('refuses a query with nothing searchable', () => {
    expect(() => planQuery('ab')).toThrow(QueryTooShort);
    expect(() => planQuery('  ')).toThrow(QueryTooShort);
  });
});
