import { describe, expect, it } from 'vitest';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- a test may hold the renderer's texts against the core's registry, which the app itself reads as types only
import { REASONS, paramNamesOf, type ReasonKey } from '../../../../main/contract/reasons';
import { i18next } from '..';
import { DepotClientError } from '../../bridge/errors';
import { reasonsEn, reasonsZhTW } from '.';
import type { AllReasonTexts } from './types';

// Issue 11, item 2: every refusal the core may give reads in both languages, and a text says only
// what the refusal carries. The types check the keys at compile time; this test checks what the
// types cannot (an empty text, a {{param}} the core never sends) and fails loudly either way.

const KEYS = Object.entries(REASONS).flatMap(([domain, group]) =>
  Object.keys(group).map((name) => `${domain}.${name}` as ReasonKey),
);

const LANGUAGES: [string, AllReasonTexts][] = [
  ['en', reasonsEn],
  ['zh-TW', reasonsZhTW],
];

function textOf(texts: AllReasonTexts, key: string): unknown {
  const [domain, name] = key.split('.');
  return (texts as Record<string, Record<string, unknown> | undefined>)[domain]?.[name];
}

describe.each(LANGUAGES)('the refusal texts in %s', (_language, texts) => {
  it('have a text for every reason the core may give', () => {
    const missing = KEYS.filter((key) => {
      const text = textOf(texts, key);
      return typeof text !== 'string' || text.trim() === '';
    });
    expect(missing).toEqual([]);
  });

  it('have no text for a reason the core does not give', () => {
    const extra = Object.entries(texts).flatMap(([domain, group]) =>
      Object.keys(group as object)
        .map((name) => `${domain}.${name}`)
        .filter((key) => !(KEYS as string[]).includes(key)),
    );
    expect(extra).toEqual([]);
  });

  it('use only the parameters the registry gives each reason', () => {
    const unknown = KEYS.flatMap((key) => {
      const given = paramNamesOf(key);
      const used = [...String(textOf(texts, key)).matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]);
      return used.filter((p) => !given.includes(p)).map((p) => `${key}: {{${p}}}`);
    });
    expect(unknown).toEqual([]);
  });
});

describe('a refusal from the core', () => {
  const onlyOnHand = {
    code: 'RULE' as const,
    message: 'lines.0.quantity: Line 1 (PUMP-1): Only 2 on hand; cannot take 3.',
    reason: 'stock.lineOnlyOnHand' as const,
    params: { line: 1, partNo: 'PUMP-1', onHand: 2, quantity: 3 },
    field: 'lines.0.quantity',
  };

  it('reads in the current language, keeping the English message for the log', async () => {
    await i18next.changeLanguage('zh-TW');
    const error = DepotClientError.fromData(onlyOnHand);
    expect(error.message).toBe('第 1 行（PUMP-1）：庫存只有 2，無法發放 3。');
    expect(error.coreMessage).toBe(onlyOnHand.message);
    expect(error.field).toBe('lines.0.quantity');
    await i18next.changeLanguage('en');
    expect(DepotClientError.fromData(onlyOnHand).message).toBe(
      'Line 1 (PUMP-1): only 2 on hand; cannot issue 3.',
    );
  });

  it('puts each VALIDATION issue in the current language', async () => {
    await i18next.changeLanguage('zh-TW');
    const error = DepotClientError.fromData({
      code: 'VALIDATION',
      message: 'Invalid input for staff/create: displayName: Name is at most 80 characters',
      reason: 'validation.checkEntries',
      params: {},
      details: {
        issues: [
          {
            field: 'displayName',
            message: 'Name is at most 80 characters',
            reason: 'validation.tooLong',
            params: { maximum: 80 },
          },
        ],
      },
    });
    expect(error.message).toBe('部分輸入內容需要檢查。');
    expect(error.issues).toEqual([{ field: 'displayName', message: '最多 80 個字元' }]);
  });

  it('falls back to the message when it has no reason', () => {
    const error = new DepotClientError('TRANSPORT', 'The Depot server cannot be reached.');
    expect(error.message).toBe('The Depot server cannot be reached.');
  });
});
