import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Bridge from '../../../bridge';
import type { Settings } from '../../../../../main/settings/settingsSchema';
import { useDepotSettings } from '../../../stores/depotSettings';
import { coreError, fakeInvoke } from '../../../test/bridgeMock';
import { renderScreen } from '../../../test/render';
import { DepotTab } from './DepotTab';

const bridge = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../../../bridge', async (importOriginal) => ({
  ...(await importOriginal<typeof Bridge>()),
  invoke: bridge.invoke,
}));

const settings: Settings = {
  depot: { name: 'Depot', nameZh: '', address: '', phone: '' },
  locale: { defaultLanguage: 'zh-TW', currency: 'TWD' },
  policy: {
    emergencyResponseHours: 4,
    onSiteWorkingDays: 2,
    followUpWorkingDays: 3,
    labourRatePerHour: 80_000,
    reRepairWindowDays: 90,
  },
  calendar: { workingDays: [1, 2, 3, 4, 5], holidays: [] },
  security: { autoLockMinutes: 10 },
  backup: { folder: '', keep: 7 },
  bench: { repairWarrantyDays: 90 },
  appraisal: { turnaroundWorkingDays: 5, trainingHoursTarget: 40 },
  pricing: { taxRatePercent: 5, inspectionFee: 0 },
};

describe('DepotTab', () => {
  beforeEach(() => {
    bridge.invoke.mockReset();
    useDepotSettings.setState({ settings });
  });

  it("shows the core's VALIDATION message on the field named by its path", async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'settings/update': () => {
          throw coreError('VALIDATION', 'Invalid input for settings/update', {
            issues: [
              { field: 'depot.phone', message: 'Too big: expected string to have <=40 characters' },
            ],
          });
        },
      }),
    );
    renderScreen(<DepotTab settings={settings} canEdit />);
    const phone = screen.getByLabelText('Phone');
    fireEvent.change(phone, { target: { value: '0'.repeat(41) } });
    fireEvent.click(screen.getByTestId('settings-save'));

    expect(
      await screen.findByText('Too big: expected string to have <=40 characters'),
    ).toBeTruthy();
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(bridge.invoke).toHaveBeenCalledWith('settings/update', {
      depot: { ...settings.depot, phone: '0'.repeat(41) },
    });
  });

  it('saves the section and keeps the saved values as the new starting point', async () => {
    bridge.invoke.mockImplementation(
      fakeInvoke({
        'settings/update': (patch) => ({
          ...settings,
          depot: { ...settings.depot, ...patch.depot },
        }),
      }),
    );
    renderScreen(<DepotTab settings={settings} canEdit />);
    const save = screen.getByTestId('settings-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    fireEvent.change(screen.getByLabelText('Depot name (Chinese)'), {
      target: { value: '台北維修站' },
    });
    expect(save.disabled).toBe(false);
    fireEvent.click(save);

    await waitFor(() =>
      expect(useDepotSettings.getState().settings?.depot.nameZh).toBe('台北維修站'),
    );
    await waitFor(() => expect(save.disabled).toBe(true));
  });

  it('is read-only for a supervisor', () => {
    renderScreen(<DepotTab settings={settings} canEdit={false} />);
    expect(screen.queryByTestId('settings-save')).toBeNull();
    expect(screen.getByText('Only an admin can change these settings.')).toBeTruthy();
  });
});
