import { describe, expect, it, vi } from 'vitest';
import { DepotClientError } from '../bridge/errors';
import { i18next } from '../i18n';
import { showErrorOnForm } from './formErrors';

vi.mock('./notifyError', () => ({ notifyError: vi.fn() }));

function form(values: unknown) {
  const setErrors = vi.fn();
  return { form: { getValues: () => values, setErrors }, setErrors };
}

describe('showErrorOnForm', () => {
  it('puts a refusal on the field it names, in the reader language', async () => {
    await i18next.changeLanguage('zh-TW');
    const { form: f, setErrors } = form({ username: 'mei', displayName: '' });
    const error = DepotClientError.fromData({
      code: 'CONFLICT',
      message: 'Username "mei" is already taken.',
      reason: 'staff.usernameTaken',
      params: { username: 'mei' },
      field: 'username',
    });
    expect(showErrorOnForm(f, error)).toBe(true);
    expect(setErrors).toHaveBeenCalledWith({ username: '使用者名稱「mei」已被使用。' });
    await i18next.changeLanguage('en');
  });

  it('puts each VALIDATION issue on its field', () => {
    const { form: f, setErrors } = form({ displayName: 'x' });
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
    expect(showErrorOnForm(f, error)).toBe(true);
    expect(setErrors).toHaveBeenCalledWith({ displayName: 'At most 80 characters' });
  });

  it('leaves a refusal about no field of the form to a notification', () => {
    const { form: f, setErrors } = form({ name: '' });
    const error = DepotClientError.fromData({
      code: 'RULE',
      message: 'You cannot deactivate yourself or remove your own admin role.',
      reason: 'staff.notYourself',
      params: {},
    });
    expect(showErrorOnForm(f, error)).toBe(false);
    expect(setErrors).not.toHaveBeenCalled();
  });
});
