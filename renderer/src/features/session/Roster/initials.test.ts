import { describe, expect, it } from 'vitest';
import { initials } from './Roster';

describe('initials on the staff avatar', () => {
  it('uses the given name of a Chinese name, even in a bilingual name', () => {
    expect(initials('王大同 Wang Ta-tung')).toBe('大同');
    expect(initials('陳美華')).toBe('美華');
  });

  it('uses first and last initials of a Western name', () => {
    expect(initials('Chen Mei-hua')).toBe('CM');
    expect(initials('Admin')).toBe('A');
  });
});
