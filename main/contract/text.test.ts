import { describe, expect, it } from 'vitest';
import { line, optionalLine, paragraph, patchLine, requiredLine, textProblem } from './text';

const issue = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? null : result.error!.issues.map((i) => i.message).join('; ');

describe('the text rule for what prints or shows', () => {
  const refused: [string, string, string][] = [
    ['NUL', 'Lin\u0000Hao', 'control'],
    ['a bell (C0)', 'Lin\u0007Hao', 'control'],
    ['a Tab from a scanner', 'WM80\t0001', 'control'],
    ['a line break in one line', 'No. 1\nHarbour Rd', 'control'],
    ['a carriage return', 'Lin Hao\r', 'control'],
    ['DEL', 'Lin\u007FHao', 'control'],
    ['a C1 control', 'Lin\u0085Hao', 'control'],
    ['a right-to-left override', 'invoice\u202Efdp.exe', 'invisible'],
    ['a left-to-right embedding', '\u202ALin', 'invisible'],
    ['a bidi isolate', 'Lin\u2066Hao\u2069', 'invisible'],
    ['a right-to-left mark', 'Lin\u200FHao', 'invisible'],
    ['a zero-width space inside a Chinese name', '陳\u200B美玲', 'invisible'],
    ['a zero-width joiner', '👨\u200D👩', 'invisible'],
    ['a soft hyphen', 'Lin\u00ADHao', 'invisible'],
    ['a byte-order mark', '\uFEFFLin', 'invisible'],
    ['a Unicode line separator', 'Lin\u2028Hao', 'invisible'],
    ['a noncharacter', 'Lin\uFFFF', 'invisible'],
    ['a lone high surrogate', 'Lin \uD83D', 'broken'],
    ['a lone low surrogate', '\uDE00 Lin', 'broken'],
    ['two surrogates in the wrong order', '\uDE00\uD83D', 'broken'],
  ];

  it.each(refused)('refuses %s', (_name, typed, problem) => {
    expect(textProblem(typed)).toBe(problem);
    expect(issue(line('Name', 80).safeParse(typed))).toMatch(/^Name may not contain/);
  });

  const kept: [string, string][] = [
    ['Chinese', '陳美玲'],
    ['a CJK extension character outside the BMP', '𠀋𡈽'],
    ['a private-use character (a rare name character)', '林\uE000'],
    ['accents and symbols', 'Café № 5 – 100% ¥'],
    ['a single emoji (a surrogate pair)', 'Lin 😀'],
    ['an emoji with its variation selector', 'Tel ☎️'],
    ['full-width forms', 'ＡＢＣ１２３'],
  ];

  it.each(kept)('keeps %s', (_name, typed) => {
    expect(textProblem(typed)).toBeNull();
    expect(line('Name', 80).parse(typed)).toBe(typed);
  });

  it('trims, and normalises to NFC so one name is stored one way', () => {
    expect(line('Name', 80).parse('  Cafe\u0301  ')).toBe('Caf\u00E9');
    expect(line('Name', 4).parse('Cafe\u0301')).toBe('Caf\u00E9');
  });

  it('keeps line breaks in a paragraph, unified to \\n, and refuses the rest', () => {
    expect(paragraph('Fault', 100).parse(' No power.\r\nSmells burnt.\r ')).toBe(
      'No power.\nSmells burnt.',
    );
    expect(issue(paragraph('Fault', 100).safeParse('No\tpower'))).toBe(
      'Fault may not contain control characters',
    );
    expect(issue(paragraph('Fault', 100).safeParse('No power\u0000'))).toMatch(/control/);
    expect(issue(paragraph('Fault', 100).safeParse('No \u202Epower'))).toMatch(/invisible/);
    expect(issue(paragraph('Fault', 100).safeParse('No power \uDFFF'))).toMatch(/broken/);
  });

  it('counts the limit after trimming, and names the label', () => {
    expect(line('Seller', 5).parse('  Acme  ')).toBe('Acme');
    expect(issue(line('Seller', 5).safeParse('Acme Ltd'))).toBe('Seller is at most 5 characters');
    expect(issue(requiredLine('Seller', 5).safeParse('   '))).toBe('Seller is required');
    expect(issue(line('Seller', 5).safeParse(5))).toMatch(/string/);
  });

  it('turns empty optional text into null, and leaves an absent patch field absent', () => {
    expect(optionalLine('Seller', 40).parse('  ')).toBeNull();
    expect(optionalLine('Seller', 40).parse(undefined)).toBeNull();
    expect(patchLine('Seller', 40).parse(undefined)).toBeUndefined();
    expect(patchLine('Seller', 40).parse('')).toBeNull();
    expect(issue(optionalLine('Seller', 40).safeParse('A\u202EB'))).toMatch(/invisible/);
  });
});
