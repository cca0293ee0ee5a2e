import { describe, expect, it } from 'vitest';
import { ellipsize, shrinkToFit, textWidth } from './textFit';

describe('one-line text on a small label', () => {
  it('measures ASCII by the font and everything else as a full em', () => {
    expect(textWidth('W', 10)).toBeCloseTo(9.15);
    expect(textWidth('陳美玲', 10)).toBe(30);
  });

  it('keeps text that fits and cuts what does not, with an ellipsis, never wider', () => {
    expect(ellipsize('AC-2200  Split\nAC', 7, 200)).toBe('AC-2200 Split AC');
    const cut = ellipsize('滾筒洗衣機 9 公斤（節能標章）超長型號名稱', 8, 80);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 8)).toBeLessThanOrEqual(80);
    expect(cut).toBe('滾筒洗衣機 9 公斤…');
  });

  it('shrinks a serial before cutting it', () => {
    expect(shrinkToFit('S/N AC22-7781-XK', 8, 5.5, 160)).toEqual({
      text: 'S/N AC22-7781-XK',
      fontSize: 8,
    });
    const long = shrinkToFit('S/N SN-2026-ABCDEFGHJK-LMNPQRSTUV-0123456789', 8, 5.5, 162);
    expect(long.fontSize).toBeLessThan(8);
    expect(long.text).not.toContain('…');
    expect(shrinkToFit('W'.repeat(60), 8, 5.5, 162).text.endsWith('…')).toBe(true);
  });
});
