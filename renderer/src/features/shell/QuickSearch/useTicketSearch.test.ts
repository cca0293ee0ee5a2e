import { describe, expect, it } from 'vitest';
import { isSearchable } from './useTicketSearch';

describe('what the quick search sends to the core', () => {
  it('sends one Chinese character, a word of 3 letters or digits, or 3 digits of a phone', () => {
    expect(isSearchable('陳')).toBe(true);
    expect(isSearchable('R2026')).toBe(true);
    expect(isSearchable('wm8')).toBe(true);
    expect(isSearchable('0912')).toBe(true);
    expect(isSearchable('+886 9')).toBe(true);
  });

  it('waits while the text is too short to search', () => {
    expect(isSearchable('')).toBe(false);
    expect(isSearchable('wm')).toBe(false);
    expect(isSearchable('a b c')).toBe(false);
    expect(isSearchable('09')).toBe(false);
    expect(isSearchable('--')).toBe(false);
  });
});
