import { describe, expect, it } from 'vitest';
import { surnameOf } from './surname';

describe('the surname on the unit label', () => {
  it.each([
    ['陳美玲', '陳'],
    ['歐陽美玲', '歐'],
    ['Lin Chih-hao 林志豪', '林'],
    ['Amy Chen', 'Chen'],
    ['Chen, Amy', 'Chen'],
    ['Madonna', 'Madonna'],
    ['  John   Ronald Reuel Tolkien ', 'Tolkien'],
  ])('%s -> %s', (name, surname) => {
    expect(surnameOf({ kind: 'person', name })).toBe(surname);
  });

  it('a company keeps its name (the label shortens it)', () => {
    expect(surnameOf({ kind: 'company', name: '大同電器股份有限公司' })).toBe(
      '大同電器股份有限公司',
    );
  });
});
