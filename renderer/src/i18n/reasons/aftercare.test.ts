import { describe, expect, it } from 'vitest';
import { i18next } from '..';
import { DepotClientError } from '../../bridge/errors';

// A complaint's status reads as the complaint screen names it, in either language.
describe("a refusal naming a complaint's status", () => {
  const refusal = {
    code: 'RULE' as const,
    message: 'Complaint #7 is in progress; a complaint is closed only once it is resolved.',
    reason: 'aftercare.closeOnlyResolved' as const,
    params: { id: 7, state: 'in_progress' },
  };

  it('names the status in the current language', async () => {
    await i18next.changeLanguage('zh-TW');
    expect(DepotClientError.fromData(refusal).message).toBe(
      '客訴 #7 目前為「處理中」：客訴必須先解決才能結案（政策 3.6）。',
    );
    await i18next.changeLanguage('en');
    expect(DepotClientError.fromData(refusal).message).toBe(
      'Complaint #7 (In progress): a complaint is closed only once it is resolved (policy 3.6).',
    );
  });
});
