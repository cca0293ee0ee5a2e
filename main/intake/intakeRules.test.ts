import { describe, expect, it } from 'vitest';
import { needsExplanation, reachable } from '../rules/intake';

describe('intake rules (policy 3.1, 3.6)', () => {
  it('a customer is reachable by a phone or an e-mail address', () => {
    expect(reachable({ phones: ['0912'], email: null })).toBe(true);
    expect(reachable({ phones: [], email: 'a@b.tw' })).toBe(true);
    expect(reachable({ phones: [], email: '  ' })).toBe(false);
    expect(reachable({ phones: [], email: undefined })).toBe(false);
  });

  it('only a case not covered needs an explanation, and blank is none', () => {
    expect(needsExplanation(false, '')).toBe(true);
    expect(needsExplanation(false, '   ')).toBe(true);
    expect(needsExplanation(false, null)).toBe(true);
    expect(needsExplanation(false, 'Warranty ended')).toBe(false);
    expect(needsExplanation(true, '')).toBe(false);
  });
});
